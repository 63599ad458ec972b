/**
 * Resources of the IR: the API surface over entities, with every default
 * applied (path, operations, pagination, expose, access per operation) and
 * the derived endpoints (method + path) that REST-like emitters route.
 */
import type { AccessRule } from './expr.js';
import type { ApiStyle, DataField, OrderItem, Origin, RateLimit, TypeRef } from './types.js';

export type Operation = 'list' | 'get' | 'create' | 'update' | 'delete' | 'search';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Resource {
  readonly name: string;
  readonly doc?: string;
  readonly entity: string;
  /**
   * Collection path. Default `/<name>`; a nested resource's path is appended to
   * its parent's item path: `/customers/{customerId}/orders`.
   */
  readonly path: string;
  /** Set for a nested resource. */
  readonly parent?: ResourceParent;
  /** Defaults to list, get, create, update, delete. */
  readonly operations: readonly Operation[];
  /** Every operation and action as a route, in operation order then action order. */
  readonly endpoints: readonly Endpoint[];
  /** Defaults to `{style: 'cursor', default: 20, max: 100}`. */
  readonly pagination: Pagination;
  readonly filter: readonly ResourceField[];
  /** The first item is the default order; empty means primary key order. */
  readonly sort: readonly OrderItem[];
  /** Fields matched by the `search` operation. */
  readonly search: readonly string[];
  /**
   * One rule per operation and action, in that order. An operation without a
   * declared rule gets `authenticated` when the spec has auth, else `public`
   * (`implicit: true`).
   */
  readonly access: readonly OperationAccess[];
  /** Absent means no rate limit. */
  readonly rateLimit?: RateLimit;
  /** Cache lifetime of list/get responses in ms; absent means no caching. */
  readonly cacheMs?: number;
  /** Defaults to the backend's `api`. */
  readonly expose: readonly ApiStyle[];
  readonly actions: readonly Action[];
  readonly origin: Origin;
}

export interface ResourceParent {
  readonly resource: string;
  /** The relation field of this resource's entity pointing at the parent's entity. */
  readonly field: string;
  /** Its FK fields; each is a path parameter (`{customerId}`). */
  readonly foreignKey: readonly string[];
}

export interface Pagination {
  readonly style: 'cursor' | 'offset';
  readonly default: number;
  readonly max: number;
}

/** A filterable field; a relation filters by its FK fields (`foreignKey`). */
export interface ResourceField {
  readonly field: string;
  readonly foreignKey?: readonly string[];
}

export interface OperationAccess {
  /** An operation or action name. */
  readonly operation: string;
  readonly rule: AccessRule;
  readonly implicit: boolean;
}

/**
 * A route. Paths use `{param}` placeholders; item paths end with one
 * placeholder per primary key field (`/orders/{id}`). Methods: list GET,
 * get GET item, create POST, update PATCH item, delete DELETE item, search
 * GET `<path>/search`.
 */
export interface Endpoint {
  /** The operation or action name. */
  readonly name: string;
  readonly kind: 'operation' | 'action';
  readonly method: HttpMethod;
  readonly path: string;
}

export interface Action {
  readonly name: string;
  readonly doc?: string;
  /** Defaults to POST. */
  readonly method: HttpMethod;
  /** Full path; defaults to `<item path>/<kebab-name>` (item) or `<path>/<kebab-name>` (collection). */
  readonly path: string;
  /** Defaults to `item`. */
  readonly on: 'item' | 'collection';
  readonly input: readonly DataField[];
  /** Absent means no response body. */
  readonly output?: TypeRef;
  readonly origin: Origin;
}
