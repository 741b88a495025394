// The RL training loop: SFT warm start on worked solutions, then per step: draw prompts, sample G
// rollouts each on the GPU, score them, (DAPO) drop groups with equal accuracies and refill, shape
// overlong rewards, get token advantages from the estimator, and take PPO-clip updates. Evaluates
// greedy accuracy on a fixed held-out set, logs metrics.jsonl, writes checkpoints and curves.svg.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch, Estimator } from '../runtime/batch.js';
import { getGpu } from '../runtime/device.js';
import { isCpuAdapter } from '../runtime/executor.js';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.js';
import { GpuCtx } from './gpu.js';
import { initParams } from './init.js';
import { aggWeights, keepGroup, lossDefaults, overlongPenalty, type LossSettings } from './loss-config.js';
import type { ModelConfig } from './model-config.js';
import { GpuPolicy, type AdamHyper, type LossHyper } from './policy.js';
import { Rng } from '../rng.js';
import { evalSet, makeTask, trainSampler, TOK, VOCAB_SIZE, type Problem, type Task, type TaskName } from './tasks.js';
import { runCurvesSvg } from './plots.js';

export interface TrainOptions {
  task: TaskName;
  /** Difficulty: number of digits of the first operand. */
  digits: number;
  /** Number base of the operands. */
  base: number;
  /** Probability that the SFT teacher drops a due carry (see TaskOptions.teacherSlip). */
  teacherSlip: number;
  /** RL steps. */
  steps: number;
  seed: number;
  /** Output directory (metrics.jsonl, curves.svg, checkpoints); none = keep everything in memory. */
  out?: string;
  /** Continue from out/checkpoint.json when it exists. */
  resume: boolean;
  layers: number;
  width: number;
  heads: number;
  ff: number;
  /** Most SFT steps. */
  sftSteps: number;
  sftLr: number;
  /**
   * SFT stops early once greedy accuracy on a separate dev set (not the held-out set) reaches this,
   * checked every 10 steps, so RL starts from partial competence whatever the seed (0 = never).
   */
  sftTarget: number;
  promptsPerStep: number;
  groupSize: number;
  lr: number;
  temperature: number;
  ppoEpochs: number;
  evalEvery: number;
  evalSize: number;
  checkpointEvery: number;
  /** Report dev-set accuracy through onProgress every N SFT steps (0 = never; for choosing sftSteps). */
  sftEvalEvery: number;
  /** Reuse post-SFT weights across runs with the same seed and shapes (used by compare). */
  sftCacheDir?: string;
  /** Loss settings; unset fields take the estimator's defaults (see lossDefaults). */
  loss: Partial<LossSettings>;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  task: 'add',
  digits: 3,
  base: 5,
  teacherSlip: 0.6,
  steps: 80,
  seed: 1,
  resume: false,
  layers: 2,
  width: 48,
  heads: 4,
  ff: 96,
  sftSteps: 300,
  sftLr: 1e-2,
  sftTarget: 0.3,
  promptsPerStep: 16,
  groupSize: 8,
  lr: 2e-3,
  temperature: 1,
  ppoEpochs: 1,
  evalEvery: 10,
  evalSize: 256,
  checkpointEvery: 10,
  sftEvalEvery: 0,
  loss: {},
};

/** A shortened run for `npm run demo` (about two minutes on two cores): fewer RL steps, a smaller held-out set. */
export const DEMO_OPTIONS: Partial<TrainOptions> = { steps: 40, evalEvery: 10, evalSize: 128 };

export interface StepRow {
  step: number;
  reward_mean: number;
  accuracy: number;
  response_length_mean: number;
  entropy: number;
  seconds: number;
  clipfrac: number;
  kl: number;
  kept_groups: number;
  gen_batches: number;
  grad_norm?: number;
}

export interface EvalRow {
  step: number;
  eval_accuracy: number;
  eval_response_length: number;
  seconds: number;
}

export type MetricRow = StepRow | EvalRow;

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
  onProgress?(step: number, info: Progress): void;
};

const ADAM = { beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0.0, maxGradNorm: 1.0 };

/** Deterministic per-purpose seeds derived from the run seed. */
function sub(seed: number, tag: number, i: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(tag, 0x85ebca77) ^ Math.imul(i + 1, 0xc2b2ae3d)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

interface Rollouts {
  problems: Problem[]; // per group
  tokens: Int32Array; // [seqs, T]
  logp: Float32Array; // [seqs, T] row-aligned (row predicts the next token)
  correct: Uint8Array; // [seqs]
  length: Int32Array; // [seqs] response tokens incl. EOS
  reward: Float32Array; // [seqs]
}

export function modelConfig(o: TrainOptions, task: Task): ModelConfig {
  return { vocab: VOCAB_SIZE, T: task.promptLen + task.maxResponse, d: o.width, heads: o.heads, ff: o.ff, layers: o.layers };
}

export async function train(args: TrainArgs): Promise<TrainResult> {
  const { estimator, estimatorName, onProgress } = args;
  const o: TrainOptions = { ...TRAIN_DEFAULTS, ...stripUndefined(args) };
  const loss: LossSettings = { ...lossDefaults(estimatorName), ...stripUndefined(o.loss ?? {}) };
  if (loss.clipC <= 1) throw new Error('clipC (dual-clip bound) must be > 1');
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

  const grid = (probs: Problem[], withSolutions: boolean) => {
    const tok = new Int32Array(seqs * T).fill(TOK.pad);
    for (let n = 0; n < seqs; n++) {
      const p = probs[Math.min(n, probs.length - 1)];
      tok.set(p.prompt, n * T);
      if (withSolutions) tok.set(task.solve(p), n * T + P);
    }
    return tok;
  };

  const dev = evalSet(task, o.evalSize, 1);
  const evaluate = async (step: number, record = true): Promise<EvalRow> => {
    if (record) onProgress?.(step, { phase: 'eval', step, total: o.steps });
    const probs = record ? held : dev;
    let correct = 0;
    let len = 0;
    for (let i = 0; i < probs.length; i += seqs) {
      const chunk = probs.slice(i, i + seqs);
      pol.setTokens(grid(chunk, false));
      const g = await pol.generate({ seed: 0, temperature: 0, promptLen: P, eos: TOK.eos, pad: TOK.pad });
      chunk.forEach((p, n) => {
        const resp = g.tokens.subarray(n * T + P, (n + 1) * T);
        correct += task.check(p, resp) ? 1 : 0;
        len += responseLength(resp);
      });
    }
    const row: EvalRow = { step, eval_accuracy: correct / probs.length, eval_response_length: len / probs.length, seconds: seconds() };
    if (record) log(row);
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
    await sft(o, task, pol, ctx, cfg, drawTrain, grid, onProgress, (s) => evaluate(s, false));
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
    // training grid: kept groups, then masked-out filler groups
    const tokens = new Int32Array(seqs * T).fill(TOK.pad);
    const oldLp = new Float32Array(seqs * T);
    const live = new Uint8Array(seqs);
    const batch: Batch = {
      B: seqs,
      T: Tr,
      responses: new Int32Array(seqs * Tr),
      response_mask: new Int32Array(seqs * Tr),
      token_level_rewards: new Float32Array(seqs * Tr),
      index: new Int32Array(seqs),
      old_log_probs: new Float32Array(seqs * Tr),
    };
    for (let slot = 0; slot < o.promptsPerStep; slot++) {
      const src = use[slot] ?? { b: 0, g: slot };
      const r = batches[src.b];
      for (let j = 0; j < G; j++) {
        const n = slot * G + j;
        const m = src.g * G + j;
        tokens.set(r.tokens.subarray(m * T, (m + 1) * T), n * T);
        oldLp.set(r.logp.subarray(m * T, (m + 1) * T), n * T);
        batch.index[n] = slot;
        live[n] = use[slot] ? 1 : 0;
        const len = r.length[m];
        for (let t = 0; t < Tr; t++) {
          batch.responses[n * Tr + t] = r.tokens[m * T + P + t];
          batch.response_mask[n * Tr + t] = live[n] && t < len ? 1 : 0;
          batch.old_log_probs![n * Tr + t] = r.logp[m * T + P + t - 1];
        }
        if (live[n] && len > 0) batch.token_level_rewards[n * Tr + len - 1] = r.reward[m];
      }
    }
    const w = aggWeights(batch.response_mask, seqs, Tr, loss.lossAgg);
    const tgt = new Int32Array(seqs * T).fill(-1);
    const rowd = new Float32Array(seqs * T * 4);
    pol.setTokens(tokens);
    let refLp: Float32Array | undefined;
    if (loss.klCoef > 0) {
      for (let n = 0; n < seqs; n++) for (let t = 0; t < Tr; t++) if (batch.response_mask[n * Tr + t]) tgt[n * T + P + t - 1] = batch.responses[n * Tr + t];
      pol.setLossRows(tgt, rowd);
      refLp = await pol.logProbs(lossH, true);
      batch.ref_log_probs = new Float32Array(seqs * Tr);
      for (let n = 0; n < seqs; n++) for (let t = 0; t < Tr; t++) batch.ref_log_probs[n * Tr + t] = refLp[(n * T + P + t - 1) * 4];
    }
    const outs = await estimator.run(batch);
    const adv = outs.advantages;
    if (adv.length !== seqs * Tr) throw new Error(`estimator ${estimator.name} returned ${adv.length} advantages, expected ${seqs * Tr}`);
    for (let n = 0; n < seqs; n++)
      for (let t = 0; t < Tr; t++) {
        const i = n * Tr + t;
        if (!batch.response_mask[i]) continue;
        const row = n * T + P + t - 1;
        tgt[row] = batch.responses[i];
        const a = Number.isFinite(adv[i]) ? adv[i] : 0;
        rowd.set([w[i], a, oldLp[row], refLp ? refLp[row * 4] : 0], row * 4);
      }
    pol.setLossRows(tgt, rowd);
    let entropy = 0;
    let clipfrac = 0;
    let kl = 0;
    const tokensN = batch.response_mask.reduce((s, v) => s + v, 0);
    for (let e = 0; e < o.ppoEpochs; e++) {
      pol.update(lossH, adam);
      const st = await pol.readStats();
      let ent = 0;
      let clip = 0;
      let k = 0;
      for (let r = 0; r < seqs * T; r++) {
        if (tgt[r] < 0) continue;
        ent += st[r * 4 + 1];
        clip += st[r * 4 + 2];
        k += st[r * 4 + 3];
      }
      if (e === 0) entropy = ent / Math.max(tokensN, 1);
      clipfrac = clip / Math.max(tokensN, 1);
      kl = k / Math.max(tokensN, 1);
    }
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
      clipfrac,
      kl,
      kept_groups: use.length,
      gen_batches: batches.length,
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
    pol.setTokens(grid(Array.from({ length: seqs }, (_, n) => probs[Math.floor(n / G)]), false));
    const gen = await pol.generate({ seed, temperature: o.temperature, promptLen: P, eos: TOK.eos, pad: TOK.pad });
    const correct = new Uint8Array(seqs);
    const length = new Int32Array(seqs);
    const reward = new Float32Array(seqs);
    for (let n = 0; n < seqs; n++) {
      const resp = gen.tokens.subarray(n * T + P, (n + 1) * T);
      const p = probs[Math.floor(n / G)];
      correct[n] = task.check(p, resp) ? 1 : 0;
      length[n] = responseLength(resp);
      reward[n] = correct[n] + (loss.overlong ? overlongPenalty(length[n], Tr, loss.overlongBuffer, loss.overlongPenalty) : 0);
    }
    return { problems: probs, tokens: gen.tokens, logp: gen.logp, correct, length, reward };
  }
}

async function sft(
  o: TrainOptions,
  task: Task,
  pol: GpuPolicy,
  ctx: GpuCtx,
  cfg: ModelConfig,
  draw: (rng: Rng) => Problem,
  grid: (p: Problem[], sol: boolean) => Int32Array,
  onProgress: TrainArgs['onProgress'],
  peek: (step: number) => Promise<EvalRow>,
): Promise<void> {
  const cacheFile = o.sftCacheDir ? join(o.sftCacheDir, `sft-${o.task}${o.digits}b${o.base}t${o.teacherSlip}-s${o.seed}-${o.sftSteps}-${o.sftTarget}-${o.sftLr}-${cfg.layers}x${cfg.d}x${cfg.heads}x${cfg.ff}-${pol.seqs}.bin`) : '';
  if (cacheFile && existsSync(cacheFile)) {
    const raw = readFileSync(cacheFile);
    pol.setParams(new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)));
    return;
  }
  pol.setParams(initParams(cfg, sub(o.seed, 1, 0)));
  pol.resetOptimizer();
  const { seqs } = pol;
  const P = task.promptLen;
  const T = cfg.T;
  const h: LossHyper = { mode: 'sft', temperature: 1, clipLow: 0, clipHigh: 0, clipC: 3, klCoef: 0 };
  const warm = Math.min(10, o.sftSteps);
  for (let s = 1; s <= o.sftSteps; s++) {
    const rng = new Rng(sub(o.seed, 4, s));
    const probs = Array.from({ length: seqs }, () => draw(rng));
    const tok = grid(probs, false);
    const tgt = new Int32Array(seqs * T).fill(-1);
    const mask = new Int32Array(seqs * T);
    for (let n = 0; n < seqs; n++) {
      const sol = task.solve(probs[n], rng);
      tok.set(sol, n * T + P);
      for (let t = 0; t < sol.length; t++) {
        tgt[n * T + P + t - 1] = tok[n * T + P + t];
        mask[n * T + P + t - 1] = 1;
      }
    }
    const w = aggWeights(mask, seqs, T, 'token-mean');
    const rowd = new Float32Array(seqs * T * 4);
    for (let r = 0; r < seqs * T; r++) rowd[r * 4] = w[r];
    pol.setTokens(tok);
    pol.setLossRows(tgt, rowd);
    // linear warmup, then constant: SFT stops mid-way on purpose (partial competence), so a decay
    // would only slow the part of training that matters
    const lr = s <= warm ? (o.sftLr * s) / warm : o.sftLr;
    pol.update(h, { lr, ...ADAM });
    if (s % 10 === 0 || s === o.sftSteps) {
      await ctx.readF32(pol.stats, 4); // keeps the queue from running far ahead of the host
      const row = o.sftTarget > 0 || (o.sftEvalEvery > 0 && s % o.sftEvalEvery === 0) ? await peek(s) : undefined;
      onProgress?.(s, { phase: 'sft', step: s, total: o.sftSteps, row });
      if (o.sftTarget > 0 && row && row.eval_accuracy >= o.sftTarget) break;
    }
  }
  if (cacheFile) {
    mkdirSync(o.sftCacheDir!, { recursive: true });
    writeFileAtomic(cacheFile, new Uint8Array((await pol.getState()).params.buffer));
  }
}

/** Response tokens up to and including EOS (all of them when there is no EOS). */
export function responseLength(resp: ArrayLike<number>): number {
  for (let i = 0; i < resp.length; i++) if (resp[i] === TOK.eos) return i + 1;
  return resp.length;
}

function isEval(r: MetricRow): r is EvalRow {
  return 'eval_accuracy' in r;
}

function stripUndefined<T extends object>(x: T): Partial<T> {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as Partial<T>;
}
