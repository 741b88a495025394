// After the first call, running an estimator creates nothing on the device: no shader module, no pipeline,
// no buffer, no bind group, also for a new batch shape that fits the buffers already there.
import { afterAll, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { makeBatch } from './helpers/random-batch.js';

afterAll(releaseGpu);

const spec = { seed: 5, vocab: 8, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 6 } as const;

test.each(['ktae', 'reinforce_plus_plus'])('%s: calls after the first allocate nothing on the device', async (name) => {
  const gpu = await getGpu();
  const device = gpu.device as unknown as Record<string, (...a: unknown[]) => unknown>;
  const counted = ['createBuffer', 'createShaderModule', 'createComputePipeline', 'createComputePipelineAsync', 'createBindGroup'];
  const calls: string[] = [];
  for (const m of counted) {
    const original = device[m]!;
    device[m] = (...a: unknown[]) => (calls.push(m), original.apply(gpu.device, a));
  }
  try {
    const est = await GpuEstimator.create(gpu, compileEstimator(name));
    const big = makeBatch({ ...spec, B: 30, T: 40 });
    const small = makeBatch({ ...spec, B: 20, T: 33 });
    const first = await est.run(big, {});
    expect(calls.length).toBeGreaterThan(0); // the counting works: set-up creates things
    calls.length = 0;
    const again = await est.run(big, {});
    await est.run(small, {});
    await est.run(big, {});
    expect(calls).toEqual([]);
    expect(Array.from(again['advantages']!)).toEqual(Array.from(first['advantages']!));
    est.destroy();
  } finally {
    for (const m of counted) delete device[m];
  }
});

test('KTAE on a second batch with the same layout and other tokens: the tables the kernels emptied hold nothing stale', async () => {
  const est = await GpuEstimator.create(await getGpu(), compileEstimator('ktae'));
  const a = makeBatch({ ...spec, B: 30, T: 40, vocab: 8 });
  const b = { ...a, responses: a.responses.map((id, i) => (id * 7 + (i % 5)) % 11) };
  const c = compileEstimator('ktae');
  for (const [k, batch] of [a, b, a].entries()) {
    const got = await est.run(batch, {});
    const want = interpret(c.program, batch, {});
    for (let i = 0; i < batch.B * batch.T; i++) {
      const [x, y] = [got['advantages']![i]!, want['advantages']![i]!];
      // rows without a valid token have no score: NaN on both executors
      if (!(Number.isNaN(x) && Number.isNaN(y))) expect(Math.abs(x - y), `run ${k}, position ${i}: ${x} vs ${y}`).toBeLessThanOrEqual(1e-5);
    }
  }
  est.destroy();
});
