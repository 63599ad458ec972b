/**
 * Planning and applying on the memory file system: idempotence, removals,
 * hand edits, restores, scaffold and immutable files, files pab did not
 * generate, hostile paths, case-only renames and partial-target runs.
 */
import { describe, expect, it } from 'vitest';
import { CompilerBug } from '../../src/core/assert.js';
import { applyPlan } from '../../src/output/apply.js';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import { MANIFEST_NAME, readManifest, serializeManifest } from '../../src/output/manifest.js';
import { hasBlockers, isUpToDate, planOutput, planSummary } from '../../src/output/plan.js';
import { gen, immutable, paths, run, scaffold } from './harness.js';

const V1 = [gen('docs/README.md', '# v1\n'), gen('docs/entities/User.md', 'user v1\n'), gen('ir/model.json', '{}\n', 'ir')];

function manifestPaths(fs: ReturnType<typeof createMemoryOutputFs>): string[] {
  const read = readManifest(fs);
  return read.ok ? [...read.manifest.files.keys()].sort() : [];
}

describe('planOutput and applyPlan', () => {
  it('creates every file and the manifest on a fresh folder', () => {
    const fs = createMemoryOutputFs();
    const { plan, applied } = run(fs, V1);
    expect(paths(plan.create)).toEqual(['docs/README.md', 'docs/entities/User.md', 'ir/model.json']);
    expect(applied?.written).toEqual(['docs/README.md', 'docs/entities/User.md', 'ir/model.json']);
    expect(applied?.manifestWritten).toBe(true);
    expect(fs.log.at(-1)).toBe(`write ${MANIFEST_NAME}`);
    expect(manifestPaths(fs)).toEqual(['docs/README.md', 'docs/entities/User.md', 'ir/model.json']);
    expect(planSummary(plan).text).toBe('3 files written (3 new), 0 unchanged');
  });

  it('writes nothing the second time', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    const before = fs.log.length;
    const { plan, applied } = run(fs, V1);
    expect(fs.log.length).toBe(before);
    expect(applied).toEqual({ written: [], removed: [], manifestWritten: false });
    expect(isUpToDate(plan)).toBe(true);
    expect(planSummary(plan).text).toBe('nothing to write, 3 files unchanged');
  });

  it('writes only the files whose content changed', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    const { applied } = run(fs, [gen('docs/README.md', '# v2\n'), ...V1.slice(1)]);
    expect(applied?.written).toEqual(['docs/README.md']);
    expect(fs.read('docs/README.md')).toBe('# v2\n');
  });

  it('does not depend on the order of the planned files', () => {
    const a = createMemoryOutputFs();
    const b = createMemoryOutputFs();
    run(a, V1);
    run(b, [...V1].reverse());
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.read(MANIFEST_NAME)).toBe(a.read(MANIFEST_NAME));
  });

  it('removes a file the spec no longer produces, from disk and manifest', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    const { plan, applied } = run(fs, [V1[0], V1[2]]);
    expect(paths(plan.remove)).toEqual(['docs/entities/User.md']);
    expect(applied?.removed).toEqual(['docs/entities/User.md']);
    expect(fs.exists('docs/entities/User.md')).toBe(false);
    expect(manifestPaths(fs)).toEqual(['docs/README.md', 'ir/model.json']);
  });

  it('just forgets a removed file the user already deleted', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.remove('docs/entities/User.md');
    const { plan } = run(fs, [V1[0], V1[2]]);
    expect(plan.remove).toEqual([]);
    expect(manifestPaths(fs)).toEqual(['docs/README.md', 'ir/model.json']);
  });

  it('blocks on a hand-edited generated file, which survives; force regenerates it', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.write('docs/README.md', '# my edit\n');
    const V2 = [gen('docs/README.md', '# v2\n'), gen('docs/entities/User.md', 'user v2\n'), V1[2]];
    const blocked = run(fs, V2);
    expect(blocked.applied).toBeUndefined();
    expect(blocked.plan.handEdited).toEqual([{ path: 'docs/README.md', target: 'docs', action: 'update', planned: V2[0] }]);
    expect(hasBlockers(blocked.plan, false)).toBe(true);
    expect(fs.read('docs/README.md')).toBe('# my edit\n');
    expect(fs.read('docs/entities/User.md')).toBe('user v1\n'); // nothing written at all

    const forced = run(fs, V2, true);
    expect(forced.plan.handEdited).toHaveLength(1);
    expect(paths(forced.plan.update)).toEqual(['docs/README.md', 'docs/entities/User.md']);
    expect(fs.read('docs/README.md')).toBe('# v2\n');
    expect(isUpToDate(planOutput(V2, fs, { force: false }))).toBe(true);
  });

  it('treats an edit back to the planned content as unchanged', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.write('docs/README.md', '# v2\n');
    const { plan } = run(fs, [gen('docs/README.md', '# v2\n'), ...V1.slice(1)]);
    expect(plan.handEdited).toEqual([]);
    expect(paths(plan.unchanged)).toContain('docs/README.md');
    expect(plan.manifestChanged).toBe(true);
  });

  it('blocks removing a hand-edited generated file unless forced', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.write('docs/entities/User.md', 'mine\n');
    const blocked = run(fs, [V1[0], V1[2]]);
    expect(blocked.plan.handEdited).toEqual([{ path: 'docs/entities/User.md', target: 'docs', action: 'remove' }]);
    expect(fs.read('docs/entities/User.md')).toBe('mine\n');
    run(fs, [V1[0], V1[2]], true);
    expect(fs.exists('docs/entities/User.md')).toBe(false);
  });

  it('restores a deleted generated file, and is not up to date until then', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.remove('ir/model.json');
    const plan = planOutput(V1, fs, { force: false });
    expect(paths(plan.restore)).toEqual(['ir/model.json']);
    expect(isUpToDate(plan)).toBe(false);
    expect(hasBlockers(plan)).toBe(false);
    applyPlan(plan, fs);
    expect(fs.read('ir/model.json')).toBe('{}\n');
    expect(isUpToDate(planOutput(V1, fs, { force: false }))).toBe(true);
  });
});

describe('scaffold files', () => {
  const S = scaffold('src/handlers.ts', 'export {};\n', 'ts');

  it('creates a scaffold file once and never touches it again, even with force', () => {
    const fs = createMemoryOutputFs();
    run(fs, [S]);
    expect(fs.read('src/handlers.ts')).toBe('export {};\n');
    fs.write('src/handlers.ts', 'my code\n');
    const changed = scaffold('src/handlers.ts', 'export const x = 1;\n', 'ts');
    for (const force of [false, true]) {
      const { plan, applied } = run(fs, [changed], force);
      expect(paths(plan.keepScaffold)).toEqual(['src/handlers.ts']);
      expect(applied?.written).toEqual([]);
      expect(fs.read('src/handlers.ts')).toBe('my code\n');
    }
  });

  it('leaves a user file at a scaffold path alone and out of the manifest', () => {
    const fs = createMemoryOutputFs({ 'src/handlers.ts': 'already mine\n' });
    const { plan } = run(fs, [S]);
    expect(paths(plan.keepScaffold)).toEqual(['src/handlers.ts']);
    expect(plan.conflicts).toEqual([]);
    expect(fs.read('src/handlers.ts')).toBe('already mine\n');
    expect(manifestPaths(fs)).toEqual([]);
  });

  it('keeps a scaffold file the spec no longer produces, and forgets it', () => {
    const fs = createMemoryOutputFs();
    run(fs, [S, V1[0]]);
    const { plan } = run(fs, [V1[0]]);
    expect(plan.remove).toEqual([]);
    expect(fs.read('src/handlers.ts')).toBe('export {};\n');
    expect(manifestPaths(fs)).toEqual(['docs/README.md']);
  });

  it('creates a scaffold file again when it is absent', () => {
    const fs = createMemoryOutputFs();
    run(fs, [S]);
    fs.remove('src/handlers.ts');
    expect(paths(run(fs, [S]).plan.create)).toEqual(['src/handlers.ts']);
  });
});

describe('files pab did not generate', () => {
  it('leaves a stray file in the output folder alone', () => {
    const fs = createMemoryOutputFs({ 'docs/NOTES.md': 'mine\n' });
    run(fs, V1);
    run(fs, [V1[0]]);
    expect(fs.read('docs/NOTES.md')).toBe('mine\n');
    expect(fs.log.filter((l) => l.includes('NOTES'))).toEqual([]);
  });

  it('reports a conflict on create and never overwrites, even with force', () => {
    for (const force of [false, true]) {
      const fs = createMemoryOutputFs({ 'docs/README.md': 'mine\n' });
      const { plan, applied } = run(fs, V1, force);
      expect(plan.conflicts).toEqual([
        { path: 'docs/README.md', target: 'docs', message: 'a file pab did not generate is in the way of `docs/README.md`' },
      ]);
      expect(hasBlockers(plan, force)).toBe(true);
      expect(applied).toBeUndefined();
      expect(fs.log).toEqual([]);
    }
  });

  it('reports a folder in the way as a conflict', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md/x': 'mine\n' });
    expect(run(fs, V1).plan.conflicts[0]?.message).toContain('a folder or special file');
  });

  it('adopts a file whose content is already the planned content', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md': '# v1\n' });
    const { plan } = run(fs, V1);
    expect(paths(plan.unchanged)).toEqual(['docs/README.md']);
    expect(manifestPaths(fs)).toContain('docs/README.md');
  });
});

describe('immutable files', () => {
  const M1 = immutable('sql/migrations/0001_init.sql', 'create table a;\n');

  it('never rewrites an immutable file when the target produces other content', () => {
    const fs = createMemoryOutputFs();
    run(fs, [M1]);
    const { plan, applied } = run(fs, [immutable(M1.path, 'create table b;\n')]);
    expect(paths(plan.unchanged)).toEqual([M1.path]);
    expect(applied?.written).toEqual([]);
    expect(fs.read(M1.path)).toBe('create table a;\n');
  });

  it('reports a hand edit and never rewrites it, even with force; it does not block', () => {
    const fs = createMemoryOutputFs();
    run(fs, [M1]);
    fs.write(M1.path, 'edited;\n');
    for (const force of [false, true]) {
      const { plan, applied } = run(fs, [M1], force);
      expect(paths(plan.immutableEdited)).toEqual([M1.path]);
      expect(hasBlockers(plan, force)).toBe(false);
      expect(applied?.written).toEqual([]);
      expect(fs.read(M1.path)).toBe('edited;\n');
    }
  });

  it('never removes an immutable file the target no longer produces', () => {
    const fs = createMemoryOutputFs();
    run(fs, [M1]);
    for (const force of [false, true]) {
      const { plan } = run(fs, [], force);
      expect(plan.remove).toEqual([]);
      expect(fs.read(M1.path)).toBe('create table a;\n');
      expect(manifestPaths(fs)).toEqual([M1.path]);
    }
    fs.write(M1.path, 'edited;\n');
    expect(paths(run(fs, [], true).plan.immutableEdited)).toEqual([M1.path]);
    expect(fs.read(M1.path)).toBe('edited;\n');
  });

  it('records immutability in the manifest', () => {
    const fs = createMemoryOutputFs();
    run(fs, [M1]);
    const read = readManifest(fs);
    expect(read.ok && read.manifest.files.get(M1.path)?.immutable).toBe(true);
  });
});

describe('hostile paths', () => {
  it.each(['../../etc/passwd', '/abs', 'a/../b', 'C:\\x', 'docs/\0x', MANIFEST_NAME])('rejects %j and writes nothing', (path) => {
    const fs = createMemoryOutputFs();
    const { plan, applied } = run(fs, [gen(path, 'pwned\n'), gen('docs/ok.md', 'ok\n')], true);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]?.path).toBe(path);
    expect(applied).toBeUndefined();
    expect(fs.log).toEqual([]);
  });

  it('rejects names differing only in case and writes nothing', () => {
    const fs = createMemoryOutputFs();
    const { plan, applied } = run(fs, [gen('docs/User.md', 'a\n'), gen('docs/user.md', 'b\n')]);
    expect(plan.errors.map((e) => e.message)).toEqual([
      'the output paths `docs/User.md` and `docs/user.md` differ only in case, so they are one file on macOS and Windows',
    ]);
    expect(applied).toBeUndefined();
  });

  it('rejects one path produced twice and writes nothing', () => {
    const fs = createMemoryOutputFs();
    const { plan, applied } = run(fs, [gen('shared.md', 'a\n', 'docs'), gen('shared.md', 'b\n', 'ir')]);
    expect(plan.errors.map((e) => e.message)).toEqual(['the output path `shared.md` is produced twice']);
    expect(applied).toBeUndefined();
  });

  it('rejects a new path colliding in case with a kept manifest entry', () => {
    const fs = createMemoryOutputFs();
    run(fs, [gen('docs/user.md', 'a\n')]);
    fs.write('docs/user.md', 'edited\n'); // kept (hand-edited), so both would be listed
    const { plan } = run(fs, [gen('docs/User.md', 'b\n')]);
    expect(plan.errors.some((e) => e.message.includes('differ only in case'))).toBe(true);
  });

  it('blocks on a corrupt manifest and writes nothing, even with force', () => {
    const fs = createMemoryOutputFs({ [MANIFEST_NAME]: '{ nope' });
    const { plan, applied } = run(fs, V1, true);
    expect(plan.errors[0]?.path).toBe(MANIFEST_NAME);
    expect(plan.errors[0]?.message).toContain('not valid JSON');
    expect(applied).toBeUndefined();
  });

  it('never removes outside the root through a hostile manifest', () => {
    const text = serializeManifest({ version: 1, files: new Map() }).replace(
      '"files": {}',
      `"files": { "../victim": { "kind": "generated", "sha256": "${'0'.repeat(64)}", "target": "docs" } }`,
    );
    const fs = createMemoryOutputFs({ [MANIFEST_NAME]: text });
    const { plan, applied } = run(fs, [], true);
    expect(plan.remove).toEqual([]);
    expect(plan.errors[0]?.message).toContain('`..`');
    expect(applied).toBeUndefined();
  });
});

describe('applyPlan', () => {
  it('throws an internal error on a blocked plan', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md': 'mine\n' });
    const plan = planOutput(V1, fs, { force: true });
    expect(() => applyPlan(plan, fs)).toThrow(CompilerBug);
    expect(() => applyPlan(plan, fs)).toThrow(/hasBlockers/);
    expect(fs.log).toEqual([]);
  });

  it('keeps a plan made without force blocked even if force is passed later', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    fs.write('docs/README.md', 'mine\n');
    const plan = planOutput(V1, fs, { force: false });
    expect(hasBlockers(plan, true)).toBe(true);
  });

  it('removes before writing and writes the manifest last', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    const start = fs.log.length;
    run(fs, [gen('docs/README.md', '# v2\n'), gen('docs/new.md', 'n\n'), V1[2]]);
    expect(fs.log.slice(start)).toEqual([
      'remove docs/entities/User.md',
      'write docs/README.md',
      'write docs/new.md',
      `write ${MANIFEST_NAME}`,
    ]);
  });
});

describe('partial runs', () => {
  it('keeps the manifest entries of targets not compiled in this run', () => {
    const fs = createMemoryOutputFs();
    run(fs, V1);
    const plan = planOutput([V1[0], V1[1]], fs, { force: false, targets: ['docs'] });
    expect(plan.remove).toEqual([]);
    applyPlan(plan, fs);
    expect(manifestPaths(fs)).toEqual(['docs/README.md', 'docs/entities/User.md', 'ir/model.json']);
    expect(fs.read('ir/model.json')).toBe('{}\n');
  });
});

describe('planSummary', () => {
  it('counts stale paths, zero exactly when up to date', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md': '# v1\n' });
    const adopt = planOutput(V1, fs, { force: false });
    expect(planSummary(adopt).stale).toBe(2); // two new files (the adopted one is unchanged)
    run(fs, V1);
    expect(planSummary(planOutput(V1, fs, { force: false })).stale).toBe(0);
    fs.write('docs/README.md', 'mine\n');
    expect(planSummary(planOutput(V1, fs, { force: false })).stale).toBe(1);
    expect(planSummary(planOutput(V1, fs, { force: true })).stale).toBe(1);
    const onlyManifest = createMemoryOutputFs({ 'docs/README.md': '# v1\n' });
    const plan = planOutput([V1[0]], onlyManifest, { force: false });
    expect([planSummary(plan).stale, isUpToDate(plan)]).toEqual([1, false]);
  });
});
