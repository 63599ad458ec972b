/**
 * Rules for the `auth` section: at least one sign-in method; the identity
 * entity and its login, password and role fields; roles (declared roles are
 * values of the role enum; without declared roles the enum's values are the
 * roles), inheritance and the admin role; sane password, lockout, token and
 * session settings; secrets read from the environment; policies resolve.
 * Runs before the resource rules, which resolve roles in access rules.
 */
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import type { AuthDoc } from '../../syntax/document.js';
import { parseDuration, parseEnvOrString, parseRate } from '../../syntax/expr/values.js';
import { at, entriesOf, isNumber, isString, keySpan, listOf, ptr, reportAll, reportAt, sourceAt, valueSpan, type CheckContext } from '../context.js';
import { identityOf } from '../access.js';
import { resolveConditionAt } from '../conditions.js';
import { lookupEntity, lookupField, lookupName } from '../lookup.js';
import { typeText } from '../symbols.js';

export type AuthRule = (auth: AuthDoc, ctx: CheckContext) => void;

export const AUTH_ENDPOINTS = ['login', 'register', 'refresh', 'passwordReset', 'mfa'] as const;

export const authHasMethod: AuthRule = (auth, ctx) => {
  if (auth.jwt || auth.session || auth.apiKey || entriesOf(auth.oauth2).length > 0) return;
  reportAt(ctx, 'auth-missing-method', {}, at(keySpan(ctx, '/auth')));
};

export const identityFieldsResolve: AuthRule = (auth, ctx) => {
  const id = auth.identity;
  if (!id) return;
  const e = lookupEntity(ctx, id.entity, valueSpan(ctx, '/auth/identity/entity'));
  if (!e) return;
  listOf(id.login).forEach((name, i) => {
    const span = valueSpan(ctx, `/auth/identity/login/${i}`);
    const f = isString(name) ? lookupField(ctx, e, name, span) : undefined;
    const soleKey = e.key?.members.length === 1 && e.key.members[0] === f?.name;
    if (f && f.doc.unique !== true && !soleKey) reportAt(ctx, 'identity-login-not-unique', { field: f.name }, at(span));
  });
  if (isString(id.password)) {
    const f = lookupField(ctx, e, id.password, valueSpan(ctx, '/auth/identity/password'));
    const t = f?.type;
    if (f && t && (t.base.kind !== 'scalar' || t.base.type !== 'secret' || t.list)) {
      reportAt(ctx, 'password-not-secret', { field: f.name, type: typeText(t) }, at(valueSpan(ctx, '/auth/identity/password')));
    }
  }
  if (isString(id.role)) {
    const f = lookupField(ctx, e, id.role, valueSpan(ctx, '/auth/identity/role'));
    if (f?.type && (f.type.base.kind !== 'enum' || f.type.list)) reportAt(ctx, 'identity-role-not-enum', { field: f.name }, at(valueSpan(ctx, '/auth/identity/role')));
  }
};

/** The enum of the identity's role field, when it resolves. */
function roleEnum(ctx: CheckContext): string | undefined {
  const role = ctx.doc.auth?.identity?.role;
  const f = isString(role) ? identityOf(ctx)?.byName.get(role) : undefined;
  return f?.type?.base.kind === 'enum' && !f.type.list ? f.type.base.name : undefined;
}

export const rolesMatchRoleEnum: AuthRule = (auth, ctx) => {
  const enumName = roleEnum(ctx);
  const sym = enumName ? ctx.names.enums.get(enumName) : undefined;
  const values = sym?.values ?? [];
  if (!enumName) return;
  if (entriesOf(auth.roles).length === 0) {
    for (const v of values) ctx.names.roles.set(v, ptr('enums', enumName));
    return;
  }
  for (const [name] of entriesOf(auth.roles)) {
    if (!sym?.valueSet.has(name)) reportAt(ctx, 'role-not-in-enum', { role: name, enum: enumName }, at(keySpan(ctx, ptr('auth', 'roles', name)), didYouMeanHint(name, values)));
  }
};

export const roleInheritanceResolves: AuthRule = (auth, ctx) => {
  const roles = new Map(entriesOf(auth.roles));
  for (const [name, role] of roles) {
    listOf(role.inherits).forEach((parent, i) => {
      const span = valueSpan(ctx, ptr('auth', 'roles', name, 'inherits', i));
      lookupName(ctx.names.roles, parent, (hint) => reportAt(ctx, 'unknown-role', { role: parent }, at(span, hint)));
    });
    const seen = new Set<string>();
    const stack = [...listOf(role.inherits)];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === name) {
        reportAt(ctx, 'role-inherits-cycle', { role: name }, at(keySpan(ctx, ptr('auth', 'roles', name))));
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...listOf(roles.get(next)?.inherits));
    }
  }
};

export const adminRoleExists: AuthRule = (auth, ctx) => {
  const role = auth.admin?.role;
  if (!isString(role)) return;
  lookupName(ctx.names.roles, role, (hint) => reportAt(ctx, 'unknown-role', { role }, at(valueSpan(ctx, '/auth/admin/role'), hint)));
};

function atLeast(ctx: CheckContext, pointer: string, what: string, value: unknown, min: number): void {
  if (isNumber(value) && (value < min || !Number.isInteger(value))) {
    reportAt(ctx, 'value-out-of-range', { what, range: `a whole number of at least ${min}`, value }, at(valueSpan(ctx, pointer)));
  }
}

export const passwordPolicyIsSane: AuthRule = (auth, ctx) => {
  const p = auth.password;
  if (!p) return;
  atLeast(ctx, '/auth/password/minLength', 'The password `minLength`', p.minLength, 1);
  atLeast(ctx, '/auth/password/history', 'The password `history`', p.history, 0);
  if (isNumber(p.minLength) && p.minLength >= 1 && p.minLength < 8) reportAt(ctx, 'weak-password-policy', { minLength: p.minLength }, at(valueSpan(ctx, '/auth/password/minLength')));
  const min = isNumber(p.minLength) ? p.minLength : 12;
  if (isNumber(p.maxLength) && p.maxLength < min) reportAt(ctx, 'invalid-range', { low: 'minLength', high: 'maxLength', where: 'the password policy' }, at(valueSpan(ctx, '/auth/password/maxLength')));
};

function durationAt(ctx: CheckContext, pointer: string, text: unknown): number | undefined {
  if (!isString(text)) return undefined;
  const { node, diagnostics } = parseDuration(sourceAt(ctx, pointer, text));
  reportAll(ctx, diagnostics);
  return node?.ms;
}

/** Parses an env-or-literal value; warns when a secret is written literally. */
export function envValueAt(ctx: CheckContext, pointer: string, text: unknown, secretWhat?: string): void {
  if (!isString(text)) return;
  const { node, diagnostics } = parseEnvOrString(sourceAt(ctx, pointer, text));
  reportAll(ctx, diagnostics);
  if (node?.kind === 'literal' && secretWhat) reportAt(ctx, 'literal-environment-value', { what: secretWhat }, at(valueSpan(ctx, pointer)));
}

export const lockoutIsSane: AuthRule = (auth, ctx) => {
  if (!auth.lockout) return;
  atLeast(ctx, '/auth/lockout/attempts', 'The lockout `attempts`', auth.lockout.attempts, 1);
  durationAt(ctx, '/auth/lockout/duration', auth.lockout.duration);
};

export const tokensAndSessionsAreSane: AuthRule = (auth, ctx) => {
  const access = durationAt(ctx, '/auth/jwt/access', auth.jwt?.access);
  const refresh = durationAt(ctx, '/auth/jwt/refresh', auth.jwt?.refresh);
  if (access !== undefined && refresh !== undefined && access >= refresh) {
    reportAt(ctx, 'invalid-range', { low: 'access', high: 'refresh', where: 'the jwt token lifetimes' }, at(valueSpan(ctx, '/auth/jwt/access')));
  }
  envValueAt(ctx, '/auth/jwt/secret', auth.jwt?.secret, 'The jwt `secret`');
  durationAt(ctx, '/auth/session/ttl', auth.session?.ttl);
  durationAt(ctx, '/auth/cors/maxAge', auth.cors?.maxAge);
  for (const [name, p] of entriesOf(auth.oauth2)) {
    envValueAt(ctx, ptr('auth', 'oauth2', name, 'clientId'), p.clientId);
    envValueAt(ctx, ptr('auth', 'oauth2', name, 'clientSecret'), p.clientSecret, `The \`clientSecret\` of OAuth2 provider \`${name}\``);
  }
};

/**
 * CSRF protection concerns cookie sessions. A `session` block holding nothing
 * but `csrf` next to another method most likely meant to protect that method,
 * which it does not.
 */
export const csrfNeedsSession: AuthRule = (auth, ctx) => {
  const s = auth.session;
  if (!s || s.csrf === undefined) return;
  const onlyCsrf = Object.keys(s).every((k) => k === 'csrf');
  if (onlyCsrf && (auth.jwt || auth.apiKey || entriesOf(auth.oauth2).length > 0)) reportAt(ctx, 'csrf-without-session', {}, at(valueSpan(ctx, '/auth/session/csrf')));
};

export const authRateLimitsParse: AuthRule = (auth, ctx) => {
  for (const [name, rate] of entriesOf(auth.rateLimit)) {
    const pointer = ptr('auth', 'rateLimit', name);
    if (!(AUTH_ENDPOINTS as readonly string[]).includes(name)) {
      reportAt(ctx, 'unknown-field', { field: name, owner: '`auth.rateLimit`' }, at(keySpan(ctx, pointer), didYouMeanHint(name, AUTH_ENDPOINTS)));
    }
    if (isString(rate)) reportAll(ctx, parseRate(sourceAt(ctx, pointer, rate)).diagnostics);
  }
};

export const policiesResolve: AuthRule = (auth, ctx) => {
  for (const [name, text] of entriesOf(auth.policies)) {
    const pointer = ptr('auth', 'policies', name);
    const c = resolveConditionAt(ctx, text, pointer, { what: `policy \`${name}\``, user: identityOf(ctx) ?? null, joins: true });
    if (c) ctx.resolved.conditions.set(pointer, c);
  }
};

/** Header values go on the wire as they are: one line of visible ASCII (and spaces). */
export const securityHeadersAreSendable: AuthRule = (auth, ctx) => {
  for (const name of ['contentSecurityPolicy', 'referrerPolicy'] as const) {
    const value = auth.headers?.[name];
    if (isString(value) && !/^[\x20-\x7e]*$/.test(value)) {
      reportAt(ctx, 'invalid-header-value', { header: name }, at(valueSpan(ctx, ptr('auth', 'headers', name))));
    }
  }
};

/** Run in order on the `auth` section. */
export const authRules: readonly AuthRule[] = [
  authHasMethod,
  identityFieldsResolve,
  rolesMatchRoleEnum,
  roleInheritanceResolves,
  adminRoleExists,
  passwordPolicyIsSane,
  lockoutIsSane,
  tokensAndSessionsAreSane,
  csrfNeedsSession,
  authRateLimitsParse,
  securityHeadersAreSendable,
  policiesResolve,
];
