/**
 * The tables the generated service's sign-in needs (issue #7), as IR
 * entities added to the spec's own, so the Prisma schema and the SQL
 * migrations (both dialects) are built by the same machinery as the user's
 * tables: per-account state (email verification), failed sign-ins and locks per sign-in name,
 * refresh tokens with their families, one-time tokens (email verification,
 * password reset), the password history and, with `auth.mfa`, the TOTP
 * secret (encrypted) and the recovery codes, with `auth.apiKey` the API keys,
 * with `auth.oauth2` the provider sign-ins under way and the provider
 * accounts linked to users. Every token, recovery code, API key and OAuth2
 * state is stored as a SHA-256 hash; every row but a sign-in under way
 * references the identity and goes with it.
 *
 * Added only when the spec has an identity with a password and JWT or
 * session sign-in (what `/auth/register` and `/auth/login` need); refresh
 * tokens only with JWTs, the sessions (the SHA-256 of the cookie's id and of
 * the CSRF token) only with `auth.session`.
 */
import type { Entity, Field, Index, Relation, ScalarField, ServiceModel } from '../../model/model.js';

/** The entity names of the auth tables (also their Prisma model names). */
export const AUTH_ENTITIES = {
  account: 'PabAuthAccount',
  lockout: 'PabAuthLockout',
  refreshToken: 'PabAuthRefreshToken',
  token: 'PabAuthToken',
  passwordHistory: 'PabAuthPasswordHistory',
  mfa: 'PabAuthMfa',
  recoveryCode: 'PabAuthRecoveryCode',
  oauthState: 'PabAuthOAuthState',
  oauthLink: 'PabAuthOAuthLink',
  session: 'PabAuthSession',
  apiKey: 'PabAuthApiKey',
} as const;

/** What the runtime needs to know about the identity's key, or why there are no auth tables. */
export interface AuthTables {
  readonly identity: Entity;
  readonly keyField: ScalarField;
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

/** Whether the spec signs users in with a password and JWTs or a session cookie (then the service serves the auth endpoints). */
export function hasPasswordAuth(model: ServiceModel): boolean {
  const auth = model.auth;
  return auth?.identity?.password !== undefined && (auth.methods.jwt !== undefined || auth.methods.session !== undefined);
}

/** Whether password sign-in sets a session cookie (`auth.session`). */
export function hasSessions(model: ServiceModel): boolean {
  return hasPasswordAuth(model) && model.auth!.methods.session !== undefined;
}

/**
 * The auth tables for the spec, or undefined when it needs none; `refuse`
 * gets why a spec with password sign-in gets none (a composite or enum key,
 * an entity named like a sign-in table).
 */
export function authTables(model: ServiceModel, refuse: (entity: string, reason: string) => void = () => {}): AuthTables | undefined {
  if (!hasPasswordAuth(model)) return undefined;
  const identity = model.entities.find((e) => e.name === model.auth!.identity!.entity);
  if (identity === undefined) return undefined;
  const keyField = identity.primaryKey.fields.length === 1 ? identity.fields.find((f) => f.name === identity.primaryKey.fields[0]) : undefined;
  if (keyField === undefined || keyField.kind !== 'scalar') {
    refuse(identity.name, 'its key is not a single scalar field, which the sign-in tables reference');
    return undefined;
  }
  const taken = model.entities.find((e) => (Object.values(AUTH_ENTITIES) as string[]).includes(e.name));
  if (taken !== undefined) {
    refuse(identity.name, `the entity \`${taken.name}\` takes the name of a sign-in table`);
    return undefined;
  }
  const origin = model.auth!.origin;
  const relations: Relation[] = [];

  const scalar = (name: string, column: string, type: ScalarField['type'], extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'scalar', name, column, type, optional: false, list: false, implicit: false, id: false, unique: false, constraints: {}, origin, ...extra,
  });
  const id = scalar('id', 'id', 'uuid', { id: true, default: { kind: 'uuid' } });
  const datetime = (name: string, column: string, optional: boolean, now = false): ScalarField =>
    scalar(name, column, 'datetime', { optional, ...(now ? { default: { kind: 'now' as const } } : {}) });
  const hash64 = (name: string, column: string): ScalarField => scalar(name, column, 'string', { unique: true, constraints: { maxLength: 64 } });
  const index = (table: string, fields: readonly string[], implicit = false): Index => ({
    name: `${table}_${fields.map((f) => (f === 'userId' ? 'user_id' : f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))).join('_')}_idx`,
    fields: fields.map((field) => ({ field, direction: 'asc' as const })),
    unique: false,
    implicit,
    origin,
  });

  /** The relation field `user` and its FK `userId` (same type as the identity's key), deleted with the user. */
  function userLink(entity: string, isKey: boolean): Field[] {
    const relation = `${entity}.user`;
    relations.push({
      name: relation,
      kind: 'manyToOne',
      owner: { entity, field: 'user' },
      selfRelation: false,
      foreignKey: { fields: ['userId'], references: { entity: identity!.name, fields: [keyField!.name] }, optional: false, unique: false },
      onDelete: 'cascade',
      onUpdate: 'cascade',
      origin,
    });
    const { default: _default, renamedFrom: _renamed, managed: _managed, ...keyType } = keyField as ScalarField;
    return [
      { kind: 'relation', name: 'user', target: identity!.name, relation, cardinality: 'manyToOne', foreignKey: ['userId'], optional: false, list: false, implicit: false, origin },
      { ...keyType, name: 'userId', column: 'user_id', id: isKey, unique: false, implicit: true, optional: false, list: false, foreignKey: { relation, entity: identity!.name, field: keyField!.name }, origin },
    ];
  }

  const entity = (name: string, table: string, doc: string, fields: Field[], key: string[], indexes: Index[]): Entity => ({
    name, doc, table, fields, primaryKey: { fields: key, composite: false, implicit: false }, timestamps: false, softDelete: false, indexes, checks: [], origin,
  });

  const entities = [
    entity(AUTH_ENTITIES.account, 'pab_auth_accounts', 'Sign-in state of a user: when the email address was verified.', [
      ...userLink(AUTH_ENTITIES.account, true),
      datetime('emailVerifiedAt', 'email_verified_at', true),
    ], ['userId'], []),
    // Keyed by the SHA-256 of the sign-in name, not the user: names without an account lock the same way, so a lock tells nothing.
    entity(AUTH_ENTITIES.lockout, 'pab_auth_lockouts', 'Failed sign-ins per sign-in name (its SHA-256) and the lock they caused.', [
      { ...hash64('loginKey', 'login_key'), unique: false, id: true },
      scalar('failedAttempts', 'failed_attempts', 'int', { default: { kind: 'literal', value: 0 } }),
      datetime('lockedUntil', 'locked_until', true),
      datetime('updatedAt', 'updated_at', false, true),
    ], ['loginKey'], []),
    // Refresh tokens only with JWTs (a session cookie has no refresh).
    ...(model.auth!.methods.jwt === undefined ? [] : [entity(AUTH_ENTITIES.refreshToken, 'pab_auth_refresh_tokens', 'A refresh token (its SHA-256): rotated within its family; a reused one revokes the family.', [
      id,
      ...userLink(AUTH_ENTITIES.refreshToken, false),
      scalar('familyId', 'family_id', 'uuid'),
      hash64('tokenHash', 'token_hash'),
      datetime('expiresAt', 'expires_at', false),
      datetime('createdAt', 'created_at', false, true),
      datetime('replacedAt', 'replaced_at', true),
      datetime('revokedAt', 'revoked_at', true),
    ], ['id'], [index('pab_auth_refresh_tokens', ['familyId']), index('pab_auth_refresh_tokens', ['userId'], true)])]),
    entity(AUTH_ENTITIES.token, 'pab_auth_tokens', 'A one-time token (its SHA-256): email verification or password reset.', [
      id,
      ...userLink(AUTH_ENTITIES.token, false),
      scalar('purpose', 'purpose', 'string', { constraints: { maxLength: 32 } }),
      hash64('tokenHash', 'token_hash'),
      datetime('expiresAt', 'expires_at', false),
      datetime('usedAt', 'used_at', true),
      datetime('createdAt', 'created_at', false, true),
    ], ['id'], [index('pab_auth_tokens', ['userId'], true)]),
    entity(AUTH_ENTITIES.passwordHistory, 'pab_auth_password_history', 'Hashes of the passwords a user had, for the password history rule.', [
      id,
      ...userLink(AUTH_ENTITIES.passwordHistory, false),
      scalar('hash', 'hash', 'string', { constraints: { maxLength: 255 } }),
      datetime('createdAt', 'created_at', false, true),
    ], ['id'], [index('pab_auth_password_history', ['userId', 'createdAt'])]),
  ];
  if (model.auth!.methods.session !== undefined) {
    entities.push(
      entity(AUTH_ENTITIES.session, 'pab_auth_sessions', 'A cookie session (the SHA-256 of its id) and the SHA-256 of its CSRF token; ends at expiresAt or when revoked (sign-out, password reset).', [
        id,
        ...userLink(AUTH_ENTITIES.session, false),
        hash64('tokenHash', 'token_hash'),
        scalar('csrfHash', 'csrf_hash', 'string', { constraints: { maxLength: 64 } }),
        datetime('createdAt', 'created_at', false, true),
        datetime('expiresAt', 'expires_at', false),
        datetime('revokedAt', 'revoked_at', true),
      ], ['id'], [index('pab_auth_sessions', ['userId'], true)]),
    );
  }
  if (model.auth!.mfa !== undefined) {
    entities.push(
      entity(AUTH_ENTITIES.mfa, 'pab_auth_mfa', 'The TOTP authenticator of a user: the secret (AES-256-GCM), when it was confirmed, the last time step used (no replay).', [
        ...userLink(AUTH_ENTITIES.mfa, true),
        scalar('secret', 'secret', 'string', { constraints: { maxLength: 255 } }),
        datetime('enabledAt', 'enabled_at', true),
        scalar('lastStep', 'last_step', 'int', { optional: true }),
        datetime('createdAt', 'created_at', false, true),
      ], ['userId'], []),
      entity(AUTH_ENTITIES.recoveryCode, 'pab_auth_recovery_codes', 'A recovery code (its SHA-256), usable once instead of a TOTP code.', [
        id,
        ...userLink(AUTH_ENTITIES.recoveryCode, false),
        hash64('codeHash', 'code_hash'),
        datetime('usedAt', 'used_at', true),
        datetime('createdAt', 'created_at', false, true),
      ], ['id'], [index('pab_auth_recovery_codes', ['userId'], true)]),
    );
  }
  if (model.auth!.methods.oauth2.length > 0) {
    entities.push(
      // Keyed by the SHA-256 of `state`; deleted when the callback uses it (once), refused after `expiresAt`.
      entity(AUTH_ENTITIES.oauthState, 'pab_auth_oauth_states', 'A provider sign-in under way: its state (SHA-256), the PKCE verifier and the OpenID nonce, until the callback uses them once.', [
        { ...hash64('stateHash', 'state_hash'), unique: false, id: true },
        scalar('provider', 'provider', 'string', { constraints: { maxLength: 100 } }),
        scalar('codeVerifier', 'code_verifier', 'string', { constraints: { maxLength: 128 } }),
        scalar('nonce', 'nonce', 'string', { constraints: { maxLength: 64 } }),
        datetime('expiresAt', 'expires_at', false),
        datetime('createdAt', 'created_at', false, true),
      ], ['stateHash'], []),
      entity(AUTH_ENTITIES.oauthLink, 'pab_auth_oauth_links', 'A provider account (provider and its subject id) linked to a user: later sign-ins with it are that user.', [
        id,
        ...userLink(AUTH_ENTITIES.oauthLink, false),
        scalar('provider', 'provider', 'string', { constraints: { maxLength: 100 } }),
        scalar('subject', 'subject', 'string', { constraints: { maxLength: 255 } }),
        scalar('email', 'email', 'string', { optional: true, constraints: { maxLength: 320 } }),
        datetime('createdAt', 'created_at', false, true),
      ], ['id'], [{ ...index('pab_auth_oauth_links', ['provider', 'subject']), name: 'pab_auth_oauth_links_provider_subject_key', unique: true }, index('pab_auth_oauth_links', ['userId'], true)]),
    );
  }
  if (model.auth!.methods.apiKey !== undefined) {
    // SHA-256 is enough for a key of 256 random bits (no dictionary to try); the lookup is by the hash.
    entities.push(entity(AUTH_ENTITIES.apiKey, 'pab_auth_api_keys', 'An API key (its SHA-256) of a user: acts as that user, until revoked or expired.', [
      id,
      ...userLink(AUTH_ENTITIES.apiKey, false),
      scalar('name', 'name', 'string', { constraints: { maxLength: 100 } }),
      scalar('prefix', 'prefix', 'string', { constraints: { maxLength: 255 } }),
      hash64('keyHash', 'key_hash'),
      // The roles the key acts as (comma-separated role names), null for all of its user's rights.
      scalar('scopes', 'scopes', 'string', { optional: true, constraints: { maxLength: 1000 } }),
      datetime('createdAt', 'created_at', false, true),
      datetime('expiresAt', 'expires_at', true),
      datetime('lastUsedAt', 'last_used_at', true),
      datetime('revokedAt', 'revoked_at', true),
    ], ['id'], [index('pab_auth_api_keys', ['userId'], true)]));
  }
  return { identity, keyField, entities, relations };
}

/** The model with the auth tables added (for the Prisma schema and the SQL schema only). */
export function withAuthTables(model: ServiceModel, tables: AuthTables | undefined): ServiceModel {
  if (tables === undefined) return model;
  return { ...model, entities: [...model.entities, ...tables.entities], relations: [...model.relations, ...tables.relations] };
}
