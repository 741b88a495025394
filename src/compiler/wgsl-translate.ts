// What the CPU backends' translators share: a typed walk over the serial WGSL (scopes, WGSL's typing of abstract
// literals, calls and conversions, region arrays), written out through a target's syntax. A target (JavaScript,
// C) says how each operation of a given type is spelled; everything else is here once.
//
// Float and int arena accesses always start with their region's offset (`F[u.o_x + ...]`), so each region becomes
// an array of its own: inputs are the caller's arrays and outputs are returned as they are, never copied through
// an arena. The keyed-table arena H stays one array (addresses are chosen among regions).
import { callsIn, WgslTranslateError, type Expr, type Fn, type Scalar, type Stmt, type Ty, type WgslModuleAst } from './wgsl-subset.js';

export interface Val {
  /** the target's text */
  js: string;
  ty: Ty;
  /** value of a numeric literal */
  lit?: number;
}

/** A translated module: its text, the float and int regions its kernels index (each an array of its own, passed
 * in these orders where the target takes lists) and its entry points. */
export interface KernelModule {
  code: string;
  floatRegions: string[];
  intRegions: string[];
  entryPoints: string[];
}

export const isAbstract = (t: Ty) => t === 'aint' || t === 'afloat';

interface Binding {
  ty: Ty;
  /** its name in the target (an inlined function's locals are renamed) or, for an inlined parameter, its value */
  js: string;
}

export interface FnInfo {
  params: Ty[];
  ret: Ty;
  def: Fn;
  /** no stores to arrays, calls only to pure functions */
  pure: boolean;
  /** only declarations and assignments, then at most one return, last: can be written in place */
  straight: boolean;
}

export abstract class KernelTranslator {
  private scopes: Map<string, Binding>[] = [new Map()];
  /** while an inlined body is written: where its scopes start (names below resolve at module scope only) */
  private barrier = 0;
  /** suffix that renames the locals of the inlined body being written */
  private suffix = '';
  private tmp = 0;
  /** indentation of the statement being written (an inlined body's statements go just before it) */
  private ind = '  ';
  /** false in loop headers, whose conditions re-run: function bodies cannot be placed before them */
  private hoist = true;
  protected fns = new Map<string, FnInfo>();
  private uniformTypes: Map<string, string>;
  /** uniform fields read by the function being written (each read once, at its entry) */
  protected used = new Set<string>();
  /** arrays the function being written reads or writes (read once, at its entry) */
  protected arrays = new Set<string>();
  protected regions = { F: new Set<string>(), I: new Set<string>() };
  protected lines: string[] = [];

  // ---- the target's syntax ----
  /** writes small straight-line helpers in place (for engines whose own inlining gives up on large kernels) */
  protected abstract readonly inlines: boolean;
  /** a numeric literal of a type (an f32 value is already rounded; a u32 one is in [0, 2^32)) */
  protected abstract literal(v: number, ty: Ty): string;
  protected abstract negate(a: string, ty: Scalar): string;
  /** + - * / % & | ^ on two values of one concrete type (undefined: not defined for it) */
  protected abstract arith(op: string, ty: Scalar, a: string, b: string): string | undefined;
  protected abstract compare(op: string, ty: Ty, a: string, b: string): string;
  protected abstract shift(op: '<<' | '>>', ty: Ty, a: string, b: string): string;
  /** f32(x), u32(x), i32(x) of a value of another concrete type */
  protected abstract convert(to: Scalar, from: Scalar, a: string): string;
  protected abstract bitcast(to: Scalar, from: Scalar, a: string): string;
  /** min, max, clamp, abs, sign and the f32 math functions (undefined: not a builtin) */
  protected abstract builtin(name: string, ty: Ty, args: string[]): string | undefined;
  protected abstract declare(mut: boolean, name: string, ty: Ty, init: string, global: boolean): string;
  /** a module-scope constant table (`var<private>` with an array initializer) */
  protected abstract table(name: string, el: Scalar, values: string[]): string;
  /** a function's text, with its entry reads of the uniforms (`used`) and arrays (`arrays`) it touches */
  protected abstract functionText(name: string, params: { name: string; ty: Ty }[], ret: Ty, lines: string[], entry: boolean): string;

  constructor(
    protected m: WgslModuleAst,
    private overrides: Record<string, number>,
  ) {
    const u = [...m.bindings].find(([, t]) => m.structs.has(t));
    this.uniformTypes = u ? m.structs.get(u[1])! : new Map();
    for (const [name, t] of m.bindings) if (t.startsWith('array<')) this.bindName(name, this.ty(t));
    for (const f of m.fns) {
      const last = f.body.length - 1;
      const straight = f.body.every((st, i) => st.k === 'decl' || st.k === 'assign' || (st.k === 'return' && i === last));
      const stores = f.body.some((st) => st.k !== 'decl' && st.k !== 'return' && !(st.k === 'assign' && st.target.k === 'id'));
      const pure = !stores && [...callsIn(f.body)].every((c) => !this.fns.has(c) || this.fns.get(c)!.pure);
      this.fns.set(f.name, { params: f.params.map((p) => this.ty(p.ty)), ret: f.ret ? this.ty(f.ret) : 'void', def: f, pure, straight });
    }
  }

  /** The uniform fields (name and type), in struct order. */
  protected uniformFields(): { name: string; ty: Ty }[] {
    return [...this.uniformTypes].map(([name, t]) => ({ name, ty: this.ty(t) }));
  }

  protected ty(t: string): Ty {
    if (t === 'f32' || t === 'i32' || t === 'u32' || t === 'bool') return t;
    if (t === 'vec3<u32>') return 'vec3u';
    const arr = /^array<(f32|i32|u32|atomic<u32>)(,\d+)?>$/.exec(t);
    if (arr) return `array:${arr[1] === 'atomic<u32>' ? 'u32' : (arr[1] as 'f32' | 'i32' | 'u32')}`;
    throw new WgslTranslateError(`the CPU backend has no type ${t}`);
  }

  /** Module-scope declarations and every function, in order; the entry points' names. */
  protected body(): { parts: string[]; entries: string[] } {
    const parts: string[] = [];
    for (const g of this.m.globals) {
      if (g.k !== 'decl') throw new WgslTranslateError(`unexpected ${g.k} at module scope`);
      parts.push(this.global(g));
    }
    const entries: string[] = [];
    for (const f of this.m.fns) {
      const entry = f.params.some((p) => p.ty === 'vec3<u32>');
      if (entry) entries.push(f.name);
      parts.push(this.fn(f, entry));
    }
    return { parts, entries };
  }

  private global(g: Stmt & { k: 'decl' }): string {
    if (g.name in this.overrides) {
      const t = this.ty(g.ty!);
      this.bindName(g.name, t);
      return this.declare(false, g.name, t, this.literal(this.overrides[g.name]!, t), true);
    }
    if (g.init?.k === 'call' && g.init.name === 'array') {
      const t = this.ty(g.ty!);
      this.bindName(g.name, t);
      const el = t.slice(6) as Scalar;
      return this.table(g.name, el, g.init.args.map((a) => this.conv(this.ex(a), el).js));
    }
    return this.decl(g, true);
  }

  private fn(f: Fn, entry: boolean): string {
    this.used = new Set();
    this.arrays = new Set();
    const params = f.params.map((p) => ({ name: p.name, ty: this.ty(p.ty) }));
    this.scopes.push(new Map(params.map((p) => [p.name, { ty: p.ty, js: p.name }])));
    this.lines = [];
    this.block(f.body, '  ');
    this.scopes.pop();
    return this.functionText(f.name, params, f.ret ? this.ty(f.ret) : 'void', this.lines, entry);
  }

  private block(body: Stmt[], indent: string): void {
    this.scopes.push(new Map());
    for (const s of body) this.stmt(s, indent);
    this.scopes.pop();
  }

  private lookup(name: string): Binding {
    for (let i = this.scopes.length - 1; i >= this.barrier; i--) {
      const b = this.scopes[i]!.get(name);
      if (b) return b;
    }
    const b = this.scopes[0]!.get(name);
    if (!b) throw new WgslTranslateError(`unknown name ${name}`);
    return b;
  }

  /** Declares a name in the innermost scope; returns its name in the target. */
  private bindName(name: string, ty: Ty): string {
    const js = name + this.suffix;
    this.scopes[this.scopes.length - 1]!.set(name, { ty, js });
    return js;
  }

  private decl(s: Stmt & { k: 'decl' }, global = false): string {
    let v: Val;
    if (s.init) {
      v = this.ex(s.init);
      const want: Ty = s.ty ? this.ty(s.ty) : v.ty === 'aint' ? 'i32' : v.ty === 'afloat' ? 'f32' : v.ty;
      v = this.conv(v, want);
    } else {
      const t = this.ty(s.ty!);
      v = { js: t === 'bool' ? 'false' : this.literal(0, t), ty: t };
    }
    return this.declare(s.mut, this.bindName(s.name, v.ty), v.ty, v.js, global);
  }

  private simple(s: Stmt): string {
    if (s.k === 'decl') return this.decl(s);
    if (s.k === 'expr') {
      const v = s.e.k === 'call' ? this.call(s.e, true) : this.ex(s.e);
      return v.js ? `${v.js};` : '';
    }
    if (s.k !== 'assign') throw new WgslTranslateError(`unexpected ${s.k}`);
    const target = this.ex(s.target);
    const value = s.op === '=' ? this.ex(s.value) : this.bin(s.op.slice(0, -1), target, this.ex(s.value));
    return `${target.js} = ${this.conv(value, target.ty).js};`;
  }

  private stmt(s: Stmt, ind: string): void {
    const L = this.lines;
    this.ind = ind;
    switch (s.k) {
      case 'block':
        L.push(`${ind}{`);
        this.block(s.body, ind + '  ');
        L.push(`${ind}}`);
        return;
      case 'if':
        L.push(`${ind}if (${this.ex(s.cond).js}) {`);
        this.block(s.then, ind + '  ');
        if (s.else) {
          L.push(`${ind}} else {`);
          this.block(s.else, ind + '  ');
        }
        L.push(`${ind}}`);
        return;
      case 'for': {
        this.scopes.push(new Map());
        const init = s.init ? this.simple(s.init).slice(0, -1) : '';
        this.hoist = false;
        const cond = s.cond ? this.ex(s.cond).js : '';
        const update = s.update ? this.simple(s.update).slice(0, -1) : '';
        this.hoist = true;
        L.push(`${ind}for (${init}; ${cond}; ${update}) {`);
        this.block(s.body, ind + '  ');
        L.push(`${ind}}`);
        this.scopes.pop();
        return;
      }
      case 'loop':
        L.push(`${ind}for (;;) {`);
        this.block(s.body, ind + '  ');
        L.push(`${ind}}`);
        return;
      case 'jump':
        L.push(`${ind}${s.word};`);
        return;
      case 'return':
        L.push(`${ind}return${s.e ? ' ' + this.ex(s.e).js : ''};`);
        return;
      default: {
        const line = this.simple(s);
        if (line) L.push(ind + line);
      }
    }
  }

  /** v as type `to` (abstract literals take it; concrete values must already have it). */
  private conv(v: Val, to: Ty): Val {
    if (v.ty === to || !isAbstract(v.ty)) return v;
    if (to === 'f32') return { js: this.literal(Math.fround(v.lit ?? NaN), to), ty: to, lit: Math.fround(v.lit!) };
    if (to === 'u32') return { js: this.literal(v.lit! >>> 0, to), ty: to, lit: v.lit! >>> 0 };
    if (to === 'i32') return { js: this.literal(v.lit! | 0, to), ty: to, lit: v.lit! | 0 };
    return { ...v, ty: to };
  }

  /** Both operands as one type: the concrete one's, or abstract float if either is. */
  private unify(a: Val, b: Val): [Val, Val, Ty] {
    const t: Ty = !isAbstract(a.ty) ? a.ty : !isAbstract(b.ty) ? b.ty : a.ty === 'afloat' || b.ty === 'afloat' ? 'afloat' : 'aint';
    return [this.conv(a, t), this.conv(b, t), t];
  }

  private ex(e: Expr): Val {
    switch (e.k) {
      case 'num': {
        const s = e.text;
        const v = /^0[xX]/.test(s) ? parseInt(s.replace(/[iu]$/, ''), 16) : Number(s.replace(/[fiu]$/, ''));
        const ty: Ty = s.endsWith('u') ? 'u32' : s.endsWith('i') ? 'i32' : s.endsWith('f') ? 'f32' : /^0[xX]/.test(s) || !/[.eE]/.test(s) ? 'aint' : 'afloat';
        const lit = ty === 'f32' ? Math.fround(v) : v;
        return { js: this.literal(lit, ty), ty, lit };
      }
      case 'bool':
        return { js: String(e.v), ty: 'bool' };
      case 'id': {
        const b = this.lookup(e.name);
        return { js: b.js, ty: b.ty };
      }
      case 'member': {
        if (e.obj.k === 'id' && e.obj.name === 'u') {
          if (/^oi?_/.test(e.name)) throw new WgslTranslateError(`u.${e.name} is used outside an arena index`);
          this.used.add(e.name);
          return { js: `u_${e.name}`, ty: this.ty(this.uniformTypes.get(e.name)!) };
        }
        const o = this.ex(e.obj);
        if (o.ty !== 'vec3u') throw new WgslTranslateError(`member .${e.name} of a ${o.ty}`);
        return { js: `${o.js}.${e.name}`, ty: 'u32' };
      }
      case 'index':
        return this.index(e.obj, e.idx);
      case 'un': {
        const v = this.ex(e.e);
        if (e.op === '!') return { js: `(!${v.js})`, ty: 'bool' };
        if (e.op === '~') return { js: `(~${v.js})`, ty: v.ty };
        if (isAbstract(v.ty)) return { js: this.literal(-v.lit!, v.ty), ty: v.ty, lit: -v.lit! };
        return { js: this.negate(v.js, v.ty as Scalar), ty: v.ty };
      }
      case 'bin':
        return this.bin(e.op, this.ex(e.l), this.ex(e.r));
      case 'call':
        return this.call(e);
    }
  }

  /** `X[u.o_r + i]` on the float or int arena reads region r's own array at i. */
  private index(obj: Expr, idx: Expr): Val {
    if (obj.k !== 'id') throw new WgslTranslateError('only named arrays are indexed');
    const t = this.lookup(obj.name).ty;
    if (!t.startsWith('array:')) throw new WgslTranslateError(`${obj.name} is not an array`);
    const el = t.slice(6) as Scalar;
    if (obj.name === 'H') this.arrays.add('H');
    if (obj.name !== 'F' && obj.name !== 'I') return { js: `${obj.name}[${this.ex(idx).js}]`, ty: el };
    const terms: Expr[] = [];
    const flat = (x: Expr): void => {
      if (x.k === 'bin' && x.op === '+') {
        flat(x.l);
        flat(x.r);
      } else terms.push(x);
    };
    flat(idx);
    const prefix = obj.name === 'F' ? 'o_' : 'oi_';
    const at = terms.findIndex((x) => x.k === 'member' && x.obj.k === 'id' && x.obj.name === 'u' && x.name.startsWith(prefix));
    if (at < 0) throw new WgslTranslateError(`an index of ${obj.name} does not start at a region`);
    const region = (terms[at] as Expr & { k: 'member' }).name.slice(prefix.length);
    this.regions[obj.name].add(region);
    this.arrays.add(`${obj.name}_${region}`);
    const rest = terms.filter((_, i) => i !== at);
    const i = rest.length ? this.ex(rest.reduce((l, r) => ({ k: 'bin', op: '+', l, r }))) : { js: this.literal(0, 'u32'), ty: 'u32' as Ty };
    return { js: `${obj.name}_${region}[${i.js}]`, ty: el };
  }

  private bin(op: string, a0: Val, b0: Val): Val {
    if (op === '&&' || op === '||') return { js: `(${a0.js} ${op} ${b0.js})`, ty: 'bool' };
    if (op === '<<' || op === '>>') {
      const ty = a0.ty === 'aint' ? 'i32' : a0.ty;
      return { js: this.shift(op, ty, this.conv(a0, ty).js, b0.js), ty };
    }
    const [a, b, t] = this.unify(a0, b0);
    if (['==', '!=', '<', '>', '<=', '>='].includes(op)) return { js: this.compare(op, t, a.js, b.js), ty: 'bool' };
    if (isAbstract(t)) {
      const fold: Record<string, (x: number, y: number) => number> = { '+': (x, y) => x + y, '-': (x, y) => x - y, '*': (x, y) => x * y, '/': (x, y) => x / y };
      if (!fold[op]) throw new WgslTranslateError(`abstract ${op}`);
      const v = fold[op]!(a.lit!, b.lit!);
      return { js: this.literal(v, t), ty: t, lit: v };
    }
    const js = this.arith(op, t as Scalar, a.js, b.js);
    if (js === undefined) throw new WgslTranslateError(`operator ${op} on ${t}`);
    return { js, ty: t };
  }

  private call(e: Expr & { k: 'call' }, statement = false): Val {
    const args = e.args.map((a) => this.ex(a));
    const [x] = args;
    if (e.name === 'f32' || e.name === 'u32' || e.name === 'i32') {
      if (x!.ty === e.name || isAbstract(x!.ty)) return this.conv(x!, e.name);
      return { js: this.convert(e.name, x!.ty as Scalar, x!.js), ty: e.name };
    }
    if (e.name === 'bitcast') {
      const to = this.ty(e.targs[0]!) as Scalar;
      // an abstract argument is concretized first (to i32 or f32), as WGSL does
      const v = isAbstract(x!.ty) ? this.conv(x!, x!.ty === 'afloat' ? 'f32' : 'i32') : x!;
      return { js: v.ty === to ? v.js : this.bitcast(to, v.ty as Scalar, v.js), ty: to };
    }
    if (e.name === 'select') {
      const [f, t, c] = args as [Val, Val, Val];
      const [tf, ff, ty] = this.unify(t, f);
      return { js: `(${c.js} ? ${tf.js} : ${ff.js})`, ty: ty === 'aint' ? 'i32' : ty === 'afloat' ? 'f32' : ty };
    }
    if (['min', 'max', 'clamp'].includes(e.name)) {
      // one type for all arguments: the first concrete one's
      const ty = args.find((a) => !isAbstract(a.ty))?.ty ?? (args.some((a) => a.ty === 'afloat') ? 'f32' : 'i32');
      return { js: this.builtin(e.name, ty, args.map((a) => this.conv(a, ty).js))!, ty };
    }
    if (e.name === 'abs' || e.name === 'sign') return { js: this.builtin(e.name, x!.ty, [x!.js])!, ty: x!.ty };
    const math = this.builtin(e.name, 'f32', args.map((a) => this.conv(a, 'f32').js));
    if (math !== undefined) return { js: math, ty: 'f32' };
    const f = this.fns.get(e.name);
    if (!f) throw new WgslTranslateError(`the CPU backend has no function ${e.name}`);
    const conv = args.map((a, i) => this.conv(a, f.params[i]!));
    if (this.inlines && f.straight && this.hoist && (f.pure || statement)) return this.inline(f, conv);
    return { js: `${e.name}(${conv.map((a) => a.js).join(', ')})`, ty: f.ret };
  }

  /**
   * A straight-line function's body, placed before the statement being written (arguments bound once, locals
   * renamed, names outside resolved at module scope); its value is its return expression.
   */
  private inline(f: FnInfo, args: Val[]): Val {
    const id = this.tmp++;
    const scope = new Map<string, Binding>();
    f.def.params.forEach((p, i) => {
      const a = args[i]!;
      if (/^(\(?-?[\w$.]+\)?)$/.test(a.js)) scope.set(p.name, { ty: f.params[i]!, js: a.js });
      else {
        const js = `${p.name}$${id}`;
        this.lines.push(this.ind + this.declare(false, js, f.params[i]!, a.js, false));
        scope.set(p.name, { ty: f.params[i]!, js });
      }
    });
    const saved = { barrier: this.barrier, suffix: this.suffix, ind: this.ind };
    this.scopes.push(scope);
    this.barrier = this.scopes.length - 1;
    this.suffix = `$${id}`;
    let ret: Val = { js: '', ty: 'void' };
    for (const st of f.def.body)
      if (st.k === 'return') ret = st.e ? this.conv(this.ex(st.e), f.ret) : ret;
      else this.stmt(st, saved.ind);
    this.scopes.pop();
    Object.assign(this, saved);
    return ret;
  }
}
