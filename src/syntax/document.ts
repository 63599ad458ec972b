/**
 * The spec document: the AST both front ends produce, in its JSON form.
 *
 * `backend.yaml` is this object written as YAML; a `.pab` file maps onto it
 * one-to-one (see grammar/LANGUAGE.md). `schema/backend.schema.json` is the
 * structural contract for it (Ajv, draft 2020-12). Sub-languages (types,
 * defaults, durations, rates, conditions and access rules) are strings here
 * in their canonical spelling and are parsed by the checker.
 *
 * Source positions and comments are not stored in the object itself but in
 * side tables keyed by JSON Pointer (RFC 6901), see `ast.ts`.
 *
 * Input shorthands that a YAML author may write (a field given as its type
 * string, an enum given as a list of names) are normalized by the YAML front
 * end into the canonical shapes below before anything else sees them.
 */

/** e.g. "15m", "7d", "500ms", "30s", "2h". */
export type Duration = string;
/** e.g. "100/minute"; units second, minute, hour, day. */
export type Rate = string;
/** A condition in pab's expression language, e.g. "status = PENDING and total > 0". */
export type Expr = string;
/** A type expression, e.g. "string", "decimal(12, 2)", "Order[]", "text?". */
export type TypeExpr = string;
/** A value read from the environment at start-up: "env(PAYMENTS_URL)"; or a literal string. */
export type EnvOrString = string;

export type Database = 'postgres' | 'mysql' | 'sqlite' | 'mongodb';
export type ApiStyle = 'rest' | 'graphql' | 'grpc';
export type Operation = 'list' | 'get' | 'create' | 'update' | 'delete' | 'search';
export type ReferentialAction = 'cascade' | 'restrict' | 'setNull' | 'setDefault' | 'noAction';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SpecDocument {
  /** Other spec files merged into this one, by path relative to this file. */
  imports?: string[];
  backend?: BackendDoc;
  enums?: Record<string, EnumDoc>;
  entities?: Record<string, EntityDoc>;
  resources?: Record<string, ResourceDoc>;
  auth?: AuthDoc;
  aggregates?: Record<string, AggregateDoc>;
  projections?: Record<string, ProjectionDoc>;
  sagas?: Record<string, SagaDoc>;
  services?: Record<string, ServiceDoc>;
  queries?: Record<string, QueryDoc>;
  mcp?: Record<string, McpServerDoc>;
  deploy?: DeployDoc;
  migrations?: MigrationsDoc;
  compatibility?: CompatibilityDoc;
}

/** Destructive changes the next migration may make: `rule(subject)`, e.g. "dropColumn(orders.note)". */
export interface MigrationsDoc {
  allow?: string[];
}

/**
 * Breaking API changes the spec approves, for `pab diff --breaking`: each
 * `rule(subject)`, e.g. "removeField(Member.bio)", approved for the release
 * `version` (the backend version the changes ship in).
 */
export interface CompatibilityDoc {
  version?: string;
  allow?: string[];
}

export interface BackendDoc {
  name: string;
  doc?: string;
  version?: string;
  database?: Database;
  api?: ApiStyle[];
  /** Default targets for `pab compile`. */
  targets?: string[];
  /** Default output folder, relative to the spec. */
  output?: string;
  /** Folder of template overrides, relative to the spec. */
  templates?: string;
}

export interface EnumValueDoc {
  name: string;
  doc?: string;
}

export interface EnumDoc {
  doc?: string;
  /** A value is its name, or {name, doc} when it has a doc comment. */
  values: (string | EnumValueDoc)[];
}

export interface RelationDoc {
  /** Pairs the two sides when an entity has several relations to the same entity. */
  name?: string;
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  /** Explicit join entity of a many-to-many relation. */
  through?: string;
}

export interface FieldDoc {
  type: TypeExpr;
  doc?: string;
  id?: boolean;
  unique?: boolean;
  /** A literal (string, number, boolean, enum value name) or a call: "now()", "uuid()", "autoincrement()". */
  default?: string | number | boolean;
  check?: Expr;
  pattern?: string;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  relation?: RelationDoc;
  /** The field's previous name, so a migration renames instead of drop + add. */
  renamedFrom?: string;
  /** Column name override. */
  column?: string;
}

export type FieldsDoc = Record<string, FieldDoc>;

export interface IndexDoc {
  /** Field names, each optionally followed by " desc" or " asc". */
  fields: string[];
  unique?: boolean;
  /** Partial index condition. */
  where?: Expr;
  name?: string;
}

export interface EntityDoc {
  doc?: string;
  /** Table or collection name override. */
  table?: string;
  fields: FieldsDoc;
  /** Composite primary key. */
  id?: string[];
  timestamps?: boolean;
  softDelete?: boolean;
  indexes?: IndexDoc[];
  /** Table-level check constraints. */
  checks?: Expr[];
}

export interface PaginationDoc {
  style: 'cursor' | 'offset';
  default?: number;
  max?: number;
}

export interface ActionDoc {
  doc?: string;
  method?: HttpMethod;
  /** Relative to the resource path, e.g. "/{id}/cancel". */
  path?: string;
  /** `item` actions act on one record (default), `collection` actions on the set. */
  on?: 'item' | 'collection';
  input?: FieldsDoc;
  output?: TypeExpr;
}

export interface ResourceDoc {
  doc?: string;
  entity: string;
  path?: string;
  operations?: Operation[];
  pagination?: PaginationDoc;
  filter?: string[];
  /** Sortable fields; the first is the default order. Each optionally followed by " desc" or " asc". */
  sort?: string[];
  /** Fields matched by the `search` operation. */
  search?: string[];
  /** Access rule per operation or action name. */
  access?: Record<string, Expr>;
  rateLimit?: Rate;
  /** Cache lifetime of list/get responses. */
  cache?: Duration;
  /** API styles exposing this resource; defaults to the backend's `api`. */
  expose?: ApiStyle[];
  /** Parent resource name, for nesting (e.g. /customers/{customerId}/orders). */
  parent?: string;
  actions?: Record<string, ActionDoc>;
}

export interface AuthDoc {
  identity?: IdentityDoc;
  jwt?: JwtDoc;
  session?: SessionDoc;
  apiKey?: ApiKeyDoc;
  oauth2?: Record<string, OAuth2ProviderDoc>;
  password?: PasswordPolicyDoc;
  lockout?: LockoutDoc;
  mfa?: MfaDoc;
  /** Rate limit per auth endpoint: login, register, refresh, passwordReset, mfa. */
  rateLimit?: Record<string, Rate>;
  roles?: Record<string, RoleDoc>;
  /** Named attribute rules (ABAC), usable in access rules as policy(name). */
  policies?: Record<string, Expr>;
  admin?: AdminDoc;
  cors?: CorsDoc;
  headers?: SecurityHeadersDoc;
}

export interface IdentityDoc {
  entity: string;
  /** Fields a user signs in with (e.g. email, username). */
  login: string[];
  /** The secret field holding the password hash. */
  password?: string;
  /** Field holding the user's role (an enum of role names). */
  role?: string;
}

export interface JwtDoc {
  access?: Duration;
  refresh?: Duration;
  rotate?: boolean;
  algorithm?: 'HS256' | 'RS256' | 'ES256' | 'EdDSA';
  issuer?: string;
  audience?: string;
  secret?: EnvOrString;
}

export interface SessionDoc {
  cookie?: string;
  ttl?: Duration;
  sameSite?: 'strict' | 'lax' | 'none';
  secure?: boolean;
  csrf?: boolean;
}

export interface ApiKeyDoc {
  header?: string;
  prefix?: string;
}

export interface OAuth2ProviderDoc {
  doc?: string;
  clientId: EnvOrString;
  clientSecret: EnvOrString;
  issuer?: string;
  authorizeUrl?: string;
  tokenUrl?: string;
  scopes?: string[];
}

export interface PasswordPolicyDoc {
  hash?: 'argon2id' | 'bcrypt';
  minLength?: number;
  maxLength?: number;
  /** Character classes a password must contain. */
  require?: ('upper' | 'lower' | 'digit' | 'symbol')[];
  /** How many previous passwords may not be reused. */
  history?: number;
}

export interface LockoutDoc {
  attempts: number;
  duration: Duration;
}

export interface MfaDoc {
  method: 'totp';
  required?: boolean;
}

export interface RoleDoc {
  doc?: string;
  permissions?: string[];
  inherits?: string[];
}

export interface AdminDoc {
  /** The role that may override access rules. */
  role: string;
  /** Record every override in an audit log. */
  audit?: boolean;
}

export interface CorsDoc {
  origins: string[];
  credentials?: boolean;
  maxAge?: Duration;
}

export interface SecurityHeadersDoc {
  hsts?: boolean;
  contentSecurityPolicy?: string;
  frameOptions?: 'deny' | 'sameorigin';
  referrerPolicy?: string;
  noSniff?: boolean;
}

export interface CommandDoc {
  doc?: string;
  input?: FieldsDoc;
  emits: string[];
  access?: Expr;
}

export interface EventDoc {
  doc?: string;
  fields?: FieldsDoc;
}

export interface AggregateDoc {
  doc?: string;
  /** The entity holding the aggregate's current state, if any. */
  entity?: string;
  commands?: Record<string, CommandDoc>;
  events?: Record<string, EventDoc>;
  /** Take a snapshot every N events. */
  snapshotEvery?: number;
}

export interface ProjectionDoc {
  doc?: string;
  from: string[];
  /** The field that identifies a row of the projection. */
  key: string;
  fields?: FieldsDoc;
}

export interface SagaStepDoc {
  name: string;
  doc?: string;
  /** "service.operation" or "Aggregate.Command". */
  do: string;
  compensate?: string;
  timeout?: Duration;
  retry?: number;
}

export interface SagaDoc {
  doc?: string;
  /** The event or command that starts the saga. */
  on: string;
  steps: SagaStepDoc[];
  /** What happens when a step fails after its retries. */
  onFailure?: 'compensate' | 'halt';
  timeout?: Duration;
}

export interface RetryDoc {
  count: number;
  backoff?: 'exponential' | 'linear' | 'constant';
  delay?: Duration;
  jitter?: boolean;
}

export interface BreakerDoc {
  failures: number;
  reset: Duration;
}

export interface ServiceOperationDoc {
  doc?: string;
  method?: HttpMethod;
  path?: string;
  input?: FieldsDoc;
  output?: TypeExpr;
}

export interface ServiceDoc {
  doc?: string;
  url: EnvOrString;
  timeout?: Duration;
  retry?: RetryDoc;
  breaker?: BreakerDoc;
  /** When the call fails or the breaker is open: fail fast, serve the last good response, or call user code. */
  fallback?: 'fail' | 'cache' | 'custom';
  operations?: Record<string, ServiceOperationDoc>;
}

export interface QueryDoc {
  doc?: string;
  entity: string;
  /** Conditions; `$name` are parameters. */
  where?: Expr;
  /** Each a field name optionally followed by " desc" or " asc". */
  orderBy?: string[];
  limit?: number;
}

export interface McpToolDoc {
  doc?: string;
  /** Exactly one of query, command, operation ("resource.operation"). */
  query?: string;
  command?: string;
  operation?: string;
  readonly?: boolean;
}

export interface McpResourceDoc {
  doc?: string;
  /** Exactly one of entity, query. */
  entity?: string;
  query?: string;
  uri?: string;
}

export interface McpPromptDoc {
  doc?: string;
  template: string;
  arguments?: FieldsDoc;
}

export interface McpServerDoc {
  doc?: string;
  transport: 'stdio' | 'http';
  /** Path for the http transport. */
  path?: string;
  tools?: Record<string, McpToolDoc>;
  resources?: Record<string, McpResourceDoc>;
  prompts?: Record<string, McpPromptDoc>;
}

export interface DockerDoc {
  base?: string;
  user?: string;
  port?: number;
}

export interface KubernetesDoc {
  replicas?: number;
  namespace?: string;
  autoscale?: { min?: number; max: number; cpu?: number };
}

export interface ObservabilityDoc {
  logs?: 'json' | 'pretty';
  metrics?: 'prometheus' | 'none';
  tracing?: 'otel' | 'none';
}

export interface DeployDoc {
  docker?: DockerDoc;
  /** Backing services started next to the app by docker compose. */
  compose?: ('postgres' | 'mysql' | 'redis' | 'rabbitmq' | 'nats' | 'mongodb')[];
  kubernetes?: KubernetesDoc;
  observability?: ObservabilityDoc;
}
