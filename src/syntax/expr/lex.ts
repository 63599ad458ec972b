/**
 * Tokenizes one expression string of the document with the shared `pabLexer`
 * and maps every token back to the source (see `ExprSource`). Newlines are
 * whitespace here; comment tokens are dropped. Never throws: lexing errors
 * become diagnostics and the valid tokens are still returned.
 *
 * Span mapping, in order of preference: the `.pab` front end's per-token spans
 * (when their count matches); the string's own offsets when the value span is
 * as long as the text (a plain YAML scalar) or two longer (a quoted scalar
 * without escapes); otherwise the whole value span for every token.
 */
import type { IToken } from 'chevrotain';
import type { Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { NodeSpans } from '../ast.js';
import { pabLexer } from '../pab/tokens.js';
import { exprDiag } from './diagnostics.js';

export type TokenKind =
  | 'Identifier' | 'And' | 'Or' | 'Not' | 'In' | 'True' | 'False' | 'Null' | 'Asc' | 'Desc'
  | 'StringLiteral' | 'NumberLiteral' | 'Duration' | 'Param'
  | 'LCurly' | 'RCurly' | 'LParen' | 'RParen' | 'LBracket' | 'RBracket' | 'Comma' | 'Colon' | 'Dot'
  | 'At' | 'Question' | 'NotEq' | 'LessEq' | 'GreaterEq' | 'Less' | 'Greater' | 'Equals'
  | 'Plus' | 'Minus' | 'Star' | 'Slash';

export interface ExprToken {
  readonly kind: TokenKind;
  readonly image: string;
  /** Offset of the token in the string. */
  readonly offset: number;
  readonly span: Span;
}

/** An expression string and, when known, the spans of the document value holding it. */
export interface ExprSource {
  readonly text: string;
  /**
   * Spans of the value. When absent, spans are offsets into `text` itself in
   * a file named '' (handy for tests and for strings without a known origin).
   */
  readonly spans?: NodeSpans;
}

export interface LexedExpr {
  readonly text: string;
  readonly tokens: readonly ExprToken[];
  /** The span of the whole value. */
  readonly whole: Span;
  /** Maps a [start, end) range of `text` to a span (see the module comment). */
  readonly mapRange: (start: number, end: number) => Span;
  readonly diagnostics: readonly Diagnostic[];
}

/** Builds the offset mapper for a string held by a document value. */
export function createRangeMapper(source: ExprSource): (start: number, end: number) => Span {
  const { text, spans } = source;
  if (!spans) return (start, end) => ({ file: '', start, end });
  const v = spans.value;
  const length = v.end - v.start;
  if (length === text.length || length === text.length + 2) {
    const base = v.start + (length === text.length ? 0 : 1);
    return (start, end) => ({ file: v.file, start: base + start, end: base + end });
  }
  return () => v;
}

/** The span of the whole value of `source`. */
export function wholeSpan(source: ExprSource): Span {
  return source.spans?.value ?? { file: '', start: 0, end: source.text.length };
}

const MAX_LEX_ERRORS = 5;

/** The position-independent result of tokenizing a text: what `lexExpression` maps to spans. */
interface RawLex {
  readonly tokens: readonly { readonly kind: TokenKind; readonly image: string; readonly offset: number }[];
  readonly errors: readonly { readonly offset: number; readonly length: number }[];
}

/**
 * Memo of `tokenize`, a pure function of the text. Specs repeat the same short
 * strings (`string`, `createdAt desc`, `authenticated`) thousands of times, and
 * both the rules and the model builder read them. Bounded: short texts only,
 * and when full it starts over, so a long-lived process never grows it.
 */
const LEX_CACHE_LIMIT = 5_000;
const LEX_CACHE_MAX_TEXT = 256;
const lexCache = new Map<string, RawLex>();

function tokenize(text: string): RawLex {
  const cached = lexCache.get(text);
  if (cached) return cached;
  const result = pabLexer.tokenize(text);
  const raw: RawLex = {
    tokens: result.tokens
      .filter((t: IToken) => t.tokenType.name !== 'Newline')
      .map((t) => ({ kind: t.tokenType.name as TokenKind, image: t.image, offset: t.startOffset })),
    errors: result.errors.slice(0, MAX_LEX_ERRORS).map((e) => ({ offset: e.offset, length: e.length })),
  };
  if (text.length <= LEX_CACHE_MAX_TEXT) {
    if (lexCache.size >= LEX_CACHE_LIMIT) lexCache.clear();
    lexCache.set(text, raw);
  }
  return raw;
}

/** Tokenizes `source.text`; `what` names the expression in messages ("the condition"). */
export function lexExpression(source: ExprSource, what: string): LexedExpr {
  const raw = tokenize(source.text);
  const byOffset = createRangeMapper(source);
  const given = source.spans?.tokens;
  const useGiven = given !== undefined && given.length === raw.tokens.length;
  const tokens: ExprToken[] = raw.tokens.map((t, i) => ({
    kind: t.kind,
    image: t.image,
    offset: t.offset,
    span: useGiven ? given[i]! : byOffset(t.offset, t.offset + t.image.length),
  }));
  const diagnostics = raw.errors.map((e) =>
    exprDiag(
      'expr-invalid-character',
      { text: source.text.substr(e.offset, Math.max(1, e.length)), what },
      { span: byOffset(e.offset, e.offset + Math.max(1, e.length)) },
    ),
  );
  return { text: source.text, tokens, whole: wholeSpan(source), mapRange: byOffset, diagnostics };
}
