// The CPU backend: the serial WGSL (one invocation per group: no barriers, atomics or subgroups) translated into
// a JavaScript module. Translating the kernels, instead of generating JavaScript from the schedule a second
// time, keeps one code generator: the CPU runs the very statements a GPU runs, with WGSL's semantics (f32
// arithmetic rounded by Math.fround, u32/i32 wrapping, WGSL's conversions and division rules).
//
// u32 values are held as their int32 bit patterns (what `| 0` gives): the engine then keeps all integer
// arithmetic in machine words. Only comparisons, division, >>, min/max and conversion to f32 read them unsigned.
//
// Float and int arena accesses always start with their region's offset (`F[u.o_x + ...]`), so each region
// becomes an array of its own: inputs are the caller's arrays and outputs are returned as they are, never
// copied through an arena. The keyed-table arena H stays one array (addresses are chosen among regions).
import { callsIn, parseWgsl, WgslTranslateError, type Expr, type Fn, type Scalar, type Stmt, type Ty, type WgslModuleAst } from './wgsl-subset.js';

export { WgslTranslateError };

interface Val {
  js: string;
  ty: Ty;
  /** value of a numeric literal */
  lit?: number;
}

const isAbstract = (t: Ty) => t === 'aint' || t === 'afloat';

/** Runtime helpers of the generated module: WGSL's conversions and integer division, and f32 bit casts. */
const PRELUDE = `"use strict";
const $cell = new ArrayBuffer(4), $f = new Float32Array($cell), $w = new Int32Array($cell);
const $fr = Math.fround;
function $f32bits(x) { $w[0] = x; return $f[0]; }
function $bitsf32(x) { $f[0] = x; return $w[0]; }
// WGSL: an integer divided by 0 is the dividend, and its remainder 0 (so is i32 min / -1 and its remainder)
function $udiv(a, b) { return b === 0 ? a : ((a >>> 0) / (b >>> 0)) | 0; }
function $umod(a, b) { return b === 0 ? 0 : ((a >>> 0) % (b >>> 0)) | 0; }
function $umin(a, b) { return (a >>> 0) < (b >>> 0) ? a : b; }
function $umax(a, b) { return (a >>> 0) > (b >>> 0) ? a : b; }
function $idiv(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? a : (a / b) | 0; }
function $imod(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? 0 : (a % b) | 0; }
// WGSL: float to integer truncates toward zero, saturating; NaN gives 0
function $u32f(x) { return x > 0 ? (x < 4294967296 ? (x >>> 0) | 0 : -1) : 0; }
function $i32f(x) { return x >= 2147483647 ? 2147483647 : x <= -2147483648 ? -2147483648 : x | 0; }
// WGSL's round: halves to even
function $round(x) { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; }
`;

const MATH_F32: Record<string, (a: string[]) => string> = {
  sqrt: (a) => `$fr(Math.sqrt(${a[0]}))`,
  exp: (a) => `$fr(Math.exp(${a[0]}))`,
  log: (a) => `$fr(Math.log(${a[0]}))`,
  log2: (a) => `$fr(Math.log2(${a[0]}))`,
  tanh: (a) => `$fr(Math.tanh(${a[0]}))`,
  sin: (a) => `$fr(Math.sin(${a[0]}))`,
  cos: (a) => `$fr(Math.cos(${a[0]}))`,
  pow: (a) => `$fr(Math.pow(${a[0]}, ${a[1]}))`,
  inverseSqrt: (a) => `$fr(1 / Math.sqrt(${a[0]}))`,
  floor: (a) => `Math.floor(${a[0]})`,
  ceil: (a) => `Math.ceil(${a[0]})`,
  trunc: (a) => `Math.trunc(${a[0]})`,
  round: (a) => `$round(${a[0]})`,
};

export interface JsModule {
  /** the module body: run with `new Function(code)()`, it returns { bind, <entry points> } */
  code: string;
  /** float and int regions the kernels index, each an array of its own */
  floatRegions: string[];
  intRegions: string[];
  entryPoints: string[];
}

/**
 * Translates a serial WGSL module. `overrides`: values of its override constants (the CPU runs one group per
 * call, so LANES is 1).
 */
export function wgslToJs(wgsl: string, overrides: Record<string, number> = {}): JsModule {
  return new Translator(parseWgsl(wgsl), overrides).module();
}

interface Binding {
  ty: Ty;
  /** its JavaScript name (an inlined function's locals are renamed) or, for an inlined parameter, its value */
  js: string;
}

interface FnInfo {
  params: Ty[];
  ret: Ty;
  def: Fn;
  /** no stores to arrays, calls only to pure functions */
  pure: boolean;
  /** only declarations and assignments, then at most one return, last: inlined in place */
  straight: boolean;
}

class Translator {
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
  private fns = new Map<string, FnInfo>();
  private uniformTypes: Map<string, string>;
  /** uniform fields read by the function being written (each read once, at its entry) */
  private used = new Set<string>();
  /** arrays the function being written reads or writes: module variables, copied to locals at its entry */
  private arrays = new Set<string>();
  private regions = { F: new Set<string>(), I: new Set<string>() };
  private lines: string[] = [];

  constructor(
    private m: WgslModuleAst,
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

  private ty(t: string): Ty {
    if (t === 'f32' || t === 'i32' || t === 'u32' || t === 'bool') return t;
    if (t === 'vec3<u32>') return 'vec3u';
    const arr = /^array<(f32|i32|u32|atomic<u32>)(,\d+)?>$/.exec(t);
    if (arr) return `array:${arr[1] === 'atomic<u32>' ? 'u32' : (arr[1] as 'f32' | 'i32' | 'u32')}`;
    throw new WgslTranslateError(`the CPU backend has no type ${t}`);
  }

  module(): JsModule {
    const out = [PRELUDE];
    for (const g of this.m.globals) {
      if (g.k !== 'decl') throw new WgslTranslateError(`unexpected ${g.k} at module scope`);
      out.push(this.global(g));
    }
    const entries: string[] = [];
    for (const f of this.m.fns) {
      if (f.params.some((p) => p.ty === 'vec3<u32>')) entries.push(f.name);
      out.push(this.fn(f));
    }
    const F = [...this.regions.F];
    const I = [...this.regions.I];
    const arrays = [...F.map((r) => `F_${r}`), ...I.map((r) => `I_${r}`)];
    out.push(
      `let u${this.m.bindings.has('H') ? ', $H' : ''}${arrays.map((a) => `, $${a}`).join('')};`,
      `function bind(uniforms, f, i, h) {`,
      `  u = uniforms;${this.m.bindings.has('H') ? ' $H = h;' : ''}`,
      ...F.map((r) => `  $F_${r} = f[${JSON.stringify(r)}];`),
      ...I.map((r) => `  $I_${r} = i[${JSON.stringify(r)}];`),
      `}`,
      `return { bind, ${entries.join(', ')} };`,
    );
    return { code: out.join('\n'), floatRegions: F, intRegions: I, entryPoints: entries };
  }

  private global(g: Stmt & { k: 'decl' }): string {
    if (g.name in this.overrides) {
      this.bindName(g.name, this.ty(g.ty!));
      return `const ${g.name} = ${this.overrides[g.name]};`;
    }
    if (g.init?.k === 'call' && g.init.name === 'array') {
      const t = this.ty(g.ty!);
      this.bindName(g.name, t);
      const el = t.slice(6) as Scalar;
      const vals = g.init.args.map((a) => this.conv(this.ex(a), el).js);
      const ctor = { f32: 'Float32Array', i32: 'Int32Array', u32: 'Int32Array', bool: '' }[el];
      return `const ${g.name} = new ${ctor}([${vals.join(', ')}]);`;
    }
    return this.decl(g);
  }

  private fn(f: Fn): string {
    this.used = new Set();
    this.arrays = new Set();
    this.scopes.push(new Map(f.params.map((p) => [p.name, { ty: this.ty(p.ty), js: p.name }])));
    this.lines = [];
    this.block(f.body, '  ');
    this.scopes.pop();
    // locals, not module variables, in the loops: the engine then keeps each array's base and length at hand
    const head = [...[...this.used].map((x) => `  const u_${x} = u.${x};`), ...[...this.arrays].map((a) => `  const ${a} = $${a};`)];
    return [`function ${f.name}(${f.params.map((p) => p.name).join(', ')}) {`, ...head, ...this.lines, `}`].join('\n');
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

  /** Declares a name in the innermost scope; returns its JavaScript name. */
  private bindName(name: string, ty: Ty): string {
    const js = name + this.suffix;
    this.scopes[this.scopes.length - 1]!.set(name, { ty, js });
    return js;
  }

  private decl(s: Stmt & { k: 'decl' }): string {
    let v: Val;
    if (s.init) {
      v = this.ex(s.init);
      const want: Ty = s.ty ? this.ty(s.ty) : v.ty === 'aint' ? 'i32' : v.ty === 'afloat' ? 'f32' : v.ty;
      v = this.conv(v, want);
    } else {
      const t = this.ty(s.ty!);
      v = { js: t === 'bool' ? 'false' : '0', ty: t };
    }
    return `${s.mut ? 'let' : 'const'} ${this.bindName(s.name, v.ty)} = ${v.js};`;
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
    if (to === 'f32') return { js: num(Math.fround(v.lit ?? NaN)), ty: to, lit: Math.fround(v.lit!) };
    if (to === 'u32') return { js: num(v.lit! | 0), ty: to, lit: v.lit! >>> 0 };
    if (to === 'i32') return { js: num(v.lit! | 0), ty: to, lit: v.lit! | 0 };
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
        if (s.endsWith('u')) return { js: num(v | 0), ty: 'u32', lit: v };
        if (/^0[xX]/.test(s)) return { js: num(v | 0), ty: s.endsWith('i') ? 'i32' : 'aint', lit: v };
        if (s.endsWith('i')) return { js: num(v), ty: 'i32', lit: v };
        if (s.endsWith('f')) return { js: num(Math.fround(v)), ty: 'f32', lit: Math.fround(v) };
        return { js: num(v), ty: /[.eE]/.test(s) ? 'afloat' : 'aint', lit: v };
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
        if (isAbstract(v.ty)) return { js: `(-${v.js})`, ty: v.ty, lit: -v.lit! };
        return { js: v.ty === 'f32' ? `(-${v.js})` : `(-${v.js} | 0)`, ty: v.ty };
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
    const i = rest.length ? this.ex(rest.reduce((l, r) => ({ k: 'bin', op: '+', l, r }))) : { js: '0', ty: 'u32' as Ty };
    return { js: `${obj.name}_${region}[${i.js}]`, ty: el };
  }

  private bin(op: string, a0: Val, b0: Val): Val {
    if (op === '&&' || op === '||') return { js: `(${a0.js} ${op} ${b0.js})`, ty: 'bool' };
    if (op === '<<' || op === '>>') {
      const a = a0;
      if (a.ty === 'u32' && op === '>>') return { js: `(${a.js} >>> ${b0.js} | 0)`, ty: 'u32' };
      return { js: `(${a.js} ${op} ${b0.js})`, ty: a.ty === 'aint' ? 'i32' : a.ty };
    }
    const [a, b, t] = this.unify(a0, b0);
    const cmp: Record<string, string> = { '==': '===', '!=': '!==', '<': '<', '>': '>', '<=': '<=', '>=': '>=' };
    // u32 bit patterns compare as unsigned numbers
    if (t === 'u32' && ['<', '>', '<=', '>='].includes(op)) return { js: `(${a.js} >>> 0 ${op} ${b.js} >>> 0)`, ty: 'bool' };
    if (op in cmp) return { js: `(${a.js} ${cmp[op]} ${b.js})`, ty: 'bool' };
    if (isAbstract(t)) {
      const lit = ({ '+': (x: number, y: number) => x + y, '-': (x: number, y: number) => x - y, '*': (x: number, y: number) => x * y, '/': (x: number, y: number) => x / y } as Record<string, (x: number, y: number) => number>)[op];
      if (!lit) throw new WgslTranslateError(`abstract ${op}`);
      const v = lit(a.lit!, b.lit!);
      return { js: num(v), ty: t, lit: v };
    }
    const A = a.js;
    const B = b.js;
    if (t === 'f32') {
      if ('+-*/%'.includes(op)) return { js: `$fr(${A} ${op} ${B})`, ty: t };
    } else if (t === 'i32' || t === 'u32') {
      const u = t === 'u32' ? 'u' : 'i';
      const js = { '+': `(${A} + ${B} | 0)`, '-': `(${A} - ${B} | 0)`, '*': `Math.imul(${A}, ${B})`, '/': `$${u}div(${A}, ${B})`, '%': `$${u}mod(${A}, ${B})`, '&': `(${A} & ${B})`, '|': `(${A} | ${B})`, '^': `(${A} ^ ${B})` }[op];
      if (js) return { js, ty: t };
    }
    throw new WgslTranslateError(`operator ${op} on ${t}`);
  }

  private call(e: Expr & { k: 'call' }, statement = false): Val {
    const args = e.args.map((a) => this.ex(a));
    const [x] = args;
    switch (e.name) {
      case 'f32':
        if (x!.ty === 'f32' || isAbstract(x!.ty)) return this.conv(x!, 'f32');
        return { js: x!.ty === 'bool' ? `(${x!.js} ? 1 : 0)` : `$fr(${x!.js}${x!.ty === 'u32' ? ' >>> 0' : ''})`, ty: 'f32' };
      case 'u32': {
        // f32 to u32 inline when the value is a name (the common case: counts read back from floats)
        const f32 = /^[\w$]+$/.test(x!.js) ? `(${x!.js} > 0 ? (${x!.js} < 4294967296 ? ${x!.js} >>> 0 | 0 : -1) : 0)` : `$u32f(${x!.js})`;
        const js = { f32, i32: x!.js, bool: `(${x!.js} ? 1 : 0)`, u32: x!.js }[x!.ty as Scalar];
        return js ? { js, ty: 'u32' } : this.conv(x!, 'u32');
      }
      case 'i32': {
        const js = { f32: `$i32f(${x!.js})`, u32: x!.js, bool: `(${x!.js} ? 1 : 0)`, i32: x!.js }[x!.ty as Scalar];
        return js ? { js, ty: 'i32' } : this.conv(x!, 'i32');
      }
      case 'bitcast': {
        const to = this.ty(e.targs[0]!);
        // an abstract argument is concretized first (to i32 or f32), as WGSL does
        const v = isAbstract(x!.ty) ? this.conv(x!, x!.ty === 'afloat' ? 'f32' : 'i32') : x!;
        if (v.ty === to) return { js: v.js, ty: to };
        if (to === 'f32') return { js: `$f32bits(${v.js})`, ty: to };
        return { js: v.ty === 'f32' ? `$bitsf32(${v.js})` : v.js, ty: to };
      }
      case 'select': {
        const [f, t, c] = args as [Val, Val, Val];
        const [tf, ff, ty] = this.unify(t, f);
        return { js: `(${c.js} ? ${tf.js} : ${ff.js})`, ty: ty === 'aint' ? 'i32' : ty === 'afloat' ? 'f32' : ty };
      }
      case 'min':
      case 'max': {
        const [a, b, t] = this.unify(args[0]!, args[1]!);
        return { js: t === 'u32' ? `$u${e.name}(${a.js}, ${b.js})` : `Math.${e.name}(${a.js}, ${b.js})`, ty: t };
      }
      case 'clamp': {
        const [v, lo] = this.unify(args[0]!, args[1]!);
        const [v2, hi, t] = this.unify(v, args[2]!);
        const js = t === 'u32' ? `$umin($umax(${v2.js}, ${this.conv(lo, t).js}), ${hi.js})` : `Math.min(Math.max(${v2.js}, ${this.conv(lo, t).js}), ${hi.js})`;
        return { js, ty: t };
      }
      case 'abs':
        return { js: x!.ty === 'i32' ? `(Math.abs(${x!.js}) | 0)` : x!.ty === 'u32' ? x!.js : `Math.abs(${x!.js})`, ty: x!.ty };
      case 'sign':
        return { js: `Math.sign(${x!.js})`, ty: x!.ty };
    }
    const math = MATH_F32[e.name];
    if (math) return { js: math(args.map((a) => this.conv(a, 'f32').js)), ty: 'f32' };
    const f = this.fns.get(e.name);
    if (!f) throw new WgslTranslateError(`the CPU backend has no function ${e.name}`);
    const conv = args.map((a, i) => this.conv(a, f.params[i]!));
    // small helpers are written in place: a large kernel exhausts the engine's own inlining budget
    if (f.straight && this.hoist && (f.pure || statement)) return this.inline(f, conv);
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
        this.lines.push(`${this.ind}const ${js} = ${a.js};`);
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

/** A JavaScript numeric literal (parenthesized when negative). */
function num(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  return v < 0 ? `(${v})` : String(v);
}
