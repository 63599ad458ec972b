/**
 * The same guarantees on a real temp folder: mtimes survive a no-op run,
 * removals prune empty folders, atomic writes leave no temp files, and nothing
 * is ever written outside the output folder (hostile names, symlinks).
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompilerBug } from '../../src/core/assert.js';
import { createNodeOutputFs, type OutputFs } from '../../src/output/fs.js';
import { MANIFEST_NAME, readManifest } from '../../src/output/manifest.js';
import { isUpToDate, planOutput } from '../../src/output/plan.js';
import { TEMP_SUFFIX } from '../../src/output/paths.js';
import { gen, paths, run, scaffold } from './harness.js';

let sandbox: string;
let root: string;
let fs: OutputFs;

beforeEach(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'pab-output-'));
  root = join(sandbox, 'out');
  fs = createNodeOutputFs(root);
});
afterEach(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

/** Every file and folder under `dir`, relative, sorted (symlinks not followed). */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map((p) => String(p).split('\\').join('/'))
    .sort();
}

const at = (rel: string): string => join(root, ...rel.split('/'));
const V1 = [gen('docs/README.md', '# v1\n'), gen('docs/entities/User.md', 'user\n'), gen('ir/model.json', '{}\n', 'ir')];
const OLD = new Date('2001-02-03T04:05:06Z');

describe('node output fs', () => {
  it('creates the output folder and every file on a fresh run', () => {
    run(fs, V1);
    expect(tree(root)).toEqual([MANIFEST_NAME, 'docs', 'docs/README.md', 'docs/entities', 'docs/entities/User.md', 'ir', 'ir/model.json']);
    expect(readFileSync(at('docs/README.md'), 'utf8')).toBe('# v1\n');
  });

  it('writes nothing on a second run: every mtime is unchanged', () => {
    run(fs, V1);
    const all = [MANIFEST_NAME, ...V1.map((f) => f.path)];
    for (const p of all) utimesSync(at(p), OLD, OLD);
    const before = all.map((p) => statSync(at(p)).mtimeMs);
    const { applied } = run(fs, V1);
    expect(applied).toEqual({ written: [], removed: [], manifestWritten: false });
    expect(all.map((p) => statSync(at(p)).mtimeMs)).toEqual(before);
    expect(before.every((m) => m === OLD.getTime())).toBe(true);
  });

  it('keeps the mtime of unchanged files when others change', () => {
    run(fs, V1);
    utimesSync(at('ir/model.json'), OLD, OLD);
    run(fs, [gen('docs/README.md', '# v2\n'), V1[1], V1[2]]);
    expect(statSync(at('ir/model.json')).mtimeMs).toBe(OLD.getTime());
    expect(readFileSync(at('docs/README.md'), 'utf8')).toBe('# v2\n');
  });

  it('removes a file no longer produced, prunes empty folders, and keeps the root', () => {
    run(fs, V1);
    run(fs, [V1[0]]);
    expect(tree(root)).toEqual([MANIFEST_NAME, 'docs', 'docs/README.md']);
    run(fs, []);
    expect(tree(root)).toEqual([MANIFEST_NAME]);
    const read = readManifest(fs);
    expect(read.ok && read.manifest.files.size).toBe(0);
  });

  it('does not prune a folder that still holds a file pab did not generate', () => {
    run(fs, V1);
    writeFileSync(at('ir/notes.txt'), 'mine\n');
    run(fs, [V1[0], V1[1]]);
    expect(tree(join(root, 'ir'))).toEqual(['notes.txt']);
  });

  it('blocks on a hand edit that survives; --force restores the file', () => {
    run(fs, V1);
    writeFileSync(at('docs/README.md'), '# edited\n');
    const blocked = run(fs, V1);
    expect(paths(blocked.plan.handEdited)).toEqual(['docs/README.md']);
    expect(blocked.applied).toBeUndefined();
    expect(readFileSync(at('docs/README.md'), 'utf8')).toBe('# edited\n');
    run(fs, V1, true);
    expect(readFileSync(at('docs/README.md'), 'utf8')).toBe('# v1\n');
  });

  it('restores a deleted generated file', () => {
    run(fs, V1);
    rmSync(at('docs/entities/User.md'));
    expect(isUpToDate(planOutput(V1, fs, { force: false }))).toBe(false);
    expect(run(fs, V1).applied?.written).toEqual(['docs/entities/User.md']);
    expect(readFileSync(at('docs/entities/User.md'), 'utf8')).toBe('user\n');
  });

  it('never overwrites a scaffold file', () => {
    run(fs, [scaffold('src/app.ts', 'start\n')]);
    writeFileSync(at('src/app.ts'), 'mine\n');
    run(fs, [scaffold('src/app.ts', 'start v2\n')], true);
    expect(readFileSync(at('src/app.ts'), 'utf8')).toBe('mine\n');
  });

  it('never touches a stray file, and reports a conflict on create', () => {
    mkdirSync(at('docs'), { recursive: true });
    writeFileSync(at('docs/stray.md'), 'stray\n');
    writeFileSync(at('docs/README.md'), 'mine\n');
    utimesSync(at('docs/stray.md'), OLD, OLD);
    const { plan, applied } = run(fs, V1, true);
    expect(paths(plan.conflicts)).toEqual(['docs/README.md']);
    expect(applied).toBeUndefined();
    expect(readFileSync(at('docs/README.md'), 'utf8')).toBe('mine\n');
    rmSync(at('docs/README.md'));
    run(fs, V1);
    expect(readFileSync(at('docs/stray.md'), 'utf8')).toBe('stray\n');
    expect(statSync(at('docs/stray.md')).mtimeMs).toBe(OLD.getTime());
  });
});

describe('atomic writes', () => {
  it('replaces a file through rename (a new inode) and leaves no temp file', () => {
    run(fs, V1);
    const inode = statSync(at('docs/README.md')).ino;
    run(fs, [gen('docs/README.md', '# v2\n'), V1[1], V1[2]]);
    expect(statSync(at('docs/README.md')).ino).not.toBe(inode);
    expect(tree(root).filter((p) => p.endsWith(TEMP_SUFFIX))).toEqual([]);
  });

  it('keeps the mode of the file it replaces', () => {
    if (process.platform === 'win32') return;
    fs.write('run.sh', 'v1\n');
    chmodSync(at('run.sh'), 0o755);
    fs.write('run.sh', 'v2\n');
    expect(statSync(at('run.sh')).mode & 0o777).toBe(0o755);
  });

  it('completes cleanly after a run killed midway', () => {
    run(fs, V1);
    const V2 = [gen('docs/README.md', '# v2\n'), gen('docs/a.md', 'a\n'), gen('ir/model.json', '{"v":2}\n', 'ir')];
    let writes = 0;
    const killed: OutputFs = {
      ...fs,
      write(rel, content) {
        if (writes++ >= 2) throw new Error('killed');
        fs.write(rel, content);
      },
    };
    expect(() => run(killed, V2)).toThrow('killed');
    const { plan, applied } = run(fs, V2);
    expect(plan.conflicts).toEqual([]);
    expect(plan.handEdited).toEqual([]);
    expect(applied?.written).toEqual(['ir/model.json']);
    expect(tree(root)).toEqual([MANIFEST_NAME, 'docs', 'docs/README.md', 'docs/a.md', 'ir', 'ir/model.json']);
    expect(isUpToDate(planOutput(V2, fs, { force: false }))).toBe(true);
  });
});

describe('nothing is written outside the output folder', () => {
  function expectSandboxHoldsOnly(expected: string[]): void {
    expect(tree(sandbox).filter((p) => !p.startsWith('out/'))).toEqual(expected);
  }

  it.each(['../../etc/passwd', '../escape.md', '/abs', 'a/../b', 'C:\\x', '..\\x'])('rejects %j', (path) => {
    const { plan, applied } = run(fs, [gen(path, 'pwned\n'), gen('ok.md', 'ok\n')], true);
    expect(paths(plan.errors)).toEqual([path]);
    expect(applied).toBeUndefined();
    expect(existsSync(root)).toBe(false);
    expectSandboxHoldsOnly([]);
  });

  it('rejects names differing only in case', () => {
    const { plan, applied } = run(fs, [gen('docs/User.md', 'a\n'), gen('docs/user.md', 'b\n')]);
    expect(plan.errors).toHaveLength(1);
    expect(applied).toBeUndefined();
    expect(existsSync(root)).toBe(false);
  });

  it('rejects a symlinked subfolder pointing outside the root', () => {
    const outside = join(sandbox, 'outside');
    mkdirSync(outside);
    mkdirSync(root);
    symlinkSync(outside, at('docs'), 'dir');
    expect(fs.isSymlinkEscape('docs/README.md')).toBe(true);
    expect(fs.isSymlinkEscape('docs')).toBe(true);
    expect(fs.isSymlinkEscape('ir/model.json')).toBe(false);
    const { plan, applied } = run(fs, V1, true);
    expect(paths(plan.errors)).toEqual(['docs/README.md', 'docs/entities/User.md']);
    expect(plan.errors[0]?.message).toContain('symlink');
    expect(applied).toBeUndefined();
    expect(readdirSync(outside)).toEqual([]);
    expect(() => fs.write('docs/README.md', 'x')).toThrow(CompilerBug);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('rejects a symlinked file and a dangling symlink pointing outside', () => {
    mkdirSync(at('docs'), { recursive: true });
    writeFileSync(join(sandbox, 'secret'), 'secret\n');
    symlinkSync(join(sandbox, 'secret'), at('docs/README.md'));
    symlinkSync(join(sandbox, 'nowhere', 'x'), at('docs/dangling.md'));
    expect(fs.isSymlinkEscape('docs/README.md')).toBe(true);
    expect(fs.isSymlinkEscape('docs/dangling.md')).toBe(true);
    const { plan } = run(fs, [gen('docs/README.md', 'x\n'), gen('docs/dangling.md', 'y\n')], true);
    expect(paths(plan.errors)).toEqual(['docs/README.md', 'docs/dangling.md']);
    expect(readFileSync(join(sandbox, 'secret'), 'utf8')).toBe('secret\n');
  });

  it('never removes through a symlink pointing outside', () => {
    run(fs, [gen('docs/x.md', 'x\n')]);
    const outside = join(sandbox, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'x.md'), 'x\n'); // the same content, so it looks removable
    rmSync(at('docs'), { recursive: true });
    symlinkSync(outside, at('docs'), 'dir');
    const { plan, applied } = run(fs, [], true);
    expect(plan.remove).toEqual([]);
    expect(paths(plan.errors)).toEqual(['docs/x.md']);
    expect(applied).toBeUndefined();
    expect(readFileSync(join(outside, 'x.md'), 'utf8')).toBe('x\n');
  });

  it('rejects a manifest that is a symlink pointing outside', () => {
    mkdirSync(root);
    writeFileSync(join(sandbox, 'fake.json'), '{"version":1,"files":{}}\n');
    symlinkSync(join(sandbox, 'fake.json'), at(MANIFEST_NAME));
    const { plan, applied } = run(fs, V1, true);
    expect(plan.errors[0]?.path).toBe(MANIFEST_NAME);
    expect(applied).toBeUndefined();
  });

  it('accepts a symlink that stays inside the root', () => {
    mkdirSync(at('real'), { recursive: true });
    symlinkSync(at('real'), at('docs'), 'dir');
    expect(fs.isSymlinkEscape('docs/README.md')).toBe(false);
    expect(run(fs, [V1[0]]).plan.errors).toEqual([]);
    expect(readFileSync(at('real/README.md'), 'utf8')).toBe('# v1\n');
  });

  it('refuses unsafe paths at the file-system boundary too', () => {
    expect(() => fs.write('../x', 'x')).toThrow(CompilerBug);
    expect(() => fs.remove('/etc/passwd')).toThrow(CompilerBug);
    expect(() => fs.read('a/../../x')).toThrow(CompilerBug);
    expectSandboxHoldsOnly([]);
  });

  it('works when the root itself is reached through a symlink', () => {
    mkdirSync(join(sandbox, 'real-out'));
    symlinkSync(join(sandbox, 'real-out'), root, 'dir');
    expect(run(fs, V1).plan.errors).toEqual([]);
    expect(readFileSync(join(sandbox, 'real-out', 'docs', 'README.md'), 'utf8')).toBe('# v1\n');
  });

  it('reads a relative sandbox path the same', () => {
    const rel = relative(process.cwd(), root);
    run(createNodeOutputFs(rel), V1);
    expect(readFileSync(at('ir/model.json'), 'utf8')).toBe('{}\n');
  });
});
