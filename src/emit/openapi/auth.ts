/**
 * The `auth` section in OpenAPI: security schemes (JWT bearer, session
 * cookie, API key header, OAuth2 authorization code or OpenID Connect per
 * provider) and the auth endpoints the generated service serves when the
 * spec has an identity: register, login, refresh, logout, password reset,
 * email verification, MFA, OAuth2 sign-in and API key management, each
 * only when the spec configures what it needs.
 */
import type { Auth, Identity, OAuth2Provider, PasswordPolicy, RateLimit } from '../../model/model.js';
import { createFields, type InputField } from '../api/shapes.js';
import type { ExampleValue } from '../api/examples.js';
import { durationWords, rateWords } from '../docs/phrases.js';
import { GROUP } from './components.js';
import { record, ref, type Json, type JsonObject } from './json.js';
import { errorResponses, type ErrorStatus, type OperationContext, type PathOperation } from './operations.js';
import { mdLiteral } from './markdown.js';
import { description, entityExample, entityRef, fieldSchema, type SchemaContext } from './schemas.js';

/**
 * Security schemes of the spec's sign-in methods, by name, in a fixed order:
 * what a request to the API may carry. Provider sign-in (`oauth2`) ends in
 * the service's own token or session cookie (`/auth/oauth2/...`), so the
 * providers' tokens are no scheme of the API — unless the spec has no other
 * method, when they are all there is to describe.
 */
export function securitySchemes(auth: Auth | undefined): [string, JsonObject][] {
  if (auth === undefined) return [];
  const { jwt, session, apiKey, oauth2 } = auth.methods;
  const out: [string, JsonObject][] = [];
  if (jwt !== undefined) {
    out.push(['bearerAuth', {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: description(
        `An access token (a JWT signed with ${jwt.algorithm}, valid ${durationWords(jwt.accessMs)}) from \`/auth/login\` or \`/auth/refresh\`, sent as \`Authorization: Bearer <token>\`.`,
        jwt.issuer === undefined ? undefined : `Issuer: ${mdLiteral(jwt.issuer)}.`,
        jwt.audience === undefined ? undefined : `Audience: ${mdLiteral(jwt.audience)}.`,
      ),
    }]);
  }
  if (session !== undefined) {
    out.push(['cookieAuth', {
      type: 'apiKey',
      in: 'cookie',
      name: session.cookie,
      description: description(
        `The session cookie ${mdLiteral(session.cookie)} set at sign-in (valid ${durationWords(session.ttlMs)}, SameSite=${session.sameSite}${session.secure ? ', Secure' : ''}, HttpOnly).`,
        session.csrf
          ? `Requests that change data (POST, PUT, PATCH, DELETE) signed in by this cookie must also send the session's CSRF token in the \`X-CSRF-Token\` header, else 403. Sign-in hands the token out in the \`X-CSRF-Token\` response header and in the cookie ${mdLiteral(`${session.cookie}_csrf`)} (readable by the page's scripts, not HttpOnly); it stays the same for the whole session. Bearer tokens and API keys need no CSRF token.`
          : undefined,
      ),
    }]);
  }
  if (apiKey !== undefined) {
    out.push(['apiKeyAuth', {
      type: 'apiKey',
      in: 'header',
      name: apiKey.header,
      description: `An API key${apiKey.prefix === undefined ? '' : ` (starting with ${mdLiteral(apiKey.prefix)})`} in the ${mdLiteral(apiKey.header)} header.`,
    }]);
  }
  if (out.length > 0) return out;
  for (const provider of oauth2) {
    const scheme = oauth2Scheme(provider);
    if (scheme !== undefined) out.push([oauth2SchemeName(provider), scheme]);
  }
  return out;
}

function oauth2SchemeName(provider: OAuth2Provider): string {
  return `oauth2_${provider.name}`;
}

/** An authorization code flow with the provider's URLs, else OpenID Connect discovery at its issuer. */
function oauth2Scheme(p: OAuth2Provider): JsonObject | undefined {
  const doc = `Sign-in with ${p.name}.`;
  if (p.authorizeUrl !== undefined && p.tokenUrl !== undefined) {
    return {
      type: 'oauth2',
      description: doc,
      flows: {
        authorizationCode: {
          authorizationUrl: p.authorizeUrl,
          tokenUrl: p.tokenUrl,
          scopes: record(p.scopes.map((s) => [s, `The ${mdLiteral(s)} scope of ${p.name}.`])),
        },
      },
    };
  }
  if (p.issuer !== undefined) {
    return { type: 'openIdConnect', description: doc, openIdConnectUrl: `${p.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration` };
  }
  return undefined;
}

/** The security requirement of a signed-in operation: each scheme as an alternative. */
export function securityRequirement(schemes: readonly [string, JsonObject][]): JsonObject[] {
  return schemes.map(([name]) => record([[name, []]]));
}

// ---- Auth endpoint schemas -------------------------------------------------------

const JWT_EXAMPLE = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
const TOKEN_EXAMPLE = 'dGhlLXRva2Vu';

/** A property: its schema, example and whether it is required. */
interface Prop {
  readonly name: string;
  readonly schema: JsonObject;
  readonly example: ExampleValue;
  readonly required: boolean;
}

function prop(name: string, schema: JsonObject, example: ExampleValue, required = true): Prop {
  return { name, schema: { ...schema, examples: [example] }, example, required };
}

/** An object schema of properties with its example (request schemas refuse unknown properties). */
function objectSchema(doc: string, props: readonly Prop[], request: boolean, extra: JsonObject = {}): { schema: JsonObject; example: ExampleValue } {
  const required = props.filter((p) => p.required).map((p) => p.name);
  const example = Object.fromEntries(props.map((p) => [p.name, p.example])) as ExampleValue;
  return {
    schema: {
      description: doc,
      type: 'object',
      required: required.length > 0 ? required : undefined,
      properties: record(props.map((p) => [p.name, p.schema])),
      ...extra,
      additionalProperties: request ? false : undefined,
      examples: [example],
    },
    example,
  };
}

/** Registers an auth schema under `name` (a number is added when the spec uses the name); its `$ref` and example. */
function authSchema(name: string, built: { schema: JsonObject; example: ExampleValue }, ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  return { schema: ref('schemas', ctx.registry.derived([name], built.schema, [GROUP.auth, 0, 0])), example: built.example };
}

const REQUIRE_PATTERN = { upper: '(?=.*[A-Z])', lower: '(?=.*[a-z])', digit: '(?=.*[0-9])', symbol: '(?=.*[^A-Za-z0-9])' } as const;
const REQUIRE_WORDS = { upper: 'an upper-case letter', lower: 'a lower-case letter', digit: 'a digit', symbol: 'a symbol' } as const;

/** A new password under the policy: length, and the character classes it requires. */
function newPasswordProp(name: string, policy: PasswordPolicy): Prop {
  let example = 'Correct-Horse-Battery-9';
  while (example.length < policy.minLength) example += 'x';
  example = example.slice(0, policy.maxLength);
  const needs = policy.require.map((r) => REQUIRE_WORDS[r]);
  return prop(name, {
    description: description(
      `The new password: ${policy.minLength} to ${policy.maxLength} characters${needs.length > 0 ? `, with at least ${needs.join(', ')}` : ''}.`,
    ),
    type: 'string',
    format: 'password',
    minLength: policy.minLength,
    maxLength: policy.maxLength,
    pattern: policy.require.length > 0 ? `^${policy.require.map((r) => REQUIRE_PATTERN[r]).join('')}` : undefined,
    writeOnly: true,
  }, example);
}

/** A field of the identity entity as a request property. */
function identityProp(input: InputField, ctx: SchemaContext, required = input.required): Prop {
  const { field } = input;
  const schema = fieldSchema({ ...field, readOnly: false }, ctx);
  return { name: field.name, schema, example: (schema['examples'] as ExampleValue[])[0]!, required };
}

function tokenPair(ctx: SchemaContext, auth: Auth): { schema: JsonObject; example: ExampleValue } {
  const jwt = auth.methods.jwt!;
  return authSchema('TokenPair', objectSchema('Tokens of a signed-in user.', [
    prop('accessToken', { description: 'A JWT to send as `Authorization: Bearer <token>`.', type: 'string' }, JWT_EXAMPLE),
    prop('refreshToken', { description: `Gets new tokens from \`/auth/refresh\`; valid ${durationWords(jwt.refreshMs)}${jwt.rotate ? ', and replaced by each refresh' : ''}.`, type: 'string' }, TOKEN_EXAMPLE),
    prop('expiresIn', { description: 'Seconds until the access token expires.', type: 'integer', minimum: 1 }, Math.max(1, Math.round(jwt.accessMs / 1000))),
    prop('tokenType', { description: 'Always `Bearer`.', type: 'string', enum: ['Bearer'] }, 'Bearer'),
  ], false), ctx);
}

function mfaChallenge(ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  return authSchema('MfaChallenge', objectSchema('The password was right; send a code from the authenticator app to `/auth/mfa/verify` with `mfaToken` to finish signing in.', [
    prop('mfaRequired', { type: 'boolean', enum: [true] }, true),
    prop('mfaToken', { description: 'Identifies this sign-in attempt at `/auth/mfa/verify`; valid a few minutes.', type: 'string' }, TOKEN_EXAMPLE),
    prop('enrollmentRequired', { description: 'Whether the account must set up an authenticator first (MFA is required and it has none yet): enrol at `/auth/mfa/enroll` with `mfaToken` as the bearer token, then verify a code.', type: 'boolean' }, false, false),
  ], false), ctx);
}

// ---- Auth endpoints ------------------------------------------------------------------

/** What the endpoint builders share. */
interface AuthContext extends OperationContext {
  readonly auth: Auth;
  readonly identity: Identity;
  readonly tag: string;
}

interface AuthOperation {
  readonly path: string;
  readonly method: 'get' | 'post' | 'delete';
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  /** `public`: no sign-in; `user`: signed in; `optional`: either. */
  readonly access: 'public' | 'user' | 'optional';
  readonly rateLimit?: string;
  readonly parameters?: readonly JsonObject[];
  readonly requestBody?: JsonObject;
  readonly success: readonly [string, JsonObject][];
  readonly errors: readonly ErrorStatus[];
}

function jsonBody(built: { schema: JsonObject; example: ExampleValue }, required = true): JsonObject {
  return { required, content: { 'application/json': { schema: built.schema, example: built.example } } };
}

function jsonResponse(doc: string, built: { schema: Json; example: ExampleValue }, headers?: JsonObject): JsonObject {
  return { description: doc, headers, content: { 'application/json': { schema: built.schema, example: built.example } } };
}

function limitOf(ctx: AuthContext, endpoint: string): RateLimit | undefined {
  return ctx.auth.rateLimits.find((r) => r.endpoint === endpoint)?.limit;
}

function toPathOperation(op: AuthOperation, ctx: AuthContext): PathOperation {
  const limit = op.rateLimit === undefined ? undefined : limitOf(ctx, op.rateLimit);
  const errors = [...op.errors, ...(limit === undefined ? [] : [429 as const])];
  // The auth endpoints take a sign-in, never an API key (a leaked key must not manage keys or the account's sign-in).
  const withoutKeys = ctx.security.filter((s) => !Object.prototype.hasOwnProperty.call(s, 'apiKeyAuth'));
  const signIn = withoutKeys.length > 0 ? withoutKeys : ctx.security;
  const security = op.access === 'public' ? [] : op.access === 'user' ? signIn : [{}, ...signIn];
  return {
    path: op.path,
    method: op.method,
    operation: {
      tags: [ctx.tag],
      summary: op.summary,
      description: description(op.description, limit === undefined ? undefined : `Rate limit: ${rateWords(limit)} per client.`),
      operationId: op.operationId,
      parameters: op.parameters,
      requestBody: op.requestBody,
      responses: record([...op.success, ...errorResponses(errors)]),
      security,
    },
  };
}

/** The responses of a completed sign-in: tokens (JWT) and/or the session cookie. */
function signedIn(ctx: AuthContext, withChallenge: boolean): [string, JsonObject][] {
  const { jwt, session } = ctx.auth.methods;
  const cookie = session === undefined ? undefined : { 'Set-Cookie': ref('headers', 'SetSessionCookie'), ...(session.csrf ? { 'X-CSRF-Token': ref('headers', 'CsrfToken') } : {}) };
  const challenge = withChallenge && ctx.auth.mfa !== undefined ? mfaChallenge(ctx) : undefined;
  const out: [string, JsonObject][] = [];
  if (jwt !== undefined) {
    const tokens = tokenPair(ctx, ctx.auth);
    const body = challenge === undefined ? tokens : { schema: { oneOf: [tokens.schema, challenge.schema] }, example: tokens.example };
    out.push(['200', jsonResponse(challenge === undefined ? 'Signed in.' : 'Signed in, or (with MFA) a challenge to answer at `/auth/mfa/verify`.', body, cookie)]);
  } else {
    if (challenge !== undefined) out.push(['200', jsonResponse('A challenge to answer at `/auth/mfa/verify` (MFA).', challenge)]);
    out.push(['204', { description: 'Signed in; the session cookie is set.', headers: cookie }]);
  }
  return out;
}

/** The identity's field to send reset and verification mail to: an email login field, else its first email field. */
function emailFieldOf(ctx: AuthContext): InputField | undefined {
  const fields = createFields(ctx.entities.get(ctx.identity.entity)!);
  const isEmail = (f: InputField): boolean => f.field.type.kind === 'scalar' && f.field.type.type === 'email';
  return fields.find((f) => isEmail(f) && ctx.identity.login.includes(f.field.name)) ?? fields.find(isEmail);
}

function registerOp(ctx: AuthContext): AuthOperation {
  const { identity, auth } = ctx;
  const props = createFields(ctx.entities.get(identity.entity)!)
    .filter((f) => f.field.name !== identity.role)
    .filter((f) => identity.login.includes(f.field.name) || f.field.name === identity.password || f.required)
    .map((f) => (f.field.name === identity.password ? newPasswordProp(f.field.name, auth.password) : identityProp(f, ctx, f.required || identity.login.includes(f.field.name))));
  const body = authSchema('RegisterRequest', objectSchema(`A new account: the sign-in fields, the password and the other required fields of \`${identity.entity}\`.${identity.role === undefined ? '' : ` The role (\`${identity.role}\`) is not accepted here: it gets its default.`}`, props, true), ctx);
  return {
    path: '/auth/register', method: 'post', operationId: 'register', summary: 'Register',
    description: `Creates an account (${'`'}${identity.entity}${'`'}) and returns it.`,
    access: 'public', rateLimit: 'register', requestBody: jsonBody(body),
    success: [['201', jsonResponse(`The new \`${identity.entity}\`.`, { schema: entityRef(identity.entity, ctx), example: entityExample(identity.entity, ctx) })]],
    errors: [400, 409, 422],
  };
}

/** The sign-in fields and the password, as login takes them (any one sign-in field when there are several). */
function loginOp(ctx: AuthContext): AuthOperation {
  const { identity } = ctx;
  const fields = createFields(ctx.entities.get(identity.entity)!).filter((f) => identity.login.includes(f.field.name));
  const single = fields.length === 1;
  const props = [
    ...fields.map((f) => identityProp(f, ctx, single)),
    prop(identity.password!, { description: 'The password.', type: 'string', format: 'password', minLength: 1, writeOnly: true }, 'Correct-Horse-Battery-9'),
  ];
  const extra: JsonObject = single ? {} : { anyOf: fields.map((f) => ({ required: [f.field.name] })) };
  const body = authSchema('LoginRequest', objectSchema(`Sign-in with ${single ? `\`${fields[0]!.field.name}\`` : `one of ${fields.map((f) => `\`${f.field.name}\``).join(', ')}`} and the password.`, props, true, extra), ctx);
  const lockout = ctx.auth.lockout;
  return {
    path: '/auth/login', method: 'post', operationId: 'login', summary: 'Sign in',
    description: description(
      'Checks the credentials and signs the user in.',
      `After ${lockout.attempts} failed attempts the account is locked for ${durationWords(lockout.durationMs)} (answered with 429).`,
    )!,
    access: 'public', rateLimit: 'login', requestBody: jsonBody(body),
    success: signedIn(ctx, true), errors: [400, 401, 422],
  };
}

function refreshBody(ctx: AuthContext): { schema: JsonObject; example: ExampleValue } {
  return authSchema('RefreshRequest', objectSchema('A refresh token.', [
    prop('refreshToken', { description: 'The `refreshToken` of the last `TokenPair`.', type: 'string', minLength: 1 }, TOKEN_EXAMPLE),
  ], true), ctx);
}

function refreshOp(ctx: AuthContext): AuthOperation {
  const tokens = tokenPair(ctx, ctx.auth);
  return {
    path: '/auth/refresh', method: 'post', operationId: 'refreshTokens', summary: 'Refresh tokens',
    description: `Exchanges a refresh token for new tokens${ctx.auth.methods.jwt!.rotate ? '; the old refresh token stops working' : ''}.`,
    access: 'public', rateLimit: 'refresh', requestBody: jsonBody(refreshBody(ctx)),
    success: [['200', jsonResponse('New tokens.', tokens)]], errors: [400, 401, 422],
  };
}

function logoutOp(ctx: AuthContext): AuthOperation {
  const { jwt, session } = ctx.auth.methods;
  return {
    path: '/auth/logout', method: 'post', operationId: 'logout', summary: 'Sign out',
    description: description(
      'Ends the sign-in.',
      jwt === undefined ? undefined : 'Send the refresh token to revoke it.',
      session === undefined ? undefined : 'The session cookie is cleared.',
    )!,
    access: 'user',
    requestBody: jwt === undefined ? undefined : jsonBody(refreshBody(ctx), false),
    success: [['204', { description: 'Signed out.', headers: session === undefined ? undefined : { 'Set-Cookie': ref('headers', 'SetSessionCookie') } }]],
    errors: [400, 401],
  };
}

function passwordResetOps(ctx: AuthContext, email: InputField): AuthOperation[] {
  const request = authSchema('PasswordResetRequest', objectSchema('Where to send the reset link.', [identityProp(email, ctx, true)], true), ctx);
  const confirm = authSchema('PasswordResetConfirmation', objectSchema('The token from the reset link and the new password.', [
    prop('token', { description: 'The token from the reset link.', type: 'string', minLength: 1 }, TOKEN_EXAMPLE),
    newPasswordProp('password', ctx.auth.password),
  ], true), ctx);
  return [
    {
      path: '/auth/password-reset', method: 'post', operationId: 'requestPasswordReset', summary: 'Request a password reset',
      description: `Sends a reset link to \`${email.field.name}\` if an account has it. The answer is the same either way, so it does not tell who has an account.`,
      access: 'public', rateLimit: 'passwordReset', requestBody: jsonBody(request),
      success: [['202', { description: 'Accepted; a link is on its way if the account exists.' }]], errors: [400, 422],
    },
    {
      path: '/auth/password-reset/confirm', method: 'post', operationId: 'confirmPasswordReset', summary: 'Set a new password',
      description: 'Sets a new password with the token from the reset link; the token works once.',
      access: 'public', rateLimit: 'passwordReset', requestBody: jsonBody(confirm),
      success: [['204', { description: 'The password is changed.' }]], errors: [400, 422],
    },
  ];
}

function verifyEmailOp(ctx: AuthContext, email: InputField): AuthOperation {
  const body = authSchema('EmailVerification', objectSchema('The token from the verification link.', [
    prop('token', { description: 'The token from the verification link.', type: 'string', minLength: 1 }, TOKEN_EXAMPLE),
  ], true), ctx);
  return {
    path: '/auth/verify-email', method: 'post', operationId: 'verifyEmail', summary: 'Verify an email address',
    description: `Confirms \`${email.field.name}\` with the token sent to it.`,
    access: 'public', requestBody: jsonBody(body),
    success: [['204', { description: 'The address is verified.' }]], errors: [400, 422],
  };
}

function mfaOps(ctx: AuthContext): AuthOperation[] {
  const enrollment = authSchema('MfaEnrollment', objectSchema('A new TOTP secret, to add to an authenticator app (the URL as a QR code).', [
    prop('secret', { description: 'The base32 TOTP secret.', type: 'string' }, 'JBSWY3DPEHPK3PXP'),
    prop('otpauthUrl', { description: 'The `otpauth://` URL for a QR code.', type: 'string', format: 'uri' }, 'otpauth://totp/pab?secret=JBSWY3DPEHPK3PXP'),
    prop('recoveryCodes', {
      description: 'One-time codes for when the authenticator is lost, each usable once instead of a code; shown only here (stored hashed), valid once the enrollment is confirmed.',
      type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{5}-[0-9a-f]{5}$' },
    }, ['3f9a1-c27b4', '90e1d-5b6a2']),
  ], false), ctx);
  const verify = authSchema('MfaVerification', objectSchema('A code from the authenticator app, and for a sign-in the `mfaToken` of the challenge.', [
    prop('code', { description: 'The 6-digit code, or (with `mfaToken`) an unused recovery code.', type: 'string', pattern: '^([0-9]{6}|[0-9a-f]{5}-[0-9a-f]{5})$' }, '123456'),
    prop('mfaToken', { description: 'The `mfaToken` of the sign-in challenge; absent to confirm an enrollment.', type: 'string' }, TOKEN_EXAMPLE, false),
  ], true), ctx);
  const completed = signedIn(ctx, false).map(([status, r]): [string, JsonObject] => [status, { ...r, description: `${String(r['description'])} (with \`mfaToken\`)` }]);
  const success: [string, JsonObject][] = completed.some(([s]) => s === '204')
    ? completed.map(([s, r]) => [s, s === '204' ? { ...r, description: 'Signed in (with `mfaToken`; the session cookie is set), or the enrollment is confirmed.' } : r])
    : [...completed, ['204', { description: 'The enrollment is confirmed (without `mfaToken`).' }]];
  return [
    {
      path: '/auth/mfa/enroll', method: 'post', operationId: 'enrollMfa', summary: 'Set up MFA',
      description: 'Starts setting up TOTP for the signed-in user (or, when MFA is required and the account has none yet, for the holder of a sign-in challenge\'s `mfaToken` sent as the bearer token); confirm with a code at `/auth/mfa/verify`. Starting again before confirming replaces the secret and the recovery codes.',
      access: 'user', rateLimit: 'mfa',
      success: [['200', jsonResponse('The secret to add to an authenticator app.', enrollment)]], errors: [401, 409],
    },
    {
      path: '/auth/mfa/verify', method: 'post', operationId: 'verifyMfa', summary: 'Verify an MFA code',
      description: 'With `mfaToken`: finishes a sign-in that answered with a challenge. Without: confirms the enrollment of the signed-in user.',
      access: 'optional', rateLimit: 'mfa', requestBody: jsonBody(verify),
      success, errors: [400, 401, 422],
    },
  ];
}

function oauth2Ops(ctx: AuthContext): AuthOperation[] {
  const providers = ctx.auth.methods.oauth2.map((p) => p.name);
  const provider: JsonObject = {
    name: 'provider', in: 'path', required: true, description: 'The sign-in provider.',
    schema: { type: 'string', enum: providers }, example: providers[0]!,
  };
  const query = (name: string, doc: string, example: string): JsonObject => ({
    name, in: 'query', required: true, description: doc, schema: { type: 'string', minLength: 1 }, example,
  });
  return [
    {
      path: '/auth/oauth2/{provider}', method: 'get', operationId: 'startOAuth2', summary: 'Sign in with a provider',
      description: 'Redirects to the provider\'s sign-in page; the provider sends the user back to the callback.',
      access: 'public', parameters: [provider],
      success: [['302', { description: 'To the provider\'s sign-in page.', headers: { Location: { description: 'The provider\'s authorization URL.', required: true, schema: { type: 'string', format: 'uri' } } } }]],
      errors: [404],
    },
    {
      path: '/auth/oauth2/{provider}/callback', method: 'get', operationId: 'finishOAuth2', summary: 'Provider sign-in callback',
      description: 'Where the provider sends the user back: checks `state`, exchanges `code` and signs the user in (creating the account on first sign-in).',
      access: 'public', rateLimit: 'login',
      parameters: [provider, query('code', 'The authorization code from the provider.', 'c0de'), query('state', 'The state sent to the provider.', 'st4te')],
      success: signedIn(ctx, true), errors: [400, 401, 404],
    },
  ];
}

function apiKeyOps(ctx: AuthContext): AuthOperation[] {
  const apiKey = ctx.auth.methods.apiKey!;
  const prefix = apiKey.prefix ?? '';
  const idProp = prop('id', { description: 'The key\'s id.', type: 'string', format: 'uuid', readOnly: true }, '3f2b8c1e-9a4d-4e7b-8c2a-5d6f7e8a9b0c');
  const nameProp = prop('name', { description: 'What the key is for.', type: 'string', minLength: 1, maxLength: 100 }, 'CI deploys');
  const expiresProp = prop('expiresAt', { description: 'When the key stops working; null for never.', type: ['string', 'null'], format: 'date-time' }, '2025-05-17T09:30:00Z');
  // Scopes: roles the key acts as, on top of its user's current rights (never beyond them); only when the spec has roles.
  const roles = ctx.auth.roles.map((r) => r.name);
  const scopesDoc = 'The roles the key acts as: a request is allowed only when the user\'s current role allows it and one of these roles does too, so a key never has more rights than its user.';
  const scopesProps = roles.length === 0 ? { create: [], shown: [] } : {
    create: [prop('scopes', { description: `${scopesDoc} Absent: all of the user's rights.`, type: 'array', items: { type: 'string', enum: roles }, minItems: 1, uniqueItems: true }, [roles[0]!], false)],
    shown: [prop('scopes', { description: `${scopesDoc} Null: all of the user's rights.`, type: ['array', 'null'], items: { type: 'string', enum: roles } }, [roles[0]!])],
  };
  const common = [
    idProp, nameProp,
    prop('prefix', { description: 'The first characters of the key, to recognize it.', type: 'string' }, `${prefix}3f2b`),
    prop('createdAt', { type: 'string', format: 'date-time', readOnly: true }, '2024-05-17T09:30:00Z'),
    expiresProp,
    ...scopesProps.shown,
  ];
  const create = authSchema('ApiKeyCreate', objectSchema('A new API key.', [nameProp, { ...expiresProp, required: false }, ...scopesProps.create], true), ctx);
  const key = authSchema('ApiKey', objectSchema(`An API key (without the key itself), sent in the ${mdLiteral(apiKey.header)} header.`, common, false), ctx);
  const created = authSchema('ApiKeyCreated', objectSchema('A new API key with the key itself, shown only this once.', [
    ...common, prop('key', { description: 'The key; it cannot be shown again.', type: 'string' }, `${prefix}3f2b8c1e9a4d4e7b`),
  ], false), ctx);
  const idParam: JsonObject = { name: 'id', in: 'path', required: true, description: 'The key\'s id.', schema: { type: 'string', format: 'uuid' }, example: '3f2b8c1e-9a4d-4e7b-8c2a-5d6f7e8a9b0c' };
  return [
    {
      path: '/auth/api-keys', method: 'get', operationId: 'listApiKeys', summary: 'List API keys',
      description: 'The API keys of the signed-in user (signed in: an API key cannot list keys).', access: 'user',
      success: [['200', jsonResponse('The keys.', { schema: { type: 'array', items: key.schema }, example: [key.example] })]], errors: [401],
    },
    {
      path: '/auth/api-keys', method: 'post', operationId: 'createApiKey', summary: 'Create an API key',
      description: 'Creates an API key for the signed-in user (signed in: an API key cannot create keys); the answer is the only time the key is shown.',
      access: 'user', requestBody: jsonBody(create),
      success: [['201', jsonResponse('The new key.', created, {
        Location: { description: 'The URL of the new key.', required: true, schema: { type: 'string', format: 'uri-reference' }, example: '/auth/api-keys/3f2b8c1e-9a4d-4e7b-8c2a-5d6f7e8a9b0c' },
      })]],
      errors: [400, 401, 422],
    },
    {
      path: '/auth/api-keys/{id}', method: 'delete', operationId: 'revokeApiKey', summary: 'Revoke an API key',
      description: 'Revokes one of the signed-in user\'s API keys (signed in: an API key cannot revoke keys); it stops working at once. Another user\'s key is not found (404).', access: 'user', parameters: [idParam],
      success: [['204', { description: 'Revoked.' }]], errors: [400, 401, 404],
    },
  ];
}

/** Every auth endpoint the spec configures (none without an identity), with operation ids not taken by resources. */
export function authOperations(ctx: OperationContext, tag: string, takenIds: ReadonlySet<string>): PathOperation[] {
  const auth = ctx.model.auth;
  const identity = auth?.identity;
  if (auth === undefined || identity === undefined) return [];
  const actx: AuthContext = { ...ctx, auth, identity, tag };
  const { jwt, session, apiKey, oauth2 } = auth.methods;
  const email = emailFieldOf(actx);
  const ops: AuthOperation[] = [];
  if (identity.password !== undefined) ops.push(registerOp(actx), loginOp(actx));
  if (jwt !== undefined) ops.push(refreshOp(actx));
  if (jwt !== undefined || session !== undefined) ops.push(logoutOp(actx));
  if (identity.password !== undefined && email !== undefined) ops.push(...passwordResetOps(actx, email), verifyEmailOp(actx, email));
  if (auth.mfa !== undefined) ops.push(...mfaOps(actx));
  if (oauth2.length > 0) ops.push(...oauth2Ops(actx));
  if (apiKey !== undefined) ops.push(...apiKeyOps(actx));
  return ops.map((op) => {
    let id = op.operationId;
    if (takenIds.has(id)) id = `${id}Auth`;
    for (let n = 2; takenIds.has(id); n++) id = `${op.operationId}Auth${n}`;
    return toPathOperation({ ...op, operationId: id }, actx);
  });
}

/** The `Set-Cookie` header of a sign-in, when sessions are on. */
export function sessionCookieHeader(auth: Auth | undefined): JsonObject | undefined {
  const session = auth?.methods.session;
  if (session === undefined) return undefined;
  const attrs = [`Max-Age=${Math.max(1, Math.round(session.ttlMs / 1000))}`, 'Path=/', 'HttpOnly', ...(session.secure ? ['Secure'] : []), `SameSite=${session.sameSite[0]!.toUpperCase()}${session.sameSite.slice(1)}`];
  return {
    description: description(
      `Sets (or, on sign-out, clears) the session cookie ${mdLiteral(session.cookie)}: a new random id at every sign-in, valid ${durationWords(session.ttlMs)}.`,
      session.csrf ? `With it comes the cookie ${mdLiteral(`${session.cookie}_csrf`)} holding the CSRF token (the same attributes, but not HttpOnly: the page reads it).` : undefined,
    ),
    schema: { type: 'string' },
    example: `${session.cookie}=${TOKEN_EXAMPLE}; ${attrs.join('; ')}`,
  };
}

/** The `X-CSRF-Token` header of a sign-in, when sessions have CSRF protection. */
export function csrfTokenHeader(auth: Auth | undefined): JsonObject | undefined {
  const session = auth?.methods.session;
  if (session === undefined || !session.csrf) return undefined;
  return {
    description: 'The CSRF token of the new session: send it in the `X-CSRF-Token` header of every POST, PUT, PATCH and DELETE signed in by the session cookie.',
    schema: { type: 'string' },
    example: TOKEN_EXAMPLE,
  };
}

