// Numerics users can trust: equal-reward groups get advantages of exactly 0 (a float32 running-sum mean leaves a
// residue that the std then inflates), very large rewards do not overflow the variance, and verl's row sum of
// token_level_rewards counts every position. Each case runs on every executor: the interpreter, the CPU backend
// (native and JavaScript) and the WGSL backend in both schedules.
import { afterAll, describe, expect, test } from 'vitest';
import { checkEstimatorArg, checkSource, compileChecked, type Checked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';

afterAll(releaseGpu);

/** Outputs of every executor, by executor name. */
async function everyExecutor(checked: Checked, batch: Batch, params: Params = {}): Promise<Record<string, Outputs>> {
  const out: Record<string, Outputs> = { interpreter: interpret(checked.program, batch, params) };
  for (const engine of ['native', 'js'] as const) {
    const est = CpuEstimator.create(checked, { engine, threads: 1 });
    out[`cpu-${engine}`] = await est.run(batch, params);
    est.destroy();
  }
  const gpu = await getGpu();
  for (const mode of ['serial', 'cooperative'] as const) {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    out[`webgpu-${mode}`] = await est.run(batch, params);
    est.destroy();
  }
  return out;
}

/** One group per entry of `scores`, each score on its row's last token (rows of T tokens, all valid). */
function outcomeBatch(groups: number[][], T = 3): Batch {
  const scores = groups.flat();
  const B = scores.length;
  const token_level_rewards = new Float32Array(B * T);
  scores.forEach((s, b) => (token_level_rewards[b * T + T - 1] = s));
  return {
    B,
    T,
    responses: Int32Array.from({ length: B * T }, (_, i) => (i * 7) % 5),
    response_mask: new Int32Array(B * T).fill(1),
    token_level_rewards,
    index: Int32Array.from(groups.flatMap((g, i) => g.map(() => 100 + i))),
    values: new Float32Array(B * T).fill(0.25),
  };
}

const equal = (n: number, v: number) => Array.from({ length: n }, () => v);

describe('equal-reward groups get advantages of exactly 0 on every executor', () => {
  const cases: [string, number[][]][] = [
    ['G=16, all 0.7', [equal(16, 0.7)]],
    ['G=64, all 0.7', [equal(64, 0.7)]],
    ['G=16, all 123.456', [equal(16, 123.456)]],
    ['three groups of 8: 0.1, 1/3, -2.2e7', [equal(8, 0.1), equal(8, 1 / 3), equal(8, -2.2e7)]],
  ];
  for (const name of ['grpo', 'dr_grpo', 'dapo', 'rloo', 'gpg', 'opo', 'ktae', 'grpo_ktae', 'reinforce_plus_plus_baseline'])
    test.each(cases)(`${name}: %s`, async (_, groups) => {
      const outs = await everyExecutor(checkEstimatorArg(name), outcomeBatch(groups));
      for (const [executor, out] of Object.entries(outs))
        expect(Array.from(out.advantages).every((v) => v === 0), `${executor}: ${out.advantages.slice(0, 6).join(', ')}`).toBe(true);
    });

  test('mean, var and std of an all-equal set are exact, to every domain', async () => {
    const lines = ['rollout', 'group', 'batch'].flatMap((d) =>
      ['mean', 'var', 'std', 'var_pop', 'std_pop'].map((op) => `  output ${op}_${d} = ${op}[${d}](token_level_rewards) - ${op === 'mean' ? '0.7' : '0.0'}`),
    );
    const src = ['estimator stats() {', ...lines, '  advantages = token_level_rewards * 0.0', '}'].join('\n');
    const batch = outcomeBatch([equal(16, 0.7), equal(16, 0.7)]);
    batch.token_level_rewards.fill(0.7);
    const outs = await everyExecutor(checkSource({ source: src, file: 'stats.adv' }), batch);
    for (const [executor, out] of Object.entries(outs))
      for (const [k, v] of Object.entries(out)) if (k !== 'advantages' && k !== 'returns') expect(Array.from(v).every((x) => x === 0), `${executor} ${k}: ${v[0]}`).toBe(true);
  });
});

describe('large rewards', () => {
  test('rewards of 1e20 give GRPO +-0.866 (the variance is computed on scaled deviations)', async () => {
    const outs = await everyExecutor(checkEstimatorArg('grpo'), outcomeBatch([[1e20, 0, 1e20, 0], [3e30, 3e30, 3e30, 3e30]]));
    for (const [executor, out] of Object.entries(outs)) {
      const rows = Array.from({ length: 8 }, (_, b) => out.advantages[b * 3 + 2]!);
      rows.slice(0, 4).forEach((v, b) => expect(v, `${executor} row ${b}`).toBeCloseTo(b % 2 === 0 ? 0.8660254 : -0.8660254, 5));
      expect(rows.slice(4), executor).toEqual([0, 0, 0, 0]);
    }
  });
});

describe("verl's row sum of token_level_rewards", () => {
  // rows 0 and 2 carry their reward on a masked position: verl's token_level_rewards.sum(-1) still counts it
  const batch: Batch = {
    B: 4,
    T: 3,
    responses: Int32Array.from([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]),
    response_mask: Int32Array.from([1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1]),
    token_level_rewards: Float32Array.from([0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]),
    index: Int32Array.from([5, 5, 5, 5]),
  };
  test('score() counts a reward on a masked position: GRPO gives +-0.866, not 0', async () => {
    const outs = await everyExecutor(checkEstimatorArg('grpo'), batch);
    for (const [executor, out] of Object.entries(outs)) {
      expect(out.advantages[0], executor).toBeCloseTo(0.8660254, 5);
      expect(out.advantages[3], executor).toBeCloseTo(-0.8660254, 5);
      expect(out.advantages[6], executor).toBeCloseTo(0.8660254, 5);
      expect(out.advantages[2], `${executor}: masked tokens keep 0`).toBe(0);
    }
  });
  test('sum[rollout, all] against sum over valid tokens, and the errors of the qualifier', async () => {
    const src = ['estimator s() {', '  output every = sum[rollout, all](token_level_rewards + 1.0)', '  output valid = sum[rollout](token_level_rewards + 1.0)', '  output n = count[rollout, all](t)', '  advantages = token_level_rewards', '}'].join('\n');
    const outs = await everyExecutor(checkSource({ source: src, file: 's.adv' }), batch);
    for (const [executor, out] of Object.entries(outs)) {
      expect(Array.from(out.every!), executor).toEqual([4, 3, 4, 3]);
      expect(Array.from(out.valid!), executor).toEqual([2, 2, 1, 3]);
      expect(Array.from(out.n!), executor).toEqual([3, 3, 3, 3]);
    }
    const err = (body: string) => {
      try {
        checkSource({ source: `estimator e() {\n  ${body}\n  advantages = token_level_rewards\n}\n`, file: 'e.adv' });
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(err('output x = sum[rollout, valid](token_level_rewards)')).toMatch(/e\.adv:2:\d+: error: unknown reduction qualifier 'valid'/);
    expect(err('output x = sum[group, all](token_level_rewards)')).toMatch(/only a reduction of tokens to their rollout/);
    expect(err('key tok = responses\n  output x = sum[rollout, all](count[tok]() + float(t))')).toMatch(/cannot read key values/);
  });
});
