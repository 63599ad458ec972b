/**
 * The `pab` command line, run in-process through `runCli` with a capturing
 * CliIo: usage errors, help and version, `validate` with every reporter and
 * `--strict`, `fmt` (print, --check, --write), `convert` round trips.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { createSourceFile } from '../../src/core/source-file.js';
import { parsePabSpec } from '../../src/syntax/pab/index.js';
import { parseYamlSpec } from '../../src/syntax/yaml/parse.js';
import { REPO_ROOT, runPab } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Every example spec root (examples/*\/backend.*), relative to the repository root. */
const EXAMPLE_ROOTS = readdirSync(join(REPO_ROOT, 'examples'))
  .flatMap((dir) => readdirSync(join(REPO_ROOT, 'examples', dir)).filter((f) => /^backend\.(pab|ya?ml)$/.test(f)).map((f) => `examples/${dir}/${f}`))
  .sort();

/** Every .pab file of the examples, imported ones included. */
const EXAMPLE_PAB_FILES = readdirSync(join(REPO_ROOT, 'examples'))
  .flatMap((dir) => readdirSync(join(REPO_ROOT, 'examples', dir)).filter((f) => f.endsWith('.pab')).map((f) => `examples/${dir}/${f}`))
  .sort();

const EXAMPLE_YAML_FILES = EXAMPLE_ROOTS.filter((f) => /\.ya?ml$/.test(f));

/** Runs from the repository root, so that relative example paths resolve. */
function pab(argv: readonly string[]) {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    return runPab(argv);
  } finally {
    process.chdir(cwd);
  }
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pab-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh temp file with the given content. */
function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmp, 'case-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectUsage(stderr: string): void {
  expect(stderr).toContain('Usage: pab <command> [options]');
  for (const c of COMMANDS) {
    const line = stderr.split('\n').find((l) => l.trimStart().startsWith(`${c.name} `));
    expect(line, `a line for ${c.name}`).toBeDefined();
    expect(line).toContain(c.summary);
    expect(stderr).toContain(`e.g. ${c.example}`);
  }
  for (const name of ['validate', 'fmt', 'convert', 'help']) expect(stderr).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
}

// A spec with one known error: `Ordr` on line 10, columns 12–15 (end column 16, exclusive).
const BROKEN = [
  'backend Shop {', //        1
  '  database postgres', //   2
  '}', //                     3
  '', //                      4
  'entity Order {', //        5
  '  total int', //           6
  '}', //                     7
  '', //                      8
  'entity Item {', //         9
  '  order    Ordr', //       10: `Ordr` starts at column 3 + 5 + 4 = 12
  '  quantity int', //        11
  '}', //                     12
  '',
].join('\n');

// Only warnings: a login field that is not unique and a weak password policy.
const WARNINGS_ONLY = [
  'backend Shop {',
  '  database postgres',
  '}',
  '',
  'entity User {',
  '  email email',
  '}',
  '',
  'auth {',
  '  identity {',
  '    entity User',
  '    login email', //      12: `email` at column 11
  '  }',
  '  jwt {',
  '    secret env(JWT_KEY)',
  '  }',
  '  password {',
  '    minLength 6', //      18: `6` at column 15
  '  }',
  '}',
  '',
].join('\n');

const UNFORMATTED = 'backend   Shop{\n database postgres\n}\nentity User {\n email   email @unique\n}\n';
const FORMATTED = 'backend Shop {\n  database postgres\n}\n\nentity User {\n  email email @unique\n}\n';

describe('usage errors', () => {
  it('prints every command with a description and an example and exits 2 when run without arguments', () => {
    const r = runPab([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectUsage(r.stderr);
  });

  it('names an unknown command, lists every command and exits 2', () => {
    const r = runPab(['compil']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown command `compil`.');
    expectUsage(r.stderr);
  });

  it('lists every command and exits 2 when validate gets no spec', () => {
    const r = runPab(['validate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("missing required argument 'spec'");
    expectUsage(r.stderr);
  });

  it('exits 2 when convert gets no --to', () => {
    const r = pab(['convert', 'examples/shop/backend.pab']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("required option '--to <syntax>' not specified");
    expectUsage(r.stderr);
  });

  it('exits 2 on an unknown reporter, option or target syntax', () => {
    expect(pab(['validate', 'examples/shop/backend.pab', '--reporter', 'xml']).code).toBe(2);
    expect(pab(['validate', 'examples/shop/backend.pab', '--bogus']).code).toBe(2);
    expect(pab(['convert', 'examples/shop/backend.pab', '--to', 'json']).code).toBe(2);
    expect(pab(['validate', 'a.pab', 'b.pab']).code).toBe(2);
  });
});

describe('help and version', () => {
  it('prints the package.json version with --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const r = runPab([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
      expect(r.stderr).toBe('');
    }
  });

  it('shows the options of validate with `help validate` and `validate --help`', () => {
    const a = runPab(['help', 'validate']);
    const b = runPab(['validate', '--help']);
    for (const r of [a, b]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: pab validate [options] <spec>');
      expect(r.stdout).toContain('--reporter <name>');
      expect(r.stdout).toContain('--strict');
      expect(r.stdout).toMatch(/"pretty", "plain",\s+"json", "github"/);
      expect(r.stdout).toContain('pab validate examples/shop/backend.pab');
    }
    expect(a.stdout).toBe(b.stdout);
  });

  it('shows the options of fmt and convert', () => {
    const fmt = runPab(['help', 'fmt']);
    expect(fmt.code).toBe(0);
    expect(fmt.stdout).toContain('--write');
    expect(fmt.stdout).toContain('--check');
    const convert = runPab(['convert', '--help']);
    expect(convert.code).toBe(0);
    expect(convert.stdout).toContain('--to <syntax>');
    expect(convert.stdout).toContain('-o, --output <file>');
  });

  it('exits 2 and names the command for help on an unknown command', () => {
    const r = runPab(['help', 'compil']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('compil');
  });

  it('lists the commands with --help', () => {
    const r = runPab(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.name);
  });
});

describe('pab validate on the examples', () => {
  it('finds the four example specs', () => {
    expect(EXAMPLE_ROOTS).toEqual([
      'examples/assistant/backend.pab',
      'examples/bank/backend.pab',
      'examples/blog/backend.yaml',
      'examples/shop/backend.pab',
    ]);
  });

  it.each(EXAMPLE_ROOTS)('accepts %s and prints exactly [] with --reporter json', (spec) => {
    const r = pab(['validate', spec, '--reporter', 'json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[]\n');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each(EXAMPLE_ROOTS)('accepts %s with --strict and says it is valid in the pretty reporter', (spec) => {
    const r = pab(['validate', spec, '--strict']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${spec}: valid (0 errors, 0 warnings)\n`);
  });
});

describe('pab validate on a spec with errors', () => {
  const files = { 'spec.pab': BROKEN };

  it('exits 1 and prints json diagnostics with exactly the documented keys and 1-based positions', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'json'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Array.isArray(out)).toBe(true);
    expect(out.length).toBeGreaterThan(0);
    const required = ['code', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn'];
    for (const d of out) {
      const keys = Object.keys(d);
      expect(keys.slice(0, required.length)).toEqual(required);
      expect(keys.filter((k) => !required.includes(k)).every((k) => k === 'hint' || k === 'related')).toBe(true);
    }
    expect(out).toEqual([
      {
        code: 'unknown-type',
        severity: 'error',
        message: 'Unknown type `Ordr`; it is not a built-in type, an enum or an entity.',
        file: 'spec.pab',
        line: 10,
        column: 12,
        endLine: 10,
        endColumn: 16,
        hint: 'Did you mean `Order`?',
      },
    ]);
  });

  it('includes related positions in json output', () => {
    const spec = 'backend Shop {\n  database postgres\n}\n\nentity User {\n  email email\n}\n\nentity User {\n  name string\n}\n';
    const r = runPab(['validate', 'spec.pab', '--reporter', 'json'], { files: { 'spec.pab': spec } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: 'duplicate-statement', file: 'spec.pab', line: 9, column: 8, endLine: 9, endColumn: 12 });
    expect(Object.keys(out[0]!)).toEqual(['code', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'related']);
    expect(out[0]!['related']).toEqual([
      { file: 'spec.pab', line: 5, column: 8, endLine: 5, endColumn: 12, message: '`entity User` is first declared here.' },
    ]);
  });

  it('prints github annotations', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'github'], { files });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '::error file=spec.pab,line=10,col=12,endLine=10,endColumn=16,title=pab unknown-type::' +
        'Unknown type `Ordr`; it is not a built-in type, an enum or an entity. Did you mean `Order`?\n',
    );
    for (const line of r.stderr.trimEnd().split('\n')) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=pab [a-z0-9-]+::.+$/);
    }
  });

  it('prints a code frame with ^^^ under the offending token and the hint', () => {
    const r = runPab(['validate', 'spec.pab'], { files });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('spec.pab:10:12 - error unknown-type: Unknown type `Ordr`; it is not a built-in type, an enum or an entity.');
    const at = lines.findIndex((l) => l.startsWith('> 10 |'));
    expect(lines[at]).toBe('> 10 |   order    Ordr');
    expect(lines[at - 1]).toBe('   9 | entity Item {');
    const caret = lines[at + 1]!;
    expect(caret).toBe('     |            ^^^^');
    // The carets sit exactly under `Ordr`.
    expect(caret.indexOf('^')).toBe(lines[at]!.indexOf('Ordr'));
    expect(r.stderr).toContain('  hint: Did you mean `Order`?');
    expect(r.stderr).toContain('spec.pab: invalid (1 error, 0 warnings)');
    // Not a terminal: no color codes.
    expect(r.stderr).not.toContain('\u001b[');
  });

  it('prints one line per diagnostic with the plain reporter', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'plain'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'spec.pab:10:12 - error unknown-type: Unknown type `Ordr`; it is not a built-in type, an enum or an entity. (Did you mean `Order`?)',
    );
  });

  it('exits 1 for a spec that does not exist', () => {
    const r = runPab(['validate', 'missing.pab', '--reporter', 'json'], { files });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'file-not-found',
        severity: 'error',
        message: 'Cannot read `missing.pab`: no such file.',
        file: null,
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
      },
    ]);
  });
});

describe('pab validate with warnings', () => {
  const files = { 'spec.pab': WARNINGS_ONLY };

  it('exits 0 when there are only warnings', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'json'], { files });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { code: string; severity: string; line: number; column: number }[];
    expect(out.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['identity-login-not-unique', 'warning', 12, 11],
      ['weak-password-policy', 'warning', 18, 15],
    ]);
  });

  it('exits 1 with --strict', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'json', '--strict'], { files });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it('says valid without --strict and invalid with it in the pretty summary', () => {
    expect(runPab(['validate', 'spec.pab'], { files }).stderr).toContain('spec.pab: valid (0 errors, 2 warnings)');
    expect(runPab(['validate', 'spec.pab', '--strict'], { files }).stderr).toContain('spec.pab: invalid (0 errors, 2 warnings)');
  });

  it('prints github warnings as ::warning', () => {
    const r = runPab(['validate', 'spec.pab', '--reporter', 'github'], { files });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=spec\.pab,line=12,col=11,endLine=12,endColumn=16,title=pab identity-login-not-unique::/);
  });
});

describe('pab fmt', () => {
  it('prints the canonical text', () => {
    const r = runPab(['fmt', 'u.pab'], { files: { 'u.pab': UNFORMATTED } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(FORMATTED);
    expect(r.written).toEqual([]);
  });

  it.each(EXAMPLE_PAB_FILES)('leaves %s as it is (the examples are formatted)', (file) => {
    const r = pab(['fmt', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO_ROOT, file), 'utf8'));
    expect(pab(['fmt', '--check', file]).code).toBe(0);
  });

  it('exits 1 with --check on an unformatted file and 0 on a formatted one', () => {
    const bad = runPab(['fmt', '--check', 'u.pab'], { files: { 'u.pab': UNFORMATTED } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('u.pab is not formatted; run `pab fmt --write u.pab`.\n');
    const good = runPab(['fmt', '--check', 'f.pab'], { files: { 'f.pab': FORMATTED } });
    expect(good.code).toBe(0);
    expect(good.stdout).toBe('');
    expect(good.stderr).toBe('');
    expect(bad.written).toEqual([]);
  });

  it('rewrites the file with --write, and a second --write writes nothing', () => {
    const file = tempFile('spec.pab', UNFORMATTED);
    const first = runPab(['fmt', '--write', file]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`formatted ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(FORMATTED);
    // Push the mtime into the past so that any rewrite would change it.
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    const before = statSync(file).mtimeMs;
    const second = runPab(['fmt', '--write', file]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`${file} is already formatted\n`);
    expect(second.written).toEqual([]);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(FORMATTED);
    // No temp files are left behind.
    expect(readdirSync(join(file, '..'))).toEqual(['spec.pab']);
  });

  it('refuses a file with syntax errors: exit 1, diagnostics, file untouched', () => {
    const text = 'backend Shop {\n  database postgres\n\nentity User {\n  email email\n';
    const file = tempFile('broken.pab', text);
    const before = statSync(file).mtimeMs;
    for (const flags of [[], ['--write'], ['--check']]) {
      const r = runPab(['fmt', ...flags, file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('error syntax-error');
      expect(r.written).toEqual([]);
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('reports syntax errors as json on stdout with --reporter json', () => {
    const r = runPab(['fmt', 'b.pab', '--reporter', 'json'], { files: { 'b.pab': 'entity {\n' } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { code: string; line: number; column: number }[];
    expect(out.map((d) => [d.code, d.line, d.column])).toEqual([['syntax-error', 1, 9]]);
  });

  it('exits 2 for a yaml file', () => {
    const r = runPab(['fmt', 'x.yaml'], { files: { 'x.yaml': 'backend:\n  name: A\n' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('pab fmt formats .pab files; `x.yaml` is not one.');
  });

  it('exits 1 for a .pab file that does not exist', () => {
    const r = runPab(['fmt', 'nope.pab'], { files: {} });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('file-not-found');
  });
});

describe('pab convert', () => {
  it.each(EXAMPLE_PAB_FILES)('turns %s into yaml and back into its canonical .pab text', (file) => {
    const dir = mkdtempSync(join(tmp, 'convert-'));
    const yaml = join(dir, 'spec.yaml');
    const back = join(dir, 'spec.pab');
    const a = pab(['convert', file, '--to', 'yaml', '-o', yaml]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe('');
    expect(a.stderr).toBe(`wrote ${yaml}\n`);
    const b = runPab(['convert', yaml, '--to', 'pab', '-o', back]);
    expect(b.code).toBe(0);
    const fmt = pab(['fmt', file]);
    expect(fmt.code).toBe(0);
    expect(readFileSync(back, 'utf8')).toBe(fmt.stdout);
    // The yaml is a valid spec file on its own (imports aside).
    expect(pab(['convert', yaml, '--to', 'yaml']).stdout).toBe(readFileSync(yaml, 'utf8'));
  });

  it.each(EXAMPLE_YAML_FILES)('turns %s into .pab and back into the same document, comments included', (file) => {
    const dir = mkdtempSync(join(tmp, 'convert-'));
    const pabFile = join(dir, 'spec.pab');
    const yaml = join(dir, 'spec.yaml');
    expect(pab(['convert', file, '--to', 'pab', '-o', pabFile]).code).toBe(0);
    // The generated .pab is canonical and valid.
    expect(runPab(['fmt', '--check', pabFile]).code).toBe(0);
    expect(runPab(['validate', pabFile, '--reporter', 'json']).stdout).toBe('[]\n');
    expect(runPab(['convert', pabFile, '--to', 'yaml', '-o', yaml]).code).toBe(0);
    const original = readFileSync(join(REPO_ROOT, file), 'utf8');
    const roundTripped = readFileSync(yaml, 'utf8');
    const docOf = (text: string) => parseYamlSpec(createSourceFile('x.yaml', text)).ast?.document;
    expect(docOf(roundTripped)).toEqual(docOf(original));
    // Same lines (comments, docs, values); only the order of some keys may differ.
    const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').sort();
    expect(lines(roundTripped)).toEqual(lines(original));
    // A second round trip is a fixed point.
    const again = join(dir, 'again.pab');
    expect(runPab(['convert', yaml, '--to', 'pab', '-o', again]).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(pabFile, 'utf8'));
  });

  it('prints to stdout without -o', () => {
    const r = runPab(['convert', 'u.pab', '--to', 'yaml'], { files: { 'u.pab': UNFORMATTED } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('backend:\n  name: Shop\n  database: postgres\n\nentities:\n  User:\n    fields:\n      email:\n        type: email\n        unique: true\n');
    expect(r.written).toEqual([]);
    const doc = parsePabSpec(createSourceFile('u.pab', UNFORMATTED)).ast?.document;
    expect(parseYamlSpec(createSourceFile('u.yaml', r.stdout)).ast?.document).toEqual(doc);
  });

  it('writes the file given with -o', () => {
    const dir = mkdtempSync(join(tmp, 'convert-'));
    const src = join(dir, 'in.pab');
    writeFileSync(src, UNFORMATTED);
    const out = join(dir, 'out.yaml');
    const r = runPab(['convert', src, '--to', 'yaml', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain('name: Shop');
    const long = join(dir, 'long.pab');
    expect(runPab(['convert', out, '--to', 'pab', '--output', long]).code).toBe(0);
    expect(readFileSync(long, 'utf8')).toBe(FORMATTED);
  });

  it('refuses a spec with schema errors: exit 1, nothing written', () => {
    const dir = mkdtempSync(join(tmp, 'convert-'));
    const src = join(dir, 'bad.pab');
    writeFileSync(src, 'backend X {\n  database oracle\n}\n');
    const out = join(dir, 'out.yaml');
    const r = runPab(['convert', src, '--to', 'yaml', '-o', out, '--reporter', 'json']);
    expect(r.code).toBe(1);
    expect(r.written).toEqual([]);
    expect(readdirSync(dir)).toEqual(['bad.pab']);
    const diags = JSON.parse(r.stdout) as { code: string; line: number; column: number }[];
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['invalid-value', 2, 12]]);
  });

  it('refuses a yaml spec with schema errors', () => {
    const r = runPab(['convert', 'bad.yaml', '--to', 'pab', '-o', 'out.pab'], { files: { 'bad.yaml': 'backend:\n  name: X\n  bogus: 1\n' } });
    expect(r.code).toBe(1);
    expect(r.written).toEqual([]);
    expect(r.stderr).toContain('bad.yaml:3:3 - error unknown-property');
  });

  it('refuses a spec with syntax errors', () => {
    const r = runPab(['convert', 'bad.pab', '--to', 'yaml'], { files: { 'bad.pab': 'entity {\n' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('syntax-error');
  });

  it('exits 2 for a file that is neither .pab nor yaml', () => {
    const r = runPab(['convert', 'spec.json', '--to', 'yaml'], { files: { 'spec.json': '{}' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`spec.json` is neither a .pab nor a .yaml spec file.');
  });
});
