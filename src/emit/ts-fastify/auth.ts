/**
 * The view of the generated sign-in (issue #7): settings of the spec's `auth`
 * section as literals, the identity's Prisma names, and the auth endpoints of
 * the OpenAPI document (found by path and method: their operation ids get a
 * suffix when a resource took the name) with their route schemas.
 */
import type { Entity, ServiceModel } from '../../model/model.js';
import { tsIdent, tsLiteral } from '../escape.js';
import type { Json, JsonObject } from '../openapi/json.js';
import { lowerFirst } from '../../model/naming.js';
import { AUTH_ENTITIES, type AuthTables } from './auth-model.js';
import { routeSchema } from './schemas.js';

/** The auth endpoints the service serves, by role: path, method and success status. */
const ENDPOINTS = {
  register: ['/auth/register', 'post', 201],
  login: ['/auth/login', 'post', 200],
  refresh: ['/auth/refresh', 'post', 200],
  logout: ['/auth/logout', 'post', 204],
  requestPasswordReset: ['/auth/password-reset', 'post', 202],
  confirmPasswordReset: ['/auth/password-reset/confirm', 'post', 204],
  verifyEmail: ['/auth/verify-email', 'post', 204],
  enrollMfa: ['/auth/mfa/enroll', 'post', 200],
  verifyMfa: ['/auth/mfa/verify', 'post', 200],
  startOAuth2: ['/auth/oauth2/{provider}', 'get', 302],
  finishOAuth2: ['/auth/oauth2/{provider}/callback', 'get', 200],
} as const;

export interface AuthView {
  readonly settings: string;
  readonly identityMeta: string;
  /** `db.prisma.<x>` of the identity and of the auth tables. */
  readonly delegates: {
    readonly identity: string; readonly account: string; readonly lockout: string; readonly refreshToken: string; readonly token: string; readonly passwordHistory: string;
    readonly mfa: string; readonly recoveryCode: string; readonly session: string; readonly oauthLink: string; readonly oauthState: string;
  };
  /** Whether the spec has `auth.oauth2` providers and the document their endpoints. */
  readonly oauth2: boolean;
  /** The User-Agent of the service's calls to sign-in providers. */
  readonly userAgent: string;
  /** Whether sign-in issues JWTs (access + refresh tokens). */
  readonly jwt: boolean;
  /** Whether sign-in sets a session cookie (`auth.session`), and whether its unsafe requests need the CSRF token. */
  readonly session: boolean;
  readonly csrf: boolean;
  /** Whether the spec has `auth.mfa` (TOTP) and the document its endpoints. */
  readonly mfa: boolean;
  readonly symmetric: boolean;
  readonly algorithm: string;
  /** Endpoint role → `{operationId, url}`; only those the document has. */
  readonly endpoints: readonly { readonly role: keyof typeof ENDPOINTS; readonly operationId: string; readonly url: string; readonly route: string }[];
  readonly hasEmail: boolean;
  /** The identity entity's name (its test data in the generated tests). */
  readonly identityEntity: string;
  /** Whether the identity's role field is required (a signed-in user always has one). */
  readonly roleRequired: boolean;
  /** The values of the identity's role enum (empty without a role field). */
  readonly roleValues: readonly string[];
  /** Refresh tokens rotate (the tests check rotation, or that the token is kept). */
  readonly rotate: boolean;
}

export function buildAuthView(
  model: ServiceModel,
  doc: JsonObject,
  tables: AuthTables | undefined,
  names: ReadonlyMap<string, ReadonlyMap<string, string>>,
  models: ReadonlyMap<string, string>,
  meta: (entity: Entity) => Json,
): { view: AuthView; routeSchemas: Record<string, Json> } | undefined {
  const auth = model.auth;
  const jwt = auth?.methods.jwt;
  const session = auth?.methods.session;
  if (tables === undefined || auth === undefined || (jwt === undefined && session === undefined) || auth.identity?.password === undefined) return undefined;
  const identity = auth.identity;
  const entity = tables.identity;
  const fieldNames = names.get(entity.name) ?? new Map<string, string>();
  const prismaOf = (field: string): string => fieldNames.get(field) ?? field;
  const paths = (doc['paths'] ?? {}) as JsonObject;
  const routeSchemas: Record<string, Json> = {};
  const endpoints: AuthView['endpoints'][number][] = [];
  let registerFields: string[] = [];
  for (const [role, [path, method, status]] of Object.entries(ENDPOINTS) as [keyof typeof ENDPOINTS, (typeof ENDPOINTS)[keyof typeof ENDPOINTS]][]) {
    const operation = ((paths[path] as JsonObject | undefined)?.[method]) as JsonObject | undefined;
    if (operation === undefined || typeof operation['operationId'] !== 'string') continue;
    const operationId = operation['operationId'];
    const { body: _body, ...withoutBody } = routeSchema({ path, method, operation }, status);
    // Sign-out's body is optional: the route checks it (Ajv would refuse a missing body).
    routeSchemas[operationId] = role === 'logout' ? withoutBody : { body: _body, ...withoutBody };
    endpoints.push({ role, operationId, url: path, route: path.replace(/\{([^}]+)\}/g, ':$1') });
    if (role === 'register') {
      const body = ((operation['requestBody'] as JsonObject)['content'] as JsonObject)['application/json'] as JsonObject;
      const ref = String((body['schema'] as JsonObject)['$ref'] ?? '').replace(/^#\/components\/schemas\//, '');
      const schema = (((doc['components'] as JsonObject)['schemas'] as JsonObject)[ref] ?? {}) as JsonObject;
      registerFields = Object.keys((schema['properties'] ?? {}) as JsonObject);
    }
  }
  const emailField = entity.fields.find((f) => f.kind === 'scalar' && f.type === 'email' && identity.login.includes(f.name))
    ?? entity.fields.find((f) => f.kind === 'scalar' && f.type === 'email');
  const roleField = identity.role === undefined ? undefined : entity.fields.find((f) => f.name === identity.role);
  const keyName = tables.keyField.name;
  const limits = Object.fromEntries(auth.rateLimits.map((r) => [r.endpoint, { max: r.limit.count, windowMs: r.limit.perSeconds * 1000 }]));
  const fallback = { max: 5, windowMs: 60_000 };
  const settings = {
    ...(jwt === undefined ? {} : {
      algorithm: jwt.algorithm,
      issuer: jwt.issuer,
      audience: jwt.audience,
      accessSeconds: Math.max(1, Math.round(jwt.accessMs / 1000)),
      refreshSeconds: Math.max(1, Math.round(jwt.refreshMs / 1000)),
      rotate: jwt.rotate,
    }),
    ...(session === undefined ? {} : {
      session: {
        cookie: session.cookie,
        // Readable by the page's scripts (not HttpOnly): they copy it into the header.
        csrfCookie: `${session.cookie}_csrf`,
        csrfHeader: 'x-csrf-token',
        ttlSeconds: Math.max(1, Math.round(session.ttlMs / 1000)),
        sameSite: session.sameSite,
        secure: session.secure,
        csrf: session.csrf,
      },
    }),
    lockout: { attempts: auth.lockout.attempts, durationMs: auth.lockout.durationMs },
    mfaRequired: auth.mfa?.required === true,
    mfaIssuer: model.backend.name,
    verifyEmailMs: 24 * 3600_000,
    passwordResetMs: 3600_000,
    key: { api: keyName, prisma: prismaOf(keyName), kind: tables.keyField.type },
    login: identity.login.map((f) => ({ api: f, prisma: prismaOf(f) })),
    password: { api: identity.password!, prisma: prismaOf(identity.password!) },
    role: roleField === undefined ? undefined : { api: roleField.name, prisma: prismaOf(roleField.name) },
    email: emailField === undefined ? undefined : { api: emailField.name, prisma: prismaOf(emailField.name) },
    registerFields,
    rateLimits: {
      login: limits['login'] ?? fallback,
      register: limits['register'] ?? fallback,
      refresh: limits['refresh'] ?? fallback,
      passwordReset: limits['passwordReset'] ?? fallback,
      mfa: limits['mfa'] ?? fallback,
    },
  };
  const delegate = (name: string): string => tsIdent(lowerFirst(models.get(name) ?? name));
  return {
    routeSchemas,
    view: {
      settings: tsLiteral(settings as unknown as Json, 2),
      identityMeta: tsLiteral(meta(entity), 2),
      rotate: jwt?.rotate ?? false,
      delegates: {
        identity: delegate(entity.name),
        account: delegate(AUTH_ENTITIES.account),
        lockout: delegate(AUTH_ENTITIES.lockout),
        refreshToken: delegate(AUTH_ENTITIES.refreshToken),
        token: delegate(AUTH_ENTITIES.token),
        passwordHistory: delegate(AUTH_ENTITIES.passwordHistory),
        mfa: delegate(AUTH_ENTITIES.mfa),
        recoveryCode: delegate(AUTH_ENTITIES.recoveryCode),
        session: delegate(AUTH_ENTITIES.session),
        oauthLink: delegate(AUTH_ENTITIES.oauthLink),
        oauthState: delegate(AUTH_ENTITIES.oauthState),
      },
      oauth2: auth.methods.oauth2.length > 0 && endpoints.some((e) => e.role === 'finishOAuth2'),
      userAgent: `${model.backend.name.replace(/[^\x21-\x7e]+/g, '-')}/${model.backend.version.replace(/[^\x21-\x7e]+/g, '-')} (pab)`,
      jwt: jwt !== undefined,
      session: session !== undefined,
      csrf: session?.csrf === true,
      mfa: auth.mfa !== undefined && endpoints.some((e) => e.role === 'verifyMfa') && endpoints.some((e) => e.role === 'enrollMfa'),
      symmetric: jwt?.algorithm.startsWith('HS') ?? false,
      algorithm: jwt?.algorithm ?? '',
      endpoints,
      hasEmail: emailField !== undefined,
      identityEntity: entity.name,
      roleRequired: roleField !== undefined && !roleField.optional,
      roleValues: roleField?.kind === 'enum' ? (model.enums.find((e) => e.name === roleField.enum)?.values.map((v) => v.name) ?? []) : [],
    },
  };
}
