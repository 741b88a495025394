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
function adv_order_key(x) {
  const bits = $bitsf32(x);
  return (bits ^ (((bits >>> 31 | 0) !== 0) ? (-1) : (-2147483648)));
}
function adv_order_value(key) {
  return $f32bits((key ^ (((key >>> 31 | 0) !== 0) ? (-2147483648) : (-1))));
}
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_p_by_length = u.p_by_length;
  const u_p_alpha = u.p_alpha;
  const u_p_mu = u.p_mu;
  const u_p_beta = u.p_beta;
  const u_p_max_length = u.p_max_length;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const F_v6 = $F_v6;
  const F_v10 = $F_v10;
  const F_v8 = $F_v8;
  const F_v15 = $F_v15;
  const F_v24 = $F_v24;
  const F_v30 = $F_v30;
  const F_select_bins = $F_select_bins;
  const F_v18 = $F_v18;
  const F_v23 = $F_v23;
  const F_v28 = $F_v28;
  const F_v32 = $F_v32;
  const F_v38 = $F_v38;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %6, %8, %10: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc6_0 = 0;
    let acc10_0 = 0;
    let acc8_0 = 0;
    let acc6_1 = 0;
    let acc10_1 = 0;
    let acc8_1 = 0;
    let acc6_2 = 0;
    let acc10_2 = 0;
    let acc8_2 = 0;
    let acc6_3 = 0;
    let acc10_3 = 0;
    let acc8_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc6_0 = $fr(acc6_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      if (valid_0) {
        const v1 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        acc10_0 = $fr(acc10_0 + v1);
      }
      acc8_0 = (acc8_0 + (valid_0 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc6_1 = $fr(acc6_1 + v2);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      if (valid_1) {
        const v3 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        acc10_1 = $fr(acc10_1 + v3);
      }
      acc8_1 = (acc8_1 + (valid_1 ? 1 : 0) | 0);
      const v4 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc6_2 = $fr(acc6_2 + v4);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      if (valid_2) {
        const v5 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        acc10_2 = $fr(acc10_2 + v5);
      }
      acc8_2 = (acc8_2 + (valid_2 ? 1 : 0) | 0);
      const v6 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc6_3 = $fr(acc6_3 + v6);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      if (valid_3) {
        const v7 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        acc10_3 = $fr(acc10_3 + v7);
      }
      acc8_3 = (acc8_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v6[row0] = acc6_0;
    F_v10[row0] = acc10_0;
    F_v8[row0] = $fr(acc8_0 >>> 0);
    F_v6[row1] = acc6_1;
    F_v10[row1] = acc10_1;
    F_v8[row1] = $fr(acc8_1 >>> 0);
    F_v6[row2] = acc6_2;
    F_v10[row2] = acc10_2;
    F_v8[row2] = $fr(acc8_2 >>> 0);
    F_v6[row3] = acc6_3;
    F_v10[row3] = acc10_3;
    F_v8[row3] = $fr(acc8_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc6 = 0;
    let acc10 = 0;
    let acc8 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v8 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc6 = $fr(acc6 + v8);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      if (valid) {
        const v9 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        acc10 = $fr(acc10 + v9);
      }
      acc8 = (acc8 + (valid ? 1 : 0) | 0);
    }
    F_v6[row] = acc6;
    F_v10[row] = acc10;
    F_v8[row] = $fr(acc8 >>> 0);
  }
  // reduce to group %15, %24, %30
  let acc15 = 0;
  let acc24 = 0;
  let acc30 = Infinity;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v10 = F_v6[row];
    acc15 = (acc15 + 1 | 0);
    acc24 = (acc24 + 1 | 0);
    acc30 = Math.min(acc30, v10);
  }
  if ((lid === 0)) {
    F_v15[g] = $fr(acc15 >>> 0);
    F_v24[g] = $fr(acc24 >>> 0);
    F_v30[g] = acc30;
  }
  const v11 = $fr($fr(acc15 >>> 0) / 2);
  // select %18: the k-th smallest per group
  let sk12 = 0;
  let sp13 = 0;
  let sm14 = 0;
  let empty17 = false;
  for (let pass15 = 0; (pass15 >>> 0 < 4 >>> 0); pass15 = (pass15 + 1 | 0)) {
    const shift16 = (24 - Math.imul(8, pass15) | 0);
    for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
    }
    for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
      const row = I_members[(m0 + j | 0)];
      const v18 = F_v10[row];
      const v19 = F_v8[row];
      const v20 = $fr(v19 + 9.99999993922529e-9);
      const v21 = $fr(v18 / v20);
      const v22 = ((u_p_by_length !== 0) ? v19 : v21);
      const key23 = adv_order_key(v22);
      if (((key23 & sm14) === sp13)) {
        const bin24 = (Math.imul(g, 256) + ((key23 >>> shift16 | 0) & 255) | 0);
        F_select_bins[bin24] = $fr(F_select_bins[bin24] + 1);
      }
    }
    if ((pass15 === 0)) {
      let count25 = 0;
      for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
        count25 = $fr(count25 + F_select_bins[(Math.imul(g, 256) + b | 0)]);
      }
      empty17 = (count25 === 0);
      sk12 = $u32f(Math.min(((v11 > 0) ? Math.floor(v11) : 0), $fr(count25 - 1)));
    }
    let digit26 = 0;
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      const c27 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
      if ((sk12 >>> 0 < c27 >>> 0)) {
        digit26 = b;
        break;
      }
      sk12 = (sk12 - c27 | 0);
    }
    sp13 = (sp13 | (digit26 << shift16));
    sm14 = (sm14 | (255 << shift16));
  }
  F_v18[g] = (empty17 ? 0 : adv_order_value(sp13));
  // reduce to group %23, %28, %32, %38
  const v33 = F_v18[g];
  let acc23 = 0;
  let acc28 = 0;
  let acc32 = 0;
  let acc38 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v28 = F_v10[row];
    const v29 = F_v8[row];
    const v30 = $fr(v29 + 9.99999993922529e-9);
    const v31 = $fr(v28 / v30);
    const v32 = ((u_p_by_length !== 0) ? v29 : v31);
    const v34 = (v32 >= v33);
    const v35 = (v34 ? 1 : 0);
    const v36 = F_v6[row];
    const v37 = (v34 ? v36 : 0);
    const v38 = $fr(v36 - acc30);
    const v39 = (v34 ? 0 : v36);
    acc23 = $fr(acc23 + v35);
    acc28 = $fr(acc28 + v37);
    acc32 = $fr(acc32 + v38);
    acc38 = $fr(acc38 + v39);
  }
  if ((lid === 0)) {
    F_v23[g] = acc23;
    F_v28[g] = acc28;
    F_v32[g] = acc32;
    F_v38[g] = acc38;
  }
  const v40 = ((u_p_by_length !== 0) ? 1 : u_p_alpha);
  const v43 = ((u_p_by_length !== 0) ? u_p_alpha : 1);
  const v44 = $fr(acc32 / $fr(acc24 >>> 0));
  const v45 = $fr(acc30 + v44);
  const v46 = $fr(acc28 / acc23);
  const v47 = (acc23 > 0);
  const v48 = (v47 ? v46 : v45);
  const v49 = $fr(v43 * v48);
  const v53 = $fr($fr(acc24 >>> 0) - acc23);
  const v54 = $fr(acc38 / v53);
  const v55 = (v53 > 0);
  const v56 = (v55 ? v54 : v45);
  const v57 = $fr(v40 * v56);
  const v68 = $fr(1 - u_p_mu);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v41 = F_v6[row];
    const v42 = $fr(v40 * v41);
    const v50 = $fr(v42 - v49);
    const v51 = $fr(v50 - u_p_beta);
    const v52 = $fr(v43 * v41);
    const v58 = $fr(v52 - v57);
    const v59 = $fr(v58 + u_p_beta);
    const v60 = F_v10[row];
    const v61 = F_v8[row];
    const v62 = $fr(v61 + 9.99999993922529e-9);
    const v63 = $fr(v60 / v62);
    const v64 = ((u_p_by_length !== 0) ? v61 : v63);
    const v65 = (v64 >= v33);
    const v66 = (v65 ? v59 : v51);
    const v67 = $fr(u_p_mu * v66);
    const v69 = (v65 ? v48 : v56);
    const v70 = $fr(v41 - v69);
    const v71 = $fr(v68 * v70);
    const v72 = $fr(v67 + v71);
    const v73 = $fr(v72 / u_p_max_length);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v74 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v75 = $fr(v74);
      const v76 = $fr(v73 * v75);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v76;
    }
  }
}
let u, $F_token_level_rewards, $F_entropy, $F_v6, $F_v10, $F_v8, $F_v15, $F_v24, $F_v30, $F_select_bins, $F_v18, $F_v23, $F_v28, $F_v32, $F_v38, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_entropy = f["entropy"];
  $F_v6 = f["v6"];
  $F_v10 = f["v10"];
  $F_v8 = f["v8"];
  $F_v15 = f["v15"];
  $F_v24 = f["v24"];
  $F_v30 = f["v30"];
  $F_select_bins = f["select_bins"];
  $F_v18 = f["v18"];
  $F_v23 = f["v23"];
  $F_v28 = f["v28"];
  $F_v32 = f["v32"];
  $F_v38 = f["v38"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };