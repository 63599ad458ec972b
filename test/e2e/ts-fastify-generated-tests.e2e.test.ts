/**
 * End to end: the tests pab generates for a `ts-fastify` service pass, on a
 * real PostgreSQL database. For each PostgreSQL example (and the conformance fixture): compile → install
 * the project's dependencies (cached by package.json) → `prisma generate` →
 * `tsc --noEmit` → its migrations on a fresh database → `npm test` (vitest:
 * every endpoint over HTTP, pagination walks, filters, sorts, 404/409/422,
 * actions, access, the services' hooks). The MySQL example (blog) only
 * type-checks (no MySQL server here).
 *
 * Slow (an npm install per distinct package.json the first time, then a few
 * minutes): runs when PAB_E2E=1 or CI is set. PostgreSQL from
 * PAB_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PRISMA_ENV, run, sharedModules } from './ts-fastify-harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileProject, databaseUrl, E2E_ENABLED, PG_ADMIN_URL, writeProject,
} from './ts-fastify-project.js';

/** The external services' URL variables the configuration requires, pointed at an address nothing answers on. */
function clientUrls(files: ReadonlyMap<string, string>): Record<string, string> {
  const text = files.get('src/generated/clients/index.ts') ?? '';
  return Object.fromEntries([...text.matchAll(/env\["([A-Z0-9_]+)"\] \?\? ''/g)].map((m) => [m[1]!, 'http://127.0.0.1:9']));
}

/** A compiled example written to a temporary folder, its dependencies linked and its Prisma client generated. */
function prepare(example: string, spec: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `pab-e2e-tests-${example}-`));
  const compiled = compileProject(spec);
  writeProject(dir, compiled.files);
  symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
  run(dir, 'npx', ['prisma', 'generate'], PRISMA_ENV);
  return { dir, env: clientUrls(compiled.files) };
}

// The examples, and the conformance fixture: every field type, so the plain-SQL get by key is
// compared with Prisma's answer for each (the generated get test does that).
const POSTGRES_SPECS: readonly (readonly [string, string])[] = [
  ['shop', 'examples/shop/backend.pab'],
  ['bank', 'examples/bank/backend.pab'],
  ['assistant', 'examples/assistant/backend.pab'],
  ['conformance', 'test/fixtures/golden/conformance/input.pab'],
];

for (const [example, spec] of POSTGRES_SPECS) {
  describe.skipIf(!E2E_ENABLED)(`ts-fastify generated tests: ${example} on PostgreSQL`, () => {
    const name = `pab_e2e_tests_${example}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    let dir = '';
    let urls: Record<string, string> = {};

    beforeAll(async () => {
      ({ dir, env: urls } = prepare(example, spec));
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }, 1_200_000);

    afterAll(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
      if (dir !== '') rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('type-checks, migrates and passes its generated tests', () => {
      run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
      const env = { ...urls, DATABASE_URL: databaseUrl(name) };
      expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], env)).toContain('Applied');
      const started = Date.now();
      const out = run(dir, 'npm', ['test', '--silent'], env, 1_200_000);
      console.log(`${example}: generated tests passed in ${Math.round((Date.now() - started) / 1000)} s\n${out.split('\n').filter((l) => /Test Files|Tests /.test(l)).join('\n')}`);
    }, 1_500_000);
  });
}

describe.skipIf(!E2E_ENABLED)('ts-fastify generated tests: blog (MySQL) type-checks', () => {
  let dir = '';
  beforeAll(() => {
    dir = prepare('blog', 'examples/blog/backend.yaml').dir;
  }, 1_200_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  it('tsc --noEmit is clean, tests included', () => {
    run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
  }, 300_000);
});
