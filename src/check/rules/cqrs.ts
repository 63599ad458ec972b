/**
 * Rules for CQRS: aggregates (entity, snapshot interval), their commands
 * (input types, emitted events exist, access rules) and events (field types),
 * and projections (source events exist, the key is a projection field and
 * present in each source event). Command and event names were made unique
 * across aggregates in pass 1.
 */
import type { AggregateDoc, ProjectionDoc } from '../../syntax/document.js';
import { at, entriesOf, entryOf, isNumber, isString, keySpan, listOf, ptr, reportAt, valueSpan, type CheckContext, type Named } from '../context.js';
import { resolveAccessAt } from '../access.js';
import { lookupEntity, lookupName } from '../lookup.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { resolveFields } from '../types.js';

export type AggregateRule = (aggregate: Named<AggregateDoc>, ctx: CheckContext) => void;
export type ProjectionRule = (projection: Named<ProjectionDoc>, ctx: CheckContext) => void;

export const aggregateEntityResolves: AggregateRule = (a, ctx) => {
  if (a.doc.entity !== undefined) lookupEntity(ctx, a.doc.entity, () => valueSpan(ctx, `${a.pointer}/entity`));
};

export const snapshotIntervalIsPositive: AggregateRule = (a, ctx) => {
  const n = a.doc.snapshotEvery;
  if (isNumber(n) && (n < 1 || !Number.isInteger(n))) {
    reportAt(ctx, 'value-out-of-range', { what: `\`snapshotEvery\` of aggregate \`${a.name}\``, range: 'a whole number of at least 1', value: n }, at(valueSpan(ctx, `${a.pointer}/snapshotEvery`)));
  }
};

/** An event name, reported with did-you-mean when unknown. */
export function lookupEvent(ctx: CheckContext, name: unknown, pointer: string): boolean {
  if (!isString(name)) return false;
  const found = lookupName(ctx.names.events, name, (hint) => reportAt(ctx, 'unknown-event', { name }, at(valueSpan(ctx, pointer), hint)));
  return found !== undefined;
}

export const commandsAreValid: AggregateRule = (a, ctx) => {
  const entity = isString(a.doc.entity) ? ctx.entities.get(a.doc.entity) : undefined;
  for (const [name, c] of entriesOf(a.doc.commands)) {
    if (ctx.names.commands.get(name)?.aggregate !== a.name) continue;
    const pointer = ptr('aggregates', a.name, 'commands', name);
    resolveFields(ctx, name, `Command \`${name}\``, c.input, `${pointer}/input`);
    const emits = listOf(c.emits);
    emits.forEach((ev, i) => lookupEvent(ctx, ev, `${pointer}/emits/${i}`));
    if (emits.length === 0) reportAt(ctx, 'command-emits-nothing', { command: name }, at(keySpan(ctx, pointer)));
    if (c.access !== undefined) {
      const scope = { what: `the access rule of command \`${name}\``, aggregate: a.name, ...(entity ? { entity } : {}) };
      resolveAccessAt(ctx, c.access, `${pointer}/access`, scope);
    }
  }
};

export const eventFieldsResolve: AggregateRule = (a, ctx) => {
  for (const [name, e] of entriesOf(a.doc.events)) {
    if (ctx.names.events.get(name)?.aggregate !== a.name) continue;
    resolveFields(ctx, name, `Event \`${name}\``, e.fields, `${ptr('aggregates', a.name, 'events', name)}/fields`);
  }
};

export const projectionIsValid: ProjectionRule = (p, ctx) => {
  const fields = resolveFields(ctx, p.name, `Projection \`${p.name}\``, p.doc.fields, `${p.pointer}/fields`);
  const key = p.doc.key;
  const keyIsField = isString(key) && fields.some((f) => f.name === key);
  if (isString(key) && !keyIsField) {
    const hint = didYouMeanHint(key, fields.map((f) => f.name));
    reportAt(ctx, 'projection-key-not-field', { key, projection: p.name }, at(valueSpan(ctx, `${p.pointer}/key`), hint));
  }
  listOf(p.doc.from).forEach((ev, i) => {
    const pointer = `${p.pointer}/from/${i}`;
    if (!lookupEvent(ctx, ev, pointer) || !keyIsField) return;
    const eventFields = ctx.names.events.get(ev)?.doc.fields;
    if (entryOf(eventFields, key) === undefined) reportAt(ctx, 'projection-key-missing-in-event', { key, event: ev }, at(valueSpan(ctx, pointer)));
  });
};

export const aggregateRules: readonly AggregateRule[] = [aggregateEntityResolves, snapshotIntervalIsPositive, commandsAreValid, eventFieldsResolve];
export const projectionRules: readonly ProjectionRule[] = [projectionIsValid];
