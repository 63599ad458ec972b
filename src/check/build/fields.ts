/**
 * Field-level conversions from the checker's symbols to the IR: type
 * references, defaults, constraints, data fields (command inputs, event
 * fields, …). Only called when the spec has no errors, so every type here
 * resolved; a failed one would be a compiler bug.
 */
import { compilerAssert } from '../../core/assert.js';
import type { Constraints, DataField, DefaultValue, TypeRef } from '../../model/types.js';
import type { FieldsDoc } from '../../syntax/document.js';
import { parseDefault } from '../../syntax/expr/values.js';
import { isNumber, isString, originAt, textOnly, type CheckContext } from '../context.js';
import type { FieldInfo, ResolvedType } from '../symbols.js';
import { resolveFields, resolveTypeAt } from '../types.js';

/** A context whose reports go nowhere: the builder re-resolves what the rules already checked. */
export function quiet(ctx: CheckContext): CheckContext {
  return { ...ctx, diagnostics: [] };
}

export function typeRefOf(t: ResolvedType): TypeRef {
  const shape = { list: t.list, optional: t.optional };
  const b = t.base;
  if (b.kind === 'enum') return { kind: 'enum', enum: b.name, ...shape };
  if (b.kind === 'entity') return { kind: 'entity', entity: b.name, ...shape };
  const decimal = b.precision !== undefined ? { precision: b.precision, scale: b.scale ?? 0 } : {};
  return { kind: 'scalar', type: b.type, ...decimal, ...shape };
}

/** The type of `f`, which must have resolved. */
export function typeOf(f: FieldInfo): ResolvedType {
  if (!f.type) compilerAssert(false, `type of ${f.entity}.${f.name} is unresolved in an error-free spec`);
  return f.type;
}

export function defaultOf(f: FieldInfo): DefaultValue | undefined {
  const v = f.doc.default;
  if (v === undefined) return undefined;
  const { node } = parseDefault(v, textOnly(String(v)));
  if (!node) return undefined;
  if (node.kind === 'function') return { kind: node.name };
  const base = f.type?.base;
  if (base?.kind === 'enum' && typeof node.value === 'string') return { kind: 'enum', enum: base.name, value: node.value };
  return { kind: 'literal', value: node.value };
}

/** A model object being built by assignment, property by property (see `setColumnProperties`). */
export type Draft<T> = { -readonly [K in keyof T]?: T[K] };

export function constraintsOf(f: FieldInfo): Constraints {
  const d = f.doc;
  const c: Draft<Constraints> = {};
  if (isNumber(d.min)) c.min = d.min;
  if (isNumber(d.max)) c.max = d.max;
  if (isNumber(d.minLength)) c.minLength = d.minLength;
  if (isNumber(d.maxLength)) c.maxLength = d.maxLength;
  if (isString(d.pattern)) c.pattern = d.pattern;
  return c;
}

/** Optional `doc` as a spreadable object. */
export function docOf(doc: unknown): { doc?: string } {
  return isString(doc) ? { doc } : {};
}

export function dataFieldOf(ctx: CheckContext, f: FieldInfo): DataField {
  const dflt = defaultOf(f);
  return {
    name: f.name,
    ...docOf(f.doc.doc),
    type: typeRefOf(typeOf(f)),
    ...(dflt ? { default: dflt } : {}),
    constraints: constraintsOf(f),
    origin: originAt(ctx, f.pointer),
  };
}

/** The data fields declared at `pointer` (re-resolved quietly). */
export function dataFieldsAt(ctx: CheckContext, owner: string, fields: FieldsDoc | undefined, pointer: string): DataField[] {
  const q = quiet(ctx);
  return resolveFields(q, owner, owner, fields, pointer).map((f) => dataFieldOf(ctx, f));
}

/** The type at `pointer` (re-resolved quietly), if declared. */
export function typeRefAt(ctx: CheckContext, text: unknown, pointer: string): TypeRef | undefined {
  const t = text === undefined ? undefined : resolveTypeAt(quiet(ctx), text, pointer);
  return t && typeRefOf(t);
}
