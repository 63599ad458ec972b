/**
 * checkSpec: the semantic checker, SpecDocument + spans → ServiceModel.
 *
 * The table of contents. Passes run in order; each is a list of small named
 * rules (see `rules/*.ts`). A name that fails to resolve is reported once and
 * leaves its symbol undefined, and every later rule skips undefined symbols,
 * so there are no follow-on errors. The model is built only when no error was
 * reported (warnings do not block it).
 *
 *   1. header and names   header rules; collect names, duplicates across aggregates/types
 *   2. types              parse and resolve every entity field type
 *   3. structure          primary keys + implicit fields, relations + FK fields, resources
 *   4. rules per area     fields, entities, relations, auth, resources, CQRS,
 *                         sagas, services, queries, MCP, deploy
 *   5. build              the ServiceModel (only without errors)
 *
 * The input has passed the JSON Schema; rules still never assume more than
 * they check, and never throw on odd input.
 *
 * Specs repeat the same expression strings for every entity, and positions
 * only matter when something is reported: rules resolve an expression from
 * its parse without positions, memoized per text, and parse it again with
 * spans only to report a problem (see `parsed.ts`).
 */
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ServiceModel } from '../model/model.js';
import type { SpanIndex } from '../syntax/ast.js';
import type { SpecDocument } from '../syntax/document.js';
import { buildModel } from './build/index.js';
import { createContext, entriesOf, ptr, sanitizeDocument, type CheckContext, type Named } from './context.js';
import { resolveKeys } from './keys.js';
import { collectNames, createNames } from './names.js';
import { resolveRelations } from './relations.js';
import { endpointsAreUnique, resolveResources } from './resources.js';
import { authRules } from './rules/auth.js';
import { aggregateRules, projectionRules } from './rules/cqrs.js';
import { deployRules } from './rules/deploy.js';
import { migrationsRules } from './rules/migrations.js';
import { compatibilityRules } from './rules/compatibility.js';
import { entityRules, indexNamesAreUnique, tablesAreUnique } from './rules/entities.js';
import { fieldRules } from './rules/fields.js';
import { headerRules } from './rules/header.js';
import { mcpRules } from './rules/mcp.js';
import { queryRules } from './rules/queries.js';
import { relationRules } from './rules/relations.js';
import { resourceRules } from './rules/resources.js';
import { sagaRules } from './rules/sagas.js';
import { serviceRules } from './rules/services.js';
import { resolveEntityTypes } from './types.js';

export interface CheckResult {
  /** Undefined when any error was reported. */
  readonly model: ServiceModel | undefined;
  /** Sorted by file, offset, code. */
  readonly diagnostics: Diagnostic[];
}

/** Applies every rule to every item. */
function apply<T>(items: Iterable<T>, rules: readonly ((item: T, ctx: CheckContext) => void)[], ctx: CheckContext): void {
  for (const item of items) for (let i = 0; i < rules.length; i++) rules[i]!(item, ctx);
}

/** The named items of a map-shaped section, with their pointers. */
type Section = 'aggregates' | 'projections' | 'sagas' | 'services' | 'queries' | 'mcp';
type ItemOf<K extends Section> = NonNullable<SpecDocument[K]>[string];

function named<K extends Section>(ctx: CheckContext, section: K): Named<ItemOf<K>>[] {
  const items = ctx.doc[section] as Record<string, ItemOf<K>> | undefined;
  return entriesOf(items).map(([name, doc]) => ({ name, pointer: ptr(section, name), doc }));
}

function checkData(ctx: CheckContext): void {
  for (const e of ctx.entities.values()) {
    for (const f of e.fields) for (let i = 0; i < fieldRules.length; i++) fieldRules[i]!(f, e, ctx);
  }
  apply(ctx.entities.values(), entityRules, ctx);
  tablesAreUnique(ctx);
  indexNamesAreUnique(ctx);
  apply(ctx.relations, relationRules, ctx);
}

function checkApi(ctx: CheckContext): void {
  if (ctx.doc.auth) apply([ctx.doc.auth], authRules, ctx);
  apply(ctx.resources.values(), resourceRules, ctx);
  endpointsAreUnique(ctx);
}

function checkFlows(ctx: CheckContext): void {
  apply(named(ctx, 'aggregates'), aggregateRules, ctx);
  apply(named(ctx, 'projections'), projectionRules, ctx);
  apply(named(ctx, 'sagas'), sagaRules, ctx);
  apply(named(ctx, 'services'), serviceRules, ctx);
  apply(named(ctx, 'queries'), queryRules, ctx);
  apply(named(ctx, 'mcp'), mcpRules, ctx);
  if (ctx.doc.deploy) apply([ctx.doc.deploy], deployRules, ctx);
  if (ctx.doc.migrations) apply([ctx.doc.migrations], migrationsRules, ctx);
  if (ctx.doc.compatibility) apply([ctx.doc.compatibility], compatibilityRules, ctx);
}

/** Checks a spec document (already structurally valid) and builds its model. */
export function checkSpec(document: SpecDocument, spans: SpanIndex): CheckResult {
  const ctx = createContext(sanitizeDocument(document), spans, createNames());
  // 1. Header and names.
  for (const rule of headerRules) rule(ctx);
  collectNames(ctx);
  // 2. Types.
  resolveEntityTypes(ctx);
  // 3. Structure.
  resolveKeys(ctx);
  resolveRelations(ctx);
  resolveResources(ctx);
  // 4. Rules per area.
  checkData(ctx);
  checkApi(ctx);
  checkFlows(ctx);
  // 5. Build.
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  const model = hasErrors(diagnostics) ? undefined : buildModel(ctx);
  return { model, diagnostics };
}

export type { CheckContext };
