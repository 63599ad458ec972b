/**
 * The canonical spelling of a run of .pab tokens: the same tokens, with
 * whitespace normalized. Because only whitespace changes, token i of the
 * canonical string is token i of the source, which is how expression spans are
 * mapped back to the file (see NodeSpans.tokens).
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';

const noSpaceAfter = new Set<TokenType>([T.LParen, T.LBracket, T.Dot, T.At]);
const noSpaceBefore = new Set<TokenType>([T.RParen, T.RBracket, T.Comma, T.Dot, T.Question, T.Colon]);
const operators = new Set<TokenType>([
  T.Equals, T.NotEq, T.Less, T.LessEq, T.Greater, T.GreaterEq, T.Plus, T.Minus, T.Star, T.Slash,
  T.And, T.Or, T.Not, T.In, T.Comma, T.Colon, T.LParen, T.LBracket,
]);

/** True when `prev` ends an operand, so a following `(` or `[` is a call/postfix and `-` is binary. */
function endsOperand(prev: IToken | undefined): boolean {
  if (!prev) return false;
  return !operators.has(prev.tokenType) && prev.tokenType !== T.At && prev.tokenType !== T.Dot;
}

function isUnaryMinus(tokens: readonly IToken[], i: number): boolean {
  return tokens[i]!.tokenType === T.Minus && !endsOperand(tokens[i - 1]);
}

/** Whether a space goes between tokens[i-1] and tokens[i]. */
function spaceBetween(tokens: readonly IToken[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const cur = tokens[i]!;
  if (noSpaceAfter.has(prev.tokenType) || noSpaceBefore.has(cur.tokenType)) return false;
  if (isUnaryMinus(tokens, i - 1)) return false;
  // Rates are written 100/minute: a slash between a number and a word is not spaced.
  if (cur.tokenType === T.Slash && prev.tokenType === T.NumberLiteral) return false;
  if (prev.tokenType === T.Slash && tokens[i - 2]?.tokenType === T.NumberLiteral) return false;
  if ((cur.tokenType === T.LParen || cur.tokenType === T.LBracket) && endsOperand(prev)) {
    // f(x), Order[]; but `in (a, b)` keeps its space (In is an operator).
    return false;
  }
  return true;
}

/**
 * `text` respaced into its canonical spelling, with its tokens; undefined when
 * it does not lex cleanly (errors, comments, line breaks) or when more than
 * whitespace would change.
 */
export function respace(text: string): { readonly text: string; readonly tokens: readonly IToken[] } | undefined {
  const lexed = T.pabLexer.tokenize(text);
  if (lexed.errors.length > 0 || (lexed.groups['comments'] ?? []).length > 0) return undefined;
  if (lexed.tokens.length === 0 || lexed.tokens.some((t) => t.tokenType === T.Newline)) return undefined;
  const canonical = canonicalText(lexed.tokens);
  return canonical.replace(/\s+/g, '') === text.replace(/\s+/g, '') ? { text: canonical, tokens: lexed.tokens } : undefined;
}

/**
 * The canonical spelling of an expression string (e.g. from YAML), or the
 * string itself when it does not lex cleanly or has surrounding whitespace.
 */
export function canonicalizeExpression(text: string): string {
  const respaced = respace(text);
  return respaced !== undefined && text === text.trim() ? respaced.text : text;
}

export function canonicalText(tokens: readonly IToken[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && spaceBetween(tokens, i)) out += ' ';
    out += tokens[i]!.image;
  }
  return out;
}

/**
 * `sql-sqlite`, `ts-fastify`: names joined by hyphens with no space between
 * the tokens. A word value may be such a name (target names are), where
 * canonical text would read it as a subtraction (`sql - sqlite`).
 */
export function hyphenatedWord(tokens: readonly IToken[]): string | undefined {
  if (tokens.length < 3 || tokens.length % 2 === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i % 2 === 0 ? !tokenMatcher(t, T.Name) : t.tokenType !== T.Minus) return undefined;
    if (i > 0 && t.startOffset !== T.tokenEnd(tokens[i - 1]!)) return undefined;
  }
  return tokens.map((t) => t.image).join('');
}
