// An expensive per-token value that several later kernels read is computed once, by the first pass over the
// valid tokens, and stored; the later kernels load it. Cheap values, and values a pass needs at masked
// positions (where the first pass stores nothing), are recomputed. The results stay the interpreter's.
import { afterAll, expect, test } from 'vitest';
import { checkSource, compileChecked, compileEstimator } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { differences } from './helpers/compare-outputs.js';
import { makeBatch } from './helpers/random-batch.js';

/** The let names of the token values the schedule stores, with the kernel of the pass storing each. */
function storedValues(c: ReturnType<typeof compileChecked>): { name: string; stage: number }[] {
  return c.schedule.stages.flatMap((st) =>
    st.steps.flatMap((step) => (step.kind === 'reduce-group' ? (step.stores ?? []).map((id) => ({ name: c.program.names?.[id] ?? `%${id}`, stage: st.index })) : [])),
  );
}

afterAll(releaseGpu);

const serial = { mode: 'serial', subgroups: false } as const;
const compile = (source: string) => compileChecked(checkSource({ source }), serial);

/** x: a few math calls per token; its whitening reads it in three kernels (the sums, the moment, the output). */
const whiten = (x: string, out: string) => `estimator e() {
  let x = ${x}
  let on = float(response_mask)
  let mu = sum[batch](on * x) / sum[batch](on)
  let var = sum[batch](on * (x - mu) * (x - mu))
  advantages = ${out}
}`;
const EXPENSIVE = whiten('exp(entropy) / (entropy + 1.0) + log(entropy + 2.0)', 'if on > 0.0 then (x - mu) * rsqrt(var + 1.0) else 0.0');
const CHEAP = whiten('entropy * 2.0', 'if on > 0.0 then (x - mu) * rsqrt(var + 1.0) else 0.0');
const NEEDED_MASKED = whiten('exp(entropy) / (entropy + 1.0) + log(entropy + 2.0)', '(x - mu) * rsqrt(var + 1.0) * on');

test("gtpo stores its shaped reward r in the first kernel's pass; the two later kernels read it", () => {
  expect(storedValues(compileEstimator('gtpo', serial))).toEqual([{ name: 'r', stage: 0 }]);
});

test('an expensive value read by two later kernels is stored', () => {
  expect(storedValues(compile(EXPENSIVE))).toEqual([{ name: 'x', stage: 0 }]);
});

test('a cheap value, or one the output needs at masked positions, is recomputed', () => {
  expect(storedValues(compile(CHEAP))).toEqual([]);
  expect(storedValues(compile(NEEDED_MASKED))).toEqual([]);
});

test.each([EXPENSIVE, NEEDED_MASKED])("every executor gives the interpreter's values: %#", async (source) => {
  const checked = checkSource({ source });
  const batch = makeBatch({ B: 24, T: 17, seed: 7, vocab: 5, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 5 });
  const want = interpret(compileChecked(checked).program, batch, {});
  for (const engine of ['native', 'js'] as const) {
    const got = await CpuEstimator.create(checked, { engine }).run(batch, {});
    expect(differences(batch, want, got)).toEqual([]);
  }
  const gpu = await getGpu();
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      expect(differences(batch, want, await est.run(batch, {}))).toEqual([]);
    } finally {
      est.destroy();
    }
  }
});
