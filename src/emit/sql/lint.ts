/**
 * Safety lint of a new migration, in the spirit of Squawk and Atlas: each
 * finding has a stable rule id, says what could go wrong and names the safe
 * way. Destructive changes (dropping a table, a column or an enum value,
 * narrowing or converting a column type, a new required column without a
 * default, making a column required) are errors unless the spec allows that
 * exact change (`migrations { allow dropColumn(orders.note) }`). On
 * Postgres, operations that take long exclusive locks on existing tables are
 * warnings. The lint sees the whole migration: a table created in it holds no
 * rows, so nothing done to it is flagged.
 */
import { sameValue, type Op } from './diff.js';
import type { Column, ColumnType, Schema } from './schema.js';

export type LintRule =
  | 'drop-table' | 'drop-column' | 'drop-enum-value' | 'narrow-type' | 'change-type' | 'add-required-column' | 'set-not-null'
  | 'create-index-lock' | 'add-unique-lock' | 'type-change-rewrite' | 'rename-column' | 'volatile-default';

/** Rules whose findings are errors unless allowed in the spec. */
export const DESTRUCTIVE_RULES: readonly LintRule[] = [
  'drop-table', 'drop-column', 'drop-enum-value', 'narrow-type', 'change-type', 'add-required-column', 'set-not-null',
];

/** The rule as the spec's `allow` entries name it: `drop-column` → `dropColumn`. */
export function specRuleName(rule: LintRule): string {
  return rule.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export interface LintFinding {
  readonly rule: LintRule;
  readonly severity: 'error' | 'warning';
  /** What the finding is about: `table` or `table.column`, or the enum type name. */
  readonly subject: string;
  readonly table?: string;
  readonly message: string;
  /** The safe way, or how to allow it. */
  readonly hint: string;
}

const RANK: Partial<Record<ColumnType['kind'], number>> = { int: 1, bigint: 2 };

/** How a column type change affects stored values. */
export function typeChange(a: Column, b: Column): 'same' | 'widen' | 'narrow' | 'convert' {
  const ta = a.type;
  const tb = b.type;
  if (sameValue([ta, a.list], [tb, b.list])) return 'same';
  if (a.list !== b.list) return 'convert';
  const textual = (t: ColumnType): boolean => t.kind === 'string' || t.kind === 'text';
  if (textual(ta) && textual(tb)) {
    const la = ta.kind === 'string' ? ta.length ?? Infinity : Infinity;
    const lb = tb.kind === 'string' ? tb.length ?? Infinity : Infinity;
    return lb >= la ? 'widen' : 'narrow';
  }
  if (RANK[ta.kind] !== undefined && RANK[tb.kind] !== undefined) return RANK[tb.kind]! >= RANK[ta.kind]! ? 'widen' : 'narrow';
  if ((ta.kind === 'int' || ta.kind === 'bigint') && tb.kind === 'decimal') return tb.precision - tb.scale >= (ta.kind === 'int' ? 10 : 19) ? 'widen' : 'narrow';
  if (ta.kind === 'decimal' && tb.kind === 'decimal') {
    return tb.scale >= ta.scale && tb.precision - tb.scale >= ta.precision - ta.scale ? 'widen' : 'narrow';
  }
  if (ta.kind === 'enum' && tb.kind === 'enum') return ta.values.every((v) => tb.values.includes(v)) ? 'widen' : 'narrow';
  if (ta.kind === 'date' && tb.kind === 'datetime') return 'widen';
  return 'convert';
}

/** Postgres changes that keep the stored bytes (no table rewrite): widening varchar, varchar → text. */
function postgresRewrites(a: Column, b: Column): boolean {
  const textual = (t: ColumnType): boolean => t.kind === 'string' || t.kind === 'text';
  if (textual(a.type) && textual(b.type) && typeChange(a, b) === 'widen') return false;
  if (a.type.kind === 'decimal' && b.type.kind === 'decimal' && a.type.scale === b.type.scale && b.type.precision >= a.type.precision) return false;
  return typeChange(a, b) !== 'same';
}

export function lintMigration(ops: readonly Op[], from: Schema): LintFinding[] {
  const existed = new Set(from.tables.map((t) => t.name));
  const pg = from.dialect === 'postgres';
  const out: LintFinding[] = [];
  const allowHint = (rule: LintRule, subject: string): string =>
    `If this is intended, allow it in the spec: \`migrations { allow ${specRuleName(rule)}(${subject}) }\`.`;
  const dropEnumValue = (name: string, removed: readonly string[]): LintFinding => ({
    rule: 'drop-enum-value', severity: 'error', subject: name,
    message: `The migration removes the value${removed.length > 1 ? 's' : ''} ${removed.map((v) => `\`${v}\``).join(', ')} of the enum \`${name}\`; rows holding ${removed.length > 1 ? 'them' : 'it'} make the migration fail.`,
    hint: `Update those rows first (in an earlier migration or by hand). ${allowHint('drop-enum-value', name)}`,
  });
  for (const op of ops) {
    switch (op.kind) {
      case 'dropTable':
        out.push({
          rule: 'drop-table', severity: 'error', subject: op.table.name, table: op.table.name,
          message: `The migration drops the table \`${op.table.name}\` and every row in it.`,
          hint: `${allowHint('drop-table', op.table.name)} To keep the data, restore the entity in the spec (or rename its table with \`table\`).`,
        });
        break;
      case 'dropColumn': {
        const subject = `${op.table}.${op.column.name}`;
        out.push({
          rule: 'drop-column', severity: 'error', subject, table: op.table,
          message: `The migration drops the column \`${subject}\` and its data.`,
          hint: `${allowHint('drop-column', subject)} If the field was renamed, mark it \`@renamedFrom(${op.column.name})\` so that the column is renamed instead.`,
        });
        break;
      }
      case 'replaceEnum': {
        const removed = op.from.filter((v) => !op.to.includes(v));
        if (removed.length === 0) break;
        out.push(dropEnumValue(op.name, removed));
        break;
      }
      case 'addColumn': {
        if (!existed.has(op.table)) break;
        const subject = `${op.table}.${op.column.name}`;
        if (!op.column.nullable && op.column.default === undefined && !op.column.identity) {
          out.push({
            rule: 'add-required-column', severity: 'error', subject, table: op.table,
            message: `The migration adds the required column \`${subject}\` without a default; it fails on a table that holds rows.`,
            hint: `Give the field a \`@default(...)\`, or make it optional (\`?\`), fill it, then make it required. ${allowHint('add-required-column', subject)}`,
          });
        }
        if (pg && op.column.default?.kind === 'uuid') {
          out.push({
            rule: 'volatile-default', severity: 'warning', subject, table: op.table,
            message: `Adding \`${subject}\` with a random default rewrites the whole table under an exclusive lock.`,
            hint: 'On a large table, add the column without a default, backfill it in batches, then set the default.',
          });
        }
        break;
      }
      case 'alterColumn': {
        if (!existed.has(op.table)) break;
        const subject = `${op.table}.${op.to.name}`;
        const ta = op.from.type;
        const tb = op.to.type;
        // The values of one enum changed. On PostgreSQL that is the enum type's change (replaceEnum, linted above);
        // elsewhere the values are in the column: a removed value is the same finding, about the enum.
        const sameEnum = ta.kind === 'enum' && tb.kind === 'enum' && ta.type === tb.type && op.from.list === op.to.list;
        if (sameEnum && !pg) {
          const removed = ta.values.filter((v) => !tb.values.includes(v));
          if (removed.length > 0 && !out.some((f) => f.rule === 'drop-enum-value' && f.subject === tb.type)) out.push(dropEnumValue(tb.type, removed));
        }
        const change = sameEnum ? 'same' : typeChange(op.from, op.to);
        if (change === 'narrow' || change === 'convert') {
          const rule = change === 'narrow' ? 'narrow-type' : 'change-type';
          out.push({
            rule, severity: 'error', subject, table: op.table,
            message: change === 'narrow'
              ? `The migration narrows the type of \`${subject}\`; values that do not fit make it fail or lose precision.`
              : `The migration converts \`${subject}\` to an unrelated type; values that do not convert make it fail.`,
            hint: `Add a new field of the new type, copy the data in code, then drop the old field. ${allowHint(rule, subject)}`,
          });
        } else if (pg && change === 'widen' && postgresRewrites(op.from, op.to)) {
          out.push({
            rule: 'type-change-rewrite', severity: 'warning', subject, table: op.table,
            message: `Changing the type of \`${subject}\` rewrites the table under an exclusive lock.`,
            hint: 'On a large table, add a new column, backfill it in batches, and switch over in a later migration.',
          });
        }
        if (op.from.nullable && !op.to.nullable) {
          out.push({
            rule: 'set-not-null', severity: 'error', subject, table: op.table,
            message: `The migration makes \`${subject}\` required; rows where it is empty make it fail${pg ? ', and the check scans the table under an exclusive lock' : ''}.`,
            hint: `Fill the empty values first${pg ? '; on Postgres, add `CHECK (column IS NOT NULL) NOT VALID` and validate it before SET NOT NULL' : ''}. ${allowHint('set-not-null', subject)}`,
          });
        }
        break;
      }
      case 'createIndex':
        if (pg && existed.has(op.table)) {
          out.push({
            rule: 'create-index-lock', severity: 'warning', subject: `${op.table}.${op.index.name}`, table: op.table,
            message: `Creating the index \`${op.index.name}\` on the existing table \`${op.table}\` blocks writes to it until the index is built.`,
            hint: 'On a large table, create it by hand first with `CREATE INDEX CONCURRENTLY` and the same definition (outside a transaction); the migration\'s `CREATE INDEX IF NOT EXISTS` then leaves it as it is.',
          });
        }
        break;
      case 'addUnique':
        if (pg && existed.has(op.table)) {
          out.push({
            rule: 'add-unique-lock', severity: 'warning', subject: `${op.table}.${op.unique.name}`, table: op.table,
            message: `Adding the unique constraint \`${op.unique.name}\` builds an index on \`${op.table}\` while blocking reads and writes.`,
            hint: 'On a large table, build it with `CREATE UNIQUE INDEX CONCURRENTLY`, then `ADD CONSTRAINT ... UNIQUE USING INDEX`.',
          });
        }
        break;
      case 'renameColumn':
        out.push({
          rule: 'rename-column', severity: 'warning', subject: `${op.table}.${op.from}`, table: op.table,
          message: `Renaming \`${op.table}.${op.from}\` to \`${op.to}\` breaks running code that still uses the old name.`,
          hint: 'Deploy the code that uses the new name together with the migration, and remove `@renamedFrom` once it has run everywhere.',
        });
        break;
      default:
        break;
    }
  }
  return out;
}
