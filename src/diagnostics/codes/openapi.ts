/**
 * Diagnostics of the `openapi` target (`src/emit/openapi/`): parts of the
 * spec an OpenAPI document cannot state as the spec means them, and what the
 * target wrote instead (warnings: the document is still written). Each
 * points at the declaration in the spec. Codes are stable kebab-case; never
 * rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const openapiDiagnostics = defineDiagnostics({
  'openapi-unknown-path-parameter': {
    severity: 'warning',
    summary: 'An action path has a `{placeholder}` that names no field of the entity; OpenAPI needs a type for it, so it is described as a string.',
    example: 'resource orders {\n  entity Order\n  action ship {\n    path "/{id}/ship/{carrier}"   // Order has no field `carrier`\n  }\n}',
    fix: 'Use only fields of the entity as placeholders (`{id}`), and pass other values as input fields.',
    message: (p: { name: string; path: string; operation: string; resource: string; entity: string }) =>
      `The path \`${p.path}\` of \`${p.operation}\` on \`${p.resource}\` has the placeholder \`{${p.name}}\`, which is no field of \`${p.entity}\`; the OpenAPI document describes it as a string.`,
  } satisfies DiagnosticDef<{ name: string; path: string; operation: string; resource: string; entity: string }>,
});

export const diag = createDiagnosticFactory(openapiDiagnostics);
