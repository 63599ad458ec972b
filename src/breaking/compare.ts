/**
 * Breaking-change detection between two checked specs (the baseline and the
 * current one): pure, IR in, findings out. Each finding names its rule
 * (`rules.ts`), the element it is about (the approval's subject) and where
 * in the CURRENT spec the change shows (the element itself, or the nearest
 * surviving container when the element is gone; the baseline's span goes in
 * `was`).
 *
 * When in doubt it reports: a false positive costs an approval line, a false
 * negative costs a broken client.
 */
import type {
  AccessRule, ApiStyle, Action, Aggregate, DataField, Entity, Event, Origin, Resource, ServiceModel, TypeRef,
} from '../model/model.js';
import { buildContract, createFields, entityContract, type ApiField, type ApiType, type OperationContract } from '../emit/api/shapes.js';
import { canonicalJson, diffSchemas } from '../emit/sql/diff.js';
import { DESTRUCTIVE_RULES, lintMigration, specRuleName } from '../emit/sql/lint.js';
import { buildSchema } from '../emit/sql/schema.js';
import { accessRuleText } from '../model/access-text.js';
import { snakeCase } from '../model/naming.js';
import { defaultPackage } from '../emit/proto/names.js';
import { compareFieldNumbers, type ProtoSnapshots } from './proto.js';
import { ruleById, type BreakingRuleId } from './rules.js';

export interface Finding {
  readonly rule: BreakingRuleId;
  /** The approval name that lets it through (the rule's, or the migration lint's for schema changes). */
  readonly approval: string;
  readonly subject: string;
  readonly message: string;
  /** Where in the current spec. */
  readonly origin: Origin;
  /** Where in the baseline, when the element is gone from the current spec. */
  readonly was?: Origin;
  readonly hint?: string;
}

const tick = (s: string): string => `\`${s}\``;

function finding(rule: BreakingRuleId, subject: string, message: string, origin: Origin, extra: { was?: Origin; hint?: string; approval?: string } = {}): Finding {
  return {
    rule,
    approval: extra.approval ?? ruleById(rule).approval,
    subject,
    message,
    origin,
    ...(extra.was === undefined ? {} : { was: extra.was }),
    ...(extra.hint === undefined ? {} : { hint: extra.hint }),
  };
}

// ── Types and constraints ────────────────────────────────────────────────────

function typeText(t: ApiType | TypeRef): string {
  if (t.kind === 'enum') return t.enum;
  if (t.kind === 'entity') return t.entity;
  return t.precision === undefined ? t.type : `${t.type}(${t.precision}, ${t.scale ?? 0})`;
}

/** Same wire type (decimal precision aside: a change there is a narrowing or a widening, not a new type). */
function sameType(a: ApiType | TypeRef, b: ApiType | TypeRef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'enum' && b.kind === 'enum') return a.enum === b.enum;
  if (a.kind === 'entity' && b.kind === 'entity') return a.entity === b.entity;
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.type === b.type;
  return false;
}

interface Shape {
  readonly type: ApiType | TypeRef;
  readonly list: boolean;
  readonly constraints: { readonly min?: number; readonly max?: number; readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string };
}

/** How a request field accepts fewer values; empty when it accepts as many or more. */
function narrowings(a: Shape, b: Shape): string[] {
  const out: string[] = [];
  const ca = a.constraints;
  const cb = b.constraints;
  if (cb.maxLength !== undefined && (ca.maxLength === undefined || cb.maxLength < ca.maxLength)) out.push(`its maximum length is now ${cb.maxLength}${ca.maxLength === undefined ? '' : ` (was ${ca.maxLength})`}`);
  if (cb.minLength !== undefined && (ca.minLength === undefined || cb.minLength > ca.minLength)) out.push(`its minimum length is now ${cb.minLength}${ca.minLength === undefined ? '' : ` (was ${ca.minLength})`}`);
  if (cb.max !== undefined && (ca.max === undefined || cb.max < ca.max)) out.push(`its maximum is now ${cb.max}${ca.max === undefined ? '' : ` (was ${ca.max})`}`);
  if (cb.min !== undefined && (ca.min === undefined || cb.min > ca.min)) out.push(`its minimum is now ${cb.min}${ca.min === undefined ? '' : ` (was ${ca.min})`}`);
  if (cb.pattern !== undefined && cb.pattern !== ca.pattern) out.push(ca.pattern === undefined ? `it must now match ${tick(cb.pattern)}` : `its pattern changed from ${tick(ca.pattern)} to ${tick(cb.pattern)}`);
  if (a.type.kind === 'scalar' && b.type.kind === 'scalar' && a.type.type === 'decimal' && b.type.type === 'decimal') {
    const [pa, sa, pb, sb] = [a.type.precision ?? 0, a.type.scale ?? 0, b.type.precision ?? 0, b.type.scale ?? 0];
    if (pb - sb < pa - sa || sb < sa) out.push(`it is now ${typeText(b.type)} (was ${typeText(a.type)})`);
  }
  return out;
}

// ── Fields of a shape: entity fields, event fields, action inputs ────────────

interface FieldView {
  readonly name: string;
  readonly shape: Shape;
  readonly nullable: boolean;
  /** Clients send it (a create/update field or an input). */
  readonly request: boolean;
  /** Must be sent on create / call. */
  readonly required: boolean;
  /** Clients read it. */
  readonly response: boolean;
  readonly origin: Origin;
  readonly renamedFrom?: string;
}

interface Container {
  /** `Member`, `BookLent`, `loans.extend`. */
  readonly name: string;
  readonly label: string;
  readonly fields: ReadonlyMap<string, FieldView>;
  readonly origin: Origin;
}

function compareContainers(a: Container, b: Container, out: Finding[]): void {
  for (const [name, fa] of a.fields) {
    const subject = `${a.name}.${name}`;
    const fb = b.fields.get(name);
    if (fb === undefined) {
      const renamed = [...b.fields.values()].find((f) => f.renamedFrom === name);
      const how = renamed === undefined ? 'is gone' : `was renamed to ${tick(renamed.name)}`;
      out.push(finding('field-removed', subject, `The field ${tick(subject)} of ${a.label} ${how}: clients that ${fa.response ? 'read' : 'send'} it break.`, renamed?.origin ?? b.origin, { was: fa.origin }));
      continue;
    }
    if (!sameType(fa.shape.type, fb.shape.type) || fa.shape.list !== fb.shape.list) {
      const ta = `${typeText(fa.shape.type)}${fa.shape.list ? '[]' : ''}`;
      const tb = `${typeText(fb.shape.type)}${fb.shape.list ? '[]' : ''}`;
      out.push(finding('field-type-changed', subject, `The field ${tick(subject)} of ${a.label} changed type from ${tick(ta)} to ${tick(tb)}.`, fb.origin));
      continue;
    }
    if (fa.request && fb.request) {
      const narrowed = narrowings(fa.shape, fb.shape);
      if (narrowed.length > 0) out.push(finding('field-narrowed', subject, `The field ${tick(subject)} of ${a.label} accepts fewer values: ${narrowed.join('; ')}.`, fb.origin));
      if (!fa.required && fb.required) out.push(finding('field-now-required', subject, `The field ${tick(subject)} of ${a.label} must now be sent; requests that leave it out are refused.`, fb.origin));
    }
    if (fa.response && fb.response && !fa.nullable && fb.nullable) {
      out.push(finding('field-now-optional', subject, `The field ${tick(subject)} of ${a.label} may now be null; clients that rely on it being present break.`, fb.origin));
    }
    if (fa.response && !fb.response && fb.request) {
      out.push(finding('field-removed', subject, `The field ${tick(subject)} of ${a.label} is no longer in responses (it became write-only).`, fb.origin));
    }
  }
  for (const [name, fb] of b.fields) {
    if (a.fields.has(name) || !fb.required) continue;
    if (fb.renamedFrom !== undefined && a.fields.has(fb.renamedFrom)) continue;
    const subject = `${a.name}.${name}`;
    out.push(finding('required-field-added', subject, `The new field ${tick(subject)} of ${a.label} is required: requests written before it are refused.`, fb.origin, { hint: 'Give it a default or make it optional (`?`) to keep old clients working.' }));
  }
}

function entityContainer(entity: Entity, creatable: boolean): Container {
  const contract = entityContract(entity);
  const create = new Map(createFields(contract).map((f) => [f.field.name, f]));
  const renamedFrom = new Map(entity.fields.flatMap((f) => (f.kind !== 'relation' && f.renamedFrom !== undefined ? [[f.name, f.renamedFrom] as const] : [])));
  const fields = new Map<string, FieldView>(contract.fields.map((f: ApiField) => {
    const input = create.get(f.name);
    const rf = renamedFrom.get(f.name);
    return [f.name, {
      name: f.name,
      shape: { type: f.type, list: f.list, constraints: f.constraints },
      nullable: f.nullable,
      request: input !== undefined,
      required: creatable && input !== undefined && input.required,
      response: !f.writeOnly,
      origin: f.origin,
      ...(rf === undefined ? {} : { renamedFrom: rf }),
    }];
  }));
  return { name: entity.name, label: `entity ${tick(entity.name)}`, fields, origin: entity.origin };
}

function dataContainer(name: string, label: string, fields: readonly DataField[], origin: Origin, direction: 'request' | 'response'): Container {
  return {
    name,
    label,
    origin,
    fields: new Map(fields.map((f) => [f.name, {
      name: f.name,
      shape: { type: f.type, list: f.type.list, constraints: f.constraints },
      nullable: f.type.optional,
      request: direction === 'request',
      required: direction === 'request' && !f.type.optional && f.default === undefined,
      response: direction === 'response',
      origin: f.origin,
    }])),
  };
}

// ── Operations ───────────────────────────────────────────────────────────────

interface OpView {
  readonly key: string;
  readonly styles: ReadonlySet<ApiStyle>;
  readonly op: OperationContract;
}

/** Every operation with the API styles that offer it (its resource's `expose`). */
function operationsOf(model: ServiceModel): Map<string, OpView> {
  return new Map(buildContract(model).operations.map((op) => {
    const key = `${op.resource.name}.${op.endpoint.name}`;
    return [key, { key, styles: new Set(op.resource.expose), op }];
  }));
}


/** A rule change that cannot refuse anyone allowed before: to `public`, or adding alternatives with `or`. */
function relaxes(a: AccessRule, b: AccessRule): boolean {
  if (b.kind === 'public') return true;
  if (canonicalJson(a) === canonicalJson(b)) return true;
  if (b.kind === 'or') {
    const alternatives = b.rules.map((r) => canonicalJson(r));
    const before = a.kind === 'or' ? a.rules.map((r) => canonicalJson(r)) : [canonicalJson(a)];
    if (before.every((r) => alternatives.includes(r))) return true;
  }
  if (a.kind === 'role' && b.kind === 'role') return a.roles.every((r) => b.roles.includes(r));
  return false;
}

function accessOf(resource: Resource, operation: string): AccessRule | undefined {
  return resource.access.find((a) => a.operation === operation)?.rule;
}

function compareOperations(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const before = operationsOf(a);
  const after = operationsOf(b);
  const resourcesB = new Map(b.resources.map((r) => [r.name, r]));
  for (const [key, va] of before) {
    const vb = after.get(key);
    const resource = resourcesB.get(va.op.resource.name);
    const where = resource?.origin ?? b.backend.origin;
    const was = va.op.action?.origin ?? va.op.resource.origin;
    const missing = [...va.styles].filter((s) => !vb?.styles.has(s));
    if (vb === undefined) {
      out.push(finding('operation-removed', key, `The operation ${tick(key)} (${describe(va.op)}) is gone.`, where, { was }));
      continue;
    }
    if (missing.length > 0) {
      out.push(finding('operation-removed', key, `The operation ${tick(key)} is no longer offered over ${missing.map(styleName).join(' and ')}.`, where, { was }));
    }
    const opA = va.op;
    const opB = vb.op;
    const here = opB.action?.origin ?? opB.resource.origin;
    if (va.styles.has('rest') && vb.styles.has('rest') && (opA.endpoint.method !== opB.endpoint.method || opA.endpoint.path !== opB.endpoint.path)) {
      out.push(finding('operation-moved', key, `The operation ${tick(key)} moved from ${opA.endpoint.method} ${opA.endpoint.path} to ${opB.endpoint.method} ${opB.endpoint.path}.`, here));
    }
    const ra = accessOf(opA.resource, opA.endpoint.name);
    const rb = accessOf(opB.resource, opB.endpoint.name);
    if (ra !== undefined && rb !== undefined && !relaxes(ra, rb)) {
      out.push(finding('access-stricter', key, `The access rule of ${tick(key)} changed from ${tick(accessRuleText(ra))} to ${tick(accessRuleText(rb))}: callers allowed before may now be refused.`, here));
    }
    if (opA.kind === 'action' && opB.kind === 'action' && opA.action && opB.action) {
      compareActions(key, opA.action, opB.action, out);
    }
  }
  compareLists(a, b, out);
}

function styleName(s: ApiStyle): string {
  return s === 'rest' ? 'REST' : s === 'graphql' ? 'GraphQL' : 'gRPC';
}

function describe(op: OperationContract): string {
  return `${op.endpoint.method} ${op.endpoint.path}`;
}

function compareActions(key: string, a: Action, b: Action, out: Finding[]): void {
  compareContainers(
    dataContainer(key, `the input of ${tick(key)}`, a.input, a.origin, 'request'),
    dataContainer(key, `the input of ${tick(key)}`, b.input, b.origin, 'request'),
    out,
  );
  const text = (t: TypeRef | undefined): string => (t === undefined ? 'nothing' : `${typeText(t)}${t.list ? '[]' : ''}`);
  const [oa, ob] = [text(a.output), text(b.output)];
  if (oa !== ob) {
    out.push(finding('output-changed', key, `The action ${tick(key)} now answers with ${tick(ob)} instead of ${tick(oa)}.`, b.origin));
  } else if (a.output && b.output && !a.output.optional && b.output.optional) {
    out.push(finding('output-changed', key, `The action ${tick(key)} may now answer with nothing instead of ${tick(oa)}.`, b.origin));
  }
}

/** Pagination, filters, sort values and search fields of the resources that list. */
function compareLists(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const resourcesB = new Map(b.resources.map((r) => [r.name, r]));
  for (const ra of a.resources) {
    const rb = resourcesB.get(ra.name);
    if (rb === undefined) continue;
    const lists = (r: Resource): boolean => r.operations.includes('list') || r.operations.includes('search');
    if (!lists(ra) || !lists(rb)) continue;
    if (ra.pagination.style !== rb.pagination.style) {
      out.push(finding('pagination-changed', ra.name, `The lists of ${tick(ra.name)} now page by ${rb.pagination.style} instead of ${ra.pagination.style}: clients walking pages break.`, rb.origin));
    } else if (rb.pagination.max < ra.pagination.max) {
      out.push(finding('pagination-changed', ra.name, `The lists of ${tick(ra.name)} now return at most ${rb.pagination.max} items per page (was ${ra.pagination.max}): larger \`limit\`s are refused.`, rb.origin));
    }
    const filtersB = new Set(rb.filter.map((f) => f.field));
    for (const f of ra.filter) {
      if (!filtersB.has(f.field)) out.push(finding('parameter-removed', `${ra.name}.${f.field}`, `The filter ${tick(f.field)} of ${tick(ra.name)} is gone.`, rb.origin));
    }
    const sortB = new Set(rb.sort.map((s) => s.field));
    for (const s of ra.sort) {
      if (!sortB.has(s.field)) out.push(finding('parameter-removed', `${ra.name}.${s.field}`, `Sorting ${tick(ra.name)} by ${tick(s.field)} is no longer possible.`, rb.origin));
    }
    if (ra.operations.includes('search') && rb.operations.includes('search')) {
      const searchB = new Set(rb.search);
      for (const s of ra.search) {
        if (!searchB.has(s)) out.push(finding('parameter-removed', `${ra.name}.${s}`, `The search of ${tick(ra.name)} no longer looks at ${tick(s)}.`, rb.origin));
      }
    }
  }
}

// ── Entities, enums, events, commands, auth ──────────────────────────────────

/** Entities clients see: those behind a resource, and those used as action or event shapes. */
function exposedEntities(model: ServiceModel): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const r of model.resources) {
    out.set(r.entity, (out.get(r.entity) ?? false) || r.operations.includes('create'));
    for (const act of r.actions) {
      if (act.output?.kind === 'entity' && !out.has(act.output.entity)) out.set(act.output.entity, false);
    }
  }
  return out;
}

function compareEntities(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const exposedA = exposedEntities(a);
  const exposedB = exposedEntities(b);
  const entitiesB = new Map(b.entities.map((e) => [e.name, e]));
  for (const ea of a.entities) {
    if (!exposedA.has(ea.name)) continue;
    const eb = entitiesB.get(ea.name);
    // A removed entity shows as removed operations (and, for the database, dropped tables).
    if (eb === undefined || !exposedB.has(eb.name)) continue;
    const creatable = exposedA.get(ea.name) === true && exposedB.get(eb.name) === true;
    compareContainers(entityContainer(ea, creatable), entityContainer(eb, creatable), out);
  }
}

/** Entities and enums with a GraphQL type or protobuf message: those of resources exposed over GraphQL or gRPC (and the enums their fields use). */
function namedTypes(model: ServiceModel): Map<string, Origin> {
  const out = new Map<string, Origin>();
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const enums = new Map(model.enums.map((e) => [e.name, e]));
  for (const r of model.resources) {
    if (!r.expose.includes('graphql') && !r.expose.includes('grpc')) continue;
    const e = entities.get(r.entity);
    if (e === undefined) continue;
    out.set(e.name, e.origin);
    for (const f of e.fields) {
      const en = f.kind === 'enum' ? enums.get(f.enum) : undefined;
      if (en) out.set(en.name, en.origin);
    }
  }
  return out;
}

function compareTypes(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const before = namedTypes(a);
  const after = namedTypes(b);
  for (const [name, was] of before) {
    if (after.has(name)) continue;
    out.push(finding('type-removed', name, `The type ${tick(name)} is gone from the GraphQL schema or the protobuf package: clients that name it break.`, b.backend.origin, { was }));
  }
  const grpc = (m: ServiceModel): boolean => m.resources.some((r) => r.expose.includes('grpc'));
  if (grpc(a) && grpc(b)) {
    const pkg = (m: ServiceModel): string => defaultPackage(m.backend.name);
    if (pkg(a) !== pkg(b)) {
      out.push(finding('package-changed', pkg(a), `The protobuf package is now ${tick(pkg(b))} (was ${tick(pkg(a))}): every gRPC client calls services that no longer exist.`, b.backend.origin, { hint: 'Keep the backend name, or serve both packages during a migration period.' }));
    }
  }
}

function compareEnums(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const enumsB = new Map(b.enums.map((e) => [e.name, e]));
  for (const ea of a.enums) {
    const eb = enumsB.get(ea.name);
    if (eb === undefined) continue; // fields of that type report their type change
    const values = new Set(eb.values.map((v) => v.name));
    for (const v of ea.values) {
      if (!values.has(v.name)) {
        out.push(finding('enum-value-removed', `${ea.name}.${v.name}`, `The value ${tick(v.name)} of the enum ${tick(ea.name)} is gone: clients sending it are refused, clients holding it cannot read it back.`, eb.origin));
      }
    }
  }
}

function eventsOf(model: ServiceModel): Map<string, { event: Event; aggregate: Aggregate }> {
  return new Map(model.aggregates.flatMap((ag) => ag.events.map((e) => [e.name, { event: e, aggregate: ag }] as const)));
}

function compareFlows(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const eventsB = eventsOf(b);
  const aggregatesB = new Map(b.aggregates.map((ag) => [ag.name, ag]));
  for (const [name, { event, aggregate }] of eventsOf(a)) {
    const eb = eventsB.get(name);
    if (eb === undefined) {
      out.push(finding('event-removed', name, `The event ${tick(name)} is gone: its subscribers and projections get nothing.`, aggregatesB.get(aggregate.name)?.origin ?? b.backend.origin, { was: event.origin }));
      continue;
    }
    compareContainers(
      dataContainer(name, `the event ${tick(name)}`, event.fields, event.origin, 'response'),
      dataContainer(name, `the event ${tick(name)}`, eb.event.fields, eb.event.origin, 'response'),
      out,
    );
  }
  for (const ag of a.aggregates) {
    const agB = aggregatesB.get(ag.name);
    for (const cmd of ag.commands) {
      const subject = `${ag.name}.${cmd.name}`;
      const cb = agB?.commands.find((c) => c.name === cmd.name);
      if (cb === undefined) {
        out.push(finding('operation-removed', subject, `The command ${tick(subject)} is gone.`, agB?.origin ?? b.backend.origin, { was: cmd.origin }));
        continue;
      }
      if (!relaxes(cmd.access, cb.access)) {
        out.push(finding('access-stricter', subject, `The access rule of the command ${tick(subject)} changed from ${tick(accessRuleText(cmd.access))} to ${tick(accessRuleText(cb.access))}.`, cb.origin));
      }
      compareContainers(
        dataContainer(subject, `the input of ${tick(subject)}`, cmd.input, cmd.origin, 'request'),
        dataContainer(subject, `the input of ${tick(subject)}`, cb.input, cb.origin, 'request'),
        out,
      );
    }
  }
}

function compareAuth(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const ma = a.auth?.methods;
  if (ma === undefined) return;
  const mb = b.auth?.methods;
  const where = b.auth?.origin ?? b.backend.origin;
  const was = a.auth?.origin;
  const extra = was === undefined ? {} : { was };
  if (ma.jwt) {
    const jb = mb?.jwt;
    if (!jb) out.push(finding('auth-changed', 'jwt', 'Sign-in with JWT bearer tokens is gone: clients holding tokens are refused.', where, extra));
    else {
      const changed: string[] = (['algorithm', 'issuer', 'audience'] as const).filter((k) => ma.jwt![k] !== jb[k]);
      if (canonicalJson(ma.jwt.secret) !== canonicalJson(jb.secret)) changed.push('secret');
      if (changed.length > 0) out.push(finding('auth-changed', 'jwt', `The JWT ${changed.join(', ')} changed: tokens issued before are refused.`, where));
    }
  }
  if (ma.session) {
    const sb = mb?.session;
    if (!sb) out.push(finding('auth-changed', 'session', 'Sign-in with a session cookie is gone.', where, extra));
    else if (sb.cookie !== ma.session.cookie) out.push(finding('auth-changed', 'session', `The session cookie is now ${tick(sb.cookie)} (was ${tick(ma.session.cookie)}): signed-in browsers are signed out.`, where));
    else if (!ma.session.csrf && sb.csrf) out.push(finding('auth-changed', 'session', 'Session requests now need a CSRF token: clients that do not send one are refused.', where));
  }
  if (ma.apiKey) {
    const kb = mb?.apiKey;
    if (!kb) out.push(finding('auth-changed', 'apiKey', 'Sign-in with API keys is gone: scripts using keys are refused.', where, extra));
    else if (kb.header.toLowerCase() !== ma.apiKey.header.toLowerCase()) out.push(finding('auth-changed', 'apiKey', `API keys are now read from ${tick(kb.header)} (was ${tick(ma.apiKey.header)}).`, where));
  }
  for (const p of ma.oauth2) {
    if (!mb?.oauth2.some((q) => q.name === p.name)) out.push(finding('auth-changed', `oauth2.${p.name}`, `Sign-in through ${tick(p.name)} (OAuth2) is gone.`, where, extra));
  }
}

// ── Database ─────────────────────────────────────────────────────────────────

/** Destructive schema changes, as the migration lint sees them (same rules, same subjects). */
function compareSchemas(a: ServiceModel, b: ServiceModel, out: Finding[]): void {
  const da = a.backend.database;
  const db = b.backend.database;
  if (da === undefined || db === undefined || da === 'mongodb' || db === 'mongodb' || da !== db) return;
  const { schema: before } = buildSchema(a, da);
  const { schema: after, renames } = buildSchema(b, db);
  const sorted = (s: typeof before): typeof before => JSON.parse(canonicalJson(s)) as typeof before;
  const ops = diffSchemas(sorted(before), sorted(after), renames);
  for (const f of lintMigration(ops, sorted(before))) {
    if (!DESTRUCTIVE_RULES.includes(f.rule)) continue;
    const entity = b.entities.find((e) => e.table === f.table);
    const old = a.entities.find((e) => e.table === f.table);
    // An enum type's finding (no table) points at the enum.
    const enumOrigin = f.table === undefined ? b.enums.find((e) => snakeCase(e.name) === f.subject)?.origin : undefined;
    out.push(finding('schema-change', f.subject, `Database: ${f.message}`, entity?.origin ?? enumOrigin ?? b.backend.origin, {
      approval: specRuleName(f.rule),
      ...(entity === undefined && old !== undefined ? { was: old.origin } : {}),
      ...(f.hint === undefined ? {} : { hint: f.hint }),
    }));
  }
}

/**
 * Every breaking change from `baseline` to `current`, in a stable order (by
 * span, then rule, then subject). `proto` gives the field-number snapshots
 * of the two outputs when known (see `proto.ts`).
 */
export function compareSpecs(baseline: ServiceModel, current: ServiceModel, proto: ProtoSnapshots = {}): Finding[] {
  const out: Finding[] = [];
  compareOperations(baseline, current, out);
  compareEntities(baseline, current, out);
  compareEnums(baseline, current, out);
  compareTypes(baseline, current, out);
  compareFlows(baseline, current, out);
  compareAuth(baseline, current, out);
  compareSchemas(baseline, current, out);
  out.push(...compareFieldNumbers(baseline, current, proto));
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const key = `${f.rule}\u0000${f.subject}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.origin.file.localeCompare(y.origin.file) || x.origin.start - y.origin.start || x.rule.localeCompare(y.rule) || x.subject.localeCompare(y.subject));
}
