// Random batches for differential tests: a small shrinkable spec (shape, modes, seed) expanded into arrays by a
// seeded PRNG, so fast-check shrinks B and T instead of thousands of array elements.
import fc from 'fast-check';
import { INPUT_FIELDS, type Batch } from '../../src/runtime/batch.js';

export const MAX_B = 40;
export const MAX_T = 70;

/**
 * Every float input is a multiple of 1/8 in [-4, 4] (and rewards also 0 or 1): sums of such values are exact in
 * f32 and f64 alike, so the program generator can tell which subexpressions both executors compute exactly.
 */
export const INPUT_FRAC_BITS = 3;
export const INPUT_BOUND = 4;

export interface BatchSpec {
  B: number;
  T: number;
  seed: number;
  /** token ids are drawn from [0, vocab): small vocabularies make keys repeat */
  vocab: number;
  /** prefix: a valid prefix per row; holes: prefix with masked-out tokens inside; full: every token valid */
  mask: 'prefix' | 'holes' | 'full';
  /** share (percent) of rows with no valid token at all */
  emptyRows: number;
  /**
   * outcome: a score on the last valid token; dense: grid values everywhere; equal: every row scores 1. Off the
   * grid (for the stdlib estimators only: random programs compare rewards, which needs exact values), each on
   * the last valid token: equal-inexact: every row of a group scores the same value that float32 sums round
   * (0.7, 123.456, ...); near-equal: that value plus 0-3 ulp; large: grid values times 2^66 (about 1e20)
   */
  rewards: 'outcome' | 'dense' | 'equal' | 'equal-inexact' | 'near-equal' | 'large';
  /** adjacent: groups are runs of rows; interleaved: rows of a group are spread out; singletons: groups of 1 */
  groups: 'adjacent' | 'interleaved' | 'singletons';
  /** number of groups before the mode is applied (clamped to B) */
  numGroups: number;
  /**
   * The entropies, which random programs read only through order statistics (kth, median, quantile, top_k):
   * grid values as every other field (the default); ties: few values off the grid; near-equal: one value plus
   * 0-3 ulp, with signed zeros; huge: grid values times 2^100, with infinities and signed zeros
   */
  entropy?: 'grid' | 'ties' | 'near-equal' | 'huge';
}

export const batchSpecArb: fc.Arbitrary<BatchSpec> = fc.record({
  B: fc.integer({ min: 1, max: MAX_B }),
  T: fc.integer({ min: 1, max: MAX_T }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  vocab: fc.integer({ min: 1, max: 8 }),
  mask: fc.constantFrom('prefix', 'holes', 'full'),
  emptyRows: fc.constantFrom(0, 15, 50),
  rewards: fc.constantFrom('outcome', 'dense', 'equal'),
  groups: fc.constantFrom('adjacent', 'interleaved', 'singletons'),
  numGroups: fc.integer({ min: 1, max: 12 }),
});

/** Batches for random programs: also the entropy modes of order statistics (see `entropy`). */
export const programBatchSpecArb: fc.Arbitrary<BatchSpec> = fc.tuple(batchSpecArb, fc.constantFrom('grid', 'ties', 'near-equal', 'huge') as fc.Arbitrary<NonNullable<BatchSpec['entropy']>>).map(([s, entropy]) => ({ ...s, entropy }));

/** Batches for the stdlib estimators: also equal, near-equal and huge reward groups (see `rewards`). */
export const stdlibBatchSpecArb: fc.Arbitrary<BatchSpec> = fc.tuple(batchSpecArb, fc.constantFrom('outcome', 'dense', 'equal', 'equal-inexact', 'near-equal', 'large') as fc.Arbitrary<BatchSpec['rewards']>).map(([s, rewards]) => ({ ...s, rewards }));

/** Group scores a float32 running sum does not add exactly. */
const INEXACT_SCORES = [0.7, 123.456, 0.1, 1 / 3, -2.2e7, 1e-3];

/** mulberry32: a tiny deterministic PRNG, enough to expand a spec reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeBatch(spec: BatchSpec): Batch {
  const { B, T } = spec;
  const rnd = prng(spec.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const grid = () => int(-INPUT_BOUND * 8, INPUT_BOUND * 8) / 8;
  const n = B * T;
  const response_mask = new Int32Array(n);
  const lengths: number[] = [];
  for (let b = 0; b < B; b++) {
    const empty = int(0, 99) < spec.emptyRows;
    const len = empty ? 0 : spec.mask === 'full' ? T : rnd() < 0.25 ? T : int(1, T);
    lengths.push(len);
    for (let t = 0; t < len; t++) response_mask[b * T + t] = spec.mask === 'holes' && t < len - 1 && rnd() < 0.2 ? 0 : 1;
  }
  const responses = Int32Array.from({ length: n }, () => int(0, spec.vocab - 1));
  const token_level_rewards = new Float32Array(n);
  for (let b = 0; b < B; b++) {
    if (spec.rewards === 'dense') {
      for (let t = 0; t < T; t++) token_level_rewards[b * T + t] = grid();
    } else if (lengths[b]! > 0 && ['outcome', 'equal'].includes(spec.rewards)) {
      const score = spec.rewards === 'equal' ? 1 : rnd() < 0.6 ? int(0, 1) : grid();
      token_level_rewards[b * T + lengths[b]! - 1] = score;
    }
  }
  const index = groupIndex(spec, int);
  if (['equal-inexact', 'near-equal', 'large'].includes(spec.rewards)) {
    const base = new Map<number, number>();
    for (const g of index) if (!base.has(g)) base.set(g, INEXACT_SCORES[int(0, INEXACT_SCORES.length - 1)]!);
    for (let b = 0; b < B; b++) {
      if (lengths[b] === 0) continue;
      let score = Math.fround(base.get(index[b]!)!);
      if (spec.rewards === 'near-equal') score = nextUp(score, int(0, 3));
      if (spec.rewards === 'large') score = grid() * 2 ** 66;
      token_level_rewards[b * T + lengths[b]! - 1] = score;
    }
  }
  const floats = () => Float32Array.from({ length: n }, grid);
  return {
    B,
    T,
    responses,
    response_mask,
    token_level_rewards,
    index,
    values: floats(),
    old_log_probs: floats(),
    ref_log_probs: floats(),
    entropy: entropies(spec.entropy ?? 'grid', n, rnd, grid),
    sum_pi_squared: floats(),
    rollout_is_weights: floats(),
    reward_baselines: Float32Array.from({ length: B }, grid),
  };
}

/** Entropies of a mode (see BatchSpec.entropy): values whose order is exact but whose sums are not. */
function entropies(mode: NonNullable<BatchSpec['entropy']>, n: number, rnd: () => number, grid: () => number): Float32Array {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const ties = [pick(INEXACT_SCORES), pick(INEXACT_SCORES), -pick(INEXACT_SCORES)].map(Math.fround);
  const base = Math.fround(pick(INEXACT_SCORES));
  const draw: Record<typeof mode, () => number> = {
    grid,
    ties: () => pick(ties),
    'near-equal': () => (rnd() < 0.1 ? pick([0, -0]) : nextUp(base, Math.floor(rnd() * 4))),
    huge: () => (rnd() < 0.1 ? pick([Infinity, -Infinity, 0, -0]) : grid() * 2 ** 100),
  };
  return Float32Array.from({ length: n }, draw[mode]);
}

/** The float32 `k` ulps above x. */
function nextUp(x: number, k: number): number {
  const f = new Float32Array([x]);
  const u = new Int32Array(f.buffer);
  u[0] = u[0]! + (x >= 0 ? k : -k);
  return f[0]!;
}

/** Group ids: arbitrary (non-dense, sometimes negative) integers, laid out as the spec's mode says. */
function groupIndex(spec: BatchSpec, int: (lo: number, hi: number) => number): Int32Array {
  const { B } = spec;
  const G = spec.groups === 'singletons' ? B : Math.min(B, spec.numGroups);
  const ids: number[] = [];
  while (ids.length < G) {
    const id = int(-50, 1000);
    if (!ids.includes(id)) ids.push(id);
  }
  const index = new Int32Array(B);
  for (let b = 0; b < B; b++) {
    if (spec.groups === 'singletons') index[b] = ids[b]!;
    else if (spec.groups === 'adjacent') index[b] = ids[Math.floor((b * G) / B)]!;
    else index[b] = b < G ? ids[b]! : ids[int(0, G - 1)]!; // every group has a row, the rest at random
  }
  if (spec.groups === 'interleaved') {
    // shuffle so that rows of a group are not adjacent
    for (let i = B - 1; i > 0; i--) {
      const j = int(0, i);
      [index[i], index[j]] = [index[j]!, index[i]!];
    }
  }
  return index;
}

/** The batch as JSON rows (the layout `advc run --batch` reads), declared fields included, for reproducing a failure by hand. */
export function batchToJson(batch: Batch, declared: readonly { name: string; domain: 'token' | 'rollout' }[] = []): string {
  const rows = (a: ArrayLike<number>) => Array.from({ length: batch.B }, (_, b) => Array.from(a).slice(b * batch.T, (b + 1) * batch.T));
  const doc: Record<string, unknown> = {};
  for (const f of [...INPUT_FIELDS, ...declared]) {
    const data = batch[f.name];
    if (data) doc[f.name] = f.domain === 'token' ? rows(data) : Array.from(data);
  }
  return JSON.stringify(doc);
}

/** The batch plus a random grid-valued array for each declared field (per token or per rollout). */
export function withDeclaredFields(batch: Batch, fields: readonly { name: string; domain: 'token' | 'rollout'; type: 'int' | 'float' }[], seed: number): Batch {
  const rnd = prng(seed);
  const out: Batch = { ...batch };
  for (const f of fields) {
    const n = f.domain === 'token' ? batch.B * batch.T : batch.B;
    out[f.name] = f.type === 'int' ? Int32Array.from({ length: n }, () => Math.floor(rnd() * 8)) : Float32Array.from({ length: n }, () => Math.round((rnd() * 8 - 4) * 8) / 8);
  }
  return out;
}
