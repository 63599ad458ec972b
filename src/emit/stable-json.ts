/**
 * Stable JSON for generated files: object keys sorted recursively (by UTF-16
 * code units, never by locale), array order kept, 2-space indent, a final
 * newline. The same value always gives the same bytes, whatever order its
 * keys were created in.
 */

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface StableJsonOptions {
  /** Property names left out at any depth (e.g. `origin`). */
  readonly omit?: ReadonlySet<string>;
}

/** Pretty JSON with sorted keys and a trailing newline. */
export function stableJson(value: unknown, options: StableJsonOptions = {}): string {
  return `${JSON.stringify(sortedCopy(value, options.omit ?? NOTHING), null, 2)}\n`;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * A deep copy with every object's keys in sorted order and the omitted keys
 * left out, for the native (fast) `JSON.stringify`. One exception to the
 * order: JavaScript objects list integer-like keys ("7", "10") first, in
 * numeric order; the IR has none (its keys are property names and spec
 * names, which start with a letter).
 */
function sortedCopy(value: unknown, omit: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => sortedCopy(v, omit));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort(byCodeUnits);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || omit.has(key)) continue;
    // A plain assignment to `__proto__` would set the prototype, not a property.
    Object.defineProperty(out, key, { value: sortedCopy(v, omit), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
