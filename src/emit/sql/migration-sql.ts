/**
 * SQL for a list of schema operations (`diff.ts`) in one dialect. Postgres
 * gets the safe forms where they cost nothing: foreign keys and checks on
 * existing tables are added NOT VALID and validated in a second statement
 * (no long exclusive lock), and type changes say how to convert (USING).
 * MySQL changes columns with MODIFY COLUMN. SQLite, which can alter little,
 * rebuilds a table (create the new shape, copy the rows, swap) whenever a
 * change goes beyond adding, renaming or dropping a plain column or an index.
 */
import { sqlString } from '../escape.js';
import { columnShape, sameValue, type Op } from './diff.js';
import {
  columnDefinition, columnType, commentStatements, createEnum, createIndex, createTable, createUpdatedAtFunction,
  createUpdatedAtTrigger, defaultSql, dropIndex, dropUpdatedAtFunction, dropUpdatedAtTrigger, exprSql, foreignKeyClause,
  needsUpdatedAtFunction, q, updatedAtColumns,
} from './render.js';
import type { Column, Dialect, Renames, Schema, Table } from './schema.js';


/** Statements for `ops`, which turn `from` into `to`. */
export function migrationStatements(ops: readonly Op[], from: Schema, to: Schema, renames: Renames): string[] {
  const d = to.dialect;
  const out: string[] = [];
  const needFn = needsUpdatedAtFunction(to) && !needsUpdatedAtFunction(from);
  const dropFn = needsUpdatedAtFunction(from) && !needsUpdatedAtFunction(to);
  if (needFn) out.push(createUpdatedAtFunction());
  if (d === 'sqlite') out.push(...sqliteStatements(ops, from, to, renames));
  else for (const op of ops) out.push(...opStatements(d, op, from, to));
  if (dropFn) out.push(dropUpdatedAtFunction());
  return out;
}

function tableOf(s: Schema, name: string): Table | undefined {
  return s.tables.find((t) => t.name === name);
}

/** Postgres and MySQL: one operation at a time. */
function opStatements(d: Dialect, op: Op, from: Schema, to: Schema): string[] {
  const T = (name: string): string => q(d, name);
  switch (op.kind) {
    case 'createEnum':
      return [createEnum(d, op)];
    case 'addEnumValues':
      return op.values.map((v) => `ALTER TYPE ${T(op.name)} ADD VALUE ${sqlString(v.value)}${v.after !== undefined ? ` AFTER ${sqlString(v.after)}` : ''};`);
    case 'replaceEnum': {
      const old = `${op.name}_old`;
      const out = [`ALTER TYPE ${T(op.name)} RENAME TO ${T(old)};`, createEnum(d, { name: op.name, values: op.to })];
      for (const { table, column } of op.columns) {
        const def = defaultSql(d, column);
        if (column.default) out.push(`ALTER TABLE ${T(table)} ALTER COLUMN ${T(column.name)} DROP DEFAULT;`);
        out.push(`ALTER TABLE ${T(table)} ALTER COLUMN ${T(column.name)} TYPE ${columnType(d, column.type, column.list)} USING ${T(column.name)}::text::${columnType(d, column.type, column.list)};`);
        if (def !== undefined) out.push(`ALTER TABLE ${T(table)} ALTER COLUMN ${T(column.name)} SET DEFAULT ${def};`);
      }
      out.push(`DROP TYPE ${T(old)};`);
      return out;
    }
    case 'dropEnum':
      return [`DROP TYPE ${T(op.name)};`];
    case 'createTable': {
      const out = [createTable(d, op.table), ...commentStatements(d, op.table)];
      for (const ix of op.table.indexes) out.push(createIndex(d, op.table.name, ix));
      if (d === 'postgres') for (const c of updatedAtColumns(op.table)) out.push(createUpdatedAtTrigger(d, op.table, c));
      return out;
    }
    case 'dropTable':
      return [`DROP TABLE ${T(op.table.name)};`];
    case 'renameColumn': {
      const out = [`ALTER TABLE ${T(op.table)} RENAME COLUMN ${T(op.from)} TO ${T(op.to)};`];
      // The trigger names the column: make it follow.
      if (d === 'postgres' && op.column.onUpdateNow) {
        const t = tableOf(to, op.table)!;
        out.push(dropUpdatedAtTrigger(d, op.table, op.from), createUpdatedAtTrigger(d, t, op.to));
      }
      return out;
    }
    case 'addColumn': {
      const out = [`ALTER TABLE ${T(op.table)} ADD COLUMN ${columnDefinition(d, op.column)};`];
      if (d === 'postgres' && op.column.comment !== undefined) out.push(`COMMENT ON COLUMN ${T(op.table)}.${T(op.column.name)} IS ${sqlString(op.column.comment)};`);
      if (d === 'postgres' && op.column.onUpdateNow) out.push(createUpdatedAtTrigger(d, tableOf(to, op.table)!, op.column.name));
      return out;
    }
    case 'dropColumn': {
      const out: string[] = [];
      if (d === 'postgres' && op.column.onUpdateNow) out.push(dropUpdatedAtTrigger(d, op.table, op.column.name));
      out.push(`ALTER TABLE ${T(op.table)} DROP COLUMN ${T(op.column.name)};`);
      return out;
    }
    case 'alterColumn':
      return d === 'mysql'
        ? [`ALTER TABLE ${T(op.table)} MODIFY COLUMN ${columnDefinition(d, op.to)};`]
        : alterPostgresColumn(op.table, op.from, op.to, to);
    case 'setPrimaryKey':
      return d === 'mysql'
        ? [`ALTER TABLE ${T(op.table)} DROP PRIMARY KEY, ADD PRIMARY KEY (${op.to.columns.map(T).join(', ')});`]
        : [
            `ALTER TABLE ${T(op.table)} DROP CONSTRAINT ${T(op.from.name)};`,
            `ALTER TABLE ${T(op.table)} ADD CONSTRAINT ${T(op.to.name)} PRIMARY KEY (${op.to.columns.map(T).join(', ')});`,
          ];
    case 'setTableComment':
      return d === 'mysql'
        ? [`ALTER TABLE ${T(op.table)} COMMENT = ${sqlString(op.comment ?? '', d)};`]
        : [`COMMENT ON TABLE ${T(op.table)} IS ${op.comment === undefined ? 'NULL' : sqlString(op.comment)};`];
    case 'addUnique':
      return [`ALTER TABLE ${T(op.table)} ADD CONSTRAINT ${T(op.unique.name)} UNIQUE (${op.unique.columns.map(T).join(', ')});`];
    case 'dropUnique':
      return [d === 'mysql' ? `ALTER TABLE ${T(op.table)} DROP INDEX ${T(op.unique.name)};` : `ALTER TABLE ${T(op.table)} DROP CONSTRAINT ${T(op.unique.name)};`];
    case 'addCheck':
      // Postgres: add without scanning the table under an exclusive lock, then validate.
      return d === 'postgres' && tableOf(from, op.table)
        ? [
            `ALTER TABLE ${T(op.table)} ADD CONSTRAINT ${T(op.check.name)} CHECK ${exprSql(d, op.check.expr)} NOT VALID;`,
            `ALTER TABLE ${T(op.table)} VALIDATE CONSTRAINT ${T(op.check.name)};`,
          ]
        : [`ALTER TABLE ${T(op.table)} ADD CONSTRAINT ${T(op.check.name)} CHECK ${exprSql(d, op.check.expr)};`];
    case 'dropCheck':
      // DROP CONSTRAINT: MariaDB has no DROP CHECK; MySQL takes both (8.0.19+).
      return [`ALTER TABLE ${T(op.table)} DROP CONSTRAINT ${T(op.check.name)};`];
    case 'addForeignKey':
      return d === 'postgres' && tableOf(from, op.table)
        ? [
            `ALTER TABLE ${T(op.table)} ADD ${foreignKeyClause(d, op.foreignKey)} NOT VALID;`,
            `ALTER TABLE ${T(op.table)} VALIDATE CONSTRAINT ${T(op.foreignKey.name)};`,
          ]
        : [`ALTER TABLE ${T(op.table)} ADD ${foreignKeyClause(d, op.foreignKey)};`];
    case 'dropForeignKey':
      return [d === 'mysql' ? `ALTER TABLE ${T(op.table)} DROP FOREIGN KEY ${T(op.foreignKey.name)};` : `ALTER TABLE ${T(op.table)} DROP CONSTRAINT ${T(op.foreignKey.name)};`];
    case 'createIndex':
      return [createIndex(d, op.table, op.index, d === 'postgres' && tableOf(from, op.table) !== undefined)];
    case 'dropIndex':
      return [dropIndex(d, op.table, op.index)];
  }
}


function alterPostgresColumn(table: string, a: Column, b: Column, to: Schema): string[] {
  const d = 'postgres';
  const T = (name: string): string => q(d, name);
  const at = `ALTER TABLE ${T(table)} ALTER COLUMN ${T(b.name)}`;
  const out: string[] = [];
  const typeChanged = !sameValue([columnShape(d, a).type, a.list], [columnShape(d, b).type, b.list]);
  const defaultChanged = !sameValue(a.default, b.default);
  if (typeChanged || defaultChanged) {
    if (a.default !== undefined) out.push(`${at} DROP DEFAULT;`);
  }
  if (a.identity && !b.identity) out.push(`${at} DROP IDENTITY;`);
  if (typeChanged) {
    const type = columnType(d, b.type, b.list);
    const via = a.type.kind === 'enum' || b.type.kind === 'enum' ? '::text' : '';
    out.push(`${at} TYPE ${type} USING ${T(b.name)}${via}::${type};`);
  }
  if ((typeChanged || defaultChanged) && b.default !== undefined) {
    out.push(`${at} SET DEFAULT ${defaultSql(d, b)};`);
  }
  if (!a.identity && b.identity) out.push(`${at} ADD GENERATED BY DEFAULT AS IDENTITY;`);
  if (a.nullable && !b.nullable) out.push(`${at} SET NOT NULL;`);
  if (!a.nullable && b.nullable) out.push(`${at} DROP NOT NULL;`);
  if (a.comment !== b.comment) out.push(`COMMENT ON COLUMN ${T(table)}.${T(b.name)} IS ${b.comment === undefined ? 'NULL' : sqlString(b.comment)};`);
  if (a.onUpdateNow && !b.onUpdateNow) out.push(dropUpdatedAtTrigger(d, table, b.name));
  if (!a.onUpdateNow && b.onUpdateNow) out.push(createUpdatedAtTrigger(d, tableOf(to, table)!, b.name));
  return out;
}

// ---- SQLite -------------------------------------------------------------------------------------

/** Ops SQLite runs as ALTER statements; anything else on a table means rebuilding it. */
function sqliteInPlace(op: Op, from: Table): boolean {
  switch (op.kind) {
    case 'createIndex':
    case 'dropIndex':
    case 'renameColumn':
      return true;
    case 'addColumn': {
      // ADD COLUMN takes no key, no expression default, and NOT NULL only with a default.
      const c = op.column;
      const constant = c.default === undefined || c.default.kind === 'string' || c.default.kind === 'number' || c.default.kind === 'boolean';
      return constant && !c.identity && (c.nullable || c.default !== undefined) && !c.onUpdateNow;
    }
    case 'dropColumn':
      // A column no constraint mentions (indexes on it are dropped first).
      return !JSON.stringify([from.primaryKey, from.uniques, from.checks, from.foreignKeys]).includes(JSON.stringify(op.column.name)) && !op.column.onUpdateNow;
    case 'setTableComment':
      return true;
    default:
      return false;
  }
}

/**
 * Inside a transaction SQLite ignores `PRAGMA foreign_keys = OFF`, and dropping the old
 * table of a rebuild then runs its foreign keys' actions: ON DELETE CASCADE deletes the
 * rows referencing it. These statements stop the migration (and so roll the transaction
 * back) when foreign keys are still on, with the reason as the error message.
 */
export const SQLITE_NO_TRANSACTION_GUARD: readonly string[] = [
  'CREATE TEMP TABLE "_pab_guard" (\n' +
    '  "foreign_keys" INTEGER CONSTRAINT "run this migration outside a transaction: SQLite keeps foreign keys on inside one, and rebuilding a table would delete the rows that reference it" CHECK ("foreign_keys" = 0)\n' +
    ');',
  'INSERT INTO "_pab_guard" SELECT "foreign_keys" FROM pragma_foreign_keys;',
  'DROP TABLE "_pab_guard";',
];

function sqliteStatements(ops: readonly Op[], from: Schema, to: Schema, renames: Renames): string[] {
  const d = 'sqlite';
  const T = (name: string): string => q(d, name);
  const rebuild = new Set<string>();
  // A table being dropped is not rebuilt first (its foreign keys go with it).
  const dropped = new Set(ops.flatMap((op) => (op.kind === 'dropTable' ? [op.table.name] : [])));
  for (const op of ops) {
    if (!('table' in op) || typeof op.table !== 'string' || dropped.has(op.table)) continue;
    const prev = tableOf(from, op.table);
    if (prev && !sqliteInPlace(op, prev)) rebuild.add(op.table);
  }
  const out: string[] = [];
  if (rebuild.size > 0) out.push('PRAGMA foreign_keys = OFF;', ...SQLITE_NO_TRANSACTION_GUARD);
  for (const op of ops) {
    const table = 'table' in op && typeof op.table === 'string' ? op.table : undefined;
    if (table !== undefined && rebuild.has(table)) continue;
    switch (op.kind) {
      case 'createTable': {
        out.push(createTable(d, op.table));
        for (const ix of op.table.indexes) out.push(createIndex(d, op.table.name, ix));
        for (const c of updatedAtColumns(op.table)) out.push(createUpdatedAtTrigger(d, op.table, c));
        break;
      }
      case 'dropTable':
        out.push(`DROP TABLE ${T(op.table.name)};`);
        break;
      case 'renameColumn':
        out.push(`ALTER TABLE ${T(op.table)} RENAME COLUMN ${T(op.from)} TO ${T(op.to)};`);
        break;
      case 'addColumn':
        out.push(`ALTER TABLE ${T(op.table)} ADD COLUMN ${columnDefinition(d, op.column)};`);
        break;
      case 'dropColumn':
        out.push(`ALTER TABLE ${T(op.table)} DROP COLUMN ${T(op.column.name)};`);
        break;
      case 'createIndex':
        out.push(createIndex(d, op.table, op.index));
        break;
      case 'dropIndex':
        out.push(dropIndex(d, op.table, op.index));
        break;
      default:
        // Comments live in CREATE TABLE only; a foreign key of a new table is inline already.
        break;
    }
  }
  for (const name of [...rebuild].sort()) out.push(...rebuildTable(tableOf(from, name)!, tableOf(to, name)!, renames.get(name)));
  if (rebuild.size > 0) out.push('PRAGMA foreign_key_check;', 'PRAGMA foreign_keys = ON;');
  return out;
}

/** SQLite's documented way to change a table: create the new shape, copy the rows, drop the old, rename. */
function rebuildTable(from: Table, to: Table, renames: ReadonlyMap<string, string> | undefined): string[] {
  const d = 'sqlite';
  const T = (name: string): string => q(d, name);
  const temp = `_pab_new_${to.name}`;
  const fromCols = new Set(from.columns.map((c) => c.name));
  const copied = to.columns.flatMap((c) => {
    const source = fromCols.has(c.name) ? c.name : renames?.get(c.name);
    if (source === undefined || !fromCols.has(source)) return [];
    const def = defaultSql(d, c);
    // A column becoming required takes its default where the old row had none.
    const value = !c.nullable && def !== undefined ? `coalesce(${T(source)}, ${def})` : T(source);
    return [{ target: c.name, value }];
  });
  const out = [createTable(d, to, temp)];
  if (copied.length > 0) {
    out.push(`INSERT INTO ${T(temp)} (${copied.map((c) => T(c.target)).join(', ')}) SELECT ${copied.map((c) => c.value).join(', ')} FROM ${T(from.name)};`);
  }
  out.push(`DROP TABLE ${T(from.name)};`, `ALTER TABLE ${T(temp)} RENAME TO ${T(to.name)};`);
  for (const ix of to.indexes) out.push(createIndex(d, to.name, ix));
  for (const c of updatedAtColumns(to)) out.push(createUpdatedAtTrigger(d, to, c));
  return out;
}
