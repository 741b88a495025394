// Plain TypeScript (float64) version of the policy's forward and backward passes and the loss
// head. Tests compare the WGSL kernels against it, and it against finite differences.
import { ppoTokenLoss, type LossHyper } from './loss-config.js';
import { paramLayout, type ModelConfig } from './model-config.js';

const RMS_EPS = 1e-5;

export interface RefForward {
  logits: Float64Array; // [R, vocabPadded]
  cache: unknown;
}

interface Cache {
  xs: Float64Array[];
  h1: Float64Array[];
  r1: Float64Array[];
  qkv: Float64Array[];
  att: Float64Array[];
  P: Float64Array[][]; // per layer, per (n,h): T*T probabilities
  xm: Float64Array[];
  h2: Float64Array[];
  r2: Float64Array[];
  u: Float64Array[];
  xf: Float64Array;
  hf: Float64Array;
  rf: Float64Array;
}

function rms(x: Float64Array, R: number, d: number): [Float64Array, Float64Array] {
  const h = new Float64Array(R * d);
  const r = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += x[i * d + j] ** 2;
    r[i] = 1 / Math.sqrt(s / d + RMS_EPS);
    for (let j = 0; j < d; j++) h[i * d + j] = x[i * d + j] * r[i];
  }
  return [h, r];
}

function rmsBack(dh: Float64Array, h: Float64Array, r: Float64Array, R: number, d: number): Float64Array {
  const dx = new Float64Array(R * d);
  for (let i = 0; i < R; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += dh[i * d + j] * h[i * d + j];
    s /= d;
    for (let j = 0; j < d; j++) dx[i * d + j] = r[i] * (dh[i * d + j] - h[i * d + j] * s);
  }
  return dx;
}

/** C[R, n] = A[R, k] W[k, n] with W at `off` in p. */
function mm(A: Float64Array, p: ArrayLike<number>, off: number, R: number, k: number, n: number): Float64Array {
  const C = new Float64Array(R * n);
  for (let i = 0; i < R; i++)
    for (let q = 0; q < k; q++) {
      const a = A[i * k + q];
      if (a === 0) continue;
      for (let j = 0; j < n; j++) C[i * n + j] += a * p[off + q * n + j];
    }
  return C;
}

/** dA = dC W^T and dW += A^T dC. */
function mmBack(A: Float64Array, dC: Float64Array, p: ArrayLike<number>, g: Float64Array, off: number, R: number, k: number, n: number): Float64Array {
  const dA = new Float64Array(R * k);
  for (let i = 0; i < R; i++)
    for (let q = 0; q < k; q++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        s += dC[i * n + j] * p[off + q * n + j];
        g[off + q * n + j] += A[i * k + q] * dC[i * n + j];
      }
      dA[i * k + q] = s;
    }
  return dA;
}

export function refForward(cfg: ModelConfig, p: ArrayLike<number>, tokens: Int32Array, seqs: number): RefForward {
  const L = paramLayout(cfg);
  const { d, T, heads, ff } = cfg;
  const hd = d / heads;
  const R = seqs * T;
  const c: Cache = { xs: [], h1: [], r1: [], qkv: [], att: [], P: [], xm: [], h2: [], r2: [], u: [], xf: new Float64Array(0), hf: new Float64Array(0), rf: new Float64Array(0) };
  let x = new Float64Array(R * d);
  for (let i = 0; i < R; i++) {
    const tok = Math.min(Math.max(tokens[i], 0), cfg.vocab - 1);
    const t = i % T;
    for (let j = 0; j < d; j++) x[i * d + j] = p[L.embed + tok * d + j] + p[L.pos + t * d + j];
  }
  for (let l = 0; l < cfg.layers; l++) {
    const o = L.layers[l];
    c.xs.push(x);
    const [h1, r1] = rms(x, R, d);
    const qkv = mm(h1, p, o.wqkv, R, d, 3 * d);
    const att = new Float64Array(R * d);
    const Ps: Float64Array[] = [];
    for (let n = 0; n < seqs; n++)
      for (let h = 0; h < heads; h++) {
        const Pm = new Float64Array(T * T);
        for (let t = 0; t < T; t++) {
          const qi = (n * T + t) * 3 * d + h * hd;
          let mx = -Infinity;
          for (let s = 0; s <= t; s++) {
            const ki = (n * T + s) * 3 * d + d + h * hd;
            let sc = 0;
            for (let j = 0; j < hd; j++) sc += qkv[qi + j] * qkv[ki + j];
            Pm[t * T + s] = sc / Math.sqrt(hd);
            mx = Math.max(mx, Pm[t * T + s]);
          }
          let sum = 0;
          for (let s = 0; s <= t; s++) sum += Pm[t * T + s] = Math.exp(Pm[t * T + s] - mx);
          for (let s = 0; s <= t; s++) {
            Pm[t * T + s] /= sum;
            const vi = (n * T + s) * 3 * d + 2 * d + h * hd;
            for (let j = 0; j < hd; j++) att[(n * T + t) * d + h * hd + j] += Pm[t * T + s] * qkv[vi + j];
          }
        }
        Ps.push(Pm);
      }
    const y = mm(att, p, o.wo, R, d, d);
    const xm = x.map((v, i) => v + y[i]);
    const [h2, r2] = rms(xm, R, d);
    const u = mm(h2, p, o.w1, R, d, ff);
    const z = mm(u.map((v) => Math.max(v, 0)), p, o.w2, R, ff, d);
    const xn = xm.map((v, i) => v + z[i]);
    c.h1.push(h1);
    c.r1.push(r1);
    c.qkv.push(qkv);
    c.att.push(att);
    c.P.push(Ps);
    c.xm.push(xm);
    c.h2.push(h2);
    c.r2.push(r2);
    c.u.push(u);
    x = xn;
  }
  c.xf = x;
  [c.hf, c.rf] = rms(x, R, d);
  const logits = mm(c.hf, p, L.wout, R, d, L.vocabPadded);
  return { logits, cache: c };
}

/** Gradient of the parameters given dLoss/dlogits. */
export function refBackward(cfg: ModelConfig, p: ArrayLike<number>, tokens: Int32Array, seqs: number, fwd: RefForward, dlogits: Float64Array): Float64Array {
  const L = paramLayout(cfg);
  const c = fwd.cache as Cache;
  const { d, T, heads, ff } = cfg;
  const hd = d / heads;
  const R = seqs * T;
  const g = new Float64Array(L.total);
  const dhf = mmBack(c.hf, dlogits, p, g, L.wout, R, d, L.vocabPadded);
  let dx = rmsBack(dhf, c.hf, c.rf, R, d);
  for (let l = cfg.layers - 1; l >= 0; l--) {
    const o = L.layers[l];
    const a = c.u[l].map((v) => Math.max(v, 0));
    const da = mmBack(a, dx, p, g, o.w2, R, ff, d);
    const du = da.map((v, i) => (c.u[l][i] > 0 ? v : 0));
    const dh2 = mmBack(c.h2[l], du, p, g, o.w1, R, d, ff);
    const dxm = rmsBack(dh2, c.h2[l], c.r2[l], R, d).map((v, i) => v + dx[i]);
    const datt = mmBack(c.att[l], dxm, p, g, o.wo, R, d, d);
    const qkv = c.qkv[l];
    const dqkv = new Float64Array(R * 3 * d);
    for (let n = 0; n < seqs; n++)
      for (let h = 0; h < heads; h++) {
        const Pm = c.P[l][n * heads + h];
        for (let t = 0; t < T; t++) {
          const ro = (n * T + t) * d + h * hd;
          const dP = new Float64Array(t + 1);
          let delta = 0;
          for (let s = 0; s <= t; s++) {
            const vi = (n * T + s) * 3 * d + 2 * d + h * hd;
            for (let j = 0; j < hd; j++) {
              dP[s] += datt[ro + j] * qkv[vi + j];
              dqkv[vi + j] += Pm[t * T + s] * datt[ro + j];
            }
            delta += Pm[t * T + s] * dP[s];
          }
          const qi = (n * T + t) * 3 * d + h * hd;
          for (let s = 0; s <= t; s++) {
            const ds = (Pm[t * T + s] * (dP[s] - delta)) / Math.sqrt(hd);
            const ki = (n * T + s) * 3 * d + d + h * hd;
            for (let j = 0; j < hd; j++) {
              dqkv[qi + j] += ds * qkv[ki + j];
              dqkv[ki + j] += ds * qkv[qi + j];
            }
          }
        }
      }
    const dh1 = mmBack(c.h1[l], dqkv, p, g, o.wqkv, R, d, 3 * d);
    dx = rmsBack(dh1, c.h1[l], c.r1[l], R, d).map((v, i) => v + dxm[i]);
  }
  for (let i = 0; i < R; i++) {
    const tok = Math.min(Math.max(tokens[i], 0), cfg.vocab - 1);
    const t = i % T;
    for (let j = 0; j < d; j++) {
      g[L.embed + tok * d + j] += dx[i * d + j];
      g[L.pos + t * d + j] += dx[i * d + j];
    }
  }
  return g;
}

export interface RefLossRow {
  tgt: number;
  w: number;
  adv: number;
  oldLp: number;
  refLp: number;
}

/** Loss value of one token row and dLoss/dlogits (same conventions as the WGSL loss head). */
export function refLossRow(logits: ArrayLike<number>, vocab: number, row: RefLossRow, h: LossHyper): { loss: number; dlogits: Float64Array; logp: number } {
  const it = 1 / h.temperature;
  const z = Array.from({ length: vocab }, (_, v) => logits[v] * it);
  const mx = Math.max(...z);
  const lse = mx + Math.log(z.reduce((s, v) => s + Math.exp(v - mx), 0));
  const dl = new Float64Array(logits.length);
  if (row.tgt < 0) return { loss: 0, dlogits: dl, logp: 0 };
  const lp = z[row.tgt] - lse;
  const { loss, dlogp } = h.mode === 'ppo' ? ppoTokenLoss(lp, row.oldLp, row.refLp, row.adv, h) : { loss: -lp, dlogp: h.mode === 'sft' ? -1 : 0 };
  const g = row.w * dlogp;
  for (let v = 0; v < vocab; v++) dl[v] = g * ((v === row.tgt ? 1 : 0) - Math.exp(z[v] - lse)) * it;
  return { loss: row.w * loss, dlogits: dl, logp: lp };
}
