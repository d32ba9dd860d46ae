import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile-expression.ts';
import { BUILTIN_TABLE } from './functions/registry.ts';
import { compileNode } from './runtime/compiler.ts';
import { runSync } from './runtime/run.ts';
import { toSql } from './sql/to-sql.ts';
import type { BinaryOp, Expr } from './syntax/ast.ts';
import { KEYWORDS } from './syntax/lexer.ts';
import { parse } from './syntax/parser.ts';
import { print } from './syntax/printer.ts';
import { contextOf } from './testing/evaluate.ts';
import { complete } from './tooling/complete.ts';
import { hover } from './tooling/hover.ts';
import { tokenize } from './tooling/tokenize.ts';

const span = { from: 0, to: 0 };
const BINARY: BinaryOp[] = ['==', '!=', '<', '>', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', 'IN', 'NOT IN', 'CONTAINS', 'MATCHES'];
const FUNCTIONS = ['SUM', 'IF', 'CONCAT', 'COALESCE', 'LEN', 'ROUND', 'NOT', 'DATEADD', 'COUNTIF', 'FOO'];

const word = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,5}$/);
const name = fc.oneof(word, fc.constantFrom('in', 'Empty', 'not', 'true', 'ß', 'été', 'amount'));
const numberText = fc.oneof(
  fc.nat().map(String),
  fc.tuple(fc.nat(), fc.stringMatching(/^[0-9]{1,6}$/)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.tuple(fc.nat(99), fc.integer({ min: -30, max: 30 })).map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
);
const text = fc.string({ unit: 'binary', maxLength: 8 });

/** Any syntax tree the parser can produce (with empty spans). */
const exprArbitrary = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(text, fc.boolean(), fc.constant(null)).map((value): Expr => ({ type: 'literal', value, span })),
    numberText.map((value): Expr => ({ type: 'number', text: value, span })),
    fc.array(name, { minLength: 1, maxLength: 3 }).map((path): Expr => ({ type: 'field', path, span })),
    fc.array(tie('expr'), { maxLength: 3 }).map((items): Expr => ({ type: 'list', items, span })),
    fc.array(fc.record({ key: fc.oneof(name, text), value: tie('expr') }), { maxLength: 2 }).map((entries): Expr => ({ type: 'record', entries, span })),
    fc.record({ op: fc.constantFrom<'!' | '-'>('!', '-'), operand: tie('expr') }).map((node): Expr => ({ type: 'unary', ...node, span })),
    fc.record({ op: fc.constantFrom<'EMPTY' | 'NOT EMPTY'>('EMPTY', 'NOT EMPTY'), operand: tie('expr') }).map((node): Expr => ({ type: 'postfix', ...node, span })),
    fc.record({ op: fc.constantFrom(...BINARY), left: tie('expr'), right: tie('expr') }).map((node): Expr => ({ type: 'binary', ...node, span })),
    fc.record({ test: tie('expr'), then: tie('expr'), otherwise: tie('expr') }).map((node): Expr => ({ type: 'ternary', ...node, span })),
    fc.record({ object: tie('expr'), name }).map((node): Expr => ({ type: 'member', ...node, span })),
    fc.record({ name: fc.oneof(fc.constantFrom(...FUNCTIONS), word.map((w) => w.toUpperCase()).filter((w) => !KEYWORDS.has(w))), args: fc.array(tie('expr'), { maxLength: 3 }) })
      .map((node): Expr => ({ type: 'call', ...node, span })),
  ),
})).expr;

function withoutSpans(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'span' ? undefined : inner)));
}

const values = fc.dictionary(fc.constantFrom('a', 'b', 'amount', 'in', 'x', '__proto__', 'constructor'), fc.oneof(
  fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom('2024-03-31', '2024-03-31T02:30:00', 'PRJ-1', '', Number.NaN, -0, 1e308, 0.1),
));

describe('properties', () => {
  it('parses a printed tree back to the same tree', () => {
    fc.assert(fc.property(exprArbitrary, (expr) => {
      const printed = print(expr);
      const parsed = parse(printed, { maxDepth: 1000 });

      expect(parsed.diagnostics).toEqual([]);
      expect(withoutSpans(parsed.ast)).toEqual(withoutSpans(expr));
    }), { numRuns: 400 });
  });

  it('never throws when evaluating generated expressions on generated values', () => {
    fc.assert(fc.property(exprArbitrary, values, (expr, input) => {
      const compiled = compileExpression(print(expr), { hostFunctions: { FOO: { params: [], returns: { kind: 'any' } } } });

      const result = compiled.run(input, contextOf({ functions: { FOO: () => input } }));

      const unchecked = runSync(compileNode(expr, { findFunction: BUILTIN_TABLE.find }), input, contextOf({ limits: { maxSteps: 10_000 } }));

      expect(Array.isArray(result.diagnostics)).toBe(true);
      expect(() => JSON.stringify(result.value)).not.toThrow();
      expect(() => JSON.stringify(unchecked.value)).not.toThrow();
      expect(unchecked.diagnostics.filter((d) => d.code === 'evaluation-failed')).toEqual([]);
    }), { numRuns: 600 });
  });

  it('never throws on random text up to 10 KB', () => {
    const tokens = fc.constantFrom('${', '}', '{', '(', ')', '[', ']', 'a', '.', '1', '1.5', "'", '"', '\\', ' ', '+', '-', '!', '?', ':', ',',
      'NOT', 'IN', 'EMPTY', 'SUM(', 'IF(', '==', '=', '&&', 'MATCHES', '😀', '\u0000', '\ud800');
    const source = fc.oneof(fc.string({ unit: 'binary', maxLength: 10_000 }), fc.array(tokens, { maxLength: 3000 }).map((parts) => parts.join('')));

    fc.assert(fc.property(source, fc.nat(10_000), (input, position) => {
      expect(() => {
        parse(input);
        compileExpression(input).run({ a: [1] }, contextOf());
        tokenize(input);
        complete(input, position, { a: { kind: 'any' } });
        hover(input, position);
        toSql(input, { columns: { a: 't.a' } });
      }).not.toThrow();
    }), { numRuns: 150 });
  });
});
