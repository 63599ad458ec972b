/**
 * "Only diagnostics, never a crash or hang": whatever bytes a spec file holds,
 * `validateSpec` (load → parse → schema → check) returns, quickly, with
 * well-formed diagnostics whose spans lie inside the file they name.
 *
 * Inputs: random strings and bytes; the example specs with random edits; a
 * token-level generator of plausible .pab; random JSON-like YAML with the
 * spec's real keys; and schema-valid documents, printed in both syntaxes,
 * which reach the semantic checker.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { validateSpec } from '../../src/pipeline.js';
import { stringify, type ToStringOptions } from 'yaml';
import type { SpecDocument } from '../../src/syntax/document.js';
import { printPabSpec } from '../../src/syntax/pab/print.js';
import { printYamlSpec } from '../../src/syntax/yaml/print.js';
import {
  PAB_NOISE, YAML_NOISE, applyMutations, mutation, plausiblePab, specDocument, yamlLikeDocument,
} from '../helpers/arbitraries.js';
import { assertOnlyDiagnostics, exampleFiles, fcParams, joinChunks, knownCrashes, topLevelChunks } from './support.js';

const TIMEOUT = 60_000;
const SYNTAXES = [
  { name: '.pab', path: 'spec.pab', noise: PAB_NOISE },
  { name: 'YAML', path: 'spec.yaml', noise: YAML_NOISE },
] as const;

/** Text in a syntax's own alphabet: far more likely than random text to get past the lexer. */
const alphabetText = (noise: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...noise),
        fc.string({ maxLength: 3 }),
        // Quoted runs of any characters, to reach string-literal decoding.
        fc.string({ unit: 'binary', maxLength: 4 }).map((s) => `"${s}"`),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

/** A short piece repeated many times: deep nesting, long runs, many statements (hangs, stack overflows). */
const repetitive = (noise: readonly string[]) =>
  fc
    .tuple(fc.string({ maxLength: 3 }), fc.array(fc.constantFrom(...noise), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3000 }), fc.string({ maxLength: 3 }))
    .map(([head, parts, n, tail]) => head + parts.join('').repeat(n).slice(0, 20_000) + tail);

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Random bytes, sometimes after a BOM, sometimes valid UTF-8 with one byte spoiled.
 * (Two BOMs before invalid UTF-8 is a pinned bug, below.)
 */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.tuple(fc.constantFrom([], BOM), fc.uint8Array({ maxLength: 40 })).map(([p, b]) => new Uint8Array([...p, ...b])),
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
    .map(([s, at, byte]) => {
      const b = new TextEncoder().encode(s);
      if (b.length > 0) b[at % b.length] = byte;
      return b;
    }),
);

describe('random input gives only diagnostics', () => {
  for (const syntax of SYNTAXES) {
    it(`${syntax.name}: random strings`, { timeout: TIMEOUT }, () => {
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.string({ unit: 'binary', maxLength: 100 }),
        alphabetText(syntax.noise),
        repetitive(syntax.noise),
      );
      fc.assert(
        fc.property(text, (t) => {
          assertOnlyDiagnostics({ [syntax.path]: t }, syntax.path);
        }),
        fcParams(600, 11),
      );
    });

    it(`${syntax.name}: random bytes through the loader`, { timeout: TIMEOUT }, () => {
      fc.assert(
        fc.property(bytes, (b) => {
          assertOnlyDiagnostics({ [syntax.path]: b }, syntax.path);
        }),
        fcParams(400, 12),
      );
    });
  }
});

// ---------------------------------------------------------------------------
// Mutated examples

const examples = exampleFiles();

/** The example's imports, so that `import "compliance.pab"` resolves. */
function hostFiles(path: string, text: string): Record<string, string> {
  const dir = path.slice(0, path.indexOf('/'));
  const files: Record<string, string> = {};
  for (const f of examples) if (f.path.startsWith(`${dir}/`)) files[f.path] = f.text;
  files[path] = text;
  return files;
}

describe('mutated examples give only diagnostics', () => {
  for (const syntax of SYNTAXES) {
    const own = examples.filter((f) => f.path.endsWith(syntax.path.slice(syntax.path.lastIndexOf('.'))));
    it(`${syntax.name}: excerpts of ${own.map((f) => f.path).join(', ')} with random edits`, { timeout: TIMEOUT }, () => {
      const excerpt = fc
        .constantFrom(...own)
        .chain((f) => fc.subarray(topLevelChunks(f.text), { minLength: 1 }).map((c) => ({ path: f.path, text: joinChunks(c) })));
      fc.assert(
        fc.property(excerpt, fc.array(mutation(syntax.noise), { minLength: 1, maxLength: 5 }), ({ path, text }, ms) => {
          assertOnlyDiagnostics(hostFiles(path, applyMutations(text, ms)), path);
        }),
        fcParams(300, 21),
      );
    });

    it(`${syntax.name}: whole examples with one or two edits`, { timeout: TIMEOUT }, () => {
      fc.assert(
        fc.property(fc.constantFrom(...own), fc.array(mutation(syntax.noise), { minLength: 1, maxLength: 2 }), (f, ms) => {
          assertOnlyDiagnostics(hostFiles(f.path, applyMutations(f.text, ms)), f.path);
        }),
        fcParams(40, 22),
      );
    });
  }

  it('the unmodified examples validate without errors', () => {
    // Roots only: a file another example imports is not a spec of its own.
    const imported = (f: { path: string }) => examples.some((g) => g.text.includes(`import "${f.path.slice(f.path.indexOf('/') + 1)}"`));
    for (const f of examples.filter((x) => !imported(x))) {
      const r = assertOnlyDiagnostics(hostFiles(f.path, f.text), f.path)!;
      expect(r.diagnostics.filter((d) => d.severity === 'error'), f.path).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------
// Generated specs

describe('generated specs give only diagnostics', () => {
  it('.pab: plausible statements from the real vocabulary, nested', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(plausiblePab, (text) => {
        assertOnlyDiagnostics({ 'spec.pab': text }, 'spec.pab');
      }),
      fcParams(800, 31),
    );
  });

  it('YAML: random JSON-like documents with the real keys', { timeout: TIMEOUT }, () => {
    const style = fc.constantFrom<ToStringOptions>({}, { collectionStyle: 'flow' }, { defaultStringType: 'QUOTE_DOUBLE' }, { indent: 4 });
    fc.assert(
      fc.property(yamlLikeDocument, style, (doc, options) => {
        assertOnlyDiagnostics({ 'spec.yaml': stringify(doc, null, options) }, 'spec.yaml');
      }),
      fcParams(600, 32),
    );
  });

  it('schema-valid documents reach the checker: .pab and YAML print', { timeout: TIMEOUT }, () => {
    let checked = 0;
    let total = 0;
    fc.assert(
      fc.property(specDocument(), (generated) => {
        // Without imports (they would name missing files, an error that stops before the checker).
        const { imports: _, ...doc } = generated;
        for (const [path, text] of [['spec.pab', printPabSpec(doc)], ['spec.yaml', printYamlSpec(doc, new Map())]] as const) {
          total++;
          const r = assertOnlyDiagnostics({ [path]: text }, path);
          if (r && !r.loaded.diagnostics.some((d) => d.severity === 'error')) checked++;
        }
      }),
      fcParams(200, 33),
    );
    // Nearly all of them get past load and schema, so the checker really runs.
    expect(checked).toBeGreaterThan(total * 0.9);
  });
});

// ---------------------------------------------------------------------------
// Open crashes: minimal counterexamples of the properties above that are not
// tolerated anywhere. Plain tests, red until the bug is fixed.

describe('open crashes (minimal counterexamples)', () => {
  // Parser.ts builds the statement tree in embedded actions; after Chevrotain recovers
  // from an error inside a subrule, the subrule's result is undefined and the action
  // reads `.tokens` / `.length` of it.
  it.each([
    ['a(?', 'parser.ts: primary.tokens of a recovered primary'],
    ['x not.a', 'parser.ts: primary.tokens (`not` cannot start a dotted name)'],
    ['x a, asc', 'parser.ts: tokens of a recovered item'],
    ['a-@', 'tree.ts lastTokenOf: tokens of a recovered item'],
    ['@a(@', 'tree.ts lastTokenOf: tokens of a recovered item'],
  ])('validateSpec does not throw on %j (%s)', (text) => {
    const host = createMemoryHost({ 'spec.pab': text });
    expect(() => validateSpec(host, 'spec.pab')).not.toThrow();
  });

  it('printPabSpec does not throw on a schema-valid saga step `do: not.a` (isBareSafe parses it)', () => {
    const doc = { sagas: { S: { on: 'A', steps: [{ name: 's', do: 'not.a' }] } } } as SpecDocument;
    expect(() => printPabSpec(doc)).not.toThrow();
  });
});

// ---------------------------------------------------------------------------
// Known bugs, found by the properties above (minimal counterexamples).
// `it.fails` turns red once a bug is fixed, as a reminder to delete `.fails`
// and the matching tolerance (KNOWN_CRASHES in support.ts, the BOM filter above).

describe('known bugs (pinned minimal counterexamples)', () => {
  it('keeps a raw tab inside a .pab string literal instead of crashing', () => {
    const host = createMemoryHost({ 'spec.pab': 'a "\t"\n' });
    expect(() => validateSpec(host, 'spec.pab')).not.toThrow();
  });

  it('reports stray `}` after many statements without overflowing the stack, capped', () => {
    // `x}` repeated: unmatched closers are dropped and reported (at most 20), and the
    // parser's own errors are capped at 50 plus one line saying how many more there are.
    const host = createMemoryHost({ 'spec.pab': 'x}'.repeat(3000) });
    let diagnostics = 0;
    expect(() => {
      diagnostics = validateSpec(host, 'spec.pab').diagnostics.length;
    }).not.toThrow();
    expect(diagnostics).toBeLessThanOrEqual(72);
  });

  it('points `invalid-utf8` inside the file even after a BOM', () => {
    // Bytes EF BB BF EF BB BF 80: TextDecoder drops the first BOM, createSourceFile the
    // second, but the offset is computed before the second is dropped: span 1..2 in a
    // file of length 1.
    const b = new Uint8Array([...BOM, ...BOM, 0x80]);
    const r = validateSpec(createMemoryHost({ 'spec.pab': b }), 'spec.pab');
    const text = r.loaded.files.get('spec.pab')!.text;
    for (const d of r.diagnostics) expect(d.span!.end).toBeLessThanOrEqual(text.length);
  });
});

afterAll(() => {
  if (knownCrashes.size > 0) console.info(`known crashes tolerated: ${JSON.stringify(Object.fromEntries(knownCrashes))}`);
});
