/**
 * The `field-number-changed` rule: protobuf clients know a field by its
 * number, so a number that changes (or a reserved number that comes back)
 * makes old clients read garbage. The `proto` target keeps numbers stable
 * through its committed snapshot (`proto-fields.json`); this replays its
 * numbering for the baseline and for what the next compile would write, and
 * reports every field of a message in both whose number differs — a retyped
 * field (the target gives it a new number) or a lost or edited snapshot.
 *
 * Snapshots: the baseline's numbers come from the baseline revision's
 * snapshot when there is one, else from the current one on disk; the current
 * numbers are what the next compile writes: continued from the snapshot on
 * disk, or fresh without one. With no snapshot at all (no proto output was
 * ever kept) there is nothing to compare.
 */
import type { Origin, ServiceModel } from '../model/model.js';
import { numberingBlocks } from '../emit/proto/index.js';
import { assignFieldNumbers, type FieldSnapshot, type NumberingResult } from '../emit/proto/numbering.js';
import { buildProtoSchema, resolvePackage, type ProtoSchema } from '../emit/proto/schema.js';
import type { Finding } from './compare.js';

export interface ProtoSnapshots {
  /** `proto-fields.json` of the baseline's output, if known. */
  readonly baseline?: FieldSnapshot;
  /** `proto-fields.json` of the current output on disk, if any. */
  readonly current?: FieldSnapshot;
}

function schemaOf(model: ServiceModel): ProtoSchema {
  const ignore = (): void => {};
  return buildProtoSchema(model, resolvePackage(model, '', ignore), ignore);
}

function number(schema: ProtoSchema, snapshot: FieldSnapshot | undefined): NumberingResult {
  return assignFieldNumbers(schema.package, numberingBlocks(schema), snapshot);
}

export function compareFieldNumbers(baseline: ServiceModel, current: ServiceModel, snapshots: ProtoSnapshots): Finding[] {
  const before = schemaOf(baseline);
  const after = schemaOf(current);
  // Without any snapshot nobody has numbers to rely on (no proto output was ever kept).
  if (before.files.length === 0 || after.files.length === 0) return [];
  if (snapshots.baseline === undefined && snapshots.current === undefined) return [];
  const old = number(before, snapshots.baseline ?? snapshots.current);
  // What the next compile writes: numbers continued from the snapshot on disk, or fresh ones without it.
  const now = number(after, snapshots.current);
  const origins = new Map<string, Origin>();
  for (const file of after.files) {
    for (const m of file.messages) {
      origins.set(m.name, m.origin);
      for (const f of m.fields) origins.set(`${m.name}.${f.name}`, f.origin ?? m.origin);
    }
  }
  const out: Finding[] = [];
  for (const [message, numbers] of now.messages) {
    const was = old.messages.get(message);
    if (was === undefined) continue;
    const reservedBefore = new Set(was.reservedNumbers);
    for (const [field, n] of numbers.numbers) {
      const previous = was.numbers.get(field);
      const subject = `${message}.${field}`;
      const origin = origins.get(subject) ?? origins.get(message) ?? current.backend.origin;
      if (previous !== undefined && previous !== n) {
        out.push({
          rule: 'field-number-changed', approval: 'renumberField', subject, origin,
          message: `The protobuf field \`${subject}\` is now number ${n} (was ${previous}): clients built against the baseline read it wrongly.`,
          hint: 'Restore proto-fields.json from the baseline so that numbers stay, or keep the field\'s wire type.',
        });
      } else if (previous === undefined && reservedBefore.has(n)) {
        out.push({
          rule: 'field-number-changed', approval: 'renumberField', subject, origin,
          message: `The protobuf field \`${subject}\` takes number ${n}, which the baseline reserved for a removed field: old clients read it as that field.`,
          hint: 'Restore proto-fields.json from the baseline: it keeps removed numbers reserved.',
        });
      }
    }
  }
  return out;
}
