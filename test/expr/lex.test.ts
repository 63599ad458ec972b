import { describe, expect, it } from 'vitest';
import { lexExpression } from '../../src/syntax/expr/lex.js';

const file = 'spec.yaml';

describe('lexExpression span mapping', () => {
  it('uses the front end token spans when their count matches', () => {
    const tokens = [
      { file, start: 100, end: 106 },
      { file, start: 107, end: 108 },
      { file, start: 110, end: 117 },
    ];
    const lexed = lexExpression({ text: 'status = PENDING', spans: { span: { file, start: 90, end: 120 }, value: { file, start: 100, end: 120 }, tokens } }, 'condition');
    expect(lexed.tokens.map((t) => t.span)).toEqual(tokens);
  });

  it('maps offsets directly for a plain scalar whose span is as long as the text', () => {
    const lexed = lexExpression({ text: 'total > 0', spans: { span: { file, start: 10, end: 19 }, value: { file, start: 10, end: 19 } } }, 'condition');
    expect(lexed.tokens.map((t) => [t.image, t.span.start, t.span.end])).toEqual([['total', 10, 15], ['>', 16, 17], ['0', 18, 19]]);
  });

  it('skips the opening quote of a quoted scalar', () => {
    const lexed = lexExpression({ text: 'a = b', spans: { span: { file, start: 0, end: 7 }, value: { file, start: 0, end: 7 } } }, 'condition');
    expect(lexed.tokens.map((t) => t.span.start)).toEqual([1, 3, 5]);
  });

  it('maps every token to the whole value when the source was escaped or folded', () => {
    const value = { file, start: 5, end: 40 };
    const lexed = lexExpression({ text: 'a = b', spans: { span: value, value } }, 'condition');
    expect(lexed.tokens.every((t) => t.span === value)).toBe(true);
  });

  it('falls back to token counts from the string when the front end spans differ in number', () => {
    const lexed = lexExpression({ text: 'a = b', spans: { span: { file, start: 0, end: 5 }, value: { file, start: 0, end: 5 }, tokens: [{ file, start: 0, end: 1 }] } }, 'condition');
    expect(lexed.tokens.map((t) => t.span.start)).toEqual([0, 2, 4]);
  });

  it('reports characters no token starts with, at their position', () => {
    const lexed = lexExpression({ text: 'total # 2' }, 'check');
    expect(lexed.diagnostics).toHaveLength(1);
    expect(lexed.diagnostics[0]).toMatchObject({ code: 'expr-invalid-character', message: 'Unexpected character `#` in check.', span: { start: 6, end: 7 } });
  });

  it('treats newlines as whitespace', () => {
    expect(lexExpression({ text: 'a\n  and b' }, 'condition').tokens.map((t) => t.kind)).toEqual(['Identifier', 'And', 'Identifier']);
  });
});
