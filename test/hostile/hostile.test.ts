/**
 * Hostile input: binary garbage, bad encodings, deep nesting, alias bombs,
 * duplicates, empty and huge files, CRLF, long names, Unicode. Each goes
 * through `validateSpec` on a memory host (as spec.pab and spec.yaml where it
 * applies) and a few through the CLI. Nothing may throw; every error has a
 * span into the right file, inside the file; the codes are pinned.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { positionOf } from '../../src/core/source-file.js';
import { toJsonDiagnostics } from '../../src/diagnostics/render.js';
import { validateSpec, type ValidatedSpec } from '../../src/pipeline.js';
import { runPab } from '../helpers/cli.js';
import { expectSpansInBounds, lineColOf, textAt } from '../helpers/spans.js';

type Content = string | Uint8Array;

function validate(path: string, content: Content): ValidatedSpec {
  let result: ValidatedSpec | undefined;
  expect(() => {
    result = validateSpec(createMemoryHost({ [path]: content }), path);
  }).not.toThrow();
  return result!;
}

/** The distinct codes, in order of first appearance. */
function distinctCodes(r: ValidatedSpec): string[] {
  return [...new Set(r.diagnostics.map((d) => d.code))];
}

/**
 * The common assertions: at least one error, every diagnostic has a span in
 * `path` (or a related file that was read), inside the text, and its 1-based
 * line/column exist in the file.
 */
function expectRejected(r: ValidatedSpec, path: string): void {
  expect(r.model).toBeUndefined();
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0]!.span?.file).toBe(path);
  expectSpansInBounds(r.diagnostics, r.loaded.files);
  const file = r.loaded.files.get(path)!;
  for (const j of toJsonDiagnostics(r.diagnostics, r.loaded.files)) {
    expect(j.file).toBe(path);
    for (const [line, column] of [
      [j.line!, j.column!],
      [j.endLine!, j.endColumn!],
    ] as const) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(file.lineStarts.length);
      const lineStart = file.lineStarts[line - 1]!;
      const lineEnd = file.lineStarts[line] ?? file.text.length;
      expect(column).toBeGreaterThanOrEqual(1);
      expect(column).toBeLessThanOrEqual(lineEnd - lineStart + 1);
    }
  }
}

function expectAccepted(r: ValidatedSpec): void {
  expect(r.diagnostics).toEqual([]);
  expect(r.model).toBeDefined();
}

/** A deterministic byte generator (an LCG), so the garbage is the same on every run. */
function randomBytes(n: number, seed: number): Uint8Array {
  let s = seed;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = (s >> 16) & 0xff;
  }
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

const VALID_PAB = '// A tiny shop.\nbackend Shop {\n  database postgres\n}\n\n/// A customer.\nentity User {\n  email email @unique\n  name  string\n}\n';
const VALID_YAML = '# A tiny shop.\nbackend:\n  name: Shop\n  database: postgres\nentities:\n  User:\n    doc: A customer.\n    fields:\n      email:\n        type: email\n        unique: true\n      name: string\n';

describe('the valid baselines', () => {
  it('accept the tiny .pab and yaml specs used below', () => {
    expectAccepted(validate('spec.pab', VALID_PAB));
    expectAccepted(validate('spec.yaml', VALID_YAML));
  });
});

describe('binary garbage', () => {
  const garbage = randomBytes(4096, 42);

  it('contains NUL and bytes that are not utf-8', () => {
    expect(garbage.includes(0)).toBe(true);
    expect(garbage[0]).toBe(0x89);
  });

  it.each(['spec.pab', 'spec.yaml'])('is rejected as invalid utf-8 at its first bad byte (%s)', (path) => {
    const r = validate(path, garbage);
    expectRejected(r, path);
    expect(distinctCodes(r)).toEqual(['invalid-utf8']);
    expect(r.diagnostics[0]!.span).toEqual({ file: path, start: 0, end: 1 });
  });

  it('made of ascii control characters and NUL is rejected by the .pab lexer, with a cap on errors', () => {
    const ascii = randomBytes(4096, 7).map((b) => b & 0x7f);
    expect(ascii.includes(0)).toBe(true);
    const r = validate('spec.pab', ascii);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r).sort()).toEqual(['syntax-error', 'too-many-errors', 'unexpected-character']);
    expect(r.diagnostics.length).toBeLessThanOrEqual(50);
  });

  it('made of ascii control characters and NUL is rejected by the yaml reader', () => {
    const ascii = randomBytes(4096, 7).map((b) => b & 0x7f);
    const r = validate('spec.yaml', ascii);
    expectRejected(r, 'spec.yaml');
    for (const code of distinctCodes(r)) expect(['yaml-syntax', 'yaml-not-a-mapping', 'yaml-tab-indent']).toContain(code);
  });
});

describe('invalid utf-8', () => {
  const bytes = Buffer.from([0x62, 0x61, 0x63, 0xff, 0xfe, 0x6b]);

  it.each(['spec.pab', 'spec.yaml'])('points at offset 3, the first bad byte (%s)', (path) => {
    const r = validate(path, bytes);
    expectRejected(r, path);
    expect(distinctCodes(r)).toEqual(['invalid-utf8']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.span).toEqual({ file: path, start: 3, end: 4 });
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('1:4');
  });

  it('counts the offset in utf-16 units after valid multi-byte characters and a BOM', () => {
    // BOM, "é" (2 bytes, 1 unit), "🚀" (4 bytes, 2 units), then a lone continuation byte.
    const r = validate('spec.pab', concat(BOM, utf8('é🚀'), new Uint8Array([0x80])));
    expect(distinctCodes(r)).toEqual(['invalid-utf8']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.pab', start: 3, end: 4 });
    expectRejected(r, 'spec.pab');
  });

  it('on a later line gives the right line and column', () => {
    const r = validate('spec.yaml', concat(utf8('backend:\n  name: Sh'), new Uint8Array([0xc3, 0x28]), utf8('p\n')));
    expectRejected(r, 'spec.yaml');
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('2:11');
  });
});

describe('a utf-8 BOM', () => {
  it.each([
    ['spec.pab', VALID_PAB],
    ['spec.yaml', VALID_YAML],
  ])('is accepted in an otherwise valid file (%s)', (path, text) => {
    expectAccepted(validate(path, concat(BOM, utf8(text))));
    expectAccepted(validate(path, `\ufeff${text}`));
  });

  it('does not shift the positions of diagnostics', () => {
    const r = validate('spec.pab', concat(BOM, utf8('backend X {\n  database oracle\n}\n')));
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['invalid-value']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('2:12');
    expect(textAt(r.loaded.files, r.diagnostics[0]!.span)).toBe('oracle');
  });

  it('is accepted by fmt --check on a formatted file', () => {
    const files = { 'spec.pab': concat(BOM, utf8('backend Shop {\n  database postgres\n}\n')) };
    expect(runPab(['fmt', '--check', 'spec.pab'], { files }).code).toBe(0);
    expect(runPab(['validate', 'spec.pab', '--reporter', 'json'], { files }).stdout).toBe('[]\n');
  });
});

describe('deep nesting', () => {
  it('of 20,000 braces in .pab stops at the 65th level', () => {
    const r = validate('spec.pab', '{'.repeat(20_000));
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['nesting-too-deep']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.pab', start: 64, end: 65 });
  });

  it('of 20,000 `a {` in .pab stops at the 65th brace', () => {
    const r = validate('spec.pab', 'a {'.repeat(20_000));
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['nesting-too-deep']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.pab', start: 64 * 3 + 2, end: 64 * 3 + 3 });
  });

  it('of 20,000 closed blocks on separate lines in .pab stops at the 65th', () => {
    const r = validate('spec.pab', 'a {\n'.repeat(20_000) + '}\n'.repeat(20_000));
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['nesting-too-deep']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('65:3');
  });

  it('of 20,000 parentheses, brackets, `not` or `-` in .pab expressions is capped too', () => {
    const cases = [
      `backend X {\n  version ${'('.repeat(20_000)}\n}\n`,
      `backend X {\n  api ${'['.repeat(20_000)}\n}\n`,
      `entity A {\n  x int\n  check ${'not '.repeat(20_000)}x\n}\n`,
      `entity A {\n  x int @default(${'-'.repeat(20_000)}1)\n}\n`,
    ];
    for (const text of cases) {
      const r = validate('spec.pab', text);
      expectRejected(r, 'spec.pab');
      expect(distinctCodes(r)).toEqual(['nesting-too-deep']);
    }
  });

  it('of 20,000 `[` in yaml stops at the 65th level', () => {
    const r = validate('spec.yaml', '['.repeat(20_000));
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-too-deep']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.yaml', start: 64, end: 65 });
  });

  it('of 20,000 `{` in yaml stops at the 65th level', () => {
    const r = validate('spec.yaml', '{'.repeat(20_000));
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-too-deep']);
  });

  it('of 5,000 block mappings in yaml is reported too', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-too-deep']);
  });

  it('of a 20,000-term condition is reported as too deep, not as a stack overflow', () => {
    const text = `backend X {\n  database postgres\n}\nentity A {\n  x int\n  check (${Array(20_000).fill('x > 0').join(' and ')})\n}\n`;
    const r = validate('spec.pab', text);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['expr-too-deep']);
  });
});

describe('a yaml alias bomb', () => {
  function laughs(levels: number): string {
    let s = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < levels; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    return s;
  }

  it('is stopped by the alias limit instead of expanding a billion values', () => {
    const text = laughs(10);
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-alias-limit']);
    expect(textAt(r.loaded.files, r.diagnostics[0]!.span)).toBe('*a2');
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('4:42');
  });

  it('inside a spec section is stopped the same way', () => {
    const text =
      'backend:\n  name: X\n  database: postgres\nentities:\n  A:\n    fields:\n      x: string\n    doc: &x0 [a,a,a,a,a,a,a,a,a,a]\n' +
      Array.from({ length: 9 }, (_, i) => `    k${i}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(',')}]`).join('\n') +
      '\n';
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-alias-limit']);
  });
});

describe('duplicates', () => {
  it('of a yaml key point at the second occurrence, with the first as related', () => {
    const text = 'backend:\n  name: X\n  database: postgres\n  name: Y\n';
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-duplicate-key']);
    const d = r.diagnostics[0]!;
    expect(d.span).toEqual({ file: 'spec.yaml', start: text.lastIndexOf('name'), end: text.lastIndexOf('name') + 4 });
    expect(lineColOf(r.loaded.files, d.span)).toBe('4:3');
    expect(d.related?.map((x) => lineColOf(r.loaded.files, x.span))).toEqual(['2:3']);
  });

  it('of a top-level yaml section point at the second one', () => {
    const r = validate('spec.yaml', 'backend:\n  name: X\n  database: postgres\nbackend:\n  name: Y\n');
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-duplicate-key']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('4:1');
  });

  it('of a .pab declaration point at the second name, with the first as related', () => {
    const text = 'backend X {\n  database postgres\n}\nentity User {\n  email email\n}\nentity User {\n  name string\n}\n';
    const r = validate('spec.pab', text);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['duplicate-statement']);
    const d = r.diagnostics[0]!;
    expect(lineColOf(r.loaded.files, d.span)).toBe('7:8');
    expect(textAt(r.loaded.files, d.span)).toBe('User');
    expect(d.related?.map((x) => lineColOf(r.loaded.files, x.span))).toEqual(['4:8']);
  });

  it('of a .pab field or backend header are reported the same way', () => {
    const field = validate('spec.pab', 'backend X {\n  database postgres\n}\nentity User {\n  email email\n  email string\n}\n');
    expectRejected(field, 'spec.pab');
    expect(distinctCodes(field)).toEqual(['duplicate-statement']);
    expect(lineColOf(field.loaded.files, field.diagnostics[0]!.span)).toBe('6:3');
    const header = validate('spec.pab', 'backend X {\n  database postgres\n}\nbackend Y {\n  database postgres\n}\n');
    expectRejected(header, 'spec.pab');
    expect(distinctCodes(header)).toEqual(['duplicate-statement']);
    expect(lineColOf(header.loaded.files, header.diagnostics[0]!.span)).toBe('4:1');
  });
});

describe('a yaml root that is not a mapping', () => {
  it.each([
    ['a list', '- a\n', 3],
    ['a scalar', 'hello\n', 5],
    ['a .pab file read as yaml', '// a comment\n/// doc\n', 20],
  ])('is rejected when it holds %s', (_, text, end) => {
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-not-a-mapping']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.yaml', start: 0, end });
  });
});

describe('empty files', () => {
  it.each([
    ['empty', ''],
    ['whitespace-only', '   \n\t\n  \n'],
    ['comment-only', '// nothing yet\n// really nothing\n'],
  ])('a %s .pab file has no backend', (_, text) => {
    const r = validate('spec.pab', text);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['missing-backend']);
    expect(r.diagnostics[0]!.span?.start).toBe(0);
  });

  it('a .pab file with only a doc comment also warns that it documents nothing', () => {
    const r = validate('spec.pab', '/// A doc comment for nothing.\n');
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['doc-comment-ignored', 'missing-backend']);
  });

  it.each([
    ['empty', '', 'The spec is empty.'],
    ['whitespace-only', '   \n\n  \n', 'The spec is empty.'],
    ['comment-only', '# nothing yet\n# really nothing\n', 'The spec is empty: this file holds only comments.'],
  ])('a %s yaml file is empty', (_, text, message) => {
    const r = validate('spec.yaml', text);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-empty']);
    expect(r.diagnostics[0]!.message).toBe(message);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'spec.yaml', start: 0, end: 0 });
  });

  it('a yaml comment in a .pab file is an unexpected character', () => {
    const r = validate('spec.pab', '# hi\n');
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['unexpected-character']);
    expect(r.diagnostics[0]!.message).toBe('Unexpected character `#`.');
  });
});

describe('a 1 MB single-line string value', () => {
  const big = 'x'.repeat(1_000_000);

  it.each([
    ['spec.pab', `backend X {\n  version "${big}"\n  database postgres\n}\n`],
    ['spec.yaml', `backend:\n  name: X\n  version: "${big}"\n  database: postgres\n`],
    ['spec.pab', `backend X {\n  database postgres\n}\n/// ${big}\nentity A {\n  x int\n}\n`],
  ])('is accepted (%s)', (path, text) => {
    const r = validate(path, text);
    expectAccepted(r);
  });

  it('does not disturb the position of an error after it', () => {
    const r = validate('spec.pab', `backend X {\n  version "${big}"\n  database oracle\n}\n`);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['invalid-value']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('3:12');
  });

  it('reports an error on the long line at the right column', () => {
    const r = validate('spec.pab', `backend X {\n  version "${big}" @bogus\n  database postgres\n}\n`);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['unexpected-attribute']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe(`2:${11 + big.length + 3}`);
  });

  it('that is never closed is rejected at a position inside the file', () => {
    const pab = validate('spec.pab', `backend X {\n  version "${big}\n  database postgres\n}\n`);
    expectRejected(pab, 'spec.pab');
    expect(distinctCodes(pab)).toEqual(['unexpected-character']);
    expect(lineColOf(pab.loaded.files, pab.diagnostics[0]!.span)).toBe('2:11');
    const yaml = validate('spec.yaml', `backend:\n  name: X\n  version: "${big}\n  database: postgres\n`);
    expectRejected(yaml, 'spec.yaml');
    expect(distinctCodes(yaml)).toEqual(['yaml-syntax']);
  });
});

describe('CRLF line endings', () => {
  const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

  it.each([
    ['spec.pab', VALID_PAB],
    ['spec.yaml', VALID_YAML],
  ])('are accepted in a valid spec (%s)', (path, text) => {
    expectAccepted(validate(path, crlf(text)));
  });

  it('give the same line and column for a .pab error as LF does', () => {
    const text = VALID_PAB.replace('name  string', 'name  Strng');
    const lf = validate('spec.pab', text);
    const r = validate('spec.pab', crlf(text));
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['unknown-type']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('9:9');
    expect(lineColOf(lf.loaded.files, lf.diagnostics[0]!.span)).toBe('9:9');
    expect(textAt(r.loaded.files, r.diagnostics[0]!.span)).toBe('Strng');
  });

  it('give the right line and column for yaml errors', () => {
    const typo = validate('spec.yaml', crlf(VALID_YAML.replace('name: string', 'name: Strng')));
    expectRejected(typo, 'spec.yaml');
    expect(distinctCodes(typo)).toEqual(['unknown-type']);
    expect(lineColOf(typo.loaded.files, typo.diagnostics[0]!.span)).toBe('12:13');
    const unknown = validate('spec.yaml', crlf(VALID_YAML.replace('doc: A customer.', 'dok: A customer.')));
    expectRejected(unknown, 'spec.yaml');
    expect(distinctCodes(unknown)).toEqual(['unknown-property']);
    expect(lineColOf(unknown.loaded.files, unknown.diagnostics[0]!.span)).toBe('7:5');
  });

  it('are accepted as lone CR line endings in .pab', () => {
    expectAccepted(validate('spec.pab', VALID_PAB.replace(/\n/g, '\r')));
  });

  it('render a code frame without carriage returns', () => {
    const r = runPab(['validate', 'spec.pab'], { files: { 'spec.pab': crlf(VALID_PAB.replace('name  string', 'name  Strng')) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('> 9 |   name  Strng\n    |         ^^^^^\n');
    expect(r.stderr).not.toContain('\r');
  });
});

describe('very long identifiers', () => {
  const entity = `E${'a'.repeat(99_999)}`;
  const field = `f${'x'.repeat(99_999)}`;

  it('of 100,000 characters are accepted in .pab', () => {
    expectAccepted(validate('spec.pab', `backend X {\n  database postgres\n}\nentity ${entity} {\n  ${field} string\n}\n`));
  });

  it('of 1,000 characters are accepted as yaml keys', () => {
    const e = entity.slice(0, 1_000);
    const f = field.slice(0, 1_000);
    expectAccepted(validate('spec.yaml', `backend:\n  name: X\n  database: postgres\nentities:\n  ${e}:\n    fields:\n      ${f}: string\n`));
  });

  it('of 100,000 characters are a yaml syntax error (implicit keys are limited to 1024 characters)', () => {
    const r = validate('spec.yaml', `backend:\n  name: X\n  database: postgres\nentities:\n  ${entity}:\n    fields:\n      ${field}: string\n`);
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['yaml-syntax']);
    expect(r.diagnostics.map((d) => lineColOf(r.loaded.files, d.span))).toEqual(['5:3', '7:7']);
  });

  it('in an unknown type are reported at the type', () => {
    // 20,000 characters: the did-you-mean search is quadratic in the name length (see the report).
    const e = entity.slice(0, 20_000);
    const f = field.slice(0, 20_000);
    const r = validate('spec.pab', `backend X {\n  database postgres\n}\nentity ${e} {\n  ${f} ${e}x\n}\n`);
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['unknown-type']);
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe(`5:${2 + f.length + 2}`);
    expect(textAt(r.loaded.files, r.diagnostics[0]!.span)).toBe(`${e}x`);
  });
});

describe('Unicode', () => {
  const pab =
    '// Commentaire 🚀 — مرحبا بالعالم — שלום\n/// A shop 🛒 for كتب and ספרים.\nbackend X {\n  version "1.0-🚀"\n  database postgres\n}\n\n' +
    '/// العميل — the customer 👤\nentity User {\n  /// Name in any script: 名前, שם, اسم.\n  name string @default("Zoë 🎉 \u202eabc\u202c")\n}\n';
  const yaml =
    '# Commentaire 🚀 — مرحبا\nbackend:\n  name: X\n  doc: "A shop 🛒 for كتب and ספרים."\n  version: 1.0-🚀\n  database: postgres\n' +
    'entities:\n  User:\n    doc: العميل — the customer 👤\n    fields:\n      name:\n        type: string\n        default: "Zoë 🎉 \u202eabc\u202c"\n';

  it('in comments, doc comments and strings (emoji, RTL, bidi controls) is accepted', () => {
    expectAccepted(validate('spec.pab', pab));
    expectAccepted(validate('spec.yaml', yaml));
  });

  it('survives conversion in both directions', () => {
    const toYaml = runPab(['convert', 'spec.pab', '--to', 'yaml'], { files: { 'spec.pab': pab } });
    expect(toYaml.code).toBe(0);
    expect(toYaml.stdout).toContain('مرحبا بالعالم');
    expect(toYaml.stdout).toContain('👤');
    const back = runPab(['convert', 'spec.yaml', '--to', 'pab'], { files: { 'spec.yaml': toYaml.stdout } });
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(runPab(['fmt', 'spec.pab'], { files: { 'spec.pab': pab } }).stdout);
  });

  it('in a .pab identifier is an unexpected character', () => {
    const r = validate('spec.pab', 'backend X {\n  database postgres\n}\nentity Usér {\n}\n');
    expectRejected(r, 'spec.pab');
    expect(distinctCodes(r)).toEqual(['unexpected-character', 'syntax-error']);
    expect(r.diagnostics[0]!.message).toBe('Unexpected character "é".');
    expect(lineColOf(r.loaded.files, r.diagnostics[0]!.span)).toBe('4:10');
  });

  it('in a yaml entity name is an invalid name', () => {
    const r = validate('spec.yaml', 'backend:\n  name: X\n  database: postgres\nentities:\n  Usér:\n    fields:\n      name: string\n');
    expectRejected(r, 'spec.yaml');
    expect(distinctCodes(r)).toEqual(['invalid-name']);
    expect(textAt(r.loaded.files, r.diagnostics[0]!.span)).toBe('Usér');
  });

  it('before an error counts columns in utf-16 units', () => {
    const p = validate('spec.pab', '// 🚀🚀\nbackend X {\n  version "🚀🚀" @bogus\n  database postgres\n}\n');
    expectRejected(p, 'spec.pab');
    expect(distinctCodes(p)).toEqual(['unexpected-attribute']);
    expect(lineColOf(p.loaded.files, p.diagnostics[0]!.span)).toBe('3:18');
    const y = validate('spec.yaml', 'backend:\n  name: X\n  version: "🚀🚀"\n  database: postgres\n  🚀: 1\n');
    expectRejected(y, 'spec.yaml');
    expect(distinctCodes(y)).toEqual(['unknown-property']);
    expect(textAt(y.loaded.files, y.diagnostics[0]!.span)).toBe('🚀');
  });
});

describe('hostile input through the CLI', () => {
  const files = {
    'garbage.pab': randomBytes(4096, 42),
    'garbage.yaml': randomBytes(4096, 42),
    'utf8.pab': Buffer.from([0x62, 0x61, 0x63, 0xff, 0xfe, 0x6b]),
    'deep.pab': 'a {'.repeat(20_000),
    'deep.yaml': '['.repeat(20_000),
    'bomb.yaml': 'a: &a [x,x,x,x,x,x,x,x,x,x]\n' + 'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${i === 0 ? 'a' : 'bcdefgh'[i - 1]}`).join(',')}]`).join('\n') + '\n',
    'empty.pab': '',
    'empty.yaml': '',
  };

  it.each(Object.keys(files))('exits 1 with positioned json diagnostics for %s', (path) => {
    const r = runPab(['validate', path, '--reporter', 'json'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { severity: string; file: string; line: number; column: number }[];
    expect(out.some((d) => d.severity === 'error')).toBe(true);
    for (const d of out) {
      expect(d.file).toBe(path);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('points at offset 3 of invalid utf-8 in every reporter', () => {
    const json = runPab(['validate', 'utf8.pab', '--reporter', 'json'], { files });
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ code: 'invalid-utf8', file: 'utf8.pab', line: 1, column: 4, endLine: 1, endColumn: 5 }),
    ]);
    const github = runPab(['validate', 'utf8.pab', '--reporter', 'github'], { files });
    expect(github.stderr).toMatch(/^::error file=utf8\.pab,line=1,col=4,endLine=1,endColumn=5,title=pab invalid-utf8::/);
    const pretty = runPab(['validate', 'utf8.pab'], { files });
    expect(pretty.code).toBe(1);
    expect(pretty.stderr).toContain('utf8.pab:1:4 - error invalid-utf8');
    expect(pretty.stderr).toContain('    |    ^\n');
  });

  it('pins the codes the CLI reports for each hostile file', () => {
    const codes = Object.fromEntries(
      Object.keys(files).map((path) => {
        const out = JSON.parse(runPab(['validate', path, '--reporter', 'json'], { files }).stdout) as { code: string }[];
        return [path, [...new Set(out.map((d) => d.code))]];
      }),
    );
    expect(codes).toEqual({
      'garbage.pab': ['invalid-utf8'],
      'garbage.yaml': ['invalid-utf8'],
      'utf8.pab': ['invalid-utf8'],
      'deep.pab': ['nesting-too-deep'],
      'deep.yaml': ['yaml-too-deep'],
      'bomb.yaml': ['yaml-alias-limit'],
      'empty.pab': ['missing-backend'],
      'empty.yaml': ['yaml-empty'],
    });
  });

  it('never copies terminal control characters from the spec into pretty output', () => {
    // ESC ] 0 ; … BEL sets the terminal title; other escapes can do worse.
    const hostile = { 'esc.pab': 'backend X {\n  database oracle \u001b]0;pwned\u0007\n}\n', 'nul.pab': 'backend X {\n  database \u0000\n}\n' };
    for (const path of Object.keys(hostile)) {
      const r = runPab(['validate', path], { files: hostile });
      expect(r.code).toBe(1);
      // eslint-disable-next-line no-control-regex
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});
