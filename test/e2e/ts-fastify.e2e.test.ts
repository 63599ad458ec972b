/**
 * End to end: the `ts-fastify` service of the shop example, for real.
 * compile → install the generated project's dependencies once into a cache
 * keyed by its package.json (node_modules/.cache/pab-e2e/<hash>, reused by
 * every run) → `prisma generate` → `tsc --noEmit` → migrations on the
 * machine's PostgreSQL (a fresh database `pab_e2e_shop`, dropped after) →
 * the generated tests → the service started, then black-box checks with
 * fetch: CRUD round trip, pagination walks (offset and cursor) with no
 * duplicates or gaps, a filter and a sort, 422 / 404 / 409 problems, access
 * (roles, owners), /metrics counts, the served /openapi.json is the openapi
 * target's; finally the same service on PGlite with no DATABASE_URL.
 *
 * Slow (an npm install the first time, then about a minute): runs when
 * PAB_E2E=1 or CI is set. PostgreSQL from PAB_PG_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres).
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject, ROOT, writeProject } from './ts-fastify-project.js';

const ENABLED = process.env['PAB_E2E'] === '1' || process.env['CI'] !== undefined;
const ADMIN_URL = process.env['PAB_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PRISMA_ENV = { PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1' };

function dbUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** node_modules for a package.json, installed once and cached by its hash. */
function installedModules(packageJson: string): string {
  const hash = createHash('sha256').update(packageJson).digest('hex').slice(0, 16);
  const dir = join(ROOT, 'node_modules', '.cache', 'pab-e2e', hash);
  if (!existsSync(join(dir, 'node_modules', '.package-lock.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), packageJson);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', timeout: 900_000 });
  }
  return join(dir, 'node_modules');
}

function run(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe', timeout: 600_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}\n${err.message}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** An ES256 JWT signed with node:crypto (the generated project's tests use jose). */
function es256(key: KeyObject, claims: Record<string, unknown>): string {
  const b64 = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const data = `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64({ iss: 'https://shop.example.com', aud: 'shop-api', iat: now, exp: now + 600, ...claims })}`;
  return `${data}.${sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

interface Service {
  readonly base: string;
  readonly child: ChildProcess;
  readonly log: string[];
}

async function startService(dir: string, env: NodeJS.ProcessEnv): Promise<Service> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: dir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the service exited:\n${log.join('')}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child, log };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the service did not start:\n${log.join('')}`);
}

async function stopService(s: Service | undefined): Promise<void> {
  if (s === undefined || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

describe.skipIf(!ENABLED)('ts-fastify end to end: the shop service', () => {
  const name = 'pab_e2e_shop';
  const dir = mkdtempSync(join(tmpdir(), 'pab-e2e-shop-'));
  const compiled = compileProject('examples/shop/backend.pab');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  let service: Service | undefined;
  const token = (sub: string, role: string): Record<string, string> => ({ authorization: `Bearer ${es256(privateKey, { sub, role })}`, 'content-type': 'application/json' });
  const ADMIN = token('00000000-0000-4000-8000-00000000000a', 'ADMIN');
  const env = { DATABASE_URL: dbUrl(name), JWT_SIGNING_KEY_PUBLIC_KEY: publicPem };

  beforeAll(async () => {
    writeProject(dir, compiled.files);
    symlinkSync(installedModules(compiled.files.get('package.json')!), join(dir, 'node_modules'), 'dir');
    run(dir, 'npx', ['prisma', 'generate'], PRISMA_ENV);
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }, 1_200_000);

  afterAll(async () => {
    await stopService(service);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('type-checks (tsc --noEmit) and builds', () => {
    run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
    run(dir, 'npx', ['tsc', '-p', 'tsconfig.build.json']);
  }, 300_000);

  it('migrates the database, once', () => {
    expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], env)).toContain('Applied 1 migration(s).');
    expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], env)).toContain('The database is up to date.');
  }, 120_000);

  it('passes its generated tests', () => {
    run(dir, 'npx', ['vitest', 'run'], env);
  }, 300_000);

  it('starts and is ready', async () => {
    service = await startService(dir, env);
    expect((await fetch(`${service.base}/ready`)).status).toBe(200);
    const res = await fetch(`${service.base}/health`, { headers: { 'x-request-id': 'e2e-1' } });
    expect(res.headers.get('x-request-id')).toBe('e2e-1');
  }, 60_000);

  it('serves the openapi target\'s document', async () => {
    expect(await (await fetch(`${service!.base}/openapi.json`)).text()).toBe(compiled.openapi);
    expect((await fetch(`${service!.base}/docs/`)).status).toBe(200);
  });

  it('creates, reads, updates and deletes a category; 404, 409 and 422 as problems', async () => {
    const b = service!.base;
    const created = await fetch(`${b}/categories`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ name: 'Shoes', slug: 'shoes' }) });
    expect(created.status).toBe(201);
    const row = (await created.json()) as { id: string; name: string; position: number };
    expect(created.headers.get('location')).toBe(`/categories/${row.id}`);
    expect(row).toMatchObject({ name: 'Shoes', position: 0 });
    expect(await (await fetch(`${b}/categories/${row.id}`)).json()).toEqual(row);
    const patched = await fetch(`${b}/categories/${row.id}`, { method: 'PATCH', headers: ADMIN, body: JSON.stringify({ position: 3 }) });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { position: number }).position).toBe(3);
    const dup = await fetch(`${b}/categories`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ name: 'Other', slug: 'shoes' }) });
    expect(dup.status).toBe(409);
    expect(dup.headers.get('content-type')).toContain('application/problem+json');
    const bad = await fetch(`${b}/categories`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ name: '', slug: 'Not A Slug' }) });
    expect(bad.status).toBe(422);
    const problem = (await bad.json()) as { status: number; errors: { pointer: string }[] };
    expect(problem.status).toBe(422);
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(['/name', '/slug']);
    expect((await fetch(`${b}/categories`, { method: 'POST', headers: ADMIN, body: '{"name":' })).status).toBe(400);
    expect((await fetch(`${b}/categories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await fetch(`${b}/categories`, { method: 'POST', headers: token('00000000-0000-4000-8000-00000000000b', 'CUSTOMER'), body: '{}' })).status).toBe(403);
    expect((await fetch(`${b}/categories/${row.id}`, { method: 'DELETE', headers: ADMIN })).status).toBe(204);
    const gone = await fetch(`${b}/categories/${row.id}`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { title: string }).title).toBe('Not Found');
    expect((await fetch(`${b}/categories/not-a-uuid`)).status).toBe(400);
  });

  it('walks offset pages with no duplicates or gaps, filters and sorts products', async () => {
    const b = service!.base;
    const cat = (await (await fetch(`${b}/categories`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ name: 'Bags', slug: 'bags' }) })).json()) as { id: string };
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${b}/products`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ sku: `SKU-000${i}`, name: `Bag ${i}`, price: `${10 + ((i * 7) % 5)}.50`, sizes: ['M'], categoryId: cat.id, active: i % 2 === 0 }) });
      expect(res.status, await res.clone().text()).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    expect((await fetch(`${b}/products`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ sku: 'SKU-0000', name: 'Dup', price: '1.00', sizes: [], categoryId: cat.id }) })).status).toBe(409);
    const seen: string[] = [];
    for (let offset = 0; offset < 10; offset += 3) {
      const page = (await (await fetch(`${b}/products?limit=3&offset=${offset}`)).json()) as { items: { id: string }[]; total: number };
      expect(page.total).toBe(7);
      seen.push(...page.items.map((p) => p.id));
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    const active = (await (await fetch(`${b}/products?active=true&limit=96`)).json()) as { items: { active: boolean }[] };
    expect(active.items).toHaveLength(4);
    expect(active.items.every((p) => p.active)).toBe(true);
    const sorted = (await (await fetch(`${b}/products?sort=-price&limit=96`)).json()) as { items: { price: string }[] };
    const prices = sorted.items.map((p) => Number(p.price));
    expect(prices).toEqual([...prices].sort((x, y) => y - x));
    expect(sorted.items[0]!.price).toMatch(/^\d+\.50$/);
    expect((await fetch(`${b}/products?sort=sku`)).status).toBe(400);
  });

  it('walks cursor pages of orders; owners see only their own', async () => {
    const b = service!.base;
    const users = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const db = new pg.Client({ connectionString: dbUrl(name) });
    await db.connect();
    for (const [i, id] of users.entries()) {
      await db.query('INSERT INTO users (id, email, name, password) VALUES ($1, $2, $3, $4)', [id, `u${i}@example.com`, `User ${i}`, 'x']);
    }
    await db.end();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${b}/orders`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ number: `SO-0000000${i}`, customerId: users[i % 2], total: '12.00' }) });
      expect(res.status, await res.clone().text()).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Response = await fetch(`${b}/orders?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { headers: ADMIN });
      const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual([...ids].sort());
    const own = (await (await fetch(`${b}/orders?limit=100`, { headers: token(users[0]!, 'CUSTOMER') })).json()) as { items: { customerId: string }[] };
    expect(own.items).toHaveLength(4);
    expect(own.items.every((o) => o.customerId === users[0])).toBe(true);
    expect((await fetch(`${b}/orders/${ids[1]}`, { headers: token(users[0]!, 'CUSTOMER') })).status).toBe(404);
    expect((await fetch(`${b}/orders/${ids[0]}`, { headers: token(users[0]!, 'CUSTOMER') })).status).toBe(200);
    const nested = (await (await fetch(`${b}/customers/${users[1]}/orders`, { headers: ADMIN })).json()) as { items: unknown[] };
    expect(nested.items).toHaveLength(3);
    expect((await fetch(`${b}/orders`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await fetch(`${b}/orders/${ids[0]}/cancel`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ reason: 'x' }) })).status).toBe(501);
  });

  it('counts the requests in /metrics', async () => {
    const text = await (await fetch(`${service!.base}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('http_requests_total{method="POST",route="/products",status="201"}'));
    expect(line?.split(' ')[1]).toBe('7');
    expect(text).toContain('http_request_duration_seconds_bucket');
  });

  it('starts and answers on PGlite without DATABASE_URL', async () => {
    await stopService(service);
    service = await startService(dir, { JWT_SIGNING_KEY_PUBLIC_KEY: publicPem });
    expect((await fetch(`${service.base}/ready`)).status).toBe(200);
    const res = await fetch(`${service.base}/categories`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ name: 'Hats', slug: 'hats' }) });
    expect(res.status).toBe(201);
    expect(((await (await fetch(`${service.base}/categories`)).json()) as { items: unknown[] }).items).toHaveLength(1);
  }, 120_000);
});
