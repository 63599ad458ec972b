/**
 * Leaves out components nothing refers to: shared responses and headers no
 * operation uses, schemas only an unused component used. The document then
 * has no unused components (a linter rule), whatever the spec configures.
 */
import type { Json, JsonObject } from './json.js';

const PRUNED = ['schemas', 'responses', 'headers', 'parameters'] as const;

/** Every `#/components/<section>/<name>` reference in a value. */
function collectRefs(value: Json | undefined, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as JsonObject)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) into.add(v.slice('#/components/'.length));
      else collectRefs(v, into);
    }
  }
}

/** The document without unreferenced schemas, responses, headers and parameters (empty sections dropped). */
export function pruneComponents(doc: JsonObject): JsonObject {
  const components = (doc['components'] ?? {}) as Record<string, Record<string, Json> | undefined>;
  const used = new Set<string>();
  const { components: _ignored, ...rest } = doc;
  collectRefs(rest as JsonObject, used);
  const queue = [...used];
  while (queue.length > 0) {
    const key = queue.pop()!;
    const [section, name] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
    const found = new Set<string>();
    collectRefs(components[section]?.[name], found);
    for (const f of found) {
      if (!used.has(f)) {
        used.add(f);
        queue.push(f);
      }
    }
  }
  const kept = Object.fromEntries(
    Object.entries(components).flatMap(([section, entries]) => {
      if (entries === undefined) return [];
      if (!(PRUNED as readonly string[]).includes(section)) return [[section, entries]];
      const live = Object.entries(entries).filter(([name]) => used.has(`${section}/${name}`));
      return live.length === 0 ? [] : [[section, Object.fromEntries(live)]];
    }),
  );
  return { ...doc, components: Object.keys(kept).length === 0 ? undefined : kept };
}
