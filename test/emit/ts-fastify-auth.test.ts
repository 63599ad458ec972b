/**
 * The sign-in of the `ts-fastify` target (issue #7), fast checks: the auth
 * endpoints it serves are the OpenAPI document's, the sign-in tables reach
 * the Prisma schema and the migrations in both dialects, the password hash
 * follows the spec, the settings come from the spec's `auth` section, and a
 * spec without password sign-in gets none of it. The attack tests run on the
 * generated service (its test/generated/auth.test.ts, run by
 * test/e2e/ts-fastify-generated-tests.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { compileProject, ROOT } from '../e2e/ts-fastify-project.js';

const AUTH_PATHS = ['/auth/register', '/auth/login', '/auth/refresh', '/auth/logout', '/auth/password-reset', '/auth/password-reset/confirm', '/auth/verify-email'];

type Doc = { paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: boolean }> } };

describe('ts-fastify sign-in', () => {
  const shop = compileProject('examples/shop/backend.pab');
  const bank = compileProject('examples/bank/backend.pab');
  const mini = compileProject('test/fixtures/auth/mysql-bcrypt.pab');
  const blog = compileProject('examples/blog/backend.yaml');

  it('serves each auth endpoint of the document (this slice\'s), with the document\'s operation ids', () => {
    for (const p of [shop, bank, mini]) {
      const doc = JSON.parse(p.files.get('openapi.json')!) as Doc;
      const auth = p.files.get('src/generated/auth.ts')!;
      const schemas = p.files.get('src/generated/schemas.ts')!;
      for (const path of AUTH_PATHS) {
        const op = doc.paths[path]?.['post'];
        expect(op, path).toBeDefined();
        expect(auth).toContain(`app.post(${JSON.stringify(path)}, { schema: ROUTE_SCHEMAS[${JSON.stringify(op!.operationId)}]!`);
        expect(schemas.includes(`\n  ${op!.operationId}: {`) || schemas.includes(`\n  ${JSON.stringify(op!.operationId)}: {`), op!.operationId).toBe(true);
      }
    }
  });

  it('never writes a role on register: the body refuses it and the service copies only RegisterRequest\'s fields', () => {
    for (const p of [shop, bank, mini]) {
      const doc = JSON.parse(p.files.get('openapi.json')!) as Doc;
      const register = doc.components.schemas['RegisterRequest']!;
      expect(register.additionalProperties).toBe(false);
      expect(Object.keys(register.properties!)).not.toContain('role');
      const fields = /registerFields: \[([^\]]*)\]/.exec(p.files.get('src/generated/auth.ts')!)![1]!;
      expect(fields.replace(/\s/g, '')).toBe(Object.keys(register.properties!).map((k) => JSON.stringify(k)).join(','));
    }
  });

  it('adds the sign-in tables to the Prisma schema and the migrations, deleted with their user (PostgreSQL and MySQL)', () => {
    for (const [p, users, q] of [[shop, 'users', '"'], [mini, 'members', '`']] as const) {
      const prisma = p.files.get('prisma/schema.prisma')!;
      const up = [...p.files].find(([path]) => /^migrations\/0001_[a-z0-9_]+\/up\.sql$/.test(path))![1];
      for (const [model, table] of [['PabAuthAccount', 'pab_auth_accounts'], ['PabAuthLockout', 'pab_auth_lockouts'], ['PabAuthRefreshToken', 'pab_auth_refresh_tokens'], ['PabAuthToken', 'pab_auth_tokens'], ['PabAuthPasswordHistory', 'pab_auth_password_history']]) {
        expect(prisma).toContain(`model ${model} {`);
        expect(prisma).toContain(`@@map("${table}")`);
        expect(up).toContain(`CREATE TABLE ${q}${table}${q}`);
        if (table !== 'pab_auth_lockouts') {
          expect(up).toMatch(new RegExp(`ALTER TABLE ${q}${table}${q} ADD CONSTRAINT ${q}${table}_user_id_fkey${q} FOREIGN KEY \\(${q}user_id${q}\\) REFERENCES ${q}${users}${q} \\(${q}id${q}\\) ON DELETE CASCADE`));
        }
      }
      expect(up).toContain(`CONSTRAINT ${q}pab_auth_refresh_tokens_token_hash_key${q} UNIQUE (${q}token_hash${q})`);
      expect(up).toContain(`CONSTRAINT ${q}pab_auth_tokens_token_hash_key${q} UNIQUE (${q}token_hash${q})`);
    }
  });

  it('hashes with the spec\'s algorithm (argon2id or bcrypt, from npm platform packages), never scrypt', () => {
    const deps = (p: typeof shop): Record<string, string> => (JSON.parse(p.files.get('package.json')!) as { dependencies: Record<string, string> }).dependencies;
    expect(deps(shop)).toHaveProperty('@node-rs/argon2');
    expect(deps(shop)).not.toHaveProperty('@node-rs/bcrypt');
    expect(deps(mini)).toHaveProperty('@node-rs/bcrypt');
    expect(deps(mini)).not.toHaveProperty('@node-rs/argon2');
    expect(shop.files.get('src/generated/passwords.ts')).toContain("from '@node-rs/argon2'");
    expect(mini.files.get('src/generated/passwords.ts')).toContain("from '@node-rs/bcrypt'");
    expect(mini.files.get('src/generated/passwords.ts')).toContain('Must be at most 72 bytes long');
    for (const p of [shop, bank, mini, blog]) for (const [path, text] of p.files) expect(text, path).not.toMatch(/scrypt/);
  });

  it('takes lifetimes, lockout, MFA and rate limits from the spec', () => {
    const auth = bank.files.get('src/generated/auth.ts')!;
    expect(auth).toContain('algorithm: "RS256"');
    expect(auth).toContain('accessSeconds: 300');
    expect(auth).toContain('refreshSeconds: 86400');
    expect(auth).toMatch(/lockout: \{\s*attempts: 3,\s*durationMs: 3600000\s*\}/);
    expect(auth).toContain('mfaRequired: true');
    expect(auth).toMatch(/passwordReset: \{\s*max: 3,\s*windowMs: 3600000\s*\}/);
    const policy = bank.files.get('src/generated/passwords.ts')!;
    expect(policy).toContain('PASSWORD_POLICY: PasswordPolicy = { hash: "argon2id", minLength: 14, maxLength: 128, require: ["upper", "lower", "digit", "symbol"], history: 10 }');
    expect(shop.files.get('src/generated/auth.ts')).toContain('mfaRequired: false');
  });

  it('pins the algorithm, requires exp and the access-token type, and reads the signing key from the spec\'s variable', () => {
    const access = bank.files.get('src/generated/access.ts')!;
    expect(access).toContain('algorithms: ["RS256"]');
    expect(access).toContain("requiredClaims: ['exp']");
    expect(access).toContain("typ: 'at+jwt'");
    expect(access).toContain('currentDate: clock.now()');
    const config = bank.files.get('src/generated/config.ts')!;
    expect(config).toContain('optional(env, "JWT_PRIVATE_KEY")');
    expect(config).toContain('optional(env, "JWT_PRIVATE_KEY_PUBLIC_KEY")');
    expect(bank.files.get('README.md')).toContain('| `JWT_PRIVATE_KEY` | The PEM private key (PKCS #8) that signs the access tokens');
    expect(mini.files.get('src/generated/config.ts')).toContain('MINI_JWT_SECRET must be at least 32 characters long');
  });

  it('guards the identity resource\'s writes (own role, password policy)', () => {
    expect(mini.files.get('src/generated/services/members.ts')).toContain('await checkIdentityWrite(input as Params, access.principal, String(key[KEY[0]]));');
    expect(shop.files.get('src/generated/services/customers.ts')).toContain('checkIdentityWrite');
    expect(shop.files.get('src/generated/services/products.ts')).not.toContain('checkIdentityWrite');
  });

  describe('MFA (TOTP)', () => {
    const path = 'test/fixtures/auth/mysql-bcrypt.pab';
    const text = readFileSync(join(ROOT, path), 'utf8').replace('  lockout {', '  mfa {\n    method totp\n  }\n  lockout {');
    const miniMfa = compileProject(path, new Map(), createMemoryHost({ [path]: text }));
    const deps = (p: typeof shop): Record<string, string> => (JSON.parse(p.files.get('package.json')!) as { dependencies: Record<string, string> }).dependencies;

    it('serves the document\'s MFA endpoints with its operation ids and schemas, only when the spec has `auth.mfa`', () => {
      expect(text).toContain('mfa {');
      for (const p of [shop, bank, miniMfa]) {
        const doc = JSON.parse(p.files.get('openapi.json')!) as Doc;
        const auth = p.files.get('src/generated/auth.ts')!;
        for (const path of ['/auth/mfa/enroll', '/auth/mfa/verify']) {
          const op = doc.paths[path]?.['post'];
          expect(op, path).toBeDefined();
          expect(auth).toContain(`app.post(${JSON.stringify(path)}, { schema: ROUTE_SCHEMAS[${JSON.stringify(op!.operationId)}]!, ...limits('mfa') }`);
        }
        expect(deps(p)).toHaveProperty('otpauth');
        expect(auth).toContain("import { Secret, TOTP } from 'otpauth';");
        expect(p.files.get('test/generated/auth.test.ts')).toContain("describe('MFA (TOTP)'");
      }
      expect(mini.files.get('src/generated/auth.ts')).not.toContain('/auth/mfa');
      expect(mini.files.get('src/generated/auth.ts')).not.toContain("from 'otpauth'");
      expect(deps(mini)).not.toHaveProperty('otpauth');
      expect(mini.files.get('prisma/schema.prisma')).not.toContain('PabAuthMfa');
    });

    it('takes a TOTP code or a recovery code, and shows the recovery codes once at enrolment', () => {
      const doc = JSON.parse(shop.files.get('openapi.json')!) as { components: { schemas: Record<string, { properties: Record<string, { pattern?: string }>; required?: string[] }> } };
      const verify = doc.components.schemas['MfaVerification']!;
      const pattern = new RegExp(verify.properties['code']!.pattern!);
      expect(pattern.test('123456')).toBe(true);
      expect(pattern.test('3f9a1-c27b4')).toBe(true);
      expect(pattern.test('12345')).toBe(false);
      expect(pattern.test("' OR 1=1 --")).toBe(false);
      expect(verify.required).toEqual(['code']);
      expect(Object.keys(doc.components.schemas['MfaEnrollment']!.properties)).toEqual(['secret', 'otpauthUrl', 'recoveryCodes']);
      expect(Object.keys(doc.components.schemas['MfaChallenge']!.properties)).toContain('enrollmentRequired');
    });

    it('adds the authenticator and recovery-code tables (PostgreSQL and MySQL), deleted with their user', () => {
      for (const [p, users, q] of [[shop, 'users', '"'], [miniMfa, 'members', '`']] as const) {
        const prisma = p.files.get('prisma/schema.prisma')!;
        const up = [...p.files].find(([path]) => /^migrations\/0001_[a-z0-9_]+\/up\.sql$/.test(path))![1];
        for (const [model, table] of [['PabAuthMfa', 'pab_auth_mfa'], ['PabAuthRecoveryCode', 'pab_auth_recovery_codes']]) {
          expect(prisma).toContain(`model ${model} {`);
          expect(prisma).toContain(`@@map("${table}")`);
          expect(up).toContain(`CREATE TABLE ${q}${table}${q}`);
          expect(up).toMatch(new RegExp(`ALTER TABLE ${q}${table}${q} ADD CONSTRAINT ${q}${table}_user_id_fkey${q} FOREIGN KEY \\(${q}user_id${q}\\) REFERENCES ${q}${users}${q} \\(${q}id${q}\\) ON DELETE CASCADE`));
        }
        expect(up).toContain(`CONSTRAINT ${q}pab_auth_recovery_codes_code_hash_key${q} UNIQUE (${q}code_hash${q})`);
      }
    });

    it('encrypts the TOTP secret, hashes recovery codes, checks codes on the injected clock and refuses a replayed step', () => {
      const auth = bank.files.get('src/generated/auth.ts')!;
      expect(auth).toContain("createCipheriv('aes-256-gcm', secretKey, iv)");
      expect(auth).toContain('const mfaSource = config.mfaKey ?? config.jwtSigningKey;');
      expect(auth).toContain('const recoveryHash = (userId: unknown, code: string): string => sha256(`${String(userId)}:${code}`);');
      expect(auth).toContain('.validate({ token: code, timestamp: at, window: 1 })');
      expect(auth).toContain('const at = now().getTime();');
      expect(auth).toContain('OR: [{ lastStep: null }, { lastStep: { lt: step } }]');
      expect(auth).toContain('mfaIssuer: "Bank"');
      // Wrong codes count on the account's lockout rows (every sign-in name), like wrong passwords.
      expect(auth).toMatch(/for \(const key of lockKeysOf\(user\)\) if \(\(await recordFailure\(key\)\)\.locked\)/);
      expect(bank.files.get('src/generated/config.ts')).toContain("optional(env, 'MFA_ENCRYPTION_KEY')");
      expect(bank.files.get('README.md')).toContain('| `MFA_ENCRYPTION_KEY` |');
      expect(mini.files.get('src/generated/config.ts')).not.toContain('MFA_ENCRYPTION_KEY');
    });

    it('signs bank\'s generated tests in through MFA, not with a stored refresh token', () => {
      const tests = bank.files.get('test/generated/auth.test.ts')!;
      expect(tests).toContain("await post(URLS['enrollMfa']!, undefined, mfaToken)");
      expect(tests).not.toContain('tokenHash: sha256(refreshToken)');
    });
  });

  it('writes no sign-in for a spec without password sign-in (neither JWTs nor a session)', () => {
    const path = 'examples/blog/backend.yaml';
    const text = readFileSync(join(ROOT, path), 'utf8').replace(/\n  session:\n(    .*\n)+/, '\n');
    expect(text).not.toContain('blog_session');
    const p = compileProject(path, new Map(), createMemoryHost({ [path]: text }));
    for (const file of ['src/generated/auth.ts', 'src/generated/sessions.ts', 'src/extensions/mailer.ts', 'test/generated/auth.test.ts']) expect(p.files.has(file), file).toBe(false);
    expect(p.files.get('prisma/schema.prisma')).not.toContain('model PabAuthAccount');
    expect(p.files.get('src/generated/app.ts')).not.toContain('authRoutes');
    // Its tests keep the stand-in sign-in.
    expect(p.files.get('test/generated/helpers.ts')).toContain('function testSignIn()');
  });

  describe('session sign-in (blog: password + session cookie with CSRF, no JWT)', () => {
    const doc = JSON.parse(blog.files.get('openapi.json')!) as Doc & {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, { $ref: string }>; content?: unknown }> }>>;
      components: { headers: Record<string, { description: string; example: string }>; securitySchemes: Record<string, { description: string }> };
    };
    const auth = blog.files.get('src/generated/auth.ts')!;
    const sessions = blog.files.get('src/generated/sessions.ts')!;

    it('serves the document\'s sign-in endpoints without JWTs: no refresh, no jose, a session on login and MFA verify', () => {
      for (const path of ['/auth/register', '/auth/login', '/auth/logout', '/auth/password-reset', '/auth/password-reset/confirm', '/auth/verify-email', '/auth/mfa/enroll', '/auth/mfa/verify']) {
        expect(auth).toContain(`app.post(${JSON.stringify(path)}, { schema: ROUTE_SCHEMAS[${JSON.stringify(doc.paths[path]!['post']!.operationId)}]!`);
      }
      expect(doc.paths['/auth/refresh']).toBeUndefined();
      expect(auth).not.toContain("from 'jose'");
      expect(auth).not.toContain('refreshTokens');
      expect(auth).toContain('session: await deps.sessions.start(user[AUTH_SETTINGS.key.prisma])');
      expect(auth).toContain('deps.sessions.clearCookies(reply);');
      // The MFA challenge of a session-only spec: a random one-time token, stored hashed.
      expect(auth).toContain("purpose: 'mfa-challenge', tokenHash: sha256(token)");
      expect(auth).toContain('cookie: "blog_session",');
      expect(auth).toMatch(/ttlSeconds: 43200,\s*sameSite: "lax",\s*secure: true,\s*csrf: true/);
    });

    it('stores sessions hashed in pab_auth_sessions, deleted with their user; no refresh-token table', () => {
      const prisma = blog.files.get('prisma/schema.prisma')!;
      expect(prisma).toContain('model PabAuthSession {');
      expect(prisma).not.toContain('model PabAuthRefreshToken {');
      const up = [...blog.files].find(([path]) => /^migrations\/0001_[a-z0-9_]+\/up\.sql$/.test(path))![1];
      expect(up).toContain('CREATE TABLE `pab_auth_sessions`');
      expect(up).toMatch(/`token_hash` VARCHAR\(64\) NOT NULL/);
      expect(up).toMatch(/`csrf_hash` VARCHAR\(64\) NOT NULL/);
      expect(up).toMatch(/ALTER TABLE `pab_auth_sessions` ADD CONSTRAINT `pab_auth_sessions_user_id_fkey` FOREIGN KEY \(`user_id`\) REFERENCES `users` \(`id`\) ON DELETE CASCADE/);
    });

    it('authenticates by the cookie after a bearer token, with the CSRF token checked in constant time on unsafe methods', () => {
      expect(blog.files.get('src/generated/access.ts')).toContain('(await authenticate(request)) ?? sessions.authenticate(request)');
      expect(blog.files.get('src/generated/app.ts')).toContain('await app.register(cookie);');
      expect(sessions).toContain("const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);");
      expect(sessions).toContain('if (!SAFE.has(request.method)) {');
      expect(sessions).toContain("!sameText(sha256(sent), String(row['csrfHash']))");
      expect(blog.files.get('src/generated/tokens.ts')).toContain('return x.length === y.length && timingSafeEqual(x, y);');
      expect(sessions).toContain("throw new AccessDenied(403, 'The CSRF token is missing or wrong");
      expect(sessions).toContain("id: 'csrf'");
      expect(sessions).toContain('const id = newToken();');
      expect(blog.files.get('src/generated/tokens.ts')).toContain('randomBytes(32)');
      expect(JSON.parse(blog.files.get('package.json')!).dependencies['@fastify/cookie']).toMatch(/^\d+\.\d+\.\d+$/);
      expect(shop.files.has('src/generated/sessions.ts')).toBe(false);
      expect(JSON.parse(shop.files.get('package.json')!).dependencies['@fastify/cookie']).toBeUndefined();
    });

    it('documents how the CSRF token is obtained and sent', () => {
      const login = doc.paths['/auth/login']!['post']!.responses;
      expect(login['204']!.headers).toEqual({ 'Set-Cookie': { $ref: '#/components/headers/SetSessionCookie' }, 'X-CSRF-Token': { $ref: '#/components/headers/CsrfToken' } });
      expect(login['200']!.content).toBeDefined(); // the MFA challenge
      expect(doc.components.headers['CsrfToken']!.description).toContain('`X-CSRF-Token` header');
      expect(doc.components.headers['SetSessionCookie']!.example).toContain('Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Lax');
      expect(doc.components.securitySchemes['cookieAuth']!.description).toContain('`X-CSRF-Token` header');
      expect(doc.components.securitySchemes['cookieAuth']!.description).toContain('`blog_session_csrf`');
    });

    it('signs the generated tests in through the real login, not a stand-in', () => {
      const helpers = blog.files.get('test/generated/helpers.ts')!;
      expect(helpers).not.toContain('testSignIn');
      expect(helpers).toContain("url: '/auth/login'");
      expect(helpers).toContain('export const ROLELESS_CALLERS: boolean = false;');
      const tests = blog.files.get('test/generated/auth.test.ts')!;
      expect(tests).toContain("describe('session cookie'");
      expect(tests).not.toContain("describe('refresh tokens'");
    });
  });

  it('warns and serves no sign-in for an identity with a composite key', () => {
    const path = 'test/fixtures/auth/mysql-bcrypt.pab';
    const text = readFileSync(join(ROOT, path), 'utf8').replace('  timestamps\n}', '  timestamps\n  id (handle, email)\n}').replaceAll('id = user.id', 'email = user.email');
    expect(text).toContain('id (handle, email)');
    const p = compileProject(path, new Map(), createMemoryHost({ [path]: text }));
    const warning = p.diagnostics.find((d) => d.code === 'ts-fastify-auth-unsupported');
    expect(warning?.message).toContain('`Member`: its key is not a single scalar field');
    expect(p.files.has('src/generated/auth.ts')).toBe(false);
    expect(p.files.get('prisma/schema.prisma')).not.toContain('model PabAuthAccount');
  });
});
