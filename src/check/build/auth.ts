/**
 * Builds the normalized IR `Auth` with the production defaults documented in
 * `model/auth.ts`: every declared method complete, password policy, lockout,
 * auth endpoint rate limits, security headers, roles with inherited
 * permissions resolved, policies resolved.
 */
import type { Auth, AuthMethods, Role } from '../../model/auth.js';
import type { EnvValue, RateLimit } from '../../model/types.js';
import type { AuthDoc } from '../../syntax/document.js';
import { parseDuration, parseEnvOrString, parseRate } from '../../syntax/expr/values.js';
import { entriesOf, isNumber, isString, listOf, originAt, ptr, textOnly, type CheckContext } from '../context.js';
import { docOf } from './fields.js';

const DEFAULT_RATE_LIMITS: readonly [string, RateLimit][] = [
  ['login', { count: 5, perSeconds: 60 }],
  ['register', { count: 5, perSeconds: 60 }],
  ['refresh', { count: 30, perSeconds: 60 }],
  ['passwordReset', { count: 5, perSeconds: 3600 }],
  ['mfa', { count: 5, perSeconds: 60 }],
];

function ms(text: unknown, fallback: number): number {
  return isString(text) ? parseDuration(textOnly(text)).node?.ms ?? fallback : fallback;
}

export function envValue(text: unknown, fallback: EnvValue): EnvValue {
  const node = isString(text) ? parseEnvOrString(textOnly(text)).node : undefined;
  if (!node) return fallback;
  return node.kind === 'env' ? { kind: 'env', name: node.name } : { kind: 'literal', value: node.value };
}

function methodsOf(a: AuthDoc): AuthMethods {
  const { jwt, session, apiKey } = a;
  return {
    ...(jwt ? { jwt: {
      accessMs: ms(jwt.access, 15 * 60_000), refreshMs: ms(jwt.refresh, 7 * 86_400_000),
      rotate: jwt.rotate ?? true, algorithm: jwt.algorithm ?? 'HS256',
      ...(isString(jwt.issuer) ? { issuer: jwt.issuer } : {}), ...(isString(jwt.audience) ? { audience: jwt.audience } : {}),
      secret: envValue(jwt.secret, { kind: 'env', name: 'JWT_SECRET' }),
    } } : {}),
    ...(session ? { session: {
      cookie: session.cookie ?? 'session', ttlMs: ms(session.ttl, 86_400_000),
      sameSite: session.sameSite ?? 'lax', secure: session.secure ?? true, csrf: session.csrf ?? true,
    } } : {}),
    ...(apiKey ? { apiKey: { header: apiKey.header ?? 'X-API-Key', ...(isString(apiKey.prefix) ? { prefix: apiKey.prefix } : {}) } } : {}),
    oauth2: entriesOf(a.oauth2).map(([name, p]) => ({
      name, clientId: envValue(p.clientId, { kind: 'literal', value: '' }),
      clientSecret: envValue(p.clientSecret, { kind: 'literal', value: '' }),
      ...(isString(p.issuer) ? { issuer: p.issuer } : {}), ...(isString(p.authorizeUrl) ? { authorizeUrl: p.authorizeUrl } : {}),
      ...(isString(p.tokenUrl) ? { tokenUrl: p.tokenUrl } : {}), scopes: listOf(p.scopes).filter(isString),
    })),
  };
}

function rateLimitsOf(a: AuthDoc): Auth['rateLimits'] {
  const declared = new Map<string, RateLimit>();
  for (const [endpoint, text] of entriesOf(a.rateLimit)) {
    const node = isString(text) ? parseRate(textOnly(text)).node : undefined;
    if (node) declared.set(endpoint, { count: node.count, perSeconds: node.perSeconds });
  }
  return DEFAULT_RATE_LIMITS.map(([endpoint, dflt]) => ({ endpoint, limit: declared.get(endpoint) ?? dflt }));
}

function rolesOf(ctx: CheckContext, a: AuthDoc): Role[] {
  const declared = new Map(entriesOf(a.roles));
  const all = (name: string, seen: Set<string>): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const r = declared.get(name);
    return [...listOf(r?.permissions), ...listOf(r?.inherits).flatMap((p) => all(p, seen))];
  };
  return [...ctx.names.roles.keys()].map((name) => {
    const r = declared.get(name);
    return {
      name, ...docOf(r?.doc), permissions: listOf(r?.permissions).filter(isString), inherits: listOf(r?.inherits).filter(isString),
      allPermissions: [...new Set(all(name, new Set()))].sort(),
      origin: originAt(ctx, ctx.names.roles.get(name)!),
    };
  });
}

function identityOf(a: AuthDoc): Auth['identity'] {
  const id = a.identity;
  if (!id) return undefined;
  return { entity: id.entity, login: [...listOf(id.login)], ...(isString(id.password) ? { password: id.password } : {}), ...(isString(id.role) ? { role: id.role } : {}) };
}

function optionalParts(a: AuthDoc): Pick<Auth, 'identity' | 'mfa' | 'admin' | 'cors'> {
  const identity = identityOf(a);
  return {
    ...(identity ? { identity } : {}),
    ...(a.mfa ? { mfa: { method: 'totp', required: a.mfa.required ?? false } } : {}),
    ...(a.admin ? { admin: { role: a.admin.role, audit: a.admin.audit ?? true } } : {}),
    ...(a.cors ? { cors: { origins: [...listOf(a.cors.origins)], credentials: a.cors.credentials ?? false, maxAgeMs: ms(a.cors.maxAge, 600_000) } } : {}),
  };
}

export function buildAuth(ctx: CheckContext): Auth | undefined {
  const a = ctx.doc.auth;
  if (!a) return undefined;
  const p = a.password ?? {};
  const h = a.headers ?? {};
  return {
    ...optionalParts(a),
    methods: methodsOf(a),
    password: {
      hash: p.hash ?? 'argon2id', minLength: isNumber(p.minLength) ? p.minLength : 12, maxLength: isNumber(p.maxLength) ? p.maxLength : 128,
      require: [...listOf(p.require)], history: isNumber(p.history) ? p.history : 0,
    },
    lockout: { attempts: a.lockout?.attempts ?? 5, durationMs: ms(a.lockout?.duration, 15 * 60_000) },
    rateLimits: rateLimitsOf(a),
    roles: rolesOf(ctx, a),
    policies: entriesOf(a.policies).flatMap(([name]) => {
      const condition = ctx.resolved.conditions.get(ptr('auth', 'policies', name));
      return condition ? [{ name, condition, origin: originAt(ctx, ptr('auth', 'policies', name)) }] : [];
    }),
    headers: {
      hsts: h.hsts ?? true, contentSecurityPolicy: h.contentSecurityPolicy ?? "default-src 'self'", frameOptions: h.frameOptions ?? 'deny',
      referrerPolicy: h.referrerPolicy ?? 'no-referrer', noSniff: h.noSniff ?? true,
    },
    origin: originAt(ctx, '/auth'),
  };
}
