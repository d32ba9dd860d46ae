/**
 * `DECISION(name, inputs)` for the expression language (spec §11.2: forms, processes and
 * integrations share decisions): the host function evaluates the ACTIVE version of the decision
 * with that name (case-insensitive) in the caller's account and returns its result. It checks no
 * permission: whoever wrote the expression chose the decision, and a form's viewers must be able
 * to compute it. Failures (no such decision, nothing published, a hit-policy violation) reject,
 * which the expression runtime reports as a `host-function-failed` diagnostic.
 */
import type { EvalContext, HostFunctions } from '@flowforge/expressions';
import { withTenant, type TenantScope } from '../../../platform/db/with-tenant.ts';
import { DomainError } from '../../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { withEvaluationProblems } from './evaluation-errors.ts';
import { loadRunnable } from './runnable.ts';
import { todayIn } from './today.ts';

function readArguments(args: unknown[]): { name: string; inputs: Record<string, unknown> } {
  const [name, inputs] = args;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new DomainError('unprocessable', 'DECISION needs the name of a decision as its first argument.');
  }
  if (inputs !== null && inputs !== undefined && (typeof inputs !== 'object' || Array.isArray(inputs))) {
    throw new DomainError('unprocessable', 'DECISION needs its inputs as a record, e.g. { amount: ${amount} }.');
  }
  return { name: name.trim(), inputs: (inputs ?? {}) as Record<string, unknown> };
}

/** The DECISION host function for expressions evaluated in an account (e.g. by a worker). */
export function decisionHostFunctionsFor(platform: Platform, scope: TenantScope): HostFunctions {
  return {
    DECISION: async (args: unknown[], context: EvalContext) => {
      const { name, inputs } = readArguments(args);
      const runnable = await withTenant(platform.appPool, scope, (tx) => loadRunnable(tx, { name }, 'active'));
      // Effective dates follow the evaluation's clock and the account's calendar day.
      const at = todayIn(runnable.timeZone, new Date(context.now()));
      return withEvaluationProblems(() => runnable.evaluator({ at })(inputs)).result;
    },
  };
}

/** The DECISION host function for expressions evaluated for the caller of a request. */
export function decisionHostFunctions(platform: Platform, ctx: RequestContext): HostFunctions {
  const tenant = requireAccount(ctx);
  return decisionHostFunctionsFor(platform, { accountId: tenant.principal.accountId, userId: tenant.principal.userId });
}
