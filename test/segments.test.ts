// stdlib/segments.adv against a direct TypeScript reading of the definition, on random batches (masks with
// holes, empty rows, cuts on padding tokens), through the interpreter and the CPU backend.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkSource } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';

const SOURCE = `
estimator seg() {
  let cut = responses == 1
  output index = float(segment_index(cut))
  output count = segment_count(cut)
  output total = segment_sum(token_level_rewards, cut)
  output size = segment_length(cut)
  output top = segment_max(entropy, cut)
  output bottom = segment_min(entropy, cut)
  advantages = segment_mean(token_level_rewards, cut) * response_mask
}
`;

/** Per token: its segment's index, sum, valid tokens; per rollout: the segment count. */
function reference(b: Batch) {
  const { B, T } = b;
  const index = new Float32Array(B * T);
  const total = new Float32Array(B * T);
  const size = new Float32Array(B * T);
  const count = new Float32Array(B);
  const top = new Float32Array(B * T);
  const bottom = new Float32Array(B * T);
  for (let r = 0; r < B; r++) {
    const valid = (t: number) => b.response_mask[r * T + t] === 1;
    const seg: number[] = [];
    let k = 0;
    for (let t = 0; t < T; t++) {
      seg.push(k);
      if (valid(t) && b.responses[r * T + t] === 1) k++;
    }
    const sums = new Map<number, [number, number]>();
    const extremes = new Map<number, [number, number]>();
    for (let t = 0; t < T; t++)
      if (valid(t)) {
        const [s, n] = sums.get(seg[t]!) ?? [0, 0];
        sums.set(seg[t]!, [s + b.token_level_rewards[r * T + t]!, n + 1]);
        const [hi, lo] = extremes.get(seg[t]!) ?? [-Infinity, Infinity];
        const e = b.entropy![r * T + t]!;
        extremes.set(seg[t]!, [Math.max(hi, e), Math.min(lo, e)]);
      }
    const last = Math.max(-1, ...Array.from({ length: T }, (_, t) => (valid(t) ? t : -1)));
    count[r] = last < 0 ? 0 : seg[last]! + 1;
    for (let t = 0; t < T; t++) {
      index[r * T + t] = seg[t]!;
      [total[r * T + t], size[r * T + t]] = sums.get(seg[t]!) ?? [0, 0];
      [top[r * T + t], bottom[r * T + t]] = extremes.get(seg[t]!) ?? [0, 0];
    }
  }
  return { index, total, size, count, top, bottom };
}

test('segment index, count, sum, length, max and min match the reference on valid tokens', async () => {
  const checked = checkSource({ source: SOURCE, file: 'seg.adv' });
  const cpu = CpuEstimator.create(checked, { engine: 'js', threads: 1 });
  try {
    for (const spec of fc.sample(batchSpecArb, { numRuns: 30, seed: 5 })) {
      const b = makeBatch({ ...spec, vocab: 3 });
      const want = reference(b);
      for (const got of [interpret(checked.program, b, {}), await cpu.run(b, {})]) {
        expect(Array.from(got['count']!)).toEqual(Array.from(want.count));
        for (let i = 0; i < b.B * b.T; i++) {
          if (!b.response_mask[i]) continue;
          expect(got['index']![i], `index at ${i}`).toBe(want.index[i]);
          expect(got['size']![i], `size at ${i}`).toBe(want.size[i]);
          expect(got['top']![i], `max at ${i}`).toBe(want.top[i]);
          expect(got['bottom']![i], `min at ${i}`).toBe(want.bottom[i]);
          expect(Math.abs(got['total']![i]! - want.total[i]!), `sum at ${i}`).toBeLessThan(1e-4);
        }
      }
    }
  } finally {
    cpu.destroy();
  }
});
