// The benchmark suite (`npm run bench`): for each batch case and estimator, advc's end-to-end time (host
// arrays in, host arrays out), GPU time from timestamp queries, kernel count, bytes, the baselines measured
// in the same run (plain TypeScript; vectorized PyTorch and verl's loop GRPO where torch imports), and the
// roofline: the GB/s achieved against a streaming copy of the same bytes on this machine.
//   node dist/bench/suite.js [--cases a,b,file.safetensors | --all] [--estimators grpo,ktae] [--backends cpu,webgpu]
//                            [--repeat N] [--warmup N] [--warmup-ms MS] [--out-dir bench-results] [--no-torch] [--profile]
//                            [--readme README.md]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkEstimatorArg } from '../compiler/index.js';
import { BACKENDS, type Backend } from '../runtime/backends.js';
import { REQUIRED_INPUTS, type Batch, type Outputs } from '../runtime/batch.js';
import { getGpu, releaseGpu } from '../runtime/device.js';
import { createEstimator } from '../runtime/executor.js';
import { copyBandwidth } from './bandwidth.js';
import { CPU_BASELINES, timeCpuBaselines, type CpuBaselineName } from './cpu-baselines.js';
import { median, warmingUp } from '../runtime/timing.js';
import { BENCH_CASES, countValidTokens, findCase, generateBatch, readBatchSafetensors, writeBatchSafetensors } from './generate.js';
import { machineInfo, markdownReport, replaceReadmeSection, writeReport, type BenchRow } from './report.js';
import { NO_TORCH_MESSAGE, findTorchPython, runTorchBaselines, type BaselineTiming, type TorchBaselineName } from './torch-runner.js';

/** Something that computes an estimator on the device (advc's GPU executor, or a stand-in in tests). */
export interface Subject {
  readonly name: string;
  /** where it runs ('cpu', 'webgpu'), shown next to the estimator when set */
  readonly backend?: string;
  readonly kernels?: number;
  readonly kernelNames?: readonly string[];
  /** Input fields it reads (for the bytes count). */
  readonly inputs?: readonly string[];
  run(batch: Batch): Promise<Outputs>;
  /** GPU ms per kernel of the last run; empty without timestamp queries. */
  lastKernelMs(): number[];
  destroy(): void;
}

export type SubjectFactory = (estimator: string, backend: Backend) => Promise<Subject>;

/**
 * advc: compile the stdlib estimator once, create its pipelines once (steady state is what we time). Like
 * `advc bench` and the baselines, it computes what a trainer consumes: no diagnostic outputs, each run into
 * the previous run's arrays.
 */
export const advcSubject: SubjectFactory = async (estimator, backend) => {
  const est = await createEstimator(checkEstimatorArg(estimator, []), backend, getGpu);
  const plan = est.compiled.plan;
  let last: { B: number; T: number; out: Outputs } | undefined;
  return {
    name: `advc ${estimator} on ${est.device}`,
    backend: est.backend,
    kernels: est.kernels,
    kernelNames: plan.kernels.map((k) => k.entryPoint),
    inputs: plan.inputs,
    run: async (batch) => {
      const out = await est.run(batch, {}, { out: last?.B === batch.B && last.T === batch.T ? last.out : undefined });
      last = { B: batch.B, T: batch.T, out };
      return out;
    },
    lastKernelMs: () => est.lastKernelMs,
    destroy: () => est.destroy(),
  };
};

/** Baselines that compute the same thing as each estimator. */
const BASELINES_OF: Record<string, { cpu: CpuBaselineName[]; torch: TorchBaselineName[] }> = {
  grpo: { cpu: ['ts_grpo_cpu'], torch: ['verl_grpo_loop', 'torch_grpo_vectorized'] },
  ktae: { cpu: ['ts_ktae_cpu'], torch: ['torch_ktae_vectorized'] },
  entropy_advantage: { cpu: [], torch: ['torch_entropy_advantage_vectorized'] },
  top_entropy_grpo: { cpu: [], torch: ['torch_top_entropy_grpo_vectorized'] },
  gtpo: { cpu: [], torch: ['torch_gtpo_vectorized'] },
  grpo_s: { cpu: [], torch: ['torch_grpo_s_vectorized'] },
  treerl: { cpu: [], torch: ['torch_treerl_vectorized'] },
  grpo_passk: { cpu: [], torch: ['verl_grpo_passk_loop', 'torch_grpo_passk_vectorized'] },
  optimal_token_baseline: { cpu: [], torch: ['verl_optimal_token_baseline_loop', 'torch_optimal_token_baseline_vectorized'] },
  gdpo: { cpu: [], torch: ['torch_gdpo_vectorized'] },
  canon: { cpu: [], torch: ['torch_canon_vectorized'] },
};

export const DEFAULT_CASES = ['g8-2k-20k', 'g8-2k-165k', 'g8-2k-661k', 'g8-2k-2.6M', 'g16-8k-661k', 'g16-8k-2.6M'];

export interface SuiteOptions {
  /** Named cases (generated) or batch files (.safetensors / .json, read as they are). */
  cases?: string[];
  estimators?: string[];
  /** backends each estimator runs on (default: auto) */
  backends?: Backend[];
  repeat?: number;
  warmup?: number;
  /** warm-up time per subject and baseline, at least (ms; default 0) */
  warmupMs?: number;
  torch?: boolean;
  seed?: number;
  log?: (line: string) => void;
  /** the roofline's bound for a number of bytes moved, GB/s (default: copyBandwidth, timed like the subjects) */
  bandwidth?: (bytes: number) => number;
}

export interface KernelProfile {
  estimator: string;
  size: string;
  kernels: { name: string; gpu_ms_median: number }[];
}

export interface SuiteResult {
  rows: BenchRow[];
  profiles: KernelProfile[];
  baselines: Array<BaselineTiming & { size: string }>;
  notes: string[];
}

const bytesOfField = (batch: Batch, name: string): number => {
  const v = (batch as unknown as Record<string, unknown>)[name];
  return ArrayBuffer.isView(v) ? v.byteLength : 0;
};

/** Share of valid tokens where got is within the fixtures' tolerance of want. */
export function agreement(batch: Batch, got: Float32Array, want: Float32Array): number {
  let n = 0;
  let ok = 0;
  for (let i = 0; i < want.length; i++) {
    if (batch.response_mask[i] === 0) continue;
    n++;
    if (Math.abs(got[i]! - want[i]!) <= 2e-4 + 2e-4 * Math.abs(want[i]!)) ok++;
  }
  return n === 0 ? 1 : ok / n;
}

async function timeSubject(subject: Subject, batch: Batch, warmup: number, warmupMs: number, repeat: number) {
  let last: Outputs | undefined;
  for (const more = warmingUp(warmup, warmupMs); more(); ) last = await subject.run(batch);
  const wall: number[] = [];
  const gpuTotal: number[] = [];
  const perKernel: number[][] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    last = await subject.run(batch);
    wall.push(performance.now() - t0);
    const k = subject.lastKernelMs();
    if (k.length > 0) {
      gpuTotal.push(k.reduce((a, b) => a + b, 0));
      perKernel.push(k);
    }
  }
  return { wall, gpuTotal, perKernel, last: last! };
}

export async function runSuite(opts: SuiteOptions = {}, makeSubject: SubjectFactory = advcSubject): Promise<SuiteResult> {
  const log = opts.log ?? (() => {});
  const repeat = opts.repeat ?? 10;
  const warmup = opts.warmup ?? 2;
  const warmupMs = opts.warmupMs ?? 0;
  const estimators = opts.estimators ?? ['grpo', 'ktae'];
  const result: SuiteResult = { rows: [], profiles: [], baselines: [], notes: [] };
  const bounds = new Map<number, number>();
  const bound = (bytes: number) => {
    if (!bounds.has(bytes)) bounds.set(bytes, (opts.bandwidth ?? ((b) => copyBandwidth(b, { repeat, warmup, warmupMs })))(bytes));
    return bounds.get(bytes)!;
  };
  const useTorch = opts.torch !== false && !!findTorchPython();
  if (opts.torch !== false && !useTorch) result.notes.push(NO_TORCH_MESSAGE);

  const subjects = new Map<string, Subject[]>();
  for (const e of estimators)
    for (const backend of opts.backends ?? ['auto']) {
      try {
        subjects.set(e, [...(subjects.get(e) ?? []), await makeSubject(e, backend)]);
      } catch (err) {
        result.notes.push(`advc ${e}${backend === 'auto' ? '' : ` (${backend})`}: not measured (${(err as Error).message.split('\n')[0]})`);
      }
    }

  const tmp = mkdtempSync(join(tmpdir(), 'advc-bench-'));
  try {
    for (const caseName of opts.cases ?? DEFAULT_CASES) {
      const fromFile = existsSync(caseName);
      const spec = fromFile ? { name: basename(caseName) } : findCase(caseName);
      const batch = fromFile ? readBatchSafetensors(caseName) : generateBatch(findCase(caseName), { seed: opts.seed ?? 1 });
      const tokens = countValidTokens(batch);
      const path = fromFile && caseName.endsWith('.safetensors') ? caseName : join(tmp, 'batch.safetensors');
      if (useTorch && path !== caseName) writeBatchSafetensors(batch, path);
      log(`${spec.name}: B=${batch.B} T=${batch.T} tokens=${tokens}`);

      for (const estimator of estimators) {
        const wanted = BASELINES_OF[estimator] ?? { cpu: [], torch: [] };
        const baselines: BaselineTiming[] = timeCpuBaselines(batch, { repeat, warmup, warmupMs, only: wanted.cpu });
        if (useTorch && wanted.torch.length > 0) baselines.push(...runTorchBaselines(path, { repeat, warmup, warmupMs, only: wanted.torch }));
        for (const b of baselines) {
          result.baselines.push({ ...b, size: spec.name });
          log(`  ${b.baseline}: ${b.wall_ms_median.toFixed(1)} ms`);
        }

        const reference = wanted.cpu[0] ? CPU_BASELINES[wanted.cpu[0]].run(batch) : undefined;
        for (const subject of subjects.get(estimator) ?? []) {
          let timed;
          try {
            timed = await timeSubject(subject, batch, warmup, warmupMs, repeat);
          } catch (err) {
            result.notes.push(`${subject.name} on ${spec.name}: failed (${(err as Error).message.split('\n')[0]})`);
            continue;
          }
          const inputs = subject.inputs ?? REQUIRED_INPUTS;
          const bytesIn = inputs.reduce((acc, name) => acc + bytesOfField(batch, name), 0);
          const bytesOut = Object.values(timed.last).reduce((acc, a) => acc + a.byteLength, 0);
          const row: BenchRow = {
            estimator,
            ...(subject.backend ? { backend: subject.backend } : {}),
            size: spec.name,
            tokens,
            wall_ms_median: median(timed.wall),
            ...(timed.gpuTotal.length ? { gpu_ms_median: median(timed.gpuTotal) } : {}),
            ...(subject.kernels !== undefined ? { kernels: subject.kernels } : {}),
            bytes: bytesIn + bytesOut,
            copy_gbps: bound(bytesIn + bytesOut),
            ...(reference ? { agreement: agreement(batch, timed.last.advantages, reference.advantages) } : {}),
            baseline: baselines.map((b) => ({ name: b.baseline, wall_ms_median: b.wall_ms_median })),
          };
          result.rows.push(row);
          log(`  ${subject.name}: ${row.wall_ms_median.toFixed(2)} ms (GPU ${row.gpu_ms_median?.toFixed(2) ?? '–'} ms)`);
          if (timed.perKernel.length) {
            const names = subject.kernelNames ?? timed.perKernel[0]!.map((_, i) => `kernel ${i}`);
            result.profiles.push({
              estimator,
              size: spec.name,
              kernels: names.map((name, i) => ({ name, gpu_ms_median: median(timed.perKernel.map((k) => k[i] ?? 0)) })),
            });
          }
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    for (const list of subjects.values()) for (const s of list) s.destroy();
  }
  return result;
}

export function profileTable(profiles: readonly KernelProfile[]): string {
  const lines = ['| estimator | batch | kernel | GPU ms (median) | share |', '| :-- | :-- | :-- | --: | --: |'];
  for (const p of profiles) {
    const total = p.kernels.reduce((a, k) => a + k.gpu_ms_median, 0);
    for (const k of p.kernels) {
      const share = total > 0 ? `${((100 * k.gpu_ms_median) / total).toFixed(0)}%` : '–';
      lines.push(`| ${p.estimator} | ${p.size} | ${k.name} | ${k.gpu_ms_median.toFixed(3)} | ${share} |`);
    }
  }
  return lines.join('\n') + '\n';
}

const USAGE = `usage: npm run bench -- [options]   (or node dist/bench/suite.js [options])
  --cases a,b,file.safetensors   named cases (${BENCH_CASES.map((c) => c.name).join(', ')}, ktae-661k) or batch files
  --all                          every named case
  --estimators grpo,ktae         estimators to time (default: grpo,ktae)
  --backends cpu,webgpu          where advc runs them, each a row (default: cpu,webgpu; or auto)
  --repeat N  --warmup N         timed runs (default 10) and untimed runs first, at least (default 2)
  --warmup-ms MS                 warm-up time of each subject and baseline, at least (default 500: until the
                                 allocator reuses freed outputs)
  --out-dir DIR                  where bench.md, bench.json and baselines.json go (default bench-results)
  --no-torch                     skip the PyTorch baselines
  --profile                      also print GPU time per kernel
  --readme FILE                  replace FILE's performance section with the tables
Prints the results table, then the roofline: each row's bytes moved, GB/s end to end and the fraction of a
streaming copy of the same bytes on this machine.`;

const VALUED = ['--cases', '--estimators', '--backends', '--repeat', '--warmup', '--warmup-ms', '--out-dir', '--readme'];
const SWITCHES = ['--all', '--no-torch', '--profile'];

function backendList(text: string): Backend[] {
  const list = text.split(',');
  const bad = list.find((b) => !(BACKENDS as readonly string[]).includes(b));
  if (bad) throw new Error(`bench: unknown backend '${bad}' (use ${BACKENDS.join(', ')})`);
  return list as Backend[];
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.includes(a) && argv[i + 1] !== undefined) i++;
    else if (!SWITCHES.includes(a)) {
      console.error(`bench: unknown or incomplete option '${a}'\n${USAGE}`);
      process.exitCode = 1;
      return;
    }
  }
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const outDir = flag('--out-dir') ?? 'bench-results';
  const cases = argv.includes('--all') ? BENCH_CASES.map((c) => c.name) : flag('--cases')?.split(',');
  const result = await runSuite(
    {
      ...(cases ? { cases } : {}),
      ...(flag('--estimators') ? { estimators: flag('--estimators')!.split(',') } : {}),
      backends: backendList(flag('--backends') ?? 'cpu,webgpu'),
      repeat: Number(flag('--repeat') ?? 10),
      warmup: Number(flag('--warmup') ?? 2),
      warmupMs: Number(flag('--warmup-ms') ?? 500),
      torch: !argv.includes('--no-torch'),
      log: (l) => console.error(l),
    },
    advcSubject,
  );
  let gpuName: string | undefined;
  try {
    gpuName = (await getGpu()).adapterName;
  } catch {
    gpuName = undefined;
  }
  const machine = machineInfo(gpuName);
  mkdirSync(outDir, { recursive: true });
  const { markdown } = writeReport(result.rows, { markdown: join(outDir, 'bench.md'), json: join(outDir, 'bench.json') }, machine);
  writeFileSync(join(outDir, 'baselines.json'), JSON.stringify(result.baselines, null, 2) + '\n');
  console.log(markdown);
  for (const n of result.notes) console.log(`note: ${n}`);
  if (argv.includes('--profile')) console.log(`\n${profileTable(result.profiles)}`);
  const readme = flag('--readme');
  if (readme) writeFileSync(readme, replaceReadmeSection(readFileSync(readme, 'utf8'), markdownReport(result.rows, machine, 'Latest results', 3)));
  await releaseGpu();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
