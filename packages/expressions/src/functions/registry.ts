/**
 * The function registry: every built-in by name, plus host functions the caller declares.
 * The registry is the single source of the signatures, the docs (docs/expressions.md) and the
 * editor completions.
 */
import { callHost } from '../runtime/host-call.ts';
import type { HostFunctionSignatures } from '../types.ts';
import { AGGREGATE_FUNCTIONS } from './aggregate.ts';
import { DATE_FUNCTIONS } from './date.ts';
import type { FunctionDef } from './function-def.ts';
import { HOST_FUNCTIONS } from './host.ts';
import { LOGIC_FUNCTIONS } from './logic.ts';
import { MATH_FUNCTIONS } from './math.ts';
import { TEXT_FUNCTIONS } from './text.ts';

/** Every built-in function, in documentation order. */
export const BUILTIN_FUNCTIONS: readonly FunctionDef[] = [
  ...MATH_FUNCTIONS, ...TEXT_FUNCTIONS, ...DATE_FUNCTIONS, ...LOGIC_FUNCTIONS, ...AGGREGATE_FUNCTIONS, ...HOST_FUNCTIONS,
];

const BY_NAME = new Map(BUILTIN_FUNCTIONS.map((def) => [def.name, def]));
const hasOwn = Object.prototype.hasOwnProperty;

export type FunctionTable = { find: (name: string) => FunctionDef | undefined; names: () => string[] };

/** Built-ins plus the host's declared functions (a declaration never replaces a built-in). */
export function createFunctionTable(hostFunctions?: HostFunctionSignatures): FunctionTable {
  const extra = new Map<string, FunctionDef>();
  for (const name of hostFunctions ? Object.keys(hostFunctions) : []) {
    const upper = name.toUpperCase();
    const signature = hostFunctions?.[name];
    if (BY_NAME.has(upper) || !signature || !hasOwn.call(hostFunctions, name)) continue;
    extra.set(upper, {
      name: upper, category: 'lookup', host: true, params: Array.isArray(signature.params) ? signature.params : [],
      returns: signature.returns ?? { kind: 'any' }, description: signature.description ?? '', examples: [], impl: callHost,
    });
  }
  const names = [...BY_NAME.keys(), ...extra.keys()];
  return { find: (name) => BY_NAME.get(name) ?? extra.get(name), names: () => names };
}

export const BUILTIN_TABLE = createFunctionTable();
