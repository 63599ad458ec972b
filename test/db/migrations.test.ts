/**
 * Issue #4, part 3: a history of spec versions, compiled one after the other
 * with the previous output as history (as `pab compile` does on disk), applied
 * step by step to a database holding data, on PostgreSQL, MariaDB and SQLite.
 *
 * The steps: add an entity; add fields with defaults (a constant and `now()`,
 * which SQLite can only add by rebuilding the table) and a check over an
 * enum; rename fields with `@renamedFrom` (one used by a check); add indexes;
 * add an enum value (used at once by a partial index); remove an enum value;
 * drop a field. After each step, on each database:
 *   - the new migration's up.sql runs on the database holding the data;
 *   - its catalog equals that of the step's schema.sql on an empty database;
 *   - no data is lost: row counts stay, renamed columns keep their values,
 *     new columns hold their defaults.
 * The destructive steps are compile errors (`migration-drop-enum-value`,
 * `migration-drop-column`) and write nothing, until the spec allows them
 * (`migrations { allow … }`, given to the checked model here: see
 * `compileWithAllowances`). Earlier migrations never change. At the end, the
 * down.sql files in reverse bring the database back to an empty schema.
 *
 * Each up.sql runs as one script (on PostgreSQL one implicit transaction, as
 * migration runners do). On SQLite, each table rebuild is also run inside
 * BEGIN/COMMIT first: it must refuse, and lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import { compileInto, compileWithAllowances, specHost, sqlOutput, type Allow, type Migration } from './compile.js';
import { applyScript, backends, DIALECTS, openDb, rejection, titled, type Catalog, type Db, type Dialect } from './helpers.js';

// Databases are slower than the unit tests, MariaDB's DDL most (seconds for a large schema).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

interface Version {
  readonly product?: boolean;
  readonly defaults?: boolean;
  readonly renamed?: boolean;
  readonly indexes?: boolean;
  readonly statuses: readonly string[];
  readonly note: boolean;
}

function spec(v: Version): string {
  const lines = (...ls: (string | false | undefined)[]): string => ls.filter((l): l is string => typeof l === 'string').map((l) => `  ${l}`).join('\n');
  return `backend Shop {
  database postgres
}

enum Status {
${lines(...v.statuses)}
}

entity Customer {
${lines(
    'email    email    @unique',
    v.renamed ? 'fullName string   @maxLength(100) @renamedFrom(name)' : 'name     string   @maxLength(100)',
    'status   Status   @default(ACTIVE)',
    v.defaults && 'vip      boolean  @default(false)',
    v.defaults && 'joinedAt datetime @default(now())',
    v.defaults && 'check (status = ACTIVE or not vip)',
    'orders   Order[]',
    'timestamps',
    v.indexes && 'index (status)',
    v.statuses.includes('SUSPENDED') && 'index (createdAt) @where(status = SUSPENDED)',
  )}
}

entity Order {
${lines(
    'customer Customer       @relation(onDelete: cascade)',
    v.renamed ? 'amount   decimal(10, 2) @check(amount >= 0) @renamedFrom(total)' : 'total    decimal(10, 2) @check(total >= 0)',
    v.note && 'note     text?',
    v.defaults && 'currency string         @default("EUR") @maxLength(3)',
    'timestamps',
    v.indexes && (v.renamed ? 'index (customer, amount)' : 'index (customer, total)'),
  )}
}
${v.product ? `
entity Product {
  sku   string         @unique
  name  string
  price decimal(10, 2) @default(0)
}
` : ''}`;
}

interface Step {
  readonly name: string;
  readonly version: Version;
  /** Error codes the plain compile reports (then it writes nothing); the step is compiled again with `allow`. */
  readonly refused?: readonly string[];
  readonly allow?: readonly Allow[];
  /** Warning codes the step's compile reports. */
  readonly warnings?: readonly string[];
}

const V1: Version = { statuses: ['ACTIVE', 'ARCHIVED'], note: true };
const STEPS: readonly Step[] = [
  { name: 'init', version: V1 },
  { name: 'add an entity', version: { ...V1, product: true } },
  { name: 'add fields with defaults', version: { ...V1, product: true, defaults: true } },
  { name: 'rename fields (@renamedFrom)', version: { ...V1, product: true, defaults: true, renamed: true }, warnings: ['migration-rename-column'] },
  { name: 'add indexes', version: { ...V1, product: true, defaults: true, renamed: true, indexes: true } },
  { name: 'add an enum value, used by a partial index', version: { product: true, defaults: true, renamed: true, indexes: true, statuses: ['ACTIVE', 'ARCHIVED', 'SUSPENDED'], note: true } },
  {
    name: 'remove an enum value',
    version: { product: true, defaults: true, renamed: true, indexes: true, statuses: ['ACTIVE', 'SUSPENDED'], note: true },
    refused: ['migration-drop-enum-value'],
    allow: [{ rule: 'dropEnumValue', subject: 'status' }],
  },
  {
    name: 'drop a field',
    version: { product: true, defaults: true, renamed: true, indexes: true, statuses: ['ACTIVE', 'SUSPENDED'], note: false },
    refused: ['migration-drop-column'],
    allow: [{ rule: 'dropColumn', subject: 'orders.note' }],
  },
];

interface Compiled {
  readonly step: Step;
  /** Diagnostics of the plain compile, and of the allowed one when refused. */
  readonly plain: readonly Diagnostic[];
  readonly allowed?: readonly Diagnostic[];
  /** Whether the plain compile wrote anything. */
  readonly plainWrote: boolean;
  /** Per dialect: schema.sql and every migration after this step. */
  readonly output: Record<Dialect, { schema: string; migrations: readonly Migration[] }>;
}

/** Compiles the steps in order into one output folder, like successive `pab compile` runs. */
function compileSteps(): Compiled[] {
  const fs = createMemoryOutputFs();
  return STEPS.map((step) => {
    const host = specHost(spec(step.version));
    const before = JSON.stringify(fs.snapshot());
    const plain = compileInto(host, 'backend.pab', fs);
    const plainWrote = JSON.stringify(fs.snapshot()) !== before;
    let allowed: readonly Diagnostic[] | undefined;
    if (step.allow) {
      const outcome = compileWithAllowances(host, 'backend.pab', fs, step.allow);
      allowed = outcome.diagnostics;
      if (!outcome.written) throw new Error(`${step.name}: the allowed compile failed:\n${outcome.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
    } else if (!plain.written) {
      throw new Error(`${step.name}: compile failed:\n${plain.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
    }
    const output = Object.fromEntries(DIALECTS.map((d) => [d, sqlOutput(fs, d)])) as Compiled['output'];
    return { step, plain: plain.diagnostics, plainWrote, ...(allowed ? { allowed } : {}), output };
  });
}

let compiledSteps: Compiled[] | undefined;
const compiled = (): Compiled[] => (compiledSteps ??= compileSteps());

const codes = (ds: readonly Diagnostic[], severity: 'error' | 'warning'): string[] => [...new Set(ds.filter((d) => d.severity === severity).map((d) => d.code))].sort();

describe('compiling the history', () => {
  it('gives each step one new migration per dialect, numbered in order, and never changes an earlier one', () => {
    const all = compiled();
    for (const dialect of DIALECTS) {
      all.forEach((c, i) => {
        const ms = c.output[dialect].migrations;
        expect(ms.map((m) => m.folder.slice(0, 4)), `${dialect} after ${c.step.name}`).toEqual(all.slice(0, i + 1).map((_, j) => String(j + 1).padStart(4, '0')));
        if (i > 0) expect(ms.slice(0, i), `${dialect}: ${c.step.name} keeps the earlier migrations`).toEqual(all[i - 1]!.output[dialect].migrations);
      });
    }
  });

  it('refuses the destructive steps with lint errors and writes nothing, until the spec allows them', () => {
    for (const c of compiled()) {
      const errors = codes(c.plain, 'error');
      expect(errors, c.step.name).toEqual([...(c.step.refused ?? [])].sort());
      expect(c.plainWrote, `${c.step.name}: the plain compile writes`).toBe(!c.step.refused);
      if (c.allowed) {
        expect(codes(c.allowed, 'error'), `${c.step.name}, allowed`).toEqual([]);
        expect(c.allowed.map((d) => d.code), `${c.step.name}: every allowance is used`).not.toContain('migration-allow-unused');
      }
      for (const w of c.step.warnings ?? []) expect(codes(c.plain, 'warning'), c.step.name).toContain(w);
    }
  });
});

const available = await backends();
const EMPTY: Catalog = { tables: {}, triggers: {}, enums: {}, functions: {}, other: [] };

/** Customers and orders inserted at the start; each step checks they are all still there. */
const CUSTOMERS = [
  { id: '11111111-1111-4111-8111-111111111111', email: 'ada@example.com', name: 'Ada Lovelace', status: 'ACTIVE' },
  { id: '22222222-2222-4222-8222-222222222222', email: 'grace@example.com', name: 'Grace Hopper', status: 'ARCHIVED' },
  { id: '33333333-3333-4333-8333-333333333333', email: 'edsger@example.com', name: "Edsger O'Dijkstra", status: 'ACTIVE' },
];
const ORDERS = CUSTOMERS.flatMap((c, i) => [0, 1].map((j) => ({
  id: `${String(i + 4).repeat(8)}-0000-4000-8000-00000000000${j}`,
  customer_id: c.id,
  total: `${(i + 1) * 10 + j}.50`,
  note: `note ${i}-${j}`,
})));

for (const dialect of DIALECTS) {
  describe.skipIf(!available[dialect].ok)(titled(`migrating a database with data on ${dialect}`, available[dialect]), () => {
    let live: Db;
    let fresh: Db;
    beforeAll(async () => {
      [live, fresh] = await Promise.all([openDb(dialect, 'migrate_live'), openDb(dialect, 'migrate_fresh')]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all([live?.close(), fresh?.close()]);
    });

    const nameColumn = (i: number): string => (i >= 3 ? 'full_name' : 'name');
    const totalColumn = (i: number): string => (i >= 3 ? 'amount' : 'total');

    /** Every row is still there with its values. */
    async function checkData(i: number): Promise<void> {
      expect(await live.count('customers')).toBe(CUSTOMERS.length + (i >= 5 ? 1 : 0));
      expect(await live.count('orders')).toBe(ORDERS.length);
      for (const c of CUSTOMERS) {
        const [row] = await live.query<Row>(`SELECT ${nameColumn(i)} AS name, status FROM customers WHERE id = ?`, [c.id]);
        expect(row, `${c.email} after step ${i + 1}`).toEqual({ name: c.name, status: i >= 6 && c.status === 'ARCHIVED' ? 'SUSPENDED' : c.status });
      }
      for (const o of ORDERS) {
        const cols = [`${totalColumn(i)} AS total`, ...(i < 7 ? ['note'] : [])].join(', ');
        const [row] = await live.query<Row>(`SELECT ${cols} FROM orders WHERE id = ?`, [o.id]);
        expect(Number(row!['total']), `order ${o.id} after step ${i + 1}`).toBe(Number(o.total));
        if (i < 7) expect(row!['note']).toBe(o.note);
      }
      if (i >= 1) expect(await live.count('products')).toBe(2);
      if (i >= 2) {
        expect(await live.count('customers', 'vip = ? AND joined_at IS NOT NULL', [false])).toBe(CUSTOMERS.length + (i >= 5 ? 1 : 0));
        expect(await live.count('orders', 'currency = ?', ['EUR'])).toBe(ORDERS.length);
      }
    }

    STEPS.forEach((step, i) => {
      it(`step ${i + 1}, ${step.name}: up.sql runs on the data, gives schema.sql's catalog, and keeps every row`, async () => {
        const c = compiled()[i]!;
        const out = c.output[dialect];
        const migration = out.migrations[i]!;
        if (dialect === 'sqlite' && migration.up.includes('PRAGMA foreign_keys = OFF;') && i > 0) {
          // A rebuild run inside a transaction (as many migration runners do) would cascade-delete
          // the rows referencing the rebuilt table: the migration refuses, and nothing is lost.
          const err = await rejection(() => live.exec(`BEGIN;\n${migration.up}\nCOMMIT;`));
          expect(err.message).toMatch(/outside a transaction/);
          await live.exec('ROLLBACK;');
          await checkData(i - 1);
        }
        // What the application does between releases.
        if (i === 6) await live.query(`UPDATE customers SET status = 'SUSPENDED' WHERE status = 'ARCHIVED'`);

        await applyScript(live, `${migration.folder}/up.sql`, migration.up);
        await fresh.reset();
        await applyScript(fresh, `schema.sql of step ${i + 1}`, out.schema);
        expect(await live.catalog(), `the catalog after ${migration.folder}`).toEqual(await fresh.catalog());

        if (i === 0) {
          for (const row of CUSTOMERS) await live.insert('customers', row);
          for (const row of ORDERS) await live.insert('orders', row);
        }
        if (i === 1) {
          await live.insert('products', { id: '99999999-0000-4000-8000-000000000001', sku: 'A-1', name: 'Pencil' });
          await live.insert('products', { id: '99999999-0000-4000-8000-000000000002', sku: 'A-2', name: 'Eraser', price: '1.25' });
          expect(await live.count('products', 'price = ?', [0])).toBe(1);
        }
        if (i === 5) {
          // The new value is usable, and the default is still the default.
          await live.insert('customers', { id: '55555555-5555-4555-8555-555555555555', email: 'new@example.com', full_name: 'New', status: 'SUSPENDED' });
        }
        if (i === 6) {
          await live.insert('customers', { id: '66666666-6666-4666-8666-666666666666', email: 'default@example.com', full_name: 'Default' });
          expect(await live.count('customers', 'status = ?', ['ACTIVE'])).toBe(3);
          await live.query('DELETE FROM customers WHERE id = ?', ['66666666-6666-4666-8666-666666666666']);
        }
        await checkData(i);
      }, 60_000);
    });

    it('down.sql in reverse order brings the database back to an empty schema', async () => {
      const out = compiled()[STEPS.length - 1]!.output[dialect];
      // Reverting "add an enum value" needs the rows that hold it gone.
      await live.query(`DELETE FROM customers WHERE status = 'SUSPENDED'`);
      for (const m of [...out.migrations].reverse()) await applyScript(live, `${m.folder}/down.sql`, m.down);
      expect(await live.catalog()).toEqual(EMPTY);
    }, 60_000);
  });
}

type Row = Record<string, unknown>;
