// A group's token reductions share one walk over its tokens when nothing between reads them: a reduction that
// the scheduler first placed with an earlier group pass (after its inputs) moves to the next pass that walks
// tokens. The results stay the interpreter's on the CPU backend.
import { expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { differences } from './helpers/compare-outputs.js';
import { makeBatch } from './helpers/random-batch.js';

/** Per kernel, the group passes that walk tokens (reduce-group steps with a token reduction). */
function tokenPasses(source: string): number[] {
  const c = compileChecked(checkSource({ source }), { mode: 'serial', subgroups: false });
  const p = c.program;
  return c.schedule.stages.map(
    (s) => s.steps.filter((st) => st.kind === 'reduce-group' && st.nodes.some((x) => p.nodes[p.nodes[x.node]!.args[0]!]!.domain === 'token')).length,
  );
}

const INDEPENDENT = `estimator e() {
  let n = count(sum[rollout, all](token_level_rewards))
  let size = sum[group](float(response_mask))
  let weighted = sum[group](entropy * (if n > 1.0 then 1.0 else 0.0))
  advantages = (size + weighted) * response_mask
}`;
const DEPENDENT = `estimator e() {
  let m = mean[group](entropy)
  advantages = sum[group](entropy - m) * response_mask
}`;

test('an independent token reduction joins the next pass that walks tokens', () => {
  expect(tokenPasses(INDEPENDENT)).toEqual([1]);
});

test('a token reduction the next pass reads stays in its own pass', () => {
  // the shifted mean: the group's minimum, then the sum above it, then the sum the output reads
  expect(tokenPasses(DEPENDENT)).toEqual([3]);
});

test.each([INDEPENDENT, DEPENDENT])('the CPU backend gives the interpreter\'s values: %#', async (source) => {
  const checked = checkSource({ source });
  const batch = makeBatch({ B: 24, T: 17, seed: 5, vocab: 5, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 5 });
  const want = interpret(compileChecked(checked).program, batch, {});
  for (const engine of ['native', 'js'] as const) {
    const got = await CpuEstimator.create(checked, { engine }).run(batch, {});
    expect(differences(batch, want, got)).toEqual([]);
  }
});
