/**
 * Rules for named queries: the entity exists; `where` resolves against it
 * (joins through single relations allowed) with `$params` typed from the
 * fields they are compared with — every parameter must get a type; `orderBy`
 * names sortable fields; `limit` is at least 1. The parameter list is cached
 * for the model builder.
 */
import type { QueryDoc } from '../../syntax/document.js';
import { at, isNumber, listOf, reportAt, valueSpan, type CheckContext, type Named } from '../context.js';
import { resolveConditionAt, type ParamInfo } from '../conditions.js';
import { lookupEntity } from '../lookup.js';
import { checkSortItem } from './resources.js';

export type QueryRule = (query: Named<QueryDoc>, ctx: CheckContext) => void;

export const queryWhereResolves: QueryRule = (q, ctx) => {
  const entity = lookupEntity(ctx, q.doc.entity, () => valueSpan(ctx, `${q.pointer}/entity`));
  if (!entity || q.doc.where === undefined) return;
  const params = new Map<string, ParamInfo>();
  const pointer = `${q.pointer}/where`;
  const c = resolveConditionAt(ctx, q.doc.where, pointer, { what: `the \`where\` of query \`${q.name}\``, entity, params, joins: true });
  if (!c) return;
  ctx.resolved.conditions.set(pointer, c);
  let typed = true;
  for (const p of params.values()) {
    if (p.type) continue;
    typed = false;
    reportAt(ctx, 'param-type-unknown', { name: p.name }, at(p.span));
  }
  if (typed) ctx.resolved.queryParams.set(q.pointer, [...params.values()].map((p) => ({ name: p.name, type: p.type! })));
};

export const orderByFieldsExist: QueryRule = (q, ctx) => {
  const entity = typeof q.doc.entity === 'string' ? ctx.entities.get(q.doc.entity) : undefined;
  if (!entity) return;
  listOf(q.doc.orderBy).forEach((text, i) => checkSortItem(ctx, entity, String(text), `${q.pointer}/orderBy/${i}`, 'the orderBy item'));
};

export const limitIsPositive: QueryRule = (q, ctx) => {
  const n = q.doc.limit;
  if (isNumber(n) && (n < 1 || !Number.isInteger(n))) {
    reportAt(ctx, 'value-out-of-range', { what: `\`limit\` of query \`${q.name}\``, range: 'a whole number of at least 1', value: n }, at(valueSpan(ctx, `${q.pointer}/limit`)));
  }
};

export const queryRules: readonly QueryRule[] = [queryWhereResolves, orderByFieldsExist, limitIsPositive];
