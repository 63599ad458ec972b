/**
 * The fast path of `pab compile` and `pab check`: before the compiler is
 * loaded, answer "up to date" from the compile cache (`output/cache.ts`)
 * when the request's inputs and output are as a previous successful run
 * left them. Returns undefined, and prints nothing, whenever it cannot be
 * sure (other commands or options, `--force`, a reporter other than
 * `pretty`, no valid entry): the full CLI then runs. What it prints on a hit
 * is exactly what the full run would print.
 *
 * Light on purpose: node built-ins and `output/cache.ts` only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, cacheEnabled, findValidEntry, type CacheRequest } from '../output/cache.js';

export interface FastIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stderr: (text: string) => void;
}

/** The cache request of a `compile`/`check` command line, or undefined when the fast path does not apply. */
export function cacheRequestOf(argv: readonly string[], cwd: string): { req: CacheRequest; check: boolean } | undefined {
  const command = argv[0];
  if (command !== 'compile' && command !== 'check') return undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        target: { type: 'string' },
        templates: { type: 'string' },
        force: { type: 'boolean' },
        check: { type: 'boolean' },
        reporter: { type: 'string' },
      },
    });
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || values.force) return undefined;
  if (values.check && command === 'check') return undefined;
  if (values.reporter !== undefined && values.reporter !== 'pretty') return undefined;
  const spec = positionals[0] ?? ['backend.pab', 'backend.yaml', 'backend.yml'].find((n) => existsSync(join(cwd, n)));
  if (spec === undefined) return undefined;
  const targets = values.target?.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const req: CacheRequest = {
    cwd,
    spec,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(targets !== undefined && targets.length > 0 ? { targets } : {}),
    ...(values.templates !== undefined ? { templates: values.templates } : {}),
  };
  return { req, check: command === 'check' || values.check === true };
}

/** Exit code 0 when the cache answers the command; undefined to run the full CLI. */
export function runFromCache(argv: readonly string[], io: FastIo): number | undefined {
  if (!cacheEnabled(io.env)) return undefined;
  const started = Date.now();
  const request = cacheRequestOf(argv, io.cwd);
  if (!request) return undefined;
  const entry = findValidEntry(request.req, cacheDir(io.env));
  if (!entry) return undefined;
  for (const name of entry.overriddenTemplates) io.stderr(`using template override ${name}\n`);
  if (request.check) {
    io.stderr(`${entry.outDir} is up to date (${entry.fileCount} files).\n`);
  } else {
    const ms = Date.now() - started;
    io.stderr(`${entry.outDir}: ${entry.targets.join(', ')}: up to date, nothing written, ${entry.fileCount} unchanged (${ms} ms)\n`);
  }
  return 0;
}
