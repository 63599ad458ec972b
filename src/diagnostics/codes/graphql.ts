/**
 * Diagnostics of the `graphql` target (`src/emit/graphql/`): names GraphQL
 * cannot use as they are (reserved, built-in, colliding with a generated
 * type), and a spec that exposes nothing over GraphQL. Warnings: the schema
 * is still written. Each points at the declaration in the spec.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const graphqlDiagnostics = defineDiagnostics({
  'graphql-name-renamed': {
    severity: 'warning',
    summary: 'A name GraphQL reserves or cannot use (a built-in type such as `Node` or `Date`, a name starting with `__`, an enum value `true`/`false`/`null`, a name a generated type already has) gets another name in schema.graphql.',
    example: 'entity Node {\n  label string\n}',
    fix: 'Rename it in the spec, or accept the GraphQL name; the REST and database names stay the same.',
    message: (p: { what: string; name: string; graphqlName: string; reason: string }) =>
      `The ${p.what} \`${p.name}\` is called \`${p.graphqlName}\` in schema.graphql: ${p.reason}.`,
  } satisfies DiagnosticDef<{ what: string; name: string; graphqlName: string; reason: string }>,
  'graphql-nothing-exposed': {
    severity: 'warning',
    summary: 'The `graphql` target ran on a spec that exposes nothing over GraphQL: the schema holds only the `node` query.',
    example: 'backend Shop {\n  api rest        // no graphql\n}\n// compiled with --target graphql',
    fix: 'Add `graphql` to the backend\'s `api` (every resource then exposes it) or to a resource\'s `expose`; or leave the target out.',
    message: (p: { backend: string }) =>
      `\`${p.backend}\` exposes no resource over GraphQL (\`graphql\` is neither in the backend's \`api\` nor in a resource's \`expose\`): schema.graphql holds only the \`node\` query.`,
  } satisfies DiagnosticDef<{ backend: string }>,
});

export const diag = createDiagnosticFactory(graphqlDiagnostics);
