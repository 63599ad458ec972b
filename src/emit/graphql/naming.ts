/**
 * The GraphQL names of the spec's types, fields and enum values, decided
 * once for the whole schema (`SchemaNames`). Spec names are claimed first,
 * in declaration order, so that a name GraphQL cannot use is renamed the same
 * way whatever else the schema holds; the names the target derives
 * (`BookConnection`, `CreateBookInput`…) are claimed afterwards and get a
 * number when a spec name already has them.
 *
 * A renamed name is reported (`graphql-name-renamed`) only when the schema
 * actually uses it: `use*` lookups mark what they return as used, and
 * `diagnostics()` gives the reports of the used ones.
 */
import { createSpan } from '../../core/span.js';
import { diag } from '../../diagnostics/codes/graphql.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ServiceModel, Origin } from '../../model/model.js';
import { BUILT_IN_TYPES, fixedName, NameScope, nameProblem } from './names.js';
import { CUSTOM_SCALARS } from './scalars.js';

interface Renamed {
  readonly diagnostic: Diagnostic;
  used: boolean;
}

function spanOf(origin: Origin): { span: ReturnType<typeof createSpan> } {
  return { span: createSpan(origin.file, origin.start, origin.end) };
}

/** The names of one namespace: spec name → GraphQL name, with the renames to report. */
class Namespace {
  private readonly names = new Map<string, string>();
  private readonly renamed = new Map<string, Renamed>();

  constructor(
    readonly scope: NameScope,
    private readonly kind: 'type' | 'field' | 'value',
    private readonly reserved: ReadonlySet<string>,
  ) {}

  /** Claims every name that needs no change, then renames the others, in order. */
  claimAll(items: readonly { key: string; name: string; what: string; label: string; origin: Origin }[]): void {
    for (const item of items) {
      if (nameProblem(item.name, this.kind, this.reserved) === undefined && !this.scope.has(item.name)) {
        this.scope.add(item.name);
        this.names.set(item.key, item.name);
      }
    }
    for (const item of items) {
      if (this.names.has(item.key)) continue;
      const reason = nameProblem(item.name, this.kind, this.reserved) ?? `another ${item.what} of the schema is called \`${item.name}\``;
      let candidate = fixedName(item.name);
      while (nameProblem(candidate, this.kind, this.reserved) !== undefined) candidate = fixedName(candidate);
      const graphqlName = this.scope.claim(candidate);
      this.names.set(item.key, graphqlName);
      this.renamed.set(item.key, {
        diagnostic: diag('graphql-name-renamed', { what: item.what, name: item.label, graphqlName, reason }, spanOf(item.origin)),
        used: false,
      });
    }
  }

  use(key: string): string {
    const name = this.names.get(key);
    if (name === undefined) throw new Error(`graphql: no name for ${key}`);
    const r = this.renamed.get(key);
    if (r) r.used = true;
    return name;
  }

  diagnostics(): Diagnostic[] {
    return [...this.renamed.values()].filter((r) => r.used).map((r) => r.diagnostic);
  }
}

/** Type names reserved in every schema: GraphQL's scalars, this target's shared types and custom scalars. */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...BUILT_IN_TYPES, ...CUSTOM_SCALARS.map((s) => s.name)]);

/** The GraphQL names of a spec's enums, entities, events, fields and enum values. */
export class SchemaNames {
  /** Every type name of the schema; derived names are claimed here too. */
  readonly types = new NameScope();
  private readonly typeNames: Namespace;
  private readonly fields = new Map<string, Namespace>();
  private readonly values = new Map<string, Namespace>();
  private readonly derived: Diagnostic[] = [];
  /** Node entities whose key field is called `id`: the global id stands for it. */
  private readonly globalIdKeys = new Set<string>();

  /**
   * `nodeEntities`: entities whose type implements `Node`; their field `id`
   * is the global id, so a field of theirs called `id` that is not the key is renamed.
   */
  constructor(model: ServiceModel, nodeEntities: ReadonlySet<string>, events: boolean) {
    this.typeNames = new Namespace(this.types, 'type', RESERVED_TYPE_NAMES);
    this.typeNames.claimAll([
      ...model.enums.map((e) => ({ key: `enum:${e.name}`, name: e.name, what: 'enum', label: e.name, origin: e.origin })),
      ...model.entities.map((e) => ({ key: `entity:${e.name}`, name: e.name, what: 'entity', label: e.name, origin: e.origin })),
      ...(events
        ? model.aggregates.flatMap((a) => a.events.map((e) => ({ key: `event:${e.name}`, name: e.name, what: 'event', label: e.name, origin: e.origin })))
        : []),
    ]);
    for (const en of model.enums) {
      const ns = new Namespace(new NameScope(), 'value', new Set());
      ns.claimAll(en.values.map((v) => ({ key: v.name, name: v.name, what: 'enum value', label: `${en.name}.${v.name}`, origin: en.origin })));
      this.values.set(en.name, ns);
    }
    for (const e of model.entities) {
      const node = nodeEntities.has(e.name);
      // In a Node type, `id` is the global id; the key field called `id` is represented by it.
      const keyIsId = node && e.primaryKey.fields[0] === 'id';
      if (keyIsId) this.globalIdKeys.add(e.name);
      const reserved = new Set(node ? ['id'] : []);
      const ns = new Namespace(new NameScope(), 'field', reserved);
      ns.claimAll(
        e.fields
          .filter((f) => !(keyIsId && f.name === 'id'))
          .map((f) => ({ key: f.name, name: f.name, what: 'field', label: `${e.name}.${f.name}`, origin: f.origin })),
      );
      this.fields.set(e.name, ns);
    }
  }

  entity(name: string): string {
    return this.typeNames.use(`entity:${name}`);
  }

  enum(name: string): string {
    return this.typeNames.use(`enum:${name}`);
  }

  event(name: string): string {
    return this.typeNames.use(`event:${name}`);
  }

  /** The GraphQL name of an entity field (a key field `id` of a Node type is `id`, the global id). */
  field(entity: string, field: string): string {
    return field === 'id' && this.globalIdKeys.has(entity) ? 'id' : this.fields.get(entity)!.use(field);
  }

  enumValue(en: string, value: string): string {
    return this.values.get(en)!.use(value);
  }

  /**
   * A name the target derives (`BookConnection`), made unique among the
   * schema's types; when a spec name already has it, a number is appended
   * and the change reported at `origin`.
   */
  derive(name: string, what: string, origin: Origin): string {
    const problem = nameProblem(name, 'type', RESERVED_TYPE_NAMES);
    let candidate = name;
    while (nameProblem(candidate, 'type', RESERVED_TYPE_NAMES) !== undefined) candidate = fixedName(candidate);
    const graphqlName = this.types.claim(candidate);
    if (graphqlName !== name) {
      const reason = problem ?? `a type of the spec is already called \`${name}\``;
      this.derived.push(diag('graphql-name-renamed', { what, name, graphqlName, reason }, spanOf(origin)));
    }
    return graphqlName;
  }

  /** The renames of every name the schema uses. */
  diagnostics(): Diagnostic[] {
    return [
      ...this.typeNames.diagnostics(),
      ...[...this.values.values()].flatMap((ns) => ns.diagnostics()),
      ...[...this.fields.values()].flatMap((ns) => ns.diagnostics()),
      ...this.derived,
    ];
  }
}
