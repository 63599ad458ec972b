/**
 * The fast .pab parser (`fast-parser.ts`) must be a shortcut, never a second
 * opinion: whenever it returns a tree, the Chevrotain parser accepts the same
 * tokens without an error and builds an equal tree; whenever the Chevrotain
 * parser accepts them, so does the fast one (or large specs would lose the
 * shortcut). Checked on every .pab file of the repository, a generated large
 * spec, and many random edits of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/syntax/pab/fast-parser.js';
import { tidyNewlines } from '../../src/syntax/pab/lex.js';
import { getPabParser } from '../../src/syntax/pab/parser.js';
import type { Statement } from '../../src/syntax/pab/tree.js';
import { pabLexer } from '../../src/syntax/pab/tokens.js';
import { PAB_NOISE, applyMutations, mutation, plausiblePab } from '../helpers/arbitraries.js';
import { fcParams } from '../property/support.js';

const ROOT = join(import.meta.dirname, '../..');
const { generatePab } = (await import(new URL('../../bench/generate.mjs', import.meta.url).href)) as { generatePab: (n: number) => string };

function pabFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pabFiles(path, out);
    else if (name.endsWith('.pab')) out.push(path);
  }
  return out;
}

/** Both parsers on the tidied tokens of `text`; `slow` is undefined when Chevrotain reports an error. */
function parseBoth(text: string): { fast: Statement[] | undefined; slow: Statement[] | undefined } {
  const tokens = tidyNewlines(pabLexer.tokenize(text).tokens).tokens;
  const fast = fastParse(tokens);
  const parser = getPabParser();
  parser.input = tokens;
  let slow: Statement[] | undefined;
  try {
    slow = parser.spec();
  } catch {
    slow = undefined;
  }
  return { fast, slow: parser.errors.length === 0 ? slow : undefined };
}

function expectSameTree(text: string): boolean {
  const { fast, slow } = parseBoth(text);
  if (fast === undefined) expect(slow).toBeUndefined();
  else expect(fast).toStrictEqual(slow);
  return fast !== undefined;
}

const files = pabFiles(ROOT).map((path) => ({ path: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }));

describe('fast .pab parser', () => {
  it('finds the repository .pab files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.path, f.text] as const))('builds the tree Chevrotain builds for %s', (_, text) => {
    expectSameTree(text);
  });

  it('builds the tree Chevrotain builds for a generated large spec', () => {
    expect(expectSameTree(generatePab(60))).toBe(true);
  });

  it('builds the trees of expressions of every shape', () => {
    const src = [
      'x a, -1, - 2, not a, not not b, -x, --3, a.b.c, f(), f(a, b: c, d: e.f), g(1)(2), T[], T?, T[]?',
      'y (a, b desc), (a), ((a, b), c), [], [a, b > 1], [f(x)], $p, "s\\n", 1.5e3, 15m, true, false, null',
      'z a = 1 and b != 2 or c < 3 and d <= 4 or e > 5 and f >= 6, a in (1, 2), a not in (1, 2), a + b - c * d / e',
      'w 100/minute, a asc, b desc, (a asc, b desc) @x @y() @z(1) @r(onDelete: cascade, name: "n") { k v }',
      'e { }',
      'f {',
      '}',
      'g decimal(12, 2)? @check(amount >= 0 and amount <= 10) @default(now())',
      'in x',
      'true false',
      'and x',
      '',
    ].join('\n');
    expect(expectSameTree(src)).toBe(true);
  });

  it('gives up, like Chevrotain reports, on malformed statements', () => {
    for (const src of ['x ,\n', 'x a b\n', 'x (a\n', 'x @\n', 'x a not b\n', 'x f(a:)\n', '{ }\n', 'x 1.2.3\n', 'x [a\n', 'x { y\n']) {
      expect(parseBoth(src).fast).toBeUndefined();
      expectSameTree(src);
    }
  });

  it('agrees with Chevrotain on random plausible .pab', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(plausiblePab, (text) => {
        expectSameTree(text);
      }),
      fcParams(300, 4401),
    );
  });

  it('agrees with Chevrotain on random edits of the repository files', { timeout: 60_000 }, () => {
    const texts = files.map((f) => f.text);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutation(PAB_NOISE), { minLength: 1, maxLength: 3 }), (text, ms) => {
        expectSameTree(applyMutations(text, ms));
      }),
      fcParams(300, 4402),
    );
  });
});
