// The serial key build visits each group's rows longest first (a host-sorted order) only where the order of
// visits cannot change a result: not for per-key f32 sums, whose additions would round in another order.
import { expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';

const korderOf = (source: { name: string } | { source: string }, mode: 'serial' | 'cooperative') => {
  const c = compileChecked(checkSource(source), { mode, subgroups: false });
  return { region: c.plan.intRegions.some((r) => r.name === 'korder'), read: c.wgsl.code.includes('u.oi_korder') };
};

test('KTAE (integer counts per key) builds its serial tables longest rows first; the cooperative build does not', () => {
  expect(korderOf({ name: 'ktae' }, 'serial')).toEqual({ region: true, read: true });
  expect(korderOf({ name: 'ktae' }, 'cooperative')).toEqual({ region: false, read: false });
});

test('a per-key f32 sum keeps the batch order of rows', () => {
  const source = `estimator e() {
  let s = score()
  key tok = responses
  let w = sum[tok](token_level_rewards * 0.5)
  advantages = (s + w) * response_mask
}`;
  expect(korderOf({ source }, 'serial')).toEqual({ region: false, read: false });
  const counts = source.replace('token_level_rewards * 0.5', 'if s > 0.0 then 1.0 else 0.0');
  expect(korderOf({ source: counts }, 'serial')).toEqual({ region: true, read: true });
});
