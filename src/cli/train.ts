// `advc train` and `advc compare`: the training runtime driven from the command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { checkEstimatorArg } from '../compiler/index.js';
import { AGG_MODES, TASK_NAMES, TRAIN_DEFAULTS, compare, train } from '../trainer/index.js';
import type { AggMode, LossSettings, Progress, TaskName, TrainOptions, TrainResult } from '../trainer/index.js';
import { createEstimator, type TimedEstimator } from '../runtime/executor.js';
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

/** Compiles an estimator for the trainer: only the outputs it consumes. */
function trainerEstimator(name: string): Promise<TimedEstimator> {
  return createEstimator(checkEstimatorArg(name, []), 'webgpu', acquireGpu);
}

/** The headline number of a progress report: held-out accuracy for evaluations, batch accuracy for RL steps. */
function headline(p: Progress): { name: 'eval_accuracy' | 'accuracy'; value: number } | undefined {
  const row = p.row as Record<string, number> | undefined;
  for (const name of ['eval_accuracy', 'accuracy'] as const) if (row?.[name] !== undefined) return { name, value: row[name]! };
  return undefined;
}

/** A progress bar on a terminal; a line every few steps otherwise (logs, CI). */
function progressReporter(label: string, quiet: boolean): { update(p: Progress): void; stop(): void } {
  if (quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} {phase} [{bar}] {value}/{total} {info}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let phase = '';
    return {
      update(p) {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.step, { phase, info: '' });
        }
        const h = headline(p);
        const info = h ? `${h.name === 'eval_accuracy' ? 'eval acc' : 'acc'} ${h.value.toFixed(3)}` : '';
        bar.update(p.step, { phase, info });
      },
      stop: () => bar.stop(),
    };
  }
  let last = -1;
  return {
    update(p) {
      const h = headline(p);
      if (h?.name !== 'eval_accuracy' && p.step - last < Math.max(1, Math.floor(p.total / 10)) && p.step !== p.total) return;
      last = p.step;
      const info = h ? ` ${h.name}=${h.value.toFixed(3)}` : '';
      process.stderr.write(`${label} ${p.phase} ${p.step}/${p.total}${info}\n`);
    },
    stop() {},
  };
}

function trainArgs(o: TrainCliOptions) {
  if (o.task !== undefined && !(TASK_NAMES as string[]).includes(o.task))
    throw new UserError(`--task must be one of ${TASK_NAMES.join(', ')}, got '${o.task}'`);
  return {
    task: (o.task as TaskName | undefined) ?? TRAIN_DEFAULTS.task,
    steps: num(o.steps, '--steps', { int: true, min: 0 }) ?? TRAIN_DEFAULTS.steps,
    seed: num(o.seed, '--seed', { int: true, min: 0 }) ?? TRAIN_DEFAULTS.seed,
    digits: num(o.digits, '--digits', { int: true, min: 1 }) ?? TRAIN_DEFAULTS.digits,
    lr: num(o.lr, '--lr', { min: 0 }) ?? TRAIN_DEFAULTS.lr,
    groupSize: num(o.groupSize, '--group-size', { int: true, min: 2 }) ?? TRAIN_DEFAULTS.groupSize,
    promptsPerStep: num(o.prompts, '--prompts', { int: true, min: 1 }) ?? TRAIN_DEFAULTS.promptsPerStep,
    sftSteps: num(o.sftSteps, '--sft-steps', { int: true, min: 0 }) ?? TRAIN_DEFAULTS.sftSteps,
    loss: lossOverrides(o),
  };
}

export async function trainCommand(o: TrainCliOptions, extra: Partial<TrainOptions> = {}): Promise<string> {
  const estimatorName = o.estimator ?? 'grpo_ktae';
  const args = { ...trainArgs(o), ...extra };
  const estimator = await trainerEstimator(estimatorName);
  const progress = progressReporter(estimatorName, o.quiet ?? false);
  let result: TrainResult;
  try {
    result = await train({ ...args, out: o.out, resume: o.resume ?? false, estimator, estimatorName, onProgress: (_s, p) => progress.update(p) });
  } finally {
    progress.stop();
    estimator.destroy();
  }
  return (
    `${estimatorName}: held-out accuracy ${result.evalStart.toFixed(3)} after SFT -> ${result.evalEnd.toFixed(3)} ` +
    `after ${args.steps} RL steps (${result.seconds.toFixed(0)} s)${o.out ? `; metrics in ${join(o.out, 'metrics.jsonl')}` : ''}`
  );
}

export interface CompareCliOptions extends TrainCliOptions {
  estimators?: string;
  seeds?: string;
}

export async function compareCommand(o: CompareCliOptions): Promise<string> {
  const names = (o.estimators ?? 'grpo,grpo_ktae,dapo,dapo_ktae').split(',').map((x) => x.trim()).filter(Boolean);
  const seeds = num(o.seeds, '--seeds', { int: true, min: 1 }) ?? 3;
  const out = o.out ?? 'compare';
  const estimators = [];
  for (const name of names) estimators.push({ name, estimator: await trainerEstimator(name) });
  const reporters = new Map<string, ReturnType<typeof progressReporter>>();
  try {
    const result = await compare({
      ...trainArgs(o),
      estimators,
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
