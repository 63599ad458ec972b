/**
 * The API contract shared by every API target (`openapi`, `graphql`,
 * `proto`) and the generated services: what a client sends and receives for
 * each entity, the name of every operation, and the query conventions of
 * lists (pagination, filters, sort, search). One module, so the targets and
 * the service that implements them never disagree.
 *
 * Conventions (documented in the README's mapping tables):
 * - Responses carry every column field of the entity except `secret` ones
 *   (write-only). Relation navigation fields are not embedded: the FK fields
 *   (`customerId`) are.
 * - Create bodies hold the fields a client may set: not server-set fields
 *   (a key with a `uuid()`/`autoincrement()` default, managed timestamps) and
 *   not the FK fields a nested resource takes from its path. A field is
 *   required when it is not optional and has no default.
 * - Update bodies (PATCH) hold the create fields minus the primary key, all
 *   optional.
 * - Lists: cursor style takes `limit` and `cursor` and answers
 *   `{ items, nextCursor }`; offset style takes `limit` and `offset` and
 *   answers `{ items, total }`. Filters are equality matches on the declared
 *   fields (a relation filters by its FK fields), `sort` takes one declared
 *   sort field, `-` in front for descending; search takes `q`.
 * - Operation ids: `list<Resource>`, `get<Singular>`, `create<Singular>`,
 *   `update<Singular>`, `delete<Singular>`, `search<Resource>`, and for an
 *   action `<action><Singular>` (item) or `<action><Resource>` (collection),
 *   made unique across the spec.
 */
import type {
  Action, ApiStyle, Constraints, DataField, DefaultValue, Endpoint, Entity, Field, HttpMethod, Origin,
  Resource, ScalarType, ServiceModel, TypeRef,
} from '../../model/model.js';
import { singularize, upperFirst } from '../../model/naming.js';

/** The type of a contract field: a scalar (with decimal precision) or an enum. */
export type ApiType =
  | { readonly kind: 'scalar'; readonly type: ScalarType; readonly precision?: number; readonly scale?: number }
  | { readonly kind: 'enum'; readonly enum: string };

export interface ApiField {
  readonly name: string;
  readonly doc?: string;
  readonly type: ApiType;
  readonly list: boolean;
  /** May be null (an optional field). */
  readonly nullable: boolean;
  readonly constraints: Constraints;
  readonly default?: DefaultValue;
  /** Part of the primary key. */
  readonly id: boolean;
  readonly unique: boolean;
  /** Set by the server (generated key, managed timestamp): in responses only. */
  readonly readOnly: boolean;
  /** A `secret`: accepted in requests, never in responses. */
  readonly writeOnly: boolean;
  /** Set on FK fields: the relation field it belongs to and the referenced entity. */
  readonly foreignKey?: { readonly relation: string; readonly entity: string; readonly field: string };
  readonly origin: Origin;
}

/** A request field and whether a client must send it. */
export interface InputField {
  readonly field: ApiField;
  readonly required: boolean;
}

/** What a client sees of one entity. */
export interface EntityContract {
  readonly entity: Entity;
  /** Every column field, in entity order (secret ones are `writeOnly`). */
  readonly fields: readonly ApiField[];
  /** The fields of a response: `fields` without the write-only ones. */
  readonly output: readonly ApiField[];
  /** The primary key fields. */
  readonly key: readonly ApiField[];
}

/** A query parameter of a list, search or filter. */
export interface QueryParam {
  readonly name: string;
  readonly doc: string;
  readonly type: ApiType;
  readonly required: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number;
  /** Allowed values of a string parameter (sort). */
  readonly values?: readonly string[];
  /** The entity field a filter matches; absent for pagination, sort and search. */
  readonly field?: string;
}

/** A resource operation or action as every API target names and shapes it. */
export interface OperationContract {
  readonly resource: Resource;
  readonly endpoint: Endpoint;
  /** Unique across the spec, camelCase: `listProducts`, `cancelOrder`. */
  readonly operationId: string;
  readonly kind: 'list' | 'get' | 'create' | 'update' | 'delete' | 'search' | 'action';
  readonly action?: Action;
  /** The action's doc comment (operations are described by their resource). */
  readonly doc?: string;
  /** Path parameters, in path order (parent FK fields, then key fields). */
  readonly pathParams: readonly ApiField[];
  /** Query parameters (lists and search: pagination, filters, sort, q). */
  readonly queryParams: readonly QueryParam[];
  /** The request body fields of create and update; empty otherwise (an action's body is `action.input`). */
  readonly body: readonly InputField[];
  /** What a success answers: one entity, a page of them, an action's output, or nothing. */
  readonly result:
    | { readonly kind: 'entity'; readonly entity: string }
    | { readonly kind: 'page'; readonly entity: string; readonly style: 'cursor' | 'offset' }
    | { readonly kind: 'value'; readonly type: TypeRef }
    | { readonly kind: 'none' };
}

export interface ApiContract {
  readonly entities: ReadonlyMap<string, EntityContract>;
  readonly operations: readonly OperationContract[];
}

const SERVER_SET_DEFAULTS = new Set<DefaultValue['kind']>(['uuid', 'autoincrement']);

function apiType(field: Exclude<Field, { kind: 'relation' }>): ApiType {
  if (field.kind === 'enum') return { kind: 'enum', enum: field.enum };
  return field.precision === undefined
    ? { kind: 'scalar', type: field.type }
    : { kind: 'scalar', type: field.type, precision: field.precision, ...(field.scale === undefined ? {} : { scale: field.scale }) };
}

function apiField(field: Exclude<Field, { kind: 'relation' }>): ApiField {
  const managed = field.kind === 'scalar' && field.managed !== undefined;
  const generatedKey = field.id && field.default !== undefined && SERVER_SET_DEFAULTS.has(field.default.kind);
  return {
    name: field.name,
    ...(field.doc === undefined ? {} : { doc: field.doc }),
    type: apiType(field),
    list: field.list,
    nullable: field.optional,
    constraints: field.kind === 'scalar' ? field.constraints : {},
    ...(field.default === undefined ? {} : { default: field.default }),
    id: field.id,
    unique: field.unique,
    readOnly: managed || generatedKey,
    writeOnly: field.kind === 'scalar' && field.type === 'secret',
    ...(field.foreignKey === undefined ? {} : { foreignKey: field.foreignKey }),
    origin: field.origin,
  };
}

export function entityContract(entity: Entity): EntityContract {
  const fields = entity.fields.flatMap((f) => (f.kind === 'relation' ? [] : [apiField(f)]));
  return {
    entity,
    fields,
    output: fields.filter((f) => !f.writeOnly),
    key: entity.primaryKey.fields.map((name) => fields.find((f) => f.name === name)!),
  };
}

/** A data field (action input) seen as a contract field; entity-typed fields keep their TypeRef in `dataType`. */
export function dataFieldType(type: TypeRef): ApiType | undefined {
  if (type.kind === 'scalar') return type.precision === undefined ? { kind: 'scalar', type: type.type } : { kind: 'scalar', type: type.type, precision: type.precision, ...(type.scale === undefined ? {} : { scale: type.scale }) };
  if (type.kind === 'enum') return { kind: 'enum', enum: type.enum };
  return undefined;
}

/** The create body of an entity, without the FK fields `fromPath` a nested resource takes from its path. */
export function createFields(contract: EntityContract, fromPath: readonly string[] = []): InputField[] {
  return contract.fields
    .filter((f) => !f.readOnly && !fromPath.includes(f.name))
    .map((field) => ({ field, required: !field.nullable && field.default === undefined }));
}

/** The update body (PATCH): the create fields minus the key, all optional. */
export function updateFields(contract: EntityContract, fromPath: readonly string[] = []): InputField[] {
  return createFields(contract, fromPath)
    .filter(({ field }) => !field.id)
    .map(({ field }) => ({ field, required: false }));
}

/** Whether a client must send a data field (an action's input field): not optional and no default. */
export function isRequiredData(field: DataField): boolean {
  return !field.type.optional && field.default === undefined;
}

/** `bulkImport` on `products` (collection) → `bulkImportProducts`; `cancel` on `orders` (item) → `cancelOrder`. */
function baseOperationId(resource: Resource, endpoint: Endpoint, action: Action | undefined): string {
  const plural = upperFirst(resource.name);
  const single = upperFirst(singularize(resource.name));
  if (endpoint.kind === 'action') return `${endpoint.name}${action?.on === 'collection' ? plural : single}`;
  switch (endpoint.name) {
    case 'list': return `list${plural}`;
    case 'search': return `search${plural}`;
    default: return `${endpoint.name}${single}`;
  }
}

function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

const PAGE_DOC = {
  limit: 'The most items to return.',
  cursor: 'The `nextCursor` of the previous page; absent for the first page.',
  offset: 'How many items to skip.',
  sort: 'The order of the items: a field name, `-` in front for descending.',
  q: 'The text to search for.',
} as const;

/** The sort values a resource accepts: each declared field ascending and descending. */
export function sortValues(resource: Resource): string[] {
  return resource.sort.flatMap((s) => [s.field, `-${s.field}`]);
}

/** The default `sort` value: the first declared sort item. */
export function defaultSort(resource: Resource): string | undefined {
  const first = resource.sort[0];
  return first === undefined ? undefined : first.direction === 'desc' ? `-${first.field}` : first.field;
}

/** Filter parameters of a resource: one per scalar/enum field, the FK fields for a relation. */
export function filterParams(resource: Resource, contract: EntityContract): QueryParam[] {
  const byName = new Map(contract.fields.map((f) => [f.name, f]));
  return resource.filter.flatMap((rf) =>
    (rf.foreignKey ?? [rf.field]).flatMap((name) => {
      const f = byName.get(name);
      if (f === undefined) return [];
      return [{ name: f.name, doc: `Only items whose \`${f.name}\` equals this value.`, type: f.type, required: false, field: f.name }];
    }),
  );
}

/** Pagination, filter and sort parameters of a list (and `q` first for search). */
export function listParams(resource: Resource, contract: EntityContract, search: boolean): QueryParam[] {
  const { pagination } = resource;
  const params: QueryParam[] = [];
  if (search) params.push({ name: 'q', doc: PAGE_DOC.q, type: { kind: 'scalar', type: 'string' }, required: true });
  params.push({ name: 'limit', doc: PAGE_DOC.limit, type: { kind: 'scalar', type: 'int' }, required: false, minimum: 1, maximum: pagination.max, default: pagination.default });
  if (pagination.style === 'cursor') params.push({ name: 'cursor', doc: PAGE_DOC.cursor, type: { kind: 'scalar', type: 'string' }, required: false });
  else params.push({ name: 'offset', doc: PAGE_DOC.offset, type: { kind: 'scalar', type: 'int' }, required: false, minimum: 0, default: 0 });
  params.push(...filterParams(resource, contract));
  const values = sortValues(resource);
  const def = defaultSort(resource);
  if (values.length > 0) params.push({ name: 'sort', doc: PAGE_DOC.sort, type: { kind: 'scalar', type: 'string' }, required: false, values, ...(def === undefined ? {} : { default: def }) });
  return params;
}

function operationKind(endpoint: Endpoint): OperationContract['kind'] {
  return endpoint.kind === 'action' ? 'action' : (endpoint.name as OperationContract['kind']);
}

function resultOf(kind: OperationContract['kind'], resource: Resource, action: Action | undefined): OperationContract['result'] {
  switch (kind) {
    case 'list':
    case 'search':
      return { kind: 'page', entity: resource.entity, style: resource.pagination.style };
    case 'get':
    case 'create':
    case 'update':
      return { kind: 'entity', entity: resource.entity };
    case 'delete':
      return { kind: 'none' };
    case 'action':
      return action?.output === undefined ? { kind: 'none' } : { kind: 'value', type: action.output };
  }
}

function bodyOf(kind: OperationContract['kind'], contract: EntityContract, fromPath: readonly string[]): InputField[] {
  if (kind === 'create') return createFields(contract, fromPath);
  if (kind === 'update') return updateFields(contract, fromPath);
  return [];
}

/** The API contract of a spec: every entity's fields and every resource operation, for the given API style (all when omitted). */
export function buildContract(model: ServiceModel, style?: ApiStyle): ApiContract {
  const entities = new Map(model.entities.map((e) => [e.name, entityContract(e)]));
  const operations: OperationContract[] = [];
  const taken = new Set<string>();
  for (const resource of model.resources) {
    if (style !== undefined && !resource.expose.includes(style)) continue;
    const contract = entities.get(resource.entity)!;
    const byName = new Map(contract.fields.map((f) => [f.name, f]));
    const fromPath = resource.parent?.foreignKey ?? [];
    for (const endpoint of resource.endpoints) {
      const action = endpoint.kind === 'action' ? resource.actions.find((a) => a.name === endpoint.name) : undefined;
      const kind = operationKind(endpoint);
      let operationId = baseOperationId(resource, endpoint, action);
      if (taken.has(operationId)) operationId = `${operationId}Of${upperFirst(resource.name)}`;
      for (let n = 2; taken.has(operationId); n++) operationId = `${operationId}${n}`;
      taken.add(operationId);
      const pathParams = pathParamNames(endpoint.path).map((name) => byName.get(name)).filter((f): f is ApiField => f !== undefined);
      const doc = action?.doc;
      operations.push({
        resource,
        endpoint,
        operationId,
        kind,
        ...(action === undefined ? {} : { action }),
        ...(doc === undefined ? {} : { doc }),
        pathParams,
        queryParams: kind === 'list' || kind === 'search' ? listParams(resource, contract, kind === 'search') : [],
        body: bodyOf(kind, contract, fromPath),
        result: resultOf(kind, resource, action),
      });
    }
  }
  return { entities, operations };
}

/** The HTTP status of a success: 201 create, 204 no content, else 200. */
export function successStatus(op: OperationContract): number {
  if (op.kind === 'create') return 201;
  if (op.result.kind === 'none') return 204;
  return 200;
}

/** The methods whose requests carry a body. */
export function hasBody(method: HttpMethod): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}
