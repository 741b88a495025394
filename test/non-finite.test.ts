// Non-finite outputs: `advc run` and `advc bench` refuse NaN and infinities (one line naming the output, row and
// position, exit 1) unless --allow-non-finite; the stdlib estimators never produce one on a valid batch; a
// constant division by zero is a compile error.
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { withDeclaredFields } from './helpers/random-batch.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkEstimatorArg, checkSource, compileChecked, stdlibEstimators, type Checked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { checkFiniteOutputs, findNonFinite } from '../src/runtime/finite.js';
import { errLines, ROOT, runAdvc } from './helpers/cli.js';

afterAll(releaseGpu);

const dir = mkdtempSync(join(tmpdir(), 'advc-nonfinite-'));
const small = join(ROOT, 'test', 'fixtures', 'ktae-small.json');

describe('advc run and bench refuse non-finite outputs', () => {
  const src = join(dir, 'nf.adv');
  writeFileSync(src, 'estimator nf() {\n  output per_row = 1.0 / (score() - score())\n  advantages = sqrt(score() - 2.0) * response_mask\n}\n');
  test('run: exit 1 naming the output, row and position; nothing written', async () => {
    const out = join(dir, 'nf.json');
    const r = await runAdvc(dir, 'run', src, '--batch', small, '--out', out, '--backend', 'cpu');
    expect(r.code).toBe(1);
    expect(errLines(r)).toEqual([
      "advc: error: output 'advantages' is NaN at row 0, position 0 (2080 non-finite values in all); pass --allow-non-finite to allow it",
    ]);
    expect(existsSync(out)).toBe(false);
  });
  test('run --allow-non-finite writes them (JSON null)', async () => {
    const out = join(dir, 'nf-allowed.json');
    const r = await runAdvc(dir, 'run', src, '--batch', small, '--out', out, '--backend', 'cpu', '--allow-non-finite');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
  test('bench: exit 1 too', async () => {
    const r = await runAdvc(dir, 'bench', src, '--batch', small, '--backend', 'cpu', '--repeat', '1', '--warmup-ms', '0');
    expect(r.code).toBe(1);
    expect(errLines(r).join('\n')).toMatch(/output 'advantages' is NaN at row 0, position 0/);
  });
  test('a constant division by zero is a compile error', async () => {
    const z = join(dir, 'z.adv');
    writeFileSync(z, 'estimator z() {\n  advantages = token_level_rewards / -0.0\n}\n');
    const r = await runAdvc(dir, 'check', z);
    expect(r.code).toBe(1);
    expect(errLines(r)[0]).toBe(`${z}:2:38: error: division by zero`);
    writeFileSync(z, 'estimator z() {\n  advantages = token_level_rewards / 0\n}\n');
    expect((await runAdvc(dir, 'check', z)).code).toBe(1);
  });
});

describe('the check itself (the executor API offers it)', () => {
  test('names the first non-finite value by output, row and position, and counts them', () => {
    const adv = Float32Array.from([0, 1, Infinity, 2, NaN, 3]);
    const outs: Outputs = { advantages: adv, returns: adv, per_row: Float32Array.from([1, -Infinity]) };
    expect(findNonFinite(outs, { B: 2, T: 3 })).toEqual({ output: 'advantages', row: 0, position: 2, value: Infinity, count: 3 });
    expect(() => checkFiniteOutputs(outs, { B: 2, T: 3 })).toThrow("output 'advantages' is Infinity at row 0, position 2 (3 non-finite values in all)");
    const ok = new Float32Array(6);
    expect(findNonFinite({ advantages: ok, returns: ok, per_row: Float32Array.from([1, -Infinity]) }, { B: 2, T: 3 })).toEqual({ output: 'per_row', row: 1, value: -Infinity, count: 1 });
  });
});

/** Outputs of the interpreter, the CPU backend and the WGSL backend (serial and cooperative). */
async function everyExecutor(checked: Checked, batch: Batch, params: Params = {}): Promise<Record<string, Outputs>> {
  const out: Record<string, Outputs> = { interpreter: interpret(checked.program, batch, params) };
  const cpu = CpuEstimator.create(checked, { threads: 1 });
  out.cpu = await cpu.run(batch, params);
  cpu.destroy();
  const gpu = await getGpu();
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    out[mode] = await est.run(batch, params);
    est.destroy();
  }
  return out;
}

function batchOf(mask: number[][], rewards: number[][], index: number[]): Batch {
  const B = mask.length;
  const T = mask[0]!.length;
  return {
    B,
    T,
    responses: Int32Array.from({ length: B * T }, (_, i) => i % 3),
    response_mask: Int32Array.from(mask.flat()),
    token_level_rewards: Float32Array.from(rewards.flat()),
    index: Int32Array.from(index),
    values: Float32Array.from({ length: B * T }, (_, i) => (i % 5) / 4),
    old_log_probs: new Float32Array(B * T).fill(Math.log(0.5)),
    sum_pi_squared: new Float32Array(B * T).fill(0.25),
    // positive, as a policy's entropies are (the entropy-shaped estimators invert H + epsilon, and epsilon may be 0)
    entropy: Float32Array.from({ length: B * T }, (_, i) => 0.25 + (i % 4) / 4),
    reward_baselines: new Float32Array(B),
  };
}

describe('the stdlib estimators give finite outputs on degenerate valid batches', () => {
  const cases: [string, Batch][] = [
    ['a single valid token', batchOf([[0, 1, 0], [0, 0, 0]], [[0, 1, 0], [0, 0, 0]], [4, 4])],
    ['no valid token at all', batchOf([[0, 0], [0, 0], [0, 0]], [[0, 0], [1, 0], [0, 0]], [1, 1, 2])],
    ['equal groups', batchOf([[1, 1], [1, 1], [1, 1], [1, 1]], [[0, 0.7], [0, 0.7], [0, 2], [0, 2]], [1, 1, 2, 2])],
    ['singleton groups', batchOf([[1, 0], [1, 1]], [[0.5, 0], [0, 1]], [8, 9])],
  ];
  const names = stdlibEstimators();
  test.each(cases)('every estimator on %s', async (_, given) => {
    for (const name of names) {
      const checked = checkEstimatorArg(name);
      const batch = withDeclaredFields(given, checked.program.declaredInputs ?? [], 1);
      const sets: Params[] = [{}];
      if (checked.program.params.some((p) => p.name === 'epsilon')) sets.push({ epsilon: 0 });
      for (const params of sets)
        for (const [executor, out] of Object.entries(await everyExecutor(checked, batch, params)))
          expect(findNonFinite(out, batch), `${name} ${JSON.stringify(params)} on ${executor}`).toBeUndefined();
    }
  }, 300_000);
  test('epsilon = 0 on equal groups gives exactly 0', async () => {
    const outs = await everyExecutor(checkEstimatorArg('grpo'), cases[2]![1], { epsilon: 0 });
    for (const [executor, out] of Object.entries(outs)) expect(Array.from(out.advantages), executor).toEqual(new Array(8).fill(0));
  });
});
