// The batch layout shared by every executor: verl's field names, flat row-major [B,T] arrays.

import { inputNames } from '../compiler/input-fields.js';

export const TOKEN_INPUTS = inputNames((f) => f.domain === 'token');
export const ROLLOUT_INPUTS = inputNames((f) => f.domain === 'rollout');
export const REQUIRED_INPUTS = inputNames((f) => f.required);
export { INPUT_FIELDS, type InputName } from '../compiler/input-fields.js';

export type { Batch, Outputs, Params } from '../compiler/batch.js';
import type { Batch, Outputs, Params } from '../compiler/batch.js';

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
