/**
 * Rules for each declared entity field (after types, keys and relations are
 * resolved): defaults fit the type, constraints fit the type and are sane,
 * secrets and json/bytes are not made unique, relation fields carry no scalar
 * properties, scalar lists have a home in the database, field checks resolve.
 * Fields whose type failed to resolve are skipped (already reported).
 */
import type { Span } from '../../core/span.js';
import { parseDefault } from '../../syntax/expr/values.js';
import { at, isNumber, reportAll, reportAt, sourceAt, textOnly, valueSpan, type CheckContext } from '../context.js';
import { resolveConditionAt } from '../conditions.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { NOT_INDEXABLE, NUMERIC, TEMPORAL, typeText, type EntityInfo, type FieldInfo, type ResolvedType } from '../symbols.js';
import type { FieldDoc } from '../../syntax/document.js';

export type FieldRule = (field: FieldInfo, entity: EntityInfo, ctx: CheckContext) => void;

const LENGTH_TYPES = new Set(['string', 'text', 'email', 'url', 'secret']);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function literalFits(t: ResolvedType, v: string | number | boolean): boolean {
  if (t.list || t.base.kind !== 'scalar') return false;
  const type = t.base.type;
  if (type === 'int' || type === 'bigint') return typeof v === 'number' && Number.isInteger(v);
  if (NUMERIC.has(type)) return typeof v === 'number';
  if (type === 'boolean') return typeof v === 'boolean';
  if (type === 'json') return true;
  if (typeof v !== 'string') return false;
  if (type === 'uuid') return UUID_RE.test(v);
  if (TEMPORAL.has(type)) return /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));
  return true;
}

function functionFits(fn: string, t: ResolvedType, isKey: boolean): string | undefined {
  const s = t.base.kind === 'scalar' && !t.list ? t.base.type : undefined;
  if (fn === 'now') return s && TEMPORAL.has(s) ? undefined : '`date` and `datetime` fields';
  if (fn === 'uuid') return s === 'uuid' || s === 'string' ? undefined : '`uuid` and `string` fields';
  return (s === 'int' || s === 'bigint') && isKey ? undefined : 'an `int` or `bigint` primary key field';
}

export const defaultFitsType: FieldRule = (f, e, ctx) => {
  const v = f.doc.default;
  const t = f.type;
  if (v === undefined || !t || t.base.kind === 'entity') return;
  const pointer = `${f.pointer}/default`;
  // The node's span is not used below: the spans are looked up only to report a default that does not parse.
  const quick = parseDefault(v, textOnly(String(v)));
  const { node, diagnostics } = quick.node ? quick : parseDefault(v, sourceAt(ctx, pointer, String(v)));
  reportAll(ctx, diagnostics);
  if (!node) return;
  if (t.base.kind === 'scalar' && t.base.type === 'secret') {
    reportAt(ctx, 'secret-misuse', { field: f.name, use: 'given a default' }, at(valueSpan(ctx, pointer)));
  } else if (node.kind === 'function') {
    const allowed = functionFits(node.name, t, e.key?.members.includes(f.name) ?? false);
    if (allowed) reportAt(ctx, 'default-function-mismatch', { fn: node.name, field: f.name, allowed }, at(valueSpan(ctx, pointer)));
  } else if (t.base.kind === 'enum' && typeof v === 'string' && !t.list) {
    const sym = ctx.names.enums.get(t.base.name);
    if (!sym?.valueSet.has(v)) reportAt(ctx, 'unknown-enum-value', { value: v, enum: t.base.name }, at(valueSpan(ctx, pointer), didYouMeanHint(v, sym?.values ?? [])));
  } else if (!literalFits(t, v)) {
    reportAt(ctx, 'default-type-mismatch', { value: `\`${JSON.stringify(v)}\``, field: f.name, type: typeText(t) }, at(valueSpan(ctx, pointer)));
  }
};

function notApplicable(ctx: CheckContext, f: FieldInfo, constraint: keyof FieldDoc, applies: string): void {
  reportAt(ctx, 'constraint-not-applicable', { constraint, field: f.name, type: typeText(f.type!), applies }, at(valueSpan(ctx, `${f.pointer}/${constraint}`)));
}

const NUMBER_CONSTRAINTS = ['min', 'max'] as const;
const STRING_CONSTRAINTS = ['minLength', 'maxLength', 'pattern'] as const;
const LENGTHS = ['minLength', 'maxLength'] as const;

export const constraintsFitType: FieldRule = (f, _e, ctx) => {
  const t = f.type;
  if (!t || t.base.kind === 'entity') return;
  const s = t.base.kind === 'scalar' && !t.list ? t.base.type : undefined;
  for (const c of NUMBER_CONSTRAINTS) {
    if (f.doc[c] !== undefined && !(s && NUMERIC.has(s))) notApplicable(ctx, f, c, 'numbers (int, bigint, decimal, float)');
  }
  for (const c of STRING_CONSTRAINTS) {
    if (f.doc[c] !== undefined && !(s && LENGTH_TYPES.has(s))) notApplicable(ctx, f, c, 'strings (string, text, email, url, secret)');
  }
};

export const boundsAreOrdered: FieldRule = (f, _e, ctx) => {
  const d = f.doc;
  if (isNumber(d.min) && isNumber(d.max) && d.min > d.max) {
    reportAt(ctx, 'invalid-range', { low: 'min', high: 'max', where: `field \`${f.name}\`` }, at(valueSpan(ctx, `${f.pointer}/min`)));
  }
  if (isNumber(d.minLength) && isNumber(d.maxLength) && d.minLength > d.maxLength) {
    reportAt(ctx, 'invalid-range', { low: 'minLength', high: 'maxLength', where: `field \`${f.name}\`` }, at(valueSpan(ctx, `${f.pointer}/minLength`)));
  }
  for (const c of LENGTHS) {
    const v = d[c];
    if (isNumber(v) && (v < 0 || !Number.isInteger(v))) {
      reportAt(ctx, 'value-out-of-range', { what: `\`${c}\` of \`${f.name}\``, range: 'a whole number of at least 0', value: v }, at(valueSpan(ctx, `${f.pointer}/${c}`)));
    }
  }
};

export const patternIsValidRegex: FieldRule = (f, _e, ctx) => {
  const p = f.doc.pattern;
  if (typeof p !== 'string') return;
  try {
    new RegExp(p, 'u');
  } catch (err) {
    const error = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err);
    reportAt(ctx, 'invalid-pattern', { field: f.name, error }, at(valueSpan(ctx, `${f.pointer}/pattern`)));
  }
};

export const uniqueFieldIsComparable: FieldRule = (f, _e, ctx) => {
  const s = f.type?.base.kind === 'scalar' ? f.type.base.type : undefined;
  if (f.doc.unique !== true || !s) return;
  const span = (): Span | undefined => valueSpan(ctx, `${f.pointer}/unique`);
  if (s === 'secret') reportAt(ctx, 'secret-misuse', { field: f.name, use: 'unique' }, at(span()));
  else if (NOT_INDEXABLE.has(s)) reportAt(ctx, 'not-indexable', { field: f.name, type: s, use: 'unique' }, at(span()));
};

const SCALAR_ONLY = ['default', 'check', 'min', 'max', 'minLength', 'maxLength', 'pattern', 'column'] as const;

export const relationFieldHasNoScalarProperties: FieldRule = (f, _e, ctx) => {
  if (f.type?.base.kind !== 'entity') return;
  for (const property of SCALAR_ONLY) {
    if (f.doc[property] !== undefined) reportAt(ctx, 'relation-misuse', { field: f.name, property }, at(valueSpan(ctx, `${f.pointer}/${property}`)));
  }
  if (f.type.list && f.doc.unique !== undefined) reportAt(ctx, 'relation-misuse', { field: f.name, property: 'unique' }, at(valueSpan(ctx, `${f.pointer}/unique`)));
};

export const relationOptionsOnlyOnRelations: FieldRule = (f, _e, ctx) => {
  if (f.doc.relation === undefined || !f.type || f.type.base.kind === 'entity') return;
  reportAt(ctx, 'relation-options-ignored', { field: f.name }, at(valueSpan(ctx, `${f.pointer}/relation`)));
};

export const scalarListHasColumnType: FieldRule = (f, _e, ctx) => {
  const db = ctx.doc.backend?.database;
  if (!f.type?.list || f.type.base.kind === 'entity' || db === undefined || db === 'postgres' || db === 'mongodb') return;
  reportAt(ctx, 'scalar-list-unsupported', { field: f.name, database: db }, at(valueSpan(ctx, `${f.pointer}/type`)));
};

export const fieldCheckResolves: FieldRule = (f, e, ctx) => {
  if (f.doc.check === undefined || !f.type || f.type.base.kind === 'entity') return;
  const pointer = `${f.pointer}/check`;
  const c = resolveConditionAt(ctx, f.doc.check, pointer, { what: `the check of \`${e.name}.${f.name}\``, entity: e, joins: false });
  if (c) ctx.resolved.conditions.set(pointer, c);
};

/** Run in order for each declared field. */
export const fieldRules: readonly FieldRule[] = [
  defaultFitsType,
  constraintsFitType,
  boundsAreOrdered,
  patternIsValidRegex,
  uniqueFieldIsComparable,
  relationFieldHasNoScalarProperties,
  relationOptionsOnlyOnRelations,
  scalarListHasColumnType,
  fieldCheckResolves,
];
