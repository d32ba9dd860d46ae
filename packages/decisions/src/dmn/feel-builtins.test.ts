import { describe, expect, it } from 'vitest';
import { FeelDuration, FeelRange, parseDate } from 'feelin';
import { rewriteArithmetic } from './arithmetic-rewrite.ts';
import { coerce, conformTo, type TypeScope } from './conform.ts';
import { createFeelEvaluator } from './feel-evaluator.ts';
import type { DmnItemDefinition } from './model.ts';

const feel = createFeelEvaluator();
const run = (text: string, scope: Record<string, unknown> = {}) => feel.expression(text, scope);
const iso = (value: unknown) => (value instanceof FeelDuration ? value.iso : value);

describe('FEEL additions over feelin', () => {
  it('multiplies, divides and negates durations', () => {
    expect(iso(run('@"P1D" * 10'))).toBe('P10D');
    expect(iso(run('2.5 * @"PT23H"'))).toBe('P2DT9H30M');
    expect(iso(run('-2.5 * @"P1Y11M"'))).toBe('-P4Y9M');
    expect(iso(run('@"P10Y11M" / 2.5'))).toBe('P4Y4M');
    expect(run('@"P10D" / @"P5D"')).toBe(2);
    expect(run('@"P10D" / @"P1Y"')).toBeNull();
    expect(run('@"P1D" / 0')).toBeNull();
    expect(iso(run('-d', { d: run('@"P1D"') }))).toBe('-P1D');
    expect(run('2 * 3 / 4 - -x', { x: 1 })).toBe(2.5);
    expect(run('"a" * 2')).toBeNull();
  });

  it('rewrites arithmetic into helper calls, keeping names with spaces and number literals whole', () => {
    expect(rewriteArithmetic('Loan amount * -rate + -1', ['Loan amount', 'rate'])).toBe('__ff_add((__ff_multiply((Loan amount), (__ff_negate((rate))))), (-1))');
    expect(rewriteArithmetic('"a" = "b"', [])).toBe('"a" = "b"');
    expect(rewriteArithmetic('a +', ['a'])).toBe('a +');
  });

  it('subtracts dates and times across time zones and keeps dates dates', () => {
    const text = (value: unknown) => (value as { iso?: string } | null)?.iso ?? value;
    expect(text(run('@"2021-01-02T10:10:10@Europe/Paris" - @"2021-01-01T10:10:10@Asia/Dhaka"'))).toBe('P1DT5H');
    expect(run('@"2021-01-02T10:10:10+01:00" - @"2021-01-01T10:10:10"')).toBeNull();
    expect(text(run('@"2021-01-02" - @"2021-01-01T10:10:10+11:00"'))).toBe('P1DT49M50S');
    expect(text(run('@"2021-01-01" - @"PT1H"'))).toBe('2020-12-31');
    expect(run('@"10:00:00" + @"P1Y"')).toBeNull();
    expect(run('"a" + "b"')).toBe('ab');
    expect(run('1 + 2 - 4')).toBe(-1);
  });

  it('reads range literals with range()', () => {
    const range = run('range("(1..10]")');
    expect(range).toBeInstanceOf(FeelRange);
    expect(run('5 in range("[1..10]")')).toBe(true);
    expect(run('range("[1..10]") = [1..10]')).toBe(true);
    expect(run('range("[@\\"2020-01-01\\"..@\\"2020-02-01\\"]") = [@"2020-01-01"..@"2020-02-01"]')).toBe(true);
    for (const bad of ['[3..1]', '[..2]', '[1.."b"]', '>= 10', '[date(x)..2]', '']) expect(run(`range("${bad.replaceAll('"', '\\"')}")`)).toBeNull();
  });

  it('implements the range relations feelin leaves out', () => {
    expect(run('during(5, [1..10])')).toBe(true);
    expect(run('during([2..3], [1..10])')).toBe(true);
    expect(run('starts(1, [1..10])')).toBe(true);
    expect(run('starts(1, (1..10])')).toBe(false);
    expect(run('finished by([1..10], 10)')).toBe(true);
    expect(run('overlaps before([1..5], [3..8])')).toBe(true);
    expect(run('overlaps after([3..8], [1..5])')).toBe(true);
    expect(run('coincides(range1: [1..5], range2: [1..5])')).toBe(true);
    expect(run('during(5, null)')).toBeNull();
  });

  it('fixes list replace, rounding scales, is() over duration kinds and XML Schema regex flags', () => {
    expect(run('list replace([1,2,3], -1, 4)')).toEqual([1, 2, 4]);
    expect(run('list replace([1,2,3], 4, 4)')).toBeNull();
    expect(run('list replace(list: [1,2], match: function(item, newItem) item = 2, newItem: 9)')).toEqual([1, 9]);
    expect(run('list replace([1,2], function(item) true, 9)')).toBeNull();
    expect(run('round down(5.5, 7000)')).toBeNull();
    expect(run('round down(5.55, 1)')).toBe(5.5);
    expect(run('is(@"P0Y", @"P0D")')).toBe(false);
    expect(run('matches("hello world", "hello[ ]world ", "x")')).toBe(true);
    expect(run('matches("x", "[A-Z-[OI]]", "i")')).toBe(true);
    expect(run('matches("O", "[A-Z-[OI]]")')).toBe(false);
    expect(run('replace("a b c d ", "[a-z]", "#", "x")')).toBe('# # # # ');
    expect(run('matches("a", "a", "z")')).toBeNull();
  });

  it('gives null for syntax errors and keeps trailing comments harmless', () => {
    expect(run('1 +')).toBeNull();
    expect(run('1 + 1 // two')).toBe(2);
  });
});

describe('type conformance', () => {
  const person: DmnItemDefinition = {
    name: 'tPerson', typeRef: null, isCollection: false, allowedValues: null, typeConstraint: null, functionItem: null,
    components: [
      { name: 'age', typeRef: 'number', isCollection: false, allowedValues: '[0..150]', typeConstraint: null, functionItem: null, components: [] },
    ],
  };
  const names: DmnItemDefinition = { name: 'tNames', typeRef: 'string', isCollection: true, allowedValues: null, typeConstraint: 'count(?) <= 2', functionItem: null, components: [] };
  const scope: TypeScope = { definitions: new Map([['tPerson', person], ['tNames', names]]), imports: new Map() };

  it('checks built-in types with the singleton-list and date conversions', () => {
    expect(coerce(1, 'number', scope)).toBe(1);
    expect(coerce('1', 'number', scope)).toBeNull();
    expect(coerce([1], 'number', scope)).toBe(1);
    expect(coerce(1, 'list<number>', scope)).toBeNull();
    expect(coerce(['a'], 'tNames', scope)).toEqual(['a']);
    expect(coerce('a', 'tNames', scope)).toEqual(['a']);
    expect(coerce(['a', 'b', 'c'], 'tNames', scope)).toBeNull();
    const dateTime = coerce(parseDate('2020-01-01'), 'date and time', scope) as { iso: string };
    expect(dateTime.iso).toMatch(/^2020-01-01T00:00:00/);
  });

  it('checks structures component by component, allowed values included', () => {
    expect(coerce({ age: 30, extra: true }, 'tPerson', scope)).toEqual({ age: 30, extra: true });
    expect(coerce({ age: 200 }, 'tPerson', scope)).toBeNull();
    expect(coerce({ age: 'x' }, 'tPerson', scope)).toBeNull();
    expect(coerce({ age: 1 }, 'context<age: number>', scope)).toEqual({ age: 1 });
  });

  it('is strict for instance of: no conversions, every component present, allowed values ignored', () => {
    const strict = { ...scope, strict: true };
    expect(conformTo([1], 'number', strict).ok).toBe(false);
    expect(conformTo({}, 'tPerson', strict).ok).toBe(false);
    expect(conformTo({ age: 200 }, 'tPerson', strict).ok).toBe(true);
    expect(run('{age: 5} instance of tPerson', { tPerson: null })).toBe(false);
  });
});
