/**
 * The JSON value type of the OpenAPI document and the few helpers that build
 * it. The document is built from object literals (fixed keys, in OpenAPI's
 * conventional order; `undefined` values are dropped by `finalize`) and from
 * `record` for maps keyed by spec names (properties, paths, components),
 * which keeps a key such as `__proto__` an own property.
 */

/** A JSON value; `undefined` in an object means "leave the key out". */
export type Json = null | boolean | number | string | readonly Json[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: Json | undefined;
}

/** An object from entries in order (a spec name such as `__proto__` stays an ordinary key). */
export function record(entries: Iterable<readonly [string, Json | undefined]>): JsonObject {
  return Object.fromEntries(entries) as JsonObject;
}

/**
 * The finished document as plain JSON data: `undefined` values dropped, no
 * shared sub-objects (so YAML needs no anchors), key order kept.
 */
export function finalize<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A `$ref` to a component: `ref('schemas', 'Book')`. */
export function ref(section: 'schemas' | 'responses' | 'headers' | 'parameters', name: string): JsonObject {
  return { $ref: `#/components/${section}/${name}` };
}

/** JSON text with the keys in document order, 2-space indent and a final newline. */
export function jsonText(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
