/**
 * The DMN 1.5 `range(from)` built-in: text of a range literal → a FEEL range. Endpoints must be
 * literals — numbers, strings, `@"…"` temporal literals or date / time / date and time / duration
 * calls on a string literal — of the same type; an absent endpoint is allowed only on an open
 * side; a descending range is invalid. Anything else gives null.
 */
import { FeelRange, evaluate } from 'feelin';
import { feelKind } from './feel-kind.ts';

const ENDPOINT = String.raw`-?\d+(?:\.\d+)?|-?\.\d+|"(?:[^"\\]|\\.)*"|@"[^"]*"|(?:date and time|date|time|duration)\(\s*"[^"]*"\s*\)`;
const RANGE = new RegExp(String.raw`^\s*([[(\]])\s*(${ENDPOINT})?\s*\.\.\s*(${ENDPOINT})?\s*([\])[])\s*$`);

function literalValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const { value } = evaluate(text);
  return value === null || value === undefined ? null : value;
}

/** Whether the endpoints make a range: present where the side is closed, same type, ascending. */
function validEndpoints(start: unknown, end: unknown, brackets: { open: string; close: string }): boolean {
  if (start === null || end === null) return false;
  if (start === undefined) return end !== undefined && brackets.open !== '[';
  if (end === undefined) return brackets.close !== ']';
  return feelKind(start) === feelKind(end) && evaluate('a <= b', { a: start, b: end }).value === true;
}

export function parseRangeLiteral(text: string): FeelRange | null {
  const match = RANGE.exec(text);
  if (!match) return null;
  const [, open = '[', startText, endText, close = ']'] = match;
  const start = literalValue(startText);
  const end = literalValue(endText);
  if (!validEndpoints(start, end, { open, close })) return null;
  const range = evaluate(`${open}a..b${close}`, { a: start ?? null, b: end ?? null }).value;
  return range instanceof FeelRange ? range : null;
}
