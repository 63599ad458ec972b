/**
 * The statement tree: the CST reduced to what the mapping needs. A statement
 * keeps its key token, its value items (each with all of its tokens, so the
 * canonical text and per-token spans are at hand), its attributes and its
 * child statements, plus the source range for comments and spans.
 */
import type { CstNode, IToken } from 'chevrotain';
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

/** The operand of an expression that is a single operand, or undefined. */
function soleOperand(expr: CstNode): CstNode | undefined {
  const ch = expr.children as Children;
  if (ch['operator'] || ch['operand']?.length !== 1) return undefined;
  return ch['operand'][0] as CstNode;
}

/** The primary of an expression that is a bare primary (no operators, prefixes or postfixes). */
function trivialPrimary(expr: CstNode): CstNode | undefined {
  const operand = soleOperand(expr);
  if (!operand) return undefined;
  const och = operand.children as Children;
  if (och['Minus'] || och['Not']) return undefined;
  return only(och['postfix']![0] as CstNode, 'primary');
}

function negativeNumber(expr: CstNode): number | undefined {
  const operand = soleOperand(expr);
  const och = operand?.children as Children | undefined;
  if (!och || och['Not'] || och['Minus']?.length !== 1) return undefined;
  const prim = only(och['postfix']![0] as CstNode, 'primary');
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

/** The last real token of a statement, without walking its whole subtree. */
function lastTokenOf(key: IToken, items: readonly Item[], attributes: readonly Attribute[], block: CstNode | undefined): IToken {
  const rcurly = (block?.children as Children | undefined)?.['RCurly']?.[0] as IToken | undefined;
  if (rcurly && !Number.isNaN(rcurly.startOffset)) return rcurly;
  const attr = attributes[attributes.length - 1];
  if (attr) {
    const tokens: IToken[] = [attr.name, ...(attr.args ?? []).flatMap((a) => a.value.tokens)];
    const last = tokens.reduce((a, b) => (b.startOffset > a.startOffset ? b : a));
    return attr.args !== undefined ? { ...last, startOffset: attr.end - 1, endOffset: attr.end - 1 } : last;
  }
  const item = items[items.length - 1];
  return item?.tokens[item.tokens.length - 1] ?? key;
}

function buildStatement(node: CstNode): Statement {
  const ch = node.children as Children;
  const key = ch['Name']![0] as IToken;
  const valueNode = ch['value']?.[0] as CstNode | undefined;
  const items = valueNode ? ((valueNode.children as Children)['item'] as CstNode[]).map(buildItem) : [];
  const attributes = ((ch['attribute'] ?? []) as CstNode[]).map(buildAttribute);
  const blockNode = ch['block']?.[0] as CstNode | undefined;
  const lastTok = lastTokenOf(key, items, attributes, blockNode);
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
