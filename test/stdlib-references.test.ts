// The newer stdlib estimators against independent TypeScript references (test/helpers/reference-estimators.ts)
// on random batches, with the edge cases the fixtures lack: groups of one, shared maxima, holes in the mask,
// absent optional inputs. The interpreter and the CPU backend must both agree with the reference.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { ATOL, RTOL } from './helpers/fixtures.js';
import { batchSpecArb, makeBatch, withDeclaredFields } from './helpers/random-batch.js';
import {
  criticalKtaeReference,
  entropyAdvantageReference,
  gdpoReference,
  grpoPasskReference,
  topEntropyGrpoReference,
  canonReference,
  grpoSReference,
  gtpoRewards,
  scores,
  gtpoReference,
  optimalTokenBaselineReference,
  treerlReference,
} from './helpers/reference-estimators.js';
import { listFixtures, loadFixture } from './helpers/fixtures.js';

/** Random batches with realistic log-probabilities (<= 0), sum(pi^2) in [0, 1] and IS weights in (0.5, 1.5]. */
function batches(n: number, seed: number, noEmptyRows = false): Batch[] {
  return fc.sample(batchSpecArb, { numRuns: n, seed }).map((spec) => {
    const b = makeBatch(noEmptyRows ? { ...spec, emptyRows: 0 } : spec);
    const u = (x: number) => (x + 4) / 8; // the grid's [-4, 4] onto [0, 1]
    return {
      ...b,
      // rewards only on valid tokens: every convention of a rollout's score agrees then
      token_level_rewards: b.token_level_rewards.map((r, i) => r * b.response_mask[i]!),
      old_log_probs: b.old_log_probs!.map((x) => -Math.abs(x)),
      sum_pi_squared: b.sum_pi_squared!.map(u),
      rollout_is_weights: b.rollout_is_weights!.map((x) => 0.5 + u(x)),
    };
  });
}

function mismatches(batch: Batch, got: Outputs, want: Outputs, fields: Array<'advantages' | 'returns'>): string[] {
  const bad: string[] = [];
  for (const f of fields)
    for (let i = 0; i < batch.B * batch.T; i++) {
      if (!batch.response_mask[i]) continue;
      const [g, w] = [got[f]![i]!, want[f]![i]!];
      if (!(Math.abs(g - w) <= ATOL + RTOL * Math.abs(w)))
        bad.push(`${f} row ${Math.floor(i / batch.T)} col ${i % batch.T}: got ${g}, want ${w}`);
    }
  return bad;
}

/** Entropies as a policy has them: >= 0 (0 included). */
const entropiesOf = (b: Batch): Batch => ({ ...b, entropy: b.entropy!.map((x) => Math.abs(x) / 4) });

/**
 * GTPO whitens each class's shaped rewards: a class whose rewards are all about equal (one rollout per
 * position, shares w / (w + epsilon)) has a spread of about epsilon, which whitening blows up with the
 * rounding noise; such batches say nothing about the estimator.
 */
function spreadClasses(b: Batch): boolean {
  const r = gtpoRewards(b, {});
  const s = scores(b);
  return [true, false].every((c) => {
    const xs = Array.from(r.keys()).filter((i) => b.response_mask[i] === 1 && s[Math.floor(i / b.T)]! > 0 === c).map((i) => r[i]!);
    const mu = xs.reduce((a, x) => a + x, 0) / xs.length;
    return xs.length < 2 || xs.reduce((a, x) => a + (x - mu) ** 2, 0) / (xs.length - 1) > 1e-4;
  });
}

interface Case {
  estimator: string;
  params: Params[];
  reference: (b: Batch, p: Params) => Outputs;
  fields: Array<'advantages' | 'returns'>;
  /** turns a random batch into the one this case runs (drops optional inputs, ...) */
  prepare?: (b: Batch) => Batch;
  /** rows without valid tokens make KTAE's class lengths 0 (its term is NaN there today) */
  noEmptyRows?: boolean;
  /** batches the case can judge: whitening one rollout's tokens divides rounding noise by sqrt(1e-8) */
  usable?: (b: Batch) => boolean;
}

const CASES: Record<string, Case> = {
  grpo_passk: {
    estimator: 'grpo_passk',
    params: [{}, { norm_adv_by_std_in_grpo: false }],
    reference: grpoPasskReference,
    fields: ['advantages'],
  },
  'optimal_token_baseline with rollout_is_weights': {
    estimator: 'optimal_token_baseline',
    params: [{}, { handle_zero_tail: false }],
    reference: optimalTokenBaselineReference,
    fields: ['advantages', 'returns'],
  },
  'optimal_token_baseline without rollout_is_weights': {
    estimator: 'optimal_token_baseline',
    params: [{}],
    reference: optimalTokenBaselineReference,
    fields: ['advantages', 'returns'],
    prepare: ({ rollout_is_weights: _, ...rest }) => rest,
  },
  'gdpo with four components': {
    estimator: 'gdpo',
    params: [{}, { norm_adv_by_std_in_grpo: false, weight_1: 0.5, weight_3: 2 }],
    reference: gdpoReference,
    fields: ['advantages'],
    noEmptyRows: true,
    usable: (b) => b.B > 1,
    prepare: (b) => withDeclaredFields(b, [0, 1, 2, 3].map((k) => ({ name: `gdpo_reward_${k}`, domain: 'rollout', type: 'float' })), b.B * 31 + b.T),
  },
  'gdpo with two components (the others absent)': {
    estimator: 'gdpo',
    params: [{}],
    reference: gdpoReference,
    fields: ['advantages'],
    noEmptyRows: true,
    usable: (b) => b.B > 1,
    prepare: (b) => withDeclaredFields(b, [0, 1].map((k) => ({ name: `gdpo_reward_${k}`, domain: 'rollout', type: 'float' })), b.B * 17 + b.T),
  },
  entropy_advantage: {
    estimator: 'entropy_advantage',
    params: [{}, { norm_adv_by_std_in_grpo: false, alpha: 2, kappa: 0.5 }],
    reference: entropyAdvantageReference,
    fields: ['advantages'],
    prepare: entropiesOf,
  },
  top_entropy_grpo: {
    estimator: 'top_entropy_grpo',
    params: [{}, { top_entropy_quantile: 0.5 }, { top_entropy_quantile: 0.03, norm_adv_by_std_in_grpo: false }, { top_entropy_quantile: 1 }],
    reference: topEntropyGrpoReference,
    fields: ['advantages'],
    prepare: entropiesOf,
  },
  canon: {
    estimator: 'canon',
    params: [{}, { mu: 0 }, { mu: 0.5, alpha: 0.5, beta: 0.25, max_length: 4 }, { by_length: true, alpha: 2, beta: 0.5 }, { by_length: true, mu: 0.25 }],
    reference: canonReference,
    fields: ['advantages'],
    prepare: entropiesOf,
  },
  gtpo: {
    estimator: 'gtpo',
    params: [{}, { alpha1: 0.5, alpha2: 0.5 }],
    reference: gtpoReference,
    fields: ['advantages'],
    prepare: entropiesOf,
    usable: spreadClasses,
  },
  grpo_s: {
    estimator: 'grpo_s',
    params: [{}, { beta1: 0.5, beta2: 2 }],
    reference: grpoSReference,
    fields: ['advantages'],
    prepare: entropiesOf,
  },
  treerl: {
    estimator: 'treerl',
    params: [{}, { reweight: false, grpo_weight: 0.5 }],
    reference: treerlReference,
    fields: ['advantages'],
    // two token ids: the rollouts of a group share prefixes
    prepare: (b) => ({ ...b, responses: b.responses.map((x) => x % 2) }),
  },
  critical_ktae: {
    estimator: 'critical_ktae',
    params: [{}, { p_crit: 0.3 }, { p_crit: 0.3, gamma: 0 }],
    reference: criticalKtaeReference,
    fields: ['advantages'],
    noEmptyRows: true,
  },
};

test('critical_ktae on the KTAE fixtures matches the reference', () => {
  const checked = checkEstimatorArg('critical_ktae');
  for (const name of listFixtures().filter((n) => loadFixture(n).estimator === 'ktae'))
    for (const p_crit of [0.05, 0.3]) {
      const fx = loadFixture(name);
      const params = { ...fx.params, p_crit };
      const want = criticalKtaeReference(fx.batch, params);
      expect(mismatches(fx.batch, interpret(checked.program, fx.batch, params), want, ['advantages']).slice(0, 3), `${name} p_crit ${p_crit}`).toEqual([]);
    }
});

describe.each(Object.entries(CASES))('%s', (_, c) => {
  const checked = checkEstimatorArg(c.estimator);
  const cases = batches(25, 7, c.noEmptyRows).map((b) => c.prepare?.(b) ?? b).filter((b) => c.usable?.(b) ?? true);
  test.each(c.params)('interpreter and CPU backend match the reference (%o)', async (params) => {
    const cpu = CpuEstimator.create(checked, { engine: 'js', threads: 1 });
    try {
      for (const batch of cases) {
        const want = c.reference(batch, params);
        expect(mismatches(batch, interpret(checked.program, batch, params), want, c.fields).slice(0, 3)).toEqual([]);
        expect(mismatches(batch, await cpu.run(batch, params), want, c.fields).slice(0, 3)).toEqual([]);
      }
    } finally {
      cpu.destroy();
    }
  });
});
