/**
 * Builds IR resources from the resolved `ResourceInfo`s: defaults for
 * pagination, expose and access (see `model/api.ts`), filter fields with FK
 * expansion, sort items, actions with their full paths and data types.
 */
import type { Action, OperationAccess, Resource, ResourceField } from '../../model/api.js';
import type { AccessRule } from '../../model/expr.js';
import type { ApiStyle, OrderItem } from '../../model/types.js';
import { parseDuration, parseRate } from '../../syntax/expr/values.js';
import { entriesOf, isNumber, isString, listOf, originAt, ptr, textOnly, type CheckContext } from '../context.js';
import { orderItemOf } from '../parsed.js';
import type { ResourceInfo } from '../resources.js';
import { dataFieldsAt, docOf, typeRefAt } from './fields.js';

export const DEFAULT_PAGINATION = { style: 'cursor', default: 20, max: 100 } as const;

/** The rule of an operation without a declared one. */
export function defaultAccess(ctx: CheckContext): AccessRule {
  return ctx.doc.auth ? { kind: 'authenticated' } : { kind: 'public' };
}

function paginationOf(r: ResourceInfo): Resource['pagination'] {
  const p = r.doc.pagination;
  const max = isNumber(p?.max) ? p.max : Math.max(DEFAULT_PAGINATION.max, isNumber(p?.default) ? p.default : 0);
  const dflt = isNumber(p?.default) ? p.default : Math.min(DEFAULT_PAGINATION.default, max);
  return { style: p?.style === 'offset' ? 'offset' : 'cursor', default: dflt, max };
}

function filterOf(r: ResourceInfo): ResourceField[] {
  return listOf(r.doc.filter).filter(isString).map((field) => {
    const fks = r.entity?.foreignKeys.get(field);
    return fks ? { field, foreignKey: fks.map((f) => f.name) } : { field };
  });
}

export function orderItemsOf(ctx: CheckContext, items: readonly unknown[]): OrderItem[] {
  const out: OrderItem[] = [];
  for (const text of items) {
    const node = orderItemOf(ctx, String(text));
    if (node) out.push({ field: node.field, direction: node.direction });
  }
  return out;
}

function accessOf(ctx: CheckContext, r: ResourceInfo, actions: readonly string[]): OperationAccess[] {
  const declared = new Map<string, AccessRule>();
  for (const [key] of entriesOf(r.doc.access)) {
    const rule = ctx.resolved.access.get(ptr('resources', r.name, 'access', key));
    if (!rule) continue;
    for (const target of key.split(',').map((s) => s.trim())) declared.set(target, rule);
  }
  return [...r.operations, ...actions].map((operation) => {
    const rule = declared.get(operation);
    return { operation, rule: rule ?? defaultAccess(ctx), implicit: rule === undefined };
  });
}

function actionsOf(ctx: CheckContext, r: ResourceInfo): Action[] {
  const declared = entriesOf(r.doc.actions);
  if (declared.length === 0) return [];
  const endpoints = new Map(r.endpoints!.filter((e) => e.kind === 'action').map((e) => [e.name, e]));
  return declared.map(([name, a]) => {
    const pointer = ptr('resources', r.name, 'actions', name);
    const endpoint = endpoints.get(name)!;
    const output = typeRefAt(ctx, a.output, `${pointer}/output`);
    return {
      name, ...docOf(a.doc), method: endpoint.method, path: endpoint.path, on: a.on === 'collection' ? 'collection' : 'item',
      input: dataFieldsAt(ctx, `Action \`${name}\``, a.input, `${pointer}/input`), ...(output ? { output } : {}), origin: originAt(ctx, pointer),
    };
  });
}

function limitsOf(r: ResourceInfo): Pick<Resource, 'rateLimit' | 'cacheMs'> {
  const rate = isString(r.doc.rateLimit) ? parseRate(textOnly(r.doc.rateLimit)).node : undefined;
  const cache = isString(r.doc.cache) ? parseDuration(textOnly(r.doc.cache)).node : undefined;
  return { ...(rate ? { rateLimit: { count: rate.count, perSeconds: rate.perSeconds } } : {}), ...(cache ? { cacheMs: cache.ms } : {}) };
}

export function buildResource(ctx: CheckContext, r: ResourceInfo, api: readonly ApiStyle[]): Resource {
  const actions = actionsOf(ctx, r);
  return {
    name: r.name, ...docOf(r.doc.doc), entity: r.entity!.name, path: r.path!,
    ...(r.parent ? { parent: { resource: r.parent.resource, field: r.parent.field.name, foreignKey: r.parent.foreignKey.map((f) => f.name) } } : {}),
    operations: r.operations, endpoints: r.endpoints!, pagination: paginationOf(r), filter: filterOf(r),
    sort: orderItemsOf(ctx, listOf(r.doc.sort)), search: listOf(r.doc.search).filter(isString),
    access: accessOf(ctx, r, actions.map((a) => a.name)), ...limitsOf(r),
    expose: Array.isArray(r.doc.expose) ? [...r.doc.expose] : api, actions, origin: originAt(ctx, r.pointer),
  };
}
