/**
 * The shared API contract (src/emit/api/): operation ids are unique and
 * stable, bodies leave out what the server sets, and examples satisfy the
 * field's own constraints, deterministically.
 */
import { describe, expect, it } from 'vitest';
import { createNodeHost } from '../../src/core/host.js';
import { scalarExample, stringMatching } from '../../src/emit/api/examples.js';
import { buildContract } from '../../src/emit/api/shapes.js';
import { validateSpec } from '../../src/pipeline.js';

const SPECS = ['examples/shop/backend.pab', 'examples/bank/backend.pab', 'examples/blog/backend.yaml', 'examples/assistant/backend.pab', 'test/fixtures/golden/conformance/input.pab'];
const none = new Map();

describe('operation ids', () => {
  it.each(SPECS)('are unique and camelCase in %s', (path) => {
    const model = validateSpec(createNodeHost(), path).model!;
    const ids = buildContract(model).operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('follow the documented scheme', () => {
    const model = validateSpec(createNodeHost(), 'test/fixtures/golden/conformance/input.pab').model!;
    const ids = buildContract(model).operations.map((o) => o.operationId);
    expect(ids).toEqual(expect.arrayContaining(['listBooks', 'getBook', 'searchBooks', 'createBook', 'updateBook', 'deleteBook', 'importCsvBooks', 'reserveBook', 'listMemberLoans', 'createMemberLoan']));
  });

  it('bodies leave out server-set fields and the parent key of a nested create', () => {
    const model = validateSpec(createNodeHost(), 'test/fixtures/golden/conformance/input.pab').model!;
    const ops = buildContract(model).operations;
    const create = ops.find((o) => o.operationId === 'createMemberLoan')!;
    expect(create.body.map((b) => b.field.name)).toEqual(['bookId', 'status', 'dueOn', 'returnedAt', 'fine']);
    const update = ops.find((o) => o.operationId === 'updateMember')!;
    expect(update.body.every((b) => !b.required)).toBe(true);
    expect(update.body.map((b) => b.field.name)).not.toContain('id');
    expect(update.body.map((b) => b.field.name)).not.toContain('createdAt');
  });
});

describe('examples', () => {
  it('match patterns, within length bounds, and are the same every time', () => {
    for (const pattern of ['^97[89][0-9]{10}$', '^[a-z][a-z0-9_]{2,19}$', '^SO-[0-9]{8}$', '^\\+[1-9][0-9]{6,14}$']) {
      const value = stringMatching(pattern, 'field', { maxLength: 20 });
      expect(value).toMatch(new RegExp(pattern, 'u'));
      expect(stringMatching(pattern, 'field', { maxLength: 20 })).toBe(value);
    }
  });

  it('fit decimal precision and numeric ranges', () => {
    expect(scalarExample({ kind: 'scalar', type: 'decimal', precision: 3, scale: 2 }, {}, 'x', none)).toBe('9.99');
    expect(scalarExample({ kind: 'scalar', type: 'decimal', precision: 10, scale: 2 }, { min: 100 }, 'x', none)).toBe('100.00');
    expect(scalarExample({ kind: 'scalar', type: 'int' }, { min: 5, max: 9 }, 'x', none)).toBe(5);
    expect(scalarExample({ kind: 'scalar', type: 'string' }, { minLength: 30 }, 'x', none)).toHaveLength(30);
    expect(scalarExample({ kind: 'scalar', type: 'string' }, { maxLength: 3 }, 'name', none)).toHaveLength(3);
  });
});
