/**
 * Whole-spec context rules, run first: the spec has a `backend` header, and a
 * spec with entities names its database. Each message says exactly what to add.
 */
import { at, entriesOf, keySpan, reportAt, valueSpan, type CheckContext } from '../context.js';

export const backendIsDeclared = (ctx: CheckContext): void => {
  if (ctx.doc.backend === undefined) reportAt(ctx, 'missing-backend', {}, at(valueSpan(ctx, '')));
};

export const entitiesHaveDatabase = (ctx: CheckContext): void => {
  const count = entriesOf(ctx.doc.entities).length;
  if (count === 0 || ctx.doc.backend === undefined || ctx.doc.backend.database !== undefined) return;
  reportAt(ctx, 'missing-database', { count }, at(keySpan(ctx, '/backend')));
};

/** Run first, in order. */
export const headerRules: readonly ((ctx: CheckContext) => void)[] = [backendIsDeclared, entitiesHaveDatabase];
