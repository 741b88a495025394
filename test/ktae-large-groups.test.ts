// KTAE beyond the shared fixtures: large groups (several bitmask words per key), graded rewards, uneven group
// sizes and 1k-token rows, on both schedules, against the plain TypeScript reference.
import { afterAll, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { ktaeCpu } from '../src/reference/estimators.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';

afterAll(releaseGpu);

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Groups of the given sizes, interleaved; rewards graded in {-0.5, 0, 0.25, 1}; ids from a small vocabulary. */
function batch(sizes: number[], T: number, seed: number): Batch {
  const rnd = lcg(seed);
  const B = sizes.reduce((a, b) => a + b, 0);
  const index = new Int32Array(B);
  const order = sizes.flatMap((n, g) => Array.from({ length: n }, () => g));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  order.forEach((g, b) => (index[b] = 1000 + g));
  const responses = new Int32Array(B * T).fill(151643);
  const response_mask = new Int32Array(B * T);
  const token_level_rewards = new Float32Array(B * T);
  const grades = [-0.5, 0, 0.25, 1];
  for (let b = 0; b < B; b++) {
    const len = 1 + Math.floor(rnd() * T);
    for (let t = 0; t < len; t++) {
      responses[b * T + t] = Math.floor(rnd() * rnd() * 300);
      response_mask[b * T + t] = 1;
    }
    token_level_rewards[b * T + len - 1] = grades[Math.floor(rnd() * 4)]!;
  }
  return { B, T, responses, response_mask, token_level_rewards, index };
}

test.each(['serial', 'cooperative'] as const)('large, uneven groups with graded rewards agree with the reference (%s)', async (mode) => {
  const gpu = await getGpu();
  const est = await GpuEstimator.create(gpu, compileEstimator('ktae', { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
  const b = batch([40, 64, 1, 7, 33], 1024, 7);
  const got = await est.run(b, {});
  const want = ktaeCpu(b);
  let checked = 0;
  for (let i = 0; i < b.B * b.T; i++) {
    if (!b.response_mask[i]) continue;
    checked++;
    const w = want.advantages[i]!;
    expect(Math.abs(got.advantages[i]! - w), `position ${i}`).toBeLessThanOrEqual(2e-4 + 2e-4 * Math.abs(w));
  }
  expect(checked).toBeGreaterThan(40_000);
  est.destroy();
});
