/**
 * Names in the `.proto` files, following buf's STANDARD lint rules: the
 * package lower_snake_case with a version last (`library.v1`), messages,
 * enums, services and RPCs PascalCase, fields lower_snake_case, enum values
 * UPPER_SNAKE_CASE prefixed with their enum's name, the zero value
 * `<ENUM>_UNSPECIFIED`. Pure and deterministic.
 *
 * Spec names are `[A-Za-z_][A-Za-z0-9_]*`. Converting them can make two
 * names one (`userId` and `user_id` are both `user_id`); a `NameScope` hands
 * out unique names and says when it had to append a number. Protobuf's
 * keywords are not reserved as names (`string message = 1;` is valid), and
 * each code generator escapes its own language's keywords, so those stay.
 */
import { snakeCase, upperFirst } from '../../model/naming.js';

/** `customer_id` → `customerId`: the JSON name protobuf derives from a field name (the same rule as protoc). */
export function jsonName(field: string): string {
  let out = '';
  let upper = false;
  for (const ch of field) {
    if (ch === '_') upper = true;
    else if (upper) {
      out += ch.toUpperCase();
      upper = false;
    } else out += ch;
  }
  return out;
}

/** A lower_snake_case name: `customerId` → `customer_id`, `_id` → `id`, never empty, never starting with a digit. */
export function fieldName(name: string): string {
  const s = snakeCase(name).replace(/^_+|_+$/g, '').replace(/_+/g, '_');
  if (s === '') return 'field';
  return /^[0-9]/.test(s) ? `field_${s}` : s;
}

/** UPPER_SNAKE_CASE: `MemberRole` → `MEMBER_ROLE`, `inStock` → `IN_STOCK`. */
export function upperSnake(name: string): string {
  return fieldName(name).toUpperCase();
}

/** A PascalCase name: `memberLoans` → `MemberLoans`, `order_item` → `OrderItem`; a valid one (`HTTPServer`) stays. */
export function pascalName(name: string): string {
  const simple = upperFirst(name);
  if (/^[A-Z][A-Za-z0-9]*$/.test(simple)) return simple;
  const joined = fieldName(name).split('_').map(upperFirst).join('');
  return /^[A-Z]/.test(joined) ? joined : `X${joined}`;
}

/** The value name of an enum value: `MemberRole` + `LIBRARIAN` → `MEMBER_ROLE_LIBRARIAN`. */
export function enumValueName(enumName: string, value: string): string {
  return `${upperSnake(enumName)}_${upperSnake(value)}`;
}

/** The zero value of an enum: `MEMBER_ROLE_UNSPECIFIED`. */
export function unspecifiedValue(enumName: string): string {
  return `${upperSnake(enumName)}_UNSPECIFIED`;
}

/** A protobuf package: lower_snake_case parts separated by dots, the last a version (`v1`, `v2beta1`, `v1alpha`, `v1test`). */
const PACKAGE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*)*\.v[1-9][0-9]*(?:(?:alpha|beta)[0-9]*|test[a-z0-9]*)?$/;

export function isValidPackage(pkg: string): boolean {
  return PACKAGE.test(pkg);
}

/** The default package of a backend: `Library` → `library.v1`, `MyShop` → `my_shop.v1`. */
export function defaultPackage(backendName: string): string {
  const base = fieldName(backendName);
  return `${/^[a-z]/.test(base) ? base : `x${base}`}.v1`;
}

/** The folder of a package's files (buf's PACKAGE_DIRECTORY_MATCH): `library.v1` → `library/v1`. */
export function packagePath(pkg: string): string {
  return pkg.replace(/\./g, '/');
}

/** The package's last part that is not its version: `acme.library.v1` → `library`. */
export function packageBaseName(pkg: string): string {
  const parts = pkg.split('.');
  return parts.length > 1 ? parts[parts.length - 2]! : parts[0]!;
}

/**
 * The names taken in one protobuf scope (a package's top-level names, a
 * message's fields, a service's RPCs). With `json`, a name also takes its
 * JSON name, as protoc refuses two fields with the same JSON name.
 */
export class NameScope {
  private readonly taken = new Set<string>();

  constructor(private readonly json = false) {}

  private keys(name: string): string[] {
    return this.json ? [name, `json:${jsonName(name)}`] : [name];
  }

  has(name: string): boolean {
    return this.keys(name).some((k) => this.taken.has(k));
  }

  /**
   * The first of `candidates` that is free, else the last with the first
   * free number from 2 appended (`_2` after a snake_case name); taken on return.
   */
  claim(candidates: readonly string[]): string {
    let name = candidates.find((c) => !this.has(c));
    if (name === undefined) {
      const last = candidates[candidates.length - 1]!;
      const sep = /^[a-z0-9_]+$/.test(last) || /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(last) ? '_' : '';
      for (let i = 2; name === undefined; i++) if (!this.has(`${last}${sep}${i}`)) name = `${last}${sep}${i}`;
    }
    for (const k of this.keys(name)) this.taken.add(k);
    return name;
  }
}
