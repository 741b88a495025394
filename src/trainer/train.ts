// The RL training loop: SFT warm start on worked solutions, then per step: draw prompts, sample G
// rollouts each on the WebGPU device, score them, (DAPO) drop groups with equal accuracies and refill, shape
// overlong rewards, get token advantages from the estimator, and take PPO-clip updates. Evaluates
// greedy accuracy on a fixed held-out set, logs metrics.jsonl, writes checkpoints and curves.svg.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Estimator } from '../runtime/batch.js';
import { getGpu } from '../runtime/device.js';
import { isCpuAdapter } from '../runtime/executor.js';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.js';
import { GpuCtx } from './gpu.js';
import { aggWeights, keepGroup, lossDefaults, overlongPenalty, ppoTokenLoss, type LossHyper, type LossSettings } from './loss-config.js';
import { advantageStats, isEval, meanStd, type EvalRow, type MetricRow, type StepRow } from './metrics.js';
import type { ModelConfig } from './model-config.js';
import { GpuPolicy, type AdamHyper } from './policy.js';
import { checkEstimatorInputs, stepBatch, type Rollouts } from './rl-batch.js';
import { Rng } from '../rng.js';
import { sft, subSeed as sub } from './sft.js';
import { TASK_DEFAULTS, TRAIN_DEFAULTS, type TrainOptions } from './defaults.js';
import { evalSet, makeTask, trainSampler, type Problem, type Task, type TaskName } from './tasks.js';
import { runCurvesSvg } from './plots.js';

export type { EvalRow, MetricRow, StepRow } from './metrics.js';
export { DEMO_OPTIONS, TRAIN_DEFAULTS, type TrainOptions } from './defaults.js';

export interface Progress {
  phase: 'sft' | 'rl' | 'eval';
  step: number;
  total: number;
  row?: MetricRow;
}

export interface TrainResult {
  out?: string;
  rows: MetricRow[];
  evals: EvalRow[];
  /** First (post-SFT) and last held-out accuracy. */
  evalStart: number;
  evalEnd: number;
  seconds: number;
  loss: LossSettings;
  params: Float32Array;
}

export type TrainArgs = Partial<TrainOptions> & {
  estimator: Estimator;
  estimatorName: string;
  /** The batch fields the estimator reads (checked before SFT); unknown = the four required ones. */
  estimatorInputs?: readonly string[];
  onProgress?(step: number, info: Progress): void;
};

const ADAM = { beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0.0, maxGradNorm: 1.0 };

export function modelConfig(o: TrainOptions, task: Task): ModelConfig {
  return { vocab: task.vocab.length, T: task.promptLen + task.maxResponse, d: o.width, heads: o.heads, ff: o.ff, layers: o.layers };
}

/** The defaults of a task: TRAIN_DEFAULTS under the task's own (countdown: its policy size and schedule). */
export function taskDefaults(task: TaskName): TrainOptions {
  return { ...TRAIN_DEFAULTS, ...TASK_DEFAULTS[task], task };
}

/** Options as a run uses them: the task's defaults under what was given. */
export function resolveOptions(args: Partial<TrainOptions>): TrainOptions {
  return { ...taskDefaults(args.task ?? TRAIN_DEFAULTS.task), ...stripUndefined(args) };
}

export async function train(args: TrainArgs): Promise<TrainResult> {
  const { estimator, estimatorName, onProgress } = args;
  const o = resolveOptions(args);
  const loss: LossSettings = { ...lossDefaults(estimatorName), ...stripUndefined(o.loss ?? {}) };
  if (loss.clipC <= 1) throw new Error('clipC (dual-clip bound) must be > 1');
  const inputs = args.estimatorInputs ?? [];
  checkEstimatorInputs(estimatorName, inputs);
  const wantsRef = loss.klCoef > 0 || inputs.includes('ref_log_probs');
  const task = makeTask(o.task, o.digits, { base: o.base, teacherSlip: o.teacherSlip });
  const cfg = modelConfig(o, task);
  const G = o.groupSize;
  const seqs = o.promptsPerStep * G;
  const P = task.promptLen;
  const Tr = task.maxResponse;
  const T = cfg.T;
  const gpu = await getGpu();
  const ctx = new GpuCtx(gpu.device);
  ctx.waiter.enabled = isCpuAdapter(gpu);
  const pol = new GpuPolicy(ctx, cfg, seqs);
  const held = evalSet(task, o.evalSize);
  const drawTrain = trainSampler(task, held);
  const identity = { task: o.task, digits: o.digits, base: o.base, teacherSlip: o.teacherSlip, cfg, seqs, seed: o.seed, estimatorName, sftSteps: o.sftSteps, sftTarget: o.sftTarget };
  const rows: MetricRow[] = [];
  const out = o.out;
  if (out) mkdirSync(out, { recursive: true });
  const metricsPath = out ? join(out, 'metrics.jsonl') : '';

  let t0 = performance.now();
  let secondsBase = 0;
  const seconds = () => Math.round((secondsBase + (performance.now() - t0) / 1000) * 1000) / 1000;
  const log = (row: MetricRow) => {
    rows.push(row);
    if (out) appendFileSync(metricsPath, JSON.stringify(row) + '\n');
  };

  const grid = (probs: Problem[]) => {
    const tok = new Int32Array(seqs * T).fill(task.pad);
    for (let n = 0; n < seqs; n++) tok.set(probs[Math.min(n, probs.length - 1)].prompt, n * T);
    return tok;
  };

  const dev = evalSet(task, o.evalSize, 1);
  const evaluate = async (step: number, record = true): Promise<EvalRow> => {
    const probs = record ? held : dev;
    let correct = 0;
    const lens: number[] = [];
    for (let i = 0; i < probs.length; i += seqs) {
      const chunk = probs.slice(i, i + seqs);
      pol.setTokens(grid(chunk));
      const g = await pol.generate({ seed: 0, temperature: 0, promptLen: P, eos: task.eos, pad: task.pad });
      chunk.forEach((p, n) => {
        const resp = g.tokens.subarray(n * T + P, (n + 1) * T);
        correct += task.check(p, resp) ? 1 : 0;
        lens.push(responseLength(resp, task.eos));
      });
    }
    const len = meanStd(lens);
    const row: EvalRow = { step, eval_accuracy: correct / probs.length, eval_response_length: len.mean, eval_response_length_std: len.std, seconds: seconds() };
    if (record) {
      log(row);
      onProgress?.(step, { phase: 'eval', step, total: o.steps, row });
    }
    return row;
  };

  const checkpoint = async (step: number) => {
    if (!out) return;
    const s = await pol.getState();
    const ref = await ctx.readF32(pol.refParams, pol.layout.total);
    saveCheckpoint(out, { step, adamStep: pol.step, seconds: seconds(), metricsRows: rows.length, identity }, { ...s, ref });
  };

  // ---- start: resume, or initialise + SFT + first evaluation
  let startStep = 0;
  const resumed = out && o.resume ? loadCheckpoint(out) : undefined;
  if (o.resume && !resumed) throw new Error(`cannot resume ${out ?? '(no output directory)'}: it holds no checkpoint.json`);
  if (resumed) {
    if (JSON.stringify(resumed.meta.identity) !== JSON.stringify(identity))
      throw new Error(`cannot resume ${out}: it was started with different settings (${JSON.stringify(resumed.meta.identity)})`);
    pol.setState({ ...resumed.state, step: resumed.meta.adamStep });
    pol.setRefParams(resumed.state.ref);
    startStep = resumed.meta.step;
    secondsBase = resumed.meta.seconds;
    const kept = existsSync(metricsPath) ? readFileSync(metricsPath, 'utf8').split('\n').filter(Boolean).slice(0, resumed.meta.metricsRows) : [];
    writeFileAtomic(metricsPath, kept.map((l) => l + '\n').join(''));
    for (const l of kept) rows.push(JSON.parse(l) as MetricRow);
  } else {
    if (out) writeFileSync(metricsPath, '');
    const tag = `${o.task}${o.digits}b${o.base}t${o.teacherSlip}`;
    await sft({ ...o, tag }, task, pol, ctx, cfg, ADAM, drawTrain, grid, (p) => onProgress?.(p.step, { phase: 'sft', ...p }), (s) => evaluate(s, false));
    pol.snapshotRef();
    pol.resetOptimizer();
    await evaluate(0);
    await checkpoint(0);
  }

  // ---- RL
  const lossH: LossHyper = { mode: 'ppo', temperature: o.temperature, clipLow: loss.clipLow, clipHigh: loss.clipHigh, clipC: loss.clipC, klCoef: loss.klCoef };
  const adam: AdamHyper = { lr: o.lr, ...ADAM };
  for (let step = startStep + 1; step <= o.steps; step++) {
    const rng = new Rng(sub(o.seed, 2, step));
    const batches: Rollouts[] = [];
    const kept: { b: number; g: number }[] = [];
    const maxBatches = loss.dynamicSampling ? Math.max(1, loss.maxGenBatches) : 1;
    while (batches.length < maxBatches && kept.length < o.promptsPerStep) {
      const probs = Array.from({ length: o.promptsPerStep }, () => drawTrain(rng));
      const roll = await rollout(probs, sub(o.seed, 3, step * 64 + batches.length));
      batches.push(roll);
      for (let g = 0; g < o.promptsPerStep; g++) {
        const acc = Array.from(roll.correct.subarray(g * G, (g + 1) * G));
        if (!loss.dynamicSampling || keepGroup(acc)) kept.push({ b: batches.length - 1, g });
      }
    }
    const use = kept.slice(0, o.promptsPerStep);
    const { batch, tokens, oldLp } = stepBatch(batches, use, { groups: o.promptsPerStep, G, T, P, Tr, pad: task.pad }, { sumPiSquared: inputs.includes('sum_pi_squared') });
    const w = aggWeights(batch.response_mask, seqs, Tr, loss.lossAgg);
    const tgt = new Int32Array(seqs * T).fill(-1);
    const rowd = new Float32Array(seqs * T * 4);
    pol.setTokens(tokens);
    let refLp: Float32Array | undefined;
    if (wantsRef) {
      for (let n = 0; n < seqs; n++) for (let t = 0; t < Tr; t++) if (batch.response_mask[n * Tr + t]) tgt[n * T + P + t - 1] = batch.responses[n * Tr + t];
      pol.setLossRows(tgt, rowd);
      refLp = await pol.logProbs(lossH, true);
      batch.ref_log_probs = new Float32Array(seqs * Tr);
      for (let n = 0; n < seqs; n++) for (let t = 0; t < Tr; t++) batch.ref_log_probs[n * Tr + t] = refLp[(n * T + P + t - 1) * 4];
    }
    const outs = await estimator.run(batch);
    const adv = outs.advantages;
    if (adv.length !== seqs * Tr) throw new Error(`estimator ${estimator.name} returned ${adv.length} advantages, expected ${seqs * Tr}`);
    const advStats = advantageStats(adv, batch.response_mask, seqs, Tr, step, estimatorName);
    for (let n = 0; n < seqs; n++)
      for (let t = 0; t < Tr; t++) {
        const i = n * Tr + t;
        if (!batch.response_mask[i]) continue;
        const row = n * T + P + t - 1;
        tgt[row] = batch.responses[i];
        rowd.set([w[i], adv[i], oldLp[row], refLp ? refLp[row * 4] : 0], row * 4);
      }
    pol.setLossRows(tgt, rowd);
    let entropy = 0;
    let clipfrac = 0;
    let kl = 0;
    let policyLoss = 0;
    const tokensN = batch.response_mask.reduce((s, v) => s + v, 0);
    for (let e = 0; e < o.ppoEpochs; e++) {
      pol.update(lossH, adam);
      const st = await pol.readStats();
      let ent = 0;
      for (let r = 0; r < seqs * T; r++) {
        if (tgt[r] < 0) continue;
        ent += st[r * 4 + 1];
        clipfrac += st[r * 4 + 2];
        kl += st[r * 4 + 3];
        // the loss the update descended, at the weights before it (stats come from its forward pass)
        policyLoss += rowd[r * 4] * ppoTokenLoss(st[r * 4], rowd[r * 4 + 2], rowd[r * 4 + 3], rowd[r * 4 + 1], lossH).loss;
      }
      if (e === 0) entropy = ent / Math.max(tokensN, 1);
    }
    const perEpochToken = Math.max(tokensN, 1) * Math.max(o.ppoEpochs, 1);
    let nRoll = 0;
    let rew = 0;
    let acc = 0;
    let len = 0;
    for (const b of batches)
      for (let n = 0; n < seqs; n++) {
        nRoll++;
        rew += b.reward[n];
        acc += b.correct[n];
        len += b.length[n];
      }
    const row: StepRow = {
      step,
      reward_mean: rew / nRoll,
      accuracy: acc / nRoll,
      response_length_mean: len / nRoll,
      entropy,
      seconds: seconds(),
      policy_loss: policyLoss / Math.max(o.ppoEpochs, 1),
      clipfrac: clipfrac / perEpochToken,
      ...(loss.klCoef > 0 ? { kl: kl / perEpochToken } : {}),
      kept_groups: use.length,
      gen_batches: batches.length,
      ...advStats,
    };
    log(row);
    onProgress?.(step, { phase: 'rl', step, total: o.steps, row });
    if (step % o.evalEvery === 0 || step === o.steps) await evaluate(step);
    if (step % o.checkpointEvery === 0 || step === o.steps) await checkpoint(step);
  }
  if (rows.filter(isEval).length === 0) await evaluate(o.steps);
  const evals = rows.filter(isEval);
  if (out) writeFileAtomic(join(out, 'curves.svg'), runCurvesSvg(rows, `${estimatorName} · ${o.task}${o.digits} · seed ${o.seed}`));
  const params = (await pol.getState()).params;
  return {
    out,
    rows,
    evals,
    evalStart: evals[0].eval_accuracy,
    evalEnd: evals[evals.length - 1].eval_accuracy,
    seconds: seconds(),
    loss,
    params,
  };

  async function rollout(probs: Problem[], seed: number): Promise<Rollouts> {
    // each prompt on the G rows of its group
    pol.setTokens(grid(Array.from({ length: seqs }, (_, n) => probs[Math.floor(n / G)])));
    const gen = await pol.generate({ seed, temperature: o.temperature, promptLen: P, eos: task.eos, pad: task.pad });
    const correct = new Uint8Array(seqs);
    const length = new Int32Array(seqs);
    const reward = new Float32Array(seqs);
    for (let n = 0; n < seqs; n++) {
      const resp = gen.tokens.subarray(n * T + P, (n + 1) * T);
      const p = probs[Math.floor(n / G)];
      correct[n] = task.check(p, resp) ? 1 : 0;
      length[n] = responseLength(resp, task.eos);
      reward[n] = correct[n] + (loss.overlong ? overlongPenalty(length[n], Tr, loss.overlongBuffer, loss.overlongPenalty) : 0);
    }
    return { ...gen, problems: probs, correct, length, reward };
  }
}

/** Response tokens up to and including EOS (all of them when there is no EOS). */
export function responseLength(resp: ArrayLike<number>, eos: number): number {
  for (let i = 0; i < resp.length; i++) if (resp[i] === eos) return i + 1;
  return resp.length;
}

function stripUndefined<T extends object>(x: T): Partial<T> {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as Partial<T>;
}
