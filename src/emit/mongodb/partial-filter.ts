/**
 * Index conditions (`@where`) as MongoDB `partialFilterExpression`s. A
 * partial filter may only hold equality (`$eq`, null included), `$exists:
 * true`, `$gt`/`$gte`/`$lt`/`$lte`, `$type`, `$and` and, from MongoDB 6.0,
 * `$in` and `$or`; no `$ne`, `$not`, `$nin` or `$exists: false`, and only
 * field-to-constant comparisons. Input: a Condition and the entity's fields;
 * output: filter clauses, or the reason the condition cannot be one.
 */
import type { CompareOperator, Expr } from '../../model/model.js';
import { isDateField, nonNullBsonTypes, type FieldTable, type Json, type StoredField } from './fields.js';

/** One `{ key: { $op: value } }` of a filter. */
export interface FilterClause {
  readonly key: string;
  readonly test: { readonly [op: string]: Json };
}

/** A condition a partial filter cannot express, with the reason in a few words. */
export class Inexpressible extends Error {}

const RANGE_OPS: Readonly<Partial<Record<CompareOperator, string>>> = { '<': '$lt', '<=': '$lte', '>': '$gt', '>=': '$gte' };
const FLIPPED: Readonly<Record<CompareOperator, CompareOperator>> = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * A date or date-time literal (written as a string in the spec) as an
 * Extended JSON date, which `schema.json` holds and the mongosh script turns
 * into a `Date`.
 */
export function dateValue(text: string): Json {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Inexpressible(`\`${text}\` is not a date`);
  return { $date: new Date(ms).toISOString() };
}

/** The stored field an operand names (a single relation stands for its one foreign key field), or undefined. */
export function fieldOf(e: Expr, fields: FieldTable): StoredField | undefined {
  if (e.kind !== 'field' || e.path.length !== 1) return undefined;
  if (e.columns !== undefined) {
    if (e.columns.length !== 1) throw new Inexpressible('it compares a composite foreign key');
    return fields.get(e.columns[0]!);
  }
  return fields.get(e.path[0]!);
}

/** A constant operand as a filter value, typed by the field it is compared with. */
function constant(e: Expr, field: StoredField): Json {
  switch (e.kind) {
    case 'literal':
      return typeof e.value === 'string' && isDateField(field) ? dateValue(e.value) : e.value;
    case 'enumValue':
      return e.value;
    case 'negate':
      if (e.operand.kind === 'literal' && typeof e.operand.value === 'number') return -e.operand.value;
      break;
    default:
      break;
  }
  throw new Inexpressible('it compares a field with something other than a constant');
}

function compare(op: CompareOperator, left: Expr, right: Expr, fields: FieldTable): FilterClause {
  let field = fieldOf(left, fields);
  let other = right;
  if (field === undefined) {
    field = fieldOf(right, fields);
    other = left;
    op = FLIPPED[op];
  }
  if (field === undefined) throw new Inexpressible('it compares no field');
  if (fieldOf(other, fields) !== undefined) throw new Inexpressible('it compares two fields');
  const key = fields.key(field.name);
  const value = constant(other, field);
  if (value === null) {
    if (op === '=') return { key, test: { $eq: null } };
    if (op === '!=') return { key, test: { $type: typeList(field) } };
    throw new Inexpressible(`it compares with null using \`${op}\``);
  }
  if (op === '=') return { key, test: { $eq: value } };
  const range = RANGE_OPS[op];
  if (range === undefined) throw new Inexpressible('`!=` has no partial filter form');
  return { key, test: { [range]: value } };
}

/** `$type` operand: the field's non-null BSON types. */
export function typeList(field: StoredField): Json {
  const types = nonNullBsonTypes(field);
  return types.length === 1 ? types[0]! : [...types];
}

function clauses(e: Expr, fields: FieldTable): FilterClause[] {
  switch (e.kind) {
    case 'and':
      return [...clauses(e.left, fields), ...clauses(e.right, fields)];
    case 'compare':
      return [compare(e.op, e.left, e.right, fields)];
    case 'in': {
      if (e.negated) throw new Inexpressible('`not in` has no partial filter form');
      const field = fieldOf(e.value, fields);
      if (field === undefined) throw new Inexpressible('`in` tests something other than a field');
      if (e.list.kind !== 'list') throw new Inexpressible('`in` takes something other than a list of constants');
      return [{ key: fields.key(field.name), test: { $in: e.list.items.map((item) => constant(item, field)) } }];
    }
    case 'field': {
      const field = fieldOf(e, fields);
      if (field?.kind === 'scalar' && field.type === 'boolean' && !field.list) return [{ key: fields.key(field.name), test: { $eq: true } }];
      break;
    }
    case 'not': {
      const field = fieldOf(e.operand, fields);
      if (field?.kind === 'scalar' && field.type === 'boolean' && !field.list) return [{ key: fields.key(field.name), test: { $eq: false } }];
      throw new Inexpressible('`not` has no partial filter form');
    }
    case 'or':
      throw new Inexpressible('`or` is not supported on `mongodb`');
    default:
      break;
  }
  throw new Inexpressible('it is not a comparison of a field with a constant');
}

/** The clauses of a condition; throws `Inexpressible`. */
export function filterClauses(e: Expr, fields: FieldTable): FilterClause[] {
  return clauses(e, fields);
}

/**
 * Clauses as one filter document: `{a: …, b: …}`, or `{$and: [...]}` when a
 * key repeats (a document cannot hold it twice). Undefined for none.
 */
export function filterDocument(list: readonly FilterClause[]): Json | undefined {
  if (list.length === 0) return undefined;
  const keys = new Set(list.map((c) => c.key));
  if (keys.size === list.length) return Object.fromEntries(list.map((c) => [c.key, c.test]));
  return { $and: list.map((c) => ({ [c.key]: c.test })) };
}
