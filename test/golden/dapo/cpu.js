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
  const u_p_max_response_length = u.p_max_response_length;
  const u_p_overlong_buffer_len = u.p_overlong_buffer_len;
  const u_p_overlong_penalty_factor = u.p_overlong_penalty_factor;
  const u_p_epsilon = u.p_epsilon;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_v5 = $F_v5;
  const F_v9 = $F_v9;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v28 = $F_v28;
  const F_v43 = $F_v43;
  const F_v45 = $F_v45;
  const F_v52 = $F_v52;
  const F_v25 = $F_v25;
  const F_v47 = $F_v47;
  const F_v35 = $F_v35;
  const F_v59 = $F_v59;
  const F_out_advantages = $F_out_advantages;
  const F_out_keep_group = $F_out_keep_group;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %5, %9: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
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
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc5_0 = $fr(acc5_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc9_0 = (acc9_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc5_1 = $fr(acc5_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc9_1 = (acc9_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc5_2 = $fr(acc5_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc9_2 = (acc9_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc5_3 = $fr(acc5_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc9_3 = (acc9_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v5[row0] = acc5_0;
    F_v9[row0] = $fr(acc9_0 >>> 0);
    F_v5[row1] = acc5_1;
    F_v9[row1] = $fr(acc9_1 >>> 0);
    F_v5[row2] = acc5_2;
    F_v9[row2] = $fr(acc9_2 >>> 0);
    F_v5[row3] = acc5_3;
    F_v9[row3] = $fr(acc9_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc5 = 0;
    let acc9 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc5 = $fr(acc5 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc9 = (acc9 + (valid ? 1 : 0) | 0);
    }
    F_v5[row] = acc5;
    F_v9[row] = $fr(acc9 >>> 0);
  }
  // reduce to group %21, %23, %28, %43, %45, %52
  const v9 = $fr(u_p_max_response_length - u_p_overlong_buffer_len);
  const v15 = (u_p_overlong_buffer_len > 0);
  let acc21 = 0;
  let acc23 = Infinity;
  let acc28 = (-Infinity);
  let acc43 = 0;
  let acc45 = Infinity;
  let acc52 = (-Infinity);
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
    acc21 = (acc21 + 1 | 0);
    acc23 = Math.min(acc23, v7);
    acc28 = Math.max(acc28, v7);
    acc43 = (acc43 + 1 | 0);
    acc45 = Math.min(acc45, v17);
    acc52 = Math.max(acc52, v17);
  }
  if ((lid === 0)) {
    F_v21[g] = $fr(acc21 >>> 0);
    F_v23[g] = acc23;
    F_v28[g] = acc28;
    F_v43[g] = $fr(acc43 >>> 0);
    F_v45[g] = acc45;
    F_v52[g] = acc52;
  }
  // reduce to group %25, %47
  let acc25 = 0;
  let acc47 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v18 = F_v5[row];
    const v19 = (v18 > 0);
    const v20 = (v19 ? 1 : 0);
    const v21 = $fr(v20 - acc23);
    const v22 = F_v9[row];
    const v23 = $fr(v22 - v9);
    const v24 = (-v23);
    const v25 = $fr(v24 / u_p_overlong_buffer_len);
    const v26 = $fr(v25 * u_p_overlong_penalty_factor);
    const v27 = Math.min(v26, 0);
    const v28 = (v15 ? v27 : 0);
    const v29 = $fr(v18 + v28);
    const v30 = $fr(v29 - acc45);
    acc25 = $fr(acc25 + v21);
    acc47 = $fr(acc47 + v30);
  }
  if ((lid === 0)) {
    F_v25[g] = acc25;
    F_v47[g] = acc47;
  }
  // reduce to group %35, %59
  const v34 = $fr(acc25 / $fr(acc21 >>> 0));
  const v35 = $fr(acc23 + v34);
  const v37 = $fr(acc28 - acc23);
  const v38 = (v37 > 0);
  const v39 = (v38 ? v37 : 1);
  const v50 = $fr(acc47 / $fr(acc43 >>> 0));
  const v51 = $fr(acc45 + v50);
  const v53 = $fr(acc52 - acc45);
  const v54 = (v53 > 0);
  const v55 = (v54 ? v53 : 1);
  let acc35 = 0;
  let acc59 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v31 = F_v5[row];
    const v32 = (v31 > 0);
    const v33 = (v32 ? 1 : 0);
    const v36 = $fr(v33 - v35);
    const v40 = $fr(v36 / v39);
    const v41 = $fr(v40 * v40);
    const v42 = F_v9[row];
    const v43 = $fr(v42 - v9);
    const v44 = (-v43);
    const v45 = $fr(v44 / u_p_overlong_buffer_len);
    const v46 = $fr(v45 * u_p_overlong_penalty_factor);
    const v47 = Math.min(v46, 0);
    const v48 = (v15 ? v47 : 0);
    const v49 = $fr(v31 + v48);
    const v52 = $fr(v49 - v51);
    const v56 = $fr(v52 / v55);
    const v57 = $fr(v56 * v56);
    acc35 = $fr(acc35 + v41);
    acc59 = $fr(acc59 + v57);
  }
  if ((lid === 0)) {
    F_v35[g] = acc35;
    F_v59[g] = acc59;
  }
  const v67 = ($fr(acc43 >>> 0) > 1);
  const v68 = (v67 ? v51 : 0);
  const v70 = $fr($fr(acc43 >>> 0) - 1);
  const v71 = $fr(acc59 / v70);
  const v72 = $fr(Math.sqrt(v71));
  const v73 = $fr(v72 * v55);
  const v74 = (v67 ? v73 : 1);
  const v75 = $fr(v74 + u_p_epsilon);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v58 = F_v5[row];
    const v59 = F_v9[row];
    const v60 = $fr(v59 - v9);
    const v61 = (-v60);
    const v62 = $fr(v61 / u_p_overlong_buffer_len);
    const v63 = $fr(v62 * u_p_overlong_penalty_factor);
    const v64 = Math.min(v63, 0);
    const v65 = (v15 ? v64 : 0);
    const v66 = $fr(v58 + v65);
    const v69 = $fr(v66 - v68);
    const v76 = $fr(v69 / v75);
    const v77 = (v69 === 0);
    const v78 = (v77 ? 0 : v76);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v79 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v80 = $fr(v79);
      const v81 = $fr(v78 * v80);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v81;
    }
  }
  const v82 = ($fr(acc21 >>> 0) === 1);
  const v83 = $fr(acc35 / $fr(acc21 >>> 0));
  const v84 = $fr(Math.sqrt(v83));
  const v85 = $fr(v84 * v39);
  const v86 = (v85 > 0);
  const v87 = (v82 || v86);
  const v88 = (v87 ? 1 : 0);
  // outputs out_keep_group
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v89 = v88;
    F_out_keep_group[row] = v89;
  }
}
let u, $F_token_level_rewards, $F_v5, $F_v9, $F_v21, $F_v23, $F_v28, $F_v43, $F_v45, $F_v52, $F_v25, $F_v47, $F_v35, $F_v59, $F_out_advantages, $F_out_keep_group, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v5 = f["v5"];
  $F_v9 = f["v9"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v28 = f["v28"];
  $F_v43 = f["v43"];
  $F_v45 = f["v45"];
  $F_v52 = f["v52"];
  $F_v25 = f["v25"];
  $F_v47 = f["v47"];
  $F_v35 = f["v35"];
  $F_v59 = f["v59"];
  $F_out_advantages = f["out_advantages"];
  $F_out_keep_group = f["out_keep_group"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };