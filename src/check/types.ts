/**
 * Pass 2: resolve type expressions. Every entity becomes an `EntityInfo`
 * whose declared fields carry their parsed and resolved type (a scalar with
 * decimal precision/scale applied, an enum, or an entity). Also used for the
 * data fields of commands, events, actions, operations and prompts. A type
 * that fails to parse or resolve is reported once and left undefined.
 */
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import type { FieldDoc, FieldsDoc } from '../syntax/document.js';
import { childPointer } from '../syntax/ast.js';
import { parseTypeExpr, SCALAR_TYPE_NAMES, type ScalarTypeName, type TypeExprNode } from '../syntax/expr/type-expr.js';
import { DEFAULT_DECIMAL, type ScalarType } from '../model/types.js';
import { at, entriesOf, isRecord, isString, keySpan, ptr, reportAll, reportAt, reportMalformed, sourceAt, type CheckContext } from './context.js';
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

/** Parses and resolves the type string at `pointer` (once per distinct text that resolves, see `typesByText`). */
export function resolveTypeAt(ctx: CheckContext, text: unknown, pointer: string): ResolvedType | undefined {
  if (!isString(text)) {
    reportMalformed(ctx, pointer, 'a type string');
    return undefined;
  }
  const known = ctx.typesByText.get(text);
  if (known) return known;
  const { node, diagnostics } = parseTypeExpr(sourceAt(ctx, pointer, text));
  reportAll(ctx, diagnostics);
  const base = node && resolveBase(ctx, node);
  if (!node || !base) return undefined;
  const type: ResolvedType = { base, list: node.list, optional: node.optional };
  ctx.typesByText.set(text, type);
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

/** Resolves the fields of a data shape (`input`, `fields`, `arguments`) and reports case-insensitive duplicates. */
export function resolveFields(ctx: CheckContext, owner: string, ownerLabel: string, fields: FieldsDoc | undefined, pointer: string): FieldInfo[] {
  const out: FieldInfo[] = [];
  const folded = new Map<string, string>();
  for (const [name, doc] of entriesOf(fields)) {
    const fp = childPointer(pointer, name);
    const other = folded.get(name.toLowerCase());
    if (other !== undefined) reportAt(ctx, 'duplicate-field', { field: name, other, owner: ownerLabel }, at(keySpan(ctx, fp)));
    else folded.set(name.toLowerCase(), name);
    out.push(resolveField(ctx, owner, name, doc, fp));
  }
  return out;
}

/** The first field of each lower-cased name. */
function foldedNames(fields: readonly FieldInfo[]): Map<string, FieldInfo> {
  const out = new Map<string, FieldInfo>();
  for (const f of fields) {
    const folded = f.name.toLowerCase();
    if (!out.has(folded)) out.set(folded, f);
  }
  return out;
}

/** Pass 2 for entities: one EntityInfo per entity, declared fields typed. */
export function resolveEntityTypes(ctx: CheckContext): void {
  for (const [name, doc] of entriesOf(ctx.doc.entities)) {
    const pointer = ptr('entities', name);
    const fields = resolveFields(ctx, name, `Entity \`${name}\``, isRecord(doc) ? doc.fields : undefined, `${pointer}/fields`);
    const info: EntityInfo = { name, pointer, doc, fields, byName: new Map(fields.map((f) => [f.name, f])), byFoldedName: foldedNames(fields), foreignKeys: new Map() };
    ctx.entities.set(name, info);
  }
}
