/**
 * Names in a GraphQL schema: which spec names GraphQL cannot take as they
 * are, what they become, and unique names for what the target adds
 * (connections, inputs, operation names). Pure and deterministic.
 *
 * Spec names are `[A-Za-z_][A-Za-z0-9_]*`, which GraphQL's `Name` accepts,
 * but GraphQL reserves names starting with `__` (introspection), enum values
 * `true`, `false` and `null`, and the type names of the built-in scalars,
 * the custom scalars and the types this target defines (`Node`, `PageInfo`,
 * the root types). Such a name becomes `_x` (a leading `__` loses one `_`)
 * or gets a `_` appended (`Node` → `Node_`, `true` → `true_`), then a
 * number from 2 if that is taken.
 */

/** GraphQL's `Name`. */
export const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The type names of the built-in scalars and of the root and shared types this target writes. */
export const BUILT_IN_TYPES: readonly string[] = [
  'String', 'Int', 'Float', 'Boolean', 'ID',
  'Query', 'Mutation', 'Subscription', 'Node', 'PageInfo',
];

/** Enum values GraphQL forbids (they would read as literals). */
const FORBIDDEN_VALUES = new Set(['true', 'false', 'null']);

/** Why GraphQL cannot use `name` as it is (in a namespace with `reserved` names), or undefined when it can. */
export function nameProblem(name: string, kind: 'type' | 'field' | 'value', reserved: ReadonlySet<string> = new Set()): string | undefined {
  if (name.startsWith('__')) return 'GraphQL reserves names starting with `__` for introspection';
  if (!GRAPHQL_NAME.test(name)) return 'it is not a GraphQL name';
  if (kind === 'value' && FORBIDDEN_VALUES.has(name)) return `\`${name}\` cannot be an enum value in GraphQL`;
  if (kind === 'type' && reserved.has(name)) return `\`${name}\` is a type GraphQL or this schema defines`;
  if (reserved.has(name)) return kind === 'field' && name === 'id' ? 'in a type implementing `Node`, `id` is the global id' : `\`${name}\` is taken by a name this schema defines`;
  return undefined;
}

/** The name GraphQL gets for a name it cannot use (before making it unique). */
export function fixedName(name: string): string {
  const core = name.replace(/[^_0-9A-Za-z]/g, '_');
  if (core.startsWith('__')) return core.replace(/^_+/, '_');
  if (!/^[_A-Za-z]/.test(core)) return `_${core}`;
  return `${core}_`;
}

/** A set of names taken in one namespace (the types of a schema, the fields of a type, the values of an enum). */
export class NameScope {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  add(name: string): void {
    this.taken.add(name);
  }

  /** `name` when free, else `name` with the first free number from 2 appended; taken on return. */
  claim(name: string): string {
    let out = name;
    for (let i = 2; this.taken.has(out); i++) out = `${name}${i}`;
    this.taken.add(out);
    return out;
  }
}

/** `createdAt` → `CREATED_AT` (for enum values such as `CREATED_AT_DESC`). */
export function constantCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}
