// A plain TypeScript GRPO estimator (verl semantics) for tests and as a fallback when no compiled
// estimator is given: score s_i = sum of the row's token rewards; per group mean and unbiased std
// (a group of one: mean 0, std 1); A = (s - mean) / (std + 1e-6) on every masked token.
import type { Batch, Estimator, Outputs } from '../runtime/batch.js';

export class CpuGrpo implements Estimator {
  readonly name = 'grpo (cpu)';

  async run(b: Batch): Promise<Outputs> {
    const { B, T } = b;
    const score = new Float64Array(B);
    for (let i = 0; i < B; i++) for (let t = 0; t < T; t++) score[i] += b.token_level_rewards[i * T + t];
    const groups = new Map<number, number[]>();
    for (let i = 0; i < B; i++) {
      const g = groups.get(b.index[i]);
      if (g) g.push(i);
      else groups.set(b.index[i], [i]);
    }
    const adv = new Float32Array(B * T);
    for (const rows of groups.values()) {
      let mean = 0;
      let std = 1;
      if (rows.length > 1) {
        mean = rows.reduce((s, i) => s + score[i], 0) / rows.length;
        std = Math.sqrt(rows.reduce((s, i) => s + (score[i] - mean) ** 2, 0) / (rows.length - 1));
      }
      for (const i of rows) {
        const a = (score[i] - mean) / (std + 1e-6);
        for (let t = 0; t < T; t++) adv[i * T + t] = b.response_mask[i * T + t] ? a : 0;
      }
    }
    return { advantages: adv, returns: adv.slice() };
  }
}
