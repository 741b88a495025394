// lgamma as the compiled estimators evaluate it (WGSL: f32 Stirling after a shift by 8; interpreter: Lanczos
// rounded to f32) against scipy.special.gammaln in float64 at the same float32 inputs, over (0, 1e4]: tiny x,
// (0, 3] with both zeros of lgamma, integers 1..200 and half-integers (the log-factorials Fisher's test sums),
// and large x up to 1e4.
//
// Acceptance: |got - want| <= 2e-6 OR |got - want| <= 1e-6 |want|. Relative error alone cannot work near
// lgamma's zeros at 1 and 2, where any f32 evaluation that goes through intermediate values of order 1 to 10
// (a recurrence shift, a log of a product) keeps an absolute error of an ulp or so of those, 1e-7 to 1e-6;
// absolute error alone cannot work for large x, where the value itself (8.2e4 at 1e4) is only representable to
// 4e-3 in f32, i.e. a relative 6e-8. Both bounds leave room for the GPU's log being a few ulps off.
import { afterAll, describe, expect, test } from 'vitest';
import { releaseGpu } from '../src/runtime/device.js';
import type { Outputs } from '../src/runtime/batch.js';
import { caseBatch, loadStatsReference, runBoth } from './helpers/stats-reference.js';

afterAll(releaseGpu);

const ABS = 2e-6;
const REL = 1e-6;

const ref = loadStatsReference().lgamma;

const source = `
estimator lgamma_of_rewards() {
  advantages = lgamma(token_level_rewards)
}`;

let outputs: Promise<{ interp: Outputs; gpu: Outputs }> | undefined;
const run = () => (outputs ??= runBoth(source, caseBatch({ token_level_rewards: ref.x })));

interface Worst {
  x: number;
  got: number;
  want: number;
}

/** Max abs error, max rel error (where |want| >= 1, so the zeros do not dominate), and the points failing both. */
function measure(got: Float32Array) {
  let maxAbs = 0;
  let maxRelAbove1 = 0;
  const failures: Worst[] = [];
  ref.x.forEach((x, i) => {
    const want = ref.gammaln[i]!;
    const e = Math.abs(got[i]! - want);
    maxAbs = Math.max(maxAbs, e);
    if (Math.abs(want) >= 1) maxRelAbove1 = Math.max(maxRelAbove1, e / Math.abs(want));
    if (!(e <= ABS || e <= REL * Math.abs(want))) failures.push({ x, got: got[i]!, want });
  });
  return { maxAbs, maxRelAbove1, failures };
}

/** The five failures with the largest absolute error. */
function describe5(failures: Worst[]): string {
  return [...failures]
    .sort((p, q) => Math.abs(q.got - q.want) - Math.abs(p.got - p.want))
    .slice(0, 5)
    .map((f) => `lgamma(${f.x}): got ${f.got}, want ${f.want}`)
    .join('\n');
}

describe('lgamma against scipy.special.gammaln', () => {
  test('the reference covers (0, 1e4] with integers 1..200 and half-integers', () => {
    const xs = new Set(ref.x);
    for (let k = 1; k <= 200; k++) expect(xs.has(k)).toBe(true);
    for (let k = 0; k < 200; k++) expect(xs.has(k + 0.5)).toBe(true);
    expect(Math.min(...ref.x)).toBeLessThan(1e-20);
    expect(Math.max(...ref.x)).toBe(1e4);
  });

  test('WGSL lgamma', async () => {
    const m = measure((await run()).gpu.advantages);
    console.log(`WGSL lgamma over ${ref.x.length} points: max abs error ${m.maxAbs.toExponential(2)}, ` +
      `max rel error (|lgamma| >= 1) ${m.maxRelAbove1.toExponential(2)}`);
    expect(m.failures.length, describe5(m.failures)).toBe(0);
  });

  test('interpreter lgamma', async () => {
    const m = measure((await run()).interp.advantages);
    console.log(`interpreter lgamma over ${ref.x.length} points: max abs error ${m.maxAbs.toExponential(2)}, ` +
      `max rel error (|lgamma| >= 1) ${m.maxRelAbove1.toExponential(2)}`);
    expect(m.failures.length, describe5(m.failures)).toBe(0);
  });

  test('lgamma(1) and lgamma(2) are 0 within 2e-6 on both executors', async () => {
    const { interp, gpu } = await run();
    for (const x of [1, 2]) {
      const i = ref.x.indexOf(x);
      expect(Math.abs(gpu.advantages[i]!)).toBeLessThanOrEqual(ABS);
      expect(Math.abs(interp.advantages[i]!)).toBeLessThanOrEqual(ABS);
    }
  });
});
