// A batch bigger than one binding runs in parts of whole groups, with the same results as in one piece; an
// estimator with batch-wide statistics cannot be split and says so.
import { afterAll, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { makeBatch } from './helpers/random-batch.js';

afterAll(releaseGpu);

// interleaved groups: each part's rows are gathered; adjacent groups: each part is a view of the batch
const batches: Record<'interleaved' | 'adjacent', Batch> = {
  interleaved: makeBatch({ B: 36, T: 50, seed: 99, vocab: 8, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 9 }),
  adjacent: makeBatch({ B: 36, T: 50, seed: 98, vocab: 8, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'adjacent', numGroups: 9 }),
};
let batch = batches.interleaved;

async function runWithLimit(name: string, limit: number, parts?: (n: number) => void) {
  const est = await GpuEstimator.create(await getGpu(), compileEstimator(name));
  est.runner.maxBindingBytes = limit;
  try {
    const out = await est.run(batch, {});
    parts?.(est.runner.lastParts);
    return out;
  } finally {
    est.destroy();
  }
}

// limits well below what the whole batch needs in its largest arena, above what one group needs
test.each([
  ['dapo_ktae', 24 * 1024, 'interleaved'],
  ['dapo_ktae', 24 * 1024, 'adjacent'],
  ['grpo', 6 * 1024, 'interleaved'],
  ['rloo', 6 * 1024, 'adjacent'],
] as const)('%s split into parts of a few groups equals the whole batch, bit for bit (limit %i bytes, %s groups)', async (name, limit, layout) => {
  batch = batches[layout];
  const whole = await runWithLimit(name, 0, (n) => expect(n).toBe(1));
  const split = await runWithLimit(name, limit, (n) => expect(n).toBeGreaterThanOrEqual(2));
  expect(Object.keys(split).sort()).toEqual(Object.keys(whole).sort());
  for (const [k, v] of Object.entries(whole)) expect(Array.from(split[k]!), k).toEqual(Array.from(v));
});

test('an estimator with batch-wide statistics is not split: the error says why', async () => {
  batch = batches.interleaved;
  await expect(runWithLimit('reinforce_plus_plus', 16 * 1024)).rejects.toThrow(
    /above this device's 16.0 KiB limit, and reinforce_plus_plus has batch-wide statistics, so its groups cannot run apart/,
  );
});

test('a single group larger than the limit is an error, not a hang', async () => {
  batch = batches.interleaved;
  await expect(runWithLimit('grpo', 2048)).rejects.toThrow(/alone needs more than/);
});
