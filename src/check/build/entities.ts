/**
 * Builds the data part of the IR: enums, entities (fields in the documented
 * order with implicit id, FK and timestamp fields; primary key; declared and
 * implicit FK indexes; checks) and relations (FK, join table or entity,
 * referential actions).
 */
import { compilerAssert } from '../../core/assert.js';
import type { Check, Entity, Enum, Field, Index, Relation, RelationKind } from '../../model/model.js';
import { columnName, indexName, joinTableName, singularize, snakeCase } from '../../model/naming.js';
import { isString, listOf, originAt, type CheckContext } from '../context.js';
import { columnOf, tableOf } from '../rules/entities.js';
import { targetName, type EntityInfo, type FieldInfo, type RelationInfo } from '../symbols.js';
import { constraintsOf, defaultOf, docOf, typeOf } from './fields.js';

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
    origin: originAt(ctx, f.pointer),
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

const MANAGED: Partial<Record<string, 'createdAt' | 'updatedAt' | 'deletedAt'>> = { createdAt: 'createdAt', updatedAt: 'updatedAt', deletedAt: 'deletedAt' };

function columnField(ctx: CheckContext, e: EntityInfo, f: FieldInfo): Field {
  const t = typeOf(f);
  const fk = foreignKeyOf(ctx, e, f);
  const implicitDefault = f.implicit === 'id' ? { kind: 'uuid' as const } : f.implicit === 'createdAt' || f.implicit === 'updatedAt' ? { kind: 'now' as const } : undefined;
  const dflt = defaultOf(ctx, f) ?? implicitDefault;
  const common = {
    name: f.name, ...docOf(f.doc.doc), optional: t.optional, list: t.list, implicit: f.implicit !== undefined,
    column: columnOf(f), id: e.key?.columns.some((c) => c.name === f.name) ?? false,
    unique: f.doc.unique === true || isUniqueFk(ctx, e, f),
    ...(dflt ? { default: dflt } : {}),
    ...(isString(f.doc.renamedFrom) ? { renamedFrom: f.doc.renamedFrom } : {}),
    ...(fk ? { foreignKey: fk } : {}),
    origin: originAt(ctx, f.pointer),
  };
  if (t.base.kind === 'enum') return { kind: 'enum', ...common, enum: t.base.name };
  compilerAssert(t.base.kind === 'scalar', `${e.name}.${f.name} is a relation, not a column`);
  const b = t.base;
  const managed = f.implicit ? MANAGED[f.implicit] : undefined;
  return {
    kind: 'scalar', ...common, type: b.type,
    ...(b.precision !== undefined ? { precision: b.precision, scale: b.scale ?? 0 } : {}),
    constraints: constraintsOf(f), ...(managed ? { managed } : {}),
  };
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
    const where = ctx.resolved.conditions.get(`${pointer}/where`);
    return {
      name: isString(ix?.name) ? ix.name : indexName(tableOf(e), cols.map((c) => columnOf(c.field)), unique),
      fields: cols.map((c) => ({ field: c.field.name, direction: c.direction })),
      unique, ...(where ? { where } : {}), implicit: false, origin: originAt(ctx, pointer),
    };
  });
}

/** One index per owned FK unless a key, unique FK or declared index already starts with its columns. */
function foreignKeyIndexes(ctx: CheckContext, e: EntityInfo, declared: Index[]): Index[] {
  const prefixes = [e.key?.columns.map((c) => c.name) ?? [], ...declared.map((ix) => ix.fields.map((f) => f.field))];
  const out: Index[] = [];
  for (const [relField, fks] of e.foreignKeys) {
    const names = fks.map((f) => f.name);
    const covered = prefixes.some((p) => names.every((n, i) => p[i] === n)) || (fks.length === 1 && isUniqueFk(ctx, e, fks[0]!));
    if (covered) continue;
    out.push({
      name: indexName(tableOf(e), fks.map(columnOf), false), fields: names.map((field) => ({ field, direction: 'asc' as const })),
      unique: false, implicit: true, origin: originAt(ctx, e.byName.get(relField)!.pointer),
    });
  }
  return out;
}

function checksOf(ctx: CheckContext, e: EntityInfo): Check[] {
  const table = tableOf(e);
  const out: Check[] = listOf(e.doc.checks).flatMap((_, i) => {
    const condition = ctx.resolved.conditions.get(`${e.pointer}/checks/${i}`);
    return condition ? [{ name: `${table}_check${i + 1}`, condition, origin: originAt(ctx, `${e.pointer}/checks/${i}`) }] : [];
  });
  for (const f of e.fields) {
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
    name: e.name, ...docOf(e.doc.doc), table: tableOf(e), fields,
    primaryKey: { fields: key.columns.map((c) => c.name), composite: key.columns.length > 1, implicit: key.implicit },
    timestamps: e.doc.timestamps === true, softDelete: e.doc.softDelete === true,
    indexes: [...declared, ...foreignKeyIndexes(ctx, e, declared)], checks: checksOf(ctx, e), origin: originAt(ctx, e.pointer),
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

export function buildRelation(ctx: CheckContext, r: RelationInfo): Relation {
  const target = targetName(r.owner);
  const fks = ctx.entities.get(r.owner.entity)?.foreignKeys.get(r.owner.name);
  const foreignKey = r.kind === 'manyToMany' || !fks ? undefined : {
    fields: fks.map((f) => f.name),
    references: { entity: target, fields: ctx.entities.get(target)!.key!.columns.map((c) => c.name) },
    optional: typeOf(r.owner).optional, unique: r.kind === 'oneToOne',
  };
  return {
    name: r.name, kind: r.kind, owner: { entity: r.owner.entity, field: r.owner.name },
    ...(r.inverse ? { inverse: { entity: r.inverse.entity, field: r.inverse.name } } : {}),
    selfRelation: r.owner.entity === target, ...(foreignKey ? { foreignKey } : {}),
    ...(r.kind === 'manyToMany' ? { join: joinOf(ctx, r, target) } : {}),
    onDelete: r.onDelete, onUpdate: r.onUpdate, origin: originAt(ctx, r.owner.pointer),
  };
}
