// Key-accumulator updates that are never nonzero for the same token share one memory update; the numbers
// stay the interpreter's, run after run (owned tables' rows are zeroed by each run's key build, never by the host).
import { afterAll, expect, test } from 'vitest';
import { exclusive, exclusiveGroups, nonzeroWhen } from '../src/compiler/exclusive-updates.js';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { walk, type KernelModule } from '../src/compiler/kernel-ir.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { printSchedule } from '../src/cli/explain.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { makeBatch } from './helpers/random-batch.js';

afterAll(releaseGpu);

/** Updates of the keyed tables at an address chosen among regions (a select): the merged ones. */
function mergedUpdates(m: KernelModule): number {
  let n = 0;
  for (const k of m.kernels)
    for (const x of walk(k.body)) {
      if (!('stmt' in x)) continue;
      const s = x.stmt;
      const at = s.k === 'store' ? s.at : s.k === 'do' && s.e.k === 'atomic' && s.e.op === 'add' ? s.e.at : undefined;
      if (at?.array === 'H' && at.index.k === 'bin' && at.index.a.k === 'select') n++;
    }
  return n;
}

// pos and neg are never both nonzero (opposite literals of one condition); big has a condition of its own
const SOURCE = `estimator e() {
  let s = score()
  key tok = responses
  let pos = sum[tok](if s > 0.0 then 1.0 else 0.0)
  let neg = sum[tok](if s > 0.0 then 0.0 else 1.0)
  let big = sum[tok](if s > 0.5 then 2.0 else 0.0)
  let first = presence[tok](s > 0.0)
  advantages = (pos - 2.0 * neg + 3.0 * big + 5.0 * first) * response_mask
}`;

test('conditions of nonzero values: selects with a zero branch, negations, casts and products', () => {
  const c = compileChecked(checkSource({ source: SOURCE }), { mode: 'serial', subgroups: false });
  const nodes = c.program.nodes;
  // the sums' arguments, in the order written
  const args = nodes.filter((n) => n.op === 'reduce' && n.domain === 'key:tok' && n.attrs.op === 'sum').map((n) => n.args[0]!);
  const conds = args.map((a) => nonzeroWhen(nodes, a));
  const [pos, neg, big] = conds as [Map<number, boolean>, Map<number, boolean>, Map<number, boolean>];
  expect(exclusive(pos, neg)).toBe(true);
  expect(exclusive(pos, big)).toBe(false);
  expect(exclusive(neg, big)).toBe(false);
  expect(exclusiveGroups([pos, neg, big])).toEqual([[0, 1], [2]]);
  // nothing known about a plain value: it joins no group
  expect(exclusiveGroups([new Map(), pos, new Map(), neg])).toEqual([[0], [1, 3], [2]]);
});

test('KTAE: its four class counts (first occurrence or not, correct or wrong rollout) take two updates', () => {
  for (const mode of ['serial', 'cooperative'] as const) {
    const c = compileChecked(checkSource({ name: 'ktae' }), { mode, subgroups: false });
    expect(mergedUpdates(c.kernels), mode).toBe(2);
  }
});

test('advc explain shows which counts share an update', () => {
  const c = compileChecked(checkSource({ name: 'ktae' }), { mode: 'serial', subgroups: false });
  expect(printSchedule(c.schedule).match(/one update for %\d+, %\d+ \(never nonzero for the same token\)/g)).toHaveLength(2);
});

test.each(['serial', 'cooperative'] as const)('merged updates give the interpreter\'s numbers, run after run (%s)', async (mode) => {
  const c = compileChecked(checkSource({ source: SOURCE }), { mode, subgroups: false });
  expect(mergedUpdates(c.kernels)).toBeGreaterThanOrEqual(1);
  const est = await GpuEstimator.create(await getGpu(), c, { keepSchedule: true });
  const spec = { T: 30, vocab: 9, mask: 'holes', emptyRows: 5, rewards: 'dense', groups: 'interleaved', numGroups: 5 } as const;
  // one mask (so one table layout) with other tokens and rewards: each run must zero the rows the last one
  // used before it reads them, as there is no clear in between
  const first = makeBatch({ ...spec, B: 24, seed: 7 });
  for (const seed of [7, 8, 9]) {
    const other = makeBatch({ ...spec, B: 24, seed });
    const b = { ...first, responses: other.responses, token_level_rewards: other.token_level_rewards };
    const got = (await est.run(b, {}))['advantages']!;
    const want = interpret(c.program, b, {})['advantages']!;
    for (let i = 0; i < b.B * b.T; i++) expect(got[i], `seed ${seed} position ${i}`).toBeCloseTo(want[i]!, 4);
  }
  est.destroy();
});
