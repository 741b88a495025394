// Plain TypeScript (float64) versions of the newer stdlib estimators, written from verl's code and the spec
// (shared/spec/estimators.md), independently of their advc source: the tests compare both on random batches.
// Critical KTAE builds on the TypeScript KTAE reference (src/reference/estimators.ts).
import { fisherPValue, ktaeCpu } from '../../src/reference/estimators.js';
import type { Batch, Outputs, Params } from '../../src/runtime/batch.js';

/** Rows of each group, in order of first appearance. */
export function groupsOf(index: Int32Array): number[][] {
  const byId = new Map<number, number[]>();
  index.forEach((id, b) => {
    if (!byId.has(id)) byId.set(id, []);
    byId.get(id)!.push(b);
  });
  return [...byId.values()];
}

/** A rollout's score: the sum of its valid tokens' rewards. */
export function scores(batch: Batch): number[] {
  const { B, T } = batch;
  return Array.from({ length: B }, (_, b) => {
    let s = 0;
    for (let t = 0; t < T; t++) if (batch.response_mask[b * T + t]) s += batch.token_level_rewards[b * T + t]!;
    return s;
  });
}

function std(xs: number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

function perRollout(batch: Batch, a: number[]): Outputs {
  const { B, T } = batch;
  const adv = new Float32Array(B * T);
  for (let b = 0; b < B; b++) for (let t = 0; t < T; t++) adv[b * T + t] = a[b]! * batch.response_mask[b * T + t]!;
  return { advantages: adv, returns: adv };
}

/** verl compute_grpo_passk_outcome_advantage: torch.topk's first winner; a group of one gets 0. */
export function grpoPasskReference(batch: Batch, p: { epsilon?: number; norm_adv_by_std_in_grpo?: boolean } = {}): Outputs {
  const eps = p.epsilon ?? 1e-6;
  const s = scores(batch);
  const a = new Array<number>(batch.B).fill(0);
  for (const rows of groupsOf(batch.index)) {
    if (rows.length < 2) continue;
    const order = [...rows].sort((x, y) => s[y]! - s[x]! || x - y);
    const margin = s[order[0]!]! - s[order[1]!]!;
    a[order[0]!] = p.norm_adv_by_std_in_grpo === false ? margin : margin / (std(rows.map((r) => s[r]!)) + eps);
  }
  return perRollout(batch, a);
}

/** verl compute_optimal_token_baseline_advantage. */
export function optimalTokenBaselineReference(batch: Batch, p: { handle_zero_tail?: boolean; epsilon?: number } = {}): Outputs {
  const { B, T } = batch;
  const eps = p.epsilon ?? 1e-8;
  const m = (i: number) => batch.response_mask[i]!;
  const G = new Float64Array(B * T);
  const W = new Float64Array(B * T);
  for (let b = 0; b < B; b++) {
    let acc = 0;
    for (let t = T - 1; t >= 0; t--) G[b * T + t] = acc += batch.token_level_rewards[b * T + t]! * m(b * T + t);
    acc = 0;
    for (let t = 0; t < T; t++) {
      const i = b * T + t;
      const isw = batch.rollout_is_weights ? batch.rollout_is_weights[i]! ** 2 : 1;
      W[i] = acc += (1 - 2 * Math.exp(batch.old_log_probs![i]!) + batch.sum_pi_squared![i]!) * isw * m(i);
    }
  }
  const base = new Float64Array(B * T);
  for (const rows of groupsOf(batch.index)) {
    if (rows.length === 1) continue;
    for (let t = 0; t < T; t++) {
      let num = 0;
      let den = 0;
      for (const r of rows) {
        num += G[r * T + t]! * W[r * T + t]! * m(r * T + t);
        den += W[r * T + t]! * m(r * T + t);
      }
      for (const r of rows) base[r * T + t] = num / (den + eps);
    }
    if (p.handle_zero_tail ?? true) {
      const len = rows.map((r) => Array.from({ length: T }, (_, t) => m(r * T + t)).reduce((a, x) => a + x, 0));
      const sorted = [...len].sort((x, y) => x - y);
      const [second, longest] = sorted.slice(-2) as [number, number];
      const at = len.flatMap((l, i) => (l === longest ? [i] : []));
      if (at.length === 1 && longest > second) for (let t = second; t < T; t++) base[rows[at[0]!]! * T + t] = 0;
    }
  }
  const advantages = new Float32Array(B * T);
  const returns = new Float32Array(B * T);
  for (let i = 0; i < B * T; i++) {
    advantages[i] = (G[i]! - base[i]!) * m(i);
    returns[i] = G[i]!;
  }
  return { advantages, returns };
}

/**
 * Critical KTAE from the TypeScript KTAE reference: its key-token term is taken back wherever the key's
 * two-sided Fisher p-value (the reference's own, float64) is not below p_crit by more than a relative 1e-5.
 */
export function criticalKtaeReference(batch: Batch, params: Params & { p_crit?: number } = {}): Outputs {
  const { B, T } = batch;
  const pCrit = params.p_crit ?? 0.05;
  const out = ktaeCpu(batch, params);
  const advantages = out.advantages.slice();
  const s = scores(batch);
  for (const rows of groupsOf(batch.index)) {
    const correct = rows.map((r) => s[r]! > 0);
    const nCorrect = correct.filter(Boolean).length;
    // rollouts of each class that contain each token id
    const present = new Map<number, [Set<number>, Set<number>]>();
    rows.forEach((r, k) => {
      for (let t = 0; t < T; t++) {
        if (!batch.response_mask[r * T + t]) continue;
        const id = batch.responses[r * T + t]!;
        if (!present.has(id)) present.set(id, [new Set(), new Set()]);
        present.get(id)![correct[k] ? 0 : 1].add(r);
      }
    });
    for (const r of rows)
      for (let t = 0; t < T; t++) {
        const i = r * T + t;
        if (!batch.response_mask[i]) continue;
        const [inC, inW] = present.get(batch.responses[i]!)!;
        const p = fisherPValue(inC.size, inW.size, nCorrect - inC.size, rows.length - nCorrect - inW.size);
        if (!(p < pCrit * (1 - 1e-5))) advantages[i] = advantages[i]! - out['key_values']![i]!;
      }
  }
  return { advantages, returns: advantages };
}

/** verl compute_gdpo_outcome_advantage on the per-rollout components gdpo_reward_0..3 (absent ones: 0). */
export function gdpoReference(batch: Batch, p: Params = {}): Outputs {
  const { B, T } = batch;
  const eps = Number(p['epsilon'] ?? 1e-6);
  const total = new Array<number>(B).fill(0);
  for (let k = 0; k < 4; k++) {
    const r = batch[`gdpo_reward_${k}`] as Float32Array | undefined;
    if (!r) continue;
    const w = Number(p[`weight_${k}`] ?? 1);
    for (const rows of groupsOf(batch.index)) {
      const xs = rows.map((b) => r[b]!);
      const [mean, sd] = rows.length > 1 ? [xs.reduce((a, x) => a + x, 0) / xs.length, std(xs)] : [0, 1];
      for (const b of rows) total[b]! += w * (p['norm_adv_by_std_in_grpo'] === false ? r[b]! - mean : (r[b]! - mean) / (sd + eps));
    }
  }
  // masked_whiten: batch mean and unbiased variance over valid tokens
  let n = 0;
  let sum = 0;
  for (let i = 0; i < B * T; i++) if (batch.response_mask[i]) (n++, (sum += total[Math.floor(i / T)]!));
  const mu = sum / n;
  let ss = 0;
  for (let i = 0; i < B * T; i++) if (batch.response_mask[i]) ss += (total[Math.floor(i / T)]! - mu) ** 2;
  const scale = 1 / Math.sqrt(ss / (n - 1) + 1e-8);
  const adv = new Float32Array(B * T);
  for (let i = 0; i < B * T; i++) adv[i] = batch.response_mask[i] ? (total[Math.floor(i / T)]! - mu) * scale : 0;
  return { advantages: adv, returns: adv };
}

/** verl's GRPO advantage of each rollout (a group of one: mean 0, std 1); 0 where the centered score is 0. */
function grpoAdvantages(batch: Batch, s: number[], eps: number, byStd = true): number[] {
  const a = new Array<number>(batch.B).fill(0);
  for (const rows of groupsOf(batch.index)) {
    const xs = rows.map((r) => s[r]!);
    const [mean, sd] = rows.length > 1 ? [xs.reduce((x, y) => x + y, 0) / xs.length, std(xs)] : [0, 1];
    for (const r of rows) a[r] = !byStd ? s[r]! - mean : s[r]! === mean ? 0 : (s[r]! - mean) / (sd + eps);
  }
  return a;
}

/** arXiv 2506.14758: GRPO's advantage plus min(alpha * entropy, |A| / kappa). */
export function entropyAdvantageReference(batch: Batch, p: Params = {}): Outputs {
  const [alpha, kappa, eps] = [Number(p['alpha'] ?? 0.4), Number(p['kappa'] ?? 2), Number(p['epsilon'] ?? 1e-6)];
  const a = grpoAdvantages(batch, scores(batch), eps, p['norm_adv_by_std_in_grpo'] !== false);
  const adv = new Float32Array(batch.B * batch.T);
  for (let i = 0; i < adv.length; i++) {
    const ai = a[Math.floor(i / batch.T)]!;
    adv[i] = (ai + Math.min(alpha * batch.entropy![i]!, Math.abs(ai) / kappa)) * batch.response_mask[i]!;
  }
  return { advantages: adv, returns: adv };
}

/**
 * The 80/20 rule as TRL's get_high_entropy_mask on verl's GRPO advantage: torch.quantile (linear, float32) of the
 * valid entropies at 1 - rho, from a sort; a valid token keeps its advantage where its entropy is >= it.
 */
export function topEntropyGrpoReference(batch: Batch, p: Params = {}): Outputs {
  const f = Math.fround;
  const eps = Number(p['epsilon'] ?? 1e-6);
  const q = f(1 - f(Number(p['top_entropy_quantile'] ?? 0.2)));
  const a = grpoAdvantages(batch, scores(batch), eps, p['norm_adv_by_std_in_grpo'] !== false);
  const valid = Array.from(batch.entropy!).filter((_, i) => batch.response_mask[i] === 1).sort((x, y) => x - y);
  let threshold = Infinity; // no valid token: none kept
  if (valid.length) {
    const rank = f(q * (valid.length - 1));
    const [lo, hi] = [valid[Math.floor(rank)]!, valid[Math.ceil(rank)]!];
    const w = f(rank - Math.floor(rank));
    // torch's lerp
    threshold = w < 0.5 ? f(lo + f(w * f(hi - lo))) : f(hi - f(f(hi - lo) * f(1 - w)));
  }
  const adv = Float32Array.from({ length: batch.B * batch.T }, (_, i) =>
    batch.response_mask[i] && batch.entropy![i]! >= threshold ? a[Math.floor(i / batch.T)]! : 0,
  );
  return { advantages: adv, returns: adv };
}

/** masked_whiten of x over the tokens where `on` holds (mean 0 without one, variance 0 with one); 0 elsewhere. */
function whitenWhere(x: Float64Array, on: (i: number) => boolean): Float64Array {
  const idx = Array.from(x.keys()).filter(on);
  const mu = idx.length ? idx.reduce((a, i) => a + x[i]!, 0) / idx.length : 0;
  const v = idx.length > 1 ? idx.reduce((a, i) => a + (x[i]! - mu) ** 2, 0) / (idx.length - 1) : 0;
  const out = new Float64Array(x.length);
  for (const i of idx) out[i] = (x[i]! - mu) / Math.sqrt(v + 1e-8);
  return out;
}

/** GTPO (arXiv 2508.04349) as the authors' verl code: entropy-shaped token rewards, whitened per class. */
export function gtpoReference(batch: Batch, p: Params = {}): Outputs {
  const T = batch.T;
  const correct = scores(batch).map((x) => x > 0);
  const valid = (i: number) => batch.response_mask[i] === 1;
  const r = gtpoRewards(batch, p);
  const pos = whitenWhere(r, (i) => valid(i) && correct[Math.floor(i / T)]!);
  const neg = whitenWhere(r, (i) => valid(i) && !correct[Math.floor(i / T)]!);
  const adv = Float32Array.from(pos, (x, i) => x + neg[i]!);
  return { advantages: adv, returns: adv };
}

/** GTPO's shaped token rewards before whitening (a group of one: 0). */
export function gtpoRewards(batch: Batch, p: Params): Float64Array {
  const { B, T } = batch;
  const [a1, a2, eps] = [Number(p['alpha1'] ?? 1), Number(p['alpha2'] ?? 0.1), Number(p['epsilon'] ?? 1e-6)];
  const correct = scores(batch).map((x) => x > 0);
  const valid = (i: number) => batch.response_mask[i] === 1;
  const H = (i: number) => batch.entropy![i]!;
  const r = new Float64Array(B * T);
  for (const rows of groupsOf(batch.index)) {
    if (rows.length < 2) continue;
    for (let t = 0; t < T; t++)
      for (const c of [true, false]) {
        const members = rows.filter((q) => correct[q] === c && valid(q * T + t));
        const w = (q: number) => (c ? H(q * T + t) : 1 / (H(q * T + t) + eps));
        const mass = members.reduce((acc, q) => acc + w(q), 0);
        for (const q of members) r[q * T + t] = (c ? 1 : -1) * (a1 + (a2 * w(q) * members.length) / (mass + eps));
      }
  }
  return r;
}

/** GRPO-S (arXiv 2508.04349): entropy-shaped rollout rewards from the mean entropy (a rollout without valid tokens weighs 0), normalised per group. */
export function grpoSReference(batch: Batch, p: Params = {}): Outputs {
  const { B, T } = batch;
  const [b1, b2, eps] = [Number(p['beta1'] ?? 1), Number(p['beta2'] ?? 0.1), Number(p['epsilon'] ?? 1e-6)];
  const correct = scores(batch).map((x) => x > 0);
  const h = Array.from({ length: B }, (_, q) => {
    const ts = Array.from({ length: T }, (_, t) => q * T + t).filter((i) => batch.response_mask[i] === 1);
    return ts.length ? ts.reduce((acc, i) => acc + batch.entropy![i]!, 0) / ts.length : 0;
  });
  const empty = (q: number) => !Array.from({ length: T }, (_, t) => batch.response_mask[q * T + t]).some((m) => m === 1);
  const w = (q: number) => (empty(q) ? 0 : correct[q] ? h[q]! : 1 / (h[q]! + eps));
  const a = new Array<number>(B).fill(0);
  for (const rows of groupsOf(batch.index)) {
    if (rows.length < 2) continue;
    const r = rows.map((q) => {
      const cls = rows.filter((k) => correct[k] === correct[q]);
      const mass = cls.reduce((acc, k) => acc + w(k), 0);
      return (correct[q] ? 1 : -1) * (b1 + b2 * (mass > 0 ? (w(q) / mass) * cls.length : 1));
    });
    const mean = r.reduce((x, y) => x + y, 0) / r.length;
    const sd = std(r);
    rows.forEach((q, k) => (a[q] = r[k] === mean ? 0 : (r[k]! - mean) / (sd + eps)));
  }
  return perRollout(batch, a);
}

/** TreeRL (arXiv 2506.11902): per token, (V(node) - V(root)) + (V(node) - V(parent)) over sqrt(|rollouts through node|). */
export function treerlReference(batch: Batch, p: Params = {}): Outputs {
  const { B, T } = batch;
  const eps = Number(p['epsilon'] ?? 1e-6);
  const s = scores(batch);
  const grpo = grpoAdvantages(batch, s, eps);
  const valid = (q: number, t: number) => batch.response_mask[q * T + t] === 1;
  // a trie per group: the node of (q, t) is the child of (q, t - 1)'s node by the token id at t
  const nodeOf = new Array<string>(B * T);
  const prefix = (q: number, t: number) => nodeOf[q * T + t]!;
  const adv = new Float32Array(B * T);
  for (const rows of groupsOf(batch.index)) {
    const children = new Map<string, string>();
    for (const q of rows)
      for (let t = 0; t < T; t++) {
        const key = `${t === 0 ? 'root' : nodeOf[q * T + t - 1]}/${batch.responses[q * T + t]}`;
        if (!children.has(key)) children.set(key, `n${children.size}`);
        nodeOf[q * T + t] = children.get(key)!;
      }
    // each node: the rollouts of the group with a valid token whose prefix it is
    const through = new Map<string, Set<number>>();
    for (const q of rows) for (let t = 0; t < T; t++) if (valid(q, t)) through.set(prefix(q, t), (through.get(prefix(q, t)) ?? new Set()).add(q));
    const value = (node: string) => [...through.get(node)!].reduce((acc, q) => acc + s[q]!, 0) / through.get(node)!.size;
    const root = rows.reduce((acc, q) => acc + s[q]!, 0) / rows.length;
    for (const q of rows)
      for (let t = 0; t < T; t++) {
        if (!valid(q, t)) continue;
        const v = value(prefix(q, t));
        const parent = t === 0 || !valid(q, t - 1) ? root : value(prefix(q, t - 1));
        const tree = v - root + (v - parent);
        const n = through.get(prefix(q, t))!.size;
        adv[q * T + t] = (p['reweight'] === false ? tree : tree / Math.sqrt(n)) + Number(p['grpo_weight'] ?? 0) * grpo[q]!;
      }
  }
  return { advantages: adv, returns: adv };
}

/**
 * CANON as the authors' verl code (compute_dr_entropy_per_token / dr_length_on_mean): each group sorted by the
 * metric (masked mean entropy in float32, or length), positions >= n // 2 the upper half, widened to the rollouts
 * tied with the split value; an empty half's mean is the group's.
 */
export function canonReference(batch: Batch, p: Params = {}): Outputs {
  const f = Math.fround;
  const { B, T } = batch;
  const [alpha, beta, mu, maxLength] = (['alpha', 'beta', 'mu', 'max_length'] as const).map((k, i) => Number(p[k] ?? [1, 0, 1, 1][i]));
  const byLength = p['by_length'] === true;
  const s = scores(batch);
  const metric = Array.from({ length: B }, (_, b) => {
    let [sum, n] = [0, 0];
    for (let t = 0; t < T; t++) if (batch.response_mask[b * T + t]) [sum, n] = [f(sum + batch.entropy![b * T + t]!), n + 1];
    return byLength ? n : f(sum / f(n + 1e-8));
  });
  const a = new Array<number>(B).fill(0);
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  for (const rows of groupsOf(batch.index)) {
    const split = [...rows].sort((x, y) => metric[x]! - metric[y]!)[Math.floor(rows.length / 2)]!;
    const upper = rows.filter((r) => metric[r]! >= metric[split]!);
    const lower = rows.filter((r) => metric[r]! < metric[split]!);
    const all = mean(rows.map((r) => s[r]!));
    const mUp = upper.length ? mean(upper.map((r) => s[r]!)) : all;
    const mLo = lower.length ? mean(lower.map((r) => s[r]!)) : all;
    for (const r of rows) {
      const up = metric[r]! >= metric[split]!;
      const inter = up
        ? (byLength ? alpha * s[r]! : s[r]!) - (byLength ? mLo : alpha * mLo) + beta
        : (byLength ? s[r]! : alpha * s[r]!) - (byLength ? alpha * mUp : mUp) - beta;
      a[r] = (mu * inter + (1 - mu) * (s[r]! - (up ? mUp : mLo))) / maxLength;
    }
  }
  return perRollout(batch, a);
}
