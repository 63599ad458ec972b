import { describe, expect, it } from 'vitest';
import { parseTypeExpr } from '../../src/syntax/expr/type-expr.js';

const parse = (text: string) => parseTypeExpr({ text });

describe('parseTypeExpr', () => {
  it('parses a scalar', () => {
    expect(parse('string').node).toMatchObject({ name: 'string', scalar: 'string', list: false, optional: false, args: [] });
  });

  it('parses decimal arguments and the optional marker', () => {
    const { node, diagnostics } = parse('decimal(12, 2)?');
    expect(diagnostics).toEqual([]);
    expect(node).toMatchObject({ scalar: 'decimal', optional: true, list: false });
    expect(node?.args.map((a) => a.value)).toEqual([12, 2]);
    expect(node?.span).toEqual({ file: '', start: 0, end: 15 });
  });

  it('parses a list of a named type without resolving it', () => {
    const { node } = parse('Order[]');
    expect(node).toMatchObject({ name: 'Order', list: true, optional: false });
    expect(node?.scalar).toBeUndefined();
    expect(node?.nameSpan).toEqual({ file: '', start: 0, end: 5 });
  });

  it('accepts an optional list', () => {
    expect(parse('string[]?').node).toMatchObject({ list: true, optional: true });
  });

  it('rejects arguments on types other than decimal', () => {
    const { node, diagnostics } = parse('int(10)');
    expect(node).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'expr-type-arguments', message: '`int` takes no arguments; only `decimal(precision, scale)` does.' });
    expect(diagnostics[0]?.span).toEqual({ file: '', start: 4, end: 6 });
  });

  it('rejects more than two decimal arguments', () => {
    expect(parse('decimal(1, 2, 3)').diagnostics[0]?.code).toBe('expr-type-arguments');
  });

  it('reports trailing tokens at the first one', () => {
    const { diagnostics } = parse('string? x');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'expr-unexpected-token', message: 'Expected nothing more in the type, found `x`.', span: { start: 8, end: 9 } });
  });

  it('reports a missing closing bracket at the end', () => {
    expect(parse('Order[').diagnostics[0]).toMatchObject({ code: 'expr-unexpected-end', message: 'Expected `]` at the end of the type.' });
  });

  it('reports an empty type', () => {
    expect(parse('  ').diagnostics[0]).toMatchObject({ code: 'expr-empty', message: 'The type is empty.' });
  });
});
