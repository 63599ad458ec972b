/**
 * The front half of the compiler, shared by every command:
 *   load (files, parse, schema) → check (semantic rules) → ServiceModel.
 * The model is present only when no errors were found.
 */
import type { Host } from './core/host.js';
import { sortDiagnostics, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { checkSpec } from './check/index.js';
import type { ServiceModel } from './model/model.js';
import { loadSpec, type LoadedSpec } from './syntax/load.js';

export interface ValidatedSpec {
  readonly loaded: LoadedSpec;
  readonly model: ServiceModel | undefined;
  /** Sorted by file, position and code. */
  readonly diagnostics: readonly Diagnostic[];
}

export function validateSpec(host: Host, path: string): ValidatedSpec {
  const loaded = loadSpec(host, path);
  if (hasErrors(loaded.diagnostics) || loaded.asts.length === 0) {
    return { loaded, model: undefined, diagnostics: sortDiagnostics(loaded.diagnostics) };
  }
  const checked = checkSpec(loaded.document, loaded.spans);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...checked.diagnostics]);
  return { loaded, model: hasErrors(diagnostics) ? undefined : checked.model, diagnostics };
}
