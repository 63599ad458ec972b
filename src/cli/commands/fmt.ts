/**
 * `pab fmt <file.pab> [--write | --check]`: canonical formatting of one .pab
 * file. Refuses (exit 1) when the file does not parse, since a formatter
 * must never drop what it did not understand.
 */
import { createSourceFile } from '../../core/source-file.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { formatOf, readSpecFile } from '../../syntax/load.js';
import { parsePabSpec } from '../../syntax/pab/index.js';
import { printPabSpec } from '../../syntax/pab/print.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { EXIT, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';

export interface FmtOptions {
  write: boolean;
  check: boolean;
  reporter: ReporterName;
}

/** The canonical text of a .pab source, or the diagnostics that prevent it. */
export function formatPab(path: string, text: string): { text?: string; diagnostics: readonly Diagnostic[] } {
  const parsed = parsePabSpec(createSourceFile(path, text));
  if (!parsed.ast || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  return { text: printPabSpec(parsed.ast.document, parsed.ast.comments), diagnostics: parsed.diagnostics };
}

export function runFmt(io: CliIo, file: string, opts: FmtOptions): number {
  if (formatOf(file) !== 'pab') {
    io.stderr(`pab fmt formats .pab files; \`${file}\` is not one. (Use \`pab convert ${file} --to yaml\` to normalize YAML.)\n`);
    return EXIT.usage;
  }
  const diagnostics: Diagnostic[] = [];
  const source = readSpecFile(io.host, file, undefined, diagnostics);
  if (!source || hasErrors(diagnostics)) {
    reportDiagnostics(io, opts.reporter, diagnostics, source ? new Map([[file, source]]) : new Map());
    return EXIT.errors;
  }
  const result = formatPab(file, source.text);
  const files = new Map([[file, source]]);
  if (result.text === undefined) {
    reportDiagnostics(io, opts.reporter, result.diagnostics, files);
    return EXIT.errors;
  }
  const changed = result.text !== source.text;
  if (opts.check) {
    if (changed) io.stderr(`${file} is not formatted; run \`pab fmt --write ${file}\`.\n`);
    return changed ? EXIT.errors : EXIT.ok;
  }
  if (opts.write) {
    if (changed) io.writeFile(file, result.text);
    io.stderr(changed ? `formatted ${file}\n` : `${file} is already formatted\n`);
    return EXIT.ok;
  }
  io.stdout(result.text);
  return EXIT.ok;
}
