/**
 * A migration snapshot is stored with sorted keys; the schema built from the
 * spec is not. The diff must not see that difference: adding one column
 * gives a migration that adds one column, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { runTargets } from '../../src/emit/run.js';
import { modelOf } from './helpers.js';

const v1 = 'backend Shop {\n  database postgres\n}\n\nentity Order {\n  number string @unique\n  id (number)\n}\n';
const v2 = v1.replace('  id (number)\n', '  note   text?\n  id (number)\n');

describe('the next migration after a snapshot', () => {
  it('changes only what the spec changed', () => {
    const first = runTargets(modelOf(v1), { targets: ['sql-postgres'], specPath: 'backend.pab', templateDirs: [] });
    const previous = new Map(first.files.map((f) => [f.path, f.content]));
    const second = runTargets(modelOf(v2), { targets: ['sql-postgres'], specPath: 'backend.pab', templateDirs: [], previous: () => previous });
    expect(second.diagnostics).toEqual([]);
    const up = second.files.find((f) => f.path === 'migrations/0002_add_orders_note/up.sql')?.content;
    expect(up?.split('\n').filter((l) => l !== '' && !l.startsWith('--'))).toEqual(['ALTER TABLE "orders" ADD COLUMN "note" text;']);
  });
});
