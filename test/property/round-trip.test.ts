/**
 * Printer/parser round trips on generated schema-valid documents, and `pab fmt`
 * idempotence on mutated example specs.
 *
 *   parsePab(printPab(d)) = d        parseYaml(printYaml(d)) = d
 *   print(parse(print(d))) = print(d) in both syntaxes
 *   printPab(parseYaml(printYaml(parsePab(printPab(d))))) = printPab(d)
 *   fmt(fmt(x)) = fmt(x), fmt keeps the document and every comment
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPab } from '../../src/cli/commands/fmt.js';
import { createSourceFile } from '../../src/core/source-file.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parsePointer, type CommentIndex } from '../../src/syntax/ast.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { parsePabSpec } from '../../src/syntax/pab/index.js';
import { isBareSafe, printPabSpec, printScalar } from '../../src/syntax/pab/print.js';
import * as T from '../../src/syntax/pab/tokens.js';
import { validateDocument } from '../../src/syntax/validate.js';
import { parseYamlSpec } from '../../src/syntax/yaml/parse.js';
import { printYamlSpec } from '../../src/syntax/yaml/print.js';
import { applyMutations, mutation, specDocument } from '../helpers/arbitraries.js';
import { exampleFiles, fcParams, joinChunks, topLevelChunks } from './support.js';

const TIMEOUT = 60_000;

const errorsOf = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error');

function parsePab(text: string): { document: SpecDocument; comments: CommentIndex } {
  const r = parsePabSpec(createSourceFile('spec.pab', text));
  expect(errorsOf(r.diagnostics), `.pab did not parse back:\n${text}`).toEqual([]);
  return { document: r.ast!.document, comments: r.ast!.comments };
}

function parseYaml(text: string): { document: SpecDocument; comments: CommentIndex } {
  const r = parseYamlSpec(createSourceFile('backend.yaml', text));
  expect(errorsOf(r.diagnostics), `YAML did not parse back:\n${text}`).toEqual([]);
  return { document: r.ast.document, comments: r.ast.comments };
}

/** Every string in a document. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * True when some string would be printed bare in a different spelling, losing
 * text (`url: "x//y"` prints as `url x`), which is also the spelling the YAML
 * front end rewrites it to (`url: A/0` reads as "A / 0"); pinned below. Such
 * documents are skipped by the round-trip properties.
 */
function hasLossyWord(doc: SpecDocument): boolean {
  return strings(doc).some((s) => {
    const printed = printScalar(s, 'word');
    return printed !== s && !printed.startsWith('"');
  });
}

/** Plain JSON (what both front ends produce): no undefined, no prototypes. */
const json = (d: SpecDocument): unknown => JSON.parse(JSON.stringify(d));

describe('the document generator', () => {
  it('produces documents that pass the JSON schema', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(specDocument(), (doc) => {
        expect(validateDocument(doc, new Map(), 'spec.json')).toEqual([]);
      }),
      fcParams(200, 101),
    );
  });
});

describe('round trips of schema-valid documents', () => {
  it('.pab: parse(print(d)) = d without errors, and printing is idempotent', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(specDocument(), (doc) => {
        fc.pre(!hasLossyWord(doc));
        const text = printPabSpec(doc);
        const back = parsePab(text);
        expect(json(back.document)).toEqual(json(doc));
        expect(printPabSpec(back.document, back.comments)).toBe(text);
      }),
      fcParams(400, 202),
    );
  });

  it('YAML: parse(print(d)) = d without errors, and printing is idempotent', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(specDocument(), (doc) => {
        fc.pre(!hasLossyWord(doc));
        const text = printYamlSpec(doc, new Map());
        const back = parseYaml(text);
        expect(json(back.document)).toEqual(json(doc));
        expect(printYamlSpec(back.document, back.comments)).toBe(text);
      }),
      fcParams(400, 303),
    );
  });

  it('.pab → YAML → .pab gives the .pab print back', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(specDocument(), (doc) => {
        fc.pre(!hasLossyWord(doc));
        const pab = printPabSpec(doc);
        const first = parsePab(pab);
        const yaml = printYamlSpec(first.document, first.comments);
        const second = parseYaml(yaml);
        expect(printPabSpec(second.document, second.comments)).toBe(pab);
      }),
      fcParams(250, 404),
    );
  });
});

// ---------------------------------------------------------------------------
// fmt

/** `pab fmt`: undefined when the text does not parse cleanly. */
const fmt = (text: string): string | undefined => formatPab('spec.pab', text).text;

/** `//` and `///` comment tokens (the lexer's, so `//` inside strings does not count). */
function commentTokens(text: string): { plain: number; doc: number } {
  const comments = T.pabLexer.tokenize(text).groups['comments'] ?? [];
  return {
    plain: comments.filter((c) => c.tokenType === T.Comment).length,
    doc: comments.filter((c) => c.tokenType === T.DocComment).length,
  };
}

/**
 * Mutations that tend to keep a spec parsing: comments, blank lines, indentation, line moves.
 * (No tab: a raw tab inside a string literal crashes the parser, see front-ends.test.ts.)
 */
const GENTLE_NOISE = [
  '// c', '// c\n', '\n// own line\n', '/// d\n', '///\n', '/// doc // not a comment\n', '//', '////', '// x // y',
  '\n', '\n\n', '  ', ' \n', '// //x', '// é 😀 "q" */ ${x}\n', '/// ' + 'long '.repeat(10) + '\n',
] as const;

/** Mostly whole-line insertions, which keep the most mutants parsing. */
const gentleMutation = mutation(GENTLE_NOISE, { delete: 1, duplicate: 1, insert: 3, insertLine: 6, swapLines: 1, truncate: 0 });

const pabExamples = exampleFiles().filter((f) => f.path.endsWith('.pab'));

/** A few consecutive-in-order declarations of one example, as a small spec. */
const exampleExcerpt = fc
  .constantFrom(...pabExamples.map((f) => topLevelChunks(f.text)))
  .chain((chunks) => fc.subarray(chunks, { minLength: 1, maxLength: Math.min(4, chunks.length) }))
  .map(joinChunks);

/**
 * Checks fmt on one input that parses: the output parses to the same document,
 * formatting it again changes nothing, no comment is lost, and converting the
 * result to YAML and back gives it again. Returns false when the input does not parse.
 */
/** Every string under a `type` key (field types), wherever it is. */
function fieldTypes(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) fieldTypes(x, out);
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'type' && typeof x === 'string') out.push(x);
      else fieldTypes(x, out);
    }
  }
  return out;
}

/** True when some empty `{}` / `[]` has end comments (they move in YAML, pinned below). */
function endCommentOnEmpty(doc: SpecDocument, comments: CommentIndex): boolean {
  for (const [pointer, c] of comments) {
    if (!c.end?.length || pointer === '') continue;
    let v: unknown = doc;
    for (const seg of parsePointer(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
    if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return true;
  }
  return false;
}

function checkFmt(input: string): boolean {
  const first = parsePabSpec(createSourceFile('spec.pab', input));
  if (!first.ast || errorsOf(first.diagnostics).length > 0) return false;
  // A field type written as a string (`b "x y"`) is printed bare and unparseable (pinned below).
  if (fieldTypes(first.ast.document).some((t) => !isBareSafe(t))) return false;
  const once = fmt(input)!;
  const after = parsePab(once);
  // Every comment survives: `//` comments stay comments; a `///` either stays a doc
  // comment or (when it documents nothing) is kept as a comment that prints as `///`.
  const a = commentTokens(input);
  const b = commentTokens(once);
  expect(b.plain + b.doc).toBe(a.plain + a.doc);
  // A `///` that documents nothing is kept as a plain `//` comment.
  expect(b.doc).toBeLessThanOrEqual(a.doc);
  expect(json(after.document)).toEqual(json(first.ast.document));
  expect(printPabSpec(after.document, after.comments)).toBe(once);
  // `pab convert` both ways keeps document and comments: .pab → YAML → .pab = fmt.
  if (!endCommentOnEmpty(after.document, after.comments)) {
    const viaYaml = parseYaml(printYamlSpec(after.document, after.comments));
    expect(printPabSpec(viaYaml.document, viaYaml.comments)).toBe(once);
  }
  return true;
}

describe('pab fmt on mutated examples that still parse', () => {
  it('fmt is idempotent, keeps the document and every comment, and survives conversion (excerpts)', { timeout: TIMEOUT }, () => {
    let parsed = 0;
    let total = 0;
    fc.assert(
      fc.property(exampleExcerpt, fc.array(gentleMutation, { minLength: 1, maxLength: 4 }), (text, ms) => {
        total++;
        if (checkFmt(applyMutations(text, ms))) parsed++;
      }),
      fcParams(500, 505),
    );
    // The property must not be vacuous: enough mutants parse.
    expect(parsed).toBeGreaterThan(total / 3);
  });

  it('the same on whole example files', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...pabExamples), fc.array(gentleMutation, { minLength: 1, maxLength: 6 }), (example, ms) => {
        checkFmt(applyMutations(example.text, ms));
      }),
      fcParams(20, 506),
    );
  });

  it('examples are already formatted', () => {
    for (const example of pabExamples) expect(fmt(example.text)).toBe(example.text);
  });
});

// ---------------------------------------------------------------------------
// Known bugs, found by the properties above and kept out of their generators.
// Each case is a minimal counterexample; `it.fails` turns red once the bug is
// fixed, as a reminder to delete `.fails` (and widen the generator).

function pabRoundTrip(doc: SpecDocument): { text: string; document: unknown; errors: Diagnostic[] } {
  const text = printPabSpec(doc);
  const r = parsePabSpec(createSourceFile('spec.pab', text));
  return { text, document: r.ast ? json(r.ast.document) : undefined, errors: errorsOf(r.diagnostics) };
}

describe('known bugs (pinned minimal counterexamples)', () => {
  it('rejects reserved words as names, so they never reach the .pab printer', () => {
    const docs = [
      { backend: { name: 'B' }, entities: { true: { fields: {} } } },
      { backend: { name: 'B' }, enums: { E: { values: ['and', 'B'] } } },
      { backend: { name: 'B' }, entities: { A: { fields: { in: { type: 'int' } } } } },
    ];
    for (const doc of docs) {
      const codes = validateDocument(doc, new Map(), 'spec.yaml').map((d) => d.code);
      expect(codes).toContain('invalid-name');
    }
  });

  it.fails('a doc containing a carriage return breaks the `///` line and changes the document', () => {
    const doc = { entities: { A: { doc: 'a\rb', fields: {} } } } as SpecDocument;
    expect(pabRoundTrip(doc).document).toEqual(doc);
  });

  it.fails('trailing whitespace of a doc line is lost', () => {
    const doc = { entities: { A: { doc: 'a ', fields: {} } } } as SpecDocument;
    expect(pabRoundTrip(doc).document).toEqual(doc);
  });

  it('prints an empty relation as `@relation()` and reads it back as `{}`', () => {
    const doc = { entities: { A: { fields: { b: { type: 'B', relation: {} } } } } } as SpecDocument;
    expect(pabRoundTrip(doc).document).toEqual(doc);
  });

  it('keeps an orphan `///` after a closing brace from documenting anything', () => {
    const input = 'entity A {\n  b int\n} /// d\n';
    const out = fmt(input)!; // 'entity A { /// d\n  b int\n}\n'
    expect(parsePab(out).document).toEqual(parsePab(input).document);
  });

  it('is idempotent on an orphan `///` after a closing brace', () => {
    const once = fmt('enum E {\n  A\n} /// d\n')!; // 'enum E { /// d\n  A\n}\n'
    expect(fmt(once)).toBe(once); // 'enum E {\n  /// d\n  A\n}\n'
  });

  it('keeps a free-text YAML word value as written (`url: A/0`)', () => {
    const doc = { services: { S: { url: 'A/0' } }, auth: { jwt: { secret: 'a-b' } } } as SpecDocument;
    expect(json(parseYaml(printYamlSpec(doc, new Map())).document)).toEqual(doc);
  });

  it('quotes a word value that is not a plain word (`url: "x//y"`)', () => {
    // printScalar canonicalizes a string that is not bare-safe; the canonical
    // spelling drops the `//y` comment (and leading/trailing spaces: "A " → `A`).
    const doc = { services: { A: { url: 'x//y' } }, backend: { name: 'B', targets: ['c '] } } as SpecDocument;
    expect(pabRoundTrip(doc).document).toEqual(doc);
  });

  it('keeps an orphan `///` inside a statement from documenting it', () => {
    const input = 'entity A {\n  b decimal(10, /// d\n    2)\n}\n';
    const out = fmt(input)!; // 'entity A {\n  /// d\n  b decimal(10, 2)\n}\n'
    expect(parsePab(out).document).toEqual(parsePab(input).document);
  });

  it('quotes a field type that is not an expression (`b "x y"`)', () => {
    const out = fmt('entity A {\n  b "x y"\n}\n')!; // 'entity A {\n  b x y\n}\n'
    expect(parsePabSpec(createSourceFile('spec.pab', out)).diagnostics).toEqual([]);
  });

  it.fails('YAML: end comments of an empty block print after `{}` and move elsewhere', () => {
    // .pab `auth {\n  // x\n}` → YAML `auth: {}\n  # x` → the comment ends the file.
    const comments: CommentIndex = new Map([['/auth', { end: ['x'] }]]);
    const back = parseYaml(printYamlSpec({ auth: {} }, comments));
    expect([...back.comments]).toEqual([...comments]);
  });

  it('keeps the comment `// /x` a comment', () => {
    const input = '// /x\nentity A {\n}\n';
    const out = fmt(input)!;
    expect(parsePab(out).document).toEqual(parsePab(input).document);
  });
});
