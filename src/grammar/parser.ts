// Chevrotain CST parser for advc. One singleton parser; errors are data with token positions.
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import * as T from './tokens.js';

const FOLD_OPS = new Set(['sum', 'min', 'max', 'prod']);

/**
 * The parser recurses once per level of nesting (parentheses, calls, ifs, unary operators, `**`): deeper than
 * this is refused at the token where it happens, long before JavaScript's stack would overflow.
 */
export const MAX_NESTING = 100;

/** Thrown by the parser past MAX_NESTING (not a recognition error: chevrotain lets it through). */
export class NestingTooDeep extends Error {
  constructor(readonly token: IToken) {
    super('nesting too deep');
  }
}

class AdvParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, nodeLocationTracking: 'full', maxLookahead: 4 });
    this.performSelfAnalysis();
  }

  module = this.RULE('module', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.fnDecl) },
        { ALT: () => this.SUBRULE(this.estimatorDecl) },
        { ALT: () => this.SUBRULE(this.inputDecl) },
      ]),
    );
  });

  // `input process_reward: token float`: a batch field beyond verl's, with its domain and type (and the value
  // it takes when the batch lacks it: `= 0.0`).
  inputDecl = this.RULE('inputDecl', () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Identifier, { LABEL: 'domain' });
    this.CONSUME3(T.Identifier, { LABEL: 'type' });
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      this.SUBRULE(this.expression, { LABEL: 'fill' });
    });
  });

  fnDecl = this.RULE('fnDecl', () => {
    this.CONSUME(T.Fn);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'param' }) });
    this.CONSUME(T.RParen);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Assign);
          this.SUBRULE(this.expression, { LABEL: 'result' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY(() => this.OR2([{ ALT: () => this.SUBRULE(this.letStmt) }, { ALT: () => this.SUBRULE(this.keyStmt) }]));
          this.SUBRULE2(this.expression, { LABEL: 'result' });
          this.CONSUME(T.RBrace);
        },
      },
    ]);
  });

  estimatorDecl = this.RULE('estimatorDecl', () => {
    this.CONSUME(T.Estimator);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Assign);
          this.CONSUME2(T.Identifier, { LABEL: 'base' });
          this.CONSUME(T.LParen);
          this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.namedArg) });
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME2(T.LParen);
            this.MANY_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE(this.paramDecl) });
            this.CONSUME2(T.RParen);
          });
          this.CONSUME(T.LBrace);
          this.MANY(() => this.SUBRULE(this.statement));
          this.CONSUME(T.RBrace);
        },
      },
    ]);
  });

  namedArg = this.RULE('namedArg', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  paramDecl = this.RULE('paramDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.CONSUME2(T.Identifier, { LABEL: 'type' });
    });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'def' });
  });

  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.letStmt) },
      { ALT: () => this.SUBRULE(this.keyStmt) },
      { ALT: () => this.SUBRULE(this.outputStmt) },
      { ALT: () => this.SUBRULE(this.assignStmt) },
    ]);
  });

  letStmt = this.RULE('letStmt', () => {
    this.CONSUME(T.Let);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  keyStmt = this.RULE('keyStmt', () => {
    this.CONSUME(T.Key);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  outputStmt = this.RULE('outputStmt', () => {
    this.CONSUME(T.Output);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  assignStmt = this.RULE('assignStmt', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  expression = this.RULE('expression', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ifExpr) },
      {
        GATE: () =>
          FOLD_OPS.has(this.LA(1).image) &&
          this.LA(2).tokenType === T.Identifier &&
          this.LA(3).tokenType === T.In,
        ALT: () => this.SUBRULE(this.foldExpr),
      },
      { ALT: () => this.SUBRULE(this.orExpr) },
    ]);
  });

  ifExpr = this.RULE('ifExpr', () => this.nested(() => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression, { LABEL: 'cond' });
    this.CONSUME(T.Then);
    this.SUBRULE2(this.expression, { LABEL: 'then' });
    this.CONSUME(T.Else);
    this.SUBRULE3(this.expression, { LABEL: 'else' });
  }));

  // `sum k in lo..hi: body` — a bounded fold over an integer range computed from data.
  foldExpr = this.RULE('foldExpr', () => {
    this.CONSUME(T.Identifier, { LABEL: 'op' });
    this.CONSUME2(T.Identifier, { LABEL: 'var' });
    this.CONSUME(T.In);
    this.SUBRULE(this.orExpr, { LABEL: 'lo' });
    this.CONSUME(T.DotDot);
    this.SUBRULE2(this.orExpr, { LABEL: 'hi' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression, { LABEL: 'body' });
  });

  orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(T.Or, { LABEL: 'operator' });
      this.SUBRULE2(this.andExpr, { LABEL: 'operand' });
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(T.And, { LABEL: 'operator' });
      this.SUBRULE2(this.notExpr, { LABEL: 'operand' });
    });
  });

  private depth = 0;

  /** Runs a rule body one nesting level deeper (`not`, unary minus and every parenthesised level pass here). */
  private nested(body: () => void): void {
    if (!this.RECORDING_PHASE && ++this.depth > MAX_NESTING) throw new NestingTooDeep(this.LA(1));
    try {
      body();
    } finally {
      if (!this.RECORDING_PHASE) this.depth--;
    }
  }

  resetDepth(): void {
    this.depth = 0;
  }

  notExpr = this.RULE('notExpr', () => this.nested(() => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Not, { LABEL: 'not' });
          this.SUBRULE(this.notExpr, { LABEL: 'operand' });
        },
      },
      { ALT: () => this.SUBRULE(this.cmpExpr, { LABEL: 'operand' }) },
    ]);
  }));

  cmpExpr = this.RULE('cmpExpr', () => {
    this.SUBRULE(this.addExpr, { LABEL: 'operand' });
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.LessEq, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.GreaterEq, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.EqEq, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.NotEq, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Less, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Greater, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.addExpr, { LABEL: 'operand' });
    });
  });

  addExpr = this.RULE('addExpr', () => {
    this.SUBRULE(this.mulExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.mulExpr, { LABEL: 'operand' });
    });
  });

  mulExpr = this.RULE('mulExpr', () => {
    this.SUBRULE(this.unaryExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Star, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Slash, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Percent, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.unaryExpr, { LABEL: 'operand' });
    });
  });

  unaryExpr = this.RULE('unaryExpr', () => this.nested(() => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus, { LABEL: 'neg' });
          this.SUBRULE(this.unaryExpr, { LABEL: 'operand' });
        },
      },
      { ALT: () => this.SUBRULE(this.powExpr, { LABEL: 'operand' }) },
    ]);
  }));

  powExpr = this.RULE('powExpr', () => {
    this.SUBRULE(this.postfixExpr, { LABEL: 'base' });
    this.OPTION(() => {
      this.CONSUME(T.StarStar);
      this.SUBRULE(this.unaryExpr, { LABEL: 'exponent' });
    });
  });

  // `x[t+1]`, `x[t-2]`: the value of a token expression at a neighbouring position.
  // `r.p` picks a field of a record.
  postfixExpr = this.RULE('postfixExpr', () => {
    this.SUBRULE(this.primary, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Identifier, { LABEL: 'field' });
    });
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME(T.Identifier, { LABEL: 'pos' });
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'sign' }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'sign' }) },
      ]);
      this.CONSUME(T.Number, { LABEL: 'offset' });
      this.CONSUME(T.RBracket);
    });
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Number) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
        },
      },
      // `{ value: v, p: p }`: a record, what a function returns to hand back several values
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY_SEP({
            SEP: T.Comma,
            DEF: () => {
              this.CONSUME2(T.Identifier, { LABEL: 'fieldName' });
              this.CONSUME(T.Colon);
              this.SUBRULE2(this.expression, { LABEL: 'fieldValue' });
            },
          });
          this.CONSUME(T.RBrace);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Identifier, { LABEL: 'name' });
          // `name[dom](...)` is a reduction; `name[t+1]` is a shift, handled by postfixExpr.
          this.OPTION({
            GATE: () =>
              this.LA(1).tokenType === T.LParen ||
              (this.LA(1).tokenType === T.LBracket && (this.LA(3).tokenType === T.RBracket || this.LA(3).tokenType === T.Comma)),
            DEF: () => this.SUBRULE(this.callSuffix),
          });
        },
      },
    ]);
  });

  // `(args)` or `[domain](args)` after a name: a call, or a reduction to a named domain; `[rollout, all]`
  // reduces over every position, masked or not.
  callSuffix = this.RULE('callSuffix', () => {
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME(T.Identifier, { LABEL: 'domain' });
      this.OPTION2(() => {
        this.CONSUME(T.Comma);
        this.CONSUME2(T.Identifier, { LABEL: 'qualifier' });
      });
      this.CONSUME(T.RBracket);
    });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression, { LABEL: 'arg' }) });
    this.CONSUME(T.RParen);
  });
}

export const parser = new AdvParser();

export interface SyntaxError {
  message: string;
  line: number;
  col: number;
  length: number;
}

/** Lexes and parses a module; returns the CST (possibly partial after recovery) and every syntax error. */
export function parseCst(source: string): { cst: CstNode | undefined; errors: SyntaxError[] } {
  const lexed = T.advLexer.tokenize(source);
  const errors: SyntaxError[] = lexed.errors.map((e) => ({
    message: `unexpected character '${source.slice(e.offset, e.offset + e.length)}'`,
    line: e.line ?? 1,
    col: e.column ?? 1,
    length: e.length,
  }));
  parser.input = lexed.tokens;
  parser.resetDepth();
  let cst: CstNode | undefined;
  try {
    cst = parser.module();
  } catch (e) {
    if (!(e instanceof NestingTooDeep)) throw e;
    const tok = e.token;
    errors.push({
      message: `nesting too deep: more than ${MAX_NESTING / 2} levels of parentheses, calls, ifs or operators`,
      line: tok.startLine ?? 1,
      col: tok.startColumn ?? 1,
      length: tok.image?.length || 1,
    });
    return { cst: undefined, errors };
  }
  for (const e of parser.errors) {
    const tok: IToken = e.token;
    const eof = tok.tokenType.name === 'EOF' || Number.isNaN(tok.startLine);
    const last = lexed.tokens[lexed.tokens.length - 1];
    errors.push({
      message: describeParseError(e.message, tok, eof),
      line: eof ? (last?.endLine ?? 1) : tok.startLine!,
      col: eof ? (last?.endColumn ?? 0) + 1 : tok.startColumn!,
      length: eof ? 1 : tok.image.length,
    });
  }
  return { cst, errors };
}

function describeParseError(message: string, tok: IToken, eof: boolean): string {
  const found = eof ? 'end of file' : `'${tok.image}'`;
  const expecting = message.match(/Expecting (?:token of type )?--> (\w+) <--/);
  if (expecting) return `expected ${tokenLabel(expecting[1]!)}, found ${found}`;
  if (message.startsWith('Expecting: one of these possible Token sequences'))
    return `unexpected ${found}: expected ${summarizeAlternatives(message)}`;
  if (message.startsWith('Redundant input')) return `unexpected ${found}: expected a statement or the end of a block`;
  return `${message.split('\n')[0]} (found ${found})`;
}

function summarizeAlternatives(message: string): string {
  const firsts = new Set<string>();
  for (const m of message.matchAll(/\[([A-Za-z]+)/g)) firsts.add(tokenLabel(m[1]!));
  const list = [...firsts];
  if (list.length > 5) return 'an expression';
  return list.join(' or ');
}

const LABELS: Record<string, string> = {
  Identifier: 'a name',
  Number: 'a number',
  Assign: "'='",
  LParen: "'('",
  RParen: "')'",
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Colon: "':'",
  Dot: "'.'",
  DotDot: "'..'",
  Then: "'then'",
  Else: "'else'",
  In: "'in'",
  Plus: "'+'",
  Minus: "'-'",
};

function tokenLabel(name: string): string {
  return LABELS[name] ?? `'${name.toLowerCase()}'`;
}
