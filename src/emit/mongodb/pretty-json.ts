/**
 * Compact, deterministic pretty JSON: an object or array stays on one line
 * when that line fits in `WIDTH` columns, else each member gets its own
 * line, indented by two spaces. Keys keep their order (index keys are
 * ordered). Strings are JSON-escaped, so the text is also a safe JavaScript
 * expression (mongosh runs on Node.js, where U+2028/U+2029 may appear in
 * string literals).
 */
import type { Json } from './fields.js';

const WIDTH = 100;

function isContainer(v: Json): v is readonly Json[] | { readonly [key: string]: Json } {
  return v !== null && typeof v === 'object';
}

function entriesOf(v: readonly Json[] | { readonly [key: string]: Json }): [string | undefined, Json][] {
  return Array.isArray(v) ? (v as readonly Json[]).map((x) => [undefined, x]) : Object.entries(v);
}

/** The one-line form: `{"a": 1, "b": [1, 2]}`. */
function inline(v: Json): string {
  if (!isContainer(v)) return JSON.stringify(v);
  const parts = entriesOf(v).map(([k, x]) => (k === undefined ? inline(x) : `${JSON.stringify(k)}: ${inline(x)}`));
  return Array.isArray(v) ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

function print(v: Json, indent: string, used: number): string {
  const one = inline(v);
  if (!isContainer(v) || used + one.length <= WIDTH) return one;
  const inner = `${indent}  `;
  const parts = entriesOf(v).map(([k, x]) => {
    const prefix = k === undefined ? '' : `${JSON.stringify(k)}: `;
    return `${inner}${prefix}${print(x, inner, inner.length + prefix.length + 1)}`;
  });
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return parts.length === 0 ? `${open}${close}` : `${open}\n${parts.join(',\n')}\n${indent}${close}`;
}

/** `value` as JSON text without a final newline; `used` is how many columns precede it on its first line. */
export function prettyJson(value: Json, used = 0): string {
  return print(value, '', used);
}
