import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../src/check/index.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { spanned } from './helpers.js';
import { shopSpec } from './fixtures.js';

/** Every [parent, key] of the document tree, in order. */
function slots(doc: unknown): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      out.push([node as Record<string, unknown>, k]);
      walk(v);
    }
  };
  walk(doc);
  return out;
}

describe('robustness against input that slipped past the schema', () => {
  for (const odd of [null, 42, 'x', {}]) {
    it(`never throws when any single node is replaced by ${JSON.stringify(odd)}`, () => {
      const count = slots(shopSpec()).length;
      const failures: string[] = [];
      for (let i = 0; i < count; i++) {
        const doc = shopSpec();
        const [parent, key] = slots(doc)[i]!;
        parent[key] = odd;
        try {
          checkSpec(doc, spanned(doc).spans);
        } catch (e) {
          failures.push(`slot ${i} (${key}): ${(e as Error).message}`);
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
    }, 60_000);
  }

  it('never throws on documents that are not objects at all', () => {
    for (const odd of [null, undefined, 1, 'spec', []]) {
      expect(() => checkSpec(odd as unknown as SpecDocument, new Map())).not.toThrow();
    }
  });
});
