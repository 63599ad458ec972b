/**
 * Issue #4, part 4: on PostgreSQL the generated indexes are the ones the
 * planner uses. For queries the shop example's indexes exist for (a foreign
 * key, an indexed combination with its sort order, partial indexes, the
 * soft-delete-aware unique index), EXPLAIN names the generated index; and in
 * every example, a lookup by each foreign key uses an index that starts with
 * the key's columns. Sequential scans are switched off (`enable_seqscan`), as
 * the tables are empty and a scan would otherwise always be cheapest.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileRepositorySpec, repositorySpecs, sqlOutput } from './compile.js';
import { applyScript, backends, ident, openDb, titled, type Db } from './helpers.js';

// Databases are slower than the unit tests, MariaDB's DDL most (seconds for a large schema).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const available = await backends();

/** The index names in a JSON plan. */
function indexesUsed(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'Index Name' && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(plan);
  return out;
}

async function explain(db: Db, sql: string): Promise<string[]> {
  const rows = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  const plan = rows[0]!['QUERY PLAN'];
  return indexesUsed(typeof plan === 'string' ? JSON.parse(plan) : plan);
}

const UUID0 = "'00000000-0000-0000-0000-000000000000'";

describe.skipIf(!available.postgres.ok)(titled('EXPLAIN on postgres uses the generated indexes', available.postgres), () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb('postgres', 'explain');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('shop: the planner picks the index generated for each access path', async () => {
    await db.reset();
    await applyScript(db, 'shop schema.sql', sqlOutput(compileRepositorySpec('examples/shop/backend.pab').fs, 'postgres').schema);
    await db.exec('SET enable_seqscan = off;');
    const cases: [string, string][] = [
      // A foreign key with an index of its own.
      [`SELECT * FROM order_items WHERE product_id = ${UUID0}`, 'order_items_product_id_idx'],
      // An indexed combination, in index order, with its descending sort.
      [`SELECT * FROM orders WHERE customer_id = ${UUID0} AND status = 'PAID' ORDER BY created_at DESC LIMIT 20`, 'orders_customer_id_status_created_at_idx'],
      // Partial indexes: the query's condition implies the index predicate.
      [`SELECT * FROM orders WHERE status = 'PENDING' ORDER BY created_at DESC LIMIT 20`, 'orders_created_at_idx'],
      ['SELECT * FROM inventory WHERE on_hand <= reorder_at AND on_hand < 5', 'inventory_reorder_idx'],
      // The unique index of a soft-deleting table covers live rows only.
      [`SELECT * FROM products WHERE sku = 'ABCD-1' AND deleted_at IS NULL`, 'products_sku_key'],
      // A many-to-many join table, looked up from the target side.
      [`SELECT * FROM product_tags WHERE tag_id = ${UUID0}`, 'product_tags_tag_id_idx'],
    ];
    for (const [sql, index] of cases) expect(await explain(db, sql), sql).toContain(index);
  });

  for (const { name, spec } of repositorySpecs()) {
    it(`${name}: a lookup by each foreign key uses an index that starts with the key's columns`, async () => {
      await db.reset();
      await applyScript(db, `${name} schema.sql`, sqlOutput(compileRepositorySpec(spec).fs, 'postgres').schema);
      await db.exec('SET enable_seqscan = off;');
      const fks = await db.query<{ tbl: string; cols: string[]; types: string[] }>(
        `SELECT c.relname AS tbl,
                array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS cols,
                array(SELECT format_type(a.atttypid, a.atttypmod) FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS types
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
          WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace`,
      );
      const indexes = await db.query<{ name: string; tbl: string; cols: string[] }>(
        `SELECT i.relname AS name, t.relname AS tbl,
                array(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n ORDER BY u.o)::text[] AS cols
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
          WHERE t.relnamespace = 'public'::regnamespace AND x.indpred IS NULL`,
      );
      const literal = (type: string): string => (type === 'uuid' ? UUID0 : /int|numeric/.test(type) ? '0' : "'x'");
      for (const fk of fks) {
        const cols = fk.cols;
        const types = fk.types;
        const covering = indexes.filter((ix) => ix.tbl === fk.tbl && cols.every((c, i) => ix.cols[i] === c)).map((ix) => ix.name);
        expect(covering, `an index on ${fk.tbl} (${cols.join(', ')})`).not.toEqual([]);
        const where = cols.map((c, i) => `${ident('postgres', c)} = ${literal(types[i]!)}`).join(' AND ');
        const used = await explain(db, `SELECT * FROM ${ident('postgres', fk.tbl)} WHERE ${where}`);
        expect(used.filter((u) => covering.includes(u)), `${fk.tbl} (${cols.join(', ')}) uses one of ${covering.join(', ')}; plan used ${used.join(', ')}`).not.toEqual([]);
      }
    });
  }
});
