/**
 * Pass 2: resolve type expressions. Every entity becomes an `EntityInfo`
 * whose declared fields carry their parsed and resolved type (a scalar with
 * decimal precision/scale applied, an enum, or an entity). Also used for the
 * data fields of commands, events, actions, operations and prompts. A type
 * that fails to parse or resolve is reported once and left undefined.
 */
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import type { FieldDoc, FieldsDoc } from '../syntax/document.js';
import type { Span } from '../core/span.js';
import { isScalarTypeName, parseTypeExpr, SCALAR_TYPE_NAMES, type ScalarTypeName, type TypeExprNode } from '../syntax/expr/type-expr.js';
import { DEFAULT_DECIMAL, type ScalarType } from '../model/types.js';
import { tableName } from '../model/naming.js';
import { at, childPtr, entriesOf, isRecord, isString, keySpan, ptr, reportAll, reportAt, reportMalformed, sourceAt, type CheckContext } from './context.js';
import { keptQuiet } from './parsed.js';
import type { EntityInfo, FieldInfo, ResolvedType, TypeBase } from './symbols.js';

/** The IR's ScalarType and the parser's scalar names must be the same set (compile-time check). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCALARS_AGREE: Same<ScalarType, ScalarTypeName> = true;

function resolveDecimal(ctx: CheckContext, node: TypeExprNode): TypeBase | undefined {
  if (node.args.length === 0) return { kind: 'scalar', type: 'decimal', ...DEFAULT_DECIMAL };
  const precision = node.args[0]!.value;
  const scale = node.args[1]?.value ?? 0;
  if (precision < 1 || precision > 65 || scale > precision) {
    reportAt(ctx, 'invalid-decimal', { precision, scale }, at(node.span));
    return undefined;
  }
  return { kind: 'scalar', type: 'decimal', precision, scale };
}

function resolveBase(ctx: CheckContext, node: TypeExprNode): TypeBase | undefined {
  if (node.scalar === 'decimal') return resolveDecimal(ctx, node);
  if (node.scalar) return { kind: 'scalar', type: node.scalar };
  if (ctx.names.enums.has(node.name)) return { kind: 'enum', name: node.name };
  if (ctx.names.entityNames.has(node.name)) return { kind: 'entity', name: node.name };
  const candidates = [...SCALAR_TYPE_NAMES, ...ctx.names.enums.keys(), ...ctx.names.entityNames];
  reportAt(ctx, 'unknown-type', { name: node.name }, at(node.nameSpan, didYouMeanHint(node.name, candidates)));
  return undefined;
}

/** `Name`, `Name?`, `Name[]` or `Name[]?` without spaces: most type strings. */
const SIMPLE_TYPE = /^([A-Za-z_][A-Za-z0-9_]*)(\[\])?(\?)?$/;
/** The words the expression lexer reads as keywords rather than names (`syntax/pab/tokens.ts`). */
export const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null', 'asc', 'desc']);
const NOWHERE: Span = { file: '', start: 0, end: 0 };

/**
 * The position-free parse of a type string (see `parsed.ts`). A simple type
 * is read without the lexer: what `parseTypeExpr` would return, minus spans.
 */
function quickTypeNode(text: string): TypeExprNode | undefined {
  const m = SIMPLE_TYPE.exec(text);
  if (!m || EXPRESSION_KEYWORDS.has(m[1]!)) return parseTypeExpr({ text }).node;
  const name = m[1]!;
  const node: TypeExprNode = { name, nameSpan: NOWHERE, args: [], list: m[2] !== undefined, optional: m[3] !== undefined, span: NOWHERE };
  return isScalarTypeName(name) ? { ...node, scalar: name } : node;
}

function resolveType(ctx: CheckContext, node: TypeExprNode): ResolvedType | undefined {
  const base = resolveBase(ctx, node);
  return base && { base, list: node.list, optional: node.optional };
}

/**
 * Parses and resolves the type string at `pointer` (once per distinct text
 * that resolves, see `typesByText`). A new text is parsed without positions
 * first; only a type with a problem is parsed again with its spans, to report
 * it (as in `parsed.ts`).
 */
export function resolveTypeAt(ctx: CheckContext, text: unknown, pointer: string): ResolvedType | undefined {
  if (!isString(text)) {
    reportMalformed(ctx, pointer, 'a type string');
    return undefined;
  }
  const known = ctx.typesByText.get(text);
  if (known) return known;
  const quick = quickTypeNode(text);
  const since = ctx.diagnostics.length;
  let type = quick && resolveType(ctx, quick);
  if (!keptQuiet(ctx, since) || !type) {
    const { node, diagnostics } = parseTypeExpr(sourceAt(ctx, pointer, text));
    reportAll(ctx, diagnostics);
    type = node && resolveType(ctx, node);
  }
  if (type) ctx.typesByText.set(text, type);
  return type;
}

/** A field of an entity or data shape, with its type resolved. */
export function resolveField(ctx: CheckContext, owner: string, name: string, doc: FieldDoc, pointer: string): FieldInfo {
  if (!isRecord(doc)) {
    reportMalformed(ctx, pointer, 'a field `{ type: ... }`');
    return { name, entity: owner, pointer, doc: { type: '' } };
  }
  const type = resolveTypeAt(ctx, doc.type, `${pointer}/type`);
  return type ? { name, entity: owner, pointer, doc, type } : { name, entity: owner, pointer, doc };
}

/** Resolved fields in order, by name, and the first field of each lower-cased name. */
type FieldTable = Pick<EntityInfo, 'fields' | 'byName' | 'byFoldedName'>;

/** Resolves the fields of a data shape or entity and reports case-insensitive duplicates. */
function resolveFieldTable(ctx: CheckContext, owner: string, ownerLabel: string, fields: FieldsDoc | undefined, pointer: string): FieldTable {
  const out: FieldInfo[] = [];
  const byName = new Map<string, FieldInfo>();
  const byFoldedName = new Map<string, FieldInfo>();
  for (const [name, doc] of entriesOf(fields)) {
    const fp = childPtr(pointer, name);
    const lower = name.toLowerCase();
    const other = byFoldedName.get(lower);
    if (other !== undefined) reportAt(ctx, 'duplicate-field', { field: name, other: other.name, owner: ownerLabel }, at(keySpan(ctx, fp)));
    const f = resolveField(ctx, owner, name, doc, fp);
    out.push(f);
    byName.set(name, f);
    if (other === undefined) byFoldedName.set(lower, f);
  }
  return { fields: out, byName, byFoldedName };
}

/** Resolves the fields of a data shape (`input`, `fields`, `arguments`) and reports case-insensitive duplicates. */
export function resolveFields(ctx: CheckContext, owner: string, ownerLabel: string, fields: FieldsDoc | undefined, pointer: string): FieldInfo[] {
  return resolveFieldTable(ctx, owner, ownerLabel, fields, pointer).fields;
}

/** Pass 2 for entities: one EntityInfo per entity, declared fields typed. */
export function resolveEntityTypes(ctx: CheckContext): void {
  for (const [name, doc] of entriesOf(ctx.doc.entities)) {
    const pointer = ptr('entities', name);
    const { fields, byName, byFoldedName } = resolveFieldTable(ctx, name, `Entity \`${name}\``, isRecord(doc) ? doc.fields : undefined, `${pointer}/fields`);
    const table = isRecord(doc) && isString(doc.table) ? doc.table : tableName(name);
    const info: EntityInfo = { name, pointer, doc, table, fields, byName, byFoldedName, foreignKeys: new Map() };
    ctx.entities.set(name, info);
  }
}
