/**
 * The machinery of the ts-fastify end-to-end tests: one shared install of
 * the generated projects' dependencies (a superset package.json, the union of
 * every example's, installed once into node_modules/.cache/pab-e2e/<hash>),
 * running commands, starting and stopping a generated service, and minting
 * JWTs with node:crypto.
 */
import { createHash, createHmac, sign, type KeyObject } from 'node:crypto';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { compileProject, ROOT } from './ts-fastify-project.js';

/** `prisma generate` without the schema engine (not needed, not downloadable here). */
export const PRISMA_ENV = { PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1' };

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * One package.json whose dependencies are the union of the given ones (a
 * package pinned to two versions is an error: the examples must agree).
 */
export function supersetPackageJson(packageJsons: readonly string[]): string {
  const deps: Record<string, string> = {};
  const dev: Record<string, string> = {};
  const add = (into: Record<string, string>, from: Record<string, string> | undefined): void => {
    for (const [name, version] of Object.entries(from ?? {})) {
      const other = deps[name] ?? dev[name];
      if (other !== undefined && other !== version) throw new Error(`${name} is pinned to both ${other} and ${version}`);
      into[name] = version;
    }
  };
  for (const text of packageJsons) {
    const pkg = JSON.parse(text) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    add(deps, pkg.dependencies);
    add(dev, pkg.devDependencies);
  }
  for (const name of Object.keys(deps)) delete dev[name];
  return `${JSON.stringify({ name: 'pab-e2e-superset', private: true, type: 'module', dependencies: sortedRecord(deps), devDependencies: sortedRecord(dev) }, null, 2)}\n`;
}

/**
 * node_modules for a package.json, installed once and cached by its hash.
 * Test files running in parallel share it: the first takes a lock directory
 * and installs, the others wait for the install to finish.
 */
export function installedModules(packageJson: string): string {
  const hash = createHash('sha256').update(packageJson).digest('hex').slice(0, 16);
  const dir = join(ROOT, 'node_modules', '.cache', 'pab-e2e', hash);
  const done = join(dir, 'node_modules', '.package-lock.json');
  if (existsSync(done)) return join(dir, 'node_modules');
  mkdirSync(dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    const until = Date.now() + 900_000;
    while (!existsSync(done)) {
      if (Date.now() > until) throw new Error(`another process holds ${lock} and the install did not finish; remove the lock if it is stale`);
      execFileSync('sleep', ['2']);
    }
    return join(dir, 'node_modules');
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), packageJson);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', timeout: 900_000 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return join(dir, 'node_modules');
}

/** Runs a command; on failure, throws with its output. */
export function run(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 600_000): string {
  try {
    return execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe', timeout });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}\n${err.message}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A JWT signed with node:crypto: ES256 with a private key, HS256/384/512 with a shared secret. */
export function mintJwt(alg: string, key: KeyObject | string, claims: Record<string, unknown>): string {
  const b64 = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const data = `${b64({ alg, typ: 'at+jwt' })}.${b64({ iat: now, exp: now + 600, ...claims })}`;
  let signature: Buffer;
  if (alg.startsWith('HS')) signature = createHmac(`sha${alg.slice(2)}`, key as string).update(data).digest();
  else if (alg.startsWith('ES')) signature = sign(`sha${alg.slice(2)}`, Buffer.from(data), { key: key as KeyObject, dsaEncoding: 'ieee-p1363' });
  else signature = sign(`sha${alg.slice(2)}`, Buffer.from(data), key as KeyObject);
  return `${data}.${signature.toString('base64url')}`;
}

export interface Service {
  readonly base: string;
  readonly child: ChildProcess;
  readonly log: string[];
}

/** Starts `node dist/server.js` in `dir` and waits for /health. */
export async function startService(dir: string, env: NodeJS.ProcessEnv): Promise<Service> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: dir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the service exited:\n${log.join('')}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child, log };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the service did not start:\n${log.join('')}`);
}

export async function stopService(s: Service | undefined): Promise<void> {
  if (s === undefined || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface Example {
  readonly name: string;
  readonly spec: string;
  readonly database: 'postgres' | 'mysql';
  /** Run the generated project's own tests (`npm test`). */
  readonly generatedTests: boolean;
}

/** Every example with a REST API. */
export const EXAMPLES: readonly Example[] = [
  { name: 'shop', spec: 'examples/shop/backend.pab', database: 'postgres', generatedTests: true },
  { name: 'bank', spec: 'examples/bank/backend.pab', database: 'postgres', generatedTests: false },
  { name: 'assistant', spec: 'examples/assistant/backend.pab', database: 'postgres', generatedTests: false },
  { name: 'blog', spec: 'examples/blog/backend.yaml', database: 'mysql', generatedTests: false },
];

/** The shared node_modules: one install of the union of every example's dependencies. */
export function sharedModules(): string {
  // The examples and the conformance fixture (every auth method) between them use every dependency a project can have.
  const specs = [...EXAMPLES.map((e) => e.spec), 'test/fixtures/golden/conformance/input.pab'];
  modules ??= installedModules(supersetPackageJson(specs.map((spec) => compileProject(spec).files.get('package.json')!)));
  return modules;
}
let modules: string | undefined;
