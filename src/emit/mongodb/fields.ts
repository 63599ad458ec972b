/**
 * The stored fields of an entity as MongoDB sees them: which fields are in a
 * document (scalars, enums and foreign keys; never relation navigation
 * fields), under which BSON key (the field name; `_id` for a single-field
 * primary key), and their BSON types. Pure lookups over the IR.
 */
import type { Entity, EnumField, ScalarField, ScalarType } from '../../model/model.js';

/** A value that can go into generated JSON. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A field stored in the documents of a collection. */
export type StoredField = ScalarField | EnumField;

/** BSON types every JSON value can have (`json` fields hold any of them). */
const JSON_VALUE_TYPES = ['object', 'array', 'string', 'double', 'int', 'long', 'bool', 'null'] as const;

/**
 * The `bsonType`s of a non-null value of a scalar type. Drivers store an
 * integral number that fits 32 bits as `int`, so `bigint` and `float` accept
 * `int` too.
 */
const BSON_TYPES: Readonly<Record<ScalarType, readonly string[]>> = {
  string: ['string'], text: ['string'], email: ['string'], url: ['string'], uuid: ['string'], secret: ['string'],
  int: ['int'], bigint: ['long', 'int'], decimal: ['decimal'], float: ['double', 'int'], boolean: ['bool'],
  date: ['date'], datetime: ['date'], json: JSON_VALUE_TYPES.filter((t) => t !== 'null'), bytes: ['binData'],
};

/** The BSON types of a non-null value of the field (`array` for a list). */
export function nonNullBsonTypes(field: StoredField): readonly string[] {
  if (field.list) return ['array'];
  return field.kind === 'enum' ? ['string'] : BSON_TYPES[field.type];
}

/** The BSON types of one item (or the value) of the field. */
export function itemBsonTypes(field: StoredField): readonly string[] {
  return field.kind === 'enum' ? ['string'] : BSON_TYPES[field.type];
}

/** True when values of the field are BSON dates (`date`, `datetime`). */
export function isDateField(field: StoredField): boolean {
  return field.kind === 'scalar' && (field.type === 'date' || field.type === 'datetime');
}

/** The fields of an entity by name, with their BSON keys. */
export class FieldTable {
  private readonly byName = new Map<string, StoredField>();
  private readonly idField: string | undefined;

  constructor(readonly entity: Entity) {
    for (const f of entity.fields) if (f.kind !== 'relation') this.byName.set(f.name, f);
    this.idField = entity.primaryKey.composite ? undefined : entity.primaryKey.fields[0];
  }

  /** Stored fields in declaration order (the IR's order). */
  stored(): StoredField[] {
    return [...this.byName.values()];
  }

  get(name: string): StoredField | undefined {
    return this.byName.get(name);
  }

  /** The BSON key of a stored field: `_id` for a single-field primary key, else the field name. */
  key(name: string): string {
    return name === this.idField ? '_id' : name;
  }

  /** True for the field stored as `_id`. */
  isId(name: string): boolean {
    return name === this.idField;
  }
}
