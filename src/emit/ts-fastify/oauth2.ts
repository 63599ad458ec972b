/**
 * The view of provider sign-in (`auth.oauth2`, issue #7): each provider's
 * settings as a literal for the generated `oauth2.ts` (OpenID Connect
 * discovery at its issuer, or its authorize and token URLs plus where its
 * user's profile is read), the environment variables that configure it, and
 * what the scaffold `src/extensions/oauth2.ts` fills a new account with.
 */
import type { EnvValue, ServiceModel } from '../../model/model.js';
import { createFields, entityContract, type InputField } from '../api/shapes.js';
import { tsLiteral, tsString } from '../escape.js';
import type { Json } from '../openapi/json.js';

/** Profile endpoints of providers that speak plain OAuth2 (no OpenID Connect), by the authorize URL's host. */
const KNOWN_PROFILES: Readonly<Record<string, { readonly userInfoUrl: string; readonly emailsUrl?: string; readonly shape: 'github' }>> = {
  'github.com': { userInfoUrl: 'https://api.github.com/user', emailsUrl: 'https://api.github.com/user/emails', shape: 'github' },
};

export interface OAuth2View {
  /** The providers' settings (`OAUTH2_PROVIDERS`). */
  readonly providers: string;
  readonly names: readonly string[];
  /** What the generated tests' stand-in provider needs of each: how it speaks, and the variables to point at it. */
  readonly testProviders: string;
  /** The environment variables, for the README and .env.example. */
  readonly vars: readonly { readonly name: string; readonly doc: string; readonly example: string }[];
  /** The scaffold's new-account body: one line per identity field it can fill, and the fields it cannot. */
  readonly account: { readonly lines: readonly string[]; readonly missing: readonly string[]; readonly usesHandle: boolean };
}

/** `OAUTH2_<NAME>_` of a provider. */
export function oauth2Prefix(name: string): string {
  return `OAUTH2_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_`;
}

function envOf(value: EnvValue): { variable?: string; literal?: string } {
  return value.kind === 'env' ? { variable: value.name } : { literal: value.value };
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function buildOAuth2View(model: ServiceModel): OAuth2View | undefined {
  const auth = model.auth;
  const identity = auth?.identity;
  if (auth === undefined || identity === undefined || auth.methods.oauth2.length === 0) return undefined;
  const vars: { name: string; doc: string; example: string }[] = [];
  const providers: Json[] = auth.methods.oauth2.map((p) => {
    const prefix = oauth2Prefix(p.name);
    const known = p.issuer === undefined ? KNOWN_PROFILES[hostOf(p.authorizeUrl) ?? ''] : undefined;
    const clientId = envOf(p.clientId);
    const clientSecret = envOf(p.clientSecret);
    if (clientId.variable !== undefined) vars.push({ name: clientId.variable, doc: `The OAuth2 client id of the sign-in with ${p.name} (unset: that sign-in is off).`, example: '' });
    if (clientSecret.variable !== undefined) vars.push({ name: clientSecret.variable, doc: `The OAuth2 client secret of the sign-in with ${p.name}.`, example: '' });
    if (p.issuer !== undefined) {
      vars.push({ name: `${prefix}ISSUER`, doc: `Another OpenID Connect issuer for ${p.name} (default ${p.issuer}; a staging or test provider).`, example: '' });
    } else {
      vars.push(
        { name: `${prefix}AUTHORIZE_URL`, doc: `Another authorize URL for ${p.name} (default ${p.authorizeUrl ?? 'none'}).`, example: '' },
        { name: `${prefix}TOKEN_URL`, doc: `Another token URL for ${p.name} (default ${p.tokenUrl ?? 'none'}).`, example: '' },
        { name: `${prefix}USERINFO_URL`, doc: `Where the service reads the ${p.name} user's id and email with the access token${known === undefined ? ' (required to turn this sign-in on: an OpenID-style userinfo answer with `sub` or `id`, `email` and `email_verified`)' : ` (default ${known.userInfoUrl})`}.`, example: '' },
      );
      if (known?.emailsUrl !== undefined) vars.push({ name: `${prefix}EMAILS_URL`, doc: `Where the service reads the ${p.name} user's verified email addresses (default ${known.emailsUrl}).`, example: '' });
    }
    return {
      name: p.name,
      ...(clientId.variable === undefined ? { clientId: clientId.literal! } : { clientIdVariable: clientId.variable }),
      ...(clientSecret.variable === undefined ? { clientSecret: clientSecret.literal! } : { clientSecretVariable: clientSecret.variable }),
      prefix,
      ...(p.issuer === undefined ? {} : { issuer: p.issuer }),
      ...(p.authorizeUrl === undefined ? {} : { authorizeUrl: p.authorizeUrl }),
      ...(p.tokenUrl === undefined ? {} : { tokenUrl: p.tokenUrl }),
      ...(known === undefined ? {} : { userInfoUrl: known.userInfoUrl, ...(known.emailsUrl === undefined ? {} : { emailsUrl: known.emailsUrl }), shape: known.shape }),
      scopes: [...p.scopes],
    };
  });
  vars.push({ name: 'PUBLIC_URL', doc: 'The address clients reach the service at (e.g. https://api.example.com): provider sign-in sends users back to its `/auth/oauth2/<provider>/callback` (required in production; default http://localhost:<PORT>).', example: '' });
  const entity = model.entities.find((e) => e.name === identity.entity)!;
  const testProviders = auth.methods.oauth2.map((p) => {
    const known = p.issuer === undefined ? KNOWN_PROFILES[hostOf(p.authorizeUrl) ?? ''] : undefined;
    const clientId = envOf(p.clientId);
    const clientSecret = envOf(p.clientSecret);
    return {
      name: p.name,
      kind: p.issuer !== undefined ? 'oidc' : known?.shape ?? 'userinfo',
      prefix: oauth2Prefix(p.name),
      ...(clientId.variable === undefined ? {} : { clientIdVariable: clientId.variable }),
      ...(clientSecret.variable === undefined ? {} : { clientSecretVariable: clientSecret.variable }),
      clientId: clientId.literal ?? `test-client-${p.name}`,
      clientSecret: clientSecret.literal ?? `test-secret-${p.name}`,
      scopes: [...p.scopes],
    };
  });
  return { providers: tsLiteral(providers, 2), testProviders: tsLiteral(testProviders, 2), names: auth.methods.oauth2.map((p) => p.name), vars, account: accountLines(createFields(entityContract(entity)), identity.login, identity.password, identity.role) };
}

/** The scaffold's guesses for the identity's required fields from a provider profile. */
function accountLines(fields: readonly InputField[], login: readonly string[], password: string | undefined, role: string | undefined): OAuth2View['account'] {
  const lines: string[] = [];
  const missing: string[] = [];
  for (const { field, required } of fields) {
    if (field.name === password || field.name === role || field.readOnly) continue;
    const key = tsString(field.name);
    const type = field.type.kind === 'scalar' ? field.type.type : 'enum';
    if (type === 'email') {
      if (required || login.includes(field.name)) lines.push(`${key}: profile.email,`);
      continue;
    }
    if (!required) continue;
    if ((type === 'string' || type === 'text') && !field.list) {
      const max = field.constraints.maxLength ?? 255;
      const min = field.constraints.minLength ?? 1;
      lines.push(field.unique || login.includes(field.name)
        ? `${key}: handle(profile, ${min}, ${max}),`
        : `${key}: (profile.name ?? profile.username ?? profile.email.split('@')[0]!).slice(0, ${max}),`);
      continue;
    }
    missing.push(field.name);
  }
  return { lines, missing, usesHandle: missing.length > 0 || lines.some((l) => l.includes('handle(')) };
}
