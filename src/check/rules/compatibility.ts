/**
 * Rules for the `compatibility` section: each `allow` entry is
 * `rule(subject)` with a rule of `pab diff --breaking` (or of the migration
 * lint, for schema changes), and the approvals are stale once the backend's
 * version has moved past the release they were written for. Whether an entry
 * matches a change is for `pab diff --breaking` to say.
 */
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import type { CompatibilityDoc } from '../../syntax/document.js';
import { APPROVAL_NAMES } from '../../breaking/rules.js';
import { at, isString, listOf, ptr, reportAt, valueSpan, type CheckContext } from '../context.js';
import { parseAllowance } from './migrations.js';

export type CompatibilityRule = (doc: CompatibilityDoc, ctx: CheckContext) => void;

export const approvalsAreWellFormed: CompatibilityRule = (doc, ctx) => {
  listOf(doc.allow).forEach((entry, i) => {
    if (!isString(entry)) return;
    const span = at(valueSpan(ctx, ptr('compatibility', 'allow', i)));
    const parsed = parseAllowance(entry);
    if (!parsed) {
      reportAt(ctx, 'invalid-breaking-approval', { entry, problem: 'is not of the form `rule(subject)`, e.g. `removeField(Member.bio)`' }, span);
      return;
    }
    if (!APPROVAL_NAMES.includes(parsed.rule)) {
      const hint = didYouMeanHint(parsed.rule, APPROVAL_NAMES) ?? `The rules are ${APPROVAL_NAMES.map((r) => `\`${r}\``).join(', ')}.`;
      reportAt(ctx, 'invalid-breaking-approval', { entry, problem: `names no rule of \`pab diff --breaking\` (\`${parsed.rule}\`)` }, { ...span, hint });
    }
  });
};

/** Approvals written for an earlier release: the baseline has moved on, so they could only let a new, unreviewed change through. */
export const approvalsAreCurrent: CompatibilityRule = (doc, ctx) => {
  const current = ctx.doc.backend?.version ?? '0.1.0';
  if (!isString(doc.version) || doc.version === current || listOf(doc.allow).length === 0) return;
  const span = valueSpan(ctx, ptr('compatibility', 'version'));
  reportAt(ctx, 'breaking-approvals-stale', { approved: doc.version, current }, at(span, 'Remove the `allow` entries (the changes shipped in the earlier release), or set `version` to the release they ship in.'));
};

export const compatibilityRules: readonly CompatibilityRule[] = [approvalsAreWellFormed, approvalsAreCurrent];
