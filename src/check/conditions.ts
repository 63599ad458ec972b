/**
 * Resolves condition trees (`syntax/expr/condition.ts`) against a scope into
 * IR expressions: paths name fields of the record in scope (through single
 * relations when joins are allowed), `user.x` the signed-in user, bare names
 * compared with an enum its values, `$x` query parameters (typed from the
 * other side of the comparison). Operators are type-checked. Every problem is
 * reported at the exact token; a failed operand makes its parents fail
 * silently (no cascades) while siblings are still checked.
 */
import type { Span } from '../core/span.js';
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import type { Condition, Expr } from '../model/expr.js';
import type { TypeRef } from '../model/types.js';
import { parseCondition, printExpr, type ExprNode, type PathSegment } from '../syntax/expr/condition.js';
import { at, reportAll, reportAt, sourceAt, type CheckContext } from './context.js';
import { conditionOf, keptQuiet, printedOnce } from './parsed.js';
import type { EntityInfo, FieldInfo } from './symbols.js';
import {
  comparable, CONDITION, describe, isCondition, orderable, sameTypeRef, UNKNOWN, valueTypeOfBase, valueTypeOfField, type ValueType,
} from './value-types.js';

export interface ParamInfo {
  readonly name: string;
  readonly span?: Span;
  type?: TypeRef;
}

export interface ConditionScope {
  /** Names the condition in messages, with its article: "the check of `Order`", "the `where` of query `q`". */
  readonly what: string;
  /** The record in scope; when absent, record paths are accepted unchecked (policies). */
  readonly entity?: EntityInfo;
  /** In access rules: the identity entity, or null when the spec has none (reported elsewhere). */
  readonly user?: EntityInfo | null;
  /** Query parameters seen so far; absent where `$x` is not allowed. */
  readonly params?: Map<string, ParamInfo>;
  /** Whether dotted paths may go through relations. */
  readonly joins: boolean;
}

interface Resolved {
  readonly expr: Expr;
  readonly type: ValueType;
}

type Binary = Extract<ExprNode, { kind: 'binary' }>;

function mismatch(ctx: CheckContext, text: string, span: Span): undefined {
  reportAt(ctx, 'condition-type-mismatch', { text }, at(span));
  return undefined;
}

function isKnownName(scope: ConditionScope, seg: PathSegment): boolean {
  if (seg.name === 'user' && scope.user !== undefined) return true;
  return !scope.entity || scope.entity.byName.has(seg.name);
}

/** Operands whose meaning depends on the other side: params, string literals, bare unknown names, lists. */
function needsHint(node: ExprNode, scope: ConditionScope): boolean {
  if (node.kind === 'param' || node.kind === 'tuple') return true;
  if (node.kind === 'literal') return typeof node.value === 'string';
  return node.kind === 'path' && node.segments.length === 1 && !isKnownName(scope, node.segments[0]!);
}

function resolveEnumValue(ctx: CheckContext, name: string, span: Span, enumName: string, scope: ConditionScope): Resolved | undefined {
  const sym = ctx.names.enums.get(enumName);
  if (sym?.valueSet.has(name)) return { expr: { kind: 'enumValue', enum: enumName, value: name }, type: { category: 'enum', enum: enumName } };
  const fields = scope.entity ? [...scope.entity.byName.keys()] : [];
  reportAt(ctx, 'unknown-enum-value', { value: name, enum: enumName }, at(span, didYouMeanHint(name, [...(sym?.values ?? []), ...fields])));
  return undefined;
}

/** The value of a field at the end of a path. */
function fieldValue(ctx: CheckContext, f: FieldInfo, names: string[], span: Span): Resolved | undefined {
  const t = f.type;
  if (!t) return undefined;
  if (t.base.kind !== 'entity') return { expr: { kind: 'field', path: names }, type: valueTypeOfField(t) };
  const fks = ctx.entities.get(f.entity)?.foreignKeys.get(f.name);
  if (!fks) {
    reportAt(ctx, 'field-has-no-column', { field: f.name, use: 'compared in a condition' }, at(span));
    return undefined;
  }
  const columns = fks.map((c) => c.name);
  const type = fks.length === 1 && fks[0]!.type ? valueTypeOfBase(fks[0]!.type.base) : UNKNOWN;
  return { expr: { kind: 'field', path: names, columns }, type };
}

function walkPath(ctx: CheckContext, start: EntityInfo, segs: readonly PathSegment[], scope: ConditionScope, hint?: ValueType): Resolved | { fail: true } {
  let entity = start;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const f = entity.byName.get(seg.name);
    if (!f) {
      if (segs.length === 1 && hint?.category === 'enum') return resolveEnumValue(ctx, seg.name, seg.span, hint.enum!, scope) ?? { fail: true };
      reportAt(ctx, 'unknown-field', { field: seg.name, owner: `Entity \`${entity.name}\`` }, at(seg.span, didYouMeanHint(seg.name, entity.byName.keys())));
      return { fail: true };
    }
    if (i === segs.length - 1) return fieldValue(ctx, f, segs.map((s) => s.name), seg.span) ?? { fail: true };
    const next = f.type?.base.kind === 'entity' && !f.type.list ? ctx.entities.get(f.type.base.name) : undefined;
    if (!next) return mismatch(ctx, `\`${f.name}\` is not a single relation, so \`${segs.map((s) => s.name).join('.')}\` names no field.`, seg.span) ?? { fail: true };
    if (!scope.joins && entity === scope.entity) {
      reportAt(ctx, 'condition-path-not-allowed', { path: segs.map((s) => s.name).join('.'), what: scope.what }, at(seg.span));
      return { fail: true };
    }
    entity = next;
  }
  return { fail: true };
}

function resolveUserPath(ctx: CheckContext, node: Extract<ExprNode, { kind: 'path' }>, scope: ConditionScope): Resolved | undefined {
  const rest = node.segments.slice(1);
  const path = rest.map((s) => s.name);
  const identity = scope.user;
  if (!identity) return { expr: { kind: 'user', path }, type: UNKNOWN };
  if (rest.length === 0) {
    const cols = identity.key?.columns ?? [];
    return { expr: { kind: 'user', path }, type: cols.length === 1 ? valueTypeOfBase(cols[0]!.base) : UNKNOWN };
  }
  const r = walkPath(ctx, identity, rest, { ...scope, joins: true });
  return 'fail' in r ? undefined : { expr: { kind: 'user', path }, type: r.type };
}

function resolvePath(ctx: CheckContext, node: Extract<ExprNode, { kind: 'path' }>, scope: ConditionScope, hint?: ValueType): Resolved | undefined {
  if (node.segments[0]!.name === 'user' && scope.user !== undefined) return resolveUserPath(ctx, node, scope);
  const names = node.segments.map((s) => s.name);
  if (!scope.entity) {
    if (node.segments.length === 1 && hint?.category === 'enum') return resolveEnumValue(ctx, names[0]!, node.span, hint.enum!, scope);
    return { expr: { kind: 'field', path: names }, type: UNKNOWN };
  }
  const r = walkPath(ctx, scope.entity, node.segments, scope, hint);
  return 'fail' in r ? undefined : r;
}

function resolveParam(ctx: CheckContext, node: Extract<ExprNode, { kind: 'param' }>, scope: ConditionScope, hint: ValueType | undefined, asList: boolean): Resolved | undefined {
  if (!scope.params) {
    reportAt(ctx, 'param-not-allowed', { name: node.name, what: scope.what }, at(node.span));
    return undefined;
  }
  const type = hint?.ref ? { ...hint.ref, list: asList } : undefined;
  const seen = scope.params.get(node.name);
  if (!seen) scope.params.set(node.name, type ? { name: node.name, span: node.span, type } : { name: node.name, span: node.span });
  else if (type && seen.type && !sameTypeRef(seen.type, type)) {
    reportAt(ctx, 'param-type-conflict', { name: node.name, a: describe({ category: 'unknown', ref: seen.type }), b: describe(hint!) }, at(node.span));
    return undefined;
  } else if (type && !seen.type) seen.type = type;
  return { expr: { kind: 'param', name: node.name }, type: hint ? { ...hint, literal: false } : UNKNOWN };
}

function resolveLiteral(ctx: CheckContext, node: Extract<ExprNode, { kind: 'literal' }>, scope: ConditionScope, hint?: ValueType): Resolved | undefined {
  const v = node.value;
  if (typeof v === 'string' && hint?.category === 'enum') return resolveEnumValue(ctx, v, node.span, hint.enum!, scope);
  const category = v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'boolean';
  return { expr: { kind: 'literal', value: v }, type: { category, literal: true } };
}

function resolveLogical(ctx: CheckContext, node: Binary, scope: ConditionScope): Resolved | undefined {
  const l = resolveNode(ctx, node.left, scope);
  const r = resolveNode(ctx, node.right, scope);
  if (!l || !r) return undefined;
  for (const [side, res] of [[node.left, l], [node.right, r]] as const) {
    if (!isCondition(res.type)) return mismatch(ctx, `\`${node.op}\` needs a condition on each side, but \`${printExpr(side)}\` is ${describe(res.type)}.`, side.span);
  }
  return { expr: { kind: node.op as 'and' | 'or', left: l.expr, right: r.expr }, type: CONDITION };
}

/**
 * Resolves both sides, the one that does not need a hint first. When that
 * one fails, the other is not resolved: without its type a bare name could be
 * an enum value or a typo, and guessing would report a follow-on error.
 */
function resolveSides(ctx: CheckContext, node: Binary, scope: ConditionScope): [Resolved | undefined, Resolved | undefined] {
  const swap = needsHint(node.left, scope) && !needsHint(node.right, scope);
  const [first, second] = swap ? [node.right, node.left] : [node.left, node.right];
  const a = resolveNode(ctx, first, scope);
  const b = a || !needsHint(second, scope) ? resolveNode(ctx, second, scope, a?.type) : undefined;
  return swap ? [b, a] : [a, b];
}

function resolveCompare(ctx: CheckContext, node: Binary, scope: ConditionScope): Resolved | undefined {
  const [l, r] = resolveSides(ctx, node, scope);
  if (!l || !r) return undefined;
  const ordered = node.op !== '=' && node.op !== '!=';
  if (!(ordered ? orderable(l.type, r.type) : comparable(l.type, r.type))) {
    return mismatch(ctx, `\`${printExpr(node)}\` compares ${describe(l.type)} with ${describe(r.type)}.`, node.opSpan);
  }
  return { expr: { kind: 'compare', op: node.op as '=', left: l.expr, right: r.expr }, type: CONDITION };
}

function resolveIn(ctx: CheckContext, node: Binary, scope: ConditionScope): Resolved | undefined {
  const l = resolveNode(ctx, node.left, scope);
  const right = node.right;
  if (right.kind !== 'tuple' && right.kind !== 'param') return mismatch(ctx, `\`${node.op}\` needs a list \`(a, b)\` or a parameter on its right.`, right.span);
  if (!l) return undefined; // the items' meaning depends on the value's type (see resolveSides)
  const items = right.kind === 'tuple' ? right.items.map((item) => resolveNode(ctx, item, scope, l.type)) : [];
  const list = right.kind === 'param' ? resolveParam(ctx, right, scope, l.type, true) : undefined;
  if (items.some((i) => !i) || (right.kind === 'param' && !list)) return undefined;
  const bad = right.kind === 'tuple' ? right.items.find((item, i) => !comparable(l.type, items[i]!.type)) : undefined;
  if (bad) return mismatch(ctx, `\`${printExpr(bad)}\` is not ${describe(l.type)}.`, bad.span);
  const listExpr: Expr = list ? list.expr : { kind: 'list', items: items.map((i) => i!.expr) };
  return { expr: { kind: 'in', negated: node.op === 'not in', value: l.expr, list: listExpr }, type: CONDITION };
}

function arithmeticType(op: string, a: ValueType, b: ValueType): ValueType | undefined {
  const c = (t: ValueType): string => t.category;
  if (c(a) === 'unknown' || c(b) === 'unknown') return UNKNOWN;
  if (c(a) === 'number' && c(b) === 'number') return { category: 'number' };
  if ((op === '+' || op === '-') && c(a) === 'time' && c(b) === 'duration') return { category: 'time' };
  if ((op === '+' || op === '-') && c(a) === 'duration' && c(b) === 'duration') return { category: 'duration' };
  if ((op === '*' || op === '/') && c(a) === 'duration' && c(b) === 'number') return { category: 'duration' };
  return undefined;
}

function resolveArithmetic(ctx: CheckContext, node: Binary, scope: ConditionScope): Resolved | undefined {
  const l = resolveNode(ctx, node.left, scope);
  const r = resolveNode(ctx, node.right, scope);
  if (!l || !r) return undefined;
  const type = arithmeticType(node.op, l.type, r.type);
  if (!type) return mismatch(ctx, `\`${node.op}\` cannot combine ${describe(l.type)} and ${describe(r.type)}.`, node.opSpan);
  return { expr: { kind: 'arithmetic', op: node.op as '+', left: l.expr, right: r.expr }, type };
}

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/']);

function resolveBinary(ctx: CheckContext, node: Binary, scope: ConditionScope): Resolved | undefined {
  if (node.op === 'and' || node.op === 'or') return resolveLogical(ctx, node, scope);
  if (node.op === 'in' || node.op === 'not in') return resolveIn(ctx, node, scope);
  if (ARITHMETIC.has(node.op)) return resolveArithmetic(ctx, node, scope);
  return resolveCompare(ctx, node, scope);
}

function resolveUnary(ctx: CheckContext, node: Extract<ExprNode, { kind: 'not' | 'negate' }>, scope: ConditionScope): Resolved | undefined {
  const o = resolveNode(ctx, node.operand, scope);
  if (!o) return undefined;
  if (node.kind === 'not') {
    if (!isCondition(o.type)) return mismatch(ctx, `\`not\` needs a condition, but \`${printExpr(node.operand)}\` is ${describe(o.type)}.`, node.operand.span);
    return { expr: { kind: 'not', operand: o.expr }, type: CONDITION };
  }
  if (!['number', 'duration', 'unknown'].includes(o.type.category)) return mismatch(ctx, `\`-\` needs a number, but \`${printExpr(node.operand)}\` is ${describe(o.type)}.`, node.span);
  return { expr: { kind: 'negate', operand: o.expr }, type: { category: o.type.category } };
}

function resolveCall(ctx: CheckContext, node: Extract<ExprNode, { kind: 'call' }>): Resolved | undefined {
  if (node.name === 'now' && node.args.length === 0) return { expr: { kind: 'now' }, type: { category: 'time' } };
  reportAt(ctx, 'unknown-function', { name: node.name }, at(node.nameSpan, node.name === 'now' ? 'Write `now()` without arguments.' : didYouMeanHint(node.name, ['now'])));
  return undefined;
}

export function resolveNode(ctx: CheckContext, node: ExprNode, scope: ConditionScope, hint?: ValueType): Resolved | undefined {
  switch (node.kind) {
    case 'binary': return resolveBinary(ctx, node, scope);
    case 'not':
    case 'negate': return resolveUnary(ctx, node, scope);
    case 'literal': return resolveLiteral(ctx, node, scope, hint);
    case 'duration': return { expr: { kind: 'duration', ms: node.ms }, type: { category: 'duration' } };
    case 'path': return resolvePath(ctx, node, scope, hint);
    case 'param': return resolveParam(ctx, node, scope, hint, false);
    case 'call': return resolveCall(ctx, node);
    case 'tuple': return mismatch(ctx, 'A list `(a, b)` may only follow `in`.', node.span);
  }
}

/** Resolves a parsed condition; it must be true/false-valued. */
export function resolveConditionNode(ctx: CheckContext, node: ExprNode, scope: ConditionScope): Condition | undefined {
  const r = resolveNode(ctx, node, scope);
  if (!r) return undefined;
  if (!isCondition(r.type)) {
    reportAt(ctx, 'condition-not-boolean', { what: scope.what }, at(node.span));
    return undefined;
  }
  return { source: printedOnce(ctx, node), expr: r.expr };
}

/**
 * Parses and resolves the condition string at `pointer`: first its memoized
 * parse without positions, unless `$params` would keep their spans (see
 * `parsed.ts`).
 */
export function resolveConditionAt(ctx: CheckContext, text: unknown, pointer: string, scope: ConditionScope): Condition | undefined {
  if (typeof text !== 'string') return undefined;
  const quick = scope.params ? undefined : conditionOf(ctx, text);
  if (quick) {
    const since = ctx.diagnostics.length;
    const c = resolveConditionNode(ctx, quick, scope);
    if (keptQuiet(ctx, since)) return c;
  }
  const { node, diagnostics } = parseCondition(sourceAt(ctx, pointer, text), scope.what);
  reportAll(ctx, diagnostics);
  return node && resolveConditionNode(ctx, node, scope);
}
