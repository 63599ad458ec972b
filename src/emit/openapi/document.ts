/**
 * The OpenAPI 3.1 document of a spec: info, servers, tags, paths (resource
 * operations and actions from the shared contract, the auth endpoints, and
 * `/health`, `/ready`, `/metrics`), then components (schemas, shared error
 * responses as RFC 9457 problem details, headers, security schemes). Keys
 * follow OpenAPI's conventional order; the document is the same for the
 * same spec, byte for byte.
 *
 * The document is written even when no resource is exposed over REST: the
 * generated service still serves its health, readiness and metrics
 * endpoints, and the auth endpoints when the spec has an identity.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ServiceModel } from '../../model/model.js';
import type { ExampleValue } from '../api/examples.js';
import { buildContract } from '../api/shapes.js';
import { authOperations, csrfTokenHeader, securityRequirement, securitySchemes, sessionCookieHeader } from './auth.js';
import { GROUP, SchemaRegistry } from './components.js';
import { finalize, record, ref, type Json, type JsonObject } from './json.js';
import { ERROR_RESPONSES, resourceOperation, type ErrorStatus, type OperationContext, type PathOperation } from './operations.js';
import { mdLiteral } from './markdown.js';
import { pruneComponents } from './prune.js';

/** The OpenAPI version written. */
export const OPENAPI_VERSION = '3.1.0';

const PROBLEM_TYPES: Record<ErrorStatus, { title: string; doc: string; detail: string }> = {
  400: { title: 'Bad Request', doc: 'The request cannot be read: malformed JSON, or a parameter of the wrong type or out of range.', detail: 'The parameter `limit` must be an integer.' },
  401: { title: 'Unauthorized', doc: 'Not signed in, or the credentials are wrong or expired.', detail: 'The access token has expired.' },
  403: { title: 'Forbidden', doc: 'Signed in, but the access rule does not allow it.', detail: 'This needs another role.' },
  404: { title: 'Not Found', doc: 'No such record (or no such parent record).', detail: 'There is no record with this key.' },
  409: { title: 'Conflict', doc: 'Conflicts with stored data: a unique value is taken, or other records still refer to this one.', detail: 'The value of `email` is taken.' },
  422: { title: 'Unprocessable Content', doc: 'The request body is well-formed but invalid; `errors` says where and why.', detail: 'The request has 1 invalid field.' },
  429: { title: 'Too Many Requests', doc: 'Too many requests from this client; retry after `Retry-After` seconds.', detail: 'Retry in 30 seconds.' },
  503: { title: 'Service Unavailable', doc: 'Not ready: a dependency such as the database cannot be reached.', detail: 'The database cannot be reached.' },
};

/** The `Problem` and `ValidationProblem` schemas; their names. */
function problemSchemas(registry: SchemaRegistry): { problem: string; validation: string } {
  const example = { type: 'about:blank', title: 'Not Found', status: 404, detail: PROBLEM_TYPES[404].detail, instance: '/books/3f2b8c1e-9a4d-4e7b-8c2a-5d6f7e8a9b0c' };
  const problem = registry.derived(['Problem'], {
    description: 'An error, as RFC 9457 problem details.',
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: {
      type: { description: 'A URI that identifies the kind of problem; `about:blank` when the status says it all.', type: 'string', format: 'uri-reference', default: 'about:blank', examples: ['about:blank'] },
      title: { description: 'A short summary of the kind of problem.', type: 'string', examples: ['Not Found'] },
      status: { description: 'The HTTP status code.', type: 'integer', minimum: 100, maximum: 599, examples: [404] },
      detail: { description: 'What went wrong this time.', type: 'string', examples: [example.detail] },
      instance: { description: 'The request path.', type: 'string', format: 'uri-reference', examples: [example.instance] },
      rule: { description: 'The access rule that refused the request, as `resource.operation` (sent by services running in development only).', type: 'string', examples: ['orders.update'] },
    },
    examples: [example],
  }, [GROUP.error, 0, 0]);
  const errorItem = { pointer: '/title', detail: 'Must be at least 1 character long.' };
  const validation = registry.derived(['ValidationProblem'], {
    description: 'Problem details of an invalid request, with one entry per invalid value.',
    allOf: [ref('schemas', problem)],
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        description: 'The invalid values.',
        type: 'array',
        items: {
          type: 'object',
          required: ['pointer', 'detail'],
          properties: {
            pointer: { description: 'A JSON Pointer to the invalid value in the request body.', type: 'string', examples: [errorItem.pointer] },
            detail: { description: 'What is wrong with it.', type: 'string', examples: [errorItem.detail] },
          },
        },
        examples: [[errorItem]],
      },
    },
    examples: [{ type: 'about:blank', title: PROBLEM_TYPES[422].title, status: 422, detail: PROBLEM_TYPES[422].detail, errors: [errorItem] }],
  }, [GROUP.error, 0, 1]);
  return { problem, validation };
}

/** The shared error responses, by name. */
function errorResponseComponents(names: { problem: string; validation: string }): JsonObject {
  return record((Object.keys(ERROR_RESPONSES).map(Number) as ErrorStatus[]).map((status) => {
    const t = PROBLEM_TYPES[status];
    const example: Record<string, ExampleValue> = { type: 'about:blank', title: t.title, status, detail: t.detail };
    if (status === 422) example['errors'] = [{ pointer: '/title', detail: 'Must be at least 1 character long.' }];
    return [ERROR_RESPONSES[status], {
      description: t.doc,
      headers: status === 429 ? { 'Retry-After': ref('headers', 'RetryAfter') } : undefined,
      content: { 'application/problem+json': { schema: ref('schemas', status === 422 ? names.validation : names.problem), example } },
    }];
  }));
}

/** `/health`, `/ready` and (with Prometheus metrics) `/metrics`. */
function systemOperations(model: ServiceModel, tag: string, registry: SchemaRegistry, open: readonly Json[]): PathOperation[] {
  const health = registry.derived(['Health'], {
    description: 'The service answers.',
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['ok'], examples: ['ok'] } },
    examples: [{ status: 'ok' }],
  }, [GROUP.system, 0, 0]);
  const ok = (doc: string): JsonObject => ({ description: doc, content: { 'application/json': { schema: ref('schemas', health), example: { status: 'ok' } } } });
  const ops: PathOperation[] = [
    { path: '/health', method: 'get', operation: { tags: [tag], summary: 'Liveness', description: 'Answers while the process runs (a liveness probe).', operationId: 'getHealth', responses: { 200: ok('Alive.') }, security: open } },
    { path: '/ready', method: 'get', operation: { tags: [tag], summary: 'Readiness', description: 'Answers 200 when the service can take requests (its database is reachable), else 503 (a readiness probe).', operationId: 'getReadiness', responses: { 200: ok('Ready.'), 503: ref('responses', ERROR_RESPONSES[503]) }, security: open } },
  ];
  if (model.deploy.observability.metrics === 'prometheus') {
    ops.push({ path: '/metrics', method: 'get', operation: {
      tags: [tag], summary: 'Metrics', description: 'Metrics in the Prometheus text format, for scraping.', operationId: 'getMetrics',
      responses: { 200: { description: 'The metrics.', content: { 'text/plain; version=0.0.4': { schema: { type: 'string' }, example: '# HELP http_requests_total Requests served.\n# TYPE http_requests_total counter\nhttp_requests_total{method="GET",status="200"} 1\n' } } } },
      security: open,
    } });
  }
  return ops;
}

/** A tag name not used by a resource: `auth`, else `auth-endpoints`… */
function freeTag(preferred: string, taken: ReadonlySet<string>): string {
  let name = preferred;
  for (let n = 2; taken.has(name); n++) name = `${preferred}-${n}`;
  return name;
}

/** The operation with `System` appended to its id while a resource or auth operation has it. */
function withFreeId(op: PathOperation, taken: ReadonlySet<string>): PathOperation {
  let id = String(op.operation['operationId']);
  while (taken.has(id)) id = `${id}System`;
  return { ...op, operation: { ...op.operation, operationId: id } };
}

/** `paths`: operations grouped by path in order of first appearance; a system endpoint a resource already routes is left out. */
function pathsOf(ops: readonly PathOperation[]): JsonObject {
  const byPath = new Map<string, [string, JsonObject][]>();
  for (const op of ops) {
    const item = byPath.get(op.path) ?? [];
    if (item.some(([method]) => method === op.method)) continue;
    item.push([op.method, op.operation]);
    byPath.set(op.path, item);
  }
  return record([...byPath].map(([path, item]) => [path, record(item)]));
}

/** The whole document, as plain JSON data in output order. */
export function buildDocument(model: ServiceModel, report: (d: Diagnostic) => void): JsonObject {
  const registry = new SchemaRegistry([...model.entities.map((e) => e.name), ...model.enums.map((e) => e.name)]);
  const schemes = securitySchemes(model.auth);
  const ctx: OperationContext = {
    model,
    enums: new Map(model.enums.map((e) => [e.name, e])),
    entities: buildContract(model).entities,
    registry,
    security: securityRequirement(schemes),
    report,
  };
  const contract = buildContract(model, 'rest');
  const resourceOps = contract.operations.map((op) => resourceOperation(op, ctx));
  const resourceTags = [...new Map(contract.operations.map((op) => [op.resource.name, op.resource])).values()];
  const tagNames = new Set(resourceTags.map((r) => r.name));
  const authTag = freeTag('auth', tagNames);
  const systemTag = freeTag('system', new Set([...tagNames, authTag]));
  const authOps = authOperations(ctx, authTag, new Set(contract.operations.map((op) => op.operationId)));
  const open: readonly Json[] = [];
  const takenIds = new Set([...contract.operations.map((op) => op.operationId), ...authOps.map((op) => String(op.operation['operationId']))]);
  const systemOps = systemOperations(model, systemTag, registry, open).map((op) => withFreeId(op, takenIds));
  const problems = problemSchemas(registry);
  const tags: JsonObject[] = [
    ...resourceTags.map((r) => ({ name: r.name, description: r.doc ?? `The \`${r.entity}\` records at ${mdLiteral(r.path)}.` })),
    ...(authOps.length > 0 ? [{ name: authTag, description: 'Accounts, sign-in and tokens.' }] : []),
    { name: systemTag, description: 'Health, readiness and metrics of the service.' },
  ];
  const cookie = sessionCookieHeader(model.auth);
  const doc: JsonObject = {
    openapi: OPENAPI_VERSION,
    info: { title: model.backend.name, version: model.backend.version, description: model.backend.doc },
    servers: [{ url: '/', description: `The host serving this document; the generated service listens on port ${model.deploy.docker.port}.` }],
    tags,
    paths: pathsOf([...resourceOps, ...authOps, ...systemOps]),
    components: {
      schemas: record(registry.sorted()),
      responses: errorResponseComponents(problems),
      headers: {
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 }, example: 30 },
        SetSessionCookie: cookie,
        CsrfToken: csrfTokenHeader(model.auth),
      },
      securitySchemes: schemes.length === 0 ? undefined : record(schemes),
    },
  };
  return pruneComponents(finalize(doc));
}
