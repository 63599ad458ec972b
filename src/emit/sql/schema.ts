/**
 * The relational schema of a spec for one SQL dialect: tables, columns,
 * keys, constraints, indexes and enum types, with every naming and
 * dialect decision already made (enum representation, soft-delete-aware
 * uniques, names shortened to the dialect's limit). Plain, JSON-safe data:
 * it is what schema.sql is rendered from, what migrations diff, and what
 * each migration's snapshot stores.
 *
 * Built from the ServiceModel by `buildSchema`; pure. Expressions (checks,
 * partial index conditions) are kept as small SQL trees (`SqlExpr`) over
 * column names, rendered per dialect later.
 */
import type { Entity, Expr, Field, ReferentialAction, ServiceModel } from '../../model/model.js';
import { fitName, NAME_LIMITS } from './names.js';
import { snakeCase } from '../../model/naming.js';

export type Dialect = 'postgres' | 'mysql' | 'sqlite';

/** Column types, dialect-neutral; each dialect spells them (see dialects). */
export type ColumnType =
  | { readonly kind: 'uuid' }
  /** Text of bounded length (`length`), or unbounded (`length` absent). */
  | { readonly kind: 'string'; readonly length?: number }
  | { readonly kind: 'text' }
  | { readonly kind: 'int' }
  | { readonly kind: 'bigint' }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'float' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'date' }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'json' }
  | { readonly kind: 'bytes' }
  /** An enum: a native type (`type`, Postgres), an inline ENUM (MySQL) or text with a check (SQLite). */
  | { readonly kind: 'enum'; readonly type: string; readonly values: readonly string[] };

export type ColumnDefault =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'now' }
  | { readonly kind: 'uuid' };

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** An array column (Postgres only). */
  readonly list: boolean;
  readonly nullable: boolean;
  readonly default?: ColumnDefault;
  /** Filled by the database's sequence (identity / AUTO_INCREMENT / rowid). */
  readonly identity: boolean;
  /** Set on every update (trigger, or MySQL's ON UPDATE). */
  readonly onUpdateNow: boolean;
  readonly comment?: string;
}

/** A condition over the columns of one table. */
export type SqlExpr =
  | { readonly kind: 'and' | 'or'; readonly left: SqlExpr; readonly right: SqlExpr }
  | { readonly kind: 'not'; readonly operand: SqlExpr }
  | { readonly kind: 'compare'; readonly op: '=' | '!=' | '<' | '<=' | '>' | '>='; readonly left: SqlExpr; readonly right: SqlExpr }
  | { readonly kind: 'in'; readonly negated: boolean; readonly value: SqlExpr; readonly items: readonly SqlExpr[] }
  | { readonly kind: 'arithmetic'; readonly op: '+' | '-' | '*' | '/'; readonly left: SqlExpr; readonly right: SqlExpr }
  | { readonly kind: 'negate'; readonly operand: SqlExpr }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'now' };

export interface ForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
}

export interface Index {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly desc: boolean }[];
  readonly unique: boolean;
  readonly where?: SqlExpr;
}

export interface Check {
  readonly name: string;
  readonly expr: SqlExpr;
}

export interface Table {
  readonly name: string;
  readonly comment?: string;
  readonly columns: readonly Column[];
  readonly primaryKey: { readonly name: string; readonly columns: readonly string[] };
  /** Unique constraints (full-table); soft-delete tables use partial unique indexes instead where the dialect can. */
  readonly uniques: readonly { readonly name: string; readonly columns: readonly string[] }[];
  readonly checks: readonly Check[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly indexes: readonly Index[];
}

export interface Schema {
  readonly dialect: Dialect;
  /** Native enum types (Postgres only; empty elsewhere). */
  readonly enums: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly tables: readonly Table[];
}

/** Column renames declared in the spec (`@renamedFrom`): table → new column → old column. */
export type Renames = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Reports a spec construct the dialect cannot express (a warning diagnostic); supplied by the target. */
export type Unsupported = (what: UnsupportedConstruct) => void;
export type UnsupportedConstruct =
  | { readonly kind: 'partial-index'; readonly table: string; readonly index: string; readonly origin?: { file: string; start: number; end: number } }
  | { readonly kind: 'soft-delete-unique'; readonly table: string; readonly columns: readonly string[]; readonly origin?: { file: string; start: number; end: number } }
  /**
   * MySQL refuses a check on a column that a foreign key's referential action writes (CASCADE,
   * SET NULL, SET DEFAULT; MariaDB only those that change the column): the key's ON UPDATE
   * becomes RESTRICT, or, when its ON DELETE is such an action, the check is left out.
   */
  | { readonly kind: 'check-on-foreign-key'; readonly table: string; readonly check: string; readonly foreignKey: string; readonly resolution: 'restrict-on-update' | 'drop-check'; readonly origin?: { file: string; start: number; end: number } };

/** MySQL needs a bounded length for indexable text; used when the spec gives none. */
const MYSQL_DEFAULT_VARCHAR = 255;

function columnType(field: Field, enums: ReadonlyMap<string, readonly string[]>, dialect: Dialect): ColumnType {
  if (field.kind === 'enum') {
    const values = enums.get(field.enum) ?? [];
    return { kind: 'enum', type: fitName(snakeCase(field.enum), NAME_LIMITS[dialect]), values };
  }
  if (field.kind !== 'scalar') throw new Error(`not a column: ${field.name}`);
  switch (field.type) {
    case 'string':
    case 'email':
    case 'url':
    case 'secret': {
      const max = field.constraints.maxLength;
      if (max !== undefined) return { kind: 'string', length: max };
      if (dialect === 'mysql') return { kind: 'string', length: field.type === 'url' ? 2048 : MYSQL_DEFAULT_VARCHAR };
      return { kind: 'string' };
    }
    case 'text':
      return { kind: 'text' };
    case 'decimal':
      return { kind: 'decimal', precision: field.precision ?? 18, scale: field.scale ?? 2 };
    default:
      return { kind: field.type };
  }
}

function columnDefault(field: Field): ColumnDefault | undefined {
  if (field.kind === 'relation' || !field.default) return undefined;
  const d = field.default;
  switch (d.kind) {
    case 'literal':
      if (typeof d.value === 'string') return { kind: 'string', value: d.value };
      if (typeof d.value === 'number') return { kind: 'number', value: d.value };
      return { kind: 'boolean', value: d.value };
    case 'enum':
      return { kind: 'string', value: d.value };
    case 'now':
      return { kind: 'now' };
    case 'uuid':
      return { kind: 'uuid' };
    case 'autoincrement':
      return undefined;
  }
}

/** Column name of a field by field name. */
function columnsByField(entity: Entity): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of entity.fields) if (f.kind !== 'relation') out.set(f.name, f.column);
  return out;
}

/** An IR condition over one entity as a SQL tree; `undefined` when it reaches outside the table. */
export function toSqlExpr(expr: Expr, columns: ReadonlyMap<string, string>): SqlExpr | undefined {
  const go = (e: Expr): SqlExpr | undefined => toSqlExpr(e, columns);
  switch (expr.kind) {
    case 'and':
    case 'or':
    case 'compare':
    case 'arithmetic': {
      const left = go(expr.left);
      const right = go(expr.right);
      if (!left || !right) return undefined;
      return { ...expr, left, right } as SqlExpr;
    }
    case 'not':
    case 'negate': {
      const operand = go(expr.operand);
      return operand && { kind: expr.kind, operand };
    }
    case 'in': {
      const value = go(expr.value);
      if (!value || expr.list.kind !== 'list') return undefined;
      const items = expr.list.items.map(go);
      if (items.some((i) => i === undefined)) return undefined;
      return { kind: 'in', negated: expr.negated, value, items: items as SqlExpr[] };
    }
    case 'field': {
      // A relation used as a value stands for its foreign key: only a one-column key fits.
      const fields = expr.columns ?? expr.path;
      if (expr.path.length !== 1 || fields.length !== 1) return undefined;
      const name = columns.get(fields[0]!);
      return name === undefined ? undefined : { kind: 'column', name };
    }
    case 'literal':
      return { kind: 'literal', value: expr.value };
    case 'enumValue':
      return { kind: 'literal', value: expr.value };
    case 'list':
      return undefined;
    case 'now':
      return { kind: 'now' };
    case 'duration':
    case 'param':
    case 'user':
      return undefined;
  }
}

function exprColumns(e: SqlExpr, out: Set<string> = new Set()): Set<string> {
  switch (e.kind) {
    case 'and': case 'or': case 'compare': case 'arithmetic':
      exprColumns(e.left, out);
      exprColumns(e.right, out);
      break;
    case 'not': case 'negate':
      exprColumns(e.operand, out);
      break;
    case 'in':
      exprColumns(e.value, out);
      e.items.forEach((i) => exprColumns(i, out));
      break;
    case 'column':
      out.add(e.name);
      break;
    default:
      break;
  }
  return out;
}

/**
 * MySQL 8 rejects a check on a column used by a foreign key with a referential action
 * (error 3823), MariaDB one with an action that writes the column (error 1901). A key's
 * ON UPDATE action becomes RESTRICT (keys rarely change); when its ON DELETE is an action,
 * the delete behaviour wins and the check is left out. Both are reported.
 */
function mysqlChecksAndKeys(
  table: string,
  checks: readonly Check[],
  foreignKeys: readonly ForeignKey[],
  originOf: (check: string) => Entity['origin'] | undefined,
  unsupported: Unsupported,
): { checks: Check[]; foreignKeys: ForeignKey[] } {
  const acts = (a: ReferentialAction): boolean => a !== 'restrict' && a !== 'noAction';
  const keptChecks: Check[] = [];
  const keys = [...foreignKeys];
  for (const check of checks) {
    const origin = originOf(check.name);
    const at = origin ? { origin } : {};
    const used = exprColumns(check.expr);
    const conflicting = keys.map((fk, i) => [fk, i] as const).filter(([fk]) => fk.columns.some((c) => used.has(c)) && (acts(fk.onDelete) || acts(fk.onUpdate)));
    const blocking = conflicting.find(([fk]) => acts(fk.onDelete));
    if (blocking) {
      unsupported({ kind: 'check-on-foreign-key', table, check: check.name, foreignKey: blocking[0].name, resolution: 'drop-check', ...at });
      continue;
    }
    for (const [fk, i] of conflicting) {
      unsupported({ kind: 'check-on-foreign-key', table, check: check.name, foreignKey: fk.name, resolution: 'restrict-on-update', ...at });
      keys[i] = { ...fk, onUpdate: 'restrict' };
    }
    keptChecks.push(check);
  }
  return { checks: keptChecks, foreignKeys: keys };
}

/**
 * The schema of `model` for `dialect`. `unsupported` hears about constructs
 * the dialect lacks (they are left out of the schema).
 */
export function buildSchema(model: ServiceModel, dialect: Dialect, unsupported: Unsupported = () => {}): { schema: Schema; renames: Renames } {
  const limit = NAME_LIMITS[dialect];
  const fit = (name: string): string => fitName(name, limit);
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  // Looked up per field and per entity: built once, so the schema is linear in the spec's size.
  const enumValues = new Map(model.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
  const ownedRelations = new Map<string, ServiceModel['relations'][number][]>();
  for (const rel of model.relations) {
    if (!rel.foreignKey) continue;
    const list = ownedRelations.get(rel.owner.entity) ?? [];
    list.push(rel);
    ownedRelations.set(rel.owner.entity, list);
  }
  const columnsOf = new Map(model.entities.map((e) => [e.name, columnsByField(e)]));
  const tables: Table[] = [];
  const renames = new Map<string, Map<string, string>>();
  const usedEnums = new Set<string>();

  for (const entity of model.entities) {
    const table = entity.table;
    const colOf = columnsOf.get(entity.name)!;
    const softDeleteColumn = entity.softDelete
      ? entity.fields.find((f) => f.kind === 'scalar' && f.managed === 'deletedAt')
      : undefined;
    const notDeleted: SqlExpr | undefined = softDeleteColumn && softDeleteColumn.kind === 'scalar'
      ? { kind: 'compare', op: '=', left: { kind: 'column', name: softDeleteColumn.column }, right: { kind: 'literal', value: null } }
      : undefined;
    const columns: Column[] = [];
    const tableRenames = new Map<string, string>();
    for (const f of entity.fields) {
      if (f.kind === 'relation') continue;
      const type = columnType(f, enumValues, dialect);
      if (type.kind === 'enum') usedEnums.add(f.kind === 'enum' ? f.enum : '');
      const def = columnDefault(f);
      columns.push({
        name: f.column,
        type,
        list: f.list,
        nullable: f.optional,
        ...(def ? { default: def } : {}),
        identity: f.default?.kind === 'autoincrement',
        onUpdateNow: f.kind === 'scalar' && f.managed === 'updatedAt',
        ...(f.doc ? { comment: f.doc } : {}),
      });
      if (f.renamedFrom !== undefined) tableRenames.set(f.column, snakeCase(f.renamedFrom));
    }
    if (tableRenames.size > 0) renames.set(table, tableRenames);

    const pkColumns = entity.primaryKey.fields.map((f) => colOf.get(f) ?? f);
    const uniques: { name: string; columns: string[] }[] = [];
    const indexes: Index[] = [];
    // A unique value of a soft-deleted row must not block a live one: a partial unique index.
    const addUnique = (name: string, cols: string[], origin?: Entity['origin']): void => {
      if (notDeleted && dialect !== 'mysql') {
        indexes.push({ name: fit(name), columns: cols.map((c) => ({ name: c, desc: false })), unique: true, where: notDeleted });
        return;
      }
      if (notDeleted) unsupported({ kind: 'soft-delete-unique', table, columns: cols, ...(origin ? { origin } : {}) });
      uniques.push({ name: fit(name), columns: cols });
    };
    for (const f of entity.fields) {
      if (f.kind === 'relation' || !f.unique || f.id) continue;
      addUnique(`${table}_${f.column}_key`, [f.column], f.origin);
    }
    for (const ix of entity.indexes) {
      const cols = ix.fields.map((c) => ({ name: colOf.get(c.field) ?? c.field, desc: c.direction === 'desc' }));
      let where = ix.where ? toSqlExpr(ix.where.expr, colOf) : undefined;
      if (ix.where && (dialect === 'mysql' || where === undefined)) {
        unsupported({ kind: 'partial-index', table, index: ix.name, origin: ix.origin });
        where = undefined;
      }
      if (ix.unique && !where && cols.every((c) => !c.desc)) {
        addUnique(ix.name, cols.map((c) => c.name), ix.origin);
        continue;
      }
      const softWhere = ix.unique && notDeleted && dialect !== 'mysql'
        ? (where ? { kind: 'and' as const, left: where, right: notDeleted } : notDeleted)
        : where;
      indexes.push({ name: fit(ix.name), columns: cols, unique: ix.unique, ...(softWhere ? { where: softWhere } : {}) });
    }
    const checks: Check[] = [];
    for (const c of entity.checks) {
      const expr = toSqlExpr(c.condition.expr, colOf);
      if (expr) checks.push({ name: fit(c.name), expr });
    }
    // SQLite has no enum type: a check keeps the column to its values.
    if (dialect === 'sqlite') {
      for (const col of columns) {
        if (col.type.kind !== 'enum' || col.list) continue;
        checks.push({
          name: fit(`${table}_${col.name}_check`),
          expr: { kind: 'in', negated: false, value: { kind: 'column', name: col.name }, items: col.type.values.map((v) => ({ kind: 'literal', value: v })) },
        });
      }
    }
    const foreignKeys: ForeignKey[] = [];
    for (const rel of ownedRelations.get(entity.name) ?? []) {
      if (!rel.foreignKey) continue;
      const target = entities.get(rel.foreignKey.references.entity);
      if (!target) continue;
      const targetCols = columnsOf.get(target.name)!;
      const cols = rel.foreignKey.fields.map((f) => colOf.get(f) ?? f);
      foreignKeys.push({
        name: fit(`${table}_${cols.join('_')}_fkey`),
        columns: cols,
        refTable: target.table,
        refColumns: rel.foreignKey.references.fields.map((f) => targetCols.get(f) ?? f),
        onDelete: rel.onDelete,
        onUpdate: rel.onUpdate,
      });
    }
    const checkOrigins = new Map(entity.checks.map((c) => [fit(c.name), c.origin] as const));
    const mysqlSafe = dialect === 'mysql' ? mysqlChecksAndKeys(table, checks, foreignKeys, (name) => checkOrigins.get(name), unsupported) : { checks, foreignKeys };
    tables.push({
      name: table,
      ...(entity.doc ? { comment: entity.doc } : {}),
      columns,
      primaryKey: { name: fit(`${table}_pkey`), columns: pkColumns },
      uniques,
      checks: mysqlSafe.checks,
      foreignKeys: mysqlSafe.foreignKeys,
      indexes,
    });
  }

  // Implicit many-to-many join tables: one row per pair, cascading both ways.
  for (const rel of model.relations) {
    if (rel.kind !== 'manyToMany' || rel.join?.kind !== 'table') continue;
    const owner = entities.get(rel.owner.entity);
    const targetName = rel.inverse?.entity ?? (owner?.fields.find((f) => f.name === rel.owner.field) as { target?: string } | undefined)?.target;
    const target = targetName ? entities.get(targetName) : undefined;
    if (!owner || !target) continue;
    const keyColumn = (e: Entity): Column => {
      const keyField = e.fields.find((f) => f.kind !== 'relation' && f.name === e.primaryKey.fields[0]);
      const type = keyField ? columnType(keyField, enumValues, dialect) : { kind: 'uuid' as const };
      return { name: '', type, list: false, nullable: false, identity: false, onUpdateNow: false };
    };
    const join = rel.join;
    const ownerKey = columnsByField(owner).get(owner.primaryKey.fields[0]!) ?? 'id';
    const targetKey = columnsByField(target).get(target.primaryKey.fields[0]!) ?? 'id';
    tables.push({
      name: join.table,
      columns: [
        { ...keyColumn(owner), name: join.ownerColumn },
        { ...keyColumn(target), name: join.targetColumn },
      ],
      primaryKey: { name: fit(`${join.table}_pkey`), columns: [join.ownerColumn, join.targetColumn] },
      uniques: [],
      checks: [],
      foreignKeys: [
        { name: fit(`${join.table}_${join.ownerColumn}_fkey`), columns: [join.ownerColumn], refTable: owner.table, refColumns: [ownerKey], onDelete: 'cascade', onUpdate: 'cascade' },
        { name: fit(`${join.table}_${join.targetColumn}_fkey`), columns: [join.targetColumn], refTable: target.table, refColumns: [targetKey], onDelete: 'cascade', onUpdate: 'cascade' },
      ],
      // The primary key covers lookups by owner; this one covers lookups by target.
      indexes: [{ name: fit(`${join.table}_${join.targetColumn}_idx`), columns: [{ name: join.targetColumn, desc: false }], unique: false }],
    });
  }

  const enums = dialect === 'postgres'
    ? model.enums.filter((e) => usedEnums.has(e.name)).map((e) => ({ name: fit(snakeCase(e.name)), values: e.values.map((v) => v.name) }))
    : [];
  return { schema: { dialect, enums, tables }, renames };
}
