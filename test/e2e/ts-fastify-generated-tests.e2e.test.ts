/**
 * End to end: the tests pab generates for a `ts-fastify` service pass, on a
 * real database. For each example: compile → install the project's
 * dependencies (cached by package.json) → `prisma generate` → `tsc --noEmit`
 * → `npm run migrate` on a fresh database, with nothing but the database
 * settings in the environment → `npm test` (vitest: every endpoint over
 * HTTP, pagination walks, filters, sorts, 404/409/422, actions, access
 * denials, rate limits, the services' hooks). shop, bank, assistant and the
 * conformance fixture (every field type) run on PostgreSQL, blog on MariaDB/MySQL (it takes no bearer tokens yet, issue
 * #7: its tests' app checks the generated rules with the helpers' own tokens).
 *
 * Slow (an npm install per distinct package.json the first time, then a few
 * minutes): runs when PAB_E2E=1 or CI is set. PostgreSQL from
 * PAB_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * MySQL/MariaDB from PAB_MYSQL_ADMIN_URL (default mysql://root@127.0.0.1:3306/).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { PRISMA_ENV, run, sharedModules } from './ts-fastify-harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileProject, databaseUrl, E2E_DB_PREFIX, E2E_ENABLED, MYSQL_ADMIN_URL, PG_ADMIN_URL, writeProject,
} from './ts-fastify-project.js';

/** A compiled example written to a temporary folder, its dependencies linked and its Prisma client generated. */
function prepare(example: string, spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pab-e2e-tests-${example}-`));
  writeProject(dir, compileProject(spec).files);
  symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
  run(dir, 'npx', ['prisma', 'generate'], PRISMA_ENV);
  return dir;
}

/** Only what a shell needs, so the migration sees no other configuration. */
function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: process.env['HOME'], ...extra };
}

/** `npm run migrate`, with nothing but the database in the environment (and production mode, where the service demands its keys). */
function migrate(dir: string, url: string): string {
  return execBare(dir, ['tsx', 'src/migrate.ts'], bareEnv({ DATABASE_URL: url, NODE_ENV: 'production' }));
}

/** `npx <args>` with exactly `env` (`run` would add this process's environment). */
function execBare(dir: string, args: string[], env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync('npx', args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe', timeout: 300_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npx ${args.join(' ')} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}\n${err.message}`);
  }
}

interface Db {
  readonly url: string;
  create(): Promise<void>;
  drop(): Promise<void>;
}

function postgresDb(name: string): Db {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  let connected = false;
  return {
    url: databaseUrl(name),
    async create() {
      await admin.connect();
      connected = true;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    },
    async drop() {
      if (!connected) return;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
    },
  };
}

function mysqlDb(name: string): Db {
  const url = new URL(MYSQL_ADMIN_URL.replace(/^mysql:/, 'mariadb:'));
  url.pathname = `/${name}`;
  let admin: mysql.Connection | undefined;
  return {
    url: url.toString(),
    async create() {
      admin = await mysql.createConnection(MYSQL_ADMIN_URL);
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.query(`CREATE DATABASE \`${name}\``);
    },
    async drop() {
      await admin?.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => {});
      await admin?.end();
    },
  };
}

const EXAMPLES = [
  { name: 'shop', spec: 'examples/shop/backend.pab', db: postgresDb },
  { name: 'bank', spec: 'examples/bank/backend.pab', db: postgresDb },
  { name: 'assistant', spec: 'examples/assistant/backend.pab', db: postgresDb },
  { name: 'blog', spec: 'examples/blog/backend.yaml', db: mysqlDb },
  // Every field type: the generated get test compares the plain-SQL get by key with Prisma's answer.
  { name: 'conformance', spec: 'test/fixtures/golden/conformance/input.pab', db: postgresDb },
];

for (const example of EXAMPLES) {
  const db = example.db(`${E2E_DB_PREFIX}_tests_${example.name}`);
  describe.skipIf(!E2E_ENABLED)(`ts-fastify generated tests: ${example.name} on ${example.db === mysqlDb ? 'MariaDB/MySQL' : 'PostgreSQL'}`, () => {
    let dir = '';

    beforeAll(async () => {
      dir = prepare(example.name, example.spec);
      await db.create();
    }, 1_200_000);

    afterAll(async () => {
      await db.drop();
      if (dir !== '') rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('type-checks, migrates with only the database configured, and passes its generated tests', () => {
      run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
      expect(() => execBare(dir, ['tsx', 'src/migrate.ts'], bareEnv({ DATABASE_URL: 'redis://127.0.0.1:6379' }))).toThrow(/DATABASE_URL must be a (PostgreSQL|MySQL) URL/);
      expect(migrate(dir, db.url)).toContain('Applied 1 migration(s).');
      expect(migrate(dir, db.url)).toContain('The database is up to date.');
      const started = Date.now();
      const out = run(dir, 'npm', ['test', '--silent'], { DATABASE_URL: db.url }, 1_200_000);
      const summary = out.split('\n').filter((l) => /Test Files|Tests /.test(l)).join('\n');
      console.log(`${example.name}: generated tests passed in ${Math.round((Date.now() - started) / 1000)} s\n${summary}`);
      expect(summary).toMatch(/Tests .*\d+ passed/);
      // On a fresh database every test applies: nothing is skipped (blog included).
      expect(summary).not.toMatch(/skipped/);
    }, 1_500_000);
  });
}
