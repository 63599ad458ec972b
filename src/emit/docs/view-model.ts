/**
 * The docs view model: every decision about what the Markdown reference
 * shows, in which order, under which heading and in which words is made
 * here (with `phrases.ts`); the templates only loop and branch.
 *
 * Conventions for template authors (and overrides):
 * - a property ending in `Md` is Markdown, ready to print: user strings in it
 *   are escaped. In a table cell, print it through `md_cell`.
 * - every other string is raw text: print it through `md` (or `md_code`,
 *   `md_paragraphs`, `mermaid_label`…). `heading` texts are raw too.
 * - absent optional text is '' and absent lists are [], never undefined.
 * - properties ending in `Word` or `Id` are valid Mermaid tokens as they are.
 * - properties ending in `RowsMd` are the rows of a Markdown table (one per
 *   line, no trailing newline), and `lines` Mermaid lines: the big, regular
 *   tables and diagrams are laid out here, since a template loop over tens
 *   of thousands of rows is the slowest part of a large spec's docs.
 *
 * Pages are built in a fixed order, and each registers its headings (in the
 * order it shows them) before any page links to them.
 */
import { md, mdCell, mdCode, mermaidEntity, mermaidLabel } from '../escape.js';
import { columnName } from '../../model/naming.js';
import type {
  Aggregate, DataField, Entity, Enum, Field, McpServer, Projection, Query, Relation, Resource, Saga, ServiceModel,
  Service, StepTarget,
} from '../../model/model.js';
import {
  accessRuleMd, Anchors, apiStyleName, constraintPhrasesMd, count, databaseName, defaultMd, durationWords,
  envValueMd, joinAnd, rateWords, scalarTypeText, typeRefMd, yesNo,
} from './phrases.js';

// ---- View types ---------------------------------------------------------------------

/** One `- **label:** value` line. */
export interface Fact {
  readonly label: string;
  readonly valueMd: string;
}

/** A table of data fields (inputs, event fields, arguments); optional columns shown only when some row uses them. */
export interface DataTable {
  readonly rows: readonly DataRow[];
  readonly showDefault: boolean;
  readonly showConstraints: boolean;
  readonly showDescription: boolean;
}

export interface DataRow {
  readonly name: string;
  readonly typeMd: string;
  readonly required: string;
  readonly defaultMd: string;
  readonly constraintsMd: string;
  readonly doc: string;
}

export interface OverviewPage {
  readonly title: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly contents: readonly { readonly linkMd: string; readonly summary: string }[];
}

export interface ErDiagram {
  /**
   * The lines after `erDiagram`, two-space indented: the relationships
   * (`Customer ||..o{ Order : "customer"`), then each entity with its
   * attributes (`type name PK, FK`).
   */
  readonly lines: string;
}

export interface EntityView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  /** Rows of `| Field | Type | Required | Default | Details | Description |`. */
  readonly fieldRowsMd: string;
  /** Rows of `| Name | Fields | Unique |` (and `Only where |` when `showIndexWhere`); '' without indexes. */
  readonly indexRowsMd: string;
  /** Some index is partial (else the index table has no condition column). */
  readonly showIndexWhere: boolean;
  /** Rows of `| Name | Condition |`; '' without checks. */
  readonly checkRowsMd: string;
}

export interface EnumView {
  readonly heading: string;
  readonly doc: string;
  readonly values: readonly { readonly name: string; readonly doc: string }[];
  /** Some value has a doc comment (else the table has no description column). */
  readonly showDescription: boolean;
}

export interface QueryView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly params: readonly { readonly name: string; readonly typeMd: string }[];
}

export interface DataModelPage {
  readonly title: string;
  readonly diagramHeading: string;
  readonly diagram: ErDiagram | null;
  readonly enumsHeading: string;
  readonly enums: readonly EnumView[];
  readonly entitiesHeading: string;
  readonly entities: readonly EntityView[];
  readonly queriesHeading: string;
  readonly queries: readonly QueryView[];
}

export interface ActionView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly input: DataTable;
}

export interface ResourceView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  /** Rows of `| Method | Path | Operation | Access |`. */
  readonly endpointRowsMd: string;
  readonly actions: readonly ActionView[];
}

export interface ApiPage {
  readonly title: string;
  readonly introMd: string;
  /** Rows of `| Resource | Entity | Path | Operations and actions |`. */
  readonly overviewRowsMd: string;
  readonly resources: readonly ResourceView[];
}

export interface AuthPage {
  readonly title: string;
  readonly identityHeading: string;
  readonly identity: readonly Fact[];
  readonly methodsHeading: string;
  readonly methods: readonly { readonly heading: string; readonly facts: readonly Fact[] }[];
  readonly oauth2: readonly {
    readonly name: string; readonly clientIdMd: string; readonly clientSecretMd: string; readonly endpointsMd: string; readonly scopesMd: string;
  }[];
  readonly passwordsHeading: string;
  readonly passwords: readonly Fact[];
  readonly rateLimitsHeading: string;
  readonly rateLimits: readonly { readonly endpoint: string; readonly limit: string }[];
  readonly rolesHeading: string;
  /** A sentence about the administrator role; '' when none is declared. */
  readonly adminMd: string;
  readonly roles: readonly { readonly name: string; readonly inheritsMd: string; readonly permissionsMd: string; readonly doc: string }[];
  /** Which optional columns of the roles table some role fills. */
  readonly showRoleInherits: boolean;
  readonly showRolePermissions: boolean;
  readonly showRoleDescription: boolean;
  readonly policiesHeading: string;
  readonly policies: readonly { readonly name: string; readonly conditionMd: string }[];
  readonly browserHeading: string;
  readonly browser: readonly Fact[];
  readonly headers: readonly { readonly header: string; readonly valueMd: string }[];
}

export interface CommandView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly input: DataTable;
}

export interface EventView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly fields: DataTable;
}

export interface AggregateView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly commands: readonly CommandView[];
  readonly events: readonly EventView[];
}

export interface ProjectionView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly fields: DataTable;
}

export interface SequenceDiagram {
  readonly participants: readonly { readonly id: string; readonly label: string }[];
  readonly sagaId: string;
  readonly trigger: string;
  readonly calls: readonly { readonly fromId: string; readonly toId: string; readonly text: string }[];
  /** Shown in an `opt` block titled `compensationTitle`; empty when nothing is undone. */
  readonly compensations: readonly { readonly fromId: string; readonly toId: string; readonly text: string }[];
  readonly compensationTitle: string;
  /** A closing note (halt, or nothing to compensate); '' for none. */
  readonly failureNote: string;
}

export interface SagaView {
  readonly heading: string;
  readonly doc: string;
  readonly facts: readonly Fact[];
  readonly steps: readonly {
    readonly number: number; readonly name: string; readonly doesMd: string; readonly compensateMd: string;
    readonly timeout: string; readonly retries: string; readonly doc: string;
  }[];
  readonly diagram: SequenceDiagram;
}

export interface EventsPage {
  readonly title: string;
  readonly aggregatesHeading: string;
  readonly aggregates: readonly AggregateView[];
  readonly projectionsHeading: string;
  readonly projections: readonly ProjectionView[];
  readonly sagasHeading: string;
  readonly sagas: readonly SagaView[];
}

export interface ServicesPage {
  readonly title: string;
  readonly services: readonly {
    readonly heading: string;
    readonly doc: string;
    readonly facts: readonly Fact[];
    readonly operations: readonly { readonly heading: string; readonly doc: string; readonly facts: readonly Fact[]; readonly input: DataTable }[];
  }[];
}

export interface McpPage {
  readonly title: string;
  readonly servers: readonly {
    readonly heading: string;
    readonly doc: string;
    readonly facts: readonly Fact[];
    readonly tools: readonly { readonly name: string; readonly callsMd: string; readonly readonly: string; readonly doc: string }[];
    readonly resources: readonly { readonly name: string; readonly uri: string; readonly sourceMd: string; readonly doc: string }[];
    readonly prompts: readonly { readonly heading: string; readonly doc: string; readonly arguments: DataTable; readonly template: string }[];
  }[];
}

export interface DeployPage {
  readonly title: string;
  readonly containerHeading: string;
  readonly container: readonly Fact[];
  readonly composeHeading: string;
  readonly composeMd: string;
  readonly kubernetesHeading: string;
  readonly kubernetes: readonly Fact[];
  readonly observabilityHeading: string;
  readonly observability: readonly Fact[];
}

/** One output file: the template that renders it and its view. */
export type DocsFile =
  | { readonly path: 'README.md'; readonly template: 'readme.md.njk'; readonly page: OverviewPage }
  | { readonly path: 'data-model.md'; readonly template: 'data-model.md.njk'; readonly page: DataModelPage }
  | { readonly path: 'auth.md'; readonly template: 'auth.md.njk'; readonly page: AuthPage }
  | { readonly path: 'api.md'; readonly template: 'api.md.njk'; readonly page: ApiPage }
  | { readonly path: 'services.md'; readonly template: 'services.md.njk'; readonly page: ServicesPage }
  | { readonly path: 'events.md'; readonly template: 'events.md.njk'; readonly page: EventsPage }
  | { readonly path: 'mcp.md'; readonly template: 'mcp.md.njk'; readonly page: McpPage }
  | { readonly path: 'deploy.md'; readonly template: 'deploy.md.njk'; readonly page: DeployPage };

// ---- Shared pieces ---------------------------------------------------------------------

const DATA_MODEL = 'data-model.md';
const AUTH = 'auth.md';
const API = 'api.md';
const SERVICES = 'services.md';
const EVENTS = 'events.md';
const MCP = 'mcp.md';
const DEPLOY = 'deploy.md';

const CARDINALITY_WORDS: Record<string, string> = {
  manyToOne: 'many-to-one',
  oneToOne: 'one-to-one',
  oneToMany: 'one-to-many',
  manyToMany: 'many-to-many',
};

const REFERENTIAL_WORDS: Record<string, string> = {
  cascade: 'cascade',
  restrict: 'restrict',
  setNull: 'set null',
  setDefault: 'set default',
  noAction: 'no action',
};

/** A Markdown table row from cells that are Markdown already (each made cell-safe). */
function tableRow(cellsMd: readonly string[]): string {
  return `| ${cellsMd.map(mdCell).join(' | ')} |`;
}

function codeList(names: readonly string[]): string {
  return names.map((n) => mdCode(n)).join(', ');
}

function dataTable(fields: readonly DataField[], anchors: Anchors, page: string): DataTable {
  const rows = fields.map((f) => ({
    name: f.name,
    typeMd: typeRefMd(f.type, anchors, page),
    required: yesNo(!f.type.optional),
    defaultMd: defaultMd(f.default),
    constraintsMd: constraintPhrasesMd(f.constraints).join(', '),
    doc: f.doc ?? '',
  }));
  return {
    rows,
    showDefault: rows.some((r) => r.defaultMd !== ''),
    showConstraints: rows.some((r) => r.constraintsMd !== ''),
    showDescription: rows.some((r) => r.doc !== ''),
  };
}

/** `GET /orders/{id}` as code. */
function routeMd(method: string, path: string): string {
  return mdCode(`${method} ${path}`);
}

function stepTargetMd(target: StepTarget, anchors: Anchors, page: string): string {
  if (target.kind === 'service') {
    return anchors.linkMd(`operation:${target.service}.${target.operation}`, page, mdCode(`${target.service}.${target.operation}`));
  }
  return anchors.linkMd(`command:${target.command}`, page, mdCode(`${target.aggregate}.${target.command}`));
}

// ---- Headings (registered before any page links to them) -------------------------------

/** Heading texts; kept here so that the anchors and the pages agree. */
const H = {
  dataModel: 'Data model',
  diagram: 'Entity relationships',
  enums: 'Enums',
  entities: 'Entities',
  queries: 'Queries',
  auth: 'Authentication and authorization',
  identity: 'Identity',
  methods: 'Sign-in methods',
  passwords: 'Passwords and lockout',
  rateLimits: 'Rate limits',
  roles: 'Roles',
  policies: 'Policies',
  browser: 'Browser security',
  api: 'API',
  services: 'External services',
  events: 'Aggregates, events and sagas',
  aggregates: 'Aggregates',
  projections: 'Projections',
  sagas: 'Sagas',
  mcp: 'MCP servers',
  deploy: 'Deployment',
  container: 'Container',
  compose: 'Local services',
  kubernetes: 'Kubernetes',
  observability: 'Observability',
} as const;

const methodHeadings = (model: ServiceModel): string[] => {
  const m = model.auth?.methods;
  if (!m) return [];
  return [
    ...(m.jwt ? ['JWT'] : []),
    ...(m.session ? ['Sessions'] : []),
    ...(m.apiKey ? ['API keys'] : []),
    ...(m.oauth2.length > 0 ? ['OAuth 2'] : []),
  ];
};

/** Which pages exist: a page is left out when its part of the spec is empty. */
function pagesOf(model: ServiceModel) {
  return {
    dataModel: model.entities.length + model.enums.length + model.queries.length > 0,
    auth: model.auth !== undefined,
    api: model.resources.length > 0,
    services: model.services.length > 0,
    events: model.aggregates.length + model.projections.length + model.sagas.length > 0,
    mcp: model.mcpServers.length > 0,
  };
}

/** Registers every heading of every page, page by page, in the order the templates show them. */
function registerHeadings(model: ServiceModel, anchors: Anchors): void {
  const pages = pagesOf(model);
  if (pages.dataModel) {
    anchors.add(DATA_MODEL, 'page:data-model', H.dataModel);
    if (model.entities.length > 0) anchors.add(DATA_MODEL, 'section:diagram', H.diagram);
    if (model.enums.length > 0) anchors.add(DATA_MODEL, 'section:enums', H.enums);
    for (const e of model.enums) anchors.add(DATA_MODEL, `enum:${e.name}`, e.name);
    if (model.entities.length > 0) anchors.add(DATA_MODEL, 'section:entities', H.entities);
    for (const e of model.entities) anchors.add(DATA_MODEL, `entity:${e.name}`, e.name);
    if (model.queries.length > 0) anchors.add(DATA_MODEL, 'section:queries', H.queries);
    for (const q of model.queries) anchors.add(DATA_MODEL, `query:${q.name}`, q.name);
  }
  if (pages.auth) {
    const auth = model.auth!;
    anchors.add(AUTH, 'page:auth', H.auth);
    if (auth.identity) anchors.add(AUTH, 'section:identity', H.identity);
    const methods = methodHeadings(model);
    if (methods.length > 0) anchors.add(AUTH, 'section:methods', H.methods);
    for (const m of methods) anchors.add(AUTH, `method:${m}`, m);
    anchors.add(AUTH, 'section:passwords', H.passwords);
    anchors.add(AUTH, 'section:rate-limits', H.rateLimits);
    if (auth.roles.length > 0) anchors.add(AUTH, 'section:roles', H.roles);
    if (auth.policies.length > 0) anchors.add(AUTH, 'section:policies', H.policies);
    for (const p of auth.policies) anchors.alias(`policy:${p.name}`, 'section:policies');
    anchors.add(AUTH, 'section:browser', H.browser);
  }
  if (pages.api) {
    anchors.add(API, 'page:api', H.api);
    for (const r of model.resources) {
      anchors.add(API, `resource:${r.name}`, r.name);
      for (const a of r.actions) anchors.add(API, `action:${r.name}.${a.name}`, `Action ${a.name}`);
    }
  }
  if (pages.services) {
    anchors.add(SERVICES, 'page:services', H.services);
    for (const s of model.services) {
      anchors.add(SERVICES, `service:${s.name}`, s.name);
      for (const o of s.operations) anchors.add(SERVICES, `operation:${s.name}.${o.name}`, `Operation ${o.name}`);
    }
  }
  if (pages.events) {
    anchors.add(EVENTS, 'page:events', H.events);
    if (model.aggregates.length > 0) anchors.add(EVENTS, 'section:aggregates', H.aggregates);
    for (const a of model.aggregates) {
      anchors.add(EVENTS, `aggregate:${a.name}`, a.name);
      for (const c of a.commands) anchors.add(EVENTS, `command:${c.name}`, `Command ${c.name}`);
      for (const e of a.events) anchors.add(EVENTS, `event:${e.name}`, `Event ${e.name}`);
    }
    if (model.projections.length > 0) anchors.add(EVENTS, 'section:projections', H.projections);
    for (const p of model.projections) anchors.add(EVENTS, `projection:${p.name}`, p.name);
    if (model.sagas.length > 0) anchors.add(EVENTS, 'section:sagas', H.sagas);
    for (const s of model.sagas) anchors.add(EVENTS, `saga:${s.name}`, s.name);
  }
  if (pages.mcp) {
    anchors.add(MCP, 'page:mcp', H.mcp);
    for (const s of model.mcpServers) {
      anchors.add(MCP, `mcp:${s.name}`, s.name);
      for (const p of s.prompts) anchors.add(MCP, `prompt:${s.name}.${p.name}`, `Prompt ${p.name}`);
    }
  }
  anchors.add(DEPLOY, 'page:deploy', H.deploy);
}

// ---- Data model ---------------------------------------------------------------------------

/** A Mermaid erDiagram attribute name; `pk`, `fk`, `uk` (any case) would read as key markers. */
function erAttributeWord(name: string): string {
  return /^(?:pk|fk|uk)$/i.test(name) ? `${name}_` : name;
}

/** `left shape right : "label"`; `shape` is the cardinality and line, e.g. `||--o{`. */
function relationshipLine(left: string, shape: string, right: string, label: string): string {
  return `  ${mermaidEntity(left)} ${shape} ${mermaidEntity(right)} : "${mermaidLabel(label)}"`;
}

function erDiagram(model: ServiceModel): ErDiagram {
  const entities = model.entities.map((e) => {
    const lines = [`  ${mermaidEntity(e.name)} {`];
    for (const f of e.fields) {
      if (f.kind === 'relation') continue;
      const base = f.kind === 'enum' ? f.enum : f.type;
      const keys = [...(f.id ? ['PK'] : []), ...(f.foreignKey ? ['FK'] : []), ...(f.unique && !f.id ? ['UK'] : [])];
      lines.push(`    ${f.list ? `${base}[]` : base} ${erAttributeWord(f.name)}${keys.length > 0 ? ` ${keys.join(', ')}` : ''}`);
    }
    lines.push('  }');
    return lines.join('\n');
  });
  const byName = new Map(model.entities.map((e) => [e.name, e]));
  const relationships = model.relations.flatMap((r) => {
    // A `through` relation is drawn as its join entity's two relations.
    if (r.kind === 'manyToMany') {
      if (r.join?.kind === 'entity') return [];
      const field = byName.get(r.owner.entity)?.fields.find((f) => f.name === r.owner.field);
      const target = field?.kind === 'relation' ? field.target : r.owner.entity;
      return [relationshipLine(r.owner.entity, '}o..o{', target, r.owner.field)];
    }
    const fk = r.foreignKey!;
    const owner = byName.get(r.owner.entity);
    // Identifying (solid line) when the foreign key is part of the owner's primary key.
    const identifying = owner !== undefined && fk.fields.every((f) => owner.primaryKey.fields.includes(f));
    const parent = fk.optional ? '|o' : '||';
    const child = r.kind === 'oneToOne' ? 'o|' : 'o{';
    return [relationshipLine(fk.references.entity, `${parent}${identifying ? '--' : '..'}${child}`, r.owner.entity, r.owner.field)];
  });
  return { lines: [...relationships, ...entities].join('\n') };
}

function relationDetailsMd(field: Extract<Field, { kind: 'relation' }>, entity: Entity, relations: ReadonlyMap<string, Relation>, anchors: Anchors): string[] {
  const rel = relations.get(field.relation);
  const parts = [CARDINALITY_WORDS[field.cardinality] ?? field.cardinality];
  if (!rel) return parts;
  const isOwner = rel.owner.entity === entity.name && rel.owner.field === field.name;
  if (!isOwner) {
    parts.push(`inverse of ${anchors.linkMd(`entity:${rel.owner.entity}`, DATA_MODEL, md(rel.owner.entity))}.${mdCode(rel.owner.field)}`);
  }
  if (field.foreignKey.length > 0) parts.push(`foreign key ${codeList(field.foreignKey)}`);
  if (rel.join?.kind === 'table') parts.push(`join table ${mdCode(rel.join.table)}`);
  if (rel.join?.kind === 'entity') parts.push(`through ${anchors.linkMd(`entity:${rel.join.entity}`, DATA_MODEL, md(rel.join.entity))}`);
  if (isOwner && rel.kind !== 'manyToMany') {
    parts.push(`on delete ${REFERENTIAL_WORDS[rel.onDelete]}`);
    if (rel.onUpdate !== 'cascade') parts.push(`on update ${REFERENTIAL_WORDS[rel.onUpdate]}`);
  }
  return parts;
}

const MANAGED_WORDS: Record<string, string> = {
  createdAt: 'set when the record is created',
  updatedAt: 'set on every update',
  deletedAt: 'set when the record is soft-deleted',
};

function entityFieldRow(field: Field, entity: Entity, relations: ReadonlyMap<string, Relation>, anchors: Anchors): string {
  const details: string[] = [];
  let typeMd: string;
  let defaultText = '';
  if (field.kind === 'relation') {
    typeMd = anchors.linkMd(`entity:${field.target}`, DATA_MODEL, md(field.target)) + (field.list ? md('[]') : '');
    details.push(...relationDetailsMd(field, entity, relations, anchors));
  } else {
    typeMd = field.kind === 'enum'
      ? anchors.linkMd(`enum:${field.enum}`, DATA_MODEL, md(field.enum))
      : md(scalarTypeText(field.type, field.precision, field.scale));
    if (field.list) typeMd += md('[]');
    defaultText = defaultMd(field.default);
    if (field.id) details.push(entity.primaryKey.composite ? 'part of the primary key' : 'primary key');
    if (field.unique) details.push('unique');
    if (field.foreignKey) {
      const target = anchors.linkMd(`entity:${field.foreignKey.entity}`, DATA_MODEL, md(field.foreignKey.entity));
      const via = relations.get(field.foreignKey.relation)?.owner.field ?? field.foreignKey.relation;
      details.push(`foreign key of ${mdCode(via)} → ${target}.${mdCode(field.foreignKey.field)}`);
    }
    if (field.kind === 'scalar') {
      if (field.managed) details.push(MANAGED_WORDS[field.managed] ?? field.managed);
      details.push(...constraintPhrasesMd(field.constraints));
    }
    if (field.column !== columnName(field.name)) details.push(`column ${mdCode(field.column)}`);
    if (field.renamedFrom) details.push(`renamed from ${mdCode(field.renamedFrom)}`);
  }
  if (field.implicit) details.push('added by pab');
  return tableRow([
    mdCode(field.name),
    typeMd,
    // "Required" says nothing about a collection of related records (it has no column).
    field.kind === 'relation' && field.list ? '' : yesNo(!field.optional),
    defaultText,
    details.join(', '),
    md(field.doc ?? ''),
  ]);
}

function entityView(entity: Entity, relations: ReadonlyMap<string, Relation>, anchors: Anchors): EntityView {
  const pk = entity.primaryKey;
  const facts: Fact[] = [
    { label: 'Table', valueMd: mdCode(entity.table) },
    { label: 'Primary key', valueMd: codeList(pk.fields) + (pk.implicit ? ' (added by pab)' : '') },
  ];
  const managed = entity.fields.filter((f) => f.kind === 'scalar' && f.managed !== undefined && f.managed !== 'deletedAt').map((f) => f.name);
  if (entity.timestamps) facts.push({ label: 'Timestamps', valueMd: codeList(managed) });
  if (entity.softDelete) {
    const deleted = entity.fields.find((f) => f.kind === 'scalar' && f.managed === 'deletedAt');
    facts.push({ label: 'Soft delete', valueMd: `deleting sets ${mdCode(deleted?.name ?? 'deletedAt')}; deleted records are hidden` });
  }
  const showIndexWhere = entity.indexes.some((i) => i.where !== undefined);
  return {
    heading: entity.name,
    doc: entity.doc ?? '',
    facts,
    fieldRowsMd: entity.fields.map((f) => entityFieldRow(f, entity, relations, anchors)).join('\n'),
    indexRowsMd: entity.indexes.map((i) => tableRow([
      mdCode(i.name),
      i.fields.map((f) => mdCode(f.field) + (f.direction === 'desc' ? ' descending' : '')).join(', ') + (i.implicit ? ' (for the foreign key)' : ''),
      yesNo(i.unique),
      ...(showIndexWhere ? [i.where ? mdCode(i.where.source) : ''] : []),
    ])).join('\n'),
    showIndexWhere,
    checkRowsMd: entity.checks.map((c) => tableRow([mdCode(c.name), mdCode(c.condition.source)])).join('\n'),
  };
}

function enumView(e: Enum): EnumView {
  const values = e.values.map((v) => ({ name: v.name, doc: v.doc ?? '' }));
  return { heading: e.name, doc: e.doc ?? '', values, showDescription: values.some((v) => v.doc !== '') };
}

function orderMd(items: readonly { field: string; direction: 'asc' | 'desc' }[]): string {
  return items.map((o) => mdCode(o.field) + (o.direction === 'desc' ? ' descending' : '')).join(', ');
}

function queryView(q: Query, anchors: Anchors): QueryView {
  const facts: Fact[] = [{ label: 'Entity', valueMd: anchors.linkMd(`entity:${q.entity}`, DATA_MODEL, md(q.entity)) }];
  facts.push({ label: 'Where', valueMd: q.where ? mdCode(q.where.source) : 'every record' });
  if (q.orderBy.length > 0) facts.push({ label: 'Order', valueMd: orderMd(q.orderBy) });
  facts.push({ label: 'Limit', valueMd: q.limit === undefined ? 'none' : String(q.limit) });
  return {
    heading: q.name,
    doc: q.doc ?? '',
    facts,
    params: q.params.map((p) => ({ name: `$${p.name}`, typeMd: typeRefMd(p.type, anchors, DATA_MODEL) })),
  };
}

function dataModelPage(model: ServiceModel, anchors: Anchors): DataModelPage {
  const relations = new Map(model.relations.map((r) => [r.name, r]));
  return {
    title: H.dataModel,
    diagramHeading: H.diagram,
    diagram: model.entities.length > 0 ? erDiagram(model) : null,
    enumsHeading: H.enums,
    enums: model.enums.map(enumView),
    entitiesHeading: H.entities,
    entities: model.entities.map((e) => entityView(e, relations, anchors)),
    queriesHeading: H.queries,
    queries: model.queries.map((q) => queryView(q, anchors)),
  };
}

// ---- Auth ------------------------------------------------------------------------------------

const CHARACTER_CLASS_WORDS: Record<string, string> = {
  upper: 'an uppercase letter',
  lower: 'a lowercase letter',
  digit: 'a digit',
  symbol: 'a symbol',
};

const AUTH_ENDPOINT_WORDS: Record<string, string> = {
  login: 'Sign in',
  register: 'Register',
  refresh: 'Refresh a token',
  passwordReset: 'Reset a password',
  mfa: 'Multi-factor check',
};

function authPage(model: ServiceModel, anchors: Anchors): AuthPage {
  const auth = model.auth!;
  const identity: Fact[] = [];
  if (auth.identity) {
    const id = auth.identity;
    identity.push({ label: 'Users', valueMd: anchors.linkMd(`entity:${id.entity}`, AUTH, md(id.entity)) });
    identity.push({ label: 'Sign in with', valueMd: joinAnd(id.login.map((l) => mdCode(l)), 'or') });
    identity.push({ label: 'Password', valueMd: id.password ? `stored hashed in ${mdCode(id.password)}` : 'none (password-less sign-in)' });
    if (id.role) identity.push({ label: 'Role', valueMd: mdCode(id.role) });
  }

  const methods: { heading: string; facts: Fact[] }[] = [];
  const m = auth.methods;
  if (m.jwt) {
    const facts: Fact[] = [
      { label: 'Access tokens', valueMd: `valid ${durationWords(m.jwt.accessMs)}` },
      { label: 'Refresh tokens', valueMd: `valid ${durationWords(m.jwt.refreshMs)}${m.jwt.rotate ? ', replaced on every use' : ''}` },
      { label: 'Algorithm', valueMd: md(m.jwt.algorithm) },
    ];
    if (m.jwt.issuer !== undefined) facts.push({ label: 'Issuer', valueMd: mdCode(m.jwt.issuer) });
    if (m.jwt.audience !== undefined) facts.push({ label: 'Audience', valueMd: mdCode(m.jwt.audience) });
    facts.push({ label: 'Signing key', valueMd: envValueMd(m.jwt.secret, true) });
    methods.push({ heading: 'JWT', facts });
  }
  if (m.session) {
    methods.push({
      heading: 'Sessions',
      facts: [
        { label: 'Cookie', valueMd: mdCode(m.session.cookie) },
        { label: 'Valid', valueMd: durationWords(m.session.ttlMs) },
        { label: 'SameSite', valueMd: md(m.session.sameSite) },
        { label: 'Secure (HTTPS only)', valueMd: yesNo(m.session.secure) },
        { label: 'CSRF protection', valueMd: yesNo(m.session.csrf) },
      ],
    });
  }
  if (m.apiKey) {
    const facts: Fact[] = [{ label: 'Header', valueMd: mdCode(m.apiKey.header) }];
    if (m.apiKey.prefix !== undefined) facts.push({ label: 'Key prefix', valueMd: mdCode(m.apiKey.prefix) });
    methods.push({ heading: 'API keys', facts });
  }
  if (m.oauth2.length > 0) methods.push({ heading: 'OAuth 2', facts: [] });

  const passwords: Fact[] = [
    { label: 'Hash', valueMd: auth.password.hash === 'argon2id' ? 'Argon2id' : 'bcrypt' },
    { label: 'Length', valueMd: `${auth.password.minLength} to ${auth.password.maxLength} characters` },
    {
      label: 'Must contain',
      valueMd: auth.password.require.length === 0 ? 'no particular characters' : joinAnd(auth.password.require.map((c) => CHARACTER_CLASS_WORDS[c] ?? c)),
    },
    {
      label: 'Reuse',
      valueMd: auth.password.history === 0 ? 'allowed' : `not of the last ${count(auth.password.history, 'password')}`,
    },
    { label: 'Lockout', valueMd: `${durationWords(auth.lockout.durationMs)} after ${count(auth.lockout.attempts, 'failed attempt')}` },
    { label: 'Multi-factor', valueMd: auth.mfa ? `TOTP, ${auth.mfa.required ? 'required' : 'optional'}` : 'none' },
  ];

  const browser: Fact[] = [];
  if (auth.cors) {
    browser.push({ label: 'Cross-origin requests from', valueMd: codeList(auth.cors.origins) });
    browser.push({ label: 'With credentials (cookies)', valueMd: yesNo(auth.cors.credentials) });
    browser.push({ label: 'Preflight cached for', valueMd: durationWords(auth.cors.maxAgeMs) });
  } else {
    browser.push({ label: 'Cross-origin requests', valueMd: 'not allowed' });
  }
  const h = auth.headers;
  const headers = [
    { header: 'Strict-Transport-Security', valueMd: h.hsts ? 'sent' : 'not sent' },
    { header: 'Content-Security-Policy', valueMd: mdCode(h.contentSecurityPolicy) },
    { header: 'X-Frame-Options', valueMd: mdCode(h.frameOptions.toUpperCase()) },
    { header: 'Referrer-Policy', valueMd: mdCode(h.referrerPolicy) },
    { header: 'X-Content-Type-Options', valueMd: h.noSniff ? mdCode('nosniff') : 'not sent' },
  ];

  return {
    title: H.auth,
    identityHeading: H.identity,
    identity,
    methodsHeading: H.methods,
    methods,
    oauth2: m.oauth2.map((p) => ({
      name: p.name,
      clientIdMd: envValueMd(p.clientId),
      clientSecretMd: envValueMd(p.clientSecret, true),
      endpointsMd: [
        ...(p.issuer !== undefined ? [`issuer ${mdCode(p.issuer)}`] : []),
        ...(p.authorizeUrl !== undefined ? [`authorize ${mdCode(p.authorizeUrl)}`] : []),
        ...(p.tokenUrl !== undefined ? [`token ${mdCode(p.tokenUrl)}`] : []),
      ].join(', '),
      scopesMd: codeList(p.scopes),
    })),
    passwordsHeading: H.passwords,
    passwords,
    rateLimitsHeading: H.rateLimits,
    rateLimits: auth.rateLimits.map((r) => ({ endpoint: AUTH_ENDPOINT_WORDS[r.endpoint] ?? r.endpoint, limit: rateWords(r.limit) })),
    rolesHeading: H.roles,
    adminMd: auth.admin
      ? `Role ${mdCode(auth.admin.role)} may do anything, whatever the access rules say${auth.admin.audit ? '; every use of that power is written to the audit log' : ''}.`
      : '',
    roles: auth.roles.map((r) => ({
      name: r.name,
      inheritsMd: codeList(r.inherits),
      permissionsMd: codeList(r.allPermissions),
      doc: r.doc ?? '',
    })),
    showRoleInherits: auth.roles.some((r) => r.inherits.length > 0),
    showRolePermissions: auth.roles.some((r) => r.allPermissions.length > 0),
    showRoleDescription: auth.roles.some((r) => r.doc !== undefined && r.doc !== ''),
    policiesHeading: H.policies,
    policies: auth.policies.map((p) => ({ name: p.name, conditionMd: mdCode(p.condition.source) })),
    browserHeading: H.browser,
    browser,
    headers,
  };
}

// ---- API ------------------------------------------------------------------------------------

function resourceView(r: Resource, api: readonly string[], anchors: Anchors): ResourceView {
  const facts: Fact[] = [{ label: 'Entity', valueMd: anchors.linkMd(`entity:${r.entity}`, API, md(r.entity)) }];
  if (r.parent) {
    facts.push({
      label: 'Nested under',
      valueMd: `${anchors.linkMd(`resource:${r.parent.resource}`, API, md(r.parent.resource))}, through ${mdCode(r.parent.field)} (${codeList(r.parent.foreignKey.map((k) => `{${k}}`))})`,
    });
  }
  // The page says what the backend serves; only a resource that differs says so.
  if (r.expose.join() !== api.join()) facts.push({ label: 'Served over', valueMd: joinAnd(r.expose.map(apiStyleName)) });
  const lists = r.operations.includes('list') || r.operations.includes('search');
  if (lists) {
    facts.push({
      label: 'Pagination',
      valueMd: `${r.pagination.style === 'cursor' ? 'by cursor' : 'by offset'}, ${r.pagination.default} per page by default, at most ${r.pagination.max}`,
    });
    if (r.filter.length > 0) {
      facts.push({
        label: 'Filters',
        valueMd: r.filter.map((f) => mdCode(f.field) + (f.foreignKey ? ` (by ${codeList(f.foreignKey)})` : '')).join(', '),
      });
    }
    facts.push({
      label: 'Sort',
      valueMd: r.sort.length === 0
        ? 'by primary key'
        : r.sort.length === 1 ? orderMd(r.sort) : `${orderMd(r.sort.slice(0, 1))} (default), ${orderMd(r.sort.slice(1))}`,
    });
  }
  if (r.operations.includes('search')) facts.push({ label: 'Search', valueMd: codeList(r.search) });
  if (r.cacheMs !== undefined) facts.push({ label: 'Cache', valueMd: `list and get responses for ${durationWords(r.cacheMs)}` });
  if (r.rateLimit) facts.push({ label: 'Rate limit', valueMd: rateWords(r.rateLimit) });

  const access = new Map(r.access.map((a) => [a.operation, a]));
  const endpointRowsMd = r.endpoints.map((e) => {
    const a = access.get(e.name);
    const accessText = a ? accessRuleMd(a.rule, anchors, API) + (a.implicit ? ' (default)' : '') : '';
    const operationMd = e.kind === 'action'
      ? `${anchors.linkMd(`action:${r.name}.${e.name}`, API, md(e.name))} (action)`
      : md(e.name);
    return tableRow([mdCode(e.method), mdCode(e.path), operationMd, accessText]);
  }).join('\n');
  const actions = r.actions.map((a) => {
    const facts: Fact[] = [
      { label: 'Route', valueMd: routeMd(a.method, a.path) },
      { label: 'On', valueMd: a.on === 'item' ? 'one record' : 'the collection' },
      { label: 'Returns', valueMd: a.output ? typeRefMd(a.output, anchors, API) : 'no body' },
    ];
    return { heading: `Action ${a.name}`, doc: a.doc ?? '', facts, input: dataTable(a.input, anchors, API) };
  });
  return { heading: r.name, doc: r.doc ?? '', facts, endpointRowsMd, actions };
}

function apiPage(model: ServiceModel, anchors: Anchors): ApiPage {
  const styles = joinAnd(model.backend.api.map(apiStyleName));
  const access = model.auth
    ? 'Each endpoint lists who may call it; an operation without a rule of its own is open to signed-in users, marked "(default)".'
    : 'The spec has no authentication: every endpoint is open to anyone.';
  return {
    title: H.api,
    introMd: `Served over ${styles}. ${md(access)}`,
    overviewRowsMd: model.resources.map((r) => tableRow([
      anchors.linkMd(`resource:${r.name}`, API, md(r.name)),
      anchors.linkMd(`entity:${r.entity}`, API, md(r.entity)),
      mdCode(r.path),
      md([...r.operations, ...r.actions.map((a) => a.name)].join(', ')),
    ])).join('\n'),
    resources: model.resources.map((r) => resourceView(r, model.backend.api, anchors)),
  };
}

// ---- External services ----------------------------------------------------------------------

const FALLBACK_WORDS: Record<string, string> = {
  fail: 'fail: the error reaches the caller',
  cache: 'cache: the last good response',
  custom: 'custom: extension code decides',
};

function servicesPage(model: ServiceModel, anchors: Anchors): ServicesPage {
  return {
    title: H.services,
    services: model.services.map((s: Service) => {
      const retry = s.retry.count === 0
        ? 'none'
        : `${count(s.retry.count, 'retry', 'retries')}, ${s.retry.backoff} backoff from ${durationWords(s.retry.delayMs)}${s.retry.jitter ? ', with jitter' : ''}`;
      return {
        heading: s.name,
        doc: s.doc ?? '',
        facts: [
          { label: 'Base URL', valueMd: envValueMd(s.url) },
          { label: 'Timeout', valueMd: durationWords(s.timeoutMs) },
          { label: 'Retries', valueMd: retry },
          { label: 'Circuit breaker', valueMd: `opens after ${count(s.breaker.failures, 'failure')}, tries again after ${durationWords(s.breaker.resetMs)}` },
          { label: 'Fallback', valueMd: FALLBACK_WORDS[s.fallback] ?? s.fallback },
        ],
        operations: s.operations.map((o) => ({
          heading: `Operation ${o.name}`,
          doc: o.doc ?? '',
          facts: [
            { label: 'Route', valueMd: routeMd(o.method, o.path) },
            { label: 'Returns', valueMd: o.output ? typeRefMd(o.output, anchors, SERVICES) : 'no body' },
          ],
          input: dataTable(o.input, anchors, SERVICES),
        })),
      };
    }),
  };
}

// ---- Aggregates, events, sagas ----------------------------------------------------------------

function aggregateView(a: Aggregate, model: ServiceModel, anchors: Anchors): AggregateView {
  const facts: Fact[] = [];
  if (a.entity) facts.push({ label: 'State', valueMd: `entity ${anchors.linkMd(`entity:${a.entity}`, EVENTS, md(a.entity))}` });
  facts.push({ label: 'Snapshots', valueMd: a.snapshotEvery === undefined ? 'none' : `every ${count(a.snapshotEvery, 'event')}` });
  const emitters = new Map<string, string[]>();
  for (const agg of model.aggregates) {
    for (const c of agg.commands) for (const e of c.emits) emitters.set(e, [...(emitters.get(e) ?? []), c.name]);
  }
  const eventLink = (name: string): string => anchors.linkMd(`event:${name}`, EVENTS, md(name));
  return {
    heading: a.name,
    doc: a.doc ?? '',
    facts,
    commands: a.commands.map((c) => ({
      heading: `Command ${c.name}`,
      doc: c.doc ?? '',
      facts: [
        { label: 'Emits', valueMd: c.emits.length === 0 ? 'no events' : c.emits.map(eventLink).join(', ') },
        { label: 'Access', valueMd: accessRuleMd(c.access, anchors, EVENTS) },
      ],
      input: dataTable(c.input, anchors, EVENTS),
    })),
    events: a.events.map((e) => {
      const by = emitters.get(e.name) ?? [];
      const triggers = model.sagas.filter((s) => s.trigger.kind === 'event' && s.trigger.name === e.name).map((s) => s.name);
      const projections = model.projections.filter((p) => p.from.includes(e.name)).map((p) => p.name);
      const facts: Fact[] = [
        { label: 'Emitted by', valueMd: by.length === 0 ? 'no command' : by.map((c) => anchors.linkMd(`command:${c}`, EVENTS, md(c))).join(', ') },
      ];
      if (projections.length > 0) facts.push({ label: 'Projected into', valueMd: projections.map((p) => anchors.linkMd(`projection:${p}`, EVENTS, md(p))).join(', ') });
      if (triggers.length > 0) facts.push({ label: 'Starts saga', valueMd: triggers.map((s) => anchors.linkMd(`saga:${s}`, EVENTS, md(s))).join(', ') });
      return { heading: `Event ${e.name}`, doc: e.doc ?? '', facts, fields: dataTable(e.fields, anchors, EVENTS) };
    }),
  };
}

function projectionView(p: Projection, anchors: Anchors): ProjectionView {
  return {
    heading: p.name,
    doc: p.doc ?? '',
    facts: [
      { label: 'From events', valueMd: p.from.map((e) => anchors.linkMd(`event:${e}`, EVENTS, md(e))).join(', ') },
      { label: 'Key', valueMd: mdCode(p.key) },
    ],
    fields: dataTable(p.fields, anchors, EVENTS),
  };
}

/** Participant id and label of a step target: `svc_ledger` "ledger (service)", `agg_Account` "Account (aggregate)". */
function participantOf(target: StepTarget): { id: string; label: string } {
  return target.kind === 'service'
    ? { id: `svc_${target.service}`, label: `${target.service} (service)` }
    : { id: `agg_${target.aggregate}`, label: `${target.aggregate} (aggregate)` };
}

function callText(target: StepTarget): string {
  return target.kind === 'service' ? target.operation : target.command;
}

function sagaView(s: Saga, anchors: Anchors): SagaView {
  const triggerMd = s.trigger.kind === 'event'
    ? `event ${anchors.linkMd(`event:${s.trigger.name}`, EVENTS, md(s.trigger.name))}`
    : `command ${anchors.linkMd(`command:${s.trigger.name}`, EVENTS, md(s.trigger.name))}`;
  const facts: Fact[] = [
    { label: 'Starts on', valueMd: triggerMd },
    {
      label: 'When a step fails',
      valueMd: s.onFailure === 'compensate'
        ? 'the steps done so far are compensated, last first'
        : 'the saga halts; nothing is undone',
    },
    { label: 'Timeout', valueMd: s.timeoutMs === undefined ? 'none' : durationWords(s.timeoutMs) },
  ];

  const sagaId = 'saga';
  const participants = [{ id: sagaId, label: s.name }];
  const seen = new Set([sagaId]);
  const addParticipant = (t: StepTarget): string => {
    const p = participantOf(t);
    if (!seen.has(p.id)) {
      seen.add(p.id);
      participants.push(p);
    }
    return p.id;
  };
  const calls = s.steps.map((step, i) => ({ fromId: sagaId, toId: addParticipant(step.do), text: `${i + 1}. ${step.name}: ${callText(step.do)}` }));
  const compensations = s.onFailure === 'compensate'
    ? s.steps
      .map((step, i) => ({ step, i }))
      .filter(({ step }) => step.compensate !== undefined)
      .reverse()
      .map(({ step, i }) => ({ fromId: sagaId, toId: addParticipant(step.compensate!), text: `undo ${i + 1}. ${step.name}: ${callText(step.compensate!)}` }))
    : [];
  const failureNote = s.onFailure === 'halt'
    ? 'a failed step halts the saga, nothing is undone'
    : compensations.length === 0 ? 'no step has a compensation' : '';

  return {
    heading: s.name,
    doc: s.doc ?? '',
    facts,
    steps: s.steps.map((step, i) => ({
      number: i + 1,
      name: step.name,
      doesMd: stepTargetMd(step.do, anchors, EVENTS),
      compensateMd: step.compensate ? stepTargetMd(step.compensate, anchors, EVENTS) : '',
      timeout: durationWords(step.timeoutMs),
      retries: String(step.retry),
      doc: step.doc ?? '',
    })),
    diagram: {
      participants,
      sagaId,
      trigger: `on ${s.trigger.kind} ${s.trigger.name}`,
      calls,
      compensations,
      compensationTitle: 'a step fails: undo the steps done, last first',
      failureNote,
    },
  };
}

function eventsPage(model: ServiceModel, anchors: Anchors): EventsPage {
  return {
    title: H.events,
    aggregatesHeading: H.aggregates,
    aggregates: model.aggregates.map((a) => aggregateView(a, model, anchors)),
    projectionsHeading: H.projections,
    projections: model.projections.map((p) => projectionView(p, anchors)),
    sagasHeading: H.sagas,
    sagas: model.sagas.map((s) => sagaView(s, anchors)),
  };
}

// ---- MCP ------------------------------------------------------------------------------------

function mcpPage(model: ServiceModel, anchors: Anchors): McpPage {
  return {
    title: H.mcp,
    servers: model.mcpServers.map((s: McpServer) => ({
      heading: s.name,
      doc: s.doc ?? '',
      facts: [{ label: 'Transport', valueMd: s.transport === 'http' ? `HTTP at ${mdCode(s.path ?? '/mcp')}` : 'standard input and output (stdio)' }],
      tools: s.tools.map((t) => {
        const src = t.source;
        const callsMd = src.kind === 'query'
          ? `query ${anchors.linkMd(`query:${src.query}`, MCP, md(src.query))}`
          : src.kind === 'command'
            ? `command ${anchors.linkMd(`command:${src.command}`, MCP, md(src.command))}`
            : `${mdCode(src.operation)} on ${anchors.linkMd(`resource:${src.resource}`, MCP, md(src.resource))}`;
        return { name: t.name, callsMd, readonly: yesNo(t.readonly), doc: t.doc ?? '' };
      }),
      resources: s.resources.map((r) => ({
        name: r.name,
        uri: r.uri,
        sourceMd: r.source.kind === 'entity'
          ? `entity ${anchors.linkMd(`entity:${r.source.name}`, MCP, md(r.source.name))}`
          : `query ${anchors.linkMd(`query:${r.source.name}`, MCP, md(r.source.name))}`,
        doc: r.doc ?? '',
      })),
      prompts: s.prompts.map((p) => ({
        heading: `Prompt ${p.name}`,
        doc: p.doc ?? '',
        arguments: dataTable(p.arguments, anchors, MCP),
        template: p.template,
      })),
    })),
  };
}

// ---- Deployment -------------------------------------------------------------------------------

const COMPOSE_NAMES: Record<string, string> = {
  postgres: 'PostgreSQL', mysql: 'MySQL', redis: 'Redis', rabbitmq: 'RabbitMQ', nats: 'NATS', mongodb: 'MongoDB',
};

function deployPage(model: ServiceModel): DeployPage {
  const d = model.deploy;
  const k = d.kubernetes;
  const kubernetes: Fact[] = k
    ? [
      { label: 'Namespace', valueMd: mdCode(k.namespace) },
      { label: 'Replicas', valueMd: String(k.replicas) },
      {
        label: 'Autoscaling',
        valueMd: k.autoscale ? `${k.autoscale.min} to ${k.autoscale.max} replicas, aiming at ${k.autoscale.cpu}% CPU` : 'none',
      },
    ]
    : [];
  return {
    title: H.deploy,
    containerHeading: H.container,
    container: [
      { label: 'Base image', valueMd: mdCode(d.docker.base) },
      { label: 'Runs as user', valueMd: mdCode(d.docker.user) },
      { label: 'Port', valueMd: String(d.docker.port) },
    ],
    composeHeading: H.compose,
    composeMd: d.compose.length === 0 ? 'None.' : `Docker Compose starts ${joinAnd(d.compose.map((c) => COMPOSE_NAMES[c] ?? c))} for local development.`,
    kubernetesHeading: H.kubernetes,
    kubernetes,
    observabilityHeading: H.observability,
    observability: [
      { label: 'Logs', valueMd: d.observability.logs === 'json' ? 'JSON lines' : 'human-readable' },
      { label: 'Metrics', valueMd: d.observability.metrics === 'prometheus' ? 'Prometheus' : 'none' },
      { label: 'Tracing', valueMd: d.observability.tracing === 'otel' ? 'OpenTelemetry' : 'none' },
    ],
  };
}

// ---- Overview -----------------------------------------------------------------------------------

function overviewPage(model: ServiceModel, anchors: Anchors): OverviewPage {
  const b = model.backend;
  const facts: Fact[] = [
    { label: 'Version', valueMd: md(b.version) },
    { label: 'Database', valueMd: b.database ? databaseName(b.database) : 'none' },
    { label: 'API', valueMd: joinAnd(b.api.map(apiStyleName)) },
  ];
  const m = model.auth?.methods;
  const methods = m
    ? [...(m.jwt ? ['JWT'] : []), ...(m.session ? ['sessions'] : []), ...(m.apiKey ? ['API keys'] : []), ...(m.oauth2.length > 0 ? ['OAuth 2'] : [])]
    : [];
  facts.push({ label: 'Sign-in', valueMd: joinAnd(methods) || 'none' });

  const contents: { linkMd: string; summary: string }[] = [];
  const page = (key: string, title: string, summary: string[]): void => {
    if (anchors.get(key)) contents.push({ linkMd: `[${md(title)}](${anchors.get(key)!.page})`, summary: summary.filter((s) => s !== '').join(', ') });
  };
  const n = (items: readonly unknown[], singular: string, plural?: string): string => (items.length > 0 ? count(items.length, singular, plural) : '');
  page('page:data-model', H.dataModel, [n(model.entities, 'entity', 'entities'), n(model.enums, 'enum'), n(model.queries, 'query', 'queries')]);
  if (model.auth) {
    page('page:auth', H.auth, [n(methods, 'sign-in method'), n(model.auth.roles, 'role'), n(model.auth.policies, 'policy', 'policies')]);
  }
  page('page:api', H.api, [n(model.resources, 'resource'), n(model.resources.flatMap((r) => r.endpoints), 'endpoint')]);
  page('page:services', H.services, [n(model.services, 'service'), n(model.services.flatMap((s) => s.operations), 'operation')]);
  page('page:events', H.events, [
    n(model.aggregates, 'aggregate'),
    n(model.aggregates.flatMap((a) => a.commands), 'command'),
    n(model.aggregates.flatMap((a) => a.events), 'event'),
    n(model.projections, 'projection'),
    n(model.sagas, 'saga'),
  ]);
  page('page:mcp', H.mcp, [
    n(model.mcpServers, 'server'),
    n(model.mcpServers.flatMap((s) => s.tools), 'tool'),
    n(model.mcpServers.flatMap((s) => s.resources), 'resource'),
    n(model.mcpServers.flatMap((s) => s.prompts), 'prompt'),
  ]);
  page('page:deploy', H.deploy, ['container, local services, Kubernetes, observability']);
  return { title: b.name, doc: b.doc ?? '', facts, contents };
}

// ---- Entry point --------------------------------------------------------------------------------

/** The pages of the reference, README first, then in reading order. */
export function buildDocsViewModel(model: ServiceModel): DocsFile[] {
  const anchors = new Anchors();
  registerHeadings(model, anchors);
  const pages = pagesOf(model);
  const files: DocsFile[] = [{ path: 'README.md', template: 'readme.md.njk', page: overviewPage(model, anchors) }];
  if (pages.dataModel) files.push({ path: 'data-model.md', template: 'data-model.md.njk', page: dataModelPage(model, anchors) });
  if (pages.auth) files.push({ path: 'auth.md', template: 'auth.md.njk', page: authPage(model, anchors) });
  if (pages.api) files.push({ path: 'api.md', template: 'api.md.njk', page: apiPage(model, anchors) });
  if (pages.services) files.push({ path: 'services.md', template: 'services.md.njk', page: servicesPage(model, anchors) });
  if (pages.events) files.push({ path: 'events.md', template: 'events.md.njk', page: eventsPage(model, anchors) });
  if (pages.mcp) files.push({ path: 'mcp.md', template: 'mcp.md.njk', page: mcpPage(model, anchors) });
  files.push({ path: 'deploy.md', template: 'deploy.md.njk', page: deployPage(model) });
  return files;
}
