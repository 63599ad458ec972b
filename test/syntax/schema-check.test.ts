/**
 * The precompiled schema check (`schema-check.generated.ts`) is current, and
 * it agrees with Ajv compiling the schema at run time on what is valid.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/core/source-file.js';
import { parseSpecFile } from '../../src/syntax/load.js';
import { validate as isValidDocument } from '../../src/syntax/schema-check.generated.js';
import { renderSchemaCheck } from '../../src/syntax/schema-code.js';
import { AJV_OPTIONS, backendSchema } from '../../src/syntax/schema.js';
import { specDocument, yamlLikeDocument } from '../helpers/arbitraries.js';
import { exampleFiles, fcParams } from '../property/support.js';

describe('precompiled schema check', () => {
  it('src/syntax/schema-check.generated.ts is up to date (run `npx tsx scripts/gen-schema-check.ts` after changing the schema or Ajv)', () => {
    const checkedIn = readFileSync(new URL('../../src/syntax/schema-check.generated.ts', import.meta.url), 'utf8');
    expect(checkedIn).toBe(renderSchemaCheck());
  });

  const ajv = new Ajv2020Module.default({ ...AJV_OPTIONS, allErrors: true });
  const full = ajv.compile(backendSchema);
  const agree = (doc: unknown): void => {
    expect(isValidDocument(doc)).toBe(full(doc));
  };

  it('accepts the example specs', () => {
    for (const f of exampleFiles()) {
      const { ast } = parseSpecFile(createSourceFile(f.path, f.text), f.path.endsWith('.pab') ? 'pab' : 'yaml');
      expect(isValidDocument(ast!.document)).toBe(true);
    }
  });

  it('agrees with Ajv on schema-shaped documents', { timeout: 60_000 }, () => {
    fc.assert(fc.property(specDocument(), agree), fcParams(200, 5501));
  });

  it('agrees with Ajv on random documents with the spec keys', { timeout: 60_000 }, () => {
    fc.assert(fc.property(yamlLikeDocument, agree), fcParams(300, 5502));
  });
});
