import { describe, expect, it } from 'vitest';
import type { Batch } from '../src/runtime/batch.js';
import {
  cohenH,
  fisherPValue,
  fisherTransform,
  grpoCpu,
  informationGain,
  ktaeCpu,
} from '../src/reference/estimators.js';
import { judge, loadFixtures } from './bench-fixtures.js';

const PAD = 151643;

describe('CPU reference against the official fixtures', () => {
  const ktae = loadFixtures('ktae');
  const grpo = loadFixtures('grpo');
  it('finds the fixtures', () => {
    expect(ktae.length).toBeGreaterThanOrEqual(4);
    expect(grpo.length).toBeGreaterThanOrEqual(2);
  });
  for (const fx of ktae) {
    it(`ktae ${fx.name}`, () => {
      const out = ktaeCpu(fx.batch, fx.params);
      expect(judge(fx, out.advantages)).toEqual([]);
      expect(judge(fx, out.returns, fx.returns)).toEqual([]);
    });
  }
  for (const fx of grpo) {
    it(`grpo ${fx.name}`, () => {
      const out = grpoCpu(fx.batch, fx.params);
      expect(judge(fx, out.advantages)).toEqual([]);
      expect(judge(fx, out.returns, fx.returns)).toEqual([]);
    });
  }
});

describe('KTAE statistics (spec §6.5 test vector)', () => {
  it('Fisher p-values and information gain of the spec tables', () => {
    expect(fisherPValue(2, 0, 0, 2)).toBeCloseTo(1 / 3, 6);
    expect(fisherPValue(1, 1, 1, 1)).toBeCloseTo(1, 6);
    expect(informationGain(2, 0, 0, 2)).toBeCloseTo(1, 6);
    expect(informationGain(1, 1, 1, 1)).toBeCloseTo(0, 6);
    expect(informationGain(1, 0, 1, 2)).toBeCloseTo(0.3112781, 6);
    expect(informationGain(0, 1, 2, 1)).toBeCloseTo(0.3112781, 6);
    expect(informationGain(0, 0, 0, 0)).toBe(0);
  });
  it('F is 0 exactly when the hypergeometric support is a single table', () => {
    expect(fisherTransform(2, 2, 0, 0)).toBe(0); // id in every rollout
    expect(fisherTransform(0, 0, 3, 5)).toBe(0); // id in none
    expect(fisherTransform(1, 1, 1, 1)).toBeCloseTo(Math.exp(-2), 9); // p = 1 but two tables possible
  });
  it('counts tied tables: [1,3;3,1] of 8 has p = 34/70 (both tails tie)', () => {
    // k = 1 and k = 3 have the same probability 16/70; k = 0 and 4 have 1/70.
    expect(fisherPValue(1, 3, 3, 1)).toBeCloseTo(34 / 70, 9);
    expect(fisherPValue(3, 1, 1, 3)).toBeCloseTo(34 / 70, 9);
  });
  it('Cohen term has no factor 2 and clamps', () => {
    expect(cohenH(1, 0)).toBeCloseTo(Math.PI / 2, 9);
    expect(cohenH(1.5, -1)).toBeCloseTo(Math.PI / 2, 9);
  });
  it('reproduces the key-token values and advantages of the spec test vector', () => {
    const rows = [
      [1, 2, 3, 4, PAD],
      [1, 2, 5, PAD, PAD],
      [1, 6, 3, 7, 7],
      [1, 6, 6, 8, PAD],
    ];
    const mask = rows.map((r) => r.map((y) => (y === PAD ? 0 : 1)));
    const rewards = mask.map((m, i) => m.map((_, t) => (i < 2 && t === m.lastIndexOf(1) ? 1 : 0)));
    const batch: Batch = {
      B: 4,
      T: 5,
      responses: Int32Array.from(rows.flat()),
      response_mask: Int32Array.from(mask.flat()),
      token_level_rewards: Float32Array.from(rewards.flat()),
      index: Int32Array.from([7, 7, 7, 7]),
    };
    const out = ktaeCpu(batch);
    const row = (a: Float32Array, i: number) => Array.from(a.subarray(i * 5, i * 5 + 5));
    const want0 = [0.8660239, 1.8660239, 0.8904759, 1.8660239, 0];
    const want2 = [-0.8660239, -1.8660239, -0.8415719, -1.8660239, -1.8660239];
    row(out.advantages, 0).forEach((v, t) => expect(v).toBeCloseTo(want0[t]!, 5));
    row(out.advantages, 2).forEach((v, t) => expect(v).toBeCloseTo(want2[t]!, 5));
    expect(row(out.key_values!, 0)).toEqual([0, 1, expect.closeTo(0.02445197, 6), 1, 0]);
  });
});

describe('KTAE edge cases', () => {
  const base = (index: number[], rewards: number[], zeroId?: number) => {
    const T = 3;
    const B = index.length;
    const responses = Int32Array.from({ length: B * T }, (_, i) => 10 + i); // all ids distinct
    const r = new Float32Array(B * T);
    rewards.forEach((v, i) => (r[i * T + T - 1] = v));
    const batch: Batch = { B, T, responses, response_mask: new Int32Array(B * T).fill(1), token_level_rewards: r, index: Int32Array.from(index) };
    return ktaeCpu(batch, zeroId === undefined ? {} : { zero_token_id: zeroId });
  };
  it('a group of one gets mean 0, std 1 and no key term', () => {
    const out = base([3, 5, 5], [1, 1, 0]);
    expect(Array.from(out.advantages.subarray(0, 3))).toEqual([1 / (1 + 1e-6), 1 / (1 + 1e-6), 1 / (1 + 1e-6)].map(Math.fround));
    expect(Array.from(out.key_values!.subarray(0, 3))).toEqual([0, 0, 0]);
  });
  it('all-correct groups have no key term; reward <= 0 is wrong', () => {
    const out = base([1, 1, 2, 2], [1, 1, -1, 0]);
    expect(Array.from(out.key_values!)).toEqual(new Array(12).fill(0));
  });
  it('the zeroed id is a parameter', () => {
    const a = base([1, 1], [1, 0]);
    const b = base([1, 1], [1, 0], 11);
    expect(a.key_values![1]).toBeCloseTo(1, 5); // id 11 is only in the correct rollout
    expect(b.key_values![1]).toBe(0);
  });
  it('rejects negative ids at valid positions', () => {
    const batch: Batch = {
      B: 2, T: 1, responses: Int32Array.from([-4, 2]), response_mask: Int32Array.from([1, 1]),
      token_level_rewards: Float32Array.from([1, 0]), index: Int32Array.from([0, 0]),
    };
    expect(() => ktaeCpu(batch)).toThrow(/negative/);
  });
  it('works with ids beyond a dense table (compacted)', () => {
    const batch: Batch = {
      B: 2, T: 2, responses: Int32Array.from([2_000_000_000, 5, 5, 7]), response_mask: Int32Array.from([1, 1, 1, 1]),
      token_level_rewards: Float32Array.from([0, 1, 0, 0]), index: Int32Array.from([0, 0]),
    };
    const out = ktaeCpu(batch);
    expect(out.key_values![0]).toBeCloseTo(1, 5); // only in the correct rollout
    expect(out.key_values![3]).toBeCloseTo(-1, 5); // only in the wrong rollout
    expect(out.key_values![1]).toBe(0); // in both: single-table support -> F = 0, IG = 0
  });
});

describe('GRPO reference', () => {
  const batch: Batch = {
    B: 4, T: 2,
    responses: new Int32Array(8).fill(5),
    response_mask: Int32Array.from([1, 1, 1, 0, 1, 1, 1, 1]),
    token_level_rewards: Float32Array.from([0, 1, 2, 0, 0, 0, 0, 3]),
    index: Int32Array.from([4, 9, 4, 4]),
  };
  it('standardises scores per group with the unbiased std (+1e-6), masks, and lets a singleton keep its score', () => {
    const out = grpoCpu(batch);
    // group 4 = rows 0, 2, 3 with scores 1, 0, 3: mean 4/3, std sqrt(7/3)
    const sd = Math.sqrt(7 / 3);
    expect(out.advantages[0]).toBeCloseTo((1 - 4 / 3) / (sd + 1e-6), 6);
    expect(out.advantages[3]).toBeCloseTo(0, 12); // row 1 is in its own group, its padding is 0
    expect(out.advantages[2]).toBeCloseTo(2 / (1 + 1e-6), 6); // singleton: mean 0, std 1, keeps its score 2
    expect(out.advantages[7]).toBeCloseTo((3 - 4 / 3) / (sd + 1e-6), 6);
  });
  it('Dr.GRPO: no division by the std', () => {
    const out = grpoCpu(batch, { norm_adv_by_std_in_grpo: false });
    expect(out.advantages[0]).toBeCloseTo(1 - 4 / 3, 6);
    expect(out.advantages[7]).toBeCloseTo(3 - 4 / 3, 6);
  });
});
