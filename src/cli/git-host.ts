/**
 * A read-only Host over one git revision, for `pab diff --breaking --against
 * <rev>`: the spec and its imports as they were at that revision. Paths look
 * like git's own `<rev>:<path>` (`v1.2.0:examples/shop/backend.pab`), so
 * diagnostics show which version a line comes from; `<path>` is relative to
 * the working directory, as the user named the spec.
 */
import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import type { Host } from '../core/host.js';

const MAX_FILE = 64 * 1024 * 1024;

function git(cwd: string, args: readonly string[]): Buffer | undefined {
  try {
    return execFileSync('git', args as string[], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: MAX_FILE });
  } catch {
    return undefined;
  }
}

/** The commit `rev` names in the repository around `cwd`, or undefined (not a repository, no such revision). */
export function resolveRevision(cwd: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])?.toString('utf8').trim() || undefined;
}

/** `<rev>:<relative path>` for a spec path given relative to (or inside) `cwd`. */
export function revisionPath(rev: string, relPath: string): string {
  return `${rev}:${posix.normalize(relPath.replace(/\\/g, '/'))}`;
}

export function createGitHost(cwd: string, rev: string): Host {
  const prefix = `${rev}:`;
  return {
    readFile(path) {
      if (!path.startsWith(prefix)) return undefined;
      const rel = path.slice(prefix.length);
      // `<rev>:./<path>` is resolved by git relative to the working directory.
      return git(cwd, ['cat-file', 'blob', `${rev}:./${rel}`]);
    },
    resolvePath(from, path) {
      const rel = from.startsWith(prefix) ? from.slice(prefix.length) : from;
      return `${prefix}${posix.normalize(posix.join(posix.dirname(rel), path.replace(/\\/g, '/')))}`;
    },
  };
}
