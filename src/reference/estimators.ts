// Straightforward CPU implementations of verl's GRPO and of KTAE (spec/estimators.md §2.2 and §6).
// Two jobs: the "plain TypeScript" baseline of the benchmark, and an implementation independent of the
// compiler to check the GPU executor against. Written for clarity first: per-row and per-group loops in
// float64, with the deterministic rules of test/fixtures/README.md where the official code relies on
// float32 luck (Fisher ties, p == 1).
import type { Batch, Outputs, Params } from '../runtime/batch.js';

export interface GrpoParams {
  epsilon: number;
  /** false gives Dr.GRPO's advantage s - mean. */
  norm_adv_by_std_in_grpo: boolean;
}
export const GRPO_DEFAULTS: GrpoParams = { epsilon: 1e-6, norm_adv_by_std_in_grpo: true };

export interface KtaeParams {
  alpha: number; // Fisher weight; 0 switches the Fisher term off
  beta: number; // information-gain weight; 0 switches it off
  gamma: number; // tf switch (a flag in the official code, not a weight)
  top: number;
  epsilon: number;
  zero_token_id: number; // its key value is forced to 0 (Qwen's <|endoftext|> by default)
  bm25_k1: number;
  bm25_b: number;
}
export const KTAE_DEFAULTS: KtaeParams = {
  alpha: 1,
  beta: 1,
  gamma: 1,
  top: 1,
  epsilon: 1e-6,
  zero_token_id: 151_643,
  bm25_k1: 2.0,
  bm25_b: 0.5,
};

/**
 * Two hypergeometric probabilities count as tied when they agree to this relative tolerance. In float64
 * with exact log-factorials this is scipy's rule (1e-7); it plays the part of the ~1e-5 log-space
 * tolerance a float32 implementation needs. For groups up to 16 rollouts distinct probabilities differ
 * by more than 7e-5 relative (they are integers below C(16,8) over a common denominator), so both agree.
 */
export const FISHER_TIE_RTOL = 1e-7;

function numberParams<T extends object>(defaults: T, params: Params | undefined): T {
  const out = { ...defaults } as Record<string, number | boolean>;
  for (const [k, v] of Object.entries(params ?? {})) {
    if (k in out) out[k] = typeof out[k] === 'boolean' ? Boolean(v) : Number(v);
  }
  return out as T;
}

// ---------- shared pieces ----------

/** Row sums of the rewards over all T positions (not masked), as verl computes scores. */
export function rowScores(batch: Batch): Float64Array {
  const { B, T, token_level_rewards: R } = batch;
  const s = new Float64Array(B);
  for (let i = 0; i < B; i++) {
    let acc = 0;
    for (let t = 0; t < T; t++) acc += R[i * T + t]!;
    s[i] = acc;
  }
  return s;
}

/** Rows of each group, in batch order; groups in order of first appearance. */
export function groupRows(index: Int32Array): number[][] {
  const byId = new Map<number, number[]>();
  for (let i = 0; i < index.length; i++) {
    const id = index[i]!;
    let rows = byId.get(id);
    if (!rows) byId.set(id, (rows = []));
    rows.push(i);
  }
  return [...byId.values()];
}

/** Group mean and unbiased std; a group of one gets mean 0, std 1. */
function meanStd(values: number[]): [number, number] {
  const n = values.length;
  if (n === 1) return [0, 1];
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const ss = values.reduce((a, v) => a + (v - mean) * (v - mean), 0);
  return [mean, Math.sqrt(ss / (n - 1))];
}

// ---------- GRPO (verl compute_grpo_outcome_advantage, per-row loop style) ----------

export function grpoCpu(batch: Batch, params?: Params): Outputs {
  const p = numberParams(GRPO_DEFAULTS, params);
  const { B, T, response_mask: M, index } = batch;
  const scores = rowScores(batch);
  const scoresOf = new Map<number, number[]>();
  for (let i = 0; i < B; i++) {
    const list = scoresOf.get(index[i]!);
    if (list) list.push(scores[i]!);
    else scoresOf.set(index[i]!, [scores[i]!]);
  }
  const stats = new Map<number, [number, number]>();
  for (const [id, list] of scoresOf) stats.set(id, meanStd(list));
  const adv = new Float32Array(B * T);
  for (let i = 0; i < B; i++) {
    const [mu, sd] = stats.get(index[i]!)!;
    const a = p.norm_adv_by_std_in_grpo ? (scores[i]! - mu) / (sd + p.epsilon) : scores[i]! - mu;
    for (let t = 0; t < T; t++) adv[i * T + t] = a * M[i * T + t]!;
  }
  return { advantages: adv, returns: adv.slice() };
}

// ---------- KTAE statistics on a 2x2 presence table [a, b; c, d] ----------

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1]! + Math.log(k));
  return logFactorials[n]!;
}
const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * Fisher's transform F = exp(-2p) of the two-sided exact test's p-value, with the deterministic rules:
 * ties within FISHER_TIE_RTOL are counted, and F = 0 exactly when the hypergeometric support
 * [max(0, R1+C1-n), min(R1, C1)] holds a single table (the official code's p == 1.0 case).
 */
export function fisherTransform(a: number, b: number, c: number, d: number): number {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const kMin = Math.max(0, r1 + c1 - n);
  const kMax = Math.min(r1, c1);
  if (kMin === kMax) return 0;
  const logDenominator = logChoose(n, r1);
  const logP = (k: number) => logChoose(c1, k) + logChoose(n - c1, r1 - k) - logDenominator;
  const threshold = logP(a) + Math.log1p(FISHER_TIE_RTOL);
  let p = 0;
  for (let k = kMin; k <= kMax; k++) {
    const lp = logP(k);
    if (lp <= threshold) p += Math.exp(lp);
  }
  return Math.exp(-2 * p);
}

/** Fisher's two-sided p-value under the same tie rule (exposed for tests and reports). */
export function fisherPValue(a: number, b: number, c: number, d: number): number {
  const F = fisherTransform(a, b, c, d);
  return F === 0 ? 1 : -Math.log(F) / 2;
}

const entropyTerm = (p: number) => (p > 0 ? -p * Math.log2(p) : 0);

/** Information gain (bits) of presence about the outcome; 0 for an empty table. */
export function informationGain(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  if (n === 0) return 0;
  const hY = entropyTerm((a + c) / n) + entropyTerm((b + d) / n);
  const hSplit = (x1: number, x2: number) =>
    x1 + x2 > 0 ? entropyTerm(x1 / (x1 + x2)) + entropyTerm(x2 / (x1 + x2)) : 0;
  return hY - (((a + b) / n) * hSplit(a, b) + ((c + d) / n) * hSplit(c, d));
}

/** KTAE's Cohen term: asin(sqrt(p1)) - asin(sqrt(p2)), without the textbook factor 2. */
export function cohenH(p1: number, p2: number): number {
  const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
  return Math.asin(Math.sqrt(clamp01(p1))) - Math.asin(Math.sqrt(clamp01(p2)));
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// ---------- KTAE ----------

/** Token ids as dense indices: the ids themselves when small, else a compacted numbering. */
function denseIds(batch: Batch): { ids: Int32Array; size: number; original: (dense: number) => number } {
  const { responses: Y, response_mask: M } = batch;
  let maxId = 0;
  for (let i = 0; i < Y.length; i++) {
    if (M[i] === 0) continue;
    const y = Y[i]!;
    if (y < 0) throw new Error(`token id ${y} at flat position ${i} is negative; key ids must be >= 0`);
    if (y > maxId) maxId = y;
  }
  if (maxId < 1 << 24) return { ids: Y, size: maxId + 1, original: (x) => x };
  const compact = new Map<number, number>();
  const back: number[] = [];
  const ids = new Int32Array(Y.length);
  for (let i = 0; i < Y.length; i++) {
    if (M[i] === 0) continue;
    let c = compact.get(Y[i]!);
    if (c === undefined) {
      compact.set(Y[i]!, (c = back.length));
      back.push(Y[i]!);
    }
    ids[i] = c;
  }
  return { ids, size: back.length, original: (x) => back[x]! };
}

/**
 * KTAE (spec §6.2-6.3): per group, GRPO's standardised score plus a key-token value per token id built
 * from the presence table in correct (score > 0) and wrong rollouts, Fisher, information gain, Cohen
 * and BM25-style tf. Outputs advantages = returns, and key_values (the key-token part alone).
 */
export function ktaeCpu(batch: Batch, params?: Params): Outputs {
  const p = numberParams(KTAE_DEFAULTS, params);
  const { B, T, response_mask: M } = batch;
  const { ids, size: V, original } = denseIds(batch);
  const scores = rowScores(batch);
  const advantages = new Float32Array(B * T);
  const keyValues = new Float32Array(B * T);

  // Per-id scratch reused by every group; `touched` lists the ids to read and reset.
  const presence = [new Int32Array(V), new Int32Array(V)]; // [wrong, correct]
  const count = [new Int32Array(V), new Int32Array(V)];
  const lastRow = new Int32Array(V).fill(-1);
  const keyValue = new Float64Array(V);
  const touched: number[] = [];

  for (const rows of groupRows(batch.index)) {
    const [mu, sd] = meanStd(rows.map((r) => scores[r]!));
    const correct = rows.map((r) => (scores[r]! > 0 ? 1 : 0));
    const nCorrect = correct.reduce<number>((a, b) => a + b, 0);
    const nWrong = rows.length - nCorrect;
    const withKeys = rows.length > 1 && nCorrect > 0 && nWrong > 0;

    if (withKeys) {
      const validTokens = [0, 0];
      rows.forEach((r, k) => {
        const cls = correct[k]!;
        for (let t = 0; t < T; t++) {
          if (M[r * T + t] === 0) continue;
          const y = ids[r * T + t]!;
          validTokens[cls]!++;
          count[cls]![y]!++;
          if (lastRow[y] !== r) {
            if (lastRow[y] === -1) touched.push(y);
            lastRow[y] = r;
            presence[cls]![y]!++;
          }
        }
      });
      const [nW, nC] = validTokens as [number, number];
      const { bm25_k1: k1, bm25_b: b } = p;
      const avg = (nC + nW) / 2;
      const kC = k1 * (1 - b + (b * nC) / avg);
      const kW = k1 * (1 - b + (b * nW) / avg);
      const statsOf = new Map<number, number>(); // (a, b) -> alpha*F + beta*IG, shared by many ids
      for (const y of touched) {
        const pa = presence[1]![y]!;
        const pb = presence[0]![y]!;
        const pc = nCorrect - pa;
        const pd = nWrong - pb;
        const tableKey = pa * (nWrong + 1) + pb;
        let weight = statsOf.get(tableKey);
        if (weight === undefined) {
          const F = p.alpha ? fisherTransform(pa, pb, pc, pd) : 0;
          const ig = p.beta ? informationGain(pa, pb, pc, pd) : 0;
          weight = p.alpha * F + p.beta * ig;
          statsOf.set(tableKey, weight);
        }
        let x = cohenH(pa / (pa + pc + 1e-10), pb / (pb + pd + 1e-10));
        if (p.gamma) {
          const fC = nC > 0 ? count[1]![y]! / nC : 0;
          const fW = nW > 0 ? count[0]![y]! / nW : 0;
          const tfC = (fC * (k1 + 1)) / (fC + kC);
          const tfW = (fW * (k1 + 1)) / (fW + kW);
          x += tfC / (tfW + 1e-5) - tfW / (tfC + 1e-5);
        }
        const v = (weight * x) / (p.alpha + p.beta);
        keyValue[y] = original(y) === p.zero_token_id ? 0 : (sigmoid(v) - 0.5) * 2 * p.top;
      }
    }

    rows.forEach((r) => {
      const a = (scores[r]! - mu) / (sd + p.epsilon);
      for (let t = 0; t < T; t++) {
        const at = r * T + t;
        if (M[at] === 0) continue;
        const kv = withKeys ? keyValue[ids[at]!]! : 0;
        advantages[at] = a + kv;
        keyValues[at] = kv;
      }
    });

    for (const y of touched) {
      presence[0]![y] = presence[1]![y] = count[0]![y] = count[1]![y] = 0;
      lastRow[y] = -1;
      keyValue[y] = 0;
    }
    touched.length = 0;
  }
  return { advantages, returns: advantages.slice(), key_values: keyValues };
}
