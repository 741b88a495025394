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
  const u_p_mask_carry = u.p_mask_carry;
  const u_p_gamma = u.p_gamma;
  const u_p_lam = u.p_lam;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_values = $F_values;
  const F_v10 = $F_v10;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v20 = $F_v20;
  const F_v23_partial = $F_v23_partial;
  const F_v26_partial = $F_v26_partial;
  const F_v33_partial = $F_v33_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %10: one thread per rollout
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v0 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v1 = $fr(v0);
      const v2 = ((u_p_mask_carry !== 0) ? v1 : 1);
      const v3 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v4 = $fr(v2 * v3);
      const v5 = $fr(1 - v2);
      x = $fr(v4 + $fr(v5 * x));
      F_v10[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // scan %20: one thread per rollout
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v6 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v7 = $fr(v6);
      const v8 = ((u_p_mask_carry !== 0) ? v7 : 1);
      const v9 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v10 = F_v10[(Math.imul(row, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v11 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v10 : 0);
      const v12 = $fr(u_p_gamma * v11);
      const v13 = $fr(v9 + v12);
      const v14 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v15 = $fr(v13 - v14);
      const v16 = $fr(v8 * v15);
      const v17 = $fr(v8 * u_p_gamma);
      const v18 = $fr(v17 * u_p_lam);
      const v19 = $fr(1 - v8);
      const v20 = $fr(v18 + v19);
      x = $fr(v16 + $fr(v20 * x));
      F_v20[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // reduce to group %23 (batch partial), %26 (batch partial), %33 (batch partial)
  let acc23 = 0;
  let acc26 = Infinity;
  let acc33 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v21 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v22 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v23 = $fr(v22);
        const v24 = $fr(v21 * v23);
        acc23 = $fr(acc23 + 1);
        acc26 = Math.min(acc26, v24);
        acc33 = Math.max(acc33, v24);
      }
    }
  }
  if ((lid === 0)) {
    F_v23_partial[g] = acc23;
    F_v26_partial[g] = acc26;
    F_v33_partial[g] = acc33;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v23_partial = $F_v23_partial;
  const F_v26_partial = $F_v26_partial;
  const F_v33_partial = $F_v33_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v28_partial = $F_v28_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %23, %26, %33: combine every group's partial
  let acc_b23 = 0;
  let acc_b26 = Infinity;
  let acc_b33 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b23 = $fr(acc_b23 + F_v23_partial[i]);
    acc_b26 = Math.min(acc_b26, F_v26_partial[i]);
    acc_b33 = Math.max(acc_b33, F_v33_partial[i]);
  }
  // reduce to group %28 (batch partial)
  let acc28 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v25 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v26 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v27 = $fr(v26);
        const v28 = $fr(v25 * v27);
        const v29 = $fr(v28 - acc_b26);
        acc28 = $fr(acc28 + v29);
      }
    }
  }
  if ((lid === 0)) {
    F_v28_partial[g] = acc28;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v23_partial = $F_v23_partial;
  const F_v26_partial = $F_v26_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v33_partial = $F_v33_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v40_partial = $F_v40_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %23, %26, %28, %33: combine every group's partial
  let acc_b23 = 0;
  let acc_b26 = Infinity;
  let acc_b28 = 0;
  let acc_b33 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b23 = $fr(acc_b23 + F_v23_partial[i]);
    acc_b26 = Math.min(acc_b26, F_v26_partial[i]);
    acc_b28 = $fr(acc_b28 + F_v28_partial[i]);
    acc_b33 = Math.max(acc_b33, F_v33_partial[i]);
  }
  // reduce to group %40 (batch partial)
  const v34 = $fr(acc_b28 / acc_b23);
  const v35 = $fr(acc_b26 + v34);
  const v37 = $fr(acc_b33 - acc_b26);
  const v38 = (v37 > 0);
  const v39 = (v38 ? v37 : 1);
  let acc40 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v30 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v31 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v32 = $fr(v31);
        const v33 = $fr(v30 * v32);
        const v36 = $fr(v33 - v35);
        const v40 = $fr(v36 / v39);
        const v41 = $fr(v40 * v40);
        acc40 = $fr(acc40 + v41);
      }
    }
  }
  if ((lid === 0)) {
    F_v40_partial[g] = acc40;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v23_partial = $F_v23_partial;
  const F_v26_partial = $F_v26_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v33_partial = $F_v33_partial;
  const F_v40_partial = $F_v40_partial;
  const I_members = $I_members;
  const F_v20 = $F_v20;
  const F_values = $F_values;
  const F_out_advantages = $F_out_advantages;
  const F_out_returns = $F_out_returns;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %23, %26, %28, %33, %40: combine every group's partial
  let acc_b23 = 0;
  let acc_b26 = Infinity;
  let acc_b28 = 0;
  let acc_b33 = (-Infinity);
  let acc_b40 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b23 = $fr(acc_b23 + F_v23_partial[i]);
    acc_b26 = Math.min(acc_b26, F_v26_partial[i]);
    acc_b28 = $fr(acc_b28 + F_v28_partial[i]);
    acc_b33 = Math.max(acc_b33, F_v33_partial[i]);
    acc_b40 = $fr(acc_b40 + F_v40_partial[i]);
  }
  const v43 = $fr(acc_b28 / acc_b23);
  const v44 = $fr(acc_b26 + v43);
  const v45 = (acc_b23 > 0);
  const v46 = (v45 ? v44 : 0);
  const v48 = $fr(acc_b23 - 1);
  const v49 = $fr(acc_b40 / v48);
  const v50 = $fr(acc_b33 - acc_b26);
  const v51 = (v50 > 0);
  const v52 = (v51 ? v50 : 1);
  const v53 = $fr(v49 * v52);
  const v54 = $fr(v53 * v52);
  const v55 = (acc_b23 > 1);
  const v56 = (v55 ? v54 : 0);
  const v57 = $fr(v56 + 9.99999993922529e-9);
  const v58 = $fr(1 / Math.sqrt(v57));
  // outputs out_advantages, out_returns
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v42 = F_v20[(Math.imul(row, u_T) + t | 0)];
      const v47 = $fr(v42 - v46);
      const v59 = $fr(v47 * v58);
      const v60 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v61 = $fr(v42 + v60);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v59;
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = v61;
    }
  }
}
let u, $F_values, $F_v10, $F_token_level_rewards, $F_v20, $F_v23_partial, $F_v26_partial, $F_v33_partial, $F_v28_partial, $F_v40_partial, $F_out_advantages, $F_out_returns, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_values = f["values"];
  $F_v10 = f["v10"];
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v20 = f["v20"];
  $F_v23_partial = f["v23_partial"];
  $F_v26_partial = f["v26_partial"];
  $F_v33_partial = f["v33_partial"];
  $F_v28_partial = f["v28_partial"];
  $F_v40_partial = f["v40_partial"];
  $F_out_advantages = f["out_advantages"];
  $F_out_returns = f["out_returns"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };