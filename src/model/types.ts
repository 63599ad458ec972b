/**
 * Types and typed values shared by the IR: scalar types, type references of
 * data fields (command inputs, event fields, operation inputs), defaults and
 * validation constraints. All plain JSON data.
 */

/** A source range `[start, end)` in UTF-16 offsets, for reporting from later stages. */
export interface Origin {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export type Database = 'postgres' | 'mysql' | 'sqlite' | 'mongodb';
export type ApiStyle = 'rest' | 'graphql' | 'grpc';

/** Built-in scalar types. `secret` is a string that is hashed/encrypted and never serialized. */
export type ScalarType =
  | 'string' | 'text' | 'int' | 'bigint' | 'decimal' | 'float' | 'boolean' | 'uuid'
  | 'date' | 'datetime' | 'json' | 'bytes' | 'email' | 'url' | 'secret';

/** Precision and scale applied to a bare `decimal`. */
export const DEFAULT_DECIMAL = { precision: 18, scale: 2 } as const;

/** The type of a data field or parameter. */
export type TypeRef = (
  | { readonly kind: 'scalar'; readonly type: ScalarType; readonly precision?: number; readonly scale?: number }
  | { readonly kind: 'enum'; readonly enum: string }
  /** An entity used as a value shape (e.g. a command input `lines OrderLine[]`). */
  | { readonly kind: 'entity'; readonly entity: string }
) & {
  readonly list: boolean;
  readonly optional: boolean;
};

/** A field default, resolved against the field's type. */
export type DefaultValue =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'enum'; readonly enum: string; readonly value: string }
  /** The current date/time at insert. */
  | { readonly kind: 'now' }
  /** A random (v4) UUID, or its string form on a string field. */
  | { readonly kind: 'uuid' }
  /** A database sequence. */
  | { readonly kind: 'autoincrement' };

/** Validation constraints of a scalar field; absent keys mean "no constraint". */
export interface Constraints {
  readonly min?: number;
  readonly max?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** An ECMAScript regular expression source (validated by the checker). */
  readonly pattern?: string;
}

/** A field of a non-entity shape: command input, event, projection, action or operation input, prompt argument. */
export interface DataField {
  readonly name: string;
  readonly doc?: string;
  readonly type: TypeRef;
  readonly default?: DefaultValue;
  readonly constraints: Constraints;
  readonly origin: Origin;
}

/** A value taken from the environment at start-up, or a literal. */
export type EnvValue =
  | { readonly kind: 'env'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: string };

/** A request rate: `count` requests per `perSeconds` seconds. */
export interface RateLimit {
  readonly count: number;
  readonly perSeconds: number;
}

/** A sort key. */
export interface OrderItem {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}
