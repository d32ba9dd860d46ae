/**
 * Pratt parser: tokens → syntax tree with spans. Never throws for any input: the first syntax error
 * becomes a diagnostic and `ast` is null. Bare identifiers and `${path}` are field references;
 * an identifier followed by `(` is a function call (names are upper-cased).
 */
import type { Diagnostic } from '../types.ts';
import { problem } from '../diagnostics.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import type { BinaryOp, Expr, RecordEntry } from './ast.ts';
import { PRECEDENCE } from './ast.ts';
import { lex, type Token } from './lexer.ts';
import { exceedsDepth } from './depth.ts';

export type ParseResult = { ast: Expr | null; diagnostics: Diagnostic[] };
export type ParseOptions = { maxDepth?: number; maxSourceLength?: number };

class SyntaxFailure {
  constructor(readonly diagnostic: Diagnostic) {}
}

const INFIX_PUNCT = new Map<string, number>(Object.entries({
  '||': PRECEDENCE['||'], '&&': PRECEDENCE['&&'], '==': PRECEDENCE['=='], '!=': PRECEDENCE['!='], '=': PRECEDENCE['=='],
  '<': PRECEDENCE['<'], '>': PRECEDENCE['>'], '<=': PRECEDENCE['<='], '>=': PRECEDENCE['>='],
  '+': PRECEDENCE['+'], '-': PRECEDENCE['-'], '*': PRECEDENCE['*'], '/': PRECEDENCE['/'], '%': PRECEDENCE['%'],
  '?': PRECEDENCE.ternary, '.': PRECEDENCE.member,
}));
const INFIX_KEYWORD = new Map<string, number>([['IN', 10], ['NOT', 10], ['CONTAINS', 10], ['MATCHES', 10], ['EMPTY', 10]]);

/** Parses an expression. Diagnostics carry source offsets; the result never throws. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const maxSourceLength = options.maxSourceLength ?? DEFAULT_LIMITS.maxSourceLength;
  if (typeof source !== 'string') return { ast: null, diagnostics: [problem('invalid-source', 'The expression is not text', { from: 0, to: 0 })] };
  if (source.length > maxSourceLength) {
    return { ast: null, diagnostics: [problem('too-long', `The expression is longer than ${maxSourceLength} characters`, { from: 0, to: source.length })] };
  }
  const { tokens, diagnostics } = lex(source);
  if (tokens.length === 1) return { ast: null, diagnostics: [...diagnostics, problem('empty', 'The expression is empty', { from: 0, to: source.length })] };
  return parseTokens(source, tokens, { diagnostics, maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth });
}

function parseTokens(source: string, tokens: Token[], { diagnostics, maxDepth }: { diagnostics: Diagnostic[]; maxDepth: number }): ParseResult {
  const parser = new Parser(source, tokens, maxDepth);
  try {
    const ast = parser.parseAll();
    // every node owns at least one token, so only long token lists can nest too deep
    if (tokens.length - 1 > maxDepth && exceedsDepth(ast, maxDepth)) {
      return { ast: null, diagnostics: [...diagnostics, problem('too-deep', `The expression nests deeper than ${maxDepth} levels`, { from: 0, to: source.length })] };
    }
    return { ast, diagnostics: [...diagnostics, ...parser.diagnostics] };
  } catch (failure) {
    if (!(failure instanceof SyntaxFailure)) throw failure;
    const lexErrors = diagnostics.filter((d) => d.code !== 'unexpected-character');
    return { ast: null, diagnostics: [...lexErrors, failure.diagnostic] };
  }
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'the end of the expression';
  if (token.kind === 'string') return 'a text';
  return `'${token.value}'`;
}

class Parser {
  private pos = 0;
  private depth = 0;
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly source: string, private readonly tokens: Token[], private readonly maxDepth: number) {}

  parseAll(): Expr {
    const expr = this.parseExpression(0);
    const next = this.peek();
    if (next.kind !== 'eof') this.fail(next, `Unexpected ${describe(next)}`);
    return expr;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos += 1;
    return token;
  }

  private isPunct(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punct' && token.value === value;
  }

  private expect(value: string): Token {
    const token = this.peek();
    if (token.kind !== 'punct' || token.value !== value) this.fail(token, `Expected '${value}' but found ${describe(token)}`);
    return this.next();
  }

  private fail(token: Token, message: string): never {
    const code = token.kind === 'eof' ? 'unexpected-end' : token.kind === 'invalid' ? 'unexpected-character' : 'unexpected-token';
    throw new SyntaxFailure(problem(code, message, token));
  }

  private parseExpression(minPower: number): Expr {
    this.depth += 1;
    if (this.depth > this.maxDepth) this.fail(this.peek(), `The expression nests deeper than ${this.maxDepth} levels`);
    let left = this.parsePrefix();
    for (;;) {
      const power = this.infixPower(this.peek());
      if (power <= minPower) break;
      left = this.parseInfix(left);
    }
    this.depth -= 1;
    return left;
  }

  private infixPower(token: Token): number {
    if (token.kind === 'punct') return INFIX_PUNCT.get(token.value) ?? 0;
    if (token.kind === 'keyword') return INFIX_KEYWORD.get(token.value) ?? 0;
    return 0;
  }

  private parseInfix(left: Expr): Expr {
    const token = this.next();
    const from = left.span.from;
    if (token.kind === 'keyword') return this.parseKeywordInfix(left, token);
    if (token.value === '?') {
      const then = this.parseExpression(0);
      this.expect(':');
      const otherwise = this.parseExpression(PRECEDENCE.ternary - 1);
      return { type: 'ternary', test: left, then, otherwise, span: { from, to: otherwise.span.to } };
    }
    if (token.value === '.') {
      const name = this.next();
      if (name.kind !== 'identifier' && name.kind !== 'keyword') this.fail(name, `Expected a property name after '.' but found ${describe(name)}`);
      return { type: 'member', object: left, name: this.source.slice(name.from, name.to), span: { from, to: name.to } };
    }
    let op = token.value as BinaryOp;
    if (token.value === '=') {
      this.diagnostics.push(problem('single-equals', "Use '==' to compare values", { from: token.from, to: token.to }));
      op = '==';
    }
    const right = this.parseExpression(INFIX_PUNCT.get(token.value) ?? 0);
    return { type: 'binary', op, left, right, span: { from, to: right.span.to } };
  }

  private parseKeywordInfix(left: Expr, token: Token): Expr {
    const from = left.span.from;
    if (token.value === 'EMPTY') return { type: 'postfix', op: 'EMPTY', operand: left, span: { from, to: token.to } };
    let op: BinaryOp = token.value as BinaryOp;
    if (token.value === 'NOT') {
      const after = this.next();
      if (after.kind === 'keyword' && after.value === 'EMPTY') return { type: 'postfix', op: 'NOT EMPTY', operand: left, span: { from, to: after.to } };
      if (after.kind !== 'keyword' || after.value !== 'IN') this.fail(after, `Expected IN or EMPTY after NOT but found ${describe(after)}`);
      op = 'NOT IN';
    }
    const right = this.parseExpression(PRECEDENCE.IN);
    return { type: 'binary', op, left, right, span: { from, to: right.span.to } };
  }

  private parsePrefix(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number': return { type: 'number', text: token.value, span: { from: token.from, to: token.to } };
      case 'string': return { type: 'literal', value: token.value, span: { from: token.from, to: token.to } };
      case 'identifier': return this.parseIdentifier(token);
      case 'keyword': return this.parseKeywordPrefix(token);
      case 'field-open': return this.parseField(token);
      case 'punct': return this.parsePunctPrefix(token);
      default: return this.fail(token, token.kind === 'eof' ? 'The expression ends too early' : `Unexpected ${describe(token)}`);
    }
  }

  private parseKeywordPrefix(token: Token): Expr {
    const span = { from: token.from, to: token.to };
    if (token.value === 'TRUE') return { type: 'literal', value: true, span };
    if (token.value === 'FALSE') return { type: 'literal', value: false, span };
    if (token.value === 'NULL') return { type: 'literal', value: null, span };
    if (token.value === 'NOT') {
      if (this.isPunct('(')) return this.parseCall(token);
      const operand = this.parseExpression(PRECEDENCE.unary);
      return { type: 'unary', op: '!', operand, span: { from: token.from, to: operand.span.to } };
    }
    return this.fail(token, `Unexpected ${describe(token)}`);
  }

  private parsePunctPrefix(token: Token): Expr {
    if (token.value === '!' || token.value === '-') {
      const operand = this.parseExpression(PRECEDENCE.unary);
      return { type: 'unary', op: token.value, operand, span: { from: token.from, to: operand.span.to } };
    }
    if (token.value === '(') {
      const inner = this.parseExpression(0);
      this.expect(')');
      return inner;
    }
    if (token.value === '[') {
      const items = this.parseSequence(']', () => this.parseExpression(0));
      return { type: 'list', items, span: { from: token.from, to: this.peek(-1).to } };
    }
    if (token.value === '{') {
      const entries = this.parseSequence('}', () => this.parseRecordEntry());
      return { type: 'record', entries, span: { from: token.from, to: this.peek(-1).to } };
    }
    return this.fail(token, `Unexpected ${describe(token)}`);
  }

  private parseSequence<T>(close: string, parseItem: () => T): T[] {
    const items: T[] = [];
    while (!this.isPunct(close)) {
      items.push(parseItem());
      if (!this.isPunct(',')) break;
      this.next();
    }
    this.expect(close);
    return items;
  }

  private parseRecordEntry(): RecordEntry {
    const key = this.next();
    if (key.kind !== 'identifier' && key.kind !== 'keyword' && key.kind !== 'string') this.fail(key, `Expected a property name but found ${describe(key)}`);
    this.expect(':');
    const name = key.kind === 'string' ? key.value : this.source.slice(key.from, key.to);
    return { key: name, value: this.parseExpression(0) };
  }

  private parseIdentifier(token: Token): Expr {
    if (this.isPunct('(')) return this.parseCall(token);
    const path = [token.value];
    let to = token.to;
    while (this.isPunct('.') && this.peek(1).kind === 'identifier') {
      this.next();
      const segment = this.next();
      path.push(segment.value);
      to = segment.to;
    }
    return { type: 'field', path, span: { from: token.from, to } };
  }

  private parseCall(token: Token): Expr {
    this.expect('(');
    const args = this.parseSequence(')', () => this.parseExpression(0));
    return { type: 'call', name: this.source.slice(token.from, token.to).toUpperCase(), args, span: { from: token.from, to: this.peek(-1).to } };
  }

  /** `${a.b}` is a field path (any identifiers, keywords included); `${a > 1 ? …}` an expression. */
  private parseField(open: Token): Expr {
    const path = this.readLonePath();
    if (path) {
      const close = this.next();
      return { type: 'field', path, span: { from: open.from, to: close.to } };
    }
    if (this.isPunct('}')) this.fail(this.peek(), 'A field reference needs a field name: ${name}');
    const inner = this.parseExpression(0);
    this.expect('}');
    return inner;
  }

  private readLonePath(): string[] | null {
    const path: string[] = [];
    let offset = 0;
    for (;;) {
      const token = this.peek(offset);
      if (token.kind !== 'identifier' && token.kind !== 'keyword') return null;
      path.push(this.source.slice(token.from, token.to));
      const after = this.peek(offset + 1);
      if (after.kind === 'punct' && after.value === '}') break;
      if (after.kind !== 'punct' || after.value !== '.') return null;
      offset += 2;
    }
    this.pos += offset + 1;
    return path;
  }
}
