// The memory-bandwidth bound of the roofline table: how fast this process streams as many bytes as a case
// moves, measured on the machine the benchmark runs on, next to the estimators it bounds.
import { median, timeRuns } from '../runtime/timing.js';

/**
 * GB/s (1e9 bytes per second) of a streaming copy moving `bytes` in all: half read from one array, half written
 * to another (one thread, TypedArray.set, i.e. memmove); the median of `repeat` copies after the warm-up. The
 * same size as a case, so a case that fits a cache is held against that cache's speed.
 */
export function copyBandwidth(bytes: number, opts: { repeat?: number; warmup?: number; warmupMs?: number } = {}): number {
  const n = Math.max(1, Math.round(bytes / 16)); // float64 elements per side
  const src = new Float64Array(n).fill(1);
  const dst = new Float64Array(n);
  // a small case's copy takes microseconds: each timed call copies it often enough to move ~16 MB
  const times = Math.max(1, Math.round(16e6 / (16 * n)));
  const copies = () => {
    for (let k = 0; k < times; k++) dst.set(src);
  };
  const runs = timeRuns(copies, opts.warmup ?? 2, opts.repeat ?? 10, opts.warmupMs ?? 0);
  return (16 * n * times) / (Math.max(median(runs), 1e-6) * 1e6);
}
