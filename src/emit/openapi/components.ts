/**
 * The `components.schemas` registry of one document. Entities and enums keep
 * their spec names; derived schemas (`BookCreate`, `BookCursorPage`,
 * `ReserveBookInput`, `Problem`…) take the first free candidate name, or
 * share a name with an identical schema, so a spec entity called `Problem`
 * or `BookCreate` never collides with them (the derived one gets a number).
 * Schemas are listed in a fixed order: by group (entities with their
 * derived schemas, enums, action inputs, auth, system, errors), then by
 * declaration order.
 */
import type { JsonObject } from './json.js';
import { ref } from './json.js';

/** Where a schema is listed: its group, then its place in that group. */
export type SchemaOrder = readonly [group: number, index: number, sub: number];

/** Ordering groups of `components.schemas`. */
export const GROUP = { entity: 0, enum: 1, input: 2, auth: 3, system: 4, error: 5 } as const;

interface Entry {
  readonly schema: JsonObject;
  readonly text: string;
  readonly order: SchemaOrder;
  readonly seq: number;
}

export class SchemaRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly reserved: ReadonlySet<string>;

  /** `reserved`: the spec's entity and enum names, which only `own` may claim. */
  constructor(reserved: Iterable<string>) {
    this.reserved = new Set(reserved);
  }

  /** Whether a schema of that name exists. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The schema of a spec entity or enum under its own name (built once); its `$ref`. */
  own(name: string, order: SchemaOrder, build: () => JsonObject): JsonObject {
    if (!this.entries.has(name)) this.put(name, build(), order);
    return ref('schemas', name);
  }

  /**
   * A derived schema under the first candidate name that is free (not a spec
   * name, not taken) or already holds an identical schema; when none is,
   * the first candidate with a number (`BookCreate2`). Returns its name.
   */
  derived(candidates: readonly string[], schema: JsonObject, order: SchemaOrder): string {
    const text = JSON.stringify(schema);
    const fits = (name: string): boolean => {
      const existing = this.entries.get(name);
      if (existing !== undefined) return existing.text === text;
      return !this.reserved.has(name);
    };
    let name = candidates.find(fits);
    for (let n = 2; name === undefined; n++) {
      const numbered = `${candidates[0]!}${n}`;
      if (fits(numbered)) name = numbered;
    }
    if (!this.entries.has(name)) this.put(name, schema, order);
    return name;
  }

  private put(name: string, schema: JsonObject, order: SchemaOrder): void {
    this.entries.set(name, { schema, text: JSON.stringify(schema), order, seq: this.entries.size });
  }

  /** Every schema, in listing order. */
  sorted(): [string, JsonObject][] {
    const cmp = (a: Entry, b: Entry): number =>
      a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.seq - b.seq;
    return [...this.entries].sort(([, a], [, b]) => cmp(a, b)).map(([name, e]) => [name, e.schema]);
  }
}
