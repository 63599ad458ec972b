/**
 * The data tables of the generated tests (`test/generated/`): per entity a
 * recipe for a valid create payload (examples of `../api/examples.ts`, with
 * what the runtime needs to make unique fields unique per call), its required
 * parents (foreign keys to fill, walked in dependency order at run time) and
 * its unique sets (for the 409 checks); per resource, its operations with
 * paths, list settings and action examples. The generic test logic lives in
 * the static `test/generated/harness.ts`; these tables are its input.
 */
import type { AccessRule, Expr } from '../../model/expr.js';
import type { Entity, ServiceModel } from '../../model/model.js';
import { tsIdent, tsLiteral, tsString } from '../escape.js';
import { scalarExample, stringMatching, type ExampleValue } from '../api/examples.js';
import { createFields, defaultSort, entityContract, filterParams, sortValues, updateFields, type ApiContract, type ApiField } from '../api/shapes.js';
import type { Json, JsonObject } from '../openapi/json.js';

/** How the runtime makes one create-payload field. */
interface FieldRecipe {
  readonly name: string;
  /** Example value (contract form). */
  readonly example: ExampleValue;
  readonly type: string;
  readonly unique?: true;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** Other values matching the pattern, for when the runtime cannot vary the example. */
  readonly variants?: readonly string[];
}

interface RefRecipe {
  readonly entity: string;
  /** [local FK field, referenced field] pairs. */
  readonly fields: readonly (readonly [string, string])[];
  /** A new parent row for every child (the FK is part of a unique set). */
  readonly fresh?: true;
}

/** Names of the tests data per entity, for `buildTestData`. */
export interface TestEntityNames {
  readonly prismaProperty: (entity: string) => string;
  readonly meta: (entity: Entity) => Json;
}

export interface TestData {
  /** `ENTITIES` of test/generated/data.ts. */
  readonly entities: Json;
  /** Per resource name, its `ResourceSpec`. */
  readonly resources: ReadonlyMap<string, Json>;
  readonly principal: Json;
  readonly roles: Json;
  /** Claim name → the value callers carry (`CLAIMS`). */
  readonly claims: Json;
}

/** Field types the runtime can give a fresh value per row (enums, booleans and JSON it cannot). */
const VARYING = new Set(['string', 'text', 'email', 'url', 'uuid', 'int', 'bigint', 'float', 'decimal', 'date', 'datetime']);

const INVALID_TYPE: Readonly<Record<string, Json>> = { int: 'not-a-number', bigint: 'not-a-number', float: 'not-a-number', boolean: 'not-a-boolean' };

/** A value of the wrong JSON type for a field (for the 422 checks); undefined for json fields (anything goes). */
function invalidValue(f: ApiField): Json | undefined {
  if (f.list) return 'not-a-list';
  if (f.type.kind === 'scalar' && f.type.type === 'json') return undefined;
  const t = f.type.kind === 'enum' ? 'enum' : f.type.type;
  return INVALID_TYPE[t] ?? 12345;
}

function recipe(f: ApiField, enums: Parameters<typeof scalarExample>[3], unique: boolean): FieldRecipe {
  const example = scalarExample(f.type, f.constraints, f.name, enums);
  const c = f.constraints;
  const type = f.type.kind === 'enum' ? 'enum' : f.type.type;
  const variants: string[] = [];
  if (unique && c.pattern !== undefined) {
    for (let i = 0; i < 64 && variants.length < 16; i++) {
      const v = stringMatching(c.pattern, `${f.name}#${i}`, c);
      if (v !== undefined && !variants.includes(v)) variants.push(v);
    }
  }
  return {
    name: f.name,
    example: f.list ? [example] : example,
    type: f.list ? `${type}[]` : type,
    ...(unique ? { unique: true as const } : {}),
    ...(unique && c.pattern !== undefined ? { pattern: c.pattern } : {}),
    ...(unique && c.minLength !== undefined ? { minLength: c.minLength } : {}),
    ...(unique && c.maxLength !== undefined ? { maxLength: c.maxLength } : {}),
    ...(unique && c.min !== undefined ? { min: c.min } : {}),
    ...(unique && c.max !== undefined ? { max: c.max } : {}),
    ...(variants.length > 0 ? { variants } : {}),
  };
}

/** The unique field sets of an entity (key, unique fields, full unique indexes), API names. */
function uniqueSets(entity: Entity): string[][] {
  const sets: string[][] = [[...entity.primaryKey.fields]];
  for (const f of entity.fields) if (f.kind !== 'relation' && f.unique && !entity.primaryKey.fields.includes(f.name)) sets.push([f.name]);
  for (const ix of entity.indexes) if (ix.unique && ix.where === undefined) sets.push(ix.fields.map((x) => x.field));
  const seen = new Set<string>();
  return sets.filter((s) => {
    const k = [...s].sort().join(',');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The entity (and its field) whose key a rule compares with `user.id`: the owner of records. */
function principalOf(model: ServiceModel): { entity: string; field: string } | undefined {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const target = (entity: Entity, path: readonly string[]): { entity: string; field: string } | undefined => {
    let current = entity;
    for (let i = 0; i < path.length; i++) {
      const f = current.fields.find((x) => x.name === path[i]);
      if (f === undefined) return undefined;
      const last = i === path.length - 1;
      if (f.kind === 'relation') {
        const next = entities.get(f.target);
        if (next === undefined) return undefined;
        if (last) return next.primaryKey.fields.length === 1 ? { entity: next.name, field: next.primaryKey.fields[0]! } : undefined;
        current = next;
        continue;
      }
      if (!last) return undefined;
      if (f.foreignKey !== undefined) return { entity: f.foreignKey.entity, field: f.foreignKey.field };
      return current.primaryKey.fields.length === 1 && current.primaryKey.fields[0] === f.name ? { entity: current.name, field: f.name } : undefined;
    }
    return undefined;
  };
  const fromExpr = (e: Expr, entity: Entity): { entity: string; field: string } | undefined => {
    if (e.kind === 'and' || e.kind === 'or') return fromExpr(e.left, entity) ?? fromExpr(e.right, entity);
    if (e.kind === 'not') return fromExpr(e.operand, entity);
    if (e.kind === 'compare' && e.op === '=') {
      const [f, u] = e.left.kind === 'field' ? [e.left, e.right] : [e.right, e.left];
      if (f.kind === 'field' && u.kind === 'user' && u.path.join('.') === 'id') return target(entity, f.path);
    }
    return undefined;
  };
  const fromRule = (r: AccessRule, entity: Entity): { entity: string; field: string } | undefined => {
    switch (r.kind) {
      case 'owner': {
        const fk = entity.fields.find((f) => f.name === r.columns[0]);
        return fk?.kind !== 'relation' && fk?.foreignKey !== undefined ? { entity: fk.foreignKey.entity, field: fk.foreignKey.field } : undefined;
      }
      case 'policy':
      case 'condition':
        return fromExpr(r.condition.expr, entity);
      case 'and':
      case 'or':
        return r.rules.map((x) => fromRule(x, entity)).find((x) => x !== undefined);
      case 'not':
        return undefined;
      default:
        return undefined;
    }
  };
  for (const resource of model.resources) {
    const entity = entities.get(resource.entity);
    if (entity === undefined) continue;
    for (const a of resource.access) {
      const found = fromRule(a.rule, entity);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The claims (`user.x`, but `id` and `role`) rules compare a record field
 * with (`section = user.section`), each with that field's example: the value
 * fixtures get, so a caller carrying it matches the rows the tests make.
 */
function claimsOf(model: ServiceModel, enums: Parameters<typeof scalarExample>[3]): Record<string, Json> {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const out: Record<string, Json> = {};
  const fromExpr = (e: Expr, entity: Entity): void => {
    if (e.kind === 'and' || e.kind === 'or') {
      fromExpr(e.left, entity);
      fromExpr(e.right, entity);
    } else if (e.kind === 'not') {
      fromExpr(e.operand, entity);
    } else if (e.kind === 'compare' && e.op === '=') {
      const [f, u] = e.left.kind === 'field' ? [e.left, e.right] : [e.right, e.left];
      if (f.kind !== 'field' || u.kind !== 'user' || f.path.length !== 1) return;
      const claim = u.path.join('.');
      if (claim === 'id' || claim === 'role' || Object.prototype.hasOwnProperty.call(out, claim)) return;
      const field = entityContract(entity).fields.find((x) => x.name === f.path[0] && x.foreignKey === undefined && !x.list);
      if (field === undefined) return;
      const example = scalarExample(field.type, field.constraints, field.name, enums);
      Object.defineProperty(out, claim, { value: example as Json, enumerable: true, writable: true, configurable: true });
    }
  };
  const fromRule = (r: AccessRule, entity: Entity): void => {
    if (r.kind === 'policy' || r.kind === 'condition') fromExpr(r.condition.expr, entity);
    else if (r.kind === 'and' || r.kind === 'or') for (const x of r.rules) fromRule(x, entity);
    else if (r.kind === 'not') fromRule(r.rule, entity);
  };
  for (const resource of model.resources) {
    const entity = entities.get(resource.entity);
    if (entity !== undefined) for (const a of resource.access) fromRule(a.rule, entity);
  }
  return out;
}

function fillPath(path: string): string {
  return path;
}

function exampleOf(container: Json | undefined): Json | undefined {
  const media = ((container as JsonObject | undefined)?.['content'] as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
  return media?.['example'];
}

/** The test tables of a spec. */
export function buildTestData(model: ServiceModel, contract: ApiContract, doc: JsonObject, names: TestEntityNames): TestData {
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const enums = new Map(model.enums.map((e) => [e.name, e]));
  const principal = principalOf(model);
  const needed: string[] = [];
  const visit = (name: string): void => {
    if (needed.includes(name)) return;
    const entity = entities.get(name);
    if (entity === undefined) return;
    needed.push(name);
    for (const f of entityContract(entity).fields) if (f.foreignKey !== undefined && !f.nullable) visit(f.foreignKey.entity);
  };
  for (const op of contract.operations) visit(op.resource.entity);
  if (principal !== undefined) visit(principal.entity);

  const entityTables: Record<string, Json> = {};
  for (const name of [...needed].sort()) {
    const entity = entities.get(name)!;
    const ec = entityContract(entity);
    const sets = uniqueSets(entity);
    const uniqueFields = new Set(sets.filter((s) => s.length === 1).flat());
    const fields = createFields(ec).map((x) => x.field);
    const refs = new Map<string, { entity: string; fields: [string, string][] }>();
    for (const f of fields) {
      if (f.foreignKey === undefined || f.nullable) continue;
      const ref = refs.get(f.foreignKey.relation) ?? { entity: f.foreignKey.entity, fields: [] };
      ref.fields.push([f.name, f.foreignKey.field]);
      refs.set(f.foreignKey.relation, ref);
    }
    // A unique set made of foreign keys only needs one new parent per row: the one not pointing at the principal, when possible.
    const fresh = new Set<string>();
    for (const set of sets) {
      const inSet = [...refs.values()].filter((r) => r.fields.some(([l]) => set.includes(l)));
      const others = set.filter((s) => !inSet.some((r) => r.fields.some(([l]) => l === s)));
      if (inSet.length === 0 || others.some((o) => fields.some((f) => f.name === o))) continue;
      const pick = [...inSet].reverse().find((r) => r.entity !== principal?.entity) ?? (set.length > 1 ? inSet[inSet.length - 1] : undefined);
      if (pick !== undefined && !(pick.entity === principal?.entity && set.length === 1)) fresh.add(pick.fields[0]![0]);
    }
    // Two relations to the same entity get different parents (a check like `source != target` is common).
    const targets = new Set<string>();
    for (const r of refs.values()) {
      if (targets.has(r.entity)) fresh.add(r.fields[0]![0]);
      targets.add(r.entity);
    }
    // A unique set of several fields (`section, slug`) none of which varies yet (a fresh parent, a unique field): one of its fields varies per row.
    const varied = new Set([...uniqueFields, ...fresh]);
    for (const set of sets) {
      if (set.length < 2 || set.some((n) => varied.has(n))) continue;
      const f = fields.find((x) => set.includes(x.name) && x.foreignKey === undefined && !x.list && VARYING.has(x.type.kind === 'enum' ? 'enum' : x.type.type));
      if (f !== undefined) varied.add(f.name);
    }
    entityTables[name] = {
      model: names.prismaProperty(name),
      meta: names.meta(entity),
      fields: fields.filter((f) => f.foreignKey === undefined).map((f) => recipe(f, enums, varied.has(f.name) || (ec.key.includes(f) && !f.readOnly))) as unknown as Json,
      refs: [...refs.values()].map((r) => ({ entity: r.entity, fields: r.fields, ...(r.fields.some(([l]) => fresh.has(l)) ? { fresh: true } : {}) })) as unknown as Json,
      // Fixtures leave optional foreign keys null, and NULLs never collide: such sets are not checked.
      uniques: sets.filter((s) => s.every((n) => fields.some((f) => f.name === n && !(f.nullable && f.foreignKey !== undefined)))),
    };
  }

  const resources = new Map<string, Json>();
  const names2 = [...new Set(contract.operations.map((op) => op.resource.name))];
  const paths = (doc['paths'] ?? {}) as JsonObject;
  const operationOf = (method: string, path: string): JsonObject | undefined => ((paths[path] as JsonObject | undefined)?.[method.toLowerCase()] as JsonObject | undefined);
  for (const rname of names2) {
    const ops = contract.operations.filter((o) => o.resource.name === rname);
    const resource = ops[0]!.resource;
    const entity = entities.get(resource.entity)!;
    const ec = entityContract(entity);
    const parent = resource.parent?.foreignKey ?? [];
    const spec: Record<string, Json> = {};
    const actions: Json[] = [];
    for (const op of ops) {
      const base = { id: op.operationId, path: fillPath(op.endpoint.path) };
      switch (op.kind) {
        case 'list':
        case 'search':
          spec[op.kind] = {
            ...base,
            style: resource.pagination.style,
            max: resource.pagination.max,
            filters: filterParams(resource, ec).map((p) => p.name),
            sorts: sortValues(resource),
            ...(defaultSort(resource) === undefined ? {} : { defaultSort: defaultSort(resource)! }),
            ...(op.kind === 'search' ? { fields: resource.search.filter((n) => ec.fields.some((f) => f.name === n && !f.list && f.type.kind === 'scalar' && ['string', 'text', 'email', 'url'].includes(f.type.type))) } : {}),
          };
          break;
        case 'create': {
          const body = createFields(ec, parent);
          const bad = body.find((b) => b.required && b.field.foreignKey === undefined && invalidValue(b.field) !== undefined) ?? body.find((b) => invalidValue(b.field) !== undefined);
          spec['create'] = { ...base, required: body.filter((b) => b.required).map((b) => b.field.name), ...(bad ? { invalid: [bad.field.name, invalidValue(bad.field)!] } : {}) };
          break;
        }
        case 'update': {
          const body = updateFields(ec, parent);
          const changeable = body.filter((b) => b.field.foreignKey === undefined && !b.field.writeOnly).map((b) => b.field.name);
          const bad = body.find((b) => invalidValue(b.field) !== undefined);
          spec['update'] = { ...base, fields: changeable, ...(bad ? { invalid: [bad.field.name, invalidValue(bad.field)!] } : {}) };
          break;
        }
        case 'get':
        case 'delete':
          spec[op.kind] = base;
          break;
        case 'action': {
          const found = operationOf(op.endpoint.method, op.endpoint.path);
          const example = exampleOf(found?.['requestBody'] as Json | undefined);
          const query: Record<string, Json> = {};
          for (const p of ((found?.['parameters'] ?? []) as JsonObject[])) {
            const schema = p['schema'] as JsonObject | undefined;
            const ex = p['example'] ?? (schema?.['examples'] as Json[] | undefined)?.[0] ?? schema?.['default'];
            if (p['in'] === 'query' && ex !== undefined) query[String(p['name'])] = ex;
          }
          actions.push({ ...base, fn: tsIdent(op.action!.name), method: op.endpoint.method, item: op.action?.on === 'item', ...(example === undefined ? {} : { body: example }), ...(Object.keys(query).length > 0 ? { query } : {}) });
          break;
        }
      }
    }
    const limit = resource.rateLimit === undefined ? {} : { rateLimit: { max: resource.rateLimit.count, windowMs: resource.rateLimit.perSeconds * 1000 } };
    resources.set(rname, { name: rname, entity: entity.name, key: [...entity.primaryKey.fields], parent: [...parent], ...spec, actions, ...limit });
  }
  return {
    entities: entityTables,
    resources,
    principal: principal === undefined ? null : principal,
    roles: (model.auth?.roles ?? []).map((r) => r.name),
    claims: claimsOf(model, enums),
  };
}

/** A TypeScript literal that stays on one line while it fits in `width` columns, else one entry per line. */
export function compactLiteral(value: unknown, depth = 0, width = 110): string {
  const flat = tsLiteral(value);
  if (value === null || typeof value !== 'object' || flat.length + depth * 2 <= width) return flat;
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(value)) return `[\n${value.map((v) => `${pad}${compactLiteral(v, depth + 1, width)},`).join('\n')}\n${'  '.repeat(depth)}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsString(k));
  return `{\n${entries.map(([k, v]) => `${pad}${key(k)}: ${compactLiteral(v, depth + 1, width)},`).join('\n')}\n${'  '.repeat(depth)}}`;
}
