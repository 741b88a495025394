// The check that no output holds NaN or an infinity: such a value is always a bug or a degenerate batch (a
// division by a zero std, the square root of a negative number), and written as JSON `null` or passed to a
// trainer it silently poisons a whole update. `advc run` and `advc bench` apply it unless told not to.
import type { Outputs } from './batch.js';

export class NonFiniteOutputError extends Error {
  override name = 'NonFiniteOutputError';
}

export interface NonFinite {
  output: string;
  row: number;
  /** the token position, for a per-token output */
  position?: number;
  value: number;
  /** non-finite values in all the outputs */
  count: number;
}

/** The first non-finite value of the outputs (in output order, then row-major), and how many there are. */
export function findNonFinite(outputs: Outputs, shape: { B: number; T: number }): NonFinite | undefined {
  let first: Omit<NonFinite, 'count'> | undefined;
  let count = 0;
  const seen = new Set<Float32Array>();
  for (const [output, a] of Object.entries(outputs)) {
    // `returns` is often the same array as `advantages`
    if (seen.has(a)) continue;
    seen.add(a);
    const perToken = shape.T > 1 && a.length === shape.B * shape.T;
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (v - v === 0) continue; // finite
      count++;
      first ??= perToken ? { output, row: Math.floor(i / shape.T), position: i % shape.T, value: v } : { output, row: i, value: v };
    }
  }
  return first && { ...first, count };
}

/** Throws a NonFiniteOutputError naming the first non-finite output value, its row and position. */
export function checkFiniteOutputs(outputs: Outputs, shape: { B: number; T: number }): void {
  const f = findNonFinite(outputs, shape);
  if (!f) return;
  const at = f.position === undefined ? `row ${f.row}` : `row ${f.row}, position ${f.position}`;
  const more = f.count > 1 ? ` (${f.count} non-finite values in all)` : '';
  throw new NonFiniteOutputError(`output '${f.output}' is ${f.value} at ${at}${more}`);
}
