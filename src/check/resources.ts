/**
 * Pass 3d: resolve resources — entity, parent chain (no cycles; the entity
 * has exactly one single reference to the parent's entity, whose FK fields
 * become path parameters), collection and item paths, enabled operations and
 * the endpoint list. Shared by the resource rules and the model builder.
 *
 * Paths: `/<name>` unless `path` is given; a nested resource's path is
 * appended to `<parent path>/{<fk>}`. Item paths add `/{<key field>}` per key
 * field. Actions default to POST `<item path>/<kebab-name>` (or the collection
 * path for `on: collection`); an explicit action path is relative to the
 * collection path.
 */
import type { Span } from '../core/span.js';
import { kebabCase } from '../model/naming.js';
import type { Endpoint, HttpMethod, Operation } from '../model/api.js';
import type { ResourceDoc } from '../syntax/document.js';
import { at, entriesOf, isString, keySpan, ptr, reportAt, reportMalformed, valueSpan, type CheckContext } from './context.js';
import { lookupEntity, lookupName } from './lookup.js';
import { isSingleRef, type EntityInfo, type FieldInfo } from './symbols.js';

export const DEFAULT_OPERATIONS: readonly Operation[] = ['list', 'get', 'create', 'update', 'delete'];

export interface ResourceInfo {
  readonly name: string;
  readonly pointer: string;
  readonly doc: ResourceDoc;
  readonly entity?: EntityInfo;
  readonly operations: readonly Operation[];
  parent?: { readonly resource: string; readonly field: FieldInfo; readonly foreignKey: readonly FieldInfo[] };
  /** Undefined when the entity, key or parent failed (reported). */
  path?: string;
  itemPath?: string;
  endpoints?: Endpoint[];
}

const OPERATION_ROUTES: Record<Operation, { method: HttpMethod; item: boolean; suffix: string }> = {
  list: { method: 'GET', item: false, suffix: '' },
  get: { method: 'GET', item: true, suffix: '' },
  create: { method: 'POST', item: false, suffix: '' },
  update: { method: 'PATCH', item: true, suffix: '' },
  delete: { method: 'DELETE', item: true, suffix: '' },
  search: { method: 'GET', item: false, suffix: '/search' },
};

function createInfo(ctx: CheckContext, name: string, doc: ResourceDoc): ResourceInfo {
  const pointer = ptr('resources', name);
  if (!isString(doc.entity)) reportMalformed(ctx, `${pointer}/entity`, 'an entity name');
  const entity = lookupEntity(ctx, doc.entity, () => valueSpan(ctx, `${pointer}/entity`));
  const operations = Array.isArray(doc.operations) ? doc.operations.filter(isString) as Operation[] : DEFAULT_OPERATIONS;
  return entity ? { name, pointer, doc, entity, operations } : { name, pointer, doc, operations };
}

function resolveParent(ctx: CheckContext, r: ResourceInfo, all: Map<string, ResourceInfo>): void {
  const parentName = r.doc.parent;
  if (!isString(parentName)) return;
  const span = (): Span | undefined => valueSpan(ctx, `${r.pointer}/parent`);
  const parent = lookupName(all, parentName, (hint) => reportAt(ctx, 'unknown-resource', { name: parentName }, at(span(), hint)));
  if (!parent?.entity || !r.entity) return;
  const refs = r.entity.fields.filter((f) => isSingleRef(f) && f.type!.base.kind === 'entity' && f.type!.base.name === parent.entity!.name);
  const fks = refs.length === 1 ? r.entity.foreignKeys.get(refs[0]!.name) : undefined;
  if (refs.length !== 1) {
    reportAt(ctx, 'parent-without-relation', { entity: r.entity.name, parentEntity: parent.entity.name, count: refs.length }, at(span()));
  } else if (fks) {
    r.parent = { resource: parent.name, field: refs[0]!, foreignKey: fks };
  }
}

/** Computes `path` for `r` (and its ancestors), reporting cycles. */
function resolvePath(ctx: CheckContext, r: ResourceInfo, all: Map<string, ResourceInfo>, visiting: Set<string>): string | undefined {
  if (r.path !== undefined) return r.path;
  if (visiting.has(r.name)) {
    reportAt(ctx, 'parent-cycle', { resource: r.name }, at(valueSpan(ctx, `${r.pointer}/parent`)));
    return undefined;
  }
  const own = isString(r.doc.path) ? r.doc.path.replace(/\/+$/, '') || '/' : `/${r.name}`;
  if (isString(r.doc.parent) && !r.parent) return undefined;
  if (!r.parent) return (r.path = own);
  visiting.add(r.name);
  const parentPath = resolvePath(ctx, all.get(r.parent.resource)!, all, visiting);
  visiting.delete(r.name);
  if (parentPath === undefined) return undefined;
  const params = r.parent.foreignKey.map((f) => `/{${f.name}}`).join('');
  return (r.path = `${parentPath === '/' ? '' : parentPath}${params}${own === '/' ? '' : own}`);
}

function endpointsOf(r: ResourceInfo, path: string, itemPath: string): Endpoint[] {
  const out: Endpoint[] = r.operations.map((op) => {
    const route = OPERATION_ROUTES[op] ?? OPERATION_ROUTES.list;
    return { name: op, kind: 'operation', method: route.method, path: `${route.item ? itemPath : path}${route.suffix}` || '/' };
  });
  for (const [name, a] of entriesOf(r.doc.actions)) {
    const method: HttpMethod = isString(a.method) ? a.method : 'POST';
    const base = a.on === 'collection' ? path : itemPath;
    const actionPath = isString(a.path) ? `${path === '/' ? '' : path}${a.path}` : `${base === '/' ? '' : base}/${kebabCase(name)}`;
    out.push({ name, kind: 'action', method, path: actionPath });
  }
  return out;
}

/** Pass 3d (see module comment). */
export function resolveResources(ctx: CheckContext): void {
  const all = ctx.resources;
  for (const [name, doc] of entriesOf(ctx.doc.resources)) all.set(name, createInfo(ctx, name, doc));
  for (const r of all.values()) resolveParent(ctx, r, all);
  const visiting = new Set<string>(); // empty again after each resolvePath
  for (const r of all.values()) {
    const path = resolvePath(ctx, r, all, visiting);
    const key = r.entity?.key;
    if (path === undefined || !key) continue;
    r.itemPath = `${path === '/' ? '' : path}${key.columns.map((c) => `/{${c.name}}`).join('')}`;
    r.endpoints = endpointsOf(r, path, r.itemPath);
  }
}

/** A path with its parameters blanked: `/orders/{orderId}` → `/orders/{}`. */
function shapeOf(path: string): string {
  return path.includes('{') ? path.replace(/\{[^}]*\}/g, '{}') : path;
}

/** Each method + path shape (parameters ignored) is routed once across all resources. */
export function endpointsAreUnique(ctx: CheckContext): void {
  const seen = new Map<string, { endpoint: Endpoint; resource: string }>();
  for (const r of ctx.resources.values()) {
    if (!r.endpoints) continue;
    // Most endpoints are at the collection or item path: shape those once.
    const collection = shapeOf(r.path!);
    const item = shapeOf(r.itemPath!);
    for (const e of r.endpoints) {
      const shape = `${e.method} ${e.path === r.path ? collection : e.path === r.itemPath ? item : shapeOf(e.path)}`;
      const first = seen.get(shape);
      if (first === undefined) {
        seen.set(shape, { endpoint: e, resource: r.name });
        continue;
      }
      const other = `${first.endpoint.kind} \`${first.endpoint.name}\` of resource \`${first.resource}\``;
      const pointer = e.kind === 'action' ? ptr('resources', r.name, 'actions', e.name) : r.pointer;
      reportAt(ctx, 'duplicate-endpoint', { route: `${e.method} ${e.path}`, other }, at(keySpan(ctx, pointer)));
    }
  }
}
