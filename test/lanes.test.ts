// Serial plans run 8, 4, 2 or 1 groups per workgroup (fewer when a batch has few groups, so every CPU core
// gets work): the lane count must not change a single bit of the results.
import { afterAll, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { makeBatch } from './helpers/random-batch.js';

afterAll(releaseGpu);

const batch = makeBatch({ B: 40, T: 30, seed: 3, vocab: 6, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 20 });

test.each(['ktae', 'grpo', 'gae'])('%s gives the same bits with 8, 4, 2 and 1 groups per workgroup', async (name) => {
  const est = await GpuEstimator.create(await getGpu(), compileEstimator(name, { mode: 'serial', subgroups: false }), { keepSchedule: true });
  const results: Record<string, Float32Array>[] = [];
  // 20 groups: 1 worker keeps 8 lanes (3 workgroups); 4 workers -> 4 lanes; 8 -> 2 lanes; 20 -> 1 lane
  for (const [workers, lanes] of [[1, 8], [4, 4], [8, 2], [20, 1]] as const) {
    est.runner.workers = workers;
    expect(est.runner.lanesFor(20)).toBe(lanes);
    results.push((await est.run(batch, {})) as Record<string, Float32Array>);
  }
  est.destroy();
  for (const r of results.slice(1))
    for (const [k, v] of Object.entries(results[0]!)) expect(Array.from(r[k]!), k).toEqual(Array.from(v));
});
