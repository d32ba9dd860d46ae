/**
 * Calling host functions (LOOKUP, DECISION, custom ones). Arguments and results cross as plain JS.
 * In `run` a promise result is a diagnostic; in `runAsync` it suspends the evaluation, which is
 * replayed once the promise settles (results are cached by name and arguments, so each distinct
 * call reaches the host once per evaluation).
 */
import { problem, warning } from '../diagnostics.ts';
import type { CallSite } from '../functions/function-def.ts';
import { EvalSuspend, report, type EvalState } from './state.ts';
import { fromJs, toJs, type Value } from './values.ts';

const hasOwn = Object.prototype.hasOwnProperty;

export class HostFailure {
  constructor(readonly message: string) {}
}

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** The host's implementation of `name`, if it supplied one (own property only). */
export function findHostFunction(state: EvalState, name: string): ((args: unknown[], context: never) => unknown) | null {
  const functions = state.context.functions;
  if (!functions || typeof functions !== 'object' || !hasOwn.call(functions, name)) return null;
  const fn = functions[name];
  return typeof fn === 'function' ? fn : null;
}

function cacheKey(name: string, args: unknown[]): string {
  try {
    return `${name}:${JSON.stringify(args)}`;
  } catch {
    return `${name}:?`;
  }
}

/** Calls the host; returns null (with a diagnostic) when it is missing, throws or is async in `run`. */
export function callHost(args: Value[], state: EvalState, site: CallSite): Value {
  const fn = findHostFunction(state, site.name);
  if (!fn) {
    report(state, warning('missing-host-function', `The host does not provide ${site.name}()`, site.span));
    return null;
  }
  const jsArgs = args.map((arg) => toJs(arg, state.zone));
  const key = state.hostCache ? cacheKey(site.name, jsArgs) : '';
  if (state.hostCache?.has(key)) return settle(state.hostCache.get(key), state, site);
  let result: unknown;
  try {
    result = fn(jsArgs, state.context as never);
  } catch (error) {
    result = new HostFailure(error instanceof Error ? error.message : String(error));
  }
  if (isThenable(result)) {
    if (!state.hostCache) {
      result.then(undefined, () => undefined);
      report(state, problem('async-host-function', `${site.name}() is asynchronous: use runAsync`, site.span));
      return null;
    }
    state.pending = result;
    state.pendingKey = key;
    throw new EvalSuspend();
  }
  state.hostCache?.set(key, result);
  return settle(result, state, site);
}

function settle(result: unknown, state: EvalState, site: CallSite): Value {
  if (result instanceof HostFailure) {
    report(state, problem('host-function-failed', `${site.name}() failed: ${result.message}`, site.span));
    return null;
  }
  return fromJs(result);
}
