/**
 * A hand-written parser for well-formed .pab token streams: the grammar of
 * `parser.ts`, read without error recovery, building the same statement tree.
 * Most files have no syntax errors, and this reads them several times faster
 * than the Chevrotain parser, with far less garbage. At the first token it does
 * not expect it gives up (returns undefined) and `lexAndParse` runs the
 * Chevrotain parser, whose diagnostics and recovery are the reference; the
 * tests check that both parsers build equal trees.
 *
 * It follows the same rules as `parser.ts`, in the same order:
 *
 *   spec      := NL? (statement NL)* EOF
 *   statement := Name value? attribute* block?
 *   block     := '{' NL? (statement NL)* '}'
 *   attribute := '@' Name ('(' args? ')')?
 *   args      := arg (',' arg)*          arg := (Name ':')? expr
 *   value     := item (',' item)*        item := expr ('asc' | 'desc')?
 *   expr      := operand (operator operand)*
 *   operand   := ('-' | 'not')* primary ('(' args? ')' | '.' Name | '[' ']' | '?')*
 *
 * and the items it builds are those of the parser's actions: the tokens of an
 * operand, of an expression and of a bracketed primary are all input tokens
 * from its first to its last (a parse without errors never skips a token, and
 * newlines never occur inside one).
 */
import type { IToken, TokenType } from 'chevrotain';
import { buildStatement, type Arg, type Attribute, type Item, type Statement } from './tree.js';
import * as T from './tokens.js';

/** Shared by the statements without a value or attributes (the tree is never modified). */
const NO_ITEMS: readonly Item[] = [];
const NO_ATTRIBUTES: readonly Attribute[] = [];

/** Thrown to abandon the parse; never escapes `fastParse`. */
class GiveUp {}
const GIVE_UP = new GiveUp();

/** Tokens of the `Name` category: identifiers and the keywords. */
const NAMES = new Set<TokenType>([T.Identifier, T.And, T.Or, T.Not, T.In, T.True, T.False, T.Null, T.Asc, T.Desc]);
/** Binary operators; `not in` is handled on its own. */
const OPERATORS = new Set<TokenType>([
  T.Or, T.And, T.Equals, T.NotEq, T.LessEq, T.GreaterEq, T.Less, T.Greater, T.In, T.Plus, T.Minus, T.Star, T.Slash,
]);

/** The statement tree of a token stream (after `tidyNewlines`), or undefined when it is not well formed. */
export function fastParse(tokens: readonly IToken[]): Statement[] | undefined {
  try {
    return new FastParser(tokens).spec();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

class FastParser {
  private pos = 0;

  constructor(private readonly tokens: readonly IToken[]) {}

  private peekType(offset = 0): TokenType | undefined {
    return this.tokens[this.pos + offset]?.tokenType;
  }

  private consume(type: TokenType): IToken {
    const t = this.tokens[this.pos];
    if (t === undefined || t.tokenType !== type) throw GIVE_UP;
    this.pos++;
    return t;
  }

  private consumeName(): IToken {
    const t = this.tokens[this.pos];
    if (t === undefined || !NAMES.has(t.tokenType)) throw GIVE_UP;
    this.pos++;
    return t;
  }

  /** The input tokens from index `from` up to (not including) the current position. */
  private since(from: number): IToken[] {
    return this.tokens.slice(from, this.pos);
  }

  spec(): Statement[] {
    if (this.peekType() === T.Newline) this.pos++;
    const statements = this.statements();
    if (this.pos !== this.tokens.length) throw GIVE_UP;
    return statements;
  }

  /** (statement NL)* */
  private statements(): Statement[] {
    const out: Statement[] = [];
    while (NAMES.has(this.peekType()!)) {
      out.push(this.statement());
      this.consume(T.Newline);
    }
    return out;
  }

  private statement(): Statement {
    const key = this.consumeName();
    const items = this.startsExpr(this.peekType()) ? this.value() : NO_ITEMS;
    let attributes = NO_ATTRIBUTES;
    if (this.peekType() === T.At) {
      const list: Attribute[] = [];
      while (this.peekType() === T.At) list.push(this.attribute());
      attributes = list;
    }
    if (this.peekType() !== T.LCurly) return buildStatement(key, items, attributes, undefined);
    const lcurly = this.consume(T.LCurly);
    if (this.peekType() === T.Newline) this.pos++;
    const statements = this.statements();
    const rcurly = this.consume(T.RCurly);
    return buildStatement(key, items, attributes, { statements, lcurly, rcurly });
  }

  private attribute(): Attribute {
    const at = this.consume(T.At);
    const name = this.consumeName();
    if (this.peekType() !== T.LParen) return { at, name, end: T.tokenEnd(name), last: name };
    this.pos++;
    const args = this.peekType() === T.RParen ? [] : this.args();
    const rparen = this.consume(T.RParen);
    return { at, name, args, end: T.tokenEnd(rparen), last: rparen };
  }

  private args(): Arg[] {
    const out = [this.arg()];
    while (this.peekType() === T.Comma) {
      this.pos++;
      out.push(this.arg());
    }
    return out;
  }

  private arg(): Arg {
    if (this.peekType(1) !== T.Colon) return { value: this.expr() };
    const name = this.consumeName();
    this.pos++;
    return { name, value: this.expr() };
  }

  private value(): Item[] {
    const out = [this.item()];
    while (this.peekType() === T.Comma) {
      this.pos++;
      out.push(this.item());
    }
    return out;
  }

  private item(): Item {
    const base = this.expr();
    const t = this.peekType();
    if (t !== T.Asc && t !== T.Desc) return base;
    return { kind: 'complex', tokens: [...base.tokens, this.tokens[this.pos++]!] };
  }

  private startsExpr(t: TokenType | undefined): boolean {
    return t === T.Minus || t === T.Not || this.startsPrimary(t);
  }

  private startsPrimary(t: TokenType | undefined): boolean {
    return (
      t === T.Identifier || t === T.StringLiteral || t === T.NumberLiteral || t === T.Duration || t === T.Param ||
      t === T.True || t === T.False || t === T.Null || t === T.LParen || t === T.LBracket
    );
  }

  /** expr := operand (operator operand)*, classified like the parser's `classify`. */
  private expr(): Item {
    const from = this.pos;
    const first = this.operand();
    let more = false;
    for (;;) {
      const t = this.peekType();
      if (t === T.Not) {
        // `not in` is the only operator starting with `not`.
        this.pos++;
        this.consume(T.In);
      } else if (t !== undefined && OPERATORS.has(t)) {
        this.pos++;
      } else {
        break;
      }
      more = true;
      this.operand();
    }
    if (!more) return first;
    return { kind: 'complex', tokens: this.since(from) };
  }

  /** One operand, already classified as a whole expression of one operand. */
  private operand(): Item {
    const from = this.pos;
    let prefixes = 0;
    let minusOnly = true;
    for (let t = this.peekType(); t === T.Minus || t === T.Not; t = this.peekType()) {
      if (t !== T.Minus) minusOnly = false;
      prefixes++;
      this.pos++;
    }
    const primary = this.primary();
    let suffixed = false;
    for (;;) {
      const t = this.peekType();
      if (t === T.LParen) {
        this.pos++;
        if (this.peekType() !== T.RParen) this.args();
        this.consume(T.RParen);
      } else if (t === T.Dot) {
        this.pos++;
        this.consumeName();
      } else if (t === T.LBracket) {
        this.pos++;
        this.consume(T.RBracket);
      } else if (t === T.Question) {
        this.pos++;
      } else {
        break;
      }
      suffixed = true;
    }
    if (prefixes === 0 && !suffixed) return primary;
    const tokens = this.since(from);
    if (suffixed) return { kind: 'complex', tokens };
    if (prefixes === 1 && minusOnly && primary.kind === 'number') return { kind: 'number', tokens, simple: -(primary.simple as number) };
    return { kind: 'complex', tokens };
  }

  private primary(): Item {
    const t = this.tokens[this.pos];
    if (t === undefined) throw GIVE_UP;
    const type = t.tokenType;
    if (type === T.LParen) return this.tuple();
    if (type === T.LBracket) return this.list();
    this.pos++;
    if (type === T.Identifier) return { kind: 'identifier', tokens: [t], simple: t.image };
    if (type === T.StringLiteral) return { kind: 'string', tokens: [t], simple: T.decodeStringLiteral(t.image) };
    if (type === T.NumberLiteral) return { kind: 'number', tokens: [t], simple: Number(t.image) };
    if (type === T.Duration) return { kind: 'duration', tokens: [t], simple: t.image };
    if (type === T.Param) return { kind: 'complex', tokens: [t] };
    if (type === T.True) return { kind: 'boolean', tokens: [t], simple: true };
    if (type === T.False) return { kind: 'boolean', tokens: [t], simple: false };
    if (type === T.Null) return { kind: 'null', tokens: [t], simple: null };
    throw GIVE_UP;
  }

  /** '(' item (',' item)* ')' */
  private tuple(): Item {
    const from = this.pos;
    this.pos++;
    const elements = this.value();
    this.consume(T.RParen);
    return { kind: 'tuple', tokens: this.since(from), elements };
  }

  /** '[' (expr (',' expr)*)? ']' */
  private list(): Item {
    const from = this.pos;
    this.pos++;
    if (this.peekType() !== T.RBracket) {
      this.expr();
      while (this.peekType() === T.Comma) {
        this.pos++;
        this.expr();
      }
    }
    this.consume(T.RBracket);
    return { kind: 'complex', tokens: this.since(from) };
  }
}
