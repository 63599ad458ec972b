/**
 * Renders `schema-check.generated.ts`: the JSON Schema compiled ahead of time
 * by Ajv (standalone code) into a plain function that answers "is this
 * document valid?". Compiling the schema takes Ajv some 200 ms, which every
 * run would otherwise pay at start-up; valid documents, the usual case, now
 * never load Ajv. `validate.ts` compiles the schema with Ajv only for an
 * invalid document, to get the verbose errors its messages are made from.
 *
 * `npx tsx scripts/gen-schema-check.ts` rewrites the file; a test fails when
 * the checked-in copy is stale (after a change to the schema or to Ajv).
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, backendSchema } from './schema.js';

const HEADER = `// @ts-nocheck
// Generated from schema/backend.schema.json by scripts/gen-schema-check.ts
// (see src/syntax/schema-code.ts). Do not edit.
`;

export function renderSchemaCheck(): string {
  const ajv = new Ajv2020Module.default({ ...AJV_OPTIONS, allErrors: false, verbose: false, code: { source: true, esm: true, lines: true } });
  const code = standaloneModule.default(ajv, ajv.compile(backendSchema)).replace(/^"use strict";\n?/, '');
  // Ajv's runtime helpers are CommonJS `require`s, even in ESM output.
  return `${HEADER}import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code}\n`;
}
