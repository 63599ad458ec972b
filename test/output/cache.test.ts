/**
 * The compile cache (src/output/cache.ts) on a real folder: an entry holds
 * while inputs, template folders, output files and pab itself are as they
 * were; any change is a miss. And `cacheRequestOf`, the fast path's reading
 * of a command line.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync, unlinkSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropCacheEntry, findValidEntry, saveCacheEntry, toolFingerprint, type CompileFacts } from '../../src/output/cache.js';
import { cacheRequestOf } from '../../src/cli/cached.js';

let root: string;
let cache: string;
const TOOL = 'tool-1';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pab-cache-'));
  cache = join(root, '.cache');
  writeFileSync(join(root, 'backend.pab'), 'backend Shop {}\n');
  mkdirSync(join(root, 'out/docs'), { recursive: true });
  writeFileSync(join(root, 'out/docs/README.md'), '# Shop\n');
  writeFileSync(join(root, 'out/.pab-manifest.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const req = () => ({ cwd: root, spec: 'backend.pab', out: 'out' });
function facts(extra: Partial<CompileFacts> = {}): CompileFacts {
  return {
    inputs: new Map([['backend.pab', readFileSync(join(root, 'backend.pab'))]]),
    templateDirs: [],
    outDir: 'out',
    outputPaths: ['docs/README.md', '.pab-manifest.json'],
    targets: ['docs'],
    fileCount: 1,
    overriddenTemplates: [],
    ...extra,
  };
}

describe('compile cache', () => {
  it('finds the entry while nothing changed, with what the summary needs', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    const entry = findValidEntry(req(), cache, TOOL);
    expect(entry).toMatchObject({ outDir: 'out', targets: ['docs'], fileCount: 1 });
    expect(findValidEntry(req(), cache, TOOL)).toBeDefined();
  });

  it('misses after a spec edit, even one that keeps the size', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    writeFileSync(join(root, 'backend.pab'), 'backend Shoq {}\n');
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('misses when an output file is edited in place right after the save (same size)', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    writeFileSync(join(root, 'out/docs/README.md'), '# Shoq\n');
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('misses when an output file or the manifest is deleted', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    unlinkSync(join(root, 'out/.pab-manifest.json'));
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('misses when a template override is added to a template folder', () => {
    mkdirSync(join(root, 'tpl/docs'), { recursive: true });
    saveCacheEntry(req(), facts({ templateDirs: ['tpl'] }), cache, TOOL);
    expect(findValidEntry(req(), cache, TOOL)).toBeDefined();
    writeFileSync(join(root, 'tpl/docs/readme.md.njk'), 'x');
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('misses when an override file changes', () => {
    mkdirSync(join(root, 'tpl/docs'), { recursive: true });
    writeFileSync(join(root, 'tpl/docs/readme.md.njk'), 'one');
    saveCacheEntry(req(), facts({ templateDirs: ['tpl'] }), cache, TOOL);
    writeFileSync(join(root, 'tpl/docs/readme.md.njk'), 'two');
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('misses for another pab build, another request, and after the entry is dropped', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    expect(findValidEntry(req(), cache, 'tool-2')).toBeUndefined();
    expect(findValidEntry({ ...req(), out: 'elsewhere' }, cache, TOOL)).toBeUndefined();
    expect(findValidEntry({ ...req(), targets: ['ir'] }, cache, TOOL)).toBeUndefined();
    dropCacheEntry(req(), cache);
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
  });

  it('treats a corrupt or unreadable entry as a miss', () => {
    saveCacheEntry(req(), facts(), cache, TOOL);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), '{not json');
    expect(findValidEntry(req(), cache, TOOL)).toBeUndefined();
    expect(findValidEntry(req(), join(root, 'missing'), TOOL)).toBeUndefined();
  });

  it('never throws when the cache folder cannot be written', () => {
    writeFileSync(join(root, 'file'), '');
    expect(() => saveCacheEntry(req(), facts(), join(root, 'file', 'sub'), TOOL)).not.toThrow();
  });

  it('fingerprints pab by its build: a changed file changes the fingerprint', () => {
    mkdirSync(join(root, 'pab/dist'), { recursive: true });
    writeFileSync(join(root, 'pab/dist/a.js'), '1');
    writeFileSync(join(root, 'pab/package.json'), '{}');
    const before = toolFingerprint(join(root, 'pab'));
    expect(toolFingerprint(join(root, 'pab'))).toBe(before);
    writeFileSync(join(root, 'pab/dist/a.js'), '12');
    expect(toolFingerprint(join(root, 'pab'))).not.toBe(before);
  });
});

describe('cacheRequestOf', () => {
  it('reads compile and check command lines like the full CLI', () => {
    expect(cacheRequestOf(['compile', 'a.pab', '--out', 'o', '--target', 'ir, docs'], '/w')).toEqual({
      req: { cwd: '/w', spec: 'a.pab', out: 'o', targets: ['ir', 'docs'] },
      check: false,
    });
    expect(cacheRequestOf(['compile', '--out=o', 'a.pab', '--check'], '/w')?.check).toBe(true);
    expect(cacheRequestOf(['check', 'a.pab', '--templates', 't', '--reporter', 'pretty'], '/w')).toEqual({
      req: { cwd: '/w', spec: 'a.pab', templates: 't' },
      check: true,
    });
  });

  it('leaves everything else to the full CLI', () => {
    for (const argv of [
      ['validate', 'a.pab'],
      ['compile', 'a.pab', '--force'],
      ['compile', 'a.pab', '--reporter', 'json'],
      ['compile', 'a.pab', '--bogus'],
      ['compile', 'a.pab', 'b.pab'],
      ['check', 'a.pab', '--check'],
      ['compile', '--out'],
      ['diff', 'a.pab'],
    ]) {
      expect(cacheRequestOf(argv, '/w'), argv.join(' ')).toBeUndefined();
    }
  });

  it('uses backend.pab of the working folder when no spec is named', () => {
    expect(cacheRequestOf(['compile'], root)?.req.spec).toBe('backend.pab');
    expect(cacheRequestOf(['compile'], join(root, 'out'))).toBeUndefined();
  });
});
