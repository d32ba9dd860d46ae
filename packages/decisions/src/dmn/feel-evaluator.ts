/**
 * FEEL evaluation for DMN models: expressions compiled once per (text, names in scope) through
 * `feel/compile.ts` and cached for the model's lifetime, after the arithmetic rewrite
 * (arithmetic-rewrite.ts), with those of FlowForge's additional built-ins (feel-builtins.ts) the
 * text calls under its scope. A FEEL error — a syntax error, or a value feelin cannot
 * compute — yields null, as DMN requires.
 */
import { compileExpression, type CompiledExpression, type Scope } from '../feel/compile.ts';
import { rewriteArithmetic } from './arithmetic-rewrite.ts';
import { FEEL_BUILTINS } from './feel-builtins.ts';

const CACHE_LIMIT = 5_000;

export interface FeelEvaluator {
  /** Evaluates a FEEL expression in `scope` (FEEL values); null on any error. */
  expression(text: string, scope: Scope): unknown;
  /** The scope with the additional built-ins that any of `texts` mentions beneath it. */
  withBuiltins(scope: Scope, texts: readonly string[]): Scope;
}

interface Compiled {
  run: CompiledExpression;
  /** The additional built-ins the (rewritten) text calls. */
  builtins: Scope;
}

const FAILED: CompiledExpression = () => null;
const BUILTIN_NAMES = Object.keys(FEEL_BUILTINS);

/** Only the built-ins a text mentions go into its scope: every name in scope costs parse time. */
function builtinsIn(texts: readonly string[]): Scope {
  const used: Scope = {};
  for (const name of BUILTIN_NAMES) if (texts.some((text) => text.includes(name))) used[name] = FEEL_BUILTINS[name];
  return used;
}

function compile(text: string, scopeNames: readonly string[]): Compiled {
  try {
    const rewritten = rewriteArithmetic(text, scopeNames);
    const builtins = builtinsIn([rewritten]);
    const names = [...new Set([...Object.keys(builtins), ...scopeNames])];
    // the line break keeps a trailing `// comment` from swallowing the wrapper's parenthesis
    return { run: compileExpression(`${rewritten}\n`, names), builtins };
  } catch {
    return { run: FAILED, builtins: {} };
  }
}

export function createFeelEvaluator(): FeelEvaluator {
  const cache = new Map<string, Compiled>();

  function compiled(text: string, names: readonly string[]): Compiled {
    const key = `${text}\u0000${names.join('\u0000')}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = compile(text, names);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, entry);
    }
    return entry;
  }

  return {
    withBuiltins: (scope, texts) => ({ ...builtinsIn(texts), ...scope }),
    expression(text, scope) {
      if (text.trim() === '') return null;
      const { run, builtins } = compiled(text, Object.keys(scope));
      try {
        return normalize(run({ ...builtins, ...scope }));
      } catch {
        return null;
      }
    },
  };
}

/** feelin's signal for a failed built-in call, which its interpreter turns into null. */
function isInvocationFailure(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { constructor?: { name?: string } }).constructor?.name === 'InvocationFailure';
}

/** feelin may answer undefined, a non-finite number or a failure signal where FEEL has null. */
export function normalize(value: unknown): unknown {
  if (value === undefined || isInvocationFailure(value)) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
