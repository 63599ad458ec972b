/**
 * Issue #4, part 2: the generated schema behaves, on each database, the way
 * the spec says. One spec exercises each feature: unique and check
 * constraints reject bad rows, enums reject unknown values, defaults fill
 * uuid / now / today / identity keys, cascading keys cascade and restricting
 * keys restrict, `updatedAt` changes on update (a trigger on PostgreSQL and
 * SQLite, ON UPDATE on MariaDB), soft-deleted rows do not block a unique
 * value (PostgreSQL, SQLite; MariaDB cannot, and compile warns), and the
 * partial and foreign-key indexes exist in the catalog.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import { compileInto, specHost, sqlOutput, type CompileOutcome } from './compile.js';
import { applyScript, backends, DIALECTS, openDb, rejection, titled, type Db, type Dialect } from './helpers.js';

// Databases are slower than the unit tests, MariaDB's DDL most (seconds for a large schema).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const SPEC = `backend Behave {
  database postgres
}

enum Status {
  ACTIVE
  ARCHIVED
}

entity Customer {
  email  email  @unique
  name   string @maxLength(50)
  status Status @default(ACTIVE)
  credit int    @default(0) @check(credit >= 0)
  orders Order[]
  timestamps
  softDelete
}

entity Order {
  customer Customer       @relation(onDelete: cascade)
  total    decimal(10, 2) @check(total >= 0)
  placedAt datetime       @default(now())
  lines    Line[]
  index (placedAt desc) @where(total > 100)
  timestamps
}

entity Product {
  sku   string @unique
  lines Line[]
}

entity Line {
  order    Order   @relation(onDelete: cascade)
  product  Product @relation(onDelete: restrict)
  quantity int     @check(quantity > 0)
  id (order, product)
}

entity AuditEntry {
  id      bigint @id @default(autoincrement())
  message text
  at      date   @default(now())
}
`;

const available = await backends();
const fs = createMemoryOutputFs();
const compiled: CompileOutcome = compileInto(specHost(SPEC), 'backend.pab', fs);

/** SQL for "within a minute of the database's clock" and "today", per dialect. */
const RECENT: Record<Dialect, (col: string) => string> = {
  postgres: (c) => `${c} BETWEEN now() - interval '1 minute' AND now() + interval '1 minute'`,
  mysql: (c) => `${c} BETWEEN NOW(3) - INTERVAL 1 MINUTE AND NOW(3) + INTERVAL 1 MINUTE`,
  sqlite: (c) => `${c} BETWEEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minute') AND strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 minute')`,
};
const TODAY: Record<Dialect, string> = { postgres: 'CURRENT_DATE', mysql: 'CURRENT_DATE', sqlite: "date('now')" };
/** A timestamp long ago, as each database takes it in a datetime column. */
const LONG_AGO: Record<Dialect, string> = { postgres: '2000-01-01T00:00:00Z', mysql: '2000-01-01 00:00:00.000', sqlite: '2000-01-01T00:00:00.000Z' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

it('the behaviour spec compiles, with the warnings MariaDB needs', () => {
  expect(compiled.written).toBe(true);
  expect(compiled.diagnostics.map((d) => d.code).sort()).toEqual(['partial-index-unsupported', 'soft-delete-unique-unsupported']);
});

for (const dialect of DIALECTS) {
  describe.skipIf(!available[dialect].ok)(titled(`behaviour on ${dialect}`, available[dialect]), () => {
    let db: Db;
    beforeAll(async () => {
      db = await openDb(dialect, 'behaviour');
      await applyScript(db, 'schema.sql', sqlOutput(fs, dialect).schema);
    }, 60_000);
    afterAll(async () => {
      await db?.close();
    });

    const customer = async (fields: Record<string, unknown> = {}): Promise<string> => {
      const id = randomUUID();
      await db.insert('customers', { id, email: `${id}@example.com`, name: 'Ada', ...fields });
      return id;
    };
    const order = async (customerId: string, total = 10): Promise<string> => {
      const id = randomUUID();
      await db.insert('orders', { id, customer_id: customerId, total });
      return id;
    };

    it('fills defaults: uuid keys, now, today, enum values, numbers, identity keys', async () => {
      await db.insert('customers', { email: 'defaults@example.com', name: 'Grace' });
      const [row] = await db.query<{ id: string; status: string; credit: number }>(
        'SELECT id, status, credit FROM customers WHERE email = ?', ['defaults@example.com'],
      );
      expect(row!.id).toMatch(UUID);
      expect(row!.status).toBe('ACTIVE');
      expect(Number(row!.credit)).toBe(0);
      expect(await db.count('customers', `email = ? AND ${RECENT[dialect]('created_at')} AND ${RECENT[dialect]('updated_at')}`, ['defaults@example.com'])).toBe(1);

      await db.insert('orders', { customer_id: row!.id, total: 5 });
      expect(await db.count('orders', `customer_id = ? AND ${RECENT[dialect]('placed_at')}`, [row!.id])).toBe(1);

      await db.insert('audit_entries', { message: 'first' });
      await db.insert('audit_entries', { message: 'second' });
      const entries = await db.query<{ id: number | string; message: string }>(`SELECT id, message FROM audit_entries WHERE at = ${TODAY[dialect]} ORDER BY id`);
      expect(entries.map((e) => [Number(e.id), e.message])).toEqual([[1, 'first'], [2, 'second']]);
    });

    it('rejects a duplicate unique value', async () => {
      await db.insert('products', { id: randomUUID(), sku: 'SKU-1' });
      const err = await rejection(() => db.insert('products', { id: randomUUID(), sku: 'SKU-1' }));
      expect(err.message).toMatch(/unique|duplicate/i);
      expect(await db.count('products', 'sku = ?', ['SKU-1'])).toBe(1);
    });

    it('rejects rows that break a check', async () => {
      const c = await customer();
      expect((await rejection(() => customer({ credit: -1 }))).message).toMatch(/check|constraint/i);
      expect((await rejection(() => order(c, -5))).message).toMatch(/check|constraint/i);
      const o = await order(c);
      const p = randomUUID();
      await db.insert('products', { id: p, sku: `SKU-${p}` });
      expect((await rejection(() => db.insert('lines', { order_id: o, product_id: p, quantity: 0 }))).message).toMatch(/check|constraint/i);
      await db.insert('lines', { order_id: o, product_id: p, quantity: 1 });
    });

    it('rejects an unknown enum value', async () => {
      const err = await rejection(() => customer({ status: 'BOGUS' }));
      expect(err.message).toMatch(/enum|truncated|check|constraint/i);
      await customer({ status: 'ARCHIVED' });
    });

    it('cascades deletes along cascading keys and refuses them along restricting keys', async () => {
      const c = await customer();
      const o1 = await order(c);
      const o2 = await order(c);
      const p = randomUUID();
      await db.insert('products', { id: p, sku: `SKU-${p}` });
      await db.insert('lines', { order_id: o1, product_id: p, quantity: 2 });
      await db.insert('lines', { order_id: o2, product_id: p, quantity: 3 });

      const err = await rejection(() => db.query('DELETE FROM products WHERE id = ?', [p]));
      expect(err.message).toMatch(/foreign key|constraint/i);
      expect(await db.count('products', 'id = ?', [p])).toBe(1);

      await db.query('DELETE FROM customers WHERE id = ?', [c]);
      expect(await db.count('orders', 'customer_id = ?', [c])).toBe(0);
      expect(await db.count('lines', 'product_id = ?', [p])).toBe(0);
      await db.query('DELETE FROM products WHERE id = ?', [p]);
      expect(await db.count('products', 'id = ?', [p])).toBe(0);
    });

    it('changes updatedAt on every update', async () => {
      const c = await customer({ created_at: LONG_AGO[dialect], updated_at: LONG_AGO[dialect] });
      const old = `updated_at < '2001-01-01'`;
      expect(await db.count('customers', `id = ? AND ${old}`, [c])).toBe(1);
      await db.query('UPDATE customers SET name = ? WHERE id = ?', ['Ada Lovelace', c]);
      expect(await db.count('customers', `id = ? AND ${RECENT[dialect]('updated_at')}`, [c])).toBe(1);
      // createdAt is not touched.
      expect(await db.count('customers', `id = ? AND created_at < '2001-01-01'`, [c])).toBe(1);
    });

    if (dialect === 'mysql') {
      it('keeps counting a soft-deleted row in the unique email (no partial indexes; compile warned)', async () => {
        await customer({ email: 'gone@example.com', deleted_at: '2020-01-01 00:00:00' });
        expect((await rejection(() => customer({ email: 'gone@example.com' }))).message).toMatch(/duplicate/i);
      });
    } else {
      it('lets a live row reuse the unique value of a soft-deleted one, but not of a live one', async () => {
        await customer({ email: 'gone@example.com', deleted_at: LONG_AGO[dialect] });
        await customer({ email: 'gone@example.com' });
        expect((await rejection(() => customer({ email: 'gone@example.com' }))).message).toMatch(/unique|duplicate/i);
        expect(await db.count('customers', 'email = ?', ['gone@example.com'])).toBe(2);
      });
    }

    it('has the partial index and the foreign-key indexes', async () => {
      const { tables } = await db.catalog();
      const orders = tables['orders']!.indexes;
      expect(orders['orders_placed_at_idx']).toMatch(/placed_at DESC/);
      if (dialect === 'mysql') expect(orders['orders_placed_at_idx']).not.toMatch(/WHERE/);
      else expect(orders['orders_placed_at_idx']).toMatch(/WHERE \(+"?total"? > \(?100/);
      expect(orders['orders_customer_id_idx']).toMatch(/\(customer_id\)/);
      expect(tables['lines']!.indexes['lines_product_id_idx']).toMatch(/\(product_id\)/);
      if (dialect !== 'mysql') expect(tables['customers']!.indexes['customers_email_key']).toMatch(/UNIQUE .*\(email\) WHERE \(+"?deleted_at"? IS NULL/);
    });
  });
}
