/**
 * The Prisma data model of a spec: models, enums, fields and their
 * attributes, derived from the IR and from the relational schema the SQL
 * targets build for the same dialect (`buildSchema`), so that schema.prisma
 * describes exactly the tables, columns, keys, indexes and constraint names
 * the migrations create. Pure; every user string is escaped here for the
 * Prisma schema language (`escape.ts`), and `layout.ts` only aligns.
 *
 * Mapping (the README's "Prisma target" section says the same for users):
 * - an entity is a model named after it, `@@map(table)`; a field keeps its
 *   name, `@map(column)` when the column differs; a name Prisma cannot take
 *   (`names.ts`) gets another one, with a warning.
 * - column types come from the dialect's column type: `@db.VarChar(n)`,
 *   `@db.Decimal(p, s)`, `@db.Timestamptz(3)`, `@db.Uuid`, `@db.Date`… where
 *   Prisma's default type would differ (SQLite has no native types).
 * - keys, uniques and indexes carry `map:` when their name is not the one
 *   Prisma would give them (`<table>_pkey`, `_key`, `_idx`, `_fkey`, which
 *   are pab's conventions too); partial indexes (soft-delete uniques,
 *   `@where`) use `where: raw("…")` and turn on the `partialIndexes` preview
 *   feature (Prisma 7.4+).
 * - check constraints cannot be declared in Prisma: a `//` comment lists
 *   them; the migrations create them (no diagnostic: nothing is lost).
 * - relations: the side holding the foreign key gets `@relation(fields,
 *   references, onDelete/onUpdate when not Prisma's default, map)`. Prisma
 *   needs both sides: a side the spec leaves out is added (see "Sides the
 *   spec leaves out" below for its name).
 *   A relation is named (the spec's relation name) when it is a
 *   self-relation or when two models have more than one relation.
 * - an implicit many-to-many's join table is an explicit model (`ProductTag`),
 *   so that the table is the one the migrations create; the list fields of
 *   both entities become lists of that model. A `through` entity's relations
 *   take the many-to-many fields as their other sides.
 * - enums used by a column, `@@map(type)` on PostgreSQL.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/prisma.js';
import { createSpan } from '../../core/span.js';
import type { Entity, Field, Origin, ReferentialAction, Relation, ServiceModel } from '../../model/model.js';
import { lowerFirst, pluralize, singularize, snakeCase, upperFirst } from '../../model/naming.js';
import { prismaDoc, prismaLineComment, prismaString } from '../escape.js';
import { fitName, NAME_LIMITS } from '../sql/names.js';
import { exprSql } from '../sql/render.js';
import type { Column, Dialect, ForeignKey, Schema, Table } from '../sql/schema.js';
import { camelFromSnake, fixedName, NameScope, nameProblem } from './names.js';

export type Provider = 'postgresql' | 'mysql' | 'sqlite';

export const PROVIDERS: Readonly<Record<Dialect, Provider>> = { postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite' };

/** One field line: `name type attributes`, with its doc (escaped lines). */
export interface PrismaField {
  readonly name: string;
  readonly type: string;
  readonly attributes: readonly string[];
  readonly doc: readonly string[];
}

export interface PrismaBlock {
  readonly kind: 'model' | 'enum';
  readonly name: string;
  readonly doc: readonly string[];
  /** Fields of a model, values of an enum. */
  readonly fields: readonly PrismaField[];
  /** `//` comment lines (escaped text after `// `) after the fields. */
  readonly comments: readonly string[];
  /** Block attributes (`@@id(...)`, `@@map(...)`), in Prisma's order. */
  readonly attributes: readonly string[];
}

export interface PrismaSchema {
  readonly provider: Provider;
  readonly previewFeatures: readonly string[];
  readonly enums: readonly PrismaBlock[];
  readonly models: readonly PrismaBlock[];
}

/** A Prisma relation: the side with the foreign key (`from`) and the other side (`to`). */
interface Link {
  /** The relation's name if Prisma needs one (decided once all links are known). */
  name: string;
  needsName: boolean;
  readonly from: string;
  readonly fromField: string;
  readonly optional: boolean;
  readonly to: string;
  /** The field on `to`; set when the spec declares it, else added. */
  toField?: string;
  readonly toList: boolean;
  readonly fields: readonly string[];
  readonly references: readonly string[];
  readonly foreignKey: ForeignKey;
  readonly fromTable: string;
  /** The relation of the spec this side belongs to (for added fields). */
  readonly relation?: Relation;
}

const ACTIONS: Readonly<Record<ReferentialAction, string>> = {
  cascade: 'Cascade',
  restrict: 'Restrict',
  setNull: 'SetNull',
  setDefault: 'SetDefault',
  noAction: 'NoAction',
};

const PREVIEW_PARTIAL_INDEXES = 'partialIndexes';

function docLines(text: string | undefined): string[] {
  return text === undefined || text.trim() === '' ? [] : prismaDoc(text).split('\n');
}

function spanOf(origin: Origin | undefined): { span?: ReturnType<typeof createSpan> } {
  return origin ? { span: createSpan(origin.file, origin.start, origin.end) } : {};
}

/** `[a, b(sort: Desc)]`. */
function fieldList(items: readonly { name: string; desc?: boolean }[]): string {
  return `[${items.map((i) => (i.desc ? `${i.name}(sort: Desc)` : i.name)).join(', ')}]`;
}

/**
 * A date or date-time default as the RFC 3339 text Prisma requires (UTC when
 * the spec gives no offset). Another spelling stays as it is (as it does in
 * the SQL), rather than be read in the local time zone of the machine.
 */
export function rfc3339(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2})(?::(\d{2})(?::(\d{2})(\.\d+)?)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value.trim());
  if (m) {
    const [, date, hh = '00', mm = '00', ss = '00', frac = '', zone] = m;
    let offset = zone === undefined || zone === 'z' || zone === 'Z' ? 'Z' : zone;
    if (offset !== 'Z') offset = offset.length === 3 ? `${offset}:00` : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    return `${date}T${hh}:${mm}:${ss}${frac}${offset}`;
  }
  return value;
}

/** The text of a JSON default: the string when it is JSON already, else the value as JSON. */
function jsonDefault(value: string | number | boolean): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  try {
    JSON.parse(value);
    return value;
  } catch {
    return JSON.stringify(value);
  }
}

/** Builds the Prisma data model of `model` from its relational `schema` (same dialect). */
export function buildPrismaSchema(model: ServiceModel, schema: Schema, report: (d: Diagnostic) => void = () => {}): PrismaSchema {
  const dialect = schema.dialect;
  const provider = PROVIDERS[dialect];
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const preview = new Set<string>();

  // ---- Type names: models (entities, then join models) and enums share one namespace.
  const types = new NameScope();
  const modelName = new Map<string, string>();
  const enumName = new Map<string, string>();
  const named: { name: string; what: string; origin: Origin; into: Map<string, string> }[] = [
    ...model.entities.map((e) => ({ name: e.name, what: 'entity', origin: e.origin, into: modelName })),
    ...model.enums.map((e) => ({ name: e.name, what: 'enum', origin: e.origin, into: enumName })),
  ];
  for (const n of named) {
    if (nameProblem(n.name, 'type') === undefined) {
      types.add(n.name);
      n.into.set(n.name, n.name);
    }
  }
  for (const n of named) {
    const problem = nameProblem(n.name, 'type');
    if (problem === undefined) continue;
    const prismaName = types.claim([fixedName(n.name)], (c) => nameProblem(c, 'type') !== undefined);
    n.into.set(n.name, prismaName);
    report(diag('prisma-name-changed', { what: n.what, name: n.name, prismaName, reason: problem }, spanOf(n.origin)));
  }

  // ---- Field names per entity.
  const fieldScopes = new Map<string, NameScope>();
  const fieldNames = new Map<string, Map<string, string>>();
  for (const e of model.entities) {
    const scope = new NameScope();
    const names = new Map<string, string>();
    for (const f of e.fields) {
      if (nameProblem(f.name, 'field') === undefined) {
        scope.add(f.name);
        names.set(f.name, f.name);
      }
    }
    for (const f of e.fields) {
      const problem = nameProblem(f.name, 'field');
      if (problem === undefined) continue;
      const prismaName = scope.claim([fixedName(f.name)]);
      names.set(f.name, prismaName);
      report(diag('prisma-name-changed', { what: 'field', name: `${e.name}.${f.name}`, prismaName, reason: problem }, spanOf(f.origin)));
    }
    fieldScopes.set(e.name, scope);
    fieldNames.set(e.name, names);
  }
  const fieldOf = (entity: string, field: string): string => fieldNames.get(entity)?.get(field) ?? field;
  /** Prisma field name of a column of an entity's table. */
  const fieldOfColumn = (e: Entity, column: string): string => {
    const f = e.fields.find((x) => x.kind !== 'relation' && x.column === column);
    return f ? fieldOf(e.name, f.name) : camelFromSnake(column);
  };

  // ---- Enum values.
  const enumValueName = new Map<string, Map<string, string>>();
  for (const en of model.enums) {
    const scope = new NameScope();
    const names = new Map<string, string>();
    for (const v of en.values) if (nameProblem(v.name, 'value') === undefined) { scope.add(v.name); names.set(v.name, v.name); }
    for (const v of en.values) {
      const problem = nameProblem(v.name, 'value');
      if (problem === undefined) continue;
      const prismaName = scope.claim([fixedName(v.name)]);
      names.set(v.name, prismaName);
      report(diag('prisma-name-changed', { what: 'enum value', name: `${en.name}.${v.name}`, prismaName, reason: problem }, spanOf(en.origin)));
    }
    enumValueName.set(en.name, names);
  }
  /** The enum of a column: by the SQL type name it was given. */
  const enumBySqlType = new Map(model.enums.map((e) => [fitName(snakeCase(e.name), NAME_LIMITS[dialect]), e.name]));
  const usedEnums = new Set<string>();

  // ---- Links (Prisma relations).
  const links: Link[] = [];
  const fkSide = new Map<string, Link>(); // "Entity.field" → link whose FK side it is
  const otherSide = new Map<string, Link>(); // "Entity.field" → link whose other side it is
  const key = (entity: string, field: string): string => `${entity}.${field}`;

  const findForeignKey = (table: Table, columns: readonly string[]): ForeignKey | undefined =>
    table.foreignKeys.find((fk) => fk.columns.length === columns.length && fk.columns.every((c, i) => c === columns[i]));

  for (const rel of model.relations) {
    if (!rel.foreignKey) continue;
    const owner = entities.get(rel.owner.entity);
    const target = entities.get(rel.foreignKey.references.entity);
    const table = owner && tables.get(owner.table);
    if (!owner || !target || !table) continue;
    const columns = rel.foreignKey.fields.map((f) => owner.fields.find((x) => x.name === f && x.kind !== 'relation') as Exclude<Field, { kind: 'relation' }> | undefined);
    const fk = findForeignKey(table, columns.map((c) => c?.column ?? ''));
    if (!fk) continue;
    const link: Link = {
      name: rel.name,
      needsName: false,
      from: modelName.get(owner.name)!,
      fromField: fieldOf(owner.name, rel.owner.field),
      optional: rel.foreignKey.optional,
      to: modelName.get(target.name)!,
      toList: rel.kind === 'manyToOne',
      fields: rel.foreignKey.fields.map((f) => fieldOf(owner.name, f)),
      references: rel.foreignKey.references.fields.map((f) => fieldOf(target.name, f)),
      foreignKey: fk,
      fromTable: table.name,
      relation: rel,
    };
    if (rel.inverse) {
      link.toField = fieldOf(rel.inverse.entity, rel.inverse.field);
      otherSide.set(key(rel.inverse.entity, rel.inverse.field), link);
    }
    links.push(link);
    fkSide.set(key(owner.name, rel.owner.field), link);
  }

  // Many-to-many through an entity: the list fields are the other sides of the join entity's relations.
  for (const rel of model.relations) {
    if (rel.kind !== 'manyToMany' || rel.join?.kind !== 'entity') continue;
    const join = rel.join;
    const sides: { side: Relation['owner'] | undefined; joinField: string }[] = [
      { side: rel.owner, joinField: join.ownerField },
      { side: rel.inverse, joinField: join.targetField },
    ];
    for (const { side, joinField } of sides) {
      if (!side) continue;
      const link = fkSide.get(key(join.entity, joinField));
      if (!link) continue;
      if (link.toField !== undefined) {
        // Prisma allows one field per side: the field declared for the relation stays, this one is left out.
        const e = entities.get(side.entity);
        const f = e?.fields.find((x) => x.name === side.field);
        report(diag('prisma-field-omitted', { field: `${side.entity}.${side.field}`, other: link.toField, join: join.entity }, spanOf(f?.origin)));
        continue;
      }
      link.toField = fieldOf(side.entity, side.field);
      otherSide.set(key(side.entity, side.field), link);
    }
  }

  // Implicit many-to-many: an explicit join model.
  interface JoinModel { readonly name: string; readonly table: Table; readonly relation: Relation; readonly fields: { fk: string; column: Column; link: Link }[] }
  const joinModels: JoinModel[] = [];
  for (const rel of model.relations) {
    if (rel.kind !== 'manyToMany' || rel.join?.kind !== 'table') continue;
    const join = rel.join;
    const owner = entities.get(rel.owner.entity);
    const ownerField = owner?.fields.find((f) => f.name === rel.owner.field);
    const target = entities.get(rel.inverse?.entity ?? (ownerField?.kind === 'relation' ? ownerField.target : ''));
    const table = tables.get(join.table);
    if (!owner || !target || !table) continue;
    const base = `${upperFirst(owner.name)}${upperFirst(singularize(rel.owner.field))}`.replace(/^_+/, '');
    const name = types.claim([base, `${base}Link`], (c) => nameProblem(c, 'type') !== undefined);
    const scope = new NameScope();
    const jm: JoinModel = { name, table, relation: rel, fields: [] };
    const sides = [
      { column: join.ownerColumn, entity: owner, field: rel.owner },
      { column: join.targetColumn, entity: target, field: rel.inverse },
    ];
    for (const s of sides) {
      const column = table.columns.find((c) => c.name === s.column);
      const fk = table.foreignKeys.find((k) => k.columns.length === 1 && k.columns[0] === s.column);
      if (!column || !fk) continue;
      const keyColumn = fk.refColumns[0]!;
      const stem = s.column.endsWith(`_${keyColumn}`) ? s.column.slice(0, -keyColumn.length - 1) : `${s.column}_ref`;
      const relField = scope.claim([camelFromSnake(stem)]);
      const fkField = scope.claim([camelFromSnake(s.column)]);
      const link: Link = {
        name: `${rel.name}.${relField}`,
        needsName: false,
        from: name,
        fromField: relField,
        optional: false,
        to: modelName.get(s.entity.name)!,
        toList: true,
        fields: [fkField],
        references: [fieldOfColumn(s.entity, keyColumn)],
        foreignKey: fk,
        fromTable: table.name,
      };
      if (s.field) {
        link.toField = fieldOf(s.field.entity, s.field.field);
        otherSide.set(key(s.field.entity, s.field.field), link);
      }
      links.push(link);
      jm.fields.push({ fk: fkField, column, link });
    }
    joinModels.push(jm);
  }

  // Sides the spec leaves out, added to the referenced model: `orders Order[]` / `profile Profile?` after
  // the owning entity, or `<field>Of<Owners>` (`managerOfEmployees`) for a self-relation, when the owning
  // entity refers to this one more than once, or when the plain name is taken.
  const added = new Map<string, Link[]>(); // entity → links whose other side is added there
  const lacking = links.filter((l) => l.toField === undefined && l.relation);
  for (const link of lacking) {
    const rel = link.relation!;
    const targetEntity = rel.foreignKey!.references.entity;
    const ownerEntity = rel.owner.entity;
    const siblings = lacking.filter((l) => l.relation!.owner.entity === ownerEntity && l.relation!.foreignKey!.references.entity === targetEntity).length;
    const plain = link.toList ? lowerFirst(pluralize(ownerEntity)) : lowerFirst(ownerEntity);
    const qualified = `${rel.owner.field}Of${upperFirst(plain)}`;
    const candidates = siblings > 1 || rel.selfRelation ? [qualified] : [plain, qualified];
    link.toField = fieldScopes.get(targetEntity)!.claim(candidates.map((c) => (nameProblem(c, 'field') ? fixedName(c) : c)));
    const list = added.get(targetEntity) ?? [];
    list.push(link);
    added.set(targetEntity, list);
  }

  // Relation names: a self-relation, or more than one relation between two models.
  const pairCount = new Map<string, number>();
  const pairKey = (l: Link): string => (l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`);
  for (const l of links) pairCount.set(pairKey(l), (pairCount.get(pairKey(l)) ?? 0) + 1);
  for (const l of links) l.needsName = l.from === l.to || (pairCount.get(pairKey(l)) ?? 0) > 1;

  // ---- Fields.
  const relationArgs = (l: Link): string => {
    const args: string[] = [];
    if (l.needsName) args.push(prismaString(l.name));
    args.push(`fields: [${l.fields.join(', ')}]`, `references: [${l.references.join(', ')}]`);
    const defaultDelete: ReferentialAction = l.optional ? 'setNull' : 'restrict';
    if (l.foreignKey.onDelete !== defaultDelete) args.push(`onDelete: ${ACTIONS[l.foreignKey.onDelete]}`);
    if (l.foreignKey.onUpdate !== 'cascade') args.push(`onUpdate: ${ACTIONS[l.foreignKey.onUpdate]}`);
    if (provider !== 'sqlite' && l.foreignKey.name !== `${l.fromTable}_${l.foreignKey.columns.join('_')}_fkey`) args.push(`map: ${prismaString(l.foreignKey.name)}`);
    return `@relation(${args.join(', ')})`;
  };
  const fkField = (l: Link, doc: readonly string[]): PrismaField => ({
    name: l.fromField, type: `${l.to}${l.optional ? '?' : ''}`, attributes: [relationArgs(l)], doc,
  });
  const backField = (l: Link, doc: readonly string[]): PrismaField => ({
    name: l.toField!, type: l.toList ? `${l.from}[]` : `${l.from}?`, attributes: l.needsName ? [`@relation(${prismaString(l.name)})`] : [], doc,
  });

  /** A column's Prisma type (with `?`/`[]`) and attributes. */
  const columnField = (table: Table, name: string, column: Column, enumOf: string | undefined, doc: readonly string[]): PrismaField => {
    const attributes: string[] = [];
    let type: string;
    let native: string | undefined;
    const t = column.type;
    switch (t.kind) {
      case 'uuid':
        type = 'String';
        native = provider === 'postgresql' ? '@db.Uuid' : provider === 'mysql' ? '@db.Char(36)' : undefined;
        break;
      case 'string':
        type = 'String';
        native = provider !== 'sqlite' && t.length !== undefined ? `@db.VarChar(${t.length})` : undefined;
        break;
      case 'text':
        type = 'String';
        native = provider === 'mysql' ? '@db.Text' : undefined;
        break;
      case 'int': type = 'Int'; break;
      case 'bigint': type = 'BigInt'; break;
      case 'decimal':
        type = 'Decimal';
        native = provider !== 'sqlite' ? `@db.Decimal(${t.precision}, ${t.scale})` : undefined;
        break;
      case 'float': type = 'Float'; break;
      case 'boolean': type = 'Boolean'; break;
      case 'date':
        type = 'DateTime';
        native = provider !== 'sqlite' ? '@db.Date' : undefined;
        break;
      case 'datetime':
        type = 'DateTime';
        native = provider === 'postgresql' ? '@db.Timestamptz(3)' : undefined;
        break;
      case 'json': type = 'Json'; break;
      case 'bytes': type = 'Bytes'; break;
      case 'enum': {
        const e = enumOf ?? enumBySqlType.get(t.type) ?? '';
        usedEnums.add(e);
        type = enumName.get(e) ?? e;
        break;
      }
    }
    const pk = table.primaryKey.columns.length === 1 && table.primaryKey.columns[0] === column.name;
    if (pk) attributes.push(provider === 'postgresql' && table.primaryKey.name !== `${table.name}_pkey` ? `@id(map: ${prismaString(table.primaryKey.name)})` : '@id');
    const def = defaultOf(column, enumOf ?? (t.kind === 'enum' ? enumBySqlType.get(t.type) : undefined));
    if (def !== undefined) attributes.push(`@default(${def})`);
    if (column.onUpdateNow) attributes.push('@updatedAt');
    const unique = table.uniques.find((u) => u.columns.length === 1 && u.columns[0] === column.name);
    if (unique) attributes.push(unique.name !== `${table.name}_${column.name}_key` ? `@unique(map: ${prismaString(unique.name)})` : '@unique');
    if (column.name !== name) attributes.push(`@map(${prismaString(column.name)})`);
    if (native) attributes.push(native);
    return { name, type: `${type}${column.list ? '[]' : column.nullable ? '?' : ''}`, attributes, doc };
  };

  const defaultOf = (column: Column, enumOf: string | undefined): string | undefined => {
    if (column.identity) return 'autoincrement()';
    const d = column.default;
    if (!d || column.list) return undefined;
    const kind = column.type.kind;
    switch (d.kind) {
      case 'uuid': return 'uuid()';
      case 'now': return 'now()';
      case 'boolean':
      case 'number':
        return kind === 'json' ? prismaString(jsonDefault(d.value)) : String(d.value);
      case 'string':
        if (kind === 'enum') return enumValueName.get(enumOf ?? '')?.get(d.value) ?? d.value;
        if (kind === 'date' || kind === 'datetime') return prismaString(rfc3339(d.value));
        if (kind === 'json') return prismaString(jsonDefault(d.value));
        if (kind === 'bytes') return prismaString(Buffer.from(d.value, 'utf8').toString('base64'));
        return prismaString(d.value);
    }
  };

  const blockAttributes = (table: Table, modelNameOf: string, fieldOfCol: (c: string) => string): { attributes: string[]; comments: string[] } => {
    const attributes: string[] = [];
    const pk = table.primaryKey;
    if (pk.columns.length > 1) {
      const map = provider === 'postgresql' && pk.name !== `${table.name}_pkey` ? `, map: ${prismaString(pk.name)}` : '';
      attributes.push(`@@id(${fieldList(pk.columns.map((c) => ({ name: fieldOfCol(c) })))}${map})`);
    }
    const mapArg = (name: string, columns: readonly string[], suffix: string): string =>
      name !== `${table.name}_${columns.join('_')}_${suffix}` ? `, map: ${prismaString(name)}` : '';
    for (const u of table.uniques) {
      if (u.columns.length < 2) continue;
      attributes.push(`@@unique(${fieldList(u.columns.map((c) => ({ name: fieldOfCol(c) })))}${mapArg(u.name, u.columns, 'key')})`);
    }
    const indexAttribute = (ix: Table['indexes'][number]): string => {
      const cols = ix.columns.map((c) => ({ name: fieldOfCol(c.name), desc: c.desc }));
      let where = '';
      if (ix.where) {
        preview.add(PREVIEW_PARTIAL_INDEXES);
        where = `, where: raw(${prismaString(exprSql(dialect, ix.where))})`;
      }
      const names = ix.columns.map((c) => c.name);
      return `@@${ix.unique ? 'unique' : 'index'}(${fieldList(cols)}${mapArg(ix.name, names, ix.unique ? 'key' : 'idx')}${where})`;
    };
    for (const ix of table.indexes) if (ix.unique) attributes.push(indexAttribute(ix));
    for (const ix of table.indexes) if (!ix.unique) attributes.push(indexAttribute(ix));
    if (table.name !== modelNameOf) attributes.push(`@@map(${prismaString(table.name)})`);
    const comments: string[] = [];
    if (table.checks.length > 0) {
      comments.push(`Check constraint${table.checks.length > 1 ? 's' : ''}, in the migrations only (Prisma cannot declare ${table.checks.length > 1 ? 'them' : 'it'}):`);
      for (const c of table.checks) comments.push(`- ${prismaLineComment(c.name)}: ${prismaLineComment(exprSql(dialect, c.expr))}`);
    }
    return { attributes, comments };
  };

  // ---- Models.
  const models: PrismaBlock[] = [];
  for (const e of model.entities) {
    const table = tables.get(e.table);
    if (!table) continue;
    const name = modelName.get(e.name)!;
    const fields: PrismaField[] = [];
    for (const f of e.fields) {
      const doc = docLines(f.doc);
      const k = key(e.name, f.name);
      if (f.kind !== 'relation') {
        const column = table.columns.find((c) => c.name === f.column);
        if (column) fields.push(columnField(table, fieldOf(e.name, f.name), column, f.kind === 'enum' ? f.enum : undefined, doc));
        continue;
      }
      const own = fkSide.get(k);
      if (own) {
        fields.push(fkField(own, doc));
        continue;
      }
      const other = otherSide.get(k);
      // Without either, it is a `through` field left out (reported above).
      if (other) fields.push(backField(other, doc));
    }
    for (const l of added.get(e.name) ?? []) {
      const rel = l.relation!;
      fields.push(backField(l, docLines(`The other side of \`${rel.owner.entity}.${rel.owner.field}\`, added because Prisma needs both sides of a relation.`)));
    }
    const { attributes, comments } = blockAttributes(table, name, (c) => fieldOfColumn(e, c));
    models.push({ kind: 'model', name, doc: docLines(e.doc), fields, comments, attributes });
  }
  for (const jm of joinModels) {
    const fields: PrismaField[] = [];
    const fieldByColumn = new Map<string, string>();
    for (const s of jm.fields) {
      fields.push(fkField(s.link, []));
      fields.push(columnField(jm.table, s.fk, s.column, undefined, []));
      fieldByColumn.set(s.column.name, s.fk);
    }
    const { attributes, comments } = blockAttributes(jm.table, jm.name, (c) => fieldByColumn.get(c) ?? camelFromSnake(c));
    const rel = jm.relation;
    const sides = rel.inverse ? `\`${rel.owner.entity}.${rel.owner.field}\` and \`${rel.inverse.entity}.${rel.inverse.field}\`` : `\`${rel.owner.entity}.${rel.owner.field}\``;
    const doc = docLines(`The join table of the many-to-many relation ${sides}: a model, so that Prisma uses the table the migrations create.`);
    models.push({ kind: 'model', name: jm.name, doc, fields, comments, attributes });
  }

  // ---- Enums (those a column uses).
  const enums: PrismaBlock[] = [];
  for (const en of model.enums) {
    if (!usedEnums.has(en.name)) continue;
    const name = enumName.get(en.name)!;
    const values = enumValueName.get(en.name)!;
    const fields = en.values.map((v): PrismaField => {
      const prismaName = values.get(v.name)!;
      return { name: prismaName, type: '', attributes: prismaName !== v.name ? [`@map(${prismaString(v.name)})`] : [], doc: docLines(v.doc) };
    });
    const sqlType = fitName(snakeCase(en.name), NAME_LIMITS[dialect]);
    const attributes = provider === 'postgresql' && sqlType !== name ? [`@@map(${prismaString(sqlType)})`] : [];
    enums.push({ kind: 'enum', name, doc: docLines(en.doc), fields, comments: [], attributes });
  }

  return { provider, previewFeatures: [...preview].sort(), enums, models };
}
