// Bounds on what a program and its parameters may hold, checked once by the checker and the CLI.
import type { ScalarType } from './domains.js';

/**
 * Later passes (code generation above all) recurse once per level of the dataflow graph: a value computed
 * through a longer chain of operations (2,000 lets each using the last) is refused where the chain gets too
 * long; the stdlib's deepest value is about 45 levels. Inlined functions nest at most MAX_CALL_DEPTH deep.
 */
export const MAX_VALUE_DEPTH = 400;
export const MAX_CALL_DEPTH = 64;

/** Why a parameter value does not fit its type (undefined when it does): int32 range, float32 range. */
export function paramValueProblem(type: ScalarType, v: number): string | undefined {
  if (type === 'i32' && !Number.isInteger(v)) return 'is an int: its value must be a whole number';
  if (type === 'i32' && (v < -(2 ** 31) || v > 2 ** 31 - 1)) return `is an int: ${v} does not fit in int32 (-2147483648..2147483647)`;
  if (type === 'f32' && !Number.isFinite(Math.fround(v))) return `is a float: ${v} overflows float32 (its largest value is about 3.4e38)`;
  return undefined;
}
