/**
 * The state of one evaluation: context, limits, step counter, collected diagnostics, the clock read
 * once, and the host-call cache used by `runAsync` replays. Exceeding a limit aborts the evaluation.
 */
import type { Span } from '../syntax/ast.ts';
import type { Diagnostic, EvalContext, Limits } from '../types.ts';

export type EvalState = {
  context: EvalContext;
  limits: Limits;
  zone: string;
  steps: number;
  diagnostics: Diagnostic[] | null;
  nowMs: number | null;
  /** async mode: results of host calls by key; a pending promise suspends the evaluation */
  hostCache: Map<string, unknown> | null;
  pending: Promise<unknown> | null;
  pendingKey: string | null;
};

export type Evaluator = (values: Record<string, unknown>, state: EvalState) => unknown;

const MAX_DIAGNOSTICS = 20;

/** Thrown to stop an evaluation (a limit was hit); caught by run/runAsync, never by the host. */
export class EvalAbort {
  constructor(readonly diagnostic: Diagnostic) {}
}

/** Thrown in async mode when a host function returned a promise: wait for it, then replay. */
export class EvalSuspend {
  readonly reason = 'waiting for a host function';
}

export function report(state: EvalState, diagnostic: Diagnostic): void {
  const list = state.diagnostics ?? (state.diagnostics = []);
  if (list.length >= MAX_DIAGNOSTICS) return;
  if (list.some((d) => d.code === diagnostic.code && d.from === diagnostic.from && d.to === diagnostic.to)) return;
  list.push(diagnostic);
}

export function abort(code: string, message: string, span: Span): never {
  throw new EvalAbort({ code, message, from: span.from, to: span.to, severity: 'error' });
}

/** Counts `count` steps; aborts past `maxSteps`. */
export function step(state: EvalState, count: number, span: Span): void {
  state.steps += count;
  if (state.steps > state.limits.maxSteps) abort('step-limit', `The evaluation took more than ${state.limits.maxSteps} steps`, span);
}

export function checkListLength(state: EvalState, length: number, span: Span): void {
  if (length > state.limits.maxListLength) abort('list-limit', `A list would have more than ${state.limits.maxListLength} items`, span);
}

export function checkStringLength(state: EvalState, length: number, span: Span): void {
  if (length > state.limits.maxStringLength) abort('string-limit', `A text would be longer than ${state.limits.maxStringLength} characters`, span);
}

/** The clock, read once per evaluation so NOW() is the same everywhere in it. */
export function nowOf(state: EvalState, span: Span): number {
  if (state.nowMs === null) {
    const now = state.context.now();
    if (typeof now !== 'number' || !Number.isFinite(now)) abort('invalid-clock', 'The host clock did not return a number', span);
    state.nowMs = now;
  }
  return state.nowMs;
}
