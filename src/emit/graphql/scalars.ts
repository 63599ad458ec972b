/**
 * Scalar types of the GraphQL schema: the GraphQL type of each spec scalar,
 * and the custom scalars (with `@specifiedBy` where a specification exists)
 * that the schema defines when it uses them. Wire formats follow the shared
 * API contract (`emit/api/shapes.ts`): decimals and 64-bit integers travel as
 * strings (precision), bytes as base64, datetime as RFC 3339 `date-time`,
 * date as `full-date`.
 */
import type { ScalarType } from '../../model/model.js';

export interface CustomScalar {
  readonly name: string;
  readonly description: string;
  /** The `@specifiedBy(url:)` of the format; absent when no specification describes it. */
  readonly specifiedBy?: string;
}

/** Every custom scalar, in the order the schema lists them. Their names are reserved whether used or not. */
export const CUSTOM_SCALARS: readonly CustomScalar[] = [
  {
    name: 'DateTime',
    description: 'A date and time with a time-zone offset, as an RFC 3339 `date-time` string: `2024-05-01T12:30:00Z`.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  },
  {
    name: 'Date',
    description: 'A calendar date, as an RFC 3339 `full-date` string: `2024-05-01`.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  },
  {
    name: 'Decimal',
    description: 'An exact decimal number, as a string so that no precision is lost: `"12.50"`.',
  },
  {
    name: 'UUID',
    description: 'A UUID in its canonical text form: `0b6c9d6e-4f1a-4b8e-9a52-1f4c3e2d5a70`.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc9562',
  },
  {
    name: 'JSON',
    description: 'Any JSON value.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc8259',
  },
  {
    name: 'Email',
    description: 'An email address (`addr-spec`): `ada@example.com`.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1',
  },
  {
    name: 'URL',
    description: 'An absolute URL: `https://example.com/a`.',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc3986',
  },
  {
    name: 'BigInt',
    description: 'A 64-bit signed integer, as a string of decimal digits (`"9007199254740993"`): JSON numbers lose precision beyond 2^53.',
  },
  {
    name: 'Bytes',
    description: 'Binary data, as a base64 string (RFC 4648, section 4, with padding).',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc4648#section-4',
  },
];

/** The GraphQL type of each spec scalar; `secret` is a `String` in inputs and never in outputs. */
export const SCALAR_TYPES: Readonly<Record<ScalarType, string>> = {
  string: 'String',
  text: 'String',
  secret: 'String',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  bigint: 'BigInt',
  decimal: 'Decimal',
  uuid: 'UUID',
  date: 'Date',
  datetime: 'DateTime',
  json: 'JSON',
  bytes: 'Bytes',
  email: 'Email',
  url: 'URL',
};

/** Scalars whose values are written as GraphQL strings, defaults included (`Decimal`, `BigInt`…). */
export function isStringScalar(type: ScalarType): boolean {
  return !(type === 'int' || type === 'float' || type === 'boolean');
}
