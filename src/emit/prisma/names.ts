/**
 * Names in a Prisma schema: which spec names Prisma cannot take as they are,
 * what they become, and unique names for what the target adds (join models,
 * back-relation fields). Pure and deterministic.
 *
 * Spec names are `[A-Za-z_][A-Za-z0-9_]*`. Prisma rejects:
 * - a leading `_` in any name (model, enum, field, enum value);
 * - as a model or enum name: JavaScript's reserved words, `PrismaClient` and
 *   the scalar type names (checked with `@prisma/prisma-schema-wasm`); pab
 *   also avoids `Prisma`, the namespace the generated client exports.
 * Such a name loses its leading underscores and gets one `_` appended (`_tmp`
 * → `tmp_`, `Prisma` → `Prisma_`), then a number from 2 if that is taken
 * (`tmp_2`). The database names do not change: `@map`/`@@map` keep them.
 */

/** Model and enum names the validator or the generated client reserve. */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'super',
  'switch', 'static', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'PrismaClient', 'Prisma',
  'String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Unsupported',
]);

/** Why Prisma cannot use `name` as it is, or undefined when it can. */
export function nameProblem(name: string, kind: 'type' | 'field' | 'value'): string | undefined {
  if (name.startsWith('_')) return 'Prisma names cannot start with `_`';
  if (kind === 'type' && RESERVED_TYPE_NAMES.has(name)) {
    return name === 'Prisma' || name === 'PrismaClient'
      ? `the generated Prisma client reserves \`${name}\``
      : `\`${name}\` is a reserved name in Prisma`;
  }
  return undefined;
}

/** The name Prisma gets for a name it cannot use (before making it unique). */
export function fixedName(name: string): string {
  let core = name.replace(/^_+/, '');
  if (core === '' || /^[0-9]/.test(core)) core = `x${core}`;
  return `${core}_`;
}

/**
 * A set of names taken in one namespace (the model and enum names of a
 * schema, or the field names of a model). Prisma names are case-sensitive,
 * but the client derives property names by lower-casing the first letter,
 * so names that differ only there count as the same.
 */
export class NameScope {
  private readonly taken = new Set<string>();

  private static key(name: string): string {
    return name.charAt(0).toLowerCase() + name.slice(1);
  }

  has(name: string): boolean {
    return this.taken.has(NameScope.key(name));
  }

  add(name: string): void {
    this.taken.add(NameScope.key(name));
  }

  /** The first of `candidates` that is free, else the last with the first free number from 2 appended; taken on return. */
  claim(candidates: readonly string[], reserved: (name: string) => boolean = () => false): string {
    const ok = (n: string): boolean => !this.has(n) && !reserved(n);
    let name = candidates.find(ok);
    if (name === undefined) {
      const last = candidates[candidates.length - 1]!;
      for (let i = 2; name === undefined; i++) if (ok(`${last}${i}`)) name = `${last}${i}`;
    }
    this.add(name);
    return name;
  }
}

/** `product_id` → `productId`. */
export function camelFromSnake(name: string): string {
  const parts = name.split('_').filter((p) => p !== '');
  if (parts.length === 0) return name;
  return parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}
