#!/usr/bin/env node
// The installed `pab` command: runs the compiled CLI from dist/ (built by `npm ci` via the prepare script).
import { runCli, nodeIo } from '../dist/cli/main.js';

process.exitCode = runCli(process.argv.slice(2), nodeIo());
