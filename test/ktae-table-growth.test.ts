// Owned keyed tables (the serial schedule) start with half of a group's slots and double before a rollout whose
// positions could take the group's keys past 2/3 of the slots in use (at most to all of them): groups whose keys
// need no doubling, one doubling before the first rollout and one with keys already in the table to hash again
// agree with the plain TypeScript reference on every serial executor, and a second run over the same layout
// (tables left full by the first: the key build empties what it uses, the host never clears it) gives the same bits.
import { afterAll, expect, test } from 'vitest';
import { checkEstimatorArg, compileEstimator } from '../src/compiler/index.js';
import { ktaeCpu } from '../src/reference/estimators.js';
import type { Estimator } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { cCompiler } from '../src/runtime/native.js';
import { groupBatch } from './helpers/group-batch.js';

afterAll(releaseGpu);

// distinct keys per group (tokens, slots), in rows of 2048 positions: 300 and 1481 (6.5k, 16384) never double
// the 8192 slots they start with; 5 (1846, 4096) doubles to 4096 before its first rollout; 3714 (10k, 16384) and
// 14898 (20.7k, 32768) double once their keys are many, hashing them again
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
