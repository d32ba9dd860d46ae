import { describe, expect, it } from 'vitest';
import { parse } from '../syntax/parser.ts';
import type { SqlOptions } from './sql-builder.ts';
import { toSql } from './to-sql.ts';

const options: SqlOptions = {
  columns: { amount: 't.amount', region: 't.region', name: 't.name', tags: 't.tags', active: 't.active', owner: 't.owner_id', code: 't.code', due: 't.due' },
  fields: { tags: { kind: 'list', element: { kind: 'string' } } },
  user: { id: 'u-1', roles: ['manager'] },
  now: Date.UTC(2024, 2, 15, 23, 30),
  timeZone: 'Europe/Berlin',
};

describe('toSql', () => {
  it.each<[string, string, unknown[]]>([
    ["${amount} > 1000 && ${region} IN ['EU','US']", '(((t.amount) > $1::numeric) AND ((t.region) IN ($2::text, $3::text)))', ['1000', 'EU', 'US']],
    ["${region} == 'EU'", '((t.region) = $1::text)', ['EU']],
    ["!(${region} == 'EU')", '(NOT ((t.region) IS NOT DISTINCT FROM $1::text))', ['EU']],
    ["${region} != 'EU'", '((t.region) IS DISTINCT FROM $1::text)', ['EU']],
    ['${region} == null', '((t.region) IS NULL)', []],
    ['null != ${region}', '((t.region) IS NOT NULL)', []],
    ['${amount} == ${amount}', '((t.amount) IS NOT DISTINCT FROM (t.amount))', []],
    ['!(${amount} > 1)', '(NOT COALESCE(((t.amount) > $1::numeric), FALSE))', ['1']],
    ['${active} || ${amount} <= 0.5', '((t.active) OR ((t.amount) <= $1::numeric))', ['0.5']],
    ['!${active}', '(NOT COALESCE((t.active), FALSE))', []],
    ['${region} IN []', '(FALSE)', []],
    ["${region} IN ['a', null]", '((t.region) IN ($1::text) OR (t.region) IS NULL)', ['a']],
    ["${region} NOT IN ['a']", '(NOT COALESCE(((t.region) IN ($1::text)), FALSE))', ['a']],
    ["'urgent' IN ${tags}", '($1::text = ANY((t.tags)))', ['urgent']],
    ["${tags} CONTAINS 'urgent'", '($1::text = ANY((t.tags)))', ['urgent']],
    ["${name} CONTAINS 'ab'", '(strpos((t.name), $1::text) > 0)', ['ab']],
    ['${name} EMPTY', "((t.name) IS NULL OR (t.name)::text = '')", []],
    ['${tags} NOT EMPTY', '(NOT ((t.tags) IS NULL OR cardinality((t.tags)) = 0))', []],
    ["${code} MATCHES '^PRJ-[0-9]+$'", '((t.code) ~ $1::text)', ['^PRJ-[0-9]+$']],
    ['(${amount} + 1) * 2 - -${amount} > 10', '((((t.amount) + $1::numeric) * $2::numeric) - (-(t.amount))) > $3::numeric)'.replace(/^/, '('), ['1', '2', '10']],
    ['${amount} / 0 == null', '(((t.amount) / NULLIF($1::numeric, 0)) IS NULL)', ['0']],
    ['${amount} % 2 == 1', '(mod((t.amount), NULLIF($1::numeric, 0)) = $2::numeric)', ['2', '1']],
    ["UPPER(TRIM(${name})) == 'A' + ${name}", '(upper(btrim((t.name))) IS NOT DISTINCT FROM concat($1::text, (t.name)))', ['A']],
    ["LEN(${name}) > 3 && SUBSTRING(${name}, 1, 2) == 'ab'", '((COALESCE(char_length((t.name)), 0) > $1::numeric) AND (substr((t.name), GREATEST($2::numeric, 1), GREATEST($3::numeric, 0)) = $4::text))', ['3', '1', '2', 'ab']],
    ['ROUND(${amount}, 2) >= ABS(FLOOR(${amount}))', '(round(((t.amount))::numeric, $1::numeric) >= abs(floor((t.amount))))', ['2']],
    ['MOD(${amount}, 3) == CEILING(POWER(${amount}, 2))', '((((t.amount)) - ($1::numeric) * floor(((t.amount)) / NULLIF($1::numeric, 0))) IS NOT DISTINCT FROM ceil(power(((t.amount))::numeric, ($2::numeric)::numeric)))', ['3', '2']],
    ["COALESCE(${name}, 'x') == REPLACE(CONCAT(${name}, 'y'), 'y', '')", '(coalesce((t.name), $1::text) IS NOT DISTINCT FROM replace(concat((t.name), $2::text), $3::text, $4::text))', ['x', 'y', 'y', '']],
    ['${owner} == CURRENTUSER() || INROLE(\'admin\')', '(((t.owner_id) IS NOT DISTINCT FROM $1::text) OR ($2::text = ANY($3::text[])))', ['u-1', 'admin', ['manager']]],
    ["IF(${active}, ${amount}, 0) > 1", '((CASE WHEN COALESCE((t.active), FALSE) THEN (t.amount) ELSE $1::numeric END) > $2::numeric)', ['0', '1']],
    ["${active} ? 'a' : 'b'", '(CASE WHEN COALESCE((t.active), FALSE) THEN $1::text ELSE $2::text END)', ['a', 'b']],
    ['AND(${active}, NOT(${active}), OR())', '(COALESCE((t.active), FALSE) AND (NOT COALESCE((t.active), FALSE)) AND FALSE)', []],
    ['${due} < TODAY() || ${due} > NOW()', '(((t.due) < $1::date) OR ((t.due) > $2::timestamptz))', ['2024-03-16', '2024-03-16T00:30:00+01:00']],
    ['${active} == true', '((t.active) = $1::boolean)', [true]],
  ])('translates %s', (source, sql, params) => {
    expect(toSql(source, options)).toEqual({ ok: true, sql, params, diagnostics: [] });
  });

  it('numbers parameters after the offset and accepts a parsed tree', () => {
    const { ast } = parse("${region} == 'EU'");

    expect(ast && toSql(ast, { ...options, paramOffset: 4 }).sql).toBe('((t.region) = $5::text)');
  });

  it.each<[string, string]>([
    ['${unknown} > 1', 'sql-unknown-column'],
    ['${constructor} > 1', 'sql-unknown-column'],
    ["SUM(${tags}) > 1", 'sql-unsupported-function'],
    ["LOOKUP('p', 1) == 1", 'sql-unsupported-function'],
    ['${tags}.x == 1', 'sql-unsupported'],
    ['[1] == [1]', 'sql-unsupported'],
    ['{a: 1} == 1', 'sql-unsupported'],
    ['${name} IN ${region}', 'sql-unsupported'],
    ['${name} MATCHES ${code}', 'sql-unsupported'],
    ["${name} MATCHES '(a+)+'", 'unsafe-regex'],
    ['FLOOR(${amount}, 1) > 0', 'sql-unsupported'],
    ['CEILING(${amount}, 1) > 0', 'sql-unsupported'],
    ['(', 'unexpected-end'],
  ])('reports %s as %s', (source, code) => {
    const result = toSql(source, options);

    expect(result.ok).toBe(false);
    expect(result.sql).toBe('');
    expect(result.diagnostics[0]?.code).toBe(code);
  });

  it('needs the user and the clock for CURRENTUSER, INROLE, TODAY and NOW', () => {
    const bare = { columns: { owner: 't.owner_id' } };

    expect(toSql('${owner} == CURRENTUSER()', bare).diagnostics[0]?.code).toBe('sql-missing-user');
    expect(toSql("INROLE('x')", bare).diagnostics[0]?.code).toBe('sql-missing-user');
    expect(toSql('TODAY() == null', bare).diagnostics[0]?.code).toBe('sql-missing-clock');
    expect(toSql('NOW() == null', { ...bare, now: 0 }).params).toEqual(['1970-01-01T00:00:00Z']);
  });

  it('never splices values into the SQL text', () => {
    const result = toSql("${name} == 'x\\'); DROP TABLE t; --' && ${name} CONTAINS '$1'", options);

    expect(result.sql).not.toContain('DROP');
    expect(result.sql).not.toMatch(/'|\$1[^:]/);
    expect(result.params).toEqual(["x'); DROP TABLE t; --", '$1']);
  });
});
