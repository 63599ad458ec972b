/**
 * The protobuf schema of a spec: what the `.proto` files declare, built from
 * the shared API contract of the gRPC-exposed resources
 * (`buildContract(model, 'grpc')`), before numbering. Every naming and
 * typing decision of the target is made here; `layout.ts` only prints.
 *
 * - One package (`library.v1`, or the target's `package` option). The enums
 *   and entity messages live in `<package path>/<name>.proto`; each resource
 *   is a service `<Resource>Service` in `<package path>/<resource>_service.proto`
 *   with its request and response messages.
 * - Entity messages carry the contract's response fields (no secrets, no
 *   relation navigation: the FK fields).
 * - Every RPC has its own `<Rpc>Request` and `<Rpc>Response` (buf's STANDARD
 *   rules RPC_REQUEST_STANDARD_NAME, RPC_RESPONSE_STANDARD_NAME and
 *   RPC_REQUEST_RESPONSE_UNIQUE): `GetBookResponse { Book book = 1; }`,
 *   `DeleteBookResponse {}`. A resource with `list` gets the paged unary
 *   `List<Resource>` and the server-streaming `Stream<Resource>`.
 */
import { createSpan } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/proto.js';
import type { Constraints, DataField, DefaultValue, Entity, Origin, Resource, ServiceModel, TypeRef } from '../../model/model.js';
import { pluralize } from '../../model/naming.js';
import {
  buildContract, dataFieldType, isRequiredData, type ApiContract, type ApiField, type ApiType, type EntityContract,
  type OperationContract, type QueryParam,
} from '../api/shapes.js';
import {
  defaultPackage, enumValueName, fieldName, isValidPackage, NameScope, packageBaseName, packagePath, pascalName,
  unspecifiedValue,
} from './names.js';
import { FIELD_MASK, fieldType, typeNote, type FieldType, type Label } from './types.js';

export interface ProtoField {
  readonly name: string;
  readonly label: Label;
  readonly type: string;
  /** The well-known type file the type needs. */
  readonly wkt?: string;
  /** The comment (raw text, lines separated by "\n"). */
  readonly doc?: string;
  /** The protobuf name before a declared rename (`@renamedFrom`), for numbering. */
  readonly formerName?: string;
  readonly origin?: Origin;
}

export interface ProtoMessage {
  readonly name: string;
  readonly doc?: string;
  readonly fields: readonly ProtoField[];
  readonly origin: Origin;
}

export interface ProtoEnum {
  readonly name: string;
  readonly doc?: string;
  /** `<ENUM>_UNSPECIFIED`, numbered 0. */
  readonly zero: string;
  readonly values: readonly { readonly name: string; readonly doc?: string }[];
  readonly origin: Origin;
}

export interface ProtoRpc {
  readonly name: string;
  readonly doc?: string;
  readonly request: string;
  readonly response: string;
  /** Server streaming: `returns (stream …)`. */
  readonly streaming: boolean;
}

export interface ProtoService {
  readonly name: string;
  readonly doc?: string;
  readonly rpcs: readonly ProtoRpc[];
}

export interface ProtoFile {
  /** Relative to the target's folder: `library/v1/library.proto`. */
  readonly path: string;
  /** Files to import, sorted: well-known types and the package's shared file. */
  readonly imports: readonly string[];
  readonly enums: readonly ProtoEnum[];
  readonly messages: readonly ProtoMessage[];
  readonly services: readonly ProtoService[];
}

export interface ProtoSchema {
  readonly package: string;
  /** The shared file first, then one per service, in resource order; empty when no resource is exposed over gRPC. */
  readonly files: readonly ProtoFile[];
}

type Report = (d: Diagnostic) => void;

function spanOf(o: Origin): { span: ReturnType<typeof createSpan> } {
  return { span: createSpan(o.file, o.start, o.end) };
}

/** Doc text of several parts, absent when all are. */
function joinDoc(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== '');
  return kept.length === 0 ? undefined : kept.join('\n');
}

/** The package: the option when it is valid, else the backend's default (with a warning for a bad option). */
export function resolvePackage(model: ServiceModel, option: string | undefined, report: Report): string {
  const fallback = defaultPackage(model.backend.name);
  if (option === undefined || option === '') return fallback;
  if (isValidPackage(option)) return option;
  report(diag('proto-package-invalid', { value: option, fallback }, spanOf(model.backend.origin)));
  return fallback;
}

/** A field to be named in a message: the name it wants, and whether it is one of the request's own (`page_size`), which win. */
interface Candidate {
  readonly want: string;
  /** The spec name, for warnings. */
  readonly spec: string;
  readonly fixed: boolean;
  readonly type: FieldType;
  readonly doc?: string;
  readonly formerName?: string;
  readonly origin?: Origin;
}

/** The note a create request adds about a default, for a field that may be left out. */
function defaultNote(d: DefaultValue | undefined, enumValue: (enumName: string, value: string) => string): string | undefined {
  if (d === undefined) return undefined;
  switch (d.kind) {
    case 'literal':
      return `Default: ${typeof d.value === 'string' ? JSON.stringify(d.value) : String(d.value)}.`;
    case 'enum':
      return `Default: ${enumValue(d.enum, d.value)}.`;
    case 'now':
      return 'Default: the current time.';
    case 'uuid':
      return 'Default: a random UUID.';
    case 'autoincrement':
      return 'Default: the next number.';
  }
}

/** The note a request field's comment gives about its validation rules (proto3 has none), or undefined. */
export function constraintNote(c: Constraints): string | undefined {
  const parts: string[] = [];
  if (c.minLength !== undefined && c.maxLength !== undefined) parts.push(`${c.minLength} to ${c.maxLength} characters.`);
  else if (c.minLength !== undefined) parts.push(`At least ${c.minLength} characters.`);
  else if (c.maxLength !== undefined) parts.push(`At most ${c.maxLength} characters.`);
  if (c.min !== undefined && c.max !== undefined) parts.push(`From ${c.min} to ${c.max}.`);
  else if (c.min !== undefined) parts.push(`At least ${c.min}.`);
  else if (c.max !== undefined) parts.push(`At most ${c.max}.`);
  if (c.pattern !== undefined) parts.push(`Must match \`${c.pattern}\`.`);
  return parts.length === 0 ? undefined : parts.join(' ');
}

class SchemaBuilder {
  /** Top-level names of the package: messages, enums, services. */
  private readonly types = new NameScope();
  /** Enum value names (siblings of the enum in the package, C++ scoping). */
  private readonly values = new NameScope();
  private readonly enumNames = new Map<string, string>();
  private readonly enumValueNames = new Map<string, string>();
  private readonly entityNames = new Map<string, string>();
  private readonly warnedLists = new Set<string>();
  private readonly scope: string;

  constructor(
    private readonly model: ServiceModel,
    private readonly contract: ApiContract,
    readonly pkg: string,
    private readonly report: Report,
  ) {
    this.scope = `the package \`${pkg}\``;
  }

  /** Claims a top-level name; warns when it differs from the first wish. */
  private claimType(candidates: readonly string[], what: string, spec: string, origin: Origin, reason: string): string {
    const name = this.types.claim(candidates);
    if (name !== candidates[0] && (what !== 'request' || name !== candidates[1])) {
      this.report(diag('proto-name-changed', { what, name: spec, protoName: name, scope: this.scope, reason }, spanOf(origin)));
    }
    return name;
  }

  enumName = (name: string): string => this.enumNames.get(name) ?? pascalName(name);

  enumValue = (enumName: string, value: string): string => this.enumValueNames.get(`${enumName}.${value}`) ?? enumValueName(this.enumName(enumName), value);

  entityName = (name: string): string => this.entityNames.get(name) ?? pascalName(name);

  /** Names and builds the enums used (model order). */
  enums(used: ReadonlySet<string>): ProtoEnum[] {
    const list = this.model.enums.filter((e) => used.has(e.name));
    for (const e of list) {
      this.enumNames.set(e.name, this.claimType([pascalName(e.name)], 'enum', e.name, e.origin, 'another type of the package has that name'));
    }
    // Every zero value first: a value of one enum must not take another's `_UNSPECIFIED`.
    const zeros = list.map((e) => this.values.claim([unspecifiedValue(this.enumNames.get(e.name)!)]));
    const out: ProtoEnum[] = [];
    for (const [i, e] of list.entries()) {
      const proto = this.enumNames.get(e.name)!;
      const zero = zeros[i]!;
      const values = e.values.map((v) => {
        const want = enumValueName(proto, v.name);
        const name = this.values.claim([want]);
        if (name !== want) {
          this.report(diag('proto-name-changed', { what: 'enum value', name: `${e.name}.${v.name}`, protoName: name, scope: this.scope, reason: `\`${want}\` is already the name of another value` }, spanOf(e.origin)));
        }
        this.enumValueNames.set(`${e.name}.${v.name}`, name);
        return { name, ...(v.doc === undefined ? {} : { doc: v.doc }) };
      });
      out.push({ name: proto, ...(e.doc === undefined ? {} : { doc: e.doc }), zero, values, origin: e.origin });
    }
    return out;
  }

  /** Claims the entity message names (model order). */
  nameEntities(entities: readonly Entity[]): void {
    for (const e of entities) {
      this.entityNames.set(e.name, this.claimType([pascalName(e.name)], 'entity', e.name, e.origin, 'another type of the package has that name'));
    }
  }

  /** Reports a name that had to change. */
  warnRename(what: string, name: string, protoName: string, scope: string, reason: string, origin: Origin): void {
    this.report(diag('proto-name-changed', { what, name, protoName, scope, reason }, spanOf(origin)));
  }

  /** Warns once about an optional list. */
  private warnList(name: string, owner: string, origin: Origin): void {
    const key = `${owner}.${name}`;
    if (this.warnedLists.has(key)) return;
    this.warnedLists.add(key);
    this.report(diag('proto-nullable-list', { name, owner }, spanOf(origin)));
  }

  /** Names a message's fields (the request's own first, so they win) and builds it. */
  message(name: string, doc: string | undefined, origin: Origin, candidates: readonly Candidate[]): ProtoMessage {
    const scope = new NameScope(true);
    const names = new Map<Candidate, string>();
    for (const c of candidates.filter((c) => c.fixed)) names.set(c, scope.claim([c.want]));
    for (const c of candidates.filter((c) => !c.fixed)) {
      const got = scope.claim([c.want]);
      names.set(c, got);
      if (got !== c.want) {
        this.report(diag('proto-name-changed', {
          what: 'field', name: c.spec, protoName: got, scope: `the message \`${name}\``,
          reason: `another field of the message is already \`${c.want}\`, or has its JSON name`,
        }, spanOf(c.origin ?? origin)));
      }
    }
    const fields = candidates.map((c): ProtoField => ({
      name: names.get(c)!,
      label: c.type.label,
      type: c.type.type,
      ...(c.type.wkt === undefined ? {} : { wkt: c.type.wkt }),
      ...(c.doc === undefined ? {} : { doc: c.doc }),
      ...(c.formerName === undefined ? {} : { formerName: c.formerName }),
      ...(c.origin === undefined ? {} : { origin: c.origin }),
    }));
    return { name, ...(doc === undefined ? {} : { doc }), fields, origin };
  }

  /** The spec field behind a contract field, for `@renamedFrom`. */
  private formerName(entity: Entity, field: string): string | undefined {
    const f = entity.fields.find((x) => x.name === field);
    return f !== undefined && f.kind !== 'relation' && f.renamedFrom !== undefined ? fieldName(f.renamedFrom) : undefined;
  }

  /** A contract field as a candidate; `presence` for a field that may be absent. */
  apiCandidate(f: ApiField, entity: Entity, presence: boolean, extraDoc?: string): Candidate {
    const former = this.formerName(entity, f.name);
    return {
      want: fieldName(f.name),
      spec: f.name,
      fixed: false,
      type: fieldType(f.type, f.list, presence, this.enumName),
      ...(joinDoc(f.doc, typeNote(f.type), extraDoc) === undefined ? {} : { doc: joinDoc(f.doc, typeNote(f.type), extraDoc)! }),
      ...(former === undefined ? {} : { formerName: former }),
      origin: f.origin,
    };
  }

  /** The message of an entity: its response fields. */
  entityMessage(c: EntityContract): ProtoMessage {
    for (const f of c.fields) if (f.list && f.nullable) this.warnList(f.name, c.entity.name, f.origin);
    return this.message(this.entityName(c.entity.name), c.entity.doc, c.entity.origin, c.output.map((f) => this.apiCandidate(f, c.entity, f.nullable)));
  }

  /** A fixed field of a request or response (`page_size`). */
  fixed(want: string, type: FieldType, doc: string): Candidate {
    return { want, spec: want, fixed: true, type, doc };
  }

  /** A path parameter: a key field or a parent's FK field; always sent. */
  pathCandidate(f: ApiField, entity: Entity): Candidate {
    const doc = f.doc ?? (f.foreignKey !== undefined && !f.id
      ? `The \`${f.foreignKey.field}\` of the parent \`${f.foreignKey.entity}\`.`
      : `The \`${f.name}\` of the \`${entity.name}\`.`);
    return { ...this.apiCandidate(f, entity, false), doc };
  }

  /** A list or search parameter (not a path parameter). */
  queryCandidate(p: QueryParam, byName: ReadonlyMap<string, ApiField>, entity: Entity, maxPage: number, defaultPage: number): Candidate | undefined {
    switch (p.name) {
      case 'q':
        if (p.field === undefined) return this.fixed('query', { label: '', type: 'string' }, 'The text to search for.');
        break;
      case 'limit':
        if (p.field === undefined) return this.fixed('page_size', { label: '', type: 'int32' }, `The most items to return, 1 to ${maxPage}; ${defaultPage} when 0 or absent.`);
        break;
      case 'cursor':
        if (p.field === undefined) return this.fixed('page_token', { label: '', type: 'string' }, 'The `next_page_token` of the previous page; empty for the first page.');
        break;
      case 'offset':
        if (p.field === undefined) return this.fixed('offset', { label: '', type: 'int32' }, 'How many items to skip.');
        break;
      case 'sort':
        if (p.field === undefined) {
          // The values of the contract's `sort` (spec field names), so that every API and the service share them.
          const values = (p.values ?? []).map((v) => `\`${v}\``).join(', ');
          const def = typeof p.default === 'string' ? ` Default: \`${p.default}\`.` : '';
          return this.fixed('order_by', { label: '', type: 'string' }, `The order of the items: one of ${values}; \`-\` in front means descending.${def}`);
        }
        break;
    }
    if (p.field === undefined) return undefined;
    const f = byName.get(p.field);
    if (f === undefined) return undefined;
    const base = this.apiCandidate({ ...f, list: false }, entity, true);
    return { ...base, doc: `Only items whose \`${fieldName(f.name)}\` equals this value.` };
  }

  /** An action's input field. */
  dataCandidate(d: DataField, owner: string): Candidate {
    const t = d.type;
    if (t.list && t.optional) this.warnList(d.name, owner, d.origin);
    const api = dataFieldType(t);
    const presence = !isRequiredData(d);
    const type: FieldType = api === undefined
      ? { label: t.list ? 'repeated' : '', type: this.entityName((t as Extract<TypeRef, { kind: 'entity' }>).entity) }
      : fieldType(api, t.list, presence, this.enumName);
    const doc = joinDoc(d.doc, api === undefined ? undefined : typeNote(api), constraintNote(d.constraints), presence ? defaultNote(d.default, this.enumValue) : undefined);
    return { want: fieldName(d.name), spec: d.name, fixed: false, type, ...(doc === undefined ? {} : { doc }), origin: d.origin };
  }

  /** The field of an action's response holding its output. */
  outputCandidate(t: TypeRef, owner: string, origin: Origin): Candidate {
    if (t.list && t.optional) this.warnList('output', owner, origin);
    if (t.kind === 'entity') {
      const name = fieldName(t.list ? pluralize(t.entity) : t.entity);
      return { want: name, spec: name, fixed: true, type: { label: t.list ? 'repeated' : '', type: this.entityName(t.entity) }, doc: t.list ? 'The result.' : 'The result.' };
    }
    const api: ApiType = dataFieldType(t)!;
    return {
      want: t.list ? 'values' : 'value', spec: 'value', fixed: true, type: fieldType(api, t.list, t.optional, this.enumName),
      doc: joinDoc('The result.', typeNote(api))!,
    };
  }

  /** Claims an RPC's request and response names. */
  requestNames(service: string, rpc: string, origin: Origin): { request: string; response: string } {
    const reason = 'another type of the package has that name';
    return {
      request: this.claimType([`${rpc}Request`, `${service}${rpc}Request`], 'request', `${rpc}Request`, origin, reason),
      response: this.claimType([`${rpc}Response`, `${service}${rpc}Response`], 'request', `${rpc}Response`, origin, reason),
    };
  }

  serviceName(resource: Resource): string {
    return this.claimType([`${pascalName(resource.name)}Service`], 'resource', resource.name, resource.origin, 'another type of the package has that name');
  }
}

/** The enums and entities the exposed operations need. */
function usedTypes(model: ServiceModel, contract: ApiContract): { entities: Entity[]; enums: Set<string> } {
  const entityNames = new Set<string>();
  const enums = new Set<string>();
  const visitType = (t: TypeRef): void => {
    if (t.kind === 'entity') entityNames.add(t.entity);
    if (t.kind === 'enum') enums.add(t.enum);
  };
  for (const op of contract.operations) {
    entityNames.add(op.resource.entity);
    if (op.action !== undefined) {
      op.action.input.forEach((d) => visitType(d.type));
      if (op.action.output !== undefined) visitType(op.action.output);
    }
  }
  const entities = model.entities.filter((e) => entityNames.has(e.name));
  for (const e of entities) {
    for (const f of contract.entities.get(e.name)!.fields) if (f.type.kind === 'enum') enums.add(f.type.enum);
  }
  return { entities, enums };
}

const RPC_DOCS: Readonly<Record<Exclude<OperationContract['kind'], 'action'>, (resource: string) => string>> = {
  list: (r) => `Lists \`${r}\`: one page, filtered and ordered.`,
  search: (r) => `Searches \`${r}\`: one page of the items matching \`query\`.`,
  get: (r) => `Gets one item of \`${r}\` by its key.`,
  create: (r) => `Creates an item of \`${r}\`.`,
  update: (r) => `Changes the fields of an item of \`${r}\` that \`update_mask\` names (every field sent when it is empty).`,
  delete: (r) => `Deletes an item of \`${r}\`.`,
};

/** Builds the services of the exposed resources, each in its own file. */
function serviceFile(b: SchemaBuilder, contract: ApiContract, resource: Resource, ops: readonly OperationContract[], pkgDir: string): { service: ProtoService; messages: ProtoMessage[]; path: string } {
  const serviceName = b.serviceName(resource);
  const rpcScope = new NameScope();
  const entityContract = contract.entities.get(resource.entity)!;
  const entity = entityContract.entity;
  const byName = new Map(entityContract.fields.map((f) => [f.name, f]));
  const entityMsg = b.entityName(entity.name);
  const entityField = fieldName(entity.name);
  const rpcs: ProtoRpc[] = [];
  const messages: ProtoMessage[] = [];
  const { pagination } = resource;

  const add = (want: string, doc: string | undefined, origin: Origin, streaming: boolean, request: Candidate[], response: Candidate[], requestDoc?: string): void => {
    const name = rpcScope.claim([want]);
    if (name !== want) {
      b.warnRename('operation', want, name, `the service \`${serviceName}\``, 'another RPC of the service has that name', origin);
    }
    const { request: reqName, response: resName } = b.requestNames(serviceName, name, origin);
    rpcs.push({ name, ...(doc === undefined ? {} : { doc }), request: reqName, response: resName, streaming });
    messages.push(b.message(reqName, requestDoc, origin, request), b.message(resName, undefined, origin, response));
  };
  const entityResult = (): Candidate[] => [b.fixed(entityField, { label: '', type: entityMsg }, `The \`${entity.name}\`.`)];

  for (const op of ops) {
    const rpc = pascalName(op.operationId);
    const path = op.pathParams.map((f) => b.pathCandidate(f, entity));
    const origin = op.action?.origin ?? resource.origin;
    switch (op.kind) {
      case 'list':
      case 'search': {
        const params = op.queryParams.flatMap((p) => b.queryCandidate(p, byName, entity, pagination.max, pagination.default) ?? []);
        const page: Candidate[] = [b.fixed('items', { label: 'repeated', type: entityMsg }, 'The items of this page.')];
        if (pagination.style === 'cursor') page.push(b.fixed('next_page_token', { label: '', type: 'string' }, 'The `page_token` of the next page; empty on the last page.'));
        else page.push(b.fixed('total_size', { label: '', type: 'int32' }, 'How many items match, over all pages.'));
        add(rpc, RPC_DOCS[op.kind](resource.name), origin, false, [...path, ...params], page);
        if (op.kind === 'list') {
          const streamParams = params.filter((c) => !['page_size', 'page_token', 'offset'].includes(c.want) || !c.fixed);
          const stream = `Stream${rpc.startsWith('List') ? rpc.slice(4) : rpc}`;
          add(stream, `Streams every item of \`${resource.name}\` that matches the filters, in order, without pages.`, origin, true, [...path, ...streamParams],
            [b.fixed(entityField, { label: '', type: entityMsg }, 'One item.')]);
        }
        break;
      }
      case 'get':
      case 'delete':
        add(rpc, RPC_DOCS[op.kind](resource.name), origin, false, path, op.kind === 'get' ? entityResult() : []);
        break;
      case 'create': {
        const body = op.body.map(({ field, required }) =>
          b.apiCandidate(field, entity, !required, joinDoc(constraintNote(field.constraints), required ? undefined : defaultNote(field.default, b.enumValue))));
        add(rpc, RPC_DOCS.create(resource.name), origin, false, [...path, ...body], entityResult());
        break;
      }
      case 'update': {
        const body = op.body.map(({ field }) => b.apiCandidate(field, entity, true, constraintNote(field.constraints)));
        const mask = b.fixed('update_mask', { label: '', ...FIELD_MASK },
          'The fields to change, by their names in this message; a field named here but not set is cleared. Empty: every field that is set.');
        add(rpc, RPC_DOCS.update(resource.name), origin, false, [...path, ...body, mask], entityResult());
        break;
      }
      case 'action': {
        const action = op.action!;
        const owner = `${resource.name}.${action.name}`;
        const input = action.input.map((d) => b.dataCandidate(d, owner));
        const output = action.output === undefined ? [] : [b.outputCandidate(action.output, owner, action.origin)];
        add(rpc, action.doc ?? `The \`${action.name}\` action of \`${resource.name}\`.`, origin, false, [...path, ...input], output);
        break;
      }
    }
  }
  const service: ProtoService = { name: serviceName, ...(resource.doc === undefined ? {} : { doc: resource.doc }), rpcs };
  return { service, messages, path: `${pkgDir}/${fieldName(serviceName)}.proto` };
}

/** The files' imports: the well-known types their fields use, and the shared file when they use its types. */
function importsOf(messages: readonly ProtoMessage[], shared: { path: string; types: ReadonlySet<string> }, self: string): string[] {
  const out = new Set<string>();
  for (const m of messages) {
    for (const f of m.fields) {
      if (f.wkt !== undefined) out.add(f.wkt);
      if (self !== shared.path && shared.types.has(f.type)) out.add(shared.path);
    }
  }
  return [...out].sort();
}

/** The protobuf schema of the gRPC-exposed resources (before numbering). */
export function buildProtoSchema(model: ServiceModel, pkg: string, report: Report): ProtoSchema {
  const contract = buildContract(model, 'grpc');
  if (contract.operations.length === 0) return { package: pkg, files: [] };
  const b = new SchemaBuilder(model, contract, pkg, report);
  const { entities, enums: usedEnums } = usedTypes(model, contract);
  const enums = b.enums(usedEnums);
  b.nameEntities(entities);
  const entityMessages = entities.map((e) => b.entityMessage(contract.entities.get(e.name)!));

  const dir = packagePath(pkg);
  const byResource = new Map<Resource, OperationContract[]>();
  for (const op of contract.operations) byResource.set(op.resource, [...(byResource.get(op.resource) ?? []), op]);
  const services = [...byResource].map(([resource, ops]) => serviceFile(b, contract, resource, ops, dir));

  let sharedPath = `${dir}/${packageBaseName(pkg)}.proto`;
  if (services.some((s) => s.path === sharedPath)) sharedPath = `${dir}/${packageBaseName(pkg)}_types.proto`;
  const shared = { path: sharedPath, types: new Set([...enums.map((e) => e.name), ...entityMessages.map((m) => m.name)]) };
  const files: ProtoFile[] = [
    { path: sharedPath, imports: importsOf(entityMessages, shared, sharedPath), enums, messages: entityMessages, services: [] },
    ...services.map((s) => ({ path: s.path, imports: importsOf(s.messages, shared, s.path), enums: [], messages: s.messages, services: [s.service] })),
  ];
  return { package: pkg, files };
}
