/**
 * Type expressions: `Base ( '(' int (',' int)* ')' )? ('[' ']')? '?'?`, e.g.
 * `string`, `decimal(12, 2)?`, `Order[]`. A base that is not a scalar keyword
 * is a Name (an enum or entity), resolved later by the checker. Only `decimal`
 * takes arguments (precision, optional scale).
 */
import type { Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { exprDiag } from './diagnostics.js';
import type { ExprSource } from './lex.js';
import { spanFrom, TokenStream } from './stream.js';

/** The built-in scalar types, in the order of the language reference. */
export const SCALAR_TYPE_NAMES = [
  'string', 'text', 'int', 'bigint', 'decimal', 'float', 'boolean', 'uuid',
  'date', 'datetime', 'json', 'bytes', 'email', 'url', 'secret',
] as const;

export type ScalarTypeName = (typeof SCALAR_TYPE_NAMES)[number];

export function isScalarTypeName(name: string): name is ScalarTypeName {
  return (SCALAR_TYPE_NAMES as readonly string[]).includes(name);
}

export interface TypeArgNode {
  readonly value: number;
  readonly span: Span;
}

export interface TypeExprNode {
  /** The base name as written: a scalar keyword or an enum/entity name. */
  readonly name: string;
  readonly nameSpan: Span;
  /** Set when `name` is a built-in scalar. */
  readonly scalar?: ScalarTypeName;
  /** `decimal(p, s)` arguments; empty otherwise. */
  readonly args: readonly TypeArgNode[];
  readonly list: boolean;
  readonly optional: boolean;
  readonly span: Span;
}

function parseArgs(s: TokenStream): TypeArgNode[] | undefined {
  const args: TypeArgNode[] = [];
  if (!s.accept('LParen')) return args;
  do {
    const t = s.expect('NumberLiteral', 'a whole number');
    if (!t) return undefined;
    if (!/^[0-9]+$/.test(t.image)) return s.fail('a whole number');
    args.push({ value: Number(t.image), span: t.span });
  } while (s.accept('Comma'));
  return s.expect('RParen', '`,` or `)`') ? args : undefined;
}

function checkArgs(s: TokenStream, name: string, nameSpan: Span, args: readonly TypeArgNode[]): boolean {
  if (args.length === 0) return true;
  const at = spanFrom(args[0]!.span, args[args.length - 1]!.span);
  if (name !== 'decimal') {
    s.report(exprDiag('expr-type-arguments', { type: name, text: 'takes no arguments; only `decimal(precision, scale)` does' }, { span: at }));
    return false;
  }
  if (args.length > 2) {
    s.report(exprDiag('expr-type-arguments', { type: name, text: 'takes at most two arguments: precision and scale' }, { span: spanFrom(nameSpan, at) }));
    return false;
  }
  return true;
}

function parseTypeTokens(s: TokenStream): TypeExprNode | undefined {
  const first = s.peek();
  const nameTok = s.expect('Identifier', 'a type name');
  if (!nameTok || !first) return undefined;
  const args = parseArgs(s);
  if (!args || !checkArgs(s, nameTok.image, nameTok.span, args)) return undefined;
  let list = false;
  if (s.accept('LBracket')) {
    if (!s.expect('RBracket', '`]`')) return undefined;
    list = true;
  }
  const optional = s.accept('Question') !== undefined;
  if (!s.expectEnd(list || optional ? 'nothing more' : '`[]`, `?` or nothing more')) return undefined;
  const node: TypeExprNode = {
    name: nameTok.image,
    nameSpan: nameTok.span,
    args,
    list,
    optional,
    span: spanFrom(first.span, s.lastSpan()),
  };
  return isScalarTypeName(nameTok.image) ? { ...node, scalar: nameTok.image } : node;
}

/** Parses a type expression; `node` is undefined when it has syntax errors. */
export function parseTypeExpr(source: ExprSource): { node?: TypeExprNode; diagnostics: Diagnostic[] } {
  const s = TokenStream.open(source, 'the type');
  const node = parseTypeTokens(s);
  return s.hasFailed || !node ? { diagnostics: s.diagnostics } : { node, diagnostics: s.diagnostics };
}
