/**
 * Provider sign-in in the generated service (issue #7): which specs get it,
 * the endpoints, the flow module's checks, the configuration and the
 * scaffold for new accounts. The behaviour is proven by the project's
 * generated oauth2.test.ts against a stand-in provider, run by the e2e.
 */
import { describe, expect, it } from 'vitest';
import { compileProject } from '../e2e/ts-fastify-project.js';

const conformance = compileProject('test/fixtures/golden/conformance/input.pab');
const shop = compileProject('examples/shop/backend.pab');

describe('ts-fastify: provider sign-in (OAuth2)', () => {
  it('serves the document\'s provider endpoints when the spec has providers and password sign-in', () => {
    const auth = conformance.files.get('src/generated/auth.ts')!;
    expect(auth).toContain("app.get(\"/auth/oauth2/:provider\", { schema: ROUTE_SCHEMAS[\"startOAuth2\"]! }");
    expect(auth).toContain("app.get(\"/auth/oauth2/:provider/callback\", { schema: ROUTE_SCHEMAS[\"finishOAuth2\"]!, ...limits('login') }");
    expect(conformance.files.get('src/generated/app.ts')).toContain('await app.register(cookie);');
    expect(JSON.parse(conformance.files.get('package.json')!).dependencies['@fastify/cookie']).toBe('11.1.5');
    expect(conformance.files.get('prisma/schema.prisma')).toContain('model PabAuthOAuthState {');
    expect(conformance.files.get('prisma/schema.prisma')).toContain('@@unique([provider, subject]');
    for (const path of ['src/generated/oauth2.ts', 'src/extensions/oauth2.ts', 'test/generated/oauth2.test.ts']) expect(shop.files.has(path), path).toBe(false);
    expect(shop.files.get('package.json')).not.toContain('@fastify/cookie');
  });

  it('runs the authorization-code flow with PKCE S256, a state bound to the browser and used once', () => {
    const flow = conformance.files.get('src/generated/oauth2.ts')!;
    expect(flow).toContain("url.searchParams.set('code_challenge_method', 'S256');");
    expect(flow).toContain("reply.setCookie(STATE_COOKIE, state, { path: '/auth/oauth2', httpOnly: true, sameSite: 'lax', secure: secureCookie, maxAge: STATE_SECONDS });");
    expect(flow).toContain("if (cookie === undefined || !sameText(cookie, state)) throw refused(");
    expect(flow).toContain('const stateHash = sha256(state);');
    expect(flow).toContain('const { count } = await states.deleteMany({ where: { stateHash } });');
    expect(flow).toContain("code_verifier: String(row['codeVerifier']),");
    expect(flow).toContain("jwtVerify(idToken, discovery.jwks, { issuer: discovery.issuer, audience: provider.clientId, currentDate: clock.now(), requiredClaims: ['sub', 'exp'] })");
    // GitHub speaks plain OAuth2: its profile and verified addresses come from its API.
    expect(flow).toContain('userInfoUrl: "https://api.github.com/user",');
    expect(flow).toContain('emailsUrl: "https://api.github.com/user/emails",');
  });

  it('configures providers from the environment, documented in .env.example', () => {
    const env = conformance.files.get('.env.example')!;
    for (const name of ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'OAUTH2_GITHUB_TOKEN_URL', 'PUBLIC_URL']) expect(env).toContain(`${name}=`);
    const config = conformance.files.get('src/generated/config.ts')!;
    expect(config).toContain('const oauth2 = readOAuth2Config(env, production, port);');
  });

  it('links accounts only by addresses verified on both sides, and lets the scaffold decide about new accounts', () => {
    const auth = conformance.files.get('src/generated/auth.ts')!;
    expect(auth).toContain("if (email === undefined || profile.email === undefined || !profile.emailVerified) {");
    expect(auth).toContain("if (!(account?.['emailVerifiedAt'] instanceof Date)) {");
    // The conformance identity needs a card number and interests no provider knows: the scaffold refuses until filled in.
    const scaffold = conformance.files.get('src/extensions/oauth2.ts')!;
    expect(scaffold).toContain('The provider says nothing about cardNumber, interests');
    expect(scaffold).toContain('return undefined;');
    expect(conformance.kinds.get('src/extensions/oauth2.ts')).toBe('scaffold');
  });
});
