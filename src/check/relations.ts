/**
 * Pass 3b: pair relation fields into relations.
 *
 * 1. Fields with a `relation.name` pair by name (exactly two fields referring
 *    to each other; one field alone is a one-sided relation).
 * 2. Unnamed fields pair per pair of entities: one field on each side pairs;
 *    several on a side that must pair are ambiguous. On a self-relation two
 *    unnamed fields pair when at least one is a list.
 * 3. Each pair or single field becomes a relation: single+list many-to-one,
 *    single+single one-to-one (the `unique` or key side owns the FK), list+list
 *    many-to-many (implicit join table, or `through` entity); a lone list is an
 *    error unless it goes `through` a join entity.
 * FK fields and join entities are resolved afterwards (`foreign-keys.ts`).
 */
import { at, keySpan, reportAt, valueSpan, type CheckContext } from './context.js';
import { isEntityType, targetName, type FieldInfo, type RelationInfo } from './symbols.js';
import { resolveForeignKeys } from './foreign-keys.js';
import type { ReferentialAction } from '../syntax/document.js';

type Pairing = readonly [FieldInfo] | readonly [FieldInfo, FieldInfo];

const targetOf = targetName;
const isList = (f: FieldInfo): boolean => f.type?.list === true;
const relationName = (f: FieldInfo): string | undefined => (typeof f.doc.relation?.name === 'string' ? f.doc.relation.name : undefined);

function relationFields(ctx: CheckContext): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const e of ctx.entities.values()) for (const f of e.fields) if (isEntityType(f.type)) out.push(f);
  return out;
}

/** The same key for both directions between two entities. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Appends `f` to the group `key` of `groups`. */
function groupInto(groups: Map<string, FieldInfo[]>, key: string, f: FieldInfo): void {
  const group = groups.get(key);
  if (group) group.push(f);
  else groups.set(key, [f]);
}

function pairNamed(ctx: CheckContext, fields: readonly FieldInfo[], out: Pairing[]): void {
  const byName = new Map<string, FieldInfo[]>();
  for (const f of fields) {
    const n = relationName(f);
    if (n !== undefined) groupInto(byName, n, f);
  }
  for (const [name, group] of byName) {
    for (const extra of group.slice(2)) reportAt(ctx, 'duplicate-relation-name', { name }, at(valueSpan(ctx, `${extra.pointer}/relation/name`)));
    const [a, b] = group;
    if (!b) out.push([a!]);
    else if (targetOf(a!) === b.entity && targetOf(b) === a!.entity) out.push([a!, b]);
    else reportAt(ctx, 'ambiguous-relation', { field: b.name, entity: b.entity, target: targetOf(b) }, at(valueSpan(ctx, `${b.pointer}/relation/name`), `Relation name \`${name}\` also names \`${a!.entity}.${a!.name}\`, which does not refer to \`${b.entity}\`.`));
  }
}

function ambiguous(ctx: CheckContext, fields: readonly FieldInfo[]): void {
  for (const f of fields) reportAt(ctx, 'ambiguous-relation', { field: f.name, entity: f.entity, target: targetOf(f) }, at(keySpan(ctx, f.pointer)));
}

function pairSelf(ctx: CheckContext, group: readonly FieldInfo[], out: Pairing[]): void {
  if (group.length === 2 && group.some(isList)) out.push([group[0]!, group[1]!]);
  else if (group.length > 2 && group.some(isList)) ambiguous(ctx, group);
  else for (const f of group) out.push([f]);
}

function pairGroup(ctx: CheckContext, group: readonly FieldInfo[], out: Pairing[]): void {
  const first = group[0]!;
  if (group.length === 1) {
    out.push([first]); // the most common case: nothing to pair with
    return;
  }
  if (first.entity === targetOf(first)) return pairSelf(ctx, group, out);
  const a = group.filter((f) => f.entity === first.entity);
  const b = group.filter((f) => f.entity !== first.entity);
  if (a.length === 1 && b.length === 1) out.push([a[0]!, b[0]!]);
  else if (b.length === 0 || a.length === 0) for (const f of group) out.push([f]);
  else ambiguous(ctx, group);
}

function pairUnnamed(ctx: CheckContext, fields: readonly FieldInfo[], out: Pairing[]): void {
  const groups = new Map<string, FieldInfo[]>();
  for (const f of fields) {
    if (relationName(f) !== undefined) continue;
    const key = pairKey(f.entity, targetOf(f));
    groupInto(groups, key, f);
  }
  for (const group of groups.values()) pairGroup(ctx, group, out);
}

/** Unique, or the whole primary key (a member of a composite key is not unique by itself). */
function isUniqueSide(ctx: CheckContext, f: FieldInfo): boolean {
  const members = ctx.entities.get(f.entity)?.key?.members ?? [];
  return f.doc.unique === true || (members.length === 1 && members[0] === f.name);
}

function oneToOne(ctx: CheckContext, a: FieldInfo, b: FieldInfo): [FieldInfo, FieldInfo] | undefined {
  const keyFailed = [a, b].some((f) => !ctx.entities.get(f.entity)?.key);
  if (keyFailed) return undefined; // uniqueness through the key is unknown; the key error was reported
  const ua = isUniqueSide(ctx, a);
  const ub = isUniqueSide(ctx, b);
  if (ua !== ub) return ua ? [a, b] : [b, a];
  reportAt(ctx, 'one-to-one-owner', { a: `${a.entity}.${a.name}`, b: `${b.entity}.${b.name}` }, at(keySpan(ctx, b.pointer)));
  return undefined;
}

function actionOf(f: FieldInfo | undefined, key: 'onDelete' | 'onUpdate'): ReferentialAction | undefined {
  const v = f?.doc.relation?.[key];
  return typeof v === 'string' ? v : undefined;
}

function makeRelation(kind: RelationInfo['kind'], owner: FieldInfo, inverse: FieldInfo | undefined): RelationInfo {
  const name = relationName(owner) ?? `${owner.entity}.${owner.name}`;
  const m2m = kind === 'manyToMany';
  const onDelete = actionOf(owner, 'onDelete') ?? actionOf(inverse, 'onDelete') ?? (m2m ? 'cascade' : owner.type?.optional ? 'setNull' : 'restrict');
  const onUpdate = actionOf(owner, 'onUpdate') ?? actionOf(inverse, 'onUpdate') ?? 'cascade';
  return inverse ? { name, kind, owner, inverse, onDelete, onUpdate } : { name, kind, owner, onDelete, onUpdate };
}

function throughOf(f: FieldInfo | undefined): string | undefined {
  const t = f?.doc.relation?.through;
  return typeof t === 'string' ? t : undefined;
}

/** Turns one pairing into a relation (undefined when reported). */
function relate(ctx: CheckContext, p: Pairing): RelationInfo | undefined {
  const [a, b] = p;
  if (!b) {
    if (!isList(a)) return makeRelation(isUniqueSide(ctx, a) ? 'oneToOne' : 'manyToOne', a, undefined);
    if (throughOf(a) !== undefined) return makeRelation('manyToMany', a, undefined);
    reportAt(ctx, 'relation-missing-inverse', { field: a.name, entity: a.entity, target: targetOf(a) }, at(keySpan(ctx, a.pointer)));
    return undefined;
  }
  if (isList(a) && isList(b)) return makeRelation('manyToMany', a, b);
  if (isList(a) !== isList(b)) return isList(a) ? makeRelation('manyToOne', b, a) : makeRelation('manyToOne', a, b);
  const sides = oneToOne(ctx, a, b);
  return sides && makeRelation('oneToOne', sides[0], sides[1]);
}

/** `through` only on many-to-many lists, and the same on both sides. */
function throughIsPlaced(ctx: CheckContext, r: RelationInfo): boolean {
  if (throughOf(r.owner) === undefined && throughOf(r.inverse) === undefined) return true;
  const sides = [r.owner, r.inverse].filter((f): f is FieldInfo => f !== undefined);
  const misplaced = r.kind !== 'manyToMany' ? sides.find((f) => throughOf(f) !== undefined) : undefined;
  if (misplaced) {
    reportAt(ctx, 'invalid-through', { text: `\`through\` is only for many-to-many relations (a list on both sides), but \`${misplaced.entity}.${misplaced.name}\` is not one.` }, at(valueSpan(ctx, `${misplaced.pointer}/relation/through`)));
    return false;
  }
  const [x, y] = sides.map(throughOf);
  if (x !== undefined && y !== undefined && x !== y) {
    reportAt(ctx, 'invalid-through', { text: `The two sides of \`${r.name}\` name different \`through\` entities, \`${x}\` and \`${y}\`.` }, at(valueSpan(ctx, `${r.inverse!.pointer}/relation/through`)));
    return false;
  }
  return true;
}

/** Pass 3b (see module comment); FK fields and join entities follow. */
export function resolveRelations(ctx: CheckContext): void {
  const fields = relationFields(ctx);
  const pairings: Pairing[] = [];
  pairNamed(ctx, fields, pairings);
  pairUnnamed(ctx, fields, pairings);
  // In the order of the owning fields: a field owns at most one relation, so each has its own slot.
  const slot = new Map<FieldInfo, number>();
  for (let i = 0; i < fields.length; i++) slot.set(fields[i]!, i);
  const byOwner: (RelationInfo | undefined)[] = new Array(fields.length);
  for (const p of pairings) {
    const r = relate(ctx, p);
    if (r !== undefined && throughIsPlaced(ctx, r)) byOwner[slot.get(r.owner)!] = r;
  }
  for (const r of byOwner) {
    if (!r) continue;
    const done = resolveForeignKeys(ctx, r);
    if (!done) continue;
    ctx.relations.push(done);
    ctx.fieldRelations.set(done.owner, done);
    if (done.inverse) ctx.fieldRelations.set(done.inverse, done);
  }
}
