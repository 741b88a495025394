// The optimal token baseline, GRPO pass@k and the top-entropy rule through `advc run` on both backends: the
// fixtures (otb-*, passk-*, top-entropy-*) and held-out batches made the same way with other seeds (shapes, reward kinds and parameters of each fixture;
// rows shuffled, outcome on the last valid token), whose expected values come from the independent TS references
// and, where torch imports, from verl's own loops as bench/torch_baselines.py re-expresses them (TRL's rule in
// torch for the top-entropy batches). Every masked
// token (and the optimal token baseline's returns) must conform under the fixtures' rule.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOutputs, writeBatch } from '../src/runtime/io/batch-file.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { findTorchPython, runTorchBaselines } from '../src/bench/torch-runner.js';
import { writeBatchSafetensors } from '../src/bench/generate.js';
import { runAdvc } from './helpers/cli.js';
import { describeJudge, judge, loadFixture, type Fixture } from './helpers/fixtures.js';
import { prng } from './helpers/random-batch.js';
import { grpoPasskReference, optimalTokenBaselineReference, topEntropyGrpoReference } from './helpers/reference-estimators.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-held-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PAD = 151643;

interface Recipe {
  estimator: 'optimal_token_baseline' | 'grpo_passk' | 'top_entropy_grpo';
  groups: number;
  size: number;
  T: number;
  rewards: '01' | 'graded';
  isWeights?: boolean;
  params: Params;
}

/** The recipe of each fixture (its note and shapes). */
const RECIPES: Record<string, Recipe> = {
  'otb-0': { estimator: 'optimal_token_baseline', groups: 6, size: 8, T: 96, rewards: '01', params: { handle_zero_tail: true, epsilon: 1e-8 } },
  'otb-1': { estimator: 'optimal_token_baseline', groups: 6, size: 6, T: 64, rewards: 'graded', isWeights: true, params: { handle_zero_tail: true, epsilon: 1e-8 } },
  'otb-2': { estimator: 'optimal_token_baseline', groups: 6, size: 5, T: 48, rewards: '01', params: { handle_zero_tail: false, epsilon: 1e-8 } },
  'passk-0': { estimator: 'grpo_passk', groups: 10, size: 6, T: 40, rewards: 'graded', params: { norm_adv_by_std_in_grpo: true, epsilon: 1e-6 } },
  'passk-1': { estimator: 'grpo_passk', groups: 10, size: 6, T: 40, rewards: '01', params: { norm_adv_by_std_in_grpo: true, epsilon: 1e-6 } },
  'passk-2': { estimator: 'grpo_passk', groups: 10, size: 6, T: 40, rewards: 'graded', params: { norm_adv_by_std_in_grpo: false, epsilon: 1e-6 } },
  'top-entropy-0': { estimator: 'top_entropy_grpo', groups: 8, size: 8, T: 80, rewards: '01', params: { top_entropy_quantile: 0.2 } },
  'top-entropy-1': { estimator: 'top_entropy_grpo', groups: 8, size: 8, T: 80, rewards: '01', params: { top_entropy_quantile: 0.5 } },
  'top-entropy-2': { estimator: 'top_entropy_grpo', groups: 8, size: 8, T: 80, rewards: '01', params: { top_entropy_quantile: 0.05 } },
};

/**
 * A batch as the recipe says, from a seed: lengths 2..T (a quarter of the groups share their longest length, so
 * the zero tail meets ties), graded rewards in [-0.5, 1] on a 1e-3 grid or 0/1, log-probabilities of the sampled
 * tokens, sum p^2 between their square and 1, importance weights in [0.4, 2] truncated at 2, entropies exactly 0 on
 * about 30% of the tokens (a sampler's certain tokens) and exponential with mean 0.6 elsewhere.
 */
function heldOut(r: Recipe, seed: number): Batch {
  const rnd = prng(seed);
  const B = r.groups * r.size;
  const { T } = r;
  const index = Int32Array.from({ length: B }, (_, b) => 1000 + (b % r.groups));
  for (let i = B - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [index[i], index[j]] = [index[j]!, index[i]!];
  }
  const lengths = Array.from({ length: B }, () => 2 + Math.floor(rnd() * (T - 1)));
  for (let g = 0; g < r.groups; g += 4) {
    const rows = [...index.keys()].filter((b) => index[b] === 1000 + g);
    lengths[rows[1]!] = lengths[rows[0]!] = Math.max(...rows.map((b) => lengths[b]!));
  }
  const n = B * T;
  const batch: Batch = {
    B,
    T,
    responses: new Int32Array(n).fill(PAD),
    response_mask: new Int32Array(n),
    token_level_rewards: new Float32Array(n),
    index,
  };
  const lp = new Float32Array(n);
  const s2 = new Float32Array(n);
  const w = new Float32Array(n);
  const h = new Float32Array(n);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < lengths[b]!; t++) {
      const i = b * T + t;
      batch.responses[i] = Math.floor(rnd() * 150_000);
      batch.response_mask[i] = 1;
      const p = Math.exp(-4.7 * rnd() ** 3);
      lp[i] = Math.log(p);
      s2[i] = p * p + (1 - p * p) * rnd();
      w[i] = Math.min(2, 0.4 + 2 * rnd());
      if (r.estimator === 'top_entropy_grpo') h[i] = rnd() < 0.3 ? 0 : -0.6 * Math.log(1 - rnd());
    }
    const score = r.rewards === '01' ? Number(rnd() < 0.5) : Math.round(-500 + 1500 * rnd()) / 1000;
    batch.token_level_rewards[b * T + lengths[b]! - 1] = score;
  }
  if (r.estimator === 'optimal_token_baseline') {
    batch.old_log_probs = lp;
    batch.sum_pi_squared = s2;
    if (r.isWeights) batch.rollout_is_weights = w;
  }
  if (r.estimator === 'top_entropy_grpo') batch.entropy = h;
  return batch;
}

const REFERENCES = { grpo_passk: grpoPasskReference, optimal_token_baseline: optimalTokenBaselineReference, top_entropy_grpo: topEntropyGrpoReference };
const reference = (r: Recipe, batch: Batch): Outputs => REFERENCES[r.estimator](batch, r.params);
/** The torch implementation each held-out batch is also run through: verl's loops, TRL's rule on verl's GRPO. */
const TORCH = { grpo_passk: 'verl_grpo_passk_loop', optimal_token_baseline: 'verl_optimal_token_baseline_loop', top_entropy_grpo: 'torch_top_entropy_grpo_vectorized' } as const;

const asFixture = (name: string, r: Recipe, batch: Batch, expected: Outputs): Fixture => ({
  name,
  estimator: r.estimator,
  params: r.params,
  batch,
  expected: { advantages: expected.advantages, returns: expected.returns },
});

/** Runs the fixture's batch through `advc run` on a backend and judges both outputs (pass@k's returns are its advantages). */
async function conforms(fx: Fixture, backend: 'webgpu' | 'cpu'): Promise<void> {
  const batch = join(dir, `${fx.name}.json`);
  const out = join(dir, `${fx.name}.${backend}.safetensors`);
  writeBatch(batch, fx.batch);
  const sets = Object.entries(fx.params).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
  const r = await runAdvc(dir, 'run', fx.estimator, '--batch', batch, '--out', out, '--backend', backend, ...sets);
  expect(r.code, r.stderr).toBe(0);
  const got = readOutputs(out);
  const res = judge(fx, { advantages: got['advantages']!.data, returns: got['returns']!.data });
  expect(res.failed, describeJudge(fx, res)).toBe(0);
  expect(res.passed).toBe(2 * fx.batch.response_mask.reduce((a, m) => a + m, 0));
}

const BACKENDS = ['webgpu', 'cpu'] as const;
const python = findTorchPython();

describe.each(Object.keys(RECIPES))('%s', (name) => {
  const recipe = RECIPES[name]!;
  it.each(BACKENDS)('the fixture conforms through advc run --backend %s', async (backend) => {
    await conforms(loadFixture(name), backend);
  });

  const seeds = [101, 202];
  const held = seeds.map((seed) => {
    const batch = heldOut(recipe, seed + name.length);
    return asFixture(`${name}-held-out-${seed}`, recipe, batch, reference(recipe, batch));
  });

  it('held-out batches exercise what the fixture does', () => {
    for (const fx of held) {
      const adv = fx.expected.advantages;
      expect(adv.some((a) => a !== 0)).toBe(true);
      if (recipe.estimator === 'optimal_token_baseline' && recipe.params['handle_zero_tail']) {
        // some rollout keeps its reward-to-go as advantage past the second longest (the zero tail)
        expect(adv.some((a, i) => fx.batch.response_mask[i] && a === fx.expected.returns[i] && a !== 0)).toBe(true);
      }
      if (recipe.estimator === 'top_entropy_grpo') {
        // the rule drops some valid tokens of rollouts with a nonzero advantage and keeps the high-entropy ones
        const dropped = fx.batch.response_mask.filter((m, i) => m && adv[i] === 0).length;
        expect(dropped).toBeGreaterThan(0);
        expect(adv.every((a, i) => a === 0 || fx.batch.entropy![i]! > 0)).toBe(true);
      }
    }
  });

  it.skipIf(!python)("the references agree with verl's own loop on the held-out batches", () => {
    for (const fx of held) {
      const input = join(dir, `${fx.name}.safetensors`);
      const out = mkdtempSync(join(dir, 'verl-'));
      writeBatchSafetensors(fx.batch, input);
      const loop = TORCH[recipe.estimator];
      runTorchBaselines(input, { only: [loop], repeat: 1, warmup: 0, params: recipe.params, writeDir: out });
      const got = readOutputs(join(out, `${loop}.safetensors`));
      const res = judge(fx, { advantages: got['advantages']!.data, returns: (got['returns'] ?? got['advantages'])!.data });
      expect(res.failed, describeJudge(fx, res)).toBe(0);
    }
  });

  it.each(BACKENDS)('held-out batches conform through advc run --backend %s', async (backend) => {
    for (const fx of held) await conforms(fx, backend);
  });
});
