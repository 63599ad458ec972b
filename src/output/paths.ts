/**
 * Output path rules, pure (no file-system access; symlinks are the job of
 * `OutputFs.isSymlinkEscape`). Every path a target produces and every path a
 * manifest lists is a relative POSIX path that stays inside the output folder
 * and can be checked out on Linux, macOS and Windows alike: a committed output
 * tree must not depend on the machine that generated it.
 */

/** The manifest's file name, at the output root. No target may produce it. */
export const MANIFEST_NAME = '.pab-manifest.json';

/** Suffix of the temp files of atomic writes; no target may produce it either. */
export const TEMP_SUFFIX = '.pab-tmp';

/** Characters Windows cannot store in a name (`:` would also mean a drive or a stream). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_SEGMENT_BYTES = 255;

/** The path as a readable code span: control characters escaped. */
function show(rel: string): string {
  return `\`${JSON.stringify(rel).slice(1, -1)}\``;
}

/**
 * The shape rules alone (no reserved names): an error sentence, or undefined
 * when `rel` is a safe relative POSIX path. The file systems use this as a
 * last line of defence; planning uses `checkOutputPath`.
 */
export function checkPathShape(rel: string): string | undefined {
  if (rel === '') return 'an output path is empty';
  const p = show(rel);
  if (rel.includes('\0')) return `the output path ${p} contains a NUL character`;
  if (rel.startsWith('/') || rel.startsWith('\\') || /^[A-Za-z]:/.test(rel)) {
    return `the output path ${p} is absolute; output paths are relative to the output folder`;
  }
  if (rel.includes('\\')) return `the output path ${p} contains a backslash; separate folders with \`/\``;
  if (CONTROL.test(rel)) return `the output path ${p} contains a control character`;
  for (const segment of rel.split('/')) {
    const problem = checkSegment(segment);
    if (problem !== undefined) return `the output path ${p} ${problem}`;
  }
  return undefined;
}

function checkSegment(segment: string): string | undefined {
  if (segment === '') return 'has an empty segment (a leading, trailing or doubled `/`)';
  if (segment === '..') return 'contains `..`; output paths must stay inside the output folder';
  if (segment === '.') return 'contains a `.` segment; write the path without it';
  if (WINDOWS_FORBIDDEN.test(segment)) return `contains one of \`<>:"|?*\`, which Windows cannot store`;
  if (/[. ]$/.test(segment)) return 'has a name ending in `.` or a space, which Windows drops';
  if (WINDOWS_DEVICE.test(segment)) return `uses \`${segment}\`, a device name reserved on Windows`;
  if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) return `has a name longer than ${MAX_SEGMENT_BYTES} bytes`;
  if (segment.endsWith(TEMP_SUFFIX)) return `ends in \`${TEMP_SUFFIX}\`, which pab reserves for its temp files`;
  return undefined;
}

/**
 * An error sentence when `rel` may not be an output path: absolute, `..` or
 * `.` segments, backslashes, NUL or other control characters, empty segments,
 * names Windows cannot store, or the manifest's own name. Undefined when safe.
 */
export function checkOutputPath(rel: string): string | undefined {
  const shape = checkPathShape(rel);
  if (shape !== undefined) return shape;
  if (foldPath(rel) === foldPath(MANIFEST_NAME)) {
    return `the output path ${show(rel)} is reserved for pab's manifest`;
  }
  return undefined;
}

/**
 * The key under which case-insensitive, normalization-insensitive file systems
 * (macOS, Windows) see a path: NFC, then locale-independent lower case.
 */
export function foldPath(rel: string): string {
  return rel.normalize('NFC').toLowerCase();
}

/** Two output paths that cannot both exist on every file system. */
export interface PathCollision {
  readonly path: string;
  /** The path it collides with (the first of the group, in sorted order). */
  readonly other: string;
  readonly message: string;
}

/**
 * Paths that collide: the same path twice, paths differing only in case or
 * Unicode normalization (one file on macOS and Windows), or a file whose path
 * is a folder of another path. Sorted by path; pure.
 */
export function findPathCollisions(paths: readonly string[]): PathCollision[] {
  const sorted = [...paths].sort();
  const seen = new Map<string, string>();
  const out: PathCollision[] = [];
  for (const path of sorted) {
    const key = foldPath(path);
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, path);
    } else if (other === path) {
      out.push({ path, other, message: `the output path ${show(path)} is produced twice` });
    } else {
      out.push({
        path,
        other,
        message: `the output paths ${show(other)} and ${show(path)} differ only in case, so they are one file on macOS and Windows`,
      });
    }
  }
  for (const path of sorted) {
    const folder = firstFolderThatIsAFile(path, seen);
    if (folder !== undefined) {
      out.push({ path, other: folder, message: `the output path ${show(path)} needs ${show(folder)} to be a folder, but it is also a file` });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function firstFolderThatIsAFile(path: string, files: ReadonlyMap<string, string>): string | undefined {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const file = files.get(foldPath(parts.slice(0, i).join('/')));
    if (file !== undefined) return file;
  }
  return undefined;
}
