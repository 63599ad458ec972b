/**
 * Rules for external services: the URL comes from the environment (a literal
 * is a warning: environments differ and URLs may embed credentials), durations
 * parse, retry and breaker numbers are sane, operation input and output types
 * resolve.
 */
import type { ServiceDoc } from '../../syntax/document.js';
import { parseDuration } from '../../syntax/expr/values.js';
import { at, entriesOf, isNumber, isString, ptr, reportAll, reportAt, sourceAt, valueSpan, type CheckContext, type Named } from '../context.js';
import { resolveFields, resolveTypeAt } from '../types.js';
import { envValueAt } from './auth.js';

export type ServiceRule = (service: Named<ServiceDoc>, ctx: CheckContext) => void;

export const urlComesFromEnvironment: ServiceRule = (s, ctx) => {
  envValueAt(ctx, `${s.pointer}/url`, s.doc.url, `The \`url\` of service \`${s.name}\``);
};

function range(ctx: CheckContext, pointer: string, what: string, value: unknown, min: number, max: number): void {
  if (!isNumber(value) || (value >= min && value <= max && Number.isInteger(value))) return;
  reportAt(ctx, 'value-out-of-range', { what, range: `a whole number from ${min} to ${max}`, value }, at(valueSpan(ctx, pointer)));
}

export const resilienceIsSane: ServiceRule = (s, ctx) => {
  const p = s.pointer;
  for (const [key, text] of [['timeout', s.doc.timeout], ['retry/delay', s.doc.retry?.delay], ['breaker/reset', s.doc.breaker?.reset]] as const) {
    if (isString(text)) reportAll(ctx, parseDuration(sourceAt(ctx, `${p}/${key}`, text)).diagnostics);
  }
  range(ctx, `${p}/retry/count`, `\`retry.count\` of service \`${s.name}\``, s.doc.retry?.count, 0, 10);
  range(ctx, `${p}/breaker/failures`, `\`breaker.failures\` of service \`${s.name}\``, s.doc.breaker?.failures, 1, 1000);
};

export const operationTypesResolve: ServiceRule = (s, ctx) => {
  for (const [name, op] of entriesOf(s.doc.operations)) {
    const pointer = ptr('services', s.name, 'operations', name);
    resolveFields(ctx, name, `Operation \`${s.name}.${name}\``, op.input, `${pointer}/input`);
    if (op.output !== undefined) resolveTypeAt(ctx, op.output, `${pointer}/output`);
  }
};

export const serviceRules: readonly ServiceRule[] = [urlComesFromEnvironment, resilienceIsSane, operationTypesResolve];
