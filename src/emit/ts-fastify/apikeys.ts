/**
 * The view of the generated API keys (issue #7, `auth.apiKey`): the header
 * and prefix of the spec, the identity's Prisma names (a key acts as its
 * user, with the user's current role and the fields rules read as
 * `user.x`), the key-management endpoints of the OpenAPI document (found by
 * path and method, like the sign-in's) with their route schemas, and for the
 * generated tests the operations a key can be tried on. Independent of how
 * users sign in (JWT, session): keys are managed by a signed-in caller,
 * whatever signed them in.
 */
import type { Entity, ServiceModel } from '../../model/model.js';
import { lowerFirst } from '../../model/naming.js';
import { tsIdent, tsLiteral } from '../escape.js';
import type { Json, JsonObject } from '../openapi/json.js';
import { AUTH_ENTITIES, type AuthTables } from './auth-model.js';
import { routeSchema } from './schemas.js';

/** The key-management endpoints by role: path, method and success status. */
const ENDPOINTS = {
  list: ['/auth/api-keys', 'get', 200],
  create: ['/auth/api-keys', 'post', 201],
  revoke: ['/auth/api-keys/{id}', 'delete', 204],
} as const;

export interface ApiKeyView {
  /** `API_KEY_SETTINGS` of apikeys.ts, a TypeScript literal. */
  readonly settings: string;
  readonly delegates: { readonly apiKey: string; readonly identity: string };
  /** Endpoint role → `{operationId, url}` (Fastify's `:id` form); all three are there when the view is. */
  readonly endpoints: readonly { readonly role: keyof typeof ENDPOINTS; readonly operationId: string; readonly url: string }[];
  /** The identity entity (its test data). */
  readonly identityEntity: string;
}

/** The `user.x` names the compiled access rules read (`{ user: 'x' }` values). */
function userClaims(rules: Json): Set<string> {
  const out = new Set<string>();
  const walk = (v: Json | undefined): void => {
    if (v === null || v === undefined || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as JsonObject;
    if (typeof o['user'] === 'string' && Object.keys(o).length === 1) out.add(o['user']);
    for (const x of Object.values(o)) walk(x);
  };
  walk(rules);
  return out;
}

export function buildApiKeyView(
  model: ServiceModel,
  doc: JsonObject,
  tables: AuthTables | undefined,
  names: ReadonlyMap<string, ReadonlyMap<string, string>>,
  models: ReadonlyMap<string, string>,
  rules: Json,
): { view: ApiKeyView; routeSchemas: Record<string, Json> } | undefined {
  const auth = model.auth;
  const apiKey = auth?.methods.apiKey;
  if (tables === undefined || auth?.identity === undefined || apiKey === undefined) return undefined;
  if (!tables.entities.some((e) => e.name === AUTH_ENTITIES.apiKey)) return undefined;
  const paths = (doc['paths'] ?? {}) as JsonObject;
  const routeSchemas: Record<string, Json> = {};
  const endpoints: ApiKeyView['endpoints'][number][] = [];
  for (const [role, [path, method, status]] of Object.entries(ENDPOINTS) as [keyof typeof ENDPOINTS, (typeof ENDPOINTS)[keyof typeof ENDPOINTS]][]) {
    const operation = ((paths[path] as JsonObject | undefined)?.[method]) as JsonObject | undefined;
    if (operation === undefined || typeof operation['operationId'] !== 'string') return undefined;
    routeSchemas[operation['operationId']] = routeSchema({ path, method, operation }, status);
    endpoints.push({ role, operationId: operation['operationId'], url: path.replace(/\{([^}]+)\}/g, ':$1') });
  }
  const entity: Entity = tables.identity;
  const fieldNames = names.get(entity.name) ?? new Map<string, string>();
  const prismaOf = (field: string): string => fieldNames.get(field) ?? field;
  const roleField = auth.identity.role;
  // The identity's scalar fields the rules compare records with (`team = user.team`): a key's caller carries the user's current values.
  const claims = [...userClaims(rules)]
    .filter((c) => c !== 'id' && c !== 'role' && entity.fields.some((f) => f.name === c && f.kind !== 'relation'))
    .sort()
    .map((c) => ({ api: c, prisma: prismaOf(c) }));
  const settings = {
    header: apiKey.header.toLowerCase(),
    prefix: apiKey.prefix ?? '',
    key: { api: tables.keyField.name, prisma: prismaOf(tables.keyField.name), kind: tables.keyField.type },
    role: roleField === undefined ? undefined : { api: roleField, prisma: prismaOf(roleField) },
    claims,
  };
  const delegate = (name: string): string => tsIdent(lowerFirst(models.get(name) ?? name));
  return {
    routeSchemas,
    view: {
      settings: tsLiteral(settings as unknown as Json, 2),
      delegates: { apiKey: delegate(AUTH_ENTITIES.apiKey), identity: delegate(entity.name) },
      endpoints,
      identityEntity: entity.name,
    },
  };
}
