/**
 * The example operations document (operations.graphql): for every field of
 * `Query`, `Mutation` and `Subscription`, one named operation that passes
 * each argument as a variable of the same name and type and selects the
 * scalar and enum fields of the result; connections, edges and page info are
 * entered (`expand`), entity types are not, so selections stay shallow. An
 * object with nothing to select gets `__typename`. Operation names are the
 * field names with a capital, made unique in the document.
 */
import { NameScope } from './names.js';
import { namedType, type SdlField, type SdlSchema, type SdlType } from './sdl.js';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/**
 * The selection lines (unindented, two spaces per level) of a result of
 * type `typeName`; empty for a leaf. An expanded type (connection, edge,
 * page info) selects its object fields too; any other object type only its
 * scalar and enum fields.
 */
function selection(typeName: string, types: ReadonlyMap<string, SdlType>): string[] {
  const type = types.get(typeName);
  if (type === undefined || type.kind === 'scalar' || type.kind === 'enum') return [];
  const lines: string[] = [];
  for (const f of type.fields) {
    if (f.args.some((a) => a.type.endsWith('!') && a.defaultValue === undefined)) continue;
    const inner = namedType(f.type);
    const target = types.get(inner);
    if (BUILT_IN_SCALARS.has(inner) || target?.kind === 'scalar' || target?.kind === 'enum') {
      lines.push(f.name);
    } else if (type.expand && inner !== typeName) {
      lines.push(`${f.name} {`, ...selection(inner, types).map((l) => `  ${l}`), '}');
    }
  }
  return lines.length > 0 ? lines : ['__typename'];
}

function operationLines(keyword: string, name: string, f: SdlField, types: ReadonlyMap<string, SdlType>): string[] {
  const vars = f.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = selection(namedType(f.type), types);
  const call = `  ${f.name}${args === '' ? '' : `(${args})`}`;
  return [
    `${keyword} ${name}${vars === '' ? '' : `(${vars})`} {`,
    ...(sel.length === 0 ? [call] : [`${call} {`, ...sel.map((l) => `    ${l}`), '  }']),
    '}',
  ];
}

/** The operations of the document, each as its lines. */
export function operationBlocks(schema: SdlSchema): string[][] {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const names = new NameScope();
  const out: string[][] = [];
  for (const root of schema.roots) {
    const suffix = root.operation === 'query' ? 'Query' : root.operation === 'mutation' ? 'Mutation' : 'Subscription';
    for (const f of types.get(root.type)?.fields ?? []) {
      const preferred = `${f.name.charAt(0).toUpperCase()}${f.name.slice(1)}`;
      const name = names.has(preferred) ? names.claim(`${preferred}${suffix}`) : names.claim(preferred);
      out.push(operationLines(root.operation, name, f, types));
    }
  }
  return out;
}
