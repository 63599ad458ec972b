/**
 * pab's black-box checks of a generated `ts-fastify` service, driven by the
 * spec (the IR and the REST contract of src/emit/api/shapes.ts), not written
 * per example:
 *
 * - `Fixtures` makes rows of any entity: through the API when the entity has
 *   a create operation whose access rule a token can satisfy, else with SQL;
 *   parents that required foreign keys need are made first, the same way.
 * - `principalFor` solves an operation's access rule for a given row: the
 *   JWT claims (sub, role, other user attributes) that make the rule allow
 *   it, or undefined when no token can (e.g. no JWT auth in the spec).
 * - `Api` calls the service and counts the requests per route and status,
 *   to compare with /metrics.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { expect } from 'vitest';
import type { Entity, Field, ServiceModel } from '../../src/model/model.js';
import type { AccessRule, Expr } from '../../src/model/expr.js';
import { buildContract, type ApiContract, type ApiField, type OperationContract, type QueryParam } from '../../src/emit/api/shapes.js';
import { fieldExample, stringMatching } from '../../src/emit/api/examples.js';
import { mintJwt } from './ts-fastify-harness.js';

export type Row = Record<string, unknown>;
export type Claims = Record<string, unknown>;

/** Inserts a row with SQL: table, column → value; returns the columns of the inserted row. */
export interface SqlInserter {
  readonly kind: 'postgres' | 'mysql';
  insert(table: string, values: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/** Signs tokens the service accepts: the spec's algorithm, issuer and audience, a key made per run. */
export class Tokens {
  readonly env: Record<string, string> = {};
  readonly enabled: boolean;
  private readonly key: KeyObject | string | undefined;
  private readonly alg: string;
  private readonly iss: string | undefined;
  private readonly aud: string | undefined;

  constructor(model: ServiceModel) {
    const jwt = model.auth?.methods.jwt;
    this.enabled = jwt !== undefined;
    this.alg = jwt?.algorithm ?? 'HS256';
    this.iss = jwt?.issuer;
    this.aud = jwt?.audience;
    if (jwt === undefined) return;
    const envName = jwt.secret.kind === 'env' ? jwt.secret.name : 'JWT';
    if (this.alg.startsWith('HS')) {
      this.key = `e2e-secret-${randomUUID()}`;
      this.env[envName] = this.key;
    } else {
      const pair = this.alg === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
      this.key = pair.privateKey;
      this.env[`${envName}_PUBLIC_KEY`] = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    }
  }

  /** Headers for a caller with these claims; none for an anonymous caller (`{}`). */
  headers(claims: Claims | undefined): Record<string, string> {
    if (claims === undefined || claims['sub'] === undefined || this.key === undefined) return {};
    const all = { ...(this.iss === undefined ? {} : { iss: this.iss }), ...(this.aud === undefined ? {} : { aud: this.aud }), ...claims };
    return { authorization: `Bearer ${mintJwt(this.alg, this.key, all)}` };
  }
}

/** `/a/{id}` → `/a/:id`: the route label Fastify (and /metrics) uses. */
export function routeOf(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** Calls the service; counts requests per `METHOD route status`; waits out rate limits. */
export class Api {
  readonly counts = new Map<string, number>();
  /** The requests that hit a rate limit (answered 429, then retried after Retry-After). */
  readonly rateLimited: string[] = [];
  constructor(readonly base: string, private readonly tokens: Tokens) {}

  async call(method: string, path: string, route: string, opts: { claims?: Claims | undefined; body?: unknown; raw?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...this.tokens.headers(opts.claims) };
    let body: string | undefined;
    if (opts.raw !== undefined || opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = opts.raw ?? JSON.stringify(opts.body);
    }
    const res = await fetch(`${this.base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    const key = `${method} ${route} ${res.status}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (res.status === 429) {
      // The spec's rate limit of this resource: a problem with Retry-After; wait it out and ask again.
      expect(res.headers.get('content-type') ?? '').toContain('application/problem+json');
      const wait = Number(res.headers.get('retry-after') ?? '60');
      expect(wait).toBeGreaterThan(0);
      this.rateLimited.push(`${method} ${route}`);
      await new Promise((r) => setTimeout(r, Math.min(wait, 65) * 1000));
      return this.call(method, path, route, opts);
    }
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** Calls an operation: path parameters from `row`, the query string from `query`. */
  op(op: OperationContract, row: Row, opts: { claims?: Claims | undefined; body?: unknown; raw?: string; query?: Record<string, string | number> } = {}): Promise<Answer> {
    const path = op.endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(row[name])));
    const qs = new URLSearchParams(Object.entries(opts.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
    return this.call(op.endpoint.method, qs === '' ? path : `${path}?${qs}`, routeOf(op.endpoint.path), opts);
  }
}

/** Expects an RFC 9457 problem with this status. */
export function expectProblem(answer: Answer, status: number, what: string): void {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(status);
  expect(answer.headers.get('content-type') ?? '', what).toContain('application/problem+json');
  expect((answer.body as { status?: number }).status, what).toBe(status);
}

// ---- access rules -------------------------------------------------------------------------

const STAFF_SUB = '00000000-0000-4000-8000-0000000000aa';

function merge(a: Claims | undefined, b: Claims | undefined): Claims | undefined {
  if (a === undefined || b === undefined) return undefined;
  for (const [k, v] of Object.entries(b)) if (k in a && a[k] !== v && k !== 'sub') return undefined;
  if (a['sub'] !== undefined && b['sub'] !== undefined && a['sub'] !== b['sub'] && a['sub'] !== STAFF_SUB && b['sub'] !== STAFF_SUB) return undefined;
  const sub = a['sub'] === undefined || a['sub'] === STAFF_SUB ? (b['sub'] ?? a['sub']) : a['sub'];
  return { ...a, ...b, ...(sub === undefined ? {} : { sub }) };
}

/** Resolves the fixtures' rows along a record path (`cart.customer`): the value at its end, or undefined. */
type Resolve = (entity: Entity, row: Row, path: readonly string[], columns: readonly string[] | undefined) => unknown;

const NONE = Symbol('none');

function valueOfExpr(e: Expr, entity: Entity, row: Row, resolve: Resolve): unknown {
  switch (e.kind) {
    case 'literal': return e.value;
    case 'enumValue': return e.value;
    case 'field': return resolve(entity, row, e.path, e.columns);
    default: return NONE;
  }
}

function holds(e: Expr, entity: Entity, row: Row, resolve: Resolve): boolean | undefined {
  switch (e.kind) {
    case 'and': { const l = holds(e.left, entity, row, resolve); const r = holds(e.right, entity, row, resolve); return l === undefined || r === undefined ? undefined : l && r; }
    case 'or': { const l = holds(e.left, entity, row, resolve); const r = holds(e.right, entity, row, resolve); return l === undefined || r === undefined ? undefined : l || r; }
    case 'not': { const v = holds(e.operand, entity, row, resolve); return v === undefined ? undefined : !v; }
    case 'field': return resolve(entity, row, e.path, e.columns) === true;
    case 'compare': {
      const l = valueOfExpr(e.left, entity, row, resolve);
      const r = valueOfExpr(e.right, entity, row, resolve);
      if (l === NONE || r === NONE) return undefined;
      const a = (l ?? null) as string | number | null;
      const b = (r ?? null) as string | number | null;
      switch (e.op) {
        case '=': return a === b;
        case '!=': return a !== b;
        case '<': return a !== null && b !== null && a < b;
        case '<=': return a !== null && b !== null && a <= b;
        case '>': return a !== null && b !== null && a > b;
        case '>=': return a !== null && b !== null && a >= b;
      }
      return undefined;
    }
    case 'in': {
      if (e.list.kind !== 'list') return undefined;
      const v = valueOfExpr(e.value, entity, row, resolve);
      const items = e.list.items.map((i) => valueOfExpr(i, entity, row, resolve));
      return e.negated ? !items.includes(v) : items.includes(v);
    }
    default: return undefined;
  }
}

function userClaim(path: readonly string[]): string {
  const name = path.join('.');
  return name === 'id' ? 'sub' : name;
}

/** The claims that make a condition hold for `row`, or undefined. */
function solveExpr(e: Expr, entity: Entity, row: Row, resolve: Resolve): Claims | undefined {
  switch (e.kind) {
    case 'and': return merge(solveExpr(e.left, entity, row, resolve), solveExpr(e.right, entity, row, resolve));
    case 'or': return solveExpr(e.left, entity, row, resolve) ?? solveExpr(e.right, entity, row, resolve);
    case 'compare': {
      const user = e.left.kind === 'user' ? e.left : e.right.kind === 'user' ? e.right : undefined;
      const other = user === e.left ? e.right : e.left;
      if (user !== undefined && user.kind === 'user') {
        if (e.op !== '=' || other.kind !== 'field') return undefined;
        const v = resolve(entity, row, other.path, other.columns);
        if (v === undefined || v === null) return undefined;
        const claim = userClaim(user.path);
        return claim === 'sub' ? { sub: String(v) } : { sub: STAFF_SUB, [claim]: v };
      }
      return holds(e, entity, row, resolve) === true ? {} : undefined;
    }
    default: return holds(e, entity, row, resolve) === true ? {} : undefined;
  }
}

/**
 * The claims of a caller the rule allows on `row` (the row read, changed, or
 * about to be created); `{}` when no token is needed; undefined when no
 * caller can (or only one the service cannot authenticate).
 */
export function principalFor(model: ServiceModel, rule: AccessRule, entity: Entity, row: Row, resolve: Resolve, tokens: boolean): Claims | undefined {
  const roles = model.auth?.roles ?? [];
  const withToken = (c: Claims): Claims | undefined => (tokens ? c : undefined);
  switch (rule.kind) {
    case 'public': return {};
    case 'authenticated': return withToken({ sub: STAFF_SUB });
    case 'role': return withToken({ sub: STAFF_SUB, role: rule.roles[0] });
    case 'permission': {
      const role = roles.find((r) => r.allPermissions.includes(rule.permission));
      return role === undefined ? undefined : withToken({ sub: STAFF_SUB, role: role.name });
    }
    case 'owner': {
      const v = rule.columns.length === 1 ? row[rule.columns[0]!] : undefined;
      return v === undefined || v === null ? undefined : withToken({ sub: String(v) });
    }
    case 'policy':
    case 'condition': {
      const c = solveExpr(rule.condition.expr, entity, row, resolve);
      return c === undefined || (c['sub'] !== undefined && !tokens) ? undefined : c;
    }
    case 'and': return rule.rules.reduce<Claims | undefined>((acc, r) => merge(acc, principalFor(model, r, entity, row, resolve, tokens)), {});
    case 'or': {
      // Prefer a caller who sees every row (a role) over an owner.
      const solved = rule.rules.map((r) => principalFor(model, r, entity, row, resolve, tokens)).filter((c): c is Claims => c !== undefined);
      return solved.find((c) => c['role'] !== undefined) ?? solved[0];
    }
    case 'not': return undefined;
  }
}

// ---- fixtures -----------------------------------------------------------------------------

function fitString(base: string, min: number | undefined, max: number | undefined, n: number): string {
  let s = base;
  if (max !== undefined && s.length > max) s = `${n}`.slice(-max);
  while (s.length < (min ?? 0)) s += 'x';
  return s;
}

/** The resources' operations grouped by resource name. */
export function operationsByResource(contract: ApiContract): Map<string, Map<OperationContract['kind'], OperationContract>> {
  const out = new Map<string, Map<OperationContract['kind'], OperationContract>>();
  for (const op of contract.operations) {
    if (op.kind === 'action') continue;
    let m = out.get(op.resource.name);
    if (m === undefined) out.set(op.resource.name, (m = new Map()));
    m.set(op.kind, op);
  }
  return out;
}

export class Fixtures {
  readonly contract: ApiContract;
  readonly ops: Map<string, Map<OperationContract['kind'], OperationContract>>;
  /** Rows every check may use as parents, per entity. */
  readonly rows = new Map<string, Row[]>();
  private readonly entities: Map<string, Entity>;
  private readonly enums;
  private n = 0;

  constructor(readonly model: ServiceModel, readonly api: Api, readonly sql: SqlInserter, readonly tokens: Tokens) {
    this.contract = buildContract(model, 'rest');
    this.ops = operationsByResource(this.contract);
    this.entities = new Map(model.entities.map((e) => [e.name, e]));
    this.enums = new Map(model.enums.map((e) => [e.name, e]));
  }

  entity(name: string): Entity {
    return this.entities.get(name)!;
  }

  next(): number {
    return ++this.n;
  }

  /** The value at the end of a record path, following relations through the known rows. */
  readonly resolve: Resolve = (entity, row, path, columns) => {
    let current = entity;
    let r: Row | undefined = row;
    for (let i = 0; i < path.length; i++) {
      if (r === undefined) return undefined;
      const field = current.fields.find((f) => f.name === path[i]);
      if (field === undefined) return undefined;
      if (field.kind !== 'relation') return i === path.length - 1 ? r[field.name] : undefined;
      const fks = i === path.length - 1 && columns !== undefined ? columns : field.foreignKey;
      if (fks.length !== 1) return undefined;
      const fkValue: unknown = r[fks[0]!];
      if (i === path.length - 1) return fkValue;
      const target = this.entity(field.target);
      const keyField = target.primaryKey.fields[0]!;
      r = (this.rows.get(target.name) ?? []).find((p) => p[keyField] === fkValue);
      current = target;
    }
    return undefined;
  };

  /** The claims for calling `op` on `row`, or undefined when no token can. */
  who(op: OperationContract, row: Row): Claims | undefined {
    const rule = op.resource.access.find((a) => a.operation === op.endpoint.name)?.rule;
    if (rule === undefined) return undefined;
    return principalFor(this.model, rule, this.entity(op.resource.entity), row, this.resolve, this.tokens.enabled);
  }

  /** A valid value of a field, different for each `n` where the constraints allow it. */
  value(f: ApiField, n: number): unknown {
    const one = (): unknown => {
      if (f.type.kind === 'scalar') {
        const c = f.constraints;
        switch (f.type.type) {
          case 'string':
          case 'text': {
            if (c.pattern !== undefined) return stringMatching(c.pattern, `${f.name}#${n}`, c) ?? fieldExample({ ...f, list: false }, this.enums);
            return fitString(`${f.name} ${n}`, c.minLength, c.maxLength, n);
          }
          case 'email': return `${f.name.toLowerCase()}${n}@example.com`;
          case 'uuid': return randomUUID();
          default: break;
        }
      }
      return fieldExample({ ...f, list: false }, this.enums);
    };
    return f.list ? [one()] : one();
  }

  /** The entity's required relations: the FK fields each fills, and whether the parent must be a fresh row. */
  private requiredParents(entity: Entity, skip: readonly string[]): { fks: ApiField[]; target: string; fresh: boolean }[] {
    const ec = this.contract.entities.get(entity.name)!;
    const keyish = (name: string): boolean => entity.primaryKey.fields.includes(name) || ec.fields.find((f) => f.name === name)?.unique === true || entity.indexes.some((i) => i.unique && i.fields.some((x) => x.field === name));
    const groups = entity.fields
      .filter((f): f is Extract<Field, { kind: 'relation' }> => f.kind === 'relation' && f.foreignKey.length > 0 && !f.optional && f.target !== entity.name)
      .filter((f) => !f.foreignKey.every((k) => skip.includes(k)))
      .map((f) => ({ fks: f.foreignKey.map((k) => ec.fields.find((x) => x.name === k)!), target: f.target, fresh: false }));
    // One parent per unique or key FK must be new (a one-to-one, or the last part of a composite key).
    const keyed = groups.filter((g) => g.fks.some((k) => keyish(k.name)));
    if (keyed.length > 0) {
      const single = keyed.filter((g) => g.fks.some((k) => k.unique));
      for (const g of single.length > 0 ? single : [keyed[keyed.length - 1]!]) g.fresh = true;
    }
    return groups;
  }

  /** A parent row of `entity`: an existing one not in `exclude`, or a new one. */
  async parent(entity: string, fresh: boolean, exclude: readonly Row[]): Promise<Row> {
    if (!fresh) {
      const existing = (this.rows.get(entity) ?? []).find((r) => !exclude.includes(r));
      if (existing !== undefined) return existing;
    }
    return this.make(entity);
  }

  /** Fills the FK fields of `values` from parent rows (made when needed); `skip`: FK fields already set. */
  private async fillParents(entity: Entity, values: Row, skip: readonly string[] = []): Promise<void> {
    const used: Row[] = [];
    for (const g of this.requiredParents(entity, skip)) {
      const parent = await this.parent(g.target, g.fresh, used);
      used.push(parent);
      for (const fk of g.fks) values[fk.name] = parent[fk.foreignKey!.field];
    }
  }

  /** The create operation rows of `entity` are made with: a root resource's, with a solvable rule. */
  createOp(entity: string): OperationContract | undefined {
    return this.contract.operations.find((o) => o.kind === 'create' && o.resource.entity === entity && o.resource.parent === undefined);
  }

  /** A create body for `op` (required fields, FKs from parents; nested: the parent FK from `pathRow`), and the row it stands for. */
  async createBody(op: OperationContract, pathRow: Row = {}): Promise<{ body: Row; row: Row }> {
    const entity = this.entity(op.resource.entity);
    const n = this.next();
    const body: Row = {};
    for (const { field, required } of op.body) if (required && field.foreignKey === undefined) body[field.name] = this.value(field, n);
    const row: Row = { ...pathRow, ...body };
    await this.fillParents(entity, row, Object.keys(pathRow));
    for (const { field } of op.body) if (field.foreignKey !== undefined && row[field.name] !== undefined) body[field.name] = row[field.name];
    return { body, row };
  }

  /** Makes a row of `entity` (API or SQL) and keeps it as a parent for later rows unless `keep` is false. */
  async make(entity: string, keep = true): Promise<Row> {
    const op = this.createOp(entity);
    let row: Row | undefined;
    if (op !== undefined) {
      const { body, row: planned } = await this.createBody(op);
      const claims = this.who(op, planned);
      if (claims !== undefined) {
        const res = await this.api.op(op, planned, { claims, body });
        expect(res.status, `create ${entity}: ${JSON.stringify(res.body)}`).toBe(201);
        row = res.body as Row;
      }
    }
    row ??= await this.insert(entity);
    if (keep) {
      if (!this.rows.has(entity)) this.rows.set(entity, []);
      this.rows.get(entity)!.push(row);
    }
    return row;
  }

  /** Inserts a row with SQL: the key, the fields without a default, required FKs; returns it in API field names. */
  async insert(entityName: string, values: Row = {}): Promise<Row> {
    const entity = this.entity(entityName);
    const ec = this.contract.entities.get(entityName)!;
    const n = this.next();
    const row: Row = {};
    for (const f of ec.fields) {
      if (f.id && f.default?.kind === 'autoincrement') continue;
      if (f.id && f.type.kind === 'scalar' && f.type.type === 'uuid' && f.foreignKey === undefined) row[f.name] = randomUUID();
      // Every field without a default, optional ones too (a check may tie them: `status != PUBLISHED or publishedAt != null`).
      else if (!f.readOnly && f.default === undefined && f.foreignKey === undefined) row[f.name] = this.value(f, n);
    }
    Object.assign(row, values);
    await this.fillParents(entity, row, Object.keys(values));
    const columns: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(row)) {
      const field = entity.fields.find((f) => f.name === name);
      if (field === undefined || field.kind === 'relation') continue;
      const api = ec.fields.find((f) => f.name === name)!;
      columns[field.column] = this.sqlValue(api, v);
    }
    const inserted = await this.sql.insert(entity.table, columns);
    for (const f of entity.fields) if (f.kind !== 'relation' && row[f.name] === undefined && inserted[f.column] !== undefined) row[f.name] = inserted[f.column];
    for (const k of entity.primaryKey.fields) if (typeof row[k] === 'bigint' || typeof row[k] === 'number') row[k] = Number(row[k]);
    return row;
  }

  private sqlValue(f: ApiField, v: unknown): unknown {
    if (f.type.kind !== 'scalar') return v;
    switch (f.type.type) {
      case 'json': return JSON.stringify(v);
      case 'bytes': return Buffer.from(String(v), 'base64');
      case 'datetime': return new Date(String(v));
      case 'secret': return 'x';
      default: return f.list && this.sql.kind === 'mysql' ? JSON.stringify(v) : v;
    }
  }
}

/** The values of a list page. */
export function items(body: unknown): Row[] {
  return ((body as { items?: Row[] }).items ?? []) as Row[];
}

/** The key of a row as one string (composite keys joined). */
export function keyOf(entity: Entity, row: Row): string {
  return entity.primaryKey.fields.map((f) => String(row[f])).join('|');
}

/** The `sort` parameter of a list, if any. */
export function sortParam(op: OperationContract): QueryParam | undefined {
  return op.queryParams.find((p) => p.name === 'sort');
}

/** A fresh key value that names no row: a random uuid, a large number or an unused string. */
export function unknownKey(f: ApiField): string | number {
  if (f.type.kind === 'scalar' && (f.type.type === 'int' || f.type.type === 'bigint')) return 987654321;
  if (f.type.kind === 'scalar' && f.type.type === 'uuid') return randomUUID();
  return 'no-such-key';
}

/** A value of the wrong JSON type for a field. */
export function wrongType(f: ApiField): unknown {
  if (f.list) return 'not-a-list';
  if (f.type.kind === 'scalar' && ['int', 'bigint', 'float', 'boolean'].includes(f.type.type)) return 'not-a-number';
  return { not: 'a string' };
}
