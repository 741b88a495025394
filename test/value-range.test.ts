// One range check and one wording for parameter values, in the checker (defaults), --set, serve and the
// generated module (checkParam), and the C library (its advh_check_param, tested in c-library.test.ts).
import { describe, expect, test } from 'vitest';
import { fitsFloat32, valueRangeProblem } from '../src/compiler/value-range.js';
import { checkParam } from '../src/runtime/param-values.js';

/** float32's rounding boundary: below it a double rounds to float32's largest value, from it on to infinity. */
const HALFWAY = 2 ** 128 - 2 ** 103;

describe('valueRangeProblem', () => {
  test.each([
    ['i32', 1.5, "is an int: '1.5' is not a whole number"],
    ['i32', 2 ** 31, "is an int: '2147483648' is outside int32's range -2147483648..2147483647"],
    ['i32', -(2 ** 31) - 1, "is an int: '-2147483649' is outside int32's range -2147483648..2147483647"],
    ['i32', Infinity, "expects a finite number, got 'Infinity'"],
    ['f32', NaN, "expects a finite number, got 'NaN'"],
    ['f32', 1e40, "is a float: '1e+40' is outside float32's range (about ±3.4e38)"],
    ['f32', -HALFWAY, "is a float: '-3.4028235677973366e+38' is outside float32's range (about ±3.4e38)"],
  ])('%s %d: %s', (type, v, want) => {
    expect(valueRangeProblem(type, v)).toBe(want);
  });

  test.each([
    ['i32', 2 ** 31 - 1],
    ['i32', -(2 ** 31)],
    ['f32', 3.4028235e38], // float32's largest value as C prints it, just above the exact one: rounds to it
    ['f32', HALFWAY - 2 ** 75],
    ['f32', -1e-45],
    ['bool', 1],
  ])('%s %d fits', (type, v) => {
    expect(valueRangeProblem(type, v)).toBeUndefined();
  });

  test('a float fits exactly when it rounds to a finite float32', () => {
    for (const v of [HALFWAY - 2 ** 75, HALFWAY, 3.4028234663852886e38, 1e39])
      expect(fitsFloat32(v)).toBe(Number.isFinite(Math.fround(v)));
    expect(fitsFloat32(HALFWAY - 2 ** 75)).toBe(true);
    expect(fitsFloat32(HALFWAY)).toBe(false);
  });
});

describe('checkParam words a value the way the checker does', () => {
  const decl = (type: string) => ({ name: 'p', type, default: 0 });
  test.each([
    ['i32', '1.5', "parameter 'p' of est is an int: '1.5' is not a whole number"],
    ['i32', 3e9, "parameter 'p' of est is an int: '3000000000' is outside int32's range -2147483648..2147483647"],
    ['f32', '-1e39', "parameter 'p' of est is a float: '-1e39' is outside float32's range (about ±3.4e38)"],
    ['f32', 'abc', "parameter 'p' of est expects a finite number, got 'abc'"],
    ['f32', NaN, "parameter 'p' of est expects a finite number, got 'NaN'"],
  ])('%s %s', (type, value, want) => {
    expect(() => checkParam(decl(type), value, 'est')).toThrow(want);
    const v = typeof value === 'number' ? value : Number(value);
    if (Number.isFinite(v)) expect(want).toBe(`parameter 'p' of est ${valueRangeProblem(type, v, String(value))}`);
  });
  test('values in range come back as numbers', () => {
    expect(checkParam(decl('f32'), '3.4028235e38', 'est')).toBe(3.4028235e38);
    expect(checkParam(decl('i32'), -2147483648, 'est')).toBe(-2147483648);
  });
});
