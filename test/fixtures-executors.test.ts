// Every reference fixture through the executors of the same IR: the WGSL backend (both schedules), the CPU backend
// (the serial WGSL as native code and as JavaScript) and the interpreter.
import { afterAll, describe, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { describeJudge, judge, listFixtures, loadFixture } from './helpers/fixtures.js';

afterAll(releaseGpu);

type Mode = 'cooperative' | 'serial';
const estimators = new Map<string, Promise<GpuEstimator>>();
/** Both schedules run on this device whatever it prefers: the GPU one and the CPU-backed one. */
async function gpuEstimator(name: string, mode: Mode = 'serial'): Promise<GpuEstimator> {
  let e = estimators.get(`${name}/${mode}`);
  if (!e) {
    e = getGpu().then((gpu) =>
      GpuEstimator.create(gpu, compileEstimator(name, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true }),
    );
    estimators.set(`${name}/${mode}`, e);
  }
  return e;
}

describe.each(listFixtures())('%s', (name) => {
  const fx = loadFixture(name);

  test('interpreter conforms', () => {
    const out = interpret(compileEstimator(fx.estimator).program, fx.batch, fx.params);
    const r = judge(fx, out);
    expect(r.passed).toBeGreaterThan(0);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
  });

  test.each(['native', 'js'] as const)('CPU backend conforms (%s)', async (engine) => {
    const est = CpuEstimator.create(checkEstimatorArg(fx.estimator), { engine });
    const out = await est.run(fx.batch, fx.params);
    est.destroy();
    const r = judge(fx, out);
    expect(r.passed).toBeGreaterThan(0);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
  });

  test('CPU backend (native) writes every output element: arrays it hands out start uninitialized', async () => {
    const est = CpuEstimator.create(checkEstimatorArg(fx.estimator), { engine: 'native' });
    const bits = (o: Record<string, Float32Array>) => Object.entries(o).map(([k, a]) => [k, Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length))]);
    try {
      est.runner.outputArray = (n) => new Float32Array(n); // zeroed
      const zeroed = bits(await est.run(fx.batch, fx.params));
      est.runner.outputArray = (n) => new Float32Array(n).fill(NaN); // poisoned
      expect(bits(await est.run(fx.batch, fx.params))).toEqual(zeroed);
    } finally {
      est.destroy();
    }
  });

  test.each(['cooperative', 'serial'] as const)('WGSL conforms (%s schedule)', async (mode) => {
    const est = await gpuEstimator(fx.estimator, mode);
    const out = await est.run(fx.batch, fx.params);
    const r = judge(fx, out);
    expect(r.passed).toBeGreaterThan(0);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
  });
});

test('grpo_ktae is ktae, and dr_grpo differs from grpo only by the std normalisation', async () => {
  const fx = loadFixture('grpo-small');
  const grpo = interpret(compileEstimator('grpo').program, fx.batch, { norm_adv_by_std_in_grpo: false });
  const dr = interpret(compileEstimator('dr_grpo').program, fx.batch, {});
  expect(Array.from(dr.advantages)).toEqual(Array.from(grpo.advantages));
  const k = loadFixture('ktae-small');
  const a = await (await gpuEstimator('ktae')).run(k.batch, k.params);
  const b = await (await gpuEstimator('grpo_ktae')).run(k.batch, k.params);
  expect(Array.from(b.advantages)).toEqual(Array.from(a.advantages));
});

test('kernel counts: fused estimators need few dispatches', () => {
  const kernels = (n: string) => compileEstimator(n).plan.kernels.length;
  expect(kernels('grpo')).toBe(1);
  expect(kernels('rloo')).toBe(1);
  expect(kernels('ktae')).toBe(1);
  expect(kernels('remax')).toBe(1);
  expect(kernels('reinforce_plus_plus')).toBe(4);
  expect(kernels('gae')).toBe(4);
  expect(kernels('optimal_token_baseline')).toBe(1);
  expect(kernels('grpo_passk')).toBe(1);
  expect(kernels('top_entropy_grpo')).toBe(6);
});

// critical_ktae keeps every key-token term when p_crit exceeds every p-value (p <= 1): it is KTAE then.
describe.each(listFixtures().filter((n) => loadFixture(n).estimator === 'ktae'))('critical_ktae with p_crit = 2 on %s', (name) => {
  const fx = loadFixture(name);
  const params = { ...fx.params, p_crit: 2 };
  test('interpreter, CPU backend and WGSL (both schedules) conform to the KTAE fixture', async () => {
    const outs = [
      interpret(compileEstimator('critical_ktae').program, fx.batch, params),
      await CpuEstimator.create(checkEstimatorArg('critical_ktae'), { engine: 'native' }).run(fx.batch, params),
      await (await gpuEstimator('critical_ktae', 'serial')).run(fx.batch, params),
      await (await gpuEstimator('critical_ktae', 'cooperative')).run(fx.batch, params),
    ];
    for (const out of outs) {
      const r = judge(fx, out);
      expect(r.failed, describeJudge(fx, r)).toBe(0);
    }
  });
});
