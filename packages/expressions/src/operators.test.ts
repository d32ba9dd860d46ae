import { describe, expect, it } from 'vitest';
import { valueOf } from './testing/evaluate.ts';

const values = {
  amount: 12000, region: 'EU', type: 'A', priority: 'high', category: 'sales', notes: '', tags: ['urgent', 'vip'],
  code: 'PRJ-123', status: 'active', record: { amount: 20000, owner: { name: 'Ada' } },
  lineItems: [{ amount: 10.1 }, { amount: 0.2 }, { amount: null }], nothing: null, zero: 0, no: false, emptyList: [], emptyRecord: {},
  name: 'Zoë', price: '12.50', startDate: '2024-01-31', when: '2024-03-31T12:00:00+02:00',
};

describe('spec examples', () => {
  it.each<[string, unknown]>([
    ["${status} == 'active'", true],
    ['${amount} >= 10000', true],
    ["${type} == 'A' && ${priority} == 'high'", true],
    ["${category} IN ['sales', 'marketing']", true],
    ["${tags} CONTAINS 'urgent'", true],
    ['${notes} NOT EMPTY', false],
    ["${code} MATCHES '^PRJ-[0-9]+$'", true],
    ["${record.amount > 10000 ? 'cfo' : 'manager'}", 'cfo'],
    ['SUM(${lineItems}.amount)', 10.3],
    ["IF(${type}=='A', 0.1, 0.15)", 0.1],
    ["CONCAT(${name}, ' ', ${region})", 'Zoë EU'],
    ["DATEADD(${startDate}, 30, 'days')", '2024-03-01'],
    ["SUMIF(${lineItems}, 'amount', 0.2, 'amount')", 0.2],
    ["USERPROP(CURRENTUSER(), 'department')", 'finance'],
    ["${amount} > 1000 && ${region} IN ['EU','US']", true],
  ])('evaluates %s', (source, expected) => {
    expect(valueOf(source, values)).toEqual(expected);
  });
});

describe('operators', () => {
  it.each<[string, unknown]>([
    // equality and null
    ['1 == 1.0', true], ["'1' == 1", false], ['null == null', true], ['${missing} == null', true], ['${amount} == null', false],
    ['${missing} != null', false], ["'a' != 'b'", true], ['[1, [2]] == [1, [2]]', true], ['[1] == [1, 2]', false],
    ['{a: 1} == {a: 1.0}', true], ['{a: 1} == {b: 1}', false], ["${startDate} == '2024-01-31'", true], ['true == 1', false],
    // ordering
    ['2 > 1', true], ['1 > 2', false], ['1 <= 1', true], ['2 >= 3', false], ["'b' > 'a'", true], ['${missing} > 1', false],
    ['${missing} < 1', false], ["'10' > 9", false], ['!(${missing} > 1)', true], ['0.1 + 0.2 > 0.3', false], ['true > false', true],
    // logic
    ['true && false', false], ['true || false', true], ['null || 0', false], ["'x' && [1]", true], ['!null', true], ['!0', true],
    ['NOT true', false], ['!${emptyList}', true], ['${zero} || ${no}', false],
    // arithmetic
    ['0.1 + 0.2', 0.3], ['0.1 + 0.2 == 0.3', true], ['1 - 0.9', 0.1], ['3 * 1.1', 3.3], ['1 / 4', 0.25], ['1 / 3', 0.3333333333333333],
    ['7 % 3', 1], ['-7 % 3', -1], ['7.5 % 2', 1.5], ['1 / 0', null], ['1 % 0', null], ['null + 1', null], ['-${missing}', null],
    ['-(2)', -2], ['- -2', 2], ['2 + 3 * 4', 14], ['(2 + 3) * 4', 20], ['10 - 2 - 3', 5], ['2 * -3', -6],
    ["'a' + 'b'", 'ab'], ["'a' + null", 'a'], ["'n' + 1.50", 'n1.5'], ['[1] + [2]', [1, 2]], ['9007199254740993 + 0', 9007199254740992],
    ['${price} * 2', null], ['1e3 + 1', 1001],
    // ternary
    ['true ? 1 : 2', 1], ['null ? 1 : 2', 2], ['false ? 1 : true ? 2 : 3', 2],
    // IN / NOT IN
    ["'EU' IN ['EU', 'US']", true], ["'DE' IN ['EU', 'US']", false], ["'EU' NOT IN ['EU']", false], ['null IN [1, null]', true],
    ['null IN [1]', false], ['1 IN [1.0]', true], ["'a' IN 'abc'", { error: ['type-mismatch'] }], ['1 NOT IN null', true], ['0.1 + 0.2 IN [0.3]', true],
    ["${startDate} IN ['2024-01-31']", true], ['[1] IN [[1], [2]]', true],
    // CONTAINS
    ["'hello' CONTAINS 'ell'", true], ["'hello' CONTAINS 'L'", false], ['${tags} CONTAINS null', false], ['null CONTAINS 1', false],
    ["${record} CONTAINS 'amount'", true], ["${record} CONTAINS 'constructor'", false], ["'a1' CONTAINS 1", true],
    // EMPTY
    ['${notes} EMPTY', true], ['${missing} EMPTY', true], ['${emptyList} EMPTY', true], ['${emptyRecord} EMPTY', true],
    ['${zero} EMPTY', false], ['${no} EMPTY', false], ["' ' EMPTY", false], ['${tags} NOT EMPTY', true], ['1 + 1 EMPTY', false],
    // MATCHES
    ["'PRJ-1' MATCHES '^PRJ-[0-9]+$'", true], ["'PRJ-' MATCHES '^PRJ-[0-9]+$'", false], ["null MATCHES '.*'", false],
    ['12345 MATCHES \'^[0-9]{5}$\'', true], ["'Zoë' MATCHES '^\\\\p{L}+$'", true], ["'x' MATCHES null", false],
    // projection and paths
    ['${record.owner.name}', 'Ada'], ['${record}.owner.name', 'Ada'], ['${lineItems}.amount', [10.1, 0.2, null]],
    ['${record.missing.deeper}', null], ['${__proto__}', null], ['${constructor}', null], ['${record}.constructor', null],
    ['${record.__proto__}', null], ['${tags}.length', [null, null]], ['{a: {b: 2}}.a.b', 2],
    // literals
    ["'it\\'s'", "it's"], ['"say \\"hi\\""', 'say "hi"'], ["'\\u00e9\\u{1F600}'", 'é😀'], ["'a\\nb'", 'a\nb'], ['[1, [2, 3]]', [1, [2, 3]]],
    ["{ 'a b': 1, c: null }", { 'a b': 1, c: null }], ['{}', {}], ['[]', []], ['true', true], ['null', null], ['amount > 5', true],
  ])('evaluates %s', (source, expected) => {
    expect(valueOf(source, values)).toEqual(expected);
  });
});
