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
  const F_v8 = $F_v8;
  const F_v10 = $F_v10;
  const F_v11 = $F_v11;
  const F_v16 = $F_v16;
  const F_v25 = $F_v25;
  const F_v31 = $F_v31;
  const F_select_bins = $F_select_bins;
  const F_v19 = $F_v19;
  const F_v24 = $F_v24;
  const F_v29 = $F_v29;
  const F_v33 = $F_v33;
  const F_v39 = $F_v39;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %6, %8, %10, %11: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc6_0 = 0;
    let acc8_0 = 0;
    let acc10_0 = 0;
    let acc11_0 = 0;
    let acc6_1 = 0;
    let acc8_1 = 0;
    let acc10_1 = 0;
    let acc11_1 = 0;
    let acc6_2 = 0;
    let acc8_2 = 0;
    let acc10_2 = 0;
    let acc11_2 = 0;
    let acc6_3 = 0;
    let acc8_3 = 0;
    let acc10_3 = 0;
    let acc11_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc6_0 = $fr(acc6_0 + v0);
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v1 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        acc8_0 = (acc8_0 + 1 | 0);
        acc10_0 = $fr(acc10_0 + v1);
        acc11_0 = (acc11_0 + 1 | 0);
      }
      const v2 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc6_1 = $fr(acc6_1 + v2);
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v3 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        acc8_1 = (acc8_1 + 1 | 0);
        acc10_1 = $fr(acc10_1 + v3);
        acc11_1 = (acc11_1 + 1 | 0);
      }
      const v4 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc6_2 = $fr(acc6_2 + v4);
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v5 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        acc8_2 = (acc8_2 + 1 | 0);
        acc10_2 = $fr(acc10_2 + v5);
        acc11_2 = (acc11_2 + 1 | 0);
      }
      const v6 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc6_3 = $fr(acc6_3 + v6);
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v7 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        acc8_3 = (acc8_3 + 1 | 0);
        acc10_3 = $fr(acc10_3 + v7);
        acc11_3 = (acc11_3 + 1 | 0);
      }
    }
    F_v6[row0] = acc6_0;
    F_v8[row0] = $fr(acc8_0 >>> 0);
    F_v10[row0] = acc10_0;
    F_v11[row0] = $fr(acc11_0 >>> 0);
    F_v6[row1] = acc6_1;
    F_v8[row1] = $fr(acc8_1 >>> 0);
    F_v10[row1] = acc10_1;
    F_v11[row1] = $fr(acc11_1 >>> 0);
    F_v6[row2] = acc6_2;
    F_v8[row2] = $fr(acc8_2 >>> 0);
    F_v10[row2] = acc10_2;
    F_v11[row2] = $fr(acc11_2 >>> 0);
    F_v6[row3] = acc6_3;
    F_v8[row3] = $fr(acc8_3 >>> 0);
    F_v10[row3] = acc10_3;
    F_v11[row3] = $fr(acc11_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc6 = 0;
    let acc8 = 0;
    let acc10 = 0;
    let acc11 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v8 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc6 = $fr(acc6 + v8);
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v9 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        acc8 = (acc8 + 1 | 0);
        acc10 = $fr(acc10 + v9);
        acc11 = (acc11 + 1 | 0);
      }
    }
    F_v6[row] = acc6;
    F_v8[row] = $fr(acc8 >>> 0);
    F_v10[row] = acc10;
    F_v11[row] = $fr(acc11 >>> 0);
  }
  // reduce to group %16, %25, %31
  let acc16 = 0;
  let acc25 = 0;
  let acc31 = Infinity;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v10 = F_v6[row];
    acc16 = (acc16 + 1 | 0);
    acc25 = (acc25 + 1 | 0);
    acc31 = Math.min(acc31, v10);
  }
  if ((lid === 0)) {
    F_v16[g] = $fr(acc16 >>> 0);
    F_v25[g] = $fr(acc25 >>> 0);
    F_v31[g] = acc31;
  }
  const v11 = $fr($fr(acc16 >>> 0) / 2);
  // select %19: the k-th smallest per group
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
      const v19 = F_v11[row];
      const v20 = $fr(v19 + 9.99999993922529e-9);
      const v21 = $fr(v18 / v20);
      const v22 = F_v8[row];
      const v23 = ((u_p_by_length !== 0) ? v22 : v21);
      const key24 = adv_order_key(v23);
      if (((key24 & sm14) === sp13)) {
        const bin25 = (Math.imul(g, 256) + ((key24 >>> shift16 | 0) & 255) | 0);
        F_select_bins[bin25] = $fr(F_select_bins[bin25] + 1);
      }
    }
    if ((pass15 === 0)) {
      let count26 = 0;
      for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
        count26 = $fr(count26 + F_select_bins[(Math.imul(g, 256) + b | 0)]);
      }
      empty17 = (count26 === 0);
      sk12 = $u32f(Math.min(((v11 > 0) ? Math.floor(v11) : 0), $fr(count26 - 1)));
    }
    let digit27 = 0;
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      const c28 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
      if ((sk12 >>> 0 < c28 >>> 0)) {
        digit27 = b;
        break;
      }
      sk12 = (sk12 - c28 | 0);
    }
    sp13 = (sp13 | (digit27 << shift16));
    sm14 = (sm14 | (255 << shift16));
  }
  F_v19[g] = (empty17 ? 0 : adv_order_value(sp13));
  // reduce to group %24, %29, %33, %39
  const v35 = F_v19[g];
  let acc24 = 0;
  let acc29 = 0;
  let acc33 = 0;
  let acc39 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v29 = F_v10[row];
    const v30 = F_v11[row];
    const v31 = $fr(v30 + 9.99999993922529e-9);
    const v32 = $fr(v29 / v31);
    const v33 = F_v8[row];
    const v34 = ((u_p_by_length !== 0) ? v33 : v32);
    const v36 = (v34 >= v35);
    const v37 = (v36 ? 1 : 0);
    const v38 = F_v6[row];
    const v39 = (v36 ? v38 : 0);
    const v40 = $fr(v38 - acc31);
    const v41 = (v36 ? 0 : v38);
    acc24 = $fr(acc24 + v37);
    acc29 = $fr(acc29 + v39);
    acc33 = $fr(acc33 + v40);
    acc39 = $fr(acc39 + v41);
  }
  if ((lid === 0)) {
    F_v24[g] = acc24;
    F_v29[g] = acc29;
    F_v33[g] = acc33;
    F_v39[g] = acc39;
  }
  const v42 = ((u_p_by_length !== 0) ? 1 : u_p_alpha);
  const v45 = ((u_p_by_length !== 0) ? u_p_alpha : 1);
  const v46 = $fr(acc33 / $fr(acc25 >>> 0));
  const v47 = $fr(acc31 + v46);
  const v48 = $fr(acc29 / acc24);
  const v49 = (acc24 > 0);
  const v50 = (v49 ? v48 : v47);
  const v51 = $fr(v45 * v50);
  const v55 = $fr($fr(acc25 >>> 0) - acc24);
  const v56 = $fr(acc39 / v55);
  const v57 = (v55 > 0);
  const v58 = (v57 ? v56 : v47);
  const v59 = $fr(v42 * v58);
  const v71 = $fr(1 - u_p_mu);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v43 = F_v6[row];
    const v44 = $fr(v42 * v43);
    const v52 = $fr(v44 - v51);
    const v53 = $fr(v52 - u_p_beta);
    const v54 = $fr(v45 * v43);
    const v60 = $fr(v54 - v59);
    const v61 = $fr(v60 + u_p_beta);
    const v62 = F_v10[row];
    const v63 = F_v11[row];
    const v64 = $fr(v63 + 9.99999993922529e-9);
    const v65 = $fr(v62 / v64);
    const v66 = F_v8[row];
    const v67 = ((u_p_by_length !== 0) ? v66 : v65);
    const v68 = (v67 >= v35);
    const v69 = (v68 ? v61 : v53);
    const v70 = $fr(u_p_mu * v69);
    const v72 = (v68 ? v50 : v58);
    const v73 = $fr(v43 - v72);
    const v74 = $fr(v71 * v73);
    const v75 = $fr(v70 + v74);
    const v76 = $fr(v75 / u_p_max_length);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v77 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v78 = $fr(v77);
      const v79 = $fr(v76 * v78);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v79;
    }
  }
}
let u, $F_token_level_rewards, $F_entropy, $F_v6, $F_v8, $F_v10, $F_v11, $F_v16, $F_v25, $F_v31, $F_select_bins, $F_v19, $F_v24, $F_v29, $F_v33, $F_v39, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_entropy = f["entropy"];
  $F_v6 = f["v6"];
  $F_v8 = f["v8"];
  $F_v10 = f["v10"];
  $F_v11 = f["v11"];
  $F_v16 = f["v16"];
  $F_v25 = f["v25"];
  $F_v31 = f["v31"];
  $F_select_bins = f["select_bins"];
  $F_v19 = f["v19"];
  $F_v24 = f["v24"];
  $F_v29 = f["v29"];
  $F_v33 = f["v33"];
  $F_v39 = f["v39"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };