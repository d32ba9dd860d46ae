import { describe, expect, it } from 'vitest';
import { DECISION_RULES_MAX, type DecisionTable } from '@flowforge/contracts';
import { applyCommand, applyWithInverse } from './apply-command.ts';
import { TableEditError } from './commands.ts';
import { sampleTable } from './testing/sample-table.ts';

const ids = (table: DecisionTable) => table.rules.map((rule) => rule.id);

describe('addRule', () => {
  it('inserts a blank rule with a new id at the position', () => {
    const table = applyCommand(sampleTable(), { type: 'addRule', index: 1 });

    expect(ids(table)).toEqual(['r1', 'r4', 'r2', 'r3']);
    expect(table.rules[1]).toEqual({
      id: 'r4', inputEntries: ['-', '-'], outputEntries: ['', ''], annotation: '',
      priority: null, validFrom: null, validTo: null, overrideIds: [],
    });
  });

  it('appends at the end and inserts a given rule', () => {
    const rule = { ...sampleTable().rules[0], id: 'vip' } as DecisionTable['rules'][number];
    const table = applyCommand(sampleTable(), { type: 'addRule', index: 3, rule });

    expect(ids(table)).toEqual(['r1', 'r2', 'r3', 'vip']);
  });

  it('refuses positions outside the table, taken ids and misaligned entries', () => {
    const table = sampleTable();
    const first = table.rules[0] as DecisionTable['rules'][number];

    expect(() => applyCommand(table, { type: 'addRule', index: 4 })).toThrow(TableEditError);
    expect(() => applyCommand(table, { type: 'addRule', index: -1 })).toThrow(/outside/);
    expect(() => applyCommand(table, { type: 'addRule', index: 0, rule: first })).toThrow(/already used/);
    expect(() => applyCommand(table, { type: 'addRule', index: 0, rule: { ...first, id: 'x', inputEntries: ['-'] } })).toThrow(/input entries/);
  });

  it('stops at the rule limit', () => {
    const base = sampleTable();
    const blank = base.rules[0] as DecisionTable['rules'][number];
    const full = { ...base, rules: Array.from({ length: DECISION_RULES_MAX }, (_, i) => ({ ...blank, id: `r${i + 1}` })) };

    expect(() => applyCommand(full, { type: 'addRule', index: 0 })).toThrow(expect.objectContaining({ code: 'limit' }));
  });

  it('numbers new rules above the highest id, whatever the other ids look like', () => {
    const base = sampleTable();
    const renamed = { ...base, rules: base.rules.map((rule, i) => ({ ...rule, id: ['rule-a', 'r7', 'x'][i] ?? rule.id })) };

    expect(applyCommand(renamed, { type: 'addRule', index: 0 }).rules[0]?.id).toBe('r8');
  });
});

describe('deleteRule', () => {
  it('removes the rule and drops it from the overrides of other rules', () => {
    const table = applyCommand(sampleTable(), { type: 'deleteRule', ruleId: 'r3' });

    expect(ids(table)).toEqual(['r1', 'r2']);
    expect(table.rules[1]?.overrideIds).toEqual([]);
  });

  it('is undone by reinserting the rule and restoring the overrides', () => {
    const { table, inverse } = applyWithInverse(sampleTable(), { type: 'deleteRule', ruleId: 'r3' });

    expect(applyCommand(table, inverse)).toEqual(sampleTable());
  });

  it('refuses an unknown rule', () => {
    expect(() => applyCommand(sampleTable(), { type: 'deleteRule', ruleId: 'nope' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('moveRule', () => {
  it('moves a rule down and up', () => {
    expect(ids(applyCommand(sampleTable(), { type: 'moveRule', ruleId: 'r1', toIndex: 2 }))).toEqual(['r2', 'r3', 'r1']);
    expect(ids(applyCommand(sampleTable(), { type: 'moveRule', ruleId: 'r3', toIndex: 0 }))).toEqual(['r3', 'r1', 'r2']);
  });

  it('refuses a position past the last rule', () => {
    expect(() => applyCommand(sampleTable(), { type: 'moveRule', ruleId: 'r1', toIndex: 3 })).toThrow(/outside/);
  });
});

describe('duplicateRule', () => {
  it('inserts a copy with a new id right below, entries and extras included', () => {
    const table = applyCommand(sampleTable(), { type: 'duplicateRule', ruleId: 'r2' });
    const original = sampleTable().rules[1];

    expect(ids(table)).toEqual(['r1', 'r2', 'r4', 'r3']);
    expect(table.rules[2]).toEqual({ ...original, id: 'r4' });
  });

  it('does not share arrays with the original', () => {
    const table = applyCommand(sampleTable(), { type: 'duplicateRule', ruleId: 'r2' });

    expect(table.rules[2]?.inputEntries).not.toBe(table.rules[1]?.inputEntries);
    expect(table.rules[2]?.overrideIds).not.toBe(table.rules[1]?.overrideIds);
  });
});

describe('setRuleExtras', () => {
  it('sets priority, effective dates and overrides', () => {
    const table = applyCommand(sampleTable(), {
      type: 'setRuleExtras', ruleId: 'r1',
      patch: { priority: 5, validFrom: '2026-01-01', validTo: '2026-12-31', overrideIds: ['r2'] },
    });

    expect(table.rules[0]).toMatchObject({ priority: 5, validFrom: '2026-01-01', validTo: '2026-12-31', overrideIds: ['r2'] });
    expect(table.rules[0]?.inputEntries).toEqual(sampleTable().rules[0]?.inputEntries);
  });

  it('keeps a rule from overriding itself and lists each rule once', () => {
    const table = applyCommand(sampleTable(), { type: 'setRuleExtras', ruleId: 'r1', patch: { overrideIds: ['r1', 'r2', 'r2', 'r3'] } });

    expect(table.rules[0]?.overrideIds).toEqual(['r2', 'r3']);
  });

  it('is undone by setting back only the patched values', () => {
    const { inverse } = applyWithInverse(sampleTable(), { type: 'setRuleExtras', ruleId: 'r2', patch: { priority: null } });

    expect(inverse).toEqual({ type: 'setRuleExtras', ruleId: 'r2', patch: { priority: 3 } });
  });
});
