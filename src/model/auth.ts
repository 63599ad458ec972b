/**
 * Authentication and authorization of the IR, fully normalized: each method
 * present with all its settings, the password policy, lockout, auth endpoint
 * rate limits and security headers with production defaults, roles with their
 * inherited permissions resolved.
 */
import type { Condition } from './expr.js';
import type { EnvValue, Origin, RateLimit } from './types.js';

export interface Auth {
  /** The entity users sign in as; absent for API-key-only setups without users. */
  readonly identity?: Identity;
  readonly methods: AuthMethods;
  /** Defaults: argon2id, minLength 12, maxLength 128, no required classes, history 0. */
  readonly password: PasswordPolicy;
  /** Defaults to 5 attempts then 15 minutes. */
  readonly lockout: { readonly attempts: number; readonly durationMs: number };
  /** Absent when not declared. `required` defaults to false. */
  readonly mfa?: { readonly method: 'totp'; readonly required: boolean };
  /**
   * Per auth endpoint. Defaults: login 5/minute, register 5/minute,
   * refresh 30/minute, passwordReset 5/hour, mfa 5/minute; declared ones win.
   */
  readonly rateLimits: readonly { readonly endpoint: string; readonly limit: RateLimit }[];
  /**
   * Declared roles; when none are declared but the identity's role field is an
   * enum, its values (with no permissions).
   */
  readonly roles: readonly Role[];
  readonly policies: readonly Policy[];
  /** Absent when not declared. `audit` defaults to true. */
  readonly admin?: { readonly role: string; readonly audit: boolean };
  /** Absent when not declared (no cross-origin access). */
  readonly cors?: { readonly origins: readonly string[]; readonly credentials: boolean; readonly maxAgeMs: number };
  readonly headers: SecurityHeaders;
  readonly origin: Origin;
}

export interface Identity {
  readonly entity: string;
  /** Fields a user signs in with. */
  readonly login: readonly string[];
  /** The `secret` field holding the password hash; absent for password-less sign-in. */
  readonly password?: string;
  /** The enum field holding the user's role. */
  readonly role?: string;
}

export interface AuthMethods {
  /** Defaults: access 15m, refresh 7d, rotate true, HS256, secret env(JWT_SECRET). */
  readonly jwt?: {
    readonly accessMs: number;
    readonly refreshMs: number;
    readonly rotate: boolean;
    readonly algorithm: 'HS256' | 'RS256' | 'ES256' | 'EdDSA';
    readonly issuer?: string;
    readonly audience?: string;
    readonly secret: EnvValue;
  };
  /** Defaults: cookie "session", ttl 24h, sameSite lax, secure true, csrf true. */
  readonly session?: {
    readonly cookie: string;
    readonly ttlMs: number;
    readonly sameSite: 'strict' | 'lax' | 'none';
    readonly secure: boolean;
    readonly csrf: boolean;
  };
  /** Defaults: header "X-API-Key". */
  readonly apiKey?: { readonly header: string; readonly prefix?: string };
  /** OAuth2 providers in declaration order; `scopes` defaults to `[]`. */
  readonly oauth2: readonly OAuth2Provider[];
}

export interface OAuth2Provider {
  readonly name: string;
  readonly clientId: EnvValue;
  readonly clientSecret: EnvValue;
  readonly issuer?: string;
  readonly authorizeUrl?: string;
  readonly tokenUrl?: string;
  readonly scopes: readonly string[];
}

export interface PasswordPolicy {
  readonly hash: 'argon2id' | 'bcrypt';
  readonly minLength: number;
  readonly maxLength: number;
  readonly require: readonly ('upper' | 'lower' | 'digit' | 'symbol')[];
  readonly history: number;
}

export interface Role {
  readonly name: string;
  readonly doc?: string;
  /** Declared permissions. */
  readonly permissions: readonly string[];
  readonly inherits: readonly string[];
  /** Declared plus inherited permissions, sorted and unique. */
  readonly allPermissions: readonly string[];
  /** The role's declaration, or the enum it was taken from. */
  readonly origin: Origin;
}

/**
 * A named attribute rule usable as `policy(name)`; `user.x` reads the signed-in
 * user. Resolved without a record here (record paths are unchecked `field`
 * paths); each `policy` access rule carries it resolved against its record.
 */
export interface Policy {
  readonly name: string;
  readonly condition: Condition;
  readonly origin: Origin;
}

/** Defaults: hsts true, CSP "default-src 'self'", frameOptions deny, referrerPolicy no-referrer, noSniff true. */
export interface SecurityHeaders {
  readonly hsts: boolean;
  readonly contentSecurityPolicy: string;
  readonly frameOptions: 'deny' | 'sameorigin';
  readonly referrerPolicy: string;
  readonly noSniff: boolean;
}
