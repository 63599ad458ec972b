/**
 * `pab diff --breaking`, the pure part: the breaking changes from a baseline
 * spec to the current one as diagnostics. A finding is an error unless the
 * current spec approves it: `compatibility { version "<release>" allow
 * rule(subject) }` while `version` is the backend's version (older approvals
 * are stale and approve nothing), or, for database changes, the migration
 * lint's own `migrations { allow … }`. Approvals that match no finding are
 * reported, so they cannot outlive the change they were written for.
 */
import { createSpan } from '../core/span.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/codes/breaking.js';
import type { MigrationAllowance, ServiceModel } from '../model/model.js';
import { compareSpecs, type Finding } from './compare.js';
import type { ProtoSnapshots } from './proto.js';

export { compareSpecs, type Finding } from './compare.js';
export type { ProtoSnapshots } from './proto.js';
export { BREAKING_RULES, APPROVAL_NAMES } from './rules.js';

type Texts = (file: string) => string | undefined;

/**
 * A span for a finding: the element's first line (its header, `entity Member {`)
 * when the element spans several lines, so the report points at the element,
 * not at its whole body.
 */
function spanOf(o: { file: string; start: number; end: number }, texts?: Texts) {
  const text = texts?.(o.file);
  if (text !== undefined) {
    const nl = text.indexOf('\n', o.start);
    if (nl >= 0 && nl < o.end) {
      const header = text.slice(o.start, nl).replace(/\s*\{?\s*$/, '');
      return createSpan(o.file, o.start, o.start + Math.max(header.length, 1));
    }
  }
  return createSpan(o.file, o.start, o.end);
}

/** The approvals in force: the `compatibility` entries of the current release. */
export function activeApprovals(model: ServiceModel): readonly MigrationAllowance[] {
  const c = model.compatibility;
  return c !== undefined && c.version === model.backend.version ? c.allow : [];
}

function approves(a: { rule: string; subject: string }, f: Finding): boolean {
  return a.rule === f.approval && a.subject === f.subject;
}

/**
 * The diagnostics of comparing `baseline` with `current`; `against` names the
 * baseline in messages; `texts` (the spec files' text, optional) narrows
 * spans to element headers.
 */
export function breakingDiagnostics(baseline: ServiceModel, current: ServiceModel, against: string, texts?: Texts, proto: ProtoSnapshots = {}): Diagnostic[] {
  const findings = compareSpecs(baseline, current, proto);
  const approvals = activeApprovals(current);
  const migrationAllows = current.migrations?.allow ?? [];
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (approvals.some((a) => approves(a, f))) continue;
    if (f.rule === 'schema-change' && migrationAllows.some((a) => approves(a, f))) continue;
    const entry = `${f.approval}(${f.subject})`;
    const hint = `${f.hint === undefined ? '' : `${f.hint} `}Or approve it: \`allow ${entry}\` in \`compatibility\`.`;
    out.push(diag(`breaking-${f.rule}`, { text: f.message }, {
      span: spanOf(f.origin, texts),
      hint,
      ...(f.was === undefined ? {} : { related: [{ span: spanOf(f.was, texts), message: `In the baseline (${against}) it was here.` }] }),
    }));
  }
  for (const a of approvals) {
    if (findings.some((f) => approves(a, f))) continue;
    out.push(diag('breaking-approval-unused', { entry: `${a.rule}(${a.subject})`, against }, { span: spanOf(a.origin) }));
  }
  return out;
}
