// The PyTorch baselines must agree with the TS reference (and the official fixtures) before their timings mean
// anything. Skipped, with a message, where no python3 imports torch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grpoCpu, ktaeCpu } from '../src/reference/estimators.js';
import { findCase, generateBatch, writeBatchSafetensors } from '../src/bench/generate.js';
import { readOutputs } from '../src/runtime/io/batch-file.js';
import { NO_TORCH_MESSAGE, findTorchPython, runTorchBaselines } from '../src/bench/torch-runner.js';
import type { Batch } from '../src/runtime/batch.js';
import { judge, loadFixtures } from './bench-fixtures.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';
import { describeJudge, judge as judgeFixture, loadFixture } from './helpers/fixtures.js';
import { checkSource } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import {
  canonReference,
  entropyAdvantageReference,
  gdpoReference,
  grpoPasskReference,
  grpoSReference,
  gtpoReference,
  topEntropyGrpoReference,
  optimalTokenBaselineReference,
  treerlReference,
} from './helpers/reference-estimators.js';
import fc from 'fast-check';

const python = findTorchPython();
if (!python) console.warn(NO_TORCH_MESSAGE);
const dir = mkdtempSync(join(tmpdir(), 'advc-bench-torch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readAdvantages = (path: string) => readOutputs(path)['advantages']!.data;

/** Masked positions where got and want differ beyond the fixtures' tolerance. */
function disagreements(batch: Batch, got: Float32Array, want: Float32Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < want.length; i++) {
    if (batch.response_mask[i] && !(Math.abs(got[i]! - want[i]!) <= 2e-4 + 2e-4 * Math.abs(want[i]!))) bad.push(i);
  }
  return bad;
}

describe.skipIf(!python)('PyTorch baselines', () => {
  for (const fx of loadFixtures('ktae')) {
    it(`vectorized KTAE matches the fixture and the TS reference: ${fx.name}`, () => {
      const input = join(dir, `${fx.name}.safetensors`);
      const output = join(dir, `${fx.name}.ktae.safetensors`);
      writeBatchSafetensors(fx.batch, input);
      const [res] = runTorchBaselines(input, { only: ['torch_ktae_vectorized'], repeat: 1, warmup: 0, params: fx.params, writeKtae: output });
      expect(res!.baseline).toBe('torch_ktae_vectorized');
      const got = readAdvantages(output);
      expect(judge(fx, got)).toEqual([]);
      expect(disagreements(fx.batch, got, ktaeCpu(fx.batch, fx.params).advantages)).toEqual([]);
    });
  }

  for (const fx of loadFixtures('grpo')) {
    it(`vectorized and loop GRPO match the fixture: ${fx.name}`, () => {
      const input = join(dir, `${fx.name}.safetensors`);
      const vec = join(dir, `${fx.name}.grpo.safetensors`);
      const loop = join(dir, `${fx.name}.loop.safetensors`);
      writeBatchSafetensors(fx.batch, input);
      const res = runTorchBaselines(input, {
        only: ['torch_grpo_vectorized', 'verl_grpo_loop'], repeat: 1, warmup: 0, params: fx.params, writeGrpo: vec, writeGrpoLoop: loop,
      });
      expect(res.map((r) => r.baseline)).toEqual(['torch_grpo_vectorized', 'verl_grpo_loop']);
      expect(judge(fx, readAdvantages(vec))).toEqual([]);
      expect(judge(fx, readAdvantages(loop))).toEqual([]);
    });
  }

  it('agrees with the TS reference on every token of a generated batch, and reports timings', () => {
    const batch = generateBatch(findCase('g8-2k-20k'), { seed: 11 });
    const input = join(dir, 'gen.safetensors');
    const ktae = join(dir, 'gen.ktae.safetensors');
    const grpo = join(dir, 'gen.grpo.safetensors');
    writeBatchSafetensors(batch, input);
    const res = runTorchBaselines(input, { repeat: 2, warmup: 1, writeKtae: ktae, writeGrpo: grpo });
    expect(res.map((r) => r.baseline)).toEqual(['torch_ktae_vectorized', 'torch_grpo_vectorized', 'verl_grpo_loop']);
    for (const r of res) {
      expect(r.tokens).toBe(20_000);
      expect(r.runs_ms).toHaveLength(2);
      expect(r.wall_ms_median).toBeGreaterThan(0);
    }
    const wantKtae = ktaeCpu(batch).advantages;
    expect(disagreements(batch, readAdvantages(ktae), wantKtae)).toEqual([]);
    // the generated batch exercises key-token values (not only the GRPO part)
    expect(disagreements(batch, readAdvantages(ktae), grpoCpu(batch).advantages).length).toBeGreaterThan(1000);
    expect(disagreements(batch, readAdvantages(grpo), grpoCpu(batch).advantages)).toEqual([]);
  });

  const NEW_BASELINES = [
    ['torch_entropy_advantage_vectorized', entropyAdvantageReference],
    ['torch_top_entropy_grpo_vectorized', topEntropyGrpoReference],
    ['torch_gtpo_vectorized', gtpoReference],
    ['torch_grpo_s_vectorized', grpoSReference],
    ['torch_treerl_vectorized', treerlReference],
    ['torch_canon_vectorized', canonReference],
  ] as const;
  // a generated batch (entropies included), and small random ones whose rollouts share prefixes (two token ids)
  const batches: [string, Batch][] = [
    ['g8-2k-20k', generateBatch(findCase('g8-2k-20k'), { seed: 3 })],
    ...fc.sample(batchSpecArb, { numRuns: 4, seed: 21 }).map((spec, i): [string, Batch] => {
      const b = makeBatch({ ...spec, mask: 'prefix', emptyRows: 0 });
      const rewards = b.token_level_rewards.map((r, k) => r * b.response_mask[k]!);
      return [`random ${i}`, { ...b, responses: b.responses.map((x) => x % 2), token_level_rewards: rewards, entropy: b.entropy!.map((x) => 0.05 + Math.abs(x) / 4) }];
    }),
  ];
  it.each(batches)('the entropy-shaped, prefix-tree and CANON baselines match the TS references: %s', (name, batch) => {
    const input = join(dir, `${name}.safetensors`);
    const out = mkdtempSync(join(dir, 'out-'));
    writeBatchSafetensors(batch, input);
    const res = runTorchBaselines(input, { only: NEW_BASELINES.map(([b]) => b), repeat: 1, warmup: 0, writeDir: out });
    expect(res.map((r) => r.estimator)).toEqual(['entropy_advantage', 'top_entropy_grpo', 'gtpo', 'grpo_s', 'treerl', 'canon']);
    for (const [baseline, reference] of NEW_BASELINES)
      expect(disagreements(batch, readAdvantages(join(out, `${baseline}.safetensors`)), reference(batch, {}).advantages).slice(0, 3), baseline).toEqual([]);
  });

  // CANON by length (ties at the median are common: the random batches' lengths repeat), halfway between inter
  // and intra, against advc's interpreter
  const canonParams = { by_length: true, alpha: 0.5, beta: 0.25, mu: 0.3, max_length: 4 };
  const canon = checkSource({ name: 'canon' });
  it.each(batches)('the CANON baseline by length matches advc: %s', (name, batch) => {
    const input = join(dir, `${name}.canon.safetensors`);
    const out = mkdtempSync(join(dir, 'out-'));
    writeBatchSafetensors(batch, input);
    runTorchBaselines(input, { only: ['torch_canon_vectorized'], repeat: 1, warmup: 0, params: canonParams, writeDir: out });
    const want = interpret(canon.program, batch, canonParams).advantages;
    expect(disagreements(batch, readAdvantages(join(out, 'torch_canon_vectorized.safetensors')), want).slice(0, 3)).toEqual([]);
  });

  // verl's own loops and the vectorized versions of grpo_passk and optimal_token_baseline against verl's outputs
  const VERL_PAIRS = {
    grpo_passk: ['torch_grpo_passk_vectorized', 'verl_grpo_passk_loop'],
    optimal_token_baseline: ['torch_optimal_token_baseline_vectorized', 'verl_optimal_token_baseline_loop'],
  } as const;
  it.each(['passk-0', 'passk-1', 'passk-2', 'otb-0', 'otb-1', 'otb-2'])('vectorized and verl loop %s conform to the fixture', (name) => {
    const fx = loadFixture(name);
    const input = join(dir, `${name}.safetensors`);
    const out = mkdtempSync(join(dir, 'out-'));
    writeBatchSafetensors(fx.batch, input);
    const only = VERL_PAIRS[fx.estimator as keyof typeof VERL_PAIRS];
    const res = runTorchBaselines(input, { only, repeat: 1, warmup: 0, params: fx.params, writeDir: out });
    expect(res.map((r) => r.baseline)).toEqual(only);
    for (const baseline of only) {
      const got = readOutputs(join(out, `${baseline}.safetensors`));
      const outputs = { advantages: got['advantages']!.data, returns: got['returns']?.data ?? got['advantages']!.data };
      const r = judgeFixture(fx, outputs, fx.estimator === 'grpo_passk' ? { fields: ['advantages'] } : {});
      expect(r.failed, `${baseline}: ${describeJudge(fx, r)}`).toBe(0);
    }
  });

  // a generated batch (policy fields and reward components included), and random batches with realistic policy
  // fields: log-probabilities <= 0, sum of p^2 in (0, 1], IS weights near 1
  const realistic: [string, Batch][] = [['g8-2k-20k', generateBatch(findCase('g8-2k-20k'), { seed: 4 })]];
  realistic.push(...fc.sample(batchSpecArb, { numRuns: 4, seed: 33 }).map((spec, i): [string, Batch] => {
    const b = makeBatch({ ...spec, mask: 'prefix', emptyRows: 0, groups: 'interleaved', numGroups: Math.max(1, Math.floor(spec.B / 3)) });
    const rewards = b.token_level_rewards.map((r, k) => r * b.response_mask[k]!);
    const unit = (x: number) => (x + 4) / 8; // the grid's [-4, 4] to [0, 1]
    return [`random ${i}`, {
      ...b,
      token_level_rewards: rewards,
      old_log_probs: b.old_log_probs!.map((x) => -Math.abs(x) / 2),
      sum_pi_squared: b.sum_pi_squared!.map((x) => 0.05 + 0.95 * unit(x)),
      rollout_is_weights: b.rollout_is_weights!.map((x) => 0.5 + unit(x)),
      gdpo_reward_0: Float32Array.from({ length: b.B }, (_, k) => (k * 7) % 3 === 0 ? 1 : 0),
      gdpo_reward_1: b.reward_baselines!.map(unit),
    }];
  }));
  const OTHER_BASELINES = [
    ['torch_grpo_passk_vectorized', grpoPasskReference],
    ['verl_grpo_passk_loop', grpoPasskReference],
    ['torch_optimal_token_baseline_vectorized', optimalTokenBaselineReference],
    ['verl_optimal_token_baseline_loop', optimalTokenBaselineReference],
    ['torch_gdpo_vectorized', gdpoReference],
  ] as const;
  it.each(realistic)('the pass@k, optimal token baseline and GDPO baselines match the TS references: %s', (name, batch) => {
    const input = join(dir, `${name}.otb.safetensors`);
    const out = mkdtempSync(join(dir, 'out-'));
    writeBatchSafetensors(batch, input);
    // verl raises on a pass@k group of one; the baselines give it 0, as the reference does
    const res = runTorchBaselines(input, { only: OTHER_BASELINES.map(([b]) => b), repeat: 1, warmup: 0, writeDir: out });
    expect(res.map((r) => r.estimator)).toEqual(['grpo_passk', 'grpo_passk', 'optimal_token_baseline', 'optimal_token_baseline', 'gdpo']);
    for (const [baseline, reference] of OTHER_BASELINES) {
      const got = readOutputs(join(out, `${baseline}.safetensors`));
      const want = reference(batch, {});
      expect(disagreements(batch, got['advantages']!.data, want.advantages).slice(0, 3), baseline).toEqual([]);
      if (got['returns']) expect(disagreements(batch, got['returns'].data, want.returns).slice(0, 3), baseline).toEqual([]);
    }
  });
});
