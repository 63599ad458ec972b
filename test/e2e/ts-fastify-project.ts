/**
 * Compiles a spec with the `ts-fastify` target (and `openapi`, to compare the
 * served document) into memory, and writes the generated project to a folder.
 * Shared by test/emit/ts-fastify.test.ts and test/e2e/ts-fastify.e2e.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeHost, type Host } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runTargets } from '../../src/emit/run.js';
import { validateSpec } from '../../src/pipeline.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

export interface CompiledProject {
  /** The ts-fastify files, path → content. */
  readonly files: Map<string, string>;
  readonly kinds: Map<string, string>;
  /** The openapi target's openapi.json. */
  readonly openapi: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Compiles `spec` (a path relative to the repository root); `previous` is the target's earlier output. */
export function compileProject(spec: string, previous: ReadonlyMap<string, string> = new Map(), host: Host = repoHost()): CompiledProject {
  const validated = validateSpec(host, spec);
  if (!validated.model) throw new Error(`${spec}: ${validated.diagnostics.map((d) => d.message).join('\n')}`);
  const emitted = runTargets(validated.model, {
    targets: ['ts-fastify', 'openapi'],
    specPath: spec,
    templateDirs: [],
    previous: (target: string) => (target === 'ts-fastify' ? previous : new Map()),
  });
  const files = new Map<string, string>();
  const kinds = new Map<string, string>();
  let openapi: string | undefined;
  for (const f of emitted.files) {
    if (f.target === 'openapi' && f.path === 'openapi.json') openapi = f.content;
    if (f.target !== 'ts-fastify') continue;
    files.set(f.path, f.content);
    kinds.set(f.path, f.kind);
  }
  return { files, kinds, openapi, diagnostics: [...validated.diagnostics, ...emitted.diagnostics] };
}

export function writeProject(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** node_modules for a generated package.json, installed once and cached by its hash (node_modules/.cache/pab-e2e/<hash>). */
export function installedModules(packageJson: string): string {
  const hash = createHash('sha256').update(packageJson).digest('hex').slice(0, 16);
  const dir = join(ROOT, 'node_modules', '.cache', 'pab-e2e', hash);
  if (!existsSync(join(dir, 'node_modules', '.package-lock.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), packageJson);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', timeout: 900_000 });
  }
  return join(dir, 'node_modules');
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
