/**
 * Prints diagnostics with the reporter the user chose. JSON goes to stdout
 * (it is the command's output); human formats go to stderr.
 */
import type { SourceFile } from '../core/source-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostics, type ReporterName } from '../diagnostics/render.js';
import type { CliIo } from './io.js';

export function reportDiagnostics(
  io: CliIo,
  reporter: ReporterName,
  diagnostics: readonly Diagnostic[],
  files: ReadonlyMap<string, SourceFile>,
): void {
  const text = renderDiagnostics(reporter, diagnostics, { files, color: io.isTTY });
  if (reporter === 'json') io.stdout(text);
  else if (text.length > 0) io.stderr(text);
}

export function countSummary(diagnostics: readonly Diagnostic[]): string {
  const n = (sev: string): number => diagnostics.filter((d) => d.severity === sev).length;
  const part = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${part(n('error'), 'error')}, ${part(n('warning'), 'warning')}`;
}
