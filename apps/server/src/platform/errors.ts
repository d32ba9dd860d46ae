/**
 * The two kinds of expected error. Anything else that reaches the problem handler is a bug
 * (500, logged with its stack, answered with a trace id only).
 */
import type { FieldError, ProblemCode } from '@flowforge/contracts';

/** A failure the user caused: becomes a 4xx problem with this code. */
export class DomainError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Extra members of the problem document (RFC 9457 extensions), e.g. `ruleIds`. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(code: ProblemCode, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {}) {
    super(detail);
    this.name = 'DomainError';
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}

/** A retryable failure (lock timeout, upstream down): 503 with Retry-After. */
export class TransientError extends Error {
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds = 5) {
    super(detail);
    this.name = 'TransientError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
