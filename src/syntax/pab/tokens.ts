/**
 * The .pab lexicon, declared once. The same lexer tokenizes whole `.pab` files
 * and the expression strings found in a document (types, defaults, conditions,
 * access rules), so an expression has the same tokens in both syntaxes.
 *
 * Comments and doc comments go to their own token groups; newlines are
 * significant (they end statements) and are tidied by `tidyNewlines`.
 */
import type { IToken, TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

export const Name = createToken({ name: 'Name', pattern: Lexer.NA });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, categories: [Name] });

function keyword(word: string, name: string): TokenType {
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, categories: [Name] });
}

export const And = keyword('and', 'And');
export const Or = keyword('or', 'Or');
export const Not = keyword('not', 'Not');
export const In = keyword('in', 'In');
export const True = keyword('true', 'True');
export const False = keyword('false', 'False');
export const Null = keyword('null', 'Null');
export const Asc = keyword('asc', 'Asc');
export const Desc = keyword('desc', 'Desc');

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const DocComment = createToken({ name: 'DocComment', pattern: /\/\/\/(?!\/)[^\r\n]*/, group: 'comments' });
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, group: 'comments' });

export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*"/,
});
export const Duration = createToken({ name: 'Duration', pattern: /[0-9]+(?:ms|s|m|h|d|w)(?![A-Za-z0-9_])/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?![A-Za-z_.0-9])/ });
/**
 * Text that starts like a number but is none: `5min`, `1.5h`, `1.2.0`. No rule
 * accepts it, so it becomes one clear syntax error with a hint (see lex.ts).
 */
export const MalformedNumber = createToken({
  name: 'MalformedNumber',
  pattern: /[0-9]+(?:\.[0-9]+)*(?:\.|[A-Za-z_])[A-Za-z0-9_.]*/,
  label: 'a malformed number',
});
export const Param = createToken({ name: 'Param', pattern: /\$[A-Za-z_][A-Za-z0-9_]*/ });

export const LCurly = createToken({ name: 'LCurly', pattern: /\{/, label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: /\}/, label: "'}'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: "']'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const Dot = createToken({ name: 'Dot', pattern: /\./, label: "'.'" });
export const At = createToken({ name: 'At', pattern: /@/, label: "'@'" });
export const Question = createToken({ name: 'Question', pattern: /\?/, label: "'?'" });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/, label: "'!='" });
export const LessEq = createToken({ name: 'LessEq', pattern: /<=/, label: "'<='" });
export const GreaterEq = createToken({ name: 'GreaterEq', pattern: />=/, label: "'>='" });
export const Less = createToken({ name: 'Less', pattern: /</, label: "'<'" });
export const Greater = createToken({ name: 'Greater', pattern: />/, label: "'>'" });
export const Equals = createToken({ name: 'Equals', pattern: /=/, label: "'='" });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: /\//, label: "'/'" });

/** Order matters: comments before Slash, Duration before NumberLiteral, keywords before Identifier. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Newline,
  DocComment,
  Comment,
  StringLiteral,
  Duration,
  NumberLiteral,
  MalformedNumber,
  Param,
  And,
  Or,
  Not,
  In,
  True,
  False,
  Null,
  Asc,
  Desc,
  Identifier,
  Name,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Dot,
  At,
  Question,
  NotEq,
  LessEq,
  GreaterEq,
  Less,
  Greater,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
];

/**
 * The lexer's options. Tokens carry offsets only (lines, where needed, come
 * from `SourceFile.lineStarts`): that makes them less than half the size and
 * lexing faster.
 */
export const LEXER_OPTIONS = { positionTracking: 'onlyOffset', ensureOptimizations: false, recoveryEnabled: true } as const;

/**
 * One lexer instance is stateless between calls and safe to share. Chevrotain's
 * checks of the token definitions are skipped at start-up: they can only fail
 * on a mistake in this file, and a test runs them.
 */
export const pabLexer = new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: true });

/**
 * The offset just after a token (the lexer records only where tokens start);
 * NaN for a token the parser inserted while recovering from an error.
 */
export function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

/** Decodes the body of a StringLiteral token (without quotes). */
export function decodeStringLiteral(image: string): string {
  // Raw control characters (a tab typed inside quotes) are kept as they are.
  const escaped = image.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.parse(escaped) as string;
}

/** Encodes a string as a .pab string literal (the canonical form). */
export function encodeStringLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
