import { describe, expect, it } from 'vitest';
import { parseCondition, printExpr, type ExprNode } from '../../src/syntax/expr/condition.js';
import { MAX_EXPR_DEPTH } from '../../src/syntax/expr/stream.js';

const parse = (text: string) => parseCondition({ text });

/** A compact s-expression of a tree, for readable assertions. */
function sexp(n: ExprNode): string {
  switch (n.kind) {
    case 'binary': return `(${n.op} ${sexp(n.left)} ${sexp(n.right)})`;
    case 'not': return `(not ${sexp(n.operand)})`;
    case 'negate': return `(- ${sexp(n.operand)})`;
    case 'literal': return JSON.stringify(n.value);
    case 'duration': return `${n.ms}ms`;
    case 'path': return n.segments.map((s) => s.name).join('.');
    case 'param': return `$${n.name}`;
    case 'call': return `${n.name}(${n.args.map(sexp).join(' ')})`;
    case 'tuple': return `[${n.items.map(sexp).join(' ')}]`;
  }
}

const tree = (text: string): string => {
  const { node, diagnostics } = parse(text);
  expect(diagnostics).toEqual([]);
  return sexp(node!);
};

describe('parseCondition', () => {
  it('gives and precedence over or, and comparisons over and', () => {
    expect(tree('a = 1 or b = 2 and c = 3')).toBe('(or (= a 1) (and (= b 2) (= c 3)))');
  });

  it('binds not looser than comparisons', () => {
    expect(tree('not status = PAID')).toBe('(not (= status PAID))');
  });

  it('parses arithmetic with the usual precedence and left associativity', () => {
    expect(tree('a - b - c * 2 > -1')).toBe('(> (- (- a b) (* c 2)) (- 1))');
  });

  it('parses in with a tuple, not in, params, paths, strings, calls and durations', () => {
    expect(tree('status in (PENDING, PAID)')).toBe('(in status [PENDING PAID])');
    expect(tree('status not in $statuses')).toBe('(not in status $statuses)');
    expect(tree('user.department = "sales" and createdAt > now() - 7d')).toBe('(and (= user.department "sales") (> createdAt (- now() 604800000ms)))');
    expect(tree('deleted = null or active = true')).toBe('(or (= deleted null) (= active true))');
  });

  it('keeps parentheses only as grouping', () => {
    expect(tree('(a = 1 or b = 2) and c = 3')).toBe('(and (or (= a 1) (= b 2)) (= c 3))');
  });

  it('gives each node the span of its text', () => {
    const { node } = parse('total >= 0');
    expect(node?.span).toEqual({ file: '', start: 0, end: 10 });
    expect(node?.kind === 'binary' && node.opSpan).toEqual({ file: '', start: 6, end: 8 });
  });

  it('rejects a list outside in', () => {
    expect(parse('(a, b) = c').diagnostics[0]).toMatchObject({ code: 'expr-unexpected-token', span: { start: 2, end: 3 } });
  });

  it('rejects chained comparisons at the second operator', () => {
    expect(parse('a = b = c').diagnostics[0]).toMatchObject({ code: 'expr-unexpected-token', message: 'Expected an operator or nothing more in the condition, found `=`.', span: { start: 6, end: 7 } });
  });

  it('reports a missing operand at the end', () => {
    expect(parse('status =').diagnostics).toMatchObject([{ code: 'expr-unexpected-end', message: 'Expected a value, a field or `(` at the end of the condition.', span: { start: 7, end: 8 } }]);
  });

  it('reports only the first syntax error', () => {
    expect(parse('= = =').diagnostics).toHaveLength(1);
  });

  it('limits parenthesized nesting', () => {
    const deep = `${'('.repeat(MAX_EXPR_DEPTH + 1)}a${')'.repeat(MAX_EXPR_DEPTH + 1)}`;
    const { node, diagnostics } = parse(deep);
    expect(node).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'expr-too-deep', message: `The condition nests deeper than ${MAX_EXPR_DEPTH} levels.` }]);
    expect(parse(`${'('.repeat(10)}a${')'.repeat(10)}`).diagnostics).toEqual([]);
  });

  it('limits the depth of operator chains too', () => {
    const chain = Array.from({ length: MAX_EXPR_DEPTH + 2 }, (_, i) => `a${i}`).join(' + ');
    expect(parse(`${chain} > 0`).diagnostics[0]?.code).toBe('expr-too-deep');
    expect(parse('not '.repeat(MAX_EXPR_DEPTH + 1) + 'a').diagnostics[0]?.code).toBe('expr-too-deep');
  });

  it('survives very long hostile input without throwing', () => {
    expect(() => parse('('.repeat(100_000))).not.toThrow();
    expect(() => parse('a + '.repeat(20_000) + 'a')).not.toThrow();
  });

  it('prints a tree back to canonical text', () => {
    const { node } = parse('(a = 1 or b = 2) and not c  in  ( "x" ,Y )');
    expect(printExpr(node!)).toBe('(a = 1 or b = 2) and not c in ("x", Y)');
    expect(printExpr(parse('a - (b - c)').node!)).toBe('a - (b - c)');
  });
});
