// Times the plain TypeScript baselines (src/bench/cpu-reference.ts): median of repeats after warm-up.
import type { Batch } from '../runtime/batch.js';
import { grpoCpu, ktaeCpu } from './cpu-reference.js';
import type { BaselineTiming } from './torch-runner.js';

export const CPU_BASELINES = {
  ts_grpo_cpu: { estimator: 'grpo', run: grpoCpu },
  ts_ktae_cpu: { estimator: 'ktae', run: ktaeCpu },
} as const;
export type CpuBaselineName = keyof typeof CPU_BASELINES;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Times fn: `warmup` untimed calls, then `repeat` timed ones (ms). */
export function timeRuns(fn: () => unknown, warmup: number, repeat: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs;
}

export function timeCpuBaselines(
  batch: Batch,
  opts: { repeat?: number; warmup?: number; only?: readonly CpuBaselineName[]; params?: Record<string, number | boolean> } = {},
): BaselineTiming[] {
  const repeat = opts.repeat ?? 10;
  const warmup = opts.warmup ?? 2;
  return (opts.only ?? (Object.keys(CPU_BASELINES) as CpuBaselineName[])).map((name) => {
    const { estimator, run } = CPU_BASELINES[name];
    const runs = timeRuns(() => run(batch, opts.params), warmup, repeat);
    return { baseline: name, estimator, wall_ms_median: median(runs), runs_ms: runs.map((x) => +x.toFixed(3)), warmup, repeat };
  });
}
