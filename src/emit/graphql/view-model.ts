/**
 * The graphql view model: every decision of the target — which types exist,
 * their fields, the query, mutation and subscription fields, their
 * arguments and descriptions — made once, as an `SdlSchema` the templates
 * print. Input: the IR and the shared API contract (`buildContract(model,
 * 'graphql')`: operation ids, create/update bodies, filters, sort); output:
 * the schema, plus warnings (through `report`) for renamed names and a spec
 * that exposes nothing over GraphQL.
 *
 * Mapping decisions (the README's "GraphQL mapping" table says the same):
 * - Entity types: the entities of the resources exposed over GraphQL, of
 *   their actions' outputs and of event fields. No `secret` field.
 * - Global ids: an entity with a one-field key implements `Node`; its `id:
 *   ID!` is the base64 of `<Type>:<key>`. A key field called `id` is
 *   represented by it; another key field keeps its name. Such entities are
 *   referenced by global id everywhere: arguments (`book(id: ID!)`), parent
 *   arguments of nested resources, filters and inputs of relations
 *   (`member: ID`). Entities with a composite key are not nodes: their key
 *   fields are arguments under their own names.
 * - Relations to entities that have a type are links: to one → the type, to
 *   many → a connection with `first`/`after`. Their FK fields are then left
 *   out of the type (the link carries the id); relations to entities without
 *   a type keep their FK fields.
 * - Lists and searches answer Relay connections (`first`, `after`; offset
 *   pagination also takes `offset` and fills `totalCount`); create and update
 *   answer the entity, delete the deleted object's global id (`Boolean!` for a
 *   composite key), an action its output (`Boolean!` when it has none). An
 *   action is a mutation, or a query when its method is GET.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { createSpan } from '../../core/span.js';
import { diag } from '../../diagnostics/codes/graphql.js';
import { DEFAULT_PAGINATION } from '../../check/build/resources.js';
import type {
  Action, DataField, DefaultValue, Entity, Event, Origin, RelationField, Resource, ServiceModel, TypeRef,
} from '../../model/model.js';
import { lowerFirst, upperFirst } from '../../model/naming.js';
import {
  buildContract, createFields, defaultSort, updateFields, type ApiContract, type ApiField, type ApiType, type EntityContract, type InputField,
  type OperationContract,
} from '../api/shapes.js';
import { constantCase, fixedName, NameScope, nameProblem } from './names.js';
import { SchemaNames } from './naming.js';
import { CUSTOM_SCALARS, isStringScalar, SCALAR_TYPES } from './scalars.js';
import { argument, field, sdlType, typeRef, type SdlArgument, type SdlField, type SdlSchema, type SdlType } from './sdl.js';
import { graphqlString } from '../escape.js';

type Report = (d: Diagnostic) => void;

const NODE_DESCRIPTION = [
  'An object with a global id. The id is opaque to clients: it is the base64 (RFC 4648, with padding) of',
  '`<type name>:<key>`, e.g. the base64 of `Book:42`. `node(id:)` fetches any such object.',
].join('\n');

const PAGE_INFO_FIELDS: readonly SdlField[] = [
  field('hasNextPage', 'Boolean!', { description: 'Whether more items follow `endCursor`.' }),
  field('hasPreviousPage', 'Boolean!', { description: 'Whether items precede `startCursor`.' }),
  field('startCursor', 'String', { description: 'The cursor of the first edge; null when the page is empty.' }),
  field('endCursor', 'String', { description: 'The cursor of the last edge: pass it as `after` for the next page; null when the page is empty.' }),
];

function spanOf(origin: Origin): { span: ReturnType<typeof createSpan> } {
  return { span: createSpan(origin.file, origin.start, origin.end) };
}

/** A description made of paragraphs, some absent; undefined when none is present. */
function paragraphs(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p.trim() !== '');
  return present.length === 0 ? undefined : present.join('\n\n');
}

/** Control characters (but tab and line breaks) have no place in a description; they become spaces. */
function cleanDoc(doc: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  return doc?.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ' ');
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Builds the schema of one model; one instance per emit. */
class SchemaBuilder {
  private readonly contract: ApiContract;
  private readonly operations: readonly OperationContract[];
  readonly enabled: boolean;
  /** Entities with an object type, and those implementing Node. */
  private readonly typed = new Set<string>();
  private readonly nodes = new Set<string>();
  private readonly names: SchemaNames;
  private readonly entities: ReadonlyMap<string, Entity>;
  private readonly usedScalars = new Set<string>();
  private readonly usedEnums = new Set<string>();
  /** Connection type names by entity, created when first used; entities whose lists count their items. */
  private readonly connections = new Map<string, { connection: string; edge: string }>();
  private readonly counted = new Set<string>();
  /** Input types by the order they were created in (resource inputs, filters, order enums, action inputs, entity inputs). */
  private readonly inputTypes: SdlType[] = [];
  private readonly valueInputs = new Map<string, string>();
  private readonly queryFields: SdlField[] = [];
  private readonly mutationFields: SdlField[] = [];
  private readonly subscriptionFields: SdlField[] = [];
  private readonly eventTypes: SdlType[] = [];
  private readonly queryScope = new NameScope(['node']);
  private readonly mutationScope = new NameScope();
  private readonly subscriptionScope = new NameScope();

  constructor(
    private readonly model: ServiceModel,
    private readonly report: Report,
  ) {
    this.contract = buildContract(model, 'graphql');
    this.operations = this.contract.operations;
    this.entities = new Map(model.entities.map((e) => [e.name, e]));
    this.enabled = model.backend.api.includes('graphql') || model.resources.some((r) => r.expose.includes('graphql'));
    for (const name of this.typedEntities()) {
      this.typed.add(name);
      if (!this.entities.get(name)!.primaryKey.composite) this.nodes.add(name);
    }
    this.names = new SchemaNames(model, this.nodes, this.enabled);
  }

  /** The entities that get an object type, in declaration order. */
  private typedEntities(): string[] {
    const wanted = new Set<string>();
    for (const op of this.operations) {
      wanted.add(op.resource.entity);
      if (op.action?.output?.kind === 'entity') wanted.add(op.action.output.entity);
    }
    if (this.enabled) {
      for (const a of this.model.aggregates) for (const ev of a.events) for (const f of ev.fields) if (f.type.kind === 'entity') wanted.add(f.type.entity);
    }
    return this.model.entities.filter((e) => wanted.has(e.name)).map((e) => e.name);
  }

  private contractOf(entity: string): EntityContract {
    return this.contract.entities.get(entity)!;
  }

  // ---- Types of values -------------------------------------------------------

  private scalar(type: keyof typeof SCALAR_TYPES): string {
    const name = SCALAR_TYPES[type];
    this.usedScalars.add(name);
    return name;
  }

  private apiType(type: ApiType): string {
    if (type.kind === 'enum') {
      this.usedEnums.add(type.enum);
      return this.names.enum(type.enum);
    }
    return this.scalar(type.type);
  }

  /** A GraphQL literal for a default value, or undefined when the schema does not show it (generated values, JSON, lists). */
  private defaultLiteral(value: DefaultValue | undefined, type: ApiType, list: boolean): string | undefined {
    if (value === undefined || list) return undefined;
    if (value.kind === 'enum') return this.names.enumValue(value.enum, value.value);
    if (value.kind !== 'literal' || type.kind !== 'scalar' || type.type === 'json') return undefined;
    const v = value.value;
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number' && !isStringScalar(type.type)) return String(v);
    return graphqlString(String(v));
  }

  // ---- References between entities ------------------------------------------

  /** The relation field owning an FK field, when its target is a Node type (then it is referenced by global id). */
  private referenceOf(entity: Entity, fkField: ApiField): RelationField | undefined {
    if (fkField.foreignKey === undefined) return undefined;
    const relation = entity.fields.find((f): f is RelationField => f.kind === 'relation' && f.foreignKey.includes(fkField.name));
    return relation !== undefined && this.nodes.has(relation.target) ? relation : undefined;
  }

  /**
   * Input fields (or arguments) for contract fields: an FK field of a
   * relation to a Node type becomes one `relation: ID` field (required when
   * every FK field is), other fields keep their names and types.
   */
  private inputs(entity: Entity, fields: readonly InputField[], withDefaults: boolean): SdlField[] {
    const out: SdlField[] = [];
    const done = new Set<string>();
    for (const { field: f, required } of fields) {
      const relation = this.referenceOf(entity, f);
      if (relation !== undefined) {
        if (done.has(relation.name)) continue;
        done.add(relation.name);
        const all = fields.filter((x) => relation.foreignKey.includes(x.field.name));
        const target = this.names.entity(relation.target);
        out.push(field(this.names.field(entity.name, relation.name), typeRef('ID', false, !all.every((x) => x.required)), {
          description: paragraphs(`The global id of the \`${target}\`.`, cleanDoc(relation.doc)),
        }));
        continue;
      }
      const type = typeRef(this.apiType(f.type), f.list, !required);
      out.push(field(this.names.field(entity.name, f.name), type, {
        description: cleanDoc(f.doc),
        defaultValue: withDefaults ? this.defaultLiteral(f.default, f.type, f.list) : undefined,
      }));
    }
    return out;
  }

  private static asArgs(fields: readonly SdlField[]): SdlArgument[] {
    return fields.map((f) => argument(f.name, f.type, { description: f.description, defaultValue: f.defaultValue }));
  }

  /**
   * The arguments that locate one item of a resource (the contract's path
   * parameters): the parent's reference for a nested resource, then the
   * global `id` for a Node type, else the key fields.
   */
  private locator(op: OperationContract, item: boolean): SdlArgument[] {
    const entity = this.entities.get(op.resource.entity)!;
    const node = this.nodes.has(entity.name);
    const key = new Set(entity.primaryKey.fields);
    const parentFk = new Set(op.resource.parent?.foreignKey ?? []);
    const params = op.pathParams.filter((p) => parentFk.has(p.name) || (item && !(node && key.has(p.name) && !parentFk.has(p.name))));
    const args = SchemaBuilder.asArgs(this.inputs(entity, params.map((field) => ({ field, required: true })), false));
    if (item && node) args.push(argument('id', 'ID!', { description: `The global id of the \`${this.names.entity(entity.name)}\`.` }));
    return args;
  }

  // ---- Connections ---------------------------------------------------------------

  private connection(entity: string): string {
    let c = this.connections.get(entity);
    if (c === undefined) {
      const type = this.names.entity(entity);
      const origin = this.entities.get(entity)!.origin;
      c = {
        connection: this.names.derive(`${type}Connection`, 'connection type', origin),
        edge: this.names.derive(`${type}Edge`, 'edge type', origin),
      };
      this.connections.set(entity, c);
    }
    return c.connection;
  }

  private pageArgs(resource: Resource | undefined): SdlArgument[] {
    const p = resource?.pagination ?? DEFAULT_PAGINATION;
    const args = [
      argument('first', 'Int', { description: `The most items to return: ${p.default} when absent, at most ${p.max}.`, defaultValue: String(p.default) }),
      argument('after', 'String', { description: 'The `endCursor` of the previous page; absent for the first page.' }),
    ];
    if (p.style === 'offset') args.push(argument('offset', 'Int', { description: 'How many items to skip, instead of `after`.' }));
    return args;
  }

  // ---- Entity types ------------------------------------------------------------

  private relationField(entity: Entity, f: RelationField): SdlField | undefined {
    if (!this.typed.has(f.target)) return undefined;
    const name = this.names.field(entity.name, f.name);
    const description = cleanDoc(f.doc);
    if (f.cardinality === 'manyToOne' || f.cardinality === 'oneToOne') {
      return field(name, typeRef(this.names.entity(f.target), false, f.optional), { description });
    }
    return field(name, `${this.connection(f.target)}!`, { description, args: this.pageArgs(undefined) });
  }

  private entityType(entity: Entity): SdlType {
    const contract = this.contractOf(entity.name);
    const node = this.nodes.has(entity.name);
    const byName = new Map(contract.output.map((f) => [f.name, f]));
    const linked = new Set(
      entity.fields.flatMap((f) => (f.kind === 'relation' && this.typed.has(f.target) ? f.foreignKey : [])),
    );
    const key = new Set(entity.primaryKey.fields);
    const fields: SdlField[] = [];
    if (node) fields.push(field('id', 'ID!', { description: 'The global id (see `Node`).' }));
    for (const f of entity.fields) {
      if (f.kind === 'relation') {
        const link = this.relationField(entity, f);
        if (link !== undefined) fields.push(link);
        continue;
      }
      const out = byName.get(f.name);
      // Secrets are write-only; FK fields of a link are carried by it; a key `id` is the global id.
      if (out === undefined || linked.has(f.name) || (node && key.has(f.name) && f.name === 'id')) continue;
      fields.push(field(this.names.field(entity.name, f.name), typeRef(this.apiType(out.type), out.list, out.nullable), { description: cleanDoc(f.doc) }));
    }
    return sdlType('type', this.names.entity(entity.name), {
      description: cleanDoc(entity.doc),
      implements: node ? ['Node'] : [],
      fields,
    });
  }

  // ---- Operations -----------------------------------------------------------------

  /** `listBooks` → `books`, `getBook` → `book`; the operation id itself when that name is taken. */
  private queryName(op: OperationContract): string {
    const prefix = op.kind === 'list' ? 'list' : op.kind === 'get' ? 'get' : '';
    const short = prefix !== '' && op.operationId.startsWith(prefix) ? lowerFirst(op.operationId.slice(prefix.length)) : op.operationId;
    return this.claimField(this.queryScope, short, op.operationId, op.resource.origin);
  }

  /**
   * A root field name: `preferred` when it is free, else `fallback` (the
   * operation id); one GraphQL cannot use is fixed and reported.
   */
  private claimField(scope: NameScope, preferred: string, fallback: string, origin: Origin): string {
    const ok = (n: string): boolean => nameProblem(n, 'field') === undefined && !scope.has(n);
    const name = ok(preferred) ? preferred : ok(fallback) ? fallback : undefined;
    if (name !== undefined) {
      scope.add(name);
      return name;
    }
    const problem = nameProblem(fallback, 'field');
    const fixed = scope.claim(problem === undefined ? fallback : fixedName(fallback));
    if (problem !== undefined) this.report(diag('graphql-name-renamed', { what: 'field', name: fallback, graphqlName: fixed, reason: problem }, spanOf(origin)));
    return fixed;
  }

  /** A field name of an action input or an event, fixed (and reported) when GraphQL cannot use it. */
  private dataFieldName(f: DataField, scope: NameScope, owner: string): string {
    const problem = nameProblem(f.name, 'field');
    const name = scope.claim(problem === undefined ? f.name : fixedName(f.name));
    if (name !== f.name) {
      const reason = problem ?? `another field of \`${owner}\` is called \`${f.name}\``;
      this.report(diag('graphql-name-renamed', { what: 'field', name: `${owner}.${f.name}`, graphqlName: name, reason }, spanOf(f.origin)));
    }
    return name;
  }

  private listArgs(op: OperationContract): SdlArgument[] {
    const resource = op.resource;
    const entity = this.entities.get(resource.entity)!;
    const type = this.names.entity(entity.name);
    const base = upperFirst(resource.name);
    const args: SdlArgument[] = [];
    if (op.kind === 'search') args.push(argument('q', 'String!', { description: 'The text to search for.' }));
    args.push(...this.locator(op, false), ...this.pageArgs(resource));
    const filter = this.filterType(op, entity, base);
    if (filter !== undefined) args.push(argument('filter', filter, { description: `Only the \`${type}\` items matching every given field.` }));
    const order = this.orderType(resource, base);
    if (order !== undefined) args.push(argument('orderBy', order.name, { description: 'The order of the items.', defaultValue: order.default }));
    return args;
  }

  /** The filter input of a resource (once per resource), or undefined without filters. */
  private filterType(op: OperationContract, entity: Entity, base: string): string | undefined {
    if (this.filterNames.has(op.resource.name)) return this.filterNames.get(op.resource.name);
    const contract = this.contractOf(entity.name);
    const byName = new Map(contract.fields.map((f) => [f.name, f]));
    const fields = op.resource.filter.flatMap((rf) => (rf.foreignKey ?? [rf.field]).flatMap((n) => {
      const f = byName.get(n);
      return f === undefined ? [] : [{ field: f, required: false }];
    }));
    const name = fields.length === 0
      ? undefined
      : this.inputType(`${base}Filter`, 'filter input type', op.resource.origin,
        `Equality filters of \`${op.resource.name}\`: an item matches when every given field equals its value.`, this.inputs(entity, fields, false));
    this.filterNames.set(op.resource.name, name);
    return name;
  }

  private readonly filterNames = new Map<string, string | undefined>();
  private readonly orderNames = new Map<string, { name: string; default?: string }>();

  /** The order enum of a resource (once per resource): `TITLE_ASC`, `TITLE_DESC`… */
  private orderType(resource: Resource, base: string): { name: string; default?: string } | undefined {
    const existing = this.orderNames.get(resource.name);
    if (existing !== undefined || resource.sort.length === 0) return existing;
    const name = this.names.derive(`${base}OrderBy`, 'order enum', resource.origin);
    const scope = new NameScope();
    const valueOf = new Map<string, string>();
    const values = resource.sort.flatMap((s) => (['asc', 'desc'] as const).map((dir) => {
      const value = scope.claim(`${constantCase(s.field)}_${dir.toUpperCase()}`.replace(/^_+/, '_'));
      valueOf.set(`${dir === 'desc' ? '-' : ''}${s.field}`, value);
      return { name: value, description: `By \`${s.field}\`, ${dir === 'asc' ? 'ascending' : 'descending'}.` };
    }));
    const def = defaultSort(resource);
    const order = { name, ...(def === undefined ? {} : { default: valueOf.get(def)! }) };
    this.orderNames.set(resource.name, order);
    this.inputTypes.push(sdlType('enum', name, { description: `The orders of \`${resource.name}\`.`, values }));
    return order;
  }

  private inputType(name: string, what: string, origin: Resource['origin'], description: string | undefined, fields: readonly SdlField[]): string | undefined {
    if (fields.length === 0) return undefined;
    const graphqlName = this.names.derive(name, what, origin);
    this.inputTypes.push(sdlType('input', graphqlName, { description, fields }));
    return graphqlName;
  }

  /** The `input` argument of a mutation, required when a field is. */
  private static inputArg(type: string | undefined, fields: readonly SdlField[]): SdlArgument[] {
    if (type === undefined) return [];
    return [argument('input', fields.some((f) => f.type.endsWith('!') && f.defaultValue === undefined) ? `${type}!` : type)];
  }

  private addOperation(op: OperationContract): void {
    const resource = op.resource;
    const entity = this.entities.get(resource.entity)!;
    const type = this.names.entity(entity.name);
    const fromPath = resource.parent?.foreignKey ?? [];
    const opName = upperFirst(op.operationId);
    switch (op.kind) {
      case 'list':
      case 'search': {
        const connection = this.connection(entity.name);
        if (resource.pagination.style === 'offset') this.counted.add(entity.name);
        const what = op.kind === 'list'
          ? `A page of \`${resource.name}\`.`
          : resource.search.length === 0
            ? `A page of the \`${resource.name}\` matching \`q\`.`
            : `A page of the \`${resource.name}\` whose ${orList(resource.search.map((s) => `\`${s}\``))} match \`q\`.`;
        this.queryFields.push(field(this.queryName(op), `${connection}!`, {
          description: paragraphs(what, cleanDoc(resource.doc)),
          args: this.listArgs(op),
        }));
        return;
      }
      case 'get':
        this.queryFields.push(field(this.queryName(op), type, {
          description: `One \`${type}\` of \`${resource.name}\`; null when there is none.`,
          args: this.locator(op, true),
        }));
        return;
      case 'create': {
        const fields = this.inputs(entity, createFields(this.contractOf(entity.name), fromPath), true);
        const input = this.inputType(`${opName}Input`, 'input type', resource.origin, `The fields of a new \`${type}\`.`, fields);
        this.mutationFields.push(field(this.claimField(this.mutationScope, op.operationId, op.operationId, resource.origin), `${type}!`, {
          description: `Creates one \`${type}\` in \`${resource.name}\` and answers it.`,
          args: [...this.locator(op, false), ...SchemaBuilder.inputArg(input, fields)],
        }));
        return;
      }
      case 'update': {
        const fields = this.inputs(entity, updateFields(this.contractOf(entity.name), fromPath), false);
        const input = this.inputType(`${opName}Input`, 'input type', resource.origin, `Changes to a \`${type}\`: absent fields stay as they are.`, fields);
        this.mutationFields.push(field(this.claimField(this.mutationScope, op.operationId, op.operationId, resource.origin), `${type}!`, {
          description: `Updates one \`${type}\` of \`${resource.name}\` and answers it.`,
          args: [...this.locator(op, true), ...SchemaBuilder.inputArg(input, fields)],
        }));
        return;
      }
      case 'delete': {
        const node = this.nodes.has(entity.name);
        this.mutationFields.push(field(this.claimField(this.mutationScope, op.operationId, op.operationId, resource.origin), node ? 'ID!' : 'Boolean!', {
          description: node ? `Deletes one \`${type}\` of \`${resource.name}\` and answers its global id.` : `Deletes one \`${type}\` of \`${resource.name}\`; answers true.`,
          args: this.locator(op, true),
        }));
        return;
      }
      case 'action':
        this.addAction(op, op.action!);
    }
  }

  /** An action is a mutation, or a query when its method is GET (a read without effects). */
  private addAction(op: OperationContract, action: Action): void {
    const scope = new NameScope();
    const fields = action.input.map((f) => ({ ...this.dataField(f, true), name: this.dataFieldName(f, scope, `${op.resource.name}.${action.name}`) }));
    const input = this.inputType(`${upperFirst(op.operationId)}Input`, 'input type', action.origin, `The input of \`${op.operationId}\`.`, fields);
    const output = action.output === undefined ? 'Boolean!' : this.dataType(action.output, 'output');
    const query = action.method === 'GET';
    const [list, fieldScope] = query ? [this.queryFields, this.queryScope] : [this.mutationFields, this.mutationScope];
    list.push(field(this.claimField(fieldScope, op.operationId, op.operationId, action.origin), output, {
      description: paragraphs(cleanDoc(action.doc), action.output === undefined ? 'Answers true when done.' : undefined),
      args: [...this.locator(op, action.on === 'item'), ...SchemaBuilder.inputArg(input, fields)],
    }));
  }

  /** The GraphQL type of an action input/output, event or entity-valued field. */
  private dataType(type: TypeRef, direction: 'input' | 'output'): string {
    let base: string;
    if (type.kind === 'entity') base = direction === 'output' ? this.names.entity(type.entity) : this.valueInput(type.entity);
    else if (type.kind === 'enum') base = this.apiType({ kind: 'enum', enum: type.enum });
    else base = this.scalar(type.type);
    return typeRef(base, type.list, type.optional);
  }

  private dataField(f: DataField, input: boolean): SdlField {
    const type = input && f.default !== undefined ? this.dataType({ ...f.type, optional: true }, 'input') : this.dataType(f.type, input ? 'input' : 'output');
    const apiType: ApiType | undefined = f.type.kind === 'scalar' ? { kind: 'scalar', type: f.type.type } : f.type.kind === 'enum' ? { kind: 'enum', enum: f.type.enum } : undefined;
    return field(f.name, type, {
      description: cleanDoc(f.doc),
      defaultValue: input && apiType !== undefined ? this.defaultLiteral(f.default, apiType, f.type.list) : undefined,
    });
  }

  /** An entity used as a value in an input (`lines OrderLine[]`): `OrderLineInput`, the fields of its create body. */
  private valueInput(entityName: string): string {
    const existing = this.valueInputs.get(entityName);
    if (existing !== undefined) return existing;
    const entity = this.entities.get(entityName)!;
    const type = this.names.entity(entityName);
    const name = this.names.derive(`${type}Input`, 'input type', entity.origin);
    this.valueInputs.set(entityName, name);
    const fields = this.inputs(entity, createFields(this.contractOf(entityName)), true);
    this.inputTypes.push(sdlType('input', name, {
      description: `A \`${type}\` as a value.`,
      fields: fields.length > 0 ? fields : [field('_', 'Boolean', { description: 'Unused: the entity has no field a client sets.' })],
    }));
    return name;
  }

  // ---- Events ---------------------------------------------------------------

  private addEvent(event: Event): void {
    const name = this.names.event(event.name);
    const scope = new NameScope();
    const fields = event.fields.map((f) => ({ ...this.dataField(f, false), name: this.dataFieldName(f, scope, event.name) }));
    this.eventTypes.push(sdlType('type', name, {
      description: cleanDoc(event.doc),
      fields: fields.length > 0 ? fields : [field('_', 'Boolean', { description: 'Unused: the event has no fields.' })],
    }));
    this.subscriptionFields.push(field(this.claimField(this.subscriptionScope, lowerFirst(name), `on${name}`, event.origin), `${name}!`, {
      description: `Each \`${event.name}\` event of \`${event.aggregate}\`, as it happens.`,
    }));
  }

  // ---- The schema --------------------------------------------------------------

  build(): SdlSchema {
    if (!this.enabled) {
      this.report(diag('graphql-nothing-exposed', { backend: this.model.backend.name }, spanOf(this.model.backend.origin)));
    }
    for (const op of this.operations) this.addOperation(op);
    if (this.enabled) for (const a of this.model.aggregates) for (const ev of a.events) this.addEvent(ev);
    // Entity types last among the builders: their relation links create connections.
    const entityTypes = this.model.entities.filter((e) => this.typed.has(e.name)).map((e) => [e.name, this.entityType(e)] as const);
    const roots: { operation: 'query' | 'mutation' | 'subscription'; type: string }[] = [{ operation: 'query', type: 'Query' }];
    const types: SdlType[] = [
      sdlType('type', 'Query', {
        fields: [
          field('node', 'Node', { description: 'The object with this global id; null when there is none or the caller may not see it.', args: [argument('id', 'ID!')] }),
          ...this.queryFields,
        ],
      }),
    ];
    if (this.mutationFields.length > 0) {
      roots.push({ operation: 'mutation', type: 'Mutation' });
      types.push(sdlType('type', 'Mutation', { fields: this.mutationFields }));
    }
    if (this.subscriptionFields.length > 0) {
      roots.push({ operation: 'subscription', type: 'Subscription' });
      types.push(sdlType('type', 'Subscription', { fields: this.subscriptionFields }));
    }
    types.push(sdlType('interface', 'Node', { description: NODE_DESCRIPTION, fields: [field('id', 'ID!', { description: 'The global id.' })] }));
    if (this.connections.size > 0) {
      types.push(sdlType('type', 'PageInfo', { description: 'Where a page of a connection is (Relay cursor connections).', fields: PAGE_INFO_FIELDS, expand: true }));
    }
    for (const [name, type] of entityTypes) {
      types.push(type);
      const c = this.connections.get(name);
      if (c !== undefined) types.push(...this.connectionTypes(name, c));
    }
    types.push(...this.inputTypes, ...this.eventTypes);
    types.push(...this.enumTypes(), ...this.scalarTypes());
    for (const d of this.names.diagnostics()) this.report(d);
    return { ...(this.model.backend.doc === undefined ? {} : { description: cleanDoc(this.model.backend.doc)! }), roots, types };
  }

  private connectionTypes(entity: string, c: { connection: string; edge: string }): SdlType[] {
    const type = this.names.entity(entity);
    const fields = [
      field('edges', `[${c.edge}!]!`, { description: 'The items of this page, with their cursors.' }),
      field('pageInfo', 'PageInfo!', { description: 'Where this page is.' }),
    ];
    if (this.counted.has(entity)) {
      fields.push(field('totalCount', 'Int', { description: 'How many items match, over all pages: answered by offset-paginated lists, null from the others.' }));
    }
    return [
      sdlType('type', c.connection, { description: `A page of \`${type}\` items.`, fields, expand: true }),
      sdlType('type', c.edge, {
        description: `A \`${type}\` in a page.`,
        fields: [
          field('cursor', 'String!', { description: 'Pass it as `after` to get the items after this one.' }),
          field('node', `${type}!`),
        ],
        expand: true,
      }),
    ];
  }

  private enumTypes(): SdlType[] {
    return this.model.enums.filter((e) => this.usedEnums.has(e.name)).map((e) => sdlType('enum', this.names.enum(e.name), {
      description: cleanDoc(e.doc),
      values: e.values.map((v) => ({ name: this.names.enumValue(e.name, v.name), ...(v.doc === undefined ? {} : { description: cleanDoc(v.doc)! }) })),
    }));
  }

  private scalarTypes(): SdlType[] {
    return CUSTOM_SCALARS.filter((s) => this.usedScalars.has(s.name)).map((s) => sdlType('scalar', s.name, {
      description: s.description,
      specifiedBy: s.specifiedBy,
    }));
  }
}

/** The GraphQL schema of a model, with warnings through `report`. */
export function buildGraphqlSchema(model: ServiceModel, report: Report): SdlSchema {
  return new SchemaBuilder(model, report).build();
}
