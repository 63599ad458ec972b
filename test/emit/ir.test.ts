import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irTarget } from '../../src/emit/ir/index.js';
import { stableJson } from '../../src/emit/stable-json.js';
import type { EmitContext } from '../../src/emit/emitter.js';
import type { IrOptions } from '../../src/emit/ir/index.js';
import { modelOf, SMALL_SPEC } from './helpers.js';

function context(options: IrOptions): EmitContext<IrOptions> {
  return {
    options,
    specPath: 'backend.pab',
    render: () => {
      throw new Error('ir renders no templates');
    },
    report: () => {
      throw new Error('ir reports nothing');
    },
    previous: new Map(),
  };
}

/** Every key path of a JSON value, to check key order. */
function keyOrders(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) value.forEach((v) => keyOrders(v, out));
  else if (value !== null && typeof value === 'object') {
    out.push(Object.keys(value));
    Object.values(value).forEach((v) => keyOrders(v, out));
  }
  return out;
}

/** The reference: a deep copy with every object's keys in sorted order, `undefined` dropped. */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) Object.defineProperty(out, key, { value: sortKeysDeep(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe('stableJson', () => {
  it('sorts keys at every depth by code unit, keeps arrays, ends with a newline', () => {
    expect(stableJson({ b: 1, a: [{ z: 1, Z: 2, é: 3 }], c: undefined })).toBe(
      '{\n  "a": [\n    {\n      "Z": 2,\n      "z": 1,\n      "é": 3\n    }\n  ],\n  "b": 1\n}\n',
    );
  });

  it('does not depend on the order keys were created in', () => {
    expect(stableJson({ x: 1, y: { q: 1, p: 2 } })).toBe(stableJson({ y: { p: 2, q: 1 }, x: 1 }));
    expect(sortKeysDeep([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it('writes exactly what JSON.stringify writes for the key-sorted value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = stableJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).toBe(`${JSON.stringify(sortKeysDeep(value), null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
    expect(stableJson([undefined, { a: undefined }, {}, []])).toBe('[\n  null,\n  {},\n  {},\n  []\n]\n');
  });

  it('keeps a key named __proto__', () => {
    expect(stableJson(JSON.parse('{"__proto__": {"b": 1}, "a": 2}'))).toBe('{\n  "__proto__": {\n    "b": 1\n  },\n  "a": 2\n}\n');
  });

  it('leaves out omitted keys at every depth', () => {
    const omit = new Set(['origin']);
    expect(stableJson({ origin: 1, a: [{ origin: 2, b: 3 }, { origin: 4 }] }, { omit })).toBe(
      '{\n  "a": [\n    {\n      "b": 3\n    },\n    {}\n  ]\n}\n',
    );
  });
});

describe('target ir', () => {
  const model = modelOf(SMALL_SPEC);

  it('writes ir.json: the model without origins, keys sorted, no header', () => {
    const [file, ...rest] = irTarget.emit(model, context(irTarget.defaults));
    expect(rest).toEqual([]);
    expect(file!.path).toBe('ir.json');
    expect(file!.kind).toBe('generated');
    expect(file!.content.startsWith('{\n  "aggregates": [],\n')).toBe(true);
    expect(file!.content.endsWith('}\n')).toBe(true);
    expect(file!.content).not.toContain('"origin"');
    for (const keys of keyOrders(JSON.parse(file!.content))) expect(keys).toEqual([...keys].sort());
    const parsed = JSON.parse(file!.content) as { entities: { name: string; fields: { name: string }[] }[] };
    expect(parsed.entities.map((e) => e.name)).toEqual(['User', 'Order']);
    expect(parsed.entities[1]!.fields.map((f) => f.name)).toEqual(['id', 'customer', 'customerId', 'total']);
  });

  it('keeps origins with `origins: true`', () => {
    const [file] = irTarget.emit(model, context({ origins: true }));
    const parsed = JSON.parse(file!.content) as { backend: { origin: { file: string } } };
    expect(parsed.backend.origin.file).toBe('backend.pab');
    expect(JSON.parse(file!.content)).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('does not change when only whitespace and comments of the spec change', () => {
    const spaced = `// A comment that moves every offset.\n\n${SMALL_SPEC.replace(/ {2}/g, '      ').replace(/\n}/g, '\n  // closing\n}')}`;
    const a = irTarget.emit(model, context(irTarget.defaults));
    const b = irTarget.emit(modelOf(spaced), context(irTarget.defaults));
    expect(b).toEqual(a);
  });
});
