/**
 * The view model of schema.prisma: the blocks of `buildPrismaSchema` laid
 * out the way `prisma format` lays them out, so that formatting the file
 * changes nothing. Within a block, field names, types and attributes are
 * aligned in columns (comment lines do not count); block attributes follow
 * after a blank line; `key = value` settings align on `=`. Everything in the
 * input is escaped already; this only pads and orders.
 */
import { prismaString } from '../escape.js';
import type { PrismaBlock, PrismaField, PrismaSchema } from './schema.js';

export interface PrismaBlockView {
  /** Doc lines (text after `/// `; '' for an empty line). */
  readonly doc: readonly string[];
  /** `model Name` or `enum Name`. */
  readonly head: string;
  /** Body lines without the indentation; '' is a blank line. */
  readonly body: readonly string[];
}

export interface PrismaSchemaView {
  /** The generated-file header line(s), ending in a newline. */
  readonly header: string;
  /** Comment lines after the header (text after `// `): the backend's doc. */
  readonly preamble: readonly string[];
  readonly generator: readonly string[];
  readonly datasource: readonly string[];
  readonly blocks: readonly PrismaBlockView[];
}

/** `key = value` lines, aligned on `=`. */
function settings(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k.padEnd(width)} = ${v}`);
}

/** Field lines in columns, with their doc lines above them. */
function fieldLines(fields: readonly PrismaField[]): string[] {
  const nameWidth = Math.max(0, ...fields.map((f) => f.name.length));
  const typeWidth = Math.max(0, ...fields.map((f) => f.type.length));
  const out: string[] = [];
  for (const f of fields) {
    for (const d of f.doc) out.push(d === '' ? '///' : `/// ${d}`);
    const cells = [f.name.padEnd(nameWidth)];
    if (typeWidth > 0) cells.push(f.type.padEnd(typeWidth));
    cells.push(f.attributes.join(' '));
    out.push(cells.join(' ').trimEnd());
  }
  return out;
}

function blockView(b: PrismaBlock): PrismaBlockView {
  const body = [...fieldLines(b.fields), ...b.comments.map((c) => `// ${c}`.trimEnd())];
  if (b.attributes.length > 0) body.push('', ...b.attributes);
  return { doc: b.doc, head: `${b.kind} ${b.name}`, body };
}

export function layoutSchema(schema: PrismaSchema, header: string, preamble: readonly string[], output: string): PrismaSchemaView {
  const generator: [string, string][] = [
    ['provider', prismaString('prisma-client')],
    ['output', prismaString(output)],
  ];
  if (schema.previewFeatures.length > 0) generator.push(['previewFeatures', `[${schema.previewFeatures.map(prismaString).join(', ')}]`]);
  return {
    header,
    preamble,
    generator: settings(generator),
    datasource: settings([['provider', prismaString(schema.provider)]]),
    blocks: [...schema.enums, ...schema.models].map(blockView),
  };
}
