// WGSL for the non-matmul parts of the policy: embedding, RMSNorm, causal attention (forward and
// backward), the sampling head, the loss head (log-probs, entropy, PPO/SFT gradient of the logits),
// the global gradient norm and AdamW. Shapes are baked in as constants; the token window and the
// per-call scalars come from small uniform buffers. Every reduction runs in a fixed order.
import type { ModelConfig, ParamLayout } from '../model-config.js';

/** The token window [t0, t0 + w) of every sequence that a windowed kernel covers. */
export const WINDOW_STRUCT = `struct Win { t0: u32, w: u32, pad0: u32, pad1: u32 }`;

export const WG = 64;
const RMS_EPS = '1e-5';

/**
 * The @group(0) declarations of a kernel, bound in the order given: name -> 'read T' | 'rw T' (storage
 * arrays of T) or 'uniform S' (a struct), so a kernel's buffer list reads like its dispatch.
 */
export function bindings(spec: Record<string, string>): string {
  return Object.entries(spec)
    .map(([name, what], i) => {
      const [access, type] = what.split(' ');
      const decl = access === 'uniform' ? `var<uniform> ${name}: ${type}` : `var<storage, ${access === 'rw' ? 'read_write' : 'read'}> ${name}: array<${type}>`;
      return `@group(0) @binding(${i}) ${decl};`;
    })
    .join('\n');
}

/** Windowed row m -> token row n*T + t. */
const ROW = (T: number) => `(m / win.w) * ${T}u + win.t0 + m % win.w`;

export function embedFwd(c: ModelConfig, p: ParamLayout, seqs: number): string {
  const d = c.d;
  return `${WINDOW_STRUCT}
${bindings({ P: 'read f32', TOK: 'read i32', X: 'rw f32', win: 'uniform Win' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x / ${d}u;
  if (m >= ${seqs}u * win.w) { return; }
  let j = gid.x % ${d}u;
  let row = ${ROW(c.T)};
  let t = row % ${c.T}u;
  let tok = u32(clamp(TOK[row], 0, ${c.vocab - 1}));
  X[row * ${d}u + j] = P[${p.embed}u + tok * ${d}u + j] + P[${p.pos}u + t * ${d}u + j];
}
`;
}

export function rmsFwd(c: ModelConfig, seqs: number): string {
  const d = c.d;
  return `${WINDOW_STRUCT}
${bindings({ X: 'read f32', H: 'rw f32', R: 'rw f32', win: 'uniform Win' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x;
  if (m >= ${seqs}u * win.w) { return; }
  let row = ${ROW(c.T)};
  let b = row * ${d}u;
  var ss = 0.0;
  for (var j = 0u; j < ${d}u; j++) { let v = X[b + j]; ss += v * v; }
  let r = inverseSqrt(ss / ${d}.0 + ${RMS_EPS});
  R[row] = r;
  for (var j = 0u; j < ${d}u; j++) { H[b + j] = X[b + j] * r; }
}
`;
}

/** dX = dRes + r * (dH - H * mean(dH . H)), the RMSNorm (no gain) backward plus the residual path. */
export function rmsBwd(c: ModelConfig, rows: number): string {
  const d = c.d;
  return `
${bindings({ DH: 'read f32', H: 'read f32', R: 'read f32', DRES: 'read f32', DX: 'rw f32' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let row = gid.x;
  if (row >= ${rows}u) { return; }
  let b = row * ${d}u;
  var s = 0.0;
  for (var j = 0u; j < ${d}u; j++) { s += DH[b + j] * H[b + j]; }
  s = s / ${d}.0;
  let r = R[row];
  for (var j = 0u; j < ${d}u; j++) { DX[b + j] = DRES[b + j] + r * (DH[b + j] - H[b + j] * s); }
}
`;
}

// The head-width loops below are unrolled by the generator into scalar SSA values: private arrays
// indexed in loops take llvmpipe tens of seconds to compile.
const each = (n: number, f: (j: number) => string, sep = '\n    ') => Array.from({ length: n }, (_, j) => f(j)).join(sep);

/** Causal multi-head attention over the packed [q|k|v] rows; one invocation per (row, head). */
export function attnFwd(c: ModelConfig, seqs: number): string {
  const hd = c.d / c.heads;
  const q3 = 3 * c.d;
  const d = c.d;
  return `${WINDOW_STRUCT}
${bindings({ QKV: 'read f32', O: 'rw f32', LSE: 'rw f32', win: 'uniform Win' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.x / ${c.heads}u;
  if (m >= ${seqs}u * win.w) { return; }
  let h = gid.x % ${c.heads}u;
  let row = ${ROW(c.T)};
  let t = row % ${c.T}u;
  let base = row - t;
  let qb = row * ${q3}u + h * ${hd}u;
  ${each(hd, (j) => `let q${j} = QKV[qb + ${j}u] * ${1 / Math.sqrt(hd)};`, '\n  ')}
  var mx = -1e30;
  var l = 0.0;
  ${each(hd, (j) => `var a${j} = 0.0;`, '\n  ')}
  for (var s = 0u; s <= t; s++) {
    let kb = (base + s) * ${q3}u + ${d}u + h * ${hd}u;
    let sc = ${each(hd, (j) => `q${j} * QKV[kb + ${j}u]`, ' + ')};
    let nm = max(mx, sc);
    let corr = exp(mx - nm);
    let e = exp(sc - nm);
    l = l * corr + e;
    ${each(hd, (j) => `a${j} = a${j} * corr + e * QKV[kb + ${d + j}u];`)}
    mx = nm;
  }
  let ob = row * ${d}u + h * ${hd}u;
  ${each(hd, (j) => `O[ob + ${j}u] = a${j} / l;`, '\n  ')}
  LSE[row * ${c.heads}u + h] = mx + log(l);
}
`;
}

/**
 * Attention backward over full sequences, in two kernels (smaller kernels compile much faster):
 * part 0 computes dq of one (row, head) per invocation; part 1 computes dk and dv of one
 * (row, head) by walking the later queries.
 * delta_t = dO_t . O_t (the softmax-backward row term).
 */
export function attnBwd(c: ModelConfig, rows: number, part: 0 | 1): string {
  const hd = c.d / c.heads;
  const q3 = 3 * c.d;
  const d = c.d;
  const sc = 1 / Math.sqrt(hd);
  return `
${bindings({ QKV: 'read f32', O: 'read f32', LSE: 'read f32', DO: 'read f32', DQKV: 'rw f32' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let RH = ${rows * c.heads}u;
  if (gid.x >= RH) { return; }
  let role = ${part}u;
  let idx = gid.x;
  let row = idx / ${c.heads}u;
  let h = idx % ${c.heads}u;
  let t = row % ${c.T}u;
  let base = row - t;
  let ho = h * ${hd}u;
  ${each(hd, (j) => `var a${j} = 0.0;`, '\n  ')}
  if (role == 0u) {
    let qb = row * ${q3}u + ho;
    let ob = row * ${d}u + ho;
    ${each(hd, (j) => `let q${j} = QKV[qb + ${j}u];`)}
    ${each(hd, (j) => `let g${j} = DO[ob + ${j}u];`)}
    let dl = ${each(hd, (j) => `g${j} * O[ob + ${j}u]`, ' + ')};
    let lse = LSE[row * ${c.heads}u + h];
    for (var s = 0u; s <= t; s++) {
      let kb = (base + s) * ${q3}u + ${d}u + ho;
      let p = exp((${each(hd, (j) => `q${j} * QKV[kb + ${j}u]`, ' + ')}) * ${sc} - lse);
      let dp = ${each(hd, (j) => `g${j} * QKV[kb + ${d + j}u]`, ' + ')};
      let ds = p * (dp - dl) * ${sc};
      ${each(hd, (j) => `a${j} += ds * QKV[kb + ${j}u];`, '\n      ')}
    }
    ${each(hd, (j) => `DQKV[qb + ${j}u] = a${j};`)}
  } else {
    let kb = row * ${q3}u + ${d}u + ho;
    ${each(hd, (j) => `let k${j} = QKV[kb + ${j}u];`)}
    ${each(hd, (j) => `let v${j} = QKV[kb + ${d + j}u];`)}
    ${each(hd, (j) => `var b${j} = 0.0;`)}
    for (var u = t; u < ${c.T}u; u++) {
      let qr = base + u;
      let qb = qr * ${q3}u + ho;
      let ob = qr * ${d}u + ho;
      let p = exp((${each(hd, (j) => `QKV[qb + ${j}u] * k${j}`, ' + ')}) * ${sc} - LSE[qr * ${c.heads}u + h]);
      let dp = ${each(hd, (j) => `DO[ob + ${j}u] * v${j}`, ' + ')};
      let dl = ${each(hd, (j) => `DO[ob + ${j}u] * O[ob + ${j}u]`, ' + ')};
      let ds = p * (dp - dl) * ${sc};
      ${each(hd, (j) => `a${j} += ds * QKV[qb + ${j}u];`, '\n      ')}
      ${each(hd, (j) => `b${j} += p * DO[ob + ${j}u];`, '\n      ')}
    }
    ${each(hd, (j) => `DQKV[kb + ${j}u] = a${j};`)}
    ${each(hd, (j) => `DQKV[kb + ${d + j}u] = b${j};`)}
  }
}
`;
}

export const EW_STRUCT = `struct EW { t0: u32, w: u32, T: u32, cols: u32, count: u32, p0: u32, p1: u32, p2: u32 }`;
export const EW_MODE = { add: 0, relu: 1, reluMask: 2 } as const;

/**
 * Element-wise ops over the rows of a token window (row m -> token row as in the matmul):
 * add: Y += X;  relu: Y = max(X, 0);  reluMask: Y *= (X > 0).
 */
export function elementwise(mode: keyof typeof EW_MODE): string {
  const op = mode === 'add' ? 'Y[i] = Y[i] + X[i];' : mode === 'relu' ? 'Y[i] = max(X[i], 0.0);' : 'if (X[i] <= 0.0) { Y[i] = 0.0; }';
  return `${EW_STRUCT}
${bindings({ X: 'read f32', Y: 'rw f32', u: 'uniform EW' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let e = gid.x;
  if (e >= u.count) { return; }
  let m = e / u.cols;
  let row = (m / u.w) * u.T + u.t0 + m % u.w;
  let i = row * u.cols + e % u.cols;
  ${op}
}
`;
}

/** Gradient of the embedding tables: a gather over rows per (token or position, column), no atomics. */
export function embedBwd(c: ModelConfig, p: ParamLayout, seqs: number): string {
  const d = c.d;
  return `
${bindings({ DX: 'read f32', TOK: 'read i32', G: 'rw f32' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let e = gid.x / ${d}u;
  let j = gid.x % ${d}u;
  if (e >= ${c.vocab + c.T}u) { return; }
  var acc = 0.0;
  if (e < ${c.vocab}u) {
    for (var r = 0u; r < ${seqs * c.T}u; r++) {
      if (u32(clamp(TOK[r], 0, ${c.vocab - 1})) == e) { acc += DX[r * ${d}u + j]; }
    }
    G[${p.embed}u + e * ${d}u + j] = acc;
  } else {
    let t = e - ${c.vocab}u;
    for (var n = 0u; n < ${seqs}u; n++) { acc += DX[(n * ${c.T}u + t) * ${d}u + j]; }
    G[${p.pos}u + t * ${d}u + j] = acc;
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
 * with a counter-based hash, or argmax), writes it after that row, and stores its log-probability and
 * the sampling distribution's entropy and sum of squared probabilities (GS = (entropy, sum p^2) per row).
 * A sequence that already ended keeps emitting padding.
 */
export function sampleHead(c: ModelConfig, vp: number, seqs: number): string {
  return `${WINDOW_STRUCT}
${SAMPLE_STRUCT}
${bindings({ LOGITS: 'read f32', TOK: 'rw i32', LP: 'rw f32', win: 'uniform Win', sp: 'uniform Samp', GS: 'rw f32' })}
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
    GS[row * 2u] = 0.0;
    GS[row * 2u + 1u] = 0.0;
    return;
  }
  var mx = -1e30;
  var best = 0u;
  for (var v = 0u; v < ${c.vocab}u; v++) {
    let z = LOGITS[row * ${vp}u + v] * sp.invTemp;
    if (z > mx) { mx = z; best = v; }
  }
  var sum = 0.0;
  var ez = 0.0;
  var ee = 0.0;
  for (var v = 0u; v < ${c.vocab}u; v++) {
    let z = LOGITS[row * ${vp}u + v] * sp.invTemp - mx;
    let e = exp(z);
    sum += e;
    ez += e * z;
    ee += e * e;
  }
  GS[row * 2u] = log(sum) - ez / sum;
  GS[row * 2u + 1u] = ee / (sum * sum);
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
${bindings({ LOGITS: 'read f32', TGT: 'read i32', ROWD: 'read f32', DL: 'rw f32', STATS: 'rw f32', lp: 'uniform LossP' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let row = gid.x;
  if (row >= ${rows}u) { return; }
  let y = TGT[row];
  let rd = vec4<f32>(ROWD[row * 4u], ROWD[row * 4u + 1u], ROWD[row * 4u + 2u], ROWD[row * 4u + 3u]);
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
  STATS[row * 4u] = logp;
  STATS[row * 4u + 1u] = ent;
  STATS[row * 4u + 2u] = clipped;
  STATS[row * 4u + 3u] = kl;
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
  return `
${bindings({ G: 'read f32', NORM: 'rw f32' })}
var<workgroup> part: array<f32, 256>;
@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) li: u32) {
  var s = 0.0;
  for (var i = li; i < ${total}u; i += 256u) { let g = G[i]; s += g * g; }
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
  return `${ADAM_STRUCT}
${bindings({ P: 'rw f32', G: 'read f32', M: 'rw f32', V: 'rw f32', NORM: 'read f32', h: 'uniform Adam' })}
@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= ${total}u) { return; }
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
