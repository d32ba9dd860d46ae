import { describe, expect, it } from 'vitest';
import { parse } from './parser.ts';
import { print } from './printer.ts';

function codes(source: string): string[] {
  return parse(source).diagnostics.map((diagnostic) => diagnostic.code);
}

describe('parse', () => {
  it('builds a tree with spans', () => {
    const { ast, diagnostics } = parse("${amount} > 1000 && ${region} IN ['EU','US']");

    expect(diagnostics).toEqual([]);
    expect(ast).toMatchObject({
      type: 'binary', op: '&&', span: { from: 0, to: 44 },
      left: { type: 'binary', op: '>', left: { type: 'field', path: ['amount'], span: { from: 0, to: 9 } }, right: { type: 'number', text: '1000' } },
      right: { type: 'binary', op: 'IN', right: { type: 'list', span: { from: 33, to: 44 } } },
    });
  });

  it('reads ${ … } holding an expression, with bare names as fields', () => {
    const { ast } = parse("${record.amount > 10000 ? 'cfo' : 'manager'}");

    expect(ast).toMatchObject({ type: 'ternary', test: { type: 'binary', op: '>', left: { type: 'field', path: ['record', 'amount'] } } });
  });

  it('reads keywords inside a lone ${path} as names', () => {
    expect(parse('${in.empty}').ast).toMatchObject({ type: 'field', path: ['in', 'empty'] });
    expect(parse('${a}.not').ast).toMatchObject({ type: 'member', name: 'not' });
  });

  it('reads NOT as negation or as a function', () => {
    expect(parse('NOT ${a}').ast).toMatchObject({ type: 'unary', op: '!' });
    expect(parse('not(${a})').ast).toMatchObject({ type: 'call', name: 'NOT' });
    expect(parse('${a} not in [1]').ast).toMatchObject({ type: 'binary', op: 'NOT IN' });
    expect(parse('${a} Not Empty').ast).toMatchObject({ type: 'postfix', op: 'NOT EMPTY' });
  });

  it.each<[string, string]>([
    ['1 + 2 * 3', '1 + 2 * 3'],
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['1 - (2 - 3)', '1 - (2 - 3)'],
    ['a ? b ? 1 : 2 : c ? 3 : 4', '${a} ? ${b} ? 1 : 2 : ${c} ? 3 : 4'],
    ['(a ? 1 : 2) ? 3 : 4', '(${a} ? 1 : 2) ? 3 : 4'],
    ['-(a.b)', '-${a.b}'],
    ['(-a).b', '(-${a}).b'],
    ['a < b EMPTY', '${a} < ${b} EMPTY'],
    ['a < (b EMPTY)', '${a} < (${b} EMPTY)'],
    ['a == b not empty', '${a} == ${b} NOT EMPTY'],
    ['!(a && b)', '!(${a} && ${b})'],
    ['sum(x, "q\'")', "SUM(${x}, 'q\\'')"],
    ["{ 'in': 1, b: [] }", "{'in': 1, b: []}"],
    ['a = 1', '${a} == 1'],
  ])('prints %s as %s', (source, printed) => {
    const { ast } = parse(source);

    expect(ast && print(ast)).toBe(printed);
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1 +', 'unexpected-end'],
    ['(1', 'unexpected-end'],
    ['1 2', 'unexpected-token'],
    ['${}', 'unexpected-token'],
    ['${a', 'unexpected-end'],
    ["'open", 'unterminated-string'],
    ['1 # 2', 'unexpected-character'],
    ["'\\q'", 'invalid-escape'],
    ['a NOT 1', 'unexpected-token'],
    ['a.', 'unexpected-end'],
    ['{1: 2}', 'unexpected-token'],
    ['IN', 'unexpected-token'],
    ['a = 1', 'single-equals'],
  ])('reports %j as %s', (source, code) => {
    expect(codes(source)).toContain(code);
  });

  it('limits depth and length without throwing', () => {
    expect(codes('('.repeat(5000) + '1' + ')'.repeat(5000))).toEqual(['unexpected-token']);
    expect(codes(Array.from({ length: 200 }, () => '1').join(' + '))).toEqual(['too-deep']);
    expect(parse('1 + 1', { maxSourceLength: 3 }).diagnostics[0]?.code).toBe('too-long');
    expect(parse(42 as unknown as string).diagnostics[0]?.code).toBe('invalid-source');
  });
});
