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
  const u_p_kappa = u.p_kappa;
  const u_p_alpha = u.p_alpha;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v5 = $F_v5;
  const F_v6 = $F_v6;
  const F_v9 = $F_v9;
  const F_v17 = $F_v17;
  const F_v11 = $F_v11;
  const F_v24 = $F_v24;
  const F_entropy = $F_entropy;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const F_out_entropy_bonus = $F_out_entropy_bonus;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %5: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc5_0 = 0;
    let acc5_1 = 0;
    let acc5_2 = 0;
    let acc5_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc5_0 = $fr(acc5_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc5_1 = $fr(acc5_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc5_2 = $fr(acc5_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc5_3 = $fr(acc5_3 + v3);
    }
    F_v5[row0] = acc5_0;
    F_v5[row1] = acc5_1;
    F_v5[row2] = acc5_2;
    F_v5[row3] = acc5_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc5 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc5 = $fr(acc5 + v4);
    }
    F_v5[row] = acc5;
  }
  // reduce to group %6, %9, %17
  let acc6 = 0;
  let acc9 = Infinity;
  let acc17 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v5[row];
    acc6 = (acc6 + 1 | 0);
    acc9 = Math.min(acc9, v5);
    acc17 = Math.max(acc17, v5);
  }
  if ((lid === 0)) {
    F_v6[g] = $fr(acc6 >>> 0);
    F_v9[g] = acc9;
    F_v17[g] = acc17;
  }
  // reduce to group %11
  let acc11 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v5[row];
    const v7 = $fr(v6 - acc9);
    acc11 = $fr(acc11 + v7);
  }
  if ((lid === 0)) {
    F_v11[g] = acc11;
  }
  // reduce to group %24
  const v9 = $fr(acc11 / $fr(acc6 >>> 0));
  const v10 = $fr(acc9 + v9);
  const v12 = $fr(acc17 - acc9);
  const v13 = (v12 > 0);
  const v14 = (v13 ? v12 : 1);
  let acc24 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v5[row];
    const v11 = $fr(v8 - v10);
    const v15 = $fr(v11 / v14);
    const v16 = $fr(v15 * v15);
    acc24 = $fr(acc24 + v16);
  }
  if ((lid === 0)) {
    F_v24[g] = acc24;
  }
  const v18 = ($fr(acc6 >>> 0) > 1);
  const v19 = (v18 ? v10 : 0);
  const v21 = $fr($fr(acc6 >>> 0) - 1);
  const v22 = $fr(acc24 / v21);
  const v23 = $fr(Math.sqrt(v22));
  const v24 = $fr(v23 * v14);
  const v25 = (v18 ? v24 : 1);
  const v26 = $fr(v25 + u_p_epsilon);
  // outputs out_advantages, out_entropy_bonus
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v5[row];
    const v20 = $fr(v17 - v19);
    const v27 = $fr(v20 / v26);
    const v28 = (v20 === 0);
    const v29 = (v28 ? 0 : v27);
    const v30 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v29 : v20);
    const v33 = Math.abs(v30);
    const v34 = $fr(v33 / u_p_kappa);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v31 = F_entropy[(Math.imul(row, u_T) + t | 0)];
      const v32 = $fr(u_p_alpha * v31);
      const v35 = Math.min(v32, v34);
      const v36 = $fr(v30 + v35);
      const v37 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v38 = $fr(v37);
      const v39 = $fr(v36 * v38);
      const v40 = $fr(v35 * v38);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v39;
      F_out_entropy_bonus[(Math.imul(row, u_T) + t | 0)] = v40;
    }
  }
}
let u, $F_token_level_rewards, $F_v5, $F_v6, $F_v9, $F_v17, $F_v11, $F_v24, $F_entropy, $F_out_advantages, $F_out_entropy_bonus, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v5 = f["v5"];
  $F_v6 = f["v6"];
  $F_v9 = f["v9"];
  $F_v17 = f["v17"];
  $F_v11 = f["v11"];
  $F_v24 = f["v24"];
  $F_entropy = f["entropy"];
  $F_out_advantages = f["out_advantages"];
  $F_out_entropy_bonus = f["out_entropy_bonus"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };