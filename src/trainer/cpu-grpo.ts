// A plain TypeScript GRPO estimator (verl semantics: score = row sum of the token rewards; per group mean
// and unbiased std, a group of one: mean 0, std 1; A = (s - mean) / (std + 1e-6) on every masked token) for
// tests and as a fallback when no compiled estimator is given. It is the benchmark's reference GRPO.
import { grpoCpu } from '../reference/estimators.js';
import type { Batch, Estimator, Outputs } from '../runtime/batch.js';

export class CpuGrpo implements Estimator {
  readonly name = 'grpo (cpu)';

  async run(b: Batch): Promise<Outputs> {
    return grpoCpu(b);
  }
}
