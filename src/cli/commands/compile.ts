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
import { removeInterruptedWrites } from '../../output/interrupted.js';
import { hasBlockers, planSummary } from '../../output/plan.js';
import { renderPlanReport, renderUnifiedDiff } from '../../output/report.js';
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

function request(spec: string, opts: CompileOptions): CompileRequest {
  const targets = opts.target?.split(',').map((t) => t.trim()).filter((t) => t !== '');
  return {
    spec,
    force: opts.force,
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

/** Runs the shared computation and reports its diagnostics; undefined plan means stop with `code`. */
function prepare(io: CliIo, specArg: string | undefined, opts: CompileOptions): { result?: CompileResult; code: number } {
  const spec = specArg ?? defaultSpec(io);
  if (spec === undefined) {
    io.stderr('No spec given and no backend.pab or backend.yaml here. Run `pab init` to create one, or name the spec: `pab compile path/to/backend.pab`.\n');
    return { code: EXIT.usage };
  }
  // On a terminal, show which target is running (overwritten in place, cleared at the end).
  const progress = io.isTTY
    ? (name: string, index: number, count: number): void => io.stderr(`\r\x1b[2Kcompiling ${name} (${index + 1}/${count})…`)
    : undefined;
  const result = planCompile(io.host, { ...request(spec, opts), ...(progress ? { onTarget: progress } : {}) }, createNodeOutputFs, isDir, listFiles);
  if (progress) io.stderr('\r\x1b[2K');
  reportDiagnostics(io, opts.reporter, result.diagnostics, result.validated.loaded.files);
  for (const name of result.overriddenTemplates) io.stderr(`using template override ${name}\n`);
  if (hasErrors(result.diagnostics) || !result.plan) return { code: EXIT.errors };
  return { result, code: EXIT.ok };
}

export function runCompile(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  if (opts.check) return runCheck(io, specArg, opts);
  const started = Date.now();
  const { result, code } = prepare(io, specArg, opts);
  if (!result?.plan) return code;
  const plan = result.plan;
  if (hasBlockers(plan, opts.force)) {
    io.stderr(renderPlanReport(plan, { color: io.isTTY }));
    io.stderr('Nothing was written.\n');
    return EXIT.errors;
  }
  const fs = createNodeOutputFs(result.outDir!);
  const { written, removed } = applyPlan(plan, fs);
  for (const temp of removeInterruptedWrites(result.outDir!, fs, plan.manifest)) io.stderr(`removed ${temp}, left by an interrupted compile\n`);
  const summary = planSummary(plan);
  const ms = Date.now() - started;
  const what = written.length + removed.length === 0 ? 'up to date, nothing written' : `${written.length} written, ${removed.length} removed`;
  io.stderr(`${result.outDir}: ${result.targets.join(', ')}: ${what}, ${summary.unchanged} unchanged (${ms} ms)\n`);
  return EXIT.ok;
}

export function runCheck(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  const { result, code } = prepare(io, specArg, opts);
  if (!result?.plan) return code;
  const summary = planSummary(result.plan);
  if (summary.stale === 0) {
    io.stderr(`${result.outDir} is up to date (${summary.unchanged} files).\n`);
    return EXIT.ok;
  }
  io.stderr(renderPlanReport(result.plan, { color: io.isTTY }));
  io.stderr(`${result.outDir} is out of date; run \`pab compile\` and commit the result.\n`);
  return EXIT.errors;
}

export function runDiff(io: CliIo, specArg: string | undefined, opts: CompileOptions): number {
  const { result, code } = prepare(io, specArg, opts);
  if (!result?.plan) return code;
  io.stdout(renderUnifiedDiff(result.plan, createNodeOutputFs(result.outDir!), { color: io.isTTY }));
  return EXIT.ok;
}
