#!/usr/bin/env node
// The installed `pab` command: runs the compiled CLI from dist/ (built by `npm ci` via the prepare script).
import { runCli, nodeIo } from '../dist/cli/main.js';

const code = runCli(process.argv.slice(2), nodeIo());
// -1: a long-running command (watch) that ends on Ctrl-C.
if (code >= 0) process.exitCode = code;
