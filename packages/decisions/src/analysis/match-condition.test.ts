import fc from 'fast-check';
import { date, dateAndTime, duration, FeelDate, time, unaryTest } from 'feelin';
import { describe, expect, it } from 'vitest';
import { compileUnaryTests } from '../feel/compile.ts';
import { unaryTestsSyntaxProblem } from '../feel/syntax.ts';
import { analyseUnaryTests } from './analyse-unary-tests.ts';

/**
 * The fast path must give feelin's answer. One deliberate difference, from DMN 1.3 §10.3.2.9 and
 * Table 53/54 (comparisons are only defined between values of the same type, otherwise null, and a
 * unary test that is null is not satisfied): feelin compares mixed types with JavaScript's `<`, so
 * `[1..10]` accepts "abc" and `true`, `<= 5` accepts "5", `> 5` accepts a date. The fast path
 * follows the spec: an ordering test (`<`, `<=`, `>`, `>=`, an interval) never accepts a value of
 * another type. The reference below is feelin, test by test, with exactly that rule applied.
 */

type Kind = 'number' | 'string' | 'date' | 'boolean' | 'null' | 'other';
interface Atom { text: string; ordering: Kind | null }

const NUMBERS = [-20, -3.75, -1, 0, 0.5, 1, 2.25, 5, 7, 10, 12, 1_000_000];
const STRINGS = ['', 'a', 'ab', 'b', 'EU', 'US', 'Z', 'é', 'a b'];
const DATES = ['1999-02-28', '2023-12-31', '2024-01-01', '2024-01-02', '2024-02-29', '2026-07-15'];

const space = fc.constantFrom('', ' ', '  ');
/** Names that start like the subset's keywords must not change how it reads. */
const NAMES = ['date of birth', 'not applicable', 'true value', 'nullable'];
const SCOPE = Object.fromEntries(NAMES.map((name) => [name, 1]));
const numberText = (n: number) => String(n);
const dateText = fc.tuple(fc.constantFrom(...DATES), fc.boolean(), space).map(([iso, at, s]) => (at ? `@"${iso}"` : `date(${s}"${iso}"${s})`));

const orderedLiteral: fc.Arbitrary<{ text: string; kind: Kind }> = fc.oneof(
  fc.constantFrom(...NUMBERS).map((n) => ({ text: numberText(n), kind: 'number' as Kind })),
  fc.constantFrom(...STRINGS).map((s) => ({ text: JSON.stringify(s), kind: 'string' as Kind })),
  dateText.map((text) => ({ text, kind: 'date' as Kind })),
);
const anyLiteral = fc.oneof(orderedLiteral, fc.constantFrom('true', 'false', 'null').map((text) => ({ text, kind: 'boolean' as Kind })));

const literalAtom = anyLiteral.map((l): Atom => ({ text: l.text, ordering: null }));
const orderingAtom = fc.tuple(fc.constantFrom('<', '<=', '>', '>='), space, orderedLiteral).map(([op, s, l]): Atom => ({ text: `${op}${s}${l.text}`, ordering: l.kind }));
const equalityAtom = fc.tuple(fc.constantFrom('=', '!='), space, anyLiteral).map(([op, s, l]): Atom => ({ text: `${op}${s}${l.text}`, ordering: null }));
const intervalAtom = fc.tuple(fc.constantFrom('[', '(', ']'), fc.constantFrom(']', ')', '['), space, fc.constantFrom<Kind>('number', 'string', 'date'))
  .chain(([open, close, s, kind]) => {
    const bound = kind === 'number' ? fc.constantFrom(...NUMBERS).map(numberText) : kind === 'string' ? fc.constantFrom(...STRINGS).map((v) => JSON.stringify(v)) : dateText;
    return fc.tuple(bound, bound).map(([a, b]): Atom => ({ text: `${open}${s}${a}${s}..${s}${b}${s}${close}`, ordering: kind }));
  });
const atom = fc.oneof(literalAtom, orderingAtom, equalityAtom, intervalAtom);
const unaryTests = fc.record({ atoms: fc.array(atom, { minLength: 1, maxLength: 3 }), negated: fc.boolean(), s: space })
  .map(({ atoms, negated, s }) => {
    const list = atoms.map((a) => a.text).join(`${s},${s}`);
    return { atoms, negated, text: negated ? `not(${s}${list}${s})` : list };
  });

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...NUMBERS).map((n) => n + 0.25),
  fc.constantFrom(...NUMBERS).map((n) => n - 1),
  fc.constantFrom(...STRINGS),
  fc.constantFrom(...STRINGS).map((s) => `${s}a`),
  fc.constantFrom(...DATES).map((iso) => date(iso)),
  fc.constantFrom(true, false, null, '5', '10', '2024-01-01'),
);
const otherValue: fc.Arbitrary<unknown> = fc.constantFrom([5], ['a'], [], { a: 1 }, duration('P1D'), time('10:00:00'), dateAndTime('2024-01-01T00:00:00'), Number.NaN);

function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isNaN(v) ? 'other' : 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  return v instanceof FeelDate ? 'date' : 'other';
}

/** feelin, test by test, with DMN typing for orderings. */
function reference(tests: { atoms: Atom[]; negated: boolean }, v: unknown): boolean {
  const described = kindOf(v) !== 'other';
  const any = tests.atoms.some((a) => {
    if (described && a.ordering && a.ordering !== kindOf(v)) return false;
    return unaryTest(a.text, { '?': v }).value === true;
  });
  return tests.negated ? !any : any;
}

describe('fast unary tests', () => {
  it('analyses every generated shape and agrees with feelin (DMN typing for orderings)', () => {
    fc.assert(fc.property(unaryTests, value, (tests, v) => {
      expect(analyseUnaryTests(tests.text)).not.toBeNull();
      expect(unaryTestsSyntaxProblem(tests.text, NAMES)).toBeNull();
      expect(compileUnaryTests(tests.text, [])(v, {})).toBe(reference(tests, v));
      expect(compileUnaryTests(tests.text, NAMES)(v, SCOPE)).toBe(reference(tests, v));
    }), { numRuns: 1500 });
  }, 60_000);

  it('hands values of other types to feelin unchanged', () => {
    fc.assert(fc.property(unaryTests, otherValue, (tests, v) => {
      expect(compileUnaryTests(tests.text, [])(v, {})).toBe(unaryTest(tests.text, { '?': v }).value === true);
    }), { numRuns: 500 });
  }, 60_000);

  it('departs from feelin only where feelin compares across types (documented above)', () => {
    const cases: [string, unknown][] = [['[1..10]', 'abc'], ['[1..10]', true], ['<= 5', '5'], ['< 5', true], ['> 5', date('2024-01-01')], ['< date("2026-01-01")', 5], ['>= "a"', 3], ['not(<= 5)', 'x']];
    for (const [text, v] of cases) {
      const feelin = unaryTest(text, { '?': v }).value === true;
      expect(compileUnaryTests(text, [])(v, {}), `${text} with ${String(v)}`).toBe(!feelin);
    }
  });

  it('keeps feelin semantics for null, != and descending intervals', () => {
    const check = (text: string, v: unknown, expected: boolean) => {
      expect(compileUnaryTests(text, [])(v, {}), `${text} with ${String(v)}`).toBe(expected);
      expect(unaryTest(text, { '?': v }).value === true).toBe(expected);
    };
    check('!= 5', null, true);
    check('!= 5', 'x', false);
    check('!= null', 'x', true);
    check('not(5)', null, true);
    check('not(null)', null, false);
    check('[10..1]', 5, true);
    check('[10..1)', 1, false);
    check(']1..10[', 1, false);
    check('true', 'true', false);
    check('["b".."b"[', 'b', false);
    check('["b".."b"]', 'b', true);
  });

  it('does not analyse names, calls, ? or a shadowed date()', () => {
    for (const text of ['x', '< limit', 'date(x)', 'count(?) > 1', '? > 5', '1 + 2', '"a\\"b"', '- 5', '1e3', '[1.."a"]', '< true', '< null', 'not(not(1))', 'not(-)', '"a\nb"', '1,', 'not()']) {
      expect(analyseUnaryTests(text), text).toBeNull();
    }
    expect(analyseUnaryTests('< date("2026-01-01")')).not.toBeNull();
    expect(analyseUnaryTests('< date("2026-01-01")', { names: ['date'] })).toBeNull();
    expect(analyseUnaryTests('< date("2026-02-30")')).toBeNull();
  });
});
