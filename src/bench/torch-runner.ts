// Runs bench/torch_baselines.py (vectorized PyTorch KTAE / GRPO / the newer stdlib estimators, verl's loop GRPO,
// pass@k and optimal token baseline) and parses its JSON lines.
// PyTorch is optional: findTorchPython() says whether some python3 on this machine can import it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

export const TORCH_BASELINES = [
  'torch_ktae_vectorized',
  'torch_grpo_vectorized',
  'verl_grpo_loop',
  'torch_entropy_advantage_vectorized',
  'torch_top_entropy_grpo_vectorized',
  'torch_gtpo_vectorized',
  'torch_grpo_s_vectorized',
  'torch_treerl_vectorized',
  'torch_grpo_passk_vectorized',
  'verl_grpo_passk_loop',
  'torch_optimal_token_baseline_vectorized',
  'verl_optimal_token_baseline_loop',
  'torch_gdpo_vectorized',
  'torch_canon_vectorized',
] as const;
export type TorchBaselineName = (typeof TORCH_BASELINES)[number];

export interface BaselineTiming {
  baseline: string;
  /** the stdlib estimator it computes */
  estimator: string;
  wall_ms_median: number;
  runs_ms: number[];
  warmup: number;
  repeat: number;
}
export interface TorchBaselineResult extends BaselineTiming {
  B: number;
  T: number;
  tokens: number;
  threads: number;
  torch: string;
}

/** The script sits at <package>/bench/torch_baselines.py. */
export const TORCH_SCRIPT = join(PACKAGE_ROOT, 'bench', 'torch_baselines.py');

let found: string | null | undefined;

/**
 * The first interpreter that imports torch: $ADVC_TORCH_PYTHON, then python3 on PATH, then /usr/bin/python3
 * (Debian's python3-torch installs there, which a pyenv python3 on PATH does not see).
 */
export function findTorchPython(): string | undefined {
  if (found !== undefined) return found ?? undefined;
  const candidates = [process.env['ADVC_TORCH_PYTHON'], 'python3', '/usr/bin/python3'].filter(
    (c): c is string => !!c,
  );
  found = null;
  for (const py of candidates) {
    const r = spawnSync(py, ['-c', 'import torch, numpy'], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) {
      found = py;
      break;
    }
  }
  return found ?? undefined;
}

export const NO_TORCH_MESSAGE =
  'PyTorch baselines skipped: no python3 here imports torch (Debian: apt-get install python3-torch; ' +
  'or point ADVC_TORCH_PYTHON at an interpreter that has it)';

export interface TorchRunOptions {
  repeat?: number;
  warmup?: number;
  /** warm-up time, at least (ms) */
  warmupMs?: number;
  only?: readonly TorchBaselineName[];
  params?: Record<string, number | boolean>;
  threads?: number;
  /** Files to write each baseline's advantages to (safetensors, tensor "advantages" F32 [B,T]). */
  writeKtae?: string;
  writeGrpo?: string;
  writeGrpoLoop?: string;
  /** a folder to write every baseline's advantages to, as <baseline>.safetensors */
  writeDir?: string;
  python?: string;
}

export function runTorchBaselines(batchPath: string, opts: TorchRunOptions = {}): TorchBaselineResult[] {
  const python = opts.python ?? findTorchPython();
  if (!python) throw new Error(NO_TORCH_MESSAGE);
  if (!existsSync(TORCH_SCRIPT)) throw new Error(`missing ${TORCH_SCRIPT}`);
  const args = [TORCH_SCRIPT, batchPath, '--repeat', String(opts.repeat ?? 10), '--warmup', String(opts.warmup ?? 2)];
  if (opts.warmupMs) args.push('--warmup-ms', String(opts.warmupMs));
  if (opts.only) args.push('--only', opts.only.join(','));
  if (opts.params) args.push('--params', JSON.stringify(opts.params));
  if (opts.threads) args.push('--threads', String(opts.threads));
  if (opts.writeKtae) args.push('--write-ktae', opts.writeKtae);
  if (opts.writeGrpo) args.push('--write-grpo', opts.writeGrpo);
  if (opts.writeGrpoLoop) args.push('--write-grpo-loop', opts.writeGrpoLoop);
  if (opts.writeDir) args.push('--write-dir', opts.writeDir);
  const r = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`${python} ${TORCH_SCRIPT} failed (status ${r.status}): ${r.stderr || r.error?.message}`);
  }
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as TorchBaselineResult);
}
