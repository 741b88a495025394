// Reference values for the statistical helpers (test/fixtures-stats/reference.json, made by make_reference.py
// there with scipy and numpy in float64) and a way to run a small advc estimator over a column of values on both
// executors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSource, compileChecked } from '../../src/compiler/index.js';
import { interpret } from '../../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../../src/runtime/batch.js';
import { getGpu } from '../../src/runtime/device.js';
import { GpuEstimator } from '../../src/runtime/executor.js';

export interface StatsReference {
  generator: string;
  bm25: { k1: number; b: number };
  lgamma: { x: number[]; gammaln: number[] };
  /** [a, b, c, d] of every table KTAE builds for groups of 1..16 rollouts */
  tables: Array<[number, number, number, number]>;
  fisher_p: number[];
  fisher_score: number[];
  information_gain: number[];
  cohen_h: number[];
  /** BM25 tf of each class, null where a class is empty (KTAE computes no key values there) */
  tf_c: Array<number | null>;
  tf_w: Array<number | null>;
}

export function loadStatsReference(): StatsReference {
  const path = fileURLToPath(new URL('../fixtures-stats/reference.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as StatsReference;
}

/** Columns of a batch: per token input name, one value per case. */
export type CaseColumns = Partial<Record<'token_level_rewards' | 'values' | 'old_log_probs' | 'ref_log_probs', number[]>>;

const ROW = 64;

/**
 * Lays n cases out as a [B, 64] batch, every position valid, one case per position; positions past the last case
 * repeat case 0 so that they hold ordinary values.
 */
export function caseBatch(columns: CaseColumns): Batch {
  const n = Object.values(columns)[0]!.length;
  const B = Math.ceil(n / ROW);
  const T = ROW;
  const spread = (xs: number[]) => Float32Array.from({ length: B * T }, (_, i) => xs[i < n ? i : 0]!);
  const batch: Batch = {
    B,
    T,
    responses: new Int32Array(B * T),
    response_mask: new Int32Array(B * T).fill(1),
    index: Int32Array.from({ length: B }, (_, i) => i),
    token_level_rewards: new Float32Array(B * T),
  };
  for (const [name, xs] of Object.entries(columns)) batch[name as keyof CaseColumns] = spread(xs);
  return batch;
}

/** Runs an estimator given as source text on the interpreter and on the WGSL backend. */
export async function runBoth(source: string, batch: Batch, params: Params = {}): Promise<{ interp: Outputs; gpu: Outputs }> {
  const checked = checkSource({ source, file: 'stats-test.adv' });
  const interp = interpret(checked.program, batch, params);
  const gpu = await (await GpuEstimator.create(await getGpu(), compileChecked(checked))).run(batch, params);
  return { interp, gpu };
}

/** Largest |got - want| and |got - want| / |want| over the first n entries, with where they occur. */
export function maxErrors(got: ArrayLike<number>, want: ArrayLike<number>, n = want.length) {
  let abs = 0;
  let rel = 0;
  let absAt = -1;
  let relAt = -1;
  for (let i = 0; i < n; i++) {
    const e = Math.abs(got[i]! - want[i]!);
    if (e > abs) [abs, absAt] = [e, i];
    const r = want[i] !== 0 ? e / Math.abs(want[i]!) : e === 0 ? 0 : Infinity;
    if (r > rel) [rel, relAt] = [r, i];
  }
  return { abs, absAt, rel, relAt };
}
