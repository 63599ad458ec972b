/**
 * The .pab grammar as a Chevrotain parser that builds the statement tree
 * (`tree.ts`) directly. The grammar is deliberately small and regular: a file
 * is a list of statements; a statement is a name, an optional value, optional
 * `@attributes` and an optional `{ block }` of further statements, ended by a
 * newline. What each statement means in each block is decided by the mapping
 * in `shapes.ts`, so every construct shares one syntax and one error recovery.
 *
 *   spec      := NL? (statement NL)* EOF
 *   statement := Name value? attribute* block?
 *   block     := '{' NL? (statement NL)* '}'
 *   attribute := '@' Name ('(' args? ')')?
 *   value     := item (',' item)*          item := expr ('asc' | 'desc')?
 *   expr      := operand (operator operand)*     operator: or and = != < <= > >= in
 *                                                 `not in` + - * /
 *   operand   := ('-' | 'not')* postfix          postfix: call (args), .name, [], ?
 *   tuple     := '(' item (',' item)* ')'         (also plain parentheses)
 *
 * Expressions are flat here: the front end only needs their tokens (the
 * checker parses the canonical string with precedence). Building the tree in
 * the parser's actions, instead of a CST first, keeps large specs fast.
 *
 * Well-formed files are read by `fast-parser.ts`, which follows this grammar
 * by hand and builds the same tree; this parser reads the files it gives up
 * on, and its errors and error recovery are what the user sees. The grammar
 * docs (`grammar-docs.ts`) are rendered from this parser.
 */
import type { IOrAlt, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EmbeddedActionsParser, EOF } from './chevrotain.js';
import { lowerBound } from '../../core/search.js';
import * as T from './tokens.js';
import { buildStatement, type Arg, type Attribute, type Item, type Statement } from './tree.js';

const describeToken = (t: IToken | TokenType): string => {
  if ('image' in t) {
    if (t.tokenType === EOF) return 'the end of the file';
    if (t.tokenType === T.Newline) return 'the end of the line';
    return `\`${t.image}\``;
  }
  if (t === T.Newline) return 'a new line';
  if (t === T.Name || t === T.Identifier) return 'a name';
  if (t === T.StringLiteral) return 'a string';
  if (t === T.NumberLiteral) return 'a number';
  if (t === EOF) return 'the end of the file';
  return t.LABEL ?? t.name;
};

/** Turns Chevrotain's messages into sentences a newcomer can act on. */
const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === EOF) return `Unexpected ${describeToken(actual)}; a statement starts with a name.`;
    return `Expected ${describeToken(expected)} but found ${describeToken(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Unexpected ${describeToken(firstRedundant)}; a statement starts with a name.`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const what = ruleName === 'statement' ? 'a statement' : ruleName === 'operator' ? 'an operator' : 'a value';
    return `Expected ${what} but found ${describeToken(actual[0]!)}.`;
  },
  buildEarlyExitMessage({ actual }) {
    return `Expected a value but found ${describeToken(actual[0]!)}.`;
  },
};

/** What `expr` and its sub-rules return: the tokens, and enough shape to classify the item. */
interface Operand {
  tokens: IToken[];
  /** Prefix operators (`-`, `not`) before the primary. */
  prefixes: IToken[];
  /** True when a call, `.name`, `[]` or `?` follows the primary. */
  suffixed: boolean;
  primary: Item;
}

interface Block {
  statements: Statement[];
  lcurly: IToken;
  rcurly: IToken;
}

/** The entries a recovering parse actually produced. */
function present<T>(list: readonly (T | undefined)[] | undefined): T[] {
  return (list ?? []).filter((x): x is T => x !== undefined && x !== null);
}

function classify(operands: Operand[], operators: IToken[][]): Item {
  if (operands.length === 0) return { kind: 'complex', tokens: [] };
  const tokens = operands.length === 1 && operators.length === 0 ? operands[0]!.tokens : mergeTokens(operands, operators);
  if (operands.length !== 1) return { kind: 'complex', tokens };
  const op = operands[0]!;
  if (op.suffixed) return { kind: 'complex', tokens };
  if (op.prefixes.length === 0) return { ...op.primary, tokens };
  if (op.prefixes.length === 1 && op.prefixes[0]!.tokenType === T.Minus && op.primary.kind === 'number') {
    return { kind: 'number', tokens, simple: -(op.primary.simple as number) };
  }
  return { kind: 'complex', tokens };
}

function mergeTokens(operands: Operand[], operators: IToken[][]): IToken[] {
  const out: IToken[] = [];
  operands.forEach((o, i) => {
    if (i > 0) out.push(...present(operators[i - 1] ?? []));
    out.push(...o.tokens);
  });
  return out;
}

export class PabParser extends EmbeddedActionsParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider });
    this.performSelfAnalysis();
  }

  public spec = this.RULE('spec', (): Statement[] => {
    const statements: Statement[] = [];
    this.OPTION(() => this.CONSUME(T.Newline));
    this.MANY(() => {
      statements.push(this.SUBRULE(this.statement));
      this.CONSUME2(T.Newline);
    });
    return statements;
  });

  public statement = this.RULE('statement', (): Statement => {
    const key = this.CONSUME(T.Name);
    let items: Item[] = [];
    const attributes: Attribute[] = [];
    let block: Block | undefined;
    this.OPTION(() => {
      items = this.SUBRULE(this.value);
    });
    this.MANY(() => {
      attributes.push(this.SUBRULE(this.attribute));
    });
    this.OPTION2(() => {
      block = this.SUBRULE(this.block);
    });
    // After error recovery a sub-rule may have produced nothing; such a tree is discarded anyway.
    return this.ACTION(() => buildStatement(key, present(items), present(attributes), block?.lcurly ? block : undefined));
  });

  public block = this.RULE('block', (): Block => {
    const statements: Statement[] = [];
    const lcurly = this.CONSUME(T.LCurly);
    this.OPTION(() => this.CONSUME(T.Newline));
    this.MANY(() => {
      statements.push(this.SUBRULE(this.statement));
      this.CONSUME2(T.Newline);
    });
    const rcurly = this.CONSUME(T.RCurly);
    return { statements, lcurly, rcurly };
  });

  public attribute = this.RULE('attribute', (): Attribute => {
    const at = this.CONSUME(T.At);
    const name = this.CONSUME(T.Name);
    let args: Arg[] | undefined;
    let rparen: IToken | undefined;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      args = [];
      this.OPTION2(() => {
        args = this.SUBRULE(this.args);
      });
      rparen = this.CONSUME(T.RParen);
    });
    return this.ACTION(() => {
      const last = rparen ?? name;
      const end = Number.isNaN(last.startOffset) ? T.tokenEnd(name) : T.tokenEnd(last);
      return args === undefined ? { at, name, end, last: name } : { at, name, args, end, last: rparen ?? name };
    });
  });

  public args = this.RULE('args', (): Arg[] => {
    const out: Arg[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => out.push(this.SUBRULE(this.arg)) });
    return out;
  });

  public arg = this.RULE('arg', (): Arg => {
    let name: IToken | undefined;
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.Colon,
      DEF: () => {
        name = this.CONSUME(T.Name);
        this.CONSUME(T.Colon);
      },
    });
    const value = this.SUBRULE(this.expr);
    return name ? { name, value } : { value };
  });

  public value = this.RULE('value', (): Item[] => {
    const items: Item[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => items.push(this.SUBRULE(this.item)) });
    return items;
  });

  public item = this.RULE('item', (): Item => {
    const expr = this.SUBRULE(this.expr);
    let order: IToken | undefined;
    this.OPTION(() => {
      order = this.OR([{ ALT: () => this.CONSUME(T.Asc) }, { ALT: () => this.CONSUME(T.Desc) }]);
    });
    return this.ACTION(() => {
      const base = expr ?? { kind: 'complex' as const, tokens: [] };
      return order ? { kind: 'complex', tokens: [...base.tokens, order] } : base;
    });
  });

  public expr = this.RULE('expr', (): Item => {
    const operands: Operand[] = [this.SUBRULE(this.operand)];
    const operators: IToken[][] = [];
    this.MANY(() => {
      operators.push(this.SUBRULE(this.operator));
      operands.push(this.SUBRULE2(this.operand));
    });
    return this.ACTION(() => classify(present(operands), present(operators)));
  });

  public operand = this.RULE('operand', (): Operand => {
    const prefixes: IToken[] = [];
    this.MANY(() => prefixes.push(this.OR([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Not) }])));
    const primary = this.SUBRULE(this.primary);
    const suffix: IToken[] = [];
    this.MANY2(() => {
      this.OR2([
        {
          ALT: () => {
            suffix.push(this.CONSUME(T.LParen));
            this.OPTION(() => {
              const args = this.SUBRULE(this.args);
              this.ACTION(() => {
                for (const a of present(args ?? [])) {
                  if (a.name) suffix.push(a.name);
                  suffix.push(...a.value.tokens);
                }
              });
            });
            suffix.push(this.CONSUME(T.RParen));
          },
        },
        {
          ALT: () => {
            suffix.push(this.CONSUME(T.Dot));
            suffix.push(this.CONSUME2(T.Name));
          },
        },
        {
          ALT: () => {
            suffix.push(this.CONSUME(T.LBracket));
            suffix.push(this.CONSUME(T.RBracket));
          },
        },
        { ALT: () => suffix.push(this.CONSUME(T.Question)) },
      ]);
    });
    return this.ACTION(() => {
      // Argument names and commas/colons are tokens too: collect them in source order.
      const prim: Item = primary ?? { kind: 'complex', tokens: [] };
      const tokens = present([...prefixes, ...prim.tokens, ...suffix]).filter((t) => !Number.isNaN(t.startOffset));
      tokens.sort((a, b) => a.startOffset - b.startOffset);
      return { tokens: withPunctuation(tokens, this.input), prefixes: present(prefixes), suffixed: suffix.length > 0, primary: prim };
    });
  });

  // Alternatives arrays are built once and reused (Chevrotain's advice for wide ORs).
  private operatorAlts?: IOrAlt<IToken[]>[];
  private primaryAlts?: IOrAlt<Item>[];

  public operator = this.RULE('operator', (): IToken[] => {
    return this.OR((this.operatorAlts ??= [
      { ALT: () => [this.CONSUME(T.Or)] },
      { ALT: () => [this.CONSUME(T.And)] },
      { ALT: () => [this.CONSUME(T.Equals)] },
      { ALT: () => [this.CONSUME(T.NotEq)] },
      { ALT: () => [this.CONSUME(T.LessEq)] },
      { ALT: () => [this.CONSUME(T.GreaterEq)] },
      { ALT: () => [this.CONSUME(T.Less)] },
      { ALT: () => [this.CONSUME(T.Greater)] },
      { ALT: () => [this.CONSUME(T.In)] },
      { ALT: () => [this.CONSUME(T.Not), this.CONSUME2(T.In)] },
      { ALT: () => [this.CONSUME(T.Plus)] },
      { ALT: () => [this.CONSUME2(T.Minus)] },
      { ALT: () => [this.CONSUME(T.Star)] },
      { ALT: () => [this.CONSUME(T.Slash)] },
    ]));
  });

  public primary = this.RULE('primary', (): Item => {
    return this.OR((this.primaryAlts ??= [
      { ALT: () => this.simple('identifier', this.CONSUME(T.Identifier), (t) => t.image) },
      { ALT: () => this.simple('string', this.CONSUME(T.StringLiteral), (t) => T.decodeStringLiteral(t.image)) },
      { ALT: () => this.simple('number', this.CONSUME(T.NumberLiteral), (t) => Number(t.image)) },
      { ALT: () => this.simple('duration', this.CONSUME(T.Duration), (t) => t.image) },
      { ALT: () => ({ kind: 'complex', tokens: [this.CONSUME(T.Param)] }) as Item },
      { ALT: () => this.simple('boolean', this.CONSUME(T.True), () => true) },
      { ALT: () => this.simple('boolean', this.CONSUME(T.False), () => false) },
      { ALT: () => this.simple('null', this.CONSUME(T.Null), () => null) },
      {
        ALT: () => {
          const open = this.CONSUME2(T.LParen);
          const elements: Item[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => elements.push(this.SUBRULE(this.item)) });
          const close = this.CONSUME2(T.RParen);
          return this.ACTION(() => ({ kind: 'tuple', tokens: spanTokens(open, close, this.input), elements: present(elements) }) as Item);
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE2(this.expr) });
          const close = this.CONSUME(T.RBracket);
          return this.ACTION(() => ({ kind: 'complex', tokens: spanTokens(open, close, this.input) }) as Item);
        },
      },
    ]));
  });

  private simple(kind: Item['kind'], token: IToken, value: (t: IToken) => Item['simple']): Item {
    return this.ACTION(() => ({ kind, tokens: [token], simple: value(token) }));
  }
}

/** All input tokens from `open` to `close` inclusive (by offset), e.g. a whole `( … )`. */
function spanTokens(open: IToken, close: IToken, input: readonly IToken[]): IToken[] {
  const end = Number.isNaN(close.startOffset) ? Infinity : close.startOffset;
  // The input is in offset order: binary-search the start, then walk to the end.
  // Chevrotain pads the input with EOF tokens whose offset is NaN; `!(x < y)` counts them as past the start.
  const lo = lowerBound(input.length, (i) => !(input[i]!.startOffset < open.startOffset));
  const out: IToken[] = [];
  for (let i = lo; i < input.length && input[i]!.startOffset <= end; i++) {
    if (input[i]!.tokenType !== T.Newline) out.push(input[i]!);
  }
  return out;
}

/**
 * The tokens of an operand from its first to its last token, taken from the
 * input so that separators inside calls (`,` `:`) are included.
 */
function withPunctuation(tokens: IToken[], input: readonly IToken[]): IToken[] {
  if (tokens.length < 2) return tokens;
  return spanTokens(tokens[0]!, tokens[tokens.length - 1]!, input);
}

let instance: PabParser | undefined;

/**
 * The one parser instance, built on first use (its grammar analysis takes a
 * while, and well-formed files never need it: see `fast-parser.ts`).
 * Chevrotain parsers are reusable (reset by setting `input`).
 */
export function getPabParser(): PabParser {
  return (instance ??= new PabParser());
}
