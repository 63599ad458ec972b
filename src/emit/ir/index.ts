/**
 * Target `ir`: the ServiceModel as `ir.json`, for other tools. Stable,
 * pretty JSON (keys sorted, 2-space indent, final newline) with no header
 * (JSON has no comments; the manifest marks the file as generated).
 *
 * `origin` spans (file, offsets) are left out by default: they change when
 * only whitespace or comments of the spec change, which would make every
 * such edit a diff in review. `origins: true` keeps them.
 */
import type { Emitter } from '../emitter.js';
import { stableJson } from '../stable-json.js';

export interface IrOptions {
  /** Keep each item's `origin` (its declaration's span in the spec). */
  readonly origins: boolean;
}

/** A deep copy without any `origin` property, at any depth. */
function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (key !== 'origin') out[key] = withoutOrigins(v);
    return out;
  }
  return value;
}

export const irTarget: Emitter<IrOptions> = {
  name: 'ir',
  description: 'The checked, resolved model as stable JSON (ir.json), for other tools.',
  options: [
    {
      name: 'origins',
      type: 'boolean',
      default: false,
      description: 'Include the source span (file, start, end) of every item.',
    },
  ],
  defaults: { origins: false },
  emit(model, ctx) {
    const value = ctx.options.origins ? model : withoutOrigins(model);
    return [{ path: 'ir.json', content: stableJson(value), kind: 'generated' }];
  },
};
