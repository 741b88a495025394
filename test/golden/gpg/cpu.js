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
  const F_v2 = $F_v2;
  const F_v7_partial = $F_v7_partial;
  const F_v8_partial = $F_v8_partial;
  const F_v11 = $F_v11;
  const F_v13 = $F_v13;
  const F_v15 = $F_v15;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %2: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc2_0 = 0;
    let acc2_1 = 0;
    let acc2_2 = 0;
    let acc2_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc2_0 = $fr(acc2_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc2_1 = $fr(acc2_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc2_2 = $fr(acc2_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc2_3 = $fr(acc2_3 + v3);
    }
    F_v2[row0] = acc2_0;
    F_v2[row1] = acc2_1;
    F_v2[row2] = acc2_2;
    F_v2[row3] = acc2_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc2 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc2 = $fr(acc2 + v4);
    }
    F_v2[row] = acc2;
  }
  // reduce to group %7 (batch partial), %8 (batch partial), %11, %13
  let acc7 = 0;
  let acc8 = 0;
  let acc11 = 0;
  let acc13 = Infinity;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v2[row];
    const v6 = (v5 !== 0);
    const v7 = (v6 ? 1 : 0);
    acc7 = $fr(acc7 + v7);
    acc8 = (acc8 + 1 | 0);
    acc11 = (acc11 + 1 | 0);
    acc13 = Math.min(acc13, v5);
  }
  if ((lid === 0)) {
    F_v7_partial[g] = acc7;
    F_v8_partial[g] = $fr(acc8 >>> 0);
    F_v11[g] = $fr(acc11 >>> 0);
    F_v13[g] = acc13;
  }
  // reduce to group %15
  let acc15 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v2[row];
    const v9 = $fr(v8 - acc13);
    acc15 = $fr(acc15 + v9);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_p_f_norm = u.p_f_norm;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v7_partial = $F_v7_partial;
  const F_v8_partial = $F_v8_partial;
  const F_v13 = $F_v13;
  const F_v15 = $F_v15;
  const F_v11 = $F_v11;
  const I_members = $I_members;
  const F_v2 = $F_v2;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %7, %8: combine every group's partial
  let acc_b7 = 0;
  let acc_b8 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b7 = $fr(acc_b7 + F_v7_partial[i]);
    acc_b8 = $fr(acc_b8 + F_v8_partial[i]);
  }
  const v10 = Math.max(acc_b7, 1);
  const v11 = $fr(acc_b8 / v10);
  const v13 = F_v13[g];
  const v14 = F_v15[g];
  const v15 = F_v11[g];
  const v16 = $fr(v14 / v15);
  const v17 = $fr(v13 + v16);
  const v18 = (v15 > 1);
  const v19 = (v18 ? v17 : 0);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v12 = F_v2[row];
    const v20 = $fr(v12 - v19);
    const v21 = $fr(v11 * v20);
    const v22 = $fr(v21 / u_p_f_norm);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v23 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v24 = $fr(v23);
      const v25 = $fr(v22 * v24);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v25;
    }
  }
}
let u, $F_token_level_rewards, $F_v2, $F_v7_partial, $F_v8_partial, $F_v11, $F_v13, $F_v15, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v2 = f["v2"];
  $F_v7_partial = f["v7_partial"];
  $F_v8_partial = f["v8_partial"];
  $F_v11 = f["v11"];
  $F_v13 = f["v13"];
  $F_v15 = f["v15"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1 };