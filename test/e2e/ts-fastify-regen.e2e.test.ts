/**
 * End to end: regenerating a `ts-fastify` project keeps the user's code.
 *
 * The shop example is compiled into a folder and migrated; user code goes
 * into scaffold files (a hook on categories that trims the name, the body of
 * the products' bulkImport action). Then a field is added to an entity in
 * the spec and the project is compiled again into the same folder, with the
 * first output as `previous`, written the way `pab compile` writes (scaffold
 * files that exist are left alone). Checked: the user's files are
 * byte-identical, a new migration was added and the first one is untouched,
 * the project type-checks, the new migration applies, and the new field works
 * end to end while the user's hook and action still run, and the generated
 * tests pass with the user's code (the implemented action's 501 test skips).
 *
 * Runs when PAB_E2E=1 or CI is set, with the shared install of
 * ts-fastify.e2e.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSpec } from '../../src/pipeline.js';
import { Api, Tokens } from './ts-fastify-blackbox.js';
import { PRISMA_ENV, run, sharedModules, startService, stopService, type Service } from './ts-fastify-harness.js';
import { compileProject, databaseUrl, E2E_DB_PREFIX, E2E_ENABLED, PG_ADMIN_URL, repoHost, ROOT, type CompiledProject } from './ts-fastify-project.js';


const HOOK = `// The user's hook: names are stored trimmed.
import type { ResourceHooks, Category, CategoryCreate, CategoryUpdate } from '../../generated/types.js';

export const hooks: ResourceHooks<CategoryCreate, CategoryUpdate, Category> = {
  beforeCreate(input) {
    return { ...input, name: input.name.trim() };
  },
};
`;

const ACTION = `// The user's action: counts the data rows of the CSV file.
import type { ActionContext, BulkImportProductsInput } from '../../generated/types.js';

export async function bulkImport(params: Record<string, unknown>, input: BulkImportProductsInput, ctx: ActionContext): Promise<number> {
  void params;
  void ctx;
  const lines = Buffer.from(input.file, 'base64').toString('utf8').split('\\n').filter((l) => l.trim() !== '');
  return Math.max(lines.length - 1, 0);
}
`;

const USER_FILES: Record<string, string> = {
  'src/extensions/hooks/categories.ts': HOOK,
  'src/extensions/actions/products.ts': ACTION,
};

/** Writes a compile's files the way `pab compile` does: an existing scaffold file is the user's and stays. */
function writeLikeCompile(dir: string, project: CompiledProject): void {
  for (const [path, content] of project.files) {
    const target = join(dir, path);
    if (project.kinds.get(path) === 'scaffold' && existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

function readAll(dir: string, paths: Iterable<string>): Map<string, string> {
  return new Map([...paths].filter((p) => existsSync(join(dir, p))).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

describe.skipIf(!E2E_ENABLED)('ts-fastify end to end: regenerating keeps user code', () => {
  const dbName = `${E2E_DB_PREFIX}_regen`;
  const work = mkdtempSync(join(tmpdir(), 'pab-e2e-regen-'));
  const dir = join(work, 'out');
  const spec = join(work, 'backend.pab');
  const original = readFileSync(join(ROOT, 'examples/shop/backend.pab'), 'utf8');
  const withField = original.replace(/(entity Category \{\n(?:.*\n)*?  position int[^\n]*\n)/, '$1  /// Shown under the category title.\n  description string? @maxLength(200)\n');
  const url = databaseUrl(dbName);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  let v1: CompiledProject;
  let v2: CompiledProject;
  let service: Service | undefined;

  beforeAll(async () => {
    expect(withField).not.toBe(original);
    writeFileSync(spec, original);
    v1 = compileProject(spec);
    writeLikeCompile(dir, v1);
    for (const [path, content] of Object.entries(USER_FILES)) {
      expect(v1.kinds.get(path)).toBe('scaffold');
      writeFileSync(join(dir, path), content);
    }
    symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    expect(run(dir, 'npx', ['tsx', 'src/migrate.ts'], { DATABASE_URL: url })).toContain('Applied 1 migration(s).');
  }, 1_200_000);

  afterAll(async () => {
    await stopService(service);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('recompiles with a new field: user code byte-identical, one new migration, earlier ones untouched', () => {
    const before = readAll(dir, v1.files.keys());
    writeFileSync(spec, withField);
    v2 = compileProject(spec, before);
    writeLikeCompile(dir, v2);
    for (const [path, content] of Object.entries(USER_FILES)) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(content);
    for (const [path, content] of before) {
      if (v1.kinds.get(path) === 'scaffold' || path.startsWith('migrations/')) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(content);
      if (path.startsWith('migrations/')) expect(v2.files.get(path), `${path} is emitted unchanged`).toBe(content);
    }
    const added = [...v2.files.keys()].filter((p) => p.startsWith('migrations/') && !before.has(p));
    expect(added.some((p) => /^migrations\/0002_[^/]+\/up\.sql$/.test(p)), added.join(', ')).toBe(true);
    const up = v2.files.get(added.find((p) => p.endsWith('/up.sql'))!)!;
    expect(up).toMatch(/ALTER TABLE "categories"[\s\S]*ADD COLUMN "description"/);
    expect(v2.files.get('src/generated/types.ts')).toContain('description');
  });

  it('still type-checks and builds', () => {
    run(dir, 'npx', ['prisma', 'generate'], PRISMA_ENV);
    run(dir, 'npx', ['tsc', '--noEmit', '-p', '.']);
    run(dir, 'npx', ['tsc', '-p', 'tsconfig.build.json']);
  }, 300_000);

  it('applies the new migration, only it', () => {
    const out = run(dir, 'npx', ['tsx', 'src/migrate.ts'], { DATABASE_URL: url });
    expect(out).toContain('Applied 1 migration(s).');
    expect(out).toMatch(/applying 0002_/);
  }, 120_000);

  it('its generated tests pass with the user\'s code: the implemented action\'s 501 test skips, saying why', () => {
    const out = run(dir, 'npx', ['vitest', 'run', 'test/generated/products.test.ts', 'test/generated/categories.test.ts', '--reporter=verbose'], { DATABASE_URL: url, NO_COLOR: '1' });
    expect(out).toMatch(/↓ [^\n]*bulkImportProducts: the scaffold answers 501 until it is implemented[^\n]*bulkImport in src\/extensions\/actions\/products\.ts is implemented/);
    expect(out).toMatch(/✓ [^\n]*bulkImportProducts: refuses a caller its rule does not let through \(403\)/);
    expect(out).toMatch(/✓ [^\n]*createCategory: creates \(201 \+ Location\) what was sent/);
    expect(out).toMatch(/Tests +\d+ passed \| 1 skipped/);
  }, 300_000);

  it('serves the new field end to end; the user\'s hook and action still run', async () => {
    const model = validateSpec(repoHost(), spec).model!;
    const tokens = new Tokens(model);
    service = await startService(dir, { DATABASE_URL: url, ...tokens.env });
    const api = new Api(service.base, tokens);
    const admin = { sub: '00000000-0000-4000-8000-00000000000a', role: 'ADMIN' };
    const created = await api.call('POST', '/categories', '/categories', { claims: admin, body: { name: '  Hats  ', slug: 'hats', description: 'Warm ones.' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const row = created.body as { id: string; name: string; description: string };
    expect(row).toMatchObject({ name: 'Hats', description: 'Warm ones.' });
    const read = await api.call('GET', `/categories/${row.id}`, '/categories/:id');
    expect(read.body).toEqual(row);
    const patched = await api.call('PATCH', `/categories/${row.id}`, '/categories/:id', { claims: admin, body: { description: 'Wool.' } });
    expect((patched.body as { description: string }).description).toBe('Wool.');
    const tooLong = await api.call('POST', '/categories', '/categories', { claims: admin, body: { name: 'Caps', slug: 'caps', description: 'x'.repeat(201) } });
    expect(tooLong.status).toBe(422);
    const imported = await api.call('POST', '/products/import', '/products/import', { claims: admin, body: { file: Buffer.from('sku,name\nA-001,One\nA-002,Two\n').toString('base64') } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toBe(2);
  }, 120_000);
});
