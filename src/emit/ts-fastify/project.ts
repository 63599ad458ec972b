/**
 * The files of the generated project but the OpenAPI document, the
 * migrations and the seams (`index.ts` adds those): package.json with exact
 * versions, tsconfigs, README, .env.example, .gitignore, the Prisma schema
 * and config, the entry points, the runtime modules under `src/generated/`,
 * routes, services and repositories, the scaffold under `src/extensions/`
 * and the generated tests.
 */
import type { SecurityHeaders } from '../../model/auth.js';
import type { Database, ServiceModel } from '../../model/model.js';
import type { EmitContext, OutputFile } from '../emitter.js';
import { tsLiteral, tsString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { hasPasswordAuth, hasSessions } from './auth-model.js';
import { clientDependencies } from './clients.js';
import { buildOAuth2View } from './oauth2.js';
import type { TsFastifyView } from './view-model.js';

/** Exact versions of the generated project's dependencies (Node 20). */
export const VERSIONS = {
  fastify: '5.12.8',
  /** Reads and sets cookies (the session cookie; provider sign-in's state). */
  '@fastify/cookie': '11.1.5',
  '@fastify/cors': '11.4.3',
  '@fastify/helmet': '13.2.0',
  '@fastify/rate-limit': '11.2.0',
  '@fastify/swagger': '9.9.3',
  '@fastify/swagger-ui': '6.1.3',
  ajv: '8.20.0',
  'ajv-formats': '3.0.1',
  'prom-client': '15.1.3',
  ioredis: '5.9.2',
  jose: '6.2.18',
  prisma: '7.10.1',
  '@prisma/client': '7.10.0',
  '@prisma/adapter-pg': '7.10.1',
  '@prisma/adapter-mariadb': '7.10.0',
  /** The driver under @prisma/adapter-mariadb (its exact dependency); `src/migrate.ts` imports it. */
  mariadb: '3.4.5',
  'pglite-prisma-adapter': '0.7.2',
  '@electric-sql/pglite': '0.4.3',
  pg: '8.23.1',
  typescript: '5.9.3',
  tsx: '4.23.15',
  vitest: '4.1.12',
  '@types/node': '20.19.43',
  '@types/pg': '8.23.1',
  /** Password hashes: prebuilt binaries as npm platform packages (nothing downloaded from elsewhere). */
  '@node-rs/argon2': '2.2.1',
  '@node-rs/bcrypt': '2.0.0',
  /** TOTP codes and otpauth URIs for MFA (pure JS, one dependency: @noble/hashes). */
  otpauth: '9.5.2',
} as const;

type Pkg = keyof typeof VERSIONS;

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function pick(names: readonly Pkg[]): Record<string, string> {
  return Object.fromEntries([...names].sort().map((n) => [n, VERSIONS[n]]));
}

/** An npm package name from the backend name: lowercase, `-` between words; `service` when nothing is left. */
export function packageName(name: string): string {
  const s = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
  return s === '' ? 'service' : s;
}

function packageJson(model: ServiceModel, database: Database): string {
  const runtime: Pkg[] = ['fastify', '@fastify/cors', '@fastify/helmet', '@fastify/rate-limit', '@fastify/swagger', '@fastify/swagger-ui', 'ajv', 'ajv-formats', 'prom-client', 'jose', '@prisma/client', 'ioredis'];
  runtime.push((model.auth?.password.hash ?? 'argon2id') === 'bcrypt' ? '@node-rs/bcrypt' : '@node-rs/argon2');
  if (hasMfa(model)) runtime.push('otpauth');
  if (hasSessions(model) || hasOAuth2(model)) runtime.push('@fastify/cookie');
  if (database === 'postgres') runtime.push('@prisma/adapter-pg', 'pglite-prisma-adapter', '@electric-sql/pglite', 'pg');
  else runtime.push('@prisma/adapter-mariadb', 'mariadb');
  const dev: Pkg[] = ['prisma', 'typescript', 'tsx', 'vitest', '@types/node'];
  if (database === 'postgres') dev.push('@types/pg');
  const version = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(model.backend.version) ? model.backend.version : '0.1.0';
  return `${JSON.stringify({
    name: packageName(model.backend.name),
    version,
    private: true,
    description: model.backend.doc?.split('\n')[0],
    type: 'module',
    engines: { node: '>=20' },
    scripts: {
      build: 'prisma generate && tsc -p tsconfig.build.json',
      start: 'node dist/server.js',
      dev: 'tsx watch src/server.ts',
      migrate: 'tsx src/migrate.ts',
      seed: 'tsx src/seed.ts',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
    },
    dependencies: sortedRecord({ ...pick(runtime), ...clientDependencies(model) }),
    devDependencies: pick(dev),
  }, null, 2)}\n`;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    esModuleInterop: true,
    skipLibCheck: true,
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    noEmit: true,
  },
  include: ['src', 'test', 'vitest.config.ts'],
};

const TSCONFIG_BUILD = {
  extends: './tsconfig.json',
  compilerOptions: { noEmit: false, rootDir: 'src', outDir: 'dist', sourceMap: true },
  include: ['src'],
};

const GITIGNORE = `node_modules/
dist/
src/generated/prisma/
.env
pglite-data/
`;

function prismaConfig(header: string): string {
  return `${header}
import { defineConfig } from 'prisma/config';

export default defineConfig({ schema: 'prisma/schema.prisma' });
`;
}

const VITEST_CONFIG = (header: string): string => `${header}
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
`;

/** Escapes done; the rest of the project view. */
export interface ProjectInput {
  readonly header: string;
  readonly database: 'postgres' | 'mysql';
  readonly view: TsFastifyView;
  readonly prismaSchema: string;
}

interface JwtView {
  readonly algorithm: string;
  readonly symmetric: boolean;
  readonly variable: string;
  readonly signs: boolean;
  readonly signingVariable: string;
  readonly [more: string]: unknown;
}

function jwtView(model: ServiceModel): JwtView | undefined {
  const jwt = model.auth?.methods.jwt;
  if (jwt === undefined) return undefined;
  const symmetric = jwt.algorithm.startsWith('HS');
  const envName = jwt.secret.kind === 'env' ? jwt.secret.name : undefined;
  let keyExpr: string;
  let variable: string;
  if (symmetric) {
    variable = envName ?? '';
    keyExpr = envName === undefined ? tsString(jwt.secret.kind === 'literal' ? jwt.secret.value : '') : `optional(env, ${tsString(envName)})`;
  } else {
    variable = `${envName ?? 'JWT'}_PUBLIC_KEY`;
    keyExpr = `optional(env, ${tsString(variable)})?.replace(/\\\\n/g, '\\n')`;
  }
  const missing = symmetric
    ? `${variable} is required in production: the shared secret that signs the access tokens (${jwt.algorithm}).`
    : `${variable} is required in production: the PEM public key (SPKI) that checks the access tokens (${jwt.algorithm}).`;
  // With password sign-in the service also signs tokens: the secret itself (HS*), or the private key in the secret's variable.
  const signs = hasPasswordAuth(model);
  const signingVariable = symmetric ? variable : envName ?? 'JWT_PRIVATE_KEY';
  const missingSigning = symmetric
    ? `${variable} is required in production: the shared secret that signs and checks the access tokens (${jwt.algorithm}).`
    : `${signingVariable} is required in production: the PEM private key (PKCS #8) that signs the access tokens (${jwt.algorithm}).`;
  return { algorithm: jwt.algorithm, symmetric, issuer: jwt.issuer, audience: jwt.audience, keyExpr, variable, missing, signs, signingVariable, missingSigning };
}

/** Whether the service serves TOTP MFA (the spec's `auth.mfa` with password sign-in). */
/** Whether the service signs users in with providers (`auth.oauth2`, with password sign-in's accounts). */
function hasOAuth2(model: ServiceModel): boolean {
  return (model.auth?.methods.oauth2.length ?? 0) > 0 && hasPasswordAuth(model);
}

function hasMfa(model: ServiceModel): boolean {
  return model.auth?.mfa !== undefined && hasPasswordAuth(model);
}

/** The environment variables the service reads, for README and .env.example. */
function envVars(model: ServiceModel, database: 'postgres' | 'mysql', jwt: JwtView | undefined): { name: string; doc: string; example: string }[] {
  const vars = [
    { name: 'PORT', doc: `The port to listen on (default ${model.deploy.docker.port}).`, example: String(model.deploy.docker.port) },
    { name: 'HOST', doc: 'The address to listen on (default 0.0.0.0).', example: '0.0.0.0' },
    database === 'postgres'
      ? { name: 'DATABASE_URL', doc: 'The PostgreSQL database; without it, an embedded PGlite database.', example: 'postgres://postgres:postgres@localhost:5432/app' }
      : { name: 'DATABASE_URL', doc: 'The MySQL or MariaDB database (required).', example: 'mariadb://root:root@localhost:3306/app' },
  ];
  if (database === 'postgres') vars.push({ name: 'PGLITE_DIR', doc: 'Where the embedded database keeps its files (default: in memory).', example: './pglite-data' });
  vars.push(
    { name: 'DATABASE_POOL_MAX', doc: 'The most database connections (default 10).', example: '10' },
    { name: 'LOG_LEVEL', doc: 'fatal, error, warn, info, debug, trace or silent (default info).', example: 'info' },
    { name: 'BODY_LIMIT', doc: 'The largest request body in bytes (default 1048576).', example: '1048576' },
  );
  if (jwt !== undefined && jwt.signs && jwt.symmetric) {
    vars.push({ name: jwt.variable, doc: 'The shared secret (at least 32 characters) that signs and checks the access tokens (required when NODE_ENV=production).', example: '' });
  } else if (jwt !== undefined && jwt.signs) {
    vars.push(
      { name: jwt.signingVariable, doc: 'The PEM private key (PKCS #8) that signs the access tokens (required when NODE_ENV=production; `\\n` stands for a line break).', example: '' },
      { name: jwt.variable, doc: `The PEM public key (SPKI) that checks the access tokens (default: derived from ${jwt.signingVariable}).`, example: '' },
    );
  } else if (jwt !== undefined) vars.push({ name: jwt.variable, doc: 'The key that checks access tokens (required when NODE_ENV=production).', example: '' });
  if (jwt !== undefined && jwt.signs && hasMfa(model)) {
    vars.push({ name: 'MFA_ENCRYPTION_KEY', doc: 'The secret (at least 32 characters) that encrypts the stored TOTP secrets (default: derived from the signing key, so changing that key would lose every enrolment; set it in production).', example: '' });
  } else if (hasMfa(model)) {
    vars.push({ name: 'MFA_ENCRYPTION_KEY', doc: 'The secret (at least 32 characters) that encrypts the stored TOTP secrets (without it MFA enrolment answers 503; changing it loses every enrolment).', example: '' });
  }
  for (const s of model.services) {
    if (s.url.kind !== 'env') continue;
    vars.push({ name: s.url.name, doc: `The base URL of the service ${s.name} (required).`, example: `https://${s.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.internal` });
  }
  vars.push({ name: 'TRUST_PROXY', doc: 'Whether to believe X-Forwarded-For: `true` behind one trusted proxy, or the proxies\' addresses, comma-separated (default false: the connection\'s address).', example: 'false' });
  vars.push({ name: 'REDIS_URL', doc: 'Redis for rate-limit counters shared by every instance (default: in memory, per instance).', example: 'redis://localhost:6379' });
  vars.push({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', doc: 'Where to send traces (OpenTelemetry; off when unset).', example: '' });
  return vars;
}

function readme(model: ServiceModel, database: 'postgres' | 'mysql', vars: readonly { name: string; doc: string }[], header: string, authPaths: readonly string[], mfa: boolean, apiKeys: boolean): string {
  const lines = [
    header,
    `# ${model.backend.name.replace(/[\\`*_[\]<>#|]/g, '\\$&')}`,
    '',
    'A service generated by pab: Fastify 5, Prisma 7, problem+json errors, metrics, access rules from the spec.',
    '',
    '## Run',
    '',
    '```sh',
    'npm install',
    'npm run build      # prisma generate + tsc',
    'npm start          # node dist/server.js',
    'npm run dev        # watch mode',
    '```',
    '',
    database === 'postgres'
      ? 'Without `DATABASE_URL` the service runs on an embedded PGlite database (in memory, or in `PGLITE_DIR`) and applies the migrations at start.'
      : 'The service needs `DATABASE_URL` (MySQL 8 or MariaDB).',
    '',
    '## Configure',
    '',
    '| variable | meaning |',
    '|---|---|',
    ...vars.map((v) => `| \`${v.name}\` | ${v.doc} |`),
    '',
    '## Migrate and seed',
    '',
    '`npm run migrate` applies the pending migrations of `migrations/` (each once, recorded in `_pab_migrations`); `npm run seed` runs `src/extensions/seed.ts`.',
    '',
    '## Test',
    '',
    '`npm test` runs the generated tests against `DATABASE_URL`' + (database === 'postgres' ? ' (or PGlite when it is unset).' : '.'),
    '',
    '## Extend',
    '',
    'pab rewrites everything but `src/extensions/`: hooks per resource (`hooks/`), custom actions (`actions/`), extra routes (`routes.ts`) and the seed (`seed.ts`) are yours.',
    '',
    '## Endpoints',
    '',
    '`/health` (liveness), `/ready` (the database answers), `/metrics` (Prometheus), `/openapi.json`, `/docs`.',
    '',
    ...(authPaths.length > 0 ? [
      '## Sign-in',
      '',
      `${authPaths.map((p) => `\`${p}\``).join(', ')} (see \`/docs\`). `
        + (model.auth?.methods.jwt !== undefined ? 'Access tokens are JWTs signed with the key above; refresh, verification and reset tokens are random and stored hashed. ' : 'Verification and reset tokens are random and stored hashed. ')
        + sessionWords(model)
        + 'Failed sign-ins lock the sign-in name for a while; the auth endpoints are rate limited per client address and per account (in Redis with `REDIS_URL`). '
        + 'Security events are log lines with `event: "auth.…"` and the metric `auth_events_total`.',
      '',
      'Verification and reset tokens go to `src/extensions/mailer.ts`: as generated it only logs them (the token itself outside production); connect your mail provider there.',
      '',
      ...(mfa ? [
        `MFA (TOTP${model.auth?.mfa?.required === true ? ', required' : ', optional'}): \`POST /auth/mfa/enroll\` answers a secret, its \`otpauth://\` URL and ten recovery codes (shown once, stored hashed; the secret is stored encrypted with \`MFA_ENCRYPTION_KEY\`); `
          + `a first code at \`/auth/mfa/verify\` turns MFA on. Then login answers \`{mfaRequired, mfaToken}\` and \`/auth/mfa/verify\` with \`mfaToken\` and a code (or a recovery code, once) ${model.auth?.methods.jwt !== undefined ? 'gives the tokens' : 'signs in (sets the session cookie)'}. `
          + (model.auth?.mfa?.required === true ? 'An account without an authenticator gets `enrollmentRequired: true` and enrols with `mfaToken` as its bearer token. ' : '')
          + 'A code works once (no replay within its 30-second step); wrong codes count toward the same lockout as wrong passwords.',
        '',
      ] : []),
    ] : []),
    ...(apiKeys ? [
      '## API keys',
      '',
      `A signed-in user creates keys at \`POST /auth/api-keys\` (the key${model.auth?.methods.apiKey?.prefix ? `, starting with \`${model.auth.methods.apiKey.prefix.replace(/[\\`]/g, '')}\`` : ''}, is in this answer only; it is stored as its SHA-256), lists them (\`GET\`, never the key) and revokes them (\`DELETE /auth/api-keys/{id}\`, at once). `
        + `A request with the key in the \`${(model.auth?.methods.apiKey?.header ?? '').replace(/[\\`]/g, '')}\` header acts as its user, with the user's current role; revoked, expired or unknown keys get 401. `
        + ((model.auth?.roles.length ?? 0) > 0 ? 'A key created with `scopes` (role names) is allowed only what both its user\'s current role and one of those roles allow. ' : '')
        + 'Keys cannot create, list or revoke keys, nor use the sign-in endpoints. Events: `auth.api_key_created`, `auth.api_key_revoked`, `auth.api_key_rejected`.',
      '',
    ] : []),
    ...(hasOAuth2(model) && authPaths.includes('/auth/oauth2/{provider}') ? [
      '## Sign-in with a provider',
      '',
      `\`GET /auth/oauth2/<provider>\` (${(model.auth?.methods.oauth2 ?? []).map((p) => `\`${p.name}\``).join(', ')}) sends the browser to the provider; it comes back to \`/auth/oauth2/<provider>/callback\` under \`PUBLIC_URL\`, which signs the user in like a password does. `
        + 'A provider is on when its client id variable is set. The flow uses PKCE and a state bound to the browser by a cookie (used once, within ten minutes). '
        + 'The provider account is linked to the account with the same email address when both the provider and this service have verified it; a first sign-in with a new address makes an account as `src/extensions/oauth2.ts` (yours) says, or asks to register first.',
      '',
    ] : []),
    ...(model.auth?.admin !== undefined || (model.auth?.roles.length ?? 0) > 0 ? [
      model.auth?.admin === undefined ? '## Roles' : '## Roles and the admin role',
      '',
      ...((model.auth?.roles.length ?? 0) > 0 ? ['The roles of the spec and every permission each has (declared or inherited) are kept in the tables `pab_auth_roles` and `pab_auth_role_permissions` by every migration run, for reports and admin tools; access is decided from the spec.'] : []),
      ...(model.auth?.admin !== undefined ? [
        `${(model.auth?.roles.length ?? 0) > 0 ? '\n' : ''}The role \`${model.auth.admin.role}\` passes every access rule. A request it makes past a rule that would refuse it or limit it to some records is logged (\`access.admin_override\`) and counted (\`access_admin_overrides_total\`)`
          + (model.auth.admin.audit ? ', and written to the table `pab_auth_audit_log` before it runs (if it cannot be written, the request is refused with 503).' : '.'),
      ] : []),
      '',
    ] : []),
  ];
  return lines.join('\n');
}

/** The README's words on the session cookie and its CSRF token, with `auth.session`. */
function sessionWords(model: ServiceModel): string {
  const session = model.auth?.methods.session;
  if (session === undefined || !hasSessions(model)) return '';
  const attrs = `HttpOnly${session.secure ? ', Secure' : ''}, SameSite=${session.sameSite}, Path=/`;
  return `Sign-in sets the session cookie \`${session.cookie}\` (${attrs}): a random id, stored hashed, new at every sign-in, ended by \`/auth/logout\` and by a password reset. `
    + (session.csrf
      ? `Requests that change data (POST, PUT, PATCH, DELETE) signed in by that cookie must send the session's CSRF token in the \`X-CSRF-Token\` header (else 403); sign-in hands it out in the readable cookie \`${session.cookie}_csrf\` and the \`X-CSRF-Token\` response header. `
      : '');
}

/** The spec's defaults for `auth.headers` (src/check/build/auth.ts), for specs without an auth section. */
const DEFAULT_HEADERS: SecurityHeaders = {
  hsts: true, contentSecurityPolicy: "default-src 'self'", frameOptions: 'deny', referrerPolicy: 'no-referrer', noSniff: true,
};

/** The security headers as the app template uses them: TypeScript literals of the spec's values. */
function securityHeaders(h: SecurityHeaders): Record<string, string | boolean> {
  return {
    hsts: h.hsts,
    csp: tsString(h.contentSecurityPolicy),
    frameOptions: tsString(h.frameOptions),
    referrerPolicy: tsString(h.referrerPolicy),
    noSniff: h.noSniff,
  };
}

export function projectFiles(model: ServiceModel, ctx: EmitContext<unknown>, input: ProjectInput): OutputFile[] {
  const { header, database, view } = input;
  const jwt = jwtView(model);
  const oauth2View = view.auth?.oauth2 === true ? buildOAuth2View(model) : undefined;
  const oauth2 = oauth2View === undefined ? undefined : { ...oauth2View, stateDelegate: view.auth!.delegates.oauthState };
  const vars = [...envVars(model, database, jwt), ...(oauth2?.vars ?? [])];
  const cors = model.auth?.cors;
  const base = {
    header,
    database,
    port: model.deploy.docker.port,
    databaseLabel: database === 'postgres' ? 'PostgreSQL' : 'MySQL',
    urlScheme: database === 'postgres' ? 'postgres(?:ql)?' : '(?:mysql|mariadb)',
    urlExample: database === 'postgres' ? 'postgres://user:password@host:5432/db' : 'mariadb://user:password@host:3306/db',
    jwt,
    oauth2,
    mfa: hasMfa(model) && view.auth?.mfa === true,
    // The generated tests point the external services at an address nothing answers on (their calls fail fast).
    testEnv: tsLiteral(Object.fromEntries(model.services.flatMap((s) => (s.url.kind === 'env' ? [[s.url.name, 'http://127.0.0.1:9']] : [])))),
    cors: cors === undefined ? undefined : { origins: tsLiteral(cors.origins), credentials: cors.credentials, maxAge: Math.round(cors.maxAgeMs / 1000) },
    security: securityHeaders(model.auth?.headers ?? DEFAULT_HEADERS),
    ...view,
  };
  const r = (template: string, extra: object = {}): string => ctx.render(template, { ...base, ...extra });
  const gen = (path: string, content: string): OutputFile => ({ path, content, kind: 'generated' });
  const scaffold = (path: string, content: string): OutputFile => ({ path, content, kind: 'scaffold' });
  const env = `${generatedHeader('env', ctx.specPath)}${vars.map((v) => `# ${v.doc}\n${v.example === '' ? '# ' : ''}${v.name}=${v.example}\n`).join('')}`;
  const files: OutputFile[] = [
    gen('package.json', packageJson(model, database)),
    gen('tsconfig.json', stableJsonText(TSCONFIG)),
    gen('tsconfig.build.json', stableJsonText(TSCONFIG_BUILD)),
    gen('.gitignore', `${generatedHeader('shell', ctx.specPath)}${GITIGNORE}`),
    gen('.env.example', env),
    gen('README.md', readme(model, database, vars, generatedHeader('markdown', ctx.specPath).trimEnd(), view.auth?.endpoints.map((e) => e.url) ?? [], hasMfa(model) && view.auth?.mfa === true, view.apiKeys !== undefined)),
    gen('prisma/schema.prisma', input.prismaSchema),
    gen('prisma.config.ts', prismaConfig(header)),
    gen('vitest.config.ts', VITEST_CONFIG(header)),
    gen('src/server.ts', r('server.ts.njk')),
    gen('src/migrate.ts', r('migrate.ts.njk')),
    gen('src/seed.ts', r('seed.ts.njk')),
    ...['config', 'db', 'migrations', 'errors', 'metrics', 'app', 'schemas', 'serialize', 'types', 'pagination', 'access', 'crud', 'clock', 'passwords'].map((m) => gen(`src/generated/${m}.ts`, r(`${m}.ts.njk`))),
    ...(view.admin === undefined ? [] : [gen('src/generated/audit.ts', r('audit.ts.njk'))]),
    scaffold('src/extensions/routes.ts', r('ext-routes.ts.njk')),
    scaffold('src/extensions/seed.ts', r('ext-seed.ts.njk')),
    gen('test/generated/helpers.ts', r('test-helpers.ts.njk')),
    gen('test/generated/data.ts', r('test-data.ts.njk')),
    gen('test/generated/harness.ts', r('test-harness.ts.njk')),
    gen('test/generated/app.test.ts', r('app.test.ts.njk')),
    ...(view.admin === undefined && view.roleSeed === undefined ? [] : [gen('test/generated/admin.test.ts', r('admin.test.ts.njk'))]),
  ];
  if (view.auth !== undefined) {
    const identityUpdate = view.resources.find((res) => res.identity)?.operations.find((op) => op.kind === 'update');
    const authVars = {
      authUrls: tsLiteral(Object.fromEntries(view.auth.endpoints.map((e) => [e.role, e.url]))),
      authDelegates: view.auth.delegates,
      identityEntity: view.auth.identityEntity,
      identityUpdate: identityUpdate === undefined ? undefined : { method: identityUpdate.method.toUpperCase(), url: identityUpdate.url },
      roleValues: tsLiteral(view.auth.roleValues),
    };
    files.push(
      gen('src/generated/auth.ts', r('auth.ts.njk')),
      gen('src/generated/tokens.ts', r('tokens.ts.njk')),
      ...(view.auth.session ? [gen('src/generated/sessions.ts', r('sessions.ts.njk'))] : []),
      scaffold('src/extensions/mailer.ts', r('ext-mailer.ts.njk')),
      ...(oauth2 === undefined ? [] : [
        gen('src/generated/oauth2.ts', r('oauth2.ts.njk')),
        scaffold('src/extensions/oauth2.ts', r('ext-oauth2.ts.njk', { identityEntity: view.auth.identityEntity })),
        gen('test/generated/oauth2.test.ts', r('oauth2.test.ts.njk', { identityEntity: view.auth.identityEntity })),
      ]),
      gen('test/generated/auth.test.ts', r('auth.test.ts.njk', authVars)),
    );
  }
  if (view.apiKeys !== undefined) {
    files.push(
      gen('src/generated/apikeys.ts', r('apikeys.ts.njk')),
      gen('test/generated/apikeys.test.ts', r('apikeys.test.ts.njk', { apiKeyUrls: tsLiteral(Object.fromEntries(view.apiKeys.endpoints.map((e) => [e.role, e.url]))) })),
    );
  }
  for (const res of view.resources) {
    files.push(
      gen(`src/generated/routes/${res.file}.ts`, r('route.ts.njk', { r: res })),
      gen(`src/generated/services/${res.file}.ts`, r('service.ts.njk', { r: res })),
      scaffold(`src/extensions/hooks/${res.file}.ts`, r('hooks.ts.njk', { r: res })),
      gen(`test/generated/${res.file}.test.ts`, r('resource.test.ts.njk', { r: res, spec: view.testSpecs.get(res.name) })),
    );
    if (res.actions.length > 0) files.push(scaffold(`src/extensions/actions/${res.file}.ts`, r('actions.ts.njk', { r: res })));
  }
  for (const e of view.entities) files.push(gen(`src/generated/repositories/${e.file}.ts`, r('repository.ts.njk', { e })));
  return files;
}

function stableJsonText(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
