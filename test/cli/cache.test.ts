/**
 * The compile cache seen from the installed command: an unchanged recompile
 * is answered without loading the compiler and touches nothing, and every
 * change the full compile would notice (spec edit, hand edit, deleted output,
 * --force) still reaches the full compile.
 */
import { existsSync, readdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, appendFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDist, REPO_ROOT, spawnPab } from '../helpers/cli.js';

let dir: string;
let cacheDir: string;
const pab = (...argv: string[]) => spawnPab(argv, { cwd: dir, env: { PAB_CACHE_DIR: cacheDir } });

beforeAll(() => buildDist(), 120_000);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pab-cli-cache-'));
  cacheDir = join(dir, '.cache');
  cpSync(join(REPO_ROOT, 'examples/shop/backend.pab'), join(dir, 'backend.pab'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HIT = /up to date, nothing written, \d+ unchanged \(\d+ ms\)\n$/;

describe('pab compile with the compile cache', { timeout: 60_000 }, () => {
  it('answers an unchanged recompile from the cache and touches no file', () => {
    const first = pab('compile', '--out', 'out');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/written/);
    const readme = join(dir, 'out/docs/README.md');
    const before = statSync(readme).mtimeMs;
    const second = pab('compile', '--out', 'out');
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(HIT);
    expect(statSync(readme).mtimeMs).toBe(before);
    const check = pab('check', '--out', 'out');
    expect(check).toMatchObject({ code: 0 });
    expect(check.stderr).toMatch(/^out is up to date \(\d+ files\)\.\n$/);
  });

  it('prints what the full compile prints for an unchanged output', () => {
    pab('compile', '--out', 'out');
    const cached = pab('compile', '--out', 'out');
    const full = spawnPab(['compile', '--out', 'out'], { cwd: dir, env: { PAB_NO_CACHE: '1' } });
    const strip = (s: string) => s.replace(/\(\d+ ms\)/, '(N ms)');
    expect(strip(cached.stderr)).toBe(strip(full.stderr));
  });

  it('still refuses to overwrite a hand-edited generated file', () => {
    pab('compile', '--out', 'out');
    appendFileSync(join(dir, 'out/docs/README.md'), 'my note\n');
    const r = pab('compile', '--out', 'out');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('docs/README.md');
    expect(readFileSync(join(dir, 'out/docs/README.md'), 'utf8')).toContain('my note');
  });

  it('still fails check for a deleted generated file, and compile restores it', () => {
    pab('compile', '--out', 'out');
    unlinkSync(join(dir, 'out/ir/ir.json'));
    expect(pab('check', '--out', 'out').code).toBe(1);
    expect(pab('compile', '--out', 'out').stderr).toMatch(/1 written/);
    expect(pab('compile', '--out', 'out').stderr).toMatch(HIT);
  });

  it('recompiles after a spec edit', () => {
    pab('compile', '--out', 'out');
    writeFileSync(join(dir, 'backend.pab'), readFileSync(join(dir, 'backend.pab'), 'utf8').replace('backend Shop', 'backend Store'));
    const r = pab('compile', '--out', 'out');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(HIT);
    expect(readFileSync(join(dir, 'out/docs/README.md'), 'utf8')).toContain('Store');
  });

  it('keeps nothing with PAB_NO_CACHE, and a cache entry otherwise', () => {
    const r = spawnPab(['compile', '--out', 'out'], { cwd: dir, env: { PAB_CACHE_DIR: cacheDir, PAB_NO_CACHE: '1' } });
    expect(r.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
    pab('compile', '--out', 'out');
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });
});
