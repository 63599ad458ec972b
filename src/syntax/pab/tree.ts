/**
 * The statement tree: the CST reduced to what the mapping needs. A statement
 * keeps its key token, its value items (each with all of its tokens, so the
 * canonical text and per-token spans are at hand), its attributes and its
 * child statements, plus the source range for comments and spans.
 */
import type { CstNode, IToken } from 'chevrotain';
import { compilerAssert } from '../../core/assert.js';
import * as T from './tokens.js';

export type ItemKind = 'identifier' | 'string' | 'number' | 'boolean' | 'null' | 'duration' | 'tuple' | 'complex';

export interface Item {
  readonly kind: ItemKind;
  /** Every token of the item, in source order. */
  readonly tokens: readonly IToken[];
  /** The JSON value of a simple item (identifier/duration: text; string: decoded; number; boolean; null). */
  readonly simple?: string | number | boolean | null;
  /** The elements of `(a, b)`. */
  readonly elements?: readonly Item[];
}

export interface Arg {
  readonly name?: IToken;
  readonly value: Item;
}

export interface Attribute {
  readonly at: IToken;
  readonly name: IToken;
  /** undefined when written without parentheses. */
  readonly args?: readonly Arg[];
  readonly end: number;
}

export interface Statement {
  readonly key: IToken;
  readonly items: readonly Item[];
  readonly attributes: readonly Attribute[];
  readonly body?: readonly Statement[];
  /** Offsets of `{` and `}` when there is a body. */
  readonly bodyStart?: number;
  readonly bodyEnd?: number;
  /** Offset range of the whole statement, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Line of the first token (1-based) and of the last token. */
  readonly firstLine: number;
  readonly lastLine: number;
}

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const isToken = (x: CstNode | IToken): x is IToken => 'image' in x;

function collectTokens(node: CstNode | IToken, out: IToken[]): void {
  if (isToken(node)) {
    if (!Number.isNaN(node.startOffset)) out.push(node);
    return;
  }
  for (const list of Object.values(node.children as Children)) for (const c of list ?? []) collectTokens(c, out);
}

function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  collectTokens(node, out);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

function only(node: CstNode, rule: string): CstNode | undefined {
  const ch = node.children as Children;
  const keys = Object.keys(ch);
  if (keys.length !== 1 || keys[0] !== rule || ch[rule]!.length !== 1) return undefined;
  return ch[rule]![0] as CstNode;
}

/** Follows expr → … → primary while each level is trivial; returns the primary or undefined. */
function trivialPrimary(expr: CstNode): CstNode | undefined {
  let node: CstNode | undefined = expr;
  for (const rule of ['andExpr', 'notExpr', 'cmpExpr', 'addExpr', 'mulExpr', 'unary', 'postfix', 'primary']) {
    node = node && only(node, rule);
  }
  return node;
}

function negativeNumber(expr: CstNode): number | undefined {
  let node: CstNode | undefined = expr;
  for (const rule of ['andExpr', 'notExpr', 'cmpExpr', 'addExpr', 'mulExpr', 'unary']) node = node && only(node, rule);
  const ch = node?.children as Children | undefined;
  if (!ch || !ch['Minus'] || !ch['unary']) return undefined;
  const inner = only(ch['unary'][0] as CstNode, 'postfix');
  const prim = inner && only(inner, 'primary');
  const tok = prim && ((prim.children as Children)['NumberLiteral']?.[0] as IToken | undefined);
  return tok ? -Number(tok.image) : undefined;
}

function buildItemFromExpr(expr: CstNode, extra: IToken[] = []): Item {
  const tokens = [...tokensOf(expr), ...extra].sort((a, b) => a.startOffset - b.startOffset);
  if (extra.length > 0) return { kind: 'complex', tokens };
  const neg = negativeNumber(expr);
  if (neg !== undefined) return { kind: 'number', tokens, simple: neg };
  const prim = trivialPrimary(expr);
  if (!prim) return { kind: 'complex', tokens };
  const ch = prim.children as Children;
  const tok = (name: string): IToken | undefined => ch[name]?.[0] as IToken | undefined;
  if (tok('Identifier')) return { kind: 'identifier', tokens, simple: tok('Identifier')!.image };
  if (tok('StringLiteral')) return { kind: 'string', tokens, simple: T.decodeStringLiteral(tok('StringLiteral')!.image) };
  if (tok('NumberLiteral')) return { kind: 'number', tokens, simple: Number(tok('NumberLiteral')!.image) };
  if (tok('Duration')) return { kind: 'duration', tokens, simple: tok('Duration')!.image };
  if (tok('True')) return { kind: 'boolean', tokens, simple: true };
  if (tok('False')) return { kind: 'boolean', tokens, simple: false };
  if (tok('Null')) return { kind: 'null', tokens, simple: null };
  if (ch['LParen'] && ch['item']) {
    return { kind: 'tuple', tokens, elements: (ch['item'] as CstNode[]).map(buildItem) };
  }
  return { kind: 'complex', tokens };
}

function buildItem(item: CstNode): Item {
  const ch = item.children as Children;
  const order = [...((ch['Asc'] ?? []) as IToken[]), ...((ch['Desc'] ?? []) as IToken[])];
  return buildItemFromExpr(ch['expr']![0] as CstNode, order);
}

function buildArgs(args: CstNode | undefined): Arg[] {
  if (!args) return [];
  return ((args.children as Children)['arg'] as CstNode[]).map((a) => {
    const ch = a.children as Children;
    const name = ch['Name']?.[0] as IToken | undefined;
    const value = buildItemFromExpr(ch['expr']![0] as CstNode);
    return name ? { name, value } : { value };
  });
}

function buildAttribute(node: CstNode): Attribute {
  const ch = node.children as Children;
  const at = ch['At']![0] as IToken;
  const name = ch['Name']![0] as IToken;
  const rparen = ch['RParen']?.[0] as IToken | undefined;
  const argsNode = ch['args']?.[0] as CstNode | undefined;
  const end = ((rparen ? rparen.endOffset : name.endOffset) ?? name.startOffset) + 1;
  return ch['LParen'] ? { at, name, args: buildArgs(argsNode), end } : { at, name, end };
}

function buildStatement(node: CstNode): Statement {
  const ch = node.children as Children;
  const key = ch['Name']![0] as IToken;
  const valueNode = ch['value']?.[0] as CstNode | undefined;
  const items = valueNode ? ((valueNode.children as Children)['item'] as CstNode[]).map(buildItem) : [];
  const attributes = ((ch['attribute'] ?? []) as CstNode[]).map(buildAttribute);
  const blockNode = ch['block']?.[0] as CstNode | undefined;
  const all = tokensOf(node).filter((t) => t.tokenType !== T.Newline);
  const lastTok = all[all.length - 1] ?? key;
  compilerAssert(all.length > 0, 'statement without tokens');
  const base = {
    key,
    items,
    attributes,
    start: key.startOffset,
    end: (lastTok.endOffset ?? lastTok.startOffset) + 1,
    firstLine: key.startLine ?? 1,
    lastLine: lastTok.endLine ?? lastTok.startLine ?? 1,
  };
  if (!blockNode) return base;
  const bch = blockNode.children as Children;
  const body = ((bch['statement'] ?? []) as CstNode[]).map(buildStatement);
  return {
    ...base,
    body,
    bodyStart: (bch['LCurly']![0] as IToken).startOffset,
    bodyEnd: (bch['RCurly']![0] as IToken).startOffset,
  };
}

/** The top-level statements of a parsed file. */
export function buildStatements(spec: CstNode): Statement[] {
  return (((spec.children as Children)['statement'] ?? []) as CstNode[]).map(buildStatement);
}
