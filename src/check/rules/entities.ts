/**
 * Rules for each entity and across entities: index fields name real columns,
 * partial index conditions and table checks resolve against the entity's own
 * fields, table, column and index names are unique. Resolved conditions are
 * cached for the model builder.
 */
import { columnName, indexName, joinTableName } from '../../model/naming.js';
import { parseOrderItem, type OrderItemNode } from '../../syntax/expr/values.js';
import { at, isString, keySpan, listOf, reportAll, reportAt, sourceAt, valueSpan, type CheckContext } from '../context.js';
import { resolveConditionAt } from '../conditions.js';
import { columnFields, lookupField } from '../lookup.js';
import { keptQuiet, orderItemOf } from '../parsed.js';
import type { EntityInfo, FieldInfo } from '../symbols.js';
import type { Expr } from '../../model/expr.js';

export type EntityRule = (entity: EntityInfo, ctx: CheckContext) => void;

type IndexColumn = { field: FieldInfo; direction: 'asc' | 'desc' };

function itemColumns(ctx: CheckContext, e: EntityInfo, node: OrderItemNode | undefined): FieldInfo[] | undefined {
  const f = node && lookupField(ctx, e, node.field, node.fieldSpan);
  return f && columnFields(ctx, e, f, 'indexed', node.fieldSpan, true);
}

/** The columns of one index field (first from its memoized parse, see `parsed.ts`); undefined when it failed (reported). */
function indexFieldColumns(ctx: CheckContext, e: EntityInfo, i: number, j: number, text: string): { cols: FieldInfo[]; direction: 'asc' | 'desc' } | undefined {
  const quick = orderItemOf(ctx, text);
  if (quick) {
    const since = ctx.diagnostics.length;
    const cols = itemColumns(ctx, e, quick);
    if (keptQuiet(ctx, since)) return cols && { cols, direction: quick.direction };
  }
  const { node, diagnostics } = parseOrderItem(sourceAt(ctx, `${e.pointer}/indexes/${i}/fields/${j}`, text), 'the index field');
  reportAll(ctx, diagnostics);
  const cols = itemColumns(ctx, e, node);
  return cols && node && { cols, direction: node.direction };
}

/** The scalar fields of index `i`, in order; undefined when a field failed (reported). */
export function indexColumns(ctx: CheckContext, e: EntityInfo, i: number): IndexColumn[] | undefined {
  const out: IndexColumn[] = [];
  let ok = true;
  const fields = listOf(e.doc.indexes?.[i]?.fields);
  for (let j = 0; j < fields.length; j++) {
    const item = indexFieldColumns(ctx, e, i, j, String(fields[j]));
    if (!item) ok = false;
    else for (const field of item.cols) out.push({ field, direction: item.direction });
  }
  return ok ? out : undefined;
}

function usesUnsupportedMongoOperator(x: Expr): boolean {
  switch (x.kind) {
    case 'or':
    case 'not': return true;
    case 'and': return usesUnsupportedMongoOperator(x.left) || usesUnsupportedMongoOperator(x.right);
    case 'compare': return x.op === '!=';
    case 'in': return x.negated;
    default: return false;
  }
}

export const indexesNameRealFields: EntityRule = (e, ctx) => {
  listOf(e.doc.indexes).forEach((_, i) => {
    const cols = indexColumns(ctx, e, i);
    if (cols) ctx.resolved.indexColumns.set(`${e.pointer}/indexes/${i}`, cols);
  });
};

/** The column name of a field with a column. */
export function columnOf(f: FieldInfo): string {
  return isString(f.doc.column) ? f.doc.column : columnName(f.name);
}

export const indexConditionsResolve: EntityRule = (e, ctx) => {
  listOf(e.doc.indexes).forEach((ix, i) => {
    if (ix?.where === undefined) return;
    const pointer = `${e.pointer}/indexes/${i}/where`;
    const c = resolveConditionAt(ctx, ix.where, pointer, { what: `the condition of an index of \`${e.name}\``, entity: e, joins: false });
    if (!c) return;
    ctx.resolved.conditions.set(pointer, c);
    if (ctx.doc.backend?.database === 'mongodb' && usesUnsupportedMongoOperator(c.expr)) {
      reportAt(ctx, 'database-unsupported-feature', { feature: 'A partial index condition with `or`, `not`, `!=` or `not in`', database: 'mongodb' }, at(valueSpan(ctx, pointer)));
    }
  });
};

export const tableChecksResolve: EntityRule = (e, ctx) => {
  listOf(e.doc.checks).forEach((text, i) => {
    const pointer = `${e.pointer}/checks/${i}`;
    const c = resolveConditionAt(ctx, text, pointer, { what: `the check of \`${e.name}\``, entity: e, joins: false });
    if (c) ctx.resolved.conditions.set(pointer, c);
  });
};

/** Columns (of scalars, enums and FK fields, declared or implicit) are unique case-insensitively. */
export const columnsAreUnique: EntityRule = (e, ctx) => {
  const seen = new Map<string, FieldInfo>();
  for (const f of e.byName.values()) {
    if (!f.type || f.type.base.kind === 'entity') continue;
    const column = columnOf(f);
    const folded = column.toLowerCase();
    const other = seen.get(folded);
    if (!other) {
      seen.set(folded, f);
      continue;
    }
    const sameName = other.name.toLowerCase() === f.name.toLowerCase() && f.doc.column === undefined && other.doc.column === undefined;
    if (sameName) continue; // reported as duplicate-field (or reserved-field-name) already
    const span = f.doc.column !== undefined ? valueSpan(ctx, `${f.pointer}/column`) : keySpan(ctx, f.pointer);
    reportAt(ctx, 'duplicate-column', { column, field: f.name, other: other.name }, at(span));
  }
};

/** Run in order for each entity. */
export const entityRules: readonly EntityRule[] = [indexesNameRealFields, indexConditionsResolve, tableChecksResolve, columnsAreUnique];

/** Tables of entities and implicit join tables are unique (case-insensitively). */
export function tablesAreUnique(ctx: CheckContext): void {
  const seen = new Map<string, string>();
  for (const e of ctx.entities.values()) {
    const table = e.table;
    const other = seen.get(table.toLowerCase());
    if (other) reportAt(ctx, 'duplicate-table', { table, other }, at(e.doc.table !== undefined ? valueSpan(ctx, `${e.pointer}/table`) : keySpan(ctx, e.pointer)));
    else seen.set(table.toLowerCase(), e.name);
  }
  for (const r of ctx.relations) {
    if (r.kind !== 'manyToMany' || r.through) continue;
    const table = joinTableName(r.owner.entity, r.owner.name);
    const other = seen.get(table);
    if (other) reportAt(ctx, 'duplicate-table', { table, other }, at(keySpan(ctx, r.owner.pointer), `\`${table}\` is the implicit join table of \`${r.owner.entity}.${r.owner.name}\`; set \`relation.through\` to an entity of your own.`));
    else seen.set(table, `${r.owner.entity}.${r.owner.name}`);
  }
}

/** Index names (declared or derived) are unique across the spec, as databases require. */
export function indexNamesAreUnique(ctx: CheckContext): void {
  const seen = new Set<string>();
  for (const e of ctx.entities.values()) {
    listOf(e.doc.indexes).forEach((ix, i) => {
      const pointer = `${e.pointer}/indexes/${i}`;
      const cols = ctx.resolved.indexColumns.get(pointer);
      if (!cols) return;
      const name = isString(ix?.name) ? ix.name : indexName(e.table, cols.map((c) => columnOf(c.field)), ix?.unique === true);
      if (seen.has(name)) reportAt(ctx, 'duplicate-index-name', { name }, at(valueSpan(ctx, ix?.name !== undefined ? `${pointer}/name` : pointer)));
      seen.add(name);
    });
  }
}
