/**
 * Lays out an `SdlSchema` as the lines of schema.graphql, in the style of
 * graphql-js's `printSchema`: two-space indentation, descriptions as block
 * strings above what they describe, arguments on one line unless one has a
 * description. Every user string (descriptions, default values) was escaped
 * by the view model or is escaped here (`graphqlDescription`,
 * `graphqlString`); the template only places the blocks.
 */
import { graphqlDescription, graphqlString } from '../escape.js';
import type { SdlArgument, SdlField, SdlSchema, SdlType } from './sdl.js';

/** A description as block-string lines, each indented by `pad` (blank lines stay empty). */
export function descriptionLines(text: string | undefined, pad: string): string[] {
  if (text === undefined) return [];
  return graphqlDescription(text).split('\n').map((line) => (line === '' ? '' : `${pad}${line}`));
}

function argText(a: SdlArgument): string {
  return `${a.name}: ${a.type}${a.defaultValue === undefined ? '' : ` = ${a.defaultValue}`}`;
}

function fieldLines(f: SdlField): string[] {
  const tail = `: ${f.type}${f.defaultValue === undefined ? '' : ` = ${f.defaultValue}`}`;
  const lines = descriptionLines(f.description, '  ');
  if (f.args.length === 0) return [...lines, `  ${f.name}${tail}`];
  if (f.args.every((a) => a.description === undefined)) return [...lines, `  ${f.name}(${f.args.map(argText).join(', ')})${tail}`];
  return [
    ...lines,
    `  ${f.name}(`,
    ...f.args.flatMap((a) => [...descriptionLines(a.description, '    '), `    ${argText(a)}`]),
    `  )${tail}`,
  ];
}

function typeLines(t: SdlType): string[] {
  const lines = descriptionLines(t.description, '');
  switch (t.kind) {
    case 'scalar':
      return [...lines, `scalar ${t.name}${t.specifiedBy === undefined ? '' : ` @specifiedBy(url: ${graphqlString(t.specifiedBy)})`}`];
    case 'enum':
      return [...lines, `enum ${t.name} {`, ...t.values.flatMap((v) => [...descriptionLines(v.description, '  '), `  ${v.name}`]), '}'];
    default: {
      const impl = t.implements.length === 0 ? '' : ` implements ${t.implements.join(' & ')}`;
      return [...lines, `${t.kind} ${t.name}${impl} {`, ...t.fields.flatMap(fieldLines), '}'];
    }
  }
}

/** The blocks of schema.graphql: the schema definition, then each type; each block is its lines. */
export function schemaBlocks(schema: SdlSchema): string[][] {
  const head = [
    ...descriptionLines(schema.description, ''),
    'schema {',
    ...schema.roots.map((r) => `  ${r.operation}: ${r.type}`),
    '}',
  ];
  return [head, ...schema.types.map(typeLines)];
}
