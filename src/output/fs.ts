/**
 * The output folder boundary: the only module of `src/output/` that touches the
 * disk. Paths are relative POSIX paths under the root, already checked by
 * `paths.ts` (re-checked here as a last line of defence: an unsafe path is a
 * compiler bug). `write` is atomic (temp file in the same folder, fsync, rename),
 * so a killed run leaves the old or the new file, never a torn one.
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compilerAssert } from '../core/assert.js';
import { checkPathShape, foldPath, TEMP_SUFFIX } from './paths.js';

/** The output folder, seen through relative POSIX paths. */
export interface OutputFs {
  /** The file's text (UTF-8), or undefined when it is missing or not a regular file. */
  read(rel: string): string | undefined;
  /** True when anything (file, folder, symlink) exists at `rel`. */
  exists(rel: string): boolean;
  /** Writes atomically: a temp file in the same folder, then rename. Creates parent folders. */
  write(rel: string, content: string): void;
  /** Removes the file (missing is fine) and prunes parent folders left empty, up to the root. */
  remove(rel: string): void;
  /** True if any existing component of `rel` is a symlink pointing outside the root. */
  isSymlinkEscape(rel: string): boolean;
}

function assertShape(rel: string): void {
  const problem = checkPathShape(rel);
  compilerAssert(problem === undefined, `unsafe output path reached the file system: ${problem}`);
}

/** An OutputFs over the folder `root` (which need not exist yet). */
/**
 * A function that writes a file atomically: a temp file in the same folder
 * (`.<name>.<pid>-<n>.pab-tmp`, so the rename never crosses devices and a
 * killed writer's leftovers are recognizable), fsynced, then renamed over the
 * target. The target's folder must exist.
 */
export function createAtomicWriter(): (path: string, content: string) => void {
  let counter = 0;
  return (path, content) => {
    const temp = join(dirname(path), `.${basename(path).slice(0, 64)}.${process.pid}-${counter++}${TEMP_SUFFIX}`);
    writeAtomically(path, temp, content);
  };
}

export function createNodeOutputFs(root: string): OutputFs {
  const base = resolve(root);
  const writeFile = createAtomicWriter();
  const abs = (rel: string): string => {
    assertShape(rel);
    return join(base, ...rel.split('/'));
  };
  const isSymlinkEscape = (rel: string): boolean => symlinkEscapes(base, abs(rel));
  return {
    read(rel) {
      const path = abs(rel);
      try {
        return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    exists: (rel) => lstatSync(abs(rel), { throwIfNoEntry: false }) !== undefined,
    write(rel, content) {
      compilerAssert(!isSymlinkEscape(rel), `write through a symlink leaving the output folder: ${rel}`);
      const path = abs(rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFile(path, content);
    },
    remove(rel) {
      compilerAssert(!isSymlinkEscape(rel), `remove through a symlink leaving the output folder: ${rel}`);
      const path = abs(rel);
      rmSync(path, { force: true });
      pruneEmptyFolders(base, dirname(path));
    },
    isSymlinkEscape,
  };
}

function writeAtomically(path: string, temp: string, content: string): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, content, 'utf8');
      // Keep the mode of the file being replaced (an executable script stays executable).
      if (existing?.isFile()) fchmodSync(fd, existing.mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function pruneEmptyFolders(base: string, from: string): void {
  for (let dir = from; dir !== base && isInside(base, dir); dir = dirname(dir)) {
    try {
      rmdirSync(dir); // fails on a folder that is not empty: stop there
    } catch {
      return;
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** Walks the existing components of `path` below `base`; true at the first symlink leading outside. */
function symlinkEscapes(base: string, path: string): boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(base);
  } catch {
    return false; // no root yet: nothing exists below it
  }
  let current = base;
  for (const part of relative(base, path).split(sep)) {
    current = join(current, part);
    const stat = lstatSync(current, { throwIfNoEntry: false });
    if (stat === undefined) return false;
    if (stat.isSymbolicLink() && !isInside(realRoot, symlinkTarget(current))) return true;
  }
  return false;
}

/** Where the symlink leads; for a dangling link, its target resolved lexically. */
function symlinkTarget(link: string): string {
  try {
    return realpathSync(link);
  } catch {
    try {
      return resolve(realpathSync(dirname(link)), readlinkSync(link));
    } catch {
      return '/'; // unresolvable: treat as leaving the root
    }
  }
}

/** A memory OutputFs with a few test conveniences. */
export interface MemoryOutputFs extends OutputFs {
  /** Every file, by path, sorted. */
  snapshot(): Record<string, string>;
  /** Every mutation in order: `write <path>` or `remove <path>`. */
  readonly log: readonly string[];
}

export interface MemoryOutputFsOptions {
  /** Fold case like macOS and Windows: `A.md` and `a.md` are one file. */
  readonly caseInsensitive?: boolean;
}

/** An in-memory OutputFs (no symlinks), for tests and tools. */
export function createMemoryOutputFs(
  initial: Record<string, string> = {},
  options: MemoryOutputFsOptions = {},
): MemoryOutputFs {
  const key = (rel: string): string => (options.caseInsensitive ? foldPath(rel) : rel);
  const files = new Map<string, { path: string; content: string }>();
  for (const [path, content] of Object.entries(initial)) files.set(key(path), { path, content });
  const log: string[] = [];
  return {
    read: (rel) => files.get(key(rel))?.content,
    exists(rel) {
      const k = key(rel);
      return files.has(k) || [...files.keys()].some((f) => f.startsWith(`${k}/`));
    },
    write(rel, content) {
      assertShape(rel);
      files.set(key(rel), { path: rel, content });
      log.push(`write ${rel}`);
    },
    remove(rel) {
      assertShape(rel);
      files.delete(key(rel));
      log.push(`remove ${rel}`);
    },
    isSymlinkEscape: () => false,
    snapshot() {
      const entries = [...files.values()].map((f) => [f.path, f.content] as const);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
    log,
  };
}
