/**
 * `pab compile`, `check`, `diff`, `init`, `targets` and `watch` end to end on
 * real temporary folders: the regeneration guarantees of issue 3 as a user
 * meets them.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPab } from '../helpers/cli.js';
import { DEMO_SPEC } from '../helpers/specs.js';

const SPEC = `${DEMO_SPEC}
entity Tag {
  label string @unique
}
`;

let dir: string;
let spec: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pab-compile-'));
  spec = join(dir, 'backend.pab');
  out = join(dir, 'out');
  writeFileSync(spec, SPEC);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under a folder (relative paths) with its content. */
function tree(root: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(join(root, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) Object.assign(result, tree(root, rel));
    else result[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return result;
}

/** Sets every file's mtime to a fixed past time, to see which ones a run rewrites. */
function ageFiles(root: string): void {
  const past = new Date('2020-01-01T00:00:00Z');
  for (const rel of Object.keys(tree(root))) utimesSync(join(root, rel), past, past);
}

function mtimes(root: string): Record<string, number> {
  return Object.fromEntries(Object.keys(tree(root)).map((rel) => [rel, statSync(join(root, rel)).mtimeMs]));
}

const compile = (...extra: string[]) => runPab(['compile', spec, '--out', out, ...extra]);

describe('pab compile', () => {
  it('writes every target into its own folder with a manifest', () => {
    const r = compile();
    expect(r.code).toBe(0);
    const files = Object.keys(tree(out));
    expect(files).toContain('.pab-manifest.json');
    expect(files.some((f) => f.startsWith('ir/'))).toBe(true);
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
    expect(r.stderr).toMatch(/written/);
  });

  it('writes nothing on a second run and says so; mtimes are unchanged', () => {
    compile();
    ageFiles(out);
    const before = mtimes(out);
    const r = compile();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/nothing written/);
    expect(mtimes(out)).toEqual(before);
  });

  it('rewrites only the files whose content changed', () => {
    compile();
    ageFiles(out);
    const before = mtimes(out);
    writeFileSync(spec, SPEC.replace('version  "1.0.0"', 'version  "1.0.1"'));
    expect(compile().code).toBe(0);
    const after = mtimes(out);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(Object.keys(after).length);
  });

  it('removes the files of a target the spec no longer asks for', () => {
    compile();
    writeFileSync(spec, SPEC.replace('targets  ir, docs', 'targets  ir'));
    expect(compile().code).toBe(0);
    expect(Object.keys(tree(out)).some((f) => f.startsWith('docs/'))).toBe(false);
  });

  it('refuses to overwrite a hand-edited generated file, keeps it, and --force restores it', () => {
    compile();
    const file = join(out, 'ir/ir.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"Demo"', '"Edited"'));
    writeFileSync(spec, SPEC.replace('1.0.0', '2.0.0'));
    const blocked = compile();
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('ir/ir.json');
    expect(blocked.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toContain('"Edited"');
    const forced = compile('--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('"Edited"');
    expect(readFileSync(file, 'utf8')).toContain('2.0.0');
  });

  it('never touches a file it did not generate', () => {
    compile();
    writeFileSync(join(out, 'docs', 'NOTES.md'), 'mine\n');
    writeFileSync(spec, SPEC.replace('targets  ir, docs', 'targets  ir'));
    expect(compile().code).toBe(0);
    expect(readFileSync(join(out, 'docs', 'NOTES.md'), 'utf8')).toBe('mine\n');
  });

  it('points at an unknown target in the spec and writes nothing', () => {
    writeFileSync(spec, SPEC.replace('targets  ir, docs', 'targets  ir, doc'));
    const r = compile();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/backend\.pab:4:\d+ - error unknown-target/);
    expect(r.stderr).toContain('Did you mean `docs`?');
    expect(existsSync(out)).toBe(false);
  });

  it('warns about an override file that replaces no template', () => {
    const tpl = join(dir, 'tpl', 'docs');
    mkdirSync(tpl, { recursive: true });
    writeFileSync(join(tpl, 'readme.njk'), 'misnamed\n');
    const r = compile('--templates', join(dir, 'tpl'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning unused-template-override');
    expect(r.stderr).toContain('docs/readme.njk');
  });

  it('writes nothing when the spec has errors', () => {
    writeFileSync(spec, SPEC.replace('title string', 'title strin'));
    const r = compile();
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a hint when no spec is given or found', () => {
    const r = runPab(['compile'], { cwd: dir });
    expect([1, 2]).toContain(r.code);
  });
});

describe('pab check and pab diff', () => {
  it('check exits 0 on fresh output and 1 after a one-byte edit or a deleted file', () => {
    compile();
    expect(runPab(['check', spec, '--out', out]).code).toBe(0);
    const file = join(out, 'ir/ir.json');
    writeFileSync(file, readFileSync(file, 'utf8') + ' ');
    const edited = runPab(['check', spec, '--out', out]);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('ir/ir.json');
    compile('--force');
    rmSync(file);
    expect(runPab(['check', spec, '--out', out]).code).toBe(1);
    expect(compile().code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(runPab(['compile', spec, '--out', out, '--check']).code).toBe(0);
  });

  it('check writes nothing', () => {
    const r = runPab(['check', spec, '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('diff shows the change as a unified diff', () => {
    compile();
    writeFileSync(spec, SPEC.replace('1.0.0', '1.1.0'));
    const r = runPab(['diff', spec, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- a\//m);
    expect(r.stdout).toMatch(/^\+\+\+ b\//m);
    expect(r.stdout).toMatch(/^-.*1\.0\.0/m);
    expect(r.stdout).toMatch(/^\+.*1\.1\.0/m);
  });
});

describe('pab init and pab targets', () => {
  it('creates a spec that validates and compiles, and marks the output as generated', () => {
    for (const format of ['pab', 'yaml']) {
      const target = join(dir, `app-${format}`);
      const r = runPab(['init', target, '--format', format]);
      expect(r.code).toBe(0);
      const specFile = join(target, format === 'pab' ? 'backend.pab' : 'backend.yaml');
      expect(existsSync(specFile)).toBe(true);
      expect(readFileSync(join(target, '.gitattributes'), 'utf8')).toContain('linguist-generated');
      expect(runPab(['validate', specFile]).code).toBe(0);
      expect(runPab(['compile', specFile]).code).toBe(0);
      expect(existsSync(join(target, 'generated', '.pab-manifest.json'))).toBe(true);
      expect(runPab(['init', target, '--format', format]).code).toBe(1);
    }
  });

  it('lists every target with a description', () => {
    const r = runPab(['targets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ir\s+\S/m);
    expect(r.stdout).toMatch(/^docs\s+\S/m);
  });
});
