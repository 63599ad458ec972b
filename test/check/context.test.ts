import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../src/syntax/document.js';
import { check, checkWith, summarize } from './helpers.js';
import { shopSpec } from './fixtures.js';

function diagnose(doc: SpecDocument) {
  const r = check(doc);
  return summarize(r.diagnostics, r.slice);
}

const blog = (): SpecDocument => ({
  backend: { name: 'Blog', database: 'sqlite' },
  entities: { Post: { fields: { title: { type: 'string' }, author: { type: 'string' } } } },
  resources: { posts: { entity: 'Post', access: { list: 'public', create: 'role(EDITOR)' } } },
});

describe('missing context', () => {
  it('requires a backend header', () => {
    const r = check({ enums: { Role: { values: ['A'] } } });
    expect(r.model).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: 'missing-backend', message: expect.stringContaining('add `backend { name ... database ... }`') }]);
  });

  it('requires a database when there are entities, at the backend key', () => {
    const doc = blog();
    delete doc.backend!.database;
    expect(diagnose(doc)).toContainEqual({
      code: 'missing-database', severity: 'error', at: 'backend',
      message: 'The spec declares 1 entity but `backend` names no `database`; add `database postgres` (or mysql, sqlite, mongodb).',
    });
  });

  it('builds a model without a database when nothing is stored', () => {
    const r = check({ backend: { name: 'Gateway' }, services: { up: { url: 'env(UP_URL)' } } });
    expect(r.diagnostics).toEqual([]);
    expect(r.model?.backend).toMatchObject({ name: 'Gateway', api: ['rest'], version: '0.1.0' });
    expect(r.model?.backend.database).toBeUndefined();
  });

  it('says exactly what to add when access rules need users but there is no auth', () => {
    expect(diagnose(blog())).toEqual([{
      code: 'access-needs-auth', severity: 'error', at: 'role(EDITOR)',
      message: 'Access rules need signed-in users (`role(EDITOR)`), but the spec has no `auth` section. Add `auth { identity {...} jwt {...} }`.',
    }]);
  });

  it('does not need auth for public rules, and defaults the others to public', () => {
    const doc = blog();
    doc.resources!.posts!.access = { list: 'public' };
    const r = check(doc);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.resources[0]!.access.map((a) => a.rule.kind)).toEqual(['public', 'public', 'public', 'public', 'public']);
  });

  it('needs an identity for rules about who the user is', () => {
    const doc = blog();
    doc.auth = { apiKey: {} };
    doc.resources!.posts!.access = { list: 'authenticated', update: 'owner(author) or user.name = author' };
    expect(diagnose(doc)).toEqual([{
      code: 'access-needs-identity', severity: 'error', at: 'owner(author)',
      message: '`owner(author)` needs to know who the user is, but `auth` declares no `identity`. Add `identity { entity User, login email, password password }`.',
    }]);
  });

  it('requires a sign-in method in the auth section', () => {
    const r = checkWith(shopSpec, (d) => { delete d.auth!.jwt; });
    expect(summarize(r.diagnostics, r.slice)).toEqual([{
      code: 'auth-missing-method', severity: 'error', at: 'auth',
      message: 'The `auth` section declares no sign-in method; add `jwt {}`, `session {}`, `apiKey {}` or `oauth2 {...}`.',
    }]);
  });

  it('never throws on odd input that slipped past the schema', () => {
    const odd = { backend: { name: 'X', database: 'postgres' }, entities: { A: { fields: null }, B: {} }, resources: { r: {} }, sagas: { s: { steps: [null] } } };
    expect(() => check(odd as unknown as SpecDocument)).not.toThrow();
    expect(() => check(null as unknown as SpecDocument)).not.toThrow();
  });
});
