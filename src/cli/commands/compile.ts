/**
 * `pab compile`, `pab check` and `pab diff`: one computation (compile.ts),
 * three ways to finish it. compile writes (only changed files, atomically,
 * the manifest last); check writes nothing and exits 1 when the output on
 * disk is stale; diff prints the unified diff between disk and what compile
 * would write.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { planCompile, type CompileRequest, type CompileResult } from '../../compile.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { applyPlan } from '../../output/apply.js';
import { createNodeOutputFs } from '../../output/fs.js';
import { findInterruptedWrites, removeInterruptedWrites } from '../../output/interrupted.js';
import { hasBlockers, planSummary } from '../../output/plan.js';
import { renderPlanReport, renderUnifiedDiff } from '../../output/report.js';
import { dropCacheEntry, saveCacheEntry, type CacheRequest } from '../../output/cache.js';
import { MANIFEST_NAME } from '../../output/paths.js';
import type { OutputPlan } from '../../output/plan.js';
import type { Host } from '../../core/host.js';
import { EXIT, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';

export interface CompileOptions {
  out?: string;
  target?: string;
  templates?: string;
  force: boolean;
  check: boolean;
  reporter: ReporterName;
}

/** The spec to use when none is named: backend.pab or backend.yaml in the working directory. */
export function defaultSpec(io: CliIo): string | undefined {
  for (const name of ['backend.pab', 'backend.yaml', 'backend.yml']) if (io.host.readFile(name) !== undefined) return name;
  return undefined;
}

/** The compile request of a command line (`--target a,b` split, absent options left out). */
export function request(spec: string, opts: Pick<CompileOptions, 'out' | 'target' | 'templates'> & { force?: boolean }): CompileRequest {
  const targets = opts.target?.split(',').map((t) => t.trim()).filter((t) => t !== '');
  return {
    spec,
    force: opts.force ?? false,
    ...(opts.out !== undefined ? { out: opts.out } : {}),
    ...(targets !== undefined && targets.length > 0 ? { targets } : {}),
    ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
  };
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** Every file under a folder, as relative POSIX paths, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** A host that remembers every file read through it (for the compile cache). */
function recordingHost(host: Host): { host: Host; reads: Map<string, Uint8Array> } {
  const reads = new Map<string, Uint8Array>();
  return {
    reads,
    host: {
      readFile(path) {
        const content = host.readFile(path);
        if (content !== undefined) reads.set(path, content);
        return content;
      },
      resolvePath: (from, path) => host.resolvePath(from, path),
    },
  };
}

interface Prepared {
  result?: CompileResult;
  code: number;
  /** The cache request, when the CLI has a cache and the compile may be recorded. */
  cache?: { req: CacheRequest; reads: ReadonlyMap<string, Uint8Array> };
}

/** Runs the shared computation and reports its diagnostics; undefined plan means stop with `code`. */
function prepare(io: CliIo, specArg: string | undefined, opts: CompileOptions): Prepared {
  const spec = specArg ?? defaultSpec(io);
  if (spec === undefined) {
    io.stderr('No spec given and no backend.pab or backend.yaml here. Run `pab init` to create one, or name the spec: `pab compile path/to/backend.pab`.\n');
    return { code: EXIT.usage };
  }
  // On a terminal, show which target is running (overwritten in place, cleared at the end).
  const progress = io.isTTY
    ? (name: string, index: number, count: number): void => io.stderr(`\r\x1b[2Kcompiling ${name} (${index + 1}/${count})…`)
    : undefined;
  const recording = recordingHost(io.host);
  const req = request(spec, opts);
  const result = planCompile(recording.host, { ...req, ...(progress ? { onTarget: progress } : {}) }, createNodeOutputFs, isDir, listFiles);
  if (progress) io.stderr('\r\x1b[2K');
  reportDiagnostics(io, opts.reporter, result.diagnostics, result.validated.loaded.files);
  for (const name of result.overriddenTemplates) io.stderr(`using template override ${name}\n`);
  if (hasErrors(result.diagnostics) || !result.plan) return { code: EXIT.errors };
  const cacheReq: CacheRequest = { cwd: io.cwd, ...req };
  // Only a compile without any diagnostic is recorded: a cache hit prints none.
  const cache = io.cacheDir !== undefined && result.diagnostics.length === 0 ? { req: cacheReq, reads: recording.reads } : undefined;
  return { result, code: EXIT.ok, ...(cache ? { cache } : {}) };
}

/** Records a compile whose output on disk is now exactly what it computed (see output/cache.ts). */
function remember(io: CliIo, prepared: Prepared): void {
  const { result, cache } = prepared;
  const plan = result?.plan;
  if (!cache || !plan || io.cacheDir === undefined || !isClean(plan)) return;
  const paths = [...plan.create, ...plan.update, ...plan.restore, ...plan.unchanged, ...plan.keepScaffold].map((f) => f.path);
  saveCacheEntry(cache.req, {
    inputs: cache.reads,
    templateDirs: result.templateDirs,
    outDir: result.outDir!,
    outputPaths: [...paths, MANIFEST_NAME],
    targets: result.targets,
    fileCount: paths.length,
    overriddenTemplates: result.overriddenTemplates,
  }, io.cacheDir);
}

/** Nothing for the user to see besides the summary: no hand edits, conflicts or path errors. */
function isClean(plan: OutputPlan): boolean {
  return plan.handEdited.length + plan.immutableEdited.length + plan.conflicts.length + plan.errors.length === 0;
}

export function runCompile(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  if (opts.check) return runCheck(io, specArg, opts);
  const started = Date.now();
  const prepared = prepare(io, specArg, opts);
  const { result, code } = prepared;
  if (!result?.plan) return code;
  const plan = result.plan;
  if (hasBlockers(plan, opts.force)) {
    io.stderr(renderPlanReport(plan, { color: io.isTTY }));
    io.stderr('Nothing was written.\n');
    return EXIT.errors;
  }
  const fs = createNodeOutputFs(result.outDir!);
  // A compile killed while writing must not leave an entry vouching for the old output.
  if (prepared.cache && io.cacheDir !== undefined) dropCacheEntry(prepared.cache.req, io.cacheDir);
  const { written, removed } = applyPlan(plan, fs);
  for (const temp of removeInterruptedWrites(result.outDir!, fs, plan.manifest)) io.stderr(`removed ${temp}, left by an interrupted compile\n`);
  const summary = planSummary(plan);
  const ms = Date.now() - started;
  const what = written.length + removed.length === 0 ? 'up to date, nothing written' : `${written.length} written, ${removed.length} removed`;
  io.stderr(`${result.outDir}: ${result.targets.join(', ')}: ${what}, ${summary.unchanged} unchanged (${ms} ms)\n`);
  remember(io, prepared);
  return EXIT.ok;
}

export function runCheck(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  const prepared = prepare(io, specArg, opts);
  const { result, code } = prepared;
  if (!result?.plan) return code;
  const summary = planSummary(result.plan);
  const leftovers = findInterruptedWrites(result.outDir!, createNodeOutputFs(result.outDir!), result.plan.manifest);
  if (summary.stale === 0 && leftovers.length === 0) {
    io.stderr(`${result.outDir} is up to date (${summary.unchanged} files).\n`);
    remember(io, prepared);
    return EXIT.ok;
  }
  if (summary.stale > 0) io.stderr(renderPlanReport(result.plan, { color: io.isTTY }));
  for (const temp of leftovers) io.stderr(`${temp} was left by an interrupted compile\n`);
  io.stderr(`${result.outDir} is out of date; run \`pab compile\` and commit the result.\n`);
  return EXIT.errors;
}

export function runDiff(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  const { result, code } = prepare(io, specArg, opts);
  if (!result?.plan) return code;
  io.stdout(renderUnifiedDiff(result.plan, createNodeOutputFs(result.outDir!), { color: io.isTTY }));
  return EXIT.ok;
}
