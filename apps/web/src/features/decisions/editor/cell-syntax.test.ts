import { describe, expect, it } from 'vitest';
import { feelCellProblem, scopeNamesOf, splitAtProblem } from './cell-syntax';

describe('feelCellProblem', () => {
  it('accepts valid unary tests and an empty input entry', () => {
    expect(feelCellProblem('unaryTests', '< 1000')).toBeNull();
    expect(feelCellProblem('unaryTests', '"EU","US"')).toBeNull();
    expect(feelCellProblem('unaryTests', '-')).toBeNull();
    expect(feelCellProblem('unaryTests', '')).toBeNull();
  });

  it('reports unary tests that do not parse, with a position', () => {
    const problem = feelCellProblem('unaryTests', '[1..');

    expect(problem).toMatchObject({ code: 'syntax' });
    expect(problem?.code === 'syntax' && problem.detail.length > 0).toBe(true);
  });

  it('requires output expressions and checks them', () => {
    expect(feelCellProblem('expression', '')).toEqual({ code: 'empty' });
    expect(feelCellProblem('expression', 'amount * 0.1')).toBeNull();
    expect(feelCellProblem('expression', 'amount *')).toMatchObject({ code: 'syntax' });
  });

  it('lets optional expressions stay empty', () => {
    expect(feelCellProblem('optionalExpression', '  ')).toBeNull();
    expect(feelCellProblem('optionalExpression', '"a" +')).toMatchObject({ code: 'syntax' });
  });

  it('returns the same answer from its cache', () => {
    expect(feelCellProblem('expression', 'a +')).toEqual(feelCellProblem('expression', 'a +'));
  });
});

describe('splitAtProblem', () => {
  it('splits around the range', () => {
    expect(splitAtProblem('a + ) b', { from: 4, to: 5 })).toEqual(['a + ', ')', ' b']);
  });

  it('marks one character for an empty range inside the text and everything at its end', () => {
    expect(splitAtProblem('abc', { from: 1, to: 1 })).toEqual(['a', 'b', 'c']);
    expect(splitAtProblem('abc', { from: 3, to: 3 })).toEqual(['', 'abc', '']);
  });
});

describe('scopeNamesOf', () => {
  it('adds plain-name input expressions to the given names', () => {
    const inputs = [{ expression: 'order total' }, { expression: 'customer.tier' }, { expression: 'age' }];

    expect(scopeNamesOf(inputs, ['region'])).toEqual(['age', 'order total', 'region']);
  });
});
