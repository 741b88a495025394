// Realistic synthetic RL batches for the benchmark suite (seeded, so every machine measures the same bytes).
//
// What makes them realistic for advantage estimation:
// - token ids follow a Zipf law over Qwen2.5's 151,936-id vocabulary (ordinary ids below 151,643), mixed
//   with a per-prompt topic vocabulary, so a group's rollouts share many ids (KTAE's key tables see the
//   same skew as on real math rollouts: few hot ids, a long tail of rare ones);
// - a few topic ids lean towards correct or towards wrong rollouts, so KTAE finds real associations;
// - ragged lengths (up to 2k or 8k), EOS (151645) at the end of finished rollouts, padding 151643 after;
// - binary outcome rewards on the last valid token, mostly mixed groups, some all-correct / all-wrong;
// - per-token entropies (for the entropy-shaped estimators), mostly low with a tail, and consistent with them
//   the sampled token's log-probability, the sum of p^2 over the vocabulary and truncated importance weights
//   (verl's old_log_probs, sum_pi_squared, rollout_is_weights: the optimal token baseline);
// - per-rollout reward components (GDPO): correctness, format and a length penalty;
// - rollouts of a group interleaved in the batch (never adjacent), as verl lays out repeated prompts.
import { pathToFileURL } from 'node:url';
import { inputField } from '../compiler/input-fields.js';
import type { InputField } from '../plan/format.js';
import type { Batch } from '../runtime/batch.js';
import { Rng } from '../rng.js';
import { readBatch, writeFileAtomic } from '../runtime/io/batch-file.js';
import { encodeSafetensors, type TensorToWrite } from '../runtime/io/safetensors.js';

export const VOCAB_SIZE = 151_936;
/** First special id of Qwen2.5's vocabulary; ordinary text ids are below it. */
export const ORDINARY_IDS = 151_643;
export const PAD_ID = 151_643; // <|endoftext|>, verl's padding after a response
export const EOS_ID = 151_645; // <|im_end|>, the last valid token of a finished response

export interface BatchSpec {
  name: string;
  groups: number;
  groupSize: number;
  /** Padded response length T (verl's max_response_length). */
  maxLen: number;
  /** Exact number of valid (mask 1) tokens the generator produces. */
  targetTokens: number;
}

const K = 1000;
const g8 = (groups: number, tokens: number): BatchSpec => ({
  name: `g8-2k-${tokens >= 1e6 ? `${(tokens / 1e6).toFixed(1)}M` : `${Math.round(tokens / K)}k`}`,
  groups,
  groupSize: 8,
  maxLen: 2048,
  targetTokens: tokens,
});
const g16 = (groups: number, tokens: number): BatchSpec => ({
  ...g8(groups, tokens),
  name: `g16-8k-${tokens >= 1e6 ? `${(tokens / 1e6).toFixed(1)}M` : `${Math.round(tokens / K)}k`}`,
  groupSize: 16,
  maxLen: 8192,
});

/** Groups of 64 (verl's largest common n), lengths up to 2k: the same tokens in fewer, larger groups. */
const g64 = (groups: number, tokens: number): BatchSpec => ({
  ...g8(groups, tokens),
  name: `g64-2k-${tokens >= 1e6 ? `${(tokens / 1e6).toFixed(1)}M` : `${Math.round(tokens / K)}k`}`,
  groupSize: 64,
});

/** Named benchmark cases, 20k to 2.6M valid tokens; about 63% of the padded [B,T] area is valid. */
export const BENCH_CASES: readonly BatchSpec[] = [
  g8(2, 20_000),
  g8(4, 41_000),
  g8(8, 82_000),
  g8(16, 165_000),
  g8(32, 330_000),
  g8(64, 661_000),
  g8(128, 1_320_000),
  g8(256, 2_640_000),
  g16(2, 165_000),
  g16(4, 330_000),
  g16(8, 661_000),
  g16(16, 1_320_000),
  g16(32, 2_640_000),
  g64(8, 661_000),
  g64(32, 2_640_000),
];

/** Aliases used by issues and reports. */
export const CASE_ALIASES: Readonly<Record<string, string>> = {
  'ktae-661k': 'g8-2k-661k', // 64 groups x 8 rollouts, lengths up to 2048, 661k valid tokens
};

export function findCase(name: string): BatchSpec {
  const real = CASE_ALIASES[name] ?? name;
  const spec = BENCH_CASES.find((c) => c.name === real);
  if (!spec) {
    const names = [...Object.keys(CASE_ALIASES), ...BENCH_CASES.map((c) => c.name)];
    throw new Error(`unknown benchmark case "${name}"; known: ${names.join(', ')}`);
  }
  return { ...spec, name };
}

export interface GenerateOptions {
  seed?: number;
  /** Zipf exponent of the global token distribution (natural text is close to 1). */
  zipfExponent?: number;
}

// ---------- token distributions ----------

/** Cumulative Zipf weights over ranks 1..n, for inverse-CDF sampling by binary search. */
function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let r = 0; r < n; r++) {
    acc += 1 / Math.pow(r + 1, s);
    cdf[r] = acc;
  }
  for (let r = 0; r < n; r++) cdf[r]! /= acc;
  return cdf;
}

function sampleCdf(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The shared "language": Zipf ranks mapped to ids by a fixed permutation, independent of the batch seed. */
interface Vocabulary {
  cdf: Float64Array;
  rankToId: Int32Array;
}

const vocabularies = new Map<number, Vocabulary>();
function vocabulary(s: number): Vocabulary {
  let v = vocabularies.get(s);
  if (!v) {
    const rankToId = new Int32Array(ORDINARY_IDS);
    for (let i = 0; i < ORDINARY_IDS; i++) rankToId[i] = i;
    new Rng(0x5eed_70c5).shuffle(rankToId);
    v = { cdf: zipfCdf(ORDINARY_IDS, s), rankToId };
    vocabularies.set(s, v);
  }
  return v;
}

/** A prompt's own words: mid-frequency ids it repeats, a few of which lean towards one outcome. */
interface Topic {
  ids: Int32Array;
  cdf: Float64Array;
  share: number; // probability that a token comes from the topic rather than the global distribution
  correctLeaning: Int32Array;
  wrongLeaning: Int32Array;
}

function makeTopic(rng: Rng, vocab: Vocabulary): Topic {
  const size = 64 + rng.int(449);
  const ids = new Int32Array(size);
  for (let i = 0; i < size; i++) ids[i] = vocab.rankToId[50 + rng.int(40_000)]!;
  const pick = (n: number) => Int32Array.from({ length: n }, () => ids[rng.int(size)]!);
  return {
    ids,
    cdf: zipfCdf(size, 1.0),
    share: rng.uniform(0.15, 0.4),
    correctLeaning: pick(8),
    wrongLeaning: pick(8),
  };
}

const LEANING_SHARE = 0.02; // per token, chance of an outcome-leaning id

// ---------- lengths and rewards ----------

/** Finds lengths with exactly `target` tokens in total by scaling raw lengths (bisection) and then +-1 fixes. */
function fitLengths(raw: Float64Array, target: number, minLen: number, maxLen: number, rng: Rng): Int32Array {
  const B = raw.length;
  if (target > B * maxLen || target < B * minLen) {
    throw new Error(`cannot place ${target} tokens in ${B} rows of ${minLen}..${maxLen}`);
  }
  const clampLen = (x: number) => Math.min(maxLen, Math.max(minLen, Math.round(x)));
  const total = (c: number) => raw.reduce((acc, r) => acc + clampLen(c * r), 0);
  let lo = 0;
  let hi = 1;
  while (total(hi) < target) hi *= 2;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < target) lo = mid;
    else hi = mid;
  }
  const len = Int32Array.from(raw, (r) => clampLen(hi * r));
  let diff = target - len.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rng.int(B);
    if (diff > 0 && len[i]! < maxLen) {
      len[i]!++;
      diff--;
    } else if (diff < 0 && len[i]! > minLen) {
      len[i]!--;
      diff++;
    }
  }
  return len;
}

/** Per prompt: about 12% all-correct, 12% all-wrong, the rest mixed (at least one of each). */
function groupOutcomes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const u = rng.next();
  if (u < 0.12) return out.fill(1);
  if (u < 0.24 || n === 1) return out;
  const q = rng.uniform(0.2, 0.8);
  for (let k = 0; k < n; k++) out[k] = rng.next() < q ? 1 : 0;
  const correct = out.reduce((a, b) => a + b, 0);
  if (correct === 0) out[rng.int(n)] = 1;
  if (correct === n) out[rng.int(n)] = 0;
  return out;
}

// ---------- the batch ----------

export function generateBatch(spec: BatchSpec, options: GenerateOptions = {}): Batch {
  const rng = new Rng(options.seed ?? 1);
  const vocab = vocabulary(options.zipfExponent ?? 1.05);
  const { groups: G, groupSize: n, maxLen: T } = spec;
  const B = G * n;
  // Rollout k of the prompt in slot g sits at row k*G + g: a group's rows are G apart, never adjacent (G > 1).
  const rowOf = (g: number, k: number) => k * G + g;
  // Group ids are a shuffled 0..G-1, so batch order says nothing about ids.
  const groupIds = new Int32Array(G).map((_, i) => i);
  rng.shuffle(groupIds);

  const correct = new Uint8Array(B);
  const rawLen = new Float64Array(B);
  for (let g = 0; g < G; g++) {
    const outcomes = groupOutcomes(rng, n);
    const base = rng.uniform(0.3, 0.85); // prompt difficulty sets a typical length
    for (let k = 0; k < n; k++) {
      const r = rowOf(g, k);
      correct[r] = outcomes[k]!;
      rawLen[r] = base * Math.exp(0.3 * rng.normal()) * (outcomes[k] ? 1 : 1.15) * T;
    }
  }
  const lengths = fitLengths(rawLen, spec.targetTokens, Math.min(8, T), T, rng);

  const responses = new Int32Array(B * T).fill(PAD_ID);
  const response_mask = new Int32Array(B * T);
  const token_level_rewards = new Float32Array(B * T);
  const index = new Int32Array(B);
  for (let g = 0; g < G; g++) {
    const topic = makeTopic(rng, vocab);
    for (let k = 0; k < n; k++) {
      const r = rowOf(g, k);
      index[r] = groupIds[g]!;
      const L = lengths[r]!;
      const leaning = correct[r] ? topic.correctLeaning : topic.wrongLeaning;
      const rowStart = r * T;
      for (let t = 0; t < L; t++) {
        const u = rng.next();
        let id: number;
        if (u < LEANING_SHARE) id = leaning[rng.int(leaning.length)]!;
        else if (u < LEANING_SHARE + topic.share) id = topic.ids[sampleCdf(topic.cdf, rng.next())]!;
        else id = vocab.rankToId[sampleCdf(vocab.cdf, rng.next())]!;
        responses[rowStart + t] = id;
        response_mask[rowStart + t] = 1;
      }
      if (L < T) responses[rowStart + L - 1] = EOS_ID; // finished; a row of length T was cut off instead
      token_level_rewards[rowStart + L - 1] = correct[r] ? 1 : 0;
    }
  }
  const seed = options.seed ?? 1;
  const entropy = entropies(response_mask, seed);
  return {
    B, T, responses, response_mask, token_level_rewards, index, entropy,
    ...policyFields(response_mask, entropy, seed),
    ...rewardComponents(correct, lengths, T, seed),
  };
}

/**
 * Per-token policy entropies (nats) on the valid tokens: exponential with mean 0.4, capped at 8 (mostly
 * confident tokens, a tail of forks). Drawn from a generator of their own, so the other fields do not change.
 */
function entropies(mask: Int32Array, seed: number): Float32Array {
  const rng = new Rng(seed ^ 0x3e7a0b1);
  const entropy = new Float32Array(mask.length);
  for (let i = 0; i < mask.length; i++) if (mask[i]) entropy[i] = Math.min(8, -0.4 * Math.log(1 - rng.next()));
  return entropy;
}

/**
 * The policy's view of each valid token, consistent with its entropy H: sum_pi_squared (sum of p^2 over the
 * vocabulary) between exp(-H) and twice that (collision entropy is at most H), the top token's probability q
 * between sum p^2 and its square root, the sampled token the top one with probability q and otherwise one of
 * probability below min(q, 1 - q) (so the energy 1 - 2 pi + sum p^2 is that of a real distribution, >= 0);
 * old_log_probs is its log. rollout_is_weights: token-level importance ratios exp(N(0, 0.15^2)) truncated at 2
 * (verl's default threshold). A generator of their own, as for the entropies.
 */
function policyFields(mask: Int32Array, entropy: Float32Array, seed: number) {
  const rng = new Rng(seed ^ 0x70b1_5eed);
  const n = mask.length;
  const old_log_probs = new Float32Array(n);
  const sum_pi_squared = new Float32Array(n);
  const rollout_is_weights = new Float32Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    const s2 = Math.min(1, Math.exp(-entropy[i]!) * (1 + rng.next()));
    const q = Math.pow(s2, 1 - 0.5 * rng.next());
    const pi = rng.next() < q ? q : Math.max(1e-6, rng.next() * Math.min(q, 1 - q));
    old_log_probs[i] = Math.log(pi);
    sum_pi_squared[i] = s2;
    rollout_is_weights[i] = Math.min(2, Math.exp(0.15 * rng.normal()));
  }
  return { old_log_probs, sum_pi_squared, rollout_is_weights };
}

/**
 * Per-rollout reward components, as a GDPO reward function returns them: correctness (the outcome: 0 or 1),
 * format (1 for 90% of correct rollouts and 60% of wrong ones) and a length penalty -length / T.
 */
function rewardComponents(correct: Uint8Array, lengths: Int32Array, T: number, seed: number): Record<string, Float32Array> {
  const rng = new Rng(seed ^ 0x9d90_c0de);
  const [correctness, format, length] = REWARD_COMPONENTS.map((f) => f.name) as [string, string, string];
  return {
    [correctness]: Float32Array.from(correct),
    [format]: Float32Array.from(correct, (c) => (rng.next() < (c ? 0.9 : 0.6) ? 1 : 0)),
    [length]: Float32Array.from(lengths, (L) => -L / T),
  };
}

/** The reward components as the fields gdpo declares (stdlib/gdpo.adv), so batch files holding them read back. */
export const REWARD_COMPONENTS: readonly InputField[] = ['correctness', 'format', 'length penalty'].map((what, k) => ({
  name: `gdpo_reward_${k}`,
  type: 'float',
  domain: 'rollout',
  required: false,
  finite: true,
  aliases: [],
  doc: `GDPO reward component ${k}: ${what}`,
}));

export function countValidTokens(batch: Batch): number {
  let n = 0;
  for (let i = 0; i < batch.response_mask.length; i++) n += batch.response_mask[i]! !== 0 ? 1 : 0;
  return n;
}

// ---------- files ----------

/**
 * Writes a batch as safetensors with verl's field names: every field it holds, [B,T] token fields and [B]
 * rollout fields (index, declared rollout inputs such as gdpo's reward components), I32 or F32 as held.
 */
export function writeBatchSafetensors(batch: Batch, path: string, metadata: Record<string, string> = {}): void {
  const { B, T } = batch;
  const tensors: Array<[string, TensorToWrite]> = [];
  for (const [name, data] of Object.entries(batch)) {
    if (!(data instanceof Int32Array || data instanceof Float32Array)) continue;
    const token = (inputField(name)?.domain ?? (data.length === B * T ? 'token' : 'rollout')) === 'token';
    tensors.push([name, { dtype: data instanceof Int32Array ? 'I32' : 'F32', shape: token ? [B, T] : [B], data }]);
  }
  writeFileAtomic(path, encodeSafetensors(tensors, metadata));
}

/** Reads (and validates) a batch file, .safetensors or .json; it may hold the reward components. */
export const readBatchSafetensors = (path: string): Batch => readBatch(path, { declared: REWARD_COMPONENTS });

/**
 * CLI entry: generates a named case and writes it; returns a one-line summary. The reward components only with
 * `components` (they are gdpo's declared inputs: `advc run` refuses them as unknown fields for other estimators).
 */
export function generateToFile(caseName: string, path: string, seed = 1, components = false): string {
  const spec = findCase(caseName);
  const batch = generateBatch(spec, { seed });
  if (!components) for (const f of REWARD_COMPONENTS) delete batch[f.name];
  writeBatchSafetensors(batch, path, {
    case: spec.name,
    seed: String(seed),
    groups: String(spec.groups),
    group_size: String(spec.groupSize),
    valid_tokens: String(spec.targetTokens),
  });
  return `${spec.name}: B=${batch.B} T=${batch.T} groups=${spec.groups}x${spec.groupSize} valid_tokens=${spec.targetTokens} -> ${path}`;
}

const USAGE = '<case> <out.safetensors> [--seed N] [--components: also gdpo\'s reward components]';

function main(argv: string[]): void {
  if (argv[0] === '--list' || argv.length === 0) {
    for (const c of BENCH_CASES) console.log(`${c.name}\t${c.groups}x${c.groupSize}\tT=${c.maxLen}\ttokens=${c.targetTokens}`);
    for (const [a, b] of Object.entries(CASE_ALIASES)) console.log(`${a}\t= ${b}`);
    if (argv.length === 0) console.log(`usage: node dist/bench/generate.js ${USAGE}`);
    return;
  }
  const components = argv.includes('--components');
  const rest = argv.filter((a) => a !== '--components');
  const seedAt = rest.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 1;
  const [caseName, out] = seedAt >= 0 ? rest.filter((_, i) => i !== seedAt && i !== seedAt + 1) : rest;
  if (!caseName || !out || !Number.isInteger(seed)) throw new Error(`usage: generate ${USAGE}`);
  console.log(generateToFile(caseName, out, seed, components));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
