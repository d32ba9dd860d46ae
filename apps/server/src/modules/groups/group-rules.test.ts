import { describe, expect, it } from 'vitest';
import { compileGroupRule, diffMembers, selectMatching, toRuleAttributes, type RuleSubject } from './group-rules.ts';

const NOW = Date.parse('2024-06-01T12:00:00Z');

function subject(overrides: Partial<RuleSubject> = {}): RuleSubject {
  return {
    userId: 'u-1', email: 'ada@acme.example', name: 'Ada Lovelace', status: 'active',
    profile: { department: 'Sales', title: 'Account executive', location: 'Berlin' },
    externalId: 'E-100', roleNames: ['Member', 'Auditor'], createdAt: '2024-01-15T08:00:00.000Z', ...overrides,
  };
}

describe('toRuleAttributes', () => {
  it('reads department, title and location from the profile', () => {
    const attributes = toRuleAttributes(subject());

    expect(attributes).toEqual({
      email: 'ada@acme.example', name: 'Ada Lovelace', status: 'active', department: 'Sales', title: 'Account executive',
      location: 'Berlin', externalId: 'E-100', roles: ['Member', 'Auditor'], createdAt: '2024-01-15T08:00:00.000Z',
    });
  });

  it.each([
    [null],
    [{}],
    [{ department: 42, title: '  ', location: ['Berlin'] }],
  ])('reads missing, blank or non-text profile values as null (%j)', (profile) => {
    const attributes = toRuleAttributes(subject({ profile }));

    expect([attributes.department, attributes.title, attributes.location]).toEqual([null, null, null]);
  });
});

describe('compileGroupRule', () => {
  it.each([
    [`department == 'Sales' && email CONTAINS '@acme.'`, true],
    [`department == 'Sales' && email CONTAINS '@globex.'`, false],
    [`\${department} IN ['Sales', 'Marketing']`, true],
    [`roles CONTAINS 'Auditor'`, true],
    [`'Admin' IN roles`, false],
    [`LOWER(location) == 'berlin' || title == 'CEO'`, true],
    [`status == 'active' && externalId NOT EMPTY`, true],
    [`createdAt < '2024-02-01'`, true],
    [`DATEDIFF(createdAt, NOW(), 'months') >= 6`, false],
    [`DATEDIFF(createdAt, NOW(), 'months') >= 4`, true],
    [`email MATCHES '^[a-z]+@acme[.]example$'`, true],
  ])('evaluates %s to %s', (source, expected) => {
    const rule = compileGroupRule(source, { now: NOW });

    expect(rule.diagnostics).toEqual([]);
    expect(rule.matches(toRuleAttributes(subject()))).toBe(expected);
  });

  it('treats a null attribute as not matching instead of failing', () => {
    const rule = compileGroupRule(`department == 'Sales'`, { now: NOW });

    expect(rule.matches(toRuleAttributes(subject({ profile: null })))).toBe(false);
  });

  it.each([
    { source: 'departmnt == "Sales"', code: 'unknown-field', from: 0, to: 9 },
    { source: 'department ==', code: 'unexpected-end', from: 13, to: 13 },
    { source: 'email', code: 'rule-not-condition', from: 0, to: 5 },
    { source: 'LEN(name) + 1', code: 'rule-not-condition', from: 0, to: 13 },
  ])('reports $source as $code at $from–$to and matches nobody', ({ source, ...expected }) => {
    const rule = compileGroupRule(source, { now: NOW });

    expect(rule.ok).toBe(false);
    expect(rule.diagnostics[0]).toMatchObject({ ...expected, severity: 'error' });
    expect(rule.matches(toRuleAttributes(subject()))).toBe(false);
  });

  it('suggests the attribute a misspelt name was meant to be', () => {
    const rule = compileGroupRule('departmnt == "Sales"', { now: NOW });

    expect(rule.diagnostics[0]?.message).toContain('department');
  });

  it('lists the attributes the rule reads', () => {
    const rule = compileGroupRule(`roles CONTAINS 'Auditor' && location == 'Berlin'`, { now: NOW });

    expect([...rule.references].sort()).toEqual(['location', 'roles']);
  });
});

describe('selectMatching', () => {
  it('returns the ids of the people the rule matches', () => {
    const people = ['Sales', 'Support', 'Sales'].map((department, index) => ({
      userId: `u-${index}`, attributes: toRuleAttributes(subject({ profile: { department } })),
    }));

    expect(selectMatching(compileGroupRule(`department == 'Sales'`, { now: NOW }), people)).toEqual(['u-0', 'u-2']);
  });

  it('matches nobody with a broken rule', () => {
    const people = [{ userId: 'u-0', attributes: toRuleAttributes(subject()) }];

    expect(selectMatching(compileGroupRule('department ==', { now: NOW }), people)).toEqual([]);
  });
});

describe('diffMembers', () => {
  it('adds the missing and removes the extra members', () => {
    expect(diffMembers(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ added: ['d'], removed: ['a'] });
  });

  it('changes nothing when the group already matches', () => {
    expect(diffMembers(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });
});
