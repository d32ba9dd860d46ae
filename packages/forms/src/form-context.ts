/**
 * What the host passes to the form runtime: the expression context (clock, time zone, user, host
 * functions, limits) and the hooks for the validations only the host can do (unique, endpoint).
 */
import type { FormErrorCode, FormValues } from '@flowforge/contracts';
import type { EvalContext } from '@flowforge/expressions';

/** A `unique` rule asks whether no other submission holds this value. */
export interface UniqueCheck {
  readonly formId: string;
  readonly field: string;
  readonly value: unknown;
  readonly scope: 'form' | 'account';
}

/** An `async` rule asks the host to check the value at a (server-side) endpoint. */
export interface EndpointCheck {
  readonly formId: string;
  readonly field: string;
  readonly endpoint: string;
  readonly value: unknown;
  /** The submittable values of the whole form (hidden fields stripped). */
  readonly values: FormValues;
}

export interface EndpointVerdict {
  readonly valid: boolean;
  readonly code?: FormErrorCode;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** Host hooks for asynchronous validations; a rule whose hook is missing fails with `unavailable`. */
export interface FormValidators {
  readonly isUnique?: (check: UniqueCheck) => boolean | Promise<boolean>;
  readonly checkEndpoint?: (check: EndpointCheck) => EndpointVerdict | Promise<EndpointVerdict>;
}

export type FormContext = EvalContext & { readonly validators?: FormValidators };
