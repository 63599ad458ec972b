/**
 * `pab validate <spec> [--reporter pretty|json|github] [--strict]`:
 * loads, checks and reports. Exit 1 on errors (or warnings with --strict).
 */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { validateSpec } from '../../pipeline.js';
import { EXIT, type CliIo } from '../io.js';
import { countSummary, reportDiagnostics } from '../report.js';

export interface ValidateOptions {
  reporter: ReporterName;
  strict: boolean;
}

export function runValidate(io: CliIo, spec: string, opts: ValidateOptions): number {
  const result = validateSpec(io.host, spec);
  reportDiagnostics(io, opts.reporter, result.diagnostics, result.loaded.files);
  const failed = hasErrors(result.diagnostics) || (opts.strict && result.diagnostics.some((d) => d.severity === 'warning'));
  if (opts.reporter === 'pretty' || opts.reporter === 'plain') {
    io.stderr(`${spec}: ${failed ? 'invalid' : 'valid'} (${countSummary(result.diagnostics)})\n`);
  }
  return failed ? EXIT.errors : EXIT.ok;
}
