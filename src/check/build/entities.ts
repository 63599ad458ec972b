/**
 * Builds the data part of the IR: enums, entities (fields in the documented
 * order with implicit id, FK and timestamp fields; primary key; declared and
 * implicit FK indexes; checks) and relations (FK, join table or entity,
 * referential actions).
 */
import { compilerAssert } from '../../core/assert.js';
import type { Check, DefaultValue, Entity, Enum, EnumField, Field, Index, Relation, RelationKind, ScalarField } from '../../model/model.js';
import { columnName, indexName, joinTableName, singularize, snakeCase } from '../../model/naming.js';
import { isString, listOf, originAt, sharedOriginAt, type CheckContext } from '../context.js';
import { columnOf } from '../rules/entities.js';
import { targetName, type EntityInfo, type FieldInfo, type RelationInfo } from '../symbols.js';
import { constraintsOf, defaultOf, docOf, typeOf, type Draft } from './fields.js';

export function buildEnums(ctx: CheckContext): Enum[] {
  return [...ctx.names.enums.values()].map((e) => ({
    name: e.name,
    ...docOf(ctx.doc.enums?.[e.name]?.doc),
    values: e.values.map((v) => ({ name: v, ...docOf(e.docs.get(v)) })),
    origin: originAt(ctx, e.pointer),
  }));
}

function cardinality(r: RelationInfo, f: FieldInfo): RelationKind {
  if (r.kind === 'manyToOne') return r.owner === f ? 'manyToOne' : 'oneToMany';
  return r.kind;
}

function relationField(ctx: CheckContext, e: EntityInfo, f: FieldInfo): Field {
  const t = typeOf(f);
  const r = ctx.fieldRelations.get(f)!;
  return {
    kind: 'relation', name: f.name, ...docOf(f.doc.doc), optional: t.optional, list: t.list, implicit: false,
    target: targetName(f), relation: r.name, cardinality: cardinality(r, f),
    foreignKey: (r.owner === f ? e.foreignKeys.get(f.name) ?? [] : []).map((k) => k.name),
    origin: sharedOriginAt(ctx, f.pointer),
  };
}

function foreignKeyOf(ctx: CheckContext, e: EntityInfo, f: FieldInfo): { relation: string; entity: string; field: string } | undefined {
  if (f.fkOf === undefined) return undefined;
  const rel = e.byName.get(f.fkOf)!;
  const r = ctx.fieldRelations.get(rel)!;
  const target = ctx.entities.get(targetName(rel))!;
  const i = e.foreignKeys.get(rel.name)!.indexOf(f);
  return { relation: r.name, entity: target.name, field: target.key!.columns[i]!.name };
}

function isUniqueFk(ctx: CheckContext, e: EntityInfo, f: FieldInfo): boolean {
  if (f.fkOf === undefined) return false;
  const r = ctx.fieldRelations.get(e.byName.get(f.fkOf)!);
  return r?.kind === 'oneToOne' && (e.foreignKeys.get(f.fkOf)?.length ?? 0) === 1;
}

function isKeyColumn(e: EntityInfo, name: string): boolean {
  for (const c of e.key?.columns ?? []) if (c.name === name) return true;
  return false;
}

const MANAGED: Partial<Record<string, 'createdAt' | 'updatedAt' | 'deletedAt'>> = { createdAt: 'createdAt', updatedAt: 'updatedAt', deletedAt: 'deletedAt' };

function implicitDefault(f: FieldInfo): DefaultValue | undefined {
  if (f.implicit === 'id') return { kind: 'uuid' };
  return f.implicit === 'createdAt' || f.implicit === 'updatedAt' ? { kind: 'now' } : undefined;
}

/**
 * Sets the properties every column field has, after `kind`, in the model's
 * order. Column fields are built by assignment rather than by spreading their
 * optional parts: they are the most numerous objects of the model, and
 * spreads cost several times more.
 */
function setColumnProperties(ctx: CheckContext, e: EntityInfo, f: FieldInfo, field: Draft<ScalarField | EnumField>): void {
  const t = typeOf(f);
  const dflt = defaultOf(f) ?? implicitDefault(f);
  const fk = foreignKeyOf(ctx, e, f);
  field.name = f.name;
  if (isString(f.doc.doc)) field.doc = f.doc.doc;
  field.optional = t.optional;
  field.list = t.list;
  field.implicit = f.implicit !== undefined;
  field.column = columnOf(f);
  field.id = isKeyColumn(e, f.name);
  field.unique = f.doc.unique === true || isUniqueFk(ctx, e, f);
  if (dflt) field.default = dflt;
  if (isString(f.doc.renamedFrom)) field.renamedFrom = f.doc.renamedFrom;
  if (fk) field.foreignKey = fk;
  // Implicit fields are declared by their entity or relation field.
  field.origin = f.implicit ? sharedOriginAt(ctx, f.pointer) : originAt(ctx, f.pointer);
}

function columnField(ctx: CheckContext, e: EntityInfo, f: FieldInfo): Field {
  const b = typeOf(f).base;
  if (b.kind === 'enum') {
    const field: Draft<EnumField> = { kind: 'enum' };
    setColumnProperties(ctx, e, f, field);
    field.enum = b.name;
    return field as EnumField;
  }
  if (b.kind !== 'scalar') compilerAssert(false, `${e.name}.${f.name} is a relation, not a column`);
  const field: Draft<ScalarField> = { kind: 'scalar' };
  setColumnProperties(ctx, e, f, field);
  field.type = b.type;
  if (b.precision !== undefined) {
    field.precision = b.precision;
    field.scale = b.scale ?? 0;
  }
  field.constraints = constraintsOf(f);
  const managed = f.implicit ? MANAGED[f.implicit] : undefined;
  if (managed) field.managed = managed;
  return field as ScalarField;
}

/** Fields in the documented order: implicit id, declared (each followed by its implicit FK fields), timestamps. */
function orderedFields(e: EntityInfo): FieldInfo[] {
  const out: FieldInfo[] = [];
  const id = e.byName.get('id');
  if (id?.implicit === 'id') out.push(id);
  for (const f of e.fields) {
    out.push(f);
    for (const fk of e.foreignKeys.get(f.name) ?? []) if (fk.implicit === 'fk') out.push(fk);
  }
  for (const name of ['createdAt', 'updatedAt', 'deletedAt']) {
    const f = e.byName.get(name);
    if (f?.implicit && f.implicit !== 'fk') out.push(f);
  }
  return out;
}

function declaredIndexes(ctx: CheckContext, e: EntityInfo): Index[] {
  return listOf(e.doc.indexes).map((ix, i) => {
    const pointer = `${e.pointer}/indexes/${i}`;
    const cols = ctx.resolved.indexColumns.get(pointer) ?? [];
    const unique = ix?.unique === true;
    const where = ix?.where === undefined ? undefined : ctx.resolved.conditions.get(`${pointer}/where`);
    const name = isString(ix?.name) ? ix.name : indexName(e.table, cols.map((c) => columnOf(c.field)), unique);
    const fields = cols.map((c) => ({ field: c.field.name, direction: c.direction }));
    const origin = originAt(ctx, pointer);
    return where ? { name, fields, unique, where, implicit: false, origin } : { name, fields, unique, implicit: false, origin };
  });
}

/** Whether the primary key or a declared index starts with the fields `fks`. */
function startsKeyOrIndex(e: EntityInfo, declared: readonly Index[], fks: readonly FieldInfo[]): boolean {
  const key = e.key?.columns ?? [];
  if (fks.every((f, i) => key[i]?.name === f.name)) return true;
  return declared.some((ix) => fks.every((f, i) => ix.fields[i]?.field === f.name));
}

/** One index per owned FK unless a key, unique FK or declared index already starts with its columns. */
function foreignKeyIndexes(ctx: CheckContext, e: EntityInfo, declared: Index[]): Index[] {
  const out: Index[] = [];
  for (const [relField, fks] of e.foreignKeys) {
    if (startsKeyOrIndex(e, declared, fks) || (fks.length === 1 && isUniqueFk(ctx, e, fks[0]!))) continue;
    const names = fks.map((f) => f.name);
    out.push({
      name: indexName(e.table, fks.map(columnOf), false), fields: names.map((field) => ({ field, direction: 'asc' as const })),
      unique: false, implicit: true, origin: sharedOriginAt(ctx, e.byName.get(relField)!.pointer),
    });
  }
  return out;
}

function checksOf(ctx: CheckContext, e: EntityInfo): Check[] {
  const table = e.table;
  const out: Check[] = listOf(e.doc.checks).flatMap((_, i) => {
    const condition = ctx.resolved.conditions.get(`${e.pointer}/checks/${i}`);
    return condition ? [{ name: `${table}_check${i + 1}`, condition, origin: originAt(ctx, `${e.pointer}/checks/${i}`) }] : [];
  });
  for (const f of e.fields) {
    if (f.doc.check === undefined) continue;
    const condition = ctx.resolved.conditions.get(`${f.pointer}/check`);
    if (condition) out.push({ name: `${table}_${columnOf(f)}_check`, condition, field: f.name, origin: originAt(ctx, `${f.pointer}/check`) });
  }
  return out;
}

export function buildEntity(ctx: CheckContext, e: EntityInfo): Entity {
  const fields = orderedFields(e).map((f) => (typeOf(f).base.kind === 'entity' ? relationField(ctx, e, f) : columnField(ctx, e, f)));
  const key = e.key!;
  const declared = declaredIndexes(ctx, e);
  return {
    name: e.name, ...docOf(e.doc.doc), table: e.table, fields,
    primaryKey: { fields: key.columns.map((c) => c.name), composite: key.columns.length > 1, implicit: key.implicit },
    timestamps: e.doc.timestamps === true, softDelete: e.doc.softDelete === true,
    indexes: [...declared, ...foreignKeyIndexes(ctx, e, declared)], checks: checksOf(ctx, e), origin: sharedOriginAt(ctx, e.pointer),
  };
}

function joinOf(ctx: CheckContext, r: RelationInfo, target: string): Relation['join'] {
  if (r.through) return { kind: 'entity', ...r.through };
  const keyOf = (name: string): string => ctx.entities.get(name)?.key?.columns[0]?.name ?? 'id';
  const ownerColumn = `${snakeCase(r.owner.entity)}_${columnName(keyOf(r.owner.entity))}`;
  let targetColumn = `${snakeCase(target)}_${columnName(keyOf(target))}`;
  if (targetColumn === ownerColumn) targetColumn = `${snakeCase(singularize(r.owner.name))}_${columnName(keyOf(target))}`;
  if (targetColumn === ownerColumn) targetColumn = `related_${ownerColumn}`;
  return { kind: 'table', table: joinTableName(r.owner.entity, r.owner.name), ownerColumn, targetColumn };
}

/** Built by assignment, like column fields: there is one per relation field, and spreads cost more. */
export function buildRelation(ctx: CheckContext, r: RelationInfo): Relation {
  const target = targetName(r.owner);
  const fks = ctx.entities.get(r.owner.entity)?.foreignKeys.get(r.owner.name);
  const relation: Draft<Relation> = { name: r.name, kind: r.kind, owner: { entity: r.owner.entity, field: r.owner.name } };
  if (r.inverse) relation.inverse = { entity: r.inverse.entity, field: r.inverse.name };
  relation.selfRelation = r.owner.entity === target;
  if (r.kind !== 'manyToMany' && fks) {
    relation.foreignKey = {
      fields: fks.map((f) => f.name),
      references: { entity: target, fields: ctx.entities.get(target)!.key!.columns.map((c) => c.name) },
      optional: typeOf(r.owner).optional, unique: r.kind === 'oneToOne',
    };
  }
  if (r.kind === 'manyToMany') relation.join = joinOf(ctx, r, target);
  relation.onDelete = r.onDelete;
  relation.onUpdate = r.onUpdate;
  relation.origin = sharedOriginAt(ctx, r.owner.pointer);
  return relation as Relation;
}
