/**
 * FEEL type expressions as typeRefs may write them (DMN 1.3+ §10.3.2.9): `list<number>`,
 * `context<name: string, age: number>`, `range<date>`, `function<number, number> -> number`,
 * and plain names (`number`, `date and time`, `tPerson`, `imported.tPerson`).
 */
export type TypeExpression =
  | { kind: 'name'; name: string }
  | { kind: 'list'; item: TypeExpression }
  | { kind: 'range'; item: TypeExpression }
  | { kind: 'context'; entries: { name: string; type: TypeExpression }[] }
  | { kind: 'function'; parameters: TypeExpression[]; result: TypeExpression };

/** Splits `a, b<c, d>, e` at the commas outside angle brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<') depth++;
    else if (ch === '>' && text[i - 1] !== '-') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function parseContext(inner: string): TypeExpression {
  const entries = splitTopLevel(inner).map((entry) => {
    const colon = entry.indexOf(':');
    return { name: entry.slice(0, colon).trim(), type: parseTypeExpression(entry.slice(colon + 1)) };
  });
  return { kind: 'context', entries };
}

function parseFunction(text: string): TypeExpression {
  const arrow = text.lastIndexOf('->');
  const head = text.slice(0, arrow).trim();
  const inner = head.slice(head.indexOf('<') + 1, head.lastIndexOf('>'));
  return { kind: 'function', parameters: splitTopLevel(inner).map(parseTypeExpression), result: parseTypeExpression(text.slice(arrow + 2)) };
}

/** Parses a typeRef; text that is not a generic type is a (possibly qualified) name. */
export function parseTypeExpression(text: string): TypeExpression {
  const trimmed = text.trim();
  if (/^function\s*</.test(trimmed) && trimmed.includes('->')) return parseFunction(trimmed);
  const generic = /^(list|range|context)\s*<([\s\S]*)>$/.exec(trimmed);
  if (!generic) return { kind: 'name', name: trimmed.replace(/\s+/g, ' ') };
  const [, head, inner = ''] = generic;
  if (head === 'context') return parseContext(inner);
  const item = parseTypeExpression(inner);
  return head === 'list' ? { kind: 'list', item } : { kind: 'range', item };
}
