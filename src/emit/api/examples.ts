/**
 * Example values for contract fields: deterministic (the same field always
 * gets the same value, so outputs stay byte-identical) and valid against the
 * field's own constraints (pattern, length, range), so that linters checking
 * examples against schemas and generated tests posting them both accept them.
 */
import RandExpModule from 'randexp';
import type { Constraints, Enum, ScalarType } from '../../model/model.js';
import type { ApiType } from './shapes.js';

/** randexp is CommonJS with `module.exports = RandExp` while its typings declare an ES default export. */
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

/** A JSON value. */
export type ExampleValue = string | number | boolean | null | ExampleValue[] | { [key: string]: ExampleValue };

/** FNV-1a of a string: the seed of the pattern generator for one field. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 2147483646) + 1;
}

/** A string matching `pattern`, the same for the same pattern and seed text; undefined when the pattern is beyond the generator. */
export function stringMatching(pattern: string, seedText: string, constraints: Constraints = {}): string | undefined {
  let state = seedOf(`${seedText}\u0000${pattern}`);
  try {
    const gen = new RandExp(pattern);
    gen.max = 8;
    // Park–Miller: deterministic and independent of Math.random.
    gen.randInt = (from: number, to: number): number => {
      state = (state * 48271) % 2147483647;
      return from + (state % (to - from + 1));
    };
    const re = new RegExp(pattern, 'u');
    for (let attempt = 0; attempt < 20; attempt++) {
      const value = gen.gen();
      const length = [...value].length;
      if (!re.test(value)) continue;
      if (constraints.minLength !== undefined && length < constraints.minLength) continue;
      if (constraints.maxLength !== undefined && length > constraints.maxLength) continue;
      return value;
    }
  } catch {
    // An expression RandExp cannot read (lookbehind, Unicode classes): no example.
  }
  return undefined;
}

function fitLength(base: string, c: Constraints): string {
  let s = base;
  const min = c.minLength ?? 0;
  while ([...s].length < min) s += 'x';
  if (c.maxLength !== undefined && [...s].length > c.maxLength) s = [...s].slice(0, Math.max(c.maxLength, min)).join('');
  return s;
}

function fitNumber(preferred: number, c: Constraints, integer: boolean): number {
  let v = preferred;
  if (c.min !== undefined && v < c.min) v = integer ? Math.ceil(c.min) : c.min;
  if (c.max !== undefined && v > c.max) v = integer ? Math.floor(c.max) : c.max;
  return v;
}

/** A decimal string with the given scale that fits the precision and the constraints. */
function decimalExample(c: Constraints, precision: number | undefined, scale: number | undefined): string {
  const s = scale ?? 2;
  const largest = precision === undefined ? Infinity : 10 ** (precision - s) - 10 ** -s;
  const v = fitNumber(Math.min(19.99, largest), c, false);
  return v.toFixed(s);
}

const FIXED: Partial<Record<ScalarType, ExampleValue>> = {
  boolean: true,
  uuid: '3f2b8c1e-9a4d-4e7b-8c2a-5d6f7e8a9b0c',
  date: '2024-05-17',
  datetime: '2024-05-17T09:30:00Z',
  json: { key: 'value' },
  bytes: 'cGFi',
  email: 'alex@example.com',
  url: 'https://example.com/',
};

/** An example of one scalar or enum value (not a list). `name` seeds pattern examples. */
export function scalarExample(type: ApiType, constraints: Constraints, name: string, enums: ReadonlyMap<string, Enum>): ExampleValue {
  if (type.kind === 'enum') return enums.get(type.enum)?.values[0]?.name ?? null;
  const fixed = FIXED[type.type];
  if (fixed !== undefined) return fixed;
  switch (type.type) {
    case 'int':
      return fitNumber(1, constraints, true);
    case 'bigint':
      return fitNumber(1, constraints, true);
    case 'float':
      return fitNumber(1.5, constraints, false);
    case 'decimal':
      return decimalExample(constraints, type.precision, type.scale);
    case 'secret':
      return fitLength('correct-horse-battery-staple', constraints);
    case 'text':
    case 'string': {
      if (constraints.pattern !== undefined) {
        const matched = stringMatching(constraints.pattern, name, constraints);
        if (matched !== undefined) return matched;
      }
      return fitLength(type.type === 'text' ? `A ${name} text.` : `${name} example`, constraints);
    }
    default:
      return null;
  }
}

/** An example of a field: its default when it has a literal one, else a value of its type; a list holds one item. */
export function fieldExample(
  field: { readonly name: string; readonly type: ApiType; readonly list: boolean; readonly constraints: Constraints },
  enums: ReadonlyMap<string, Enum>,
): ExampleValue {
  const one = scalarExample(field.type, field.constraints, field.name, enums);
  return field.list ? [one] : one;
}
