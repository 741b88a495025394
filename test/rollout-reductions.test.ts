// Token reductions of a value that is its rollout's at every valid token become reductions over rollouts (the
// rollouts' valid counts weigh the sums): no token pass is left but the count, and every executor gives what
// the reductions over valid tokens gave, a rollout without valid tokens (here with an infinite value) adding
// nothing.
import { afterAll, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';

afterAll(releaseGpu);

// two groups of two rollouts; rollout 1 has no valid token and the value +inf
const batch: Batch = {
  B: 4,
  T: 3,
  responses: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  response_mask: Int32Array.from([1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1]),
  token_level_rewards: Float32Array.from([0, 0.5, 0, 2, 0, 0, 0, 0, -1.5, 0.25, 0, 0]),
  index: Int32Array.from([0, 0, 1, 1]),
};
const source = `estimator folded() {
  let r = sum[rollout, all](token_level_rewards)
  let x = (if r > 1.0 then exp(100.0) else r) * float(response_mask)
  output sum_r = sum(x)
  output sum_g = sum[group](x)
  output count_b = count[batch](x)
  output max_g = max[group](x)
  output min_b = min[batch](x)
  output any_g = if any[group](x > 1.0) then 1.0 else 0.0
  output all_r = if all(x < 1.0) then 1.0 else 0.0
  advantages = whiten(r) * response_mask
}
`;
const want: Record<string, number[]> = {
  sum_r: [1, 0, -3, 0.75],
  sum_g: [1, 1, -2.25, -2.25],
  count_b: [7, 7, 7, 7],
  max_g: [0.5, 0.5, 0.25, 0.25],
  min_b: [-1.5, -1.5, -1.5, -1.5],
  any_g: [0, 0, 0, 0],
  all_r: [1, 1, 1, 1],
};

test('the reductions read no token but the valid counts', () => {
  const { program: p } = checkSource({ source, name: 'folded' });
  const tokenReductions = p.nodes.filter((n) => n.op === 'reduce' && p.nodes[n.args[0]!]!.domain === 'token');
  // the rollout's score (over every position) and its valid count
  expect(tokenReductions.map((n) => [n.op === 'reduce' && n.attrs.op, p.nodes[n.args[0]!]!.op, n.domain])).toEqual([
    ['sum', 'input', 'rollout'],
    ['count', 'pos', 'rollout'],
  ]);
});

test('every executor gives the reductions over valid tokens', async () => {
  const checked = checkSource({ source, name: 'folded' });
  const runs: Record<string, Record<string, Float32Array>> = {
    'interpreter, unoptimized': interpret(checked.lowered, batch, {}) as Record<string, Float32Array>,
    interpreter: interpret(checked.program, batch, {}) as Record<string, Float32Array>,
  };
  for (const engine of ['native', 'js'] as const) {
    const cpu = CpuEstimator.create(checked, { engine, threads: 1 });
    runs[engine] = (await cpu.run(batch, {})) as Record<string, Float32Array>;
    cpu.destroy();
  }
  const gpu = await getGpu();
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    runs[mode] = (await est.run(batch, {})) as Record<string, Float32Array>;
    est.destroy();
  }
  const whitened = Array.from(runs.interpreter!.advantages!);
  for (const [name, out] of Object.entries(runs)) {
    for (const [output, values] of Object.entries(want)) expect([name, output, Array.from(out[output]!)]).toEqual([name, output, values]);
    Array.from(out.advantages!).forEach((a, i) => expect(a).toBeCloseTo(whitened[i]!, 5));
  }
});
