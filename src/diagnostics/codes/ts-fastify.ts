/**
 * Diagnostics of the `ts-fastify` target (`src/emit/ts-fastify/`): databases
 * the generated service cannot run on, access conditions it cannot evaluate,
 * scaffold files that predate a spec change, and identities sign-in cannot use. The migrations' own
 * diagnostics are the SQL targets' codes (`sql.ts`), reported by this target too.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const tsFastifyDiagnostics = defineDiagnostics({
  'ts-fastify-database-unsupported': {
    severity: 'warning',
    summary: 'The `ts-fastify` target writes nothing for a database the generated service cannot use (MongoDB, SQLite).',
    example: 'backend Shop {\n  database mongodb\n  targets  ts-fastify\n}',
    fix: 'Use `postgres` (or `mysql`) with this target, or leave it out of the targets.',
    message: (p: { database: string }) =>
      `The target \`ts-fastify\` generates a service for \`postgres\` and \`mysql\`, not \`${p.database}\`; it writes nothing.`,
  } satisfies DiagnosticDef<{ database: string }>,
  'ts-fastify-access-unsupported': {
    severity: 'warning',
    summary: 'A part of an access rule the generated service cannot turn into a database query; that part refuses every request.',
    example: 'access {\n  get createdAt > now() - 7d\n}',
    fix: 'Compare a record field (possibly through single relations) with a literal, an enum value, `now()` or `user.<attribute>`; or check it in a hook.',
    message: (p: { resource: string; condition: string }) =>
      `The access condition \`${p.condition}\` of the resource \`${p.resource}\` cannot be evaluated by the generated service: it refuses the requests that depend on it.`,
  } satisfies DiagnosticDef<{ resource: string; condition: string }>,
  'ts-fastify-scaffold-outdated': {
    severity: 'warning',
    summary: 'A scaffold file (yours, never overwritten) lacks an export a new action needs; until you add it, the action answers 501.',
    example: 'resource orders {\n  action cancel { }\n}',
    fix: 'Add the named export to the file (the generated types in src/generated/types.ts give its signature).',
    message: (p: { file: string; name: string }) =>
      `\`${p.file}\` has no export \`${p.name}\`: the action answers 501 Not Implemented until you add it.`,
  } satisfies DiagnosticDef<{ file: string; name: string }>,
  'ts-fastify-auth-unsupported': {
    severity: 'warning',
    summary: 'The generated service serves no sign-in endpoints for an identity it cannot reference from its sign-in tables (a composite key), or when an entity takes one of their names.',
    example: 'entity Member {\n  org    Org\n  handle string\n  key (org, handle)\n}',
    fix: 'Give the identity entity a single-field key (the implicit `id` will do), or rename the entity that uses a `PabAuth…` name.',
    message: (p: { entity: string; reason: string }) =>
      `The generated service serves no sign-in endpoints for \`${p.entity}\`: ${p.reason}. The OpenAPI document still describes them.`,
  } satisfies DiagnosticDef<{ entity: string; reason: string }>,
  'ts-fastify-admin-tables-unsupported': {
    severity: 'warning',
    summary: 'An entity takes the name of a table the generated service keeps the spec\'s roles and the admin override\'s audit log in; the service then has neither, and the admin role overrides nothing.',
    example: 'entity PabAuthAuditLog {\n  note string\n}',
    fix: 'Rename the entity: names starting with `PabAuth` are the generated service\'s own tables.',
    message: (p: { entity: string }) =>
      `The entity \`${p.entity}\` takes the name of a table the generated service keeps its roles and audit log in: the service stores neither, and the admin role overrides no access rule.`,
  } satisfies DiagnosticDef<{ entity: string }>,
});

export const diag = createDiagnosticFactory(tsFastifyDiagnostics);
