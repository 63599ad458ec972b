/**
 * Diagnostics of the `mongodb` target (`src/emit/mongodb/`): parts of the
 * spec that a MongoDB validator or index cannot express, and what the target
 * emitted instead (warnings: the output is still written), and a field name
 * MongoDB reserves (an error). Each points at the declaration in the spec.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const mongodbDiagnostics = defineDiagnostics({
  'mongodb-reserved-field': {
    severity: 'error',
    summary: 'A field named `_id` that is not the key: MongoDB keeps `_id` for the key of each document.',
    example: 'entity Import {\n  _id string   // the id the record had in the old system\n}',
    fix: 'Rename the field (`legacyId`), or make it the key with `@id`.',
    message: (p: { entity: string }) =>
      `The field \`_id\` of \`${p.entity}\` is not its key, but MongoDB stores the key in \`_id\`; rename the field or make it the key with \`@id\`.`,
  } satisfies DiagnosticDef<{ entity: string }>,
  'mongodb-partial-filter-dropped': {
    severity: 'warning',
    summary: 'The `@where` condition of a (non-unique) index cannot be a MongoDB partial filter; the index is created over all documents.',
    example: 'entity Stock {\n  onHand    int\n  reorderAt int\n  index (onHand) @where(onHand <= reorderAt)\n}',
    fix: 'Write the condition as comparisons of a field with a constant (`=`, `<`, `<=`, `>`, `>=`, `in (…)`, `= null`, `!= null`), boolean fields and `and`; or accept the larger index.',
    message: (p: { index: string; entity: string; condition: string; reason: string }) =>
      `The condition \`${p.condition}\` of the index \`${p.index}\` of \`${p.entity}\` cannot be a MongoDB partial filter (${p.reason}); the index is created without it, over all documents.`,
  } satisfies DiagnosticDef<{ index: string; entity: string; condition: string; reason: string }>,
  'mongodb-unique-index-skipped': {
    severity: 'warning',
    summary: 'A unique index whose `@where` condition MongoDB cannot express is not created: without the condition it would reject valid documents.',
    example: 'entity Coupon {\n  code   string\n  shop   string\n  unique (code) @where(shop != "TEST")\n}',
    fix: 'Write the condition as comparisons of a field with a constant (`=`, `<`, `<=`, `>`, `>=`, `in (…)`, `= null`, `!= null`), boolean fields and `and`; otherwise the backend must enforce the uniqueness.',
    message: (p: { index: string; entity: string; condition: string; reason: string }) =>
      `The condition \`${p.condition}\` of the unique index \`${p.index}\` of \`${p.entity}\` cannot be a MongoDB partial filter (${p.reason}); the index is not created, so MongoDB does not enforce this uniqueness.`,
  } satisfies DiagnosticDef<{ index: string; entity: string; condition: string; reason: string }>,
  'mongodb-check-skipped': {
    severity: 'warning',
    summary: 'A check constraint that the MongoDB validator cannot express is left out of it.',
    example: 'entity Stop {\n  line string\n  seq  int\n  id (line, seq)\n}\nentity Leg {\n  origin Stop @relation(name: LegOrigin)\n  dest   Stop @relation(name: LegDest)\n  check (origin < dest)   // composite foreign keys compared with <\n}',
    fix: 'Compare the foreign key fields one by one (`originLine < destLine`), or enforce the rule in the backend.',
    message: (p: { check: string; entity: string; condition: string; reason: string }) =>
      `The check \`${p.check}\` (\`${p.condition}\`) of \`${p.entity}\` cannot be part of the MongoDB validator (${p.reason}); it is left out.`,
  } satisfies DiagnosticDef<{ check: string; entity: string; condition: string; reason: string }>,
  'mongodb-join-collection': {
    severity: 'warning',
    summary: 'A many-to-many relation without a join entity, which MongoDB has no native form for, becomes a join collection.',
    example: '// backend Shop { database postgres }, compiled with --target mongodb\nentity Product {\n  tags Tag[]\n}\nentity Tag {\n  products Product[]\n}',
    fix: 'Expect the join collection (one document per pair), or declare a join entity with `@relation(through: …)`.',
    message: (p: { relation: string; collection: string }) =>
      `MongoDB has no many-to-many relations: \`${p.relation}\` is stored in the join collection \`${p.collection}\` (one document per pair), which the backend maintains.`,
  } satisfies DiagnosticDef<{ relation: string; collection: string }>,
});

export const diag = createDiagnosticFactory(mongodbDiagnostics);
