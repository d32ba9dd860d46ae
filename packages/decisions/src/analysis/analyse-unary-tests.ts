/**
 * Reads the common shapes of FEEL unary tests (DMN 1.3 §10.3.2.9, grammar rules 14–17) into a
 * Condition: `-`, literals (number, string, boolean, null, `date("…")`, `@"…"`), comparisons with a
 * literal (`< 5`, `>= "m"`, `!= null`), intervals (`[1..10]`, `(1..10]`, `]1..10[`), comma lists of
 * these and `not(…)` of a list. Anything else — names, function calls, `?`, arithmetic — gives
 * null: such cells are evaluated by feelin and left out of verification.
 *
 * Intervals whose bounds are given in descending order are read as feelin reads them (bounds
 * swapped), mixed-type intervals and orderings of booleans or null (which feelin rejects) give null.
 */
import { anything, negate, nothing, ofIntervals, unite, type Condition, type OrderedKind } from './condition.ts';
import { complement, point, type Bound, type Interval, type IntervalSet } from './interval-set.ts';
import { tokenize, type Token, type TokenizeOptions } from './tokens.ts';

type Literal = Extract<Token, { kind: 'number' | 'string' | 'date' | 'keyword' }>;
type OrderedLiteral = Extract<Token, { kind: OrderedKind }>;

class Cursor {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  next(): Token | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }
  take(kind: Token['kind'], value: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind !== kind || token.value !== value) return false;
    this.at += 1;
    return true;
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }
}

const isOrdered = (token: Token | undefined): token is OrderedLiteral => token?.kind === 'number' || token?.kind === 'string' || token?.kind === 'date';

/** The condition `= literal` (a bare literal) stands for. */
function equalTo(literal: Literal): Condition | null {
  if (isOrdered(literal)) return ofIntervals(literal.kind, [point(literal.value)] as Interval<number>[]);
  switch (literal.value) {
    case 'true': return { ...nothing(), true: true };
    case 'false': return { ...nothing(), false: true };
    case 'null': return { ...nothing(), null: true };
    default: return null;
  }
}

/** `!= literal`: every other value of the literal's type, and null (feelin: `null != 5` is true). */
function notEqualTo(literal: Literal): Condition | null {
  const equal = equalTo(literal);
  if (!equal) return null;
  if (literal.kind === 'keyword' && literal.value === 'null') return { ...anything(), null: false };
  const other: Condition = { ...nothing(), null: true };
  if (isOrdered(literal)) return { ...other, [literal.kind]: complement(equal[literal.kind] as IntervalSet<number>) };
  return literal.value === 'true' ? { ...other, false: true } : { ...other, true: true };
}

function ordering(operator: string, literal: OrderedLiteral): Condition {
  const bound: Bound<number> = { value: literal.value as number, closed: operator.endsWith('=') };
  const interval: Interval<number> = operator.startsWith('<') ? { lo: null, hi: bound } : { lo: bound, hi: null };
  return ofIntervals(literal.kind, [interval]);
}

function comparison(operator: string, cursor: Cursor): Condition | null {
  const literal = cursor.next();
  if (!literal || literal.kind === 'operator' || literal.kind === 'punctuation') return null;
  if (operator === '=') return equalTo(literal);
  if (operator === '!=') return notEqualTo(literal);
  return isOrdered(literal) ? ordering(operator, literal) : null;
}

function interval(open: string, cursor: Cursor): Condition | null {
  const start = cursor.next();
  if (!isOrdered(start) || !cursor.take('punctuation', '..')) return null;
  const end = cursor.next();
  const close = cursor.next();
  if (!isOrdered(end) || end.kind !== start.kind || close?.kind !== 'punctuation' || ![']', ')', '['].includes(close.value)) return null;
  let lo: Bound<number> = { value: start.value as number, closed: open === '[' };
  let hi: Bound<number> = { value: end.value as number, closed: close.value === ']' };
  if (lo.value > hi.value) [lo, hi] = [hi, lo];
  return ofIntervals(start.kind, [{ lo, hi }]);
}

function positiveTest(cursor: Cursor): Condition | null {
  const token = cursor.next();
  if (!token) return null;
  if (token.kind === 'operator') return comparison(token.value, cursor);
  if (token.kind === 'punctuation') return ['[', '(', ']'].includes(token.value) ? interval(token.value, cursor) : null;
  return token.kind === 'keyword' && token.value === 'not' ? null : equalTo(token);
}

function positiveTests(cursor: Cursor): Condition | null {
  let condition = positiveTest(cursor);
  while (condition && cursor.take('punctuation', ',')) {
    const next = positiveTest(cursor);
    condition = next && unite(condition, next);
  }
  return condition;
}

function unaryTests(cursor: Cursor): Condition | null {
  const first = cursor.peek();
  if (first?.kind === 'keyword' && first.value === 'not') {
    cursor.next();
    if (!cursor.take('punctuation', '(')) return null;
    const inner = positiveTests(cursor);
    return inner && cursor.take('punctuation', ')') ? negate(inner) : null;
  }
  return positiveTests(cursor);
}

/** The condition the unary tests `text` express, or null when the text is outside the analysable subset. */
export function analyseUnaryTests(text: string, options: TokenizeOptions = {}): Condition | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return anything();
  const tokens = tokenize(trimmed, options);
  if (!tokens) return null;
  const cursor = new Cursor(tokens);
  const condition = unaryTests(cursor);
  return condition && cursor.done() ? condition : null;
}
