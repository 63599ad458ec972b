/**
 * `pab compile` orchestration, and the same computation for `check` and
 * `diff`: validate the spec, run the targets in memory, and plan the output
 * against what is on disk. Writing happens only when there are no errors and
 * nothing blocks (hand-edited files, conflicts); then only changed files are
 * written, each atomically, and the manifest last.
 *
 *   validateSpec → runTargets → prefix each file with its target folder
 *   → planOutput (disk + manifest) → applyPlan | report | diff
 */
import { basename, dirname, join } from 'node:path';
import type { Host } from './core/host.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { runTargets } from './emit/run.js';
import { unmatchedOverrides } from './emit/templates.js';
import type { OutputFs } from './output/fs.js';
import { readManifest, readPreviousOutput } from './output/manifest.js';
import { planOutput, type OutputPlan, type PlannedFile } from './output/plan.js';
import { diag } from './diagnostics/codes/compile.js';
import { validateSpec, type ValidatedSpec } from './pipeline.js';

/** Targets compiled when neither the spec nor the command line names any. */
export const DEFAULT_TARGETS = ['ir', 'docs'] as const;
/** Output folder (relative to the spec) when neither the spec nor the command line names one. */
export const DEFAULT_OUTPUT = 'generated';

export interface CompileRequest {
  readonly spec: string;
  /** Output folder; defaults to the spec's `output`, then `generated` next to the spec. */
  readonly out?: string;
  /** Target names; default: the spec's `targets`, then DEFAULT_TARGETS. */
  readonly targets?: readonly string[];
  /** Template override folder; defaults to the spec's `templates`. */
  readonly templates?: string;
  readonly force: boolean;
  /** Progress callback, called before each target runs. */
  readonly onTarget?: (name: string, index: number, count: number) => void;
}

export interface CompileResult {
  readonly validated: ValidatedSpec;
  readonly diagnostics: readonly Diagnostic[];
  /** The output folder used (as a path the user can read). */
  readonly outDir?: string;
  readonly targets: readonly string[];
  readonly plan?: OutputPlan;
  readonly overriddenTemplates: readonly string[];
  /** Template override folders in use (that exist). */
  readonly templateDirs: readonly string[];
}

/** Resolves where output goes and which targets run; pure. */
export function resolveCompileSettings(spec: string, validated: ValidatedSpec, req: CompileRequest) {
  const backend = validated.model?.backend;
  const specDir = dirname(spec);
  const outDir = req.out ?? join(specDir, backend?.output ?? DEFAULT_OUTPUT);
  const targets = req.targets ?? (backend && backend.targets.length > 0 ? backend.targets : DEFAULT_TARGETS);
  const templates = req.templates ?? (backend?.templates !== undefined ? join(specDir, backend.templates) : undefined);
  return { outDir, targets: [...targets], templates };
}

/**
 * Computes everything a compile would write, without writing: the plan.
 * `openOut` gives the output file system for the resolved folder.
 */
export function planCompile(
  host: Host,
  req: CompileRequest,
  openOut: (dir: string) => OutputFs,
  templateExists: (dir: string) => boolean,
  listTemplates: (dir: string) => readonly string[] = () => [],
): CompileResult {
  const validated = validateSpec(host, req.spec);
  if (!validated.model || hasErrors(validated.diagnostics)) {
    return { validated, diagnostics: validated.diagnostics, targets: [], overriddenTemplates: [], templateDirs: [] };
  }
  const { outDir, targets, templates } = resolveCompileSettings(req.spec, validated, req);
  const extra: Diagnostic[] = [];
  const templateDirs = templates !== undefined && templateExists(templates) ? [templates] : [];
  if (templates !== undefined && templateDirs.length === 0) {
    // Point at the spec's `templates` when that is where the folder came from.
    const at = req.templates === undefined ? validated.loaded.spans.get('/backend/templates')?.value : undefined;
    extra.push(diag('templates-folder-missing', { dir: templates }, at ? { span: at } : {}));
  }
  for (const dir of templateDirs) {
    for (const file of unmatchedOverrides(listTemplates(dir))) extra.push(diag('unused-template-override', { file, dir }));
  }
  const fs = openOut(outDir);
  const emitted = runTargets(validated.model, {
    targets,
    // Headers name the spec by its file name only, so output is the same on every machine.
    specPath: basename(req.spec),
    templateDirs,
    host,
    previous: (target) => previousFiles(fs, target),
    ...(req.onTarget ? { onTarget: req.onTarget } : {}),
    // Names from the spec's `targets` point back at where they were written.
    ...(req.targets === undefined ? { targetSpan: (name: string) => specTargetSpan(validated, name) } : {}),
  });
  const diagnostics = sortDiagnostics([...validated.diagnostics, ...extra, ...emitted.diagnostics]);
  if (hasErrors(diagnostics)) return { validated, diagnostics, outDir, targets, overriddenTemplates: emitted.overriddenTemplates, templateDirs };
  const files: PlannedFile[] = emitted.files.map((f) => ({ ...f, path: `${f.target}/${f.path}` }));
  const manifest = readManifest(fs);
  if (!manifest.ok) {
    const error = diag('corrupt-manifest', { dir: outDir, problem: manifest.error });
    return { validated, diagnostics: sortDiagnostics([...diagnostics, error]), outDir, targets, overriddenTemplates: emitted.overriddenTemplates, templateDirs };
  }
  // Only the targets compiled now: `--target docs` keeps the other targets' files.
  const plan = planOutput(files, fs, { force: req.force, ...(req.targets ? { targets } : {}) });
  return { validated, diagnostics, outDir, targets, plan, overriddenTemplates: emitted.overriddenTemplates, templateDirs };
}

function specTargetSpan(validated: ValidatedSpec, name: string) {
  const index = validated.model?.backend.targets.indexOf(name) ?? -1;
  return index < 0 ? undefined : validated.loaded.spans.get(`/backend/targets/${index}`)?.value;
}

/** The files of one target that pab generated before and are on disk now, by path inside the target. */
export function previousFiles(fs: OutputFs, target: string): ReadonlyMap<string, string> {
  const read = readManifest(fs);
  if (!read.ok) return new Map();
  const out = new Map<string, string>();
  for (const [path, content] of readPreviousOutput(fs, read.manifest, target)) {
    out.set(path.startsWith(`${target}/`) ? path.slice(target.length + 1) : path, content);
  }
  return out;
}
