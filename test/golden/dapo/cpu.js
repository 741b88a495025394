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
  const u_p_max_response_length = u.p_max_response_length;
  const u_p_overlong_buffer_len = u.p_overlong_buffer_len;
  const u_p_overlong_penalty_factor = u.p_overlong_penalty_factor;
  const u_p_epsilon = u.p_epsilon;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v5 = $F_v5;
  const F_v9 = $F_v9;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v34 = $F_v34;
  const F_v36 = $F_v36;
  const F_v27 = $F_v27;
  const F_v42 = $F_v42;
  const F_out_advantages = $F_out_advantages;
  const F_out_keep_group = $F_out_keep_group;
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
    let acc5_0 = 0;
    let acc9_0 = 0;
    let acc5_1 = 0;
    let acc9_1 = 0;
    let acc5_2 = 0;
    let acc9_2 = 0;
    let acc5_3 = 0;
    let acc9_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc5_0 = $fr(acc5_0 + v0);
        acc9_0 = $fr(acc9_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc5_1 = $fr(acc5_1 + v1);
        acc9_1 = $fr(acc9_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc5_2 = $fr(acc5_2 + v2);
        acc9_2 = $fr(acc9_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc5_3 = $fr(acc5_3 + v3);
        acc9_3 = $fr(acc9_3 + 1);
      }
    }
    F_v5[row0] = acc5_0;
    F_v9[row0] = acc9_0;
    F_v5[row1] = acc5_1;
    F_v9[row1] = acc9_1;
    F_v5[row2] = acc5_2;
    F_v9[row2] = acc9_2;
    F_v5[row3] = acc5_3;
    F_v9[row3] = acc9_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc5 = 0;
    let acc9 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc5 = $fr(acc5 + v4);
        acc9 = $fr(acc9 + 1);
      }
    }
    F_v5[row] = acc5;
    F_v9[row] = acc9;
  }
  const v9 = $fr(u_p_max_response_length - u_p_overlong_buffer_len);
  const v15 = (u_p_overlong_buffer_len > 0);
  let acc21 = 0;
  let acc23 = 0;
  let acc34 = 0;
  let acc36 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v5[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v9[row];
    const v10 = $fr(v8 - v9);
    const v11 = (-v10);
    const v12 = $fr(v11 / u_p_overlong_buffer_len);
    const v13 = $fr(v12 * u_p_overlong_penalty_factor);
    const v14 = Math.min(v13, 0);
    const v16 = (v15 ? v14 : 0);
    const v17 = $fr(v5 + v16);
    acc21 = $fr(acc21 + 1);
    acc23 = $fr(acc23 + v7);
    acc34 = $fr(acc34 + 1);
    acc36 = $fr(acc36 + v17);
  }
  if ((lid === 0)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v34[g] = acc34;
    F_v36[g] = acc36;
  }
  const v21 = $fr(acc23 / acc21);
  const v32 = $fr(acc36 / acc34);
  let acc27 = 0;
  let acc42 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v18 = F_v5[row];
    const v19 = (v18 > 0);
    const v20 = (v19 ? 1 : 0);
    const v22 = $fr(v20 - v21);
    const v23 = $fr(v22 * v22);
    const v24 = F_v9[row];
    const v25 = $fr(v24 - v9);
    const v26 = (-v25);
    const v27 = $fr(v26 / u_p_overlong_buffer_len);
    const v28 = $fr(v27 * u_p_overlong_penalty_factor);
    const v29 = Math.min(v28, 0);
    const v30 = (v15 ? v29 : 0);
    const v31 = $fr(v18 + v30);
    const v33 = $fr(v31 - v32);
    const v34 = $fr(v33 * v33);
    acc27 = $fr(acc27 + v23);
    acc42 = $fr(acc42 + v34);
  }
  if ((lid === 0)) {
    F_v27[g] = acc27;
    F_v42[g] = acc42;
  }
  const v44 = (acc34 > 1);
  const v45 = (v44 ? v32 : 0);
  const v47 = $fr(acc34 - 1);
  const v48 = $fr(acc42 / v47);
  const v49 = $fr(Math.sqrt(v48));
  const v50 = (v44 ? v49 : 1);
  const v51 = $fr(v50 + u_p_epsilon);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v35 = F_v5[row];
    const v36 = F_v9[row];
    const v37 = $fr(v36 - v9);
    const v38 = (-v37);
    const v39 = $fr(v38 / u_p_overlong_buffer_len);
    const v40 = $fr(v39 * u_p_overlong_penalty_factor);
    const v41 = Math.min(v40, 0);
    const v42 = (v15 ? v41 : 0);
    const v43 = $fr(v35 + v42);
    const v46 = $fr(v43 - v45);
    const v52 = $fr(v46 / v51);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v53 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v54 = $fr(v53);
      const v55 = $fr(v52 * v54);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v55;
    }
  }
  const v56 = (acc21 === 1);
  const v57 = $fr(acc27 / acc21);
  const v58 = $fr(Math.sqrt(v57));
  const v59 = (v58 > 0);
  const v60 = (v56 || v59);
  const v61 = (v60 ? 1 : 0);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v62 = v61;
    F_out_keep_group[row] = v62;
  }
}
let u, $F_token_level_rewards, $F_v5, $F_v9, $F_v21, $F_v23, $F_v34, $F_v36, $F_v27, $F_v42, $F_out_advantages, $F_out_keep_group, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v5 = f["v5"];
  $F_v9 = f["v9"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v34 = f["v34"];
  $F_v36 = f["v36"];
  $F_v27 = f["v27"];
  $F_v42 = f["v42"];
  $F_out_advantages = f["out_advantages"];
  $F_out_keep_group = f["out_keep_group"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };