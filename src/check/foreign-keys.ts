/**
 * Pass 3c, per relation: the FK fields of the owning side of a many-to-one or
 * one-to-one relation (named `<field><KeyField>`, typed like the target key,
 * optional like the relation field), and the join entity of a many-to-many
 * `through`. A declared field with the FK's name is reused when its type
 * matches (so users can document it or rename its column); otherwise it is a
 * reserved-name conflict.
 */
import { foreignKeyName } from '../model/naming.js';
import { at, keySpan, reportAt, valueSpan, type CheckContext } from './context.js';
import { lookupEntity } from './lookup.js';
import { isSingleRef, targetName, type EntityInfo, type FieldInfo, type RelationInfo, type TypeBase } from './symbols.js';

function sameBase(a: TypeBase, b: TypeBase): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.type === b.type;
  return (a as { name: string }).name === (b as { name: string }).name;
}

function fkField(ctx: CheckContext, e: EntityInfo, rel: FieldInfo, name: string, base: TypeBase): FieldInfo | undefined {
  const existing = e.byName.get(name) ?? e.byFoldedName.get(name.toLowerCase());
  if (!existing) {
    const optional = rel.type?.optional === true;
    const f: FieldInfo = { name, entity: e.name, pointer: rel.pointer, doc: { type: '' }, implicit: 'fk', fkOf: rel.name, type: { base, list: false, optional } };
    e.byName.set(name, f);
    return f;
  }
  const reusable = existing.name === name && !existing.implicit && existing.fkOf === undefined && existing.type && !existing.type.list && sameBase(existing.type.base, base);
  if (reusable) {
    existing.fkOf = rel.name;
    return existing;
  }
  if (existing.fkOf !== undefined && existing.fkOf === rel.name) return existing;
  reportAt(ctx, 'reserved-field-name', { field: existing.name, reason: `the foreign key \`${name}\` of relation field \`${rel.name}\`` }, at(keySpan(ctx, existing.implicit ? rel.pointer : existing.pointer)));
  return undefined;
}

function addForeignKeys(ctx: CheckContext, r: RelationInfo): boolean {
  const owner = ctx.entities.get(r.owner.entity);
  const target = ctx.entities.get(targetName(r.owner));
  const key = target?.key;
  if (!owner || !key) return false;
  const fks: FieldInfo[] = [];
  for (const col of key.columns) {
    const f = fkField(ctx, owner, r.owner, foreignKeyName(r.owner.name, col.name), col.base);
    if (!f) return false;
    fks.push(f);
  }
  owner.foreignKeys.set(r.owner.name, fks);
  return true;
}

function setNullNeedsOptional(ctx: CheckContext, r: RelationInfo): boolean {
  if (r.kind === 'manyToMany' || r.owner.type?.optional) return true;
  let ok = true;
  for (const prop of ['onDelete', 'onUpdate'] as const) {
    if (r[prop] !== 'setNull') continue;
    const side = r.owner.doc.relation?.[prop] === 'setNull' ? r.owner : r.inverse ?? r.owner;
    reportAt(ctx, 'set-null-on-required', { field: `${r.owner.entity}.${r.owner.name}`, property: prop }, at(valueSpan(ctx, `${side.pointer}/relation/${prop}`)));
    ok = false;
  }
  return ok;
}

/** The single references of `join` to `entity`. */
function refsTo(join: EntityInfo, entity: string): FieldInfo[] {
  return join.fields.filter((f) => isSingleRef(f) && f.type?.base.kind === 'entity' && f.type.base.name === entity);
}

function resolveThrough(ctx: CheckContext, r: RelationInfo): RelationInfo | undefined {
  const side = [r.owner, r.inverse].find((f) => typeof f?.doc.relation?.through === 'string');
  if (!side) return r;
  const pointer = `${side.pointer}/relation/through`;
  const join = lookupEntity(ctx, side.doc.relation!.through, () => valueSpan(ctx, pointer));
  if (!join) return undefined;
  const a = r.owner.entity;
  const b = targetName(r.owner);
  const toA = refsTo(join, a);
  const toB = a === b ? toA.slice(1) : refsTo(join, b);
  if (toA.length === 0 || toB.length === 0) {
    const missing = toA.length === 0 ? a : b;
    reportAt(ctx, 'invalid-through', { text: `Join entity \`${join.name}\` needs a single reference to \`${missing}\` (e.g. \`${missing.charAt(0).toLowerCase()}${missing.slice(1)} ${missing}\`).` }, at(valueSpan(ctx, pointer)));
    return undefined;
  }
  return { ...r, through: { entity: join.name, ownerField: toA[0]!.name, targetField: toB[0]!.name } };
}

/** Completes `r` with FK fields or its join entity; undefined when something was reported. */
export function resolveForeignKeys(ctx: CheckContext, r: RelationInfo): RelationInfo | undefined {
  if (r.kind === 'manyToMany') return resolveThrough(ctx, r);
  if (!setNullNeedsOptional(ctx, r)) return undefined;
  return addForeignKeys(ctx, r) ? r : undefined;
}
