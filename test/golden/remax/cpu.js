"use strict";
const $cell = new ArrayBuffer(4), $f = new Float32Array($cell), $w = new Int32Array($cell);
const $fr = Math.fround;
function $f32bits(x) { $w[0] = x; return $f[0]; }
function $bitsf32(x) { $f[0] = x; return $w[0]; }
// WGSL: an integer divided by 0 is the dividend, and its remainder 0 (so is i32 min / -1 and its remainder)
function $udiv(a, b) { return b === 0 ? a : ((a >>> 0) / (b >>> 0)) | 0; }
function $umod(a, b) { return b === 0 ? 0 : ((a >>> 0) % (b >>> 0)) | 0; }
function $umin(a, b) { return (a >>> 0) < (b >>> 0) ? a : b; }
function $umax(a, b) { return (a >>> 0) > (b >>> 0) ? a : b; }
function $idiv(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? a : (a / b) | 0; }
function $imod(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? 0 : (a % b) | 0; }
// WGSL: float to integer truncates toward zero, saturating; NaN gives 0
function $u32f(x) { return x > 0 ? (x < 4294967296 ? (x >>> 0) | 0 : -1) : 0; }
function $i32f(x) { return x >= 2147483647 ? 2147483647 : x <= -2147483648 ? -2147483648 : x | 0; }
// WGSL's round: halves to even
function $round(x) { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; }

const WG = 1;
const LANES = 1;
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_reward_baselines = $F_reward_baselines;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %6: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let x_0 = 0;
    let x_1 = 0;
    let x_2 = 0;
    let x_3 = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      const v1 = I_response_mask[(Math.imul(row0, u_T) + t | 0)];
      const v2 = $fr(v1);
      const v3 = $fr(v0 * v2);
      const v4 = 1;
      x_0 = $fr(v3 + $fr(v4 * x_0));
      F_out_returns[(Math.imul(row0, u_T) + t | 0)] = x_0;
      const v5 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      const v6 = I_response_mask[(Math.imul(row1, u_T) + t | 0)];
      const v7 = $fr(v6);
      const v8 = $fr(v5 * v7);
      const v9 = 1;
      x_1 = $fr(v8 + $fr(v9 * x_1));
      F_out_returns[(Math.imul(row1, u_T) + t | 0)] = x_1;
      const v10 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      const v11 = I_response_mask[(Math.imul(row2, u_T) + t | 0)];
      const v12 = $fr(v11);
      const v13 = $fr(v10 * v12);
      const v14 = 1;
      x_2 = $fr(v13 + $fr(v14 * x_2));
      F_out_returns[(Math.imul(row2, u_T) + t | 0)] = x_2;
      const v15 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      const v16 = I_response_mask[(Math.imul(row3, u_T) + t | 0)];
      const v17 = $fr(v16);
      const v18 = $fr(v15 * v17);
      const v19 = 1;
      x_3 = $fr(v18 + $fr(v19 * x_3));
      F_out_returns[(Math.imul(row3, u_T) + t | 0)] = x_3;
    }
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v20 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v21 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v22 = $fr(v21);
      const v23 = $fr(v20 * v22);
      const v24 = 1;
      x = $fr(v23 + $fr(v24 * x));
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v26 = F_reward_baselines[row];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v25 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
      const v27 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v28 = $fr(v27);
      const v29 = $fr(v26 * v28);
      const v30 = $fr(v25 - v29);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v30;
    }
  }
}
let u, $F_token_level_rewards, $F_out_returns, $F_reward_baselines, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_out_returns = f["out_returns"];
  $F_reward_baselines = f["reward_baselines"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };