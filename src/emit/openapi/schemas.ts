/**
 * JSON Schema (OpenAPI 3.1 dialect) of contract fields, entities, request
 * bodies, page envelopes and action data, each with an example valid
 * against it. Type mapping (the README's "OpenAPI mapping" table):
 * string/text → string; email, url (uri), uuid, date, datetime (date-time)
 * → string with a format; int → integer int32; bigint → integer int64;
 * float → number double; decimal(p, s) → string with a pattern of at most
 * p − s integer and s fraction digits; boolean; json → any value; bytes →
 * base64 string; secret → write-only string (format password); an enum →
 * `$ref` to its schema. Optional fields may be null (`type: [x, 'null']`),
 * lists are arrays.
 */
import {
  DEFAULT_DECIMAL, type Constraints, type DataField, type DefaultValue, type Enum, type ServiceModel, type TypeRef,
} from '../../model/model.js';
import { singularize, upperFirst } from '../../model/naming.js';
import { scalarExample, stringMatching, type ExampleValue } from '../api/examples.js';
import {
  createFields, dataFieldType, isRequiredData, type ApiField, type ApiType, type EntityContract, type InputField,
} from '../api/shapes.js';
import { GROUP, SchemaRegistry } from './components.js';
import { record, ref, type Json, type JsonObject } from './json.js';

/** What the schema builders need: the model, its entity contracts and the registry they add to. */
export interface SchemaContext {
  readonly model: ServiceModel;
  readonly enums: ReadonlyMap<string, Enum>;
  readonly entities: ReadonlyMap<string, EntityContract>;
  readonly registry: SchemaRegistry;
}

/** A field as the schema builders see it: a contract field, an action input or a parameter. */
export interface SchemaField {
  readonly name: string;
  readonly doc?: string;
  readonly type: ApiType;
  readonly list: boolean;
  readonly nullable: boolean;
  readonly constraints: Constraints;
  readonly default?: DefaultValue;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  readonly foreignKey?: ApiField['foreignKey'];
}

/** The pattern of a decimal string with at most `precision − scale` integer digits and `scale` fraction digits. */
export function decimalPattern(precision: number, scale: number): string {
  const whole = precision - scale;
  const fraction = scale > 0 ? `(\\.[0-9]{1,${scale}})?` : '';
  return whole > 0 ? `^-?[0-9]{1,${whole}}${fraction}$` : `^-?0${fraction}$`;
}

function decimalOf(type: ApiType): { precision: number; scale: number } {
  if (type.kind === 'scalar' && type.precision !== undefined) return { precision: type.precision, scale: type.scale ?? 0 };
  return DEFAULT_DECIMAL;
}

/** Length and pattern keywords of a string. */
function textKeywords(c: Constraints): JsonObject {
  return { minLength: c.minLength, maxLength: c.maxLength, pattern: c.pattern };
}

/** Range keywords of a number. */
function rangeKeywords(c: Constraints): JsonObject {
  return { minimum: c.min, maximum: c.max };
}

/** The schema of one value of a type: no list, no null, no description. Enums are `$ref`s. */
export function valueSchema(type: ApiType, c: Constraints, ctx: SchemaContext): JsonObject {
  if (type.kind === 'enum') return enumRef(type.enum, ctx);
  switch (type.type) {
    case 'string':
    case 'text':
      return { type: 'string', ...textKeywords(c) };
    case 'email':
      return { type: 'string', format: 'email', ...textKeywords(c) };
    case 'url':
      return { type: 'string', format: 'uri', ...textKeywords(c) };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'int':
      return { type: 'integer', format: 'int32', ...rangeKeywords(c) };
    case 'bigint':
      return { type: 'integer', format: 'int64', ...rangeKeywords(c) };
    case 'float':
      return { type: 'number', format: 'double', ...rangeKeywords(c) };
    case 'decimal': {
      const { precision, scale } = decimalOf(type);
      return { type: 'string', format: 'decimal', pattern: decimalPattern(precision, scale) };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'json':
      return {};
    case 'bytes':
      return { type: 'string', format: 'byte', contentEncoding: 'base64', ...textKeywords(c) };
    case 'secret':
      return { type: 'string', format: 'password', ...textKeywords(c) };
  }
}

/** `schema` that may also be null: `type: [x, 'null']`, or `oneOf` around a `$ref`; any-value schemas already allow null. */
export function nullable(schema: JsonObject): JsonObject {
  if (typeof schema['type'] === 'string') return { ...schema, type: [schema['type'], 'null'] };
  if (schema['$ref'] !== undefined) return { oneOf: [schema, { type: 'null' }] };
  return schema;
}

/** `schema`, as a list when `list`, nullable when `isNullable`. */
function shaped(schema: JsonObject, list: boolean, isNullable: boolean): JsonObject {
  const one = list ? { type: 'array', items: schema } : schema;
  return isNullable ? nullable(one) : one;
}

/** An example of one value, checked against the pattern the schema gives it (decimals, patterned secrets). */
export function valueExample(type: ApiType, c: Constraints, name: string, ctx: SchemaContext): ExampleValue {
  const value = scalarExample(type, c, name, ctx.enums);
  if (type.kind === 'scalar' && type.type === 'decimal') {
    const { precision, scale } = decimalOf(type);
    return typeof value === 'string' && new RegExp(decimalPattern(precision, scale), 'u').test(value) ? value : (0).toFixed(scale);
  }
  if (typeof value === 'string' && c.pattern !== undefined && !new RegExp(c.pattern, 'u').test(value)) {
    return stringMatching(c.pattern, name, c) ?? value;
  }
  return value;
}

/** Whether a default also meets the field's constraints (the spec does not require it to). */
function withinConstraints(value: Json, c: Constraints): boolean {
  if (typeof value === 'string') {
    const length = [...value].length;
    if (c.pattern !== undefined && !new RegExp(c.pattern, 'u').test(value)) return false;
    return (c.minLength === undefined || length >= c.minLength) && (c.maxLength === undefined || length <= c.maxLength);
  }
  if (typeof value === 'number') return (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max);
  return true;
}

/** The example of a field: its literal default when it has one (what a client most likely sees), else one value, or a list of one. */
function fieldValueExample(field: SchemaField, ctx: SchemaContext): ExampleValue {
  const fallback = field.list ? undefined : defaultJson(field);
  if (fallback !== undefined && fallback !== null && withinConstraints(fallback, field.constraints)) return fallback as ExampleValue;
  const one = valueExample(field.type, field.constraints, field.name, ctx);
  return field.list ? [one] : one;
}

/** A literal default as JSON (decimals as strings); undefined for computed defaults (`now()`, `uuid()`). */
function defaultJson(field: SchemaField): Json | undefined {
  const d = field.default;
  if (d === undefined || field.list) return undefined;
  if (d.kind === 'enum') return d.value;
  if (d.kind !== 'literal') return undefined;
  if (field.type.kind === 'scalar' && field.type.type === 'decimal') return String(d.value);
  return d.value;
}

/** Sentences added to a field's doc: what an FK references, decimal bounds JSON Schema cannot state on a string. */
function fieldNotes(field: SchemaField): string[] {
  const notes: string[] = [];
  if (field.foreignKey !== undefined && field.doc === undefined) {
    notes.push(`The \`${field.foreignKey.field}\` of the referenced \`${field.foreignKey.entity}\` (\`${field.foreignKey.relation}\`).`);
  }
  if (field.type.kind === 'scalar' && field.type.type === 'json' && field.doc === undefined) notes.push('Any JSON value.');
  if (field.type.kind === 'scalar' && field.type.type === 'decimal') {
    if (field.constraints.min !== undefined) notes.push(`At least ${field.constraints.min}.`);
    if (field.constraints.max !== undefined) notes.push(`At most ${field.constraints.max}.`);
  }
  return notes;
}

/** Joins doc paragraphs; undefined when there is nothing to say. */
export function description(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== '');
  return kept.length === 0 ? undefined : kept.join('\n\n');
}

/** The property schema of a field: description, type (list, null), default, read/write-only, example. */
export function fieldSchema(field: SchemaField, ctx: SchemaContext): JsonObject {
  const base = shaped(valueSchema(field.type, field.constraints, ctx), field.list, field.nullable);
  return {
    description: description(field.doc, fieldNotes(field).join(' ')),
    ...base,
    default: defaultJson(field),
    readOnly: field.readOnly === true ? true : undefined,
    writeOnly: field.writeOnly === true ? true : undefined,
    examples: [fieldValueExample(field, ctx)],
  };
}

/** The `$ref` of an enum's schema (a string `enum` with the values' docs), added on first use. */
export function enumRef(name: string, ctx: SchemaContext): JsonObject {
  const index = ctx.model.enums.findIndex((e) => e.name === name);
  return ctx.registry.own(name, [GROUP.enum, index, 0], () => {
    const e = ctx.enums.get(name)!;
    const documented = e.values.filter((v) => v.doc !== undefined);
    const valueDocs = documented.map((v) => `- \`${v.name}\`: ${v.doc!.replace(/\n/g, ' ')}`).join('\n');
    return {
      description: description(e.doc, valueDocs),
      type: 'string',
      enum: e.values.map((v) => v.name),
      examples: [e.values[0]!.name],
    };
  });
}

function entityIndex(name: string, ctx: SchemaContext): number {
  return ctx.model.entities.findIndex((e) => e.name === name);
}

/** An example object of fields. */
function objectExample(fields: readonly SchemaField[], ctx: SchemaContext): ExampleValue {
  return Object.fromEntries(fields.map((f) => [f.name, fieldValueExample(f, ctx)])) as ExampleValue;
}

/** The example of an entity's response schema. */
export function entityExample(entity: string, ctx: SchemaContext): ExampleValue {
  return objectExample(ctx.entities.get(entity)!.output, ctx);
}

/** The `$ref` of an entity's response schema (every output field, all present, server-set ones read-only). */
export function entityRef(entity: string, ctx: SchemaContext): JsonObject {
  return ctx.registry.own(entity, [GROUP.entity, entityIndex(entity, ctx), 0], () => {
    const contract = ctx.entities.get(entity)!;
    return {
      description: contract.entity.doc,
      type: 'object',
      required: contract.output.map((f) => f.name),
      properties: record(contract.output.map((f) => [f.name, fieldSchema(f, ctx)])),
      examples: [entityExample(entity, ctx)],
    };
  });
}

/** A request body object of input fields: `additionalProperties: false`, so unknown (and server-set) fields are refused. */
function bodySchema(doc: string, fields: readonly InputField[], ctx: SchemaContext, update: boolean): JsonObject {
  const required = fields.filter((f) => f.required).map((f) => f.field.name);
  return {
    description: doc,
    type: 'object',
    required: required.length > 0 ? required : undefined,
    minProperties: update && fields.length > 0 ? 1 : undefined,
    properties: record(fields.map(({ field }) => [field.name, fieldSchema({ ...field, readOnly: false }, ctx)])),
    additionalProperties: false,
    examples: [bodyExample(fields, ctx)],
  };
}

/** The example of a request body: every field it accepts. */
export function bodyExample(fields: readonly InputField[], ctx: SchemaContext): ExampleValue {
  return objectExample(fields.map((f) => f.field), ctx);
}

/**
 * The name of a create or update body schema: `<Entity>Create` / `<Entity>Update`,
 * or for a nested resource whose body differs `<SingularResource>Create`.
 */
export function bodySchemaName(
  kind: 'Create' | 'Update', entity: string, resource: string, fields: readonly InputField[], ctx: SchemaContext,
): string {
  const doc = kind === 'Create'
    ? `The fields of a new \`${entity}\`; the server sets the others.`
    : `The fields of a \`${entity}\` to change; at least one.`;
  const schema = bodySchema(doc, fields, ctx, kind === 'Update');
  const candidates = [`${entity}${kind}`, `${upperFirst(singularize(resource))}${kind}`];
  return ctx.registry.derived(candidates, schema, [GROUP.entity, entityIndex(entity, ctx), kind === 'Create' ? 1 : 2]);
}

/** The `$ref` of a page envelope: `{items, nextCursor}` (cursor) or `{items, total}` (offset). */
export function pageRef(entity: string, style: 'cursor' | 'offset', ctx: SchemaContext): JsonObject {
  const item = entityRef(entity, ctx);
  const example = entityExample(entity, ctx);
  const schema: JsonObject = style === 'cursor'
    ? {
        description: `A page of \`${entity}\` records; \`nextCursor\` is null on the last page.`,
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: item },
          nextCursor: { description: 'Pass as `cursor` to get the next page; null on the last page.', type: ['string', 'null'], examples: [CURSOR_EXAMPLE] },
        },
        examples: [{ items: [example], nextCursor: CURSOR_EXAMPLE }],
      }
    : {
        description: `A page of \`${entity}\` records and how many there are in all.`,
        type: 'object',
        required: ['items', 'total'],
        properties: {
          items: { type: 'array', items: item },
          total: { description: 'How many items match, on all pages.', type: 'integer', minimum: 0, examples: [1] },
        },
        examples: [{ items: [example], total: 1 }],
      };
  const suffix = style === 'cursor' ? 'CursorPage' : 'OffsetPage';
  const name = ctx.registry.derived([`${entity}${suffix}`], schema, [GROUP.entity, entityIndex(entity, ctx), style === 'cursor' ? 3 : 4]);
  return ref('schemas', name);
}

/** An opaque cursor, as examples show it. */
export const CURSOR_EXAMPLE = 'eyJpZCI6MX0';

/** The example of a page envelope. */
export function pageExample(entity: string, style: 'cursor' | 'offset', ctx: SchemaContext): ExampleValue {
  const items = [entityExample(entity, ctx)];
  return style === 'cursor' ? { items, nextCursor: null } : { items, total: 1 };
}

/**
 * An entity used as a value in an action's input: the entity's create shape
 * (`<Entity>Create` when that name is free or equal, else `<Entity>Input`).
 */
function entityInputRef(entity: string, ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  const fields = createFields(ctx.entities.get(entity)!);
  const schema = bodySchema(`A \`${entity}\` as a value: the fields a client sets.`, fields, ctx, false);
  const name = ctx.registry.derived([`${entity}Create`, `${entity}Input`], schema, [GROUP.entity, entityIndex(entity, ctx), 5]);
  return { schema: ref('schemas', name), example: bodyExample(fields, ctx) };
}

/** A data field (an action's input) as a property schema and its example. */
export function dataFieldSchema(field: DataField, ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  const type = dataFieldType(field.type);
  if (type === undefined) {
    const entity = (field.type as Extract<TypeRef, { kind: 'entity' }>).entity;
    const { schema, example } = entityInputRef(entity, ctx);
    return {
      schema: { description: field.doc, ...shaped(schema, field.type.list, field.type.optional) },
      example: field.type.list ? [example] : example,
    };
  }
  const sf: SchemaField = {
    name: field.name, ...(field.doc === undefined ? {} : { doc: field.doc }), type, list: field.type.list,
    nullable: field.type.optional, constraints: field.constraints, ...(field.default === undefined ? {} : { default: field.default }),
  };
  return { schema: fieldSchema(sf, ctx), example: fieldValueExample(sf, ctx) };
}

/** The input object of an action (`<OperationId>Input`): its fields, required when not optional and without default. */
export function actionInputRef(operationId: string, doc: string, fields: readonly DataField[], ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  const props = fields.map((f) => [f.name, dataFieldSchema(f, ctx)] as const);
  const required = fields.filter(isRequiredData).map((f) => f.name);
  const example = Object.fromEntries(props.map(([name, p]) => [name, p.example])) as ExampleValue;
  const schema: JsonObject = {
    description: doc,
    type: 'object',
    required: required.length > 0 ? required : undefined,
    properties: record(props.map(([name, p]) => [name, p.schema])),
    additionalProperties: false,
    examples: [example],
  };
  const name = ctx.registry.derived([`${upperFirst(operationId)}Input`], schema, [GROUP.input, 0, 0]);
  return { schema: ref('schemas', name), example };
}

/** The schema and example of an action's output (an entity is its response schema). */
export function outputSchema(type: TypeRef, ctx: SchemaContext): { schema: JsonObject; example: ExampleValue } {
  const apiType = dataFieldType(type);
  let schema: JsonObject;
  let one: ExampleValue;
  if (apiType === undefined) {
    const entity = (type as Extract<TypeRef, { kind: 'entity' }>).entity;
    schema = entityRef(entity, ctx);
    one = entityExample(entity, ctx);
  } else {
    schema = valueSchema(apiType, {}, ctx);
    one = valueExample(apiType, {}, 'result', ctx);
  }
  return { schema: shaped(schema, type.list, type.optional), example: type.list ? [one] : one };
}

