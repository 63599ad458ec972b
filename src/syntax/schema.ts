/**
 * The spec's JSON Schema (`schema/backend.schema.json`) and the Ajv options
 * it is compiled with, shared by `validate.ts` and by the generator of the
 * precompiled check `schema-check.generated.ts` (`schema-code.ts`), so the two
 * cannot disagree about what is valid.
 */
import { readFileSync } from 'node:fs';

type SchemaNode = { readonly [key: string]: any };

/** The parsed schema; `../../schema` resolves from both `src/syntax` and `dist/syntax`. */
export const backendSchema: SchemaNode = JSON.parse(
  readFileSync(new URL('../../schema/backend.schema.json', import.meta.url), 'utf8'),
);

/**
 * strictRequired is off only because the "exactly one of" rules (`oneOf` of `required`) name
 * properties declared by the enclosing object, which strict mode cannot see.
 */
export const AJV_OPTIONS = { strict: true, strictRequired: false, allowUnionTypes: true } as const;
