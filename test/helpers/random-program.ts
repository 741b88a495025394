// Random well-typed advc estimators for differential tests (interpreter vs WGSL).
//
// The generator tracks, for every subexpression, its type, its domain, a bound on its magnitude, and whether
// both executors compute it *exactly*: a multiple of 2^-frac small enough for f32 (inputs are multiples of 1/8,
// see random-batch.ts), built with + - * min max abs floor, integer sums and counts. Only exact values feed
// the operations that are discontinuous (comparisons, so `if` conditions, floor/round/int, %, keys, fold bounds):
// a 1-ulp difference there would flip a branch and make a correct backend look wrong. Inexact values (means,
// std, transcendental functions) only feed continuous operations and are rescaled by powers of two to stay
// small, so rounding differences stay far below the comparison tolerance.
import { INPUT_BOUND, INPUT_FRAC_BITS, MAX_B, MAX_T } from './random-batch.js';

export type Ty = 'f' | 'i' | 'b';
export type Dom = 'batch' | 'group' | 'rollout' | 'token' | 'key';

/** Randomness source: fast-check's `gen()` in the property (shrinkable), or anything else in a pinch. */
export interface Draw {
  /** integer in [min, max]; shrinks towards min */
  int(min: number, max: number): number;
}

export interface Features {
  keys: boolean;
  /** keys that can be negative (`responses - 2`) */
  negativeKeys: boolean;
  folds: boolean;
  scans: boolean;
  /** int scans (wrapping i32) and prefix keys (`prefix_key(responses)`) */
  intScans: boolean;
  /** running extremes (scan_max, scan_min) and segment_max / segment_min */
  extremeScans: boolean;
  shifts: boolean;
  fns: boolean;
  math: boolean;
  /** i32 min/max reductions over values above 2^24 */
  bigInts: boolean;
  /** `i % c` with an integer constant c */
  intModulo: boolean;
  /** the fold variable used inside a fold body */
  foldVarInBody: boolean;
  /** reductions to a key (sum[tok], count[tok](), presence[tok], ...) */
  keyReductions: boolean;
  /** an alias `estimator e2 = e(p = ...)` as the compiled estimator */
  alias: boolean;
  /** outputs whose value lives in the batch domain (a constant, a param, a batch statistic) */
  batchDomainOutputs: boolean;
  /** int or bool values computed per key (`-tok`, `count[tok]() > 1.0`) */
  nonFloatKeyMaps: boolean;
  /** `any` over a set that can be empty (a row without valid tokens) */
  anyOverEmpty: boolean;
  /** key reductions of batch-domain arguments (`sum[tok](1.0)`: lifted to every token) */
  keyReduceOfBatchValues: boolean;
  /**
   * order statistics (kth, median, quantile, kth_largest, top_k) to every coarser domain and rank within a group,
   * of exact values and of the entropies, which then only feed them (the batch holds ties, near-equal and huge
   * values there)
   */
  orderStats: boolean;
}

export const ALL_FEATURES: Features = {
  keys: true,
  negativeKeys: true,
  folds: true,
  scans: true,
  intScans: true,
  extremeScans: true,
  shifts: true,
  fns: true,
  math: true,
  bigInts: true,
  intModulo: true,
  foldVarInBody: true,
  keyReductions: true,
  alias: true,
  batchDomainOutputs: true,
  keyReduceOfBatchValues: true,
  anyOverEmpty: true,
  nonFloatKeyMaps: true,
  orderStats: true,
};

interface E {
  src: string;
  ty: Ty;
  dom: Dom;
  exact: boolean;
  /** fractional bits of an exact value (it is a multiple of 2^-frac) */
  frac: number;
  /** bound on |value| */
  bound: number;
  /** reads a fold variable (must not be reduced, scanned, shifted or hoisted) */
  usesK: boolean;
}

interface Ctx {
  depth: number;
  /** fold variables in scope: name and domain */
  kVars: { name: string; dom: Dom }[];
  /** inside a function body: only its parameters, constants and maps */
  fnParams?: E[];
}

export interface GeneratedProgram {
  source: string;
  /** parameter overrides to pass at run time */
  params: Record<string, number | boolean>;
}

/** Above this, inexact values are divided by a power of two. */
const SOFT_BOUND = 8;
/** An exact value needs frac + log2(bound) bits of mantissa; keep a margin below f32's 24. */
const EXACT_BITS = 22;
const RANK: Record<string, number> = { batch: 0, group: 1, rollout: 2, token: 3 };

/** True when a value living in `a` can be used where `b` values live (mirrors the compiler's rule). */
export function fits(a: Dom, b: Dom): boolean {
  if (a === b) return true;
  if (a === 'key') return b === 'token';
  if (b === 'key') return a === 'batch' || a === 'group';
  return RANK[a]! < RANK[b]!;
}

export function join(a: Dom, b: Dom): Dom {
  if (fits(a, b)) return b;
  if (fits(b, a)) return a;
  return 'token';
}

function strictlyFiner(from: Dom, target: Dom): boolean {
  return from !== target && fits(target, from);
}

/** Largest number of elements one reduction combines (for bounds of sums and counts). */
function fanIn(from: Dom, target: Dom): number {
  if (target === 'key') return MAX_B * MAX_T;
  const size: Record<string, number> = { batch: 1, group: MAX_B, rollout: MAX_B, token: MAX_B * MAX_T, key: MAX_B * MAX_T };
  if (from === 'token' && target === 'rollout') return MAX_T;
  return size[from]!;
}

function log2(x: number): number {
  return Math.log2(Math.max(1, x));
}

function exactOk(frac: number, bound: number): boolean {
  return frac <= 16 && frac + Math.ceil(log2(bound + 1)) <= EXACT_BITS;
}

function fmt(v: number): string {
  const s = Number.isInteger(v) ? `${v}.0` : String(v);
  return v < 0 ? `(${s})` : s;
}

export class ProgramGenerator {
  private stmts: string[] = [];
  private lets: E[] = [];
  /** declared functions; `uses[i]`: the body reads parameter i (else the result does not live in its domain) */
  private fns: { name: string; arity: number; body: E; uses: boolean[]; field?: string }[] = [];
  private keyDeclared = false;
  /** the key domain's name in brackets, and an int expression for its own value: `tok`, or the position domain */
  private key = 'tok';
  private keyLeaf = 'tok';
  private counter = 0;
  private fnSources: string[] = [];

  constructor(
    private d: Draw,
    private f: Features,
  ) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[this.d.int(0, xs.length - 1)]!;
  }

  private chance(percent: number): boolean {
    return this.d.int(0, 99) < percent;
  }

  generate(): GeneratedProgram {
    if (this.f.fns) for (let i = this.d.int(0, 2); i > 0; i--) this.declareFn();
    if (this.f.keys && this.chance(50)) this.declareKey();
    for (let i = this.d.int(0, 4); i > 0; i--) {
      const ty = this.pick(['f', 'i', 'b'] as const);
      const dom = this.pick(['token', 'rollout', 'group', 'batch', ...(this.keyDeclared ? (['key'] as const) : [])] as const);
      const e = this.expr(ty, dom, { depth: this.d.int(1, 4), kVars: [] });
      this.bind(e);
    }
    const adv = this.output(this.expr('f', 'token', { depth: this.d.int(1, 5), kVars: [] }));
    this.stmts.push(`advantages = ${adv.src}`);
    if (this.chance(30)) this.stmts.push(`returns = ${this.output(this.expr('f', 'token', { depth: this.d.int(1, 3), kVars: [] })).src}`);
    for (let i = this.d.int(0, 5); i > 0; i--) {
      const dom = this.pick(['token', 'rollout', 'group', 'batch', ...(this.keyDeclared ? (['key'] as const) : [])] as const);
      const e = this.output(this.expr(this.pick(['f', 'i'] as const), dom, { depth: this.d.int(1, 4), kVars: [] }));
      this.stmts.push(`output o${i} = ${e.src}`);
    }
    const defaults = { pf: 0.5, pi: 2, pb: true };
    const lines = [
      'input extra_r: rollout float',
      'input extra_t: token int',
      ...this.fnSources,
      `estimator diff(pf = ${fmt(defaults.pf)}, pi: int = ${defaults.pi}, pb = ${defaults.pb}) {`,
      ...this.stmts.map((s) => `  ${s}`),
      `}`,
    ];
    const params: Record<string, number | boolean> = {};
    if (this.f.alias && this.chance(20)) lines.push(`estimator diff_alias = diff(pf = 0.25, pb = false)`);
    if (this.chance(40)) params.pf = this.pick([0.25, -1.5, 2]);
    if (this.chance(40)) params.pi = this.pick([0, 1, 3, -2]);
    if (this.chance(40)) params.pb = this.pick([false, true]);
    return { source: lines.join('\n') + '\n', params };
  }

  private fresh(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  private bind(e: E): E {
    if (e.usesK) return e;
    const name = this.fresh('v');
    this.stmts.push(`let ${name} = ${e.src}`);
    const b = { ...e, src: name };
    this.lets.push(b);
    return b;
  }

  /** A non-leaf argument that is used twice (guarded reductions) goes in a `let` so the source stays small. */
  private shared(e: E): E {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.src) || e.usesK) return e;
    return this.bind(e);
  }

  private declareKey(): void {
    const options = ['responses', '(responses % 3)', '(responses * 7 + 1)', '(responses[t-1] * 10 + responses)'];
    if (this.f.negativeKeys) options.push('(responses - 2)');
    if (!this.f.shifts) options.splice(3, 1);
    // prefix-tree nodes; an int scan that wraps (negative remainders: no key)
    if (this.f.intScans) options.push('prefix_key(responses)', ...(this.f.negativeKeys ? ['(scan(responses + 1, 7) % 97)'] : []));
    this.keyDeclared = true;
    // the per-position domain: a key on t that needs no declaration
    if (this.chance(25)) [this.key, this.keyLeaf] = ['position', 'int(max[position](t))'];
    else this.stmts.push(`key tok = ${this.pick(options)}`);
  }

  /** `fn hN(a, b) = ...`: maps only, over its parameters (arguments are clamped to [-8, 8] at each call). */
  private declareFn(): void {
    const name = this.fresh('h');
    const arity = this.d.int(1, 2);
    const params: E[] = ['a', 'b'].slice(0, arity).map((p) => ({ src: p, ty: 'f', dom: 'batch', exact: true, frac: 3, bound: 8, usesK: false }));
    const ctx: Ctx = { depth: this.d.int(1, 3), kVars: [], fnParams: params };
    if (this.chance(50)) {
      const body = this.expr('f', 'token', ctx);
      this.fnSources.push(`fn ${name}(${params.map((p) => p.src).join(', ')}) = ${body.src}`);
      this.fns.push({ name, arity, body, uses: params.map((p) => new RegExp(`\\b${p.src}\\b`).test(body.src)) });
    } else {
      // `let u = a` then a line starting with `(` would read as the call `a(...)`: parenthesize the value
      const u = this.expr('f', 'token', ctx);
      const inner: Ctx = { ...ctx, fnParams: [...params, { ...u, src: 'u' }] };
      const body = this.expr('f', 'token', inner);
      // half of them hand back a record; calls pick the field
      const field = this.chance(50) ? 'v' : undefined;
      const result = field ? `{ w: u, v: ${body.src} }` : body.src;
      this.fnSources.push(`fn ${name}(${params.map((p) => p.src).join(', ')}) {`, `  let u = (${u.src})`, `  ${result}`, `}`);
      const reads = (p: string, src: string) => new RegExp(`\\b${p}\\b`).test(src);
      this.fns.push({ name, arity, body, field, uses: params.map((p) => reads(p.src, body.src) || (reads('u', body.src) && reads(p.src, u.src))) });
    }
  }

  /** An output value: a number, and (while bug 1 stands) never a batch-domain value. */
  private output(e: E): E {
    const n = this.numeric(e);
    if (this.f.batchDomainOutputs || n.dom !== 'batch') return n;
    return { ...n, src: `(${n.src} + float(response_mask) * 0.0)`, dom: 'token' };
  }

  /** Makes a bool a number (outputs cannot be bools). */
  private numeric(e: E): E {
    if (e.ty !== 'b') return e;
    return { ...e, src: `(if ${e.src} then 1.0 else 0.0)`, ty: 'f', exact: true, frac: 0, bound: 1 };
  }

  /** Divides a large value by a power of two (exactness is kept: only the exponent changes). */
  private rescale(e: E): E {
    if (e.ty !== 'f' || e.bound <= SOFT_BOUND * (e.exact ? 256 : 1)) return e;
    const s = 2 ** Math.ceil(Math.log2(e.bound / SOFT_BOUND));
    return { ...e, src: `(${e.src} / ${fmt(s)})`, bound: e.bound / s, frac: e.frac + Math.log2(s) };
  }

  private mk(src: string, ty: Ty, dom: Dom, exact: boolean, frac: number, bound: number, usesK: boolean): E {
    const ex = exact && (ty !== 'f' || exactOk(frac, bound));
    return this.rescale({ src, ty, dom, exact: ex, frac: ex ? frac : 0, bound, usesK });
  }

  /** An expression of type `ty` whose domain can be used where `maxDom` values live. */
  expr(ty: Ty, maxDom: Dom, ctx: Ctx): E {
    if (ctx.depth <= 0 || this.chance(15)) return this.leaf(ty, maxDom, ctx);
    const sub: Ctx = { ...ctx, depth: ctx.depth - 1 };
    const ops = this.composites(ty, maxDom, ctx);
    for (let attempt = 0; attempt < 4; attempt++) {
      const op = this.pick(ops);
      const e = op(sub);
      if (e && e.dom === 'key' && e.ty !== 'f' && !this.f.nonFloatKeyMaps) continue;
      if (e) return e;
    }
    return this.leaf(ty, maxDom, ctx);
  }

  /** An exact expression (for conditions, bounds, keys); falls back to a leaf, which is always exact. */
  private exactExpr(ty: 'f' | 'i', maxDom: Dom, ctx: Ctx): E {
    for (let i = 0; i < 3; i++) {
      const e = this.expr(ty, maxDom, ctx);
      if (e.exact && e.ty !== 'b') return e;
    }
    return this.leaf(ty, maxDom, ctx);
  }

  private leaf(ty: Ty, maxDom: Dom, ctx: Ctx): E {
    const c: E[] = [];
    const add = (src: string, t: Ty, dom: Dom, frac: number, bound: number, usesK = false) => {
      if (t === ty && fits(dom, maxDom)) c.push({ src, ty: t, dom, exact: true, frac, bound, usesK });
    };
    if (ctx.fnParams) {
      for (const p of ctx.fnParams) if (p.ty === ty) c.push(p);
    } else {
      add('token_level_rewards', 'f', 'token', INPUT_FRAC_BITS, INPUT_BOUND);
      const grids = ['values', 'old_log_probs', 'ref_log_probs', 'sum_pi_squared', 'rollout_is_weights', ...(this.f.orderStats ? [] : ['entropy'])];
      add(this.pick(grids), 'f', 'token', INPUT_FRAC_BITS, INPUT_BOUND);
      add('reward_baselines', 'f', 'rollout', INPUT_FRAC_BITS, INPUT_BOUND);
      // declared inputs (see generate): a float per rollout and an int per token
      add('extra_r', 'f', 'rollout', INPUT_FRAC_BITS, INPUT_BOUND);
      add('extra_t', 'i', 'token', 0, 8);
      add('length', 'f', 'rollout', 0, MAX_T);
      add('pf', 'f', 'batch', 2, 2);
      add('responses', 'i', 'token', 0, 8);
      add('response_mask', 'i', 'token', 0, 1);
      add('t', 'i', 'token', 0, MAX_T);
      add('index', 'i', 'rollout', 0, 1000);
      add('pi', 'i', 'batch', 0, 3);
      add('pb', 'b', 'batch', 0, 1);
      if (this.keyDeclared) add(this.keyLeaf, 'i', 'key', 0, 80);
      for (const l of this.lets) if (l.ty === ty && fits(l.dom, maxDom)) c.push(l);
    }
    for (const k of ctx.kVars) if (this.f.foldVarInBody) add(k.name, 'i', k.dom, 0, 8, true);
    const consts: Record<Ty, [string, number, number][]> = {
      f: [
        ['1.0', 0, 1],
        ['0.5', 1, 0.5],
        ['(-2.0)', 0, 2],
        ['0.25', 2, 0.25],
        ['3.0', 0, 3],
        ['(-0.75)', 2, 0.75],
      ],
      i: [
        ['1', 0, 1],
        ['0', 0, 0],
        ['2', 0, 2],
        ['(-3)', 0, 3],
        ['5', 0, 5],
      ],
      b: [
        ['true', 0, 1],
        ['false', 0, 1],
      ],
    };
    const [src, frac, bound] = this.pick(consts[ty]);
    // constants take a fixed share so that leaves are mostly data
    if (c.length === 0 || this.chance(20)) {
      if (ty === 'f' && this.chance(15)) return { src: '0.1', ty, dom: 'batch', exact: false, frac: 0, bound: 0.1, usesK: false };
      return { src, ty, dom: 'batch', exact: true, frac, bound, usesK: false };
    }
    return this.pick(c);
  }

  private composites(ty: Ty, maxDom: Dom, ctx: Ctx): ((c: Ctx) => E | undefined)[] {
    const inFn = ctx.fnParams !== undefined;
    const ops: ((c: Ctx) => E | undefined)[] = [];
    const data = !inFn; // reductions, scans, shifts and folds need data, not only fn parameters
    if (ty === 'f') {
      ops.push((c) => this.arith('f', maxDom, c), (c) => this.arith('f', maxDom, c), (c) => this.neg('f', maxDom, c));
      ops.push((c) => this.minMaxAbs('f', maxDom, c), (c) => this.ifThenElse('f', maxDom, c), (c) => this.toFloat(maxDom, c));
      if (this.f.math) ops.push((c) => this.math(maxDom, c), (c) => this.math(maxDom, c), (c) => this.rounding(maxDom, c));
      ops.push((c) => this.safeDiv(maxDom, c));
      if (data) ops.push((c) => this.reduce('f', maxDom, c), (c) => this.reduce('f', maxDom, c));
      if (data && this.f.scans && fits('token', maxDom)) ops.push((c) => this.scan(c));
      if (data && this.f.extremeScans && fits('token', maxDom)) ops.push((c) => this.extremeScan(c), (c) => this.segmentExtreme(c));
      if (data && this.f.shifts && fits('token', maxDom)) ops.push((c) => this.shift('f', c));
      if (data && this.f.folds) ops.push((c) => this.fold(maxDom, c));
      if (data && this.fns.length) ops.push((c) => this.callFn(maxDom, c));
      if (data && this.f.orderStats) ops.push((c) => this.selection(maxDom, c), (c) => this.rankOf(maxDom, c));
    } else if (ty === 'i') {
      ops.push((c) => this.arith('i', maxDom, c), (c) => this.neg('i', maxDom, c), (c) => this.minMaxAbs('i', maxDom, c));
      ops.push((c) => this.ifThenElse('i', maxDom, c), (c) => this.toInt(maxDom, c));
      if (this.f.intModulo) ops.push((c) => this.modulo(maxDom, c));
      if (data) ops.push((c) => this.reduce('i', maxDom, c));
      if (data && this.f.shifts && fits('token', maxDom)) ops.push((c) => this.shift('i', c));
      if (data && this.f.intScans && fits('token', maxDom)) ops.push((c) => this.intScan(c));
    } else {
      ops.push((c) => this.compare(maxDom, c), (c) => this.compare(maxDom, c), (c) => this.logic(maxDom, c));
      ops.push((c) => this.notE(maxDom, c), (c) => this.ifThenElse('b', maxDom, c));
      if (data) ops.push((c) => this.reduce('b', maxDom, c));
      if (data && this.f.shifts && fits('token', maxDom)) ops.push((c) => this.shift('b', c));
      if (data && this.f.orderStats) ops.push((c) => this.ranked(maxDom, c));
    }
    return ops;
  }

  private num(maxDom: Dom, c: Ctx, preferF = true): E {
    return this.expr(preferF || this.chance(50) ? 'f' : 'i', maxDom, c);
  }

  private arith(ty: 'f' | 'i', maxDom: Dom, c: Ctx): E | undefined {
    const op = this.pick(['+', '-', '*'] as const);
    const l = ty === 'f' ? this.num(maxDom, c, false) : this.expr('i', maxDom, c);
    const r = ty === 'f' ? this.num(maxDom, c, false) : this.expr('i', maxDom, c);
    const t: Ty = l.ty === 'i' && r.ty === 'i' ? 'i' : 'f';
    if (t !== ty) return undefined;
    const bound = op === '*' ? l.bound * r.bound : l.bound + r.bound;
    if (ty === 'i' && bound > 2 ** 20 && !this.f.bigInts) return undefined;
    if (ty === 'i' && bound > 2 ** 30) return undefined;
    const frac = op === '*' ? l.frac + r.frac : Math.max(l.frac, r.frac);
    return this.mk(`(${l.src} ${op} ${r.src})`, ty, join(l.dom, r.dom), l.exact && r.exact, frac, bound, l.usesK || r.usesK);
  }

  private neg(ty: 'f' | 'i', maxDom: Dom, c: Ctx): E {
    const x = this.expr(ty, maxDom, c);
    return { ...x, src: `(-${x.src})` };
  }

  private minMaxAbs(ty: 'f' | 'i', maxDom: Dom, c: Ctx): E | undefined {
    const x = this.expr(ty, maxDom, c);
    const which = this.pick(['abs', 'min', 'max', 'clamp'] as const);
    if (which === 'abs') return { ...x, src: `abs(${x.src})` };
    if (which === 'clamp') {
      const [lo, hi] = ty === 'i' ? ['(-3)', '4'] : ['(-1.5)', '2.0'];
      return { ...x, src: `clamp(${x.src}, ${lo}, ${hi})`, frac: x.frac, bound: Math.min(x.bound, ty === 'i' ? 4 : 2) };
    }
    const y = this.expr(ty, maxDom, c);
    return this.mk(`${which}(${x.src}, ${y.src})`, ty, join(x.dom, y.dom), x.exact && y.exact, Math.max(x.frac, y.frac), Math.max(x.bound, y.bound), x.usesK || y.usesK);
  }

  private ifThenElse(ty: Ty, maxDom: Dom, c: Ctx): E | undefined {
    const cond = this.expr('b', maxDom, c);
    const a = this.expr(ty, maxDom, c);
    const b = this.expr(ty, maxDom, c);
    const t: Ty = a.ty === b.ty ? a.ty : 'f';
    const form = this.chance(20) ? `select(${cond.src}, ${a.src}, ${b.src})` : `(if ${cond.src} then ${a.src} else ${b.src})`;
    return this.mk(form, t, join(cond.dom, join(a.dom, b.dom)), a.exact && b.exact, Math.max(a.frac, b.frac), Math.max(a.bound, b.bound), cond.usesK || a.usesK || b.usesK);
  }

  private toFloat(maxDom: Dom, c: Ctx): E {
    const x = this.expr(this.pick(['i', 'b'] as const), maxDom, c);
    return this.mk(`float(${x.src})`, 'f', x.dom, x.exact, 0, x.bound, x.usesK);
  }

  private toInt(maxDom: Dom, c: Ctx): E | undefined {
    const x = this.expr(this.pick(['f', 'b'] as const), maxDom, c);
    if (!x.exact) return undefined;
    return this.mk(`int(${x.src})`, 'i', x.dom, true, 0, Math.ceil(x.bound), x.usesK);
  }

  private modulo(maxDom: Dom, c: Ctx): E {
    const x = this.expr('i', maxDom, c);
    // never 0: `x % 0` with a literal 0 is accepted by the checker but rejected by WGSL (bug 8)
    const m = this.d.int(1, 5);
    return this.mk(`(${x.src} % ${m})`, 'i', x.dom, true, 0, Math.min(x.bound, m - 1), x.usesK);
  }

  private safeDiv(maxDom: Dom, c: Ctx): E {
    const x = this.num(maxDom, c);
    const y = this.num(maxDom, c);
    return this.mk(`(${x.src} / (abs(${y.src}) + 1.0))`, 'f', join(x.dom, y.dom), false, 0, x.bound, x.usesK || y.usesK);
  }

  /** Transcendental functions on safe domains (arguments kept away from poles and from steep regions). */
  private math(maxDom: Dom, c: Ctx): E {
    const x = this.num(maxDom, c);
    const a = x.src;
    const forms: [string, number][] = [
      [`exp(clamp(${a}, -4.0, 2.0))`, 7.4],
      [`log(abs(${a}) + 1.0)`, Math.log(x.bound + 1)],
      [`log2(abs(${a}) + 1.0)`, log2(x.bound + 1)],
      [`sqrt(abs(${a}) + 0.25)`, Math.sqrt(x.bound + 0.25)],
      [`rsqrt(abs(${a}) + 1.0)`, 1],
      [`asin(clamp(${a}, -0.9, 0.9))`, 1.2],
      [`tanh(${a})`, 1],
      [`sigmoid(${a})`, 1],
      [`lgamma(abs(${a}) + 1.0)`, Math.max(1, (x.bound + 1) * Math.log(x.bound + 1))],
      [`pow(abs(${a}) + 1.0, 0.5)`, Math.sqrt(x.bound + 1)],
      [`((abs(${a}) + 1.0) ** (-1.5))`, 1],
    ];
    const [src, bound] = this.pick(forms);
    return this.mk(src, 'f', x.dom, false, 0, bound, x.usesK);
  }

  private rounding(maxDom: Dom, c: Ctx): E | undefined {
    const x = this.expr('f', maxDom, c);
    if (!x.exact) return undefined;
    const fn = this.pick(['floor', 'ceil', 'round', 'sign'] as const);
    return this.mk(`${fn}(${x.src})`, 'f', x.dom, true, 0, fn === 'sign' ? 1 : Math.ceil(x.bound), x.usesK);
  }

  private compare(maxDom: Dom, c: Ctx): E {
    if (this.chance(10)) {
      const a = this.expr('b', maxDom, c);
      const b = this.expr('b', maxDom, c);
      return { src: `(${a.src} ${this.pick(['==', '!='])} ${b.src})`, ty: 'b', dom: join(a.dom, b.dom), exact: true, frac: 0, bound: 1, usesK: a.usesK || b.usesK };
    }
    const useF = this.chance(60);
    const a = this.exactExpr(useF ? 'f' : 'i', maxDom, c);
    const b = this.exactExpr(this.chance(50) ? 'f' : 'i', maxDom, c);
    const op = this.pick(['<', '<=', '>', '>=', '==', '!=']);
    return { src: `(${a.src} ${op} ${b.src})`, ty: 'b', dom: join(a.dom, b.dom), exact: true, frac: 0, bound: 1, usesK: a.usesK || b.usesK };
  }

  private logic(maxDom: Dom, c: Ctx): E {
    const a = this.expr('b', maxDom, c);
    const b = this.expr('b', maxDom, c);
    return { src: `(${a.src} ${this.pick(['and', 'or'])} ${b.src})`, ty: 'b', dom: join(a.dom, b.dom), exact: true, frac: 0, bound: 1, usesK: a.usesK || b.usesK };
  }

  private notE(maxDom: Dom, c: Ctx): E {
    const a = this.expr('b', maxDom, c);
    return { ...a, src: `(not ${a.src})` };
  }

  /** Argument of a reduction, scan or shift: no fold variable (those are per-element), at most `maxDom`. */
  private noK(c: Ctx): Ctx {
    return { ...c, kVars: [] };
  }

  private shift(ty: Ty, c: Ctx): E {
    const x = this.expr(ty, 'token', this.noK(c));
    const k = this.d.int(1, 3);
    // a neighbour's value is a token value whatever the domain read (x[t+k] of a rollout value too)
    return { ...x, src: `(${x.src})[t${this.chance(50) ? '+' : '-'}${k}]`, dom: 'token', bound: x.ty === 'b' ? 1 : x.bound };
  }

  private scan(c: Ctx): E {
    const nc = this.noK(c);
    const b = this.num('token', nc);
    // the coefficient: exact values in {-1, 0, 1} keep the scan exact; otherwise |c| <= 1 keeps it bounded
    let coef: E;
    if (this.chance(50)) {
      coef = this.pick<E>([
        { src: '1.0', ty: 'f', dom: 'batch', exact: true, frac: 0, bound: 1, usesK: false },
        { src: 'float(response_mask)', ty: 'f', dom: 'token', exact: true, frac: 0, bound: 1, usesK: false },
        { src: '(float(response_mask))[t+1]', ty: 'f', dom: 'token', exact: true, frac: 0, bound: 1, usesK: false },
        { src: '(if responses > 2 then 0.0 else 1.0)', ty: 'f', dom: 'token', exact: true, frac: 0, bound: 1, usesK: false },
      ]);
    } else {
      const x = this.num('token', nc);
      coef = { ...x, src: `clamp(${x.src}, -1.0, 1.0)`, exact: false, bound: 1 };
    }
    const exact = b.exact && coef.exact;
    const name = this.chance(50) ? 'scan' : 'scan_rev';
    return this.mk(`${name}(${b.src}, ${coef.src})`, 'f', 'token', exact, b.frac, b.bound * MAX_T, false);
  }

  /** An int scan: wrapping i32, exact on every backend; the remainder keeps what reads it small. */
  private intScan(c: Ctx): E {
    const b = this.expr('i', 'token', this.noK(c));
    const coef = this.pick(['1', '3', '1000003', '(-1)', 'response_mask']);
    const name = this.chance(50) ? 'scan' : 'scan_rev';
    return this.mk(`(${name}(${b.src}, ${coef}) % 1000)`, 'i', 'token', b.exact, 0, 999, false);
  }

  private carry(): string {
    return this.pick(['(responses != 0)', '(t % 3 != 0)', '(response_mask == 1)', '(responses[t-1] < 2)']);
  }

  /** A running max or min along the rollout, restarted where the carry is false. */
  private extremeScan(c: Ctx): E {
    const x = this.num('token', this.noK(c));
    return this.mk(`scan_${this.pick(['max', 'min'])}(${x.src}, ${this.carry()})`, 'f', 'token', x.exact, x.frac, x.bound, false);
  }

  /** segment_max / segment_min (clamped: a segment without valid tokens has a +-3e38 sentinel). */
  private segmentExtreme(c: Ctx): E | undefined {
    const x = this.num('token', this.noK(c));
    if (x.bound > 1e6) return undefined;
    const cut = this.pick(['responses == 1', 'responses > 2', 'responses[t+1] == 0']);
    const src = `clamp(segment_${this.pick(['max', 'min'])}(${x.src}, ${cut}), ${fmt(-x.bound)}, ${fmt(x.bound)})`;
    return this.mk(src, 'f', 'token', x.exact, x.frac, x.bound, false);
  }

  /** `(op k in lo..hi: body)` over a short integer range. */
  private fold(maxDom: Dom, c: Ctx): E {
    const op = this.pick(['sum', 'prod', 'min', 'max'] as const);
    const lo = this.pick<E>([
      { src: '0', ty: 'i', dom: 'batch', exact: true, frac: 0, bound: 0, usesK: false },
      { src: '1', ty: 'i', dom: 'batch', exact: true, frac: 0, bound: 1, usesK: false },
      (() => {
        const x = this.boundExpr(maxDom, c);
        return { ...x, src: `clamp(${x.src}, 0, 2)`, bound: 2 };
      })(),
    ]);
    const span = this.boundExpr(maxDom, c);
    // min and max need a non-empty range (their identity is infinite); sum and prod may be empty
    const hi = op === 'min' || op === 'max' ? `(${lo.src} + clamp(${span.src}, 0, 3))` : `clamp(${span.src}, -1, 4)`;
    const kName = this.fresh('k');
    const kDom = join(lo.dom, span.dom);
    if (!fits(kDom, maxDom)) return this.leaf('f', maxDom, c);
    const inner: Ctx = { ...c, kVars: [...c.kVars, { name: kName, dom: kDom }] };
    let body = this.num(maxDom, inner);
    if (op === 'prod') body = { ...body, src: `clamp(${body.src}, -1.5, 1.5)`, bound: Math.min(body.bound, 1.5) };
    const n = 5;
    const bound = op === 'sum' ? body.bound * n : op === 'prod' ? Math.max(1, body.bound ** n) : body.bound;
    const frac = op === 'prod' ? body.frac * n : body.frac;
    const usesK = lo.usesK || span.usesK;
    return this.mk(`(${op} ${kName} in ${lo.src}..${hi}: ${body.src})`, 'f', join(kDom, body.dom), body.exact, frac, bound, usesK);
  }

  /** An exact int for a fold bound (clamped by the caller, which makes it a map). */
  private boundExpr(maxDom: Dom, c: Ctx): E {
    const x = this.exactExpr('i', maxDom, { ...c, depth: Math.min(c.depth, 1) });
    if (x.dom === 'key' && !this.f.nonFloatKeyMaps) return { src: '(2)', ty: 'i', dom: 'batch', exact: true, frac: 0, bound: 2, usesK: false };
    return x;
  }

  private callFn(maxDom: Dom, c: Ctx): E | undefined {
    const fn = this.pick(this.fns);
    const args: E[] = [];
    for (let i = 0; i < fn.arity; i++) args.push(this.num(maxDom, c));
    const exact = args.every((a) => a.exact && a.frac <= 3) && fn.body.exact;
    const dom = args.reduce<Dom>((d, a, i) => (fn.uses[i] ? join(d, a.dom) : d), 'batch');
    const src = `${fn.name}(${args.map((a) => `clamp(${a.src}, -8.0, 8.0)`).join(', ')})${fn.field ? `.${fn.field}` : ''}`;
    return this.mk(src, 'f', dom, exact, fn.body.frac, fn.body.bound, args.some((a, i) => a.usesK && fn.uses[i]));
  }

  /**
   * The members an order statistic selects among, in `from`: an exact value (the grid's many ties), or the
   * entropies (ties, near-equal and huge values, infinities: an exact order but no exact sums; `order`), at token
   * level or selected once already per rollout or group. `finite`: entropies clamped to +-1e30, for quantile's lerp.
   */
  private members(from: 'token' | 'rollout' | 'group', target: Dom, exact: boolean, finite: boolean, c: Ctx): (E & { order?: true }) | undefined {
    if (this.chance(40)) {
      const h = this.pick(['entropy', '(-entropy)', 'abs(entropy)']);
      const leaf = finite ? `clamp(${h}, -1.0e30, 1.0e30)` : h;
      const src = { token: leaf, rollout: `kth(${leaf}, ${this.pick(['0', '(length - 1.0)', '(length / 2.0)'])})`, group: `median[group](${leaf})` }[from];
      if (!strictlyFiner(from, target)) return undefined;
      return { src, ty: 'f', dom: from, exact: false, frac: 0, bound: Infinity, usesK: false, order: true };
    }
    const x = this.expr('f', from, this.noK(c));
    if (x.dom === 'key' || !strictlyFiner(x.dom, target) || (exact && !x.exact)) return undefined;
    return this.shared(x);
  }

  /** A target coarser than `from` (and within `maxDom`, or any), written the way a call names it. */
  private selectTarget(from: Dom, maxDom?: Dom): { target: Dom; dom: string } | undefined {
    const targets = (['batch', 'group', 'rollout'] as const).filter((t) => strictlyFiner(from, t) && (!maxDom || fits(t, maxDom)));
    if (!targets.length) return undefined;
    const target = this.pick(targets);
    const defaults: Record<string, Dom> = { token: 'rollout', rollout: 'group', group: 'batch' };
    return { target, dom: defaults[from] === target && this.chance(50) ? '' : `[${target}]` };
  }

  /** k of a selection: an exact value of the target domain (or coarser), or the set's count less a constant. */
  private rankArg(x: E, target: Dom, c: Ctx): string {
    if (this.chance(40)) return `(count[${target}](${x.src}) - ${this.pick(['1.0', '2.0', '0.0', '0.5'])})`;
    return this.exactExpr(this.pick(['f', 'i'] as const), target, { ...this.noK(c), depth: Math.min(c.depth, 2) }).src;
  }

  /** kth, median, kth_largest or quantile to a coarser domain: a member exactly (quantile: interpolated). */
  private selection(maxDom: Dom, c: Ctx): E | undefined {
    const from = this.pick(['token', 'rollout', 'group'] as const);
    const to = this.selectTarget(from, maxDom);
    if (!to) return undefined;
    const op = this.pick(['kth', 'kth', 'median', 'kth_largest', 'quantile'] as const);
    const x = this.members(from, to.target, false, op === 'quantile', c);
    if (!x) return undefined;
    const q = this.pick(['0.0', '0.25', '0.5', '0.8', '1.0', 'clamp(pf, 0.0, 1.0)']);
    const args = op === 'median' ? x.src : op === 'quantile' ? `${x.src}, ${q}` : `${x.src}, ${this.rankArg(x, to.target, c)}`;
    const call = `${op}${to.dom}(${args})`;
    // a selected entropy can be huge or infinite: clamped, it feeds the rest as an inexact value
    if (x.order) return { src: `clamp(${call}, -4.0, 4.0)`, ty: 'f', dom: to.target, exact: false, frac: 0, bound: 4, usesK: false };
    return this.mk(call, 'f', to.target, x.exact && op !== 'quantile', x.frac, x.bound, false);
  }

  /** rank(x) of a rollout value: an exact count of the group's rollouts below, as the members' order is exact. */
  private rankOf(maxDom: Dom, c: Ctx): E | undefined {
    if (!fits('rollout', maxDom)) return undefined;
    const x = this.members('rollout', 'group', true, false, c);
    if (!x) return undefined;
    return this.mk(`rank${this.chance(25) ? '[group]' : ''}(${x.src})`, 'f', 'rollout', true, 0, MAX_B, false);
  }

  /** top_k, or a member compared with its set's order statistic: exact, as the members' order is. */
  private ranked(maxDom: Dom, c: Ctx): E | undefined {
    const froms = (['token', 'rollout', 'group'] as const).filter((f) => fits(f, maxDom));
    if (!froms.length) return undefined;
    const from = this.pick(froms);
    const to = this.selectTarget(from);
    if (!to) return undefined;
    const x = this.members(from, to.target, true, false, c);
    if (!x) return undefined;
    const cmp = this.pick(['<', '<=', '>', '>=', '==']);
    const src = this.pick([
      () => `top_k${to.dom}(${x.src}, ${this.rankArg(x, to.target, c)})`,
      () => `(${x.src} ${cmp} median${to.dom}(${x.src}))`,
      () => `(${x.src} ${cmp} kth${to.dom}(${x.src}, ${this.rankArg(x, to.target, c)}))`,
    ])();
    return { src, ty: 'b', dom: x.dom, exact: true, frac: 0, bound: 1, usesK: false };
  }

  /** A reduction to a domain coarser than the argument's, guarded where the reduced set can be empty. */
  private reduce(ty: Ty, maxDom: Dom, c: Ctx): E | undefined {
    const targets = (['batch', 'group', 'rollout', 'key'] as const).filter(
      (t) => fits(t, maxDom) && (t !== 'key' || (this.keyDeclared && this.f.keyReductions)),
    );
    if (!targets.length) return undefined;
    const target = this.pick(targets);
    const nc = this.noK(c);
    const t = target === 'key' ? this.key : target;
    if (target === 'key' && this.chance(25)) {
      if (ty !== 'f') return undefined;
      if (this.chance(50)) return this.mk(`count[${this.key}]()`, 'f', 'key', true, 0, fanIn('token', 'key'), false);
      // presence: a rollout weight summed once per rollout that contains the key
      const w = this.expr(this.pick(['f', 'b'] as const), 'rollout', nc);
      return this.mk(`presence[${this.key}](${w.src})`, 'f', 'key', w.exact, w.frac, w.bound * MAX_B, false);
    }
    const froms = (['token', 'rollout', 'key', 'group'] as const).filter(
      (f) => strictlyFiner(f, target) || (target === 'key' && f === 'rollout'),
    ).filter((f) => f !== 'key' || this.keyDeclared);
    const from = this.pick(froms);
    const ops: Record<Ty, string[]> = {
      f: ['sum', 'mean', 'count', 'min', 'max', 'var', 'std', 'var_pop', 'std_pop'],
      i: [], // integer min/max reduce in float: an int reduction result does not exist
      b: ['any', 'all'],
    };
    if (!ops[ty].length) return undefined;
    const op = this.pick(ops[ty]);
    const argTy: Ty = op === 'count' ? this.pick(['f', 'i', 'b'] as const) : ty === 'f' ? this.pick(['f', 'f', 'i'] as const) : ty;
    let x = this.expr(argTy, from, nc);
    if (ty === 'i' && this.f.bigInts && this.chance(30)) {
      x = { ...x, src: `(${x.src} * 1000003)`, bound: x.bound * 1000003 };
    }
    const ok = target === 'key' ? x.dom !== 'key' && (x.dom !== 'batch' || this.f.keyReduceOfBatchValues) : strictlyFiner(x.dom, target);
    if (!ok) return undefined;
    x = this.shared(x);
    // without brackets a reduction goes to the next coarser domain
    const defaults: Record<string, Dom> = { token: 'rollout', rollout: 'group', key: 'group', group: 'batch' };
    // every position, masked or not: only where no key exists yet (masked tokens have no key value)
    const every = target === 'rollout' && x.dom === 'token' && !this.keyDeclared && this.chance(25);
    const dom = target === 'key' ? `[${this.key}]` : every ? '[rollout, all]' : defaults[x.dom] === target && this.chance(50) ? '' : `[${t}]`;
    const call = `${op}${dom}(${x.src})`;
    const n = fanIn(x.dom, target);
    let r: E;
    switch (op) {
      case 'sum':
        r = this.mk(call, 'f', target, x.exact, x.frac, x.bound * n, false);
        break;
      case 'count':
        r = this.mk(call, 'f', target, true, 0, n, false);
        break;
      case 'min':
      case 'max':
        // exact when the values are: floats hold integers exactly up to 2^24
        r = this.mk(call, 'f', target, x.exact && x.bound < 2 ** 24, x.frac, x.bound, false);
        break;
      case 'any':
      case 'all': {
        const guard = op === 'any' && !this.f.anyOverEmpty && !(x.dom === 'rollout' || x.dom === 'group');
        const src = guard ? `(if count${dom}(${x.src}) > 0.0 then ${call} else false)` : call;
        return { src, ty: 'b', dom: target, exact: true, frac: 0, bound: 1, usesK: false };
      }
      case 'mean':
        r = this.mk(call, 'f', target, false, 0, x.bound, false);
        break;
      default: {
        const variance = 2 * x.bound * x.bound;
        r = this.mk(call, 'f', target, false, 0, op.startsWith('std') ? Math.sqrt(variance) : variance, false);
      }
    }
    // Reducing can meet an empty set (a row without valid tokens, a group without keys): min/max give +-inf,
    // mean 0/0; an unbiased variance needs two elements. Guard the way estimators do, with an exact count.
    const canBeEmpty = !(x.dom === 'rollout' || x.dom === 'group'); // every group has a rollout, the batch a group
    const needs = op === 'var' || op === 'std' ? 1 : canBeEmpty && ['mean', 'min', 'max', 'var_pop', 'std_pop'].includes(op) ? 0 : -1;
    if (needs >= 0) {
      const zero = r.ty === 'i' ? '0' : '0.0';
      r = { ...r, src: `(if count${dom}(${x.src}) > ${needs}.0 then ${r.src} else ${zero})` };
    }
    return r;
  }
}

/** Generates one program with the given features. */
export function generateProgram(d: Draw, features: Features): GeneratedProgram {
  return new ProgramGenerator(d, features).generate();
}
