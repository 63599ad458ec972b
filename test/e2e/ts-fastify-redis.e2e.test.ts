/**
 * End to end: rate limits of the generated `ts-fastify` service are shared
 * by every instance when REDIS_URL is set (the machine's Redis), and are per
 * instance without it. Two instances of a small spec (5 requests a minute),
 * each on its own embedded PGlite database. Runs when PAB_E2E=1 or CI is set.
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

let dir: string;
const running: ChildProcess[] = [];

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
    const project = compileProject('limits.pab', new Map(), createMemoryHost({ 'limits.pab': SPEC }));
    dir = mkdtempSync(join(tmpdir(), 'pab-e2e-redis-'));
    writeProject(dir, project.files);
    symlinkSync(sharedModules(), join(dir, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build'], { cwd: dir, env: { ...process.env, ...PRISMA_ENV }, stdio: 'pipe', timeout: 600_000 });
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
