/**
 * Diagnostics of the `proto` target (`src/emit/proto/`): the field-number
 * snapshot (missing, unreadable, a field whose wire type changed), names
 * that collide once they are written the protobuf way, spec constructs
 * proto3 cannot express, and a bad `package` option. All are warnings: the
 * `.proto` files are still written.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const protoDiagnostics = defineDiagnostics({
  'proto-snapshot-invalid': {
    severity: 'warning',
    summary: 'The field-number snapshot (`proto-fields.json`) of earlier `.proto` files is missing or unreadable; every field is numbered afresh.',
    example: '// proto/proto-fields.json was deleted or edited by hand, while proto/library/v1/*.proto exist',
    fix: 'Restore `proto-fields.json` from version control (it must be committed with the `.proto` files), then compile again. Fresh numbers break clients built from the earlier files.',
    message: (p: { path: string; problem: string }) =>
      `The field-number snapshot \`${p.path}\` cannot be used (${p.problem}); fields and enum values are numbered afresh, which breaks the wire format for clients built from the earlier .proto files.`,
  } satisfies DiagnosticDef<{ path: string; problem: string }>,
  'proto-field-renumbered': {
    severity: 'warning',
    summary: 'A field kept its name but its protobuf type changed in a way the wire format cannot absorb; it gets a new number and the old one is reserved.',
    example: 'entity Book {\n  pages string   // was `pages int`\n}',
    fix: 'Nothing, if old clients may break on this field: they see it missing. Otherwise keep the old type, or add a field under a new name.',
    message: (p: { message: string; field: string; before: string; after: string; number: number; previous: number }) =>
      `The field \`${p.field}\` of \`${p.message}\` changed its protobuf type from \`${p.before}\` to \`${p.after}\`; it gets the number ${p.number} and its old number ${p.previous} is reserved, so clients built from the earlier .proto file no longer see it.`,
  } satisfies DiagnosticDef<{ message: string; field: string; before: string; after: string; number: number; previous: number }>,
  'proto-name-changed': {
    severity: 'warning',
    summary: 'A name collides with another once written the protobuf way (snake_case fields, PascalCase messages, prefixed enum values, request fields such as `page_size`); it gets a number appended.',
    example: 'entity Book {\n  orderBy string   // the list request of books already has `order_by`\n}',
    fix: 'Rename one of the two in the spec.',
    message: (p: { what: string; name: string; protoName: string; scope: string; reason: string }) =>
      `The ${p.what} \`${p.name}\` is called \`${p.protoName}\` in ${p.scope}: ${p.reason}.`,
  } satisfies DiagnosticDef<{ what: string; name: string; protoName: string; scope: string; reason: string }>,
  'proto-nullable-list': {
    severity: 'warning',
    summary: 'An optional list (`string[]?`): a proto3 `repeated` field cannot tell a missing list from an empty one.',
    example: 'entity Book {\n  tags string[]?\n}',
    fix: 'Make the list required (`string[]`, an empty list meaning none), or accept that gRPC clients see null as empty.',
    message: (p: { name: string; owner: string }) =>
      `\`${p.name}\` of \`${p.owner}\` is an optional list; a protobuf \`repeated\` field cannot tell null from an empty list, so gRPC clients receive null as an empty list.`,
  } satisfies DiagnosticDef<{ name: string; owner: string }>,
  'proto-package-invalid': {
    severity: 'warning',
    summary: 'The `package` option of the `proto` target is not a protobuf package name ending in a version (`library.v1`); the default is used.',
    example: '// the proto target run with the option package = "Library"',
    fix: 'Give lower_snake_case parts separated by dots, the last a version: `acme.library.v1`.',
    message: (p: { value: string; fallback: string }) =>
      `The proto package \`${p.value}\` is not lower_snake_case parts separated by dots ending in a version such as \`v1\`; \`${p.fallback}\` is used instead.`,
  } satisfies DiagnosticDef<{ value: string; fallback: string }>,
});

export const diag = createDiagnosticFactory(protoDiagnostics);
