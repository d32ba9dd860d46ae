/** Completion and hover docs from the expression package, for @codemirror/autocomplete and view. */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { complete, hover, type CompletionItem, type FieldTypes } from '@flowforge/expressions';
import { renderDoc } from './render-doc';

const COMPLETION_TYPES: Record<CompletionItem['kind'], string> = {
  field: 'variable',
  property: 'property',
  function: 'function',
  keyword: 'keyword',
};

function toCompletion(item: CompletionItem): Completion {
  const { info } = item;
  // A function's signature repeats its name, which the label already shows.
  const detail = item.kind === 'function' && item.detail.startsWith(item.label) ? item.detail.slice(item.label.length) : item.detail;
  return {
    label: item.label,
    detail,
    apply: item.apply,
    type: COMPLETION_TYPES[item.kind],
    ...(info === undefined ? {} : { info: () => renderDoc(info) }),
  };
}

/** Fields in scope, properties, functions and keywords; typing opens it after `${`, `.` or a letter. */
export function createCompletionSource(getFields: () => FieldTypes) {
  return (context: CompletionContext): CompletionResult | null => {
    const source = context.state.doc.toString();
    const items = complete(source, context.pos, getFields());
    const from = items[0]?.from ?? context.pos;
    const isAfterTrigger = /[{.]$/.test(source.slice(0, context.pos));
    if (items.length === 0 || (!context.explicit && from === context.pos && !isAfterTrigger)) return null;
    // The package already filtered by the typed prefix, in its own order.
    return { from, to: context.pos, options: items.map(toCompletion), filter: false };
  };
}

/** Hover docs for functions, operators and fields. */
export function createHoverDocs(getFields: () => FieldTypes) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const info = hover(view.state.doc.toString(), pos, getFields());
    if (!info) return null;
    return { pos: info.from, end: info.to, above: true, create: () => ({ dom: renderDoc(info.markdown) }) };
  });
}
