/**
 * Pass 1: collect the names every later pass resolves against — enums and
 * their values, entities, resources, commands and events (global across
 * aggregates), services, queries, roles, permissions and policies — and
 * report names declared twice. The first declaration wins; later duplicates
 * are reported and left out of the tables.
 */
import type { CommandDoc, EventDoc, QueryDoc, ResourceDoc, ServiceDoc, SpecDocument } from '../syntax/document.js';
import { entriesOf, isRecord, isString, keySpan, listOf, ptr, reportAt, at, valueSpan, type CheckContext } from './context.js';

export interface MessageSym<D> {
  readonly name: string;
  readonly aggregate: string;
  readonly pointer: string;
  readonly doc: D;
}

export interface EnumSym {
  readonly name: string;
  readonly pointer: string;
  /** Value names in order, without duplicates. */
  readonly values: readonly string[];
  /** The same names, for membership tests. */
  readonly valueSet: ReadonlySet<string>;
  readonly docs: ReadonlyMap<string, string>;
}

export interface Names {
  readonly enums: Map<string, EnumSym>;
  readonly entityNames: Set<string>;
  readonly resources: Map<string, ResourceDoc>;
  readonly commands: Map<string, MessageSym<CommandDoc>>;
  readonly events: Map<string, MessageSym<EventDoc>>;
  readonly services: Map<string, ServiceDoc>;
  readonly queries: Map<string, QueryDoc>;
  /** Declared roles; completed from the identity role enum after types (see `auth` rules). */
  readonly roles: Map<string, string>;
  readonly permissions: Set<string>;
  readonly policies: Map<string, string>;
}

export function createNames(): Names {
  return {
    enums: new Map(), entityNames: new Set(), resources: new Map(), commands: new Map(), events: new Map(),
    services: new Map(), queries: new Map(), roles: new Map(), permissions: new Set(), policies: new Map(),
  };
}

function collectEnum(ctx: CheckContext, name: string, values: unknown[]): void {
  const pointer = ptr('enums', name);
  const seen = new Set<string>();
  const docs = new Map<string, string>();
  values.forEach((v, i) => {
    const value = isString(v) ? v : isRecord(v) && isString(v.name) ? v.name : undefined;
    if (value === undefined) return;
    if (seen.has(value)) {
      reportAt(ctx, 'duplicate-enum-value', { value, enum: name }, at(valueSpan(ctx, ptr('enums', name, 'values', i))));
      return;
    }
    seen.add(value);
    if (isRecord(v) && isString(v.doc)) docs.set(value, v.doc);
  });
  ctx.names.enums.set(name, { name, pointer, values: [...seen], valueSet: seen, docs });
}

function collectTypes(ctx: CheckContext, doc: SpecDocument): void {
  for (const [name, e] of entriesOf(doc.enums)) collectEnum(ctx, name, [...listOf(e.values)]);
  for (const [name] of entriesOf(doc.entities)) {
    if (ctx.names.enums.has(name)) reportAt(ctx, 'duplicate-type-name', { name }, at(keySpan(ctx, ptr('entities', name))));
    ctx.names.entityNames.add(name);
  }
}

function collectMessages(ctx: CheckContext, doc: SpecDocument): void {
  for (const [aggregate, a] of entriesOf(doc.aggregates)) {
    for (const [name, c] of entriesOf(a.commands)) {
      const pointer = ptr('aggregates', aggregate, 'commands', name);
      const other = ctx.names.commands.get(name);
      if (other) reportAt(ctx, 'duplicate-command', { name, other: other.aggregate }, at(keySpan(ctx, pointer)));
      else ctx.names.commands.set(name, { name, aggregate, pointer, doc: c });
    }
    for (const [name, e] of entriesOf(a.events)) {
      const pointer = ptr('aggregates', aggregate, 'events', name);
      const other = ctx.names.events.get(name);
      if (other) reportAt(ctx, 'duplicate-event', { name, other: other.aggregate }, at(keySpan(ctx, pointer)));
      else ctx.names.events.set(name, { name, aggregate, pointer, doc: e });
    }
  }
}

function collectAuthNames(ctx: CheckContext, doc: SpecDocument): void {
  for (const [name, role] of entriesOf(doc.auth?.roles)) {
    ctx.names.roles.set(name, ptr('auth', 'roles', name));
    for (const p of listOf(role.permissions)) if (isString(p)) ctx.names.permissions.add(p);
  }
  for (const [name, rule] of entriesOf(doc.auth?.policies)) if (isString(rule)) ctx.names.policies.set(name, rule);
}

/** Pass 1 (see module comment). */
export function collectNames(ctx: CheckContext): void {
  const doc = ctx.doc;
  collectTypes(ctx, doc);
  collectMessages(ctx, doc);
  collectAuthNames(ctx, doc);
  for (const [name, r] of entriesOf(doc.resources)) ctx.names.resources.set(name, r);
  for (const [name, s] of entriesOf(doc.services)) ctx.names.services.set(name, s);
  for (const [name, q] of entriesOf(doc.queries)) ctx.names.queries.set(name, q);
}
