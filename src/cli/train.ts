// `advc train` and `advc compare`: the training runtime driven from the command line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { checkEstimatorArg } from '../compiler/index.js';
import type { Backend } from '../runtime/backends.js';
import { createEstimator, isCpuAdapter, type TimedEstimator } from '../runtime/executor.js';
import { AGG_MODES, TASK_NAMES, checkEstimatorInputs, compare, resolveOptions, train } from '../trainer/index.js';
import type { AggMode, LossSettings, Progress, TaskName, TrainOptions, TrainResult } from '../trainer/index.js';
import { UserError } from './errors.js';
import { acquireGpu } from './gpu.js';
import { parseNumber as num } from './params.js';

export interface TrainCliOptions {
  task?: string;
  estimator?: string;
  steps?: string;
  seed?: string;
  out?: string;
  resume?: boolean;
  digits?: string;
  lr?: string;
  groupSize?: string;
  prompts?: string;
  sftSteps?: string;
  clipLow?: string;
  clipHigh?: string;
  clipC?: string;
  lossAgg?: string;
  klCoef?: string;
  dynamicSampling?: boolean;
  quiet?: boolean;
  backend?: Backend;
}

function lossOverrides(o: TrainCliOptions): Partial<LossSettings> {
  const loss: Partial<LossSettings> = {};
  const set = <K extends keyof LossSettings>(k: K, v: LossSettings[K] | undefined) => {
    if (v !== undefined) loss[k] = v;
  };
  set('clipLow', num(o.clipLow, '--clip-low', { min: 0 }));
  set('clipHigh', num(o.clipHigh, '--clip-high', { min: 0 }));
  set('clipC', num(o.clipC, '--clip-c', { min: 1 }));
  set('klCoef', num(o.klCoef, '--kl-coef', { min: 0 }));
  if (o.lossAgg !== undefined) {
    if (!(AGG_MODES as readonly string[]).includes(o.lossAgg))
      throw new UserError(`--loss-agg must be one of ${AGG_MODES.join(', ')}, got '${o.lossAgg}'`);
    loss.lossAgg = o.lossAgg as AggMode;
  }
  if (o.dynamicSampling !== undefined) loss.dynamicSampling = o.dynamicSampling;
  return loss;
}

interface TrainerEstimator {
  name: string;
  estimator: TimedEstimator;
  inputs: string[];
}

/** Compiles an estimator for the trainer (only the outputs it consumes) and checks that the trainer can feed it. */
async function trainerEstimator(name: string, backend: Backend): Promise<TrainerEstimator> {
  const checked = checkEstimatorArg(name, []);
  const inputs = checked.program.inputs;
  try {
    checkEstimatorInputs(name, inputs);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  return { name, estimator: await createEstimator(checked, backend, acquireGpu), inputs };
}

/** The headline number of a progress report and the set it is measured on. */
function headline(p: Progress): string {
  const row = p.row as Record<string, number> | undefined;
  if (!row) return '';
  if (p.phase === 'sft') return ` dev-set accuracy ${row.eval_accuracy!.toFixed(3)}`;
  if (row.eval_accuracy !== undefined) return ` held-out accuracy ${row.eval_accuracy.toFixed(3)}, length ${row.eval_response_length!.toFixed(1)}`;
  return ` rollout accuracy ${row.accuracy!.toFixed(3)}, reward ${row.reward_mean!.toFixed(3)}, length ${row.response_length_mean!.toFixed(1)}`;
}

/** A progress bar on a terminal; otherwise (logs, pipes, CI) a line every few steps of each phase and every evaluation. */
function progressReporter(label: string, quiet: boolean): { update(p: Progress): void; stop(): void } {
  if (quiet) return { update() {}, stop() {} };
  const t0 = performance.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} {phase} [{bar}] {value}/{total}{info}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let phase = '';
    let step = 0;
    return {
      update(p) {
        if (p.phase === 'eval') return bar.update(step, { phase, info: headline(p) });
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.step, { phase, info: '' });
        }
        step = p.step;
        bar.update(p.step, { phase, info: headline(p) });
      },
      stop: () => bar.stop(),
    };
  }
  let phase = '';
  let last = 0;
  return {
    update(p) {
      if (p.phase !== 'eval' && p.phase !== phase) {
        phase = p.phase;
        last = 0;
      }
      const every = Math.max(1, Math.round(p.total / 20));
      if (p.phase !== 'eval' && p.step - last < every && p.step !== p.total) return;
      if (p.phase !== 'eval') last = p.step;
      const s = ((performance.now() - t0) / 1000).toFixed(0);
      const where = p.phase === 'eval' ? `eval after RL step ${p.step}` : `${p.phase} ${p.step}/${p.total}`;
      process.stderr.write(`${label} ${where}${headline(p)} (${s} s)\n`);
    },
    stop() {},
  };
}

function trainArgs(o: TrainCliOptions): Partial<TrainOptions> {
  if (o.task !== undefined && !(TASK_NAMES as string[]).includes(o.task))
    throw new UserError(`--task must be one of ${TASK_NAMES.join(', ')}, got '${o.task}'`);
  return {
    task: o.task as TaskName | undefined,
    steps: num(o.steps, '--steps', { int: true, min: 0 }),
    digits: num(o.digits, '--digits', { int: true, min: 1 }),
    lr: num(o.lr, '--lr', { min: 0 }),
    groupSize: num(o.groupSize, '--group-size', { int: true, min: 2 }),
    promptsPerStep: num(o.prompts, '--prompts', { int: true, min: 1 }),
    sftSteps: num(o.sftSteps, '--sft-steps', { int: true, min: 0 }),
    loss: lossOverrides(o),
  };
}

/** runs/<estimator>-<seed>, the estimator named by its file's base name when it is a path. */
export function defaultOut(estimator: string, seed: number): string {
  const base = estimator.replace(/\.adv$/, '').split(/[\\/]/).pop() || 'estimator';
  return join('runs', `${base.replace(/[^\w.-]+/g, '_')}-${seed}`);
}

/** Where the policy's kernels run, in words that do not call a CPU a GPU. */
async function policyDevice(): Promise<string> {
  const gpu = await acquireGpu();
  return isCpuAdapter(gpu) ? `${gpu.adapterName} (WebGPU on the CPU)` : gpu.adapterName;
}

export async function trainCommand(o: TrainCliOptions, extra: Partial<TrainOptions> = {}): Promise<string> {
  const estimatorName = o.estimator ?? 'grpo_ktae';
  const args = { ...trainArgs(o), ...extra };
  const seed = num(o.seed, '--seed', { int: true, min: 0 }) ?? resolveOptions({}).seed;
  const out = o.out ?? defaultOut(estimatorName, seed);
  if (o.resume && !existsSync(join(out, 'checkpoint.json'))) throw new UserError(`--resume: ${out} holds no checkpoint (no ${join(out, 'checkpoint.json')})`);
  const { estimator, inputs } = await trainerEstimator(estimatorName, o.backend ?? 'auto');
  const progress = progressReporter(estimatorName, o.quiet ?? false);
  if (!o.quiet) process.stderr.write(`${estimatorName}: policy on ${await policyDevice()}, estimator on ${estimator.device} -> ${out}\n`);
  let result: TrainResult;
  try {
    result = await train({ ...args, seed, out, resume: o.resume ?? false, estimator, estimatorName, estimatorInputs: inputs, onProgress: (_s, p) => progress.update(p) });
  } finally {
    progress.stop();
    estimator.destroy();
  }
  const steps = resolveOptions(args).steps;
  return (
    `${estimatorName}: held-out accuracy ${result.evalStart.toFixed(3)} after SFT -> ${result.evalEnd.toFixed(3)} ` +
    `after ${steps} RL steps (${result.seconds.toFixed(0)} s); metrics in ${join(out, 'metrics.jsonl')}`
  );
}

export interface CompareCliOptions extends TrainCliOptions {
  estimators?: string;
  seeds?: string;
}

export async function compareCommand(o: CompareCliOptions): Promise<string> {
  const names = (o.estimators ?? 'grpo,grpo_ktae,dapo,dapo_ktae').split(',').map((x) => x.trim()).filter(Boolean);
  const seeds = num(o.seeds, '--seeds', { int: true, min: 1 }) ?? 5;
  const out = o.out ?? 'compare';
  const estimators: TrainerEstimator[] = [];
  for (const name of names) estimators.push(await trainerEstimator(name, o.backend ?? 'auto'));
  const reporters = new Map<string, ReturnType<typeof progressReporter>>();
  try {
    const result = await compare({
      ...trainArgs(o),
      estimators: estimators.map((e) => ({ name: e.name, estimator: e.estimator, inputs: e.inputs })),
      seeds,
      out,
      onProgress: (run, _step, info) => {
        const label = `[${run.index + 1}/${run.total}] ${run.estimator} seed ${run.seed}`;
        let r = reporters.get(label);
        if (!r) {
          for (const x of reporters.values()) x.stop();
          r = progressReporter(label, o.quiet ?? false);
          reporters.set(label, r);
        }
        r.update(info);
      },
    });
    return readFileSync(result.reportPath, 'utf8');
  } finally {
    for (const r of reporters.values()) r.stop();
    for (const e of estimators) e.estimator.destroy();
  }
}
