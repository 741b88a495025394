// Outputs into the caller's arrays (`run(batch, params, { out })`): the same values as fresh outputs, in the
// very arrays passed, on every executor; a wrong array is a clear error.
import { afterAll, expect, test } from 'vitest';
import { checkEstimatorArg } from '../src/compiler/index.js';
import type { Batch, Outputs } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator, type TimedEstimator } from '../src/runtime/executor.js';
import { cCompiler } from '../src/runtime/native.js';
import { makeBatch } from './helpers/random-batch.js';

afterAll(releaseGpu);

const batch: Batch = makeBatch({ B: 36, T: 50, seed: 5, vocab: 8, mask: 'holes', emptyRows: 10, rewards: 'outcome', groups: 'interleaved', numGroups: 9 });

const SPLIT_LIMIT: Record<string, number> = { grpo: 6 * 1024, dapo_ktae: 24 * 1024 };

const executors: Record<string, (name: string) => Promise<TimedEstimator>> = {
  webgpu: async (name) => GpuEstimator.create(await getGpu(), checkEstimatorArg(name)),
  // in parts of whole groups (bindings limited to a few groups' worth): each part's rows go straight into the
  // caller's arrays (gae has batch-wide statistics: it runs whole)
  'webgpu, split': async (name) => {
    const est = await GpuEstimator.create(await getGpu(), checkEstimatorArg(name));
    est.runner.maxBindingBytes = SPLIT_LIMIT[name] ?? 0;
    return est;
  },
  'cpu (js)': async (name) => CpuEstimator.create(checkEstimatorArg(name), { engine: 'js', threads: 2 }),
  ...(cCompiler() ? { 'cpu (native)': async (name: string) => CpuEstimator.create(checkEstimatorArg(name), { engine: 'native' }) } : {}),
};

/** NaN-filled arrays of each output's length: any element the run failed to write shows. */
function blank(out: Outputs): Record<string, Float32Array> {
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, new Float32Array(v.length).fill(NaN)]));
}

const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

for (const [where, make] of Object.entries(executors))
  test.each(['grpo', 'dapo_ktae', 'gae'])(`%s on ${where}: results into passed arrays equal fresh ones, in those arrays`, async (name) => {
    const est = await make(name);
    try {
      const fresh = await est.run(batch, {});
      const given = blank(fresh);
      const got = await est.run(batch, {}, { out: given });
      if (where.endsWith('split') && SPLIT_LIMIT[name]) expect((est as GpuEstimator).runner.lastParts).toBeGreaterThanOrEqual(2);
      expect(Object.keys(got)).toEqual(Object.keys(fresh));
      for (const k of Object.keys(fresh)) {
        expect(got[k], k).toBe(given[k]);
        expect(bits(got[k]!), k).toEqual(bits(fresh[k]!));
      }
      // the previous call's outputs, passed back (advantages and returns may be one array): filled again
      const again = await est.run(batch, {}, { out: got });
      for (const k of Object.keys(fresh)) {
        expect(again[k], k).toBe(got[k]);
        expect(bits(again[k]!), k).toEqual(bits(fresh[k]!));
      }
      // only some outputs given: the others are fresh
      const one = new Float32Array(fresh.advantages.length);
      const part = await est.run(batch, {}, { out: { advantages: one } });
      expect(part.advantages).toBe(one);
      expect(bits(part.returns)).toEqual(bits(fresh.returns));
    } finally {
      est.destroy();
    }
  });

test.each(Object.keys(executors))('a wrong output array is a clear error on %s', async (where) => {
  const est = await executors[where]!('grpo');
  const n = batch.B * batch.T;
  try {
    await expect(est.run(batch, {}, { out: { advantages: new Float32Array(n - 1) } })).rejects.toThrow(
      `out.advantages: expected a Float32Array of ${n} values (B*T = ${batch.B}*${batch.T}), got ${n - 1} values`,
    );
    await expect(est.run(batch, {}, { out: { advantages: new Float64Array(n) as unknown as Float32Array } })).rejects.toThrow(
      /out\.advantages: expected a Float32Array of \d+ values .*got a Float64Array/,
    );
    await expect(est.run(batch, {}, { out: { nope: new Float32Array(n) } })).rejects.toThrow(/out\.nope: grpo has no output 'nope' \(outputs: advantages, returns/);
  } finally {
    est.destroy();
  }
});
