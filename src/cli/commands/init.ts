/**
 * `pab init [dir] [--format pab|yaml]`: writes a starter spec and a
 * `.gitattributes` that marks the generated output `linguist-generated`, so
 * code review folds it. Never overwrites: an existing spec is an error.
 * Non-interactive: the format is `pab` unless `--format` says otherwise.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OUTPUT } from '../../compile.js';
import { createSourceFile } from '../../core/source-file.js';
import { parsePabSpec } from '../../syntax/pab/index.js';
import { printYamlSpec } from '../../syntax/yaml/print.js';
import { EXIT, type CliIo } from '../io.js';

export const STARTER_PAB = `// A starter spec: one entity exposed as a REST resource.
// Edit it, then run \`pab validate\` and \`pab compile\`.
backend MyApp {
  version  "0.1.0"
  database postgres
  api      rest
  targets  ir, docs
  output   "${DEFAULT_OUTPUT}"
}

/// Something your backend stores.
entity Note {
  title string @minLength(1) @maxLength(200)
  body  text?
  timestamps
}

resource notes {
  entity     Note
  operations list, get, create, update, delete
}
`;

/** The starter spec in the chosen syntax (the YAML form is converted from the .pab one). */
export function starterSpec(format: 'pab' | 'yaml'): string {
  if (format === 'pab') return STARTER_PAB;
  const ast = parsePabSpec(createSourceFile('backend.pab', STARTER_PAB)).ast!;
  return `# yaml-language-server: $schema=./node_modules/pab/schema/backend.schema.json\n${printYamlSpec(ast.document, ast.comments)}`;
}

export function runInit(io: CliIo, dir: string | undefined, opts: { format: 'pab' | 'yaml' }): number {
  const root = dir ?? '.';
  const specName = opts.format === 'pab' ? 'backend.pab' : 'backend.yaml';
  const specPath = join(root, specName);
  const other = join(root, opts.format === 'pab' ? 'backend.yaml' : 'backend.pab');
  if (existsSync(specPath) || existsSync(other)) {
    io.stderr(`${existsSync(specPath) ? specPath : other} already exists; pab init never overwrites a spec.\n`);
    return EXIT.errors;
  }
  mkdirSync(root, { recursive: true });
  io.writeFile(specPath, starterSpec(opts.format));
  const attributes = join(root, '.gitattributes');
  const line = `${DEFAULT_OUTPUT}/** linguist-generated=true`;
  const current = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  if (!current.split('\n').includes(line)) {
    io.writeFile(attributes, `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${line}\n`);
  }
  io.stderr(`created ${specPath} and marked ${DEFAULT_OUTPUT}/ as generated in ${attributes}\nnext: pab validate ${specPath} && pab compile ${specPath}\n`);
  return EXIT.ok;
}
