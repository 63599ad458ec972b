/**
 * Expressions parsed once per distinct text, without positions.
 *
 * Specs repeat the same strings for every entity (`createdAt desc`,
 * `amount >= 0`, `authenticated`), and positions only matter for diagnostics.
 * So a rule first resolves the memoized position-free parse of a text; only
 * when that reports something does it drop those reports (`keptQuiet`) and
 * start over from an exact parse (`sourceAt`), so every diagnostic still
 * points at its token. A text that does not parse is never used here: it is
 * always parsed with its spans, and its syntax errors reported from there.
 *
 * A resolution may therefore run twice: besides reporting, it must change
 * nothing (callers record results only after it succeeded), and it must not
 * keep the positions of the nodes it is given.
 */
import { parseAccessRule, type AccessNode } from '../syntax/expr/access.js';
import { parseCondition, printExpr, type ExprNode } from '../syntax/expr/condition.js';
import type { ExprSource } from '../syntax/expr/lex.js';
import { parseOrderItem, type OrderItemNode } from '../syntax/expr/values.js';
import type { CheckContext } from './context.js';

/** Per `checkSpec` run: parse results by text; null when the text does not parse. */
export interface ParsedTexts {
  readonly conditions: Map<string, ExprNode | null>;
  readonly accessRules: Map<string, AccessNode | null>;
  readonly orderItems: Map<string, OrderItemNode | null>;
  /** The canonical text of condition nodes (`printExpr`), by node. */
  readonly printed: Map<ExprNode, string>;
}

export function createParsedTexts(): ParsedTexts {
  return { conditions: new Map(), accessRules: new Map(), orderItems: new Map(), printed: new Map() };
}

function memo<N>(table: Map<string, N | null>, text: string, parse: (source: ExprSource) => { node?: N }): N | undefined {
  let node = table.get(text);
  if (node === undefined) {
    node = parse({ text }).node ?? null;
    table.set(text, node);
  }
  return node ?? undefined;
}

/** The position-free parse of a condition, or undefined when it does not parse. */
export function conditionOf(ctx: CheckContext, text: string): ExprNode | undefined {
  return memo(ctx.parsed.conditions, text, parseCondition);
}

/** The position-free parse of an access rule, or undefined when it does not parse. */
export function accessRuleOf(ctx: CheckContext, text: string): AccessNode | undefined {
  return memo(ctx.parsed.accessRules, text, parseAccessRule);
}

/** The position-free parse of an order item (`field desc`), or undefined when it does not parse. */
export function orderItemOf(ctx: CheckContext, text: string): OrderItemNode | undefined {
  return memo(ctx.parsed.orderItems, text, parseOrderItem);
}

/** `printExpr(node)`, once per node: memoized nodes are resolved for every entity that uses their text. */
export function printedOnce(ctx: CheckContext, node: ExprNode): string {
  let text = ctx.parsed.printed.get(node);
  if (text === undefined) {
    text = printExpr(node);
    ctx.parsed.printed.set(node, text);
  }
  return text;
}

/**
 * Whether nothing was reported since the diagnostic count was `since`. If
 * something was, it is dropped: the caller starts over with exact spans.
 */
export function keptQuiet(ctx: CheckContext, since: number): boolean {
  if (ctx.diagnostics.length === since) return true;
  ctx.diagnostics.length = since;
  return false;
}
