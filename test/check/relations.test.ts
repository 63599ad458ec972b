import { describe, expect, it } from 'vitest';
import type { EntityDoc, SpecDocument } from '../../src/syntax/document.js';
import { check, summarize } from './helpers.js';

function spec(entities: Record<string, EntityDoc>, database: 'postgres' | 'mongodb' = 'postgres'): SpecDocument {
  return { backend: { name: 'T', database }, entities };
}

function diagnose(doc: SpecDocument) {
  const r = check(doc);
  return summarize(r.diagnostics, r.slice);
}

describe('relation rules', () => {
  it('requires a back-reference for a list of entities', () => {
    expect(diagnose(spec({ User: { fields: { orders: { type: 'Order[]' } } }, Order: { fields: { total: { type: 'int' } } } }))).toEqual([{
      code: 'relation-missing-inverse', severity: 'error', at: 'orders',
      message: '`User.orders` lists `Order` records, but `Order` has no field referring back to `User`; add one, e.g. `user User`.',
    }]);
  });

  it('reports several unnamed relations between two entities as ambiguous', () => {
    const doc = spec({
      Message: { fields: { from: { type: 'User' }, to: { type: 'User' } } },
      User: { fields: { sent: { type: 'Message[]' }, received: { type: 'Message[]' } } },
    });
    const diags = diagnose(doc);
    expect(diags.map((d) => [d.code, d.at])).toEqual([['ambiguous-relation', 'from'], ['ambiguous-relation', 'to'], ['ambiguous-relation', 'sent'], ['ambiguous-relation', 'received']]);
    expect(diags[0]!.message).toBe('`Message.from` is one of several relations between `Message` and `User`; pair the two sides of each with the same `relation.name`.');
  });

  it('pairs relations by name', () => {
    const doc = spec({
      Message: { fields: { from: { type: 'User', relation: { name: 'sent' } }, to: { type: 'User', relation: { name: 'received' } } } },
      User: { fields: { sent: { type: 'Message[]', relation: { name: 'sent' } }, received: { type: 'Message[]', relation: { name: 'received' } } } },
    });
    const r = check(doc);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.relations.map((x) => [x.name, x.kind, x.owner.field, x.inverse?.field])).toEqual([
      ['sent', 'manyToOne', 'from', 'sent'],
      ['received', 'manyToOne', 'to', 'received'],
    ]);
  });

  it('keeps two single references without back-references apart', () => {
    const r = check(spec({ Message: { fields: { from: { type: 'User' }, to: { type: 'User' } } }, User: { fields: {} } }));
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.relations.map((x) => x.name)).toEqual(['Message.from', 'Message.to']);
  });

  it('needs unique on exactly one side of a one-to-one', () => {
    const doc = spec({ User: { fields: { profile: { type: 'Profile?' } } }, Profile: { fields: { user: { type: 'User' } } } });
    expect(diagnose(doc)).toEqual([{
      code: 'one-to-one-owner', severity: 'error', at: 'user',
      message: '`User.profile` and `Profile.user` form a one-to-one relation; mark exactly one of them `unique: true` to say which side holds the foreign key.',
    }]);
    doc.entities!.Profile!.fields.user!.unique = true;
    const r = check(doc);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.relations[0]).toMatchObject({ kind: 'oneToOne', owner: { entity: 'Profile', field: 'user' }, inverse: { entity: 'User', field: 'profile' }, foreignKey: { unique: true } });
  });

  it('requires an optional field for setNull', () => {
    const doc = spec({ Order: { fields: { customer: { type: 'User', relation: { onDelete: 'setNull' } } } }, User: { fields: {} } });
    expect(diagnose(doc)).toEqual([{ code: 'set-null-on-required', severity: 'error', at: '"setNull"', message: '`onDelete: setNull` needs `Order.customer` to be optional (e.g. `User?`).' }]);
  });

  it('checks that a through entity refers to both sides', () => {
    const doc = spec({
      Student: { fields: { courses: { type: 'Course[]', relation: { through: 'Enrollment' } } } },
      Course: { fields: { students: { type: 'Student[]' } } },
      Enrollment: { fields: { student: { type: 'Student' } } },
    });
    expect(diagnose(doc)).toMatchObject([{ code: 'invalid-through', at: '"Enrollment"', message: 'Join entity `Enrollment` needs a single reference to `Course` (e.g. `course Course`).' }]);
  });

  it('allows through only on many-to-many relations', () => {
    const doc = spec({ Order: { fields: { customer: { type: 'User', relation: { through: 'X' } } } }, User: { fields: { orders: { type: 'Order[]' } } } });
    expect(diagnose(doc)).toMatchObject([{ code: 'invalid-through', message: expect.stringContaining('`through` is only for many-to-many relations') }]);
  });

  it('validates composite keys', () => {
    const doc = spec({ Line: { id: ['order', 'no'], fields: { order: { type: 'Order' }, no: { type: 'int?' } } }, Order: { fields: {} } });
    expect(diagnose(doc)).toMatchObject([{ code: 'invalid-primary-key', at: '"no"', message: 'Field `no` cannot be part of the primary key: it is optional.' }]);
    const both = spec({ A: { id: ['x'], fields: { x: { type: 'int' }, y: { type: 'int', id: true } } } });
    expect(diagnose(both)).toMatchObject([{ code: 'conflicting-primary-key' }]);
  });

  it('detects keys that refer back to themselves', () => {
    const doc = spec({ A: { id: ['b'], fields: { b: { type: 'B' } } }, B: { id: ['a'], fields: { a: { type: 'A' } } } });
    expect(diagnose(doc).map((d) => d.code)).toEqual(['primary-key-cycle']);
  });

  it('warns that many-to-many is emulated on MongoDB', () => {
    const doc = spec({ Post: { fields: { tags: { type: 'Tag[]' } } }, Tag: { fields: { posts: { type: 'Post[]' } } } }, 'mongodb');
    expect(diagnose(doc)).toMatchObject([{ code: 'database-unsupported-feature', severity: 'warning', message: 'The many-to-many relation `Post.tags` is not supported natively by mongodb; generated code will emulate it.' }]);
  });

  it('reports relation sides without a column where one is needed', () => {
    const doc = spec({ User: { fields: { orders: { type: 'Order[]' } }, indexes: [{ fields: ['orders'] }] }, Order: { fields: { customer: { type: 'User' } } } });
    expect(diagnose(doc)).toMatchObject([{ code: 'field-has-no-column', at: 'orders', message: '`orders` is a relation whose foreign key is on the other side, so it has no column and cannot be indexed.' }]);
  });
});
