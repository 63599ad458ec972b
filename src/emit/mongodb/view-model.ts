/**
 * The mongodb view model: every decision of the target — which collections
 * exist, their validators (`$jsonSchema` plus checks as `$expr`) and their
 * indexes — made once, as the JSON both output files show. Input: the IR;
 * output: `MongoSchema`, plus warnings (through `report`) for what MongoDB
 * cannot express, and `ScriptView`, the same laid out for the mongosh
 * template (properties ending in `Js` are JavaScript, ready to print).
 */
import { diag } from '../../diagnostics/codes/mongodb.js';
import { jsString } from '../escape.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { indexName } from '../../model/naming.js';
import type { Entity, Enum, Index, JoinTable, Relation, ServiceModel } from '../../model/model.js';
import { checkExpression } from './check-expr.js';
import { FieldTable, type Json, type StoredField } from './fields.js';
import { collectionSchema, OBJECT_ID_SCHEMA, propertySchema } from './json-schema.js';
import { filterClauses, filterDocument, Inexpressible, typeList, type FilterClause } from './partial-filter.js';
import { prettyJson } from './pretty-json.js';

/** An index as `createIndexes` takes it. */
export interface MongoIndex {
  /** Field → 1 (ascending) or -1 (descending), in index order. */
  readonly key: Readonly<Record<string, 1 | -1>>;
  readonly name: string;
  readonly unique?: true;
  readonly partialFilterExpression?: Json;
}

/** The options of `createCollection` (and `collMod`). */
export interface MongoCollectionOptions {
  readonly validator: Json;
  readonly validationLevel: 'strict';
  readonly validationAction: 'error';
}

export interface MongoCollection {
  readonly name: string;
  /** The entity stored here; absent for a join collection. */
  readonly entity?: string;
  /** The many-to-many relation a join collection holds. */
  readonly relation?: string;
  /** The entity's key fields; a single one is stored as `_id`. Absent for a join collection. */
  readonly primaryKey?: readonly string[];
  readonly options: MongoCollectionOptions;
  readonly indexes: readonly MongoIndex[];
}

export interface MongoSchema {
  readonly backend: string;
  /** The oldest MongoDB release that accepts everything below. */
  readonly minServerVersion: string;
  readonly collections: readonly MongoCollection[];
}

const VALIDATION = { validationLevel: 'strict', validationAction: 'error' } as const;

/** Diagnostics go through this. */
type Report = (d: Diagnostic) => void;

function keyOf(fields: readonly { readonly key: string; readonly direction: 'asc' | 'desc' }[]): Record<string, 1 | -1> {
  return Object.fromEntries(fields.map((f) => [f.key, f.direction === 'asc' ? 1 : -1]));
}

function index(key: Record<string, 1 | -1>, name: string, unique: boolean, clauses: readonly FilterClause[]): MongoIndex {
  const filter = filterDocument(clauses);
  return { key, name, ...(unique ? { unique: true as const } : {}), ...(filter !== undefined ? { partialFilterExpression: filter } : {}) };
}

/**
 * What a unique index adds to its filter, so that it means what a SQL unique
 * constraint means: documents with a null (or absent) optional field are not
 * checked, nor (with soft delete) deleted documents.
 */
function uniqueClauses(entity: Entity, fields: FieldTable, indexed: readonly StoredField[]): FilterClause[] {
  const out: FilterClause[] = indexed
    .filter((f) => f.optional)
    .map((f) => ({ key: fields.key(f.name), test: { $type: typeList(f) } }));
  const deletedAt = entity.softDelete ? fields.stored().find((f) => f.kind === 'scalar' && f.managed === 'deletedAt') : undefined;
  if (deletedAt !== undefined) out.push({ key: fields.key(deletedAt.name), test: { $eq: null } });
  return out;
}

function declaredIndex(entity: Entity, fields: FieldTable, ix: Index, report: Report): MongoIndex | undefined {
  const indexed = ix.fields.map((f) => fields.get(f.field)).filter((f): f is StoredField => f !== undefined);
  const key = keyOf(ix.fields.map((f) => ({ key: fields.key(f.field), direction: f.direction })));
  // The `_id` index exists in every collection (unique); another on `_id` alone would only repeat it.
  if (Object.keys(key).length === 1 && key['_id'] !== undefined) return undefined;
  let clauses: FilterClause[] = [];
  if (ix.where !== undefined) {
    try {
      clauses = filterClauses(ix.where.expr, fields);
    } catch (e) {
      if (!(e instanceof Inexpressible)) throw e;
      const params = { index: ix.name, entity: entity.name, condition: ix.where.source, reason: e.message };
      if (ix.unique) {
        report(diag('mongodb-unique-index-skipped', params, { span: ix.origin }));
        return undefined;
      }
      report(diag('mongodb-partial-filter-dropped', params, { span: ix.origin }));
    }
  }
  if (ix.unique) clauses.push(...uniqueClauses(entity, fields, indexed));
  return index(key, ix.name, ix.unique, clauses);
}

function entityIndexes(entity: Entity, fields: FieldTable, report: Report): MongoIndex[] {
  const out: MongoIndex[] = [];
  const pk = entity.primaryKey;
  if (pk.composite) {
    out.push(index(keyOf(pk.fields.map((f) => ({ key: f, direction: 'asc' }))), `${entity.table}_pkey`, true, []));
  }
  for (const f of fields.stored()) {
    if (!f.unique || fields.isId(f.name)) continue;
    out.push(index({ [fields.key(f.name)]: 1 }, indexName(entity.table, [f.column], true), true, uniqueClauses(entity, fields, [f])));
  }
  for (const ix of entity.indexes) {
    const built = declaredIndex(entity, fields, ix, report);
    if (built !== undefined) out.push(built);
  }
  return out;
}

/** The validator: the `$jsonSchema`, and each check as an `$expr` (those MongoDB can evaluate). */
function validator(entity: Entity, fields: FieldTable, enums: ReadonlyMap<string, Enum>, report: Report): Json {
  const checks: Json[] = [];
  for (const check of entity.checks) {
    try {
      checks.push({ $expr: checkExpression(check.condition.expr, fields) });
    } catch (e) {
      if (!(e instanceof Inexpressible)) throw e;
      const params = { check: check.name, entity: entity.name, condition: check.condition.source, reason: e.message };
      report(diag('mongodb-check-skipped', params, { span: check.origin }));
    }
  }
  const schema = { $jsonSchema: collectionSchema(fields, enums) };
  return checks.length === 0 ? schema : { ...schema, $and: checks };
}

function entityCollection(entity: Entity, enums: ReadonlyMap<string, Enum>, report: Report): MongoCollection {
  const fields = new FieldTable(entity);
  const reserved = fields.get('_id');
  if (reserved !== undefined && !fields.isId('_id')) report(diag('mongodb-reserved-field', { entity: entity.name }, { span: reserved.origin }));
  return {
    name: entity.table,
    entity: entity.name,
    primaryKey: [...entity.primaryKey.fields],
    options: { validator: validator(entity, fields, enums, report), ...VALIDATION },
    indexes: entityIndexes(entity, fields, report),
  };
}

/** The key field of an entity with a single-field key (implicit join tables need one). */
function singleKeyField(entity: Entity | undefined): StoredField | undefined {
  const name = entity?.primaryKey.fields[0];
  const f = entity?.fields.find((x) => x.name === name);
  return f !== undefined && f.kind !== 'relation' ? f : undefined;
}

/** A many-to-many relation without a join entity: a collection with one document per pair. */
function joinCollection(r: Relation, join: JoinTable, model: ServiceModel, enums: ReadonlyMap<string, Enum>): MongoCollection {
  const entity = (name: string) => model.entities.find((e) => e.name === name);
  const target = entity(ownerTarget(r, model) ?? '');
  const columns: [string, StoredField | undefined][] = [
    [join.ownerColumn, singleKeyField(entity(r.owner.entity))],
    [join.targetColumn, singleKeyField(target)],
  ];
  const properties: [string, Json][] = [['_id', OBJECT_ID_SCHEMA]];
  for (const [column, key] of columns) {
    const schema = key !== undefined ? propertySchema({ ...key, doc: undefined, optional: false, list: false } as StoredField, enums) : {};
    properties.push([column, schema]);
  }
  return {
    name: join.table,
    relation: r.name,
    options: {
      validator: {
        $jsonSchema: {
          bsonType: 'object',
          title: r.name,
          required: ['_id', join.ownerColumn, join.targetColumn],
          properties: Object.fromEntries(properties),
          additionalProperties: false,
        },
      },
      ...VALIDATION,
    },
    indexes: [
      index({ [join.ownerColumn]: 1, [join.targetColumn]: 1 }, indexName(join.table, [join.ownerColumn, join.targetColumn], true), true, []),
      index({ [join.targetColumn]: 1 }, indexName(join.table, [join.targetColumn], false), false, []),
    ],
  };
}

/** The entity the owning field of a relation points at. */
function ownerTarget(r: Relation, model: ServiceModel): string | undefined {
  const owner = model.entities.find((e) => e.name === r.owner.entity);
  const field = owner?.fields.find((f) => f.name === r.owner.field);
  return field?.kind === 'relation' ? field.target : undefined;
}

/** Every collection: one per entity (declaration order), then one per many-to-many relation without a join entity. */
export function buildMongoSchema(model: ServiceModel, report: Report): MongoSchema {
  const enums = new Map(model.enums.map((e) => [e.name, e]));
  const collections = model.entities.map((e) => entityCollection(e, enums, report));
  for (const r of model.relations) {
    if (r.join?.kind !== 'table') continue;
    collections.push(joinCollection(r, r.join, model, enums));
    // With `database mongodb` the checker already warns about the relation.
    if (model.backend.database !== 'mongodb') report(diag('mongodb-join-collection', { relation: r.name, collection: r.join.table }, { span: r.origin }));
  }
  return { backend: model.backend.name, minServerVersion: minServerVersion(collections), collections };
}

/** True when `value` holds the operator `op` at any depth. */
function uses(value: Json | undefined, op: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v: Json) => uses(v, op));
  return Object.entries(value).some(([k, v]) => k === op || uses(v, op));
}

/**
 * 4.2 for validators (`$jsonSchema`, `$expr`, `$$NOW`); 6.0 when a partial
 * filter uses `$in`, which older releases reject.
 */
function minServerVersion(collections: readonly MongoCollection[]): string {
  return collections.some((c) => c.indexes.some((ix) => uses(ix.partialFilterExpression, '$in'))) ? '6.0' : '4.2';
}

/** The schema as JSON data (its optional properties are absent, never undefined). */
export function schemaJson(schema: MongoSchema): Json {
  return schema as unknown as Json;
}

export interface ScriptView {
  readonly backend: string;
  readonly minServerVersion: string;
  readonly collections: readonly {
    readonly name: string;
    readonly entity: string;
    readonly relation: string;
    /** `ensureCollection("name", {...})`'s arguments, JavaScript. */
    readonly argsJs: string;
    /** `ensureIndex("name", {...})`'s arguments for each index, JavaScript. */
    readonly indexArgsJs: readonly string[];
  }[];
}

/** Arguments `"name", <value>`, the value laid out for a line that starts with `call(`. */
function argsJs(call: string, name: string, value: Json): string {
  const first = `${jsString(name)}, `;
  return `${first}${prettyJson(value, call.length + 1 + first.length)}`;
}

/** The view of `setup.mongosh.js.njk`. */
export function scriptView(schema: MongoSchema): ScriptView {
  return {
    backend: schema.backend,
    minServerVersion: schema.minServerVersion,
    collections: schema.collections.map((c) => ({
      name: c.name,
      entity: c.entity ?? '',
      relation: c.relation ?? '',
      argsJs: argsJs('ensureCollection', c.name, c.options as unknown as Json),
      indexArgsJs: c.indexes.map((ix) => argsJs('ensureIndex', c.name, ix as unknown as Json)),
    })),
  };
}
