// One RL step's data: the sampled rollouts of a generation batch, and the estimator's batch (verl's
// field names, [B, Tr] over the response tokens) assembled from the kept groups, with every standard
// input the trainer can supply taken from the policy that sampled them.
import type { Batch } from '../runtime/batch.js';
import type { Generation } from './policy.js';
import type { Problem } from './tasks.js';

/** The inputs the trainer fills in (ref_log_probs and sum_pi_squared when asked for). */
export const TRAINER_INPUTS = ['responses', 'response_mask', 'token_level_rewards', 'index', 'old_log_probs', 'entropy', 'ref_log_probs', 'sum_pi_squared'] as const;

/** Throws, before any training, when the estimator reads an input the trainer cannot supply. */
export function checkEstimatorInputs(estimator: string, inputs: readonly string[]): void {
  const missing = inputs.filter((i) => !(TRAINER_INPUTS as readonly string[]).includes(i));
  if (missing.length)
    throw new Error(`estimator ${estimator} reads ${missing.map((m) => `'${m}'`).join(', ')}, which the trainer does not supply (it supplies ${TRAINER_INPUTS.join(', ')})`);
}

export interface Rollouts extends Generation {
  problems: Problem[]; // per group
  correct: Uint8Array; // [seqs]
  length: Int32Array; // [seqs] response tokens incl. EOS
  reward: Float32Array; // [seqs]
}

/** The estimator's batch and the policy's token grid of one training step. */
export interface StepBatch {
  batch: Batch & { sum_pi_squared?: Float32Array };
  /** [seqs, T] token grid of the kept rollouts (filler groups masked out). */
  tokens: Int32Array;
  /** [seqs, T] row-aligned old log-probs. */
  oldLp: Float32Array;
}

/**
 * Lays the kept groups (batch b, group g) out on the training grid; empty slots repeat group 0 of the
 * first batch with a zero mask. Row n*T + P + t - 1 of the policy's grid predicts response token t.
 */
export function stepBatch(
  batches: Rollouts[],
  use: { b: number; g: number }[],
  dims: { groups: number; G: number; T: number; P: number; Tr: number; pad: number },
  wants: { sumPiSquared: boolean },
): StepBatch {
  const { groups, G, T, P, Tr, pad } = dims;
  const seqs = groups * G;
  const tokens = new Int32Array(seqs * T).fill(pad);
  const oldLp = new Float32Array(seqs * T);
  const batch: StepBatch['batch'] = {
    B: seqs,
    T: Tr,
    responses: new Int32Array(seqs * Tr),
    response_mask: new Int32Array(seqs * Tr),
    token_level_rewards: new Float32Array(seqs * Tr),
    index: new Int32Array(seqs),
    old_log_probs: new Float32Array(seqs * Tr),
    entropy: new Float32Array(seqs * Tr),
  };
  if (wants.sumPiSquared) batch.sum_pi_squared = new Float32Array(seqs * Tr);
  for (let slot = 0; slot < groups; slot++) {
    const src = use[slot] ?? { b: 0, g: slot };
    const r = batches[src.b];
    const live = use[slot] ? 1 : 0;
    for (let j = 0; j < G; j++) {
      const n = slot * G + j;
      const m = src.g * G + j;
      tokens.set(r.tokens.subarray(m * T, (m + 1) * T), n * T);
      oldLp.set(r.logp.subarray(m * T, (m + 1) * T), n * T);
      batch.index[n] = slot;
      const len = r.length[m];
      for (let t = 0; t < Tr; t++) {
        const i = n * Tr + t;
        const row = m * T + P + t - 1;
        batch.responses[i] = r.tokens[row + 1];
        batch.response_mask[i] = live && t < len ? 1 : 0;
        batch.old_log_probs![i] = r.logp[row];
        batch.entropy![i] = r.entropy[row];
        if (batch.sum_pi_squared) batch.sum_pi_squared[i] = r.sumPiSquared[row];
      }
      if (live && len > 0) batch.token_level_rewards[n * Tr + len - 1] = r.reward[m];
    }
  }
  return { batch, tokens, oldLp };
}
