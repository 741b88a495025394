// The statistical helpers of stdlib/stats.adv on every 2x2 table KTAE builds for a group of up to 16 rollouts
// (G_c correct and G_w wrong rollouts, a of the correct and b of the wrong ones containing the key), on both
// executors, against scipy.stats.fisher_exact and a numpy float64 implementation of spec/estimators.md 6.3
// (test/fixtures-stats/make_reference.py).
import { afterAll, describe, expect, test } from 'vitest';
import type { Outputs } from '../src/runtime/batch.js';
import { releaseGpu } from '../src/runtime/device.js';
import { caseBatch, loadStatsReference, runBoth } from './helpers/stats-reference.js';

afterAll(releaseGpu);

const ref = loadStatsReference();

// One table per token position: a, b, c, d in four token inputs. The helpers are called as KTAE calls them.
const source = `
estimator table_statistics(bm25_k1 = 2.0, bm25_b = 0.5) {
  let a = token_level_rewards
  let b = values
  let c = old_log_probs
  let d = ref_log_probs
  let p = fisher_exact(a, b, c, d)
  output fisher_p = p
  output fisher_score = fisher_score(a, b, c, d)
  output information_gain = information_gain(a, b, c, d)
  output cohen_h = cohen_h(a / (a + c + 1e-10), b / (b + d + 1e-10))
  // the presence counts as occurrence counts and the class sizes as the class token counts
  let avg = (a + b + c + d) / 2.0
  output tf_c = bm25_tf(a / (a + c), bm25_k1, bm25_k(bm25_k1, bm25_b, a + c, avg))
  output tf_w = bm25_tf(b / (b + d), bm25_k1, bm25_k(bm25_k1, bm25_b, b + d, avg))
  advantages = p
}`;

const column = (j: number) => ref.tables.map((t) => t[j]!);
let outputs: Promise<{ interp: Outputs; gpu: Outputs }> | undefined;
const run = () =>
  (outputs ??= runBoth(
    source,
    caseBatch({ token_level_rewards: column(0), values: column(1), old_log_probs: column(2), ref_log_probs: column(3) }),
    { bm25_k1: ref.bm25.k1, bm25_b: ref.bm25.b },
  ));

type Statistic = 'fisher_p' | 'fisher_score' | 'information_gain' | 'cohen_h' | 'tf_c' | 'tf_w';

/** Compares one output with the reference; null reference entries are not judged. */
function compare(got: Float32Array, want: Array<number | null>, tolerance: (want: number) => number) {
  let judged = 0;
  let maxError = 0;
  let beyond1e6 = 0;
  const failures: string[] = [];
  want.forEach((w, i) => {
    if (w === null) return;
    judged++;
    const e = Math.abs(got[i]! - w);
    if (!(e <= 1e-6)) beyond1e6++;
    if (!(e <= maxError)) maxError = e;
    if (!(e <= tolerance(w))) failures.push(`[${ref.tables[i]!.join(',')}]: got ${got[i]}, want ${w}`);
  });
  return { judged, maxError, beyond1e6, failures };
}

const checks: Array<{ stat: Statistic; tolerance: (w: number) => number; what: string }> = [
  // scipy counts tied tables within a relative 1e-7; fisher_exact within 1e-5 in log space: no tie of these
  // small tables falls between the two, so only f32 rounding separates the p-values.
  { stat: 'fisher_p', tolerance: (w) => 1e-5 + 1e-5 * w, what: 'two-sided p-value vs scipy.stats.fisher_exact' },
  { stat: 'fisher_score', tolerance: (w) => 1e-5 + 1e-5 * w, what: 'exp(-2p), 0 for a single-table support' },
  { stat: 'information_gain', tolerance: () => 1e-5, what: 'information gain in bits' },
  { stat: 'cohen_h', tolerance: () => 1e-5, what: "Cohen's h without the factor 2" },
  { stat: 'tf_c', tolerance: () => 1e-5, what: 'BM25 tf of the correct class' },
  { stat: 'tf_w', tolerance: () => 1e-5, what: 'BM25 tf of the wrong class' },
];

describe('2x2 tables of groups of 1..16 rollouts', () => {
  test('the reference enumerates every table KTAE can build', () => {
    const keys = new Set<string>();
    for (let g = 1; g <= 16; g++)
      for (let gc = 0; gc <= g; gc++)
        for (let a = 0; a <= gc; a++) for (let b = 0; b <= g - gc; b++) keys.add([a, b, gc - a, g - gc - b].join(','));
    expect(ref.tables.length).toBe(keys.size);
    expect(new Set(ref.tables.map((t) => t.join(','))).size).toBe(keys.size);
    for (const t of ref.tables) expect(keys.has(t.join(','))).toBe(true);
    // C(19, 3) tables for G = 16; the 920 of spec 6.5 are those of mixed groups (0 < G_c < 16) with a + b > 0
    const g16 = ref.tables.filter((t) => t[0] + t[1] + t[2] + t[3] === 16);
    expect(g16.length).toBe(969);
    expect(g16.filter(([a, b, c, d]) => a + c > 0 && b + d > 0 && a + b > 0).length).toBe(920);
  });

  for (const executor of ['gpu', 'interp'] as const) {
    describe(executor === 'gpu' ? 'WGSL' : 'interpreter', () => {
      test.each(checks)('$stat: $what', async ({ stat, tolerance }) => {
        const got = (await run())[executor][stat]!;
        const r = compare(got, ref[stat], tolerance);
        console.log(`${executor} ${stat}: ${r.judged} tables, max |error| ${r.maxError.toExponential(2)}, ` +
          `${r.beyond1e6} beyond 1e-6, ${r.failures.length} beyond tolerance`);
        expect(r.judged).toBeGreaterThan(4000);
        expect(r.failures.length, r.failures.slice(0, 5).join('\n')).toBe(0);
      });
    });
  }

  test('spec 6.5 p-values and information gains', async () => {
    const { gpu, interp } = await run();
    const cases: Array<[string, number, number]> = [
      ['2,0,0,2', 1 / 3, 1.0],
      ['1,1,1,1', 1.0, 0.0],
      ['1,0,1,2', 1.0, 0.3112781],
      ['0,1,2,1', 1.0, 0.3112781],
      ['2,2,0,0', 1.0, 0.0],
    ];
    for (const [table, p, ig] of cases) {
      const i = ref.tables.findIndex((t) => t.join(',') === table);
      for (const out of [gpu, interp]) {
        expect(out.fisher_p![i]).toBeCloseTo(p, 5);
        expect(out.information_gain![i]).toBeCloseTo(ig, 6);
      }
    }
  });
});
