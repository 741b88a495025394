// How executors and baselines are timed, shared by `advc bench` and the benchmark suite: warm-up, then the
// median of timed calls.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * A warm-up's loop condition: true until at least `runs` calls and at least `ms` milliseconds have gone by. Time
 * matters as well as a count: the allocator only reuses an output's memory once the garbage collector has freed
 * earlier ones, which takes a few dozen megabytes of calls (before that, every call pays fresh pages).
 */
export function warmingUp(runs: number, ms: number): () => boolean {
  const start = performance.now();
  let done = 0;
  return () => done++ < runs || performance.now() - start < ms;
}

/** Times fn: a warm-up (`warmup` calls and `warmupMs` ms at least), then `repeat` timed calls (ms). */
export function timeRuns(fn: () => unknown, warmup: number, repeat: number, warmupMs = 0): number[] {
  for (const more = warmingUp(warmup, warmupMs); more(); ) fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs;
}
