/**
 * Issue #4, part 1: every example's and golden fixture's `schema.sql` runs
 * cleanly on PostgreSQL, MariaDB and SQLite; applying the migrations' `up.sql`
 * in order gives the same catalog as `schema.sql`; and applying the `down.sql`
 * files in reverse leaves an empty schema. Catalogs are the databases' own
 * (see helpers.ts), compared as whole objects so a difference shows exactly.
 *
 * When the migrations are a single `up.sql` identical to `schema.sql` (the
 * usual first migration on MariaDB and SQLite), the catalogs are equal by
 * construction and the script is not run twice: MariaDB spends seconds on the
 * DDL of a large schema. test/db/migrations.test.ts runs multi-step histories.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileRepositorySpec, repositorySpecs, sqlOutput, type SqlOutput } from './compile.js';
import { applyScript, backends, DIALECTS, openDb, titled, type Catalog, type Db, type Dialect } from './helpers.js';

// Databases are slower than the unit tests, MariaDB's DDL most (seconds for a large schema).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const SPECS = repositorySpecs();
const available = await backends();
const EMPTY: Catalog = { tables: {}, triggers: {}, enums: {}, functions: {}, other: [] };

const outputs = new Map<string, ReturnType<typeof compileRepositorySpec>['fs']>();
function output(spec: string, dialect: Dialect): SqlOutput {
  let fs = outputs.get(spec);
  if (!fs) {
    fs = compileRepositorySpec(spec).fs;
    outputs.set(spec, fs);
  }
  return sqlOutput(fs, dialect);
}

/** The file without its header comment lines. */
const body = (sql: string): string => sql.replace(/^(--[^\n]*\n)+/, '');

for (const dialect of DIALECTS) {
  describe.skipIf(!available[dialect].ok)(titled(`schema.sql and migrations on ${dialect}`, available[dialect]), () => {
    let db: Db;
    beforeAll(async () => {
      db = await openDb(dialect, 'schema');
    }, 60_000);
    afterAll(async () => {
      await db?.close();
    });

    for (const { name, spec } of SPECS) {
      it(`${name}: schema.sql runs, up.sql in order gives its catalog, down.sql in reverse empties it`, async () => {
        const out = output(spec, dialect);
        await db.reset();
        await applyScript(db, `${name} schema.sql`, out.schema);
        const fromSchema = await db.catalog();
        expect(Object.keys(fromSchema.tables).length > 0 || !/CREATE TABLE/.test(out.schema), 'schema.sql creates tables').toBe(true);

        const same = out.migrations.length === 1 && body(out.migrations[0]!.up) === body(out.schema);
        if (!same) {
          await db.reset();
          for (const m of out.migrations) await applyScript(db, `${name} ${m.folder}/up.sql`, m.up);
          expect(await db.catalog()).toEqual(fromSchema);
        }

        for (const m of [...out.migrations].reverse()) await applyScript(db, `${name} ${m.folder}/down.sql`, m.down);
        expect(await db.catalog()).toEqual(EMPTY);
      }, 60_000);
    }
  });
}
