/**
 * Builds the behavioural IR: aggregates with commands and events,
 * projections, sagas (targets resolved, durations in ms), services (retry,
 * breaker, timeout defaults), queries (resolved filter and typed params), MCP
 * servers and deployment, with the defaults documented in `model/flows.ts`.
 */
import type { Aggregate, Deploy, McpServer, McpTool, Projection, Query, Saga, Service } from '../../model/flows.js';
import type { Database } from '../../model/types.js';
import { kebabCase } from '../../model/naming.js';
import type { McpToolDoc } from '../../syntax/document.js';
import { parseDottedName, parseDuration } from '../../syntax/expr/values.js';
import { entriesOf, isNumber, isString, listOf, originAt, ptr, textOnly, type CheckContext } from '../context.js';
import { resolveStepTarget } from '../rules/sagas.js';
import { envValue } from './auth.js';
import { dataFieldsAt, docOf, quiet, typeRefAt } from './fields.js';
import { defaultAccess, orderItemsOf } from './resources.js';

function ms(text: unknown): number | undefined {
  return isString(text) ? parseDuration(textOnly(text)).node?.ms : undefined;
}

export function buildAggregates(ctx: CheckContext): Aggregate[] {
  return entriesOf(ctx.doc.aggregates).map(([name, a]) => {
    const pointer = ptr('aggregates', name);
    return {
      name, ...docOf(a.doc), ...(isString(a.entity) ? { entity: a.entity } : {}),
      commands: entriesOf(a.commands).map(([c, doc]) => {
        const cp = ptr('aggregates', name, 'commands', c);
        return {
          name: c, aggregate: name, ...docOf(doc.doc), input: dataFieldsAt(ctx, `Command \`${c}\``, doc.input, `${cp}/input`),
          emits: [...listOf(doc.emits)], access: ctx.resolved.access.get(`${cp}/access`) ?? defaultAccess(ctx), origin: originAt(ctx, cp),
        };
      }),
      events: entriesOf(a.events).map(([e, doc]) => {
        const ep = ptr('aggregates', name, 'events', e);
        return { name: e, aggregate: name, ...docOf(doc.doc), fields: dataFieldsAt(ctx, `Event \`${e}\``, doc.fields, `${ep}/fields`), origin: originAt(ctx, ep) };
      }),
      ...(isNumber(a.snapshotEvery) ? { snapshotEvery: a.snapshotEvery } : {}),
      origin: originAt(ctx, pointer),
    };
  });
}

export function buildProjections(ctx: CheckContext): Projection[] {
  return entriesOf(ctx.doc.projections).map(([name, p]) => {
    const pointer = ptr('projections', name);
    return {
      name, ...docOf(p.doc), from: [...listOf(p.from)], key: p.key,
      fields: dataFieldsAt(ctx, `Projection \`${name}\``, p.fields, `${pointer}/fields`), origin: originAt(ctx, pointer),
    };
  });
}

export function buildSagas(ctx: CheckContext): Saga[] {
  const q = quiet(ctx);
  return entriesOf(ctx.doc.sagas).map(([name, s]) => {
    const pointer = ptr('sagas', name);
    const timeoutMs = ms(s.timeout);
    return {
      name, ...docOf(s.doc), trigger: { kind: ctx.names.events.has(s.on) ? 'event' : 'command', name: s.on },
      steps: listOf(s.steps).map((step, i) => {
        // Error-free specs have every step as an object with a resolved `do` (see rules/sagas.ts).
        const sp = `${pointer}/steps/${i}`;
        const compensate = step.compensate === undefined ? undefined : resolveStepTarget(q, step.compensate, `${sp}/compensate`);
        return {
          name: step.name, ...docOf(step.doc), do: resolveStepTarget(q, step.do, `${sp}/do`)!, ...(compensate ? { compensate } : {}),
          timeoutMs: ms(step.timeout) ?? 30_000, retry: isNumber(step.retry) ? step.retry : 0, origin: originAt(ctx, sp),
        };
      }),
      onFailure: s.onFailure ?? 'compensate', ...(timeoutMs !== undefined ? { timeoutMs } : {}), origin: originAt(ctx, pointer),
    };
  });
}

export function buildServices(ctx: CheckContext): Service[] {
  return entriesOf(ctx.doc.services).map(([name, s]) => {
    const pointer = ptr('services', name);
    return {
      name, ...docOf(s.doc), url: envValue(s.url, { kind: 'literal', value: '' }),
      timeoutMs: ms(s.timeout) ?? 5000,
      retry: {
        count: s.retry?.count ?? 0, backoff: s.retry?.backoff ?? 'exponential',
        delayMs: ms(s.retry?.delay) ?? 100, jitter: s.retry?.jitter ?? true,
      },
      breaker: { failures: s.breaker?.failures ?? 5, resetMs: ms(s.breaker?.reset) ?? 30_000 },
      fallback: s.fallback ?? 'fail',
      operations: entriesOf(s.operations).map(([op, o]) => {
        const opp = ptr('services', name, 'operations', op);
        const output = typeRefAt(ctx, o.output, `${opp}/output`);
        return {
          name: op, ...docOf(o.doc), method: o.method ?? 'POST', path: isString(o.path) ? o.path : `/${op}`,
          input: dataFieldsAt(ctx, `Operation \`${name}.${op}\``, o.input, `${opp}/input`), ...(output ? { output } : {}), origin: originAt(ctx, opp),
        };
      }),
      origin: originAt(ctx, pointer),
    };
  });
}

export function buildQueries(ctx: CheckContext): Query[] {
  return entriesOf(ctx.doc.queries).map(([name, q]) => {
    const pointer = ptr('queries', name);
    const where = ctx.resolved.conditions.get(`${pointer}/where`);
    return {
      name, ...docOf(q.doc), entity: q.entity, ...(where ? { where } : {}), params: ctx.resolved.queryParams.get(pointer) ?? [],
      orderBy: orderItemsOf(ctx, listOf(q.orderBy)), ...(isNumber(q.limit) ? { limit: q.limit } : {}), origin: originAt(ctx, pointer),
    };
  });
}

const READ_OPERATIONS = ['list', 'get', 'search'];

function toolOf(ctx: CheckContext, name: string, t: McpToolDoc, pointer: string): McpTool {
  const common = { name, ...docOf(t.doc), origin: originAt(ctx, pointer) };
  if (isString(t.query)) return { ...common, source: { kind: 'query', query: t.query }, readonly: t.readonly ?? true };
  if (isString(t.command)) {
    const aggregate = ctx.names.commands.get(t.command)?.aggregate ?? '';
    return { ...common, source: { kind: 'command', aggregate, command: t.command }, readonly: t.readonly ?? false };
  }
  const segs = isString(t.operation) ? parseDottedName(textOnly(t.operation), 'operation').node ?? [] : [];
  const [resource, operation] = [segs[0]?.name ?? '', segs[1]?.name ?? ''];
  return { ...common, source: { kind: 'operation', resource, operation }, readonly: t.readonly ?? READ_OPERATIONS.includes(operation) };
}

export function buildMcpServers(ctx: CheckContext): McpServer[] {
  return entriesOf(ctx.doc.mcp).map(([name, s]) => {
    const pointer = ptr('mcp', name);
    const path = s.transport === 'http' ? { path: isString(s.path) ? s.path : '/mcp' } : isString(s.path) ? { path: s.path } : {};
    return {
      name, ...docOf(s.doc), transport: s.transport, ...path,
      tools: entriesOf(s.tools).map(([t, doc]) => toolOf(ctx, t, doc, ptr('mcp', name, 'tools', t))),
      resources: entriesOf(s.resources).map(([r, doc]) => ({
        name: r, ...docOf(doc.doc), source: isString(doc.entity) ? { kind: 'entity' as const, name: doc.entity } : { kind: 'query' as const, name: doc.query ?? '' },
        uri: isString(doc.uri) ? doc.uri : `${kebabCase(name)}://${r}`, origin: originAt(ctx, ptr('mcp', name, 'resources', r)),
      })),
      prompts: entriesOf(s.prompts).map(([p, doc]) => ({
        name: p, ...docOf(doc.doc), template: doc.template,
        arguments: dataFieldsAt(ctx, `Prompt \`${p}\``, doc.arguments, `${ptr('mcp', name, 'prompts', p)}/arguments`),
        origin: originAt(ctx, ptr('mcp', name, 'prompts', p)),
      })),
      origin: originAt(ctx, pointer),
    };
  });
}

const COMPOSE_FOR: Partial<Record<Database, 'postgres' | 'mysql' | 'mongodb'>> = { postgres: 'postgres', mysql: 'mysql', mongodb: 'mongodb' };

export function buildDeploy(ctx: CheckContext, database: Database | undefined): Deploy {
  const d = ctx.doc.deploy ?? {};
  const k = d.kubernetes;
  const replicas = k?.replicas ?? 2;
  const compose = Array.isArray(d.compose) ? [...d.compose] : database && COMPOSE_FOR[database] ? [COMPOSE_FOR[database]!] : [];
  return {
    docker: { base: d.docker?.base ?? 'node:20-bookworm-slim', user: d.docker?.user ?? 'node', port: d.docker?.port ?? 3000 },
    compose,
    ...(k ? { kubernetes: {
      replicas, namespace: k.namespace ?? 'default',
      ...(k.autoscale ? { autoscale: { min: k.autoscale.min ?? replicas, max: k.autoscale.max, cpu: k.autoscale.cpu ?? 80 } } : {}),
    } } : {}),
    observability: { logs: d.observability?.logs ?? 'json', metrics: d.observability?.metrics ?? 'prometheus', tracing: d.observability?.tracing ?? 'none' },
  };
}
