/**
 * fast-check arbitraries for property tests of the front ends and printers:
 * schema-valid spec documents (with awkward strings where the schema allows
 * any text), raw source mutations, and token-level `.pab` / JSON-like YAML
 * generators built from the language's real vocabulary.
 */
import fc from 'fast-check';
import type { SpecDocument } from '../../src/syntax/document.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Vocabulary

/** Words the .pab lexer makes keywords (they are names only in key position). */
export const PAB_KEYWORDS = ['and', 'or', 'not', 'in', 'true', 'false', 'null', 'asc', 'desc'] as const;

export const BUILTIN_TYPES = [
  'string', 'text', 'int', 'bigint', 'decimal', 'float', 'boolean', 'uuid',
  'date', 'datetime', 'json', 'bytes', 'email', 'url', 'secret',
] as const;

export const STATEMENT_WORDS = [
  'backend', 'enum', 'entity', 'resource', 'auth', 'aggregate', 'projection', 'saga', 'service', 'query', 'mcp',
  'deploy', 'import', 'version', 'database', 'api', 'targets', 'output', 'templates', 'table', 'id', 'timestamps',
  'softDelete', 'index', 'unique', 'check', 'path', 'operations', 'pagination', 'style', 'filter', 'sort', 'search',
  'access', 'rateLimit', 'cache', 'expose', 'parent', 'action', 'method', 'on', 'input', 'identity', 'jwt', 'session',
  'login', 'password', 'role', 'roles', 'policies', 'cors', 'origins', 'command', 'event', 'emits', 'from', 'key',
  'fields', 'step', 'do', 'compensate', 'timeout', 'retry', 'url', 'operation', 'where', 'orderBy', 'limit',
  'transport', 'tool', 'prompt', 'template', 'docker', 'compose', 'kubernetes', 'doc',
] as const;

export const ATTRIBUTES = [
  '@id', '@unique', '@default(', '@check(', '@pattern(', '@min(', '@max(', '@minLength(', '@maxLength(',
  '@relation(', '@renamedFrom(', '@column(', '@where(', '@name(',
] as const;

/** Raw tokens for mutating `.pab` text. */
export const PAB_NOISE = [
  '{', '}', '(', ')', '[', ']', '@', ',', ':', '"', '\n', '\r\n', '\r', ' ', '\t', '//', '///', '/// doc\n',
  '// note\n', '?', '.', '=', '!=', '<=', '-', '--', '$p', '0', '-1.5', '1e999', '15m', '100/minute', '"\\u00e9"',
  '"\\', '\\', 'and', 'or', 'not', 'in', 'true', 'null', 'desc', '\u2028', '\u00a0', '\ufeff', '\u0000', 'é', '😀',
  ...STATEMENT_WORDS, ...ATTRIBUTES, ...BUILTIN_TYPES,
] as const;

/** Raw tokens for mutating YAML text. */
export const YAML_NOISE = [
  '{', '}', '[', ']', ',', ':', ': ', '- ', '-', '#', ' # c', '\n', '\r\n', '  ', '\t', '"', "'", '&a ', '*a', '!!str ',
  '!tag ', '? ', '|', '>', '---\n', '...\n', '%YAML 1.1\n', '<<: *a', '~', 'null', 'yes', '0x1F', '1e3', '\u2028',
  '\ufeff', '\u0000', 'é', 'entities', 'fields', 'type', 'values', 'enums', 'resources', 'entity', 'backend', 'name',
] as const;

// ---------------------------------------------------------------------------
// Strings

/** Names that are also property names of the document or statement words of .pab. */
const CONFUSABLE_NAMES = [
  'name', 'doc', 'type', 'fields', 'values', 'id', 'index', 'unique', 'check', 'table', 'timestamps', 'softDelete',
  'entity', 'on', 'do', 'key', 'from', 'input', 'output', 'steps', 'step', 'default', 'relation', 'import', 'backend',
] as const;

/** An identifier that is not a .pab keyword (the schema's `Identifier`); often a confusable word. */
export const identifier: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,9}$/).filter((s) => !(PAB_KEYWORDS as readonly string[]).includes(s)), weight: 4 },
  { arbitrary: fc.constantFrom(...CONFUSABLE_NAMES), weight: 1 },
);

/** Any schema `Identifier`, keywords included (with a bias towards them). */
export const anyIdentifier: fc.Arbitrary<string> = fc.oneof(identifier, fc.constantFrom(...PAB_KEYWORDS));

const AWKWARD = [
  '"', '*/', '/*', '${x}', '\n', '#', ': ', ' #', '\\', '\\n', '\t', '//', '///', "'", '---', '- ', '{', '}', '@x',
  '`', '%', '&a', '*a', '!', '|', '>', '?', ',', '[', ']', 'é', '😀', '\u00a0', '\u2028', '\u0000', '\u007f', '\ufeff',
  'true', 'null', '12', '0x1F', 'yes', '~', ' ',
] as const;

/** Printable-ish text with the characters that trouble quoting and comments. */
export const awkwardText = (maxParts = 6): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
      maxLength: maxParts,
    })
    .map((parts) => parts.join(''));

/** A non-empty awkward string (schema `minLength: 1`). */
export const awkwardNonEmpty = (maxParts = 6): fc.Arbitrary<string> =>
  awkwardText(maxParts).map((s) => (s === '' ? 'x' : s));

/**
 * A doc string the .pab syntax can hold exactly: `///` lines lose trailing
 * whitespace and cannot contain a carriage return (see round-trip.test.ts for
 * the pinned cases).
 */
export const docText: fc.Arbitrary<string> = awkwardText(8).map((s) =>
  s
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n'),
);

// ---------------------------------------------------------------------------
// Sub-languages in canonical spelling

const scalarTypeName = fc.constantFrom(...BUILTIN_TYPES);

/** A canonical type expression over builtins and the given names. */
export const typeExpr = (names: readonly string[]): fc.Arbitrary<string> =>
  fc
    .record({
      base: names.length > 0 ? fc.oneof(scalarTypeName, fc.constantFrom(...names)) : scalarTypeName,
      decimal: fc.option(fc.tuple(fc.integer({ min: 1, max: 38 }), fc.integer({ min: 0, max: 10 })), { nil: undefined }),
      list: fc.boolean(),
      optional: fc.boolean(),
    })
    .map(({ base, decimal, list, optional }) => {
      let t = base === 'decimal' && decimal ? `decimal(${decimal[0]}, ${decimal[1]})` : base;
      if (list) t += '[]';
      if (optional) t += '?';
      return t;
    });

const exprAtom: fc.Arbitrary<string> = fc.oneof(
  identifier,
  identifier.map((a) => `${a}.${'x'}`),
  fc.nat({ max: 10_000 }).map(String),
  fc.nat({ max: 100 }).map((n) => `-${n}`),
  fc.constantFrom('true', 'false', 'null', 'now()', 'auth.user', 'auth.role'),
  identifier.map((p) => `$${p}`),
  awkwardText(3).map((s) => JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)),
);

/** A canonical condition: comparisons joined by and/or/not, with parentheses. */
export const exprText: fc.Arbitrary<string> = fc.letrec<{ expr: string; cmp: string }>((tie) => ({
  cmp: fc
    .tuple(exprAtom, fc.constantFrom('=', '!=', '<', '<=', '>', '>=', 'in'), exprAtom)
    .map(([a, op, b]) => (op === 'in' ? `${a} in (${b}, ${b})` : `${a} ${op} ${b}`)),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('cmp'),
    fc.tuple(tie('expr'), fc.constantFrom('and', 'or'), tie('cmp')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('cmp').map((c) => `not ${c}`),
    fc.tuple(tie('cmp'), tie('cmp')).map(([a, b]) => `(${a} or ${b}) and ${a}`),
  ),
})).expr;

const duration = fc.tuple(fc.nat({ max: 999 }), fc.constantFrom('ms', 's', 'm', 'h', 'd', 'w')).map(([n, u]) => `${n}${u}`);
const rate = fc.tuple(fc.nat({ max: 9999 }), fc.constantFrom('second', 'minute', 'hour', 'day')).map(([n, u]) => `${n}/${u}`);
const urlPath = fc.array(fc.oneof(identifier, identifier.map((s) => `{${s}}`)), { maxLength: 3 }).map((p) => `/${p.join('/')}`);
const qualified = fc.tuple(anyIdentifier, anyIdentifier).map(([a, b]) => `${a}.${b}`);
const orderedField = fc.tuple(identifier, fc.constantFrom('', ' asc', ' desc')).map(([a, d]) => a + d);
/** A finite JSON number other than -0 (which JSON cannot tell from 0). */
const jsonNumber = fc
  .oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n));

// ---------------------------------------------------------------------------
// Documents

const opt = <T>(a: fc.Arbitrary<T>, freq = 1): fc.Arbitrary<T | undefined> =>
  fc.option(a, { nil: undefined, freq });

/** Drops undefined properties so documents compare and print as parsed ones do. */
function clean<T extends Obj>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A map with unique identifier keys (case-insensitively unique when `ci`).
 * Maps of named declarations (`entity X { }`, `action X { }`) are never empty:
 * an empty one is simply absent in .pab.
 */
function named<T>(value: fc.Arbitrary<T>, maxKeys: number, keys: fc.Arbitrary<string> = identifier, ci = false, minKeys = 1) {
  return fc
    .uniqueArray(fc.tuple(keys, value), { minLength: minKeys, maxLength: maxKeys, selector: ([k]) => (ci ? k.toLowerCase() : k) })
    .map((entries) => Object.fromEntries(entries) as Record<string, T>);
}

const uniqueList = <T>(a: fc.Arbitrary<T>, min = 0, max = 4) => fc.uniqueArray(a, { minLength: min, maxLength: max });

export interface DocOptions {
  /** Identifier generator for names (declarations, fields, enum values). */
  readonly names?: fc.Arbitrary<string>;
  /** Doc comment generator. */
  readonly doc?: fc.Arbitrary<string>;
}

const fieldDoc = (typeNames: readonly string[], o: Required<DocOptions>) =>
  fc
    .record(
      {
        type: typeExpr(typeNames),
        doc: o.doc,
        id: fc.boolean(),
        unique: fc.boolean(),
        default: fc.oneof(awkwardText(3), jsonNumber, fc.boolean(), fc.constantFrom('now()', 'uuid()', 'autoincrement()', 'ACTIVE')),
        check: exprText,
        pattern: awkwardText(4),
        min: jsonNumber,
        max: jsonNumber,
        minLength: fc.nat({ max: 1000 }),
        maxLength: fc.nat({ max: 1000 }),
        relation: fc
          .record(
            {
              name: o.names,
              onDelete: fc.constantFrom('cascade', 'restrict', 'setNull', 'setDefault', 'noAction'),
              onUpdate: fc.constantFrom('cascade', 'restrict', 'setNull', 'setDefault', 'noAction'),
              through: o.names,
            },
            { requiredKeys: [] },
          )
          // `@relation()` is the same as `@relation`; an empty relation is pinned separately.
          .filter((r) => Object.keys(r).length > 0),
        renamedFrom: o.names,
        column: awkwardNonEmpty(3),
      },
      { requiredKeys: ['type'] },
    )
    .map((f) => clean(f));

const fieldsDoc = (typeNames: readonly string[], o: Required<DocOptions>, maxKeys = 4) =>
  // Field names are unique regardless of case in .pab (`claim` lower-cases them).
  named(fieldDoc(typeNames, o), maxKeys, o.names, true, 0);

export const specDocument = (options: DocOptions = {}): fc.Arbitrary<SpecDocument> => {
  const o: Required<DocOptions> = { names: options.names ?? identifier, doc: options.doc ?? docText };
  const N = o.names;
  return fc
    .record({
      enumNames: uniqueList(N, 0, 3),
      entityNames: uniqueList(N, 0, 3),
    })
    .chain(({ enumNames, entityNames }) => {
      const typeNames = [...enumNames, ...entityNames];
      const fields = (max = 4) => fieldsDoc(typeNames, o, max);
      const enumValue = fc.oneof(N, fc.record({ name: N, doc: o.doc }));
      const enums = fc
        .tuple(...enumNames.map((name) =>
          fc
            .record({
              doc: opt(o.doc),
              values: fc.uniqueArray(enumValue, {
                minLength: 1,
                maxLength: 4,
                selector: (v) => (typeof v === 'string' ? v : v.name),
              }),
            })
            .map((e) => [name, clean(e)] as const),
        ))
        .map((entries) => (entries.length > 0 ? Object.fromEntries(entries) : undefined));
      const index = fc
        .record({
          fields: uniqueList(orderedField, 1, 3),
          unique: fc.constant(true),
          where: exprText,
          name: N,
        }, { requiredKeys: ['fields'] })
        .map(clean);
      const entity = fc
        .record({
          doc: opt(o.doc),
          table: opt(awkwardNonEmpty(3)),
          fields: fields(),
          id: opt(uniqueList(N, 1, 3)),
          timestamps: opt(fc.boolean()),
          softDelete: opt(fc.boolean()),
          indexes: opt(fc.array(index, { maxLength: 2 })),
          checks: opt(fc.array(exprText, { maxLength: 2 })),
        })
        .map(clean);
      const entities = fc
        .tuple(...entityNames.map((name) => entity.map((e) => [name, e] as const)))
        .map((entries) => (entries.length > 0 ? Object.fromEntries(entries) : undefined));
      const action = fc
        .record({
          doc: opt(o.doc),
          method: opt(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE')),
          path: opt(urlPath),
          on: opt(fc.constantFrom('item', 'collection')),
          input: opt(fields(3)),
          output: opt(typeExpr(typeNames)),
        })
        .map(clean);
      const resource = fc
        .record({
          doc: opt(o.doc),
          entity: entityNames.length > 0 ? fc.constantFrom(...entityNames) : N,
          path: opt(urlPath),
          operations: opt(uniqueList(fc.constantFrom('list', 'get', 'create', 'update', 'delete', 'search'), 0, 6)),
          pagination: opt(
            fc
              .record({ style: fc.constantFrom('cursor', 'offset'), default: opt(fc.integer({ min: 1, max: 500 })), max: opt(fc.integer({ min: 1, max: 500 })) })
              .map(clean),
          ),
          filter: opt(uniqueList(N, 1)),
          sort: opt(uniqueList(orderedField, 1)),
          search: opt(uniqueList(N, 1)),
          access: opt(named(exprText, 3, N, false, 0)),
          rateLimit: opt(rate),
          cache: opt(duration),
          expose: opt(uniqueList(fc.constantFrom('rest', 'graphql', 'grpc'), 1, 3)),
          parent: opt(N),
          actions: opt(named(action, 2, N)),
        })
        .map(clean);
      const backend = fc
        .record({
          name: N,
          doc: opt(o.doc),
          version: opt(awkwardNonEmpty(3)),
          database: opt(fc.constantFrom('postgres', 'mysql', 'sqlite', 'mongodb')),
          api: opt(uniqueList(fc.constantFrom('rest', 'graphql', 'grpc'), 1, 3)),
          targets: opt(uniqueList(awkwardNonEmpty(2), 1, 3)),
          output: opt(awkwardNonEmpty(3)),
          templates: opt(awkwardNonEmpty(3)),
        })
        .map(clean);
      const auth = fc
        .record({
          jwt: opt(
            fc
              .record({
                access: opt(duration),
                refresh: opt(duration),
                rotate: opt(fc.boolean()),
                algorithm: opt(fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA')),
                issuer: opt(awkwardNonEmpty(3)),
                audience: opt(awkwardNonEmpty(3)),
                secret: opt(fc.oneof(N.map((v) => `env(${v})`), awkwardNonEmpty(3))),
              })
              .map(clean),
          ),
          cors: opt(
            fc
              .record({ origins: uniqueList(awkwardNonEmpty(3), 1, 3), credentials: opt(fc.boolean()), maxAge: opt(duration) })
              .map(clean),
          ),
          rateLimit: opt(
            fc.record({ login: rate, register: rate, refresh: rate, passwordReset: rate, mfa: rate }, { requiredKeys: [] }),
          ),
          roles: opt(
            named(
              fc
                .record({ doc: opt(o.doc), permissions: opt(uniqueList(awkwardNonEmpty(2), 0, 3)), inherits: opt(uniqueList(N, 0, 2)) })
                .map(clean),
              3,
              N,
            ),
          ),
          policies: opt(named(exprText, 2, N, false, 0)),
        })
        .map(clean);
      const aggregate = fc
        .record({
          doc: opt(o.doc),
          entity: opt(N),
          commands: opt(
            named(
              fc
                .record({ doc: opt(o.doc), input: opt(fields(3)), emits: uniqueList(N, 1, 2), access: opt(exprText) })
                .map(clean),
              2,
              N,
            ),
          ),
          // An event always has `fields` in .pab (the block is its fields).
          events: opt(named(fc.record({ doc: opt(o.doc), fields: fields(3) }).map(clean), 2, N)),
          snapshotEvery: opt(fc.integer({ min: 1, max: 1000 })),
        })
        .map(clean);
      const projection = fc
        .record({ doc: opt(o.doc), from: uniqueList(N, 1, 2), key: N, fields: opt(fields(3)) })
        .map(clean);
      const step = fc
        .record({
          name: N,
          doc: opt(o.doc),
          do: qualified,
          compensate: opt(qualified),
          timeout: opt(duration),
          retry: opt(fc.nat({ max: 10 })),
        })
        .map(clean);
      const saga = fc
        .record({
          doc: opt(o.doc),
          on: N,
          // Step names are unique in .pab (`step X` twice is a duplicate statement).
          steps: fc.uniqueArray(step, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
          onFailure: opt(fc.constantFrom('compensate', 'halt')),
          timeout: opt(duration),
        })
        .map(clean);
      const service = fc
        .record({
          doc: opt(o.doc),
          url: fc.oneof(N.map((v) => `env(${v})`), awkwardNonEmpty(3)),
          timeout: opt(duration),
          retry: opt(
            fc
              .record({
                count: fc.nat({ max: 10 }),
                backoff: opt(fc.constantFrom('exponential', 'linear', 'constant')),
                delay: opt(duration),
                jitter: opt(fc.boolean()),
              })
              .map(clean),
          ),
          breaker: opt(fc.record({ failures: fc.integer({ min: 1, max: 10 }), reset: duration })),
          fallback: opt(fc.constantFrom('fail', 'cache', 'custom')),
          operations: opt(
            named(
              fc
                .record({
                  doc: opt(o.doc),
                  method: opt(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE')),
                  path: opt(urlPath),
                  input: opt(fields(2)),
                  output: opt(typeExpr(typeNames)),
                })
                .map(clean),
              2,
              N,
            ),
          ),
        })
        .map(clean);
      const query = fc
        .record({
          doc: opt(o.doc),
          entity: N,
          where: opt(exprText),
          orderBy: opt(uniqueList(orderedField, 1, 2)),
          limit: opt(fc.integer({ min: 1, max: 1000 })),
        })
        .map(clean);
      const mcp = fc
        .record({
          doc: opt(o.doc),
          transport: fc.constantFrom('stdio', 'http'),
          path: opt(urlPath),
          tools: opt(
            named(
              fc
                .tuple(
                  fc.oneof(N.map((q) => ({ query: q })), N.map((c) => ({ command: c })), qualified.map((op) => ({ operation: op }))),
                  opt(o.doc),
                  opt(fc.boolean()),
                )
                .map(([which, doc, readonly]) => clean({ doc, ...which, readonly })),
              2,
              N,
            ),
          ),
          prompts: opt(named(fc.record({ doc: opt(o.doc), template: awkwardText(4), arguments: opt(fields(2)) }).map(clean), 2, N)),
        })
        .map(clean);
      const deploy = fc
        .record({
          docker: opt(
            fc
              .record({ base: opt(awkwardNonEmpty(3)), user: opt(awkwardNonEmpty(2)), port: opt(fc.integer({ min: 1, max: 65535 })) })
              .map(clean),
          ),
          compose: opt(uniqueList(fc.constantFrom('postgres', 'mysql', 'redis', 'rabbitmq', 'nats', 'mongodb'), 0, 3)),
          kubernetes: opt(
            fc
              .record({
                replicas: opt(fc.integer({ min: 1, max: 50 })),
                namespace: opt(awkwardNonEmpty(2)),
                autoscale: opt(
                  fc
                    .record({ min: opt(fc.integer({ min: 1, max: 5 })), max: fc.integer({ min: 1, max: 50 }), cpu: opt(fc.integer({ min: 1, max: 100 })) })
                    .map(clean),
                ),
              })
              .map(clean),
          ),
        })
        .map(clean);
      return fc
        .record({
          imports: opt(fc.array(awkwardNonEmpty(3), { minLength: 1, maxLength: 2 }), 4),
          backend: opt(backend, 2),
          enums,
          entities,
          resources: opt(named(resource, 2, N)),
          auth: opt(auth, 3),
          aggregates: opt(named(aggregate, 2, N), 3),
          projections: opt(named(projection, 2, N), 3),
          sagas: opt(named(saga, 2, N), 3),
          services: opt(named(service, 2, N), 3),
          queries: opt(named(query, 2, N), 3),
          mcp: opt(named(mcp, 1, N), 3),
          deploy: opt(deploy, 3),
        })
        .map((d) => clean(d) as SpecDocument);
    });
};

// ---------------------------------------------------------------------------
// Source mutations

export type Mutation =
  | { readonly kind: 'delete'; readonly at: number; readonly len: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly len: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  /** A new line before line `at`, indented like it. */
  | { readonly kind: 'insertLine'; readonly at: number; readonly text: string }
  | { readonly kind: 'swapLines'; readonly a: number; readonly b: number }
  | { readonly kind: 'truncate'; readonly at: number };

export type MutationWeights = Readonly<Record<Mutation['kind'], number>>;

const DEFAULT_WEIGHTS: MutationWeights = { delete: 3, duplicate: 2, insert: 4, insertLine: 4, swapLines: 2, truncate: 1 };

/** Mutations at relative positions (0..1), so one plan fits texts of any length. */
export const mutation = (noise: readonly string[], weights: MutationWeights = DEFAULT_WEIGHTS): fc.Arbitrary<Mutation> => {
  // Not fc.double: its bias towards extreme values would put almost every edit at the ends.
  const pos = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10_000);
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: 40 }) }), weight: weights.delete },
    { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: pos, len: fc.integer({ min: 1, max: 60 }) }), weight: weights.duplicate },
    {
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        at: pos,
        text: fc.array(fc.constantFrom(...noise), { minLength: 1, maxLength: 4 }).map((t) => t.join(' ')),
      }),
      weight: weights.insert,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('insertLine' as const),
        at: pos,
        text: fc.array(fc.constantFrom(...noise), { minLength: 1, maxLength: 2 }).map((t) => t.join(' ')),
      }),
      weight: weights.insertLine,
    },
    { arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: pos, b: pos }), weight: weights.swapLines },
    { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: pos }), weight: weights.truncate },
  ) as fc.Arbitrary<Mutation>;
};

export function applyMutation(text: string, m: Mutation): string {
  const at = (r: number) => Math.floor(r * (text.length + 1));
  switch (m.kind) {
    case 'delete': {
      const i = at(m.at);
      return text.slice(0, i) + text.slice(i + m.len);
    }
    case 'duplicate': {
      const i = at(m.at);
      return text.slice(0, i + m.len) + text.slice(i, i + m.len) + text.slice(i + m.len);
    }
    case 'insert': {
      const i = at(m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'insertLine': {
      const lines = text.split('\n');
      const i = Math.floor(m.at * (lines.length + 1));
      const indent = /^[ \t]*/.exec(lines[Math.min(i, lines.length - 1)] ?? '')![0];
      lines.splice(i, 0, indent + m.text);
      return lines.join('\n');
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = Math.floor(m.a * lines.length);
      const b = Math.floor(m.b * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at(m.at));
  }
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}

// ---------------------------------------------------------------------------
// Token-level .pab

const pabValueToken = fc.oneof(
  fc.constantFrom(...BUILTIN_TYPES, ...PAB_KEYWORDS, 'User', 'Order', 'PENDING', 'env(X)', 'a.b', 'now()', '$p'),
  fc.constantFrom('decimal(12, 2)?', 'Order[]', 'string?', '(a, b desc)', '(x > 0)', '100/minute', '15m', '-3', '1.5e3'),
  identifier,
  awkwardText(2).map((s) => JSON.stringify(s)),
  // Raw string contents, control characters included (only `"`, `\\` and line breaks kept out).
  fc.string({ unit: 'binary', maxLength: 4 }).map((s) => `"${s.replace(/["\\\r\n]/g, '')}"`),
  fc.nat().map(String),
);

const pabAttr = fc.oneof(
  fc.constantFrom('@id', '@unique', '@default(now())', '@relation(onDelete: cascade)', '@check(a > 0)', '@min(0)', '@x', '@', '@relation()'),
  fc.tuple(fc.constantFrom(...ATTRIBUTES), pabValueToken, fc.constantFrom(')', ')', ')', ')', '', ', a: b)')).map(([a, v, c]) => `${a}${v}${c}`),
);

type PabStatement = { key: string; values: string[]; attrs: string[]; body?: PabStatement[] };

const TOP_WORDS = ['backend', 'enum', 'entity', 'resource', 'auth', 'aggregate', 'projection', 'saga', 'service', 'query', 'mcp', 'deploy', 'import'] as const;

/** Statements at `depth` (0 = top level): declarations up top, members and fields below. */
function pabStatementAt(depth: number): fc.Arbitrary<PabStatement> {
  const body: fc.Arbitrary<PabStatement[] | undefined> =
    depth >= 3
      ? fc.constant(undefined)
      : fc.option(fc.array(pabStatementAt(depth + 1), { maxLength: 4 }), { nil: undefined, freq: depth === 0 ? 8 : 2 });
  const member = fc.record({
    key: fc.oneof(fc.constantFrom(...STATEMENT_WORDS), identifier, fc.constantFrom(...PAB_KEYWORDS)),
    values: fc.array(pabValueToken, { maxLength: 3 }),
    attrs: fc.array(pabAttr, { maxLength: 2 }),
    body,
  });
  if (depth > 0) return member as fc.Arbitrary<PabStatement>;
  const declaration = fc.record({
    key: fc.constantFrom(...TOP_WORDS),
    values: fc.oneof({ arbitrary: identifier.map((n) => [n]), weight: 4 }, { arbitrary: fc.array(pabValueToken, { maxLength: 2 }), weight: 1 }),
    attrs: fc.array(pabAttr, { maxLength: 1 }),
    body: fc.array(pabStatementAt(1), { maxLength: 4 }).map((b) => b as PabStatement[] | undefined),
  });
  return fc.oneof({ arbitrary: declaration, weight: 4 }, { arbitrary: member, weight: 1 }) as fc.Arbitrary<PabStatement>;
}

const pabStatement = pabStatementAt(0);

function renderStatement(s: PabStatement, indent: string, sep: string, comment: boolean): string {
  const head = [s.key, s.values.join(sep), ...s.attrs].filter((x) => x !== '').join(' ');
  const c = comment ? ' // c' : '';
  if (s.body === undefined) return `${indent}${head}${c}`;
  const inner = s.body.map((b) => renderStatement(b, indent + '  ', sep, comment)).join('\n');
  return `${indent}${head} {${c}\n${inner}${inner ? '\n' : ''}${indent}}`;
}

/** Syntactically plausible .pab: statements `name value @attr { ... }`, nested a few levels. */
export const plausiblePab: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(pabStatement, fc.boolean(), fc.constantFrom(', ', ', ', ', ', ', ', ' ', ',')), { maxLength: 5 }),
    fc.option(fc.constantFrom('/// A doc.\n', '// c\n', '\n\n'), { nil: '' }),
  )
  .map(([stmts, prefix]) => prefix + stmts.map(([s, comment, sep]) => renderStatement(s, '', sep, comment)).join('\n') + '\n');

// ---------------------------------------------------------------------------
// JSON-like YAML

const YAML_KEYS = [
  'imports', 'backend', 'enums', 'entities', 'resources', 'auth', 'aggregates', 'projections', 'sagas', 'services',
  'queries', 'mcp', 'deploy', 'name', 'doc', 'fields', 'type', 'values', 'entity', 'path', 'operations', 'access',
  'indexes', 'unique', 'default', 'relation', 'onDelete', 'steps', 'do', 'timeout', 'url', 'where', 'jwt', 'roles',
  'User', 'Order', 'email', 'id', 'on', 'yes', '', ' ', '1', 'a/b', '~', 'é',
] as const;

const yamlScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 'string', 'User', 'Order[]', 'decimal(12, 2)?', 'postgres', 'rest', 'list', 'cascade', '15m', '100/minute', 'a.b', 'env(X)', '/orders', 'x > 0', 'now()'),
  awkwardText(3),
  jsonNumber,
);

/** Random JSON-like values whose keys are mostly the spec's real section and property names. */
export const yamlLikeDocument: fc.Arbitrary<Json> = fc.letrec<{ value: Json; obj: Json }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', depthIdentifier: 'y' }, yamlScalar, fc.array(tie('value'), { maxLength: 3, depthIdentifier: 'y' }), tie('obj')),
  obj: fc.dictionary(fc.oneof(fc.constantFrom(...YAML_KEYS), identifier), tie('value'), { maxKeys: 4, noNullPrototype: true, depthIdentifier: 'y' }) as fc.Arbitrary<Json>,
})).obj;
