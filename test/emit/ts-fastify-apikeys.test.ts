/**
 * API keys in the `ts-fastify` target (issue #7, `auth.apiKey`), fast checks:
 * the key-management endpoints are the OpenAPI document's, the key table
 * reaches the Prisma schema and the migrations in both dialects (hash
 * unique, deleted with the user), the header and prefix come from the spec
 * (escaped), keys enter access checks only (never sign-in), and a spec
 * without `apiKey` gets none of it. The attack tests run on the generated
 * service (its test/generated/apikeys.test.ts, run by
 * test/e2e/ts-fastify-generated-tests.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { compileProject, ROOT } from '../e2e/ts-fastify-project.js';

type Doc = { paths: Record<string, Record<string, { operationId: string }>> };

/** The MySQL fixture with an `apiKey` block (header and prefix given). */
function miniWith(apiKey: string): ReturnType<typeof compileProject> {
  const path = 'test/fixtures/auth/mysql-bcrypt.pab';
  const text = readFileSync(join(ROOT, path), 'utf8').replace('  password {', `  apiKey {\n${apiKey}\n  }\n  password {`);
  expect(text).toContain('apiKey {');
  return compileProject(path, new Map(), createMemoryHost({ [path]: text }));
}

describe('ts-fastify API keys', () => {
  const assistant = compileProject('examples/assistant/backend.pab');
  const shop = compileProject('examples/shop/backend.pab');
  const mini = miniWith('    header "X-Mini-Key"\n    prefix "mini_"');

  it('serves the document\'s key endpoints with its operation ids and route schemas', () => {
    for (const p of [assistant, mini]) {
      const doc = JSON.parse(p.files.get('openapi.json')!) as Doc;
      const keys = p.files.get('src/generated/apikeys.ts')!;
      const schemas = p.files.get('src/generated/schemas.ts')!;
      for (const [path, method, route] of [['/auth/api-keys', 'get', '/auth/api-keys'], ['/auth/api-keys', 'post', '/auth/api-keys'], ['/auth/api-keys/{id}', 'delete', '/auth/api-keys/:id']] as const) {
        const op = doc.paths[path]?.[method];
        expect(op, `${method} ${path}`).toBeDefined();
        expect(keys).toContain(`app.${method}(${JSON.stringify(route)}, { schema: ROUTE_SCHEMAS[${JSON.stringify(op!.operationId)}]!, onRequest: signedIn }`);
        expect(schemas.includes(`\n  ${op!.operationId}: {`), op!.operationId).toBe(true);
      }
      expect(p.files.get('src/generated/app.ts')).toContain('await app.register(apiKeyRoutes, { db, access, clock, registry: metrics.registry, keys: apiKeys });');
      expect(p.files.get('test/generated/apikeys.test.ts')).toContain("describe('API keys'");
    }
  });

  it('documents the key endpoints (and the other signed-in auth endpoints) as taking a sign-in, not an API key', () => {
    const doc = JSON.parse(assistant.files.get('openapi.json')!) as { paths: Record<string, Record<string, { security: object[] }>> };
    for (const [path, method] of [['/auth/api-keys', 'get'], ['/auth/api-keys', 'post'], ['/auth/api-keys/{id}', 'delete'], ['/auth/logout', 'post']] as const) {
      expect(doc.paths[path]![method]!.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
    // Resource operations take either.
    expect(doc.paths['/tickets']!['get']!.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }]);
  });

  it('adds the key table to the Prisma schema and the migrations: hash unique, deleted with the user (PostgreSQL and MySQL)', () => {
    for (const [p, users, q] of [[assistant, 'users', '"'], [mini, 'members', '`']] as const) {
      const prisma = p.files.get('prisma/schema.prisma')!;
      const up = [...p.files].find(([path]) => /^migrations\/0001_[a-z0-9_]+\/up\.sql$/.test(path))![1];
      expect(prisma).toContain('model PabAuthApiKey {');
      expect(prisma).toContain('@@map("pab_auth_api_keys")');
      expect(up).toContain(`CREATE TABLE ${q}pab_auth_api_keys${q}`);
      expect(up).toContain(`CONSTRAINT ${q}pab_auth_api_keys_key_hash_key${q} UNIQUE (${q}key_hash${q})`);
      for (const column of ['name', 'prefix', 'key_hash', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at']) expect(up).toContain(`${q}${column}${q}`);
      expect(up).toMatch(new RegExp(`ALTER TABLE ${q}pab_auth_api_keys${q} ADD CONSTRAINT ${q}pab_auth_api_keys_user_id_fkey${q} FOREIGN KEY \\(${q}user_id${q}\\) REFERENCES ${q}${users}${q} \\(${q}id${q}\\) ON DELETE CASCADE`));
    }
  });

  it('takes the header (lower-case) and the prefix from the spec, stores keys as SHA-256 of 256 random bits', () => {
    const keys = assistant.files.get('src/generated/apikeys.ts')!;
    expect(keys).toContain('header: "x-api-key"');
    expect(keys).toContain('prefix: "hd_"');
    expect(keys).toContain('export const newApiKey = (): string => `${API_KEY_SETTINGS.prefix}${newToken()}`;');
    expect(assistant.files.get('src/generated/tokens.ts')).toContain("export const newToken = (): string => randomBytes(32).toString('base64url');");
    expect(keys).toContain('keyHash: sha256(key)');
    expect(keys).toContain("findUnique({ where: { keyHash: sha256(key) } })");
    expect(mini.files.get('src/generated/apikeys.ts')).toContain('header: "x-mini-key"');
    expect(mini.files.get('src/generated/apikeys.ts')).toContain('prefix: "mini_"');
  });

  it('gives a key\'s caller the user\'s current role and the fields the rules read as user.x', () => {
    const keys = assistant.files.get('src/generated/apikeys.ts')!;
    // sameTeam: team = user.team
    expect(keys).toMatch(/claims: \[\s*\{\s*api: "team",\s*prisma: "team"\s*\}\s*\]/);
    expect(keys).toContain('const user = await users.findUnique({ where: { [API_KEY_SETTINGS.key.prisma]: row[\'userId\'] } });');
    expect(keys).toContain('user[API_KEY_SETTINGS.role.prisma]');
  });

  it('lets keys into access checks only: sign-in (authenticate) never takes a key', () => {
    const keys = assistant.files.get('src/generated/apikeys.ts')!;
    expect(keys).toMatch(/export function withApiKeys\(access: Access, keys: ApiKeys\): Access \{\n\s+return \{\n\s+authenticate: access\.authenticate,/);
    expect(keys).toContain('return scopedVerdict(operationId, caller);');
    expect(assistant.files.get('src/generated/access.ts')).toContain('export function verdict(operationId: string, principal: Principal | undefined): AccessResult {');
    expect(assistant.files.get('src/generated/auth.ts')).not.toContain('apikeys');
  });

  it('offers scopes (the spec\'s roles) on keys, ANDed with the user\'s own verdict', () => {
    type Schemas = { components: { schemas: Record<string, { properties: Record<string, { type?: unknown; items?: { enum?: string[] }; minItems?: number; uniqueItems?: boolean }>; required?: string[] }> } };
    const doc = JSON.parse(assistant.files.get('openapi.json')!) as Schemas;
    const create = doc.components.schemas['ApiKeyCreate']!;
    expect(create.properties['scopes']).toMatchObject({ type: 'array', items: { enum: ['CUSTOMER', 'AGENT', 'SUPERVISOR'] }, minItems: 1, uniqueItems: true });
    expect(create.required).toEqual(['name']);
    expect(doc.components.schemas['ApiKey']!.properties['scopes']!.type).toEqual(['array', 'null']);
    expect(doc.components.schemas['ApiKey']!.required).toContain('scopes');
    const keys = assistant.files.get('src/generated/apikeys.ts')!;
    expect(keys).toContain('const own = verdict(operationId, caller?.principal);');
    expect(keys).toContain('where: own.where === undefined ? scope : { AND: [own.where, scope] }');
    // No roles, no scopes: the document offers none.
    // (hostile-strings: an apiKey block, no roles; its openapi golden)
    const plain = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/golden/hostile-strings/expected/openapi/openapi.json'), 'utf8')) as Schemas;
    expect(Object.keys(plain.components.schemas['ApiKeyCreate']!.properties)).toEqual(['name', 'expiresAt']);
    expect(Object.keys(plain.components.schemas['ApiKey']!.properties)).not.toContain('scopes');
    expect(Object.keys((JSON.parse(mini.files.get('openapi.json')!) as Schemas).components.schemas['ApiKeyCreate']!.properties)).toContain('scopes');
  });

  it('escapes a hostile header and prefix', () => {
    const hostile = miniWith('    header "X-Key\\"\\\\`${x}"\n    prefix "k_`${process.exit(1)}\'\\""');
    expect(hostile.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const keys = hostile.files.get('src/generated/apikeys.ts')!;
    const literal = /^ {2}prefix: (".*"),$/m.exec(keys)![1]!;
    // A plain string literal: the same characters back, nothing interpolated.
    expect(literal.startsWith('"') && !/(^|[^\\])"(?!$)/.test(literal.slice(1))).toBe(true);
    expect(JSON.parse(literal.replace(/\\([`$])/g, '$1'))).toBe('k_`${process.exit(1)}\'"');
    expect(/^ {2}header: (".*"),$/m.exec(keys)![1]).toBe('"x-key\\"\\\\\\`\\${x}"');
  });

  it('writes no key code for a spec without `apiKey`', () => {
    for (const path of ['src/generated/apikeys.ts', 'test/generated/apikeys.test.ts']) expect(shop.files.has(path), path).toBe(false);
    expect(shop.files.get('prisma/schema.prisma')).not.toContain('PabAuthApiKey');
    expect(shop.files.get('src/generated/app.ts')).not.toContain('withApiKeys');
  });
});
