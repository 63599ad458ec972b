/**
 * Rules for the `migrations` section: each `allow` entry is `rule(subject)`
 * with a rule of the migration lint that can be allowed (the destructive
 * ones) and a subject (`table`, `table.column` or an enum type). Whether the
 * entry matches a pending change is for the SQL targets to say.
 */
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import type { MigrationsDoc } from '../../syntax/document.js';
import { at, isString, listOf, ptr, reportAt, valueSpan, type CheckContext } from '../context.js';

/** The lint rules an allowance may name, as written in the spec. */
export const ALLOWABLE_RULES = ['dropTable', 'dropColumn', 'dropEnumValue', 'narrowType', 'changeType', 'addRequiredColumn', 'setNotNull'] as const;

/** `dropColumn(orders.note)` → its rule and subject; undefined when it is not of that form. */
export function parseAllowance(entry: string): { rule: string; subject: string } | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*\(\s*([^()\s]+)\s*\)\s*$/.exec(entry);
  return m ? { rule: m[1]!, subject: m[2]! } : undefined;
}

export type MigrationsRule = (doc: MigrationsDoc, ctx: CheckContext) => void;

export const allowancesAreWellFormed: MigrationsRule = (doc, ctx) => {
  listOf(doc.allow).forEach((entry, i) => {
    if (!isString(entry)) return;
    const span = at(valueSpan(ctx, ptr('migrations', 'allow', i)));
    const parsed = parseAllowance(entry);
    if (!parsed) {
      reportAt(ctx, 'invalid-migration-allowance', { entry, problem: 'is not of the form `rule(subject)`, e.g. `dropColumn(orders.note)`' }, span);
      return;
    }
    if (!(ALLOWABLE_RULES as readonly string[]).includes(parsed.rule)) {
      const hint = didYouMeanHint(parsed.rule, ALLOWABLE_RULES) ?? `The rules are ${ALLOWABLE_RULES.map((r) => `\`${r}\``).join(', ')}.`;
      reportAt(ctx, 'invalid-migration-allowance', { entry, problem: `names no rule that can be allowed (\`${parsed.rule}\`)` }, { ...span, hint });
    }
  });
};

export const migrationsRules: readonly MigrationsRule[] = [allowancesAreWellFormed];
