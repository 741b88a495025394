// Runs several estimators over several seeds with otherwise identical settings and writes a
// markdown report with held-out accuracy and response length against the RL step (mean line and
// min/max band over seeds). Runs of one seed share their SFT warm start (cached on disk).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Estimator } from '../runtime/batch.js';
import { panelsSvg, type Series } from './plots.js';
import { train, TRAIN_DEFAULTS, type EvalRow, type Progress, type TrainOptions, type TrainResult } from './train.js';

export interface CompareArgs extends Partial<TrainOptions> {
  estimators: { name: string; estimator: Estimator }[];
  /** Number of seeds (1..n), or an explicit list. */
  seeds: number | number[];
  out: string;
  onProgress?(run: { estimator: string; seed: number; index: number; total: number }, step: number, info: Progress): void;
}

export interface CompareSummary {
  estimator: string;
  seeds: number[];
  startMean: number;
  endMean: number;
  endStd: number;
  gainMean: number;
  lengthEndMean: number;
  secondsMean: number;
}

export interface CompareResult {
  summaries: CompareSummary[];
  runs: { estimator: string; seed: number; result: TrainResult }[];
  reportPath: string;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
const std = (xs: number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));

/** Mean and min/max over runs of one eval metric, on the steps every run evaluated. */
function band(evals: EvalRow[][], key: 'eval_accuracy' | 'eval_response_length', name: string): Series {
  const steps = evals[0].map((r) => r.step).filter((s) => evals.every((e) => e.some((r) => r.step === s)));
  const at = (s: number) => evals.map((e) => e.find((r) => r.step === s)![key]);
  return {
    name,
    x: steps,
    y: steps.map((s) => mean(at(s))),
    lo: steps.map((s) => Math.min(...at(s))),
    hi: steps.map((s) => Math.max(...at(s))),
  };
}

export async function compare(args: CompareArgs): Promise<CompareResult> {
  const { estimators, seeds: seedArg, onProgress, ...opts } = args;
  const { out } = args;
  const seeds = typeof seedArg === 'number' ? Array.from({ length: seedArg }, (_, i) => i + 1) : seedArg;
  mkdirSync(out, { recursive: true });
  const runs: CompareResult['runs'] = [];
  const total = estimators.length * seeds.length;
  for (const seed of seeds)
    for (const { name, estimator } of estimators) {
      const run = { estimator: name, seed, index: runs.length, total };
      const result = await train({
        ...opts,
        seed,
        estimator,
        estimatorName: name,
        out: join(out, name.replace(/[^\w.-]+/g, '_'), `seed${seed}`),
        sftCacheDir: join(out, 'sft-cache'),
        onProgress: (step, info) => onProgress?.(run, step, info),
      });
      runs.push({ estimator: name, seed, result });
    }
  const summaries: CompareSummary[] = estimators.map(({ name }) => {
    const rs = runs.filter((r) => r.estimator === name).map((r) => r.result);
    const ends = rs.map((r) => r.evalEnd);
    return {
      estimator: name,
      seeds,
      startMean: mean(rs.map((r) => r.evalStart)),
      endMean: mean(ends),
      endStd: std(ends),
      gainMean: mean(rs.map((r) => r.evalEnd - r.evalStart)),
      lengthEndMean: mean(rs.map((r) => r.evals[r.evals.length - 1].eval_response_length)),
      secondsMean: mean(rs.map((r) => r.seconds)),
    };
  });
  const evalsOf = (name: string) => runs.filter((r) => r.estimator === name).map((r) => r.result.evals);
  writeFileSync(
    join(out, 'accuracy.svg'),
    panelsSvg([
      {
        title: 'held-out accuracy (greedy)',
        xLabel: 'RL step',
        yLabel: 'accuracy',
        yMin: 0,
        yMax: 1,
        series: estimators.map(({ name }) => band(evalsOf(name), 'eval_accuracy', name)),
      },
    ]),
  );
  writeFileSync(
    join(out, 'length.svg'),
    panelsSvg([
      {
        title: 'held-out response length',
        xLabel: 'RL step',
        yLabel: 'tokens',
        series: estimators.map(({ name }) => band(evalsOf(name), 'eval_response_length', name)),
      },
    ]),
  );
  const o = { ...TRAIN_DEFAULTS, ...opts };
  const f = (x: number) => x.toFixed(3);
  const lines = [
    '# Estimator comparison',
    '',
    `Task \`${o.task}\`, ${o.digits} digits in base ${o.base}; ${o.steps} RL steps of ${o.promptsPerStep} prompts x ${o.groupSize} rollouts; ` +
      `seeds ${seeds.join(', ')}; policy ${o.layers} layers x ${o.width} wide. Accuracy is greedy accuracy on the fixed held-out set ` +
      `(${o.evalSize} problems); step 0 is the post-SFT start, shared by all estimators of a seed.`,
    '',
    '| estimator | post-SFT accuracy | final accuracy (mean ± sd) | gain | final response length | seconds per run |',
    '| --- | --- | --- | --- | --- | --- |',
    ...summaries.map(
      (s) => `| ${s.estimator} | ${f(s.startMean)} | ${f(s.endMean)} ± ${f(s.endStd)} | ${s.gainMean >= 0 ? '+' : ''}${f(s.gainMean)} | ${s.lengthEndMean.toFixed(2)} | ${s.secondsMean.toFixed(0)} |`,
    ),
    '',
    '![held-out accuracy](accuracy.svg)',
    '',
    '![response length](length.svg)',
    '',
    'Lines are the mean over seeds, bands the min and max. Per-run metrics are in `<estimator>/seed<k>/metrics.jsonl`.',
    '',
  ];
  const reportPath = join(out, 'report.md');
  writeFileSync(reportPath, lines.join('\n'));
  return { summaries, runs, reportPath };
}
