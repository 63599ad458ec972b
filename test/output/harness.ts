/**
 * Shared helpers for the output tests: planned-file builders and `run`, which
 * does what `pab compile` does with a plan (plan, stop on blockers, apply).
 */
import { applyPlan, type ApplyResult } from '../../src/output/apply.js';
import type { OutputFs } from '../../src/output/fs.js';
import { hasBlockers, type OutputPlan, type PlannedFile, planOutput } from '../../src/output/plan.js';

export function gen(path: string, content: string, target = 'docs'): PlannedFile {
  return { target, path, content, kind: 'generated', immutable: false };
}

export function scaffold(path: string, content: string, target = 'docs'): PlannedFile {
  return { target, path, content, kind: 'scaffold', immutable: false };
}

export function immutable(path: string, content: string, target = 'sql'): PlannedFile {
  return { target, path, content, kind: 'generated', immutable: true };
}

export interface RunResult {
  readonly plan: OutputPlan;
  /** Undefined when the plan was blocked (nothing written). */
  readonly applied?: ApplyResult;
}

export function run(fs: OutputFs, files: readonly PlannedFile[], force = false): RunResult {
  const plan = planOutput(files, fs, { force });
  if (hasBlockers(plan, force)) return { plan };
  return { plan, applied: applyPlan(plan, fs) };
}

/** The paths of a plan list. */
export const paths = (list: readonly { readonly path: string }[]): string[] => list.map((x) => x.path);
