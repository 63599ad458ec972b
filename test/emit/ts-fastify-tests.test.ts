/**
 * The tables of the `ts-fastify` generated tests (src/emit/ts-fastify/test-data.ts):
 * fixture recipes walk required foreign keys, unique sets pick which parent
 * must be new per row, the principal entity comes from the access rules, and
 * the literal printer stays compact. Running the generated tests is the e2e
 * test test/e2e/ts-fastify-generated-tests.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { compactLiteral } from '../../src/emit/ts-fastify/test-data.js';
import { compileProject, ROOT } from '../e2e/ts-fastify-project.js';

/** The `ENTITIES` object of a generated data.ts, read back. */
function entities(spec: string): Record<string, { refs: { entity: string; fields: string[][]; fresh?: true }[]; uniques: string[][]; fields: { name: string; unique?: true; variants?: string[] }[] }> {
  const text = compileProject(spec).files.get('test/generated/data.ts')!;
  const body = text.slice(text.indexOf('= {') + 2, text.indexOf('};\n') + 1);
  return new Function(`return (${body});`)() as ReturnType<typeof entities>;
}

describe('ts-fastify generated tests: data tables', () => {
  it('walks required parents and marks the ones a unique set needs new', () => {
    const shop = entities('examples/shop/backend.pab');
    expect(shop['CartItem']!.refs).toEqual([
      { entity: 'Cart', fields: [['cartId', 'id']] },
      { entity: 'Product', fields: [['productId', 'id']], fresh: true },
    ]);
    // One cart per customer, and the customer is the caller: the cart shares it.
    expect(shop['Cart']!.refs).toEqual([{ entity: 'User', fields: [['customerId', 'id']] }]);
    expect(Object.keys(shop)).toContain('User');
    // Category (parentId, name) is unique, but fixtures leave the optional parent null: not checked.
    expect(shop['Category']!.uniques).toEqual([['slug']]);
    const sku = shop['Product']!.fields.find((f) => f.name === 'sku')!;
    expect(sku.unique).toBe(true);
    expect(sku.variants!.every((v) => /^[A-Z0-9-]{4,32}$/.test(v))).toBe(true);
  });

  it('varies one field of a unique set of several (blog: section, slug), so fixtures do not collide', () => {
    const slug = entities('examples/blog/backend.yaml')['Post']!.fields.find((f) => f.name === 'slug')!;
    expect(slug.unique).toBe(true);
    expect(slug.variants!.every((v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v))).toBe(true);
  });

  it('gives the resources their rate limit and the actions their extension function', () => {
    const blog = compileProject('examples/blog/backend.yaml').files;
    expect(blog.get('test/generated/comments.test.ts')).toContain('rateLimit: { max: 10, windowMs: 60000 }');
    expect(blog.get('test/generated/tags.test.ts')).not.toContain('rateLimit');
    const carts = compileProject('examples/shop/backend.pab').files.get('test/generated/carts.test.ts')!;
    expect(carts).toContain('fn: "checkout"');
    expect(carts).toContain("import * as actions from '../../src/extensions/actions/carts.js';");
    expect(carts).toContain('{ path: "src/extensions/actions/carts.ts", exports: actions }');
  });

  it('gives callers the claims rules compare records with, valued like the fixtures', () => {
    expect(compileProject('examples/blog/backend.yaml').files.get('test/generated/data.ts')).toContain('export const CLAIMS: Readonly<Record<string, unknown>> = { section: "NEWS" };');
    expect(compileProject('examples/shop/backend.pab').files.get('test/generated/data.ts')).toContain('export const CLAIMS: Readonly<Record<string, unknown>> = {};');
  });

  it('lets the tests of a spec without sign-in check access with their own tokens', () => {
    const path = 'examples/blog/backend.yaml';
    const text = readFileSync(join(ROOT, path), 'utf8').replace(/\n  session:\n(    .*\n)+/, '\n');
    const noSignIn = compileProject(path, new Map(), createMemoryHost({ [path]: text })).files;
    expect(noSignIn.get('test/generated/helpers.ts')).toContain("const access = await createAccess(config, undefined, tokens.authenticate);");
    expect(noSignIn.get('test/generated/helpers.ts')).toContain('buildApp({ config, db, clients, access, logger: false, ...options })');
    expect(noSignIn.get('src/generated/app.ts')).toContain('const checker = deps.access ?? (await createAccess(config, clock));');
    expect(compileProject('examples/shop/backend.pab').files.get('test/generated/helpers.ts')).toContain('buildApp({ config, db, clients, logger: false, ...options })');
  });

  it('signs the callers of a session-only spec in through the real login', () => {
    const blog = compileProject('examples/blog/backend.yaml').files;
    const helpers = blog.get('test/generated/helpers.ts')!;
    expect(helpers).toContain('headers: sessionSignIn(app, db),');
    expect(helpers).not.toContain('authenticateWith');
    expect(helpers).toContain('buildApp({ config, db, clients, logger: false, ...options })');
    expect(blog.get('src/generated/app.ts')).toContain('const checker = deps.access ?? (await createAccess(config, clock, undefined, sessions));');
    expect(blog.get('test/generated/harness.ts')).toContain('return t.headers(id, role, claims);');
  });

  it('migrates with the database settings only, not the whole configuration', () => {
    for (const spec of ['examples/shop/backend.pab', 'examples/blog/backend.yaml']) {
      const migrate = compileProject(spec).files.get('src/migrate.ts')!;
      expect(migrate).not.toContain('loadConfig');
      expect(migrate).not.toContain('./generated/config.js');
      expect(migrate).toContain("value('DATABASE_URL')");
    }
  });

  it('gives two relations to the same entity different parents', () => {
    expect(entities('examples/bank/backend.pab')['Transfer']!.refs.map((r) => r.fresh ?? false)).toEqual([false, true]);
  });

  it('names the principal entity from the access rules', () => {
    const text = compileProject('examples/assistant/backend.pab').files.get('test/generated/data.ts')!;
    expect(text).toMatch(/export const PRINCIPAL: .* = \{ entity: "User", field: "id" \};/);
  });

  it('prints literals on one line while they fit', () => {
    expect(compactLiteral({ a: [1, 2], b: 'x' })).toBe('{ a: [1, 2], b: "x" }');
    expect(compactLiteral({ a: 'x'.repeat(60), b: 'y'.repeat(60) })).toBe(`{\n  a: "${'x'.repeat(60)}",\n  b: "${'y'.repeat(60)}",\n}`);
    expect(compactLiteral({ 'not-an-ident': 1, ['x'.repeat(120)]: 2 }, 0, 20)).toContain('"not-an-ident": 1,');
  });
});
