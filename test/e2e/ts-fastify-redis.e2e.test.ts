/**
 * End to end: rate limits of the generated `ts-fastify` service are shared
 * by every instance when REDIS_URL is set (the machine's Redis), and are per
 * instance without it. Two instances of a small spec (5 requests a minute),
 * each on its own embedded PGlite database; the same for the sign-in limits
 * (per client address and per account) of a spec with password sign-in.
 * Runs when PAB_E2E=1 or CI is set.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { freePort, PRISMA_ENV, sharedModules } from './ts-fastify-harness.js';
import { compileProject, E2E_ENABLED, writeProject } from './ts-fastify-project.js';

const REDIS_URL = process.env['PAB_REDIS_URL'] ?? 'redis://127.0.0.1:6379/7';

const SPEC = `backend Limits {
  database postgres
}

entity Note {
  title string
}

resource notes {
  entity    Note
  rateLimit 5/minute
}
`;

const AUTH_SPEC = `backend Gate {
  database postgres
}

enum Role {
  MEMBER
  ADMIN
}

entity Member {
  email    email  @unique
  role     Role   @default(MEMBER)
  password secret
}

resource members {
  entity     Member
  operations get
  access {
    get id = user.id
  }
}

auth {
  identity {
    entity   Member
    login    email
    password password
    role     role
  }
  jwt {
    algorithm HS256
    secret    env(GATE_JWT_SECRET)
  }
  rateLimit {
    login 4/minute
  }
}
`;

let dir: string;
const running: ChildProcess[] = [];

function build(spec: string): string {
  const project = compileProject('spec.pab', new Map(), createMemoryHost({ 'spec.pab': spec }));
  const out = mkdtempSync(join(tmpdir(), 'pab-e2e-redis-'));
  writeProject(out, project.files);
  symlinkSync(sharedModules(), join(out, 'node_modules'), 'dir');
  execFileSync('npm', ['run', 'build'], { cwd: out, env: { ...process.env, ...PRISMA_ENV }, stdio: 'pipe', timeout: 600_000 });
  return out;
}

async function startInstance(env: NodeJS.ProcessEnv): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: dir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  running.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return base;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}

async function stopAll(): Promise<void> {
  for (const c of running.splice(0)) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
}

function flushRedis(): void {
  const url = new URL(REDIS_URL);
  execFileSync('redis-cli', ['-h', url.hostname, '-p', url.port || '6379', '-n', url.pathname.slice(1) || '0', 'FLUSHDB'], { stdio: 'ignore' });
}

describe.skipIf(!E2E_ENABLED)('ts-fastify rate limits', () => {
  beforeAll(() => {
    dir = build(SPEC);
  }, 900_000);
  afterAll(async () => {
    await stopAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shares one limit across two instances through Redis: 429 with Retry-After on both', async () => {
    flushRedis();
    const a = await startInstance({ REDIS_URL });
    const b = await startInstance({ REDIS_URL });
    const statuses: number[] = [];
    for (const base of [a, a, a, b, b]) statuses.push((await fetch(`${base}/notes`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    for (const base of [a, b]) {
      const refused = await fetch(`${base}/notes`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    await stopAll();
  }, 120_000);

  it('keeps a limit per instance without Redis', async () => {
    const a = await startInstance({});
    const b = await startInstance({});
    const statuses: number[] = [];
    for (const base of [a, a, a, a, a, b, b, b, b, b]) statuses.push((await fetch(`${base}/notes`)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await fetch(`${a}/notes`)).status).toBe(429);
    await stopAll();
  }, 120_000);
});

describe.skipIf(!E2E_ENABLED)('ts-fastify sign-in rate limits', () => {
  const secret = 'a-shared-secret-of-at-least-32-characters';
  beforeAll(() => {
    dir = build(AUTH_SPEC);
  }, 900_000);
  afterAll(async () => {
    await stopAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const login = (base: string, email: string, forwardedFor?: string): Promise<Response> => fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) },
    body: JSON.stringify({ email, password: 'Wrong-password-1!' }),
  });

  it('shares the per-address and the per-account sign-in limits across two instances through Redis', async () => {
    flushRedis();
    const env = { REDIS_URL, GATE_JWT_SECRET: secret, TRUST_PROXY: 'true' };
    const a = await startInstance(env);
    const b = await startInstance(env);
    // One client address, a new account each time: the per-address limit (4 a minute) holds across both.
    const byAddress: number[] = [];
    for (const [i, base] of [a, b, a, b].entries()) byAddress.push((await login(base, `nobody${i}@example.com`, '203.0.113.1')).status);
    expect(byAddress).toEqual([401, 401, 401, 401]);
    for (const base of [a, b]) {
      const refused = await login(base, 'another@example.com', '203.0.113.1');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // One account from many addresses: the per-account limit holds across both.
    const byAccount: number[] = [];
    for (const [i, base] of [a, b, a, b].entries()) byAccount.push((await login(base, 'target@example.com', `198.51.100.${i + 1}`)).status);
    expect(byAccount.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = await login(b, 'target@example.com', '198.51.100.99');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/rate limit/i);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await stopAll();
  }, 120_000);
});
