/**
 * The statement tree the parser builds: what the mapping needs of each
 * statement. A statement keeps its key token, its value items (each with all
 * of its tokens, so the canonical text and per-token spans are at hand), its
 * attributes and its child statements, plus the source range for comments
 * and spans.
 */
import type { IToken } from 'chevrotain';
import { tokenEnd } from './tokens.js';

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
  /** Offset just after the attribute. */
  readonly end: number;
  /** Its last token (`)` or the name). */
  readonly last: IToken;
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
  /** Where the mapper put the statement in the document (set by `to-document.ts`, for comments). */
  pointer: string | undefined;
}

const real = (t: IToken | undefined): t is IToken => t !== undefined && !Number.isNaN(t.startOffset);

/** The last real token of a statement. */
function lastTokenOf(key: IToken, items: readonly Item[], attributes: readonly Attribute[], rcurly: IToken | undefined): IToken {
  if (real(rcurly)) return rcurly;
  const attr = attributes[attributes.length - 1];
  if (attr && real(attr.last)) return attr.last;
  const item = items[items.length - 1];
  const tok = item?.tokens?.[item.tokens.length - 1];
  return real(tok) ? tok : key;
}

/** Assembles a statement from what the parser matched. */
export function buildStatement(
  key: IToken,
  items: readonly Item[],
  attributes: readonly Attribute[],
  block: { statements: Statement[]; lcurly: IToken; rcurly: IToken } | undefined,
): Statement {
  const last = lastTokenOf(key, items, attributes, block?.rcurly);
  const start = key.startOffset;
  const end = tokenEnd(last);
  if (!block) return { key, items, attributes, start, end, pointer: undefined };
  return { key, items, attributes, start, end, pointer: undefined, body: block.statements, bodyStart: block.lcurly.startOffset, bodyEnd: block.rcurly.startOffset };
}
