// Policy-loss settings, their per-estimator defaults, and the per-token weights that implement
// verl's four loss aggregation modes (so the GPU loss head only ever computes sum(w * loss)).

export const AGG_MODES = ['token-mean', 'seq-mean-token-sum', 'seq-mean-token-mean', 'seq-mean-token-sum-norm'] as const;
export type AggMode = (typeof AGG_MODES)[number];

export interface LossSettings {
  clipLow: number;
  clipHigh: number;
  /** Dual-clip bound c (> 1) on negative-advantage tokens. */
  clipC: number;
  lossAgg: AggMode;
  /** Coefficient of the low_var_kl penalty to the post-SFT reference policy (0 = off). */
  klCoef: number;
  /** DAPO dynamic sampling: drop groups whose accuracies are all equal and refill from new prompts. */
  dynamicSampling: boolean;
  /** Generation batches tried per step before training on what was kept. */
  maxGenBatches: number;
  /** DAPO overlong reward shaping. */
  overlong: boolean;
  overlongBuffer: number;
  overlongPenalty: number;
}

const GRPO_LIKE: LossSettings = {
  clipLow: 0.2,
  clipHigh: 0.2,
  clipC: 3,
  lossAgg: 'token-mean',
  klCoef: 0,
  dynamicSampling: false,
  maxGenBatches: 3,
  overlong: false,
  overlongBuffer: 4,
  overlongPenalty: 1,
};

const DAPO_LIKE: LossSettings = { ...GRPO_LIKE, clipHigh: 0.28, clipC: 10, dynamicSampling: true, overlong: true };

/** Defaults by estimator name: DAPO-family estimators get clip-higher, dynamic sampling and overlong shaping. */
export function lossDefaults(estimatorName: string): LossSettings {
  const base = estimatorName.replace(/\.adv$/, '').split('/').pop() ?? '';
  return /^dapo/.test(base) ? { ...DAPO_LIKE } : { ...GRPO_LIKE };
}

/**
 * Token weights for one batch: mask[i*T+t] in {0,1} over B rows of T response tokens.
 * token-mean: m/sum(m); seq-mean-token-sum: m/#rows; seq-mean-token-mean: m/len_i/#rows;
 * seq-mean-token-sum-norm: m/T. Rows without tokens are left out of #rows (current verl).
 */
export function aggWeights(mask: Int32Array, B: number, T: number, mode: AggMode): Float32Array {
  const w = new Float32Array(B * T);
  const len = new Float64Array(B);
  let total = 0;
  let rows = 0;
  for (let i = 0; i < B; i++) {
    for (let t = 0; t < T; t++) len[i] += mask[i * T + t];
    total += len[i];
    if (len[i] > 0) rows++;
  }
  for (let i = 0; i < B; i++)
    for (let t = 0; t < T; t++) {
      if (!mask[i * T + t]) continue;
      let v: number;
      if (mode === 'token-mean') v = 1 / total;
      else if (mode === 'seq-mean-token-sum') v = 1 / rows;
      else if (mode === 'seq-mean-token-mean') v = 1 / len[i] / rows;
      else v = 1 / T;
      w[i * T + t] = v;
    }
  return w;
}

/** DAPO's overlong penalty: min(-(len - (maxLen - buffer)) / buffer * factor, 0). */
export function overlongPenalty(len: number, maxLen: number, buffer: number, factor: number): number {
  const exceed = len - (maxLen - buffer);
  const p = (-exceed / buffer) * factor;
  return p < 0 ? p : 0;
}

/** verl's dynamic-sampling rule: keep a group iff its metric values are not all equal (or it has one member). */
export function keepGroup(values: number[]): boolean {
  return values.length === 1 || values.some((v) => v !== values[0]);
}
