import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEbnf, renderRailroad } from '../../src/syntax/pab/grammar-docs.js';

const read = (name: string): string => readFileSync(new URL(`../../grammar/${name}`, import.meta.url), 'utf8');

describe('grammar docs generated from the parser', () => {
  it('grammar/pab.ebnf is up to date (run `npm run grammar` after changing the parser)', () => {
    expect(read('pab.ebnf')).toBe(renderEbnf());
  });

  it('grammar/railroad.html is up to date (run `npm run grammar` after changing the parser)', () => {
    expect(read('railroad.html')).toBe(renderRailroad());
  });

  it('names every rule of the parser', () => {
    const ebnf = renderEbnf();
    for (const rule of ['spec', 'statement', 'block', 'attribute', 'value', 'item', 'expr', 'operand', 'operator', 'primary']) {
      expect(ebnf).toMatch(new RegExp(`^${rule} =`, 'm'));
    }
  });
});
