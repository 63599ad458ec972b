/**
 * The `openapi` target: every golden case's document is valid OpenAPI 3.1
 * (swagger-parser) and clean under Redocly's `recommended` rules; the YAML
 * and JSON files hold the same document; every example validates against
 * its schema (Ajv, JSON Schema 2020-12 with formats). Then the mapping of
 * the conformance fixture: field types, read/write-only fields, statuses,
 * security, nested paths, page envelopes, auth endpoints; and determinism.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createNodeHost } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runTargets } from '../../src/emit/run.js';
import { validateSpec } from '../../src/pipeline.js';
import { modelOf } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'test/fixtures/golden');

// ajv-formats is CommonJS with `module.exports = formatsPlugin` and a `default` property.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Obj = Record<string, any>;

interface Emitted {
  readonly yaml: string;
  readonly json: string;
  readonly doc: Obj;
  readonly diagnostics: readonly Diagnostic[];
}

/** The spec path of a golden case, relative to the repository root. */
function specOf(name: string): string {
  const dir = `test/fixtures/golden/${name}`;
  for (const f of ['input.pab', 'input.yaml']) if (existsSync(join(ROOT, dir, f))) return `${dir}/${f}`;
  return readFileSync(join(ROOT, dir, 'spec.txt'), 'utf8').trim();
}

function emitSpec(spec: string): Emitted {
  const node = createNodeHost();
  const host = { ...node, readFile: (p: string) => node.readFile(p.startsWith('/') ? p : join(ROOT, p)) };
  const validated = validateSpec(host, spec);
  if (!validated.model) throw new Error(`${spec}: ${validated.diagnostics.map((d) => d.message).join('\n')}`);
  return emitModel(validated.model, spec);
}

function emitModel(model: Parameters<typeof runTargets>[0], spec = 'backend.pab'): Emitted {
  const result = runTargets(model, { targets: ['openapi'], specPath: spec, templateDirs: [] });
  const file = (path: string): string => result.files.find((f) => f.path === path)!.content;
  const json = file('openapi.json');
  return { yaml: file('openapi.yaml'), json, doc: JSON.parse(json) as Obj, diagnostics: result.diagnostics };
}

/** Every operation: `[path, method, operation]`. */
function operations(doc: Obj): [string, string, Obj][] {
  return Object.entries(doc['paths'] as Obj).flatMap(([path, item]) =>
    Object.entries(item as Obj).map(([method, op]): [string, string, Obj] => [path, method, op as Obj]));
}

function op(doc: Obj, id: string): Obj {
  const found = operations(doc).find(([, , o]) => o['operationId'] === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found[2];
}

function schema(doc: Obj, name: string): Obj {
  const s = (doc['components']['schemas'] as Obj)[name];
  if (!s) throw new Error(`no schema ${name}`);
  return s as Obj;
}

// ---- Example validation ----------------------------------------------------------------

const DOC_ID = 'urn:pab:openapi';

/** A schema with its component references pointed at the document registered under DOC_ID. */
function rebased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebased);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) =>
    [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : rebased(v)]));
}

/** Every example of the document with the schema it must satisfy and where it is. */
function examplesOf(doc: Obj): { where: string; schema: unknown; example: unknown }[] {
  const out: { where: string; schema: unknown; example: unknown }[] = [];
  const visitSchema = (s: unknown, where: string): void => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return;
    const so = s as Obj;
    for (const [i, ex] of ((so['examples'] as unknown[] | undefined) ?? []).entries()) out.push({ where: `${where}/examples/${i}`, schema: so, example: ex });
    for (const [name, p] of Object.entries((so['properties'] as Obj | undefined) ?? {})) visitSchema(p, `${where}/properties/${name}`);
    if (so['items'] !== undefined) visitSchema(so['items'], `${where}/items`);
    for (const key of ['oneOf', 'anyOf', 'allOf']) for (const [i, sub] of ((so[key] as unknown[] | undefined) ?? []).entries()) visitSchema(sub, `${where}/${key}/${i}`);
  };
  for (const [name, s] of Object.entries((doc['components']?.['schemas'] as Obj | undefined) ?? {})) visitSchema(s, `#/components/schemas/${name}`);
  const visitMedia = (content: Obj | undefined, where: string): void => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const m = media as Obj;
      if (m['example'] !== undefined) out.push({ where: `${where}/${type}/example`, schema: m['schema'], example: m['example'] });
      visitSchema(m['schema'], `${where}/${type}/schema`);
    }
  };
  const visitParams = (params: Obj[] | undefined, where: string): void => {
    for (const [i, p] of (params ?? []).entries()) {
      if (p['example'] !== undefined && p['schema'] !== undefined) out.push({ where: `${where}/parameters/${i}`, schema: p['schema'], example: p['example'] });
      visitMedia(p['content'] as Obj | undefined, `${where}/parameters/${i}/content`);
    }
  };
  const visitHeaders = (headers: Obj | undefined, where: string): void => {
    for (const [name, h] of Object.entries(headers ?? {})) {
      const ho = h as Obj;
      if (ho['example'] !== undefined && ho['schema'] !== undefined) out.push({ where: `${where}/headers/${name}`, schema: ho['schema'], example: ho['example'] });
    }
  };
  for (const [path, method, o] of operations(doc)) {
    const where = `${method.toUpperCase()} ${path}`;
    visitParams(o['parameters'] as Obj[] | undefined, where);
    visitMedia(o['requestBody']?.['content'] as Obj | undefined, `${where}/requestBody`);
    for (const [status, r] of Object.entries((o['responses'] as Obj | undefined) ?? {})) {
      visitMedia((r as Obj)['content'] as Obj | undefined, `${where}/${status}`);
      visitHeaders((r as Obj)['headers'] as Obj | undefined, `${where}/${status}`);
    }
  }
  for (const [name, r] of Object.entries((doc['components']?.['responses'] as Obj | undefined) ?? {})) {
    visitMedia((r as Obj)['content'] as Obj | undefined, `#/components/responses/${name}`);
  }
  visitHeaders(doc['components']?.['headers'] as Obj | undefined, '#/components');
  return out;
}

/** The examples that do not validate, with Ajv's errors. */
function invalidExamples(doc: Obj): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('decimal', /^-?[0-9]+(\.[0-9]+)?$/);
  ajv.addSchema({ $id: DOC_ID, components: rebased({ schemas: doc['components']?.['schemas'] ?? {} }) });
  const cache = new Map<string, ValidateFunction>();
  const validatorOf = (s: unknown): ValidateFunction => {
    const key = JSON.stringify(s);
    let v = cache.get(key);
    if (!v) cache.set(key, (v = ajv.compile(rebased(s) as object)));
    return v;
  };
  const bad: string[] = [];
  for (const { where, schema: s, example } of examplesOf(doc)) {
    const validate = validatorOf(s);
    if (!validate(example)) bad.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(example)}`);
  }
  return bad;
}

// ---- Redocly ----------------------------------------------------------------------------

/**
 * Redocly's `recommended` rules, minus `info-license` and `info-license-strict`:
 * a spec has no license to state, and inventing one would be wrong.
 */
async function lint(yaml: string): Promise<NormalizedProblem[]> {
  const config = await createConfig({ extends: ['recommended'], rules: { 'info-license': 'off', 'info-license-strict': 'off' } });
  const problems = await lintFromString({ source: yaml, absoluteRef: '/openapi.yaml', config });
  const pointer = (p: NormalizedProblem): string | undefined => p.location[0]?.pointer;
  return problems.filter((p) =>
    // The start of an OAuth2 sign-in is a redirect (302) by design: a browser follows it.
    !(p.ruleId === 'operation-2xx-response' && pointer(p) === '#/paths/~1auth~1oauth2~1{provider}/get/responses') &&
    // Liveness, readiness and metrics take no input: a client cannot get them wrong.
    !(p.ruleId === 'operation-4xx-response' && /^#\/paths\/~1(health|ready|metrics)\/get\/responses$/.test(pointer(p) ?? '')));
}

function describeProblems(problems: readonly NormalizedProblem[]): string {
  return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`).join('\n');
}

// ---- Golden cases ---------------------------------------------------------------------------

const CASES = readdirSync(GOLDEN, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe.each(CASES)('openapi document of %s', (name) => {
  let emitted: Emitted;
  beforeAll(() => {
    emitted = emitSpec(specOf(name));
  });

  it('is valid OpenAPI 3.1 (swagger-parser)', async () => {
    expect(emitted.doc['openapi']).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(emitted.doc) as never)).resolves.toBeTruthy();
  });

  it('passes Redocly\'s recommended rules without errors or warnings', async () => {
    const problems = await lint(emitted.yaml);
    expect(problems, describeProblems(problems)).toEqual([]);
  });

  it('writes the same document as YAML and JSON', () => {
    expect(parseYaml(emitted.yaml)).toEqual(emitted.doc);
    expect(parseYaml(emitted.yaml, { version: '1.1' })).toEqual(emitted.doc);
  });

  it('gives examples valid against their schemas', () => {
    expect(examplesOf(emitted.doc).length).toBeGreaterThan(0);
    expect(invalidExamples(emitted.doc)).toEqual([]);
  });

  it('is the same when emitted twice', () => {
    const again = emitSpec(specOf(name));
    expect(again.yaml).toBe(emitted.yaml);
    expect(again.json).toBe(emitted.json);
  });
});

// ---- The mapping, on the conformance fixture ----------------------------------------------------

describe('openapi mapping (conformance fixture)', () => {
  let doc: Obj;
  beforeAll(() => {
    doc = emitSpec('test/fixtures/golden/conformance/input.pab').doc;
  });

  it('names info, tags and operation ids after the spec', () => {
    expect(doc['info']).toMatchObject({ title: 'Library', version: '2.0.0' });
    expect(doc['info']['description']).toContain('"quotes", */ and ${braces}');
    expect((doc['tags'] as Obj[]).map((t) => t['name'])).toEqual(['books', 'members', 'memberLoans', 'loans', 'genres', 'auth', 'system']);
    expect((doc['tags'] as Obj[])[0]!['description']).toBe('The catalogue: open to everyone, offset pages.');
    const ids = operations(doc).map(([, , o]) => o['operationId'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['listBooks', 'getBook', 'searchBooks', 'importCsvBooks', 'reserveBook', 'listMemberLoans', 'extendLoan']));
    expect(ids).not.toContain('getCard'); // cards are exposed over gRPC only
  });

  it('maps every field type to its schema', () => {
    const p = schema(doc, 'Member')['properties'] as Obj;
    expect(p['name']).toMatchObject({ type: 'string', minLength: 1, maxLength: 100 });
    expect(p['email']).toMatchObject({ type: 'string', format: 'email' });
    expect(p['bio']).toMatchObject({ type: ['string', 'null'] });
    expect(p['bio']['description']).toContain('"about me"');
    expect(p['homepage']).toMatchObject({ type: ['string', 'null'], format: 'uri' });
    expect(p['birthDate']).toMatchObject({ type: ['string', 'null'], format: 'date' });
    expect(p['active']).toMatchObject({ type: 'boolean', default: true });
    expect(p['points']).toMatchObject({ type: 'integer', format: 'int32', minimum: 0, default: 0 });
    expect(p['cardNumber']).toMatchObject({ type: 'integer', format: 'int64' });
    expect(p['balance']).toMatchObject({ type: 'string', format: 'decimal', pattern: '^-?[0-9]{1,8}(\\.[0-9]{1,2})?$', default: '0' });
    expect(p['rating']).toMatchObject({ type: ['number', 'null'], format: 'double', minimum: 0, maximum: 5 });
    expect(p['externalId']).toMatchObject({ type: ['string', 'null'], format: 'uuid' });
    expect(p['settings']['type']).toBeUndefined(); // json: any value
    expect(p['avatar']).toMatchObject({ type: ['string', 'null'], format: 'byte', contentEncoding: 'base64' });
    expect(p['nickname']).toMatchObject({ type: ['string', 'null'], pattern: '^[a-z][a-z0-9_]{2,19}$' });
    expect(p['interests']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(p['role']).toMatchObject({ $ref: '#/components/schemas/MemberRole', default: 'MEMBER' });
    expect(p['createdAt']).toMatchObject({ type: 'string', format: 'date-time', readOnly: true });
    expect(p['id']).toMatchObject({ type: 'string', format: 'uuid', readOnly: true });
    expect(schema(doc, 'MemberRole')).toMatchObject({ type: 'string', enum: ['LIBRARIAN', 'MEMBER', 'GUEST'] });
    expect(schema(doc, 'MemberRole')['description']).toContain('- `LIBRARIAN`: Runs the library.');
    const loan = schema(doc, 'Loan')['properties'] as Obj;
    expect(loan['id']).toMatchObject({ type: 'integer', format: 'int64', readOnly: true });
    expect(loan['status']).toMatchObject({ $ref: '#/components/schemas/LoanStatus' });
    expect(loan['returnedAt']).toMatchObject({ type: ['string', 'null'], format: 'date-time' });
    expect(loan['memberId']['description']).toContain('`Member`');
    const pattern = new RegExp((schema(doc, 'Book')['properties'] as Obj)['price']['pattern'] as string);
    expect(['0', '123456.78', '-1.5'].every((v) => pattern.test(v))).toBe(true);
    expect(['1234567', '1.234', '1e3'].some((v) => pattern.test(v))).toBe(false);
  });

  it('keeps secrets out of every response and marks them write-only in requests', () => {
    expect((schema(doc, 'Member')['properties'] as Obj)['password']).toBeUndefined();
    expect((schema(doc, 'MemberCreate')['properties'] as Obj)['password']).toMatchObject({ type: 'string', format: 'password', writeOnly: true });
    const seen = new Set<string>();
    const reachable = (s: unknown): void => {
      if (s === null || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach(reachable);
      const so = s as Obj;
      expect(so['writeOnly'], JSON.stringify(so)).not.toBe(true);
      expect(so['format']).not.toBe('password');
      if (typeof so['$ref'] === 'string') {
        const name = (so['$ref'] as string).split('/').pop()!;
        if (!seen.has(name)) {
          seen.add(name);
          reachable(schema(doc, name));
        }
      }
      for (const [k, v] of Object.entries(so)) if (k !== 'examples') reachable(v);
    };
    for (const [, , o] of operations(doc)) {
      for (const r of Object.values(o['responses'] as Obj)) {
        for (const media of Object.values(((r as Obj)['content'] as Obj | undefined) ?? {})) reachable((media as Obj)['schema']);
      }
    }
    expect(seen).toContain('Member');
    expect(JSON.stringify(op(doc, 'getMember')['responses']['200'])).not.toContain('correct-horse');
  });

  it('leaves server-set and path fields out of create bodies, and makes update bodies all optional', () => {
    const create = schema(doc, 'MemberCreate');
    expect(Object.keys(create['properties'] as Obj)).not.toEqual(expect.arrayContaining(['id']));
    for (const f of ['id', 'createdAt', 'updatedAt']) expect((create['properties'] as Obj)[f]).toBeUndefined();
    expect(create['required']).toEqual(['email', 'name', 'password', 'cardNumber', 'interests']);
    expect(create['additionalProperties']).toBe(false);
    const loanCreate = op(doc, 'createMemberLoan')['requestBody']['content']['application/json']['schema']['$ref'] as string;
    const loanBody = schema(doc, loanCreate.split('/').pop()!);
    expect(Object.keys(loanBody['properties'] as Obj)).toEqual(['bookId', 'status', 'dueOn', 'returnedAt', 'fine']);
    const update = schema(doc, 'MemberUpdate');
    expect(update['required']).toBeUndefined();
    expect(update['minProperties']).toBe(1);
    expect((update['properties'] as Obj)['id']).toBeUndefined();
  });

  it('answers 201 with Location on create, 204 without content, and 409 where uniqueness or references can refuse', () => {
    const created = op(doc, 'createBook')['responses']['201'];
    expect(created['headers']['Location']).toMatchObject({ required: true, schema: { type: 'string', format: 'uri-reference' } });
    expect(created['headers']['Location']['example']).toMatch(/^\/books\/[0-9a-f-]{36}$/);
    expect(op(doc, 'createMemberLoan')['responses']['201']['headers']['Location']['example']).toMatch(/^\/members\/[0-9a-f-]{36}\/loans\/1$/);
    expect(Object.keys(op(doc, 'deleteBook')['responses'])).toContain('204');
    expect(op(doc, 'deactivateMember')['responses']['204']['content']).toBeUndefined();
    expect(op(doc, 'importCsvBooks')['responses']['200']['content']['application/json']['schema']).toMatchObject({ type: 'integer' });
    expect(op(doc, 'reserveBook')['responses']['200']['content']['application/json']['schema']).toEqual({ $ref: '#/components/schemas/Loan' });
    expect(op(doc, 'createBook')['responses']['409']).toEqual({ $ref: '#/components/responses/Conflict' }); // isbn is unique
    expect(op(doc, 'updateMember')['responses']['409']).toBeDefined(); // email is unique
    expect(op(doc, 'deleteBook')['responses']['409']).toBeDefined(); // loans restrict it
    expect(op(doc, 'deleteMember')['responses']['409']).toBeUndefined(); // its references cascade
    expect(op(doc, 'createMemberLoan')['responses']['409']).toBeUndefined();
    expect(op(doc, 'getBook')['responses']['404']).toBeDefined();
    expect(op(doc, 'listBooks')['responses']['404']).toBeUndefined();
    expect(op(doc, 'listMemberLoans')['responses']['404']).toBeDefined(); // the member may not exist
    expect(op(doc, 'createBook')['responses']['422']).toEqual({ $ref: '#/components/responses/ValidationFailed' });
    expect(op(doc, 'getBook')['responses']['422']).toBeUndefined();
  });

  it('describes errors as RFC 9457 problem details', () => {
    const responses = doc['components']['responses'] as Obj;
    expect(Object.keys(responses)).toEqual(['BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'ValidationFailed', 'TooManyRequests', 'NotReady']);
    for (const r of Object.values(responses)) expect(Object.keys((r as Obj)['content'])).toEqual(['application/problem+json']);
    expect(Object.keys(schema(doc, 'Problem')['properties'] as Obj)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'rule']);
    expect(schema(doc, 'ValidationProblem')['allOf']).toEqual([{ $ref: '#/components/schemas/Problem' }]);
    expect(responses['TooManyRequests']['headers']['Retry-After']).toEqual({ $ref: '#/components/headers/RetryAfter' });
  });

  it('asks for credentials (401) and may forbid (403) only where the access rule is not public', () => {
    for (const [path, method, o] of operations(doc)) {
      const where = `${method} ${path}`;
      const responses = o['responses'] as Obj;
      const security = o['security'] as Obj[];
      if (path.startsWith('/auth/')) continue; // sign-in answers 401 to wrong credentials
      if (security.length === 0) {
        expect(responses['401'], where).toBeUndefined();
        expect(responses['403'], where).toBeUndefined();
      } else {
        expect(responses['401'], where).toBeDefined();
        expect(responses['403'] !== undefined, where).toBe(o['x-pab-access'] !== 'authenticated');
      }
    }
    expect(op(doc, 'listBooks')['security']).toEqual([]);
    expect(op(doc, 'createMember')['security']).toEqual([]);
    expect(op(doc, 'reserveBook')['responses']['403']).toBeUndefined();
    expect(op(doc, 'createBook')['description']).toContain('Requires role LIBRARIAN.');
    expect(op(doc, 'getLoan')['x-pab-access']).toBe('role(LIBRARIAN) or owner(member)');
    expect(op(doc, 'getMember')['description']).toContain('`id = user.id`');
  });

  it('answers 429 only where a rate limit applies', () => {
    for (const [path, method, o] of operations(doc)) {
      const limited = path.startsWith('/books') || ['login', 'register', 'refreshTokens', 'requestPasswordReset', 'confirmPasswordReset', 'enrollMfa', 'verifyMfa', 'finishOAuth2'].includes(o['operationId'] as string);
      expect((o['responses'] as Obj)['429'] !== undefined, `${method} ${path}`).toBe(limited);
    }
    expect(op(doc, 'listBooks')['description']).toContain('Rate limit: 300 requests per minute per client.');
  });

  it('has a security scheme per way a request may be signed in, and every one as an alternative', () => {
    const schemes = doc['components']['securitySchemes'] as Obj;
    expect(schemes['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(schemes['cookieAuth']).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'library_session' });
    expect(schemes['apiKeyAuth']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Library-Key' });
    // Provider sign-in (/auth/oauth2/github) ends in the service's own token or cookie: GitHub's tokens are no way in.
    expect(Object.keys(schemes)).toEqual(['bearerAuth', 'cookieAuth', 'apiKeyAuth']);
    expect(op(doc, 'createBook')['security']).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }, { apiKeyAuth: [] }]);
  });

  it('takes nested resources\' parent keys and item keys as path parameters', () => {
    const params = op(doc, 'getMemberLoan')['parameters'] as Obj[];
    expect(params.map((p) => [p['name'], p['in'], p['required']])).toEqual([['memberId', 'path', true], ['id', 'path', true]]);
    expect(params[0]!['schema']).toEqual({ type: 'string', format: 'uuid' });
    expect(params[1]!['schema']).toEqual({ type: 'integer', format: 'int64' });
    expect(Object.keys(doc['paths'])).toContain('/members/{memberId}/loans/{id}');
  });

  it('pages lists with both envelopes and takes pagination, filter, sort and search parameters', () => {
    expect(schema(doc, 'BookOffsetPage')).toMatchObject({ required: ['items', 'total'], properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Book' } }, total: { type: 'integer', minimum: 0 } } });
    expect(schema(doc, 'MemberCursorPage')).toMatchObject({ required: ['items', 'nextCursor'], properties: { nextCursor: { type: ['string', 'null'] } } });
    const list = op(doc, 'listBooks')['parameters'] as Obj[];
    expect(list.map((p) => p['name'])).toEqual(['limit', 'offset', 'genreId', 'published', 'price', 'sort']);
    expect(list[0]!['schema']).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 25 });
    expect(list[5]!['schema']).toMatchObject({ enum: ['title', '-title', 'published', '-published', 'price', '-price'], default: 'title' });
    const members = op(doc, 'listMembers')['parameters'] as Obj[];
    expect(members.map((p) => p['name'])).toEqual(['limit', 'cursor', 'role', 'active', 'sort']);
    expect(members[2]!['schema']).toEqual({ $ref: '#/components/schemas/MemberRole' });
    const search = op(doc, 'searchBooks')['parameters'] as Obj[];
    expect(search[0]).toMatchObject({ name: 'q', in: 'query', required: true });
  });

  it('gives actions their input schema and documentation', () => {
    const extend = op(doc, 'extendLoan');
    expect(extend['description']).toContain('Extends the loan by the given number of days.');
    expect(extend['requestBody']['content']['application/json']['schema']).toEqual({ $ref: '#/components/schemas/ExtendLoanInput' });
    const input = schema(doc, 'ExtendLoanInput');
    expect(input['required']).toEqual(['days']);
    expect(input['properties']['days']).toMatchObject({ type: 'integer', minimum: 1, maximum: 28 });
    expect(input['properties']['reason']).toMatchObject({ type: ['string', 'null'], maxLength: 200, description: 'Why the member needs more time.' });
    expect(schema(doc, 'ImportCsvBooksInput')['properties']['dryRun']).toMatchObject({ type: 'boolean', default: false });
  });

  it('has the auth endpoints, with a register body that never takes the role', () => {
    for (const path of ['/auth/register', '/auth/login', '/auth/refresh', '/auth/logout', '/auth/password-reset', '/auth/password-reset/confirm', '/auth/verify-email', '/auth/mfa/enroll', '/auth/mfa/verify', '/auth/oauth2/{provider}', '/auth/oauth2/{provider}/callback', '/auth/api-keys', '/auth/api-keys/{id}']) {
      expect(doc['paths'][path], path).toBeDefined();
    }
    const register = schema(doc, 'RegisterRequest');
    expect(register['properties']['role']).toBeUndefined();
    expect(register['properties']['password']).toMatchObject({ minLength: 12, maxLength: 128, writeOnly: true });
    expect(register['required']).toEqual(['email', 'name', 'password', 'cardNumber', 'interests']);
    expect(schema(doc, 'TokenPair')['required']).toEqual(['accessToken', 'refreshToken', 'expiresIn', 'tokenType']);
    expect(op(doc, 'login')['responses']['200']['headers']['Set-Cookie']).toEqual({ $ref: '#/components/headers/SetSessionCookie' });
    expect(op(doc, 'startOAuth2')['parameters'][0]['schema']).toEqual({ type: 'string', enum: ['github'] });
    for (const path of ['/health', '/ready', '/metrics']) expect(doc['paths'][path]['get']['security'], path).toEqual([]);
    expect(Object.keys(doc['paths']['/metrics']['get']['responses']['200']['content'])).toEqual(['text/plain; version=0.0.4']);
    expect(doc['paths']['/ready']['get']['responses']['503']).toEqual({ $ref: '#/components/responses/NotReady' });
  });
});

// ---- Other specs ----------------------------------------------------------------------------------

/** A spec with one `users` resource and this `auth` block's body. */
const usersSpec = (backend: string, auth: string): string => `backend ${backend} {
  database postgres
}
entity User {
  email email @unique
}
resource users {
  entity User
  operations get
}
auth {
${auth}}
`;

const CORP_OIDC = `  oauth2 corp {
    clientId     env(CORP_ID)
    clientSecret env(CORP_SECRET)
    issuer       "https://login.corp.example/"
  }
`;

describe('openapi target on small specs', () => {
  it('describes the providers\' tokens as the way in when the spec has no other sign-in method', () => {
    const { doc: only } = emitModel(modelOf(usersSpec('Only', `${CORP_OIDC}  oauth2 github {
    clientId     env(GITHUB_ID)
    clientSecret env(GITHUB_SECRET)
    authorizeUrl "https://github.com/login/oauth/authorize"
    tokenUrl     "https://github.com/login/oauth/access_token"
    scopes       "read:user"
  }
`)));
    const schemes = only['components']['securitySchemes'] as Obj;
    expect(schemes['oauth2_github']).toMatchObject({
      type: 'oauth2',
      flows: { authorizationCode: { authorizationUrl: 'https://github.com/login/oauth/authorize', tokenUrl: 'https://github.com/login/oauth/access_token' } },
    });
    expect(Object.keys(schemes['oauth2_github']['flows']['authorizationCode']['scopes'])).toEqual(['read:user']);
    // A provider with only an issuer: OpenID Connect discovery.
    expect(schemes['oauth2_corp']).toEqual({
      type: 'openIdConnect', description: 'Sign-in with corp.', openIdConnectUrl: 'https://login.corp.example/.well-known/openid-configuration',
    });
  });

  it('serves provider sign-in through its endpoints, with the session cookie as the way in', () => {
    const { doc } = emitModel(modelOf(usersSpec('Oidc', `  identity {
    entity User
    login  email
  }
  session {
    cookie "sid"
  }
${CORP_OIDC}`)));
    expect(Object.keys(doc['components']['securitySchemes'])).toEqual(['cookieAuth']);
    // No password: no register, login or reset; sessions: logout; no JWT: no refresh.
    expect(Object.keys(doc['paths']).filter((p) => p.startsWith('/auth/'))).toEqual(['/auth/logout', '/auth/oauth2/{provider}', '/auth/oauth2/{provider}/callback']);
    expect(op(doc, 'finishOAuth2')['responses']['204']['headers']['Set-Cookie']).toBeDefined();
  });

  it('writes the system endpoints for a spec without REST resources, and warns about nothing', () => {
    const { doc, diagnostics } = emitModel(modelOf('backend Bare {\n  api graphql\n}\n'));
    expect(Object.keys(doc['paths'])).toEqual(['/health', '/ready', '/metrics']);
    expect(diagnostics).toEqual([]);
  });

  it('warns about a path placeholder that is no field, and describes it as a string', () => {
    const { doc, diagnostics } = emitModel(modelOf(`backend Ship {
  database postgres
}
entity Order {
  total int
}
resource orders {
  entity Order
  operations get
  action ship {
    path "/{id}/ship/{carrier}"
  }
}
`));
    expect(diagnostics.map((d) => d.code)).toEqual(['openapi-unknown-path-parameter']);
    expect(diagnostics[0]!.message).toContain('{carrier}');
    expect(diagnostics[0]!.span).toBeDefined();
    const params = op(doc, 'shipOrder')['parameters'] as Obj[];
    expect(params.map((p) => [p['name'], p['schema']])).toEqual([['id', { type: 'string', format: 'uuid' }], ['carrier', { type: 'string' }]]);
  });

  it('sends the input of a GET action as query parameters', () => {
    const { doc } = emitModel(modelOf(`backend Q {
  database postgres
}
enum Format {
  PDF
  HTML
}
entity Order {
  total int
}
resource orders {
  entity Order
  operations get
  action invoice {
    method GET
    input {
      format Format @default(PDF)
      pages  int[]?
    }
    output bytes
  }
}
`));
    const invoice = op(doc, 'invoiceOrder');
    expect(invoice['requestBody']).toBeUndefined();
    expect((invoice['parameters'] as Obj[]).map((p) => [p['name'], p['in'], p['required']])).toEqual([['id', 'path', true], ['format', 'query', undefined], ['pages', 'query', undefined]]);
    expect(invoice['responses']['200']['content']['application/json']['schema']).toMatchObject({ type: 'string', contentEncoding: 'base64' });
    expect(invalidExamples(doc)).toEqual([]);
  });

  it('renames a system operation whose id a resource operation has', () => {
    const { doc } = emitModel(modelOf(`backend H {
  database postgres
}
entity Health {
  note string
}
resource health {
  entity Health
  operations get
}
`));
    expect(op(doc, 'getHealth')['tags']).toEqual(['health']);
    expect(op(doc, 'getHealthSystem')['tags']).toEqual(['system']);
  });

  it('keeps spec names for entities and enums and numbers its own schemas instead', () => {
    const { doc } = emitModel(modelOf(`backend Clash {
  database postgres
}
entity Problem {
  title string
}
resource problems {
  entity Problem
}
`));
    expect(schema(doc, 'Problem')['properties']['title']).toBeDefined();
    expect(schema(doc, 'Problem2')['properties']['status']).toBeDefined();
    expect(doc['components']['responses']['NotFound']['content']['application/problem+json']['schema']).toEqual({ $ref: '#/components/schemas/Problem2' });
  });

  it('never writes a literal JWT secret, and keeps script tags out of descriptions', () => {
    const { yaml, json } = emitSpec('test/fixtures/golden/hostile-strings/input.pab');
    expect(yaml).not.toContain('not-shown');
    expect(json).not.toContain('not-shown');
    expect(JSON.parse(json)['components']['securitySchemes']['bearerAuth']['description']).toContain('https://x.example/&lt;script>');
  });
});

describe('YAML writer', () => {
  it('plain strings read back as themselves under YAML 1.2 and 1.1; everything else round-trips too', async () => {
    const { isPlainSafe, yamlText } = await import('../../src/emit/openapi/yaml.js');
    const { parse } = await import('yaml');
    const fc = await import('fast-check');
    const words = ['yes', 'No', 'ON', 'off', 'y', 'N', 'null', 'Null', 'true', 'FALSE', 'E5', 'e-3', 'Yes please', 'listBooks', "it's", 'a: b', 'a #b', 'a:', '/books/{id}', '$ref', '3.1.0', '200', '', ' x', 'x ', 'a\nb', 'tab\there', '\u2028', '~', '- x', '[x]', '{x}', '*x', '&x', '!x', '%x', '@x', '`x', '|x', '>x', "'x", '"x', '? x', ', x', '#x'];
    const roundTrip = (value: unknown): void => {
      const text = yamlText(value as never, '# header\n');
      expect(parse(text), text).toEqual(value);
      expect(parse(text, { version: '1.1' }), text).toEqual(value);
    };
    for (const w of words) {
      if (isPlainSafe(w)) {
        expect(parse(w), w).toBe(w);
        expect(parse(w, { version: '1.1' }), w).toBe(w);
      }
      roundTrip({ [w]: w, list: [w, { [w]: [w] }] });
    }
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => roundTrip(JSON.parse(JSON.stringify(v)))), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => roundTrip({ s, k: { [s]: s } })), { numRuns: 3000 });
  }, 30_000); // thousands of YAML parses: slow on a loaded 2-core machine
});
