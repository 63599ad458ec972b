/**
 * The ServiceModel: the checked, resolved and normalized spec — the single
 * input of every emitter (OpenAPI, SQL, Prisma, GraphQL, services, MCP…).
 *
 * Invariants (guaranteed by `checkSpec`, which returns a model only when there
 * are no errors):
 * - plain JSON data: no class instances, no Maps, no cycles; `JSON.stringify`
 *   round-trips it. References are by name and always resolve.
 * - deterministic: lists keep declaration order; derived items (implicit id,
 *   timestamps, FK fields, FK indexes) have fixed places described below.
 * - every default is applied: optional properties are absent only where
 *   "absent" itself is meaningful (documented per property).
 * - each item keeps `origin`, the span of its declaration, for reporting.
 *
 * Naming conventions of derived names (emitters may re-map them):
 * - table: snake_case plural of the entity name (`OrderItem` → `order_items`);
 * - column: snake_case of the field name (`customerId` → `customer_id`);
 * - foreign key field: relation field name + capitalized target key field
 *   (`customer` → `customerId`);
 * - index: `<table>_<columns>_idx`, unique `<table>_<columns>_key`.
 */
import type { Condition } from './expr.js';
import type { ApiStyle, Constraints, Database, DefaultValue, Origin, ScalarType } from './types.js';
import type { Resource } from './api.js';
import type { Auth } from './auth.js';
import type { Aggregate, McpServer, Projection, Query, Saga, Service, Deploy } from './flows.js';

export type * from './expr.js';
export type * from './types.js';
export type * from './api.js';
export type * from './auth.js';
export type * from './flows.js';
export { DEFAULT_DECIMAL } from './types.js';

export interface ServiceModel {
  readonly backend: Backend;
  readonly enums: readonly Enum[];
  /** Entities in declaration order. */
  readonly entities: readonly Entity[];
  /** Every relation once, in the order its owning field is declared. */
  readonly relations: readonly Relation[];
  readonly resources: readonly Resource[];
  /** Absent when the spec has no `auth` section (then every rule is `public`). */
  readonly auth?: Auth;
  readonly aggregates: readonly Aggregate[];
  readonly projections: readonly Projection[];
  readonly sagas: readonly Saga[];
  readonly services: readonly Service[];
  readonly queries: readonly Query[];
  readonly mcpServers: readonly McpServer[];
  readonly deploy: Deploy;
  /** Absent when the spec has no `migrations` section. */
  readonly migrations?: Migrations;
  /** Absent when the spec has no `compatibility` section. */
  readonly compatibility?: Compatibility;
}

/** The `compatibility` section: breaking API changes approved for the release `version`. */
export interface Compatibility {
  readonly version: string;
  readonly allow: readonly MigrationAllowance[];
  readonly origin: Origin;
}

/** The `migrations` section: destructive schema changes the spec allows in its next migration. */
export interface Migrations {
  readonly allow: readonly MigrationAllowance[];
}

/** `allow drop-column orders.note`: a lint rule and what it is about (`table`, `table.column` or an enum type). */
export interface MigrationAllowance {
  readonly rule: string;
  readonly subject: string;
  readonly origin: Origin;
}

/** The `backend` header. */
export interface Backend {
  readonly name: string;
  readonly doc?: string;
  /** Defaults to "0.1.0". */
  readonly version: string;
  /** Absent only when the spec has no entities (nothing is stored). */
  readonly database?: Database;
  /** Defaults to `['rest']`. */
  readonly api: readonly ApiStyle[];
  /** Default targets of `pab compile`; defaults to `[]` (the CLI decides). */
  readonly targets: readonly string[];
  /** Output folder relative to the spec; absent means the CLI's default. */
  readonly output?: string;
  /** Template override folder relative to the spec; absent means none. */
  readonly templates?: string;
  readonly origin: Origin;
}

export interface Enum {
  readonly name: string;
  readonly doc?: string;
  readonly values: readonly { readonly name: string; readonly doc?: string }[];
  readonly origin: Origin;
}

export interface Entity {
  readonly name: string;
  readonly doc?: string;
  /** Table or collection name: the `table` override or the snake_case plural. */
  readonly table: string;
  /**
   * All fields, in this order: the implicit `id` (when no key is declared),
   * the declared fields each followed by the FK fields it owns, then the
   * implicit `createdAt`, `updatedAt` (timestamps) and `deletedAt` (softDelete).
   */
  readonly fields: readonly Field[];
  readonly primaryKey: PrimaryKey;
  readonly timestamps: boolean;
  readonly softDelete: boolean;
  /** Declared indexes, then one implicit index per FK not already covered by a key or index. */
  readonly indexes: readonly Index[];
  /** Table-level checks, then field-level `check`s. */
  readonly checks: readonly Check[];
  readonly origin: Origin;
}

/**
 * The primary key. Without a declared key, a field `id uuid` with default
 * `uuid()` is added and `implicit` is true. `fields` are scalar field names
 * (a relation in a key is replaced by its FK fields).
 */
export interface PrimaryKey {
  readonly fields: readonly string[];
  readonly composite: boolean;
  readonly implicit: boolean;
}

export type Field = ScalarField | EnumField | RelationField;

interface FieldBase {
  readonly name: string;
  readonly doc?: string;
  /** Nullable column / optional property. */
  readonly optional: boolean;
  /** A list (`string[]`, `Order[]`). */
  readonly list: boolean;
  /** Added by the compiler (id, timestamps, FK fields), not declared. */
  readonly implicit: boolean;
  readonly origin: Origin;
}

interface ColumnField extends FieldBase {
  /** Column name: the `column` override or the snake_case field name. */
  readonly column: string;
  /** Part of the primary key. */
  readonly id: boolean;
  readonly unique: boolean;
  readonly default?: DefaultValue;
  /** The field's previous name, for migrations. */
  readonly renamedFrom?: string;
  /** Set on FK fields: the relation (by name) and the target key field it references. */
  readonly foreignKey?: { readonly relation: string; readonly entity: string; readonly field: string };
}

export interface ScalarField extends ColumnField {
  readonly kind: 'scalar';
  readonly type: ScalarType;
  /** Set for `decimal` (a bare `decimal` gets DEFAULT_DECIMAL). */
  readonly precision?: number;
  readonly scale?: number;
  readonly constraints: Constraints;
  /** Set on implicit timestamp fields: how the value is maintained. */
  readonly managed?: 'createdAt' | 'updatedAt' | 'deletedAt';
}

export interface EnumField extends ColumnField {
  readonly kind: 'enum';
  readonly enum: string;
}

/** Cardinality seen from the field's own entity. */
export type RelationKind = 'manyToOne' | 'oneToOne' | 'oneToMany' | 'manyToMany';

/** A navigation field (no column of its own; an owning side has FK fields). */
export interface RelationField extends FieldBase {
  readonly kind: 'relation';
  readonly target: string;
  /** The `Relation` this field is a side of. */
  readonly relation: string;
  readonly cardinality: RelationKind;
  /** Names of the FK fields on this entity (owning single side only; else empty). */
  readonly foreignKey: readonly string[];
}

export type ReferentialAction = 'cascade' | 'restrict' | 'setNull' | 'setDefault' | 'noAction';

export interface RelationSide {
  readonly entity: string;
  readonly field: string;
}

/**
 * A relation between two entities (or an entity and itself), described once.
 *
 * - `manyToOne` / `oneToOne`: `owner` holds the FK (`foreignKey`), `inverse` is
 *   the back-reference if declared (`Order[]`, or a single field for 1:1).
 * - `manyToMany`: `owner` is the side declared first; `join` says whether rows
 *   live in an implicit join table or in an explicit `through` entity.
 *
 * Defaults: onDelete is `restrict` for a required FK and `setNull` for an
 * optional one; onUpdate is `cascade`; implicit join rows cascade both ways.
 */
export interface Relation {
  /** The declared `relation.name`, else `<OwnerEntity>.<ownerField>`. */
  readonly name: string;
  readonly kind: 'manyToOne' | 'oneToOne' | 'manyToMany';
  readonly owner: RelationSide;
  readonly inverse?: RelationSide;
  readonly selfRelation: boolean;
  readonly foreignKey?: ForeignKey;
  readonly join?: JoinTable | JoinEntity;
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  readonly origin: Origin;
}

export interface ForeignKey {
  /** FK fields on the owner entity, in target key order. */
  readonly fields: readonly string[];
  /** The target entity and its key fields referenced. */
  readonly references: { readonly entity: string; readonly fields: readonly string[] };
  readonly optional: boolean;
  /** True for one-to-one (the FK is unique). */
  readonly unique: boolean;
}

/** Implicit many-to-many join table `<owner_entity>_<owner_field>` with one column per side. */
export interface JoinTable {
  readonly kind: 'table';
  readonly table: string;
  /** Column referencing the owner entity's key, and the target's. */
  readonly ownerColumn: string;
  readonly targetColumn: string;
}

/** Explicit many-to-many join entity (`through`) and its relation fields to each side. */
export interface JoinEntity {
  readonly kind: 'entity';
  readonly entity: string;
  readonly ownerField: string;
  readonly targetField: string;
}

export interface Index {
  readonly name: string;
  /** Scalar field names (relation fields are replaced by their FK fields). */
  readonly fields: readonly { readonly field: string; readonly direction: 'asc' | 'desc' }[];
  readonly unique: boolean;
  /** Partial index condition. */
  readonly where?: Condition;
  /** Added for a foreign key. */
  readonly implicit: boolean;
  readonly origin: Origin;
}

export interface Check {
  /** `<table>_<field>_check` for a field check, `<table>_check<n>` (1-based) for a table check. */
  readonly name: string;
  readonly condition: Condition;
  /** The field of a field-level check. */
  readonly field?: string;
  readonly origin: Origin;
}
