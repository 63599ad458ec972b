/**
 * The manifest `.pab-manifest.json` at the output root, committed with the
 * output: every file pab wrote, its target, kind and the sha256 of the content
 * pab wrote. It is how pab tells its own files (which it may update or remove)
 * from the user's (which it never touches), and a hand edit from a stale file.
 * Serialization is deterministic: sorted keys, two-space indent, trailing "\n".
 */
import { createHash } from 'node:crypto';
import type { OutputKind } from '../emit/emitter.js';
import type { OutputFs } from './fs.js';
import { checkOutputPath, MANIFEST_NAME } from './paths.js';

export { MANIFEST_NAME };

/** What the manifest knows about one file. */
export interface ManifestEntry {
  readonly target: string;
  readonly kind: OutputKind;
  /** sha256 (hex) of the UTF-8 content pab wrote. */
  readonly sha256: string;
  /** Append-only history: never rewritten or removed once written. */
  readonly immutable?: true;
}

export interface Manifest {
  readonly version: 1;
  /** Path relative to the output root → entry. A Map, so that no path can reach `Object.prototype`. */
  readonly files: ReadonlyMap<string, ManifestEntry>;
}

export type ManifestRead =
  | {
      readonly ok: true;
      readonly manifest: Manifest;
      /** The file's text as read, or undefined when there was no manifest. */
      readonly text: string | undefined;
    }
  | { readonly ok: false; readonly error: string };

export const EMPTY_MANIFEST: Manifest = Object.freeze({ version: 1, files: new Map() });

/** sha256 (hex) of the UTF-8 bytes of `content`. */
export function hashContent(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Reads the manifest: missing → empty; unreadable or corrupt → an error sentence, never a throw. */
export function readManifest(fs: OutputFs): ManifestRead {
  if (fs.isSymlinkEscape(MANIFEST_NAME)) {
    return { ok: false, error: `the manifest \`${MANIFEST_NAME}\` is a symlink leading outside the output folder` };
  }
  const text = fs.read(MANIFEST_NAME);
  if (text === undefined) {
    if (!fs.exists(MANIFEST_NAME)) return { ok: true, manifest: EMPTY_MANIFEST, text: undefined };
    return { ok: false, error: `the manifest \`${MANIFEST_NAME}\` is not a regular file` };
  }
  const parsed = parseManifest(text);
  return 'error' in parsed ? { ok: false, error: parsed.error } : { ok: true, manifest: parsed.manifest, text };
}

const CORRUPT_HINT = 'restore it from version control, or delete it to start over (pab then never overwrites a file it finds)';

/** Parses and validates manifest text. */
export function parseManifest(text: string): { readonly manifest: Manifest } | { readonly error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `the manifest \`${MANIFEST_NAME}\` is not valid JSON (${(e as Error).message}); ${CORRUPT_HINT}` };
  }
  const problem = { at: '', message: '' };
  const files = validateManifest(json, problem);
  if (files === undefined) {
    const where = problem.at === '' ? '' : ` at ${problem.at}`;
    return { error: `the manifest \`${MANIFEST_NAME}\` is corrupt${where}: ${problem.message}; ${CORRUPT_HINT}` };
  }
  return { manifest: { version: 1, files } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateManifest(json: unknown, problem: { at: string; message: string }): Map<string, ManifestEntry> | undefined {
  const fail = (at: string, message: string): undefined => {
    problem.at = at;
    problem.message = message;
    return undefined;
  };
  if (!isRecord(json)) return fail('', 'expected a JSON object');
  if (json.version !== 1) {
    return fail('`version`', `expected 1, found ${JSON.stringify(json.version) ?? 'nothing'} (written by a newer pab?)`);
  }
  const extra = Object.keys(json).find((k) => k !== 'version' && k !== 'files');
  if (extra !== undefined) return fail(`\`${extra}\``, 'unknown property');
  if (!isRecord(json.files)) return fail('`files`', 'expected an object');
  const files = new Map<string, ManifestEntry>();
  for (const [path, value] of Object.entries(json.files)) {
    const at = `\`files[${JSON.stringify(path)}]\``;
    // A manifest is committed, so it is input: a hostile one must not steer removals outside the root.
    const pathProblem = checkOutputPath(path);
    if (pathProblem !== undefined) return fail(at, pathProblem);
    const entry = validateEntry(value);
    if (typeof entry === 'string') return fail(at, entry);
    files.set(path, entry);
  }
  return files;
}

function validateEntry(value: unknown): ManifestEntry | string {
  if (!isRecord(value)) return 'expected an object';
  const { target, kind, sha256, immutable } = value;
  const extra = Object.keys(value).find((k) => !['target', 'kind', 'sha256', 'immutable'].includes(k));
  if (extra !== undefined) return `unknown property \`${extra}\``;
  if (typeof target !== 'string' || target === '') return '`target` must be a non-empty string';
  if (kind !== 'generated' && kind !== 'scaffold') return '`kind` must be "generated" or "scaffold"';
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return '`sha256` must be 64 lowercase hex digits';
  if (immutable !== undefined && immutable !== true) return '`immutable` must be true when present';
  return immutable === true ? { target, kind, sha256, immutable } : { target, kind, sha256 };
}

/** The manifest as JSON text: keys sorted (by UTF-16 code unit), two-space indent, trailing newline. */
export function serializeManifest(m: Manifest): string {
  const paths = [...m.files.keys()].sort();
  if (paths.length === 0) return `{\n  "files": {},\n  "version": ${m.version}\n}\n`;
  const entries = paths.map((path) => {
    const e = m.files.get(path) as ManifestEntry;
    const fields = [
      ...(e.immutable ? ['"immutable": true'] : []),
      `"kind": ${JSON.stringify(e.kind)}`,
      `"sha256": ${JSON.stringify(e.sha256)}`,
      `"target": ${JSON.stringify(e.target)}`,
    ];
    return `    ${JSON.stringify(path)}: {\n${fields.map((f) => `      ${f}`).join(',\n')}\n    }`;
  });
  return `{\n  "files": {\n${entries.join(',\n')}\n  },\n  "version": ${m.version}\n}\n`;
}

/**
 * The generated files of `target` that pab wrote before and that are still on
 * disk (root-relative path → content): the `previous` input of targets whose
 * output depends on history. Paths behind an escaping symlink are skipped.
 */
export function readPreviousOutput(fs: OutputFs, manifest: Manifest, target: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const path of [...manifest.files.keys()].sort()) {
    const entry = manifest.files.get(path) as ManifestEntry;
    if (entry.target !== target || entry.kind !== 'generated' || fs.isSymlinkEscape(path)) continue;
    const content = fs.read(path);
    if (content !== undefined) out.set(path, content);
  }
  return out;
}
