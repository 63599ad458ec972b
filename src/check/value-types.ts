/**
 * The small type system of conditions: every operand gets a `ValueType`
 * category (string, number, boolean, time, duration, enum, …) used to check
 * operators and to infer query parameter types. `ref` keeps the precise type
 * of a field so a `$param` compared with it gets that type.
 */
import type { ScalarType, TypeRef } from '../model/types.js';
import { NUMERIC, STRING_LIKE, TEMPORAL, type ResolvedType, type TypeBase } from './symbols.js';

export type ValueCategory =
  | 'string' | 'number' | 'boolean' | 'time' | 'duration' | 'json' | 'bytes'
  | 'enum' | 'null' | 'condition' | 'unknown';

export interface ValueType {
  readonly category: ValueCategory;
  /** For `enum`. */
  readonly enum?: string;
  /** The precise type of a field operand (for parameter inference). */
  readonly ref?: TypeRef;
  /** A literal (strings may then stand for dates or enum values). */
  readonly literal?: boolean;
}

export const UNKNOWN: ValueType = { category: 'unknown' };
export const CONDITION: ValueType = { category: 'condition' };

export function categoryOfScalar(t: ScalarType): ValueCategory {
  if (STRING_LIKE.has(t)) return 'string';
  if (NUMERIC.has(t)) return 'number';
  if (TEMPORAL.has(t)) return 'time';
  if (t === 'boolean' || t === 'json' || t === 'bytes') return t;
  return 'unknown';
}

/** A TypeRef (single, required) for a scalar or enum base. */
export function typeRefOfBase(base: TypeBase, list = false): TypeRef | undefined {
  if (base.kind === 'scalar') {
    const decimal = base.precision !== undefined ? { precision: base.precision, scale: base.scale ?? 0 } : {};
    return { kind: 'scalar', type: base.type, ...decimal, list, optional: false };
  }
  if (base.kind === 'enum') return { kind: 'enum', enum: base.name, list, optional: false };
  return undefined;
}

/** The value type of a scalar/enum base (a field, a key column). */
export function valueTypeOfBase(base: TypeBase): ValueType {
  const ref = typeRefOfBase(base);
  if (base.kind === 'enum') return ref ? { category: 'enum', enum: base.name, ref } : { category: 'enum', enum: base.name };
  if (base.kind === 'scalar') return ref ? { category: categoryOfScalar(base.type), ref } : { category: categoryOfScalar(base.type) };
  return UNKNOWN;
}

/** The value type of a field of non-relation type (lists count as json-like, not comparable). */
export function valueTypeOfField(t: ResolvedType): ValueType {
  if (t.list) return { category: 'json' };
  return valueTypeOfBase(t.base);
}

export function describe(t: ValueType): string {
  if (t.category === 'enum') return `a \`${t.enum}\` value`;
  if (t.ref?.kind === 'scalar') return `${/^[aeiou]/.test(t.ref.type) ? 'an' : 'a'} \`${t.ref.type}\``;
  const names: Record<ValueCategory, string> = {
    string: 'a string', number: 'a number', boolean: 'a boolean', time: 'a date/time', duration: 'a duration',
    json: 'a json value', bytes: 'bytes', enum: 'an enum value', null: '`null`', condition: 'a condition', unknown: 'a value',
  };
  return names[t.category];
}

/** Whether `=`/`!=`/`in` may compare the two. Unknowns are compatible (already reported). */
export function comparable(a: ValueType, b: ValueType): boolean {
  if (a.category === 'unknown' || b.category === 'unknown' || a.category === 'null' || b.category === 'null') return true;
  if (a.category === 'enum' && b.category === 'enum') return a.enum === b.enum;
  if (a.category === b.category) return true;
  const stringLiteralFor = (x: ValueType, y: ValueType): boolean => x.category === 'string' && x.literal === true && y.category === 'time';
  return stringLiteralFor(a, b) || stringLiteralFor(b, a);
}

const ORDERED: ReadonlySet<ValueCategory> = new Set(['number', 'time', 'string', 'duration', 'unknown', 'null']);

/** Whether `<`, `<=`, `>`, `>=` may compare the two. */
export function orderable(a: ValueType, b: ValueType): boolean {
  return ORDERED.has(a.category) && ORDERED.has(b.category) && comparable(a, b);
}

export function isCondition(t: ValueType): boolean {
  return t.category === 'condition' || t.category === 'boolean' || t.category === 'unknown';
}

/** Two parameter types are the same type. */
export function sameTypeRef(a: TypeRef, b: TypeRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
