import { describe, expect, it } from 'vitest';
import { buildForm } from '../testing.ts';
import { validateFormDefinition } from './validate-definition.ts';

const raw = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ id: '00000000-0000-4000-8000-000000000001', name: 'F', version: 1, fields, ...extra });
const summary = (input: unknown) => validateFormDefinition(input).map((diagnostic) => [diagnostic.code, diagnostic.field, diagnostic.property ?? null]);

describe('validateFormDefinition', () => {
  it('accepts a valid definition', () => {
    const form = buildForm([
      { type: 'short-text', key: 'name', required: true },
      { type: 'integer', key: 'age', min: 0, max: 150, rules: [{ kind: 'expression', expression: '${age} >= 18' }] },
      { type: 'section', key: 'more', visibleWhen: '${age} > 60', children: ['pension'] },
      { type: 'checkbox', key: 'pension' },
    ]);

    expect(validateFormDefinition(form)).toEqual([]);
  });

  it('reports schema problems with the field key and path', () => {
    const diagnostics = validateFormDefinition(raw([{ type: 'integer', key: 'age', label: 'Age', min: 'zero' }, { type: 'gizmo', key: 'g' }]));

    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-definition', field: 'age', property: 'fields.0.min' });
    expect(diagnostics.some((diagnostic) => diagnostic.field === 'g')).toBe(true);
    expect(validateFormDefinition(null)).toMatchObject([{ code: 'invalid-definition', field: null }]);
  });

  it('rejects reserved keys', () => {
    expect(summary(raw([{ type: 'short-text', key: '__proto__', label: 'x' }]))).toEqual([['invalid-definition', '__proto__', 'fields.0.key']]);
  });

  it('reports duplicate keys, unknown fields and misplaced layout children', () => {
    const form = buildForm([
      { type: 'short-text', key: 'a' },
      { type: 'integer', key: 'a' },
      { type: 'section', key: 's1', children: ['a', 'ghost'] },
      { type: 'section', key: 's2', children: ['a'] },
      { type: 'tabs', key: 'tabs', tabs: [{ key: 's1', label: 'Dup', children: [] }] },
    ], { layout: { items: ['nowhere', 'a'] } });

    expect(summary(form)).toEqual([
      ['duplicate-key', 'a', null],
      ['duplicate-key', 's1', null],
      ['unknown-field', 's1', 'children'],
      ['placed-twice', 'a', null],
      ['unknown-field', null, 'layout.items'],
      ['placed-twice', 'a', null],
    ]);
  });

  it('names a layout cycle', () => {
    const form = buildForm([
      { type: 'section', key: 'outer', children: ['inner'] },
      { type: 'section', key: 'inner', children: ['outer'] },
    ]);

    expect(validateFormDefinition(form)).toMatchObject([{ code: 'layout-cycle', field: 'outer', cycle: ['outer', 'inner', 'outer'] }]);
  });

  it('reports expression errors with the field, the property and the position', () => {
    const form = buildForm([
      { type: 'integer', key: 'amount' },
      { type: 'short-text', key: 'note', visibleWhen: '${amout} > 10' },
      { type: 'short-text', key: 'other', setValue: [{ value: "CONCAT('a',", when: 'true' }] },
    ]);

    const diagnostics = validateFormDefinition(form);

    expect(diagnostics[0]).toMatchObject({ code: 'unknown-field', field: 'note', property: 'visibleWhen', from: 0, to: 8, severity: 'error' });
    expect(diagnostics[0]?.message).toContain('amount');
    expect(diagnostics[1]).toMatchObject({ field: 'other', property: 'setValue[0].value' });
  });

  it('rejects cyclic calculations with the cycle named', () => {
    const form = buildForm([
      { type: 'currency', key: 'subtotal', currency: 'EUR' },
      { type: 'currency', key: 'total', currency: 'EUR', calculation: '${subtotal} + ${tax}' },
      { type: 'currency', key: 'tax', currency: 'EUR', calculation: '${total} * 0.19' },
      { type: 'integer', key: 'self', calculation: '${self} + 1' },
    ]);

    const cycles = validateFormDefinition(form).filter((diagnostic) => diagnostic.code === 'cyclic-dependency');

    expect(cycles.map((diagnostic) => diagnostic.message)).toEqual(['Cyclic dependency: total → tax → total.', 'Cyclic dependency: self → self.']);
    expect(cycles[0]).toMatchObject({ field: 'total', cycle: ['total', 'tax', 'total'] });
  });

  it('finds cycles through visibility and defaults, but not through a value-set rule reading its own field', () => {
    const form = buildForm([
      { type: 'short-text', key: 'a', visibleWhen: '${b} NOT EMPTY' },
      { type: 'short-text', key: 'b', defaultExpression: '${a}' },
      { type: 'date', key: 'start' },
      { type: 'date', key: 'due', setValue: [{ when: '${due} EMPTY', value: "DATEADD(${start}, 7, 'days')" }] },
      { type: 'short-text', key: 'c', requiredWhen: '${c} EMPTY' },
    ]);

    expect(validateFormDefinition(form).map((diagnostic) => diagnostic.message)).toEqual(['Cyclic dependency: a → b → a.']);
  });

  it('checks patterns, bounds, defaults, time zones and options', () => {
    const form = buildForm([
      { type: 'short-text', key: 'code', pattern: '([A-Z]', minLength: 5, maxLength: 2 },
      { type: 'integer', key: 'n', min: 10, max: 1, defaultValue: 'ten' },
      { type: 'currency', key: 'fee', currency: 'EUR', min: '5.00', max: '4.99' },
      { type: 'date', key: 'day', min: '2025-12-31', max: '2025-01-01', timeZone: 'Mars/Olympus' },
      { type: 'date', key: 'relative', min: 'today', max: '2020-01-01', defaultValue: '2019-01-01' },
      { type: 'dropdown', key: 'pick', defaultValue: 'z', options: { source: 'static', items: [{ value: 'a', label: 'A' }, { value: 'a', label: 'A again' }] } },
      { type: 'address', key: 'address', subFields: { postalCode: { pattern: '[' } } },
    ]);

    expect(summary(form)).toEqual([
      ['invalid-range', 'code', 'minLength'],
      ['invalid-pattern', 'code', 'pattern'],
      ['invalid-range', 'n', 'min'],
      ['invalid-default', 'n', 'defaultValue'],
      ['invalid-range', 'fee', 'min'],
      ['invalid-range', 'day', 'min'],
      ['unknown-time-zone', 'day', 'timeZone'],
      ['invalid-default', 'pick', 'defaultValue'],
      ['duplicate-option', 'pick', 'options.items'],
      ['invalid-pattern', 'address', 'subFields.postalCode.pattern'],
    ]);
  });

  it('rejects patterns that could backtrack catastrophically, naming why', () => {
    const form = buildForm([
      { type: 'short-text', key: 'nested', pattern: '^(a+)+$' },
      { type: 'short-text', key: 'backreference', pattern: '^(a)\\1$' },
      { type: 'short-text', key: 'fine', pattern: '^[A-Z]{3}[0-9]{4}$' },
    ]);

    const diagnostics = validateFormDefinition(form).filter((d) => d.code === 'invalid-pattern');

    expect(diagnostics.map((d) => d.field)).toEqual(['nested', 'backreference']);
    expect(diagnostics[0]?.message).toMatch(/exponential/);
  });

  it('reports form rules on unknown fields and duplicate rule keys', () => {
    const form = buildForm([{ type: 'integer', key: 'a' }], {
      validationRules: [
        { key: 'r', expression: '${a} > 0', message: 'm', fields: ['b'] },
        { key: 'r', expression: '${zzz} > 0', message: 'm' },
      ],
    });

    expect(summary(form)).toEqual([
      ['unknown-field', 'r', 'validationRules[1].expression'],
      ['unknown-field', 'r', 'validationRules[0].fields'],
      ['duplicate-key', 'r', null],
    ]);
  });
});
