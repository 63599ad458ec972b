/**
 * Access rules: the condition language where some terms have a meaning of
 * their own. `public` and `authenticated` are words; `role(A, B)`,
 * `permission(orders.write)`, `owner(field)` and `policy(name)` are calls;
 * `and`, `or`, `not` combine them; any comparison is an attribute condition
 * (ABAC) such as `user.department = department`. Names are not resolved here.
 */
import type { Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { parseConditionTokens, printExpr, type ExprNode, type PathSegment } from './condition.js';
import { exprDiag } from './diagnostics.js';
import type { ExprSource } from './lex.js';
import { TokenStream } from './stream.js';

export type AccessNode =
  | { readonly kind: 'public'; readonly span: Span }
  | { readonly kind: 'authenticated'; readonly span: Span }
  | { readonly kind: 'role'; readonly roles: readonly PathSegment[]; readonly span: Span }
  | { readonly kind: 'permission'; readonly name: string; readonly nameSpan: Span; readonly span: Span }
  | { readonly kind: 'owner'; readonly field: PathSegment; readonly span: Span }
  | { readonly kind: 'policy'; readonly name: PathSegment; readonly span: Span }
  | { readonly kind: 'and' | 'or'; readonly rules: readonly AccessNode[]; readonly span: Span }
  | { readonly kind: 'not'; readonly rule: AccessNode; readonly span: Span }
  /** An attribute comparison; paths starting `user.` read the signed-in user. */
  | { readonly kind: 'condition'; readonly expr: ExprNode; readonly span: Span };

export const ACCESS_WORDS = ['public', 'authenticated'] as const;
export const ACCESS_CALLS = ['role', 'permission', 'owner', 'policy'] as const;
const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=', 'in', 'not in']);

type Sink = Diagnostic[];

function simpleName(arg: ExprNode): PathSegment | undefined {
  return arg.kind === 'path' && arg.segments.length === 1 ? arg.segments[0] : undefined;
}

function argumentError(sink: Sink, name: string, expected: string, span: Span): undefined {
  sink.push(exprDiag('access-call-arguments', { name, expected }, { span }));
  return undefined;
}

function convertRole(node: Extract<ExprNode, { kind: 'call' }>, sink: Sink): AccessNode | undefined {
  const roles = node.args.map(simpleName);
  if (roles.length === 0 || roles.some((r) => r === undefined)) {
    return argumentError(sink, 'role', 'one or more role names, e.g. `role(ADMIN, EDITOR)`', node.span);
  }
  return { kind: 'role', roles: roles as PathSegment[], span: node.span };
}

function convertPermission(node: Extract<ExprNode, { kind: 'call' }>, sink: Sink): AccessNode | undefined {
  const arg = node.args.length === 1 ? node.args[0]! : undefined;
  if (arg?.kind === 'path') {
    return { kind: 'permission', name: arg.segments.map((s) => s.name).join('.'), nameSpan: arg.span, span: node.span };
  }
  if (arg?.kind === 'literal' && typeof arg.value === 'string') {
    return { kind: 'permission', name: arg.value, nameSpan: arg.span, span: node.span };
  }
  return argumentError(sink, 'permission', 'one permission name, e.g. `permission(orders.write)`', node.span);
}

function convertSingle(node: Extract<ExprNode, { kind: 'call' }>, sink: Sink): AccessNode | undefined {
  const arg = node.args.length === 1 ? simpleName(node.args[0]!) : undefined;
  if (node.name === 'owner') {
    return arg ? { kind: 'owner', field: arg, span: node.span } : argumentError(sink, 'owner', 'one field name, e.g. `owner(customer)`', node.span);
  }
  return arg ? { kind: 'policy', name: arg, span: node.span } : argumentError(sink, 'policy', 'one policy name, e.g. `policy(sameTeam)`', node.span);
}

function unknownTerm(node: ExprNode, text: string, sink: Sink): undefined {
  const hint = didYouMeanHint(text, [...ACCESS_WORDS, ...ACCESS_CALLS]);
  sink.push(exprDiag('access-unknown-term', { text }, hint ? { span: node.span, hint } : { span: node.span }));
  return undefined;
}

function convertCall(node: Extract<ExprNode, { kind: 'call' }>, sink: Sink): AccessNode | undefined {
  switch (node.name) {
    case 'role': return convertRole(node, sink);
    case 'permission': return convertPermission(node, sink);
    case 'owner':
    case 'policy': return convertSingle(node, sink);
    default: return unknownTerm({ ...node, span: node.nameSpan }, node.name, sink);
  }
}

function convertPath(node: Extract<ExprNode, { kind: 'path' }>, sink: Sink): AccessNode | undefined {
  const word = node.segments.length === 1 ? node.segments[0]!.name : undefined;
  if (word === 'public') return { kind: 'public', span: node.span };
  if (word === 'authenticated') return { kind: 'authenticated', span: node.span };
  return unknownTerm(node, node.segments.map((s) => s.name).join('.'), sink);
}

function flatten(kind: 'and' | 'or', rules: AccessNode[], span: Span): AccessNode {
  const out: AccessNode[] = [];
  for (const r of rules) {
    if (r.kind === kind) out.push(...r.rules);
    else out.push(r);
  }
  return { kind, rules: out, span };
}

/** Converts a parsed condition into an access rule tree, reporting terms with no meaning. */
export function toAccessNode(node: ExprNode, sink: Sink): AccessNode | undefined {
  switch (node.kind) {
    case 'path': return convertPath(node, sink);
    case 'call': return convertCall(node, sink);
    case 'not': {
      const rule = toAccessNode(node.operand, sink);
      return rule && { kind: 'not', rule, span: node.span };
    }
    case 'binary': {
      if (COMPARISONS.has(node.op)) return { kind: 'condition', expr: node, span: node.span };
      if (node.op !== 'and' && node.op !== 'or') return unknownTerm(node, printExpr(node), sink);
      const left = toAccessNode(node.left, sink);
      const right = toAccessNode(node.right, sink);
      return left && right ? flatten(node.op, [left, right], node.span) : undefined;
    }
    default: return unknownTerm(node, printExpr(node), sink);
  }
}

/** Parses an access rule string. */
export function parseAccessRule(source: ExprSource): { node?: AccessNode; diagnostics: Diagnostic[] } {
  const s = TokenStream.open(source, 'the access rule');
  const expr = parseConditionTokens(s);
  if (s.hasFailed || !expr) return { diagnostics: s.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const node = toAccessNode(expr, diagnostics);
  return node && diagnostics.length === 0 ? { node, diagnostics } : { diagnostics };
}
