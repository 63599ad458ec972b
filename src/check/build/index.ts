/**
 * Pass 5: build the ServiceModel from a checked spec. Runs only when the
 * rules reported no errors, so every name resolves and every cached
 * resolution (conditions, access rules, query params) is present. The result
 * is plain JSON data (see `model/model.ts` for its invariants).
 */
import type { ServiceModel } from '../../model/model.js';
import { isString, listOf, originAt, type CheckContext } from '../context.js';
import { buildAuth } from './auth.js';
import { buildEntity, buildEnums, buildRelation } from './entities.js';
import { docOf } from './fields.js';
import { buildAggregates, buildDeploy, buildMcpServers, buildProjections, buildQueries, buildSagas, buildServices } from './flows.js';
import { buildResource } from './resources.js';
import { parseAllowance } from '../rules/migrations.js';

function buildBackend(ctx: CheckContext): ServiceModel['backend'] {
  const b = ctx.doc.backend!;
  return {
    name: b.name, ...docOf(b.doc), version: isString(b.version) ? b.version : '0.1.0',
    ...(b.database ? { database: b.database } : {}),
    api: Array.isArray(b.api) && b.api.length > 0 ? [...b.api] : ['rest'],
    targets: listOf(b.targets).filter(isString),
    ...(isString(b.output) ? { output: b.output } : {}), ...(isString(b.templates) ? { templates: b.templates } : {}),
    origin: originAt(ctx, '/backend'),
  };
}

export function buildModel(ctx: CheckContext): ServiceModel {
  const backend = buildBackend(ctx);
  const auth = buildAuth(ctx);
  return {
    backend,
    enums: buildEnums(ctx),
    entities: [...ctx.entities.values()].map((e) => buildEntity(ctx, e)),
    relations: ctx.relations.map((r) => buildRelation(ctx, r)),
    resources: [...ctx.resources.values()].map((r) => buildResource(ctx, r, backend.api)),
    ...(auth ? { auth } : {}),
    aggregates: buildAggregates(ctx),
    projections: buildProjections(ctx),
    sagas: buildSagas(ctx),
    services: buildServices(ctx),
    queries: buildQueries(ctx),
    mcpServers: buildMcpServers(ctx),
    deploy: buildDeploy(ctx, backend.database),
    ...(ctx.doc.migrations ? { migrations: buildMigrations(ctx) } : {}),
    ...(ctx.doc.compatibility ? { compatibility: buildCompatibility(ctx) } : {}),
  };
}

function buildCompatibility(ctx: CheckContext): NonNullable<ServiceModel['compatibility']> {
  const allow = listOf(ctx.doc.compatibility?.allow).flatMap((entry, i) => {
    const parsed = isString(entry) ? parseAllowance(entry) : undefined;
    return parsed ? [{ ...parsed, origin: originAt(ctx, `/compatibility/allow/${i}`) }] : [];
  });
  return { version: ctx.doc.compatibility?.version ?? '', allow, origin: originAt(ctx, '/compatibility') };
}

function buildMigrations(ctx: CheckContext): NonNullable<ServiceModel['migrations']> {
  const allow = listOf(ctx.doc.migrations?.allow).flatMap((entry, i) => {
    const parsed = isString(entry) ? parseAllowance(entry) : undefined;
    return parsed ? [{ ...parsed, origin: originAt(ctx, `/migrations/allow/${i}`) }] : [];
  });
  return { allow };
}
