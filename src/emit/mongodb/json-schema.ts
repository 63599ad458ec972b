/**
 * The `$jsonSchema` of a collection, from an entity's stored fields: BSON
 * types, `required`, enums, string and number constraints, list items.
 * Input: the entity's FieldTable and its enums; output: plain JSON (object
 * keys in a fixed order, so the output is deterministic and reads like the
 * spec). No diagnostics: every field type has a schema.
 */
import type { Enum } from '../../model/model.js';
import { itemBsonTypes, type FieldTable, type Json, type StoredField } from './fields.js';

type JsonObject = { [key: string]: Json };

/** Lower-case canonical UUIDs only, so one UUID has one spelling (and one `_id`). */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
/** A loose e-mail check (the API validates properly); catches values that are not addresses at all. */
export const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+$';
/** An absolute URL: a scheme, a colon, no spaces. */
export const URL_PATTERN = '^[A-Za-z][A-Za-z0-9+.-]*:\\S+$';

const TYPE_PATTERNS: Readonly<Partial<Record<string, string>>> = { uuid: UUID_PATTERN, email: EMAIL_PATTERN, url: URL_PATTERN };

/** One BSON type as a string, several as a list. */
function bsonType(types: readonly string[]): Json {
  return types.length === 1 ? types[0]! : [...types];
}

/** The schema of one value (a list item, or the value itself) of the field, without null. */
function valueSchema(field: StoredField, enums: ReadonlyMap<string, Enum>): JsonObject {
  const schema: JsonObject = { bsonType: bsonType(itemBsonTypes(field)) };
  if (field.kind === 'enum') {
    schema['enum'] = (enums.get(field.enum)?.values ?? []).map((v) => v.name);
    return schema;
  }
  // A secret is stored hashed: its length and pattern rules are about the input, not the hash.
  if (field.type === 'secret') return schema;
  const c = field.constraints;
  if (c.minLength !== undefined) schema['minLength'] = c.minLength;
  if (c.maxLength !== undefined) schema['maxLength'] = c.maxLength;
  const typePattern = TYPE_PATTERNS[field.type];
  if (c.pattern !== undefined) {
    schema['pattern'] = c.pattern;
    if (typePattern !== undefined) schema['allOf'] = [{ pattern: typePattern }];
  } else if (typePattern !== undefined) {
    schema['pattern'] = typePattern;
  }
  if (c.min !== undefined) schema['minimum'] = c.min;
  if (c.max !== undefined) schema['maximum'] = c.max;
  return schema;
}

/** The schema of a field's property: null allowed when optional, an array for a list. */
export function propertySchema(field: StoredField, enums: ReadonlyMap<string, Enum>): JsonObject {
  const doc: JsonObject = field.doc !== undefined ? { description: field.doc } : {};
  const value = valueSchema(field, enums);
  if (field.list) {
    return { ...doc, bsonType: field.optional ? ['array', 'null'] : 'array', items: value };
  }
  if (!field.optional) return { ...doc, ...value };
  const types = itemBsonTypes(field);
  const nullable: JsonObject = { ...doc, ...value, bsonType: types.includes('null') ? bsonType(types) : [...types, 'null'] };
  // `enum` holds every allowed value, null included.
  if (Array.isArray(value['enum'])) nullable['enum'] = [...value['enum'], null];
  return nullable;
}

/** The schema of `_id` when the key is composite: a generated ObjectId (the key fields are a unique index). */
export const OBJECT_ID_SCHEMA: JsonObject = { bsonType: 'objectId' };

/**
 * The `$jsonSchema` of an entity's collection. Every stored field that is not
 * optional is required (defaults are applied by the backend on insert, so
 * stored documents hold them); no other keys are allowed.
 */
export function collectionSchema(fields: FieldTable, enums: ReadonlyMap<string, Enum>): JsonObject {
  const entity = fields.entity;
  const stored = fields.stored();
  const id = stored.find((f) => fields.isId(f.name));
  const others = stored.filter((f) => !fields.isId(f.name));
  // `_id` first, whatever the key field's position; entries, so that any field name is an own key.
  const properties: [string, Json][] = [['_id', id !== undefined ? propertySchema(id, enums) : OBJECT_ID_SCHEMA]];
  for (const f of others) properties.push([f.name, propertySchema(f, enums)]);
  return {
    bsonType: 'object',
    title: entity.name,
    ...(entity.doc !== undefined ? { description: entity.doc } : {}),
    required: ['_id', ...others.filter((f) => !f.optional).map((f) => f.name)],
    properties: Object.fromEntries(properties),
    additionalProperties: false,
  };
}
