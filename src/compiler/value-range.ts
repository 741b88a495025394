// The range a numeric parameter's value must lie in, with one wording wherever it is checked: defaults and
// FILE.adv:name overrides in the checker, `advc run --set`, `advc serve` requests and the module `advc compile`
// generates (which embeds this file verbatim, so it imports nothing).

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

/** Whether `v` rounds to a finite float32 (beyond about ±3.4e38 the kernels would see infinity). */
export function fitsFloat32(v: number): boolean {
  return Number.isFinite(Math.fround(v));
}

/**
 * Why `v` (shown to the user as `shown`) cannot be the value of an int (i32) or float (f32) parameter, as the
 * rest of a sentence whose subject names the parameter; undefined when it can.
 */
export function valueRangeProblem(type: string, v: number, shown: string = String(v)): string | undefined {
  if (!Number.isFinite(v)) return `expects a finite number, got '${shown}'`;
  if (type === 'i32') {
    if (!Number.isInteger(v)) return `is an int: '${shown}' is not a whole number`;
    if (v < INT32_MIN || v > INT32_MAX) return `is an int: '${shown}' is outside int32's range ${INT32_MIN}..${INT32_MAX}`;
  }
  if (type === 'f32' && !fitsFloat32(v)) return `is a float: '${shown}' is outside float32's range (about ±3.4e38)`;
  return undefined;
}
