/**
 * Carries out an OutputPlan: removals first (so a case-only rename frees its
 * path on macOS and Windows), then the new, changed and restored files, each
 * written atomically, then the manifest, last and only when it changed. A run
 * killed midway leaves the old manifest and whole files; the next plan adopts
 * files already equal to their planned content and completes the rest.
 * Unchanged files are never written, so they keep their mtime.
 */
import { compilerAssert } from '../core/assert.js';
import type { OutputFs } from './fs.js';
import { MANIFEST_NAME } from './paths.js';
import { hasBlockers, type OutputPlan } from './plan.js';

export interface ApplyResult {
  /** Files written (created, updated, restored), sorted; the manifest is not among them. */
  written: string[];
  /** Files removed, sorted. */
  removed: string[];
  manifestWritten: boolean;
}

/** Applies `plan` to `fs`. The caller checks `hasBlockers` first; a blocked plan here is a compiler bug. */
export function applyPlan(plan: OutputPlan, fs: OutputFs): ApplyResult {
  compilerAssert(
    !hasBlockers(plan),
    'applyPlan was called with a blocked plan (errors, conflicts or hand edits); callers must check hasBlockers first',
  );
  const removed: string[] = [];
  for (const file of plan.remove) {
    fs.remove(file.path);
    removed.push(file.path);
  }
  const writes = [...plan.create, ...plan.update, ...plan.restore].sort((a, b) => (a.path < b.path ? -1 : 1));
  const written: string[] = [];
  for (const file of writes) {
    fs.write(file.path, file.content);
    written.push(file.path);
  }
  if (plan.manifestChanged) fs.write(MANIFEST_NAME, plan.manifestText);
  return { written, removed, manifestWritten: plan.manifestChanged };
}
