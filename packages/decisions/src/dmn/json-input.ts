/**
 * JSON inputs → FEEL values for DMN input data, guided by the declared types: ISO text becomes a
 * date, time, date and time or duration where the typeRef (or an item definition's component)
 * asks for one; lists and contexts are converted item by item.
 */
import { toFeelValue } from '../feel/values.ts';
import { lookupDefinition, type TypeScope } from './conform.ts';
import { isContextValue } from './feel-kind.ts';
import type { DmnItemDefinition } from './model.ts';
import { feelTypeOf } from './table-conversion.ts';
import { parseTypeExpression, type TypeExpression } from './type-syntax.ts';

function fromDefinition(value: unknown, definition: DmnItemDefinition, types: TypeScope): unknown {
  if (definition.isCollection) {
    const single = { ...definition, isCollection: false };
    return Array.isArray(value) ? value.map((item) => fromDefinition(item, single, types)) : value;
  }
  if (definition.components.length > 0) {
    if (!isContextValue(value)) return value;
    const out: Record<string, unknown> = { ...value };
    for (const component of definition.components) {
      if (component.name in value) out[component.name] = fromDefinition(value[component.name], component, types);
    }
    return out;
  }
  return jsonToFeel(value, definition.typeRef, types);
}

function fromExpression(value: unknown, type: TypeExpression, types: TypeScope): unknown {
  if (type.kind === 'list') return Array.isArray(value) ? value.map((item) => fromExpression(item, type.item, types)) : value;
  if (type.kind === 'context' && isContextValue(value)) {
    const out: Record<string, unknown> = { ...value };
    for (const entry of type.entries) if (entry.name in value) out[entry.name] = fromExpression(value[entry.name], entry.type, types);
    return out;
  }
  if (type.kind !== 'name') return value;
  const found = lookupDefinition(type.name, types);
  if (found) return fromDefinition(value, found.definition, found.scope);
  return toFeelValue(value, feelTypeOf(type.name));
}

/** Converts a JSON value to the FEEL value its typeRef asks for; other values pass through. */
export function jsonToFeel(value: unknown, typeRef: string | null, types: TypeScope): unknown {
  if (value === null || value === undefined || !typeRef) return value ?? null;
  return fromExpression(value, parseTypeExpression(typeRef), types);
}
