// The WGSL the code generator writes for the serial schedule (one invocation per group: no barriers, atomics or
// subgroups), parsed back into a syntax tree for the CPU backends' translators. A recursive-descent parser for
// exactly that subset of WGSL, not for WGSL at large.

export type Scalar = 'f32' | 'i32' | 'u32' | 'bool';
/** abstract numeric literals take the type of what they meet, as in WGSL */
export type Ty = Scalar | 'aint' | 'afloat' | 'vec3u' | 'void' | `array:${'f32' | 'i32' | 'u32'}`;

export class WgslTranslateError extends Error {}

interface Tok {
  k: 'num' | 'id' | 'op';
  v: string;
  at: number;
}

export type Expr =
  | { k: 'num'; text: string }
  | { k: 'bool'; v: boolean }
  | { k: 'id'; name: string }
  | { k: 'member'; obj: Expr; name: string }
  | { k: 'index'; obj: Expr; idx: Expr }
  | { k: 'call'; name: string; targs: string[]; args: Expr[] }
  | { k: 'un'; op: string; e: Expr }
  | { k: 'bin'; op: string; l: Expr; r: Expr };

export type Stmt =
  | { k: 'decl'; mut: boolean; name: string; ty?: string; init?: Expr }
  | { k: 'assign'; target: Expr; op: string; value: Expr }
  | { k: 'if'; cond: Expr; then: Stmt[]; else?: Stmt[] }
  | { k: 'for'; init?: Stmt; cond?: Expr; update?: Stmt; body: Stmt[] }
  | { k: 'loop'; body: Stmt[] }
  | { k: 'jump'; word: 'break' | 'continue' }
  | { k: 'return'; e?: Expr }
  | { k: 'block'; body: Stmt[] }
  | { k: 'expr'; e: Expr };

export interface Fn {
  name: string;
  params: { name: string; ty: string }[];
  ret?: string;
  body: Stmt[];
}

const OPS = ['<<=', '>>=', '->', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '++', '--'];

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s+|\/\/[^\n]*|(0[xX][0-9a-fA-F]+[iu]?|(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?[fiu]?)|([A-Za-z_][A-Za-z0-9_]*)|(.)/gy;
  for (let m = re.exec(src); m && m[0]; m = re.exec(src)) {
    if (m[1]) toks.push({ k: 'num', v: m[1], at: m.index });
    else if (m[2]) toks.push({ k: 'id', v: m[2], at: m.index });
    else if (m[3]) {
      const op = OPS.find((o) => src.startsWith(o, m!.index)) ?? m[3];
      toks.push({ k: 'op', v: op, at: m.index });
      re.lastIndex = m.index + op.length;
    }
  }
  return toks;
}

const BINARY: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

/** A recursive-descent parser for the WGSL the code generator writes (not WGSL at large). */
class Parser {
  private i = 0;
  constructor(
    private toks: Tok[],
    private src: string,
  ) {}

  private peek(o = 0): Tok | undefined {
    return this.toks[this.i + o];
  }
  private is(v: string, o = 0): boolean {
    return this.peek(o)?.v === v;
  }
  private fail(what: string): never {
    const t = this.peek();
    const at = t ? this.src.slice(0, t.at).split('\n').length : 'end';
    throw new WgslTranslateError(`WGSL line ${at}: expected ${what}, found '${t?.v ?? 'end of input'}'`);
  }
  private take(v?: string): Tok {
    const t = this.peek();
    if (!t || (v !== undefined && t.v !== v)) this.fail(v ?? 'a token');
    this.i++;
    return t;
  }
  private accept(v: string): boolean {
    if (!this.is(v)) return false;
    this.i++;
    return true;
  }
  private ident(): string {
    const t = this.take();
    if (t.k !== 'id') this.fail('a name');
    return t.v;
  }

  done(): boolean {
    return this.i >= this.toks.length;
  }

  /** `@name` or `@name(...)`; returns the names. */
  attributes(): string[] {
    const names: string[] = [];
    while (this.accept('@')) {
      names.push(this.ident());
      // an attribute's arguments are skipped, nested parentheses included
      for (let depth = this.accept('(') ? 1 : 0; depth > 0; ) {
        const v = this.take().v;
        depth += v === '(' ? 1 : v === ')' ? -1 : 0;
      }
    }
    return names;
  }

  type(): string {
    let t = this.ident();
    if (this.accept('<')) {
      const parts = [this.type()];
      while (this.accept(',')) parts.push(this.peek()!.k === 'num' ? this.take().v.replace(/[iu]$/, '') : this.type());
      this.take('>');
      t += `<${parts.join(',')}>`;
    }
    return t;
  }

  block(): Stmt[] {
    this.take('{');
    const out: Stmt[] = [];
    while (!this.accept('}')) out.push(this.stmt());
    return out;
  }

  /** A statement without its `;` (for loop headers and simple statements). */
  simple(): Stmt {
    if (this.is('let') || this.is('var') || this.is('const')) {
      const mut = this.take().v === 'var';
      if (this.accept('<')) while (!this.accept('>')) this.take(); // var<private> and the like
      const name = this.ident();
      const ty = this.accept(':') ? this.type() : undefined;
      const init = this.accept('=') ? this.expr() : undefined;
      return { k: 'decl', mut, name, ty, init };
    }
    const e = this.expr();
    const op = this.peek()?.v;
    if (op === '++' || op === '--') {
      this.i++;
      return { k: 'assign', target: e, op: op[0] + '=', value: { k: 'num', text: '1' } };
    }
    if (op && /^([-+*/%&|^]|<<|>>)?=$/.test(op)) {
      this.i++;
      return { k: 'assign', target: e, op, value: this.expr() };
    }
    return { k: 'expr', e };
  }

  stmt(): Stmt {
    const t = this.peek()!;
    if (t.v === '{') return { k: 'block', body: this.block() };
    if (t.v === 'if') {
      this.i++;
      const cond = this.expr();
      const then = this.block();
      if (!this.accept('else')) return { k: 'if', cond, then };
      return { k: 'if', cond, then, else: this.is('if') ? [this.stmt()] : this.block() };
    }
    if (t.v === 'for') {
      this.i++;
      this.take('(');
      const init = this.is(';') ? undefined : this.simple();
      this.take(';');
      const cond = this.is(';') ? undefined : this.expr();
      this.take(';');
      const update = this.is(')') ? undefined : this.simple();
      this.take(')');
      return { k: 'for', init, cond, update, body: this.block() };
    }
    if (t.v === 'loop') {
      this.i++;
      return { k: 'loop', body: this.block() };
    }
    let s: Stmt;
    if (t.v === 'break' || t.v === 'continue') {
      this.i++;
      s = { k: 'jump', word: t.v };
    } else if (t.v === 'return') {
      this.i++;
      s = { k: 'return', e: this.is(';') ? undefined : this.expr() };
    } else s = this.simple();
    this.take(';');
    return s;
  }

  expr(level = 0): Expr {
    if (level === BINARY.length) return this.unary();
    let l = this.expr(level + 1);
    while (BINARY[level]!.includes(this.peek()?.v ?? '') && this.peek()!.k === 'op') {
      const op = this.take().v;
      l = { k: 'bin', op, l, r: this.expr(level + 1) };
    }
    return l;
  }

  unary(): Expr {
    if (this.is('-') || this.is('!') || this.is('~')) {
      const op = this.take().v;
      return { k: 'un', op, e: this.unary() };
    }
    let e = this.primary();
    for (;;) {
      if (this.accept('.')) e = { k: 'member', obj: e, name: this.ident() };
      else if (this.accept('[')) {
        e = { k: 'index', obj: e, idx: this.expr() };
        this.take(']');
      } else return e;
    }
  }

  primary(): Expr {
    const t = this.take();
    if (t.k === 'num') return { k: 'num', text: t.v };
    if (t.v === '(') {
      const e = this.expr();
      this.take(')');
      return e;
    }
    if (t.v === 'true' || t.v === 'false') return { k: 'bool', v: t.v === 'true' };
    if (t.k !== 'id') this.fail('an expression');
    let targs: string[] = [];
    if (this.is('<') && ['bitcast', 'array', 'vec2', 'vec3', 'vec4'].includes(t.v)) {
      this.i++;
      targs = [this.type()];
      while (this.accept(',')) targs.push(this.take().v);
      this.take('>');
    }
    if (!this.accept('(')) return { k: 'id', name: t.v };
    const args: Expr[] = [];
    while (!this.accept(')')) {
      args.push(this.expr());
      this.accept(',');
    }
    return { k: 'call', name: t.v, targs, args };
  }

  fn(): Fn {
    this.take('fn');
    const name = this.ident();
    this.take('(');
    const params: Fn['params'] = [];
    while (!this.accept(')')) {
      this.attributes();
      const p = this.ident();
      this.take(':');
      params.push({ name: p, ty: this.type() });
      this.accept(',');
    }
    const ret = this.accept('->') ? this.type() : undefined;
    return { name, params, ret, body: this.block() };
  }

  /** Module scope: skips what the CPU needs nothing of (struct bodies it records, bindings) and returns the rest. */
  module(): { structs: Map<string, Map<string, string>>; globals: Stmt[]; fns: Fn[]; bindings: Map<string, string> } {
    const structs = new Map<string, Map<string, string>>();
    const bindings = new Map<string, string>();
    const globals: Stmt[] = [];
    const fns: Fn[] = [];
    while (!this.done()) {
      const attrs = this.attributes();
      if (this.is('enable')) throw new WgslTranslateError('the CPU backend runs serial kernels only (this module enables an extension)');
      if (this.accept('struct')) {
        const name = this.ident();
        const fields = new Map<string, string>();
        this.take('{');
        while (!this.accept('}')) {
          const f = this.ident();
          this.take(':');
          fields.set(f, this.type());
          this.accept(',');
        }
        structs.set(name, fields);
      } else if (this.is('fn')) fns.push(this.fn());
      else if (attrs.includes('binding')) {
        this.take('var');
        if (this.accept('<')) while (!this.accept('>')) this.take();
        const name = this.ident();
        this.take(':');
        bindings.set(name, this.type());
        this.take(';');
      } else if (this.is('override')) {
        this.i++;
        const name = this.ident();
        const ty = this.accept(':') ? this.type() : undefined;
        const init = this.accept('=') ? this.expr() : undefined;
        this.take(';');
        globals.push({ k: 'decl', mut: false, name, ty, init });
      } else globals.push(this.stmt());
    }
    return { structs, globals, fns, bindings };
  }
}

/** Visits every expression and statement of x, depth first. */
function walk(x: Expr | Stmt | Stmt[] | undefined, see: (n: Expr | Stmt) => void): void {
  if (!x) return;
  if (Array.isArray(x)) return x.forEach((y) => walk(y, see));
  see(x);
  const kids: Record<string, (Expr | Stmt | Stmt[] | undefined)[]> = {
    call: x.k === 'call' ? x.args : [],
    member: x.k === 'member' ? [x.obj] : [],
    index: x.k === 'index' ? [x.obj, x.idx] : [],
    un: x.k === 'un' ? [x.e] : [],
    bin: x.k === 'bin' ? [x.l, x.r] : [],
    decl: x.k === 'decl' ? [x.init] : [],
    assign: x.k === 'assign' ? [x.target, x.value] : [],
    expr: x.k === 'expr' ? [x.e] : [],
    return: x.k === 'return' ? [x.e] : [],
    if: x.k === 'if' ? [x.cond, x.then, x.else] : [],
    for: x.k === 'for' ? [x.init, x.cond, x.update, x.body] : [],
    loop: x.k === 'loop' ? [x.body] : [],
    block: x.k === 'block' ? [x.body] : [],
  };
  for (const k of kids[x.k] ?? []) walk(k, see);
}

/** Names an expression or statement calls. */
export function callsIn(x: Expr | Stmt | Stmt[]): Set<string> {
  const out = new Set<string>();
  walk(x, (n) => n.k === 'call' && out.add(n.name));
  return out;
}


/** The module's structs, module-scope declarations, functions and bindings. */
export function parseWgsl(wgsl: string): WgslModuleAst {
  return new Parser(lex(wgsl), wgsl).module();
}

export type WgslModuleAst = ReturnType<Parser['module']>;
