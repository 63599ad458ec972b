/**
 * Compares the files the targets produce with the output folder and its
 * manifest, and decides for each path what compile does: create, update,
 * restore, leave, remove, or refuse (hand edit, conflict, bad path). Pure given
 * the fs reads (`read`, `exists`, `isSymlinkEscape`); writes nothing. Every list
 * is sorted by path, so the plan does not depend on the order of `files`.
 *
 * Ownership rules: pab changes or removes only files its manifest lists and
 * whose content is still what pab wrote (a hand edit blocks unless `force`);
 * it never touches a file it did not write (a conflict blocks, even with
 * `force`), never rewrites an existing scaffold file, and never rewrites or
 * removes an immutable file. A disk file already equal to the planned content is
 * adopted as unchanged, so a run killed before writing the manifest completes
 * cleanly the next time.
 */
import type { OutputKind } from '../emit/emitter.js';
import type { OutputFs } from './fs.js';
import { hashContent, type Manifest, type ManifestEntry, readManifest, serializeManifest } from './manifest.js';
import { checkOutputPath, findPathCollisions, foldPath, MANIFEST_NAME } from './paths.js';

/** One file a target produces, with its path relative to the output root (e.g. "docs/README.md"). */
export interface PlannedFile {
  readonly target: string;
  readonly path: string;
  readonly content: string;
  readonly kind: OutputKind;
  readonly immutable: boolean;
}

export interface PlanOptions {
  /** Overwrite (or remove) generated files edited by hand. Never applies to conflicts, scaffold or immutable files. */
  readonly force: boolean;
  /**
   * The targets this run compiles (e.g. `--target docs`). Manifest entries of
   * other targets are kept as they are instead of being removed. Default: all.
   */
  readonly targets?: readonly string[];
}

export interface FileRef {
  readonly path: string;
  readonly target: string;
}

/** A generated file whose content on disk is not what pab wrote. */
export interface HandEdit extends FileRef {
  /** What compile would do to it with `force`: regenerate it, or remove it (the spec no longer produces it). */
  readonly action: 'update' | 'remove';
  /** The file as the spec produces it now (when `action` is `update`). */
  readonly planned?: PlannedFile;
}

/** A path pab cannot write (`errors`) or will not write (`conflicts`), with a sentence saying why. */
export interface PathProblem {
  readonly path: string;
  readonly target?: string;
  readonly message: string;
}

export interface OutputPlan {
  /** Whether the plan was made with `force` (hand-edited files are then in `update` / `remove` as well). */
  readonly force: boolean;
  /** New files. */
  readonly create: readonly PlannedFile[];
  /** Generated files whose content changes (their disk content is what pab wrote, or `force`). */
  readonly update: readonly PlannedFile[];
  /** Generated files the manifest lists but that are missing on disk. */
  readonly restore: readonly PlannedFile[];
  /** Files already as planned (and kept immutable files). */
  readonly unchanged: readonly FileRef[];
  /** Generated files the spec no longer produces, still as pab wrote them (or `force`). */
  readonly remove: readonly FileRef[];
  /** Generated files edited by hand: a blocker unless `force`. */
  readonly handEdited: readonly HandEdit[];
  /** Scaffold files that exist: never touched, even with `force`. */
  readonly keepScaffold: readonly FileRef[];
  /** Immutable files edited by hand: reported, never rewritten, even with `force`. Not a blocker. */
  readonly immutableEdited: readonly FileRef[];
  /** Paths to create where something pab did not write exists: a blocker, even with `force`. */
  readonly conflicts: readonly PathProblem[];
  /** Unsafe or colliding paths, escaping symlinks, a corrupt manifest: a blocker. */
  readonly errors: readonly PathProblem[];
  /** The manifest after applying the plan. */
  readonly manifest: Manifest;
  readonly manifestText: string;
  /** Whether `manifestText` differs from the manifest on disk (an empty manifest is not written). */
  readonly manifestChanged: boolean;
}

type Disk = { readonly state: 'missing' } | { readonly state: 'other' } | { readonly state: 'file'; readonly hash: string };

function inspect(fs: OutputFs, path: string): Disk {
  const content = fs.read(path);
  if (content !== undefined) return { state: 'file', hash: hashContent(content) };
  return fs.exists(path) ? { state: 'other' } : { state: 'missing' };
}

/** The plan under construction. */
interface Draft {
  readonly force: boolean;
  readonly create: PlannedFile[];
  readonly update: PlannedFile[];
  readonly restore: PlannedFile[];
  readonly unchanged: FileRef[];
  readonly remove: FileRef[];
  readonly handEdited: HandEdit[];
  readonly keepScaffold: FileRef[];
  readonly immutableEdited: FileRef[];
  readonly conflicts: PathProblem[];
  readonly errors: PathProblem[];
  readonly files: Map<string, ManifestEntry>;
}

function createDraft(force: boolean): Draft {
  return {
    force,
    create: [],
    update: [],
    restore: [],
    unchanged: [],
    remove: [],
    handEdited: [],
    keepScaffold: [],
    immutableEdited: [],
    conflicts: [],
    errors: [],
    files: new Map(),
  };
}

const ref = (path: string, target: string): FileRef => ({ path, target });
const byPath = <T extends { readonly path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function entryFor(f: PlannedFile, immutable: boolean): ManifestEntry {
  const base = { target: f.target, kind: f.kind, sha256: hashContent(f.content) };
  return immutable ? { ...base, immutable: true } : base;
}

/** Compares `files` with the output folder behind `fs` and its manifest. */
export function planOutput(files: readonly PlannedFile[], fs: OutputFs, opts: PlanOptions): OutputPlan {
  const draft = createDraft(opts.force);
  const read = readManifest(fs);
  if (!read.ok) draft.errors.push({ path: MANIFEST_NAME, message: read.error });
  const old = read.ok ? read.manifest.files : new Map<string, ManifestEntry>();
  const planned = [...files].sort(byPath);
  const safe = checkPlannedPaths(planned, fs, draft.errors);
  const plannedPaths = new Set(planned.map((f) => f.path));
  const owned = opts.targets === undefined ? undefined : new Set(opts.targets);
  const plannedByFold = new Map(planned.filter((f) => safe.has(f.path)).map((f) => [foldPath(f.path), f] as const));
  for (const [path, entry] of [...old].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (plannedPaths.has(path) && safe.has(path)) continue;
    if (plannedPaths.has(path) || (owned !== undefined && !owned.has(entry.target))) draft.files.set(path, entry);
    else planLeftover(path, entry, fs, draft, plannedByFold.get(foldPath(path)));
  }
  const removedByFold = new Map(draft.remove.map((r) => [foldPath(r.path), r.path] as const));
  for (const f of planned) {
    if (!safe.has(f.path)) continue;
    const entry = old.get(f.path);
    if (f.kind === 'scaffold') planScaffold(f, entry, fs, draft);
    else if (entry !== undefined) planKnown(f, entry, inspect(fs, f.path), draft);
    else planNew(f, fs, draft, removedByFold);
  }
  return finish(draft, read.ok ? read.text : undefined);
}

/** Path rules, collisions and symlinks; returns the paths safe to plan. */
function checkPlannedPaths(planned: readonly PlannedFile[], fs: OutputFs, errors: PathProblem[]): Set<string> {
  const candidates: string[] = []; // with duplicates, so that two targets writing one path are caught
  for (const f of planned) {
    const problem = checkOutputPath(f.path);
    if (problem !== undefined) errors.push({ path: f.path, target: f.target, message: problem });
    else if (fs.isSymlinkEscape(f.path)) errors.push({ path: f.path, target: f.target, message: symlinkMessage(f.path) });
    else candidates.push(f.path);
  }
  const safe = new Set(candidates);
  for (const c of findPathCollisions(candidates)) {
    errors.push({ path: c.path, message: c.message });
    safe.delete(c.path);
    safe.delete(c.other);
  }
  return safe;
}

function symlinkMessage(path: string): string {
  return `the output path \`${path}\` goes through a symlink that leads outside the output folder`;
}

/**
 * A manifest entry the run no longer produces. `renamedTo` is the planned file
 * whose path differs from it only in case, if any.
 */
function planLeftover(path: string, entry: ManifestEntry, fs: OutputFs, draft: Draft, renamedTo?: PlannedFile): void {
  if (entry.kind === 'scaffold') return; // the user's file now: forget it, leave it
  if (fs.isSymlinkEscape(path)) {
    draft.errors.push({ path, target: entry.target, message: symlinkMessage(path) });
    draft.files.set(path, entry);
    return;
  }
  const disk = inspect(fs, path);
  if (disk.state !== 'file') return; // deleted (or replaced by a folder): just forget it
  if (entry.immutable) {
    // History stays, listed, even when no longer produced.
    draft.files.set(path, entry);
    if (disk.hash === entry.sha256) draft.unchanged.push(ref(path, entry.target));
    else draft.immutableEdited.push(ref(path, entry.target));
  } else if (disk.hash === entry.sha256 || (renamedTo !== undefined && disk.hash === hashContent(renamedTo.content))) {
    // The second case: a case-only rename killed before its manifest; macOS shows
    // the new file under the old name. Removing it and writing the new path is right.
    draft.remove.push(ref(path, entry.target));
  } else {
    draft.handEdited.push({ path, target: entry.target, action: 'remove' });
    if (draft.force) draft.remove.push(ref(path, entry.target));
    else draft.files.set(path, entry);
  }
}

function planScaffold(f: PlannedFile, entry: ManifestEntry | undefined, fs: OutputFs, draft: Draft): void {
  if (!fs.exists(f.path)) {
    draft.create.push(f);
    draft.files.set(f.path, entryFor(f, false));
    return;
  }
  draft.keepScaffold.push(ref(f.path, f.target));
  // Listed only if pab wrote it: a user's file at a scaffold path stays unknown to pab.
  if (entry !== undefined) draft.files.set(f.path, { target: f.target, kind: 'scaffold', sha256: entry.sha256 });
}

/** A generated file the manifest already lists at this path. */
function planKnown(f: PlannedFile, entry: ManifestEntry, disk: Disk, draft: Draft): void {
  const immutable = f.immutable || entry.immutable === true;
  const planned = entryFor(f, immutable);
  if (disk.state === 'missing') {
    draft.restore.push(f);
    draft.files.set(f.path, planned);
  } else if (disk.state === 'other') {
    draft.conflicts.push({ path: f.path, target: f.target, message: `a folder or special file is in the way of \`${f.path}\`` });
    draft.files.set(f.path, entry);
  } else if (entry.immutable === true && disk.hash !== entry.sha256) {
    // An edited history file stays edited and reported, even if it now equals what the target produces.
    draft.immutableEdited.push(ref(f.path, f.target));
    draft.files.set(f.path, entry);
  } else if (disk.hash === planned.sha256) {
    draft.unchanged.push(ref(f.path, f.target));
    draft.files.set(f.path, planned);
  } else if (immutable) {
    // Written once, never again: history wins over what the target produces now.
    if (disk.hash === entry.sha256) draft.unchanged.push(ref(f.path, f.target));
    else draft.immutableEdited.push(ref(f.path, f.target));
    draft.files.set(f.path, { ...entry, immutable: true });
  } else if (disk.hash === entry.sha256) {
    draft.update.push(f);
    draft.files.set(f.path, planned);
  } else {
    draft.handEdited.push({ path: f.path, target: f.target, action: 'update', planned: f });
    if (draft.force) draft.update.push(f);
    draft.files.set(f.path, draft.force ? planned : entry);
  }
}

/** A generated file the manifest does not list at this path. */
function planNew(f: PlannedFile, fs: OutputFs, draft: Draft, removedByFold: ReadonlyMap<string, string>): void {
  const disk = inspect(fs, f.path);
  const planned = entryFor(f, f.immutable);
  // A case-only rename (`Readme.md` → `README.md`): on macOS and Windows the old
  // file, being removed, answers to the new name. Removals run first, so the path is free.
  const renamedFrom = removedByFold.get(foldPath(f.path));
  const isOldFile = renamedFrom !== undefined && disk.state === 'file' && sameHash(inspect(fs, renamedFrom), disk.hash);
  if (disk.state === 'missing' || isOldFile) {
    draft.create.push(f);
    draft.files.set(f.path, planned);
  } else if (disk.state === 'file' && disk.hash === planned.sha256) {
    draft.unchanged.push(ref(f.path, f.target)); // e.g. written by a run killed before its manifest
    draft.files.set(f.path, planned);
  } else {
    const what = disk.state === 'file' ? 'a file pab did not generate' : 'a folder or special file';
    draft.conflicts.push({ path: f.path, target: f.target, message: `${what} is in the way of \`${f.path}\`` });
  }
}

const sameHash = (disk: Disk, hash: string): boolean => disk.state === 'file' && disk.hash === hash;

function finish(draft: Draft, oldText: string | undefined): OutputPlan {
  // Entries kept from the old manifest may collide with new paths in case only.
  for (const c of findPathCollisions([...draft.files.keys()])) draft.errors.push({ path: c.path, message: c.message });
  const manifest: Manifest = { version: 1, files: draft.files };
  const manifestText = serializeManifest(manifest);
  const manifestChanged = oldText === undefined ? draft.files.size > 0 : manifestText !== oldText;
  return {
    force: draft.force,
    create: draft.create.sort(byPath),
    update: draft.update.sort(byPath),
    restore: draft.restore.sort(byPath),
    unchanged: draft.unchanged.sort(byPath),
    remove: draft.remove.sort(byPath),
    handEdited: draft.handEdited.sort(byPath),
    keepScaffold: draft.keepScaffold.sort(byPath),
    immutableEdited: draft.immutableEdited.sort(byPath),
    conflicts: draft.conflicts.sort(byPath),
    errors: draft.errors.sort(byPath),
    manifest,
    manifestText,
    manifestChanged,
  };
}

/**
 * Whether the plan must not be applied: errors, conflicts (even with force), or
 * hand edits unless forced. A plan made without force stays blocked by hand
 * edits whatever `force` says here, since it did not schedule the overwrite.
 */
export function hasBlockers(plan: OutputPlan, force: boolean = plan.force): boolean {
  if (plan.errors.length > 0 || plan.conflicts.length > 0) return true;
  return plan.handEdited.length > 0 && !(force && plan.force);
}

/** Whether compile would write or remove nothing (immutable edits, which compile never fixes, do not count). */
export function isUpToDate(plan: OutputPlan): boolean {
  const pending = [plan.create, plan.update, plan.restore, plan.remove, plan.handEdited, plan.conflicts, plan.errors];
  return pending.every((list) => list.length === 0) && !plan.manifestChanged;
}

export interface PlanSummary {
  readonly created: number;
  readonly updated: number;
  readonly restored: number;
  readonly removed: number;
  readonly unchanged: number;
  readonly handEdited: number;
  readonly immutableEdited: number;
  readonly keptScaffold: number;
  readonly conflicts: number;
  readonly errors: number;
  /** created + updated + restored. */
  readonly written: number;
  /** How many paths differ from what compile would write (the manifest counts as one); 0 exactly when `isUpToDate`. */
  readonly stale: number;
  /** One line, e.g. "3 files written (1 new, 1 changed, 1 restored), 1 removed, 12 unchanged". */
  readonly text: string;
}

const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;

/** Counts of the plan, and a one-line summary for the end of a compile. */
export function planSummary(plan: OutputPlan): PlanSummary {
  const [created, updated, restored] = [plan.create.length, plan.update.length, plan.restore.length];
  const written = created + updated + restored;
  const removed = plan.remove.length;
  const unchanged = plan.unchanged.length + plan.keepScaffold.length;
  const parts: string[] = [];
  if (written > 0) {
    const detail = [[created, 'new'], [updated, 'changed'], [restored, 'restored']] as const;
    const what = detail.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
    parts.push(`${files(written)} written (${what.join(', ')})`);
  }
  if (removed > 0) parts.push(`${files(removed)} removed`);
  const text = parts.length === 0 ? `nothing to write, ${files(unchanged)} unchanged` : [...parts, `${unchanged} unchanged`].join(', ');
  const blockedEdits = plan.force ? 0 : plan.handEdited.length; // forced ones are counted in update/remove
  const differing = written + removed + blockedEdits + plan.conflicts.length + plan.errors.length;
  const stale = differing + (differing === 0 && plan.manifestChanged ? 1 : 0);
  return {
    ...{ created, updated, restored, removed, unchanged, written, text, stale },
    handEdited: plan.handEdited.length,
    immutableEdited: plan.immutableEdited.length,
    keptScaffold: plan.keepScaffold.length,
    conflicts: plan.conflicts.length,
    errors: plan.errors.length,
  };
}
