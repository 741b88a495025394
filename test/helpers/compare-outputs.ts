// Comparing an executor's outputs with the interpreter's, shared by the differential tests and the fuzzer.
import type { Batch, Outputs } from '../../src/runtime/batch.js';

/**
 * Tolerance: |gpu - ref| <= 1e-4 + 1e-4 * |ref| (plus REWARD_ULPS of the rewards' scale); NaN matches NaN and an infinity matches the same infinity.
 * The generator keeps every discontinuous operation on values both executors compute exactly (see
 * random-program.ts), so the only differences left are roundings of continuous operations: the interpreter
 * rounds every node to f32 but accumulates reductions in f64, the GPU accumulates in f32 in a different order,
 * and its exp/log/pow/sqrt are not correctly rounded (WGSL allows a few ulp). Inexact values are kept below ~8
 * in magnitude, so those differences stay around 1e-6, two orders of magnitude below the tolerance, while a
 * wrong index, mask, group or broadcast changes values by far more.
 */
export const ATOL = 1e-4;
export const RTOL = 1e-4;

export function close(got: number, want: number, atol = ATOL): boolean {
  if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got);
  if (!Number.isFinite(want) || !Number.isFinite(got)) return got === want;
  return Math.abs(got - want) <= atol + RTOL * Math.abs(want);
}

/**
 * 32 float32 ulps of the batch's largest reward, added to the absolute tolerance: an output in reward units that
 * cancels reward-sized terms (optimal_token_baseline's to_go - baseline on a group of equal rewards of 2e7, or
 * of 1e20) keeps their float32 rounding whatever its own size; with rewards below ~8 this adds 3e-5 at most.
 */
const REWARD_ULPS = 2 ** -18;

/** Up to 8 differences, each naming the output, row and position. */
export function differences(batch: Batch, want: Outputs, got: Outputs): string[] {
  const atol = ATOL + REWARD_ULPS * batch.token_level_rewards.reduce((m, r) => (Number.isFinite(r) ? Math.max(m, Math.abs(r)) : m), 0);
  const out: string[] = [];
  for (const name of Object.keys(want)) {
    const w = want[name]!;
    const g = got[name];
    if (!g || g.length !== w.length) {
      out.push(`${name}: gave ${g ? g.length : 'no'} values, interpreter ${w.length}`);
      continue;
    }
    const perRow = w.length === batch.B;
    for (let i = 0; i < w.length && out.length < 8; i++)
      if (!close(g[i]!, w[i]!, atol)) {
        const at = perRow ? `row ${i}` : `row ${Math.floor(i / batch.T)} t ${i % batch.T}`;
        out.push(`${name}[${at}]: ${g[i]}, interpreter ${w[i]}`);
      }
  }
  for (const name of Object.keys(got)) if (!(name in want)) out.push(`${name}: only the backend has this output`);
  return out;
}

