import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../src/syntax/document.js';
import { check, checkWith, summarize } from './helpers.js';
import { shopSpec } from './fixtures.js';

function diagnose(doc: SpecDocument) {
  const r = check(doc);
  return summarize(r.diagnostics, r.slice);
}

const base = (): SpecDocument => ({ backend: { name: 'T', database: 'postgres' } });

describe('duplicate and reserved names', () => {
  it('reports fields that differ only in case at the later key', () => {
    expect(diagnose({ ...base(), entities: { User: { fields: { email: { type: 'email' }, Email: { type: 'email' } } } } })).toEqual([{
      code: 'duplicate-field', severity: 'error', at: 'Email', message: 'Entity `User` has fields `email` and `Email`, which differ only in case.',
    }]);
  });

  it('reports an enum and an entity with the same name', () => {
    expect(diagnose({ ...base(), enums: { Status: { values: ['A'] } }, entities: { Status: { fields: {} } } })).toMatchObject([
      { code: 'duplicate-type-name', at: 'Status', message: '`Status` is declared both as an enum and as an entity.' },
    ]);
  });

  it('reports repeated enum values', () => {
    expect(diagnose({ ...base(), enums: { Role: { values: ['ADMIN', 'USER', 'ADMIN'] } } })).toMatchObject([{ code: 'duplicate-enum-value', at: '"ADMIN"' }]);
  });

  it('reports commands and events declared in two aggregates', () => {
    const doc: SpecDocument = {
      ...base(),
      aggregates: {
        A: { commands: { Cancel: { emits: ['Cancelled'] } }, events: { Cancelled: {} } },
        B: { commands: { Cancel: { emits: ['Cancelled'] } }, events: { Cancelled: {} } },
      },
    };
    expect(diagnose(doc).map((d) => [d.code, d.at, d.message])).toEqual([
      ['duplicate-command', 'Cancel', 'Command `Cancel` is also declared in aggregate `A`; command names must be unique.'],
      ['duplicate-event', 'Cancelled', 'Event `Cancelled` is also declared in aggregate `A`; event names must be unique.'],
    ]);
  });

  it('reports a declared field that timestamps would add', () => {
    const doc: SpecDocument = { ...base(), entities: { Post: { timestamps: true, fields: { createdAt: { type: 'datetime' } } } } };
    expect(diagnose(doc)).toEqual([{
      code: 'reserved-field-name', severity: 'error', at: 'createdAt', message: 'Field `createdAt` conflicts with the `createdAt` field that `timestamps` adds.',
    }]);
  });

  it('reports a field named id when the key is implicit, in any case', () => {
    expect(diagnose({ ...base(), entities: { Post: { fields: { ID: { type: 'int' } } } } })).toMatchObject([{
      code: 'reserved-field-name', at: 'ID', message: 'Field `ID` conflicts with the implicit primary key `id`; mark a field `id: true` or rename it.',
    }]);
  });

  it('reuses a declared field as FK when its type matches, and reports it otherwise', () => {
    const ok: SpecDocument = { ...base(), entities: { A: { fields: { b: { type: 'B' }, bId: { type: 'uuid', doc: 'The B.' } } }, B: { fields: {} } } };
    const r = check(ok);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.entities[0]!.fields.find((f) => f.name === 'bId')).toMatchObject({ implicit: false, doc: 'The B.', foreignKey: { entity: 'B', field: 'id' } });
    const bad: SpecDocument = { ...base(), entities: { A: { fields: { b: { type: 'B' }, bId: { type: 'int' } } }, B: { fields: {} } } };
    expect(diagnose(bad)).toMatchObject([{ code: 'reserved-field-name', at: 'bId', message: 'Field `bId` conflicts with the foreign key `bId` of relation field `b`.' }]);
  });

  it('reports two resources with the same routes', () => {
    const r = checkWith(shopSpec, (d) => { d.resources!.products!.path = '/customers'; d.resources!.products!.operations = ['list']; d.resources!.products!.access = {}; });
    expect(summarize(r.diagnostics, r.slice)).toEqual([{
      code: 'duplicate-endpoint', severity: 'error', at: 'products', message: '`GET /customers` is also the route of operation `list` of resource `customers`.',
    }]);
  });

  it('reports tables, columns and index names used twice', () => {
    const doc: SpecDocument = {
      ...base(),
      entities: {
        A: { table: 'things', fields: { x: { type: 'int', column: 'value' }, y: { type: 'int', column: 'value' } }, indexes: [{ fields: ['x'], name: 'ix' }] },
        B: { table: 'things', fields: { z: { type: 'int' } }, indexes: [{ fields: ['z'], name: 'ix' }] },
      },
    };
    expect(diagnose(doc).map((d) => [d.code, d.message])).toEqual([
      ['duplicate-column', 'Field `y` maps to column `value`, like field `x`.'],
      ['duplicate-table', 'Table `things` is also the table of entity `A`.'],
      ['duplicate-index-name', 'Index name `ix` is used more than once.'],
    ]);
  });

  it('reports duplicate saga step names', () => {
    const r = checkWith(shopSpec, (d) => { d.sagas!.Checkout!.steps[1]!.name = 'reserve'; });
    expect(summarize(r.diagnostics, r.slice)).toMatchObject([{ code: 'duplicate-step', at: '"reserve"', message: 'Saga `Checkout` has more than one step named `reserve`.' }]);
  });
});
