/**
 * Operator semantics on runtime values (null rules documented in README.md):
 * arithmetic with null gives null; `+` with a text concatenates (null as ''); ordering with null or
 * across types is false; `==` never coerces (except ISO text against a date); division by zero is
 * null with a warning. Operators that report are built per call site (`arithmeticAt(op, span)`).
 */
import { warning } from '../diagnostics.ts';
import type { Span } from '../syntax/ast.ts';
import { checkPattern } from './regex-guard.ts';
import {
  addNumeric, divideNumeric, isNumeric, multiplyNumeric, numericToText, remainderNumeric, subtractNumeric, type Numeric,
} from './numeric.ts';
import { checkListLength, checkStringLength, report, type EvalState } from './state.ts';
import { describeValue, fromJs, isRecord, valuesEqual, type Value } from './values.ts';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type BinaryFn<T> = (a: Value, b: Value, state: EvalState) => T;

const NUMERIC_OPS: Record<ArithmeticOp, (a: Numeric, b: Numeric) => Numeric | null> = {
  '+': addNumeric, '-': subtractNumeric, '*': multiplyNumeric, '/': divideNumeric, '%': remainderNumeric,
};

/** `a op b` at a call site: numbers exactly, `+` also joins texts and lists. */
export function arithmeticAt(op: ArithmeticOp, span: Span): BinaryFn<Value> {
  const numeric = NUMERIC_OPS[op];
  const combine = (a: Value, b: Value, state: EvalState): Value => {
    if (a === null || b === null) return null;
    if (!isNumeric(a) || !isNumeric(b)) {
      report(state, warning('type-mismatch', `'${op}' needs numbers, got ${describeValue(a)} and ${describeValue(b)}`, span));
      return null;
    }
    const result = numeric(a, b);
    if (result === null) report(state, warning('division-by-zero', 'Division by zero gives null', span));
    return result;
  };
  if (op !== '+') return combine;
  return (a, b, state) => {
    if (typeof a === 'number' && typeof b === 'number') return addNumeric(a, b);
    if (typeof a === 'string' || typeof b === 'string') return concatenate(a, b, { state, span });
    if (Array.isArray(a) && Array.isArray(b)) return joinLists(a, b, { state, span });
    return combine(a, b, state);
  };
}

type Site = { state: EvalState; span: Span };

function concatenate(a: Value, b: Value, { state, span }: Site): string {
  const left = textOf(a);
  const right = textOf(b);
  checkStringLength(state, left.length + right.length, span);
  return left + right;
}

function joinLists(a: unknown[], b: unknown[], { state, span }: Site): unknown[] {
  checkListLength(state, a.length + b.length, span);
  return [...a, ...b];
}

/** Text of a value for concatenation: null is '', numbers in plain decimal notation. */
export function textOf(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isNumeric(value)) return numericToText(value);
  return describeValue(value);
}

/** `a IN list`: list membership with `==`; false when the right side is not a list. */
export function isMember(item: Value, list: Value, state: EvalState): boolean {
  if (!Array.isArray(list)) return false;
  for (const candidate of list) {
    if (valuesEqual(item, fromJs(candidate), state.zone)) return true;
  }
  return false;
}

/** `a CONTAINS b`: substring of a text, item of a list, own key of a record. */
export function contains(container: Value, item: Value, state: EvalState): boolean {
  if (typeof container === 'string') return item !== null && container.includes(typeof item === 'string' ? item : textOf(item));
  if (Array.isArray(container)) return isMember(item, container, state);
  if (isRecord(container) && typeof item === 'string') return Object.prototype.hasOwnProperty.call(container, item);
  return false;
}

/** `text MATCHES pattern` under the regex guard; numbers are matched as their text. */
export function matchesAt(span: Span): BinaryFn<boolean> {
  return (text, pattern, state) => {
    if (typeof pattern !== 'string') return false;
    const subject = typeof text === 'string' ? text : isNumeric(text) ? numericToText(text) : null;
    if (subject === null) return false;
    if (subject.length > state.limits.maxMatchInputLength) {
      report(state, warning('match-input-too-long', `MATCHES does not test text longer than ${state.limits.maxMatchInputLength} characters`, span));
      return false;
    }
    const checked = checkPattern(pattern, state.limits.maxRegexLength);
    if (!checked.ok) {
      report(state, warning(checked.code, checked.message, span));
      return false;
    }
    return checked.regex.test(subject);
  };
}
