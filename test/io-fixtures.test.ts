import { describe, expect, it } from 'vitest';
import { describeJudge, judge, listFixtures, loadFixture } from './helpers/fixtures.js';

const NAMES = [
  'gae-small', 'grpo-small', 'grpo-uneven', 'ktae-mixed', 'ktae-pm1', 'ktae-small', 'ktae-uneven',
  'otb-0', 'otb-1', 'otb-2', 'passk-0', 'passk-1', 'passk-2',
  'reinforce-pp-small', 'remax-small', 'rloo-small', 'top-entropy-0', 'top-entropy-1', 'top-entropy-2',
];

describe('reference fixtures', () => {
  it('lists all nineteen', () => {
    expect(listFixtures()).toEqual(NAMES);
  });

  for (const name of NAMES) {
    it(`loads ${name} and passes its own expected values`, () => {
      const f = loadFixture(name);
      expect(f.name).toBe(name);
      const { B, T } = f.batch;
      expect(f.batch.responses.length).toBe(B * T);
      expect(f.expected.advantages.length).toBe(B * T);
      expect(f.expected.returns.length).toBe(B * T);
      expect(f.batch.index.length).toBe(B);
      if (f.estimator === 'gae') expect(f.batch.values?.length).toBe(B * T);
      if (f.estimator === 'remax') expect(f.batch.reward_baselines?.length).toBe(B);
      if (f.estimator === 'optimal_token_baseline') expect(f.batch.sum_pi_squared?.length).toBe(B * T);
      if (f.estimator === 'top_entropy_grpo') expect(f.batch.entropy?.length).toBe(B * T);
      expect(f.alternatives !== undefined).toBe(f.estimator === 'ktae');
      const r = judge(f, { advantages: f.expected.advantages, returns: f.expected.returns });
      expect(r.failed, describeJudge(f, r)).toBe(0);
      // every masked position of both outputs was judged
      const masked = f.batch.response_mask.reduce((n, m) => n + m, 0);
      expect(r.passed).toBe(2 * masked);
    });
  }

  it('reads ktae-small as in the file (spot values)', () => {
    const f = loadFixture('ktae-small');
    expect(f.estimator).toBe('ktae');
    expect(f.params['zero_token_id']).toBe(151643);
    expect([f.batch.B, f.batch.T]).toEqual([32, 64]);
    expect(Array.from(f.batch.responses.subarray(0, 4))).toEqual([1, 2, 1650, 20]);
    expect(Array.from(f.batch.index.subarray(7, 9))).toEqual([1000, 1001]);
    // alternatives of all four variants, flattened; the first one of the first variant:
    expect(f.alternatives!.length).toBe(358 + 0 + 366 + 34);
    expect(f.alternatives![0]).toEqual([8, 12, -1.2102214097976685]);
  });
});

describe('judge', () => {
  it('fails a perturbed value and says where', () => {
    const f = loadFixture('grpo-small');
    const T = f.batch.T;
    const i = f.batch.response_mask.indexOf(1, 3 * T); // first masked position of row 3
    const col = i - 3 * T;
    const adv = f.expected.advantages.slice();
    adv[i] = adv[i]! + 0.01;
    const r = judge(f, { advantages: adv, returns: f.expected.returns });
    expect(r.failed).toBe(1);
    expect(r.firstFailures).toEqual([`advantages row 3 col ${col}: got ${adv[i]}, want ${f.expected.advantages[i]}`]);
  });

  it('accepts a value within 2e-4 + 2e-4*|want| and rejects one just outside', () => {
    const f = loadFixture('rloo-small');
    const i = f.batch.response_mask.indexOf(1);
    const want = f.expected.advantages[i]!;
    const tol = 2e-4 + 2e-4 * Math.abs(want);
    const near = f.expected.advantages.slice();
    near[i] = want + tol * 0.9;
    expect(judge(f, { advantages: near, returns: f.expected.returns }).failed).toBe(0);
    near[i] = want + tol * 1.1;
    expect(judge(f, { advantages: near, returns: f.expected.returns }).failed).toBe(1);
  });

  it('does not judge padded positions', () => {
    const f = loadFixture('grpo-uneven');
    const adv = f.expected.advantages.slice();
    const pad = f.batch.response_mask.indexOf(0);
    expect(pad).toBeGreaterThan(0);
    adv[pad] = 1e6;
    expect(judge(f, { advantages: adv, returns: f.expected.returns }).failed).toBe(0);
  });

  it('accepts a KTAE alternative value at its position, but not elsewhere', () => {
    const f = loadFixture('ktae-small');
    const T = f.batch.T;
    const [row, col, alt] = f.alternatives!.find(([r, c, v]) => Math.abs(v - f.expected.advantages[r * T + c]!) > 1e-2)!;
    const adv = f.expected.advantages.slice();
    adv[row * T + col] = alt;
    expect(judge(f, { advantages: adv, returns: adv }).failed).toBe(0);
    // the same value at a masked position with no alternatives fails
    const other = f.batch.response_mask.findIndex(
      (m, i) => m === 1 && !f.alternatives!.some(([r, c]) => r * T + c === i) && Math.abs(f.expected.advantages[i]! - alt) > 1e-2,
    );
    const adv2 = f.expected.advantages.slice();
    adv2[other] = alt;
    const r = judge(f, { advantages: adv2, returns: f.expected.returns });
    expect(r.failed).toBe(1);
    expect(r.firstFailures[0]).toContain(`advantages row ${Math.floor(other / T)} col ${other % T}: got ${Math.fround(alt)}`);
  });

  it('mentions alternatives in a failure at a KTAE position that has them', () => {
    const f = loadFixture('ktae-small');
    const T = f.batch.T;
    const [row, col] = f.alternatives![0]!;
    const adv = f.expected.advantages.slice();
    adv[row * T + col] = 99;
    const r = judge(f, { advantages: adv, returns: f.expected.returns }, { fields: ['advantages'] });
    expect(r.failed).toBe(1);
    expect(r.firstFailures[0]).toMatch(new RegExp(`^advantages row ${row} col ${col}: got 99, want .* \\(or an alternative: `));
  });

  it('counts a missing or wrongly sized output as failed at every masked position', () => {
    const f = loadFixture('remax-small');
    const masked = f.batch.response_mask.reduce((n, m) => n + m, 0);
    const r = judge(f, { advantages: f.expected.advantages } as never);
    expect(r.failed).toBe(masked);
    expect(r.firstFailures).toEqual(['returns: missing from the outputs']);
    const r2 = judge(f, { advantages: new Float32Array(3), returns: f.expected.returns });
    expect(r2.failed).toBe(masked);
    expect(r2.firstFailures[0]).toBe(`advantages: has 3 values, expected ${f.batch.B * f.batch.T} (${f.batch.B}x${f.batch.T})`);
  });

  it('reports at most maxReported failures but counts them all', () => {
    const f = loadFixture('grpo-small');
    const r = judge(f, { advantages: f.expected.advantages.map((v) => v + 1), returns: f.expected.returns }, { maxReported: 3 });
    expect(r.failed).toBe(f.batch.response_mask.reduce((n, m) => n + m, 0));
    expect(r.firstFailures.length).toBe(3);
  });
});
