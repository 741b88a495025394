// The supervised warm start: cross-entropy on the teacher's worked solutions (imperfect on purpose),
// stopped early once greedy accuracy on the dev set reaches a target, so RL starts from partial
// competence whatever the seed. Its weights may be cached on disk and shared by runs of one seed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import type { GpuCtx } from './gpu.js';
import { initParams } from './init.js';
import { aggWeights, type LossHyper } from './loss-config.js';
import type { EvalRow } from './metrics.js';
import type { ModelConfig } from './model-config.js';
import type { AdamHyper, GpuPolicy } from './policy.js';
import { Rng } from '../rng.js';
import type { Problem, Task } from './tasks.js';

export interface SftSettings {
  seed: number;
  sftSteps: number;
  sftLr: number;
  sftTarget: number;
  sftEvalEvery: number;
  sftCacheDir?: string;
  /** Identifies the task and teacher in the cache file name. */
  tag: string;
}

export interface SftProgress {
  step: number;
  total: number;
  row?: EvalRow;
}

/** Deterministic per-purpose seeds derived from the run seed. */
export function subSeed(seed: number, tag: number, i: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(tag, 0x85ebca77) ^ Math.imul(i + 1, 0xc2b2ae3d)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

export async function sft(
  o: SftSettings,
  task: Task,
  pol: GpuPolicy,
  ctx: GpuCtx,
  cfg: ModelConfig,
  adam: Omit<AdamHyper, 'lr'>,
  draw: (rng: Rng) => Problem,
  grid: (p: Problem[]) => Int32Array,
  onProgress: ((p: SftProgress) => void) | undefined,
  peek: (step: number) => Promise<EvalRow>,
): Promise<void> {
  const cacheFile = o.sftCacheDir
    ? join(o.sftCacheDir, `sft-${o.tag}-s${o.seed}-${o.sftSteps}-${o.sftTarget}-${o.sftLr}-${cfg.layers}x${cfg.d}x${cfg.heads}x${cfg.ff}-${pol.seqs}.bin`)
    : '';
  if (cacheFile && existsSync(cacheFile)) {
    const raw = readFileSync(cacheFile);
    pol.setParams(new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)));
    return;
  }
  pol.setParams(initParams(cfg, subSeed(o.seed, 1, 0)));
  pol.resetOptimizer();
  const { seqs } = pol;
  const P = task.promptLen;
  const T = cfg.T;
  const h: LossHyper = { mode: 'sft', temperature: 1, clipLow: 0, clipHigh: 0, clipC: 3, klCoef: 0 };
  const warm = Math.min(10, o.sftSteps);
  for (let s = 1; s <= o.sftSteps; s++) {
    const rng = new Rng(subSeed(o.seed, 4, s));
    const probs = Array.from({ length: seqs }, () => draw(rng));
    const tok = grid(probs);
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
    pol.update(h, { lr, ...adam });
    if (s % 10 === 0 || s === o.sftSteps) {
      await ctx.readF32(pol.stats, 4); // keeps the queue from running far ahead of the host
      const row = o.sftTarget > 0 || (o.sftEvalEvery > 0 && s % o.sftEvalEvery === 0) ? await peek(s) : undefined;
      onProgress?.({ step: s, total: o.sftSteps, row });
      if (o.sftTarget > 0 && row && row.eval_accuracy >= o.sftTarget) break;
    }
  }
  if (cacheFile) {
    mkdirSync(o.sftCacheDir!, { recursive: true });
    writeFileAtomic(cacheFile, new Uint8Array((await pol.getState()).params.buffer));
  }
}
