/**
 * Renders the .pab grammar for readers, from the parser itself: an EBNF text
 * (`grammar/pab.ebnf`) and Chevrotain's railroad diagrams
 * (`grammar/railroad.html`). `npm run grammar` writes both; a test fails when
 * the checked-in copies are stale, so they never drift from the parser.
 */
import type { ISerializedGast } from 'chevrotain';
import { createSyntaxDiagramsCode } from './chevrotain.js';
import { getPabParser } from './parser.js';
import { allTokens } from './tokens.js';

type Gast = ISerializedGast & { definition?: Gast[]; name?: string; label?: string; separator?: Gast };

function terminal(g: Gast): string {
  const tok = allTokens.find((t) => t.name === g.name);
  const pattern = tok?.PATTERN;
  if (typeof tok?.LABEL === 'string') return tok.LABEL.replace(/^'(.*)'$/, "'$1'");
  if (pattern instanceof RegExp && /^[a-z]+$/.test(pattern.source)) return `'${pattern.source}'`;
  return g.name ?? '?';
}

function seq(defs: readonly Gast[]): string {
  return defs.map(render).join(' ');
}

function render(g: Gast): string {
  const defs = g.definition ?? [];
  switch (g.type) {
    case 'Terminal':
      return terminal(g);
    case 'NonTerminal':
      return g.name ?? '?';
    case 'Option':
      return `[ ${seq(defs)} ]`;
    case 'Repetition':
      return `{ ${seq(defs)} }`;
    case 'RepetitionMandatory':
      return `${seq(defs)} { ${seq(defs)} }`;
    case 'RepetitionWithSeparator':
      return `[ ${seq(defs)} { ${render(g.separator!)} ${seq(defs)} } ]`;
    case 'RepetitionMandatoryWithSeparator':
      return `${seq(defs)} { ${render(g.separator!)} ${seq(defs)} }`;
    case 'Alternation':
      return `( ${defs.map((d) => seq(d.definition ?? [])).join(' | ')} )`;
    case 'Alternative':
      return seq(defs);
    default:
      return seq(defs);
  }
}

const LEXICAL = `(* Tokens *)
Name        = Identifier | keyword ;            (* a statement name may be a keyword *)
Identifier  = /[A-Za-z_][A-Za-z0-9_]*/ ;
keyword     = 'and' | 'or' | 'not' | 'in' | 'true' | 'false' | 'null' | 'asc' | 'desc' ;
StringLiteral = '"' { character | escape } '"' ;  (* escapes as in JSON: \\" \\\\ \\n \\t \\uXXXX *)
NumberLiteral = /[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?/ ;
Duration    = /[0-9]+(ms|s|m|h|d|w)/ ;           (* 500ms 30s 15m 2h 7d 1w *)
Param       = /\\$[A-Za-z_][A-Za-z0-9_]*/ ;        (* $customer, in query conditions *)
Newline     = end of line ;                        (* ends a statement; ignored inside ( ) and [ ],
                                                      after '{', ',', an operator, 'and', 'or', 'not' *)
comment     = '//' text | '///' text ;             (* '///' documents the next declaration *)
`;

/** The grammar as EBNF, one production per parser rule. */
export function renderEbnf(): string {
  const rules = getPabParser().getSerializedGastProductions() as Gast[];
  const body = rules.map((r) => `${r.name} =\n    ${seq(r.definition ?? [])} ;`).join('\n\n');
  return `(* The .pab grammar, generated from src/syntax/pab/parser.ts by \`npm run grammar\`. Do not edit. *)\n(* What each statement means in each block is in grammar/LANGUAGE.md. *)\n\n${body}\n\n${LEXICAL}`;
}

/** Chevrotain's railroad diagrams, using the diagram scripts shipped in node_modules. */
export function renderRailroad(): string {
  const base = '../node_modules/chevrotain/diagrams/';
  return createSyntaxDiagramsCode(getPabParser().getSerializedGastProductions(), {
    resourceBase: base,
    css: `${base}diagrams.css`,
  });
}
