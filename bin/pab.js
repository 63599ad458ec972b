#!/usr/bin/env node
// The installed `pab` command: runs the compiled CLI from dist/ (built by `npm ci` via the prepare script).
// `compile` and `check` first ask the compile cache, which answers an unchanged recompile without
// loading the compiler (see src/output/cache.ts); everything else loads the full CLI.
import { runFromCache } from '../dist/cli/cached.js';

const argv = process.argv.slice(2);
const cached = runFromCache(argv, { cwd: process.cwd(), env: process.env, stderr: (t) => process.stderr.write(t) });
if (cached !== undefined) {
  process.exitCode = cached;
} else {
  const { runCli, nodeIo } = await import('../dist/cli/main.js');
  const code = runCli(argv, nodeIo());
  // -1: a long-running command (watch) that ends on Ctrl-C.
  if (code >= 0) process.exitCode = code;
}
