/**
 * What each statement means in each block: the one table that maps `.pab`
 * onto the spec document (and back, for `pab fmt` and `pab convert`).
 *
 * A block's statements are properties (`key value`), nested blocks
 * (`key { }` or `key Name { }`), or fields (`name type @attrs`) in the blocks
 * that hold fields. The table is read by `to-document.ts` (parse direction)
 * and `print.ts` (print direction), so the two cannot drift apart.
 */

/** How a property's value is printed; parsing is the same for all. */
export type ScalarKind =
  /** Always a quoted string. */
  | 'string'
  /** A name, reference, type, call or other bare word; quoted only when it must be. */
  | 'word'
  | 'number'
  /** `key` alone means true; `key false` is allowed and printed when false. */
  | 'flag';

export type Member =
  | { readonly kind: 'scalar'; readonly print: ScalarKind }
  /** Always an array, even with one item. */
  | { readonly kind: 'list'; readonly print: ScalarKind }
  /** An expression in pab's condition language, kept as its canonical string. */
  | { readonly kind: 'expr' }
  /** `key { ... }` → an object. */
  | { readonly kind: 'block'; readonly shape: Shape }
  /** `key Name { ... }` → doc[docKey][Name] = object. */
  | { readonly kind: 'named'; readonly docKey: string; readonly shape: Shape }
  /** `key Name { ... }` repeated → doc[docKey] = [{ name: Name, ... }], in order. */
  | { readonly kind: 'namedList'; readonly docKey: string; readonly shape: Shape }
  /** `key Name { ... }` once → doc[docKey] = { name: Name, ... }. */
  | { readonly kind: 'namedSingle'; readonly docKey: string; readonly shape: Shape }
  /** `key value` repeated → doc[docKey] = [value, ...]. */
  | { readonly kind: 'repeat'; readonly docKey: string; readonly print: ScalarKind }
  /** `key { name type @attrs ... }` → doc[key] = { name: FieldDoc, ... }. */
  | { readonly kind: 'fields' };

export type Shape =
  | { readonly kind: 'props'; readonly members: Readonly<Record<string, Member>> }
  /** Statements are fields; the object is { fields: {...} } (events). */
  | { readonly kind: 'fieldsObject' }
  /** Fields plus the entity directives. */
  | { readonly kind: 'entity' }
  /** Statements are value names. */
  | { readonly kind: 'enum' }
  /** Statements are `name value` pairs of a user-keyed map. */
  | { readonly kind: 'map'; readonly value: 'expr' | ScalarKind };

const scalar = (print: ScalarKind = 'word'): Member => ({ kind: 'scalar', print });
const list = (print: ScalarKind = 'word'): Member => ({ kind: 'list', print });
const expr: Member = { kind: 'expr' };
const flag = scalar('flag');
const str = scalar('string');
const num = scalar('number');
const fields: Member = { kind: 'fields' };
const props = (members: Record<string, Member>): Shape => ({ kind: 'props', members });
const block = (members: Record<string, Member>): Member => ({ kind: 'block', shape: props(members) });
const named = (docKey: string, shape: Shape): Member => ({ kind: 'named', docKey, shape });

const backend = props({
  version: str,
  database: scalar(),
  api: list(),
  targets: list(),
  output: str,
  templates: str,
});

const resource = props({
  entity: scalar(),
  path: str,
  operations: list(),
  pagination: block({ style: scalar(), default: num, max: num }),
  filter: list(),
  sort: list(),
  search: list(),
  access: { kind: 'block', shape: { kind: 'map', value: 'expr' } },
  rateLimit: scalar(),
  cache: scalar(),
  expose: list(),
  parent: scalar(),
  action: named('actions', props({ method: scalar(), path: str, on: scalar(), input: fields, output: scalar() })),
});

const auth = props({
  identity: block({ entity: scalar(), login: list(), password: scalar(), role: scalar() }),
  jwt: block({
    access: scalar(),
    refresh: scalar(),
    rotate: flag,
    algorithm: scalar(),
    issuer: str,
    audience: str,
    secret: scalar(),
  }),
  session: block({ cookie: str, ttl: scalar(), sameSite: scalar(), secure: flag, csrf: flag }),
  apiKey: block({ header: str, prefix: str }),
  oauth2: named(
    'oauth2',
    props({
      clientId: scalar(),
      clientSecret: scalar(),
      issuer: str,
      authorizeUrl: str,
      tokenUrl: str,
      scopes: list('string'),
    }),
  ),
  password: block({ hash: scalar(), minLength: num, maxLength: num, require: list(), history: num }),
  lockout: block({ attempts: num, duration: scalar() }),
  mfa: block({ method: scalar(), required: flag }),
  rateLimit: { kind: 'block', shape: { kind: 'map', value: 'word' } },
  role: named('roles', props({ permissions: list(), inherits: list() })),
  policies: { kind: 'block', shape: { kind: 'map', value: 'expr' } },
  admin: block({ role: scalar(), audit: flag }),
  cors: block({ origins: list('string'), credentials: flag, maxAge: scalar() }),
  headers: block({
    hsts: flag,
    contentSecurityPolicy: str,
    frameOptions: scalar(),
    referrerPolicy: str,
    noSniff: flag,
  }),
});

const aggregate = props({
  entity: scalar(),
  command: named('commands', props({ input: fields, emits: list(), access: expr })),
  event: named('events', { kind: 'fieldsObject' }),
  snapshotEvery: num,
});

const projection = props({ from: list(), key: scalar(), fields });

const saga = props({
  on: scalar(),
  onFailure: scalar(),
  timeout: scalar(),
  step: {
    kind: 'namedList',
    docKey: 'steps',
    shape: props({ do: scalar(), compensate: scalar(), timeout: scalar(), retry: num }),
  },
});

const service = props({
  url: scalar(),
  timeout: scalar(),
  retry: block({ count: num, backoff: scalar(), delay: scalar(), jitter: flag }),
  breaker: block({ failures: num, reset: scalar() }),
  fallback: scalar(),
  operation: named('operations', props({ method: scalar(), path: str, input: fields, output: scalar() })),
});

const query = props({ entity: scalar(), where: expr, orderBy: list(), limit: num });

const mcp = props({
  transport: scalar(),
  path: str,
  tool: named('tools', props({ query: scalar(), command: scalar(), operation: scalar(), readonly: flag })),
  resource: named('resources', props({ entity: scalar(), query: scalar(), uri: str })),
  prompt: named('prompts', props({ template: str, arguments: fields })),
});

const deploy = props({
  docker: block({ base: str, user: str, port: num }),
  compose: list(),
  kubernetes: {
    kind: 'block',
    shape: props({ replicas: num, namespace: str, autoscale: block({ min: num, max: num, cpu: num }) }),
  },
  observability: block({ logs: scalar(), metrics: scalar(), tracing: scalar() }),
});

/** The top level of a file. */
export const topShape = props({
  import: { kind: 'repeat', docKey: 'imports', print: 'string' },
  backend: { kind: 'namedSingle', docKey: 'backend', shape: backend },
  enum: named('enums', { kind: 'enum' }),
  entity: named('entities', { kind: 'entity' }),
  resource: named('resources', resource),
  auth: { kind: 'block', shape: auth },
  aggregate: named('aggregates', aggregate),
  projection: named('projections', projection),
  saga: named('sagas', saga),
  service: named('services', service),
  query: named('queries', query),
  mcp: named('mcp', mcp),
  deploy: { kind: 'block', shape: deploy },
  migrations: block({ allow: list() }),
  compatibility: block({ version: str, allow: list() }),
});

/** Entity directives: statements that are not fields when followed by `(`, a string or nothing. */
export const ENTITY_DIRECTIVES = ['table', 'id', 'timestamps', 'softDelete', 'index', 'unique', 'check'] as const;

/** Field attributes and the document key each one sets. */
export const FIELD_ATTRIBUTES = [
  'id',
  'unique',
  'default',
  'check',
  'pattern',
  'min',
  'max',
  'minLength',
  'maxLength',
  'relation',
  'renamedFrom',
  'column',
] as const;

/** The document's top-level sections in canonical order (also the YAML order). */
export const SECTION_ORDER = [
  'imports',
  'backend',
  'enums',
  'entities',
  'resources',
  'auth',
  'aggregates',
  'projections',
  'sagas',
  'services',
  'queries',
  'mcp',
  'deploy',
  'migrations',
  'compatibility',
] as const;

/** The statement keyword for a document key of a shape (reverse lookup for printing). */
export function memberForDocKey(shape: Shape, docKey: string): [string, Member] | undefined {
  if (shape.kind !== 'props') return undefined;
  for (const [key, m] of Object.entries(shape.members)) {
    const dk = 'docKey' in m ? m.docKey : key;
    if (dk === docKey) return [key, m];
  }
  return undefined;
}
