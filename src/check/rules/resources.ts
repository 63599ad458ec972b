/**
 * Rules for each resource (after `resolveResources`): pagination is sane,
 * filter/sort/search fields are real columns of the entity, `search` has
 * fields, access rules target real operations or actions and resolve, rate
 * limits and cache durations parse, action types resolve. Resources whose
 * entity did not resolve skip the field rules (already reported).
 */
import type { Span } from '../../core/span.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { parseDuration, parseOrderItem, parseRate, type OrderItemNode } from '../../syntax/expr/values.js';
import { at, entriesOf, entryOf, isNumber, isString, keySpan, listOf, ptr, reportAll, reportAt, sourceAt, valueSpan, type CheckContext } from '../context.js';
import { resolveAccessAt } from '../access.js';
import { columnFields, lookupField } from '../lookup.js';
import { keptQuiet, orderItemOf } from '../parsed.js';
import { TEXT_SEARCHABLE, typeText, type EntityInfo } from '../symbols.js';
import { resolveFields, resolveTypeAt } from '../types.js';
import type { ResourceInfo } from '../resources.js';

export type ResourceRule = (resource: ResourceInfo, ctx: CheckContext) => void;

const ALL_OPERATIONS = ['list', 'get', 'create', 'update', 'delete', 'search'];

export const paginationIsSane: ResourceRule = (r, ctx) => {
  const p = r.doc.pagination;
  const pointer = `${r.pointer}/pagination`;
  for (const key of ['default', 'max'] as const) {
    const v = p?.[key];
    if (isNumber(v) && (v < 1 || !Number.isInteger(v))) {
      reportAt(ctx, 'value-out-of-range', { what: `The page size \`${key}\``, range: 'a whole number of at least 1', value: v }, at(valueSpan(ctx, `${pointer}/${key}`)));
    }
  }
  if (isNumber(p?.default) && isNumber(p?.max) && p.default > p.max) {
    reportAt(ctx, 'invalid-pagination', { default: p.default, max: p.max }, at(valueSpan(ctx, `${pointer}/default`)));
  }
};

export const filterFieldsExist: ResourceRule = (r, ctx) => {
  const e = r.entity;
  if (!e) return;
  listOf(r.doc.filter).forEach((name, i) => {
    const span = (): Span | undefined => valueSpan(ctx, `${r.pointer}/filter/${i}`);
    const f = isString(name) ? lookupField(ctx, e, name, span) : undefined;
    if (f) columnFields(ctx, e, f, 'filtered', span, false);
  });
};

function sortItemResolves(ctx: CheckContext, e: EntityInfo, node: OrderItemNode | undefined): void {
  const f = node && lookupField(ctx, e, node.field, node.fieldSpan);
  if (f && node) columnFields(ctx, e, f, 'sorted', node.fieldSpan, true);
}

/**
 * Checks the sort item `text` at `pointer` (`what` names it in messages): a
 * sortable field of `e`. First from its memoized parse (see `parsed.ts`).
 */
export function checkSortItem(ctx: CheckContext, e: EntityInfo, text: string, pointer: string, what: string): void {
  const quick = orderItemOf(ctx, text);
  if (quick) {
    const since = ctx.diagnostics.length;
    sortItemResolves(ctx, e, quick);
    if (keptQuiet(ctx, since)) return;
  }
  const { node, diagnostics } = parseOrderItem(sourceAt(ctx, pointer, text), what);
  reportAll(ctx, diagnostics);
  sortItemResolves(ctx, e, node);
}

export const sortFieldsExist: ResourceRule = (r, ctx) => {
  const e = r.entity;
  if (!e) return;
  const sort = listOf(r.doc.sort);
  for (let i = 0; i < sort.length; i++) checkSortItem(ctx, e, String(sort[i]), `${r.pointer}/sort/${i}`, 'the sort field');
};

export const searchFieldsAreText: ResourceRule = (r, ctx) => {
  const e = r.entity;
  if (!e) return;
  listOf(r.doc.search).forEach((name, i) => {
    const span = (): Span | undefined => valueSpan(ctx, `${r.pointer}/search/${i}`);
    const f = isString(name) ? lookupField(ctx, e, name, span) : undefined;
    const t = f?.type;
    if (!f || !t) return;
    if (t.base.kind === 'scalar' && t.base.type === 'secret') reportAt(ctx, 'secret-misuse', { field: f.name, use: 'searched' }, at(span()));
    else if (t.list || t.base.kind !== 'scalar' || !TEXT_SEARCHABLE.has(t.base.type)) reportAt(ctx, 'search-field-not-text', { field: f.name, type: typeText(t) }, at(span()));
  });
};

export const searchNeedsFields: ResourceRule = (r, ctx) => {
  if (!r.operations.includes('search') || listOf(r.doc.search).length > 0) return;
  const i = r.operations.indexOf('search');
  reportAt(ctx, 'search-without-fields', { resource: r.name }, at(valueSpan(ctx, `${r.pointer}/operations/${i}`)));
};

/** The operations and actions an access key names; reports unknown ones. */
function accessTargets(ctx: CheckContext, r: ResourceInfo, key: string): string[] {
  const span = (): Span | undefined => keySpan(ctx, ptr('resources', r.name, 'access', key));
  const out: string[] = [];
  for (const part of key.split(',')) {
    const name = part.trim();
    if (name === '') continue;
    if ((r.operations as string[]).includes(name) || entryOf(r.doc.actions, name) !== undefined) out.push(name);
    else if (ALL_OPERATIONS.includes(name)) reportAt(ctx, 'access-operation-disabled', { operation: name, resource: r.name }, at(span()));
    else {
      const actions = entriesOf(r.doc.actions).map(([n]) => n);
      reportAt(ctx, 'unknown-resource-operation', { resource: r.name, name }, at(span(), didYouMeanHint(name, [...r.operations, ...actions])));
    }
  }
  return out;
}

export const accessRulesResolve: ResourceRule = (r, ctx) => {
  if (!r.entity) return; // unknown entity: reported; its fields could not resolve
  for (const [key, rule] of entriesOf(r.doc.access)) {
    const targets = accessTargets(ctx, r, key);
    if (targets.length === 0) continue;
    const pointer = ptr('resources', r.name, 'access', key);
    const scope = { what: `the access rule of \`${targets.join(', ')}\` in resource \`${r.name}\``, entity: r.entity };
    resolveAccessAt(ctx, rule, pointer, scope);
  }
};

export const rateAndCacheParse: ResourceRule = (r, ctx) => {
  if (isString(r.doc.rateLimit)) reportAll(ctx, parseRate(sourceAt(ctx, `${r.pointer}/rateLimit`, r.doc.rateLimit)).diagnostics);
  if (isString(r.doc.cache)) reportAll(ctx, parseDuration(sourceAt(ctx, `${r.pointer}/cache`, r.doc.cache)).diagnostics);
};

export const actionTypesResolve: ResourceRule = (r, ctx) => {
  for (const [name, a] of entriesOf(r.doc.actions)) {
    const pointer = ptr('resources', r.name, 'actions', name);
    resolveFields(ctx, name, `Action \`${name}\``, a.input, `${pointer}/input`);
    if (a.output !== undefined) resolveTypeAt(ctx, a.output, `${pointer}/output`);
  }
};

/** Run in order for each resource. */
export const resourceRules: readonly ResourceRule[] = [
  paginationIsSane,
  filterFieldsExist,
  sortFieldsExist,
  searchFieldsAreText,
  searchNeedsFields,
  accessRulesResolve,
  rateAndCacheParse,
  actionTypesResolve,
];
