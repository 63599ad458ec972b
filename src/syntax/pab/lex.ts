/**
 * Lexing and parsing of one .pab file into the statement tree (`tree.ts`).
 *
 * After the lexer, `tidyNewlines` makes newlines mean "end of statement":
 * newlines inside ( ) and [ ], after `{`, `,`, an operator or `and`/`or`/`not`
 * are dropped (so long lines may wrap there), runs collapse to one, and one is
 * inserted before each `}` and at the end. It also enforces a nesting limit so
 * hostile input cannot exhaust the stack of the recursive-descent parser.
 *
 * The tidied tokens go to the fast parser (`fast-parser.ts`) first, and to
 * the Chevrotain parser (`parser.ts`) only when it gives up.
 */
import type { ILexingError, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { EOF } from './chevrotain.js';
import type { SourceFile } from '../../core/source-file.js';
import { createSpan } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/pab.js';
import { fastParse } from './fast-parser.js';
import { getPabParser } from './parser.js';
import type { Statement } from './tree.js';
import * as T from './tokens.js';

export const MAX_NESTING = 64;
const MAX_LEX_ERRORS = 20;
const MAX_PARSE_ERRORS = 50;

const continuesLine = new Set<TokenType>([
  T.LCurly, T.Comma, T.Equals, T.NotEq, T.Less, T.LessEq, T.Greater, T.GreaterEq,
  T.Plus, T.Minus, T.Star, T.Slash, T.And, T.Or, T.Not, T.In, T.Colon,
]);

function syntheticNewline(offset: number): IToken {
  return { image: '', startOffset: offset, tokenType: T.Newline, tokenTypeIdx: T.Newline.tokenTypeIdx! };
}

export interface TidyResult {
  tokens: IToken[];
  /** Offset where the input was cut because it nested too deeply, if it was. */
  cutAt?: number;
  /** Closing brackets that close nothing; dropped from `tokens` and reported. */
  stray: IToken[];
}

/** See the module comment. Pure: returns a new array. */
export function tidyNewlines(input: readonly IToken[]): TidyResult {
  const out: IToken[] = [];
  const stray: IToken[] = [];
  const stack: TokenType[] = [];
  let group = 0;
  let depth = 0;
  let prefixRun = 0;
  // An indexed loop: this runs once per token of the file.
  for (let i = 0; i < input.length; i++) {
    const tok = input[i]!;
    const t = tok.tokenType;
    if (t === T.Newline) {
      const prev = out[out.length - 1];
      if (group > 0 || !prev || prev.tokenType === T.Newline || continuesLine.has(prev.tokenType)) continue;
      out.push(tok);
      continue;
    }
    if ((t === T.RCurly || t === T.RParen || t === T.RBracket) && unmatched(stack, t)) {
      stray.push(tok);
      continue;
    }
    if (t === T.LCurly || t === T.LParen || t === T.LBracket) stack.push(t);
    else if (t === T.RCurly || t === T.RParen || t === T.RBracket) stack.length = stack.lastIndexOf(OPENER.get(t)!);
    if (t === T.LParen || t === T.LBracket) group++;
    if (t === T.RParen || t === T.RBracket) group = Math.max(0, group - 1);
    if (t === T.LCurly || t === T.LParen || t === T.LBracket) depth++;
    if (t === T.RCurly || t === T.RParen || t === T.RBracket) depth = Math.max(0, depth - 1);
    prefixRun = t === T.Minus || t === T.Not ? prefixRun + 1 : 0;
    if (depth > MAX_NESTING || prefixRun > MAX_NESTING) {
      return { tokens: out, cutAt: tok.startOffset, stray };
    }
    if (t === T.RCurly) {
      const prev = out[out.length - 1];
      if (prev && prev.tokenType !== T.Newline && prev.tokenType !== T.LCurly) out.push(syntheticNewline(tok.startOffset));
    }
    out.push(tok);
  }
  const prev = out[out.length - 1];
  if (prev && prev.tokenType !== T.Newline) out.push(syntheticNewline(T.tokenEnd(prev)));
  return { tokens: out, stray };
}

const OPENER = new Map<TokenType, TokenType>([
  [T.RCurly, T.LCurly],
  [T.RParen, T.LParen],
  [T.RBracket, T.LBracket],
]);

/** A closer with no opener of its kind still open (it would close nothing). */
function unmatched(stack: readonly TokenType[], closer: TokenType): boolean {
  return !stack.includes(OPENER.get(closer)!);
}

export interface LexParseResult {
  /** The top-level statements; undefined when there were errors. */
  statements: Statement[] | undefined;
  comments: IToken[];
  diagnostics: Diagnostic[];
}

function lexErrorDiagnostics(file: SourceFile, errors: readonly ILexingError[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of errors.slice(0, MAX_LEX_ERRORS)) {
    const text = file.text.slice(e.offset, e.offset + e.length);
    const shown = [...text].slice(0, 20).join('');
    const what = /^[\x20-\x7e]+$/.test(shown) ? `\`${shown}\`` : JSON.stringify(shown);
    out.push(diag('unexpected-character', { text: what }, { span: createSpan(file.path, e.offset, e.offset + e.length) }));
  }
  if (errors.length > MAX_LEX_ERRORS) {
    const e = errors[MAX_LEX_ERRORS]!;
    out.push(diag('too-many-errors', { count: errors.length - MAX_LEX_ERRORS }, { span: createSpan(file.path, e.offset, e.offset + e.length) }));
  }
  return out;
}

function parseErrorDiagnostic(file: SourceFile, err: IRecognitionException): Diagnostic {
  const e = err as IRecognitionException & { previousToken?: IToken };
  let tok = e.token;
  if (tok.tokenType === EOF || Number.isNaN(tok.startOffset)) tok = e.previousToken ?? tok;
  const start = Number.isNaN(tok.startOffset) ? file.text.length : tok.startOffset;
  const endOffset = T.tokenEnd(tok) - 1;
  // A newline is shown as the end of its line, not as the start of the next one.
  const end = tok.tokenType === EOF || tok.tokenType === T.Newline || endOffset < start ? start : endOffset + 1;
  let hint: string | undefined;
  if (e.token.tokenType === T.Comma) hint = 'Statements end at the end of the line; commas only separate the items of one value.';
  else if (e.token.tokenType === T.Colon) hint = 'Write `key value` without a colon; colons only name arguments, as in `@relation(onDelete: cascade)`.';
  else if (e.token.tokenType === T.MalformedNumber && /[A-Za-z_]/.test(e.token.image)) {
    hint = 'A duration is a whole number and a unit: ms, s, m, h, d or w, as in `5m` or `90s`.';
  } else if (e.token.tokenType === T.MalformedNumber || e.token.tokenType === T.NumberLiteral || (e.token.tokenType === T.Dot && e.previousToken?.tokenType === T.NumberLiteral)) {
    hint = 'Write versions and other dotted text as a string, e.g. `version "1.2.0"`.';
  } else if (e.token.tokenType === T.RCurly || e.token.tokenType === EOF) hint = 'Check that every `{` has its `}` and every `(` its `)`.';
  const text = e.token.tokenType === T.MalformedNumber ? `\`${e.token.image}\` is neither a number nor a duration.` : e.message;
  return diag('syntax-error', { text }, { span: createSpan(file.path, start, end), hint });
}

/** Lexes, tidies and parses. Errors are diagnostics; the CST is undefined when parsing failed. */
export function lexAndParse(file: SourceFile): LexParseResult {
  const lexed = T.pabLexer.tokenize(file.text);
  const diagnostics = lexErrorDiagnostics(file, lexed.errors);
  const comments = (lexed.groups['comments'] ?? []) as IToken[];
  const tidy = tidyNewlines(lexed.tokens);
  for (const t of tidy.stray.slice(0, MAX_LEX_ERRORS)) {
    diagnostics.push(
      diag('syntax-error', { text: `Unexpected \`${t.image}\`: there is no opening bracket for it to close.` }, {
        span: createSpan(file.path, t.startOffset, t.startOffset + 1),
        hint: 'Remove it, or add the missing opening bracket.',
      }),
    );
  }
  if (tidy.cutAt !== undefined) {
    diagnostics.push(diag('nesting-too-deep', { limit: MAX_NESTING }, { span: createSpan(file.path, tidy.cutAt, tidy.cutAt + 1) }));
    return { statements: undefined, comments, diagnostics };
  }
  // Well-formed input (the usual case) is read by the fast parser; the Chevrotain
  // parser reads the rest, reporting the errors and recovering from them.
  const fast = fastParse(tidy.tokens);
  if (fast) return { statements: diagnostics.some((d) => d.severity === 'error') ? undefined : fast, comments, diagnostics };
  const pabParser = getPabParser();
  pabParser.input = tidy.tokens;
  let statements: Statement[] | undefined;
  try {
    statements = pabParser.spec();
  } catch (e) {
    // Error recovery on pathological input can exhaust the stack; the errors
    // recorded so far are reported, plus one saying the parser gave up.
    if (pabParser.errors.length === 0) throw e;
    const at = pabParser.errors[pabParser.errors.length - 1]!.token.startOffset;
    const offset = Number.isNaN(at) ? file.text.length : at;
    diagnostics.push(diag('parser-gave-up', {}, { span: createSpan(file.path, offset, offset) }));
  }
  const seen = new Set<number>();
  let reported = 0;
  for (const e of pabParser.errors) {
    if (reported === MAX_PARSE_ERRORS) {
      const rest = pabParser.errors.length - MAX_PARSE_ERRORS;
      diagnostics.push(diag('too-many-errors', { count: rest }, { span: parseErrorDiagnostic(file, e).span! }));
      break;
    }
    const d = parseErrorDiagnostic(file, e);
    if (seen.has(d.span!.start)) continue; // one parse error per position
    seen.add(d.span!.start);
    diagnostics.push(d);
    reported++;
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { statements: failed ? undefined : statements, comments, diagnostics };
}
