// Means with 95% confidence intervals over seeds (Student's t), for `advc compare`.

/** Two-sided 95% quantiles of Student's t, t_{0.975, df} for df = 1..30. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074,
  2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t_{0.975, df}; beyond the table, the normal quantile plus the first Cornish-Fisher term. */
export function t975(df: number): number {
  if (df < 1) return NaN;
  if (df <= T975.length) return T975[df - 1];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df);
}

export interface Interval {
  n: number;
  mean: number;
  /** Sample standard deviation (n - 1). */
  sd: number;
  /** 95% interval of the mean; [mean, mean] for a single value. */
  lo: number;
  hi: number;
}

export function meanInterval(xs: number[]): Interval {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / Math.max(n, 1);
  const sd = n < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const half = n < 2 ? 0 : (t975(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, lo: mean - half, hi: mean + half };
}

/** The paired interval of b - a over matched samples (the same seeds). */
export function pairedInterval(a: number[], b: number[]): Interval {
  if (a.length !== b.length) throw new Error('paired samples differ in size');
  return meanInterval(b.map((x, i) => x - a[i]));
}
