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

const WITHOUT_ORIGINS = { omit: new Set(['origin']) };

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
    const content = stableJson(model, ctx.options.origins ? {} : WITHOUT_ORIGINS);
    return [{ path: 'ir.json', content, kind: 'generated' }];
  },
};
