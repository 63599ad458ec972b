/**
 * Test-only stand-ins for a MongoDB server (none runs here): an evaluator of
 * the `$jsonSchema` subset and the aggregation expressions the mongodb target
 * emits, a validator check combining both, and a fake `db` that records what
 * the mongosh script asks for. Values are JavaScript values typed like the
 * Node.js driver stores them: an integral number in 32 bits is an `int`,
 * another number a `double`, a bigint a `long`, `Decimal` a `decimal`,
 * `ObjectId` an `objectId`, a Uint8Array `binData`, a Date a `date`.
 */

export class Decimal {
  constructor(readonly value: string) {}
}

export class ObjectId {
  constructor(readonly hex: string = '0123456789abcdef01234567') {}
}

export function bsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'bigint') return 'long';
  if (typeof v === 'number') return Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 ? 'int' : 'double';
  if (v instanceof Decimal) return 'decimal';
  if (v instanceof ObjectId) return 'objectId';
  if (v instanceof Uint8Array) return 'binData';
  if (v instanceof Date) return 'date';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

const NUMERIC = new Set(['int', 'long', 'double', 'decimal']);

function numberOf(v: unknown): number {
  return v instanceof Decimal ? Number(v.value) : Number(v);
}

type Schema = Record<string, any>;

/** Why `value` fails `schema`, or undefined when it passes. */
export function schemaProblem(schema: Schema, value: unknown, path = '$'): string | undefined {
  const type = bsonTypeOf(value);
  if (schema['bsonType'] !== undefined) {
    const allowed: string[] = Array.isArray(schema['bsonType']) ? schema['bsonType'] : [schema['bsonType']];
    if (!allowed.includes(type)) return `${path}: ${type} is not ${allowed.join('|')}`;
  }
  if (schema['enum'] !== undefined && !(schema['enum'] as unknown[]).some((e) => e === value)) return `${path}: not in enum`;
  if (type === 'string') {
    const s = value as string;
    const length = [...s].length;
    if (schema['minLength'] !== undefined && length < schema['minLength']) return `${path}: shorter than ${schema['minLength']}`;
    if (schema['maxLength'] !== undefined && length > schema['maxLength']) return `${path}: longer than ${schema['maxLength']}`;
    if (schema['pattern'] !== undefined && !new RegExp(schema['pattern']).test(s)) return `${path}: does not match ${schema['pattern']}`;
  }
  if (NUMERIC.has(type)) {
    const n = numberOf(value);
    if (schema['minimum'] !== undefined && n < schema['minimum']) return `${path}: below ${schema['minimum']}`;
    if (schema['maximum'] !== undefined && n > schema['maximum']) return `${path}: above ${schema['maximum']}`;
  }
  for (const sub of (schema['allOf'] ?? []) as Schema[]) {
    const problem = schemaProblem(sub, value, path);
    if (problem) return problem;
  }
  if (type === 'array' && schema['items'] !== undefined) {
    for (const [i, item] of (value as unknown[]).entries()) {
      const problem = schemaProblem(schema['items'], item, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  if (type === 'object') {
    const doc = value as Record<string, unknown>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in doc)) return `${path}: ${key} is required`;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const [key, v] of Object.entries(doc)) {
      if (key in properties) {
        const problem = schemaProblem(properties[key]!, v, `${path}.${key}`);
        if (problem) return problem;
      } else if (schema['additionalProperties'] === false) {
        return `${path}: ${key} is not allowed`;
      }
    }
  }
  return undefined;
}

// ---- aggregation expressions ----------------------------------------------------

const TYPE_ORDER = ['missing', 'null', 'number', 'string', 'object', 'array', 'binData', 'objectId', 'bool', 'date'];

function rank(v: unknown): number {
  const t = bsonTypeOf(v);
  return TYPE_ORDER.indexOf(NUMERIC.has(t) ? 'number' : t);
}

/** BSON order: by type, then by value. */
export function compareBson(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (NUMERIC.has(bsonTypeOf(a))) return numberOf(a) - numberOf(b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return ra === 0 || ra === 1 ? 0 : JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

function truthy(v: unknown): boolean {
  return !(v === undefined || v === null || v === false || v === 0);
}

interface Scope {
  readonly doc: Record<string, unknown>;
  readonly vars: Readonly<Record<string, unknown>>;
  readonly now: Date;
}

/** Evaluates an aggregation expression against a document; unknown operators throw. */
export function evaluate(expr: unknown, scope: Scope): unknown {
  if (typeof expr === 'string') {
    if (expr === '$$NOW') return scope.now;
    if (expr.startsWith('$$')) return scope.vars[expr.slice(2)];
    if (expr.startsWith('$')) return scope.doc[expr.slice(1)];
    return expr;
  }
  if (Array.isArray(expr)) return expr.map((e) => evaluate(e, scope));
  if (expr === null || typeof expr !== 'object') return expr;
  const [op, arg] = Object.entries(expr)[0]!;
  const args = (): unknown[] => (arg as unknown[]).map((a) => evaluate(a, scope));
  const cmp = (): number => {
    const [a, b] = args();
    return compareBson(a, b);
  };
  switch (op) {
    case '$literal': return arg;
    case '$and': return (arg as unknown[]).every((a) => truthy(evaluate(a, scope)));
    case '$or': return (arg as unknown[]).some((a) => truthy(evaluate(a, scope)));
    case '$not': return !truthy(evaluate((arg as unknown[])[0], scope));
    case '$eq': return cmp() === 0;
    case '$ne': return cmp() !== 0;
    case '$lt': return cmp() < 0;
    case '$lte': return cmp() <= 0;
    case '$gt': return cmp() > 0;
    case '$gte': return cmp() >= 0;
    case '$ifNull': {
      const [v, r] = args();
      return v === null || v === undefined ? r : v;
    }
    case '$cond': {
      const [c, t, f] = arg as unknown[];
      return truthy(evaluate(c, scope)) ? evaluate(t, scope) : evaluate(f, scope);
    }
    case '$let': {
      const { vars, in: body } = arg as { vars: Record<string, unknown>; in: unknown };
      const bound = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, evaluate(v, scope)]));
      return evaluate(body, { ...scope, vars: { ...scope.vars, ...bound } });
    }
    case '$in': {
      const [v, list] = args();
      if (!Array.isArray(list)) throw new Error('$in needs an array');
      return list.some((x) => compareBson(x, v) === 0);
    }
    case '$toDate': return new Date(evaluate(arg, scope) as string);
    case '$add': case '$subtract': case '$multiply': case '$divide': {
      const [a, b] = args();
      if (a === null || a === undefined || b === null || b === undefined) return null;
      const x = a instanceof Date ? a.getTime() : numberOf(a);
      const y = b instanceof Date ? b.getTime() : numberOf(b);
      const r = op === '$add' ? x + y : op === '$subtract' ? x - y : op === '$multiply' ? x * y : x / y;
      return a instanceof Date || b instanceof Date ? new Date(r) : r;
    }
    default:
      throw new Error(`operator ${op} is not supported by the test evaluator`);
  }
}

/**
 * Why a document fails a collection validator (`$jsonSchema`, plus `$expr`
 * clauses under `$and`), or undefined when it passes.
 */
export function validatorProblem(validator: Record<string, any>, doc: Record<string, unknown>, now = new Date('2025-06-01T00:00:00Z')): string | undefined {
  for (const key of Object.keys(validator)) {
    if (key !== '$jsonSchema' && key !== '$and') throw new Error(`validator key ${key} is not supported by the test evaluator`);
  }
  const problem = schemaProblem(validator['$jsonSchema'], doc);
  if (problem) return problem;
  for (const [i, clause] of ((validator['$and'] ?? []) as Record<string, unknown>[]).entries()) {
    if (!truthy(evaluate(clause['$expr'], { doc, vars: {}, now }))) return `check ${i + 1} fails`;
  }
  return undefined;
}

// ---- a fake db for the mongosh script -------------------------------------------------

export interface IndexSpec {
  key: Record<string, number>;
  name: string;
  unique?: boolean;
  partialFilterExpression?: unknown;
}

export type DbCall =
  | { op: 'createCollection'; name: string; options: unknown }
  | { op: 'collMod'; command: Record<string, unknown> }
  | { op: 'createIndex'; collection: string; key: unknown; options: Record<string, unknown> }
  | { op: 'dropIndex'; collection: string; name: string };

/** A `db` that keeps collections and their indexes in memory and records every change asked for. */
export class FakeDb {
  readonly calls: DbCall[] = [];
  readonly collections = new Map<string, { options: unknown; indexes: IndexSpec[] }>();

  getCollectionInfos(filter: { name: string }): { name: string }[] {
    return this.collections.has(filter.name) ? [{ name: filter.name }] : [];
  }

  createCollection(name: string, options: unknown): void {
    this.calls.push({ op: 'createCollection', name, options });
    this.collections.set(name, { options, indexes: [{ key: { _id: 1 }, name: '_id_' }] });
  }

  runCommand(command: Record<string, unknown>): { ok: number } {
    if (typeof command['collMod'] !== 'string') throw new Error('only collMod is expected');
    this.calls.push({ op: 'collMod', command });
    const { collMod, ...options } = command;
    this.collections.get(collMod as string)!.options = options;
    return { ok: 1 };
  }

  getCollection(name: string) {
    const c = this.collections.get(name);
    if (!c) throw new Error(`no collection ${name}`);
    return {
      getIndexes: (): IndexSpec[] => structuredClone(c.indexes),
      dropIndex: (index: string): void => {
        this.calls.push({ op: 'dropIndex', collection: name, name: index });
        c.indexes = c.indexes.filter((ix) => ix.name !== index);
      },
      createIndex: (key: Record<string, number>, options: Record<string, unknown>): string => {
        const existing = c.indexes.find((ix) => ix.name === options['name']);
        if (existing) {
          // As MongoDB: the same definition again is a no-op, another one under that name an error.
          const same = JSON.stringify(existing.key) === JSON.stringify(key) && Boolean(existing.unique) === Boolean(options['unique'])
            && JSON.stringify(existing.partialFilterExpression ?? null) === JSON.stringify(options['partialFilterExpression'] ?? null);
          if (!same) throw new Error(`IndexKeySpecsConflict: ${String(options['name'])}`);
          return existing.name;
        }
        this.calls.push({ op: 'createIndex', collection: name, key, options });
        c.indexes.push({ key, ...options } as IndexSpec);
        return String(options['name']);
      },
    };
  }
}
