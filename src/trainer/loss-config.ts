// Policy-loss settings, their per-estimator defaults, and the per-token weights that implement
// verl's four loss aggregation modes (so the WGSL loss head only ever computes sum(w * loss)).

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

/**
 * What the loss head computes, for the WGSL kernel and its float64 reference alike. sft: -log p of the
 * target; ppo: verl's clipped surrogate (clip-higher, dual-clip) plus klCoef * low_var_kl to the
 * reference; logp: log-probs and entropy only, no gradient.
 */
export interface LossHyper {
  mode: 'sft' | 'ppo' | 'logp';
  temperature: number;
  clipLow: number;
  clipHigh: number;
  clipC: number;
  klCoef: number;
}

/**
 * One token's PPO loss and its derivative in the token's log-prob, as the loss head has them
 * (before the aggregation weight): ratio exp(lp - oldLp), clipped to [1 - clipLow, 1 + clipHigh],
 * the dual clip at clipC for negative advantages, and low_var_kl(refLp - lp) clamped to 10.
 */
export function ppoTokenLoss(lp: number, oldLp: number, refLp: number, adv: number, h: LossHyper): { loss: number; dlogp: number; clipped: boolean } {
  const ratio = Math.exp(Math.min(Math.max(lp - oldLp, -20), 20));
  const l1 = -adv * ratio;
  const cr = Math.min(Math.max(ratio, 1 - h.clipLow), 1 + h.clipHigh);
  const l2 = -adv * cr;
  let lclip = Math.max(l1, l2);
  let gl = l2 > l1 ? (cr === ratio ? -adv * ratio : 0) : -adv * ratio;
  if (adv < 0 && -adv * h.clipC < lclip) {
    lclip = -adv * h.clipC;
    gl = 0;
  }
  if (h.klCoef === 0) return { loss: lclip, dlogp: gl, clipped: l2 > l1 };
  const k = Math.min(Math.max(refLp - lp, -20), 20);
  const kv = Math.exp(k) - k - 1;
  const kl = Math.min(Math.max(kv, -10), 10);
  const gk = kv < 10 ? 1 - Math.exp(k) : 0;
  return { loss: lclip + h.klCoef * kl, dlogp: gl + h.klCoef * gk, clipped: l2 > l1 };
}

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
