// The batch layout shared by every executor: verl's field names, flat row-major [B,T] arrays.

import { inputNames, type StandardField } from '../compiler/input-fields.js';

export const TOKEN_INPUTS = inputNames((f) => f.domain === 'token');
export const ROLLOUT_INPUTS = inputNames((f) => f.domain === 'rollout');
export const REQUIRED_INPUTS = inputNames((f) => f.required);
export { INPUT_FIELDS, type InputName } from '../compiler/input-fields.js';

type ArrayOf<F> = F extends { type: 'int' } ? Int32Array : Float32Array;

/** A batch: B rollouts of T tokens, each field of the input-field table as its typed array (optional ones may be absent). */
export type Batch = { B: number; T: number } & {
  [F in StandardField as F['required'] extends true ? F['name'] : never]: ArrayOf<F>;
} & { [F in StandardField as F['required'] extends true ? never : F['name']]?: ArrayOf<F> } & {
  /** fields an estimator declares with `input` */
  [declared: string]: Int32Array | Float32Array | number | undefined;
};

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

export interface RunOptions {
  /**
   * Arrays to fill and return in place of fresh outputs, by output name (e.g. the previous call's outputs): a
   * loop calling every step then allocates no new arrays. Each must be a Float32Array of exactly its output's
   * length ([B,T] or [B]); a wrong one is an error.
   */
  out?: Record<string, Float32Array>;
}

/** Anything that turns a batch into advantages: the GPU executor, the interpreter, a generated module. */
export interface Estimator {
  readonly name: string;
  run(batch: Batch, params?: Params, opts?: RunOptions): Promise<Outputs>;
}
