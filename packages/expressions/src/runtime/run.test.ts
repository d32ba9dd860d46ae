import { describe, expect, it } from 'vitest';
import { compileExpression } from '../compile-expression.ts';
import { contextOf, evaluate } from '../testing/evaluate.ts';

describe('run', () => {
  it('returns null with the compile diagnostics when the expression has errors', () => {
    const compiled = compileExpression('SUMM(${a})');

    const result = compiled.run({ a: 1 }, contextOf());

    expect(compiled.ok).toBe(false);
    expect(result).toEqual({ value: null, diagnostics: compiled.diagnostics });
  });

  it('returns plain JS values', () => {
    const values = { items: [{ amount: 0.1, when: new Date(Date.UTC(2024, 0, 1)) }], big: 12n };

    const result = evaluate("{ total: SUM(${items}.amount) + 0.2, first: ${items}.when, big: ${big} * 2, list: [TODAY(), 1 / 3] }", values);

    expect(result.value).toEqual({ total: 0.3, first: ['2024-01-01T01:00:00+01:00'], big: 24, list: ['2024-03-15', 1 / 3] });
  });

  it('keeps record keys such as __proto__ as data', () => {
    const result = evaluate("{ '__proto__': 1 }");

    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
  });

  it('reads dotted keys passed flat and own properties only', () => {
    const inherited = Object.create({ amount: 5 }) as Record<string, unknown>;

    expect(evaluate('${customer.name}', { 'customer.name': 'ACME' }).value).toBe('ACME');
    expect(evaluate('${amount}', inherited).value).toBeNull();
    expect(evaluate('${a}', Object.create(null) as Record<string, unknown>).value).toBeNull();
  });

  it('reads numeric text of declared number fields exactly', () => {
    const compile = { fields: { price: { kind: 'decimal' as const }, qty: { kind: 'number' as const } } };

    expect(evaluate('${price} * ${qty}', { price: '19.99', qty: 3 }, { compile }).value).toBe(59.97);
    expect(evaluate('${price}', { price: 'abc' }, { compile }).value).toBeNull();
  });

  it('reports division by zero and type mismatches at run time as warnings', () => {
    const result = evaluate('${a} / ${b} + (${c} * 2)', { a: 1, b: 0, c: 'x' });

    expect(result.value).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['division-by-zero', 'warning'], ['type-mismatch', 'warning']]);
    expect(evaluate('${c} * 2', { c: 'x' }).diagnostics[0]?.code).toBe('type-mismatch');
    expect(evaluate('-${c}', { c: 'x' }).diagnostics[0]?.code).toBe('type-mismatch');
  });

  it('never throws for odd inputs and contexts', () => {
    const compiled = compileExpression('${a} + 1');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    expect(compiled.run(null as never, contextOf()).value).toBeNull();
    expect(compiled.run({ a: cyclic }, contextOf()).diagnostics[0]?.code).toBe('type-mismatch');
    expect(compileExpression('${a}').run({ a: cyclic }, contextOf()).value).toBeTruthy();
    expect(compileExpression('${a} == ${a}').run({ a: cyclic }, contextOf()).value).toBe(true);
    expect(compiled.run({ a: 1 }, null as never).diagnostics[0]?.code).toBe('invalid-context');
    expect(compiled.run({ get a() { throw new Error('boom'); } }, contextOf()).diagnostics[0]?.code).toBe('evaluation-failed');
    expect(compileExpression(undefined as never).ok).toBe(false);
  });
});

describe('limits', () => {
  it('stops at the step limit', () => {
    const items = Array.from({ length: 100 }, (_, index) => ({ amount: index }));

    const result = evaluate('SUM(${items}.amount)', { items }, { context: { limits: { maxSteps: 50 } } });

    expect(result.value).toBeNull();
    expect(result.diagnostics.at(-1)?.code).toBe('step-limit');
  });

  it('stops at the list and string limits', () => {
    expect(evaluate("SPLIT('a,b,c', ',')", {}, { context: { limits: { maxListLength: 2 } } }).diagnostics[0]?.code).toBe('list-limit');
    expect(evaluate('[1, 2, 3]', {}, { context: { limits: { maxListLength: 2 } } }).diagnostics[0]?.code).toBe('list-limit');
    expect(evaluate('${a} + ${a}', { a: [1, 2] }, { context: { limits: { maxListLength: 3 } } }).diagnostics[0]?.code).toBe('list-limit');
    expect(evaluate("CONCAT(${s}, ${s})", { s: 'abc' }, { context: { limits: { maxStringLength: 5 } } }).diagnostics[0]?.code).toBe('string-limit');
    expect(evaluate("${s} + ${s}", { s: 'abc' }, { context: { limits: { maxStringLength: 5 } } }).diagnostics[0]?.code).toBe('string-limit');
    expect(evaluate("REPLACE(${s}, 'a', 'xxxx')", { s: 'aaa' }, { context: { limits: { maxStringLength: 5 } } }).diagnostics[0]?.code).toBe('string-limit');
  });

  it('does not test long or unsafe dynamic patterns', () => {
    const long = evaluate('${s} MATCHES ${p}', { s: 'a'.repeat(20), p: 'a+' }, { context: { limits: { maxMatchInputLength: 10 } } });
    const unsafe = evaluate('${s} MATCHES ${p}', { s: 'aaaa!', p: '^(a+)+$' });

    expect(long.value).toBe(false);
    expect(long.diagnostics[0]?.code).toBe('match-input-too-long');
    expect(unsafe.value).toBe(false);
    expect(unsafe.diagnostics[0]?.code).toBe('unsafe-regex');
  });

  it('applies compile limits', () => {
    expect(compileExpression('1 + 1 + 1', { limits: { maxDepth: 2 } }).diagnostics[0]?.code).toBe('too-deep');
  });
});

describe('host functions', () => {
  it('reports a missing or failing host function', () => {
    expect(evaluate("LOOKUP('p', 1)").diagnostics[0]?.code).toBe('missing-host-function');
    expect(evaluate("LOOKUP('p', 1)", {}, { context: { functions: { LOOKUP: () => { throw new Error('down'); } } } }).diagnostics[0]).toMatchObject({ code: 'host-function-failed', message: 'LOOKUP() failed: down' });
  });

  it('rejects async host functions in run', async () => {
    const functions = { LOOKUP: () => Promise.reject(new Error('never awaited')) };

    const result = evaluate("LOOKUP('products', 1, 'price')", {}, { context: { functions } });

    expect(result.value).toBeNull();
    expect(result.diagnostics[0]?.code).toBe('async-host-function');
  });

  it('awaits host functions in runAsync and calls each distinct one once', async () => {
    const calls: unknown[][] = [];
    const LOOKUP = async (args: unknown[]) => { calls.push(args); return args[1] === 1 ? 9.5 : 0.5; };
    const DECISION = (args: unknown[]) => Promise.resolve((args[1] as { amount: number }).amount > 10 ? 'cfo' : 'manager');
    const compiled = compileExpression("LOOKUP('p', 1, 'price') + LOOKUP('p', 2, 'price') + LOOKUP('p', 1, 'price') + 0.1 > 10 ? DECISION('level', { amount: 11 }) : 'x'");

    const result = await compiled.runAsync({}, contextOf({ functions: { LOOKUP, DECISION } }));

    expect(result).toEqual({ value: 'cfo', diagnostics: [] });
    expect(calls).toEqual([['p', 1, 'price'], ['p', 2, 'price']]);
  });

  it('turns a rejected promise into a diagnostic in runAsync', async () => {
    const compiled = compileExpression("COALESCE(LOOKUP('p', 1), 'fallback')");

    const result = await compiled.runAsync({}, contextOf({ functions: { LOOKUP: () => Promise.reject(new Error('offline')) } }));

    expect(result.value).toBe('fallback');
    expect(result.diagnostics[0]).toMatchObject({ code: 'host-function-failed', message: 'LOOKUP() failed: offline' });
  });

  it('resolves a failed compile in runAsync too', async () => {
    expect((await compileExpression('(').runAsync({}, contextOf())).value).toBeNull();
  });
});
