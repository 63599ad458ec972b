/**
 * The seams to the deploy helpers' part of the target (external service
 * clients with resilience, OpenTelemetry tracing): minimal stand-ins with the
 * same exports — `src/generated/clients/index.ts` (`readClientConfig(env)`
 * → `{ config, problems }`, `createClients(config)`, type `Clients`) and
 * `src/generated/tracing.ts` (`startTracing()`, `stopTracing()`) — that the
 * full implementations replace.
 */
import type { ServiceModel } from '../../model/model.js';
import type { OutputFile } from '../emitter.js';

export type Render = (template: string, view: object) => string;

/** `src/generated/clients/index.ts` without clients. */
export function defaultClientFiles(_model: ServiceModel, render: Render, header: string): OutputFile[] {
  return [{ path: 'src/generated/clients/index.ts', content: render('clients-index.ts.njk', { header }), kind: 'generated' }];
}

/** `src/generated/tracing.ts` that does nothing. */
export function defaultTracingFile(_model: ServiceModel, render: Render, header: string): OutputFile {
  return { path: 'src/generated/tracing.ts', content: render('tracing.ts.njk', { header }), kind: 'generated' };
}
