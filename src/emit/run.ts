/**
 * Runs the requested targets over a checked model, in memory: resolves each
 * target and its options, gives it an EmitContext (template rendering with
 * overrides, diagnostics, its previous files), and validates what it returns.
 *
 * Deterministic: the result depends only on the model, the request and the
 * template files; files are sorted by target, then path (code-unit order).
 * Nothing is written; the only reads are template files (shipped and
 * overrides). User problems are diagnostics; a failing shipped template is a
 * pab bug and throws.
 */
import type { Span } from '../core/span.js';
import type { Host } from '../core/host.js';
import { diag } from '../diagnostics/codes/emit.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import type { ServiceModel } from '../model/model.js';
import type { EmitContext, OutputFile, OutputKind, TargetOption } from './emitter.js';
import { asGenericEmitter, findTarget, targetNames } from './registry.js';
import { createTemplateEnvironment, TemplateFailure, type TemplateEnvironment } from './templates.js';

export interface RunTargetsRequest {
  /** Target names; duplicates run once. */
  readonly targets: readonly string[];
  /** The spec's path as the user named it, for file headers. */
  readonly specPath: string;
  /** Template override folders, first match wins; each holds `<target>/<file>`. */
  readonly templateDirs: readonly string[];
  /** Option values per target name (spec or command line); merged over the target's defaults. */
  readonly options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The files of a target pab generated before (path → content); default: none. */
  readonly previous?: (target: string) => ReadonlyMap<string, string>;
  /** Reads template override files; defaults to the file system. */
  readonly host?: Pick<Host, 'readFile'>;
  /** Where a target name was written in the spec, for diagnostics about it (names given on the command line have none). */
  readonly targetSpan?: (name: string) => Span | undefined;
  /** Called before each target runs (the CLI shows progress on a terminal). */
  readonly onTarget?: (name: string, index: number, count: number) => void;
}

/** One output file, with the target that produced it; `path` is relative to the target's folder. */
export interface EmittedFile {
  readonly target: string;
  readonly path: string;
  readonly content: string;
  readonly kind: OutputKind;
  readonly immutable: boolean;
}

export interface RunTargetsResult {
  /** Sorted by target, then path. Files that failed validation are left out. */
  readonly files: EmittedFile[];
  readonly diagnostics: Diagnostic[];
  /** Template names (`docs/readme.md.njk`) an override folder supplied, sorted. */
  readonly overriddenTemplates: string[];
}

const EMPTY: ReadonlyMap<string, string> = new Map();

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `\`${n}\``).join(', ');
}

/** Windows device names, which cannot be file names on Windows whatever the extension. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/**
 * Why `path` is not a plain, portable, relative POSIX file path, or undefined
 * when it is one. Portable means it can be written on Linux, macOS and
 * Windows alike and stays inside the folder it is relative to.
 */
export function outputPathProblem(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path.includes('\0')) return 'contains a NUL character';
  if (path.includes('\\')) return 'contains a backslash (paths use "/")';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '') return path.endsWith('/') ? 'ends with "/"' : 'contains an empty segment ("//")';
    if (segment === '.' || segment === '..') return `contains a "${segment}" segment`;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f<>:"|?*]/.test(segment)) return 'contains a character that is not allowed in file names on Windows';
    if (/[. ]$/.test(segment)) return 'has a segment ending in "." or a space';
    if (WINDOWS_DEVICE.test(segment)) return `contains "${segment}", a reserved device name on Windows`;
  }
  return undefined;
}

/** Why `content` is not a valid generated file, or undefined. */
export function outputContentProblem(content: string): string | undefined {
  if (content.includes('\r')) return 'contains a carriage return (generated files are LF-only)';
  if (!content.endsWith('\n')) return 'does not end with a newline';
  return undefined;
}

/** A JSON-ish spelling of an option value for messages. */
function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Converts a given option value to the option's type. Strings spelling the
 * type ("true", "false", "12") are accepted: command-line values are strings.
 */
function coerceOption(option: TargetOption, value: unknown): { ok: true; value: unknown } | { ok: false } {
  switch (option.type) {
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : { ok: false };
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
      return { ok: false };
    case 'number': {
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
      if (typeof value === 'string' && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value.trim())) {
        return { ok: true, value: Number(value) };
      }
      return { ok: false };
    }
  }
}

/** The target's defaults with the given values merged over them, or diagnostics. */
function resolveOptions(
  targetName: string,
  declared: readonly TargetOption[],
  defaults: Readonly<Record<string, unknown>>,
  given: Readonly<Record<string, unknown>> | undefined,
): { options: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const options: Record<string, unknown> = { ...defaults };
  const diagnostics: Diagnostic[] = [];
  const known = declared.map((o) => o.name);
  for (const name of Object.keys(given ?? {}).sort(byCodeUnits)) {
    const value = given![name];
    const option = declared.find((o) => o.name === name);
    if (!option) {
      const hint = didYouMeanHint(name, known);
      diagnostics.push(diag('unknown-target-option', { target: targetName, option: name, known: listNames(known) }, hint ? { hint } : {}));
      continue;
    }
    const coerced = coerceOption(option, value);
    if (!coerced.ok) {
      diagnostics.push(diag('invalid-target-option', { target: targetName, option: name, type: option.type, value: showValue(value) }));
      continue;
    }
    options[name] = coerced.value;
  }
  return { options, diagnostics };
}

/**
 * Validates one target's files: paths, content, duplicates (also up to case).
 * Invalid files are reported in `diagnostics` and left out of the result.
 */
export function validateOutputFiles(target: string, files: readonly OutputFile[], diagnostics: Diagnostic[]): EmittedFile[] {
  const out: EmittedFile[] = [];
  const seen = new Map<string, string>(); // lower-cased path → first path
  for (const file of files) {
    const pathProblem = outputPathProblem(file.path);
    if (pathProblem) {
      diagnostics.push(diag('invalid-output-path', { target, path: JSON.stringify(file.path), reason: pathProblem }));
      continue;
    }
    const folded = file.path.toLowerCase();
    const other = seen.get(folded);
    if (other !== undefined) {
      diagnostics.push(diag('duplicate-output-path', { target, path: file.path, other }));
      continue;
    }
    seen.set(folded, file.path);
    const contentProblem = outputContentProblem(file.content);
    if (contentProblem) {
      diagnostics.push(diag('invalid-output-content', { target, path: file.path, reason: contentProblem }));
      continue;
    }
    out.push({ target, path: file.path, content: file.content, kind: file.kind, immutable: file.immutable ?? false });
  }
  return out;
}

/** Runs the targets; see the module comment. */
export function runTargets(model: ServiceModel, req: RunTargetsRequest): RunTargetsResult {
  const diagnostics: Diagnostic[] = [];
  const files: EmittedFile[] = [];
  let templates: TemplateEnvironment | undefined;
  const environment = (): TemplateEnvironment => {
    if (!templates) {
      const host = req.host;
      templates = createTemplateEnvironment({
        overrideDirs: req.templateDirs,
        ...(host ? { readOverride: (path: string) => host.readFile(path) } : {}),
      });
    }
    return templates;
  };

  const names = [...new Set(req.targets)].sort(byCodeUnits);
  for (const [index, name] of names.entries()) {
    req.onTarget?.(name, index, names.length);
    const found = findTarget(name);
    if (!found) {
      const hint = didYouMeanHint(name, targetNames());
      const span = req.targetSpan?.(name);
      diagnostics.push(diag('unknown-target', { name, known: listNames(targetNames()) }, { ...(hint ? { hint } : {}), ...(span ? { span } : {}) }));
      continue;
    }
    const target = asGenericEmitter(found);
    const resolved = resolveOptions(target.name, target.options, target.defaults, req.options?.[name]);
    diagnostics.push(...resolved.diagnostics);
    if (resolved.diagnostics.length > 0) continue;

    const ctx: EmitContext<Record<string, unknown>> = {
      options: resolved.options,
      specPath: req.specPath,
      render: (template, view) => environment().render(target.name, template, view),
      report: (d) => diagnostics.push(d),
      previous: req.previous?.(name) ?? EMPTY,
    };
    let produced: OutputFile[];
    try {
      produced = target.emit(model, ctx);
    } catch (e) {
      if (e instanceof TemplateFailure && e.involvesOverrides) {
        const env = environment();
        const overrides = env
          .overridden()
          .map((t) => `\`${env.overridePath(t) ?? t}\``)
          .join(', ');
        diagnostics.push(diag('template-failed', { template: e.template, overrides, cause: e.message }));
        continue;
      }
      throw e;
    }
    files.push(...validateOutputFiles(target.name, produced, diagnostics));
  }

  files.sort((a, b) => byCodeUnits(a.target, b.target) || byCodeUnits(a.path, b.path));
  return { files, diagnostics, overriddenTemplates: templates ? templates.overridden() : [] };
}
