// Times the plain TypeScript baselines (src/reference/estimators.ts): median of repeats after warm-up.
import type { Batch } from '../runtime/batch.js';
import { grpoCpu, ktaeCpu } from '../reference/estimators.js';
import { median, timeRuns } from '../runtime/timing.js';
import type { BaselineTiming } from './torch-runner.js';

export const CPU_BASELINES = {
  ts_grpo_cpu: { estimator: 'grpo', run: grpoCpu },
  ts_ktae_cpu: { estimator: 'ktae', run: ktaeCpu },
} as const;
export type CpuBaselineName = keyof typeof CPU_BASELINES;

export function timeCpuBaselines(
  batch: Batch,
  opts: { repeat?: number; warmup?: number; warmupMs?: number; only?: readonly CpuBaselineName[]; params?: Record<string, number | boolean> } = {},
): BaselineTiming[] {
  const repeat = opts.repeat ?? 10;
  const warmup = opts.warmup ?? 2;
  return (opts.only ?? (Object.keys(CPU_BASELINES) as CpuBaselineName[])).map((name) => {
    const { estimator, run } = CPU_BASELINES[name];
    const runs = timeRuns(() => run(batch, opts.params), warmup, repeat, opts.warmupMs);
    return { baseline: name, estimator, wall_ms_median: median(runs), runs_ms: runs.map((x) => +x.toFixed(3)), warmup, repeat };
  });
}
