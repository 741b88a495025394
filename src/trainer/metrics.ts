// The rows of metrics.jsonl and the statistics behind them.

export interface StepRow {
  step: number;
  reward_mean: number;
  accuracy: number;
  response_length_mean: number;
  /** Mean entropy of the policy over the trained tokens (before the update). */
  entropy: number;
  seconds: number;
  /** Aggregated PPO loss (the weighted sum the update descends), mean over PPO epochs. */
  policy_loss: number;
  /** Fraction of trained tokens whose ratio was clipped, mean over PPO epochs. */
  clipfrac: number;
  /** Mean low_var_kl to the reference over trained tokens; only when the KL penalty is on. */
  kl?: number;
  kept_groups: number;
  gen_batches: number;
  adv_mean: number;
  adv_std: number;
  adv_max_abs: number;
  /** Fraction of trained tokens whose advantage differs from their rollout's mean advantage. */
  adv_token_varying: number;
}

export interface EvalRow {
  step: number;
  eval_accuracy: number;
  eval_response_length: number;
  eval_response_length_std: number;
  seconds: number;
}

export type MetricRow = StepRow | EvalRow;

export function isEval(r: MetricRow): r is EvalRow {
  return 'eval_accuracy' in r;
}

export interface AdvantageStats {
  adv_mean: number;
  adv_std: number;
  adv_max_abs: number;
  adv_token_varying: number;
}

/**
 * Statistics of the advantages on the masked tokens of a [B, T] batch. A non-finite advantage on a
 * trained token is an error naming the step, the row and the token: training on it (or on a 0 put in
 * its place) would silently train on wrong numbers.
 */
export function advantageStats(adv: Float32Array, mask: Int32Array, B: number, T: number, step: number, estimator: string): AdvantageStats {
  let n = 0;
  let sum = 0;
  let sq = 0;
  let maxAbs = 0;
  let varying = 0;
  for (let i = 0; i < B; i++) {
    let rn = 0;
    let rs = 0;
    for (let t = 0; t < T; t++) {
      const k = i * T + t;
      if (!mask[k]) continue;
      const a = adv[k];
      if (!Number.isFinite(a)) throw new Error(`step ${step}: estimator ${estimator} returned a non-finite advantage (${a}) for rollout ${i}, token ${t}`);
      rn++;
      rs += a;
      sq += a * a;
      maxAbs = Math.max(maxAbs, Math.abs(a));
    }
    n += rn;
    sum += rs;
    const m = rs / Math.max(rn, 1);
    // relative tolerance: a rollout-level advantage broadcast to its tokens is equal in float32
    for (let t = 0; t < T; t++) if (mask[i * T + t] && Math.abs(adv[i * T + t] - m) > 1e-6 * Math.max(1, Math.abs(m))) varying++;
  }
  const mean = sum / Math.max(n, 1);
  return {
    adv_mean: mean,
    adv_std: n > 1 ? Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1))) : 0,
    adv_max_abs: maxAbs,
    adv_token_varying: varying / Math.max(n, 1),
  };
}

/** Mean and population standard deviation. */
export function meanStd(xs: ArrayLike<number>): { mean: number; std: number } {
  const n = xs.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i];
  const mean = s / Math.max(n, 1);
  let v = 0;
  for (let i = 0; i < n; i++) v += (xs[i] - mean) ** 2;
  return { mean, std: Math.sqrt(v / Math.max(n, 1)) };
}
