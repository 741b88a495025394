// The AST: what the parser hands to the checker. Every node carries its source span.

export interface Span {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  endLine: number;
  endCol: number; // inclusive
}

export type BinOp = '+' | '-' | '*' | '/' | '%' | '**' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

export type Expr =
  | { k: 'num'; value: number; isInt: boolean; span: Span }
  | { k: 'bool'; value: boolean; span: Span }
  | { k: 'name'; name: string; span: Span }
  | { k: 'call'; name: string; nameSpan: Span; domain?: { name: string; span: Span; qualifier?: { name: string; span: Span } }; args: Expr[]; span: Span }
  | { k: 'bin'; op: BinOp; l: Expr; r: Expr; span: Span }
  | { k: 'un'; op: '-' | 'not'; e: Expr; span: Span }
  | { k: 'if'; c: Expr; t: Expr; e: Expr; span: Span }
  | { k: 'shift'; e: Expr; offset: number; span: Span }
  | { k: 'fold'; op: string; v: string; vSpan: Span; lo: Expr; hi: Expr; body: Expr; span: Span }
  | { k: 'record'; fields: { name: string; span: Span; e: Expr }[]; span: Span }
  | { k: 'field'; e: Expr; name: string; nameSpan: Span; span: Span };

export type Stmt =
  | { k: 'let'; name: string; nameSpan: Span; e: Expr; span: Span }
  | { k: 'key'; name: string; nameSpan: Span; e: Expr; span: Span }
  | { k: 'out'; name: string; nameSpan: Span; e: Expr; span: Span; explicit: boolean };

export interface FnDecl {
  k: 'fn';
  name: string;
  nameSpan: Span;
  params: { name: string; span: Span }[];
  body: Stmt[];
  result: Expr;
  span: Span;
}

export type ParamType = 'float' | 'int' | 'bool';

export interface ParamDecl {
  name: string;
  type?: ParamType;
  typeSpan?: Span;
  def: Expr;
  span: Span;
}

export interface EstimatorDecl {
  k: 'estimator';
  name: string;
  nameSpan: Span;
  params: ParamDecl[];
  body: Stmt[];
  span: Span;
}

/** `estimator dr_grpo = grpo(norm_adv_by_std_in_grpo = false)`: another estimator with new defaults. */
export interface AliasDecl {
  k: 'alias';
  name: string;
  nameSpan: Span;
  base: string;
  baseSpan: Span;
  args: { name: string; span: Span; value: Expr }[];
  span: Span;
}

/** `input name: domain type [= fill]`: a batch field the standard table does not list. */
export interface InputDecl {
  k: 'input';
  name: string;
  nameSpan: Span;
  domain: { name: string; span: Span };
  type: { name: string; span: Span };
  fill?: Expr;
  span: Span;
}

export type Decl = FnDecl | EstimatorDecl | AliasDecl | InputDecl;

export interface Module {
  file: string;
  source: string;
  decls: Decl[];
}
