/**
 * Rules for sagas: the trigger is an event or a command; step names are
 * unique; each step's `do` and `compensate` is `service.operation` or
 * `Aggregate.Command` and resolves; durations parse and retries are sane; in a
 * compensating saga, a step with side effects that is followed by other steps
 * should say how to undo it.
 */
import type { SagaDoc, SagaStepDoc } from '../../syntax/document.js';
import type { StepTarget } from '../../model/flows.js';
import { parseDottedName, parseDuration } from '../../syntax/expr/values.js';
import { at, entriesOf, entryOf, isNumber, isRecord, isString, listOf, reportAll, reportAt, reportMalformed, sourceAt, valueSpan, type CheckContext, type Named } from '../context.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';

export type SagaRule = (saga: Named<SagaDoc>, ctx: CheckContext) => void;

export const sagaTriggerResolves: SagaRule = (s, ctx) => {
  const on = s.doc.on;
  if (!isString(on) || ctx.names.events.has(on) || ctx.names.commands.has(on)) return;
  const hint = didYouMeanHint(on, [...ctx.names.events.keys(), ...ctx.names.commands.keys()]);
  reportAt(ctx, 'unknown-saga-trigger', { name: on }, at(valueSpan(ctx, `${s.pointer}/on`), hint));
};

export const stepNamesAreUnique: SagaRule = (s, ctx) => {
  const seen = new Set<string>();
  listOf(s.doc.steps).forEach((step, i) => {
    if (!isString(step?.name)) return;
    if (seen.has(step.name)) reportAt(ctx, 'duplicate-step', { step: step.name, saga: s.name }, at(valueSpan(ctx, `${s.pointer}/steps/${i}/name`)));
    seen.add(step.name);
  });
};

/** The names of a map-shaped section (for did-you-mean hints). */
function namesOf(x: Record<string, unknown> | undefined): string[] {
  return entriesOf(x).map(([n]) => n);
}

/** Resolves a step target `a.b`: a service operation first, else an aggregate command. */
export function resolveStepTarget(ctx: CheckContext, text: unknown, pointer: string): StepTarget | undefined {
  if (!isString(text)) return undefined;
  const { node } = parseDottedName(sourceAt(ctx, pointer, text), 'the step target');
  if (!node || node.length !== 2) {
    reportAt(ctx, 'invalid-step-target', { text }, at(valueSpan(ctx, pointer)));
    return undefined;
  }
  const owner = node[0]!;
  const member = node[1]!;
  const service = ctx.names.services.get(owner.name);
  if (service) {
    const op = entryOf(service.operations, member.name);
    if (!op) reportAt(ctx, 'unknown-service-operation', { service: owner.name, operation: member.name }, at(member.span, didYouMeanHint(member.name, namesOf(service.operations))));
    return op && { kind: 'service', service: owner.name, operation: member.name };
  }
  const aggregate = entryOf(ctx.doc.aggregates, owner.name);
  if (!aggregate) {
    const hint = didYouMeanHint(owner.name, [...ctx.names.services.keys(), ...namesOf(ctx.doc.aggregates)]);
    reportAt(ctx, 'unknown-service', { name: owner.name }, at(owner.span, hint));
    return undefined;
  }
  const cmd = entryOf(aggregate.commands, member.name);
  if (!cmd) reportAt(ctx, 'unknown-command', { name: member.name, owner: `Aggregate \`${owner.name}\`` }, at(member.span, didYouMeanHint(member.name, namesOf(aggregate.commands))));
  return cmd && { kind: 'command', aggregate: owner.name, command: member.name };
}

function hasSideEffects(ctx: CheckContext, t: StepTarget): boolean {
  if (t.kind === 'command') return true;
  const method = ctx.names.services.get(t.service)?.operations?.[t.operation]?.method;
  return method !== 'GET';
}

function stepIsValid(ctx: CheckContext, s: Named<SagaDoc>, step: SagaStepDoc, i: number, last: boolean): void {
  const pointer = `${s.pointer}/steps/${i}`;
  const target = resolveStepTarget(ctx, step.do, `${pointer}/do`);
  if (step.compensate !== undefined) resolveStepTarget(ctx, step.compensate, `${pointer}/compensate`);
  if (isString(step.timeout)) reportAll(ctx, parseDuration(sourceAt(ctx, `${pointer}/timeout`, step.timeout)).diagnostics);
  if (isNumber(step.retry) && (step.retry < 0 || step.retry > 10 || !Number.isInteger(step.retry))) {
    reportAt(ctx, 'value-out-of-range', { what: `\`retry\` of step \`${step.name}\``, range: 'a whole number from 0 to 10', value: step.retry }, at(valueSpan(ctx, `${pointer}/retry`)));
  }
  const compensating = (s.doc.onFailure ?? 'compensate') === 'compensate';
  if (compensating && !last && target && step.compensate === undefined && hasSideEffects(ctx, target)) {
    reportAt(ctx, 'step-without-compensation', { step: step.name }, at(valueSpan(ctx, `${pointer}/name`)));
  }
}

export const stepsAreValid: SagaRule = (s, ctx) => {
  const steps = listOf(s.doc.steps);
  steps.forEach((step, i) => {
    if (isRecord(step) && isString(step.do)) stepIsValid(ctx, s, step, i, i === steps.length - 1);
    else reportMalformed(ctx, `${s.pointer}/steps/${i}`, 'a step `{ name, do }`');
  });
  if (isString(s.doc.timeout)) reportAll(ctx, parseDuration(sourceAt(ctx, `${s.pointer}/timeout`, s.doc.timeout)).diagnostics);
};

export const sagaRules: readonly SagaRule[] = [sagaTriggerResolves, stepNamesAreUnique, stepsAreValid];
