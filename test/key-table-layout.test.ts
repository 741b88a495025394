// The keyed-table layout's row ends: one past each row's last nonzero mask value, whatever the mask holds
// (gaps, values other than 1, rows without a valid token, rows shorter than the eight values skipped at once).
import { describe, expect, it } from 'vitest';
import { groupRows, keyTableLayout } from '../src/plan/layout.js';

/** The last nonzero of each row, found one value at a time from the row's start. */
function naiveEnds(mask: Int32Array, B: number, T: number): number[] {
  return Array.from({ length: B }, (_, r) => {
    let end = 0;
    for (let t = 0; t < T; t++) if (mask[r * T + t] !== 0) end = t + 1;
    return end;
  });
}

describe('keyTableLayout', () => {
  it('row ends are one past the last nonzero mask value of each row', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (const T of [1, 3, 7, 8, 9, 16, 17, 64, 100]) {
      const B = 12;
      const mask = new Int32Array(B * T);
      for (let r = 0; r < B; r++) {
        const end = r === 0 ? 0 : r === 1 ? T : Math.floor(rand() * (T + 1));
        for (let t = 0; t < end; t++) mask[r * T + t] = rand() < 0.7 ? 1 : 0;
        if (end > 0) mask[r * T + end - 1] = r % 3 === 0 ? -5 : r % 3 === 1 ? 1 : 2 ** 31 - 1;
      }
      const index = Int32Array.from({ length: B }, (_, r) => r % 4);
      const groups = groupRows(index);
      const { rowEnd, vbase } = keyTableLayout(groups, mask, T);
      const ends = naiveEnds(mask, B, T);
      expect(Array.from(rowEnd)).toEqual(ends);
      for (let g = 0; g < groups.G; g++) {
        const rows = Array.from(groups.members.subarray(groups.starts[g], groups.starts[g + 1])).reduce((s, r) => s + ends[r]!, 0);
        expect(vbase[g + 1]! - vbase[g]!).toBe(rows);
      }
    }
  });
});
