import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuCtx } from '../src/trainer/gpu.js';
import { GpuPolicy } from '../src/trainer/policy.js';
import type { LossHyper } from '../src/trainer/loss-config.js';
import { initParams } from '../src/trainer/init.js';
import { paramLayout, type ModelConfig } from '../src/trainer/model-config.js';
import { refBackward, refForward, refLossRow } from '../src/trainer/reference.js';
import { Rng } from '../src/rng.js';

const cfg: ModelConfig = { vocab: 11, T: 8, d: 16, heads: 2, ff: 32, layers: 2 };
const seqs = 8;
const R = seqs * cfg.T;
const L = paramLayout(cfg);
const vp = L.vocabPadded;
let ctx: GpuCtx;
let pol: GpuPolicy;
const params = initParams(cfg, 3);
const rng = new Rng(7);
const tokens = Int32Array.from({ length: R }, () => rng.int(cfg.vocab));
// train on every position but the last of each sequence, with varied weights and advantages
const tgt = Int32Array.from({ length: R }, (_, r) => (r % cfg.T === cfg.T - 1 ? -1 : tokens[r + 1]));
const rowd = new Float32Array(R * 4);
for (let r = 0; r < R; r++) rowd.set([0.05 + 0.1 * rng.next(), rng.normal(), -2 + rng.normal() * 0.3, -2 + rng.normal() * 0.3], r * 4);
const ppo: LossHyper = { mode: 'ppo', temperature: 0.9, clipLow: 0.2, clipHigh: 0.28, clipC: 3, klCoef: 0.05 };

beforeAll(async () => {
  ctx = new GpuCtx((await getGpu()).device);
  pol = new GpuPolicy(ctx, cfg, seqs);
});
afterAll(releaseGpu);

function maxRelErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let num = 0;
  let den = 1e-6;
  for (let i = 0; i < a.length; i++) {
    num = Math.max(num, Math.abs(a[i] - b[i]));
    den = Math.max(den, Math.abs(b[i]));
  }
  return num / den;
}

describe('GPU policy kernels', () => {
  it('forward logits match the float64 reference', async () => {
    pol.setParams(params);
    pol.setTokens(tokens);
    pol.setLossRows(tgt, rowd);
    await pol.logProbs(ppo);
    const got = await ctx.readF32(pol.logits, R * vp);
    const want = refForward(cfg, params, tokens, seqs).logits;
    expect(maxRelErr(got, want)).toBeLessThan(1e-4);
  });

  it('windowed decoding reproduces the full forward', async () => {
    pol.setParams(params);
    const prompt = tokens.map((t, r) => (r % cfg.T < 3 ? t : 0));
    pol.setTokens(prompt);
    const g = await pol.generate({ seed: 5, temperature: 1, promptLen: 3, eos: 1000, pad: -1 });
    const again = await (async () => {
      pol.setTokens(prompt);
      return pol.generate({ seed: 5, temperature: 1, promptLen: 3, eos: 1000, pad: -1 });
    })();
    expect(Array.from(again.tokens)).toEqual(Array.from(g.tokens));
    // prompts kept, continuations sampled
    for (let r = 0; r < R; r++) if (r % cfg.T < 3) expect(g.tokens[r]).toBe(tokens[r]);
    // log-probs recorded while decoding equal those of a full forward at temperature 1
    const { logits } = refForward(cfg, params, g.tokens, seqs);
    for (let n = 0; n < seqs; n++)
      for (let t = 2; t < cfg.T - 1; t++) {
        const r = n * cfg.T + t;
        const row = Array.from(logits.subarray(r * vp, r * vp + cfg.vocab));
        const mx = Math.max(...row);
        const lse = mx + Math.log(row.reduce((s, v) => s + Math.exp(v - mx), 0));
        expect(g.logp[r]).toBeCloseTo(row[g.tokens[r + 1]] - lse, 3);
        // and the sampling distribution's entropy and sum of squared probabilities
        const p = row.map((v) => Math.exp(v - lse));
        expect(g.entropy[r]).toBeCloseTo(-p.reduce((s, q) => s + q * Math.log(q), 0), 3);
        expect(g.sumPiSquared[r]).toBeCloseTo(p.reduce((s, q) => s + q * q, 0), 4);
      }
    const other = await (async () => {
      pol.setTokens(prompt);
      return pol.generate({ seed: 6, temperature: 1, promptLen: 3, eos: 1000, pad: -1 });
    })();
    expect(Array.from(other.tokens)).not.toEqual(Array.from(g.tokens));
  });

  it('greedy decoding picks the argmax and stops after EOS', async () => {
    pol.setParams(params);
    const prompt = tokens.map((t, r) => (r % cfg.T < 2 ? t : 0));
    pol.setTokens(prompt);
    const eos = 4;
    const g = await pol.generate({ seed: 1, temperature: 0, promptLen: 2, eos, pad: -1 });
    const { logits } = refForward(cfg, params, g.tokens, seqs);
    for (let n = 0; n < seqs; n++) {
      let ended = false;
      for (let t = 1; t < cfg.T - 1; t++) {
        const r = n * cfg.T + t;
        const next = g.tokens[r + 1];
        if (ended) {
          expect(next).toBe(-1);
          continue;
        }
        const row = Array.from(logits.subarray(r * vp, r * vp + cfg.vocab));
        expect(next).toBe(row.indexOf(Math.max(...row)));
        if (t >= 2 && next === eos) ended = true;
        if (next === eos) ended = true;
      }
    }
  });

  it('backward of the PPO loss matches the reference gradient', async () => {
    pol.setParams(params);
    pol.setTokens(tokens);
    pol.setLossRows(tgt, rowd);
    pol.update(ppo, { lr: 0, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, maxGradNorm: 0 }, true);
    const got = await pol.readGrads();
    const fwd = refForward(cfg, params, tokens, seqs);
    const dl = new Float64Array(R * vp);
    for (let r = 0; r < R; r++) {
      const row = { tgt: tgt[r], w: rowd[r * 4], adv: rowd[r * 4 + 1], oldLp: rowd[r * 4 + 2], refLp: rowd[r * 4 + 3] };
      dl.set(refLossRow(fwd.logits.subarray(r * vp, (r + 1) * vp), cfg.vocab, row, ppo).dlogits, r * vp);
    }
    const want = refBackward(cfg, params, tokens, seqs, fwd, dl);
    for (const t of L.tensors) {
      const e = maxRelErr(got.subarray(t.off, t.off + t.size), want.subarray(t.off, t.off + t.size));
      expect(e, t.name).toBeLessThan(2e-3);
    }
  });

  it('reference backward agrees with finite differences', () => {
    const p64 = Float64Array.from(params);
    const h = { ...ppo, mode: 'sft' as const };
    const lossAt = (p: Float64Array) => {
      const { logits } = refForward(cfg, p, tokens, seqs);
      let s = 0;
      for (let r = 0; r < R; r++) {
        const row = { tgt: tgt[r], w: rowd[r * 4], adv: 0, oldLp: 0, refLp: 0 };
        s += refLossRow(logits.subarray(r * vp, (r + 1) * vp), cfg.vocab, row, h).loss;
      }
      return s;
    };
    const fwd = refForward(cfg, p64, tokens, seqs);
    const dl = new Float64Array(R * vp);
    for (let r = 0; r < R; r++) {
      const row = { tgt: tgt[r], w: rowd[r * 4], adv: 0, oldLp: 0, refLp: 0 };
      dl.set(refLossRow(fwd.logits.subarray(r * vp, (r + 1) * vp), cfg.vocab, row, h).dlogits, r * vp);
    }
    const g = refBackward(cfg, p64, tokens, seqs, fwd, dl);
    for (const t of L.tensors) {
      for (const i of [0, Math.floor(t.size / 2), t.size - 1]) {
        const j = t.off + i;
        const eps = 1e-5;
        const a = Float64Array.from(p64);
        a[j] += eps;
        const b = Float64Array.from(p64);
        b[j] -= eps;
        const fd = (lossAt(a) - lossAt(b)) / (2 * eps);
        expect(Math.abs(fd - g[j]), `${t.name}[${i}]`).toBeLessThan(1e-6 + 1e-4 * Math.abs(fd));
      }
    }
  });

  it('loss head gradient agrees with finite differences for clipped, dual-clipped and KL rows', () => {
    const logits = [0.3, -1.2, 2.0, 0.1, -0.4];
    const base = { tgt: 2, w: 0.7, refLp: -0.5 };
    const cases = [
      { adv: 1.5, oldLp: -0.2 }, // ratio above 1+eps_hi with A>0: clipped
      { adv: 1.5, oldLp: -0.6 },
      { adv: -2, oldLp: -1.9 }, // ratio > c with A<0: dual-clipped
      { adv: -0.3, oldLp: -0.45 },
    ];
    for (const c of cases) {
      const row = { ...base, ...c };
      const { dlogits } = refLossRow(logits, 5, row, ppo);
      for (let v = 0; v < 5; v++) {
        const up = logits.slice();
        up[v] += 1e-6;
        const dn = logits.slice();
        dn[v] -= 1e-6;
        const fd = (refLossRow(up, 5, row, ppo).loss - refLossRow(dn, 5, row, ppo).loss) / 2e-6;
        expect(dlogits[v]).toBeCloseTo(fd, 5);
      }
    }
  });

  it('AdamW with gradient clipping matches the CPU formula', async () => {
    pol.setState({ params, m: new Float32Array(L.total), v: new Float32Array(L.total), step: 0 });
    pol.setTokens(tokens);
    pol.setLossRows(tgt, rowd);
    const adam = { lr: 0.01, beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0.1, maxGradNorm: 0.5 };
    pol.update(ppo, adam, true);
    const g = await pol.readGrads();
    pol.update(ppo, adam);
    const st = await pol.getState();
    const norm = Math.sqrt(g.reduce((s, x) => s + x * x, 0));
    const scale = Math.min(1, 0.5 / (norm + 1e-6));
    expect(norm).toBeGreaterThan(0.5);
    for (const i of [0, 100, L.total - 1]) {
      const gi = g[i] * scale;
      const m = 0.1 * gi;
      const v = 0.01 * gi * gi;
      const want = params[i] - 0.01 * (m / 0.1 / (Math.sqrt(v / 0.01) + 1e-8) + 0.1 * params[i]);
      expect(st.params[i]).toBeCloseTo(want, 5);
      expect(st.m[i]).toBeCloseTo(m, 6);
    }
  });
});
