/**
 * Compiles a spec with the `ts-fastify` target (and `openapi`, to compare the
 * served document) into memory, and writes the generated project to a folder.
 * Shared by test/emit/ts-fastify.test.ts and test/e2e/ts-fastify.e2e.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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

// ---- Shared by the end-to-end tests: PostgreSQL, the installed dependencies, commands.

/** Whether the slow end-to-end tests run (PAB_E2E=1 or CI). */
/** Prefix of the e2e databases (set PAB_E2E_DB_PREFIX to run two e2e suites side by side). */
export const E2E_DB_PREFIX = process.env['PAB_E2E_DB_PREFIX'] ?? 'pab_e2e';

export const E2E_ENABLED = process.env['PAB_E2E'] === '1' || process.env['CI'] !== undefined;
/** The PostgreSQL server's admin database (PAB_PG_ADMIN_URL). */
export const PG_ADMIN_URL = process.env['PAB_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The MySQL/MariaDB server's admin URL (PAB_MYSQL_ADMIN_URL). */
export const MYSQL_ADMIN_URL = process.env['PAB_MYSQL_ADMIN_URL'] ?? 'mysql://root@127.0.0.1:3306/';

/** The URL of database `name` on the admin URL's server. */
export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

