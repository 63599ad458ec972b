/**
 * The view model of the `ts-fastify` templates: every name, path, table and
 * type the generated service needs, decided here from the IR, the shared API
 * contract (`../api/shapes.ts`), the `openapi` target's document and the
 * Prisma schema. Every user string is escaped here (`tsLiteral`, `tsString`,
 * `tsIdent`) or by a template filter; templates only loop and branch.
 */
import { accessRuleText } from '../../model/access-text.js';
import type { Entity, ServiceModel } from '../../model/model.js';
import { lowerFirst, upperFirst } from '../../model/naming.js';
import { buildContract, entityContract, filterParams, defaultSort, sortValues, successStatus, type ApiField, type OperationContract } from '../api/shapes.js';
import { sqlIdent, tsIdent, tsLiteral, tsString } from '../escape.js';
import type { Json, JsonObject } from '../openapi/json.js';
import type { PrismaSchema } from '../prisma/schema.js';
import { compileRule, roleTable, type PrismaFieldNames } from './access.js';
import { buildApiKeyView, type ApiKeyView } from './apikeys.js';
import { buildAuthView, type AuthView } from './auth.js';
import { ADMIN_ENTITIES, type AdminTables } from './admin-model.js';
import type { AuthTables } from './auth-model.js';
import { operationsById, routeSchema, schemaType, sharedSchemas, typeName } from './schemas.js';
import { buildTestData, compactLiteral } from './test-data.js';

export interface OperationView {
  readonly operationId: string;
  readonly kind: OperationContract['kind'];
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly actionIdent?: string;
  readonly inputInBody?: boolean;
  /** The rule is `public`: no access hook at all (the check would decide nothing). */
  readonly public: boolean;
}

export interface ActionView {
  readonly name: string;
  readonly doc?: string;
  /** The export of the actions scaffold (and the key of the actions interface). */
  readonly ident: string;
  readonly item: boolean;
  readonly paramsType: string;
  readonly inputType: string;
  readonly outputType: string;
}

export interface ResourceView {
  readonly name: string;
  readonly file: string;
  readonly routesIdent: string;
  readonly serviceFactory: string;
  readonly repositoryFactory: string;
  readonly entityFile: string;
  readonly operations: readonly OperationView[];
  readonly actions: readonly ActionView[];
  readonly actionsType: string;
  readonly entityType: string;
  readonly createType: string;
  readonly updateType: string;
  readonly typeImports: readonly string[];
  readonly hookTypeImports: readonly string[];
  readonly actionTypeImports: readonly string[];
  readonly listSpec: string;
  readonly keyNames: string;
  readonly parentNames: string;
  readonly keyLocation: string;
  readonly rateLimit?: { readonly max: number; readonly windowMs: number };
  /** The resource of the sign-in identity: its writes keep the password policy and nobody changes their own role. */
  readonly identity?: boolean;
}

export interface EntityView {
  readonly name: string;
  readonly file: string;
  readonly metaIdent: string;
  readonly repositoryFactory: string;
  readonly prismaProperty: string;
  readonly meta: string;
}

export interface TsFastifyView {
  readonly resources: readonly ResourceView[];
  readonly entities: readonly EntityView[];
  readonly types: readonly { readonly name: string; readonly type: string }[];
  readonly shared: string;
  readonly routes: string;
  readonly roles: string;
  readonly rules: string;
  /** Per operation id: `{ id: 'resource.operation', text }`, what a denial logs (access.ts `RULE_INFO`). */
  readonly ruleInfo: string;
  /** The generated tests' tables: `ENTITIES`, the principal entity and the role names (test/generated/data.ts). */
  readonly tests: { readonly entities: string; readonly principal: string; readonly roles: string; readonly claims: string };
  /** Per resource name, its test table (test/generated/<resource>.test.ts). */
  readonly testSpecs: ReadonlyMap<string, string>;
  /** Sign-in (register, login, refresh, ...) when the spec has password sign-in with JWTs. */
  readonly auth?: AuthView;
  /** API keys (`auth.apiKey`): the settings, the endpoints and, for the generated tests, the operations a key is tried on. */
  readonly apiKeys?: ApiKeyView & { readonly probes: string };
  /**
   * The admin role that passes every rule (`auth.admin`), with the Prisma delegate of the audit log when overrides
   * are audited; absent without an admin (or when an entity took the audit table's name).
   */
  readonly admin?: { readonly role: string; readonly auditDelegate?: string };
  /** The spec's roles as `applyMigrations` seeds them (`[{ name, description, permissions: [[name, inherited]] }]`), when stored. */
  readonly roleSeed?: string;
  /** The Prisma delegates of the role tables (the generated tests read them), when stored. */
  readonly roleDelegates?: { readonly role: string; readonly permission: string };
  /** The password hash of `secret` fields and sign-in, and the policy (`passwords.ts`). */
  readonly passwords: { readonly hash: 'argon2id' | 'bcrypt'; readonly hashName: string; readonly policy: string };
}

/** `@@map("users")` / `@map("user_id")` → the quoted name; undefined without one. */
function mapped(attributes: readonly string[], block: boolean): string | undefined {
  const prefix = block ? '@@map(' : '@map(';
  const attr = attributes.find((a) => a.startsWith(prefix));
  return attr === undefined ? undefined : (JSON.parse(attr.slice(prefix.length, -1)) as string);
}

/** Entity → spec field → Prisma field, matched through table and column names. */
export function prismaFieldNames(model: ServiceModel, prisma: PrismaSchema): { names: PrismaFieldNames; models: Map<string, string> } {
  const byTable = new Map(prisma.models.map((b) => [mapped(b.attributes, true) ?? b.name, b]));
  const names = new Map<string, Map<string, string>>();
  const models = new Map<string, string>();
  for (const entity of model.entities) {
    const block = byTable.get(entity.table);
    const fields = new Map<string, string>();
    names.set(entity.name, fields);
    models.set(entity.name, block?.name ?? entity.name);
    if (block === undefined) continue;
    const byColumn = new Map(block.fields.map((f) => [mapped(f.attributes, false) ?? f.name, f.name]));
    const byName = new Set(block.fields.map((f) => f.name));
    for (const f of entity.fields) {
      if (f.kind === 'relation') fields.set(f.name, byName.has(f.name) ? f.name : `${f.name}_`);
      else fields.set(f.name, byColumn.get(f.column) ?? f.name);
    }
  }
  return { names, models };
}

const KIND: Readonly<Record<string, string>> = {
  string: 'string', text: 'string', email: 'string', url: 'string', uuid: 'string', secret: 'secret',
  int: 'int', bigint: 'bigint', decimal: 'decimal', float: 'float', boolean: 'boolean',
  date: 'date', datetime: 'datetime', json: 'json', bytes: 'bytes',
};

function fieldKind(f: ApiField): string {
  return f.type.kind === 'enum' ? 'enum' : KIND[f.type.type]!;
}

/**
 * PostgreSQL: the get-by-key query of an entity with a one-field key, run
 * without the ORM (the service's hot path; see crud.ts). Each column comes
 * back under its Prisma field name; the types whose driver value differs from
 * Prisma's (decimal, bigint, date, enum lists and the lists of those) come as
 * text, which `fromSql` in serialize.ts turns into what Prisma would give.
 */
function byKeySql(entity: Entity, names: ReadonlyMap<string, string>, fields: readonly ApiField[], deleted: string | undefined): string | undefined {
  if (entity.primaryKey.fields.length !== 1) return undefined;
  const id = (name: string): string => sqlIdent(name, 'postgres');
  const columns = new Map(entity.fields.flatMap((f) => (f.kind === 'scalar' || f.kind === 'enum' ? [[f.name, f.column] as const] : [])));
  const select: string[] = [];
  for (const f of fields) {
    const column = columns.get(f.name);
    if (column === undefined) return undefined;
    const kind = fieldKind(f);
    if (kind === 'secret') continue;
    const text = ['decimal', 'bigint', 'date', 'enum'].includes(kind);
    const expr = !text ? id(column)
      : f.list ? `${id(column)}::text[]`
      : kind === 'date' ? `to_char(${id(column)}, 'YYYY-MM-DD')`
      : `${id(column)}::text`;
    select.push(`${expr} AS ${id(names.get(f.name) ?? f.name)}`);
  }
  const key = columns.get(entity.primaryKey.fields[0]!);
  if (key === undefined) return undefined;
  const live = deleted === undefined ? '' : ` AND ${id(deleted)} IS NULL`;
  return `SELECT ${select.join(', ')} FROM ${id(entity.table)} WHERE ${id(key)} = $1${live}`;
}

function entityMeta(entity: Entity, names: ReadonlyMap<string, string>, database: string): Json {
  const contract = entityContract(entity);
  const deleted = entity.fields.find((f) => f.kind === 'scalar' && f.managed === 'deletedAt');
  const deletedColumn = entity.softDelete && deleted?.kind === 'scalar' ? deleted.column : undefined;
  return {
    name: entity.name,
    fields: contract.fields.map((f) => ({
      name: f.name,
      prisma: names.get(f.name) ?? f.name,
      kind: fieldKind(f),
      list: f.list ? true : undefined,
      nullable: f.nullable ? true : undefined,
      scale: f.type.kind === 'scalar' && f.type.type === 'decimal' ? f.type.scale ?? 0 : undefined,
    })),
    key: entity.primaryKey.fields,
    softDelete: entity.softDelete && deleted !== undefined ? names.get(deleted.name) ?? deleted.name : undefined,
    byKeySql: database === 'postgres' ? byKeySql(entity, names, contract.fields, deletedColumn) : undefined,
  } as Json;
}

/** A Fastify URL of an OpenAPI path: `{id}` → `:id`, a literal `:` doubled. */
export function fastifyPath(path: string): string {
  return path.split(/(\{[^}]+\})/).map((part) => {
    const m = /^\{([^}]+)\}$/.exec(part);
    return m ? `:${m[1]}` : part.replace(/:/g, '::');
  }).join('');
}

function objectOf(params: readonly JsonObject[]): JsonObject {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [String(p['name']), (p['schema'] ?? { type: 'string' }) as Json])),
    required: params.filter((p) => p['required'] === true).map((p) => String(p['name'])),
  };
}

function refName(schema: Json | undefined): string | undefined {
  const ref = (schema as JsonObject | undefined)?.['$ref'];
  return typeof ref === 'string' ? ref.replace(/^#\/components\/schemas\//, '') : undefined;
}

function jsonSchemaOf(container: Json | undefined): Json | undefined {
  return ((container as JsonObject | undefined)?.['content'] as JsonObject | undefined)?.['application/json'] === undefined
    ? undefined
    : (((container as JsonObject)['content'] as JsonObject)['application/json'] as JsonObject)['schema'];
}

/** Type names (of the document's components) a type text refers to. */
function typeRefs(texts: readonly string[], known: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/[\p{ID_Start}$_][\p{ID_Continue}$]*/gu)) if (known.has(m[0])) out.add(m[0]);
  return [...out].sort();
}

/** The whole view of a spec. `report` gets the source of each access condition the service cannot evaluate. */
export function buildView(
  model: ServiceModel,
  doc: JsonObject,
  prisma: PrismaSchema,
  unsupported: (what: string, origin: Entity['origin']) => void,
  tables?: AuthTables,
  admin?: AdminTables,
): TsFastifyView {
  const contract = buildContract(model, 'rest');
  const byId = operationsById(doc);
  const { names, models } = prismaFieldNames(model, prisma);
  const metaOf = (entity: Entity): Json => entityMeta(entity, names.get(entity.name) ?? new Map(), model.backend.database ?? 'postgres');
  const components = Object.keys(((doc['components'] as JsonObject | undefined)?.['schemas'] ?? {}) as JsonObject);
  const known = new Set(components.map(typeName));
  const entities = new Map(model.entities.map((e) => [e.name, e]));
  const usedEntities: string[] = [];
  const routeSchemas: Record<string, Json> = {};
  const rules: Record<string, Json> = {};
  const ruleInfo: Record<string, Json> = {};
  const resources: ResourceView[] = [];
  const resourceNames = [...new Set(contract.operations.map((op) => op.resource.name))];

  for (const resourceName of resourceNames) {
    const ops = contract.operations.filter((op) => op.resource.name === resourceName);
    const resource = ops[0]!.resource;
    const entity = entities.get(resource.entity)!;
    if (!usedEntities.includes(entity.name)) usedEntities.push(entity.name);
    const ec = entityContract(entity);
    const file = resource.name;
    const ident = tsIdent(resource.name);
    let entityType = typeName(entity.name);
    let createType = 'Record<string, unknown>';
    let updateType = 'Record<string, unknown>';
    const operations: OperationView[] = [];
    const actions: ActionView[] = [];
    for (const op of ops) {
      const found = byId.get(op.operationId);
      if (found === undefined) continue;
      const status = successStatus(op);
      routeSchemas[op.operationId] = routeSchema(found, status);
      const declared = resource.access.find((a) => a.operation === op.endpoint.name);
      const rule = declared?.rule ?? { kind: 'public' as const };
      rules[op.operationId] = compileRule(rule, entity, { model, names, unsupported: (what) => unsupported(what, resource.origin) }) as Json;
      ruleInfo[op.operationId] = { id: `${resource.name}.${op.endpoint.name}`, text: `${accessRuleText(rule)}${declared === undefined || declared.implicit ? ' (the default)' : ''}` };
      const body = jsonSchemaOf((found.operation['requestBody'] as Json | undefined));
      const success = jsonSchemaOf(((found.operation['responses'] as JsonObject)[String(status)]));
      if (op.kind === 'create' && refName(body)) createType = typeName(refName(body)!);
      if (op.kind === 'update' && refName(body)) updateType = typeName(refName(body)!);
      if ((op.kind === 'get' || op.kind === 'create' || op.kind === 'update') && refName(success)) entityType = typeName(refName(success)!);
      const view: OperationView = { operationId: op.operationId, kind: op.kind, method: op.endpoint.method, url: fastifyPath(op.endpoint.path), status, public: rule.kind === 'public' };
      if (op.kind === 'action' && op.action !== undefined) {
        const params = ((found.operation['parameters'] ?? []) as JsonObject[]);
        const queryInputs = params.filter((p) => p['in'] === 'query');
        const inputType = body !== undefined ? schemaType(body) : queryInputs.length > 0 ? schemaType(objectOf(queryInputs)) : 'Record<string, never>';
        const a: ActionView = {
          name: op.action.name,
          ...(op.action.doc === undefined ? {} : { doc: op.action.doc }),
          ident: tsIdent(op.action.name),
          item: op.action.on === 'item',
          paramsType: schemaType(objectOf(params.filter((p) => p['in'] === 'path'))).replace(/\n\s*/g, ' '),
          inputType: inputType.replace(/\n\s*/g, ' '),
          outputType: success === undefined ? 'void' : schemaType(success).replace(/\n\s*/g, ' '),
        };
        actions.push(a);
        operations.push({ ...view, actionIdent: `run_${a.ident}`, inputInBody: body !== undefined });
      } else operations.push(view);
    }
    const entityFile = entity.name;
    const typeTexts = [entityType, createType, updateType];
    const actionTexts = actions.flatMap((a) => [a.paramsType, a.inputType, a.outputType]);
    const listSpec = {
      style: resource.pagination.style,
      defaultLimit: resource.pagination.default,
      filters: filterParams(resource, ec).map((p) => p.name),
      sorts: sortValues(resource),
      defaultSort: defaultSort(resource),
      search: resource.search.filter((name) => {
        const f = ec.fields.find((x) => x.name === name);
        return f !== undefined && f.type.kind === 'scalar' && ['string', 'text', 'email', 'url'].includes(f.type.type) && !f.list;
      }),
      insensitive: model.backend.database === 'postgres',
    };
    resources.push({
      name: resource.name,
      file,
      routesIdent: `${ident}Routes`,
      serviceFactory: `create${upperFirst(ident)}Service`,
      repositoryFactory: `create${upperFirst(tsIdent(entity.name))}Repository`,
      entityFile,
      operations,
      actions,
      actionsType: `${upperFirst(ident)}Actions`,
      entityType,
      createType,
      updateType,
      typeImports: typeRefs([...typeTexts, ...actionTexts], known),
      hookTypeImports: typeRefs(typeTexts, known),
      actionTypeImports: typeRefs(actionTexts, known),
      listSpec: tsLiteral(listSpec),
      keyNames: tsLiteral(entity.primaryKey.fields),
      parentNames: tsLiteral(resource.parent?.foreignKey ?? []),
      keyLocation: entity.primaryKey.fields.map((k) => `\${encodeURIComponent(String(row[${tsString(k)}]))}`).join('/'),
      ...(resource.rateLimit === undefined ? {} : { rateLimit: { max: resource.rateLimit.count, windowMs: resource.rateLimit.perSeconds * 1000 } }),
      ...(tables?.identity.name === entity.name ? { identity: true } : {}),
    });
  }

  const entityViews: EntityView[] = usedEntities.map((name) => {
    const entity = entities.get(name)!;
    const ident = upperFirst(tsIdent(name));
    return {
      name,
      file: name,
      metaIdent: `${ident.toUpperCase() === ident ? `${ident}_` : ident}Meta`,
      repositoryFactory: `create${ident}Repository`,
      prismaProperty: tsIdent(lowerFirst(models.get(name) ?? name)),
      meta: tsLiteral(metaOf(entity), 2),
    };
  });

  const auth = buildAuthView(model, doc, tables, names, models, metaOf);
  if (auth !== undefined) Object.assign(routeSchemas, auth.routeSchemas);
  const apiKeys = buildApiKeyView(model, doc, tables, names, models, rules);
  if (apiKeys !== undefined) Object.assign(routeSchemas, apiKeys.routeSchemas);
  const policy = model.auth?.password ?? { hash: 'argon2id' as const, minLength: 12, maxLength: 128, require: [], history: 0 };
  const passwords = {
    hash: policy.hash,
    hashName: policy.hash === 'bcrypt' ? 'bcrypt, @node-rs/bcrypt' : 'argon2id, @node-rs/argon2',
    policy: tsLiteral({ hash: policy.hash, minLength: policy.minLength, maxLength: policy.maxLength, require: [...policy.require], history: policy.history }),
  };
  const schemas = ((doc['components'] as JsonObject | undefined)?.['schemas'] ?? {}) as JsonObject;
  const testData = buildTestData(model, contract, doc, {
    prismaProperty: (name) => tsIdent(lowerFirst(models.get(name) ?? name)),
    meta: metaOf,
  });
  return {
    resources,
    entities: entityViews,
    types: Object.entries(schemas).map(([name, schema]) => ({ name: typeName(name), type: schemaType(schema) })),
    shared: tsLiteral(sharedSchemas(doc), 2),
    routes: tsLiteral(routeSchemas, 2),
    roles: tsLiteral(roleTable(model.auth), 2),
    rules: tsLiteral(rules, 2),
    ruleInfo: tsLiteral(ruleInfo, 2),
    tests: { entities: compactLiteral(testData.entities), principal: tsLiteral(testData.principal), roles: tsLiteral(testData.roles), claims: compactLiteral(testData.claims) },
    testSpecs: new Map([...testData.resources].map(([name, spec]) => [name, compactLiteral(spec)])),
    ...(auth === undefined ? {} : { auth: auth.view }),
    ...(apiKeys === undefined ? {} : { apiKeys: { ...apiKeys.view, probes: compactLiteral(apiKeyProbes(testData.resources)) } }),
    ...adminView(model, admin, (name) => tsIdent(lowerFirst(models.get(name) ?? name))),
    passwords,
  };
}

/** The admin override and the role seed of the view (see `TsFastifyView.admin` and `roleSeed`). */
function adminView(model: ServiceModel, tables: AdminTables | undefined, delegate: (entity: string) => string): Pick<TsFastifyView, 'admin' | 'roleSeed' | 'roleDelegates'> {
  const auth = model.auth;
  if (auth === undefined || tables === undefined) return {};
  const roleSeed = tables.roles
    ? tsLiteral(auth.roles.map((r) => ({
      name: r.name,
      description: r.doc ?? null,
      permissions: r.allPermissions.map((p) => [p, !r.permissions.includes(p)]),
    })), 2)
    : undefined;
  return {
    ...(auth.admin === undefined ? {} : { admin: { role: auth.admin.role, ...(tables.audit ? { auditDelegate: delegate(ADMIN_ENTITIES.audit) } : {}) } }),
    ...(roleSeed === undefined ? {} : { roleSeed, roleDelegates: { role: delegate(ADMIN_ENTITIES.role), permission: delegate(ADMIN_ENTITIES.rolePermission) } }),
  };
}

/** The get and list operations of the resources (their tables' ids, paths, entity and key), where the API-key tests try a key. */
function apiKeyProbes(resources: ReadonlyMap<string, Json>): Json[] {
  const out: Json[] = [];
  for (const spec of resources.values()) {
    const s = spec as JsonObject;
    for (const kind of ['get', 'list'] as const) {
      const op = s[kind] as JsonObject | undefined;
      if (op !== undefined) out.push({ kind, id: op['id']!, path: op['path']!, entity: s['entity']!, key: s['key']!, parent: s['parent']!, ...(op['max'] === undefined ? {} : { max: op['max'] }) });
    }
  }
  return out;
}
