// RFC 9457 problem details as the web app sees them. Every failed API call becomes an ApiProblem,
// whether the server answered application/problem+json, better-auth's { code, message }, something
// else, or nothing at all (network failure), so screens handle one error type.

export interface ProblemFieldError {
  pointer: string;
  message: string;
}

export interface ProblemDetails {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  type?: string | undefined;
  instance?: string | undefined;
  traceId?: string | undefined;
  errors: ProblemFieldError[];
  /** Further members of the problem (RFC 9457 extensions), e.g. the `ruleIds` of a failed evaluation. */
  extensions?: Readonly<Record<string, unknown>> | undefined;
}

export const NETWORK_ERROR_CODE = 'network-error' as const;

export class ApiProblem extends Error implements ProblemDetails {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly traceId: string | undefined;
  readonly errors: ProblemFieldError[];
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.traceId = problem.traceId;
    this.errors = problem.errors;
    this.extensions = problem.extensions ?? {};
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function readString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readFieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const pointer = typeof record.pointer === 'string' ? record.pointer : '';
    const message = readString(record, 'message');
    return message === undefined ? [] : [{ pointer, message }];
  });
}

/** The last segment of a problem `type` URI is its code when the body has no `code`. */
function codeFromType(type: string | undefined): string | undefined {
  if (type === undefined || type === 'about:blank') return undefined;
  return type.split('/').filter(Boolean).pop();
}

// The members read into their own properties; every other member is an extension.
const KNOWN_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'traceId', 'errors', 'message']);

function readExtensions(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !KNOWN_MEMBERS.has(key)));
}

/** Builds an ApiProblem from a failed response's status and (already parsed) JSON body. */
export function parseProblem(status: number, body: unknown, statusText = ''): ApiProblem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const type = readString(record, 'type');
  const code = readString(record, 'code') ?? codeFromType(type) ?? `http-${String(status)}`;
  const title =
    readString(record, 'title') ?? readString(record, 'message') ?? (statusText || `HTTP ${String(status)}`);
  return new ApiProblem({
    status: typeof record.status === 'number' ? record.status : status,
    code,
    title,
    detail: readString(record, 'detail'),
    type,
    instance: readString(record, 'instance'),
    traceId: readString(record, 'traceId'),
    errors: readFieldErrors(record.errors),
    extensions: readExtensions(record),
  });
}

export function createNetworkProblem(): ApiProblem {
  return new ApiProblem({ status: 0, code: NETWORK_ERROR_CODE, title: 'Network error', errors: [] });
}

/** `/email` → `email`, `/address/street` → `address.street`, `` or `/` → `` (the whole form). */
export function fieldNameFromPointer(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** The first error message per field, keyed by field name. */
export function collectFieldErrors(problem: Pick<ProblemDetails, 'errors'>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { pointer, message } of problem.errors) {
    const field = fieldNameFromPointer(pointer);
    fields[field] ??= message;
  }
  return fields;
}
