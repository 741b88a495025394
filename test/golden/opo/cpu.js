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
  const F_v1 = $F_v1;
  const F_v7 = $F_v7;
  const F_v2 = $F_v2;
  const F_v3 = $F_v3;
  const F_v8 = $F_v8;
  const F_v14 = $F_v14;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %1, %7: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc1_0 = 0;
    let acc7_0 = 0;
    let acc1_1 = 0;
    let acc7_1 = 0;
    let acc1_2 = 0;
    let acc7_2 = 0;
    let acc1_3 = 0;
    let acc7_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc1_0 = $fr(acc1_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc7_0 = (acc7_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc1_1 = $fr(acc1_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc7_1 = (acc7_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc1_2 = $fr(acc1_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc7_2 = (acc7_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc1_3 = $fr(acc1_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc7_3 = (acc7_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v1[row0] = acc1_0;
    F_v7[row0] = $fr(acc7_0 >>> 0);
    F_v1[row1] = acc1_1;
    F_v7[row1] = $fr(acc7_1 >>> 0);
    F_v1[row2] = acc1_2;
    F_v7[row2] = $fr(acc7_2 >>> 0);
    F_v1[row3] = acc1_3;
    F_v7[row3] = $fr(acc7_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc1 = 0;
    let acc7 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc1 = $fr(acc1 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc7 = (acc7 + (valid ? 1 : 0) | 0);
    }
    F_v1[row] = acc1;
    F_v7[row] = $fr(acc7 >>> 0);
  }
  // reduce to group %2, %3, %8
  let acc2 = Infinity;
  let acc3 = 0;
  let acc8 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v1[row];
    const v6 = F_v7[row];
    acc2 = Math.min(acc2, v5);
    acc3 = (acc3 + 1 | 0);
    acc8 = $fr(acc8 + v6);
  }
  if ((lid === 0)) {
    F_v2[g] = acc2;
    F_v3[g] = $fr(acc3 >>> 0);
    F_v8[g] = acc8;
  }
  // reduce to group %14
  let acc14 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v7 = F_v7[row];
    const v8 = F_v1[row];
    const v9 = $fr(v8 - acc2);
    const v10 = $fr(v7 * v9);
    acc14 = $fr(acc14 + v10);
  }
  if ((lid === 0)) {
    F_v14[g] = acc14;
  }
  const v12 = $fr(acc14 / acc8);
  const v13 = $fr(acc2 + v12);
  const v14 = ($fr(acc3 >>> 0) > 1);
  const v15 = (acc8 > 0);
  const v16 = (v14 && v15);
  const v17 = (v16 ? v13 : 0);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v11 = F_v1[row];
    const v18 = $fr(v11 - v17);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v19 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v20 = $fr(v19);
      const v21 = $fr(v18 * v20);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v21;
    }
  }
}
let u, $F_token_level_rewards, $F_v1, $F_v7, $F_v2, $F_v3, $F_v8, $F_v14, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v1 = f["v1"];
  $F_v7 = f["v7"];
  $F_v2 = f["v2"];
  $F_v3 = f["v3"];
  $F_v8 = f["v8"];
  $F_v14 = f["v14"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };