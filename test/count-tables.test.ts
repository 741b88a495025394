// Which per-key values the compiler tabulates by presence counts, and that tabulated and per-key evaluation
// give the same numbers on the GPU (a group uses its table only when it has more keys than table entries).
import { afterAll, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import type { Program } from '../src/compiler/ir.js';
import { interpret } from '../src/compiler/interpreter.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { groupBatch } from './helpers/group-batch.js';

afterAll(releaseGpu);

function tablesOf(source: string): { program: Program; tables: { node: number; counts: number[] }[] } {
  const c = compileChecked(checkSource({ source }), { mode: 'serial', subgroups: false });
  const tables = c.schedule.stages.flatMap((s) => s.steps.flatMap((st) => (st.kind === 'key-map' ? st.tables : [])));
  return { program: c.program, tables };
}

const fnOf = (p: Program, id: number) => {
  const n = p.nodes[id]!;
  return n.op === 'call' ? n.attrs.fn : n.op;
};

test('KTAE: the association (Fisher, information gain) and Cohen parts are tabulated over (a, b); the tf part is not', () => {
  const c = compileChecked(checkSource({ name: 'ktae' }), { mode: 'serial', subgroups: false });
  const km = c.schedule.stages.flatMap((s) => s.steps).filter((st) => st.kind === 'key-map');
  expect(km).toHaveLength(1);
  const tables = km[0]!.kind === 'key-map' ? km[0]!.tables : [];
  expect(tables).toHaveLength(2);
  for (const t of tables) expect(t.counts).toHaveLength(2);
  expect(tables[0]!.counts).toEqual(tables[1]!.counts);
  expect(c.wgsl.code).toContain('count table');
});

test('a value that also reads a per-key sum, or a presence weighted by a non-flag, is not tabulated', () => {
  const head = 'estimator e() { let s = score()\n key tok = responses\n';
  expect(tablesOf(`${head} let v = exp(sum[tok](1.0) + presence[tok](s > 0.0))\n advantages = v * response_mask }`).tables).toEqual([]);
  expect(tablesOf(`${head} let v = exp(presence[tok](s))\n advantages = v * response_mask }`).tables).toEqual([]);
  // cheap arithmetic of counts is read directly
  expect(tablesOf(`${head} let v = presence[tok](s > 0.0) * 2.0\n advantages = v * response_mask }`).tables).toEqual([]);
});

test('one count gives a one-dimensional table; a fold over a count is tabulated whole, not its body', () => {
  const src =
    'estimator e() { let s = score()\n key tok = responses\n let a = presence[tok](s > 0.0)\n' +
    ' let v = (sum k in 0..int(a): log(1.0 + float(k) * a)) + float(sum[tok](1.0))\n advantages = v * response_mask }';
  const { program, tables } = tablesOf(src);
  expect(tables).toHaveLength(1);
  expect(tables[0]!.counts).toHaveLength(1);
  expect(fnOf(program, tables[0]!.node)).toBe('fold');
});

test.each(['serial', 'cooperative'] as const)(
  'KTAE with and without count tables agrees with the interpreter (%s)',
  async (mode) => {
    // groups of 6 over 400 ids use their 49-entry tables; groups of 6 over 20 ids (< 49 keys) compute per key
    const b = groupBatch([{ size: 6, vocab: 400 }, { size: 6, vocab: 20 }, { size: 6, vocab: 400 }, { size: 6, vocab: 12 }], 256);
    const c = compileChecked(checkSource({ name: 'ktae' }), { mode, subgroups: false });
    const est = await GpuEstimator.create(await getGpu(), c, { keepSchedule: true });
    const got = await est.run(b, {});
    est.destroy();
    const want = interpret(c.program, b, {});
    let keyed = 0;
    for (let i = 0; i < b.B * b.T; i++) {
      if (!b.response_mask[i]) continue;
      const w = want['advantages']![i]!;
      expect(Math.abs(got['advantages']![i]! - w), `position ${i}`).toBeLessThanOrEqual(1e-5 + 1e-5 * Math.abs(w));
      if (want['key_values']![i] !== 0) keyed++;
    }
    expect(keyed).toBeGreaterThan(500);
  },
);
