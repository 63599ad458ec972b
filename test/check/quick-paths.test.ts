/**
 * The checker resolves expressions first from position-free parses (memoized
 * by text, simple types read without the lexer) and falls back to exact parses
 * only to report (see `check/parsed.ts`). These tests pin that the shortcut
 * changes nothing: same diagnostics at the same tokens, same model.
 */
import { describe, expect, it } from 'vitest';
import { allTokens, pabLexer } from '../../src/syntax/pab/tokens.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { parseTypeExpr } from '../../src/syntax/expr/type-expr.js';
import { EXPRESSION_KEYWORDS } from '../../src/check/types.js';
import { check, summarize } from './helpers.js';

function diagnose(doc: SpecDocument) {
  const r = check(doc);
  return summarize(r.diagnostics, r.slice);
}

describe('quick paths of the checker', () => {
  it('knows exactly the keywords of the expression lexer', () => {
    const words = allTokens.map((t) => t.PATTERN).filter((p): p is RegExp => p instanceof RegExp && /^[a-z]+$/.test(p.source)).map((p) => p.source);
    expect(new Set(words)).toEqual(EXPRESSION_KEYWORDS);
    for (const w of EXPRESSION_KEYWORDS) expect(pabLexer.tokenize(w).tokens[0]?.tokenType.name).not.toBe('Identifier');
    for (const w of EXPRESSION_KEYWORDS) expect(parseTypeExpr({ text: `${w}?` }).node).toBeUndefined();
    for (const w of ['andy', 'ascending', 'In', 'NULL', 'nota', '_']) expect(parseTypeExpr({ text: `${w}[]` }).node?.name).toBe(w);
  });

  it('reports a keyword used as a type like any syntax error', () => {
    const doc: SpecDocument = { backend: { name: 'T', database: 'postgres' }, entities: { T: { fields: { a: { type: 'asc' }, b: { type: 'asc?' } } } } };
    const diags = diagnose(doc);
    expect(diags.map((d) => d.code)).toEqual(['expr-unexpected-token', 'expr-unexpected-token']);
    expect(diags.map((d) => d.at)).toEqual(['asc', 'asc']);
  });

  it('reports each occurrence of a repeated bad expression at its own place', () => {
    const entity = () => ({
      fields: { amount: { type: 'int', check: 'amont >= 0' }, status: { type: 'Sttus' } },
      indexes: [{ fields: ['amont desc'] }],
      checks: ['amount >= "x"'],
    });
    const doc: SpecDocument = { backend: { name: 'T', database: 'postgres' }, entities: { A: entity(), B: entity() } };
    const r = check(doc);
    const diags = summarize(r.diagnostics, r.slice);
    const each = ['unknown-field amont', 'unknown-type Sttus', 'unknown-field amont', 'condition-type-mismatch "amount >= \\"x\\""'];
    expect(diags.map((d) => `${d.code} ${d.at}`)).toEqual([...each, ...each]);
    expect(diags.filter((d) => d.code === 'unknown-field').map((d) => d.message)).toEqual([
      'Entity `A` has no field `amont`.', 'Entity `A` has no field `amont`.', 'Entity `B` has no field `amont`.', 'Entity `B` has no field `amont`.',
    ]);
    const starts = r.diagnostics.map((d) => d.span?.start);
    expect(new Set(starts).size).toBe(starts.length);
  });
});
