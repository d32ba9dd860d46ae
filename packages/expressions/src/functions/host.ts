/**
 * Functions the host implements through `context.functions` (sync in `run`, sync or async in
 * `runAsync`). The package defines their signatures. CURRENTUSER, USERPROP and INROLE fall back
 * to `context.user` when the host supplies no implementation.
 */
import { T } from '../check/expr-types.ts';
import { callHost, findHostFunction } from '../runtime/host-call.ts';
import type { EvalState } from '../runtime/state.ts';
import { fromJs, readProperty, type Value } from '../runtime/values.ts';
import type { CallSite, FunctionDef, FunctionImpl } from './function-def.ts';

/** Uses the host's implementation when there is one, otherwise `fallback`. */
function withFallback(fallback: (args: Value[], state: EvalState) => Value): FunctionImpl {
  return (args, state, site: CallSite) => (findHostFunction(state, site.name) ? callHost(args, state, site) : fallback(args, state));
}

const NOTE = ' Implemented by the host.';

export const HOST_FUNCTIONS: FunctionDef[] = [
  {
    name: 'LOOKUP', category: 'lookup', host: true, returns: T.any,
    params: [{ name: 'dataset', kind: 'string' }, { name: 'key', kind: 'any' }, { name: 'field', kind: 'string', optional: true }],
    description: 'The row of a dataset with the given key, or one field of it.' + NOTE,
    examples: [{ expression: "LOOKUP('products', ${productId}, 'price')", result: 9.5 }],
    impl: callHost,
  },
  {
    name: 'VLOOKUP', category: 'lookup', host: true, returns: T.any,
    params: [{ name: 'value', kind: 'any' }, { name: 'dataset', kind: 'string' }, { name: 'matchField', kind: 'string' }, { name: 'returnField', kind: 'string' }],
    description: 'returnField of the first dataset row whose matchField equals value.' + NOTE,
    examples: [{ expression: "VLOOKUP(${country}, 'countries', 'code', 'name')", result: 'Germany' }],
    impl: callHost,
  },
  {
    name: 'RELATED', category: 'lookup', host: true, returns: T.any,
    params: [{ name: 'link', kind: 'any', description: 'a record-link field value' }, { name: 'field', kind: 'string' }],
    description: 'A field of the record a record-link field points to.' + NOTE,
    examples: [{ expression: "RELATED(${customer}, 'name')", result: 'ACME' }],
    impl: callHost,
  },
  {
    name: 'DECISION', category: 'lookup', host: true, returns: T.any,
    params: [{ name: 'name', kind: 'string' }, { name: 'inputs', kind: 'record' }],
    description: 'Evaluates a decision table with the given inputs.' + NOTE,
    examples: [{ expression: "DECISION('approval-level', { amount: ${amount}, region: ${region} })", result: 'cfo' }],
    impl: callHost,
  },
  {
    name: 'CURRENTUSER', category: 'user', host: true, returns: T.string, params: [],
    description: "The id of the user the expression runs for (context.user.id unless the host overrides it).",
    examples: [{ expression: 'CURRENTUSER()', result: 'u-1' }],
    impl: withFallback((_, state) => state.context.user?.id ?? null),
  },
  {
    name: 'USERPROP', category: 'user', host: true, returns: T.any,
    params: [{ name: 'user', kind: 'any', description: 'a user id' }, { name: 'property', kind: 'string' }],
    description: "A profile property of a user; for the current user it reads context.user.props, other users need the host.",
    examples: [{ expression: "USERPROP(CURRENTUSER(), 'department')", result: 'finance' }],
    impl: withFallback(([user, property], state) => {
      const current = state.context.user;
      if (!current || typeof property !== 'string' || (user !== null && user !== current.id)) return null;
      return current.props && typeof current.props === 'object' ? readProperty(current.props, property) : null;
    }),
  },
  {
    name: 'INROLE', category: 'user', host: true, returns: T.boolean, params: [{ name: 'role', kind: 'string' }],
    description: 'Whether the current user has the role (context.user.roles unless the host overrides it).',
    examples: [{ expression: "INROLE('manager')", result: true }],
    impl: withFallback(([role], state) => {
      const roles = fromJs(state.context.user?.roles);
      return Array.isArray(roles) && typeof role === 'string' && roles.includes(role);
    }),
  },
];
