/**
 * `pab convert <spec> --to yaml|pab [-o FILE]`: prints the spec in the other
 * syntax, comments and docs included. The file must parse and pass the
 * schema; imports are kept as paths (convert each file on its own).
 */
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { formatOf, parseSpecFile, readSpecFile } from '../../syntax/load.js';
import { printPabSpec } from '../../syntax/pab/print.js';
import { printYamlSpec } from '../../syntax/yaml/print.js';
import { EXIT, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';

export interface ConvertOptions {
  to: 'yaml' | 'pab';
  output?: string;
  reporter: ReporterName;
}

export function runConvert(io: CliIo, spec: string, opts: ConvertOptions): number {
  const format = formatOf(spec);
  if (!format) {
    io.stderr(`\`${spec}\` is neither a .pab nor a .yaml spec file.\n`);
    return EXIT.usage;
  }
  const diagnostics: Diagnostic[] = [];
  const source = readSpecFile(io.host, spec, undefined, diagnostics);
  const files = source ? new Map([[spec, source]]) : new Map();
  if (!source || hasErrors(diagnostics)) {
    reportDiagnostics(io, opts.reporter, diagnostics, files);
    return EXIT.errors;
  }
  const parsed = parseSpecFile(source, format);
  if (!parsed.ast || hasErrors(parsed.diagnostics)) {
    reportDiagnostics(io, opts.reporter, parsed.diagnostics, files);
    return EXIT.errors;
  }
  const { document, comments } = parsed.ast;
  const text = opts.to === 'yaml' ? printYamlSpec(document, comments) : printPabSpec(document, comments);
  if (opts.output) {
    io.writeFile(opts.output, text);
    io.stderr(`wrote ${opts.output}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT.ok;
}
