/**
 * Diagnostics of the `prisma` target (`src/emit/prisma/`): databases Prisma's
 * relational schema does not cover, names the Prisma schema language or the
 * generated client reserve, and spec constructs Prisma cannot model. The
 * migrations' own diagnostics (lint, snapshots, partial indexes) are the SQL
 * targets' codes (`sql.ts`), reported by this target too.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const prismaDiagnostics = defineDiagnostics({
  'prisma-database-unsupported': {
    severity: 'warning',
    summary: 'The `prisma` target writes nothing for a database it does not support (MongoDB).',
    example: 'backend Shop {\n  database mongodb\n  targets  prisma\n}',
    fix: 'Use the target with `postgres`, `mysql` or `sqlite`, or leave it out of the targets.',
    message: (p: { database: string }) =>
      `The target \`prisma\` supports the databases \`postgres\`, \`mysql\` and \`sqlite\`, not \`${p.database}\`; it writes nothing.`,
  } satisfies DiagnosticDef<{ database: string }>,
  'prisma-name-changed': {
    severity: 'warning',
    summary: 'A name Prisma reserves or cannot use (a JavaScript keyword, a Prisma type, a leading `_`) gets another name in schema.prisma.',
    example: 'entity Prisma {\n  name string\n}',
    fix: 'Rename it in the spec (keep the table or column with `table`/`@column`), or accept the Prisma name; the database names stay the same through `@map`/`@@map`.',
    message: (p: { what: string; name: string; prismaName: string; reason: string }) =>
      `The ${p.what} \`${p.name}\` is called \`${p.prismaName}\` in schema.prisma: ${p.reason}.`,
  } satisfies DiagnosticDef<{ what: string; name: string; prismaName: string; reason: string }>,
  'prisma-field-omitted': {
    severity: 'warning',
    summary: 'A many-to-many field through a join entity is left out of schema.prisma, because another field already is that side of the relation.',
    example: 'entity User {\n  wishlistItems WishlistItem[]\n  wishlist      Product[] @relation(through: WishlistItem)\n}',
    fix: 'Use the other field in Prisma queries, or remove one of the two fields from the spec.',
    message: (p: { field: string; other: string; join: string }) =>
      `\`${p.field}\` goes through \`${p.join}\`, whose relation already has the field \`${p.other}\` on this side; Prisma allows one field per side, so schema.prisma leaves \`${p.field}\` out.`,
  } satisfies DiagnosticDef<{ field: string; other: string; join: string }>,
});

export const diag = createDiagnosticFactory(prismaDiagnostics);
