/**
 * Benchmark: the generated `ts-fastify` service of the shop example against
 * a minimal hand-written Fastify + pg service (bench/service/handwritten.mjs)
 * doing the same queries, side by side in one run, on the machine's
 * PostgreSQL with 100,000 products. Two requests: a product by id (random
 * ids) and an offset page of 24 products in name order with the total.
 * Prints requests per second and p99 latency of each, and the ratios
 * (target: the generated service within 15% of the hand-written one).
 *
 *   npm run bench:service       # BENCH_SECONDS=10 BENCH_CONNECTIONS=16 BENCH_ROWS=100000
 *
 * BENCH_PROFILE=<dir> writes a CPU profile of the generated service there;
 * BENCH_HOLD=1 sets both up and waits (for probing by hand) until Ctrl-C.
 *
 * Both services use the same fastify and pg packages (the generated
 * project's), the same pool size (10) and no request logging (LOG_LEVEL=warn
 * for the generated one; the hand-written one logs nothing), so the figures
 * compare the generated code (validation, serialization, access, Prisma),
 * not the configuration. PostgreSQL from PAB_PG_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres); the database pab_bench is
 * created and dropped.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createMemoryHost } from '../src/core/host.js';
import { freePort, PRISMA_ENV, sharedModules } from '../test/e2e/ts-fastify-harness.js';
import { compileProject, databaseUrl, PG_ADMIN_URL, ROOT, writeProject } from '../test/e2e/ts-fastify-project.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);
const DB = 'pab_bench';

function run(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 900_000 });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** 100k products in 50 categories, with realistic values (names spread over the alphabet). */
async function seed(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO categories (name, slug, position)
      SELECT 'Category ' || i, 'category-' || i, i FROM generate_series(1, 50) AS i`);
    await client.query(`INSERT INTO products (sku, name, description, price, currency, weight_g, rating, active, sizes, category_id)
      SELECT 'SKU-' || lpad(i::text, 8, '0'), md5(i::text) || ' product', 'A product for the bench.', (i % 1000) + 0.99, 'EUR',
             i % 5000, (i % 50) / 10.0, true, ARRAY['S','M','L'],
             (SELECT id FROM categories ORDER BY position OFFSET (i % 50) LIMIT 1)
      FROM generate_series(1, $1::int) AS i`, [ROWS]);
    await client.query('ANALYZE');
    const { rows } = await client.query<{ id: string }>('SELECT id FROM products ORDER BY random() LIMIT 1000');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

function start(cwd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered`);
}

interface Figures {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
}

async function load(base: string, kind: 'get' | 'list', ids: readonly string[], seconds: number): Promise<Figures> {
  let n = 0;
  const pages = Math.floor(Math.min(ROWS, 24 * 200) / 24);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{
      setupRequest: (req) => {
        n++;
        const path = kind === 'get' ? `/products/${ids[n % ids.length]}` : `/products?limit=24&offset=${(n % pages) * 24}`;
        return { ...req, method: 'GET', path };
      },
    }],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main(): Promise<void> {
  // The shop spec without its rate limits: the hand-written service has none, and 600 requests a minute would end the bench in a second.
  const shop = readFileSync(join(ROOT, 'examples/shop/backend.pab'), 'utf8').replace(/^\s*rateLimit\s+\d+\/\w+\s*$/gm, '');
  const project = compileProject('backend.pab', new Map(), createMemoryHost({ 'backend.pab': shop }));
  const dir = mkdtempSync(join(tmpdir(), 'pab-bench-service-'));
  const children: ChildProcess[] = [];
  try {
    writeProject(dir, project.files);
    symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
    copyFileSync(join(ROOT, 'bench', 'service', 'handwritten.mjs'), join(dir, 'handwritten.mjs'));
    console.log('building the generated service…');
    run(dir, 'npm', ['run', 'build'], PRISMA_ENV);
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DB}`);
    const url = databaseUrl(DB);
    run(dir, 'node', ['--import', 'tsx', 'src/migrate.ts'], { DATABASE_URL: url });
    console.log(`seeding ${ROWS} products…`);
    const ids = await seed(url);
    const [pGen, pHand] = [await freePort(), await freePort()];
    const profile = process.env['BENCH_PROFILE'] === undefined ? [] : [`--cpu-prof`, `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`];
    children.push(start(dir, [...profile, 'dist/server.js'], { DATABASE_URL: url, PORT: String(pGen), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }));
    children.push(start(dir, ['handwritten.mjs'], { DATABASE_URL: url, PORT: String(pHand) }));
    const gen = `http://127.0.0.1:${pGen}`;
    const hand = `http://127.0.0.1:${pHand}`;
    await waitFor(`${gen}/health`);
    await waitFor(`${hand}/products?limit=1`);
    // Same answers first: the comparison is only fair if both do the same work.
    const [a, b] = await Promise.all([fetch(`${gen}/products?limit=24&offset=48`).then((r) => r.json()), fetch(`${hand}/products?limit=24&offset=48`).then((r) => r.json())]) as [{ items: { id: string }[]; total: number }, { items: { id: string }[]; total: number }];
    if (a.total !== b.total || a.items.map((i) => i.id).join() !== b.items.map((i) => i.id).join()) throw new Error('the two services answer the list differently');

    if (process.env['BENCH_HOLD'] !== undefined) {
      // Keep both services up for manual probing: print where they are, wait for a signal.
      console.log(`generated ${gen}  hand-written ${hand}  project ${dir}  sample id ${ids[0]}`);
      await new Promise((r) => { process.once('SIGINT', r); process.once('SIGTERM', r); });
      return;
    }
    const rows: string[] = [];
    for (const kind of ['get', 'list'] as const) {
      await load(gen, kind, ids, 3); // warm-up (JIT, pools, plans)
      await load(hand, kind, ids, 3);
      // Alternate twice so that drift on a shared machine hits both alike.
      const g1 = await load(gen, kind, ids, SECONDS / 2);
      const h1 = await load(hand, kind, ids, SECONDS / 2);
      const g2 = await load(gen, kind, ids, SECONDS / 2);
      const h2 = await load(hand, kind, ids, SECONDS / 2);
      const g = { rps: (g1.rps + g2.rps) / 2, p99: Math.max(g1.p99, g2.p99), errors: g1.errors + g2.errors };
      const h = { rps: (h1.rps + h2.rps) / 2, p99: Math.max(h1.p99, h2.p99), errors: h1.errors + h2.errors };
      const label = kind === 'get' ? 'GET /products/{id}' : 'GET /products?limit=24&offset=…';
      rows.push(
        `${label.padEnd(34)} generated ${g.rps.toFixed(0).padStart(6)} req/s p99 ${String(g.p99).padStart(4)} ms | hand-written ${h.rps.toFixed(0).padStart(6)} req/s p99 ${String(h.p99).padStart(4)} ms | throughput ${(100 * g.rps / h.rps).toFixed(0)}% p99 ${(100 * g.p99 / Math.max(h.p99, 1)).toFixed(0)}%${g.errors + h.errors > 0 ? `  (errors: ${g.errors}/${h.errors})` : ''}`,
      );
    }
    console.log(`\n${ROWS} products, ${CONNECTIONS} connections, ${SECONDS}s per service and request (alternating), Node ${process.version}`);
    for (const r of rows) console.log(r);
  } finally {
    await Promise.all(children.map((c) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); setTimeout(r, 5000); })));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
