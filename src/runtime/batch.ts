// The batch layout shared by every executor: verl's field names, flat row-major [B,T] arrays.

export const TOKEN_INPUTS = [
  'responses',
  'response_mask',
  'token_level_rewards',
  'values',
  'old_log_probs',
  'ref_log_probs',
  'entropy',
] as const;
export const ROLLOUT_INPUTS = ['index', 'reward_baselines'] as const;
export const REQUIRED_INPUTS = ['responses', 'response_mask', 'token_level_rewards', 'index'] as const;

export type TokenInput = (typeof TOKEN_INPUTS)[number];
export type RolloutInput = (typeof ROLLOUT_INPUTS)[number];
export type InputName = TokenInput | RolloutInput;

export interface Batch {
  B: number;
  T: number;
  responses: Int32Array;
  response_mask: Int32Array;
  token_level_rewards: Float32Array;
  index: Int32Array;
  values?: Float32Array;
  old_log_probs?: Float32Array;
  ref_log_probs?: Float32Array;
  entropy?: Float32Array;
  reward_baselines?: Float32Array;
}

/**
 * Estimator outputs: `advantages` and `returns` always, plus named diagnostics, each [B,T] or [B]. Outputs the
 * estimator computes as one value (GRPO's returns are its advantages) may be the same array, as in verl.
 */
export interface Outputs {
  advantages: Float32Array;
  returns: Float32Array;
  [name: string]: Float32Array;
}

export type Params = Record<string, number | boolean>;

/** Anything that turns a batch into advantages: the GPU executor, the interpreter, a generated module. */
export interface Estimator {
  readonly name: string;
  run(batch: Batch, params?: Params): Promise<Outputs>;
}
