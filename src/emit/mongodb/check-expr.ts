/**
 * Check constraints as aggregation expressions for the validator's `$expr`,
 * with SQL semantics: a check fails only when false, not when unknown because
 * an optional field is null or absent (such sub-conditions evaluate to true,
 * false or null, and the check is `{$ne: [condition, false]}`). Input: a
 * Condition and the entity's fields; output: the expression, or `Inexpressible`.
 */
import type { CompareOperator, Expr } from '../../model/model.js';
import { isDateField, type FieldTable, type Json } from './fields.js';
import { fieldOf, Inexpressible } from './partial-filter.js';

/** A value: its expression, whether it may be null (or absent), whether it is a date, and a string literal's text. */
interface Value {
  readonly expr: Json;
  readonly nullable: boolean;
  readonly date?: boolean;
  readonly text?: string;
  readonly isNull?: boolean;
}

/** A condition: true or false, or also null (unknown) when `nullable`. */
interface Cond {
  readonly expr: Json;
  readonly nullable: boolean;
}

const COMPARE: Readonly<Record<CompareOperator, string>> = { '=': '$eq', '!=': '$ne', '<': '$lt', '<=': '$lte', '>': '$gt', '>=': '$gte' };
const ARITHMETIC = { '+': '$add', '-': '$subtract', '*': '$multiply', '/': '$divide' } as const;

/** A string constant: a string starting with `$` would be read as a field path, so it is wrapped in `$literal`. */
function stringConstant(s: string): Json {
  return s.startsWith('$') ? { $literal: s } : s;
}

/** True when the value is null or absent. */
function isNullExpr(v: Json): Json {
  return { $eq: [{ $ifNull: [v, null] }, null] };
}

/** A date written as a string, as a date expression. */
function dateConstant(text: string): Json {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Inexpressible(`\`${text}\` is not a date`);
  return { $toDate: new Date(ms).toISOString() };
}

class Translator {
  constructor(private readonly fields: FieldTable) {}

  /** The operands of `e`: one per column (a relation with a composite foreign key has several). */
  operands(e: Expr): Value[] {
    if (e.kind === 'field' && e.columns !== undefined && e.columns.length > 1) {
      return e.columns.map((c) => this.fieldValue(c));
    }
    return [this.value(e)];
  }

  fieldValue(name: string): Value {
    const f = this.fields.get(name);
    if (f === undefined) throw new Inexpressible(`\`${name}\` is not a stored field`);
    return { expr: `$${this.fields.key(name)}`, nullable: f.optional, date: isDateField(f) };
  }

  value(e: Expr): Value {
    switch (e.kind) {
      case 'field': {
        const f = fieldOf(e, this.fields);
        if (f === undefined) throw new Inexpressible('it names a field through a relation');
        return this.fieldValue(f.name);
      }
      case 'literal':
        if (e.value === null) return { expr: null, nullable: true, isNull: true };
        if (typeof e.value === 'string') return { expr: stringConstant(e.value), nullable: false, text: e.value };
        return { expr: e.value, nullable: false };
      case 'enumValue':
        return { expr: stringConstant(e.value), nullable: false };
      case 'duration':
        return { expr: e.ms, nullable: false };
      case 'now':
        return { expr: '$$NOW', nullable: false, date: true };
      case 'negate': {
        const v = this.value(e.operand);
        return { expr: { $multiply: [-1, v.expr] }, nullable: v.nullable };
      }
      case 'arithmetic': {
        const l = this.value(e.left);
        const r = this.value(e.right);
        return {
          expr: { [ARITHMETIC[e.op]]: [l.expr, r.expr] },
          nullable: l.nullable || r.nullable,
          date: (e.op === '+' || e.op === '-') && (l.date === true) !== (r.date === true),
        };
      }
      case 'and': case 'or': case 'not': case 'compare': case 'in':
        return this.cond(e);
      default:
        throw new Inexpressible(`it uses ${e.kind === 'param' ? 'a parameter' : e.kind === 'user' ? 'the signed-in user' : 'a list as a value'}`);
    }
  }

  /** A string constant compared with a date becomes a date. */
  typed(v: Value, other: Value): Json {
    return v.text !== undefined && other.date === true ? dateConstant(v.text) : v.expr;
  }

  /** `null` when any of the nullable values is null, else `test`. */
  guard(values: readonly Value[], test: Json): Cond {
    const nullable = values.filter((v) => v.nullable);
    if (nullable.length === 0) return { expr: test, nullable: false };
    const anyNull = nullable.length === 1 ? isNullExpr(nullable[0]!.expr) : { $or: nullable.map((v) => isNullExpr(v.expr)) };
    return { expr: { $cond: [anyNull, null, test] }, nullable: true };
  }

  compareOne(op: CompareOperator, l: Value, r: Value): Cond {
    if (l.isNull === true || r.isNull === true) {
      const other = l.isNull === true ? r : l;
      if (op === '=') return { expr: isNullExpr(other.expr), nullable: false };
      if (op === '!=') return { expr: { $ne: [{ $ifNull: [other.expr, null] }, null] }, nullable: false };
      throw new Inexpressible(`it compares with null using \`${op}\``);
    }
    return this.guard([l, r], { [COMPARE[op]]: [this.typed(l, r), this.typed(r, l)] });
  }

  compare(op: CompareOperator, left: Expr, right: Expr): Cond {
    const ls = this.operands(left);
    const rs = this.operands(right);
    if (ls.length === 1 && rs.length === 1) return this.compareOne(op, ls[0]!, rs[0]!);
    // A composite foreign key: compared column by column, like a SQL row value.
    const nullSide = ls.length === 1 && ls[0]!.isNull === true ? ls : rs.length === 1 && rs[0]!.isNull === true ? rs : undefined;
    const pairs: [Value, Value][] = nullSide !== undefined
      ? (nullSide === ls ? rs : ls).map((v) => [v, nullSide[0]!])
      : ls.length === rs.length ? ls.map((v, i) => [v, rs[i]!]) : [];
    if (pairs.length === 0 || (op !== '=' && op !== '!=')) throw new Inexpressible('it compares a composite foreign key');
    const parts = pairs.map(([a, b]) => this.compareOne(op, a, b));
    return op === '=' ? this.all(parts) : this.any(parts);
  }

  /** SQL `and`: false if any is false, else null if any is null, else true. */
  all(parts: readonly Cond[]): Cond {
    if (parts.every((p) => !p.nullable)) return { expr: { $and: parts.flatMap((p) => flatten('$and', p.expr)) }, nullable: false };
    const vars = Object.fromEntries(parts.map((p, i) => [`c${i}`, p.expr]));
    const refs = parts.map((_, i) => `$$c${i}`);
    return {
      expr: { $let: { vars, in: { $cond: [{ $in: [false, refs] }, false, { $cond: [{ $in: [null, refs] }, null, true] }] } } },
      nullable: true,
    };
  }

  /** SQL `or`: true if any is true, else null if any is null, else false. */
  any(parts: readonly Cond[]): Cond {
    if (parts.every((p) => !p.nullable)) return { expr: { $or: parts.flatMap((p) => flatten('$or', p.expr)) }, nullable: false };
    const vars = Object.fromEntries(parts.map((p, i) => [`c${i}`, p.expr]));
    const refs = parts.map((_, i) => `$$c${i}`);
    return {
      expr: { $let: { vars, in: { $cond: [{ $in: [true, refs] }, true, { $cond: [{ $in: [null, refs] }, null, false] }] } } },
      nullable: true,
    };
  }

  cond(e: Expr): Cond {
    switch (e.kind) {
      case 'and':
        return this.all([this.cond(e.left), this.cond(e.right)]);
      case 'or':
        return this.any([this.cond(e.left), this.cond(e.right)]);
      case 'not':
        return this.negate(this.cond(e.operand));
      case 'compare':
        return this.compare(e.op, e.left, e.right);
      case 'in': {
        if (e.list.kind !== 'list') throw new Inexpressible('`in` takes something other than a list of values');
        const v = this.value(e.value);
        const items = e.list.items.map((item) => this.value(item));
        const test = this.guard([v], { $in: [v.expr, items.map((item) => this.typed(item, v))] });
        return e.negated ? this.negate(test) : test;
      }
      case 'field':
      case 'literal': {
        const v = this.value(e);
        // A boolean field or constant; null stays unknown.
        return { expr: v.nullable && v.isNull !== true ? { $ifNull: [v.expr, null] } : v.expr, nullable: v.nullable };
      }
      default:
        throw new Inexpressible('it is not a condition');
    }
  }

  /** SQL `not`: unknown stays unknown. */
  negate(c: Cond): Cond {
    if (!c.nullable) return { expr: { $not: [c.expr] }, nullable: false };
    return { expr: { $let: { vars: { c: c.expr }, in: { $cond: [isNullExpr('$$c'), null, { $not: ['$$c'] }] } } }, nullable: true };
  }
}

/** The operands of a nested `$and`/`$or` of the same operator, inlined. */
function flatten(op: string, expr: Json): Json[] {
  if (expr !== null && typeof expr === 'object' && !Array.isArray(expr)) {
    const keys = Object.keys(expr);
    const inner = (expr as Record<string, Json>)[op];
    if (keys.length === 1 && Array.isArray(inner)) return inner as Json[];
  }
  return [expr];
}

/**
 * The `$expr` of a check: passes unless the condition is false. Throws
 * `Inexpressible` for what has no aggregation form (parameters, the
 * signed-in user, a composite foreign key compared with `<`).
 */
export function checkExpression(e: Expr, fields: FieldTable): Json {
  const c = new Translator(fields).cond(e);
  return c.nullable ? { $ne: [c.expr, false] } : c.expr;
}
