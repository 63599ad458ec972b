/**
 * Spec types as proto3 types. Scalars follow the API contract's conventions
 * (decimals as strings, bigint as int64, datetime as a Timestamp); `date` is
 * a string `YYYY-MM-DD` (the contract's full-date), since `google.type.Date`
 * is not a well-known type and would need the googleapis dependency.
 *
 * Presence: a field that may be absent (optional, has a default in a
 * request, every update field, filters) is a wrapper
 * (`google.protobuf.StringValue`…) when its type is a scalar, an `optional`
 * enum field when it is an enum (there are no enum wrappers), and the plain
 * message type when it is a message (messages have presence). Lists are
 * `repeated` and have no presence.
 */
import type { ScalarType } from '../../model/model.js';
import type { ApiType } from '../api/shapes.js';

/** A field label: none, proto3 `optional` (presence on an enum) or `repeated`. */
export type Label = '' | 'optional' | 'repeated';

/** A field's type as written, and the file it needs imported (a well-known type). */
export interface FieldType {
  readonly label: Label;
  readonly type: string;
  /** The well-known type file it needs (`google/protobuf/timestamp.proto`). */
  readonly wkt?: string;
}

const TIMESTAMP = { type: 'google.protobuf.Timestamp', wkt: 'google/protobuf/timestamp.proto' } as const;
const VALUE = { type: 'google.protobuf.Value', wkt: 'google/protobuf/struct.proto' } as const;
export const FIELD_MASK = { type: 'google.protobuf.FieldMask', wkt: 'google/protobuf/field_mask.proto' } as const;
const WRAPPERS_FILE = 'google/protobuf/wrappers.proto';

/** The proto3 scalar (or well-known message) type of each spec scalar. */
export const SCALAR_TYPES: Readonly<Record<ScalarType, { readonly type: string; readonly wkt?: string }>> = {
  string: { type: 'string' },
  text: { type: 'string' },
  email: { type: 'string' },
  url: { type: 'string' },
  uuid: { type: 'string' },
  secret: { type: 'string' },
  decimal: { type: 'string' },
  date: { type: 'string' },
  int: { type: 'int32' },
  bigint: { type: 'int64' },
  float: { type: 'double' },
  boolean: { type: 'bool' },
  bytes: { type: 'bytes' },
  datetime: TIMESTAMP,
  json: VALUE,
};

/** The wrapper of each proto3 scalar, for a scalar field with presence. */
const WRAPPERS: Readonly<Record<string, string>> = {
  string: 'google.protobuf.StringValue',
  int32: 'google.protobuf.Int32Value',
  int64: 'google.protobuf.Int64Value',
  double: 'google.protobuf.DoubleValue',
  bool: 'google.protobuf.BoolValue',
  bytes: 'google.protobuf.BytesValue',
};

/** A message type (not a scalar or an enum): its fields have presence of their own. */
export function isMessageType(type: string): boolean {
  return type.startsWith('google.protobuf.');
}

/**
 * The field type of a contract type. `enumName` gives the proto name of a
 * spec enum; `presence` asks for a field that can be absent; a list is
 * `repeated` (no presence).
 */
export function fieldType(t: ApiType, list: boolean, presence: boolean, enumName: (name: string) => string): FieldType {
  const base = t.kind === 'enum' ? { type: enumName(t.enum) } : SCALAR_TYPES[t.type];
  if (list) return { label: 'repeated', ...base };
  if (!presence) return { label: '', ...base };
  if (t.kind === 'enum') return { label: 'optional', ...base };
  const wrapper = WRAPPERS[base.type];
  return wrapper === undefined ? { label: '', ...base } : { label: '', type: wrapper, wkt: WRAPPERS_FILE };
}

/** A field type as written in the file and kept in the snapshot: `repeated string`, `optional Status`, `google.protobuf.Timestamp`. */
export function typeText(t: Pick<FieldType, 'label' | 'type'>): string {
  return t.label === '' ? t.type : `${t.label} ${t.type}`;
}

/** A note for the field's comment about how a value travels, for types whose proto type does not say it. */
export function typeNote(t: ApiType): string | undefined {
  if (t.kind !== 'scalar') return undefined;
  switch (t.type) {
    case 'decimal':
      return t.precision === undefined
        ? 'A decimal number as a string ("19.99").'
        : `A decimal number as a string ("19.99"): at most ${t.precision} digits, ${t.scale ?? 0} after the point.`;
    case 'date':
      return 'A calendar date as a string, "YYYY-MM-DD".';
    case 'json':
      return 'Any JSON value.';
    default:
      return undefined;
  }
}
