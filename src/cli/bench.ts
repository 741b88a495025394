// `advc bench`: end-to-end wall time (host arrays in, host arrays out) and GPU time from timestamp queries,
// as medians over repeated runs after a warm-up.
import { acquireGpu } from './gpu.js';
import type { Backend } from '../runtime/backends.js';
import type { Outputs } from '../runtime/batch.js';
import { createEstimator } from '../runtime/executor.js';
import { groupCount, loadBatch, loadChecked, maskedTokens, requireFinite } from './load.js';
import { parseNumber, parseSets } from './params.js';
import { median, warmingUp } from '../runtime/timing.js';

export interface BenchOptions {
  batch: string;
  repeat: string;
  warmup: string;
  warmupMs: string;
  set?: string[];
  json?: boolean;
  profile?: boolean;
  backend: Backend;
  allowNonFinite?: boolean;
}

export interface BenchResult {
  estimator: string;
  /** 'webgpu' or 'cpu' (what --backend auto chose) */
  backend: 'webgpu' | 'cpu';
  device: string;
  B: number;
  T: number;
  groups: number;
  tokens: number;
  kernels: number;
  repeat: number;
  /** untimed runs before the timed ones (at least --warmup, and as many as --warmup-ms took) */
  warmup: number;
  wall_ms_median: number;
  wall_ms_min: number;
  gpu_ms_median: number | null;
  /** parts of whole groups each call ran in (more than 1 when the batch exceeds one storage binding) */
  parts: number;
  kernel_ms_median?: Record<string, number>;
  /** with --profile: where the wall time goes (medians of the host-side phases; see PlanRunner.lastPhasesMs) */
  phase_ms_median?: Record<string, number>;
  /**
   * with --profile on the CPU: the process's CPU time during the kernels (median, ms) and the threads they ran
   * on; the kernels' wall time times the threads, less this, is time the threads were not running
   */
  kernel_cpu_ms_median?: number;
  kernel_threads?: number;
}

export async function benchCommand(estimator: string, opts: BenchOptions): Promise<BenchResult> {
  const repeat = parseNumber(opts.repeat, '--repeat', { int: true, min: 1 })!;
  const warmup = parseNumber(opts.warmup, '--warmup', { int: true, min: 0 })!;
  const warmupMs = parseNumber(opts.warmupMs, '--warmup-ms', { min: 0 })!;
  // what a trainer consumes: diagnostic outputs are not computed
  const checked = loadChecked(estimator, []);
  const prog = checked.program;
  const params = parseSets(opts.set ?? [], prog.params, prog.name);
  const batch = loadBatch(opts.batch, prog);
  const est = await createEstimator(checked, opts.backend, acquireGpu);
  const wall: number[] = [];
  const gpuMs: number[] = [];
  const perKernel: number[][] = Array.from({ length: est.kernels }, () => []);
  const phases: Record<string, number[]> = {};
  const kernelCpuMs: number[] = [];
  let warmedUp = 0;
  // the first call's outputs are checked for non-finite values (a warm-up call unless there is none); each
  // call fills the previous call's outputs, as a training loop would: no fresh arrays after the first
  let checkedFinite = opts.allowNonFinite ?? false;
  let out: Outputs | undefined;
  const call = async () => {
    out = await est.run(batch, params, { out });
    if (!checkedFinite) requireFinite(out, batch);
    checkedFinite = true;
  };
  try {
    for (const more = warmingUp(warmup, warmupMs); more(); warmedUp++) await call();
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      await call();
      wall.push(performance.now() - t0);
      for (const [k, ms] of Object.entries(est.lastPhasesMs)) (phases[k] ??= []).push(ms);
      if (est.lastKernelCpu) kernelCpuMs.push(est.lastKernelCpu.ms);
      const ks = est.lastKernelMs;
      if (ks.length) {
        gpuMs.push(ks.reduce((a, b) => a + b, 0));
        ks.forEach((ms, k) => perKernel[k]!.push(ms));
      }
    }
  } finally {
    est.destroy();
  }
  const result: BenchResult = {
    estimator: prog.name,
    backend: est.backend,
    device: est.device,
    B: batch.B,
    T: batch.T,
    groups: groupCount(batch.index),
    tokens: maskedTokens(batch),
    kernels: est.kernels,
    repeat,
    warmup: warmedUp,
    wall_ms_median: round(median(wall)),
    wall_ms_min: round(Math.min(...wall)),
    gpu_ms_median: gpuMs.length ? round(median(gpuMs)) : null,
    parts: est.lastParts,
  };
  if (opts.profile && gpuMs.length)
    result.kernel_ms_median = Object.fromEntries(est.compiled.plan.kernels.map((k, i) => [k.entryPoint, round(median(perKernel[i]!))]));
  if (opts.profile) result.phase_ms_median = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(median(v))]));
  if (opts.profile && est.lastKernelCpu) {
    result.kernel_cpu_ms_median = round(median(kernelCpuMs));
    result.kernel_threads = est.lastKernelCpu.threads;
  }
  return result;
}

function round(ms: number): number {
  return Math.round(ms * 1e4) / 1e4;
}

export function formatBench(r: BenchResult, profile: boolean): string {
  const lines = [
    `${r.estimator} on ${r.device}: B=${r.B} T=${r.T} groups=${r.groups} tokens=${r.tokens} kernels=${r.kernels}`,
    `  wall ${r.wall_ms_median.toFixed(3)} ms median (min ${r.wall_ms_min.toFixed(3)}), host arrays in to host arrays out, ${r.repeat} runs after ${r.warmup} warm-up`,
    r.gpu_ms_median !== null
      ? `  gpu  ${r.gpu_ms_median.toFixed(3)} ms median`
      : r.backend === 'cpu'
        ? '  (cpu backend: no GPU time; --backend webgpu runs the WGSL on the adapter)'
        : '  gpu time: not available (the adapter has no timestamp-query)',
    `  ${((r.wall_ms_median * 1e6) / Math.max(1, r.tokens)).toFixed(1)} ns per masked token (wall)`,
    ...(r.parts > 1 ? [`  ran in ${r.parts} parts of whole groups: the batch exceeds one storage binding on this device`] : []),
  ];
  if (profile && r.phase_ms_median) {
    lines.push('  where the wall time goes (medians):');
    const what: Record<string, string> = {
      prepare: r.backend === 'cpu' ? 'checking the batch, group layout (JavaScript workers: inputs to shared memory)' : 'checking the batch, group layout',
      kernels: 'the kernels on every CPU thread',
      upload: 'inputs to the device',
      device: 'submit to results readable (kernels, driver copies, waiting)',
      readBack: 'outputs out of mapped memory',
    };
    for (const [k, ms] of Object.entries(r.phase_ms_median)) lines.push(`    ${k.padEnd(12)} ${ms.toFixed(3).padStart(9)} ms  ${what[k] ?? ''}`);
  }
  if (profile && r.kernel_cpu_ms_median !== undefined && r.phase_ms_median?.['kernels'] !== undefined) {
    const n = r.kernel_threads ?? 1;
    const idle = Math.max(0, r.phase_ms_median['kernels'] * n - r.kernel_cpu_ms_median);
    lines.push(
      `  kernel CPU time ${r.kernel_cpu_ms_median.toFixed(3)} ms on ${n} thread${n === 1 ? '' : 's'} (medians); ` +
        `${idle.toFixed(3)} ms of thread time not running (waiting for a core another process holds, for a thread to start, or for the last group)`,
    );
  }
  if (profile && r.kernel_ms_median) {
    lines.push('  GPU time per kernel (medians, timestamp queries):');
    for (const [k, ms] of Object.entries(r.kernel_ms_median)) lines.push(`    ${k.padEnd(12)} ${ms.toFixed(3).padStart(9)} ms`);
  }
  return lines.join('\n');
}
