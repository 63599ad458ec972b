/**
 * Renders an OutputPlan for people: the list of added, changed, removed and
 * hand-edited files (`pab check`, and a blocked `pab compile`) with the ways
 * forward, and the unified diff between disk and what compile would write
 * (`pab diff`). Pure apart from reading current contents through `OutputFs`;
 * deterministic (sorted by path); colour only on request.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import pc from 'picocolors';
import type { OutputFs } from './fs.js';
import { MANIFEST_NAME } from './paths.js';
import { isUpToDate, type OutputPlan } from './plan.js';

export interface RenderOptions {
  readonly color: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (text: string) => string;

interface Line {
  readonly path: string;
  readonly label: string;
  readonly paint: Paint;
  readonly note?: string;
}

const LABEL_WIDTH = 12;

function planLines(plan: OutputPlan, c: Colors): Line[] {
  const edited = new Set(plan.handEdited.map((h) => h.path));
  const forced = plan.force ? '; --force overwrites it' : '; compile will not overwrite it';
  const lines: Line[] = [
    ...plan.errors.map((e) => ({ path: e.path, label: 'error', paint: c.red, note: e.message })),
    ...plan.conflicts.map((e) => ({ path: e.path, label: 'conflict', paint: c.red, note: e.message })),
    ...plan.handEdited.map((h) => ({ path: h.path, label: 'hand-edited', paint: c.red, note: `edited since pab wrote it${forced}` })),
    ...plan.create.map((f) => ({ path: f.path, label: 'added', paint: c.green })),
    ...plan.update.filter((f) => !edited.has(f.path)).map((f) => ({ path: f.path, label: 'changed', paint: c.yellow })),
    ...plan.restore.map((f) => ({ path: f.path, label: 'missing', paint: c.yellow, note: 'deleted on disk; compile restores it' })),
    ...plan.remove
      .filter((f) => !edited.has(f.path))
      .map((f) => ({ path: f.path, label: 'removed', paint: c.red, note: 'the spec no longer produces it' })),
    ...plan.immutableEdited.map((f) => ({
      path: f.path,
      label: 'immutable',
      paint: c.magenta,
      note: 'edited by hand; pab never rewrites it',
    })),
  ];
  const byPath = (a: Line, b: Line): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return lines.sort(byPath);
}

const HAND_EDIT_HELP = [
  'pab does not overwrite generated files edited by hand. Ways forward:',
  '  - put the change in the spec (or in a template override, --templates DIR) and compile again;',
  '  - move hand-written code to a scaffold file, which pab creates once and never touches;',
  '  - or run with --force to discard the edits and regenerate the files.',
];
const CONFLICT_HELP = [
  'pab never overwrites a file it did not generate, not even with --force:',
  '  move or delete it, or choose another output folder (--out DIR).',
];
const IMMUTABLE_HELP = [
  'Immutable files (such as migrations) are history: pab never rewrites them.',
  '  Revert the edit (e.g. `git checkout -- <file>`) and make the change in the spec instead.',
];

/** The list of files that differ from what compile would write, with the ways forward; one line when up to date. */
export function renderPlanReport(plan: OutputPlan, opts: RenderOptions): string {
  const c = pc.createColors(opts.color);
  const lines = planLines(plan, c);
  if (lines.length === 0) {
    if (isUpToDate(plan)) return `Output is up to date (${plan.unchanged.length + plan.keepScaffold.length} files).\n`;
    return `Output files are up to date; the manifest ${MANIFEST_NAME} is not (compile rewrites it).\n`;
  }
  const out = [isUpToDate(plan) ? 'Output is up to date, but:' : 'Output differs from what compile would write:'];
  for (const l of lines) {
    const label = l.paint(l.label.padEnd(LABEL_WIDTH));
    out.push(`  ${label} ${l.path}${l.note === undefined ? '' : c.dim(`  (${l.note})`)}`);
  }
  const help = [
    ...(plan.handEdited.length > 0 && !plan.force ? HAND_EDIT_HELP : []),
    ...(plan.conflicts.length > 0 ? CONFLICT_HELP : []),
    ...(plan.immutableEdited.length > 0 ? IMMUTABLE_HELP : []),
  ];
  if (help.length > 0) out.push('', ...help);
  return `${out.join('\n')}\n`;
}

interface Change {
  readonly path: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

function planChanges(plan: OutputPlan, fs: OutputFs): Change[] {
  const updates = new Set(plan.update.map((f) => f.path));
  const removals = new Set(plan.remove.map((f) => f.path));
  const changes: Change[] = [
    ...plan.create.map((f) => ({ path: f.path, before: undefined, after: f.content })),
    ...plan.restore.map((f) => ({ path: f.path, before: undefined, after: f.content })),
    ...plan.update.map((f) => ({ path: f.path, before: fs.read(f.path) ?? '', after: f.content })),
    ...plan.remove.map((f) => ({ path: f.path, before: fs.read(f.path) ?? '', after: undefined })),
  ];
  // Hand edits not forced: show what `compile --force` would do to them, which is also the edit made.
  for (const h of plan.handEdited) {
    if (updates.has(h.path) || removals.has(h.path)) continue;
    changes.push({ path: h.path, before: fs.read(h.path) ?? '', after: h.planned?.content });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function colorPatch(patch: string, c: Colors): string {
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('---') || line.startsWith('+++')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      if (line.startsWith('\\')) return c.dim(line);
      return line;
    })
    .join('\n');
}

/**
 * The unified diff (a/ and b/ prefixes; /dev/null for created and removed
 * files) between disk and what compile would write: created, changed, restored
 * and removed files, and hand-edited ones as `--force` would rewrite them,
 * sorted by path. Empty when compile would write nothing.
 */
export function renderUnifiedDiff(plan: OutputPlan, fs: OutputFs, opts: RenderOptions): string {
  const c = pc.createColors(opts.color);
  const patches = planChanges(plan, fs).map((change) => {
    const oldName = change.before === undefined ? '/dev/null' : `a/${change.path}`;
    const newName = change.after === undefined ? '/dev/null' : `b/${change.path}`;
    const patch = createTwoFilesPatch(oldName, newName, change.before ?? '', change.after ?? '', undefined, undefined, {
      headerOptions: FILE_HEADERS_ONLY,
    });
    return colorPatch(patch, c);
  });
  return patches.join('');
}
