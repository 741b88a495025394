// kth(x, k), the selection reduction (src/compiler/lower-select.ts), on every executor and the interpreter,
// against a sort: token values to rollout, group and batch, rollout values to group and batch, group values to
// the batch; ties, near-equal values, -0, infinities and NaN; k floored and clamped; an empty set gives 0.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';
import { refusal } from './helpers/refusal.js';

const SOURCE = `
estimator sel(q = 0.5) {
  let x = entropy
  let r = kth(x, 0) + length * 0.25
  output lo_rollout = kth(x, 0)
  output mid_rollout = kth(x, q * (count(x) - 1.0))
  output hi_rollout = kth(x, 1.0e9)
  output tok_group = kth[group](x, q * (count[group](x) - 1.0))
  output tok_batch = kth[batch](x, q * (count[batch](x) - 1.0))
  output roll_group = kth(r, 1)
  output roll_batch = kth[batch](r, -3.0)
  output group_batch = kth(kth(r, 1), 2)
  output by_length = kth(x, length - 2.0)
  advantages = kth[batch](x, 5) * response_mask
}
`;

const bits = new DataView(new ArrayBuffer(4));
/** The order the language documents: a float's bits as an unsigned key (NaN above +inf, -0 below +0). */
const orderKey = (v: number) => {
  bits.setFloat32(0, v);
  const b = bits.getUint32(0);
  return (b & 0x80000000 ? ~b : b | 0x80000000) >>> 0;
};
/** The k-th smallest of a set by that order, k floored and clamped; 0 for an empty set. */
function kthOf(set: number[], k: number): number {
  if (!set.length) return 0;
  const sorted = [...set].sort((a, b) => orderKey(a) - orderKey(b));
  return sorted[Math.min(k > 0 ? Math.floor(k) : 0, set.length - 1)]!;
}

/** Entropies drawn from few values (ties), near-equal ones, signed zeros, infinities and NaN. */
function withValues(b: Batch, seed: number, special: boolean): Batch {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pool = [0.5, 0.5, 1.25, -2, 3, Math.fround(1 + 2 ** -23), 1, -0, 0, ...(special ? [Infinity, -Infinity, NaN] : [])];
  const entropy = Float32Array.from({ length: b.B * b.T }, () => (rnd() < 0.5 ? pool[Math.floor(rnd() * pool.length)]! : Math.fround((rnd() - 0.5) * 8)));
  return { ...b, entropy };
}

function reference(b: Batch, q: number): Record<string, Float32Array> {
  const { B, T } = b;
  const rows = Array.from({ length: B }, (_, r) => Array.from({ length: T }, (_, t) => r * T + t).filter((i) => b.response_mask[i]));
  const x = (i: number) => b.entropy![i]!;
  const groups = new Map<number, number[]>();
  for (let r = 0; r < B; r++) groups.set(b.index[r]!, [...(groups.get(b.index[r]!) ?? []), r]);
  const r32 = rows.map((is) => Math.fround(kthOf(is.map(x), 0) + is.length * 0.25));
  const all = rows.flat().map(x);
  const out: Record<string, Float32Array> = {};
  const perRow = (f: (r: number) => number) => Float32Array.from({ length: B }, (_, r) => f(r));
  const perToken = (f: (r: number, t: number) => number) => Float32Array.from({ length: B * T }, (_, i) => f(Math.floor(i / T), i % T));
  const groupOf = (r: number) => groups.get(b.index[r]!)!;
  out['lo_rollout'] = perRow((r) => kthOf(rows[r]!.map(x), 0));
  out['mid_rollout'] = perRow((r) => kthOf(rows[r]!.map(x), Math.fround(q * (rows[r]!.length - 1))));
  out['hi_rollout'] = perRow((r) => kthOf(rows[r]!.map(x), 1e9));
  out['tok_group'] = perRow((r) => {
    const set = groupOf(r).flatMap((m) => rows[m]!.map(x));
    return kthOf(set, Math.fround(q * (set.length - 1)));
  });
  out['tok_batch'] = perRow(() => kthOf(all, Math.fround(q * (all.length - 1))));
  out['roll_group'] = perRow((r) => kthOf(groupOf(r).map((m) => r32[m]!), 1));
  out['roll_batch'] = perRow(() => kthOf(r32, -3));
  out['by_length'] = perRow((r) => kthOf(rows[r]!.map(x), rows[r]!.length - 2));
  out['group_batch'] = perRow(() => {
    const seconds = [...groups.values()].map((ms) => kthOf(ms.map((m) => r32[m]!), 1));
    return kthOf(seconds, 2);
  });
  out['advantages'] = perToken((r, t) => (b.response_mask[r * T + t] ? kthOf(all, 5) : 0));
  return out;
}

const checked = checkSource({ source: SOURCE, file: 'sel.adv' });
const batches = fc.sample(batchSpecArb, { numRuns: 8, seed: 21 }).map((spec, i) => withValues(makeBatch(spec), i + 1, i % 3 === 0));
const same = (got: Record<string, Float32Array>, want: Record<string, Float32Array>, b: Batch) => {
  for (const [name, w] of Object.entries(want)) {
    const g = got[name]!;
    for (let i = 0; i < w.length; i++) {
      if (name === 'advantages' && !b.response_mask[i]) continue;
      expect(Object.is(g[i], w[i]) || (g[i] === 0 && w[i] === 0), `${name}[${i}]: ${g[i]} != ${w[i]}`).toBe(true);
    }
  }
};

test('the interpreter is a sort', () => {
  for (const b of batches) same(interpret(checked.program, b, { q: 0.5 }), reference(b, 0.5), b);
});

describe('every executor agrees with the interpreter, bit for bit', () => {
  let gpu: Gpu;
  beforeAll(async () => {
    gpu = await getGpu();
  });
  afterAll(async () => {
    await releaseGpu();
  });
  const want = batches.map((b) => interpret(checked.program, b, { q: 0.3 }));
  test.each(['js', 'native'] as const)('CPU (%s)', async (engine) => {
    const cpu = CpuEstimator.create(checked, { engine, threads: 2 });
    try {
      for (const [i, b] of batches.entries()) same(await cpu.run(b, { q: 0.3 }), want[i]!, b);
    } finally {
      cpu.destroy();
    }
  });
  test.each(['serial', 'cooperative'] as const)('WebGPU (%s)', async (mode) => {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      for (const [i, b] of batches.entries()) same(await est.run(b, { q: 0.3 }), want[i]!, b);
    } finally {
      est.destroy();
    }
  });
});

describe('the checker refuses a selection that makes no sense', () => {
  test.each([
    ['  output o = kth(entropy)', "bad.adv:2:14: error: 'kth' takes two arguments (the values and k), found 1"],
    ['  output o = kth(entropy, float(t))', 'bad.adv:2:27: error: k must be a value of rollout (or coarser), found token'],
    ['  output o = kth(entropy > 0.0, 1)', "bad.adv:2:18: error: 'kth' needs numbers, found a bool"],
    ['  output o = kth[token](entropy, 1)', 'bad.adv:2:18: error: cannot reduce to token: token is the finest domain'],
    ['  let s = score()\n  output o = kth[rollout](s, 1)', 'bad.adv:3:18: error: cannot select from a rollout value to rollout'],
    ['  key tok = responses\n  output o = kth[tok](entropy, 1)', "bad.adv:3:14: error: kth selects among tokens, rollouts or groups; not per key"],
    ['  output o = kth[rollout, all](entropy, 1)', 'bad.adv:2:27: error: kth selects among valid tokens only: no qualifier'],
    ['  output o = abs[batch](entropy)', "bad.adv:2:18: error: 'abs' is not a reduction; only reductions and functions take a [domain]"],
    ['  output o = median[tok](entropy)', "bad.adv:2:21: error: unknown domain 'tok'"],
  ])('%s', (body, message) => {
    expect(refusal(body)).toBe(message);
  });
});

test('a function called with a domain reduces to it: median[batch](x) is kth[batch](x, (count[batch](x) - 1) / 2)', () => {
  const src = 'estimator m() {\n  output a = median[batch](entropy)\n  output b = kth[batch](entropy, (count[batch](entropy) - 1.0) / 2.0)\n  advantages = response_mask * 1.0\n}\n';
  const c = checkSource({ source: src, file: 'm.adv' });
  const a = c.program.outputs.find((o) => o.name === 'a')!.node;
  expect(c.program.outputs.find((o) => o.name === 'b')!.node).toBe(a);
  const n = c.program.nodes[a]!;
  const sel = n.op === 'kth' ? n : c.program.nodes[n.args[0]!]!; // an output is broadcast to its rollouts
  expect([sel.op, sel.domain]).toEqual(['kth', 'batch']);
});
