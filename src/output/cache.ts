/**
 * The compile cache: lets a recompile whose inputs have not changed finish
 * without loading the compiler. After a successful compile (or a passing
 * check) the CLI records, in a per-user cache folder (never in the output
 * folder, never committed):
 * - what pab itself is (a fingerprint of its built code and shipped templates);
 * - every input: the content hash of each spec file read and of each file
 *   in the template override folders (and their listing);
 * - the state of the output: size, mtime, ctime and inode of every planned
 *   file and of the manifest, as they were right after writing (as git's
 *   index does for the work tree).
 * A later run with the same request whose inputs hash the same and whose
 * output files stat the same would write nothing: it reports "up to date"
 * from the entry. File times are coarse (a few ms), so an edit right after
 * the entry was saved could keep size and times: like git's "racily clean"
 * files, an output modified within `RACY_MS` of saving is recorded with its
 * content hash and checked by content; a later hit re-saves the entry
 * without such hashes once the files are old enough. Anything else (an edit, a touched or deleted output file,
 * a rebuilt pab, a compile with diagnostics) is a miss and the compile runs
 * in full. The entry is removed before a compile writes, so a compile killed
 * mid-write never leaves an entry that vouches for a half-written folder.
 *
 * Only node built-ins are imported here: the point is not to load the rest.
 * Every cache failure (unreadable, corrupt, unwritable) is a miss, silently.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY_VERSION = 1;

/** What identifies a compile: the same request in the same folder. */
export interface CacheRequest {
  readonly cwd: string;
  readonly spec: string;
  readonly out?: string;
  readonly targets?: readonly string[];
  readonly templates?: string;
  /** `compile` and `check` share entries: both vouch for the same output. */
}

export interface FileState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  /** Content hash, for a file modified too close to the save to trust its times. */
  readonly hash?: string;
}

/** How close to the save a modification time makes a file "racy" (file times are coarse; clocks drift a little). */
const RACY_MS = 2000;

export interface CacheEntry {
  readonly version: number;
  readonly tool: string;
  /** When the entry was saved (ms since the epoch). */
  readonly savedAt: number;
  /** Spec files and template override files read, by path (as the compile named them), with content hashes. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Every file under each template override folder, sorted; a new override changes the output. */
  readonly templateListings: Readonly<Record<string, readonly string[]>>;
  /** Output files (planned files and the manifest) by path; null for a path that did not exist. */
  readonly outputs: Readonly<Record<string, FileState | null>>;
  /** What the summary line says. */
  readonly outDir: string;
  readonly targets: readonly string[];
  readonly fileCount: number;
  readonly overriddenTemplates: readonly string[];
}

/** Where entries live: `PAB_CACHE_DIR`, else `$XDG_CACHE_HOME/pab`, else `~/.cache/pab`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['PAB_CACHE_DIR']) return env['PAB_CACHE_DIR'];
  return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'pab');
}

/** The cache is off with `PAB_NO_CACHE=1`. */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env['PAB_NO_CACHE'] || env['PAB_NO_CACHE'] === '0';
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function entryPath(dir: string, req: CacheRequest): string {
  const key = JSON.stringify({
    spec: resolve(req.cwd, req.spec),
    out: req.out === undefined ? null : resolve(req.cwd, req.out),
    targets: req.targets ?? null,
    templates: req.templates === undefined ? null : resolve(req.cwd, req.templates),
  });
  return join(dir, `${sha256(key).slice(0, 32)}.json`);
}

function stateOf(path: string): FileState | null {
  try {
    const s = lstatSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
  } catch {
    return null;
  }
}

function sameState(a: FileState | null, b: FileState | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** The state of an output file to record at `now`, with its hash when its times are too recent to trust. */
function recordState(path: string, now: number): FileState | null {
  const state = stateOf(path);
  if (state === null || Math.max(state.mtimeMs, state.ctimeMs) < now - RACY_MS) return state;
  try {
    return { ...state, hash: sha256(readFileSync(path)) };
  } catch {
    return state;
  }
}

/** Every file under `dir` as relative POSIX paths, sorted; [] when it does not exist. */
function listFiles(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/**
 * A fingerprint of the running pab: the state of every file of its build and
 * of its shipped templates. A rebuild or an upgrade changes it.
 */
export function toolFingerprint(root: string = fileURLToPath(new URL('../../', import.meta.url))): string {
  const parts: string[] = [];
  for (const dir of ['dist', 'src/emit', 'schema', 'package.json']) {
    const base = join(root, dir);
    const files = listFiles(base);
    if (files.length === 0) {
      const s = stateOf(base);
      parts.push(`${dir}:${s ? `${s.size}:${s.mtimeMs}` : '-'}`);
      continue;
    }
    for (const f of files) {
      if (dir === 'src/emit' && !f.includes('/templates/')) continue;
      const s = stateOf(join(base, f));
      parts.push(`${dir}/${f}:${s ? `${s.size}:${s.mtimeMs}` : '-'}`);
    }
  }
  return sha256(parts.join('\n'));
}

/** What a successful compile knows and the entry needs. */
export interface CompileFacts {
  /** Spec and override files read, by path as the compile named them (relative to `cwd`), with their content. */
  readonly inputs: ReadonlyMap<string, Uint8Array | string>;
  readonly templateDirs: readonly string[];
  readonly outDir: string;
  /** Paths (relative to `outDir`) of every planned file, and the manifest. */
  readonly outputPaths: readonly string[];
  readonly targets: readonly string[];
  readonly fileCount: number;
  readonly overriddenTemplates: readonly string[];
}

/** Records a successful compile. Never throws. */
export function saveCacheEntry(req: CacheRequest, facts: CompileFacts, dir: string = cacheDir(), tool: string = toolFingerprint()): void {
  try {
    const inputs: Record<string, string> = {};
    for (const [path, content] of [...facts.inputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) inputs[path] = sha256(content);
    const templateListings: Record<string, string[]> = {};
    for (const t of facts.templateDirs) {
      const files = listFiles(resolve(req.cwd, t));
      templateListings[t] = files;
      for (const f of files) {
        const path = join(t, f);
        if (inputs[path] === undefined) inputs[path] = sha256(readFileSync(resolve(req.cwd, path)));
      }
    }
    const now = Date.now();
    const outputs: Record<string, FileState | null> = {};
    for (const p of facts.outputPaths) outputs[p] = recordState(resolve(req.cwd, facts.outDir, p), now);
    writeEntry(dir, req, {
      version: ENTRY_VERSION,
      tool,
      savedAt: now,
      inputs,
      templateListings,
      outputs,
      outDir: facts.outDir,
      targets: facts.targets,
      fileCount: facts.fileCount,
      overriddenTemplates: facts.overriddenTemplates,
    });
  } catch {
    // The cache is an optimization only.
  }
}

function writeEntry(dir: string, req: CacheRequest, entry: CacheEntry): void {
  const path = entryPath(dir, req);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(entry));
  renameSync(temp, path);
}

/** Forgets the entry of a request (before a compile writes). Never throws. */
export function dropCacheEntry(req: CacheRequest, dir: string = cacheDir()): void {
  try {
    rmSync(entryPath(dir, req), { force: true });
  } catch {
    // ignore
  }
}

/**
 * The entry of `req` when it still holds: same pab, same inputs, output
 * files as they were left. Undefined means compile in full.
 */
export function findValidEntry(req: CacheRequest, dir: string = cacheDir(), tool?: string): CacheEntry | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(entryPath(dir, req), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  try {
    if (entry.version !== ENTRY_VERSION || entry.tool !== (tool ?? toolFingerprint())) return undefined;
    for (const [t, files] of Object.entries(entry.templateListings)) {
      const now = listFiles(resolve(req.cwd, t));
      if (now.length !== files.length || now.some((f, i) => f !== files[i])) return undefined;
    }
    let racy = false;
    for (const [p, state] of Object.entries(entry.outputs)) {
      const path = resolve(req.cwd, entry.outDir, p);
      if (!sameState(stateOf(path), state)) return undefined;
      if (state?.hash !== undefined) {
        if (sha256(readFileSync(path)) !== state.hash) return undefined;
        racy = true;
      }
    }
    for (const [path, hash] of Object.entries(entry.inputs)) {
      let content: Buffer;
      try {
        content = readFileSync(resolve(req.cwd, path));
      } catch {
        return undefined;
      }
      if (sha256(content) !== hash) return undefined;
    }
    if (racy) refresh(dir, req, entry);
    return entry;
  } catch {
    return undefined;
  }
}

/** Re-saves a valid entry so that outputs now old enough lose their hash (later hits only stat them). */
function refresh(dir: string, req: CacheRequest, entry: CacheEntry): void {
  const now = Date.now();
  const outputs: Record<string, FileState | null> = {};
  // The states just checked, not new ones: a file changed since then must not be vouched for.
  for (const [p, state] of Object.entries(entry.outputs)) {
    if (state === null || state.hash === undefined || Math.max(state.mtimeMs, state.ctimeMs) >= now - RACY_MS) outputs[p] = state;
    else outputs[p] = { size: state.size, mtimeMs: state.mtimeMs, ctimeMs: state.ctimeMs, ino: state.ino };
  }
  try {
    writeEntry(dir, req, { ...entry, savedAt: now, outputs });
  } catch {
    // ignore
  }
}
