/**
 * The SQL targets in memory: the relational schema per dialect, schema.sql,
 * and the migration history across spec versions (new migration only when
 * the schema changed, renames, enum changes, the safety lint and the spec's
 * allowances, immutability), plus `planMigrations` (`pab migrate plan`).
 * The same DDL on real databases is tested under test/db/.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { planCompile } from '../../src/compile.js';
import { planMigrations } from '../../src/migrate-plan.js';
import { applyPlan } from '../../src/output/apply.js';
import { createMemoryOutputFs, type MemoryOutputFs } from '../../src/output/fs.js';
import { fitName } from '../../src/emit/sql/names.js';
import { buildSchema } from '../../src/emit/sql/schema.js';
import { schemaStatements } from '../../src/emit/sql/render.js';
import { modelOf } from './helpers.js';

const V1 = `backend Shop {
  database postgres
}

enum Status {
  OPEN
  CLOSED
}

/// Someone who buys. It's "quoted" */ here.
entity Customer {
  email email @unique
  name  string @maxLength(100)
  softDelete
}

entity Order {
  customer Customer @relation(onDelete: cascade)
  status   Status @default(OPEN)
  title    string
  total    decimal(10, 2) @check(total >= 0)
  timestamps
  index (status) @where(status = OPEN)
}
`;

const TARGETS = ['sql-postgres', 'sql-mysql', 'sql-sqlite'];

/** Compiles `spec` into `out` (memory) with the SQL targets; returns the diagnostics and whether it wrote. */
function compile(spec: string, out: MemoryOutputFs) {
  const host = createMemoryHost({ 'backend.pab': spec });
  const result = planCompile(host, { spec: 'backend.pab', out: 'out', targets: TARGETS, force: false }, () => out, () => false);
  if (result.plan && !result.diagnostics.some((d) => d.severity === 'error')) applyPlan(result.plan, out);
  return { result, codes: result.diagnostics.map((d) => d.code) };
}

const files = (out: MemoryOutputFs, prefix: string): string[] => Object.keys(out.snapshot()).filter((p) => p.startsWith(prefix)).sort();

describe('relational schema', () => {
  it('uses partial unique indexes for soft-deleted tables where the dialect can, and warns on MySQL', () => {
    const model = modelOf(V1);
    const pg = buildSchema(model, 'postgres').schema.tables.find((t) => t.name === 'customers')!;
    expect(pg.uniques).toEqual([]);
    expect(pg.indexes).toContainEqual(expect.objectContaining({ name: 'customers_email_key', unique: true, where: expect.anything() }));
    const warned: string[] = [];
    const my = buildSchema(model, 'mysql', (u) => warned.push(u.kind)).schema.tables.find((t) => t.name === 'customers')!;
    expect(my.uniques).toEqual([{ name: 'customers_email_key', columns: ['email'] }]);
    expect(warned).toEqual(['soft-delete-unique', 'partial-index']);
  });

  it('keeps enums native on Postgres and checked on SQLite', () => {
    const model = modelOf(V1);
    expect(buildSchema(model, 'postgres').schema.enums).toEqual([{ name: 'status', values: ['OPEN', 'CLOSED'] }]);
    const orders = buildSchema(model, 'sqlite').schema.tables.find((t) => t.name === 'orders')!;
    expect(orders.checks.map((c) => c.name)).toContain('orders_status_check');
  });

  it('shortens names over the limit deterministically, keeping them apart', () => {
    const long = `${'x'.repeat(70)}_a`;
    const other = `${'x'.repeat(70)}_b`;
    expect(fitName(long, 63)).toHaveLength(63);
    expect(fitName(long, 63)).toBe(fitName(long, 63));
    expect(fitName(long, 63)).not.toBe(fitName(other, 63));
    expect(fitName('short', 63)).toBe('short');
  });

  it('writes a schema.sql that SQLite runs and that enforces the spec', () => {
    const { schema } = buildSchema(modelOf(V1), 'sqlite');
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec(schemaStatements(schema).join('\n'));
    db.prepare("INSERT INTO customers (id, email, name) VALUES ('c1', 'a@x.io', 'A')").run();
    db.prepare("INSERT INTO orders (id, customer_id, title, total) VALUES ('o1', 'c1', 'T', 5)").run();
    expect(() => db.prepare("INSERT INTO orders (id, customer_id, title, total) VALUES ('o2', 'c1', 'T', -1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO orders (id, customer_id, title, total, status) VALUES ('o3', 'c1', 'T', 1, 'NOPE')").run()).toThrow(/CHECK/);
    // A soft-deleted customer's email can be taken again.
    db.prepare("UPDATE customers SET deleted_at = '2026-01-01' WHERE id = 'c1'").run();
    db.prepare("INSERT INTO customers (id, email, name) VALUES ('c2', 'a@x.io', 'B')").run();
    // updatedAt follows updates.
    db.prepare("UPDATE orders SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = 'o1'").run();
    db.prepare("UPDATE orders SET title = 'U' WHERE id = 'o1'").run();
    expect((db.prepare("SELECT updated_at FROM orders WHERE id = 'o1'").get() as { updated_at: string }).updated_at).not.toBe('2000-01-01T00:00:00.000Z');
    db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM orders').get()).toEqual({ n: 0 });
  });
});

describe('migration history', () => {
  it('writes 0001_init once, then nothing while the schema is unchanged', () => {
    const out = createMemoryOutputFs();
    expect(compile(V1, out).codes).toEqual(expect.not.arrayContaining([expect.stringMatching(/^migration-/)]));
    expect(files(out, 'sql-postgres/migrations/')).toEqual([
      'sql-postgres/migrations/0001_init/down.sql',
      'sql-postgres/migrations/0001_init/snapshot.json',
      'sql-postgres/migrations/0001_init/up.sql',
    ]);
    const before = out.log.length;
    compile(V1.replace('/// Someone', '/// Somebody'), out); // a doc change: schema.sql changes, no migration on SQLite
    compile(V1, out);
    expect(files(out, 'sql-sqlite/migrations/')).toHaveLength(3);
    const writes = out.log.slice(before).filter((l) => l.includes('/migrations/'));
    expect(writes.filter((l) => l.includes('sql-sqlite'))).toEqual([]);
  });

  it('adds one migration per change, renames declared columns, and keeps earlier migrations', () => {
    const out = createMemoryOutputFs();
    compile(V1, out);
    const init = out.snapshot()['sql-postgres/migrations/0001_init/up.sql'];
    const v2 = V1.replace('  title    string\n', '  heading  string @renamedFrom(title)\n  note     text?\n');
    const r = compile(v2, out);
    expect(r.codes).toContain('migration-rename-column');
    const snap = out.snapshot();
    expect(snap['sql-postgres/migrations/0001_init/up.sql']).toBe(init);
    const up = snap['sql-postgres/migrations/0002_rename_orders_title_and_more/up.sql'];
    expect(up).toContain('ALTER TABLE "orders" RENAME COLUMN "title" TO "heading";');
    expect(up).toContain('ALTER TABLE "orders" ADD COLUMN "note" text;');
    expect(snap['sql-postgres/migrations/0002_rename_orders_title_and_more/down.sql']).toContain('RENAME COLUMN "heading" TO "title"');
    expect(snap['sql-mysql/migrations/0002_rename_orders_title_and_more/up.sql']).toContain('RENAME COLUMN `title` TO `heading`');
  });

  it('refuses a destructive change until the spec allows it, then warns about the stale allowance', () => {
    const out = createMemoryOutputFs();
    compile(V1, out);
    const dropped = V1.replace('  title    string\n', '');
    const refused = compile(dropped, out);
    expect(refused.codes).toContain('migration-drop-column');
    const error = refused.result.diagnostics.find((d) => d.code === 'migration-drop-column')!;
    expect(error.severity).toBe('error');
    expect(error.hint).toContain('allow dropColumn(orders.title)');
    expect(files(out, 'sql-postgres/migrations/')).toHaveLength(3);

    const allowed = `${dropped}\nmigrations {\n  allow dropColumn(orders.title)\n}\n`;
    expect(compile(allowed, out).codes).not.toContain('migration-drop-column');
    expect(out.snapshot()['sql-postgres/migrations/0002_drop_orders_title/up.sql']).toContain('DROP COLUMN "title"');
    const again = compile(allowed, out);
    expect(again.codes).toContain('migration-allow-unused');
  });

  it('adds enum values in place and treats removing one as destructive', () => {
    const out = createMemoryOutputFs();
    compile(V1, out);
    compile(V1.replace('  CLOSED\n', '  CLOSED\n  ARCHIVED\n'), out);
    expect(out.snapshot()['sql-postgres/migrations/0002_enum_status/up.sql']).toContain(`ALTER TYPE "status" ADD VALUE 'ARCHIVED' AFTER 'CLOSED';`);
    const removed = compile(V1.replace('  CLOSED\n', ''), out);
    expect(removed.codes).toContain('migration-drop-enum-value');
  });

  it('reports a hand-edited migration and never rewrites it', () => {
    const out = createMemoryOutputFs();
    compile(V1, out);
    const path = 'sql-sqlite/migrations/0001_init/up.sql';
    out.write(path, `${out.read(path)}-- my edit\n`);
    const r = compile(V1, out);
    expect(r.result.plan?.immutableEdited.map((f) => f.path)).toContain('sql-sqlite/migrations/0001_init/up.sql');
    expect(out.read(path)).toContain('-- my edit');
  });

  it('plans the pending migration without writing (pab migrate plan)', () => {
    const out = createMemoryOutputFs();
    compile(V1, out);
    const host = createMemoryHost({ 'backend.pab': V1.replace('  title    string\n', '') });
    const plan = planMigrations(host, { spec: 'backend.pab', out: 'out', targets: ['sql-postgres'], force: false }, () => out);
    expect(plan.plans.map((p) => [p.target, p.written, p.pending?.folder])).toEqual([['sql-postgres', ['0001_init'], '0002_drop_orders_title']]);
    expect(plan.plans[0]!.pending!.up).toContain('DROP COLUMN "title"');
    expect(plan.diagnostics.map((d) => d.code)).toContain('migration-drop-column');
    expect(files(out, 'sql-postgres/migrations/')).toHaveLength(3);
    const none = planMigrations(createMemoryHost({ 'backend.pab': V1 }), { spec: 'backend.pab', out: 'out', force: false }, () => out);
    expect(none.plans).toEqual([{ target: 'sql-postgres', written: ['0001_init'] }]);
  });
});
