/** Functions inside the SQL subset and their PostgreSQL forms. */
import type { ExprOf } from '../syntax/ast.ts';
import { epochDayIn } from '../runtime/time-zone.ts';
import { formatInstant, formatPlainDate, Instant, PlainDate } from '../runtime/temporal.ts';
import type { Mode, SqlBuilder } from './sql-builder.ts';

type Call = ExprOf<'call'>;
type SqlFunction = (args: string[], b: SqlBuilder, call: Call) => string;

const simple = (name: string): SqlFunction => (args) => `${name}(${args.join(', ')})`;

const SQL_FUNCTIONS: Record<string, SqlFunction> = {
  UPPER: simple('upper'), LOWER: simple('lower'), TRIM: simple('btrim'), CONCAT: simple('concat'), REPLACE: simple('replace'),
  ABS: simple('abs'), POWER: ([x, y]) => `power((${x})::numeric, (${y})::numeric)`, COALESCE: simple('coalesce'),
  LEN: ([x]) => `COALESCE(char_length(${x}), 0)`,
  SUBSTRING: ([text, start, length]) => `substr(${text}, GREATEST(${start}, 1)${length === undefined ? '' : `, GREATEST(${length}, 0)`})`,
  ROUND: ([x, digits]) => `round((${x})::numeric, ${digits ?? '0'})`,
  FLOOR: ([x, digits], b, call) => (digits === undefined ? `floor(${x})` : b.unsupported('sql-unsupported', 'FLOOR with digits is outside the SQL subset', call)),
  CEILING: ([x, digits], b, call) => (digits === undefined ? `ceil(${x})` : b.unsupported('sql-unsupported', 'CEILING with digits is outside the SQL subset', call)),
  MOD: ([x, y]) => `((${x}) - (${y}) * floor((${x}) / NULLIF(${y}, 0)))`,
  IF: ([test, then, otherwise]) => `(CASE WHEN ${test} THEN ${then} ELSE ${otherwise ?? 'NULL'} END)`,
  CURRENTUSER: (_, b, call) => b.param(userOf(b, call).id, 'text'),
  INROLE: ([role], b, call) => `(${role} = ANY(${b.param(userOf(b, call).roles, 'text[]')}))`,
  TODAY: (_, b, call) => b.param(formatPlainDate(new PlainDate(epochDayIn(clockOf(b, call), zoneOf(b)))), 'date'),
  NOW: (_, b, call) => b.param(formatInstant(new Instant(clockOf(b, call)), zoneOf(b)), 'timestamptz'),
};

const BOOLEAN_ARGS = new Set(['AND', 'OR', 'NOT']);

function userOf(b: SqlBuilder, call: Call): { id: string; roles: string[] } {
  const user = b.options.user;
  if (!user || typeof user.id !== 'string' || !Array.isArray(user.roles)) return b.unsupported('sql-missing-user', `${call.name}() needs options.user`, call);
  return user;
}

function clockOf(b: SqlBuilder, call: Call): number {
  const now = b.options.now;
  if (typeof now !== 'number' || !Number.isFinite(now)) return b.unsupported('sql-missing-clock', `${call.name}() needs options.now`, call);
  return now;
}

function zoneOf(b: SqlBuilder): string {
  return typeof b.options.timeZone === 'string' ? b.options.timeZone : 'UTC';
}

export function translateCall(call: Call, b: SqlBuilder, mode: Mode): string {
  if (BOOLEAN_ARGS.has(call.name)) {
    const args = call.args.map((arg) => b.translate(arg, b, 'exact'));
    if (call.name === 'NOT') return `(NOT ${args[0] ?? 'FALSE'})`;
    return args.length === 0 ? (call.name === 'AND' ? 'TRUE' : 'FALSE') : `(${args.join(call.name === 'AND' ? ' AND ' : ' OR ')})`;
  }
  const translateArg = Object.prototype.hasOwnProperty.call(SQL_FUNCTIONS, call.name) ? SQL_FUNCTIONS[call.name] : undefined;
  if (!translateArg) return b.unsupported('sql-unsupported-function', `${call.name}() is outside the SQL subset`, call);
  const args = call.args.map((arg, index) => b.translate(arg, b, call.name === 'IF' && index === 0 ? 'exact' : 'value'));
  const sql = translateArg(args, b, call);
  return call.name === 'INROLE' ? b.exactly(sql, mode) : sql;
}
