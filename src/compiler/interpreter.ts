// The reference interpreter: evaluates the IR array-at-a-time in plain TypeScript, one array per node over its
// domain. It is what the WGSL backend is tested against, so it favours clarity: f64 arithmetic rounded to f32
// at every node, f64 accumulation in reductions.
import { withFilledInputs } from './input-fields.js';
import type { Batch, Outputs, Params } from './batch.js';
import { groupRows, type GroupLayout as Groups } from '../plan/layout.js';
import { MATH } from './builtins.js';
import { FoldRangeError, foldRangeMessage, MAX_FOLD_VALUES } from './fold-limit.js';
import { isKey, keyName, type Domain, type ScalarType } from './domains.js';
import { foldDependentNodes, reachable, type Node, type Program } from './ir.js';

type Arr = Float32Array | Int32Array;

interface KeyTable {
  /** slot of each token's key, -1 for tokens outside the mask */
  slotOf: Int32Array;
  groupOfSlot: Int32Array;
  size: number;
  /** first masked occurrence of its key in the row */
  first: Uint8Array;
}

export class Interpreter {
  private vals = new Map<number, Arr>();
  private groups: Groups;
  private keys = new Map<string, KeyTable>();
  private B: number;
  private T: number;

  constructor(
    private prog: Program,
    private batch: Batch,
    private params: Params,
  ) {
    this.B = batch.B;
    this.T = batch.T;
    this.groups = groupRows(batch.index);
  }

  run(): Outputs {
    const order = reachable(this.prog.nodes, [...this.prog.outputs.map((o) => o.node), ...this.prog.keys.map((k) => k.node)]);
    const dependsOnFold = foldDependentNodes(this.prog.nodes);
    for (const id of order) {
      if (dependsOnFold.has(id)) continue; // evaluated inside its fold
      this.vals.set(id, this.evalNode(this.prog.nodes[id]!));
    }
    const out: Record<string, Float32Array> = {};
    for (const o of this.prog.outputs) out[o.name] = Float32Array.from(this.vals.get(o.node)!);
    return out as Outputs;
  }

  size(d: Domain): number {
    if (d === 'batch') return 1;
    if (d === 'group') return this.groups.G;
    if (d === 'rollout') return this.B;
    if (d === 'token') return this.B * this.T;
    return this.keyTable(keyName(d)).size;
  }

  /** Maps element i of domain `from` to the element of the coarser domain `to` it belongs to (-1: none). */
  private up(from: Domain, to: Domain, i: number): number {
    if (from === to) return i;
    if (to === 'batch') return 0;
    if (from === 'token') {
      const b = Math.floor(i / this.T);
      if (to === 'rollout') return b;
      if (to === 'group') return this.groups.groupOf[b]!;
      return this.keyTable(keyName(to)).slotOf[i]!;
    }
    if (from === 'rollout') return this.groups.groupOf[i]!;
    if (isKey(from)) return this.keyTable(keyName(from)).groupOfSlot[i]!;
    throw new Error(`no map from ${from} to ${to}`);
  }

  private keyTable(name: string): KeyTable {
    let kt = this.keys.get(name);
    if (kt) return kt;
    const info = this.prog.keys.find((k) => k.name === name)!;
    const keyVals = this.vals.get(info.node)! as Int32Array;
    const { B, T } = this;
    const mask = this.batch.response_mask;
    const slotOf = new Int32Array(B * T).fill(-1);
    const first = new Uint8Array(B * T);
    const slots = new Map<string, number>();
    const groupOfSlot: number[] = [];
    for (let b = 0; b < B; b++) {
      const g = this.groups.groupOf[b]!;
      const seen = new Set<number>();
      for (let t = 0; t < T; t++) {
        const i = b * T + t;
        if (!mask[i]) continue;
        const k = keyVals[i]!;
        if (k < 0) continue; // negative keys are dropped (like out-of-range histogram bins)
        const id = `${g}:${k}`;
        let s = slots.get(id);
        if (s === undefined) {
          s = groupOfSlot.length;
          slots.set(id, s);
          groupOfSlot.push(g);
        }
        slotOf[i] = s;
        if (!seen.has(k)) {
          seen.add(k);
          first[i] = 1;
        }
      }
    }
    kt = { slotOf, first, groupOfSlot: Int32Array.from(groupOfSlot), size: groupOfSlot.length };
    this.keys.set(name, kt);
    return kt;
  }

  private alloc(type: ScalarType, n: number): Arr {
    return type === 'f32' ? new Float32Array(n) : new Int32Array(n);
  }

  /** Value of node `id` at element i of domain d (d at least as fine as the node's domain). */
  private at(id: number, d: Domain, i: number): number {
    const n = this.prog.nodes[id]!;
    const j = this.up(d, n.domain, i);
    if (j < 0) return 0;
    return this.vals.get(id)![j]!;
  }

  private evalNode(n: Node): Arr {
    const size = this.size(n.domain);
    const out = this.alloc(n.type, size);
    switch (n.op) {
      case 'const':
        out[0] = n.attrs.value;
        return out;
      case 'param': {
        const v = this.params[n.attrs.name];
        const def = this.prog.params.find((p) => p.name === n.attrs.name)!.default;
        out[0] = v === undefined ? def : Number(v);
        return out;
      }
      case 'input': {
        const src = (this.batch as unknown as Record<string, ArrayLike<number> | undefined>)[n.attrs.name];
        if (!src) throw new Error(`the batch has no field '${n.attrs.name}', which this estimator reads`);
        out.set(src);
        return out;
      }
      case 'pos':
        for (let i = 0; i < size; i++) out[i] = i % this.T;
        return out;
      case 'firstocc': {
        const kt = this.keyTable(n.attrs.key);
        out.set(kt.first);
        return out;
      }
      case 'scan': {
        const [b, c] = n.args;
        const { B, T } = this;
        for (let r = 0; r < B; r++) {
          let x = 0;
          for (let s = 0; s < T; s++) {
            const t = n.attrs.reverse ? T - 1 - s : s;
            const i = r * T + t;
            const bi = this.at(b!, 'token', i);
            const ci = this.at(c!, 'token', i);
            if (n.attrs.combine) x = ci && s > 0 ? Math[n.attrs.combine](bi, x) : bi;
            else x = n.type === 'i32' ? (bi + Math.imul(ci, x)) | 0 : Math.fround(bi + ci * x);
            out[i] = x;
          }
        }
        return out;
      }
      case 'shift': {
        const { T } = this;
        const off = n.attrs.offset;
        for (let i = 0; i < size; i++) {
          const t = (i % T) + off;
          out[i] = t < 0 || t >= T ? 0 : this.at(n.args[0]!, 'token', i + off);
        }
        return out;
      }
      case 'reduce':
        return this.reduce(n, out);
      case 'kth':
        return this.kth(n, out);
      case 'rank':
        return this.rank(n, out);
      case 'fold':
        for (let i = 0; i < size; i++) out[i] = this.scalar(n.id, n.domain, i, new Map());
        return out;
      default:
        for (let i = 0; i < size; i++) out[i] = this.mapAt(n, (a) => this.at(a, n.domain, i));
        return out;
    }
  }

  /** Pure element-wise ops, given a way to read the arguments. */
  private mapAt(n: Node, arg: (id: number) => number): number {
    const a = n.args.map(arg);
    switch (n.op) {
      case 'cast':
        if (n.type === 'i32') return Math.trunc(a[0]!) | 0;
        return a[0]!;
      case 'select':
        return a[0] ? a[1]! : a[2]!;
      case 'un':
        return n.attrs.op === 'not' ? (a[0] ? 0 : 1) : -a[0]!;
      case 'call': {
        const v = MATH[n.attrs.fn]!.js(a);
        return n.type === 'i32' ? v | 0 : v;
      }
      case 'bin':
        return binary(n.attrs.op, a[0]!, a[1]!, n.type);
      default:
        throw new Error(`interpreter: unexpected ${n.op} in a map`);
    }
  }

  private reduce(n: Node & { op: 'reduce' }, out: Arr): Arr {
    const x = n.args[0]!;
    const from = this.prog.nodes[x]!.domain;
    const op = n.attrs.op;
    const m = out.length;
    const acc = new Float64Array(m).fill(identity(op, n.type));
    const cnt = op === 'count';
    const fromSize = this.size(from);
    const mask = this.batch.response_mask;
    for (let i = 0; i < fromSize; i++) {
      if (from === 'token' && !mask[i] && !n.attrs.all) continue;
      const j = this.up(from, n.domain, i);
      if (j < 0) continue;
      const v = cnt ? 1 : this.vals.get(x)![i]!;
      acc[j] = combine(op, acc[j]!, v);
    }
    for (let j = 0; j < m; j++) out[j] = acc[j]!;
    return out;
  }

  /** The k-th smallest member of each set: its members sorted in the kernels' order (orderKey), k clamped. */
  private kth(n: Node & { op: 'kth' }, out: Arr): Arr {
    const [x, k] = n.args as [number, number];
    const from = this.prog.nodes[x]!.domain;
    const sets: number[][] = Array.from({ length: out.length }, () => []);
    const mask = this.batch.response_mask;
    for (let i = 0; i < this.size(from); i++) {
      if (from === 'token' && !mask[i]) continue;
      sets[this.up(from, n.domain, i)]!.push(this.vals.get(x)![i]!);
    }
    sets.forEach((set, j) => {
      if (!set.length) return; // out[j] stays 0
      const keys = Uint32Array.from(set, orderKey).sort();
      const kv = this.at(k, n.domain, j);
      const want = Math.min(kv > 0 ? Math.floor(kv) : 0, set.length - 1);
      out[j] = orderValue(keys[want]!);
    });
    return out;
  }

  /** Each rollout's count of its group's rollouts whose x is below its own, by the kernels' order (orderKey). */
  private rank(n: Node & { op: 'rank' }, out: Arr): Arr {
    const xs = this.vals.get(n.args[0]!)!;
    const groups = new Map<number, number[]>();
    for (let r = 0; r < out.length; r++) groups.set(this.up('rollout', 'group', r), [...(groups.get(this.up('rollout', 'group', r)) ?? []), r]);
    for (const rows of groups.values())
      for (const r of rows) out[r] = rows.filter((o) => orderKey(xs[o]!) < orderKey(xs[r]!)).length;
    return out;
  }

  /** Element-wise evaluation of a fold body (nodes that depend on a fold variable). */
  private scalar(id: number, d: Domain, i: number, env: Map<number, number>): number {
    const n = this.prog.nodes[id]!;
    if (n.op === 'foldvar') return env.get(n.attrs.v)!;
    // a value that does not depend on the enclosing fold's variable was evaluated over its own domain
    // (a per-key value read at a token without a key is 0, as everywhere else)
    if (this.vals.has(id)) return this.at(id, d, i);
    if (n.op === 'fold') {
      const [lo, hi, body] = n.args;
      const a = this.scalar(lo!, d, i, env);
      const b = this.scalar(hi!, d, i, env);
      if (b - a >= MAX_FOLD_VALUES) throw new FoldRangeError(foldRangeMessage(n.attrs.at));
      let acc = n.attrs.op === 'sum' ? 0 : n.attrs.op === 'prod' ? 1 : n.attrs.op === 'min' ? Infinity : -Infinity;
      for (let k = a; k <= b; k++) {
        const inner = new Map(env).set(n.attrs.v, k);
        const v = this.scalar(body!, d, i, inner);
        acc = n.attrs.op === 'sum' ? acc + v : n.attrs.op === 'prod' ? acc * v : n.attrs.op === 'min' ? Math.min(acc, v) : Math.max(acc, v);
        acc = Math.fround(acc);
      }
      return acc;
    }
    const v = this.mapAt(n, (a) => this.scalar(a, d, i, env));
    return n.type === 'f32' ? Math.fround(v) : v;
  }
}

const bits = new DataView(new ArrayBuffer(4));

/** The kernels' order of f32 values as u32 (negatives' bits flipped, positives' sign bit set): NaN above +inf, -0 below +0. */
export function orderKey(v: number): number {
  bits.setFloat32(0, v);
  const b = bits.getUint32(0);
  return (b & 0x80000000 ? ~b : b | 0x80000000) >>> 0;
}

function orderValue(key: number): number {
  bits.setUint32(0, (key & 0x80000000 ? key & 0x7fffffff : ~key) >>> 0);
  return bits.getFloat32(0);
}

function identity(op: string, type: ScalarType): number {
  if (op === 'min') return type === 'i32' ? 2147483647 : Infinity;
  if (op === 'max') return type === 'i32' ? -2147483648 : -Infinity;
  if (op === 'all') return 1;
  return 0;
}

function combine(op: string, a: number, v: number): number {
  switch (op) {
    case 'sum':
    case 'count':
      return a + v;
    case 'min':
      return Math.min(a, v);
    case 'max':
      return Math.max(a, v);
    case 'any':
      return a || v ? 1 : 0;
    default:
      return a && v ? 1 : 0;
  }
}

function binary(op: string, a: number, b: number, type: ScalarType): number {
  const int = type === 'i32';
  switch (op) {
    case '+':
      return int ? (a + b) | 0 : a + b;
    case '-':
      return int ? (a - b) | 0 : a - b;
    case '*':
      return int ? Math.imul(a, b) : a * b;
    case '/':
      return a / b;
    case '%':
      return int ? (b === 0 ? 0 : a % b) : a - b * Math.trunc(a / b);
    case '<':
      return +(a < b);
    case '<=':
      return +(a <= b);
    case '>':
      return +(a > b);
    case '>=':
      return +(a >= b);
    case '==':
      return +(a === b);
    case '!=':
      return +(a !== b);
    case 'and':
      return +(a && b);
    case 'or':
      return +(a || b);
  }
  throw new Error(`interpreter: unknown operator ${op}`);
}

export function interpret(prog: Program, batch: Batch, params: Params = {}): Outputs {
  return new Interpreter(prog, withFilledInputs(batch, prog), params).run();
}
