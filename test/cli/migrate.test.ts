/**
 * `pab migrate plan` in-process on a real folder: the pending migration of
 * each SQL target and its lint, nothing written; "no pending migration"
 * once compile has written it.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPab } from '../helpers/cli.js';

const SPEC = `backend Shop {
  database sqlite
  targets  sql-sqlite
}

entity Order {
  title string
  note  text?
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pab-migrate-'));
  writeFileSync(join(dir, 'backend.pab'), SPEC);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pab = (...argv: string[]) => runPab(argv, { cwd: dir });
const spec = () => join(dir, 'backend.pab');

describe('pab migrate plan', () => {
  it('prints the first migration, writes nothing, then says there is none after compile', () => {
    const plan = pab('migrate', 'plan', spec());
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('-- sql-sqlite: pending migration 0001_init, 1 change');
    expect(plan.stdout).toContain('CREATE TABLE "orders"');
    expect(readdirSync(dir)).toEqual(['backend.pab']);
    const compiled = pab('compile', spec());
    expect(compiled.code).toBe(0);
    const none = pab('migrate', 'plan', spec());
    expect(none.stdout).toBe('-- sql-sqlite: no pending migration; the schema matches 0001_init.\n');
  });

  it('shows a destructive change with its lint error and exits 1', () => {
    pab('compile', spec());
    writeFileSync(spec(), readFileSync(spec(), 'utf8').replace('  note  text?\n', ''));
    const r = pab('migrate', 'plan', spec(), '--reporter', 'plain');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ALTER TABLE "orders" DROP COLUMN "note";');
    expect(r.stderr).toMatch(/error migration-drop-column: The migration drops the column `orders.note`/);
    expect(r.stderr).toContain('allow dropColumn(orders.note)');
  });

  it('refuses a spec without a SQL database or target', () => {
    writeFileSync(spec(), 'backend Shop {\n  database mongodb\n}\n');
    const r = pab('migrate', 'plan', spec(), '--reporter', 'plain');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-target');
  });
});
