/**
 * The difference between two schemas of one dialect as a list of
 * operations (create table, add column, rename column, create index…), in
 * an order that applies cleanly. Renames declared in the spec turn a
 * missing old column and a new one into a rename. `diffSchemas(a, b)` gives
 * the up migration; `diffSchemas(b, a, invertRenames(r))` the down one.
 * Pure; rendering (`migration-sql.ts`) and linting (`lint.ts`) read the ops.
 */
import { orderTables } from './render.js';
import type { Check, Column, ForeignKey, Index, Renames, Schema, SqlExpr, Table } from './schema.js';

export type Op =
  | { readonly kind: 'createEnum'; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'addEnumValues'; readonly name: string; readonly values: readonly { readonly value: string; readonly after?: string }[] }
  /** Values removed or reordered: the type is replaced and columns converted through text. */
  | { readonly kind: 'replaceEnum'; readonly name: string; readonly from: readonly string[]; readonly to: readonly string[]; readonly columns: readonly { readonly table: string; readonly column: Column }[] }
  | { readonly kind: 'dropEnum'; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'createTable'; readonly table: Table }
  | { readonly kind: 'dropTable'; readonly table: Table }
  | { readonly kind: 'renameColumn'; readonly table: string; readonly from: string; readonly to: string; readonly column: Column }
  | { readonly kind: 'addColumn'; readonly table: string; readonly column: Column }
  | { readonly kind: 'dropColumn'; readonly table: string; readonly column: Column }
  | { readonly kind: 'alterColumn'; readonly table: string; readonly from: Column; readonly to: Column }
  | { readonly kind: 'setPrimaryKey'; readonly table: string; readonly from: Table['primaryKey']; readonly to: Table['primaryKey'] }
  | { readonly kind: 'setTableComment'; readonly table: string; readonly comment?: string }
  | { readonly kind: 'addUnique'; readonly table: string; readonly unique: Table['uniques'][number] }
  | { readonly kind: 'dropUnique'; readonly table: string; readonly unique: Table['uniques'][number] }
  | { readonly kind: 'addCheck'; readonly table: string; readonly check: Check }
  | { readonly kind: 'dropCheck'; readonly table: string; readonly check: Check }
  | { readonly kind: 'addForeignKey'; readonly table: string; readonly foreignKey: ForeignKey }
  | { readonly kind: 'dropForeignKey'; readonly table: string; readonly foreignKey: ForeignKey }
  | { readonly kind: 'createIndex'; readonly table: string; readonly index: Index }
  | { readonly kind: 'dropIndex'; readonly table: string; readonly index: Index };

export type OpKind = Op['kind'];

/** The renames the other way round, for the down migration. */
export function invertRenames(renames: Renames): Renames {
  const out = new Map<string, Map<string, string>>();
  for (const [table, cols] of renames) out.set(table, new Map([...cols].map(([to, from]) => [from, to])));
  return out;
}

/** JSON text with every object's keys sorted (and `skip` keys left out): equal for equal values whatever the key order. */
export function canonicalJson(value: unknown, skip?: string): string {
  return JSON.stringify(value, (key, v: unknown) =>
    key === skip && skip !== undefined ? undefined :
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

/**
 * Structural equality of schema values, whatever their key order: a snapshot read
 * back from snapshot.json has its keys sorted, a schema built from the spec does not.
 */
export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const same = sameValue;

/** Equality for SQLite, where comments live only in CREATE TABLE: a doc change alone is no migration. */
const sameIgnoringComments = (a: unknown, b: unknown): boolean => canonicalJson(a, 'comment') === canonicalJson(b, 'comment');

function renameInExpr(e: SqlExpr, map: ReadonlyMap<string, string>): SqlExpr {
  switch (e.kind) {
    case 'and':
    case 'or':
    case 'compare':
    case 'arithmetic':
      return { ...e, left: renameInExpr(e.left, map), right: renameInExpr(e.right, map) } as SqlExpr;
    case 'not':
    case 'negate':
      return { ...e, operand: renameInExpr(e.operand, map) };
    case 'in':
      return { ...e, value: renameInExpr(e.value, map), items: e.items.map((i) => renameInExpr(i, map)) };
    case 'column':
      return { kind: 'column', name: map.get(e.name) ?? e.name };
    default:
      return e;
  }
}

/**
 * `from` with the declared renames applied (column names and every reference
 * to them, in its own table and in foreign keys of others), and the rename ops.
 * A rename applies when the old column exists in `from` and the new one does not.
 */
function applyRenames(from: Schema, to: Schema, renames: Renames): { schema: Schema; ops: Op[] } {
  const ops: Op[] = [];
  const applied = new Map<string, Map<string, string>>(); // table → old → new
  const toTables = new Map(to.tables.map((t) => [t.name, t]));
  for (const t of from.tables) {
    const declared = renames.get(t.name);
    const target = toTables.get(t.name);
    if (!declared || !target) continue;
    for (const [newName, oldName] of declared) {
      const col = t.columns.find((c) => c.name === oldName);
      if (!col || t.columns.some((c) => c.name === newName) || !target.columns.some((c) => c.name === newName)) continue;
      const map = applied.get(t.name) ?? new Map<string, string>();
      map.set(oldName, newName);
      applied.set(t.name, map);
      ops.push({ kind: 'renameColumn', table: t.name, from: oldName, to: newName, column: { ...col, name: newName } });
    }
  }
  if (ops.length === 0) return { schema: from, ops };
  const ren = (table: string, name: string): string => applied.get(table)?.get(name) ?? name;
  const tables = from.tables.map((t): Table => {
    const map = applied.get(t.name) ?? new Map<string, string>();
    return {
      ...t,
      columns: t.columns.map((c) => ({ ...c, name: ren(t.name, c.name) })),
      primaryKey: { ...t.primaryKey, columns: t.primaryKey.columns.map((c) => ren(t.name, c)) },
      uniques: t.uniques.map((u) => ({ ...u, columns: u.columns.map((c) => ren(t.name, c)) })),
      checks: t.checks.map((c) => ({ ...c, expr: renameInExpr(c.expr, map) })),
      foreignKeys: t.foreignKeys.map((fk) => ({
        ...fk,
        columns: fk.columns.map((c) => ren(t.name, c)),
        refColumns: fk.refColumns.map((c) => ren(fk.refTable, c)),
      })),
      indexes: t.indexes.map((ix) => ({
        ...ix,
        columns: ix.columns.map((c) => ({ ...c, name: ren(t.name, c.name) })),
        ...(ix.where ? { where: renameInExpr(ix.where, map) } : {}),
      })),
    };
  });
  return { schema: { ...from, tables }, ops };
}

function byName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.name, i]));
}

/** Items of `a` missing or different in `b` (to drop), and of `b` missing or different in `a` (to add). */
function changes<T extends { name: string }>(a: readonly T[], b: readonly T[]): { drop: T[]; add: T[] } {
  const am = byName(a);
  const bm = byName(b);
  return {
    drop: a.filter((x) => !bm.has(x.name) || !same(x, bm.get(x.name))),
    add: b.filter((x) => !am.has(x.name) || !same(x, am.get(x.name))),
  };
}

/** Whether `next` keeps every value of `prev` in the same order (only additions). */
function onlyAdded(prev: readonly string[], next: readonly string[]): boolean {
  let i = 0;
  for (const v of next) if (i < prev.length && v === prev[i]) i++;
  return i === prev.length && prev.every((v) => next.includes(v));
}

function exprUsesColumns(e: SqlExpr, columns: readonly string[]): boolean {
  switch (e.kind) {
    case 'and': case 'or': case 'compare': case 'arithmetic':
      return exprUsesColumns(e.left, columns) || exprUsesColumns(e.right, columns);
    case 'not': case 'negate':
      return exprUsesColumns(e.operand, columns);
    case 'in':
      return exprUsesColumns(e.value, columns) || e.items.some((i) => exprUsesColumns(i, columns));
    case 'column':
      return columns.includes(e.name);
    default:
      return false;
  }
}

/** The name of the index or constraint an op drops or adds. */
function opObjectName(op: Op): string | undefined {
  switch (op.kind) {
    case 'dropIndex': case 'createIndex': return op.index.name;
    case 'dropCheck': case 'addCheck': return op.check.name;
    case 'dropUnique': case 'addUnique': return op.unique.name;
    default: return undefined;
  }
}

function exprHasString(e: SqlExpr, values: readonly string[]): boolean {
  switch (e.kind) {
    case 'and': case 'or': case 'compare': case 'arithmetic':
      return exprHasString(e.left, values) || exprHasString(e.right, values);
    case 'not': case 'negate':
      return exprHasString(e.operand, values);
    case 'in':
      return exprHasString(e.value, values) || e.items.some((i) => exprHasString(i, values));
    case 'literal':
      return typeof e.value === 'string' && values.includes(e.value);
    default:
      return false;
  }
}

/**
 * Whether `schema` uses one of `values` of the enum `name`: as a column default, or in a check
 * or index condition of a table with a column of that enum. PostgreSQL cannot use a value added
 * by ALTER TYPE ... ADD VALUE before the transaction commits ("unsafe use of new value"), and
 * migrations usually run in one transaction: such a change replaces the type instead.
 */
function usesValues(schema: Schema, name: string, values: readonly string[]): boolean {
  return schema.tables.some((t) => {
    const cols = t.columns.filter((c) => c.type.kind === 'enum' && c.type.type === name);
    if (cols.length === 0) return false;
    return cols.some((c) => c.default?.kind === 'string' && values.includes(c.default.value)) ||
      t.checks.some((c) => exprHasString(c.expr, values)) ||
      t.indexes.some((ix) => ix.where !== undefined && exprHasString(ix.where, values));
  });
}

/**
 * A column as far as its own definition goes. On PostgreSQL an enum column's
 * type is the named type: its values live in the type (createEnum,
 * addEnumValues, replaceEnum), so a change of values alone is not a column change.
 */
export function columnShape(dialect: Schema['dialect'], c: Column): Column {
  return dialect === 'postgres' && c.type.kind === 'enum' ? { ...c, type: { ...c.type, values: [] } } : c;
}

/** The operations that turn schema `a` into schema `b` (same dialect), in apply order. */
export function diffSchemas(a: Schema, b: Schema, renames: Renames = new Map()): Op[] {
  const { schema: from, ops: renameOps } = applyRenames(a, b, renames);
  const fromTables = byName(from.tables);
  const toTables = byName(b.tables);
  const created = b.tables.filter((t) => !fromTables.has(t.name));
  const dropped = from.tables.filter((t) => !toTables.has(t.name));
  const kept = b.tables.filter((t) => fromTables.has(t.name)).map((t) => ({ from: fromTables.get(t.name)!, to: t }));

  const dropFks: Op[] = [];
  const dropConstraints: Op[] = [];
  const columnOps: Op[] = [];
  const dropColumns: Op[] = [];
  const addConstraints: Op[] = [];
  const lateDrops: Op[] = [];
  const addFks: Op[] = [];
  const equal = b.dialect === 'sqlite' ? sameIgnoringComments : same;
  for (const { from: f, to: t } of kept) {
    if (equal(f, t)) continue; // the common case: most tables do not change
    // MySQL refuses to drop the index a foreign key uses unless another one can serve it: an index
    // or unique that goes away (not one re-created under its name, nor one on a dropped column,
    // which the column takes along) is dropped after the new indexes exist.
    const late = (name: string, columns: readonly string[], again: readonly { name: string }[]): boolean =>
      b.dialect === 'mysql' && !again.some((x) => x.name === name) && columns.every((c) => t.columns.some((tc) => tc.name === c));
    const fkc = changes(f.foreignKeys, t.foreignKeys);
    for (const fk of fkc.drop) dropFks.push({ kind: 'dropForeignKey', table: t.name, foreignKey: fk });
    for (const fk of fkc.add) addFks.push({ kind: 'addForeignKey', table: t.name, foreignKey: fk });
    const ixc = changes(f.indexes, t.indexes);
    const uqc = changes(f.uniques, t.uniques);
    const ckc = changes(f.checks, t.checks);
    for (const ix of ixc.drop) {
      (late(ix.name, ix.columns.map((c) => c.name), t.indexes) ? lateDrops : dropConstraints).push({ kind: 'dropIndex', table: t.name, index: ix });
    }
    for (const u of uqc.drop) (late(u.name, u.columns, t.uniques) ? lateDrops : dropConstraints).push({ kind: 'dropUnique', table: t.name, unique: u });
    for (const c of ckc.drop) dropConstraints.push({ kind: 'dropCheck', table: t.name, check: c });
    for (const u of uqc.add) addConstraints.push({ kind: 'addUnique', table: t.name, unique: u });
    for (const c of ckc.add) addConstraints.push({ kind: 'addCheck', table: t.name, check: c });
    for (const ix of ixc.add) addConstraints.push({ kind: 'createIndex', table: t.name, index: ix });

    const fromCols = byName(f.columns);
    const toCols = byName(t.columns);
    for (const c of t.columns) {
      const prev = fromCols.get(c.name);
      if (!prev) columnOps.push({ kind: 'addColumn', table: t.name, column: c });
      else if (!equal(columnShape(b.dialect, prev), columnShape(b.dialect, c))) columnOps.push({ kind: 'alterColumn', table: t.name, from: prev, to: c });
    }
    for (const c of f.columns) if (!toCols.has(c.name)) dropColumns.push({ kind: 'dropColumn', table: t.name, column: c });
    if (!same(f.primaryKey, t.primaryKey)) columnOps.push({ kind: 'setPrimaryKey', table: t.name, from: f.primaryKey, to: t.primaryKey });
    if (f.comment !== t.comment && b.dialect !== 'sqlite') columnOps.push({ kind: 'setTableComment', table: t.name, ...(t.comment !== undefined ? { comment: t.comment } : {}) });
  }
  // Keys of kept tables pointing at dropped ones were dropped above. Keys between dropped tables
  // are dropped first too (so a cycle drops), and the tables go referencing-first: PostgreSQL and
  // MySQL refuse to drop a table another table's key still points at, and SQLite checks a dropped
  // table's rows against the tables they reference.
  const droppedNames = new Set(dropped.map((t) => t.name));
  for (const t of dropped) {
    for (const fk of t.foreignKeys) {
      if (fk.refTable !== t.name && droppedNames.has(fk.refTable)) dropFks.push({ kind: 'dropForeignKey', table: t.name, foreignKey: fk });
    }
  }
  const droppedInOrder = orderTables(dropped).reverse();
  for (const t of created) for (const fk of t.foreignKeys) addFks.push({ kind: 'addForeignKey', table: t.name, foreignKey: fk });

  const enumOps: Op[] = [];
  const dropEnums: Op[] = [];
  const fromEnums = byName(from.enums);
  const toEnums = byName(b.enums);
  for (const e of b.enums) {
    const prev = fromEnums.get(e.name);
    if (!prev) enumOps.push({ kind: 'createEnum', name: e.name, values: e.values });
    else if (same(prev.values, e.values)) continue;
    else if (onlyAdded(prev.values, e.values) && !usesValues(b, e.name, e.values.filter((v) => !prev.values.includes(v)))) {
      const values = e.values.filter((v) => !prev.values.includes(v)).map((v) => {
        const i = e.values.indexOf(v);
        return i > 0 ? { value: v, after: e.values[i - 1]! } : { value: v };
      });
      enumOps.push({ kind: 'addEnumValues', name: e.name, values });
    } else {
      // The columns converted to the new type: those that exist before this migration's column changes.
      const columns = b.tables.flatMap((t) => {
        const before = fromTables.get(t.name);
        return before ? t.columns.filter((c) => c.type.kind === 'enum' && c.type.type === e.name && before.columns.some((p) => p.name === c.name)).map((column) => ({ table: t.name, column })) : [];
      });
      enumOps.push({ kind: 'replaceEnum', name: e.name, from: prev.values, to: e.values, columns });
      // A check or index condition over a converted column compares it with values of the old type:
      // PostgreSQL cannot convert the column under it. Those the diff keeps are dropped and made again.
      for (const table of new Set(columns.map((c) => c.table))) {
        const before = fromTables.get(table)!;
        const after = toTables.get(table)!;
        const converted = columns.filter((c) => c.table === table).map((c) => c.column.name);
        const dropped = new Set(dropConstraints.flatMap((op) => ('table' in op && op.table === table ? [opObjectName(op)] : [])));
        for (const check of before.checks) {
          if (dropped.has(check.name) || !exprUsesColumns(check.expr, converted)) continue;
          dropConstraints.push({ kind: 'dropCheck', table, check });
          if (after.checks.some((c) => c.name === check.name)) addConstraints.push({ kind: 'addCheck', table, check });
        }
        for (const index of before.indexes) {
          if (dropped.has(index.name) || !index.where || !exprUsesColumns(index.where, converted)) continue;
          dropConstraints.push({ kind: 'dropIndex', table, index });
          if (after.indexes.some((ix) => ix.name === index.name)) addConstraints.push({ kind: 'createIndex', table, index });
        }
      }
    }
  }
  for (const e of from.enums) if (!toEnums.has(e.name)) dropEnums.push({ kind: 'dropEnum', name: e.name, values: e.values });

  // Renames before the enum changes: a converted column is named as in the new schema.
  return [
    ...dropFks,
    ...dropConstraints,
    ...renameOps,
    ...enumOps,
    ...created.map((table): Op => ({ kind: 'createTable', table })),
    ...columnOps,
    ...dropColumns,
    ...droppedInOrder.map((table): Op => ({ kind: 'dropTable', table })),
    ...addConstraints,
    ...lateDrops,
    ...addFks,
    ...dropEnums,
  ];
}

/** A short name for a migration, from its first operations: `create_orders`, `add_orders_note_and_more`. */
export function migrationSlug(ops: readonly Op[]): string {
  const words = (op: Op): string => {
    switch (op.kind) {
      case 'createTable': return `create_${op.table.name}`;
      case 'dropTable': return `drop_${op.table.name}`;
      case 'addColumn': return `add_${op.table}_${op.column.name}`;
      case 'dropColumn': return `drop_${op.table}_${op.column.name}`;
      case 'renameColumn': return `rename_${op.table}_${op.from}`;
      case 'alterColumn': return `alter_${op.table}_${op.to.name}`;
      case 'createIndex': return `index_${op.table}`;
      case 'dropIndex': return `drop_index_${op.table}`;
      case 'createEnum': case 'addEnumValues': case 'replaceEnum': case 'dropEnum': return `enum_${op.name}`;
      default: return `alter_${op.table}`;
    }
  };
  const primary = ops.find((o) => o.kind === 'createTable' || o.kind === 'dropTable' || o.kind === 'addColumn' || o.kind === 'dropColumn' || o.kind === 'renameColumn') ?? ops[0];
  if (!primary) return 'empty';
  const creates = ops.filter((o) => o.kind === 'createTable');
  let slug = creates.length > 1 && primary.kind === 'createTable' ? `create_${creates.length}_tables` : words(primary);
  slug = slug.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48).replace(/_+$/, '');
  const more = ops.some((o) => words(o) !== words(primary) && !(creates.length > 1 && o.kind === 'createTable'));
  return `${slug || 'change'}${more && ops.length > 1 ? '_and_more' : ''}`;
}
