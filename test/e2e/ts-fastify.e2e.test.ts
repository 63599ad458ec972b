/**
 * End to end: the `ts-fastify` service of every example with a REST API
 * (shop, bank, assistant on PostgreSQL; blog on MySQL/MariaDB), for real.
 *
 * Per example: compile → the generated project's dependencies from one
 * shared install (the union of every example's package.json, installed once
 * into node_modules/.cache/pab-e2e/<hash>) → `prisma generate` → `tsc
 * --noEmit` and the build → its migrations on a fresh database (dropped
 * after) → (shop) its generated tests → the service started with its
 * DATABASE_URL through a TCP proxy → pab's black-box checks, driven by the
 * spec's REST contract (test/e2e/ts-fastify-blackbox.ts): a CRUD round trip
 * on every resource, pagination walks over all pages (every sort) with no
 * duplicates or gaps, every filter, 422 / 404 / 409 problems, /ready failing
 * while the proxy is cut and recovering, /metrics counting exactly the
 * requests made, the served /openapi.json being the openapi target's;
 * finally (PostgreSQL) the same service on PGlite with no DATABASE_URL.
 *
 * Slow (an npm install the first time, then a few minutes): runs when
 * PAB_E2E=1 or CI is set. PostgreSQL from PAB_PG_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), MySQL/MariaDB from
 * PAB_MYSQL_ADMIN_URL (default mysql://root@127.0.0.1:3306/).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceModel } from '../../src/model/model.js';
import type { AccessRule, Expr } from '../../src/model/expr.js';
import type { OperationContract } from '../../src/emit/api/shapes.js';
import { validateSpec } from '../../src/pipeline.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { Api, expectProblem, Fixtures, items, keyOf, sortParam, Tokens, unknownKey, wrongType, type Claims, type Row, type SqlInserter } from './ts-fastify-blackbox.js';
import { EXAMPLES, PRISMA_ENV, run, sharedModules, startService, stopService, type Service } from './ts-fastify-harness.js';
import { compileProject, E2E_DB_PREFIX, E2E_ENABLED, MYSQL_ADMIN_URL, PG_ADMIN_URL, repoHost, writeProject, type CompiledProject } from './ts-fastify-project.js';


function modelOf(spec: string): ServiceModel {
  const v = validateSpec(repoHost(), spec);
  if (v.model === undefined) throw new Error(`${spec} does not validate`);
  return v.model;
}

/** A database server: admin connection, a fresh database per run, SQL inserts, URLs. */
interface Server {
  readonly host: string;
  readonly port: number;
  create(name: string): Promise<void>;
  drop(name: string): Promise<void>;
  url(name: string, port?: number): string;
  inserter(name: string): Promise<SqlInserter & { close(): Promise<void> }>;
  end(): Promise<void>;
}

async function postgresServer(): Promise<Server> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const base = new URL(PG_ADMIN_URL);
  const url = (name: string, port?: number): string => {
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${name}`;
    if (port !== undefined) u.port = String(port);
    return u.toString();
  };
  return {
    host: base.hostname,
    port: Number(base.port || 5432),
    async create(name) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    },
    async drop(name) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    url,
    async inserter(name) {
      const db = new pg.Client({ connectionString: url(name) });
      await db.connect();
      return {
        kind: 'postgres',
        async insert(table, values) {
          const cols = Object.keys(values);
          const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
          return (await db.query(sql, Object.values(values))).rows[0] as Record<string, unknown>;
        },
        close: () => db.end(),
      };
    },
    end: () => admin.end(),
  };
}

async function mysqlServer(): Promise<Server> {
  const admin = await mysql.createConnection(MYSQL_ADMIN_URL);
  const base = new URL(MYSQL_ADMIN_URL);
  const url = (name: string, port?: number): string => {
    const u = new URL(MYSQL_ADMIN_URL.replace(/^mysql:/, 'mariadb:'));
    u.pathname = `/${name}`;
    if (port !== undefined) u.port = String(port);
    return u.toString();
  };
  return {
    host: base.hostname,
    port: Number(base.port || 3306),
    async create(name) {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.query(`CREATE DATABASE \`${name}\``);
    },
    async drop(name) {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    },
    url,
    async inserter(name) {
      const u = new URL(MYSQL_ADMIN_URL);
      u.pathname = `/${name}`;
      const db = await mysql.createConnection(u.toString());
      return {
        kind: 'mysql',
        async insert(table, values) {
          const cols = Object.keys(values);
          const sql = `INSERT INTO \`${table}\` (${cols.map((c) => `\`${c}\``).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING *`;
          const [rows] = await db.query(sql, Object.values(values));
          return (rows as Record<string, unknown>[])[0]!;
        },
        close: () => db.end(),
      };
    },
    end: () => admin.end(),
  };
}

/** `field = literal` conditions of a rule that let an anonymous caller see a row: values to insert rows with. */
function anonymousValues(rule: AccessRule | undefined): Row {
  const out: Row = {};
  const fromExpr = (e: Expr): void => {
    if (e.kind === 'and' || e.kind === 'or') {
      fromExpr(e.left);
      if (e.kind === 'and') fromExpr(e.right);
    } else if (e.kind === 'compare' && e.op === '=' && e.left.kind === 'field' && e.left.path.length === 1 && (e.right.kind === 'literal' || e.right.kind === 'enumValue')) {
      out[e.left.path[0]!] = e.right.value;
    }
  };
  const walk = (r: AccessRule | undefined): void => {
    if (r === undefined) return;
    if (r.kind === 'or') r.rules.forEach(walk);
    else if (r.kind === 'policy' || r.kind === 'condition') fromExpr(r.condition.expr);
  };
  walk(rule);
  return out;
}

function ruleOf(op: OperationContract | undefined): AccessRule | undefined {
  return op?.resource.access.find((a) => a.operation === op.endpoint.name)?.rule;
}

/** JSON value equality as the API normalizes it (instants compared as instants). */
function expectSameValue(actual: unknown, sent: unknown, what: string): void {
  if (typeof sent === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(sent)) expect(Date.parse(String(actual)), what).toBe(Date.parse(sent));
  else expect(actual, what).toEqual(sent);
}

for (const example of EXAMPLES) {
  describe.skipIf(!E2E_ENABLED)(`ts-fastify end to end: ${example.name}`, () => {
    const dbName = `${E2E_DB_PREFIX}_${example.name}`;
    const dir = mkdtempSync(join(tmpdir(), `pab-e2e-${example.name}-`));
    const model = modelOf(example.spec);
    const tokens = new Tokens(model);
    let compiled: CompiledProject;
    let server: Server;
    let proxy: TcpProxy;
    let service: Service | undefined;
    let fx: Fixtures;
    let api: Api;
    let closeInserter: () => Promise<void> = async () => {};
    let started = 0;
    /** The services' base URLs the configuration requires, as .env.example gives them (nothing listens there). */
    const serviceUrls = (): Record<string, string> => Object.fromEntries(
      [...(compiled.files.get('.env.example') ?? '').matchAll(/^([A-Z][A-Z0-9_]*_URL)=(\S+)$/gm)].filter((m) => m[1] !== 'DATABASE_URL').map((m) => [m[1]!, m[2]!]),
    );
    const env = (): Record<string, string> => ({ DATABASE_URL: server.url(dbName), ...tokens.env, ...serviceUrls() });
    const resources = [...new Set(buildOps().map((o) => o.resource.name))];

    function buildOps(): readonly OperationContract[] {
      // The same contract the fixtures use, for naming the tests before anything runs.
      return new Fixtures(model, undefined as unknown as Api, undefined as unknown as SqlInserter, tokens).contract.operations;
    }

    beforeAll(async () => {
      started = Date.now();
      compiled = compileProject(example.spec);
      writeProject(dir, compiled.files);
      symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
      run(dir, 'npx', ['prisma', 'generate'], PRISMA_ENV);
      server = example.database === 'postgres' ? await postgresServer() : await mysqlServer();
      await server.create(dbName);
      proxy = await startTcpProxy(server.host, server.port);
    }, 1_200_000);

    afterAll(async () => {
      await stopService(service);
      await closeInserter().catch(() => {});
      await proxy?.close();
      await server?.drop(dbName).catch(() => {});
      await server?.end();
      rmSync(dir, { recursive: true, force: true });
      console.log(`ts-fastify e2e ${example.name}: ${((Date.now() - started) / 1000).toFixed(1)} s${api?.rateLimited.length ? `; rate limited (waited): ${[...new Set(api.rateLimited)].join(', ')}` : ''}`);
    }, 60_000);

    it('type-checks (tsc --noEmit) and builds', () => {
      run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
      run(dir, 'npx', ['tsc', '-p', 'tsconfig.build.json']);
    }, 300_000);

    it('migrates the database, once', () => {
      expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], env())).toContain('Applied 1 migration(s).');
      expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], env())).toContain('The database is up to date.');
    }, 120_000);

    it.runIf(example.generatedTests)('passes its generated tests (npm test)', () => {
      run(dir, 'npm', ['test'], env());
    }, 300_000);

    it('starts through a TCP proxy to its database and is ready', async () => {
      service = await startService(dir, { ...env(), DATABASE_URL: server.url(dbName, proxy.port) });
      api = new Api(service.base, tokens);
      const inserter = await server.inserter(dbName);
      closeInserter = () => inserter.close();
      fx = new Fixtures(model, api, inserter, tokens);
      expect((await fetch(`${service.base}/ready`)).status).toBe(200);
      const res = await fetch(`${service.base}/health`, { headers: { 'x-request-id': 'e2e-1' } });
      expect(res.headers.get('x-request-id')).toBe('e2e-1');
    }, 60_000);

    it('serves the openapi target\'s document, and docs', async () => {
      expect(await (await fetch(`${service!.base}/openapi.json`)).text()).toBe(compiled.openapi);
      expect((await fetch(`${service!.base}/docs/`)).status).toBe(200);
    });

    /** The parent row of a nested resource (its FK fields as path values), or `{}`. */
    async function pathRowOf(op: OperationContract): Promise<Row> {
      const parent = op.resource.parent;
      if (parent === undefined) return {};
      const ec = fx.contract.entities.get(op.resource.entity)!;
      const fks = parent.foreignKey.map((k) => ec.fields.find((f) => f.name === k)!);
      const row = await fx.parent(fks[0]!.foreignKey!.entity, false, []);
      return Object.fromEntries(fks.map((f) => [f.name, row[f.foreignKey!.field]]));
    }

    /** A row for checks on `res`: created through its API when a token can, else inserted. */
    async function rowFor(res: string, pathRow: Row): Promise<{ row: Row; created: boolean; body?: Row }> {
      const ops = fx.ops.get(res)!;
      const create = ops.get('create');
      const entity = fx.entity([...ops.values()][0]!.resource.entity);
      if (create !== undefined) {
        const { body, row: planned } = await fx.createBody(create, pathRow);
        const claims = fx.who(create, planned);
        if (claims !== undefined) {
          const a = await api.op(create, planned, { claims, body });
          expect(a.status, `create: ${JSON.stringify(a.body)}`).toBe(201);
          const row = a.body as Row;
          expect(a.headers.get('location') ?? '').toMatch(new RegExp(`/${entity.primaryKey.fields.map((k) => encodeURIComponent(String(row[k]))).join('/')}$`));
          return { row, created: true, body };
        }
        // No caller the service can authenticate satisfies the rule: refused, before validation.
        const refused = await api.op(create, planned, { body });
        expect([401, 403]).toContain(refused.status);
      }
      const anon = anonymousValues(ruleOf(ops.get('get') ?? ops.get('list')));
      return { row: await fx.insert(entity.name, { ...anon, ...pathRow }), created: false };
    }

    /** Every page of a list, `limit` items at a time. */
    async function walk(op: OperationContract, pathRow: Row, claims: Claims | undefined, limit: number, extra: Record<string, string> = {}): Promise<{ rows: Row[]; total?: number }> {
      const rows: Row[] = [];
      const style = op.result.kind === 'page' ? op.result.style : 'offset';
      let total: number | undefined;
      let cursor: string | null = null;
      for (let page = 0; page < 200; page++) {
        const query: Record<string, string | number> = { limit, ...extra };
        if (style === 'offset') query['offset'] = page * limit;
        else if (cursor !== null) query['cursor'] = cursor;
        const a = await api.op(op, pathRow, { claims, query });
        expect(a.status, `${op.operationId}: ${JSON.stringify(a.body)}`).toBe(200);
        const got = items(a.body);
        rows.push(...got);
        if (style === 'offset') {
          total = (a.body as { total: number }).total;
          if (got.length < limit) break;
        } else {
          cursor = (a.body as { nextCursor: string | null }).nextCursor;
          if (cursor === null) break;
        }
      }
      return total === undefined ? { rows } : { rows, total };
    }

    for (const res of resources) {
      it(`CRUD round trip on ${res}`, async () => {
        const ops = fx.ops.get(res)!;
        const any = [...ops.values()][0]!;
        const entity = fx.entity(any.resource.entity);
        const ec = fx.contract.entities.get(entity.name)!;
        const pathRow = await pathRowOf(any);
        const made = await rowFor(res, pathRow);
        let row = made.row;
        if (made.body !== undefined) {
          for (const [k, v] of Object.entries(made.body)) if (ec.output.some((f) => f.name === k)) expectSameValue(row[k], v, `${res}.${k}`);
        }
        const get = ops.get('get');
        if (get !== undefined) {
          const claims = fx.who(get, row);
          const a = await api.op(get, row, { claims });
          if (claims === undefined) expect([401, 403]).toContain(a.status);
          else {
            expect(a.status, `get: ${JSON.stringify(a.body)}`).toBe(200);
            if (made.created) expect(a.body).toEqual(row);
            else expect(keyOf(entity, a.body as Row)).toBe(keyOf(entity, row));
            row = a.body as Row;
          }
        }
        const list = ops.get('list');
        if (list !== undefined) {
          const claims = fx.who(list, row);
          if (claims === undefined) expect([401, 403]).toContain((await api.op(list, row)).status);
          else {
            const { rows } = await walk(list, row, claims, list.resource.pagination.max);
            expect(rows.map((r) => keyOf(entity, r))).toContain(keyOf(entity, row));
          }
        }
        const search = ops.get('search');
        if (search !== undefined) {
          const field = search.resource.search.find((f) => typeof row[f] === 'string' && row[f] !== '')!;
          const a = await api.op(search, row, { claims: fx.who(search, row), query: { q: String(row[field]), limit: search.resource.pagination.max } });
          expect(a.status, `search: ${JSON.stringify(a.body)}`).toBe(200);
          expect(items(a.body).map((r) => keyOf(entity, r))).toContain(keyOf(entity, row));
        }
        const update = ops.get('update');
        if (update !== undefined) {
          const claims = fx.who(update, row);
          const candidates = update.body.filter(({ field: f }) => f.foreignKey === undefined && f.type.kind === 'scalar' && ['string', 'text', 'int'].includes(f.type.type) && !f.list);
          const field = candidates.find(({ field: f }) => f.type.kind === 'scalar' && f.type.type !== 'int')?.field ?? candidates[0]?.field;
          expect(field, 'a field to update').toBeDefined();
          let value = fx.value(field!, fx.next());
          if (value === row[field!.name] && typeof value === 'number') value = value + 1;
          const a = await api.op(update, row, { claims, body: { [field!.name]: value } });
          if (claims === undefined) expect([401, 403]).toContain(a.status);
          else {
            expect(a.status, `update: ${JSON.stringify(a.body)}`).toBe(200);
            expect((a.body as Row)[field!.name]).toEqual(value);
            if (get !== undefined) expect(((await api.op(get, row, { claims: fx.who(get, row) })).body as Row)[field!.name]).toEqual(value);
          }
        }
        const del = ops.get('delete');
        if (del !== undefined) {
          const claims = fx.who(del, row);
          const a = await api.op(del, row, { claims });
          if (claims === undefined) expect([401, 403]).toContain(a.status);
          else {
            expect(a.status, `delete: ${JSON.stringify(a.body)}`).toBe(204);
            if (get !== undefined) expectProblem(await api.op(get, row, { claims: fx.who(get, row) }), 404, 'get after delete');
            if (list !== undefined) {
              const { rows } = await walk(list, row, fx.who(list, row), list.resource.pagination.max);
              expect(rows.map((r) => keyOf(entity, r))).not.toContain(keyOf(entity, row));
            }
          }
        }
      }, 180_000);
    }

    for (const res of resources) {
      it(`problems of ${res}: 422 invalid payloads, 404 unknown keys, 409 duplicate unique values`, async () => {
        const ops = fx.ops.get(res)!;
        const any = [...ops.values()][0]!;
        const entity = fx.entity(any.resource.entity);
        const pathRow = await pathRowOf(any);
        const create = ops.get('create');
        if (create !== undefined) {
          const { body, row } = await fx.createBody(create, pathRow);
          const claims = fx.who(create, row);
          if (claims !== undefined) {
            const required = create.body.filter((b) => b.required);
            if (required.length > 0) {
              const empty = await api.op(create, row, { claims, body: {} });
              expectProblem(empty, 422, 'empty create');
              const pointers = (empty.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer);
              for (const { field } of required) expect(pointers).toContain(`/${field.name}`);
            }
            const victim = create.body.find((b) => b.required)?.field ?? create.body[0]!.field;
            const bad = await api.op(create, row, { claims, body: { ...body, [victim.name]: wrongType(victim) } });
            expectProblem(bad, 422, 'wrong type');
            expect((bad.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toContain(`/${victim.name}`);
            expectProblem(await api.op(create, row, { claims, raw: '{"oops":' }), 400, 'malformed JSON');
            // 409: a second row with the first one's value of each unique field.
            const uniques = create.body.filter(({ field: f }) => f.unique && !f.id);
            if (uniques.length > 0) {
              const first = await api.op(create, row, { claims, body });
              expect(first.status, JSON.stringify(first.body)).toBe(201);
              for (const { field } of uniques) {
                const again = await fx.createBody(create, pathRow);
                again.body[field.name] = body[field.name];
                again.row[field.name] = body[field.name];
                expectProblem(await api.op(create, again.row, { claims: fx.who(create, again.row), body: again.body }), 409, `duplicate ${field.name}`);
              }
            }
          }
        }
        const missing: Row = { ...pathRow };
        const ec = fx.contract.entities.get(entity.name)!;
        for (const k of ec.key) missing[k.name] ??= unknownKey(k);
        const staff = (op: OperationContract): Claims | undefined => {
          // Any caller the rule lets in, given a row that does not exist: try the known rows' claims.
          const rows = fx.rows.get(entity.name) ?? [];
          return [missing, anonymousValues(ruleOf(op)), ...rows].map((r) => fx.who(op, { ...r, ...missing })).find((c) => c !== undefined);
        };
        for (const kind of ['get', 'update', 'delete'] as const) {
          const op = ops.get(kind);
          if (op === undefined) continue;
          const claims = staff(op);
          if (claims === undefined) continue;
          const a = await api.op(op, missing, { claims, ...(kind === 'update' ? { body: {} } : {}) });
          expectProblem(a, 404, `${kind} of an unknown key`);
        }
      }, 180_000);
    }

    it('walks every page of each list (every sort) with no duplicates or gaps, and filters', async () => {
      const lists = fx.contract.operations.filter((o) => o.kind === 'list');
      const styles = new Set<string>();
      for (const list of lists) {
        const entity = fx.entity(list.resource.entity);
        const pathRow = await pathRowOf(list);
        const mine: Row[] = [];
        for (let i = 0; i < 7; i++) mine.push((await rowFor(list.resource.name, pathRow)).row);
        const claims = fx.who(list, mine[0]!);
        if (claims === undefined) continue;
        styles.add(list.result.kind === 'page' ? list.result.style : '');
        const all = await walk(list, pathRow, claims, list.resource.pagination.max);
        const keys = all.rows.map((r) => keyOf(entity, r));
        for (const m of mine) expect(keys, list.operationId).toContain(keyOf(entity, m));
        const sorts = [undefined, ...(sortParam(list)?.values ?? [])];
        for (const sort of sorts) {
          const paged = await walk(list, pathRow, claims, 3, sort === undefined ? {} : { sort });
          const pagedKeys = paged.rows.map((r) => keyOf(entity, r));
          expect(new Set(pagedKeys).size, `${list.operationId} sort=${sort}: duplicates`).toBe(pagedKeys.length);
          expect([...pagedKeys].sort(), `${list.operationId} sort=${sort}: gaps`).toEqual([...keys].sort());
          if (paged.total !== undefined) expect(paged.total).toBe(keys.length);
          if (sort !== undefined) {
            const name = sort.replace(/^-/, '');
            const values = paged.rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined);
            const norm = (v: unknown): number | string => (typeof v === 'number' ? v : /^-?\d+(\.\d+)?$/.test(String(v)) ? Number(v) : /^\d{4}-\d{2}-\d{2}/.test(String(v)) ? Date.parse(String(v)) : example.database === 'mysql' ? String(v).toLowerCase() : String(v));
            for (let i = 1; i < values.length; i++) {
              const [a, b] = [norm(values[i - 1]), norm(values[i])];
              expect(sort.startsWith('-') ? a >= b : a <= b, `${list.operationId} sort=${sort}: ${String(a)} then ${String(b)}`).toBe(true);
            }
          }
        }
        // The first row as the API shows it (a row inserted with SQL holds driver values: 0/1 for booleans on MySQL).
        const first = all.rows.find((r) => keyOf(entity, r) === keyOf(entity, mine[0]!))!;
        for (const param of list.queryParams.filter((p) => p.field !== undefined)) {
          const value = first[param.name];
          if (value === undefined || value === null) continue;
          const filtered = await walk(list, pathRow, claims, list.resource.pagination.max, { [param.name]: String(value) });
          expect(filtered.rows.length, `${list.operationId} ${param.name}=${String(value)}`).toBeGreaterThan(0);
          for (const r of filtered.rows) expectSameValue(r[param.name], value, `${list.operationId} filter ${param.name}`);
          expect(filtered.rows.map((r) => keyOf(entity, r))).toContain(keyOf(entity, first));
        }
        expectProblem(await api.op(list, pathRow, { claims, query: { limit: list.resource.pagination.max + 1 } }), 400, 'limit above max');
      }
      console.log(`${example.name}: pagination styles walked: ${[...styles].join(', ')}`);
    }, 300_000);

    it('SQL injection strings in filters, search, sort and path parameters: no effect, no 500', async () => {
      // Quote breaking, stacked statements, LIKE wildcards, identifier quoting, backslash escapes (MySQL), placeholders.
      const attacks = ["' OR '1'='1", "x'; DROP TABLE _pab_migrations; --", "%' OR 'a' LIKE '%", '" OR ""="', '\\', '$1'];
      const noServerError = (a: { status: number; body: unknown }, what: string): void => {
        expect(a.status, `${what}: ${JSON.stringify(a.body)}`).toBeLessThan(500);
      };
      let checked = 0;
      for (const list of fx.contract.operations.filter((o) => o.kind === 'list')) {
        const entity = fx.entity(list.resource.entity);
        const pathRow = await pathRowOf(list);
        const { row } = await rowFor(list.resource.name, pathRow);
        const claims = fx.who(list, row);
        if (claims === undefined) continue;
        const before = (await walk(list, pathRow, claims, list.resource.pagination.max)).rows.map((r) => keyOf(entity, r)).sort();
        const search = fx.contract.operations.find((o) => o.kind === 'search' && o.resource.name === list.resource.name);
        const named = new Set(list.queryParams.map((p) => p.name));
        for (const attack of attacks) {
          for (const param of list.queryParams.filter((p) => p.field !== undefined)) {
            const a = await api.op(list, pathRow, { claims, query: { [param.name]: attack } });
            noServerError(a, `${list.operationId} ${param.name}=${attack}`);
            // A string filter matches the attack text literally (so nothing here); others refuse it as a bad query.
            if (a.status === 200) {
              for (const r of items(a.body)) expect(String(r[param.name]), `${list.operationId} ${param.name}`).toBe(attack);
            } else expectProblem(a, 400, `${list.operationId} ${param.name}=${attack}`);
            checked++;
          }
          // Declared sorts are a closed set; pagination parameters are numbers or our own cursors.
          if (sortParam(list) !== undefined) expectProblem(await api.op(list, pathRow, { claims, query: { sort: attack } }), 400, `${list.operationId} sort=${attack}`);
          for (const name of ['cursor', 'offset', 'limit'].filter((n) => named.has(n))) {
            expectProblem(await api.op(list, pathRow, { claims, query: { [name]: attack } }), 400, `${list.operationId} ${name}=${attack}`);
          }
          if (search !== undefined) {
            const a = await api.op(search, pathRow, { claims: fx.who(search, row), query: { q: attack } });
            expect(a.status, `${search.operationId} q=${attack}: ${JSON.stringify(a.body)}`).toBe(200);
            checked++;
          }
        }
        // Nothing changed: the same rows, and the service still answers.
        const after = (await walk(list, pathRow, claims, list.resource.pagination.max)).rows.map((r) => keyOf(entity, r)).sort();
        expect(after, `${list.operationId}: the rows after the attacks`).toEqual(before);
      }
      for (const op of fx.contract.operations.filter((o) => o.kind === 'get' || o.kind === 'update' || o.kind === 'delete')) {
        const pathRow = await pathRowOf(op);
        const { row } = await rowFor(op.resource.name, pathRow);
        const claims = fx.who(op, row);
        if (claims === undefined) continue;
        const key = fx.entity(op.resource.entity).primaryKey.fields;
        for (const attack of attacks) {
          const target = { ...row, ...Object.fromEntries(key.map((k) => [k, attack])) };
          const a = await api.op(op, target, { claims, ...(op.kind === 'update' ? { body: {} } : {}) });
          noServerError(a, `${op.operationId} key=${attack}`);
          expect([400, 404], `${op.operationId} key=${attack}: ${JSON.stringify(a.body)}`).toContain(a.status);
          checked++;
        }
        // The row the attacks aimed around is still there, unchanged.
        const get = fx.contract.operations.find((o) => o.kind === 'get' && o.resource.name === op.resource.name);
        if (get !== undefined) expect((await api.op(get, row, { claims: fx.who(get, row) })).status, `${op.operationId}: the row survives`).toBe(200);
      }
      expect(checked).toBeGreaterThan(0);
      expect((await fetch(`${service!.base}/ready`)).status).toBe(200);
    }, 300_000);

    it('/ready answers 503 while the database is unreachable, and recovers', async () => {
      const b = service!.base;
      proxy.cut();
      try {
        let status = 0;
        for (let i = 0; i < 40 && status !== 503; i++) {
          status = (await fetch(`${b}/ready`)).status;
          if (status !== 503) await new Promise((r) => setTimeout(r, 250));
        }
        expect(status).toBe(503);
        const down = await fetch(`${b}/ready`);
        expect(down.headers.get('content-type')).toContain('application/problem+json');
      } finally {
        proxy.restore();
      }
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        status = (await fetch(`${b}/ready`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      // Queries work again too.
      const list = fx.contract.operations.find((o) => o.kind === 'list' && o.resource.parent === undefined && fx.who(o, {}) !== undefined);
      if (list !== undefined) {
        let ok = 0;
        for (let i = 0; i < 20 && ok !== 200; i++) {
          ok = (await api.op(list, {}, { claims: fx.who(list, {}) })).status;
          if (ok !== 200) await new Promise((r) => setTimeout(r, 250));
        }
        expect(ok).toBe(200);
      }
    }, 60_000);

    it('counts the requests made in /metrics', async () => {
      const text = await (await fetch(`${service!.base}/metrics`)).text();
      const metric = new Map<string, number>();
      for (const line of text.split('\n')) {
        const m = /^http_requests_total\{method="([^"]+)",route="([^"]+)",status="(\d+)"\} (\d+)$/.exec(line);
        if (m) metric.set(`${m[1]} ${m[2]} ${m[3]}`, Number(m[4]));
      }
      expect(api.counts.size).toBeGreaterThan(0);
      for (const [key, count] of api.counts) expect(metric.get(key), key).toBe(count);
      expect(text).toContain('http_request_duration_seconds_bucket');
    });

    it.runIf(example.database === 'postgres')('starts and answers on PGlite without DATABASE_URL', async () => {
      await stopService(service);
      service = await startService(dir, { ...tokens.env, ...serviceUrls(), DATABASE_URL: '' });
      expect((await fetch(`${service.base}/ready`)).status).toBe(200);
      const pgliteApi = new Api(service.base, tokens);
      for (const list of fx.contract.operations.filter((o) => o.kind === 'list' && o.resource.parent === undefined)) {
        const claims = fx.who(list, {});
        if (claims === undefined) continue;
        const a = await pgliteApi.op(list, {}, { claims });
        expect(a.status, `${list.operationId}: ${JSON.stringify(a.body)}`).toBe(200);
        expect(items(a.body)).toEqual([]);
      }
      const create = fx.contract.operations.find((o) => o.kind === 'create' && o.resource.parent === undefined && o.body.every((b) => !b.required || b.field.foreignKey === undefined));
      if (create !== undefined) {
        const { body, row } = await fx.createBody(create);
        const a = await pgliteApi.op(create, row, { claims: fx.who(create, row), body });
        expect(a.status, JSON.stringify(a.body)).toBe(201);
      }
    }, 120_000);
  });
}
