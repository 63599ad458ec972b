/**
 * Target `proto`: proto3 files for the resources exposed over gRPC, clean
 * under `buf lint` (STANDARD rules), with field numbers that never change.
 *
 * Input: the IR through the shared API contract (`buildContract(model,
 * 'grpc')`, naming and shapes in `schema.ts`). Output, in the target's folder:
 * - `<package path>/<name>.proto` (generated): the enums and entity messages;
 * - `<package path>/<resource>_service.proto` (generated), one per resource:
 *   the service and its request and response messages;
 * - `proto-fields.json` (generated): every field and enum value number ever
 *   given, read back from the previous output (`numbering.ts`); commit it
 *   with the `.proto` files;
 * - `buf.yaml` (scaffold, created once): a buf v2 module with the STANDARD
 *   lint rules and the WIRE_JSON breaking rules.
 * Nothing is written when no resource is exposed over gRPC (unless an
 * earlier snapshot exists, which is kept).
 *
 * Diagnostics (`proto.ts` codes, all warnings): an unusable snapshot, a field
 * renumbered because its wire type changed, renamed names, optional lists,
 * a bad `package` option. Pure: the same spec and history give the same bytes.
 */
import { createSpan } from '../../core/span.js';
import { diag } from '../../diagnostics/codes/proto.js';
import type { Emitter, EmitContext, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { fileView } from './layout.js';
import { assignFieldNumbers, readFieldSnapshot, snapshotText, SNAPSHOT_PATH, type NumberingBlock } from './numbering.js';
import { buildProtoSchema, resolvePackage, type ProtoSchema } from './schema.js';
import { typeText } from './types.js';

export interface ProtoOptions {
  /** The protobuf package; '' means `<backend name in snake_case>.v1`. */
  readonly package: string;
}

/** The messages and enums of a schema as numbering input. */
export function numberingBlocks(schema: ProtoSchema): NumberingBlock[] {
  return schema.files.flatMap((f) => [
    ...f.enums.map((e): NumberingBlock => ({ kind: 'enum', name: e.name, members: e.values.map((v) => ({ name: v.name, type: '' })) })),
    ...f.messages.map((m): NumberingBlock => ({
      kind: 'message',
      name: m.name,
      members: m.fields.map((fl) => ({ name: fl.name, type: typeText(fl), ...(fl.formerName === undefined ? {} : { formerName: fl.formerName }) })),
    })),
  ]);
}

function bufYaml(specPath: string): string {
  const from = specPath.replace(/\\/g, '/').replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
  return [
    `# Created by pab from ${from}, once: this file is yours to edit.`,
    '# `buf lint` checks the .proto files; `buf breaking --against <the previous version>` checks wire compatibility.',
    'version: v2',
    'lint:',
    '  use:',
    '    - STANDARD',
    'breaking:',
    '  use:',
    '    - WIRE_JSON',
    '',
  ].join('\n');
}

export const protoTarget: Emitter<ProtoOptions> = {
  name: 'proto',
  description: 'proto3 files (services, messages, enums) for the gRPC-exposed resources, with stable field numbers and a buf.yaml.',
  options: [{ name: 'package', description: 'The protobuf package (default: the backend name in snake_case, then `.v1`).', type: 'string', default: '' }],
  defaults: { package: '' },
  emit(model, ctx: EmitContext<ProtoOptions>): OutputFile[] {
    const pkg = resolvePackage(model, ctx.options.package, ctx.report);
    const schema = buildProtoSchema(model, pkg, ctx.report);
    const reading = readFieldSnapshot(ctx.previous);
    if (schema.files.length === 0 && reading.snapshot === undefined) return [];
    const backend = createSpan(model.backend.origin.file, model.backend.origin.start, model.backend.origin.end);
    if (reading.problem !== undefined) ctx.report(diag('proto-snapshot-invalid', { path: SNAPSHOT_PATH, problem: reading.problem }, { span: backend }));

    const numbering = assignFieldNumbers(pkg, numberingBlocks(schema), reading.snapshot);
    const origins = new Map(schema.files.flatMap((f) => f.messages.flatMap((m) => m.fields.map((fl) => [`${m.name}.${fl.name}`, fl.origin ?? m.origin] as const))));
    for (const c of numbering.changes) {
      if (c.kind !== 'retyped') continue;
      const o = origins.get(`${c.block}.${c.member}`);
      ctx.report(diag('proto-field-renumbered', { message: c.block, field: c.member, before: c.before, after: c.after, number: c.number, previous: c.previous },
        { span: o === undefined ? backend : createSpan(o.file, o.start, o.end) }));
    }

    const header = generatedHeader('proto', ctx.specPath);
    const files: OutputFile[] = schema.files.map((file, i) => {
      const view = fileView(file, pkg, header, i === 0 ? model.backend.doc : undefined, numbering);
      return { path: file.path, content: ctx.render('file.proto.njk', view), kind: 'generated' };
    });
    files.push({ path: SNAPSHOT_PATH, content: snapshotText(numbering.snapshot), kind: 'generated' });
    if (schema.files.length > 0) files.push({ path: 'buf.yaml', content: bufYaml(ctx.specPath), kind: 'scaffold' });
    return files;
  },
};
