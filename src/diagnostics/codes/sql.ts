/**
 * Diagnostics of the SQL targets (`sql-postgres`, `sql-mysql`, `sql-sqlite`):
 * spec constructs a dialect cannot express, and the safety lint of each new
 * migration (`src/emit/sql/lint.ts`), one code per lint rule. A destructive
 * change is an error until the spec allows it in its `migrations` block.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

type Text = { text: string };
const lint = (severity: 'error' | 'warning', summary: string, example: string, fix: string): DiagnosticDef<Text> => ({
  severity,
  summary,
  example,
  fix,
  message: (p: Text) => p.text,
});

export const sqlDiagnostics = defineDiagnostics({
  'partial-index-unsupported': {
    severity: 'warning',
    summary: 'A partial index (`where`) that the SQL dialect cannot express; the index is created on all rows.',
    example: 'entity Order {\n  index (email) where status = ACTIVE   // on MySQL\n}',
    fix: 'Accept the full index, or choose a database with partial indexes (PostgreSQL, SQLite).',
    message: (p: { target: string; index: string; reason: string }) =>
      `The target \`${p.target}\` cannot express the condition of the index \`${p.index}\` (${p.reason}); it indexes every row.`,
  } satisfies DiagnosticDef<{ target: string; index: string; reason: string }>,
  'soft-delete-unique-unsupported': {
    severity: 'warning',
    summary: 'A unique value of a soft-deleted row keeps blocking the same value in live rows, on a dialect without partial indexes.',
    example: 'entity User {\n  email email @unique\n  softDelete\n}   // on MySQL',
    fix: 'Accept it, or free the value when deleting (for example by changing it), or use PostgreSQL or SQLite.',
    message: (p: { target: string; table: string; columns: string }) =>
      `On \`${p.target}\`, the unique ${p.columns} of \`${p.table}\` also counts soft-deleted rows: a deleted row's value cannot be reused.`,
  } satisfies DiagnosticDef<{ target: string; table: string; columns: string }>,
  'mysql-check-on-foreign-key': {
    severity: 'warning',
    summary: 'MySQL and MariaDB refuse a check on a column that a foreign key\'s referential action (CASCADE, SET NULL, SET DEFAULT) changes.',
    example: 'entity Transfer {\n  source Account @relation(onDelete: restrict)   // ON UPDATE CASCADE by default\n  check (source != target)\n}   // on MySQL',
    fix: 'Accept it: the foreign key\'s ON UPDATE becomes RESTRICT (keys rarely change), or, when its ON DELETE is an action, the check is enforced by the application only. Or make the check independent of the key column.',
    message: (p: { target: string; table: string; check: string; foreignKey: string; outcome: string }) =>
      `On \`${p.target}\`, the check \`${p.check}\` of \`${p.table}\` uses a column of the foreign key \`${p.foreignKey}\`, whose referential action MySQL does not allow with a check: ${p.outcome}.`,
  } satisfies DiagnosticDef<{ target: string; table: string; check: string; foreignKey: string; outcome: string }>,
  'migration-snapshot-invalid': {
    severity: 'error',
    summary: 'The schema snapshot kept with a migration cannot be read (edited by hand or damaged).',
    example: '(generated/sql-postgres/migrations/0002_add_orders_note/snapshot.json edited by hand)',
    fix: 'Restore the file from version control; pab diffs the spec against the latest snapshot to write the next migration.',
    message: (p: { path: string; problem: string }) => `The migration snapshot \`${p.path}\` cannot be read: ${p.problem}.`,
  } satisfies DiagnosticDef<{ path: string; problem: string }>,
  'migration-allow-unused': {
    severity: 'warning',
    summary: 'A `migrations { allow … }` entry that matches no change of the pending migration.',
    example: 'migrations {\n  allow drop-column orders.note   // the column was dropped by an earlier migration\n}',
    fix: 'Remove the entry once the migration it allowed has been written, so that it cannot allow a later change by accident.',
    message: (p: { rule: string; subject: string }) => `\`allow ${p.rule} ${p.subject}\` matches no change in a new migration; remove it.`,
  } satisfies DiagnosticDef<{ rule: string; subject: string }>,
  'migration-drop-table': lint('error', 'A migration drops a table and its rows.', 'entity Legacy { ... }   // removed from the spec', 'Allow it with `migrations { allow drop-table <table> }`, or keep the entity.'),
  'migration-drop-column': lint('error', 'A migration drops a column and its data.', 'entity Order { note text? }   // `note` removed', 'Allow it with `allow drop-column <table>.<column>`, or mark a rename with `@renamedFrom`.'),
  'migration-drop-enum-value': lint('error', 'A migration removes an enum value that rows may hold.', 'enum Status { ACTIVE ARCHIVED }   // `ARCHIVED` removed', 'Update the rows first, then allow it with `allow drop-enum-value <enum>`.'),
  'migration-narrow-type': lint('error', 'A migration narrows a column type (shorter text, smaller number).', 'name string @maxLength(50)   // was @maxLength(200)', 'Check that every value fits, then allow it with `allow narrow-type <table>.<column>`.'),
  'migration-change-type': lint('error', 'A migration converts a column to an unrelated type.', 'code int   // was string', 'Add a new field, copy the data, drop the old one; or allow it with `allow change-type <table>.<column>`.'),
  'migration-add-required-column': lint('error', 'A migration adds a required column without a default to a table that may hold rows.', 'entity Order { region string }   // new, no default', 'Give it a default, or add it optional, fill it, and make it required later.'),
  'migration-set-not-null': lint('error', 'A migration makes an optional column required.', 'note text   // was text?', 'Fill the empty values first, then allow it with `allow set-not-null <table>.<column>`.'),
  'migration-create-index-lock': lint('warning', 'On PostgreSQL, creating an index on an existing table blocks writes while it builds.', 'index (status)   // new, on a large table', 'Create it by hand first with CREATE INDEX CONCURRENTLY; the migration uses IF NOT EXISTS.'),
  'migration-add-unique-lock': lint('warning', 'On PostgreSQL, adding a unique constraint to an existing table blocks reads and writes while its index builds.', 'email email @unique   // newly unique', 'Build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX.'),
  'migration-type-change-rewrite': lint('warning', 'On PostgreSQL, a column type change rewrites the table under an exclusive lock.', 'count bigint   // was int', 'On a large table, add a new column, backfill it, and switch over.'),
  'migration-rename-column': lint('warning', 'A column rename breaks running code that uses the old name.', 'name string @renamedFrom(title)', 'Deploy code and migration together; remove `@renamedFrom` once it ran everywhere.'),
  'migration-volatile-default': lint('warning', 'On PostgreSQL, adding a column with a random default rewrites the table.', 'token uuid @default(uuid())   // new field', 'Add it without a default, backfill in batches, then set the default.'),
});

export const diag = createDiagnosticFactory(sqlDiagnostics);
