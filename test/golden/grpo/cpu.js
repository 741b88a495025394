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
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v3 = $F_v3;
  const F_v4 = $F_v4;
  const F_v7 = $F_v7;
  const F_v15 = $F_v15;
  const F_v9 = $F_v9;
  const F_v22 = $F_v22;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %3: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc3_0 = 0;
    let acc3_1 = 0;
    let acc3_2 = 0;
    let acc3_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc3_0 = $fr(acc3_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc3_1 = $fr(acc3_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc3_2 = $fr(acc3_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc3_3 = $fr(acc3_3 + v3);
    }
    F_v3[row0] = acc3_0;
    F_v3[row1] = acc3_1;
    F_v3[row2] = acc3_2;
    F_v3[row3] = acc3_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc3 = $fr(acc3 + v4);
    }
    F_v3[row] = acc3;
  }
  // reduce to group %4, %7, %15
  let acc4 = 0;
  let acc7 = Infinity;
  let acc15 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v3[row];
    acc4 = (acc4 + 1 | 0);
    acc7 = Math.min(acc7, v5);
    acc15 = Math.max(acc15, v5);
  }
  if ((lid === 0)) {
    F_v4[g] = $fr(acc4 >>> 0);
    F_v7[g] = acc7;
    F_v15[g] = acc15;
  }
  // reduce to group %9
  let acc9 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v3[row];
    const v7 = $fr(v6 - acc7);
    acc9 = $fr(acc9 + v7);
  }
  if ((lid === 0)) {
    F_v9[g] = acc9;
  }
  // reduce to group %22
  const v9 = $fr(acc9 / $fr(acc4 >>> 0));
  const v10 = $fr(acc7 + v9);
  const v12 = $fr(acc15 - acc7);
  const v13 = (v12 > 0);
  const v14 = (v13 ? v12 : 1);
  let acc22 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v3[row];
    const v11 = $fr(v8 - v10);
    const v15 = $fr(v11 / v14);
    const v16 = $fr(v15 * v15);
    acc22 = $fr(acc22 + v16);
  }
  if ((lid === 0)) {
    F_v22[g] = acc22;
  }
  const v18 = ($fr(acc4 >>> 0) > 1);
  const v19 = (v18 ? v10 : 0);
  const v21 = $fr($fr(acc4 >>> 0) - 1);
  const v22 = $fr(acc22 / v21);
  const v23 = $fr(Math.sqrt(v22));
  const v24 = $fr(v23 * v14);
  const v25 = (v18 ? v24 : 1);
  const v26 = $fr(v25 + u_p_epsilon);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v3[row];
    const v20 = $fr(v17 - v19);
    const v27 = $fr(v20 / v26);
    const v28 = (v20 === 0);
    const v29 = (v28 ? 0 : v27);
    const v30 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v29 : v20);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v31 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v32 = $fr(v31);
      const v33 = $fr(v30 * v32);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v33;
    }
  }
}
let u, $F_token_level_rewards, $F_v3, $F_v4, $F_v7, $F_v15, $F_v9, $F_v22, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v3 = f["v3"];
  $F_v4 = f["v4"];
  $F_v7 = f["v7"];
  $F_v15 = f["v15"];
  $F_v9 = f["v9"];
  $F_v22 = f["v22"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };