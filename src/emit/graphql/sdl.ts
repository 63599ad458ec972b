/**
 * The shape of a GraphQL schema as the templates print it: type definitions
 * with their fields, arguments, enum values and descriptions, in output
 * order. Type references are ready to print (`[Book!]!`); default values are
 * GraphQL literals, already escaped; descriptions are raw text, which the
 * template writes as block strings (`graphql_description`).
 */

export interface SdlArgument {
  readonly name: string;
  readonly description?: string;
  /** A type reference: `Int`, `ID!`, `[String!]`. */
  readonly type: string;
  /** A GraphQL literal: `25`, `"x"`, `MEMBER`. */
  readonly defaultValue?: string;
}

export interface SdlField {
  readonly name: string;
  readonly description?: string;
  readonly args: readonly SdlArgument[];
  readonly type: string;
  /** Input fields only. */
  readonly defaultValue?: string;
}

export interface SdlEnumValue {
  readonly name: string;
  readonly description?: string;
}

export type SdlKind = 'scalar' | 'interface' | 'type' | 'input' | 'enum';

export interface SdlType {
  /** The SDL keyword. */
  readonly kind: SdlKind;
  readonly name: string;
  readonly description?: string;
  readonly implements: readonly string[];
  /** Scalars: the URL of `@specifiedBy`. */
  readonly specifiedBy?: string;
  /** Object, interface and input types. */
  readonly fields: readonly SdlField[];
  /** Enum types. */
  readonly values: readonly SdlEnumValue[];
  /**
   * Whether an example operation selecting a field of this type goes inside
   * it (connections, edges, page info); entity types are not entered, so
   * selections stay one level deep.
   */
  readonly expand: boolean;
}

export interface SdlSchema {
  /** The schema's description (the backend's doc comment). */
  readonly description?: string;
  /** The root operation types present (`query` always). */
  readonly roots: readonly { readonly operation: 'query' | 'mutation' | 'subscription'; readonly type: string }[];
  readonly types: readonly SdlType[];
}

/** `T`, `T!`, `[T!]` or `[T!]!`. */
export function typeRef(base: string, list: boolean, nullable: boolean): string {
  const inner = list ? `[${base}!]` : base;
  return nullable ? inner : `${inner}!`;
}

/** The named type inside a reference: `[Book!]!` → `Book`. */
export function namedType(ref: string): string {
  return ref.replace(/[[\]!]/g, '');
}

/** A type definition with the parts it does not use left empty. */
export function sdlType(kind: SdlKind, name: string, parts: Partial<Omit<SdlType, 'kind' | 'name'>> = {}): SdlType {
  return {
    kind,
    name,
    ...(parts.description === undefined ? {} : { description: parts.description }),
    implements: parts.implements ?? [],
    ...(parts.specifiedBy === undefined ? {} : { specifiedBy: parts.specifiedBy }),
    fields: parts.fields ?? [],
    values: parts.values ?? [],
    expand: parts.expand ?? false,
  };
}

/** A field or argument without the optional parts that are undefined (so the view stays plain JSON). */
export function field(name: string, type: string, parts: { description?: string | undefined; args?: readonly SdlArgument[]; defaultValue?: string | undefined } = {}): SdlField {
  return {
    name,
    ...(parts.description === undefined ? {} : { description: parts.description }),
    args: parts.args ?? [],
    type,
    ...(parts.defaultValue === undefined ? {} : { defaultValue: parts.defaultValue }),
  };
}

export function argument(name: string, type: string, parts: { description?: string | undefined; defaultValue?: string | undefined } = {}): SdlArgument {
  return {
    name,
    ...(parts.description === undefined ? {} : { description: parts.description }),
    type,
    ...(parts.defaultValue === undefined ? {} : { defaultValue: parts.defaultValue }),
  };
}
