/**
 * Name lookups that report: each returns the symbol, or reports an
 * `unknown-*` diagnostic with a did-you-mean hint at the given span and
 * returns undefined. Callers skip dependent rules on undefined (no cascades).
 */
import type { Span } from '../core/span.js';
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import { at, reportAt, type CheckContext } from './context.js';
import type { EntityInfo, FieldInfo } from './symbols.js';

/**
 * Where a failed lookup is reported: a span, or a function that finds it, for
 * callers whose span would be one more lookup in the span index (most names
 * resolve, and then it is never needed).
 */
export type SpanRef = Span | undefined | (() => Span | undefined);

function spanOf(ref: SpanRef): Span | undefined {
  return typeof ref === 'function' ? ref() : ref;
}

/** The entity named `name`. */
export function lookupEntity(ctx: CheckContext, name: unknown, span: SpanRef): EntityInfo | undefined {
  if (typeof name !== 'string') return undefined;
  const e = ctx.entities.get(name);
  if (e) return e;
  // An enum named here is a wrong kind of type, not a typo; still say "unknown entity".
  reportAt(ctx, 'unknown-entity', { name }, at(spanOf(span), didYouMeanHint(name, ctx.entities.keys())));
  return undefined;
}

/** A declared or implicit field (id, timestamps, FK fields) of `entity`. */
export function lookupField(ctx: CheckContext, entity: EntityInfo, name: string, span: SpanRef): FieldInfo | undefined {
  if (typeof name !== 'string') return undefined;
  const f = entity.byName.get(name);
  if (f) return f;
  reportAt(ctx, 'unknown-field', { field: name, owner: `Entity \`${entity.name}\`` }, at(spanOf(span), didYouMeanHint(name, entity.byName.keys())));
  return undefined;
}

/** A name in a table; reports `code` with the hint otherwise. */
export function lookupName<T>(
  table: ReadonlyMap<string, T>,
  name: string,
  onMissing: (hint: string | undefined) => void,
): T | undefined {
  if (typeof name !== 'string') return undefined;
  const v = table.get(name);
  if (v !== undefined) return v;
  onMissing(didYouMeanHint(name, table.keys()));
  return undefined;
}

/**
 * The scalar fields standing for `f` where a column is needed (`use` says
 * where, for messages): itself, or the FK fields of a relation. Reports list
 * relations and inverse sides (no column), secrets and (when `ordered`)
 * json/bytes fields.
 */
export function columnFields(ctx: CheckContext, e: EntityInfo, f: FieldInfo, use: string, span: SpanRef, ordered: boolean): FieldInfo[] | undefined {
  const t = f.type;
  if (!t) return undefined;
  if (t.base.kind === 'entity') {
    const fks = t.list ? undefined : e.foreignKeys.get(f.name);
    if (!fks) reportAt(ctx, 'field-has-no-column', { field: f.name, use }, at(spanOf(span)));
    return fks;
  }
  if (t.base.kind === 'scalar' && t.base.type === 'secret') {
    reportAt(ctx, 'secret-misuse', { field: f.name, use }, at(spanOf(span)));
    return undefined;
  }
  if (ordered && t.base.kind === 'scalar' && (t.base.type === 'json' || t.base.type === 'bytes' || t.list)) {
    reportAt(ctx, 'not-indexable', { field: f.name, type: t.list ? `${t.base.type}[]` : t.base.type, use }, at(spanOf(span)));
    return undefined;
  }
  return [f];
}
