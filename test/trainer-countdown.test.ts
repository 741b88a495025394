import { describe, expect, it } from 'vitest';
import { CD_TOK, checkCountdown, countdownSpace, shortestSolution, teach } from '../src/trainer/countdown.js';
import { t975, meanInterval, pairedInterval } from '../src/trainer/interval.js';
import { advantageStats } from '../src/trainer/metrics.js';
import { checkEstimatorInputs } from '../src/trainer/rl-batch.js';
import { decode, evalSet, makeTask, trainSampler } from '../src/trainer/tasks.js';
import { Rng } from '../src/rng.js';

const task = makeTask('countdown', 3, { teacherSlip: 0.6 });
const enc = (s: string) => Array.from(s, (c) => task.vocab.indexOf(c));
const cd = (nums: number[], target: number) => ({ nums, target });

describe('countdown task', () => {
  it('the checker replays every step: operands available once, results right, the answer reached last', () => {
    const p = cd([3, 5, 7], 22);
    expect(checkCountdown(p, enc('3*5=15,15+7=22,>22.'))).toBe(true);
    expect(checkCountdown(p, enc('3+5=8,8+7=15,!3*5=15,15+7=22,>22.'))).toBe(true); // a retry starts over
    expect(checkCountdown(p, enc('3*5=15,15+7=22,>22'))).toBe(false); // no EOS: truncated
    expect(checkCountdown(p, enc('3*5=16,16+7=23,>22.'))).toBe(false); // a wrong result
    expect(checkCountdown(p, enc('3*5=15,15+7=22,>23.'))).toBe(false); // a wrong answer
    expect(checkCountdown(p, enc('3*5=15,15+5=20,>20.'))).toBe(false); // 5 used twice
    expect(checkCountdown(p, enc('3+5=8,!8+7=15,>15.'))).toBe(false); // 8 belongs to the abandoned attempt
    expect(checkCountdown(p, enc('3*5=15,15+7=22,22-7=15,>22.'))).toBe(false); // the last step does not reach it
    expect(checkCountdown(p, enc('>22.'))).toBe(false);
    expect(checkCountdown(cd([9, 4, 2], 5), enc('9-4=5,>5.'))).toBe(true); // numbers may stay unused
    expect(checkCountdown(cd([9, 4, 2], 5), enc('9-4=05,>5.'))).toBe(false); // no leading zeros
  });

  it('prompts, concise solutions and the held-out set', () => {
    const rng = new Rng(3);
    const p = task.draw(rng);
    expect(p.prompt.length).toBe(task.promptLen);
    expect(decode(p.prompt, task.vocab)).toMatch(/^[1-9]{3}:\d\d$/);
    expect(decode(teach({ nums: [3, 5, 7], target: 22, steps: [] }), task.vocab)).toBe('5*3=15,15+7=22,>22.');
    expect(shortestSolution([9, 4, 2], 5)).toEqual([{ a: 9, op: '-', b: 4, c: 5 }]);
    for (let i = 0; i < 300; i++) {
      const q = task.draw(rng);
      expect(task.check(q, task.solve(q))).toBe(true);
      expect(q.countdown!.nums).not.toContain(q.answer);
    }
    expect(countdownSpace(2)).toBe(112);
    const held = evalSet(task, 128);
    const keys = new Set(held.map(task.key));
    expect(keys.size).toBe(128);
    expect(evalSet(task, 128, 1).some((q) => keys.has(task.key(q)))).toBe(false);
    const draw = trainSampler(task, held);
    for (let i = 0; i < 300; i++) expect(keys.has(task.key(draw(rng)))).toBe(false);
  });

  it('the teacher mixes concise and verbose solutions, and its mistakes are more frequent in the long ones', () => {
    const rng = new Rng(9);
    const short: boolean[] = [];
    const long: boolean[] = [];
    let retries = 0;
    for (let i = 0; i < 2000; i++) {
      const p = task.draw(rng);
      const s = task.solve(p, rng);
      expect(s.length).toBeLessThanOrEqual(task.maxResponse);
      expect(s[s.length - 1]).toBe(CD_TOK.eos);
      if (s.includes(CD_TOK.retry)) retries++;
      const shortest = task.solve(p).length;
      (s.length > shortest ? long : short).push(task.check(p, s));
    }
    const rate = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;
    expect(retries).toBeGreaterThan(200);
    expect(long.length).toBeGreaterThan(500);
    expect(short.length).toBeGreaterThan(500);
    expect(rate(short)).toBeGreaterThan(rate(long) + 0.2);
    expect(rate(long)).toBeGreaterThan(0.1);
  });
});

describe('trainer checks and statistics', () => {
  it('estimator inputs the trainer cannot supply are refused by name', () => {
    expect(() => checkEstimatorInputs('grpo_ktae', ['responses', 'response_mask', 'token_level_rewards', 'index', 'entropy', 'old_log_probs'])).not.toThrow();
    expect(() => checkEstimatorInputs('gae', ['responses', 'values'])).toThrow(/gae reads 'values', which the trainer does not supply/);
  });

  it('advantage statistics, and a non-finite advantage names its step', () => {
    // rollout 0: a broadcast value; rollout 1: token-varying; rollout 2: masked out
    const adv = Float32Array.from([1, 1, 0, -1, 2, 0, 9, 9, 9]);
    const mask = Int32Array.from([1, 1, 0, 1, 1, 0, 0, 0, 0]);
    const s = advantageStats(adv, mask, 3, 3, 7, 'e');
    expect(s.adv_mean).toBeCloseTo(3 / 4);
    expect(s.adv_std).toBeCloseTo(Math.sqrt((7 - 4 * (3 / 4) ** 2) / 3));
    expect(s.adv_max_abs).toBe(2);
    expect(s.adv_token_varying).toBe(0.5);
    adv[4] = NaN;
    expect(() => advantageStats(adv, mask, 3, 3, 7, 'e')).toThrow(/step 7: estimator e returned a non-finite advantage \(NaN\) for rollout 1, token 1/);
    adv[4] = 0;
    adv[2] = NaN; // masked: not trained on
    expect(() => advantageStats(adv, mask, 3, 3, 7, 'e')).not.toThrow();
  });

  it('t intervals and paired differences', () => {
    expect(t975(4)).toBe(2.776);
    expect(t975(120)).toBeCloseTo(1.98, 2);
    const i = meanInterval([0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(i.mean).toBeCloseTo(0.7);
    expect(i.sd).toBeCloseTo(Math.sqrt(0.025));
    expect(i.hi - i.mean).toBeCloseTo((2.776 * Math.sqrt(0.025)) / Math.sqrt(5));
    const d = pairedInterval([0.5, 0.6, 0.7], [0.6, 0.7, 0.8]);
    expect(d.mean).toBeCloseTo(0.1);
    expect(d.hi - d.lo).toBeCloseTo(0, 6);
    expect(meanInterval([0.4])).toMatchObject({ mean: 0.4, lo: 0.4, hi: 0.4 });
  });
});
