import { describe, expect, it } from 'vitest';
import type { EntityDoc, FieldsDoc, SpecDocument } from '../../src/syntax/document.js';
import { check, summarize } from './helpers.js';

/** A small spec with one entity `T` whose fields are given. */
function entityWith(fields: FieldsDoc, extra: Partial<EntityDoc> = {}): SpecDocument {
  return { backend: { name: 'T', database: 'postgres' }, entities: { T: { fields, ...extra } } };
}

function diagnose(doc: SpecDocument) {
  const r = check(doc);
  return summarize(r.diagnostics, r.slice);
}

describe('type errors', () => {
  it('checks literal defaults against the field type', () => {
    expect(diagnose(entityWith({ age: { type: 'int', default: 'ten' } }))).toEqual([
      { code: 'default-type-mismatch', severity: 'error', message: 'Default `"ten"` does not fit field `age` of type `int`.', at: '"ten"' },
    ]);
    expect(diagnose(entityWith({ name: { type: 'string', default: 3 } }))[0]?.code).toBe('default-type-mismatch');
    expect(diagnose(entityWith({ n: { type: 'int', default: 1.5 } }))[0]?.code).toBe('default-type-mismatch');
    expect(diagnose(entityWith({ at: { type: 'date', default: 'tomorrow' } }))[0]?.code).toBe('default-type-mismatch');
    expect(diagnose(entityWith({ on: { type: 'boolean', default: true }, at: { type: 'date', default: '2024-01-31' }, price: { type: 'float', default: 1.5 } }))).toEqual([]);
  });

  it('checks default functions against the field type', () => {
    expect(diagnose(entityWith({ count: { type: 'int', default: 'now()' } }))).toEqual([{
      code: 'default-function-mismatch', severity: 'error', at: '"now()"',
      message: '`now()` cannot be the default of `count`; it only fits `date` and `datetime` fields.',
    }]);
    expect(diagnose(entityWith({ n: { type: 'int', default: 'autoincrement()' } }))[0]?.message).toContain('an `int` or `bigint` primary key field');
    expect(diagnose(entityWith({ n: { type: 'int', id: true, default: 'autoincrement()' } }))).toEqual([]);
    expect(diagnose(entityWith({ code: { type: 'string', default: 'uuid()' } }))).toEqual([]);
  });

  it('accepts numeric constraints only on numbers and length constraints only on strings', () => {
    expect(diagnose(entityWith({ name: { type: 'string', min: 1 }, age: { type: 'int', maxLength: 3 } }))).toEqual([
      { code: 'constraint-not-applicable', severity: 'error', at: '1', message: '`min` does not apply to `name` of type `string`; it is for numbers (int, bigint, decimal, float).' },
      { code: 'constraint-not-applicable', severity: 'error', at: '3', message: '`maxLength` does not apply to `age` of type `int`; it is for strings (string, text, email, url, secret).' },
    ]);
  });

  it('reports inverted bounds', () => {
    expect(diagnose(entityWith({ age: { type: 'int', min: 10, max: 1 } }))).toMatchObject([{ code: 'invalid-range', message: '`min` is greater than `max` in field `age`.' }]);
  });

  it('validates patterns as regular expressions', () => {
    expect(diagnose(entityWith({ code: { type: 'string', pattern: '[a-z' } }))).toMatchObject([{ code: 'invalid-pattern', at: '"[a-z"', message: expect.stringContaining('The pattern of `code` is not a valid regular expression') }]);
  });

  it('bounds decimal precision and scale at the type', () => {
    expect(diagnose(entityWith({ p: { type: 'decimal(2, 5)' }, q: { type: 'decimal(66)' } }))).toMatchObject([
      { code: 'invalid-decimal', at: 'decimal(2, 5)', message: '`decimal(2, 5)` needs 1 <= precision <= 65 and 0 <= scale <= precision.' },
      { code: 'invalid-decimal', at: 'decimal(66)' },
    ]);
  });

  it('keeps secrets out of keys, unique constraints, defaults, filters and sorts', () => {
    const doc = entityWith({ password: { type: 'secret', unique: true } });
    doc.resources = { ts: { entity: 'T', filter: ['password'], sort: ['password'] } };
    expect(diagnose(doc).map((d) => [d.code, d.message])).toEqual([
      ['secret-misuse', 'Secret field `password` cannot be unique.'],
      ['secret-misuse', 'Secret field `password` cannot be filtered.'],
      ['secret-misuse', 'Secret field `password` cannot be sorted.'],
    ]);
    expect(diagnose(entityWith({ s: { type: 'secret', id: true } }))[0]?.message).toBe('Secret field `s` cannot be part of the primary key.');
  });

  it('keeps json and bytes out of indexes and sorts', () => {
    const doc = entityWith({ payload: { type: 'json' } }, { indexes: [{ fields: ['payload'] }] });
    doc.resources = { ts: { entity: 'T', sort: ['payload desc'] } };
    expect(diagnose(doc)).toMatchObject([
      { code: 'not-indexable', at: 'payload', message: 'Field `payload` of type `json` cannot be indexed.' },
      { code: 'not-indexable', at: 'payload', message: 'Field `payload` of type `json` cannot be sorted.' },
    ]);
  });

  it('warns about scalar lists on databases without array columns, and still builds', () => {
    const doc = entityWith({ tags: { type: 'string[]' } });
    doc.backend!.database = 'mysql';
    const r = check(doc);
    expect(summarize(r.diagnostics, r.slice)).toEqual([{
      code: 'scalar-list-unsupported', severity: 'warning', at: '"string[]"',
      message: 'List field `tags` has no native column type on mysql; it will be stored as json.',
    }]);
    expect(r.model).toBeDefined();
    doc.backend!.database = 'postgres';
    expect(diagnose(doc)).toEqual([]);
  });

  it('rejects scalar properties on relation fields', () => {
    const doc: SpecDocument = {
      backend: { name: 'T', database: 'postgres' },
      entities: { A: { fields: { b: { type: 'B', default: 'x', column: 'bee' } } }, B: { fields: {} } },
    };
    expect(diagnose(doc).map((d) => [d.code, d.message])).toEqual([
      ['relation-misuse', 'Relation field `b` cannot have `default`.'],
      ['relation-misuse', 'Relation field `b` cannot have `column`.'],
    ]);
  });

  it('warns about relation options on a scalar field', () => {
    expect(diagnose(entityWith({ name: { type: 'string', relation: { onDelete: 'cascade' } } }))).toMatchObject([{ code: 'relation-options-ignored', severity: 'warning' }]);
  });

  it('type-checks comparisons in checks at the operator', () => {
    expect(diagnose(entityWith({ total: { type: 'int', check: 'total > true' } }))).toEqual([{
      code: 'condition-type-mismatch', severity: 'error', at: '>', message: '`total > true` compares an `int` with a boolean.',
    }]);
  });

  it('points at the whole value when the source string had escapes', () => {
    expect(diagnose(entityWith({ total: { type: 'int', check: 'total > "abc"' } }))).toMatchObject([{
      code: 'condition-type-mismatch', at: '"total > \\"abc\\""', message: '`total > "abc"` compares an `int` with a string.',
    }]);
  });

  it('requires a condition to be true/false-valued', () => {
    expect(diagnose(entityWith({ total: { type: 'int' } }, { checks: ['total + 1'] }))).toMatchObject([{ code: 'condition-not-boolean', message: 'The check of `T` is a value, not a condition; compare it, e.g. `total > 0`.' }]);
  });

  it('allows neither parameters nor joins in checks', () => {
    const doc: SpecDocument = {
      backend: { name: 'T', database: 'postgres' },
      entities: { A: { fields: { b: { type: 'B' }, n: { type: 'int' } }, checks: ['n > $min', 'b.n > 1'] }, B: { fields: { n: { type: 'int' } } } },
    };
    expect(diagnose(doc).map((d) => [d.code, d.at, d.message])).toEqual([
      ['param-not-allowed', '$min', '`$min` is a parameter, but the check of `A` has none; parameters are for queries.'],
      ['condition-path-not-allowed', 'b', '`b.n` reaches through a relation, but the check of `A` can only use the entity\'s own fields.'],
    ]);
  });

  it('reports syntax errors inside expressions at their token', () => {
    expect(diagnose(entityWith({ total: { type: 'int', check: 'total > > 0' } }))).toEqual([{
      code: 'expr-unexpected-token', severity: 'error', at: '>', message: 'Expected a value, a field or `(` in the check of `T.total`, found `>`.',
    }]);
  });
});
