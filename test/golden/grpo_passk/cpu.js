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
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v9 = $F_v9;
  const F_v13 = $F_v13;
  const F_v19 = $F_v19;
  const F_v28 = $F_v28;
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
  // reduce to group %4, %16, %17
  let acc4 = (-Infinity);
  let acc16 = 0;
  let acc17 = Infinity;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v3[row];
    acc4 = Math.max(acc4, v5);
    acc16 = (acc16 + 1 | 0);
    acc17 = Math.min(acc17, v5);
  }
  if ((lid === 0)) {
    F_v4[g] = acc4;
    F_v16[g] = $fr(acc16 >>> 0);
    F_v17[g] = acc17;
  }
  // reduce to group %9, %13, %19
  let acc9 = 0;
  let acc13 = (-Infinity);
  let acc19 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v3[row];
    const v7 = (v6 === acc4);
    const v8 = (v7 ? 1 : 0);
    const v9 = (v7 ? (-3.0000000054977558e+38) : v6);
    const v10 = $fr(v6 - acc17);
    acc9 = $fr(acc9 + v8);
    acc13 = Math.max(acc13, v9);
    acc19 = $fr(acc19 + v10);
  }
  if ((lid === 0)) {
    F_v9[g] = acc9;
    F_v13[g] = acc13;
    F_v19[g] = acc19;
  }
  // reduce to group %28
  const v12 = $fr(acc19 / $fr(acc16 >>> 0));
  const v13 = $fr(acc17 + v12);
  const v15 = $fr(acc4 - acc17);
  const v16 = (v15 > 0);
  const v17 = (v16 ? v15 : 1);
  let acc28 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v11 = F_v3[row];
    const v14 = $fr(v11 - v13);
    const v18 = $fr(v14 / v17);
    const v19 = $fr(v18 * v18);
    acc28 = $fr(acc28 + v19);
  }
  if ((lid === 0)) {
    F_v28[g] = acc28;
  }
  const v20 = (acc9 > 1);
  const v21 = (v20 ? acc4 : acc13);
  const v22 = $fr(acc4 - v21);
  const v23 = $fr($fr(acc16 >>> 0) - 1);
  const v24 = $fr(acc28 / v23);
  const v25 = $fr(Math.sqrt(v24));
  const v26 = $fr(v25 * v17);
  const v27 = $fr(v26 + u_p_epsilon);
  const v28 = $fr(v22 / v27);
  const v29 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v28 : v22);
  const v30 = ($fr(acc16 >>> 0) > 1);
  const v33 = (acc9 === 1);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v31 = F_v3[row];
    const v32 = (v31 === acc4);
    const v34 = (v32 && v33);
    const v35 = (v30 && v34);
    const v36 = (v35 ? v29 : 0);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v37 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v38 = $fr(v37);
      const v39 = $fr(v36 * v38);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v39;
    }
  }
}
let u, $F_token_level_rewards, $F_v3, $F_v4, $F_v16, $F_v17, $F_v9, $F_v13, $F_v19, $F_v28, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v3 = f["v3"];
  $F_v4 = f["v4"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v9 = f["v9"];
  $F_v13 = f["v13"];
  $F_v19 = f["v19"];
  $F_v28 = f["v28"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };