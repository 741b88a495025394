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
  const I_response_mask = $I_response_mask;
  const F_v4 = $F_v4;
  const F_v37 = $F_v37;
  const F_v5 = $F_v5;
  const F_v8 = $F_v8;
  const F_v16 = $F_v16;
  const F_v38_partial = $F_v38_partial;
  const F_v10 = $F_v10;
  const F_v23 = $F_v23;
  const F_v43_h0 = $F_v43_h0;
  const F_entropy = $F_entropy;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4, %37: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc37_0 = 0;
    let acc4_1 = 0;
    let acc37_1 = 0;
    let acc4_2 = 0;
    let acc37_2 = 0;
    let acc4_3 = 0;
    let acc37_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc37_0 = (acc37_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc37_1 = (acc37_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc37_2 = (acc37_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc37_3 = (acc37_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v4[row0] = acc4_0;
    F_v37[row0] = $fr(acc37_0 >>> 0);
    F_v4[row1] = acc4_1;
    F_v37[row1] = $fr(acc37_1 >>> 0);
    F_v4[row2] = acc4_2;
    F_v37[row2] = $fr(acc37_2 >>> 0);
    F_v4[row3] = acc4_3;
    F_v37[row3] = $fr(acc37_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    let acc37 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc37 = (acc37 + (valid ? 1 : 0) | 0);
    }
    F_v4[row] = acc4;
    F_v37[row] = $fr(acc37 >>> 0);
  }
  // reduce to group %5, %8, %16, %38 (batch partial)
  let acc5 = 0;
  let acc8 = Infinity;
  let acc16 = (-Infinity);
  let acc38 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v4[row];
    const v6 = F_v37[row];
    acc5 = (acc5 + 1 | 0);
    acc8 = Math.min(acc8, v5);
    acc16 = Math.max(acc16, v5);
    acc38 = $fr(acc38 + v6);
  }
  if ((lid === 0)) {
    F_v5[g] = $fr(acc5 >>> 0);
    F_v8[g] = acc8;
    F_v16[g] = acc16;
    F_v38_partial[g] = acc38;
  }
  // reduce to group %10
  let acc10 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v7 = F_v4[row];
    const v8 = $fr(v7 - acc8);
    acc10 = $fr(acc10 + v8);
  }
  if ((lid === 0)) {
    F_v10[g] = acc10;
  }
  // reduce to group %23
  const v10 = $fr(acc10 / $fr(acc5 >>> 0));
  const v11 = $fr(acc8 + v10);
  const v13 = $fr(acc16 - acc8);
  const v14 = (v13 > 0);
  const v15 = (v14 ? v13 : 1);
  let acc23 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v9 = F_v4[row];
    const v12 = $fr(v9 - v11);
    const v16 = $fr(v12 / v15);
    const v17 = $fr(v16 * v16);
    acc23 = $fr(acc23 + v17);
  }
  if ((lid === 0)) {
    F_v23[g] = acc23;
  }
  // select %43 to the batch, digit 0
  let sk18 = 0;
  let sp19 = 0;
  let sm20 = 0;
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v43_h0[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v21 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key22 = adv_order_key(v21);
        if (((key22 & sm20) === sp19)) {
          const bin23 = (Math.imul(g, 256) + ((key22 >>> 24 | 0) & 255) | 0);
          F_v43_h0[bin23] = $fr(F_v43_h0[bin23] + 1);
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
  const F_v38_partial = $F_v38_partial;
  const F_select_bins = $F_select_bins;
  const F_v43_h0 = $F_v43_h0;
  const F_v43_ph = $F_v43_ph;
  const F_v43_pl = $F_v43_pl;
  const F_v43_k = $F_v43_k;
  const F_v43_h1 = $F_v43_h1;
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
  // batch values %38: combine every group's partial
  let acc_b38 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b38 = $fr(acc_b38 + F_v38_partial[i]);
  }
  const v28 = $fr(1 - u_p_top_entropy_quantile);
  const v29 = $fr(acc_b38 - 1);
  const v30 = $fr(v28 * v29);
  const v31 = Math.floor(v30);
  // select %43 to the batch, digit 1
  let sk24 = 0;
  let sp25 = 0;
  let sm26 = 0;
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v43_h0[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let count32 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    count32 = $fr(count32 + F_select_bins[(Math.imul(g, 256) + b | 0)]);
  }
  const empty27 = (count32 === 0);
  sk24 = $u32f(Math.min(((v31 > 0) ? Math.floor(v31) : 0), $fr(count32 - 1)));
  let digit33 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c34 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk24 >>> 0 < c34 >>> 0)) {
      digit33 = b;
      break;
    }
    sk24 = (sk24 - c34 | 0);
  }
  sp25 = (sp25 | (digit33 << 24));
  sm26 = (sm26 | (255 << 24));
  F_v43_ph[g] = $fr((sp25 >>> 16 | 0) >>> 0);
  F_v43_pl[g] = $fr((sp25 & 65535) >>> 0);
  F_v43_k[g] = (empty27 ? (-1) : $fr(sk24 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v43_h1[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v35 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key36 = adv_order_key(v35);
        if (((key36 & sm26) === sp25)) {
          const bin37 = (Math.imul(g, 256) + ((key36 >>> 16 | 0) & 255) | 0);
          F_v43_h1[bin37] = $fr(F_v43_h1[bin37] + 1);
        }
      }
    }
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v38_partial = $F_v38_partial;
  const F_v43_ph = $F_v43_ph;
  const F_v43_pl = $F_v43_pl;
  const F_v43_k = $F_v43_k;
  const F_select_bins = $F_select_bins;
  const F_v43_h1 = $F_v43_h1;
  const F_v43_h2 = $F_v43_h2;
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
  // batch values %38: combine every group's partial
  let acc_b38 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b38 = $fr(acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 2
  let sk38 = 0;
  let sp39 = 0;
  let sm40 = 0;
  sp39 = (($u32f(F_v43_ph[g]) << 16) | $u32f(F_v43_pl[g]));
  sm40 = (-65536);
  const empty41 = (F_v43_k[g] < 0);
  sk38 = $u32f(Math.max(F_v43_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v43_h1[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit42 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c43 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk38 >>> 0 < c43 >>> 0)) {
      digit42 = b;
      break;
    }
    sk38 = (sk38 - c43 | 0);
  }
  sp39 = (sp39 | (digit42 << 16));
  sm40 = (sm40 | (255 << 16));
  F_v43_ph[g] = $fr((sp39 >>> 16 | 0) >>> 0);
  F_v43_pl[g] = $fr((sp39 & 65535) >>> 0);
  F_v43_k[g] = (empty41 ? (-1) : $fr(sk38 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v43_h2[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v44 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key45 = adv_order_key(v44);
        if (((key45 & sm40) === sp39)) {
          const bin46 = (Math.imul(g, 256) + ((key45 >>> 8 | 0) & 255) | 0);
          F_v43_h2[bin46] = $fr(F_v43_h2[bin46] + 1);
        }
      }
    }
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v38_partial = $F_v38_partial;
  const F_v43_ph = $F_v43_ph;
  const F_v43_pl = $F_v43_pl;
  const F_v43_k = $F_v43_k;
  const F_select_bins = $F_select_bins;
  const F_v43_h2 = $F_v43_h2;
  const F_v43_h3 = $F_v43_h3;
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
  // batch values %38: combine every group's partial
  let acc_b38 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b38 = $fr(acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 3
  let sk47 = 0;
  let sp48 = 0;
  let sm49 = 0;
  sp48 = (($u32f(F_v43_ph[g]) << 16) | $u32f(F_v43_pl[g]));
  sm49 = (-256);
  const empty50 = (F_v43_k[g] < 0);
  sk47 = $u32f(Math.max(F_v43_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v43_h2[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit51 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c52 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk47 >>> 0 < c52 >>> 0)) {
      digit51 = b;
      break;
    }
    sk47 = (sk47 - c52 | 0);
  }
  sp48 = (sp48 | (digit51 << 8));
  sm49 = (sm49 | (255 << 8));
  F_v43_ph[g] = $fr((sp48 >>> 16 | 0) >>> 0);
  F_v43_pl[g] = $fr((sp48 & 65535) >>> 0);
  F_v43_k[g] = (empty50 ? (-1) : $fr(sk47 >>> 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_v43_h3[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v53 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const key54 = adv_order_key(v53);
        if (((key54 & sm49) === sp48)) {
          const bin55 = (Math.imul(g, 256) + ((key54 >>> 0 | 0) & 255) | 0);
          F_v43_h3[bin55] = $fr(F_v43_h3[bin55] + 1);
        }
      }
    }
  }
}
function stage4(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v38_partial = $F_v38_partial;
  const F_v43_ph = $F_v43_ph;
  const F_v43_pl = $F_v43_pl;
  const F_v43_k = $F_v43_k;
  const F_select_bins = $F_select_bins;
  const F_v43_h3 = $F_v43_h3;
  const F_v43 = $F_v43;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const F_v47_partial = $F_v47_partial;
  const F_v54_partial = $F_v54_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %38: combine every group's partial
  let acc_b38 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b38 = $fr(acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 4
  let sk56 = 0;
  let sp57 = 0;
  let sm58 = 0;
  sp57 = (($u32f(F_v43_ph[g]) << 16) | $u32f(F_v43_pl[g]));
  sm58 = (-1);
  const empty59 = (F_v43_k[g] < 0);
  sk56 = $u32f(Math.max(F_v43_k[g], 0));
  for (let i = 0; (i >>> 0 < 256 >>> 0); i = (i + 1 | 0)) {
    F_select_bins[(Math.imul(g, 256) + i | 0)] = 0;
  }
  for (let i = 0; (i >>> 0 < u_G >>> 0); i = (i + 1 | 0)) {
    for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
      F_select_bins[(Math.imul(g, 256) + b | 0)] = $fr(F_select_bins[(Math.imul(g, 256) + b | 0)] + F_v43_h3[(Math.imul(i, 256) + b | 0)]);
    }
  }
  let digit60 = 0;
  for (let b = 0; (b >>> 0 < 256 >>> 0); b = (b + 1 | 0)) {
    const c61 = $u32f(F_select_bins[(Math.imul(g, 256) + b | 0)]);
    if ((sk56 >>> 0 < c61 >>> 0)) {
      digit60 = b;
      break;
    }
    sk56 = (sk56 - c61 | 0);
  }
  sp57 = (sp57 | (digit60 << 0));
  sm58 = (sm58 | (255 << 0));
  F_v43[g] = (empty59 ? 0 : adv_order_value(sp57));
  // reduce to group %47 (batch partial), %54 (batch partial)
  const v63 = F_v43[g];
  let acc47 = 0;
  let acc54 = Infinity;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v62 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v64 = (v62 <= v63);
        const v65 = (v64 ? 1 : 0);
        const v66 = (v62 > v63);
        const v67 = (v66 ? v62 : 3.0000000054977558e+38);
        acc47 = $fr(acc47 + v65);
        acc54 = Math.min(acc54, v67);
      }
    }
  }
  if ((lid === 0)) {
    F_v47_partial[g] = acc47;
    F_v54_partial[g] = acc54;
  }
}
function stage5(wid, lane) {
  const u_G = u.G;
  const u_p_epsilon = u.p_epsilon;
  const u_p_top_entropy_quantile = u.p_top_entropy_quantile;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v38_partial = $F_v38_partial;
  const F_v47_partial = $F_v47_partial;
  const F_v54_partial = $F_v54_partial;
  const F_v8 = $F_v8;
  const F_v10 = $F_v10;
  const F_v5 = $F_v5;
  const F_v23 = $F_v23;
  const F_v16 = $F_v16;
  const F_v43 = $F_v43;
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
  // batch values %38, %47, %54: combine every group's partial
  let acc_b38 = 0;
  let acc_b47 = 0;
  let acc_b54 = Infinity;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b38 = $fr(acc_b38 + F_v38_partial[i]);
    acc_b47 = $fr(acc_b47 + F_v47_partial[i]);
    acc_b54 = Math.min(acc_b54, F_v54_partial[i]);
  }
  const v69 = F_v8[g];
  const v70 = F_v10[g];
  const v71 = F_v5[g];
  const v72 = $fr(v70 / v71);
  const v73 = $fr(v69 + v72);
  const v74 = (v71 > 1);
  const v75 = (v74 ? v73 : 0);
  const v77 = F_v23[g];
  const v78 = $fr(v71 - 1);
  const v79 = $fr(v77 / v78);
  const v80 = $fr(Math.sqrt(v79));
  const v81 = F_v16[g];
  const v82 = $fr(v81 - v69);
  const v83 = (v82 > 0);
  const v84 = (v83 ? v82 : 1);
  const v85 = $fr(v80 * v84);
  const v86 = (v74 ? v85 : 1);
  const v87 = $fr(v86 + u_p_epsilon);
  const v93 = F_v43[g];
  const v94 = $fr(1 - u_p_top_entropy_quantile);
  const v95 = $fr(acc_b38 - 1);
  const v96 = $fr(v94 * v95);
  const v97 = Math.floor(v96);
  const v98 = $fr(v96 - v97);
  const v99 = (v98 === 0);
  const v100 = $fr(v97 + 1);
  const v101 = (acc_b47 > v100);
  const v102 = (v99 || v101);
  const v103 = (v102 ? v93 : acc_b54);
  const v104 = $fr(v103 - v93);
  const v105 = $fr(1 - v98);
  const v106 = $fr(v104 * v105);
  const v107 = $fr(v103 - v106);
  const v108 = $fr(v98 * v104);
  const v109 = $fr(v93 + v108);
  const v110 = (v98 < 0.5);
  const v111 = (v110 ? v109 : v107);
  // outputs out_advantages, out_high_entropy
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v68 = F_v4[row];
    const v76 = $fr(v68 - v75);
    const v88 = $fr(v76 / v87);
    const v89 = (v76 === 0);
    const v90 = (v89 ? 0 : v88);
    const v91 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v90 : v76);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v92 = F_entropy[(Math.imul(row, u_T) + t | 0)];
      const v112 = (v92 >= v111);
      const v113 = (v112 ? 1 : 0);
      const v114 = $fr(v91 * v113);
      const v115 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v116 = $fr(v115);
      const v117 = $fr(v114 * v116);
      const v118 = $fr(v113 * v116);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v117;
      F_out_high_entropy[(Math.imul(row, u_T) + t | 0)] = v118;
    }
  }
}
let u, $F_token_level_rewards, $F_v4, $F_v37, $F_v5, $F_v8, $F_v16, $F_v38_partial, $F_v10, $F_v23, $F_v43_h0, $F_entropy, $F_select_bins, $F_v43_ph, $F_v43_pl, $F_v43_k, $F_v43_h1, $F_v43_h2, $F_v43_h3, $F_v43, $F_v47_partial, $F_v54_partial, $F_out_advantages, $F_out_high_entropy, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v4 = f["v4"];
  $F_v37 = f["v37"];
  $F_v5 = f["v5"];
  $F_v8 = f["v8"];
  $F_v16 = f["v16"];
  $F_v38_partial = f["v38_partial"];
  $F_v10 = f["v10"];
  $F_v23 = f["v23"];
  $F_v43_h0 = f["v43_h0"];
  $F_entropy = f["entropy"];
  $F_select_bins = f["select_bins"];
  $F_v43_ph = f["v43_ph"];
  $F_v43_pl = f["v43_pl"];
  $F_v43_k = f["v43_k"];
  $F_v43_h1 = f["v43_h1"];
  $F_v43_h2 = f["v43_h2"];
  $F_v43_h3 = f["v43_h3"];
  $F_v43 = f["v43"];
  $F_v47_partial = f["v47_partial"];
  $F_v54_partial = f["v54_partial"];
  $F_out_advantages = f["out_advantages"];
  $F_out_high_entropy = f["out_high_entropy"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3, stage4, stage5 };