// Owned keyed tables (the serial schedule) start small and grow before a rollout whose positions could take
// the group's keys past 2/3 of the slots in use: groups whose keys need none, one and several doublings (with
// keys already in the table to hash again) agree with the plain TypeScript reference on every serial executor,
// and a second run over the same layout (tables left empty by the first, no host clear) gives the same bits.
import { afterAll, expect, test } from 'vitest';
import { checkEstimatorArg, compileEstimator } from '../src/compiler/index.js';
import { ktaeCpu } from '../src/reference/estimators.js';
import type { Estimator } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { cCompiler } from '../src/runtime/native.js';
import { groupBatch } from './helpers/group-batch.js';

afterAll(releaseGpu);

// distinct keys per group: 300, 1481, 14898, 5 and 3714, in rows of 2048 positions: every table doubles from
// 1024 slots before its group's first rollout (room for a rollout's worth of new keys), the 14898-key group's
// again and again as its keys accumulate (each time hashing its keys again)
const b = groupBatch(
  [
    { size: 8, vocab: 300 },
    { size: 8, vocab: 1500 },
    { size: 16, vocab: 30_000 },
    { size: 2, vocab: 5 },
    { size: 8, vocab: 4000 },
  ],
  2048,
  11,
);
const want = ktaeCpu(b);

async function agrees(est: Estimator): Promise<void> {
  const first = await est.run(b, {});
  let checked = 0;
  for (let i = 0; i < b.B * b.T; i++) {
    if (!b.response_mask[i]) continue;
    checked++;
    const w = want.advantages[i]!;
    expect(Math.abs(first.advantages[i]! - w), `position ${i}`).toBeLessThanOrEqual(2e-4 + 2e-4 * Math.abs(w));
  }
  expect(checked).toBeGreaterThan(40_000);
  const again = await est.run(b, {});
  expect(Array.from(again.advantages)).toEqual(Array.from(first.advantages));
}

test.each(['js', ...(cCompiler() ? ['native' as const] : [])] as const)('growing tables agree with the reference on the CPU (%s)', async (engine) => {
  const est = CpuEstimator.create(checkEstimatorArg('ktae'), { engine, threads: 2 });
  await agrees(est);
  est.destroy();
});

test('growing tables agree with the reference on WebGPU (serial schedule)', async () => {
  const gpu = await getGpu();
  const est = await GpuEstimator.create(gpu, compileEstimator('ktae', { mode: 'serial', subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
  await agrees(est);
  est.destroy();
});
