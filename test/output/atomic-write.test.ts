/**
 * A write that fails between the temp file and the rename (a full disk, a
 * kill) leaves the old file whole and no temp file behind: `node:fs` is mocked
 * so that `renameSync` can be made to fail, and to record that writes go
 * through it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const control = vi.hoisted(() => ({ failRename: false, renames: [] as [string, string][] }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync(from: string, to: string) {
      control.renames.push([from, to]);
      if (control.failRename) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      actual.renameSync(from, to);
    },
  };
});

const { createNodeOutputFs } = await import('../../src/output/fs.js');
const { TEMP_SUFFIX } = await import('../../src/output/paths.js');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pab-atomic-'));
  control.failRename = false;
  control.renames.length = 0;
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('atomic write', () => {
  it('writes a temp file in the same folder, then renames it over the target', () => {
    const fs = createNodeOutputFs(root);
    fs.write('docs/README.md', 'hello\n');
    expect(control.renames).toHaveLength(1);
    const [from, to] = control.renames[0] as [string, string];
    expect(to).toBe(join(root, 'docs', 'README.md'));
    expect(from.startsWith(join(root, 'docs', '.README.md.'))).toBe(true);
    expect(from.endsWith(TEMP_SUFFIX)).toBe(true);
    expect(readdirSync(join(root, 'docs'))).toEqual(['README.md']);
  });

  it('leaves the old file whole and no temp file when the rename fails', () => {
    const fs = createNodeOutputFs(root);
    fs.write('docs/README.md', 'old content\n');
    control.failRename = true;
    expect(() => fs.write('docs/README.md', 'new content that never lands\n')).toThrow('ENOSPC');
    expect(readFileSync(join(root, 'docs', 'README.md'), 'utf8')).toBe('old content\n');
    expect(readdirSync(join(root, 'docs'))).toEqual(['README.md']);
  });

  it('leaves no file at all when the first write of a file fails', () => {
    const fs = createNodeOutputFs(root);
    control.failRename = true;
    expect(() => fs.write('ir/model.json', '{}\n')).toThrow('ENOSPC');
    expect(readdirSync(join(root, 'ir'))).toEqual([]);
  });
});
