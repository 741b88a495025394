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
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v4 = $F_v4;
  const I_response_mask = $I_response_mask;
  const F_v5 = $F_v5;
  const F_v8 = $F_v8;
  const F_v16 = $F_v16;
  const F_v36_partial = $F_v36_partial;
  const F_v10 = $F_v10;
  const F_v23 = $F_v23;
  const F_v41_h0 = $F_v41_h0;
  const F_entropy = $F_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc4_1 = 0;
    let acc4_2 = 0;
    let acc4_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v3);
    }
    F_v4[row0] = acc4_0;
    F_v4[row1] = acc4_1;
    F_v4[row2] = acc4_2;
    F_v4[row3] = acc4_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v4);
    }
    F_v4[row] = acc4;
  }
  // reduce to group %5, %8, %16, %36 (batch partial)
  let acc5 = 0;
  let acc8 = Infinity;
  let acc16 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v4[row];
    acc5 = (acc5 + 1 | 0);
    acc8 = Math.min(acc8, v5);
    acc16 = Math.max(acc16, v5);
  }
  let acc36 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc36 = (acc36 + 1 | 0);
      }
    }
  }
  if ((lid === 0)) {
    F_v5[g] = $fr(acc5 >>> 0);
    F_v8[g] = acc8;
    F_v16[g] = acc16;
    F_v36_partial[g] = $fr(acc36 >>> 0);
  }
  // reduce to group %10
  let acc10 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v4[row];
    const v7 = $fr(v6 - acc8);
    acc10 = $fr(acc10 + v7);
  }
  if ((lid === 0)) {
    F_v10[g] = acc10;
  }
  // reduce to group %23
  const v9 = $fr(acc10 / $fr(acc5 >>> 0));
  const v10 = $fr(acc8 + v9);
  const v12 = $fr(acc16 - acc8);
  const v13 = (v12 > 0);
  const v14 = (v13 ? v12 : 1);
  let acc23 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v4[row];
    const v11 = $fr(v8 - v10);
    const v15 = $fr(v11 / v14);
    const v16 = $fr(v15 * v15);
    acc23 = $fr(acc23 + v16);
  }
  if ((lid === 0)) {
    F_v23[g] = acc23;
  }
  // select %41 to the batch, digit 0
  let sk17 = 0;
  let sp18 = 0;
  let sm19 = 0;
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v41_h0[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v20 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key21 = adv_order_key(v20);
        if (((key21 & sm19) === sp18)) {
          const bin22 = (Math.imul(g, 256) + ((key21 >>> 24 | 0) & 255) | 0);
          F_v41_h0[bin22] = $fr(F_v41_h0[bin22] + 1);
        }
      }
    }
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_p_top_entropy_quantile = u.p_top_entropy_quantile;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v36_partial = $F_v36_partial;
  const F_select_bins = $F_select_bins;
  const F_v41_h0 = $F_v41_h0;
  const F_v41_ph = $F_v41_ph;
  const F_v41_pl = $F_v41_pl;
  const F_v41_k = $F_v41_k;
  const F_v41_h1 = $F_v41_h1;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %36: combine every group's partial
  let acc_b36 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b36 = $fr(acc_b36 + F_v36_partial[i]);
  }
  const v27 = $fr(1 - u_p_top_entropy_quantile);
  const v28 = $fr(acc_b36 - 1);
  const v29 = $fr(v27 * v28);
  const v30 = Math.floor(v29);
  // select %41 to the batch, digit 1
  let sk23 = 0;
  let sp24 = 0;
  let sm25 = 0;
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v41_h0[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let count31 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    count31 = $fr(count31 + F_select_bins[(Math.imul(g, 256) + b | 0)]);
  }
  const empty26 = (count31 === 0);
  sk23 = $u32f(Math.min(((v30 > 0) ? Math.floor(v30) : 0), $fr(count31 - 1)));
  let digit32 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c33 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk23 >>> 0 < c33 >>> 0)) {
      digit32 = b;
      break;
    }
    sk23 = (sk23 - c33 | 0);
  }
  sp24 = (sp24 | (digit32 << 24));
  sm25 = (sm25 | (255 << 24));
  F_v41_ph[g] = $fr((sp24 >>> 16 | 0) >>> 0);
  F_v41_pl[g] = $fr((sp24 & 65535) >>> 0);
  F_v41_k[g] = (empty26 ? (-1) : $fr(sk23 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v41_h1[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v34 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key35 = adv_order_key(v34);
        if (((key35 & sm25) === sp24)) {
          const bin36 = (Math.imul(g, 256) + ((key35 >>> 16 | 0) & 255) | 0);
          F_v41_h1[bin36] = $fr(F_v41_h1[bin36] + 1);
        }
      }
    }
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v36_partial = $F_v36_partial;
  const F_v41_ph = $F_v41_ph;
  const F_v41_pl = $F_v41_pl;
  const F_v41_k = $F_v41_k;
  const F_select_bins = $F_select_bins;
  const F_v41_h1 = $F_v41_h1;
  const F_v41_h2 = $F_v41_h2;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %36: combine every group's partial
  let acc_b36 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b36 = $fr(acc_b36 + F_v36_partial[i]);
  }
  // select %41 to the batch, digit 2
  let sk37 = 0;
  let sp38 = 0;
  let sm39 = 0;
  sp38 = (($u32f(F_v41_ph[g]) << 16) | $u32f(F_v41_pl[g]));
  sm39 = (-65536);
  const empty40 = (F_v41_k[g] < 0);
  sk37 = $u32f(Math.max(F_v41_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v41_h1[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit41 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c42 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk37 >>> 0 < c42 >>> 0)) {
      digit41 = b;
      break;
    }
    sk37 = (sk37 - c42 | 0);
  }
  sp38 = (sp38 | (digit41 << 16));
  sm39 = (sm39 | (255 << 16));
  F_v41_ph[g] = $fr((sp38 >>> 16 | 0) >>> 0);
  F_v41_pl[g] = $fr((sp38 & 65535) >>> 0);
  F_v41_k[g] = (empty40 ? (-1) : $fr(sk37 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v41_h2[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v43 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key44 = adv_order_key(v43);
        if (((key44 & sm39) === sp38)) {
          const bin45 = (Math.imul(g, 256) + ((key44 >>> 8 | 0) & 255) | 0);
          F_v41_h2[bin45] = $fr(F_v41_h2[bin45] + 1);
        }
      }
    }
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v36_partial = $F_v36_partial;
  const F_v41_ph = $F_v41_ph;
  const F_v41_pl = $F_v41_pl;
  const F_v41_k = $F_v41_k;
  const F_select_bins = $F_select_bins;
  const F_v41_h2 = $F_v41_h2;
  const F_v41_h3 = $F_v41_h3;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %36: combine every group's partial
  let acc_b36 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b36 = $fr(acc_b36 + F_v36_partial[i]);
  }
  // select %41 to the batch, digit 3
  let sk46 = 0;
  let sp47 = 0;
  let sm48 = 0;
  sp47 = (($u32f(F_v41_ph[g]) << 16) | $u32f(F_v41_pl[g]));
  sm48 = (-256);
  const empty49 = (F_v41_k[g] < 0);
  sk46 = $u32f(Math.max(F_v41_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v41_h2[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit50 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c51 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk46 >>> 0 < c51 >>> 0)) {
      digit50 = b;
      break;
    }
    sk46 = (sk46 - c51 | 0);
  }
  sp47 = (sp47 | (digit50 << 8));
  sm48 = (sm48 | (255 << 8));
  F_v41_ph[g] = $fr((sp47 >>> 16 | 0) >>> 0);
  F_v41_pl[g] = $fr((sp47 & 65535) >>> 0);
  F_v41_k[g] = (empty49 ? (-1) : $fr(sk46 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v41_h3[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v52 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key53 = adv_order_key(v52);
        if (((key53 & sm48) === sp47)) {
          const bin54 = (Math.imul(g, 256) + ((key53 >>> 0 | 0) & 255) | 0);
          F_v41_h3[bin54] = $fr(F_v41_h3[bin54] + 1);
        }
      }
    }
  }
}
function stage4(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v36_partial = $F_v36_partial;
  const F_v41_ph = $F_v41_ph;
  const F_v41_pl = $F_v41_pl;
  const F_v41_k = $F_v41_k;
  const F_select_bins = $F_select_bins;
  const F_v41_h3 = $F_v41_h3;
  const F_v41 = $F_v41;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const F_v45_partial = $F_v45_partial;
  const F_v52_partial = $F_v52_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %36: combine every group's partial
  let acc_b36 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b36 = $fr(acc_b36 + F_v36_partial[i]);
  }
  // select %41 to the batch, digit 4
  let sk55 = 0;
  let sp56 = 0;
  let sm57 = 0;
  sp56 = (($u32f(F_v41_ph[g]) << 16) | $u32f(F_v41_pl[g]));
  sm57 = (-1);
  const empty58 = (F_v41_k[g] < 0);
  sk55 = $u32f(Math.max(F_v41_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v41_h3[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit59 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c60 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk55 >>> 0 < c60 >>> 0)) {
      digit59 = b;
      break;
    }
    sk55 = (sk55 - c60 | 0);
  }
  sp56 = (sp56 | (digit59 << 0));
  sm57 = (sm57 | (255 << 0));
  F_v41[g] = (empty58 ? 0 : adv_order_value(sp56));
  // reduce to group %45 (batch partial), %52 (batch partial)
  const v62 = F_v41[g];
  let acc45 = 0;
  let acc52 = Infinity;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v61 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v63 = (v61 <= v62);
        const v64 = (v63 ? 1 : 0);
        const v65 = (v61 > v62);
        const v66 = (v65 ? v61 : 3.0000000054977558e+38);
        acc45 = $fr(acc45 + v64);
        acc52 = Math.min(acc52, v66);
      }
    }
  }
  if ((lid === 0)) {
    F_v45_partial[g] = acc45;
    F_v52_partial[g] = acc52;
  }
}
function stage5(wid, lane) {
  const u_G = u.G;
  const u_p_epsilon = u.p_epsilon;
  const u_p_top_entropy_quantile = u.p_top_entropy_quantile;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v36_partial = $F_v36_partial;
  const F_v45_partial = $F_v45_partial;
  const F_v52_partial = $F_v52_partial;
  const F_v8 = $F_v8;
  const F_v10 = $F_v10;
  const F_v5 = $F_v5;
  const F_v23 = $F_v23;
  const F_v16 = $F_v16;
  const F_v41 = $F_v41;
  const I_members = $I_members;
  const F_v4 = $F_v4;
  const F_entropy = $F_entropy;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const F_out_high_entropy = $F_out_high_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %36, %45, %52: combine every group's partial
  let acc_b36 = 0;
  let acc_b45 = 0;
  let acc_b52 = Infinity;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b36 = $fr(acc_b36 + F_v36_partial[i]);
    acc_b45 = $fr(acc_b45 + F_v45_partial[i]);
    acc_b52 = Math.min(acc_b52, F_v52_partial[i]);
  }
  const v68 = F_v8[g];
  const v69 = F_v10[g];
  const v70 = F_v5[g];
  const v71 = $fr(v69 / v70);
  const v72 = $fr(v68 + v71);
  const v73 = (v70 > 1);
  const v74 = (v73 ? v72 : 0);
  const v76 = F_v23[g];
  const v77 = $fr(v70 - 1);
  const v78 = $fr(v76 / v77);
  const v79 = $fr(Math.sqrt(v78));
  const v80 = F_v16[g];
  const v81 = $fr(v80 - v68);
  const v82 = (v81 > 0);
  const v83 = (v82 ? v81 : 1);
  const v84 = $fr(v79 * v83);
  const v85 = (v73 ? v84 : 1);
  const v86 = $fr(v85 + u_p_epsilon);
  const v92 = F_v41[g];
  const v93 = $fr(1 - u_p_top_entropy_quantile);
  const v94 = $fr(acc_b36 - 1);
  const v95 = $fr(v93 * v94);
  const v96 = Math.floor(v95);
  const v97 = $fr(v95 - v96);
  const v98 = (v97 === 0);
  const v99 = $fr(v96 + 1);
  const v100 = (acc_b45 > v99);
  const v101 = (v98 || v100);
  const v102 = (v101 ? v92 : acc_b52);
  const v103 = $fr(v102 - v92);
  const v104 = $fr(1 - v97);
  const v105 = $fr(v103 * v104);
  const v106 = $fr(v102 - v105);
  const v107 = $fr(v97 * v103);
  const v108 = $fr(v92 + v107);
  const v109 = (v97 < 0.5);
  const v110 = (v109 ? v108 : v106);
  // outputs out_advantages, out_high_entropy
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v67 = F_v4[row];
    const v75 = $fr(v67 - v74);
    const v87 = $fr(v75 / v86);
    const v88 = (v75 === 0);
    const v89 = (v88 ? 0 : v87);
    const v90 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v89 : v75);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v91 = F_entropy[(Math.imul(row, u_T) + t | 0)];
      const v111 = (v91 >= v110);
      const v112 = (v111 ? 1 : 0);
      const v113 = $fr(v90 * v112);
      const v114 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v115 = $fr(v114);
      const v116 = $fr(v113 * v115);
      const v117 = $fr(v112 * v115);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v116;
      F_out_high_entropy[(Math.imul(row, u_T) + t | 0)] = v117;
    }
  }
}
let u, $F_token_level_rewards, $F_v4, $F_v5, $F_v8, $F_v16, $F_v36_partial, $F_v10, $F_v23, $F_v41_h0, $F_entropy, $F_select_bins, $F_v41_ph, $F_v41_pl, $F_v41_k, $F_v41_h1, $F_v41_h2, $F_v41_h3, $F_v41, $F_v45_partial, $F_v52_partial, $F_out_advantages, $F_out_high_entropy, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v4 = f["v4"];
  $F_v5 = f["v5"];
  $F_v8 = f["v8"];
  $F_v16 = f["v16"];
  $F_v36_partial = f["v36_partial"];
  $F_v10 = f["v10"];
  $F_v23 = f["v23"];
  $F_v41_h0 = f["v41_h0"];
  $F_entropy = f["entropy"];
  $F_select_bins = f["select_bins"];
  $F_v41_ph = f["v41_ph"];
  $F_v41_pl = f["v41_pl"];
  $F_v41_k = f["v41_k"];
  $F_v41_h1 = f["v41_h1"];
  $F_v41_h2 = f["v41_h2"];
  $F_v41_h3 = f["v41_h3"];
  $F_v41 = f["v41"];
  $F_v45_partial = f["v45_partial"];
  $F_v52_partial = f["v52_partial"];
  $F_out_advantages = f["out_advantages"];
  $F_out_high_entropy = f["out_high_entropy"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3, stage4, stage5 };