/**
 * The condition language of index `where`, `check`, query `where`, policies
 * and access rules. Precedence, loosest first:
 *
 *   or  <  and  <  not  <  = != < <= > >= in, not in  <  + -  <  * /  <  unary -
 *
 * Operands: number, string, duration (`7d`), true/false/null, `$param`, a
 * (dotted) path `user.id`, a call `f(a, b)`, or a parenthesized expression.
 * A tuple `(A, B)` is only valid right after `in`. Comparisons do not chain.
 * Nodes carry spans; names are not resolved here.
 */
import type { Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ExprSource, ExprToken, TokenKind } from './lex.js';
import { spanFrom, TokenStream } from './stream.js';
import { durationToMs } from './values.js';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithmeticOp = '+' | '-' | '*' | '/';
export type BinaryOp = 'or' | 'and' | CompareOp | 'in' | 'not in' | ArithmeticOp;

export interface PathSegment {
  readonly name: string;
  readonly span: Span;
}

export type ExprNode =
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: ExprNode; readonly right: ExprNode; readonly opSpan: Span; readonly span: Span }
  | { readonly kind: 'not'; readonly operand: ExprNode; readonly span: Span }
  | { readonly kind: 'negate'; readonly operand: ExprNode; readonly span: Span }
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null; readonly span: Span }
  | { readonly kind: 'duration'; readonly ms: number; readonly text: string; readonly span: Span }
  | { readonly kind: 'path'; readonly segments: readonly PathSegment[]; readonly span: Span }
  | { readonly kind: 'param'; readonly name: string; readonly span: Span }
  | { readonly kind: 'call'; readonly name: string; readonly nameSpan: Span; readonly args: readonly ExprNode[]; readonly span: Span }
  | { readonly kind: 'tuple'; readonly items: readonly ExprNode[]; readonly span: Span };

const compareOps: Partial<Record<TokenKind, CompareOp>> = {
  Equals: '=', NotEq: '!=', Less: '<', LessEq: '<=', Greater: '>', GreaterEq: '>=',
};
const OPERAND = 'a value, a field or `(`';

function binary(s: TokenStream, op: BinaryOp, opTok: ExprToken, left: ExprNode, right: ExprNode): ExprNode | undefined {
  const node: ExprNode = { kind: 'binary', op, left, right, opSpan: opTok.span, span: spanFrom(left.span, right.span) };
  return s.node(node, [left, right]);
}

/** Parses `next (op next)*` for a left-associative level. */
function parseChain(s: TokenStream, ops: Partial<Record<TokenKind, BinaryOp>>, next: (s: TokenStream) => ExprNode | undefined): ExprNode | undefined {
  let left = next(s);
  for (;;) {
    const t = s.peek();
    const op = t ? ops[t.kind] : undefined;
    if (!left || !t || !op) return left;
    s.next();
    const right = next(s);
    if (!right) return undefined;
    left = binary(s, op, t, left, right);
  }
}

function parseOr(s: TokenStream): ExprNode | undefined {
  return parseChain(s, { Or: 'or' }, parseAnd);
}

function parseAnd(s: TokenStream): ExprNode | undefined {
  return parseChain(s, { And: 'and' }, parseNot);
}

function parseNot(s: TokenStream): ExprNode | undefined {
  const t = s.accept('Not');
  if (!t) return parseComparison(s);
  const operand = s.nested(() => parseNot(s));
  return operand && s.node({ kind: 'not', operand, span: spanFrom(t.span, operand.span) }, [operand]);
}

function parseComparison(s: TokenStream): ExprNode | undefined {
  const left = parseAdditive(s);
  const t = s.peek();
  if (!left || !t) return left;
  const cmp = compareOps[t.kind];
  if (cmp) {
    s.next();
    const right = parseAdditive(s);
    return right && binary(s, cmp, t, left, right);
  }
  const negated = t.kind === 'Not' && s.at('In', 1);
  if (t.kind !== 'In' && !negated) return left;
  s.next();
  const inTok = negated ? s.next() : t;
  const right = parseInList(s);
  return right && binary(s, negated ? 'not in' : 'in', { ...inTok, span: spanFrom(t.span, inTok.span) }, left, right);
}

/** After `in`: a tuple `(a, b)`, a `$param` or a path. */
function parseInList(s: TokenStream): ExprNode | undefined {
  const open = s.accept('LParen');
  if (!open) return parseAdditive(s);
  const items: ExprNode[] = [];
  do {
    const item = s.nested(() => parseOr(s));
    if (!item) return undefined;
    items.push(item);
  } while (s.accept('Comma'));
  const close = s.expect('RParen', '`,` or `)`');
  return close && s.node({ kind: 'tuple', items, span: spanFrom(open.span, close.span) }, items);
}

function parseAdditive(s: TokenStream): ExprNode | undefined {
  return parseChain(s, { Plus: '+', Minus: '-' }, parseMultiplicative);
}

function parseMultiplicative(s: TokenStream): ExprNode | undefined {
  return parseChain(s, { Star: '*', Slash: '/' }, parseUnary);
}

function parseUnary(s: TokenStream): ExprNode | undefined {
  const t = s.accept('Minus');
  if (!t) return parsePrimary(s);
  const operand = s.nested(() => parseUnary(s));
  return operand && s.node({ kind: 'negate', operand, span: spanFrom(t.span, operand.span) }, [operand]);
}

function parseLiteral(t: ExprToken): ExprNode | undefined {
  switch (t.kind) {
    case 'NumberLiteral': return { kind: 'literal', value: Number(t.image), span: t.span };
    case 'StringLiteral': return { kind: 'literal', value: JSON.parse(t.image) as string, span: t.span };
    case 'True': return { kind: 'literal', value: true, span: t.span };
    case 'False': return { kind: 'literal', value: false, span: t.span };
    case 'Null': return { kind: 'literal', value: null, span: t.span };
    case 'Duration': return { kind: 'duration', ms: durationToMs(t.image) ?? 0, text: t.image, span: t.span };
    case 'Param': return { kind: 'param', name: t.image.slice(1), span: t.span };
    default: return undefined;
  }
}

function parsePrimary(s: TokenStream): ExprNode | undefined {
  const t = s.peek();
  if (!t) return s.fail(OPERAND);
  const literal = parseLiteral(t);
  if (literal) {
    s.next();
    return literal;
  }
  if (t.kind === 'LParen') return parseParenthesized(s);
  if (t.kind === 'Identifier') return parsePathOrCall(s);
  return s.fail(OPERAND);
}

function parseParenthesized(s: TokenStream): ExprNode | undefined {
  s.next();
  const inner = s.nested(() => parseOr(s));
  if (!inner) return undefined;
  if (s.at('Comma')) return s.fail('`)` (a list `(a, b)` may only follow `in`)');
  return s.expect('RParen', '`)`') ? inner : undefined;
}

function parsePathOrCall(s: TokenStream): ExprNode | undefined {
  const first = s.next();
  if (s.at('LParen')) return parseCall(s, first);
  const segments: PathSegment[] = [{ name: first.image, span: first.span }];
  while (s.accept('Dot')) {
    const seg = s.expect('Identifier', 'a name after `.`');
    if (!seg) return undefined;
    segments.push({ name: seg.image, span: seg.span });
  }
  return { kind: 'path', segments, span: spanFrom(first.span, segments[segments.length - 1]!.span) };
}

function parseCall(s: TokenStream, name: ExprToken): ExprNode | undefined {
  s.next();
  const args: ExprNode[] = [];
  if (!s.at('RParen')) {
    do {
      const arg = s.nested(() => parseOr(s));
      if (!arg) return undefined;
      args.push(arg);
    } while (s.accept('Comma'));
  }
  const close = s.expect('RParen', '`,` or `)`');
  if (!close) return undefined;
  return s.node({ kind: 'call', name: name.image, nameSpan: name.span, args, span: spanFrom(name.span, close.span) }, args);
}

/** Parses a whole condition from an open stream; reports trailing tokens. */
export function parseConditionTokens(s: TokenStream): ExprNode | undefined {
  const node = parseOr(s);
  if (!node) return undefined;
  return s.expectEnd('an operator or nothing more') ? node : undefined;
}

/** Parses a condition string. `what` names it in messages (default "the condition"). */
export function parseCondition(source: ExprSource, what = 'the condition'): { node?: ExprNode; diagnostics: Diagnostic[] } {
  const s = TokenStream.open(source, what);
  const node = parseConditionTokens(s);
  return s.hasFailed || !node ? { diagnostics: s.diagnostics } : { node, diagnostics: s.diagnostics };
}

const PRECEDENCE: Record<BinaryOp, number> = {
  or: 1, and: 2, '=': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4, in: 4, 'not in': 4, '+': 5, '-': 5, '*': 6, '/': 6,
};

function precedenceOf(node: ExprNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.op];
  if (node.kind === 'not') return 3;
  return 9;
}

/** The canonical text of a node (parenthesized only where precedence requires). */
export function printExpr(node: ExprNode): string {
  const wrap = (child: ExprNode, min: number): string => {
    const text = printExpr(child);
    return precedenceOf(child) < min ? `(${text})` : text;
  };
  switch (node.kind) {
    case 'binary': {
      const p = PRECEDENCE[node.op];
      return `${wrap(node.left, p)} ${node.op} ${wrap(node.right, p + 1)}`;
    }
    case 'not': return `not ${wrap(node.operand, 3)}`;
    case 'negate': return `-${wrap(node.operand, 9)}`;
    case 'literal': return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
    case 'duration': return node.text;
    case 'path': return node.segments.map((s) => s.name).join('.');
    case 'param': return `$${node.name}`;
    case 'call': return `${node.name}(${node.args.map(printExpr).join(', ')})`;
    case 'tuple': return `(${node.items.map(printExpr).join(', ')})`;
  }
}
