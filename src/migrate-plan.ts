/**
 * `pab migrate plan`: the migration compile would add now, for each SQL
 * target, with its lint, computed in memory against the migrations already
 * in the output folder. Writes nothing. Unlike compile, lint errors do not
 * hide the SQL: the plan is how one sees what an allowance would let through.
 */
import type { Host } from './core/host.js';
import type { SourceFile } from './core/source-file.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { diag } from './diagnostics/codes/emit.js';
import { generatedHeader } from './emit/header.js';
import { buildSchema, type Dialect } from './emit/sql/schema.js';
import { allowancesOf, lintDiagnostics, pendingMigration, readHistory, type PendingMigration } from './emit/sql/target.js';
import { basename } from 'node:path';
import { previousFiles, resolveCompileSettings, type CompileRequest } from './compile.js';
import type { OutputFs } from './output/fs.js';
import { validateSpec } from './pipeline.js';

const SQL_TARGETS: Readonly<Record<string, Dialect>> = { 'sql-postgres': 'postgres', 'sql-mysql': 'mysql', 'sql-sqlite': 'sqlite' };
const BY_DATABASE: Readonly<Record<string, string>> = { postgres: 'sql-postgres', mysql: 'sql-mysql', sqlite: 'sql-sqlite' };

export interface TargetMigrationPlan {
  readonly target: string;
  /** Folders of the migrations already written. */
  readonly written: readonly string[];
  readonly pending?: PendingMigration;
}

export interface MigrationPlanResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The spec files read, for code frames. */
  readonly files: ReadonlyMap<string, SourceFile>;
  readonly outDir?: string;
  readonly plans: readonly TargetMigrationPlan[];
}

/** The SQL targets a plan covers: those named (or in the spec's `targets`), else the spec's database's. */
export function sqlTargetsFor(names: readonly string[], database: string | undefined): string[] {
  const named = names.filter((n) => n in SQL_TARGETS);
  if (named.length > 0) return named;
  const byDb = database === undefined ? undefined : BY_DATABASE[database];
  return byDb ? [byDb] : [];
}

export function planMigrations(host: Host, req: CompileRequest, openOut: (dir: string) => OutputFs): MigrationPlanResult {
  const validated = validateSpec(host, req.spec);
  const model = validated.model;
  const files = validated.loaded.files;
  if (!model || hasErrors(validated.diagnostics)) return { diagnostics: validated.diagnostics, files, plans: [] };
  const { outDir, targets } = resolveCompileSettings(req.spec, validated, req);
  const sqlTargets = sqlTargetsFor(targets, model.backend.database);
  const diagnostics: Diagnostic[] = [...validated.diagnostics];
  if (sqlTargets.length === 0) {
    diagnostics.push(diag('unknown-target', { name: targets.join(', ') || '(none)', known: Object.keys(SQL_TARGETS).map((t) => `\`${t}\``).join(', ') }));
    return { diagnostics, files, outDir, plans: [] };
  }
  const fs = openOut(outDir);
  const header = generatedHeader('sql', basename(req.spec));
  const plans: TargetMigrationPlan[] = [];
  for (const target of sqlTargets) {
    const dialect = SQL_TARGETS[target]!;
    const { schema, renames } = buildSchema(model, dialect);
    const history = readHistory(previousFiles(fs, target), dialect);
    diagnostics.push(...history.problems);
    if (history.problems.length > 0) {
      plans.push({ target, written: history.folders });
      continue;
    }
    const pending = pendingMigration(history, schema, renames, header);
    diagnostics.push(...lintDiagnostics(pending?.findings ?? [], allowancesOf(model), model));
    plans.push({ target, written: history.folders, ...(pending ? { pending } : {}) });
  }
  return { diagnostics: sortDiagnostics(diagnostics), files, outDir, plans };
}
