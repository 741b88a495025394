// CST -> AST: turns chevrotain's concrete tree into our own nodes with spans.
import type { CstNode, IToken, CstElement } from 'chevrotain';
import type { BinOp, Decl, Expr, Module, ParamDecl, ParamType, Span, Stmt } from './ast.js';
import { parseCst, type SyntaxError } from './parser.js';

type Children = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

export function parseModule(source: string, file: string): { module: Module; errors: SyntaxError[] } {
  const { cst, errors } = parseCst(source);
  const b = new AstBuilder(file);
  const decls: Decl[] = [];
  if (cst) {
    const all = [...(cst.children.fnDecl ?? []), ...(cst.children.estimatorDecl ?? []), ...(cst.children.inputDecl ?? [])];
    for (const el of all as CstNode[]) {
      let d: Decl;
      try {
        d = el.name === 'fnDecl' ? b.fnDecl(el) : el.name === 'inputDecl' ? b.inputDecl(el) : b.estimatorDecl(el);
      } catch {
        // A declaration the parser only partly recovered: its syntax error is already reported.
        continue;
      }
      const deep = tooDeep(d);
      if (deep) {
        const message = `expression nested too deep: more than ${MAX_EXPR_DEPTH} levels (a long chain of operators); split it with lets`;
        b.errors.push({ message, line: deep.line, col: deep.col, length: 1 });
      } else decls.push(d);
    }
    decls.sort((x, y) => x.span.line - y.span.line || x.span.col - y.span.col);
  }
  return { module: { file, source, decls }, errors: [...errors, ...b.errors] };
}

/** The passes after parsing recurse once per level of an expression tree; 5,000 terms of a sum are 5,000 levels. */
export const MAX_EXPR_DEPTH = 400;

function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'bin':
      return [e.l, e.r];
    case 'un':
    case 'shift':
    case 'field':
      return [e.e];
    case 'record':
      return e.fields.map((f) => f.e);
    case 'if':
      return [e.c, e.t, e.e];
    case 'fold':
      return [e.lo, e.hi, e.body];
    case 'call':
      return e.args;
    default:
      return [];
  }
}

/** The span where an expression of the declaration first gets deeper than MAX_EXPR_DEPTH (no recursion). */
function tooDeep(d: Decl): Span | undefined {
  if (d.k === 'input') return undefined;
  const roots: Expr[] = d.k === 'alias' ? d.args.map((a) => a.value) : [...d.body.map((s) => s.e), ...(d.k === 'fn' ? [d.result] : d.params.map((p) => p.def))];
  const stack: [Expr, number][] = roots.map((e) => [e, 1]);
  while (stack.length) {
    const [e, depth] = stack.pop()!;
    if (depth > MAX_EXPR_DEPTH) return e.span;
    for (const c of children(e)) stack.push([c, depth + 1]);
  }
  return undefined;
}

class AstBuilder {
  readonly errors: SyntaxError[] = [];
  constructor(private file: string) {}

  span(n: CstNode | IToken): Span {
    if (isToken(n))
      return {
        file: this.file,
        line: n.startLine!,
        col: n.startColumn!,
        endLine: n.endLine!,
        endCol: n.endColumn!,
      };
    const l = n.location!;
    return { file: this.file, line: l.startLine!, col: l.startColumn!, endLine: l.endLine!, endCol: l.endColumn! };
  }

  tok(c: Children, name: string, i = 0): IToken {
    const t = c[name]?.[i];
    if (!t || !isToken(t)) throw new Error(`missing ${name}`);
    return t;
  }

  node(c: Children, name: string, i = 0): CstNode {
    const t = c[name]?.[i];
    if (!t || isToken(t)) throw new Error(`missing ${name}`);
    return t;
  }

  nodes(c: Children, name: string): CstNode[] {
    return (c[name] ?? []) as CstNode[];
  }

  fnDecl(n: CstNode): Decl {
    const c = n.children;
    const name = this.tok(c, 'name');
    return {
      k: 'fn',
      name: name.image,
      nameSpan: this.span(name),
      params: ((c.param ?? []) as IToken[]).map((p) => ({ name: p.image, span: this.span(p) })),
      body: [...this.nodes(c, 'letStmt').map((s) => this.simpleStmt(s, 'let')), ...this.nodes(c, 'keyStmt').map((s) => this.simpleStmt(s, 'key'))].sort(
        (x, y) => x.span.line - y.span.line || x.span.col - y.span.col,
      ),
      result: this.expr(this.node(c, 'result')),
      span: this.span(n),
    };
  }

  estimatorDecl(n: CstNode): Decl {
    const c = n.children;
    const name = this.tok(c, 'name');
    if (c.base) {
      const base = this.tok(c, 'base');
      return {
        k: 'alias',
        name: name.image,
        nameSpan: this.span(name),
        base: base.image,
        baseSpan: this.span(base),
        args: this.nodes(c, 'namedArg').map((a) => {
          const an = this.tok(a.children, 'name');
          return { name: an.image, span: this.span(an), value: this.expr(this.node(a.children, 'value')) };
        }),
        span: this.span(n),
      };
    }
    return {
      k: 'estimator',
      name: name.image,
      nameSpan: this.span(name),
      params: this.nodes(c, 'paramDecl').map((p) => this.paramDecl(p)),
      body: this.nodes(c, 'statement').map((s) => this.statement(s)),
      span: this.span(n),
    };
  }

  inputDecl(n: CstNode): Decl {
    const c = n.children;
    const [name, domain, type] = ['name', 'domain', 'type'].map((k) => this.tok(c, k)) as [IToken, IToken, IToken];
    return {
      k: 'input',
      name: name.image,
      nameSpan: this.span(name),
      domain: { name: domain.image, span: this.span(domain) },
      type: { name: type.image, span: this.span(type) },
      fill: c.fill ? this.expr(this.node(c, 'fill')) : undefined,
      span: this.span(n),
    };
  }

  paramDecl(n: CstNode): ParamDecl {
    const c = n.children;
    const type = c.type ? this.tok(c, 'type') : undefined;
    return {
      name: this.tok(c, 'name').image,
      type: type?.image as ParamType | undefined,
      typeSpan: type ? this.span(type) : undefined,
      def: this.expr(this.node(c, 'def')),
      span: this.span(n),
    };
  }

  statement(n: CstNode): Stmt {
    const [kind, inner] = Object.entries(n.children)[0]! as [string, CstNode[]];
    const s = inner[0]!;
    if (kind === 'letStmt') return this.simpleStmt(s, 'let');
    if (kind === 'keyStmt') return this.simpleStmt(s, 'key');
    return this.simpleStmt(s, 'out', kind === 'outputStmt');
  }

  simpleStmt(n: CstNode, k: 'let' | 'key' | 'out', explicit = false): Stmt {
    const c = n.children;
    const name = this.tok(c, 'name');
    const base = { name: name.image, nameSpan: this.span(name), e: this.expr(this.node(c, 'value')), span: this.span(n) };
    return k === 'out' ? { k, ...base, explicit } : { k, ...base };
  }

  expr(n: CstNode): Expr {
    const c = n.children;
    switch (n.name) {
      case 'expression':
        return this.expr(this.node(c, Object.keys(c)[0]!));
      case 'ifExpr':
        return {
          k: 'if',
          c: this.expr(this.node(c, 'cond')),
          t: this.expr(this.node(c, 'then')),
          e: this.expr(this.node(c, 'else')),
          span: this.span(n),
        };
      case 'foldExpr': {
        const v = this.tok(c, 'var');
        return {
          k: 'fold',
          op: this.tok(c, 'op').image,
          v: v.image,
          vSpan: this.span(v),
          lo: this.expr(this.node(c, 'lo')),
          hi: this.expr(this.node(c, 'hi')),
          body: this.expr(this.node(c, 'body')),
          span: this.span(n),
        };
      }
      case 'orExpr':
      case 'andExpr':
      case 'cmpExpr':
      case 'addExpr':
      case 'mulExpr':
        return this.binaryChain(n);
      case 'notExpr':
        if (c.not) return { k: 'un', op: 'not', e: this.expr(this.node(c, 'operand')), span: this.span(n) };
        return this.expr(this.node(c, 'operand'));
      case 'unaryExpr':
        if (c.neg) return { k: 'un', op: '-', e: this.expr(this.node(c, 'operand')), span: this.span(n) };
        return this.expr(this.node(c, 'operand'));
      case 'powExpr': {
        const base = this.expr(this.node(c, 'base'));
        if (!c.exponent) return base;
        return { k: 'bin', op: '**', l: base, r: this.expr(this.node(c, 'exponent')), span: this.span(n) };
      }
      case 'postfixExpr': {
        let operand = this.expr(this.node(c, 'operand'));
        for (const f of (c.field ?? []) as IToken[])
          operand = { k: 'field', e: operand, name: f.image, nameSpan: this.span(f), span: joinSpan(operand.span, this.span(f)) };
        if (!c.pos) return operand;
        const pos = this.tok(c, 'pos');
        if (pos.image !== 't') {
          this.errors.push({
            message: `expected the position 't' inside a shift such as x[t+1], found '${pos.image}'`,
            line: pos.startLine!,
            col: pos.startColumn!,
            length: pos.image.length,
          });
          return operand;
        }
        const off = Number(this.tok(c, 'offset').image) * (this.tok(c, 'sign').image === '-' ? -1 : 1);
        return { k: 'shift', e: operand, offset: off, span: this.span(n) };
      }
      case 'primary':
        return this.primary(n);
      default:
        throw new Error(`unexpected CST node ${n.name}`);
    }
  }

  binaryChain(n: CstNode): Expr {
    const operands = this.nodes(n.children, 'operand');
    const ops = (n.children.operator ?? []) as IToken[];
    let acc = this.expr(operands[0]!);
    for (let i = 0; i < ops.length; i++) {
      const r = this.expr(operands[i + 1]!);
      acc = { k: 'bin', op: ops[i]!.image as BinOp, l: acc, r, span: joinSpan(acc.span, r.span) };
    }
    return acc;
  }

  primary(n: CstNode): Expr {
    const c = n.children;
    const span = this.span(n);
    if (c.Number) {
      const img = this.tok(c, 'Number').image;
      return { k: 'num', value: Number(img), isInt: /^\d+$/.test(img), span };
    }
    if (c.True) return { k: 'bool', value: true, span };
    if (c.False) return { k: 'bool', value: false, span };
    if (c.expression) return this.expr(this.node(c, 'expression'));
    if (c.LBrace) {
      const names = (c.fieldName ?? []) as IToken[];
      const values = this.nodes(c, 'fieldValue');
      return { k: 'record', fields: names.map((f, i) => ({ name: f.image, span: this.span(f), e: this.expr(values[i]!) })), span };
    }
    const name = this.tok(c, 'name');
    if (!c.callSuffix) return { k: 'name', name: name.image, span };
    const s = this.node(c, 'callSuffix').children;
    const dom = s.domain ? this.tok(s, 'domain') : undefined;
    const q = s.qualifier ? this.tok(s, 'qualifier') : undefined;
    return {
      k: 'call',
      name: name.image,
      nameSpan: this.span(name),
      domain: dom ? { name: dom.image, span: this.span(dom), ...(q ? { qualifier: { name: q.image, span: this.span(q) } } : {}) } : undefined,
      args: this.nodes(s, 'arg').map((a) => this.expr(a)),
      span,
    };
  }
}

export function joinSpan(a: Span, b: Span): Span {
  return { file: a.file, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}
