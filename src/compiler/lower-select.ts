// Lowering, part 3: selections (`kth`) and ranks (`rank`). A selection is a radix select on an order-preserving
// u32 image of the f32 values (orderKey: negatives' bits flipped, positives' sign bit set, so NaN sorts above
// +inf and -0 below +0): four passes of 8-bit digits, most significant first, each counting the members whose
// higher digits match the prefix chosen so far into 256 bins, then walking the bins to the digit that holds
// rank k. Loops, no unrolling: one selection is a few statements whatever the data. A selection inside a group
// (to a rollout or the group) runs in the group's worker alone (thread 0 of a cooperative workgroup, the others
// waiting at a barrier); one to the batch spreads its passes over five stages (schedule.ts: scheduleSelection).
// A rank compares order keys pairwise within the group.
import type { Node } from './ir.js';
import { SELECT_BINS, SELECT_DIGITS, SELECT_SCRATCH } from './schedule.js';
import { KeyLowering } from './lower-keys.js';
import type { Ctx } from './lower-values.js';
import { add, assign, bin, call, comment, conv, F, f32, fill, forUp, ifS, letS, mul, ref, select, store, sub, u32, uni, varS, type Expr, type Stmt } from './kernel-ir.js';

/** The radix state of one selection: its variables' names. */
interface Radix {
  k: string;
  prefix: string;
  mask: string;
}

/** Builds the loop over a set's members, given what each member's value `x` does. */
type Members = (visit: (x: Expr) => Stmt[]) => Stmt[];

/** Where the current group's bins start in a per-group histogram region (group-major, as the partials are). */
const GROUP_BINS = mul(ref('g'), u32(SELECT_BINS));
/** Bin b of the current group. */
const bins = (b: Expr): Expr => add(GROUP_BINS, b);
/** Zeroes the current group's bins in `region`. */
const zeroBins = (region: string): Stmt => fill('F', [GROUP_BINS], u32(0), u32(SELECT_BINS), f32(0), region);

export abstract class SelectLowering extends KeyLowering {
  /** kth to a rollout (each of the group's rollouts in turn) or to the group. */
  protected selectInGroup(id: number, root: Ctx): void {
    const n = this.program.nodes[id] as Node & { op: 'kth' };
    const [x, k] = n.args as [number, number];
    const region = this.sched.stored.get(id)!;
    const body: Stmt[] = [];
    if (n.domain === 'rollout') {
      const rlines: Stmt[] = [];
      const rc = { ...this.child(root, 'rollout', rlines) };
      const kf = this.gen(k, rc);
      const tokens: Members = (visit) => {
        const lines: Stmt[] = [];
        const c = this.child(rc, 'token', lines, ref('t', 'i32'), 't');
        const v = this.gen(x, c);
        return [this.tokenLoop(u32(0), u32(1), [...lines, ...visit(v)], c)];
      };
      const select = this.radixSelect(kf, tokens, (v) => [store('F', ref('row'), v, region)]);
      body.push(this.eachRollout([...rlines, ...select]));
    } else {
      const kf = this.gen(k, root);
      body.push(...this.radixSelect(kf, this.groupMembers(x, root), (v) => [store('F', ref('g'), v, region)]));
    }
    root.lines.push(comment(`select %${id}: the k-th smallest per ${n.domain}`), ...this.alone(body), ...this.barrier());
  }

  /**
   * kth to the batch, stage `digit` of five: combine the groups' histograms of the digit before and choose it
   * (digit 0 has none to combine; digit 4 writes the value), then count this group's members by this digit.
   * Every group's worker walks the same totals to the same digit, and keeps the state in its own slots.
   */
  protected selectDigit(id: number, digit: number, root: Ctx): void {
    const n = this.program.nodes[id] as Node & { op: 'kth' };
    const [x, k] = n.args as [number, number];
    const region = this.sched.stored.get(id)!;
    const st = (part: string) => `${region}_${part}`;
    const g = ref('g');
    const r: Radix = { k: this.fresh('sk'), prefix: this.fresh('sp'), mask: this.fresh('sm') };
    const body: Stmt[] = [varS(r.k, 'u32', u32(0)), varS(r.prefix, 'u32', u32(0)), varS(r.mask, 'u32', u32(0))];
    if (digit > 0) {
      const empty = this.fresh('empty');
      if (digit === 1) {
        const kf = this.gen(k, root);
        body.push(...this.combine(st('h0')), ...this.clampK(r, kf, empty));
      } else {
        const hi = conv('u32', F(st('ph'), g));
        const lo = conv('u32', F(st('pl'), g));
        body.push(
          assign(r.prefix, bin('|', bin('<<', hi, u32(16)), lo)),
          assign(r.mask, u32(prefixMask(digit - 1))),
          letS(empty, bin('<', F(st('k'), g), f32(0))),
          assign(r.k, conv('u32', call('max', 'f32', F(st('k'), g), f32(0)))),
          ...this.combine(st(`h${digit - 1}`)),
        );
      }
      body.push(...this.walk(r, u32(shiftOf(digit - 1))));
      const isEmpty = ref(empty, 'bool');
      if (digit < SELECT_DIGITS)
        body.push(
          store('F', g, conv('f32', bin('>>', ref(r.prefix), u32(16))), st('ph')),
          store('F', g, conv('f32', bin('&', ref(r.prefix), u32(0xffff))), st('pl')),
          store('F', g, select(isEmpty, f32(-1), conv('f32', ref(r.k))), st('k')),
        );
      else body.push(store('F', g, select(isEmpty, f32(0), this.orderValue(ref(r.prefix))), region));
    }
    if (digit < SELECT_DIGITS) {
      body.push(
        zeroBins(st(`h${digit}`)),
        ...this.groupMembers(x, root)((v) => this.countMember(v, r, u32(shiftOf(digit)), st(`h${digit}`))),
      );
    }
    root.lines.push(comment(`select %${id} to the batch, digit ${digit}`), ...this.alone(body), ...this.barrier());
  }

  /**
   * rank: each rollout's x stored, then each rollout (a thread each) counts the group's rollouts whose order key
   * is below its own: n^2 compares, n a group's few rollouts.
   */
  protected rankInGroup(id: number, root: Ctx): void {
    const region = this.sched.stored.get(id)!;
    const xs = `${region}_x`;
    const lines: Stmt[] = [];
    const v = this.gen(this.program.nodes[id]!.args[0]!, this.child(root, 'rollout', lines));
    const [key, below] = [this.fresh('key'), this.fresh('below')];
    const orderKey = (row: Expr) => call('adv_order_key', 'u32', F(xs, row));
    this.calls.add('adv_order_key');
    root.lines.push(
      comment(`rank %${id}: the group's rollouts below each`),
      this.eachRollout([...lines, store('F', ref('row'), v, xs)], true),
      ...this.barrier(),
      this.eachRollout([
        letS(key, orderKey(ref('row'))),
        varS(below, 'f32', f32(0)),
        forUp('i', u32(0), ref('n'), u32(1), [ifS(bin('<', orderKey(this.rowOf(ref('i'))), ref(key)), [assign(below, add(ref(below, 'f32'), f32(1)))])]),
        store('F', ref('row'), ref(below, 'f32'), region),
      ], true),
      ...this.barrier(),
    );
  }

  /** Statements only the group's first thread runs (all of them in serial kernels, where it is the only one). */
  private alone(body: Stmt[]): Stmt[] {
    return this.cooperative ? [ifS(bin('==', ref('lid'), u32(0)), body)] : body;
  }

  /** The members of x's set in the current group: its valid tokens, its rollouts, or the group's one value. */
  private groupMembers(x: number, root: Ctx): Members {
    const from = this.program.nodes[x]!.domain;
    return (visit) => {
      const lines: Stmt[] = [];
      if (from === 'token') {
        const rlines: Stmt[] = [];
        const c = this.tokenCtx(root, rlines, lines);
        const v = this.gen(x, c);
        return [this.eachRollout([...rlines, this.tokenLoop(u32(0), u32(1), [...lines, ...visit(v)], c)])];
      }
      if (from === 'rollout') {
        const c = this.child(root, 'rollout', lines);
        const v = this.gen(x, c);
        return [this.eachRollout([...lines, ...visit(v)])];
      }
      return visit(this.gen(x, root));
    };
  }

  /** The four passes of a selection inside one worker, counting in the group's scratch bins. */
  private radixSelect(kf: Expr, members: Members, out: (v: Expr) => Stmt[]): Stmt[] {
    const r: Radix = { k: this.fresh('sk'), prefix: this.fresh('sp'), mask: this.fresh('sm') };
    const pass = this.fresh('pass');
    const shift = this.fresh('shift');
    const empty = this.fresh('empty');
    return [
      varS(r.k, 'u32', u32(0)),
      varS(r.prefix, 'u32', u32(0)),
      varS(r.mask, 'u32', u32(0)),
      varS(empty, 'bool'),
      forUp(pass, u32(0), u32(SELECT_DIGITS), u32(1), [
        letS(shift, sub(u32(shiftOf(0)), mul(u32(8), ref(pass)))),
        zeroBins(SELECT_SCRATCH),
        ...members((v) => this.countMember(v, r, ref(shift), SELECT_SCRATCH)),
        // the first pass counts every member: k is clamped to them
        ifS(bin('==', ref(pass), u32(0)), this.clampK(r, kf, empty, true)),
        ...this.walk(r, ref(shift)),
      ]),
      ...out(select(ref(empty, 'bool'), f32(0), this.orderValue(ref(r.prefix)))),
    ];
  }

  /** Counts member value x in bin (its digit at `shift`) when its higher digits match the prefix. */
  private countMember(x: Expr, r: Radix, shift: Expr, region: string): Stmt[] {
    const key = this.fresh('key');
    const at = this.fresh('bin');
    this.calls.add('adv_order_key');
    return [
      letS(key, call('adv_order_key', 'u32', x)),
      ifS(bin('==', bin('&', ref(key), ref(r.mask)), ref(r.prefix)), [
        letS(at, bins(bin('&', bin('>>', ref(key), shift), u32(SELECT_BINS - 1)))),
        store('F', ref(at), add(F(region, ref(at)), f32(1)), region),
      ]),
    ];
  }

  /**
   * Sums every group's histogram in `region` (group-major) into the group's scratch bins, a histogram at a time:
   * 256 independent adds per group, which overlap, instead of a chain of G adds per bin. Counts are integers below 2^24,
   * exact in f32 in any order.
   */
  private combine(region: string): Stmt[] {
    return [
      zeroBins(SELECT_SCRATCH),
      forUp('i', u32(0), uni('G'), u32(1), [
        forUp('b', u32(0), u32(SELECT_BINS), u32(1), [
          store('F', bins(ref('b')), add(F(SELECT_SCRATCH, bins(ref('b'))), F(region, add(mul(ref('i'), u32(SELECT_BINS)), ref('b')))), SELECT_SCRATCH),
        ]),
      ]),
    ];
  }

  /** k floored and clamped to [0, n - 1], n the members counted in `bins`; `empty` when there are none. */
  private clampK(r: Radix, kf: Expr, empty: string, declared = false): Stmt[] {
    const count = this.fresh('count');
    const m = ref(count, 'f32');
    return [
      varS(count, 'f32', f32(0)),
      forUp('b', u32(0), u32(SELECT_BINS), u32(1), [assign(count, add(m, F(SELECT_SCRATCH, bins(ref('b')))))]),
      declared ? assign(empty, bin('==', m, f32(0))) : letS(empty, bin('==', m, f32(0))),
      // NaN or negative k selects the smallest
      assign(r.k, conv('u32', call('min', 'f32', select(bin('>', kf, f32(0)), call('floor', 'f32', kf), f32(0)), sub(m, f32(1))))),
    ];
  }

  /** Walks the bins to the one holding rank k, leaving k's rank within it, and appends its digit to the prefix. */
  private walk(r: Radix, shift: Expr): Stmt[] {
    const digit = this.fresh('digit');
    const c = this.fresh('c');
    return [
      varS(digit, 'u32', u32(0)),
      forUp('b', u32(0), u32(SELECT_BINS), u32(1), [
        letS(c, conv('u32', F(SELECT_SCRATCH, bins(ref('b'))))),
        ifS(bin('<', ref(r.k), ref(c)), [assign(digit, ref('b')), { k: 'break' }]),
        assign(r.k, sub(ref(r.k), ref(c))),
      ]),
      assign(r.prefix, bin('|', ref(r.prefix), bin('<<', ref(digit), shift))),
      assign(r.mask, bin('|', ref(r.mask), bin('<<', u32(SELECT_BINS - 1), shift))),
    ];
  }

  private orderValue(key: Expr): Expr {
    this.calls.add('adv_order_value');
    return call('adv_order_value', 'f32', key);
  }
}

/** The shift of digit d (0: the most significant byte). */
function shiftOf(d: number): number {
  return 24 - 8 * d;
}

/** The bits of digits 0..d chosen. */
function prefixMask(d: number): number {
  return (0xffffffff << shiftOf(d)) >>> 0;
}
