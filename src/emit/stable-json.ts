/**
 * Stable JSON for generated files: object keys sorted recursively (by UTF-16
 * code units, never by locale), array order kept, 2-space indent, a final
 * newline. The same value always gives the same bytes, whatever order its
 * keys were created in.
 */

/** A deep copy with every object's keys in sorted order; `undefined` properties dropped, as JSON does. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(byCodeUnits)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeysDeep(v);
    }
    return out;
  }
  return value;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Pretty JSON with sorted keys and a trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}
