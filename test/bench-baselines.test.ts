import { describe, expect, it } from 'vitest';
import { baselinesTable, runBaselines } from '../src/bench/baselines-cli.js';
import { median, timeRuns } from '../src/runtime/timing.js';

describe('baseline timing', () => {
  it('median and warm-up/repeat counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    let calls = 0;
    expect(timeRuns(() => calls++, 2, 3)).toHaveLength(3);
    expect(calls).toBe(5);
    // a warm-up time keeps warming up past the count: calls of at least 1 ms for at least 30 ms (a loaded
    // machine sleeps longer, so the count of calls is bounded above, the time below)
    calls = 0;
    const sleep = new Int32Array(new SharedArrayBuffer(4));
    const since = performance.now();
    timeRuns(() => (calls++, Atomics.wait(sleep, 0, 0, 1)), 2, 1, 30);
    expect(performance.now() - since).toBeGreaterThanOrEqual(30);
    expect(calls).toBeGreaterThan(3);
    expect(calls).toBeLessThan(40);
  });

  it('times the TypeScript baselines on a generated case and tabulates them', () => {
    const run = runBaselines('g8-2k-20k', { repeat: 2, warmup: 1, torch: false });
    expect([run.B, run.T, run.tokens]).toEqual([16, 2048, 20_000]);
    expect(run.results.map((r) => [r.baseline, r.estimator, r.runs_ms.length])).toEqual([
      ['ts_grpo_cpu', 'grpo', 2],
      ['ts_ktae_cpu', 'ktae', 2],
    ]);
    const table = baselinesTable(run);
    expect(table).toContain('| ts_ktae_cpu | ktae |');
    expect(table).toContain('valid tokens=20000');
  });
});
