// Stdlib estimators without official fixtures, checked through the identities that tie them to those with.
import { afterAll, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Params } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';
import { describeJudge, judge, loadFixture } from './helpers/fixtures.js';

afterAll(releaseGpu);

async function both(name: string, batch: Batch, params: Params) {
  const c = compileEstimator(name);
  const gpu = await GpuEstimator.create(await getGpu(), c);
  return { gpu: await gpu.run(batch, params), interp: interpret(c.program, batch, params) };
}

test.each(['ktae-mixed', 'ktae-uneven'])('ktae_ngram with n = 1 is ktae (%s)', async (name) => {
  const fx = loadFixture(name);
  for (const out of Object.values(await both('ktae_ngram', fx.batch, { n: 1 }))) {
    const r = judge(fx, out);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
  }
});

test('ktae_report gives ktae advantages, and each valid token carries its key table', async () => {
  const fx = loadFixture('ktae-small');
  const { gpu, interp } = await both('ktae_report', fx.batch, fx.params);
  for (const out of [gpu, interp]) {
    const r = judge(fx, out);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
    for (let i = 0; i < out.advantages.length; i++) {
      if (!fx.batch.response_mask[i]) continue;
      const n = out.key_a![i]! + out.key_b![i]! + out.key_c![i]! + out.key_d![i]!;
      const row = Math.floor(i / fx.batch.T);
      const size = fx.batch.index.filter((g) => g === fx.batch.index[row]).length;
      expect(n).toBe(size);
      expect(out.key_p_value![i]).toBeGreaterThan(0);
      expect(out.key_p_value![i]).toBeLessThanOrEqual(1 + 1e-5);
    }
  }
});

test('ktae_ngram with n = 2 keys bigrams: executors agree, and the key values change', async () => {
  const fx = loadFixture('ktae-mixed');
  const { gpu, interp } = await both('ktae_ngram', fx.batch, { n: 2 });
  let differs = 0;
  for (let i = 0; i < gpu.advantages.length; i++) {
    expect(Math.abs(gpu.advantages[i]! - interp.advantages[i]!)).toBeLessThanOrEqual(1e-4 + 1e-4 * Math.abs(interp.advantages[i]!));
    if (fx.batch.response_mask[i] && Math.abs(gpu.advantages[i]! - fx.expected.advantages[i]!) > 1e-3) differs++;
  }
  expect(differs).toBeGreaterThan(100);
});

test('dapo_ktae without overlong shaping is ktae, and keep_group marks mixed groups', async () => {
  const fx = loadFixture('ktae-mixed');
  const { gpu, interp } = await both('dapo_ktae', fx.batch, { overlong_buffer_len: 0 });
  for (const out of [gpu, interp]) {
    const r = judge(fx, out);
    expect(r.failed, describeJudge(fx, r)).toBe(0);
    const { B, T } = fx.batch;
    for (let b = 0; b < B; b++) {
      const same = [...Array(B).keys()].filter((o) => fx.batch.index[o] === fx.batch.index[b]);
      const correct = same.map((o) => {
        let s = 0;
        for (let t = 0; t < T; t++) s += fx.batch.token_level_rewards[o * T + t]! * fx.batch.response_mask[o * T + t]!;
        return s > 0;
      });
      const mixed = correct.some((c) => c) && correct.some((c) => !c);
      expect(out.keep_group![b]).toBe(mixed || same.length === 1 ? 1 : 0);
    }
  }
});

test('dapo: the overlong penalty lowers long rollouts before the group statistics', async () => {
  const fx = loadFixture('grpo-small');
  const params = { max_response_length: 40, overlong_buffer_len: 16, overlong_penalty_factor: 1 };
  const { gpu, interp } = await both('dapo', fx.batch, params);
  const { B, T } = fx.batch;
  // reference: shaped scores, then verl GRPO
  const score = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let s = 0;
    let len = 0;
    for (let t = 0; t < T; t++) {
      s += fx.batch.token_level_rewards[b * T + t]! * fx.batch.response_mask[b * T + t]!;
      len += fx.batch.response_mask[b * T + t]!;
    }
    score[b] = s + Math.min(-(len - (40 - 16)) / 16, 0);
  }
  for (let b = 0; b < B; b++) {
    const g = [...Array(B).keys()].filter((o) => fx.batch.index[o] === fx.batch.index[b]).map((o) => score[o]!);
    const mu = g.reduce((x, y) => x + y, 0) / g.length;
    const sd = Math.sqrt(g.reduce((x, y) => x + (y - mu) ** 2, 0) / (g.length - 1));
    const want = (score[b]! - mu) / (sd + 1e-6);
    for (let t = 0; t < T; t++) {
      if (!fx.batch.response_mask[b * T + t]) continue;
      for (const out of [gpu, interp]) expect(out.advantages[b * T + t]).toBeCloseTo(want, 4);
    }
  }
});
