/**
 * The .pab grammar as a Chevrotain CstParser. The grammar is deliberately
 * small and regular: a file is a list of statements; a statement is a name,
 * an optional value, optional `@attributes` and an optional `{ block }` of
 * further statements, ended by a newline. What each statement means in each
 * block is decided by the mapping in `shapes.ts`, so every construct of the
 * language shares one syntax (and one error recovery).
 *
 *   spec      := NL* (statement NL)* EOF
 *   statement := Name value? attribute* block?
 *   block     := '{' NL? (statement NL)* '}'
 *   attribute := '@' Name ('(' args? ')')?
 *   value     := item (',' item)*          item := expr ('asc' | 'desc')?
 *   tuple     := '(' item (',' item)* ')'   (also plain parentheses)
 *   expr      := operand (operator operand)*     operator: or and = != < <= > >= in
 *                                                 `not in` + - * /
 *   operand   := ('-' | 'not')* postfix          postfix: call (args), .name, [], ?
 */
import { CstParser, EOF, type IToken, type IParserErrorMessageProvider, type TokenType } from 'chevrotain';
import * as T from './tokens.js';

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
    return `Expected ${describeToken(expected)} but found ${describeToken(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Unexpected ${describeToken(firstRedundant)}; a statement starts with a name.`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const what = ruleName === 'primary' ? 'a value' : ruleName === 'statement' ? 'a statement' : 'a value';
    return `Expected ${what} but found ${describeToken(actual[0]!)}.`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    return `Expected at least one ${ruleName} but found ${describeToken(actual[0]!)}.`;
  },
};

export class PabParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider });
    this.performSelfAnalysis();
  }

  public spec = this.RULE('spec', () => {
    this.OPTION(() => this.CONSUME(T.Newline));
    this.MANY(() => {
      this.SUBRULE(this.statement);
      this.CONSUME2(T.Newline);
    });
  });

  public statement = this.RULE('statement', () => {
    this.CONSUME(T.Name);
    this.OPTION(() => this.SUBRULE(this.value));
    this.MANY(() => this.SUBRULE(this.attribute));
    this.OPTION2(() => this.SUBRULE(this.block));
  });

  public block = this.RULE('block', () => {
    this.CONSUME(T.LCurly);
    this.OPTION(() => this.CONSUME(T.Newline));
    this.MANY(() => {
      this.SUBRULE(this.statement);
      this.CONSUME2(T.Newline);
    });
    this.CONSUME(T.RCurly);
  });

  public attribute = this.RULE('attribute', () => {
    this.CONSUME(T.At);
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => this.SUBRULE(this.args));
      this.CONSUME(T.RParen);
    });
  });

  public args = this.RULE('args', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.arg) });
  });

  public arg = this.RULE('arg', () => {
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.Colon,
      DEF: () => {
        this.CONSUME(T.Name);
        this.CONSUME(T.Colon);
      },
    });
    this.SUBRULE(this.expr);
  });

  public value = this.RULE('value', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.item) });
  });

  public item = this.RULE('item', () => {
    this.SUBRULE(this.expr);
    this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Asc) }, { ALT: () => this.CONSUME(T.Desc) }]));
  });

  /**
   * Expressions are flat here (operands joined by operators): the .pab front
   * end only needs their tokens, and the checker parses the canonical string
   * with precedence. A flat rule keeps parsing fast on large specs.
   */
  public expr = this.RULE('expr', () => {
    this.SUBRULE(this.operand);
    this.MANY(() => {
      this.SUBRULE(this.operator);
      this.SUBRULE2(this.operand);
    });
  });

  public operand = this.RULE('operand', () => {
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Not) }]));
    this.SUBRULE(this.postfix);
  });

  public operator = this.RULE('operator', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Or) },
      { ALT: () => this.CONSUME(T.And) },
      { ALT: () => this.CONSUME(T.Equals) },
      { ALT: () => this.CONSUME(T.NotEq) },
      { ALT: () => this.CONSUME(T.LessEq) },
      { ALT: () => this.CONSUME(T.GreaterEq) },
      { ALT: () => this.CONSUME(T.Less) },
      { ALT: () => this.CONSUME(T.Greater) },
      { ALT: () => this.CONSUME(T.In) },
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.CONSUME2(T.In);
        },
      },
      { ALT: () => this.CONSUME(T.Plus) },
      { ALT: () => this.CONSUME2(T.Minus) },
      { ALT: () => this.CONSUME(T.Star) },
      { ALT: () => this.CONSUME(T.Slash) },
    ]);
  });

  public postfix = this.RULE('postfix', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            this.OPTION(() => this.SUBRULE(this.args));
            this.CONSUME(T.RParen);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            this.CONSUME(T.Name);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            this.CONSUME(T.RBracket);
          },
        },
        { ALT: () => this.CONSUME(T.Question) },
      ]);
    });
  });

  public primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.Duration) },
      { ALT: () => this.CONSUME(T.Param) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Null) },
      {
        ALT: () => {
          this.CONSUME2(T.LParen);
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.item) });
          this.CONSUME2(T.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE2(this.expr) });
          this.CONSUME(T.RBracket);
        },
      },
    ]);
  });
}

/** One parser instance; Chevrotain parsers are reusable (reset by setting `input`). */
export const pabParser = new PabParser();
