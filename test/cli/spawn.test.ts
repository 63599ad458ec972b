/**
 * The installed command: `node bin/pab.js` runs the compiled CLI from dist/.
 * Builds dist/ once (`tsc -p src`, a few seconds) before spawning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDist, spawnPab } from '../helpers/cli.js';

describe('bin/pab.js', () => {
  beforeAll(() => {
    buildDist();
  }, 120_000);

  it('validates the readme example from the built bin and exits 0', () => {
    const r = spawnPab(['validate', 'examples/shop/backend.pab']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('examples/shop/backend.pab: valid (0 errors, 0 warnings)\n');
    expect(r.code).toBe(0);
  });

  it('exits 1 with json diagnostics for a missing spec', () => {
    const r = spawnPab(['validate', 'examples/nope.pab', '--reporter', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ code: 'file-not-found' }]);
  });

  it('exits 2 with the usage text when run without arguments', () => {
    const r = spawnPab([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: pab <command> [options]');
  });
});
