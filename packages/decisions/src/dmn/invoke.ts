/**
 * Calling FEEL function values from DMN (invocations, decision services, the TCK): feelin's
 * FeelFunction with named or positional arguments, or a plain JavaScript function.
 */
import { FeelFunction } from 'feelin';
import { normalize } from './feel-evaluator.ts';

/** Calls `target` with arguments by parameter name (missing ones are null) or by position. */
export function invokeFunction(target: unknown, args: Record<string, unknown> | unknown[]): unknown {
  if (target instanceof FeelFunction) {
    const positional = Array.isArray(args) ? args : target.parameterNames.map((name) => args[name] ?? null);
    if (!Array.isArray(args) && Object.keys(args).some((name) => !target.parameterNames.includes(name))) return null;
    return callSafely(() => target.fn(...positional));
  }
  if (typeof target === 'function') {
    const positional = Array.isArray(args) ? args : Object.values(args);
    return callSafely(() => (target as (...values: unknown[]) => unknown)(...positional));
  }
  return null;
}

function callSafely(call: () => unknown): unknown {
  try {
    return normalize(call());
  } catch {
    return null;
  }
}
