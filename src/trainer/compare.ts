// Runs several estimators over several seeds with otherwise identical settings and writes a markdown
// report: per estimator the final held-out accuracy and response length with 95% intervals over seeds,
// the paired difference to the first estimator, and both against the RL step (mean line, shaded
// interval). Runs of one seed share their SFT warm start (cached on disk).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Estimator } from '../runtime/batch.js';
import { panelsSvg, type Series } from './plots.js';
import { meanInterval, pairedInterval, type Interval } from './interval.js';
import { resolveOptions, train, type EvalRow, type Progress, type TrainOptions, type TrainResult } from './train.js';

export interface CompareArgs extends Partial<TrainOptions> {
  /** Each with the batch fields it reads (checked before training; see TrainArgs.estimatorInputs). */
  estimators: { name: string; estimator: Estimator; inputs?: readonly string[] }[];
  /** Number of seeds (1..n), or an explicit list. */
  seeds: number | number[];
  out: string;
  onProgress?(run: { estimator: string; seed: number; index: number; total: number }, step: number, info: Progress): void;
}

export interface CompareSummary {
  estimator: string;
  seeds: number[];
  /** Post-SFT held-out accuracy (shared by every estimator of a seed). */
  start: Interval;
  /** Final held-out accuracy and response length over seeds. */
  accuracy: Interval;
  length: Interval;
  /** This estimator minus the first one, seed by seed (absent for the first). */
  accuracyVsFirst?: Interval;
  lengthVsFirst?: Interval;
  secondsMean: number;
}

export interface CompareResult {
  summaries: CompareSummary[];
  runs: { estimator: string; seed: number; result: TrainResult }[];
  reportPath: string;
  seconds: number;
}

/** Mean and 95% interval over runs of one eval metric, on the steps every run evaluated. */
function band(evals: EvalRow[][], key: 'eval_accuracy' | 'eval_response_length', name: string): Series {
  const steps = evals[0].map((r) => r.step).filter((s) => evals.every((e) => e.some((r) => r.step === s)));
  const at = steps.map((s) => meanInterval(evals.map((e) => e.find((r) => r.step === s)![key])));
  return { name, x: steps, y: at.map((i) => i.mean), lo: at.map((i) => i.lo), hi: at.map((i) => i.hi) };
}

const lastEval = (r: TrainResult) => r.evals[r.evals.length - 1];

export async function compare(args: CompareArgs): Promise<CompareResult> {
  const { estimators, seeds: seedArg, onProgress, ...opts } = args;
  const { out } = args;
  const seeds = typeof seedArg === 'number' ? Array.from({ length: seedArg }, (_, i) => i + 1) : seedArg;
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const runs: CompareResult['runs'] = [];
  const total = estimators.length * seeds.length;
  for (const seed of seeds)
    for (const { name, estimator, inputs } of estimators) {
      const run = { estimator: name, seed, index: runs.length, total };
      const result = await train({
        ...opts,
        seed,
        estimator,
        estimatorName: name,
        estimatorInputs: inputs,
        out: join(out, name.replace(/[^\w.-]+/g, '_'), `seed${seed}`),
        sftCacheDir: join(out, 'sft-cache'),
        onProgress: (step, info) => onProgress?.(run, step, info),
      });
      runs.push({ estimator: name, seed, result });
    }
  const byName = (name: string) => seeds.map((seed) => runs.find((r) => r.estimator === name && r.seed === seed)!.result);
  const first = byName(estimators[0].name);
  const summaries: CompareSummary[] = estimators.map(({ name }, k) => {
    const rs = byName(name);
    const acc = rs.map((r) => r.evalEnd);
    const len = rs.map((r) => lastEval(r).eval_response_length);
    return {
      estimator: name,
      seeds,
      start: meanInterval(rs.map((r) => r.evalStart)),
      accuracy: meanInterval(acc),
      length: meanInterval(len),
      ...(k > 0
        ? {
            accuracyVsFirst: pairedInterval(first.map((r) => r.evalEnd), acc),
            lengthVsFirst: pairedInterval(first.map((r) => lastEval(r).eval_response_length), len),
          }
        : {}),
      secondsMean: rs.reduce((s, r) => s + r.seconds, 0) / rs.length,
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
  const reportPath = join(out, 'report.md');
  const seconds = (performance.now() - t0) / 1000;
  writeFileSync(reportPath, reportMarkdown(summaries, resolveOptions(opts), seconds));
  return { summaries, runs, reportPath, seconds };
}

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);
const signed = (x: number, f: (v: number) => string) => (x >= 0 ? '+' : '') + f(x);
const ci = (i: Interval, f: (v: number) => string) => (i.n < 2 ? f(i.mean) : `${f(i.mean)} [${f(i.lo)}, ${f(i.hi)}]`);
const ciSigned = (i: Interval | undefined, f: (v: number) => string) =>
  !i ? '—' : i.n < 2 ? signed(i.mean, f) : `${signed(i.mean, f)} [${signed(i.lo, f)}, ${signed(i.hi, f)}]`;

function reportMarkdown(summaries: CompareSummary[], o: TrainOptions, seconds: number): string {
  const seeds = summaries[0].seeds;
  const base = summaries[0].estimator;
  const difficulty = o.task === 'countdown' ? `${o.digits} numbers` : `${o.digits} digits in base ${o.base}`;
  return [
    '# Estimator comparison',
    '',
    `Task \`${o.task}\`, ${difficulty}; ${o.steps} RL steps of ${o.promptsPerStep} prompts x ${o.groupSize} rollouts; ` +
      `seeds ${seeds.join(', ')}; policy ${o.layers} layers x ${o.width} wide. Accuracy is greedy accuracy on the fixed held-out set ` +
      `(${o.evalSize} problems) after the last RL step, length its mean response length in tokens; step 0 is the post-SFT start, ` +
      `shared by all estimators of a seed. Brackets: 95% intervals of the mean over the ${seeds.length} seeds (Student's t); the ` +
      `differences are paired by seed against \`${base}\`. Wall time ${f1(seconds)} s.`,
    '',
    `| estimator | post-SFT accuracy | final accuracy | final length | accuracy − ${base} | length − ${base} | seconds per run |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...summaries.map(
      (s) =>
        `| ${s.estimator} | ${f3(s.start.mean)} | ${ci(s.accuracy, f3)} | ${ci(s.length, f1)} | ${ciSigned(s.accuracyVsFirst, f3)} | ${ciSigned(s.lengthVsFirst, f1)} | ${s.secondsMean.toFixed(0)} |`,
    ),
    '',
    '![held-out accuracy](accuracy.svg)',
    '',
    '![response length](length.svg)',
    '',
    'Lines are the mean over seeds, shaded bands the 95% interval of the mean at each evaluation. Per-run metrics are in `<estimator>/seed<k>/metrics.jsonl`.',
    '',
  ].join('\n');
}
