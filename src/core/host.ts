/**
 * The file-system boundary. Front ends and the loader read through a Host so
 * that tests run on an in-memory host and only the CLI touches the disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

export interface Host {
  /** Returns the file's bytes, or undefined when it does not exist or is not a file. */
  readFile(path: string): Uint8Array | undefined;
  /** Resolves `path` relative to the directory of `from` (a file path). */
  resolvePath(from: string, path: string): string;
}

export function createNodeHost(): Host {
  return {
    readFile(path) {
      try {
        if (!statSync(path).isFile()) return undefined;
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    resolvePath(from, path) {
      // Relative stays relative (to the working directory), so messages show short paths.
      return isAbsolute(path) ? path : join(dirname(from), path);
    },
  };
}

/** An in-memory host over POSIX-style paths, for tests and tools. */
export function createMemoryHost(files: Record<string, string | Uint8Array>): Host {
  const norm = (p: string): string => {
    const out: string[] = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return (p.startsWith('/') ? '/' : '') + out.join('/');
  };
  const table = new Map(Object.entries(files).map(([k, v]) => [norm(k), v] as const));
  return {
    readFile(path) {
      const v = table.get(norm(path));
      if (v === undefined) return undefined;
      return typeof v === 'string' ? new TextEncoder().encode(v) : v;
    },
    resolvePath(from, path) {
      if (path.startsWith('/')) return norm(path);
      const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
      return norm(dir ? `${dir}/${path}` : path);
    },
  };
}
