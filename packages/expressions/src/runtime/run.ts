/**
 * Running compiled closures: builds the evaluation state from the host's context, converts the
 * result to plain JS, and turns aborts (limits) and unexpected failures into diagnostics, so
 * `run` never throws. `runAsync` replays the evaluation after each pending host call settles.
 */
import { resolveLimits } from '../limits.ts';
import type { Diagnostic, EvalContext, EvalResult } from '../types.ts';
import { HostFailure } from './host-call.ts';
import { EvalAbort, EvalSuspend, type EvalState, type Evaluator } from './state.ts';
import { isValidTimeZone } from './time-zone.ts';
import { toJs } from './values.ts';

const MAX_REPLAYS = 100;
const EMPTY_VALUES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const NO_CONTEXT: EvalContext = { now: () => 0, timeZone: 'UTC' };

function createState(context: EvalContext, hostCache: Map<string, unknown> | null): EvalState {
  const valid = typeof context === 'object' && context !== null;
  const ctx = valid ? context : NO_CONTEXT;
  const state: EvalState = {
    context: ctx, limits: resolveLimits(ctx.limits), zone: ctx.timeZone, steps: 0, diagnostics: null, nowMs: null, hostCache, pending: null, pendingKey: null,
  };
  if (!valid) state.diagnostics = [{ code: 'invalid-context', message: 'No evaluation context was given', from: 0, to: 0, severity: 'error' }];
  if (!isValidTimeZone(ctx.timeZone)) {
    state.zone = 'UTC';
    (state.diagnostics ??= []).push({ code: 'invalid-time-zone', message: `Unknown time zone ${JSON.stringify(String(ctx.timeZone))}; using UTC`, from: 0, to: 0, severity: 'warning' });
  }
  return state;
}

function internalError(error: unknown): Diagnostic {
  const message = error instanceof RangeError ? 'The evaluation ran out of resources' : 'The evaluation failed unexpectedly';
  return { code: 'evaluation-failed', message, from: 0, to: 0, severity: 'error' };
}

function evaluateOnce(evaluator: Evaluator, values: Record<string, unknown>, state: EvalState): EvalResult {
  const input = typeof values === 'object' && values !== null ? values : EMPTY_VALUES;
  try {
    const value = evaluator(input, state);
    return { value: toJs(value, state.zone), diagnostics: state.diagnostics ?? [] };
  } catch (error) {
    if (error instanceof EvalSuspend) throw error;
    const diagnostic = error instanceof EvalAbort ? error.diagnostic : internalError(error);
    return { value: null, diagnostics: [...(state.diagnostics ?? []), diagnostic] };
  }
}

export function runSync(evaluator: Evaluator, values: Record<string, unknown>, context: EvalContext): EvalResult {
  return evaluateOnce(evaluator, values, createState(context, null));
}

export async function runAsync(evaluator: Evaluator, values: Record<string, unknown>, context: EvalContext): Promise<EvalResult> {
  const cache = new Map<string, unknown>();
  let nowMs: number | null = null;
  for (let replay = 0; replay <= MAX_REPLAYS; replay += 1) {
    const state = createState(context, cache);
    state.nowMs = nowMs;
    try {
      return evaluateOnce(evaluator, values, state);
    } catch {
      nowMs = state.nowMs;
      cache.set(state.pendingKey ?? '', await settle(state.pending));
    }
  }
  return { value: null, diagnostics: [{ code: 'too-many-host-calls', message: `More than ${MAX_REPLAYS} asynchronous host calls`, from: 0, to: 0, severity: 'error' }] };
}

async function settle(pending: Promise<unknown> | null): Promise<unknown> {
  try {
    return await pending;
  } catch (error) {
    return new HostFailure(error instanceof Error ? error.message : String(error));
  }
}
