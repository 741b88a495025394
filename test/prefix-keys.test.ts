// Integer scans (wrapping i32), prefix keys built from them (stdlib/prefix.adv) and the running max/min scans, against a direct
// TypeScript reading of their definitions, on random batches: the interpreter, the CPU backend (JavaScript and
// native C) and WGSL must all give the reference's values.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs } from '../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { batchSpecArb, makeBatch } from './helpers/random-batch.js';

const P = 1000003;

const SOURCE = `
estimator prefixes(p: int = ${P}) {
  let h = scan(responses + 1, p)
  let back = scan_rev(responses * 7 + 1, -p)
  key node = prefix_key(responses)
  output key_equal = if prefix_key(responses) == (if h % 2147483647 < 0 then h % 2147483647 + 2147483647 else h % 2147483647) and prefix_hash(responses) == h then 1.0 else 0.0
  let through = presence[node](1.0)
  key zeros = scan(if responses == 0 then 1 else 0, 1)
  output same_zeros = count[zeros]()
  output hash_high = float((h - h % 65536) / 65536)
  output hash_low = float(h % 65536)
  output back_low = float(back % 65536)
  output through = through
  output node_mean = presence[node](score()) / through
  output running_max = scan_max(token_level_rewards, responses != 0)
  output running_min = float(scan_min(responses * 3 - 5, t % 4 != 0))
  advantages = token_level_rewards * response_mask
}
`;

/** Per token: the prefix hashes, the rollouts of its group through its node and their mean score; the scans. */
function reference(b: Batch): Outputs {
  const { B, T } = b;
  const tok = (r: number, t: number) => b.responses[r * T + t]!;
  const valid = (r: number, t: number) => b.response_mask[r * T + t] === 1;
  const h = new Int32Array(B * T);
  const back = new Int32Array(B * T);
  const out = (n = B * T) => new Float32Array(n);
  const o = { same_zeros: out(), key_equal: new Float32Array(B * T).fill(1), hash_high: out(), hash_low: out(), back_low: out(), through: out(), node_mean: out(), running_max: out(), running_min: out(), advantages: out() };
  const score = (r: number) => Array.from({ length: T }, (_, t) => b.token_level_rewards[r * T + t]!).reduce((a, x) => Math.fround(a + x), 0);
  for (let r = 0; r < B; r++) {
    let x = 0;
    for (let t = 0; t < T; t++) h[r * T + t] = x = (tok(r, t) + 1 + Math.imul(P, x)) | 0;
    x = 0;
    for (let t = T - 1; t >= 0; t--) back[r * T + t] = x = (tok(r, t) * 7 + 1 + Math.imul(-P, x)) | 0;
  }
  // a node: the token ids up to t; the rollouts through it are those of the group with a valid token there
  // a key only a key reads (no output uses its scan otherwise): the valid tokens of the group with as many 0s so far
  const zeros = (r: number, t: number) => Array.from({ length: t + 1 }, (_, k) => tok(r, k)).filter((x) => x === 0).length;
  for (let r = 0; r < B; r++)
    for (let t = 0; t < T; t++)
      if (valid(r, t))
        o.same_zeros[r * T + t] = Array.from({ length: B * T }, (_, i) => i).filter((i) => b.index[Math.floor(i / T)] === b.index[r] && b.response_mask[i] === 1 && zeros(Math.floor(i / T), i % T) === zeros(r, t)).length;
  const prefix = (r: number, t: number) => Array.from({ length: t + 1 }, (_, k) => tok(r, k)).join(',');
  for (let r = 0; r < B; r++) {
    let mx = 0;
    let mn = 0;
    for (let t = 0; t < T; t++) {
      const i = r * T + t;
      o.hash_high[i] = (h[i]! - (h[i]! % 65536)) / 65536;
      o.hash_low[i] = h[i]! % 65536;
      o.back_low[i] = back[i]! % 65536;
      const rw = b.token_level_rewards[i]!;
      mx = t > 0 && tok(r, t) !== 0 ? Math.max(mx, rw) : rw;
      const v = tok(r, t) * 3 - 5;
      mn = t > 0 && t % 4 !== 0 ? Math.min(mn, v) : v;
      o.running_max[i] = mx;
      o.running_min[i] = mn;
      o.advantages[i] = rw * b.response_mask[i]!;
      if (!valid(r, t)) continue;
      const node = prefix(r, t);
      const members = Array.from({ length: B }, (_, q) => q).filter(
        (q) => b.index[q] === b.index[r] && Array.from({ length: T }, (_, k) => k).some((k) => valid(q, k) && k === t && prefix(q, k) === node),
      );
      o.through[i] = members.length;
      o.node_mean[i] = members.reduce((a, q) => a + score(q), 0) / members.length;
    }
  }
  return o;
}

/** Outputs compared on valid tokens (padding has no node); the scans on every token. */
function mismatches(b: Batch, got: Outputs, want: Outputs): string[] {
  const bad: string[] = [];
  for (const [name, w] of Object.entries(want))
    for (let i = 0; i < b.B * b.T && bad.length < 5; i++) {
      if (['through', 'node_mean', 'same_zeros'].includes(name) && !b.response_mask[i]) continue;
      if (!(Math.abs(got[name]![i]! - w[i]!) <= 1e-5 * (1 + Math.abs(w[i]!)))) bad.push(`${name}[${Math.floor(i / b.T)}, ${i % b.T}]: ${got[name]![i]}, want ${w[i]}`);
    }
  return bad;
}

let gpu: Gpu;
beforeAll(async () => {
  gpu = await getGpu();
});
afterAll(releaseGpu);

test('int scans wrap as i32, prefix keys count the rollouts through each node, scan_max/scan_min restart where told', async () => {
  const checked = checkSource({ source: SOURCE, file: 'prefixes.adv' });
  expect(checked.program.nodes.filter((n) => n.op === 'scan').map((n) => n.type)).toEqual(['i32', 'i32', 'i32', 'i32', 'f32', 'i32']);
  const js = CpuEstimator.create(checked, { engine: 'js', threads: 1 });
  const native = CpuEstimator.create(checked, { engine: 'native', threads: 2 });
  const wgsl = await GpuEstimator.create(gpu, compileChecked(checked));
  try {
    // small vocabularies: rollouts of a group share prefixes
    for (const spec of fc.sample(batchSpecArb, { numRuns: 12, seed: 13 })) {
      const b = makeBatch({ ...spec, vocab: Math.min(spec.vocab, 2), T: Math.min(spec.T, 40) });
      const want = reference(b);
      expect(mismatches(b, interpret(checked.program, b, {}), want), 'interpreter').toEqual([]);
      expect(mismatches(b, await js.run(b, {}), want), 'JavaScript').toEqual([]);
      expect(mismatches(b, await native.run(b, {}), want), 'native').toEqual([]);
      expect(mismatches(b, await wgsl.run(b, {}), want), 'WGSL').toEqual([]);
    }
  } finally {
    js.destroy();
    native.destroy();
    wgsl.destroy();
  }
}, 120_000);

test('scan takes ints only together: an int and a float make a float scan; scan_max wants a bool carry', () => {
  const types = (body: string) =>
    checkSource({ source: `estimator e() {\n  output o = float(${body})\n  advantages = token_level_rewards * response_mask\n}\n`, file: 'e.adv' })
      .program.nodes.filter((n) => n.op === 'scan')
      .map((n) => n.type);
  expect(types('scan(responses, 31)')).toEqual(['i32']);
  expect(types('scan(responses, 0.5)')).toEqual(['f32']);
  expect(types('scan_max(responses, true)')).toEqual(['i32']);
  expect(() => types('scan_max(responses, 1)')).toThrow(/second argument says where the running max goes on: a bool, found int/);
});
