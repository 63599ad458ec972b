/**
 * Targets `sql-postgres`, `sql-mysql` and `sql-sqlite`: `schema.sql` (the
 * complete current schema) and `migrations/<NNNN>_<slug>/` with `up.sql`,
 * `down.sql` and `snapshot.json` (the schema after the migration).
 *
 * History comes from the target's previous output (`ctx.previous`): the
 * latest snapshot is diffed with the spec's schema; a difference becomes one
 * new migration, numbered after the last, linted (`lint.ts`), and written
 * immutable. Earlier migrations stay as they are (the output layer keeps
 * immutable files and reports hand edits). No difference, no new file. Everything here is pure: the same spec and history give the
 * same bytes.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/sql.js';
import { createSpan, type Span } from '../../core/span.js';
import type { Emitter, EmitContext, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { stableJson } from '../stable-json.js';
import type { ServiceModel } from '../../model/model.js';
import { diffSchemas, invertRenames, migrationSlug, type Op } from './diff.js';
import { DESTRUCTIVE_RULES, lintMigration, specRuleName, type LintFinding } from './lint.js';
import { migrationStatements } from './migration-sql.js';
import { schemaStatements } from './render.js';
import { buildSchema, type Dialect, type Renames, type Schema, type UnsupportedConstruct } from './schema.js';

export type SqlOptions = Record<string, never>;

const SNAPSHOT_VERSION = 1;
/** A migration file: `up.sql`, `down.sql` and `snapshot.json` here; `migration.sql` in the `prisma` target's layout. */
const MIGRATION_DIR = /^migrations\/(\d{4,})_([a-z0-9_]+)\/(up\.sql|down\.sql|migration\.sql|snapshot\.json)$/;

/** A migration allowance from the spec: `allow dropColumn(orders.note)`. */
export interface Allowance {
  readonly rule: string;
  readonly subject: string;
  readonly origin?: Span;
}

export interface MigrationHistory {
  /** Folder names (`0001_init`) in order. */
  readonly folders: readonly string[];
  /** The schema after the latest migration (empty without migrations). */
  readonly latest: Schema;
  readonly problems: readonly Diagnostic[];
}

export function emptySchema(dialect: Dialect): Schema {
  return { dialect, enums: [], tables: [] };
}

/** Reads the migrations among a target's previous files. */
export function readHistory(previous: ReadonlyMap<string, string>, dialect: Dialect): MigrationHistory {
  const folders = new Set<string>();
  for (const path of previous.keys()) {
    const m = MIGRATION_DIR.exec(path);
    if (m) folders.add(`${m[1]}_${m[2]}`);
  }
  const sorted = [...folders].sort();
  const problems: Diagnostic[] = [];
  let latest = emptySchema(dialect);
  const last = sorted[sorted.length - 1];
  if (last !== undefined) {
    const path = `migrations/${last}/snapshot.json`;
    const text = previous.get(path);
    try {
      if (text === undefined) throw new Error('it is missing');
      const parsed = JSON.parse(text) as { version?: number; schema?: Schema };
      if (parsed.version !== SNAPSHOT_VERSION || !parsed.schema || !Array.isArray(parsed.schema.tables)) throw new Error('it is not a pab schema snapshot');
      if (parsed.schema.dialect !== dialect) throw new Error(`it is for ${String(parsed.schema.dialect)}, not ${dialect}`);
      latest = parsed.schema;
    } catch (e) {
      problems.push(diag('migration-snapshot-invalid', { path, problem: e instanceof Error ? e.message : String(e) }));
    }
  }
  return { folders: sorted, latest, problems };
}

/** The pending migration of a spec: what compile would add now (undefined when the schema is unchanged). */
export interface PendingMigration {
  readonly folder: string;
  readonly ops: readonly Op[];
  readonly up: string;
  readonly down: string;
  readonly snapshot: string;
  readonly findings: readonly LintFinding[];
}

function sqlFile(statements: readonly string[], header: string, note?: string): string {
  const body = statements.length > 0 ? `${statements.join('\n\n')}\n` : '';
  return `${header}${note !== undefined ? `-- ${note}\n` : ''}\n${body}`;
}

export function snapshotText(schema: Schema): string {
  return stableJson({ version: SNAPSHOT_VERSION, schema });
}

/** Computes the next migration from the history and the spec's schema. */
export function pendingMigration(history: MigrationHistory, built: Schema, renames: Renames, header: string): PendingMigration | undefined {
  // The diff compares objects by their JSON text; a snapshot read back has its keys sorted, so sort this side's too.
  const schema = (JSON.parse(snapshotText(built)) as { schema: Schema }).schema;
  const ops = diffSchemas(history.latest, schema, renames);
  if (ops.length === 0) return undefined;
  const number = history.folders.length === 0 ? 1 : Number.parseInt(history.folders[history.folders.length - 1]!.slice(0, 4), 10) + 1;
  const slug = history.folders.length === 0 ? 'init' : migrationSlug(ops);
  const folder = `${String(number).padStart(4, '0')}_${slug}`;
  const downOps = diffSchemas(schema, history.latest, invertRenames(renames));
  return {
    folder,
    ops,
    up: sqlFile(migrationStatements(ops, history.latest, schema, renames), header),
    down: sqlFile(migrationStatements(downOps, schema, history.latest, invertRenames(renames)), header, `Reverts ${folder}.`),
    snapshot: snapshotText(schema),
    findings: lintMigration(ops, history.latest),
  };
}

/** Where a lint finding points: the entity whose table it is about, else the backend header. */
function findingSpan(model: ServiceModel, table: string | undefined): Span {
  const entity = table === undefined ? undefined : model.entities.find((e) => e.table === table);
  const o = entity?.origin ?? model.backend.origin;
  return createSpan(o.file, o.start, o.end);
}

/** Lint findings as diagnostics; destructive ones stay errors unless an allowance names them. */
export function lintDiagnostics(findings: readonly LintFinding[], allowances: readonly Allowance[], model: ServiceModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const allowed = allowances.some((a) => a.rule === specRuleName(f.rule) && a.subject === f.subject);
    if (allowed && DESTRUCTIVE_RULES.includes(f.rule)) continue;
    out.push(diag(`migration-${f.rule}`, { text: f.message }, { span: findingSpan(model, f.table), hint: f.hint }));
  }
  for (const a of allowances) {
    if (findings.some((f) => specRuleName(f.rule) === a.rule && f.subject === a.subject)) continue;
    out.push(diag('migration-allow-unused', { rule: a.rule, subject: a.subject }, a.origin ? { span: a.origin } : {}));
  }
  return out;
}

/** Reports what `buildSchema` leaves out for `dialect` as warnings of `target` (the SQL targets and `prisma`). */
export function reportUnsupported(target: string, dialect: Dialect, report: (d: Diagnostic) => void) {
  return (u: UnsupportedConstruct): void => {
    const span = u.origin ? { span: createSpan(u.origin.file, u.origin.start, u.origin.end) } : {};
    if (u.kind === 'partial-index') {
      const reason = dialect === 'mysql' ? 'MySQL has no partial indexes' : 'it reaches outside the table';
      report(diag('partial-index-unsupported', { target, index: u.index, reason }, span));
    } else if (u.kind === 'soft-delete-unique') {
      report(diag('soft-delete-unique-unsupported', { target, table: u.table, columns: u.columns.map((c) => `\`${c}\``).join(', ') }, span));
    } else {
      const outcome = u.resolution === 'drop-check'
        ? `the check is left out, since the key's ON DELETE action must stay`
        : `the key's ON UPDATE becomes RESTRICT`;
      report(diag('mysql-check-on-foreign-key', { target, table: u.table, check: u.check, foreignKey: u.foreignKey, outcome }, span));
    }
  };
}

/** The allowances of the spec's `migrations` block. */
export function allowancesOf(model: ServiceModel): Allowance[] {
  return (model.migrations?.allow ?? []).map((a) => ({ rule: a.rule, subject: a.subject, origin: createSpan(a.origin.file, a.origin.start, a.origin.end) }));
}

export function makeSqlTarget(name: string, dialect: Dialect, label: string): Emitter<SqlOptions> {
  return {
    name,
    description: `${label} schema (schema.sql) and versioned, linted migrations (up.sql, down.sql, snapshot).`,
    options: [],
    defaults: {},
    emit(model, ctx: EmitContext<SqlOptions>): OutputFile[] {
      const header = generatedHeader('sql', ctx.specPath);
      const { schema, renames } = buildSchema(model, dialect, reportUnsupported(name, dialect, ctx.report));
      const files: OutputFile[] = [
        { path: 'schema.sql', content: sqlFile(schemaStatements(schema), header), kind: 'generated' },
      ];
      const history = readHistory(ctx.previous, dialect);
      history.problems.forEach(ctx.report);
      // Earlier migrations are not produced again: the manifest keeps immutable files listed.
      if (history.problems.length > 0) return files;
      const pending = pendingMigration(history, schema, renames, header);
      lintDiagnostics(pending?.findings ?? [], allowancesOf(model), model).forEach(ctx.report);
      if (pending) {
        files.push(
          { path: `migrations/${pending.folder}/up.sql`, content: pending.up, kind: 'generated', immutable: true },
          { path: `migrations/${pending.folder}/down.sql`, content: pending.down, kind: 'generated', immutable: true },
          { path: `migrations/${pending.folder}/snapshot.json`, content: pending.snapshot, kind: 'generated', immutable: true },
        );
      }
      return files;
    },
  };
}

export const sqlPostgresTarget = makeSqlTarget('sql-postgres', 'postgres', 'PostgreSQL');
export const sqlMysqlTarget = makeSqlTarget('sql-mysql', 'mysql', 'MySQL 8 / MariaDB');
export const sqlSqliteTarget = makeSqlTarget('sql-sqlite', 'sqlite', 'SQLite');
