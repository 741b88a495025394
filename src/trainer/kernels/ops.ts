// WGSL for the non-matmul parts of the policy: embedding, RMSNorm, causal attention (forward and
// backward), the sampling head, the loss head (log-probs, entropy, PPO/SFT gradient of the logits),
// the global gradient norm and AdamW. Shapes are baked in as constants; the token window and the
// per-call scalars come from small uniform buffers. Every reduction runs in a fixed order.
import { WINDOW_STRUCT } from './matmul.js';
import type { ModelConfig, ParamLayout } from '../model-config.js';

export const WG = 64;
const RMS_EPS = '1e-5';

/** Windowed row m -> token row n*T + t. */
const ROW = (T: number) => `(m / win.w) * ${T}u + win.t0 + m % win.w`;

export function embedFwd(c: ModelConfig, p: ParamLayout, seqs: number): string {
  const d4 = c.d / 4;
  return `${WINDOW_STRUCT}
@group(0) @binding(0) var<storage, read> P: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> TOK: array<i32>;
@group(0) @binding(2) var<storage, read_write> X: array<vec4<f32>>;
@group(0) @binding(3) var<uniform> win: Win;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x / ${d4}u;
  if (m >= ${seqs}u * win.w) { return; }
  let j = gid.x % ${d4}u;
  let row = ${ROW(c.T)};
  let t = row % ${c.T}u;
  let tok = u32(clamp(TOK[row], 0, ${c.vocab - 1}));
  X[row * ${d4}u + j] = P[${p.embed / 4}u + tok * ${d4}u + j] + P[${p.pos / 4}u + t * ${d4}u + j];
}
`;
}

export function rmsFwd(c: ModelConfig, seqs: number): string {
  const d4 = c.d / 4;
  return `${WINDOW_STRUCT}
@group(0) @binding(0) var<storage, read> X: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> H: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> R: array<f32>;
@group(0) @binding(3) var<uniform> win: Win;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x;
  if (m >= ${seqs}u * win.w) { return; }
  let row = ${ROW(c.T)};
  var ss = 0.0;
  for (var j = 0u; j < ${d4}u; j++) { let v = X[row * ${d4}u + j]; ss += dot(v, v); }
  let r = inverseSqrt(ss / ${c.d}.0 + ${RMS_EPS});
  R[row] = r;
  for (var j = 0u; j < ${d4}u; j++) { H[row * ${d4}u + j] = X[row * ${d4}u + j] * r; }
}
`;
}

/** dX = dRes + r * (dH - H * mean(dH . H)), the RMSNorm (no gain) backward plus the residual path. */
export function rmsBwd(c: ModelConfig, rows: number, withResidual: boolean): string {
  const d4 = c.d / 4;
  return `
@group(0) @binding(0) var<storage, read> DH: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> H: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> R: array<f32>;
@group(0) @binding(3) var<storage, read> DRES: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> DX: array<vec4<f32>>;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  _ = DRES[0];
  let row = gid.x;
  if (row >= ${rows}u) { return; }
  var s = 0.0;
  for (var j = 0u; j < ${d4}u; j++) { s += dot(DH[row * ${d4}u + j], H[row * ${d4}u + j]); }
  s = s / ${c.d}.0;
  let r = R[row];
  for (var j = 0u; j < ${d4}u; j++) {
    let i = row * ${d4}u + j;
    DX[i] = ${withResidual ? 'DRES[i] + ' : ''}r * (DH[i] - H[i] * s);
  }
}
`;
}

/** Causal multi-head attention over the packed [q|k|v] rows; one invocation per (row, head). */
export function attnFwd(c: ModelConfig, seqs: number): string {
  const hd = c.d / c.heads;
  const h4 = hd / 4;
  const q4 = (3 * c.d) / 4;
  const d4 = c.d / 4;
  return `${WINDOW_STRUCT}
@group(0) @binding(0) var<storage, read> QKV: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> O: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> LSE: array<f32>;
@group(0) @binding(3) var<uniform> win: Win;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x / ${c.heads}u;
  if (m >= ${seqs}u * win.w) { return; }
  let h = gid.x % ${c.heads}u;
  let row = ${ROW(c.T)};
  let t = row % ${c.T}u;
  let base = row - t;
  var q: array<vec4<f32>, ${h4}>;
  for (var j = 0u; j < ${h4}u; j++) { q[j] = QKV[row * ${q4}u + h * ${h4}u + j] * ${1 / Math.sqrt(hd)}; }
  var mx = -1e30;
  var l = 0.0;
  var acc: array<vec4<f32>, ${h4}>;
  for (var s = 0u; s <= t; s++) {
    let ks = (base + s) * ${q4}u + ${d4}u + h * ${h4}u;
    var sc = 0.0;
    for (var j = 0u; j < ${h4}u; j++) { sc += dot(q[j], QKV[ks + j]); }
    let nm = max(mx, sc);
    let corr = exp(mx - nm);
    let e = exp(sc - nm);
    l = l * corr + e;
    for (var j = 0u; j < ${h4}u; j++) { acc[j] = acc[j] * corr + e * QKV[ks + ${d4}u + j]; }
    mx = nm;
  }
  for (var j = 0u; j < ${h4}u; j++) { O[row * ${d4}u + h * ${h4}u + j] = acc[j] / l; }
  LSE[row * ${c.heads}u + h] = mx + log(l);
}
`;
}

/**
 * Attention backward over full sequences. Invocations [0, R*H) compute dq of one (row, head);
 * invocations [R*H, 2*R*H) compute dk and dv of one (row, head) by walking the later queries.
 * delta_t = dO_t . O_t (the softmax-backward row term).
 */
export function attnBwd(c: ModelConfig, rows: number): string {
  const hd = c.d / c.heads;
  const h4 = hd / 4;
  const q4 = (3 * c.d) / 4;
  const d4 = c.d / 4;
  const sc = 1 / Math.sqrt(hd);
  return `
@group(0) @binding(0) var<storage, read> QKV: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> O: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> LSE: array<f32>;
@group(0) @binding(3) var<storage, read> DO: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> DQKV: array<vec4<f32>>;
fn score(qrow: u32, krow: u32, h: u32) -> f32 {
  var s = 0.0;
  for (var j = 0u; j < ${h4}u; j++) { s += dot(QKV[qrow * ${q4}u + h * ${h4}u + j], QKV[krow * ${q4}u + ${d4}u + h * ${h4}u + j]); }
  return s * ${sc};
}
fn dotDV(orow: u32, vrow: u32, h: u32) -> f32 {
  var s = 0.0;
  for (var j = 0u; j < ${h4}u; j++) { s += dot(DO[orow * ${d4}u + h * ${h4}u + j], QKV[vrow * ${q4}u + ${2 * d4}u + h * ${h4}u + j]); }
  return s;
}
fn delta(row: u32, h: u32) -> f32 {
  var s = 0.0;
  for (var j = 0u; j < ${h4}u; j++) { s += dot(DO[row * ${d4}u + h * ${h4}u + j], O[row * ${d4}u + h * ${h4}u + j]); }
  return s;
}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let RH = ${rows * c.heads}u;
  if (gid.x >= 2u * RH) { return; }
  let role = gid.x / RH;
  let idx = gid.x % RH;
  let row = idx / ${c.heads}u;
  let h = idx % ${c.heads}u;
  let t = row % ${c.T}u;
  let base = row - t;
  var acc: array<vec4<f32>, ${h4}>;
  if (role == 0u) {
    let dl = delta(row, h);
    let lse = LSE[row * ${c.heads}u + h];
    for (var s = 0u; s <= t; s++) {
      let p = exp(score(row, base + s, h) - lse);
      let ds = p * (dotDV(row, base + s, h) - dl) * ${sc};
      for (var j = 0u; j < ${h4}u; j++) { acc[j] += ds * QKV[(base + s) * ${q4}u + ${d4}u + h * ${h4}u + j]; }
    }
    for (var j = 0u; j < ${h4}u; j++) { DQKV[row * ${q4}u + h * ${h4}u + j] = acc[j]; }
  } else {
    var dv: array<vec4<f32>, ${h4}>;
    for (var u = t; u < ${c.T}u; u++) {
      let qr = base + u;
      let p = exp(score(qr, row, h) - LSE[qr * ${c.heads}u + h]);
      let ds = p * (dotDV(qr, row, h) - delta(qr, h)) * ${sc};
      for (var j = 0u; j < ${h4}u; j++) {
        acc[j] += ds * QKV[qr * ${q4}u + h * ${h4}u + j];
        dv[j] += p * DO[qr * ${d4}u + h * ${h4}u + j];
      }
    }
    for (var j = 0u; j < ${h4}u; j++) {
      DQKV[row * ${q4}u + ${d4}u + h * ${h4}u + j] = acc[j];
      DQKV[row * ${q4}u + ${2 * d4}u + h * ${h4}u + j] = dv[j];
    }
  }
}
`;
}

/** Gradient of the embedding tables: a gather over rows per (token or position, column), no atomics. */
export function embedBwd(c: ModelConfig, p: ParamLayout, seqs: number): string {
  const d4 = c.d / 4;
  return `
@group(0) @binding(0) var<storage, read> DX: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> TOK: array<i32>;
@group(0) @binding(2) var<storage, read_write> G: array<vec4<f32>>;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let e = gid.x / ${d4}u;
  let j = gid.x % ${d4}u;
  if (e >= ${c.vocab + c.T}u) { return; }
  var acc = vec4<f32>(0.0);
  if (e < ${c.vocab}u) {
    for (var r = 0u; r < ${seqs * c.T}u; r++) {
      if (u32(clamp(TOK[r], 0, ${c.vocab - 1})) == e) { acc += DX[r * ${d4}u + j]; }
    }
    G[${p.embed / 4}u + e * ${d4}u + j] = acc;
  } else {
    let t = e - ${c.vocab}u;
    for (var n = 0u; n < ${seqs}u; n++) { acc += DX[(n * ${c.T}u + t) * ${d4}u + j]; }
    G[${p.pos / 4}u + t * ${d4}u + j] = acc;
  }
}
`;
}

export const SAMPLE_STRUCT = `struct Samp { seed: u32, greedy: u32, promptLen: u32, eos: i32, pad: i32, invTemp: f32, p0: u32, p1: u32 }`;

const PCG = `fn pcg(v: u32) -> u32 {
  let s = v * 747796405u + 2891336453u;
  let w = ((s >> ((s >> 28u) + 4u)) ^ s) * 277803737u;
  return (w >> 22u) ^ w;
}`;

/**
 * Picks the next token of every sequence from the logits at the window row (temperature sampling
 * with a counter-based hash, or argmax), writes it after that row, and stores its log-probability.
 * A sequence that already ended keeps emitting padding.
 */
export function sampleHead(c: ModelConfig, vp: number, seqs: number): string {
  return `${WINDOW_STRUCT}
${SAMPLE_STRUCT}
@group(0) @binding(0) var<storage, read> LOGITS: array<f32>;
@group(0) @binding(1) var<storage, read_write> TOK: array<i32>;
@group(0) @binding(2) var<storage, read_write> LP: array<f32>;
@group(0) @binding(3) var<uniform> win: Win;
@group(0) @binding(4) var<uniform> sp: Samp;
${PCG}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let n = gid.x;
  if (n >= ${seqs}u) { return; }
  let t = win.t0;
  let row = n * ${c.T}u + t;
  let prev = TOK[row];
  if (t >= sp.promptLen && (prev == sp.eos || prev == sp.pad)) {
    TOK[row + 1u] = sp.pad;
    LP[row] = 0.0;
    return;
  }
  var mx = -1e30;
  var best = 0u;
  for (var v = 0u; v < ${c.vocab}u; v++) {
    let z = LOGITS[row * ${vp}u + v] * sp.invTemp;
    if (z > mx) { mx = z; best = v; }
  }
  var sum = 0.0;
  for (var v = 0u; v < ${c.vocab}u; v++) { sum += exp(LOGITS[row * ${vp}u + v] * sp.invTemp - mx); }
  var pick = best;
  if (sp.greedy == 0u) {
    let hsh = pcg(sp.seed ^ pcg(n * ${c.T}u + t + pcg(sp.p0)));
    let u = (f32(hsh >> 8u) + 0.5) / 16777216.0 * sum;
    var cum = 0.0;
    pick = ${c.vocab - 1}u;
    for (var v = 0u; v < ${c.vocab}u; v++) {
      cum += exp(LOGITS[row * ${vp}u + v] * sp.invTemp - mx);
      if (u < cum) { pick = v; break; }
    }
  }
  TOK[row + 1u] = i32(pick);
  LP[row] = LOGITS[row * ${vp}u + pick] * sp.invTemp - mx - log(sum);
}
`;
}

export const LOSS_STRUCT = `struct LossP { mode: u32, invTemp: f32, epsLo: f32, epsHi: f32, clipC: f32, klCoef: f32, p0: u32, p1: u32 }`;
export const LOSS_MODE = { logp: 0, sft: 1, ppo: 2 } as const;

/**
 * Per token row: log-prob of the next token and entropy under the tempered logits, and the
 * gradient of the loss w.r.t. the logits. ROWD = (weight, advantage, old log-prob, ref log-prob);
 * the weight already holds the mask and the aggregation mode's normaliser.
 * sft: loss = -w*lp.  ppo: verl's clipped surrogate (clip-higher, dual-clip) + klCoef * low_var_kl.
 * STATS = (lp, entropy, clipped-high-or-low flag, kl).
 */
export function lossHead(c: ModelConfig, vp: number, rows: number): string {
  return `${LOSS_STRUCT}
@group(0) @binding(0) var<storage, read> LOGITS: array<f32>;
@group(0) @binding(1) var<storage, read> TGT: array<i32>;
@group(0) @binding(2) var<storage, read> ROWD: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> DL: array<f32>;
@group(0) @binding(4) var<storage, read_write> STATS: array<vec4<f32>>;
@group(0) @binding(5) var<uniform> lp: LossP;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let row = gid.x;
  if (row >= ${rows}u) { return; }
  let y = TGT[row];
  let rd = ROWD[row];
  let it = lp.invTemp;
  var mx = -1e30;
  for (var v = 0u; v < ${c.vocab}u; v++) { mx = max(mx, LOGITS[row * ${vp}u + v] * it); }
  var sum = 0.0;
  for (var v = 0u; v < ${c.vocab}u; v++) { sum += exp(LOGITS[row * ${vp}u + v] * it - mx); }
  let lse = mx + log(sum);
  var ent = 0.0;
  for (var v = 0u; v < ${c.vocab}u; v++) {
    let z = LOGITS[row * ${vp}u + v] * it - lse;
    ent -= exp(z) * z;
  }
  var logp = 0.0;
  if (y >= 0) { logp = LOGITS[row * ${vp}u + u32(y)] * it - lse; }
  // dLoss/dlogp for this token
  var g = 0.0;
  var clipped = 0.0;
  var kl = 0.0;
  if (y >= 0 && lp.mode == 1u) { g = -rd.x; }
  if (y >= 0 && lp.mode == 2u) {
    let a = rd.y;
    let ratio = exp(clamp(logp - rd.z, -20.0, 20.0));
    let l1 = -a * ratio;
    let cr = clamp(ratio, 1.0 - lp.epsLo, 1.0 + lp.epsHi);
    let l2 = -a * cr;
    var gl = -a * ratio;
    var lclip = l1;
    if (l2 > l1) { lclip = l2; clipped = 1.0; gl = select(0.0, -a * ratio, cr == ratio); }
    if (a < 0.0 && -a * lp.clipC < lclip) { gl = 0.0; }
    var gk = 0.0;
    if (lp.klCoef != 0.0) {
      let k = clamp(rd.w - logp, -20.0, 20.0);
      let v = exp(k) - k - 1.0;
      kl = clamp(v, -10.0, 10.0);
      if (v < 10.0) { gk = 1.0 - exp(k); }
    }
    g = rd.x * (gl + lp.klCoef * gk);
  }
  STATS[row] = vec4<f32>(logp, ent, clipped, kl);
  for (var v = 0u; v < ${vp}u; v++) {
    var d = 0.0;
    if (v < ${c.vocab}u && g != 0.0) {
      let p = exp(LOGITS[row * ${vp}u + v] * it - lse);
      d = g * (select(0.0, 1.0, i32(v) == y) - p) * it;
    }
    DL[row * ${vp}u + v] = d;
  }
}
`;
}

/** Sum of squared gradients, one workgroup, fixed tree order. */
export function gradNorm(total: number): string {
  const n4 = total / 4;
  return `
@group(0) @binding(0) var<storage, read> G: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> NORM: array<f32>;
var<workgroup> part: array<f32, 256>;
@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) li: u32) {
  var s = 0.0;
  for (var i = li; i < ${n4}u; i += 256u) { let g = G[i]; s += dot(g, g); }
  part[li] = s;
  workgroupBarrier();
  for (var k = 128u; k > 0u; k >>= 1u) {
    if (li < k) { part[li] += part[li + k]; }
    workgroupBarrier();
  }
  if (li == 0u) { NORM[0] = sqrt(part[0]); }
}
`;
}

export const ADAM_STRUCT = `struct Adam { lr: f32, b1: f32, b2: f32, eps: f32, wd: f32, bc1: f32, bc2: f32, maxNorm: f32 }`;

/** AdamW with global-norm gradient clipping (the clip factor comes from NORM[0]). */
export function adamw(total: number): string {
  const n4 = total / 4;
  return `${ADAM_STRUCT}
@group(0) @binding(0) var<storage, read_write> P: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> G: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> M: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> V: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> NORM: array<f32>;
@group(0) @binding(5) var<uniform> h: Adam;
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= ${n4}u) { return; }
  var scale = 1.0;
  if (h.maxNorm > 0.0) { scale = min(1.0, h.maxNorm / (NORM[0] + 1e-6)); }
  let g = G[i] * scale;
  let m = h.b1 * M[i] + (1.0 - h.b1) * g;
  let v = h.b2 * V[i] + (1.0 - h.b2) * g * g;
  M[i] = m;
  V[i] = v;
  let upd = (m / h.bc1) / (sqrt(v / h.bc2) + h.eps);
  P[i] = P[i] - h.lr * (upd + h.wd * P[i]);
}
`;
}
