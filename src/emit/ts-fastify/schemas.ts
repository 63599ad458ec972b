/**
 * What the generated service validates and serializes with, taken from the
 * `openapi` target's document (never re-derived): the component schemas as
 * shared schemas (`$id` = component name, `#/components/schemas/X` refs
 * rewritten to `X#`), each operation's Fastify route schema (params,
 * querystring, body, success response) looked up by operation id, and
 * TypeScript types of the component schemas for `types.ts`.
 */
import type { Json, JsonObject } from '../openapi/json.js';
import { tsIdent, tsKey, tsString } from '../escape.js';

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/** The schema with every component `$ref` pointing at the shared schema of that name (`X#`). */
export function rewriteRefs(value: Json | undefined): Json | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v) as Json);
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value as JsonObject)) {
    if (v === undefined) continue;
    if (k === '$ref' && typeof v === 'string') {
      const m = COMPONENT_REF.exec(v);
      out[k] = m ? `${decodePointer(m[1]!)}#` : v;
    } else out[k] = rewriteRefs(v) as Json;
  }
  return out;
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The component schemas as Fastify shared schemas, in document order. */
export function sharedSchemas(doc: JsonObject): JsonObject[] {
  const schemas = ((doc['components'] as JsonObject | undefined)?.['schemas'] ?? {}) as JsonObject;
  return Object.entries(schemas).map(([name, schema]) => ({ $id: name, ...(rewriteRefs(schema) as JsonObject) }));
}

/** An operation of the document found by its id, with its path and method. */
interface DocOperation {
  readonly path: string;
  readonly method: string;
  readonly operation: JsonObject;
}

export function operationsById(doc: JsonObject): Map<string, DocOperation> {
  const out = new Map<string, DocOperation>();
  for (const [path, item] of Object.entries((doc['paths'] ?? {}) as JsonObject)) {
    for (const [method, op] of Object.entries(item as JsonObject)) {
      const o = op as JsonObject;
      if (typeof o['operationId'] === 'string') out.set(o['operationId'], { path, method, operation: o });
    }
  }
  return out;
}

/** Keywords that only describe (kept out of parameter schemas to keep routes small). */
function bare(schema: Json | undefined): Json | undefined {
  if (schema === undefined || schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { description: _d, examples: _e, example: _x, ...rest } = schema as JsonObject;
  return rewriteRefs(rest);
}

/** A Fastify route schema: `params`, `querystring`, `body`, `response` (success status only). */
export function routeSchema(op: DocOperation, successStatus: number): JsonObject {
  const params = (op.operation['parameters'] ?? []) as JsonObject[];
  const object = (where: string): JsonObject | undefined => {
    const ps = params.filter((p) => p['in'] === where);
    if (ps.length === 0) return undefined;
    const required = ps.filter((p) => p['required'] === true).map((p) => String(p['name']));
    return {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [String(p['name']), bare((p['schema'] as Json | undefined) ?? { type: 'string' })])) as JsonObject,
      required: required.length > 0 ? required : undefined,
    };
  };
  const body = ((op.operation['requestBody'] as JsonObject | undefined)?.['content'] as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
  const success = (op.operation['responses'] as JsonObject | undefined)?.[String(successStatus)] as JsonObject | undefined;
  const out = ((success?.['content'] as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.['schema'];
  return {
    params: object('path'),
    querystring: object('query'),
    body: body === undefined ? undefined : bare(body['schema']),
    response: out === undefined ? undefined : { [String(successStatus)]: bare(out) as Json },
  };
}

// ---- TypeScript types of the schemas -------------------------------------------

/** The TS type name of a component. */
export function typeName(component: string): string {
  return tsIdent(component);
}

/** A TypeScript type for a JSON Schema (the subset the openapi target writes). */
export function schemaType(schema: Json | undefined, indent = ''): string {
  if (schema === undefined || schema === null || typeof schema !== 'object' || Array.isArray(schema)) return 'unknown';
  const s = schema as JsonObject;
  if (typeof s['$ref'] === 'string') {
    const m = COMPONENT_REF.exec(s['$ref']);
    return m ? typeName(decodePointer(m[1]!)) : 'unknown';
  }
  if (Array.isArray(s['enum'])) return (s['enum'] as Json[]).map((v) => (typeof v === 'string' ? tsString(v) : JSON.stringify(v))).join(' | ') || 'never';
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(s[key])) return (s[key] as Json[]).map((x) => schemaType(x, indent)).join(' | ');
  }
  if (Array.isArray(s['allOf'])) {
    const { allOf, ...rest } = s;
    const parts = (allOf as Json[]).map((x) => schemaType(x, indent));
    if (rest['properties'] !== undefined) parts.push(schemaType(rest, indent));
    return parts.join(' & ');
  }
  const types = Array.isArray(s['type']) ? (s['type'] as string[]) : typeof s['type'] === 'string' ? [s['type']] : [];
  if (types.length === 0) return s['properties'] !== undefined ? objectType(s, indent) : 'unknown';
  return types.map((t) => oneType(t, s, indent)).join(' | ');
}

function oneType(type: string, s: JsonObject, indent: string): string {
  switch (type) {
    case 'string': return 'string';
    case 'integer':
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'null': return 'null';
    case 'array': {
      const item = schemaType(s['items'], indent);
      return /^[\w.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
    case 'object': return objectType(s, indent);
    default: return 'unknown';
  }
}

function objectType(s: JsonObject, indent: string): string {
  const props = (s['properties'] ?? {}) as JsonObject;
  const required = new Set((s['required'] ?? []) as string[]);
  const entries = Object.entries(props);
  if (entries.length === 0) return s['additionalProperties'] === false ? 'Record<string, never>' : 'Record<string, unknown>';
  const inner = `${indent}  `;
  const lines = entries.map(([name, p]) => `${inner}${tsKey(name)}${required.has(name) ? '' : '?'}: ${schemaType(p, inner)};`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}
