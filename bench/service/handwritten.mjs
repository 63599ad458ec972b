/**
 * The yardstick of bench/service.mjs: the smallest reasonable hand-written
 * Fastify + pg service answering the same two requests as the generated
 * shop service — a product by id and an offset page of products in name
 * order with the total — with the same response shapes (decimals as strings,
 * camelCase keys, soft-deleted rows hidden) and the same pool size. The bench
 * copies it into the generated project so that it uses the same fastify and
 * pg packages. Run: `node handwritten.mjs` with PORT and DATABASE_URL.
 */
import Fastify from 'fastify';
import pg from 'pg';

// numeric as string, like the contract; timestamps as Date objects → ISO strings.
pg.types.setTypeParser(1700, (v) => v);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
pool.on('error', () => {}); // connections dropped when the bench drops its database
const app = Fastify({ logger: false });

const COLUMNS = `id, sku, name, description, price, currency, weight_g AS "weightGrams", rating, active,
  to_char(available_from, 'YYYY-MM-DD') AS "availableFrom", attributes, image, sizes, category_id AS "categoryId",
  created_at AS "createdAt", updated_at AS "updatedAt", deleted_at AS "deletedAt"`;

app.get('/products/:id', async (req, reply) => {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM products WHERE id = $1 AND deleted_at IS NULL`, [req.params.id]);
  if (rows.length === 0) return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
  return rows[0];
});

app.get('/products', async (req) => {
  const limit = Math.min(Math.max(Number(req.query.limit ?? 24), 1), 96);
  const offset = Math.max(Number(req.query.offset ?? 0), 0);
  const [page, count] = await Promise.all([
    pool.query(`SELECT ${COLUMNS} FROM products WHERE deleted_at IS NULL ORDER BY name, id LIMIT $1 OFFSET $2`, [limit, offset]),
    pool.query('SELECT count(*)::int AS n FROM products WHERE deleted_at IS NULL'),
  ]);
  return { items: page.rows, total: count.rows[0].n };
});

await app.listen({ port: Number(process.env.PORT ?? 3001), host: '127.0.0.1' });
const stop = async () => { await app.close(); await pool.end(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
