// canon (stdlib/canon.adv) on every executor and the interpreter: hand-computed advantages on the cases CANON's
// code leaves open (ties at the split, a group whose metrics are all equal, a group of one, odd groups), and
// the independent reference (test/helpers/reference-estimators.ts) on random batches, by entropy and by length.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { ATOL, RTOL } from './helpers/fixtures.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';
import { canonReference } from './helpers/reference-estimators.js';

let gpu: Gpu;
beforeAll(async () => {
  gpu = await getGpu();
});
afterAll(releaseGpu);

const checked = checkSource({ name: 'canon' });

/** Every executor's outputs (and the interpreter's), by name. */
async function everyExecutor(batch: Batch, params: Params): Promise<[string, Outputs][]> {
  const runs: [string, Outputs][] = [['interpreter', interpret(checked.program, batch, params)]];
  for (const engine of ['js', 'native'] as const) {
    const cpu = CpuEstimator.create(checked, { engine, threads: 1 });
    try {
      runs.push([`cpu ${engine}`, await cpu.run(batch, params)]);
    } finally {
      cpu.destroy();
    }
  }
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      runs.push([`webgpu ${mode}`, await est.run(batch, params)]);
    } finally {
      est.destroy();
    }
  }
  return runs;
}

/** Rollouts of two tokens, both valid, each token's entropy the rollout's metric, the score on the last. */
function rows(metrics: number[], scores: number[], index: number[]): Batch {
  const B = metrics.length;
  const T = 2;
  const base = makeBatch({ B, T, seed: 1, vocab: 2, mask: 'full', emptyRows: 0, rewards: 'outcome', groups: 'adjacent', numGroups: 1 });
  return {
    ...base,
    response_mask: new Int32Array(B * T).fill(1),
    entropy: Float32Array.from({ length: B * T }, (_, i) => metrics[Math.floor(i / T)]!),
    token_level_rewards: Float32Array.from({ length: B * T }, (_, i) => (i % T === T - 1 ? scores[Math.floor(i / T)]! : 0)),
    index: Int32Array.from(index),
  };
}

describe('canon by entropy, hand-computed', () => {
  // group 7: a plain split (upper: metrics 0.375, 0.5); group 3: all metrics equal, so all upper and the lower
  // half's mean is the group's; group 9 alone; group 5: odd, two rollouts tied at the split both upper
  const batch = rows([0.125, 0.5, 0.25, 0.375, 0.5, 0.5, 0.5, 0.25, 0.25, 0.75, 0.75], [1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0], [7, 7, 7, 7, 3, 3, 3, 9, 5, 5, 5]);
  const inter = [0.5, -1, 0.5, 0, 1 / 3, 1 / 3, -2 / 3, 0, -0.5, 1, 0];
  // mu = 0: each against its own half (group 5's lower half is one rollout: 0)
  const intra = [0, -0.5, 0, 0.5, 1 / 3, 1 / 3, -2 / 3, 0, 0, 0.5, -0.5];
  test.each([
    ['inter-group (mu = 1)', {}, inter],
    ['intra-group (mu = 0), over max_length 4', { mu: 0, max_length: 4 }, intra.map((a) => a / 4)],
    ['their mean (mu = 0.5)', { mu: 0.5 }, inter.map((a, i) => (a + intra[i]!) / 2)],
  ] as const)('%s', async (_, params, want) => {
    for (const [who, out] of await everyExecutor(batch, params)) {
      const got = Array.from({ length: batch.B }, (_, b) => out.advantages[b * batch.T]!);
      got.forEach((g, b) => expect(g, `${who} rollout ${b}`).toBeCloseTo(want[b]!, 5));
    }
  });
});

describe('canon against the reference on random batches', () => {
  const batches = fc.sample(batchSpecArb, { numRuns: 6, seed: 11 }).map((spec) => {
    const b = makeBatch(spec);
    // entropies >= 0, on a coarse grid (ties between rollouts' means)
    return { ...b, entropy: b.entropy!.map((x) => Math.abs(Math.round(x)) / 4), token_level_rewards: b.token_level_rewards.map((r, i) => r * b.response_mask[i]!) };
  });
  test.each([{}, { mu: 0.25, alpha: 0.5, beta: 0.25 }, { by_length: true, alpha: 2, beta: 0.5, max_length: 8 }])('%o', async (params) => {
    for (const batch of batches) {
      const want = canonReference(batch, params);
      for (const [who, out] of await everyExecutor(batch, params))
        for (let i = 0; i < batch.B * batch.T; i++) {
          const [g, w] = [out.advantages[i]!, want.advantages[i]!];
          if (!(Math.abs(g - w) <= ATOL + RTOL * Math.abs(w))) expect.fail(`${who}: row ${Math.floor(i / batch.T)} col ${i % batch.T}: got ${g}, want ${w}`);
        }
    }
  });
});
