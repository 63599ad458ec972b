/**
 * Pass 3a: primary keys and the implicit fields that do not depend on
 * relations. A key is declared with `id: true` on fields or an entity `id`
 * list (not both); a relation in a key stands for its FK columns, so keys are
 * computed recursively (with cycle detection). Without a declared key an
 * implicit `id uuid` is added. Timestamps add `createdAt`/`updatedAt`,
 * softDelete adds `deletedAt`; a declared field with such a name (in any
 * case) is reported, since SQL and GraphQL fold case.
 */
import { foreignKeyName } from '../model/naming.js';
import { at, isString, keySpan, listOf, ptr, reportAt, valueSpan, type CheckContext } from './context.js';
import { lookupField } from './lookup.js';
import { NOT_INDEXABLE, type EntityInfo, type FieldInfo, type ImplicitKind, type KeyColumn, type KeyInfo, type TypeBase } from './symbols.js';

type KeyState = Map<string, KeyInfo | 'visiting' | 'failed'>;

export const IMPLICIT_ID: KeyColumn = { name: 'id', base: { kind: 'scalar', type: 'uuid' } };

/** Adds an implicit field unless a declared field has the same name in any case. */
function addImplicit(ctx: CheckContext, e: EntityInfo, name: string, kind: ImplicitKind, base: TypeBase, optional: boolean, reason: string): void {
  const clash = e.byFoldedName.get(name.toLowerCase());
  if (clash) {
    reportAt(ctx, 'reserved-field-name', { field: clash.name, reason }, at(keySpan(ctx, clash.pointer)));
    return;
  }
  const field: FieldInfo = { name, entity: e.name, pointer: e.pointer, doc: { type: '' }, implicit: kind, type: { base, list: false, optional } };
  e.byName.set(name, field);
}

/** The key members as declared: `id: true` fields, or the entity `id` list. */
function declaredMembers(ctx: CheckContext, e: EntityInfo): { name: string; pointer: string }[] | undefined {
  const flagged: { name: string; pointer: string }[] = [];
  for (const f of e.fields) if (f.doc.id === true) flagged.push({ name: f.name, pointer: f.pointer });
  if (e.doc.id === undefined) return flagged; // no `id` list: nothing to conflict with
  const listed = listOf(e.doc.id).filter(isString).map((name, i) => ({ name, pointer: ptr('entities', e.name, 'id', i) }));
  if (flagged.length > 0 && listed.length > 0) {
    reportAt(ctx, 'conflicting-primary-key', { entity: e.name }, at(valueSpan(ctx, `${e.pointer}/id`)));
    return undefined;
  }
  return flagged.length > 0 ? flagged : listed;
}

function invalidMember(ctx: CheckContext, f: FieldInfo, pointer: string, reason: string): undefined {
  reportAt(ctx, 'invalid-primary-key', { field: f.name, reason }, at(valueSpan(ctx, pointer)));
  return undefined;
}

/** The columns one key member contributes. */
function memberColumns(ctx: CheckContext, e: EntityInfo, m: { name: string; pointer: string }, state: KeyState): KeyColumn[] | undefined {
  const f = lookupField(ctx, e, m.name, () => valueSpan(ctx, m.pointer));
  const t = f?.type;
  if (!f || !t) return undefined;
  if (t.optional) return invalidMember(ctx, f, m.pointer, 'it is optional');
  if (t.list) return invalidMember(ctx, f, m.pointer, 'it is a list');
  if (t.base.kind === 'scalar' && t.base.type === 'secret') {
    reportAt(ctx, 'secret-misuse', { field: f.name, use: 'part of the primary key' }, at(valueSpan(ctx, m.pointer)));
    return undefined;
  }
  if (t.base.kind === 'scalar' && NOT_INDEXABLE.has(t.base.type)) return invalidMember(ctx, f, m.pointer, `${t.base.type} values cannot be compared`);
  if (t.base.kind !== 'entity') return [{ name: f.name, base: t.base }];
  const target = ctx.entities.get(t.base.name);
  const targetKey = target && keyOf(ctx, target, state);
  return targetKey?.columns.map((c) => ({ name: foreignKeyName(f.name, c.name), base: c.base }));
}

function computeKey(ctx: CheckContext, e: EntityInfo, state: KeyState): KeyInfo | undefined {
  const members = declaredMembers(ctx, e);
  if (!members) return undefined;
  if (members.length === 0) return { members: ['id'], columns: [IMPLICIT_ID], implicit: true };
  const columns: KeyColumn[] = [];
  for (const m of members) {
    const cols = memberColumns(ctx, e, m, state);
    if (!cols) return undefined;
    columns.push(...cols);
  }
  return { members: members.map((m) => m.name), columns, implicit: false };
}

/** The key of `e`, computed once; undefined when it failed (reported). */
function keyOf(ctx: CheckContext, e: EntityInfo, state: KeyState): KeyInfo | undefined {
  const s = state.get(e.name);
  if (s === 'visiting') {
    reportAt(ctx, 'primary-key-cycle', { entity: e.name }, at(keySpan(ctx, e.pointer)));
    state.set(e.name, 'failed');
    return undefined;
  }
  if (s !== undefined) return s === 'failed' ? undefined : s;
  state.set(e.name, 'visiting');
  const key = computeKey(ctx, e, state);
  if (state.get(e.name) === 'visiting') state.set(e.name, key ?? 'failed');
  return state.get(e.name) === 'failed' ? undefined : key;
}

const DATETIME: TypeBase = { kind: 'scalar', type: 'datetime' };

/** Pass 3a (see module comment). */
export function resolveKeys(ctx: CheckContext): void {
  const state: KeyState = new Map();
  for (const e of ctx.entities.values()) {
    const key = keyOf(ctx, e, state);
    if (key) e.key = key;
    if (key?.implicit) addImplicit(ctx, e, 'id', 'id', IMPLICIT_ID.base, false, 'the implicit primary key `id`; mark a field `id: true` or rename it');
    if (e.doc.timestamps === true) {
      addImplicit(ctx, e, 'createdAt', 'createdAt', DATETIME, false, 'the `createdAt` field that `timestamps` adds');
      addImplicit(ctx, e, 'updatedAt', 'updatedAt', DATETIME, false, 'the `updatedAt` field that `timestamps` adds');
    }
    if (e.doc.softDelete === true) addImplicit(ctx, e, 'deletedAt', 'deletedAt', DATETIME, true, 'the `deletedAt` field that `softDelete` adds');
  }
}
