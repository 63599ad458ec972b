/**
 * The checker's working view of entities, fields and relations, filled in by
 * the type pass (`types.ts`) and the key/relation passes (`keys.ts`,
 * `relations.ts`). Internal to `check/`: rules read it, `build/` turns it into
 * the IR. A field whose type failed to resolve has `type: undefined`, which
 * rules treat as "already reported, skip" (no cascades).
 */
import type { EntityDoc, FieldDoc, ReferentialAction } from '../syntax/document.js';
import type { ScalarType } from '../model/types.js';

export type TypeBase =
  | { readonly kind: 'scalar'; readonly type: ScalarType; readonly precision?: number; readonly scale?: number }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'entity'; readonly name: string };

export interface ResolvedType {
  readonly base: TypeBase;
  readonly list: boolean;
  readonly optional: boolean;
}

/** Why a field exists without being declared. */
export type ImplicitKind = 'id' | 'fk' | 'createdAt' | 'updatedAt' | 'deletedAt';

export interface FieldInfo {
  readonly name: string;
  readonly entity: string;
  /** Pointer of the declaration (the entity's pointer for implicit fields). */
  readonly pointer: string;
  readonly doc: FieldDoc;
  readonly type?: ResolvedType;
  readonly implicit?: ImplicitKind;
  /** For an FK field (implicit or a declared field reused as FK): the relation field it serves. */
  fkOf?: string;
}

/** One column of a primary key or foreign key, with its scalar/enum type. */
export interface KeyColumn {
  readonly name: string;
  readonly base: TypeBase;
}

export interface KeyInfo {
  /** The declared member fields (may include relation fields), or ['id'] when implicit. */
  readonly members: readonly string[];
  /** The scalar columns (relations expanded to their FK columns). */
  readonly columns: readonly KeyColumn[];
  readonly implicit: boolean;
}

export interface EntityInfo {
  readonly name: string;
  readonly pointer: string;
  readonly doc: EntityDoc;
  /** The table: declared, or derived from the name (`tableName`). */
  readonly table: string;
  /** Declared fields in order. */
  readonly fields: FieldInfo[];
  /** Declared and implicit fields by exact name. */
  readonly byName: Map<string, FieldInfo>;
  /** The first declared field of each lower-cased name (SQL and GraphQL fold case). */
  readonly byFoldedName: ReadonlyMap<string, FieldInfo>;
  /** Pass 3; undefined when the key could not be determined (reported). */
  key?: KeyInfo;
  /** FK fields owned by each relation field (pass 3). */
  readonly foreignKeys: Map<string, FieldInfo[]>;
}

export interface RelationInfo {
  readonly name: string;
  readonly kind: 'manyToOne' | 'oneToOne' | 'manyToMany';
  readonly owner: FieldInfo;
  readonly inverse?: FieldInfo;
  /** Explicit join entity of a many-to-many relation. */
  readonly through?: { readonly entity: string; readonly ownerField: string; readonly targetField: string };
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
}

/** A readable type name for messages: `decimal(12, 2)?`, `Order[]`. */
export function typeText(t: ResolvedType | TypeBase): string {
  const base = 'base' in t ? t.base : t;
  let s = base.kind === 'scalar' ? base.type : base.name;
  if (base.kind === 'scalar' && base.precision !== undefined) s += `(${base.precision}, ${base.scale ?? 0})`;
  if ('base' in t) s += `${t.list ? '[]' : ''}${t.optional ? '?' : ''}`;
  return s;
}

export function isEntityType(t: ResolvedType | undefined): t is ResolvedType & { base: { kind: 'entity' } } {
  return t?.base.kind === 'entity';
}

/** The entity a relation field refers to ('' for other fields). */
export function targetName(f: FieldInfo): string {
  return f.type?.base.kind === 'entity' ? f.type.base.name : '';
}

/** A single (non-list) reference to an entity. */
export function isSingleRef(f: FieldInfo): boolean {
  return isEntityType(f.type) && !f.type.list;
}

export function scalarOf(t: ResolvedType | undefined): ScalarType | undefined {
  return t?.base.kind === 'scalar' ? t.base.type : undefined;
}

export const STRING_LIKE: ReadonlySet<ScalarType> = new Set(['string', 'text', 'email', 'url', 'secret', 'uuid']);
export const TEXT_SEARCHABLE: ReadonlySet<ScalarType> = new Set(['string', 'text', 'email', 'url']);
export const NUMERIC: ReadonlySet<ScalarType> = new Set(['int', 'bigint', 'decimal', 'float']);
export const TEMPORAL: ReadonlySet<ScalarType> = new Set(['date', 'datetime']);
export const NOT_INDEXABLE: ReadonlySet<ScalarType> = new Set(['json', 'bytes']);
