/**
 * A cursor over the tokens of one expression, shared by the hand-written
 * recursive-descent parsers. It reports at most one syntax error per
 * expression (the first; later ones are usually consequences) and tracks the
 * nesting depth so hostile input cannot exhaust the stack.
 */
import type { Span } from '../../core/span.js';
import { joinSpans } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { exprDiag } from './diagnostics.js';
import { lexExpression, type ExprSource, type ExprToken, type LexedExpr, type TokenKind } from './lex.js';

/** Nesting limit of every expression parser. */
export const MAX_EXPR_DEPTH = 64;

export class TokenStream {
  private pos = 0;
  private depth = 0;
  private failed = false;
  /** Node depths (see `node`); created on first use, since most expressions are a name or two. */
  private depths: WeakMap<object, number> | undefined;
  readonly diagnostics: Diagnostic[];

  constructor(
    readonly lexed: LexedExpr,
    /** Names the expression in messages, with its article: "the condition", "the type". */
    readonly what: string,
  ) {
    this.diagnostics = [...lexed.diagnostics];
  }

  /** Lexes `source` and opens a stream over it. */
  static open(source: ExprSource, what: string): TokenStream {
    return new TokenStream(lexExpression(source, what), what);
  }

  get hasFailed(): boolean {
    return this.failed || this.diagnostics.length > 0;
  }

  peek(k = 0): ExprToken | undefined {
    return this.lexed.tokens[this.pos + k];
  }

  at(kind: TokenKind, k = 0): boolean {
    return this.peek(k)?.kind === kind;
  }

  atEnd(): boolean {
    return this.pos >= this.lexed.tokens.length;
  }

  /** Consumes and returns the next token when it is of `kind`. */
  accept(kind: TokenKind): ExprToken | undefined {
    if (!this.at(kind)) return undefined;
    return this.lexed.tokens[this.pos++];
  }

  /** Consumes the next token, which must exist. */
  next(): ExprToken {
    return this.lexed.tokens[this.pos++]!;
  }

  /** Consumes a token of `kind`, or reports "expected `expected`" and returns undefined. */
  expect(kind: TokenKind, expected: string): ExprToken | undefined {
    const t = this.accept(kind);
    if (!t) this.fail(expected);
    return t;
  }

  /** Reports that `expected` was expected at the current position (once per expression). */
  fail(expected: string): undefined {
    if (this.failed) return undefined;
    this.failed = true;
    const t = this.peek();
    if (t) {
      this.diagnostics.push(exprDiag('expr-unexpected-token', { expected, found: t.image, what: this.what }, { span: t.span }));
    } else if (this.lexed.tokens.length === 0) {
      this.diagnostics.push(exprDiag('expr-empty', { what: this.what }, { span: this.lexed.whole }));
    } else {
      this.diagnostics.push(exprDiag('expr-unexpected-end', { expected, what: this.what }, { span: this.lastSpan() }));
    }
    return undefined;
  }

  /** Reports a diagnostic other than a syntax error (once per expression). */
  report(d: Diagnostic): undefined {
    if (!this.failed) this.diagnostics.push(d);
    this.failed = true;
    return undefined;
  }

  /** Runs `parse` one nesting level deeper; reports and returns undefined beyond the limit. */
  nested<T>(parse: () => T | undefined): T | undefined {
    if (this.depth >= MAX_EXPR_DEPTH) return this.tooDeep();
    this.depth++;
    const result = parse();
    this.depth--;
    return result;
  }

  /**
   * Records a tree node built over `children`. Parenthesized nesting is bounded
   * by `nested`, but operator chains grow trees too (`a + b + c …` is
   * left-deep), and later stages walk trees recursively: so the node depth is
   * bounded as well.
   */
  node<T extends object>(node: T, children: readonly object[]): T | undefined {
    const depths = (this.depths ??= new WeakMap());
    let depth = 1;
    for (const c of children) depth = Math.max(depth, (depths.get(c) ?? 1) + 1);
    depths.set(node, depth);
    return depth > MAX_EXPR_DEPTH ? this.tooDeep() : node;
  }

  private tooDeep(): undefined {
    const span = this.peek()?.span ?? this.lastSpan();
    return this.report(exprDiag('expr-too-deep', { what: this.what, limit: MAX_EXPR_DEPTH }, { span }));
  }

  /** Requires that all tokens were consumed. */
  expectEnd(expected = 'nothing more'): boolean {
    if (this.atEnd()) return true;
    this.fail(expected);
    return false;
  }

  lastSpan(): Span {
    const toks = this.lexed.tokens;
    return toks.length > 0 ? toks[toks.length - 1]!.span : this.lexed.whole;
  }
}

/** The span from `a` to `b` (same file); falls back to `a` across files. */
export function spanFrom(a: Span, b: Span): Span {
  return a.file === b.file ? joinSpans(a, b) : a;
}
