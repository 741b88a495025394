// Lowering, part 1: the value of an advc IR node at a place of a kernel (a group, a rollout, a token, a key), as
// kernel-IR statements (a `let` per computed node, cached per context) and the expression that names it.
// Rollout and group values used in finer loops are hoisted to the loop of their own domain.
import { isKey, type ScalarType } from './domains.js';
import { foldDependentNodes, reachable, type Node, type Program } from './ir.js';
import type { Schedule } from './schedule.js';
import type { CountTable } from './count-tables.js';
import { foldCode, MAX_FOLD_VALUES } from './fold-limit.js';
import {
  add,
  bin,
  bitcast,
  bool,
  call,
  conv,
  F,
  f32,
  I,
  i32,
  ifS,
  letS,
  load,
  mul,
  ref,
  select,
  store,
  sub,
  u32,
  uni,
  varS,
  assign,
  forUp,
  type CodegenOptions,
  type Expr,
  type Scalar,
  type Stmt,
} from './kernel-ir.js';

export interface Ctx {
  level: 'group' | 'rollout' | 'token' | 'key';
  /** the position (i32), in token contexts */
  t: Expr;
  /** names the position in cache keys */
  tk: string;
  /** the key slot (u32), in key contexts */
  slot?: Expr;
  /** key contexts opened from this token context, by key name */
  keyCtx?: Map<string, { ctx: Ctx; word: Expr }>;
  lines: Stmt[];
  cache: Map<string, Expr>;
  parent?: Ctx;
  /** fold variables bound in this context, by fold variable id */
  foldVars: Map<number, Expr>;
  /** the current rollout's row, when not `row` (rows handled together each have their own) */
  row?: Expr;
}

export const NO_KEY = 0xffffffff;

/** Positions per block of a walk whose scans' addends are computed a block ahead (blockAddends): 1 KB per array. */
const SCAN_BLOCK = 256;
/** The operations of a token value that depends on its position alone (with inputs, rollout and group values). */
const POSITIONAL_OPS = new Set<Node['op']>(['const', 'param', 'pos', 'input', 'bin', 'un', 'select', 'cast', 'call']);

export abstract class ValueLowering {
  protected program: Program;
  protected tmp = 0;
  protected foldDependent: Set<number>;
  /** count tables built in the current kernel (each with its flag `tabled<node>`, false in groups without one) */
  protected countTables = new Set<number>();
  /** the count tables read while the current key-map is lowered, by tabulated node */
  protected tabled = new Map<number, CountTable>();
  /** per-key values the current key map memoizes (owned tables): node -> the key accumulators it reads */
  protected memos = new Map<number, number[]>();
  /** module functions the kernels call (lgamma, asin) */
  readonly calls = new Set<string>();
  /** stored token values the current pass computes and stores (other passes read them) */
  protected storing = new Set<number>();

  constructor(
    protected sched: Schedule,
    protected opts: CodegenOptions,
  ) {
    this.program = sched.program;
    this.foldDependent = foldDependentNodes(this.program.nodes);
  }

  protected get cooperative(): boolean {
    return this.opts.mode === 'cooperative';
  }

  // ---- what the key lowering supplies ----
  protected abstract lookup(n: Node, c: Ctx, cacheKey: string): Expr;
  protected abstract readAccum(n: Node & { op: 'reduce' }, slot: Expr): Expr;
  protected abstract slotWord(k: string, c: Ctx): Expr;
  protected abstract tableRead(n: Node, c: Ctx): Expr;
  protected abstract memoRead(n: Node, c: Ctx): Expr;

  protected fresh(prefix = 'v'): string {
    return `${prefix}${this.tmp++}`;
  }

  protected child(parent: Ctx, level: Ctx['level'], lines: Stmt[], t: Expr = parent.t, tk = parent.tk): Ctx {
    return { level, t, tk, lines, cache: new Map(), parent, foldVars: new Map() };
  }

  /**
   * A token context inside a rollout context: rollout values the tokens use are computed once per rollout, in
   * `rlines` (placed before the token loop), not once per token.
   */
  protected tokenCtx(root: Ctx, rlines: Stmt[], lines: Stmt[], row?: Expr): Ctx {
    return this.child({ ...this.child(root, 'rollout', rlines), row }, 'token', lines, ref('t', 'i32'), 't');
  }

  /**
   * The loop over a rollout's positions: `tt` from `from` in steps of `step` (the workgroup's lanes over
   * contiguous positions, or one thread over all), `t` its i32 position, optionally only the valid tokens.
   */
  protected tokenLoop(from: Expr, step: Expr, body: Stmt[], validOnly?: Ctx): Stmt {
    const inner = validOnly ? [ifS(bin('!=', I('response_mask', this.at(validOnly)), i32(0)), body)] : body;
    return forUp('tt', from, uni('T'), step, [letS('t', conv('i32', ref('tt'))), ...inner]);
  }

  /** The row of the group's j-th rollout. */
  protected rowOf(j: Expr): Expr {
    return conv('u32', I('members', add(ref('m0'), j)));
  }

  /**
   * The loop over the group's rollouts, `row` each one's row: in turn, or `shared` among the workgroup's
   * threads (rollouts lid, lid + WG, ...).
   */
  protected eachRollout(body: Stmt[], shared = false): Stmt {
    return forUp('j', shared ? ref('lid') : u32(0), ref('n'), shared ? ref('WG') : u32(1), [letS('row', this.rowOf(ref('j'))), ...body]);
  }

  /** The current rollout's row. */
  protected row(c: Ctx): Expr {
    for (let x: Ctx | undefined = c; x; x = x.parent) if (x.row) return x.row;
    return ref('row');
  }

  /** Index of the current token in a token-domain region: row * T + t. */
  protected at(c: Ctx): Expr {
    return add(mul(this.row(c), uni('T')), conv('u32', c.t));
  }

  protected fromF32(e: Expr, type: ScalarType): Expr {
    if (type === 'bool') return bin('!=', e, f32(0));
    return conv(type, e);
  }

  protected toF32(e: Expr, type: ScalarType): Expr {
    if (type === 'bool') return select(e, f32(1), f32(0));
    return conv('f32', e);
  }

  /** A stored scan's value at index `at` (an int scan's two 16-bit halves put together, exactly). */
  protected readScan(n: Node, at: Expr): Expr {
    const region = this.sched.stored.get(n.id)!;
    if (n.type !== 'i32') return F(region, at);
    return bitcast('i32', add(mul(conv('u32', F(region, at)), u32(65536)), conv('u32', F(`${region}_lo`, at))));
  }

  /** The stores of a scan's value `x` at index `at`: an int as its high and low 16 bits, each exact in f32. */
  protected storeScan(n: Node, at: Expr, x: Expr): Stmt[] {
    const region = this.sched.stored.get(n.id)!;
    if (n.type !== 'i32') return [store('F', at, x, region)];
    const bits = bitcast('u32', x);
    return [store('F', at, conv('f32', bin('>>', bits, u32(16))), region), store('F', at, conv('f32', bin('&', bits, u32(65535))), `${region}_lo`)];
  }

  /** A scan's value at a position, from its value x at the one walked before: b + c * x, or a running max/min that restarts where the carry is false and at the walk's first position (`later`: past it). */
  protected scanNext(n: Node & { op: 'scan' }, b: Expr, carry: Expr, x: Expr, later: Expr): Expr {
    const combine = n.attrs.combine;
    return combine ? select(bin('&&', carry, later), call(combine, n.type as Scalar, b, x), b) : add(b, bin('*', carry, x));
  }

  /**
   * The scans a walk over each rollout's positions, in their order, carries (schedule.ts, fuseScans): each a
   * variable updated at every position in c, before anything there reads it; returns their declarations, which
   * start every rollout's walk.
   */
  protected carryScans(ids: number[], c: Ctx, later: Expr, suffix = ''): Stmt[] {
    return ids.map((id) => {
      const n = this.program.nodes[id] as Node & { op: 'scan' };
      const name = `x${id}${suffix}`;
      c.lines.push(assign(name, this.scanNext(n, this.gen(n.args[0]!, c), this.gen(n.args[1]!, c), ref(name, n.type), later)));
      c.cache.set(`${id}@${c.tk}`, ref(name, n.type));
      return varS(name, n.type as Scalar, this.zero(n.type));
    });
  }

  /**
   * CPU code (opts.scanBlocks): the carried scans' addends (and carries that are not constants), computed a
   * block of SCAN_BLOCK positions at a time into local arrays by a loop of their own, which the walk over the block
   * then reads (every's cache holds the reads). That loop carries nothing, so a C compiler vectorizes it, exp and
   * all, while the walk adds the same values in the same order. Only for f32 scans whose addends and carries are
   * values of the position alone (inputs, the position, arithmetic and math; rollout and group values): undefined
   * otherwise. `locals` declare the arrays; `fill` is the block loop's body (at tt, tb the block's start).
   */
  protected blockAddends(ids: number[], every: Ctx): { locals: Stmt[]; fill: Stmt[] } | undefined {
    if (!this.opts.scanBlocks || !ids.length) return undefined;
    const nodes = this.program.nodes;
    const computed = (id: number) => nodes[id]!.domain === 'token' && !this.sched.stored.has(id);
    const under = (a: number) => reachable(nodes, [a], computed);
    // a part the same at every position (a constant's broadcast) stays in the walk
    const varies = (a: number) => under(a).some((id) => nodes[id]!.domain === 'token' && (!computed(id) || nodes[id]!.op === 'input' || nodes[id]!.op === 'pos'));
    const parts = [...new Set(ids.flatMap((id) => nodes[id]!.args.slice(0, 2)))].filter(varies);
    const own = (a: number) => under(a).every((id) => (computed(id) ? POSITIONAL_OPS.has(nodes[id]!.op) : !isKey(nodes[id]!.domain)));
    if (!parts.length || ids.some((id) => nodes[id]!.type !== 'f32') || !parts.every((a) => own(a) && nodes[a]!.type === 'f32')) return undefined;
    const fill: Stmt[] = [];
    const pc = this.child(every.parent!, 'token', fill, every.t, every.tk);
    const at = sub(ref('tt'), ref('tb'));
    const locals = parts.map((a) => {
      const name = `blk${a}`;
      fill.push(store(name, at, this.gen(a, pc)));
      every.cache.set(`${a}@${every.tk}`, load('f32', name, at));
      return { k: 'local', name, ty: 'f32', length: SCAN_BLOCK } as const;
    });
    return { locals, fill };
  }

  /** The walk over a rollout's positions a block at a time: each block's addends (`fill`), then `body` at each. */
  protected blockedTokenLoop(fill: Stmt[], body: Stmt[]): Stmt {
    const t = letS('t', conv('i32', ref('tt')));
    return forUp('tb', u32(0), uni('T'), u32(SCAN_BLOCK), [
      letS('te', call('min', 'u32', add(ref('tb'), u32(SCAN_BLOCK)), uni('T'))),
      forUp('tt', ref('tb'), ref('te'), u32(1), [t, ...fill]),
      forUp('tt', ref('tb'), ref('te'), u32(1), [t, ...body]),
    ]);
  }

  protected zero(type: ScalarType): Expr {
    return type === 'f32' ? f32(0) : type === 'i32' ? i32(0) : bool(false);
  }

  /** The value of node `id` in context `c`, lowering a `let` for it (and its parts) where not yet computed. */
  protected gen(id: number, c: Ctx): Expr {
    const key = c.level === 'token' ? `${id}@${c.tk}` : `${id}`;
    for (let x: Ctx | undefined = c; x; x = x.parent) {
      const hit = x.cache.get(key) ?? x.cache.get(`${id}`);
      if (hit !== undefined && (x === c || !this.foldDependent.has(id))) return hit;
    }
    const n = this.program.nodes[id]!;
    // hoist rollout and group values out of finer loops (to the enclosing rollout or group context)
    const home = n.domain === 'rollout' ? 'rollout' : n.domain === 'group' || n.domain === 'batch' ? 'group' : undefined;
    if (home && c.level !== home && !this.foldDependent.has(id)) {
      let x = c.parent;
      while (x && x.level !== home) x = x.parent;
      if (x) return this.gen(id, x);
    }
    if (isKey(n.domain) && c.level === 'token' && n.op !== 'const') return this.lookup(n, c, key);
    const e = this.expr(n, c);
    if (n.op === 'const' || n.op === 'param' || n.op === 'pos' || n.op === 'foldvar') return e;
    const name = this.fresh();
    c.lines.push(letS(name, e, id));
    const r = ref(name, n.type);
    c.cache.set(key, r);
    return r;
  }

  private expr(n: Node, c: Ctx): Expr {
    if (this.memos.has(n.id) && c.slot) return this.memoRead(n, c);
    if (this.tabled.has(n.id) && c.slot) return this.tableRead(n, c);
    // a per-key value computed by a key-map step: read it at the slot
    if (isKey(n.domain) && n.op !== 'reduce' && this.sched.stored.has(n.id) && c.slot) return this.fromF32(F(this.sched.stored.get(n.id)!, c.slot), n.type);
    // a token value an earlier kernel stored (materialize.ts): read it at the token
    if (n.domain === 'token' && n.op !== 'scan' && this.sched.stored.has(n.id) && !this.storing.has(n.id)) return F(this.sched.stored.get(n.id)!, this.at(c));
    return this.compute(n, c);
  }

  /** The expression that computes node n from its arguments. */
  protected compute(n: Node, c: Ctx): Expr {
    const arg = (i: number) => this.gen(n.args[i]!, c);
    switch (n.op) {
      case 'const':
        return n.type === 'f32' ? f32(n.attrs.value) : n.type === 'i32' ? i32(n.attrs.value) : bool(!!n.attrs.value);
      case 'param': {
        const q = this.program.params.find((q) => q.name === n.attrs.name)!;
        return q.type === 'bool' ? bin('!=', uni(`p_${q.name}`), u32(0)) : uni(`p_${q.name}`, q.type as Scalar);
      }
      case 'pos':
        return c.t;
      case 'foldvar':
        for (let x: Ctx | undefined = c; x; x = x.parent) {
          const v = x.foldVars.get(n.attrs.v);
          if (v) return v;
        }
        throw new Error('unbound fold variable');
      case 'input': {
        const int = n.type === 'i32'; // the checker types inputs from the input-field facts (declared ones too)
        const index = n.domain === 'token' ? this.at(c) : this.row(c);
        return { k: 'load', ty: int ? 'i32' : 'f32', at: { array: int ? 'I' : 'F', region: n.attrs.name, index } };
      }
      case 'bin': {
        const ops: Record<string, string> = { and: '&&', or: '||' };
        return bin((ops[n.attrs.op] ?? n.attrs.op) as Parameters<typeof bin>[0], arg(0), arg(1));
      }
      case 'un':
        return { k: 'un', ty: n.type as Scalar, op: n.attrs.op === 'not' ? '!' : '-', a: arg(0) };
      case 'select': {
        const [, ti, fi] = n.args as [number, number, number];
        if (!this.hasFold(ti) && !this.hasFold(fi)) {
          const [f, t, cond] = [arg(2), arg(1), arg(0)];
          return select(cond, t, f);
        }
        // a branch with a fold (e.g. Fisher's test): evaluate only the branch taken
        const cond = arg(0);
        const name = this.fresh();
        const branches = [ti, fi].map((id) => {
          const lines: Stmt[] = [];
          const bc: Ctx = { ...c, lines, cache: new Map(), parent: c, foldVars: new Map(), keyCtx: undefined };
          const v = this.gen(id, bc);
          return [...lines, assign(name, v)];
        });
        c.lines.push(varS(name, n.type as Scalar), ifS(cond, branches[0]!, branches[1]!));
        return ref(name, n.type);
      }
      case 'cast': {
        const a = this.program.nodes[n.args[0]!]!;
        if (a.type === n.type) return arg(0);
        if (a.type === 'bool') return n.type === 'f32' ? select(arg(0), f32(1), f32(0)) : select(arg(0), i32(1), i32(0));
        return conv(n.type as Scalar, arg(0));
      }
      case 'call':
        return this.math(n.attrs.fn, n.type as Scalar, n.args.map((_, i) => arg(i)));
      case 'shift': {
        const tt = add(c.t, i32(n.attrs.offset));
        // a shifted position has its own keyed lookups: the key contexts opened at t hold t's slot
        const inner: Ctx = { ...c, t: call('clamp', 'i32', tt, i32(0), sub(conv('i32', uni('T')), i32(1))), tk: `${c.tk}${n.attrs.offset < 0 ? '' : '+'}${n.attrs.offset}`, keyCtx: undefined };
        const v = this.gen(n.args[0]!, inner);
        return select(bin('&&', bin('>=', tt, i32(0)), bin('<', tt, conv('i32', uni('T')))), v, this.zero(n.type));
      }
      case 'scan':
        return this.readScan(n, this.at(c));
      case 'reduce': {
        const region = this.sched.stored.get(n.id)!;
        if (isKey(n.domain)) return this.readAccum(n, c.slot!);
        if (n.domain === 'rollout') return this.fromF32(F(region, this.row(c)), n.type);
        if (n.domain === 'group') return this.fromF32(F(region, ref('g')), n.type);
        throw new Error(`batch value %${n.id} is not combined in this kernel`);
      }
      case 'kth':
      case 'rank':
        // a batch selection: every group holds its copy
        return F(this.sched.stored.get(n.id)!, n.domain === 'rollout' ? this.row(c) : ref('g'));
      case 'fold':
        return this.fold(n, c);
      case 'firstocc':
        return bin('!=', bin('>>', this.slotWord(n.attrs.key, c), u32(31)), u32(0));
    }
    throw new Error(`lowering: unexpected node ${(n as Node).op}`);
  }

  /** A math builtin of the language: a builtin of the kernels, or one of the module's functions. */
  private math(fn: string, ty: Scalar, args: Expr[]): Expr {
    switch (fn) {
      case 'rsqrt':
        return call('inverseSqrt', 'f32', ...args);
      case 'sigmoid':
        return bin('/', f32(1), add(f32(1), call('exp', 'f32', { k: 'un', ty: 'f32', op: '-', a: args[0]! })));
      case 'asin':
      case 'lgamma':
        this.calls.add(`adv_${fn}`);
        return call(`adv_${fn}`, 'f32', ...args);
      default:
        return call(fn, ty, ...args);
    }
  }

  /** True when computing node id inline runs a fold (worth a real branch instead of a select). */
  private hasFold(id: number): boolean {
    return this.bodyNodes(id).some((x) => this.program.nodes[x]!.op === 'fold');
  }

  /** Nodes a fold body computes inline: its subgraph, not descending below stored values. */
  private bodyNodes(body: number): number[] {
    const nodes = this.program.nodes;
    return reachable(nodes, [body], (id) => nodes[id]!.op !== 'reduce' && nodes[id]!.op !== 'scan' && !this.sched.stored.has(id));
  }

  private fold(n: Node & { op: 'fold' }, c: Ctx): Expr {
    const [lo, hi, body] = n.args as [number, number, number];
    const lov = this.fresh('lo');
    const hiv = this.fresh('hi');
    c.lines.push(letS(lov, this.gen(lo, c)), letS(hiv, this.gen(hi, c)));
    // Hoist the parts of the body that do not depend on the fold variable.
    for (const id of this.bodyNodes(body)) if (!this.foldDependent.has(id) && this.program.nodes[id]!.op !== 'const') this.gen(id, c);
    const k = this.fresh('k');
    const acc = this.fresh('fold');
    const lines: Stmt[] = [];
    const inner: Ctx = { ...this.child(c, c.level, lines), foldVars: new Map([[n.attrs.v, ref(k, 'i32')]]) };
    const v = this.gen(body, inner);
    const a = ref(acc, 'f32');
    const init = { sum: f32(0), prod: f32(1), min: f32(Infinity), max: f32(-Infinity) }[n.attrs.op];
    const upd = { sum: add(a, v), prod: mul(a, v), min: call('min', 'f32', a, v), max: call('max', 'f32', a, v) }[n.attrs.op];
    // a range of more than MAX_FOLD_VALUES values is not run: the group's slot names the first such fold. The
    // loop counts n = k - lo in u32 (hi - lo as u32 is exact for any pair of i32 bounds), so a range ending at
    // the largest int32 ends too.
    const [l, h] = [ref(lov, 'i32'), ref(hiv, 'i32')];
    const span = sub(bitcast('u32', h), bitcast('u32', l));
    const { nodes, region } = this.sched.folds;
    const flag = store('F', ref('g'), call('max', 'f32', F(region, ref('g')), f32(foldCode(nodes.indexOf(n.id), nodes.length))), region);
    const step = this.fresh('n');
    const loop = forUp(step, u32(0), span, u32(1), [letS(k, bitcast('i32', add(bitcast('u32', l), ref(step)))), ...lines, assign(acc, upd)], '<=');
    c.lines.push(varS(acc, 'f32', init), ifS(bin('>=', h, l), [ifS(bin('<', span, u32(MAX_FOLD_VALUES)), [loop], [flag])]));
    return a;
  }
}
