// Batches of whole groups, each with a vocabulary of its own (small vocabularies make keys repeat, large ones
// give a group many distinct keys): rows of random length (1 to T valid tokens), scores 0 or 1 at the end.
import type { Batch } from '../../src/runtime/batch.js';

export function groupBatch(groups: { size: number; vocab: number }[], T: number, seed = 12345): Batch {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const B = groups.reduce((a, g) => a + g.size, 0);
  const index = new Int32Array(B);
  const responses = new Int32Array(B * T);
  const response_mask = new Int32Array(B * T);
  const token_level_rewards = new Float32Array(B * T);
  let b = 0;
  groups.forEach((g, gi) => {
    for (let r = 0; r < g.size; r++, b++) {
      index[b] = gi;
      const len = 1 + Math.floor(rnd() * T);
      for (let t = 0; t < len; t++) {
        responses[b * T + t] = Math.floor(rnd() * g.vocab);
        response_mask[b * T + t] = 1;
      }
      token_level_rewards[b * T + len - 1] = rnd() < 0.5 ? 1 : 0;
    }
  });
  return { B, T, responses, response_mask, token_level_rewards, index };
}
