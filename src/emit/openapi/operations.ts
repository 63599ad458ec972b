/**
 * Resource operations and actions as OpenAPI operations: summary and
 * description, path and query parameters, request body, responses per
 * status and security. Naming and shapes come from the shared API contract
 * (`../api/shapes.ts`); this module only says how OpenAPI writes them.
 *
 * Statuses: 200 (201 with `Location` for create, 204 without a body);
 * 400 always (a request that cannot be read); 404 on item and nested paths;
 * 409 where a uniqueness or a restricting foreign key can refuse the write;
 * 422 when there is a request body; 401 when the access rule is not
 * `public`, 403 when it is more than `authenticated`; 429 when the resource
 * is rate-limited.
 */
import { diag } from '../../diagnostics/codes/openapi.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { AccessRule, Entity, Origin, Resource, ServiceModel } from '../../model/model.js';
import { kebabCase, singularize, upperFirst } from '../../model/naming.js';
import type { ExampleValue } from '../api/examples.js';
import { hasBody, successStatus, type ApiField, type OperationContract, type QueryParam } from '../api/shapes.js';
import { durationWords, rateWords } from '../docs/phrases.js';
import { accessSentence, accessSource, isPublic, mayForbid } from './access.js';
import { record, ref, type Json, type JsonObject } from './json.js';
import {
  actionInputRef, bodyExample, bodySchemaName, CURSOR_EXAMPLE, dataFieldSchema, description, entityExample, entityRef,
  outputSchema, pageExample, pageRef, valueExample, valueSchema, type SchemaContext,
} from './schemas.js';

/** The shared error responses (`components.responses`), by status. */
export const ERROR_RESPONSES = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'ValidationFailed',
  429: 'TooManyRequests',
  503: 'NotReady',
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** What every operation builder needs besides the schemas. */
export interface OperationContext extends SchemaContext {
  /** The security requirement of a non-public operation: each configured scheme as an alternative. */
  readonly security: readonly JsonObject[];
  readonly report: (d: Diagnostic) => void;
}

/** An operation at a path and method. */
export interface PathOperation {
  readonly path: string;
  readonly method: string;
  readonly operation: JsonObject;
}

/** A path as a key of `paths`: `?` and `#` would end the path part of a URL, so they are percent-encoded. */
export function pathKey(path: string): string {
  return path.replace(/\?/g, '%3F').replace(/#/g, '%23');
}

/** `{name}` placeholders of a path, in order. */
function placeholders(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** `memberLoans` → `member loans`. */
function words(name: string): string {
  return kebabCase(name).replace(/-/g, ' ');
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** A short summary: `List books`, `Get a book`, `Reserve a book`, `Import csv books`. */
function summaryOf(op: OperationContract): string {
  const plural = words(op.resource.name);
  const single = article(singularize(plural));
  switch (op.kind) {
    case 'list': return `List ${plural}`;
    case 'search': return `Search ${plural}`;
    case 'get': return `Get ${single}`;
    case 'create': return `Create ${single}`;
    case 'update': return `Update ${single}`;
    case 'delete': return `Delete ${single}`;
    case 'action':
      return upperFirst(`${words(op.endpoint.name)} ${op.action?.on === 'collection' ? plural : single}`);
  }
}

/** The generated first paragraph of a standard operation's description. */
function purposeOf(op: OperationContract, entity: Entity): string | undefined {
  const e = `\`${entity.name}\``;
  switch (op.kind) {
    case 'list':
      return `Returns a page of ${e} records${op.resource.parent ? ` of the parent \`${op.resource.parent.resource}\` item` : ''}.`;
    case 'search':
      return `Returns a page of the ${e} records matching \`q\` in ${op.resource.search.map((f) => `\`${f}\``).join(', ')}.`;
    case 'get':
      return `Returns one ${e}.`;
    case 'create':
      return `Creates ${article(e)} and returns it; \`Location\` holds its URL.`;
    case 'update':
      return `Changes the given fields of ${article(e)} and returns it.`;
    case 'delete':
      return entity.softDelete ? `Deletes ${article(e)} (it is kept, marked with \`deletedAt\`).` : `Deletes ${article(e)}.`;
    case 'action':
      return op.doc;
  }
}

/** The access rule of an operation or action. */
export function ruleOf(resource: Resource, name: string): AccessRule {
  return resource.access.find((a) => a.operation === name)?.rule ?? { kind: 'public' };
}

/** The `security` of an operation: `[]` when public, else each configured scheme. */
export function securityOf(rule: AccessRule, ctx: OperationContext): readonly Json[] {
  return isPublic(rule) || ctx.security.length === 0 ? [] : ctx.security;
}

/** The description of a path parameter of `entity`. */
function pathParamDoc(field: ApiField, entity: string): string {
  if (field.doc !== undefined) return field.doc;
  if (field.foreignKey !== undefined) return `The \`${field.foreignKey.field}\` of the \`${field.foreignKey.entity}\`.`;
  return `The \`${field.name}\` of the \`${entity}\`.`;
}

function pathParameter(field: ApiField, entity: string, ctx: SchemaContext): JsonObject {
  return {
    name: field.name,
    in: 'path',
    required: true,
    description: pathParamDoc(field, entity),
    schema: valueSchema(field.type, field.constraints, ctx),
    example: valueExample(field.type, field.constraints, field.name, ctx),
  };
}

/** The example of a query parameter: its default, else a value of its type. */
function queryExample(p: QueryParam, ctx: SchemaContext): ExampleValue {
  if (p.default !== undefined) return p.default;
  if (p.values !== undefined) return p.values[0]!;
  if (p.name === 'cursor') return CURSOR_EXAMPLE;
  if (p.name === 'q') return 'example';
  return valueExample(p.type, {}, p.name, ctx);
}

function queryParameter(p: QueryParam, ctx: SchemaContext): JsonObject {
  return {
    name: p.name,
    in: 'query',
    required: p.required ? true : undefined,
    description: p.doc,
    schema: { ...valueSchema(p.type, {}, ctx), minimum: p.minimum, maximum: p.maximum, enum: p.values, default: p.default },
    example: queryExample(p, ctx),
  };
}

/** A string path parameter for a placeholder that names no field of the entity (with a warning). */
function unknownPathParameter(name: string, op: OperationContract, origin: Origin, ctx: OperationContext): JsonObject {
  ctx.report(diag('openapi-unknown-path-parameter', { name, path: op.endpoint.path, operation: op.endpoint.name, resource: op.resource.name, entity: op.resource.entity }, { span: origin }));
  return { name, in: 'path', required: true, description: `The \`${name}\` of the path (not a field of \`${op.resource.entity}\`).`, schema: { type: 'string' }, example: 'value' };
}

/** Path parameters: the contract's, plus a string one per placeholder that names no field. */
function pathParameters(op: OperationContract, ctx: OperationContext): { params: JsonObject[]; examples: Map<string, ExampleValue> } {
  const known = new Map(op.pathParams.map((f) => [f.name, f]));
  const examples = new Map<string, ExampleValue>();
  const params = placeholders(op.endpoint.path).map((name) => {
    const field = known.get(name);
    const origin = op.action?.origin ?? op.resource.origin;
    const param = field === undefined ? unknownPathParameter(name, op, origin, ctx) : pathParameter(field, op.resource.entity, ctx);
    examples.set(name, param['example'] as ExampleValue);
    return param;
  });
  return { params, examples };
}

/** The action's input fields as query parameters (GET and DELETE carry no body); entity values as JSON text. */
function actionQueryParameters(op: OperationContract, ctx: SchemaContext): JsonObject[] {
  return (op.action?.input ?? []).map((field) => {
    const { schema, example } = dataFieldSchema(field, ctx);
    const required = !field.type.optional && field.default === undefined ? true : undefined;
    const { description: doc, examples: _examples, ...bare } = schema as JsonObject & { description?: string; examples?: Json };
    if (field.type.kind === 'entity') {
      return { name: field.name, in: 'query', required, description: doc, content: { 'application/json': { schema: bare, example } } };
    }
    return { name: field.name, in: 'query', required, description: doc, schema: bare, explode: field.type.list ? true : undefined, example };
  });
}

/** A URL path with the path parameters' examples filled in, percent-encoded, for `Location` examples. */
function fillPath(path: string, values: ReadonlyMap<string, ExampleValue>): string {
  return path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) return encodeURIComponent(String(values.get(param[1]!) ?? param[1]));
      // encodeURI throws on a lone surrogate: it becomes U+FFFD first.
      const wellFormed = part.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
      return encodeURI(wellFormed).replace(/\?/g, '%3F').replace(/#/g, '%23');
    })
    .join('');
}

/** Whether the entity has a uniqueness a create (`withKey`: a client-set key too) or update can break. */
function hasUniqueness(entity: Entity, withKey: boolean, ctx: SchemaContext): boolean {
  const contract = ctx.entities.get(entity.name)!;
  if (contract.fields.some((f) => f.unique && !f.id)) return true;
  if (entity.indexes.some((ix) => ix.unique)) return true;
  return withKey && contract.key.some((f) => !f.readOnly);
}

/** Whether another record can hold on to this one (`onDelete: restrict` or `noAction`), refusing its delete. */
function isRestricted(entity: Entity, model: ServiceModel): boolean {
  return model.relations.some((r) => r.foreignKey?.references.entity === entity.name && (r.onDelete === 'restrict' || r.onDelete === 'noAction'));
}

/** The success response of an operation. */
function successResponse(op: OperationContract, entity: Entity, pathExamples: ReadonlyMap<string, ExampleValue>, ctx: SchemaContext): [string, JsonObject] {
  const status = successStatus(op);
  const result = op.result;
  if (result.kind === 'none') return [String(status), { description: op.kind === 'delete' ? `The \`${entity.name}\` is deleted.` : 'Done; there is no content.' }];
  let schema: JsonObject;
  let example: ExampleValue;
  let doc: string;
  if (result.kind === 'page') {
    schema = pageRef(result.entity, result.style, ctx);
    example = pageExample(result.entity, result.style, ctx);
    doc = `A page of \`${result.entity}\` records.`;
  } else if (result.kind === 'entity') {
    schema = entityRef(result.entity, ctx);
    example = entityExample(result.entity, ctx);
    doc = op.kind === 'create' ? `The created \`${result.entity}\`.` : op.kind === 'update' ? `The updated \`${result.entity}\`.` : `The \`${result.entity}\`.`;
  } else {
    ({ schema, example } = outputSchema(result.type, ctx));
    doc = 'The result.';
  }
  let headers: JsonObject | undefined;
  if (op.kind === 'create') {
    const created = example as Record<string, ExampleValue>;
    const values = new Map(pathExamples);
    for (const key of ctx.entities.get(entity.name)!.key) values.set(key.name, created[key.name] ?? key.name);
    const keyPath = `${op.endpoint.path === '/' ? '' : op.endpoint.path}${ctx.entities.get(entity.name)!.key.map((k) => `/{${k.name}}`).join('')}`;
    headers = {
      Location: {
        description: `The URL of the created \`${entity.name}\`.`,
        required: true,
        schema: { type: 'string', format: 'uri-reference' },
        example: fillPath(keyPath, values),
      },
    };
  }
  return [String(status), { description: doc, headers, content: { 'application/json': { schema, example } } }];
}

/** The statuses of the shared error responses of an operation, in order. */
function errorStatuses(op: OperationContract, entity: Entity, rule: AccessRule, hasRequestBody: boolean, ctx: OperationContext): ErrorStatus[] {
  const statuses: ErrorStatus[] = [400];
  if (!isPublic(rule)) statuses.push(401);
  if (mayForbid(rule)) statuses.push(403);
  if (placeholders(op.endpoint.path).length > 0) statuses.push(404);
  const conflict =
    (op.kind === 'create' && hasUniqueness(entity, true, ctx)) ||
    (op.kind === 'update' && hasUniqueness(entity, false, ctx)) ||
    (op.kind === 'delete' && isRestricted(entity, ctx.model));
  if (conflict) statuses.push(409);
  if (hasRequestBody) statuses.push(422);
  if (op.resource.rateLimit !== undefined) statuses.push(429);
  return statuses;
}

/** Response entries of the shared error responses. */
export function errorResponses(statuses: readonly ErrorStatus[]): [string, JsonObject][] {
  return statuses.map((s) => [String(s), ref('responses', ERROR_RESPONSES[s])]);
}

/** The request body of an operation, if it has one. */
function requestBodyOf(op: OperationContract, ctx: SchemaContext): JsonObject | undefined {
  const entity = op.resource.entity;
  if (op.kind === 'create' || op.kind === 'update') {
    const name = bodySchemaName(op.kind === 'create' ? 'Create' : 'Update', entity, op.resource.name, op.body, ctx);
    return { required: true, content: { 'application/json': { schema: ref('schemas', name), example: bodyExample(op.body, ctx) } } };
  }
  const action = op.action;
  if (action === undefined || action.input.length === 0 || !hasBody(action.method)) return undefined;
  const { schema, example } = actionInputRef(op.operationId, `The input of \`${op.operationId}\`.`, action.input, ctx);
  return { required: true, content: { 'application/json': { schema, example } } };
}

/** Sentences about rate limits and caching. */
function limitsOf(resource: Resource, kind: OperationContract['kind']): string | undefined {
  const parts: string[] = [];
  if (resource.rateLimit !== undefined) parts.push(`Rate limit: ${rateWords(resource.rateLimit)} per client.`);
  if (resource.cacheMs !== undefined && (kind === 'list' || kind === 'get' || kind === 'search')) {
    parts.push(`Responses may be cached for ${durationWords(resource.cacheMs)}.`);
  }
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** One resource operation or action. */
export function resourceOperation(op: OperationContract, ctx: OperationContext): PathOperation {
  const entity = ctx.model.entities.find((e) => e.name === op.resource.entity)!;
  const rule = ruleOf(op.resource, op.endpoint.name);
  const { params: pathParams, examples } = pathParameters(op, ctx);
  const queryInputs = op.action !== undefined && !hasBody(op.action.method) ? actionQueryParameters(op, ctx) : [];
  const parameters = [...pathParams, ...op.queryParams.map((p) => queryParameter(p, ctx)), ...queryInputs];
  const requestBody = requestBodyOf(op, ctx);
  const responses = record([
    successResponse(op, entity, examples, ctx),
    ...errorResponses(errorStatuses(op, entity, rule, requestBody !== undefined, ctx)),
  ]);
  const access = ctx.model.auth === undefined ? undefined : accessSentence(rule);
  return {
    path: pathKey(op.endpoint.path),
    method: op.endpoint.method.toLowerCase(),
    operation: {
      tags: [op.resource.name],
      summary: summaryOf(op),
      description: description(purposeOf(op, entity), access, limitsOf(op.resource, op.kind)),
      operationId: op.operationId,
      parameters: parameters.length > 0 ? parameters : undefined,
      requestBody,
      responses,
      security: securityOf(rule, ctx),
      'x-pab-access': ctx.model.auth === undefined ? undefined : accessSource(rule),
    },
  };
}
