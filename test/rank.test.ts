// rank(x), a rollout's rank within its group (lower-select.ts: a pairwise count in the group's worker): the
// number of the group's rollouts whose x is below its own by kth's order (ties share the lowest rank; -0 below
// +0, NaN above +inf), on the interpreter against a count, and on every executor bit for bit; the checker's
// refusals.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';
import { refusal } from './helpers/refusal.js';
import { groupsOf, scores } from './helpers/reference-estimators.js';

const SOURCE = `
estimator ranks() {
  let s = score()
  let h = reward_baselines
  output by_score = rank(s)
  output by_baseline = rank[group](h)
  output reversed = rank(-h)
  advantages = rank(s + h * 0.5) * response_mask
}
`;

/** Baselines from few values (ties), near-equal ones, signed zeros, infinities and NaN. */
function withBaselines(b: Batch, seed: number): Batch {
  let st = seed;
  const rnd = () => ((st = (st * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pool = [0.5, 0.5, 1, Math.fround(1 + 2 ** -23), -0, 0, -2, Infinity, -Infinity, NaN];
  return { ...b, reward_baselines: Float32Array.from({ length: b.B }, () => (rnd() < 0.7 ? pool[Math.floor(rnd() * pool.length)]! : Math.fround(rnd() * 4 - 2))) };
}

const bits = new DataView(new ArrayBuffer(4));
const orderKey = (v: number) => {
  bits.setFloat32(0, v);
  const u = bits.getUint32(0);
  return (u & 0x80000000 ? ~u : u | 0x80000000) >>> 0;
};
/** For each rollout, its group's rollouts below it. */
function ranks(b: Batch, x: number[]): Float32Array {
  const out = new Float32Array(b.B);
  for (const rows of groupsOf(b.index)) for (const r of rows) out[r] = rows.filter((o) => orderKey(x[o]!) < orderKey(x[r]!)).length;
  return out;
}

const checked = checkSource({ source: SOURCE, file: 'ranks.adv' });
const batches = fc.sample(batchSpecArb, { numRuns: 8, seed: 5 }).map((spec, i) => withBaselines(makeBatch(spec), i + 1));

test('the interpreter counts the rollouts below, ties sharing the lowest rank', () => {
  for (const b of batches) {
    const s = scores(b).map(Math.fround);
    const h = Array.from(b.reward_baselines!);
    const out = interpret(checked.program, b, {});
    expect(Array.from(out.by_score!)).toEqual(Array.from(ranks(b, s)));
    expect(Array.from(out.by_baseline!)).toEqual(Array.from(ranks(b, h)));
    expect(Array.from(out.reversed!)).toEqual(Array.from(ranks(b, h.map((v) => -v))));
  }
  // a hand-made group: 2, -0, 0, 2, NaN, -inf -> ranks 3, 1, 2, 3, 5, 0
  const b = { ...makeBatch({ B: 6, T: 1, seed: 1, vocab: 1, mask: 'full', emptyRows: 0, rewards: 'outcome', groups: 'adjacent', numGroups: 1 }), reward_baselines: Float32Array.from([2, -0, 0, 2, NaN, -Infinity]) };
  expect(Array.from(interpret(checked.program, b, {}).by_baseline!)).toEqual([3, 1, 2, 3, 5, 0]);
});

describe('every executor agrees with the interpreter, bit for bit', () => {
  let gpu: Gpu;
  beforeAll(async () => {
    gpu = await getGpu();
  });
  afterAll(releaseGpu);
  const want = batches.map((b) => interpret(checked.program, b, {}));
  const same = (got: Record<string, Float32Array>, i: number) => {
    for (const [name, w] of Object.entries(want[i]!)) expect(Array.from(got[name]!), `${name}, batch ${i}`).toEqual(Array.from(w));
  };
  test.each(['js', 'native'] as const)('CPU (%s)', async (engine) => {
    const cpu = CpuEstimator.create(checked, { engine, threads: 2 });
    try {
      for (const [i, b] of batches.entries()) same(await cpu.run(b, {}), i);
    } finally {
      cpu.destroy();
    }
  });
  test.each(['serial', 'cooperative'] as const)('WebGPU (%s)', async (mode) => {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      for (const [i, b] of batches.entries()) same(await est.run(b, {}), i);
    } finally {
      est.destroy();
    }
  });
});

describe('the checker refuses a rank that makes no sense', () => {
  test.each([
    ['  output o = rank(entropy)', "bad.adv:2:19: error: rank ranks a rollout among its group's rollouts; this is a token value"],
    ['  output o = rank(mean[group](entropy))', "bad.adv:2:19: error: rank ranks a rollout among its group's rollouts; this is a group value"],
    ['  output o = rank(length, 1.0)', "bad.adv:2:14: error: 'rank' takes one argument (a rollout value), found 2"],
    ['  output o = rank(length > 2.0)', "bad.adv:2:19: error: 'rank' needs numbers, found a bool"],
    ['  output o = rank[batch](length)', 'bad.adv:2:19: error: rank ranks within a group, not batch'],
  ])('%s', (body, message) => {
    expect(refusal(body)).toBe(message);
  });
});
