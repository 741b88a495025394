// Measures the baselines alone on one batch: plain TypeScript GRPO and KTAE, and (where torch imports)
// vectorized PyTorch KTAE / GRPO and verl's loop GRPO, in the same run.
//   node dist/bench/baselines-cli.js <case | batch.safetensors> [--repeat N] [--warmup N] [--warmup-ms MS]
//                                    [--seed S] [--no-torch] [--json out.json]
// Prints one JSON line per baseline, then a markdown table.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Batch } from '../runtime/batch.js';
import { timeCpuBaselines } from './cpu-baselines.js';
import { countValidTokens, findCase, generateBatch, readBatchSafetensors, writeBatchSafetensors } from './generate.js';
import { machineInfo } from './report.js';
import { NO_TORCH_MESSAGE, findTorchPython, runTorchBaselines, type BaselineTiming } from './torch-runner.js';

export interface BaselineRun {
  batch: string;
  B: number;
  T: number;
  tokens: number;
  results: BaselineTiming[];
  skipped: string[];
}

export function runBaselines(
  source: string,
  opts: { repeat?: number; warmup?: number; warmupMs?: number; seed?: number; torch?: boolean } = {},
): BaselineRun {
  const repeat = opts.repeat ?? 10;
  const warmup = opts.warmup ?? 2;
  const warmupMs = opts.warmupMs ?? 0;
  const tmp = mkdtempSync(join(tmpdir(), 'advc-baselines-'));
  try {
    let batch: Batch;
    let path = source;
    if (existsSync(source)) batch = readBatchSafetensors(source);
    else {
      batch = generateBatch(findCase(source), { seed: opts.seed ?? 1 });
      path = join(tmp, 'batch.safetensors');
      writeBatchSafetensors(batch, path);
    }
    const results: BaselineTiming[] = timeCpuBaselines(batch, { repeat, warmup, warmupMs });
    const skipped: string[] = [];
    if (opts.torch !== false) {
      if (findTorchPython()) results.push(...runTorchBaselines(path, { repeat, warmup, warmupMs }));
      else skipped.push(NO_TORCH_MESSAGE);
    }
    return { batch: source, B: batch.B, T: batch.T, tokens: countValidTokens(batch), results, skipped };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function baselinesTable(run: BaselineRun): string {
  const lines = [
    `batch ${run.batch}: B=${run.B} T=${run.T} valid tokens=${run.tokens}`,
    '',
    '| baseline | estimator | median ms | min ms | max ms | ns/token |',
    '| :-- | :-- | --: | --: | --: | --: |',
    ...run.results.map(
      (r) =>
        `| ${r.baseline} | ${r.estimator} | ${r.wall_ms_median.toFixed(1)} | ${Math.min(...r.runs_ms).toFixed(1)} | ` +
        `${Math.max(...r.runs_ms).toFixed(1)} | ${((r.wall_ms_median * 1e6) / run.tokens).toFixed(0)} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

function main(argv: string[]): void {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const source = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]!.startsWith('--') && argv[i - 1] !== '--no-torch'));
  if (!source) {
    console.error('usage: baselines-cli <case | batch.safetensors> [--repeat N] [--warmup N] [--warmup-ms MS] [--seed S] [--no-torch] [--json out.json]');
    process.exit(2);
  }
  const run = runBaselines(source, {
    repeat: Number(flag('--repeat') ?? 10),
    warmup: Number(flag('--warmup') ?? 2),
    warmupMs: Number(flag('--warmup-ms') ?? 500),
    seed: Number(flag('--seed') ?? 1),
    torch: !argv.includes('--no-torch'),
  });
  for (const r of run.results) console.log(JSON.stringify({ batch: run.batch, tokens: run.tokens, ...r }));
  for (const s of run.skipped) console.log(s);
  console.log(`\n${baselinesTable(run)}`);
  const m = machineInfo();
  console.log(`machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const jsonOut = flag('--json');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ machine: m, ...run }, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
