/**
 * Shared helpers for CLI tests.
 *
 * - `runPab(argv, options)` runs `runCli` in-process with a capturing `CliIo`
 *   (stdout/stderr collected as strings, isTTY false). The host is the node
 *   host by default or a memory host when `files` is given; `writeFile` either
 *   writes for real (node host) or is captured in `written`.
 * - `spawnPab(argv)` runs the real `bin/pab.js` in a child process; it needs
 *   `dist/` (build it once with `buildDist()` in the test file's beforeAll).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryHost, createNodeHost, type Host } from '../../src/core/host.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { createAtomicWriter } from '../../src/output/fs.js';

/** The repository root (where package.json and bin/ are). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Files written through `io.writeFile`, in order (captured or real). */
  written: { path: string; content: string }[];
}

export interface RunPabOptions {
  /** Run on a memory host over these files instead of the disk. */
  files?: Record<string, string | Uint8Array>;
  /** A host to use as is (overrides `files`). */
  host?: Host;
  /**
   * 'real' writes files atomically on disk (the default with the node host);
   * 'capture' only records them in `written` (the default with a memory host).
   */
  write?: 'real' | 'capture';
  cwd?: string;
  /** Use the compile cache in this folder (off by default in-process). */
  cacheDir?: string;
}

/** Runs `pab <argv>` in-process and returns its exit code and output. */
export function runPab(argv: readonly string[], options: RunPabOptions = {}): CliResult {
  let stdout = '';
  let stderr = '';
  const written: { path: string; content: string }[] = [];
  const memory = options.host === undefined && options.files !== undefined;
  const host = options.host ?? (options.files ? createMemoryHost(options.files) : createNodeHost());
  const mode = options.write ?? (memory ? 'capture' : 'real');
  const writeAtomic = createAtomicWriter();
  const io: CliIo = {
    host,
    cwd: options.cwd ?? process.cwd(),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    writeFile: (path, content) => {
      written.push({ path, content });
      if (mode === 'real') writeAtomic(path, content);
    },
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
  };
  const code = runCli(argv, io);
  return { code, stdout, stderr, written };
}

/** Compiles src/ to dist/ (`tsc -p src`), so that bin/pab.js can run. */
export function buildDist(): void {
  // Test files run in parallel workers: build under a lock, and only when dist/
  // is older than the sources, so no spawned pab reads a half-rewritten dist/.
  const lock = join(REPO_ROOT, '.pab-build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take ${lock}; remove it if no test run is active`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (distIsStale()) execFileSync('npx', ['tsc', '-p', 'src'], { cwd: REPO_ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function distIsStale(): boolean {
  const built = join(REPO_ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(built)) return true;
  return newestMtime(join(REPO_ROOT, 'src')) > statSync(built).mtimeMs;
}

/** The compile cache of spawned pab processes: one folder per test worker, never the user's own. */
export const TEST_CACHE_DIR = join(tmpdir(), `pab-test-cache-${process.pid}`);

/**
 * Runs the real `node bin/pab.js <argv>` from the repository root. The compile
 * cache lives in `TEST_CACHE_DIR` unless `env` says otherwise.
 */
export function spawnPab(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Omit<CliResult, 'written'> {
  const r = spawnSync(process.execPath, [`${REPO_ROOT}bin/pab.js`, ...argv], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PAB_CACHE_DIR: TEST_CACHE_DIR, ...options.env },
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
