/**
 * State of one SQL translation: parameters ($n placeholders with explicit casts), diagnostics and
 * the host's options. Identifiers come only from the host's column mapping; every value from the
 * expression becomes a parameter — nothing from the expression is spliced into the SQL text.
 */
import { problem } from '../diagnostics.ts';
import type { Expr } from '../syntax/ast.ts';
import type { Diagnostic, FieldTypes } from '../types.ts';

/** Options of `toSql`. */
export type SqlOptions = {
  /** field (or dotted path) → trusted SQL column expression, e.g. `{ amount: 't.amount', region: "t.data->>'region'" }` */
  columns: Record<string, string>;
  /** field types: list fields use array semantics (CONTAINS, EMPTY, IN) */
  fields?: FieldTypes;
  /** parameters already used by the surrounding query: the first one here is $(paramOffset + 1) */
  paramOffset?: number;
  /** the user for CURRENTUSER() and INROLE() */
  user?: { id: string; roles: string[] };
  /** the clock and zone for TODAY() and NOW() */
  now?: number;
  timeZone?: string;
};

/** A parameterized PostgreSQL boolean/value fragment; `sql` is '' when `ok` is false. */
export type SqlResult = { ok: boolean; sql: string; params: unknown[]; diagnostics: Diagnostic[] };

export type SqlCast = 'text' | 'numeric' | 'boolean' | 'date' | 'timestamptz' | 'text[]';

/** Raised to stop at the first construct outside the subset (caught in toSql). */
export class SqlUnsupported {
  constructor(readonly diagnostic: Diagnostic) {}
}

const hasOwn = Object.prototype.hasOwnProperty;

/** condition: a WHERE position (NULL acts as false); exact: TRUE or FALSE; value: any value. */
export type Mode = 'condition' | 'exact' | 'value';
export type Translate = (expr: Expr, builder: SqlBuilder, mode: Mode) => string;

export class SqlBuilder {
  readonly params: unknown[] = [];

  constructor(readonly options: SqlOptions, readonly translate: Translate) {}

  /** A boolean that must be exactly TRUE or FALSE outside a filter position. */
  exactly(sql: string, mode: Mode): string {
    return mode === 'condition' ? sql : `COALESCE(${sql}, FALSE)`;
  }

  param(value: unknown, cast: SqlCast): string {
    this.params.push(value);
    return `$${(this.options.paramOffset ?? 0) + this.params.length}::${cast}`;
  }

  column(path: string[], expr: Expr): string {
    const name = path.join('.');
    const columns = this.options.columns;
    if (!columns || !hasOwn.call(columns, name) || typeof columns[name] !== 'string') this.unsupported('sql-unknown-column', `The field '${name}' has no column mapping`, expr);
    return `(${columns[name]})`;
  }

  isListField(expr: Expr): boolean {
    if (expr.type !== 'field') return false;
    const fields = this.options.fields;
    const name = expr.path.join('.');
    return !!fields && hasOwn.call(fields, name) && fields[name]?.kind === 'list';
  }

  unsupported(code: string, message: string, expr: Expr): never {
    throw new SqlUnsupported(problem(code, message, expr.span));
  }
}
