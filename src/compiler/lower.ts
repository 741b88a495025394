// Lowering, part 4: a schedule's stages as kernels of the kernel IR, one entry point per stage, over two arenas
// (f32 and i32) whose region offsets, the batch shape and the parameters come from one uniform struct. A new
// batch shape or parameter value therefore never recompiles. Cooperative kernels give each group a workgroup
// whose invocations share its loops (strided by WG), with workgroup reductions and barriers; serial kernels
// give each group one invocation (WG is 1): the same loops, without barriers, atomics or subgroup operations.
import { isKey, keyName } from './domains.js';
import { orderKey } from './interpreter.js';
import type { Node } from './ir.js';
import type { Schedule } from './schedule.js';
import type { Step } from './schedule-steps.js';
import { SelectLowering } from './lower-select.js';
import type { Ctx } from './lower-values.js';
import { addHelpers } from './lower-helpers.js';
import {
  add,
  assign,
  bin,
  call,
  comment,
  conv,
  F,
  f32,
  forUp,
  I,
  i32,
  ifS,
  letS,
  load,
  numberStatements,
  ref,
  select,
  store,
  u32,
  uni,
  varS,
  SERIAL_LANES,
  WORKGROUP_SIZE,
  type CodegenOptions,
  type Expr,
  type KernelModule,
  type Stmt,
  type UniformField,
} from './kernel-ir.js';

/** Workgroup-memory slots per accumulator of a fused reduction: one per subgroup (subgroups of 4 or more). */
const MAX_SUBGROUPS = WORKGROUP_SIZE / 4;
/** Serial kernels sum this many rollouts' tokens in one interleaved loop (see 'reduce-rollout'). */
const ROLLOUTS_TOGETHER = [0, 1, 2, 3];

type Combine = 'sum' | 'min' | 'max';
/** One rollout's share of a walk over its positions: statements before the walk, at each position, after it. */
interface RolloutPart {
  before: Stmt[];
  token: Stmt[];
  after: Stmt[];
}
interface Acc {
  id: number;
  op: Combine;
  name: string;
  /** a count's accumulator is a u32 (see accumulator); the others are f32 */
  ty?: 'u32';
}

export function lowerSchedule(s: Schedule, opts: CodegenOptions): KernelModule {
  return new Lowering(s, opts).module();
}

class Lowering extends SelectLowering {
  private maxAccs = 1;

  constructor(s: Schedule, opts: CodegenOptions) {
    super(s, opts);
  }

  module(): KernelModule {
    const u: UniformField[] = [];
    for (const of of ['B', 'T', 'G', 'W', 'K', 'V', 'N'] as const) u.push({ name: of, type: 'u32', source: { kind: 'size', of } });
    for (const r of this.sched.floatRegions) u.push({ name: `o_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'f32', region: r.name } });
    for (const r of this.sched.intRegions) u.push({ name: `oi_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'i32', region: r.name } });
    for (const r of this.sched.hashRegions) u.push({ name: `oh_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'u32', region: r.name } });
    for (const q of this.program.params)
      u.push({ name: `p_${q.name}`, type: q.type === 'f32' ? 'f32' : q.type === 'i32' ? 'i32' : 'u32', source: { kind: 'param', name: q.name } });
    const kernels = this.sched.stages.map((st) => ({ name: `stage${st.index}`, body: this.kernel(st.index, st.batchValues, st.steps) }));
    const m: KernelModule = {
      name: this.program.name,
      mode: this.opts.mode,
      subgroups: this.cooperative && this.opts.subgroups,
      uniforms: u,
      hash: this.sched.hashRegions.length > 0,
      // serial kernels: each invocation is its group's only worker, so strided loops run from 0 in steps of 1;
      // LANES groups per workgroup (SIMD lanes), lowered by the runner for batches with few groups
      consts: [{ name: 'WG', ty: 'u32', value: this.cooperative ? WORKGROUP_SIZE : 1 }, ...(this.cooperative ? [] : [{ name: 'LANES', ty: 'u32' as const, value: SERIAL_LANES, override: true }])],
      shared: this.cooperative ? [{ name: 'red', ty: 'f32', length: (this.opts.subgroups ? MAX_SUBGROUPS : WORKGROUP_SIZE) * this.maxAccs }, { name: 'wg_range', ty: 'vec2u' }] : [],
      tables: [],
      functions: [],
      kernels,
      origins: new Map(Object.entries(this.program.names ?? {}).map(([id, name]) => [+id, `let ${name}`])),
    };
    addHelpers(m, this.calls);
    numberStatements(m);
    return m;
  }

  private kernel(index: number, batchValues: number[], steps: Step[]): Stmt[] {
    const body: Stmt[] = [];
    this.countTables = new Set();
    const root: Ctx = { level: 'group', t: u32(0), tk: '', lines: body, cache: new Map(), foldVars: new Map() };
    if (batchValues.length) {
      // batch statistics: every workgroup combines the groups' partials itself, in one fused reduction
      body.push(comment(`batch values ${batchValues.map((b) => `%${b}`).join(', ')}: combine every group's partial`));
      const accs = batchValues.map((id) => {
        const n = this.program.nodes[id] as Node & { op: 'reduce' };
        const name = `acc_b${id}`;
        body.push(varS(name, 'f32', identity(n.attrs.op)));
        return { id, op: combineOp(n.attrs.op), name };
      });
      body.push(forUp('i', ref('lid'), uni('G'), ref('WG'), accs.map((a) => assign(a.name, combine(a.op, ref(a.name, 'f32'), F(this.sched.stored.get(a.id)!, ref('i')))))));
      const totals = this.workgroupReduce(body, accs);
      accs.forEach((a, i) => root.cache.set(`${a.id}`, this.fromF32(totals[i]!, this.program.nodes[a.id]!.type)));
    }
    for (const st of steps) this.step(st, root);
    const starts = (i: Expr) => conv('u32', I('starts', i));
    const g = ref('g');
    const prologue: Stmt[] = this.cooperative
      ? [
          letS('g', add(ref('wid.x'), bin('*', ref('wid.y'), u32(65535)))),
          ifS(bin('>=', g, uni('G')), [{ k: 'return' }]),
          ifS(bin('==', ref('lid'), u32(0)), [assign('wg_range', { k: 'vec2', ty: 'vec2u', x: starts(g), y: starts(add(g, u32(1))) })]),
          letS('range', { k: 'uniformLoad', ty: 'vec2u', name: 'wg_range' }),
          letS('m0', { k: 'member', ty: 'u32', of: ref('range', 'vec2u'), field: 'x' }),
          letS('n', bin('-', { k: 'member', ty: 'u32', of: ref('range', 'vec2u'), field: 'y' }, { k: 'member', ty: 'u32', of: ref('range', 'vec2u'), field: 'x' })),
        ]
      : [
          letS('g', add(bin('*', add(ref('wid.x'), bin('*', ref('wid.y'), u32(65535))), ref('LANES')), ref('lane'))),
          ifS(bin('>=', g, uni('G')), [{ k: 'return' }]),
          letS('lid', u32(0)),
          letS('m0', starts(g)),
          letS('n', bin('-', starts(add(g, u32(1))), ref('m0'))),
        ];
    return [...prologue, ...body];
  }

  /**
   * Reduces per-thread accumulators over the workgroup, all in one pass; returns the totals (the same value in
   * every thread). The order of combination is fixed, so results are deterministic.
   */
  private workgroupReduce(L: Stmt[], accs: Acc[]): Expr[] {
    if (!this.cooperative) return accs.map(partial); // one worker: its accumulators are the totals
    this.maxAccs = Math.max(this.maxAccs, accs.length);
    const id = this.tmp++;
    const totals = accs.map((_, i) => `tot${id}_${i}`);
    const red = (i: Expr) => load('f32', 'red', i);
    const lid = ref('lid');
    if (this.opts.subgroups) {
      const slot = (i: number, at: Expr) => add(u32(i * MAX_SUBGROUPS), at);
      L.push(
        {
          k: 'block',
          body: [
            ...accs.map((a, i) => letS(`r${i}`, { k: 'subgroup', ty: 'f32', op: a.op === 'sum' ? 'add' : a.op, a: partial(a) })),
            ifS(bin('==', ref('sg_lane'), u32(0)), accs.map((_, i) => store('red', slot(i, bin('/', lid, ref('sg_size'))), ref(`r${i}`, 'f32')))),
          ],
        },
        { k: 'barrier', scope: 'workgroup' },
        ...accs.map((_, i) => varS(totals[i]!, 'f32', red(u32(i * MAX_SUBGROUPS)))),
        forUp('i', u32(1), bin('/', ref('WG'), ref('sg_size')), u32(1), accs.map((a, i) => assign(totals[i]!, combine(a.op, ref(totals[i]!, 'f32'), red(slot(i, ref('i'))))))),
        { k: 'barrier', scope: 'workgroup' },
      );
    } else {
      const at = (i: number, plus?: Expr) => add(mul3(i), plus ? add(lid, plus) : lid);
      const mul3 = (i: number) => bin('*', u32(i), ref('WG'));
      L.push(
        ...accs.map((a, i) => store('red', at(i), partial(a))),
        { k: 'barrier', scope: 'workgroup' },
        {
          k: 'for',
          name: 's',
          ty: 'u32',
          init: bin('/', ref('WG'), u32(2)),
          cond: bin('>', ref('s'), u32(0)),
          next: bin('>>', ref('s'), u32(1)),
          body: [ifS(bin('<', lid, ref('s')), accs.map((a, i) => store('red', at(i), combine(a.op, red(at(i)), red(at(i, ref('s'))))))), { k: 'barrier', scope: 'workgroup' }],
        },
        ...accs.map((_, i) => letS(totals[i]!, red(mul3(i)))),
        { k: 'barrier', scope: 'workgroup' },
      );
    }
    return totals.map((t) => ref(t, 'f32'));
  }

  private step(st: Step, root: Ctx): void {
    const L = root.lines;
    const lid = ref('lid');
    const WG = ref('WG');
    const n = ref('n');
    switch (st.kind) {
      case 'key-build':
        return this.keyBuild(st.key, st.nodes, st.carried, root);
      case 'key-reduce':
        return this.keyReduce(st.key, st.nodes, root);
      case 'key-map':
        return this.keyMap(st.node, st.tables, root);
      case 'output': {
        const lines: Stmt[] = [];
        const token = st.domain === 'token';
        const rlines: Stmt[] = [];
        const c = token ? this.tokenCtx(root, rlines, lines) : this.child(root, 'rollout', lines);
        const writes = st.items.map((o) => store('F', token ? this.at(c) : ref('row'), this.toF32(this.gen(o.node, c), this.program.nodes[o.node]!.type), o.name));
        L.push(comment(`outputs ${st.items.map((o) => o.name).join(', ')}`));
        // rollouts one after the other, lanes over contiguous positions (no division per token); each position
        // writes its own outputs from values the loop does not write
        if (token) L.push(this.eachRollout([...rlines, { ...(this.tokenLoop(lid, WG, [...lines, ...writes]) as Stmt & { k: 'for' }), independent: true }]));
        else L.push(this.eachRollout([...lines, ...writes], true));
        return;
      }
      case 'scan':
        return this.scan(st, root);
      case 'select':
        return this.selectInGroup(st.node, root);
      case 'select-digit':
        return this.selectDigit(st.node, st.digit, root);
      case 'rank':
        return this.rankInGroup(st.node, root);
      case 'reduce-rollout':
        return this.reduceRollout(st.nodes, root);
      case 'reduce-group':
        return this.reduceGroup(st.nodes, root, st.stores);
    }
  }

  /** Token -> rollout: one thread per rollout walks its tokens (no barrier inside the loop). */
  private reduceRollout(nodes: number[], root: Ctx): void {
    const L = root.lines;
    /**
     * One rollout's part, for row `row`: its rollout values, accumulators, per-token update and stores. The
     * reductions over every position (sum[rollout, all]) and those over valid tokens share the token loop; the
     * latter's values are computed only at valid tokens, as the interpreter does.
     */
    const part = (row: Expr, suffix: string): RolloutPart => {
      const rlines: Stmt[] = [];
      const rc: Ctx = { ...this.child(root, 'rollout', rlines), row };
      const validName = `valid${suffix}`;
      const valid = ref(validName, 'bool');
      const token = (every: boolean) => {
        const lines: Stmt[] = [];
        const c = this.child(rc, 'token', lines, ref('t', 'i32'), 't');
        const accs = nodes
          .filter((id) => !!(this.program.nodes[id] as Node & { op: 'reduce' }).attrs.all === every)
          .map((id) => {
            const a = this.accumulator(id, c);
            return { ...a, name: a.name + suffix };
          });
        // serial walks update every accumulator but the float sums unconditionally, after the valid tokens' block, so
        // that a C compiler can vectorize them: a count adds the mask's test, a minimum or maximum runs over order keys
        const counted = this.cooperative || every ? [] : accs.filter((a) => a.ty === 'u32');
        const keyed = this.cooperative ? [] : accs.filter((a) => a.op !== 'sum').map(orderKeyed);
        const inBlock = accs.filter((a) => !counted.includes(a) && (this.cooperative || a.op === 'sum'));
        if (keyed.length) this.calls.add('adv_order_key').add('adv_order_value');
        return {
          accs: [...inBlock, ...counted],
          keyed,
          test: accs.length && !every ? [letS(validName, bin('!=', I('response_mask', this.at(c)), i32(0)))] : [],
          // the key and flag of a position the walk skips are its identity's
          declare: keyed.flatMap((k) => [varS(k.key, 'u32', k.init), varS(k.nan, 'u32', u32(0))]),
          block: inBlock.length || keyed.length ? [...lines, ...inBlock.map(update), ...keyed.flatMap((k) => k.see)] : [],
          update: [...counted.map((a) => assign(a.name, add(ref(a.name), select(valid, u32(1), u32(0))))), ...keyed.flatMap((k) => k.update)],
        };
      };
      const all = token(true);
      const atValid = token(false);
      const accs = [...all.accs, ...atValid.accs];
      const keyed = [...all.keyed, ...atValid.keyed];
      return {
        before: [...rlines, ...accs.map((a) => varS(a.name, a.ty ?? 'f32', a.init)), ...keyed.flatMap((k) => k.before)],
        token: [
          ...all.declare,
          ...all.block,
          ...all.update,
          ...atValid.test,
          ...atValid.declare,
          ...(atValid.block.length ? [ifS(valid, atValid.block)] : []),
          ...atValid.update,
        ],
        after: [...accs.map((a) => store('F', row, partial(a), this.sched.stored.get(a.id))), ...keyed.map((k) => store('F', row, k.total, this.sched.stored.get(k.id)))],
      };
    };
    L.push(comment(`reduce to rollout ${nodes.map((x) => `%${x}`).join(', ')}: one thread per rollout`));
    this.rolloutWalks(L, part, (body) => this.tokenLoop(u32(0), u32(1), body));
  }

  /**
   * A scan: one thread per rollout walks its positions in the scan's order, computing the scans it carries
   * (schedule.ts, fuseScans) on the way.
   */
  private scan(st: Step & { kind: 'scan' }, root: Ctx): void {
    const node = this.program.nodes[st.node] as Node & { op: 'scan' };
    const ty = node.type as 'f32' | 'i32';
    const later = bin('>', ref('s'), u32(0));
    const part = (row: Expr, suffix: string): RolloutPart => {
      const lines: Stmt[] = [];
      const rlines: Stmt[] = [];
      const c = this.tokenCtx(root, rlines, lines, row);
      const carried = this.carryScans(st.carried, c, later, suffix);
      const x = ref(`x${suffix}`, ty);
      const next = this.scanNext(node, this.gen(node.args[0]!, c), this.gen(node.args[1]!, c), x, later);
      return {
        before: [...rlines, ...carried, varS(`x${suffix}`, ty, ty === 'i32' ? i32(0) : f32(0))],
        token: [...lines, assign(`x${suffix}`, next), ...this.storeScan(node, this.at(c), x)],
        after: [],
      };
    };
    const t = conv('i32', node.attrs.reverse ? bin('-', bin('-', uni('T'), u32(1)), ref('s')) : ref('s'));
    root.lines.push(comment(`scan %${st.node}${st.carried.length ? `, carrying ${st.carried.map((x) => `%${x}`).join(', ')}` : ''}: one thread per rollout`));
    this.rolloutWalks(root.lines, part, (body) => forUp('s', u32(0), uni('T'), u32(1), [letS('t', t), ...body]));
  }

  /**
   * The group's rollouts, one thread each, each walking its positions (`walk` makes the loop over them; `part`
   * a rollout's statements before, at each position and after). Serial kernels walk the rollouts in fours,
   * interleaved: each rollout still visits its positions in order, but the four chains of dependent adds
   * overlap (a CPU's add latency, not its throughput, bounded a single walk). Not on a SIMD device
   * (simdLanes): its lanes overlap their chains already, and four rollouts' streams per lane cost lavapipe
   * more than the walks alone (KTAE at 661k tokens: its kernel threads' CPU time 39.7 -> 37.5 ms).
   */
  private rolloutWalks(L: Stmt[], part: (row: Expr, suffix: string) => RolloutPart, walk: (body: Stmt[]) => Stmt): void {
    const loop = (from: Expr, cmp: Expr, step: Expr, rows: Stmt[], parts: RolloutPart[]): Stmt => ({
      k: 'for',
      name: 'j',
      ty: 'u32',
      init: from,
      cond: cmp,
      next: add(ref('j'), step),
      body: [...rows, ...parts.flatMap((x) => x.before), walk(parts.flatMap((x) => x.token)), ...parts.flatMap((x) => x.after)],
    });
    let from = ref('lid');
    const n = ref('n');
    if (!this.cooperative && !this.opts.simdLanes) {
      const four = u32(ROLLOUTS_TOGETHER.length);
      const rows = ROLLOUTS_TOGETHER.map((k) => letS(`row${k}`, this.rowOf(add(ref('j'), u32(k)))));
      const parts = ROLLOUTS_TOGETHER.map((k) => part(ref(`row${k}`), `_${k}`));
      L.push(loop(u32(0), bin('<=', add(ref('j'), four), n), four, rows, parts));
      from = bin('-', n, bin('%', n, four));
    }
    L.push(loop(from, bin('<', ref('j'), n), ref('WG'), [letS('row', this.rowOf(ref('j')))], [part(ref('row'), '')]), ...this.barrier());
  }

  /** -> group: per-thread partials over the group's rollouts, tokens or keys, then one fused workgroup reduction. */
  private reduceGroup(nodes: { node: number; partial: boolean }[], root: Ctx, stores?: number[]): void {
    const L = root.lines;
    const lid = ref('lid');
    const WG = ref('WG');
    const n = ref('n');
    L.push(comment(`reduce to group ${nodes.map((x) => `%${x.node}${x.partial ? ' (batch partial)' : ''}`).join(', ')}`));
    const all: (Acc & { partial: boolean })[] = [];
    const bySource = new Map<string, typeof nodes>();
    for (const x of nodes) {
      const d = this.program.nodes[this.program.nodes[x.node]!.args[0]!]!.domain;
      const k = d === 'token' ? 'token' : d === 'rollout' ? 'rollout' : isKey(d) ? d : 'group';
      bySource.set(k, [...(bySource.get(k) ?? []), x]);
    }
    for (const [src, xs] of bySource) {
      const lines: Stmt[] = [];
      const rlines: Stmt[] = [];
      let c: Ctx;
      // the loop is built after the accumulators: lowering them fills the rollout lines
      let wrap: (body: Stmt[]) => Stmt;
      if (src === 'token') {
        c = this.tokenCtx(root, rlines, lines);
        wrap = (body) => this.eachRollout([...rlines, this.tokenLoop(lid, WG, body, c)]);
      } else if (src === 'rollout') {
        c = this.child(root, 'rollout', lines);
        wrap = (body) => this.eachRollout(body, true);
      } else if (isKey(src as Node['domain'])) {
        const k = keyName(src as Node['domain']);
        c = { ...this.child(root, 'key', lines), slot: ref('slot') };
        wrap = (body) => forUp('i', lid, this.hLoad(add(uni(`oh_count_${k}`), ref('g'))), WG, [letS('slot', this.keySlot(k, ref('i'))), ...body]);
      } else {
        // group or batch values: their own partial, counted once (by thread 0)
        c = this.child(root, 'group', lines);
        wrap = (body) => ifS(bin('==', lid, u32(0)), body);
      }
      // the token values this pass stores for later kernels are computed here, not read
      this.storing = new Set(src === 'token' ? (stores ?? []) : []);
      const accs = xs.map((x) => ({ ...this.accumulator(x.node, c), partial: x.partial }));
      const kept = [...this.storing].map((id) => store('F', this.at(c), this.gen(id, c), this.sched.stored.get(id)));
      this.storing = new Set();
      for (const a of accs) L.push(varS(a.name, a.ty ?? 'f32', a.init));
      L.push(wrap([...lines, ...kept, ...accs.map(update)]));
      all.push(...accs);
    }
    const totals = this.workgroupReduce(L, all);
    L.push(ifS(bin('==', lid, u32(0)), all.map((a, i) => store('F', ref('g'), totals[i]!, this.sched.stored.get(a.id)))));
    all.forEach((a, i) => {
      if (!a.partial) root.cache.set(`${a.id}`, this.fromF32(totals[i]!, this.program.nodes[a.id]!.type));
    });
  }

  /**
   * The accumulator of a reduction: its combining op, variable name and the per-element value (in ctx c). A
   * count counts in a u32, converted to f32 once, after its loop: the same value as adding 1.0 to an f32 (below
   * 2^24, where the f32 stops counting; the interpreter's count is exact there too), and a C compiler
   * vectorizes an integer count where it must keep a chain of float adds in order.
   */
  private accumulator(id: number, c: Ctx): Acc & { value: Expr; init: Expr } {
    const n = this.program.nodes[id] as Node & { op: 'reduce' };
    const src = this.program.nodes[n.args[0]!]!;
    const name = `acc${id}`;
    if (n.attrs.op === 'count') return { id, op: 'sum', name, ty: 'u32', value: u32(1), init: u32(0) };
    return { id, op: combineOp(n.attrs.op), name, value: this.toF32(this.gen(src.id, c), src.type), init: identity(n.attrs.op) };
  }
}

/**
 * A serial walk's minimum or maximum, kept as the values' order keys (lower-helpers.ts: -0 below +0, as the
 * NaN-aware f32 min and max order them) with a flag for a NaN seen (which makes the result NaN, as there): a C
 * compiler vectorizes a u32 min or max, where the f32 helpers' branches keep the whole loop scalar. Each position
 * sets its key and flag (`see`, at a valid token only, where the walk skips the others) and the accumulators take
 * them after the skip (`update`), so the reduction itself is unconditional.
 */
function orderKeyed(a: Acc & { value: Expr; init: Expr }) {
  const key = `k_${a.name}`;
  const nan = `q_${a.name}`;
  const acc = `${a.name}_key`;
  const seen = `${a.name}_nan`;
  const init = u32(orderKey((a.init as Expr & { k: 'lit' }).v));
  return {
    id: a.id,
    key,
    nan,
    init,
    before: [varS(acc, 'u32', init), varS(seen, 'u32', u32(0))],
    see: [assign(key, call('adv_order_key', 'u32', a.value)), assign(nan, select(bin('!=', a.value, a.value), u32(1), u32(0)))],
    update: [assign(acc, call(a.op, 'u32', ref(acc), ref(key))), assign(seen, bin('|', ref(seen), ref(nan)))],
    total: select(bin('!=', ref(seen), u32(0)), f32(NaN), call('adv_order_value', 'f32', ref(acc))),
  };
}

/** An accumulator's value (its thread's partial), as f32. */
function partial(a: Acc): Expr {
  return conv('f32', ref(a.name, a.ty ?? 'f32'));
}

/** The accumulator's update by one element's value. */
function update(a: Acc & { value: Expr }): Stmt {
  return assign(a.name, combine(a.op, ref(a.name, a.ty ?? 'f32'), a.value));
}

function combineOp(op: string): Combine {
  if (op === 'sum' || op === 'count') return 'sum';
  if (op === 'min' || op === 'all') return 'min';
  return 'max';
}

/** The starting value of a reduction: any/all over 0/1 values start at false/true, not at -inf/+inf. */
function identity(op: string): Expr {
  if (op === 'any') return f32(0);
  if (op === 'all') return f32(1);
  const c = combineOp(op);
  return c === 'sum' ? f32(0) : f32(c === 'min' ? Infinity : -Infinity);
}

function combine(op: Combine, a: Expr, b: Expr): Expr {
  return op === 'sum' ? add(a, b) : call(op, 'f32', a, b);
}
