/**
 * Recovery: a run killed midway (before its manifest) completes cleanly the
 * next time, and case-only renames work on case-sensitive and case-insensitive
 * file systems, including one killed midway. Memory file system.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import { MANIFEST_NAME, readManifest } from '../../src/output/manifest.js';
import { isUpToDate, planOutput } from '../../src/output/plan.js';
import { gen, paths, run } from './harness.js';

const V1 = [gen('docs/README.md', '# v1\n'), gen('docs/entities/User.md', 'user v1\n'), gen('ir/model.json', '{}\n', 'ir')];

function manifestPaths(fs: ReturnType<typeof createMemoryOutputFs>): string[] {
  const read = readManifest(fs);
  return read.ok ? [...read.manifest.files.keys()].sort() : [];
}

describe('a run killed midway', () => {
  /** The fs, killed (throws) at the given write. */
  function killedAt(fs: ReturnType<typeof createMemoryOutputFs>, allowed: number) {
    let n = 0;
    return {
      ...fs,
      write(rel: string, content: string) {
        if (n++ >= allowed) throw new Error('killed');
        fs.write(rel, content);
      },
    };
  }

  const V2 = [gen('docs/README.md', '# v2\n'), gen('docs/a.md', 'a\n'), gen('docs/b.md', 'b\n'), gen('ir/model.json', '{"v":2}\n', 'ir')];

  for (const allowed of [0, 1, 2, 3, 4]) {
    it(`completes cleanly after ${allowed} of the writes`, () => {
      const fs = createMemoryOutputFs();
      run(fs, V1);
      const oldManifest = fs.read(MANIFEST_NAME);
      expect(() => run(killedAt(fs, allowed), V2)).toThrow('killed');
      expect(fs.read(MANIFEST_NAME)).toBe(oldManifest);

      const { plan } = run(fs, V2);
      expect(plan.errors).toEqual([]);
      expect(plan.conflicts).toEqual([]);
      expect(plan.handEdited).toEqual([]);
      expect(plan.unchanged.length).toBe(allowed);

      const reference = createMemoryOutputFs();
      run(reference, V2);
      expect(fs.snapshot()).toEqual(reference.snapshot());
      expect(isUpToDate(planOutput(V2, fs, { force: false }))).toBe(true);
    });
  }

  it('completes a fresh compile killed before its manifest', () => {
    const fs = createMemoryOutputFs();
    expect(() => run(killedAt(fs, 3), V1)).toThrow('killed');
    expect(fs.exists(MANIFEST_NAME)).toBe(false);
    const { plan, applied } = run(fs, V1);
    expect(paths(plan.unchanged)).toHaveLength(3);
    expect(applied?.written).toEqual([]);
    expect(applied?.manifestWritten).toBe(true);
  });
});

describe('case-only renames', () => {
  for (const caseInsensitive of [false, true]) {
    it(`renames Readme.md to README.md (case-insensitive: ${caseInsensitive})`, () => {
      const fs = createMemoryOutputFs({}, { caseInsensitive });
      run(fs, [gen('docs/Readme.md', 'same\n')]);
      const { plan } = run(fs, [gen('docs/README.md', 'same\n')]);
      expect(plan.errors).toEqual([]);
      expect(plan.conflicts).toEqual([]);
      expect(paths(plan.remove)).toEqual(['docs/Readme.md']);
      expect(paths(plan.create)).toEqual(['docs/README.md']);
      expect(fs.snapshot()['docs/README.md']).toBe('same\n');
      expect(Object.keys(fs.snapshot())).toEqual([MANIFEST_NAME, 'docs/README.md']);
      expect(manifestPaths(fs)).toEqual(['docs/README.md']);
    });
  }

  it('completes a case-only rename killed before its manifest', () => {
    const fs = createMemoryOutputFs({}, { caseInsensitive: true });
    run(fs, [gen('docs/Readme.md', 'old\n')]);
    fs.remove('docs/Readme.md');
    fs.write('docs/README.md', 'new\n'); // what the killed run did, without its manifest
    const { plan } = run(fs, [gen('docs/README.md', 'new\n')]);
    expect(plan.handEdited).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(fs.snapshot()).toEqual({ [MANIFEST_NAME]: expect.any(String), 'docs/README.md': 'new\n' });
    expect(manifestPaths(fs)).toEqual(['docs/README.md']);
  });
});
