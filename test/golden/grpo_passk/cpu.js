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
function adv_bits(b) {
  let x = b;
  return $f32bits(x);
}
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v3 = $F_v3;
  const F_v4 = $F_v4;
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v9 = $F_v9;
  const F_v13 = $F_v13;
  const F_v21 = $F_v21;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[((m0 + j | 0) + 0 | 0)];
    const row1 = I_members[((m0 + j | 0) + 1 | 0)];
    const row2 = I_members[((m0 + j | 0) + 2 | 0)];
    const row3 = I_members[((m0 + j | 0) + 3 | 0)];
    let acc3_0 = 0;
    let acc3_1 = 0;
    let acc3_2 = 0;
    let acc3_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc3_0 = $fr(acc3_0 + v0);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc3_1 = $fr(acc3_1 + v1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc3_2 = $fr(acc3_2 + v2);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc3_3 = $fr(acc3_3 + v3);
      }
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
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc3 = $fr(acc3 + v4);
      }
    }
    F_v3[row] = acc3;
  }
  let x$0 = (-8388608);
  let acc4 = $f32bits(x$0);
  let acc16 = 0;
  let acc17 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v3[row];
    acc4 = Math.max(acc4, v5);
    acc16 = $fr(acc16 + v5);
    acc17 = $fr(acc17 + 1);
  }
  if ((lid === 0)) {
    F_v4[g] = acc4;
    F_v16[g] = acc16;
    F_v17[g] = acc17;
  }
  const v10 = $fr(acc16 / acc17);
  let acc9 = 0;
  let x$1 = (-8388608);
  let acc13 = $f32bits(x$1);
  let acc21 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v3[row];
    const v7 = (v6 === acc4);
    const v8 = (v7 ? 1 : 0);
    const v9 = (v7 ? (-3.0000000054977558e+38) : v6);
    const v11 = $fr(v6 - v10);
    const v12 = $fr(v11 * v11);
    acc9 = $fr(acc9 + v8);
    acc13 = Math.max(acc13, v9);
    acc21 = $fr(acc21 + v12);
  }
  if ((lid === 0)) {
    F_v9[g] = acc9;
    F_v13[g] = acc13;
    F_v21[g] = acc21;
  }
  const v13 = (acc9 > 1);
  const v14 = (v13 ? acc4 : acc13);
  const v15 = $fr(acc4 - v14);
  const v16 = $fr(acc17 - 1);
  const v17 = $fr(acc21 / v16);
  const v18 = $fr(Math.sqrt(v17));
  const v19 = $fr(v18 + u_p_epsilon);
  const v20 = $fr(v15 / v19);
  const v21 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v20 : v15);
  const v22 = (acc17 > 1);
  const v25 = (acc9 === 1);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v23 = F_v3[row];
    const v24 = (v23 === acc4);
    const v26 = (v24 && v25);
    const v27 = (v22 && v26);
    const v28 = (v27 ? v21 : 0);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v29 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v30 = $fr(v29);
      const v31 = $fr(v28 * v30);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v31;
    }
  }
}
let u, $F_token_level_rewards, $F_v3, $F_v4, $F_v16, $F_v17, $F_v9, $F_v13, $F_v21, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v3 = f["v3"];
  $F_v4 = f["v4"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v9 = f["v9"];
  $F_v13 = f["v13"];
  $F_v21 = f["v21"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };