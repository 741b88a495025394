// The data an estimator takes and gives, as typed arrays: verl's field names, flat row-major [B,T] arrays. The
// compiler's interpreter runs on them, and every executor of the runtime (runtime/batch.ts re-exports them).
import type { StandardField } from './input-fields.js';

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
