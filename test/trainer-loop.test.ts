import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseGpu } from '../src/runtime/device.js';
import type { Batch } from '../src/runtime/batch.js';
import { train, compare, type TrainArgs } from '../src/trainer/index.js';
import { CpuGrpo } from '../src/trainer/cpu-grpo.js';
import { aggWeights, keepGroup, lossDefaults, overlongPenalty } from '../src/trainer/loss-config.js';
import { decode, evalSet, makeTask, TOK, trainSampler } from '../src/trainer/tasks.js';
import { Rng } from '../src/rng.js';

afterAll(releaseGpu);

describe('tasks', () => {
  it('worked solutions pass the checker and slips fail it', () => {
    const task = makeTask('add', 3, { base: 5, teacherSlip: 1 });
    const rng = new Rng(1);
    let slipped = 0;
    for (let i = 0; i < 200; i++) {
      const p = task.draw(rng);
      const sol = task.solve(p);
      expect(task.check(p, sol)).toBe(true);
      expect(sol.length).toBe(task.solutionLen);
      const bad = task.solve(p, rng);
      const hasCarry = sol.some((t, k) => k % 2 === 1 && k < 2 * task.digits && t > 0);
      expect(task.check(p, bad)).toBe(!hasCarry);
      if (hasCarry) slipped++;
    }
    expect(slipped).toBeGreaterThan(50);
    const p = { a: 47, b: 85, answer: 132, prompt: [] };
    const dec = makeTask('add', 2);
    expect(decode(dec.solve(p))).toBe('2131>132.');
    expect(decode(makeTask('add', 2).solve({ a: 12, b: 3, answer: 15, prompt: [] }))).toBe('5010>015.');
    expect(dec.check(p, [...dec.solve(p).slice(0, -1)])).toBe(false); // no EOS: truncated
    expect(makeTask('mul', 3).check({ a: 347, b: 8, answer: 2776, prompt: [] }, makeTask('mul', 3).solve({ a: 347, b: 8, answer: 2776, prompt: [] }))).toBe(true);
  });

  it('held-out, dev and training problems are disjoint', () => {
    const task = makeTask('add', 2, { base: 5 });
    const held = evalSet(task, 64);
    const dev = evalSet(task, 64, 1);
    const keys = new Set(held.map(task.key));
    expect(keys.size).toBe(64);
    expect(dev.some((p) => keys.has(task.key(p)))).toBe(false);
    const draw = trainSampler(task, held);
    const rng = new Rng(2);
    for (let i = 0; i < 500; i++) expect(keys.has(task.key(draw(rng)))).toBe(false);
  });
});

describe('loss settings', () => {
  it('per-estimator defaults', () => {
    expect(lossDefaults('dapo_ktae')).toMatchObject({ clipLow: 0.2, clipHigh: 0.28, lossAgg: 'token-mean', dynamicSampling: true, overlong: true });
    expect(lossDefaults('stdlib/dapo.adv')).toMatchObject({ clipHigh: 0.28 });
    expect(lossDefaults('grpo_ktae')).toMatchObject({ clipLow: 0.2, clipHigh: 0.2, dynamicSampling: false, overlong: false });
  });

  it('aggregation weights implement the four verl modes', () => {
    // row 0: 2 tokens, row 1: 1 token, row 2: none
    const mask = Int32Array.from([1, 1, 0, 1, 0, 0, 0, 0, 0]);
    expect(Array.from(aggWeights(mask, 3, 3, 'token-mean'))).toEqual([1 / 3, 1 / 3, 0, 1 / 3, 0, 0, 0, 0, 0].map(Math.fround));
    expect(Array.from(aggWeights(mask, 3, 3, 'seq-mean-token-sum'))).toEqual([0.5, 0.5, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(Array.from(aggWeights(mask, 3, 3, 'seq-mean-token-mean'))).toEqual([0.25, 0.25, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(Array.from(aggWeights(mask, 3, 3, 'seq-mean-token-sum-norm'))).toEqual([1 / 3, 1 / 3, 0, 1 / 3, 0, 0, 0, 0, 0].map(Math.fround));
  });

  it('overlong shaping and dynamic-sampling filter follow the DAPO recipe', () => {
    expect(overlongPenalty(12, 16, 4, 1)).toBe(0);
    expect(overlongPenalty(14, 16, 4, 1)).toBeCloseTo(-0.5);
    expect(overlongPenalty(16, 16, 4, 1)).toBeCloseTo(-1);
    expect(keepGroup([1, 1, 1])).toBe(false);
    expect(keepGroup([0, 1, 0])).toBe(true);
    expect(keepGroup([0])).toBe(true);
  });
});

describe('CPU GRPO estimator', () => {
  it('matches the reference fixture', async () => {
    const fx = JSON.parse(readFileSync(new URL('./fixtures/grpo-small.json', import.meta.url), 'utf8'));
    const inp = fx.inputs;
    const B = inp.responses.length;
    const T = inp.responses[0].length;
    const batch: Batch = {
      B,
      T,
      responses: Int32Array.from(inp.responses.flat()),
      response_mask: Int32Array.from(inp.response_mask.flat()),
      token_level_rewards: Float32Array.from(inp.token_level_rewards.flat()),
      index: Int32Array.from(inp.index),
    };
    const out = await new CpuGrpo().run(batch);
    const want = (fx.expected.advantages as number[][]).flat();
    want.forEach((v, i) => expect(out.advantages[i]).toBeCloseTo(v, 4));
  });
});

describe('training loop', () => {
  const tiny: Partial<TrainArgs> = {
    task: 'add',
    digits: 2,
    base: 4,
    layers: 1,
    width: 16,
    heads: 2,
    ff: 32,
    sftSteps: 6,
    sftTarget: 0,
    steps: 3,
    promptsPerStep: 2,
    groupSize: 4,
    evalSize: 16,
    evalEvery: 2,
    checkpointEvery: 1,
    lr: 1e-3,
  };
  const strip = (rows: object[]) => rows.map((r) => ({ ...r, seconds: 0 }));

  it('writes metrics, checkpoints and curves, deterministically, and resumes to the same run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-train-'));
    const a = await train({ ...tiny, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3, out: join(dir, 'a') });
    const rows = readFileSync(join(dir, 'a', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ step: 0 });
    expect(rows[0]).toHaveProperty('eval_accuracy');
    expect(rows[0]).toHaveProperty('eval_response_length');
    const steps = rows.filter((r) => 'reward_mean' in r);
    expect(steps.map((r) => r.step)).toEqual([1, 2, 3]);
    for (const k of ['step', 'reward_mean', 'accuracy', 'response_length_mean', 'entropy', 'seconds', 'policy_loss', 'clipfrac', 'adv_mean', 'adv_std', 'adv_max_abs', 'adv_token_varying'])
      expect(steps[0]).toHaveProperty(k);
    expect(steps[0]).not.toHaveProperty('kl'); // the KL penalty is off
    expect(rows[0].eval_response_length_std).toBeGreaterThanOrEqual(0);
    // GRPO broadcasts one advantage per rollout: the aggregated loss at ratio 1 is minus the mean advantage
    for (const r of steps) {
      expect(r.adv_token_varying).toBe(0);
      expect(r.policy_loss).toBeCloseTo(-r.adv_mean, 5);
    }
    expect(rows.filter((r) => 'eval_accuracy' in r).map((r) => r.step)).toEqual([0, 2, 3]);
    expect(readFileSync(join(dir, 'a', 'curves.svg'), 'utf8')).toContain('<svg');
    const meta = JSON.parse(readFileSync(join(dir, 'a', 'checkpoint.json'), 'utf8'));
    expect(meta.step).toBe(3);
    expect(readdirSync(join(dir, 'a')).filter((f) => f.endsWith('.bin'))).toEqual(['ckpt-3.bin']);
    expect(readdirSync(join(dir, 'a')).some((f) => f.includes('.tmp'))).toBe(false);

    const b = await train({ ...tiny, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3 });
    expect(strip(b.rows)).toEqual(strip(a.rows));
    expect(Array.from(b.params)).toEqual(Array.from(a.params));

    // stop after 2 steps, then resume to 3: the same run
    await train({ ...tiny, steps: 2, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3, out: join(dir, 'c') });
    const c = await train({ ...tiny, resume: true, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3, out: join(dir, 'c') });
    expect(strip(c.rows.filter((r) => r.step !== 2 || !('eval_accuracy' in r)))).toEqual(
      strip(a.rows.filter((r) => r.step !== 2 || !('eval_accuracy' in r))),
    );
    expect(Array.from(c.params)).toEqual(Array.from(a.params));
    await expect(train({ ...tiny, width: 24, resume: true, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3, out: join(dir, 'c') })).rejects.toThrow(/different settings/);

    await expect(train({ ...tiny, resume: true, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 3, out: join(dir, 'none') })).rejects.toThrow(/holds no checkpoint/);

    const d = await train({ ...tiny, estimator: new CpuGrpo(), estimatorName: 'grpo', seed: 4 });
    expect(Array.from(d.params)).not.toEqual(Array.from(a.params));
  });

  it('KL to the post-SFT reference is zero at the first step and grows after updates', async () => {
    // an estimator that always has an opinion (the tiny policy never solves a problem, so GRPO's would be 0)
    const alternating = {
      name: 'alternating',
      run: async (b: Batch) => {
        const adv = new Float32Array(b.B * b.T).map((_, i) => (Math.floor(i / b.T) % 2 ? -1 : 1) * b.response_mask[i]);
        expect(b.ref_log_probs).toBeDefined();
        return { advantages: adv, returns: adv };
      },
    };
    const r = await train({ ...tiny, lr: 1e-2, loss: { klCoef: 0.05, lossAgg: 'seq-mean-token-mean' }, estimator: alternating, estimatorName: 'grpo', seed: 5 });
    const st = r.rows.filter((x) => 'kl' in x) as { kl: number }[];
    expect(st[0].kl).toBe(0);
    expect(st[2].kl).toBeGreaterThan(0);
    expect(r.loss.lossAgg).toBe('seq-mean-token-mean');
  });

  it('DAPO settings: dynamic sampling refills, clip-higher, token-mean; compare writes a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-cmp-'));
    const r = await compare({
      ...tiny,
      steps: 2,
      ppoEpochs: 2,
      estimators: [
        { name: 'grpo', estimator: new CpuGrpo() },
        { name: 'dapo', estimator: new CpuGrpo() },
      ],
      seeds: 2,
      out: dir,
    });
    const dapo = r.runs.find((x) => x.estimator === 'dapo')!.result;
    expect(dapo.loss).toMatchObject({ clipHigh: 0.28, dynamicSampling: true, overlong: true });
    const st = dapo.rows.filter((x) => 'gen_batches' in x) as { gen_batches: number; kept_groups: number; clipfrac: number }[];
    // groups whose rollouts are all right or all wrong are dropped and new prompts drawn, up to 3 batches
    for (const s of st) {
      expect(s.kept_groups).toBeLessThanOrEqual(2);
      expect(s.gen_batches).toBe(s.kept_groups < 2 ? 3 : s.gen_batches);
      expect(s.gen_batches).toBeGreaterThanOrEqual(1);
    }
    const grpo = r.runs.find((x) => x.estimator === 'grpo')!.result;
    for (const s of grpo.rows.filter((x) => 'gen_batches' in x) as { gen_batches: number; kept_groups: number }[]) {
      expect(s.gen_batches).toBe(1);
      expect(s.kept_groups).toBe(2);
    }
    const report = readFileSync(r.reportPath, 'utf8');
    expect(report).toContain('| grpo |');
    expect(report).toContain('| dapo |');
    expect(report).toMatch(/\| dapo \| [\d.]+ \| [\d.]+ \[[\d.-]+, [\d.-]+\] \|/); // 95% intervals over the two seeds
    expect(report).toContain('accuracy − grpo');
    expect(existsSync(join(dir, 'accuracy.svg'))).toBe(true);
    expect(readFileSync(join(dir, 'length.svg'), 'utf8')).toContain('<polygon');
    // both estimators of a seed start from the same SFT weights
    const starts = r.runs.filter((x) => x.seed === 1).map((x) => x.result.evalStart);
    expect(starts[0]).toBe(starts[1]);
  });

  it('feeds the estimator entropy and old log-probs, refuses inputs it cannot supply before SFT, and stops at a non-finite advantage', async () => {
    const seen: Batch[] = [];
    const spy = { name: 'spy', run: async (b: Batch) => (seen.push(b), new CpuGrpo().run(b)) };
    await train({ ...tiny, task: 'countdown', digits: 2, steps: 1, estimator: spy, estimatorName: 'grpo', estimatorInputs: ['entropy', 'old_log_probs'], seed: 1 });
    const b = seen[0];
    const masked = (x: Float32Array) => Array.from(x).filter((_, i) => b.response_mask[i]);
    expect(masked(b.entropy!).every((v) => v >= 0 && v <= Math.log(20) + 1e-4)).toBe(true);
    expect(masked(b.entropy!).some((v) => v > 0)).toBe(true);
    expect(masked(b.old_log_probs!).every((v) => v <= 0 && v > -50)).toBe(true);

    let ran = false;
    const never = { name: 'never', run: async (bb: Batch) => ((ran = true), new CpuGrpo().run(bb)) };
    await expect(train({ ...tiny, estimator: never, estimatorName: 'gae', estimatorInputs: ['values'], seed: 1 })).rejects.toThrow(/gae reads 'values'/);
    expect(ran).toBe(false);

    const nan = { name: 'nan', run: async (bb: Batch) => ({ advantages: new Float32Array(bb.B * bb.T).fill(NaN), returns: new Float32Array(bb.B * bb.T) }) };
    await expect(train({ ...tiny, estimator: nan, estimatorName: 'nan', seed: 1 })).rejects.toThrow(/step 1: estimator nan returned a non-finite advantage/);
  });
});
