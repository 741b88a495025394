// Constants the optimizer folds stay distinct and render on every target: +inf, -inf and NaN are three nodes
// (JSON spells all three null, which once merged them), and the i32 minimum is written as WGSL accepts it.
import { afterAll, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';

afterAll(releaseGpu);

const batch: Batch = {
  B: 2,
  T: 3,
  responses: Int32Array.from([1, 2, 3, 4, 5, 6]),
  response_mask: Int32Array.from([1, 1, 0, 1, 1, 1]),
  token_level_rewards: Float32Array.from([0, 0.5, 0, 0, 0, -2]),
  index: Int32Array.from([0, 0]),
};
const source = `estimator constants() {
  let huge = exp(100.0)
  let m = -2147483647 - 1
  output int_min = float(m) / 2147483648.0
  advantages = clamp(score(), -huge, huge) * response_mask
}
`;

test('folded infinities of both signs and the i32 minimum give the same outputs on every executor', async () => {
  const checked = checkSource({ source, name: 'constants' });
  const want = { advantages: [0.5, 0.5, 0, -2, -2, -2], int_min: [-1, -1] };
  const runs: Record<string, Record<string, Float32Array>> = { interpreter: interpret(checked.program, batch, {}) as Record<string, Float32Array> };
  const cpu = CpuEstimator.create(checked, { threads: 1 });
  runs.cpu = (await cpu.run(batch, {})) as Record<string, Float32Array>;
  cpu.destroy();
  const gpu = await getGpu();
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    runs[mode] = (await est.run(batch, {})) as Record<string, Float32Array>;
    est.destroy();
  }
  for (const [name, out] of Object.entries(runs)) {
    expect([name, Array.from(out.advantages!)]).toEqual([name, want.advantages]);
    expect([name, Array.from(out.int_min!)]).toEqual([name, want.int_min]);
  }
});
