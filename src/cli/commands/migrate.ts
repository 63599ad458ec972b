/**
 * `pab migrate plan [spec]`: prints, for each SQL target, the migration the
 * next compile would write (up and down SQL) after its lint, or says that
 * the schema matches the latest migration. Writes nothing. Exit 1 when the
 * lint (or the spec) has errors, else 0.
 */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { planMigrations } from '../../migrate-plan.js';
import { createNodeOutputFs } from '../../output/fs.js';
import { EXIT, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import { defaultSpec, request } from './compile.js';

export interface MigratePlanOptions {
  out?: string;
  target?: string;
  /** Not `json`: the SQL is the command's output on stdout. */
  reporter: Exclude<ReporterName, 'json'>;
}

export function runMigratePlan(io: CliIo, specArg: string | undefined, opts: MigratePlanOptions): number {
  const spec = specArg ?? defaultSpec(io);
  if (spec === undefined) {
    io.stderr('No spec given and no backend.pab or backend.yaml here. Name the spec: `pab migrate plan path/to/backend.pab`.\n');
    return EXIT.usage;
  }
  const req = request(spec, opts);
  const result = planMigrations(io.host, req, createNodeOutputFs);
  const parts: string[] = [];
  for (const plan of result.plans) {
    const last = plan.written[plan.written.length - 1];
    if (!plan.pending) {
      parts.push(`-- ${plan.target}: no pending migration; ${last ? `the schema matches ${last}` : 'no schema yet'}.\n`);
      continue;
    }
    const p = plan.pending;
    parts.push(
      `-- ${plan.target}: pending migration ${p.folder}${last ? ` (after ${last})` : ''}, ${p.ops.length} change${p.ops.length === 1 ? '' : 's'}\n`,
      `-- ${plan.target}/migrations/${p.folder}/up.sql\n${p.up}\n`,
      `-- ${plan.target}/migrations/${p.folder}/down.sql\n${p.down}`,
    );
  }
  if (parts.length > 0) io.stdout(parts.join('\n'));
  reportDiagnostics(io, opts.reporter, result.diagnostics, result.files);
  return hasErrors(result.diagnostics) ? EXIT.errors : EXIT.ok;
}
