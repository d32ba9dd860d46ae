/**
 * Public types of the expression language: diagnostics, static types, the evaluation context the
 * host passes in (clock, time zone, user, host functions, limits) and the compiled expression.
 */

/** A problem found while parsing, checking or evaluating, with the source range to underline. */
export type Diagnostic = { code: string; message: string; from: number; to: number; severity: 'error' | 'warning' };

/** The static type of a value. `decimal` and `number` are both numeric; `any` is unknown. */
export type ExprType =
  | { kind: 'number' | 'decimal' | 'string' | 'boolean' | 'date' | 'datetime' | 'null' | 'any' }
  | { kind: 'list'; element: ExprType }
  | { kind: 'record'; fields: Record<string, ExprType> };

/** What is in scope: field name (or dotted path) → type. */
export type FieldTypes = Record<string, ExprType>;

/** Evaluation limits. Parse limits apply in `compileExpression`, the others in `run`/`runAsync`. */
export type Limits = {
  /** deepest nesting of the syntax tree */
  maxDepth: number;
  /** longest source text accepted by the parser */
  maxSourceLength: number;
  /** longest list an evaluation may build (list literals, projections, SPLIT) */
  maxListLength: number;
  /** evaluation steps: one per function call and per list element visited */
  maxSteps: number;
  /** longest regular-expression source accepted by MATCHES */
  maxRegexLength: number;
  /** longest text MATCHES will test (longer text does not match) */
  maxMatchInputLength: number;
  /** longest string an evaluation may build (CONCAT, +, REPLACE, FORMAT) */
  maxStringLength: number;
};

/** A host function implementation: gets plain JS arguments, may return a promise (only in runAsync). */
export type HostFunction = (args: unknown[], context: EvalContext) => unknown;
export type HostFunctions = Record<string, HostFunction>;

/** Parameter kinds a function signature can declare. `date` accepts dates, datetimes and ISO strings. */
export type ParamKind = 'any' | 'number' | 'string' | 'boolean' | 'date' | 'list' | 'record';
export type ParamSpec = { name: string; kind: ParamKind; optional?: boolean; variadic?: boolean; description?: string };

/** A host function the checker should know about (name → signature). */
export type HostFunctionSignature = { params: ParamSpec[]; returns: ExprType; description?: string };
export type HostFunctionSignatures = Record<string, HostFunctionSignature>;

/** The user an expression runs for (CURRENTUSER, USERPROP, INROLE). */
export type EvalUser = { id: string; roles: string[]; props: Record<string, unknown> };

/** Everything the host passes to an evaluation: the package itself has no clock and no zone. */
export type EvalContext = {
  /** epoch milliseconds; read at most once per evaluation */
  now: () => number;
  /** IANA time zone, e.g. 'Europe/Berlin' (TODAY, DATEADD by days, FORMAT, datetime output) */
  timeZone: string;
  user?: EvalUser;
  functions?: HostFunctions;
  limits?: Partial<Limits>;
};

/** The value is plain JS: null, boolean, string, number, arrays, records; dates as ISO strings. */
export type EvalResult = { value: unknown; diagnostics: Diagnostic[] };

export type CompiledExpression = {
  /** false when there is any error diagnostic; `run` then returns `{ value: null, diagnostics }` */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** the inferred result type */
  type: ExprType;
  /** field names or paths the expression reads, for dependency graphs */
  references: string[];
  run: (values: Record<string, unknown>, context: EvalContext) => EvalResult;
  runAsync: (values: Record<string, unknown>, context: EvalContext) => Promise<EvalResult>;
};

export type CompileOptions = { fields?: FieldTypes; hostFunctions?: HostFunctionSignatures; limits?: Partial<Limits> };
