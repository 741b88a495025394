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
  const u_p_gamma = u.p_gamma;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_v9 = $F_v9;
  const F_v10_partial = $F_v10_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v21_partial = $F_v21_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %6: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let x_0 = 0;
    let x_1 = 0;
    let x_2 = 0;
    let x_3 = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      const v1 = I_response_mask[(Math.imul(row0, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v2 = $fr(v1);
      const v3 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v2 : 0);
      const v4 = $fr(u_p_gamma * v3);
      x_0 = $fr(v0 + $fr(v4 * x_0));
      F_out_returns[(Math.imul(row0, u_T) + t | 0)] = x_0;
      const v5 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      const v6 = I_response_mask[(Math.imul(row1, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v7 = $fr(v6);
      const v8 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v7 : 0);
      const v9 = $fr(u_p_gamma * v8);
      x_1 = $fr(v5 + $fr(v9 * x_1));
      F_out_returns[(Math.imul(row1, u_T) + t | 0)] = x_1;
      const v10 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      const v11 = I_response_mask[(Math.imul(row2, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v12 = $fr(v11);
      const v13 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v12 : 0);
      const v14 = $fr(u_p_gamma * v13);
      x_2 = $fr(v10 + $fr(v14 * x_2));
      F_out_returns[(Math.imul(row2, u_T) + t | 0)] = x_2;
      const v15 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      const v16 = I_response_mask[(Math.imul(row3, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v17 = $fr(v16);
      const v18 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v17 : 0);
      const v19 = $fr(u_p_gamma * v18);
      x_3 = $fr(v15 + $fr(v19 * x_3));
      F_out_returns[(Math.imul(row3, u_T) + t | 0)] = x_3;
    }
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v20 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v21 = I_response_mask[(Math.imul(row, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v22 = $fr(v21);
      const v23 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v22 : 0);
      const v24 = $fr(u_p_gamma * v23);
      x = $fr(v20 + $fr(v24 * x));
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // reduce to rollout %9: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc9_0 = 0;
    let acc9_1 = 0;
    let acc9_2 = 0;
    let acc9_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc9_0 = (acc9_0 + (valid_0 ? 1 : 0) | 0);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc9_1 = (acc9_1 + (valid_1 ? 1 : 0) | 0);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc9_2 = (acc9_2 + (valid_2 ? 1 : 0) | 0);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc9_3 = (acc9_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v9[row0] = $fr(acc9_0 >>> 0);
    F_v9[row1] = $fr(acc9_1 >>> 0);
    F_v9[row2] = $fr(acc9_2 >>> 0);
    F_v9[row3] = $fr(acc9_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc9 = (acc9 + (valid ? 1 : 0) | 0);
    }
    F_v9[row] = $fr(acc9 >>> 0);
  }
  // reduce to group %10 (batch partial), %13 (batch partial), %21 (batch partial)
  let acc10 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v25 = F_v9[row];
    acc10 = $fr(acc10 + v25);
  }
  let acc13 = Infinity;
  let acc21 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v26 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v27 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v28 = $fr(v27);
        const v29 = $fr(v26 * v28);
        acc13 = Math.min(acc13, v29);
        acc21 = Math.max(acc21, v29);
      }
    }
  }
  if ((lid === 0)) {
    F_v10_partial[g] = acc10;
    F_v13_partial[g] = acc13;
    F_v21_partial[g] = acc21;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v10_partial = $F_v10_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v21_partial = $F_v21_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_v15_partial = $F_v15_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %10, %13, %21: combine every group's partial
  let acc_b10 = 0;
  let acc_b13 = Infinity;
  let acc_b21 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b10 = $fr(acc_b10 + F_v10_partial[i]);
    acc_b13 = Math.min(acc_b13, F_v13_partial[i]);
    acc_b21 = Math.max(acc_b21, F_v21_partial[i]);
  }
  // reduce to group %15 (batch partial)
  let acc15 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v30 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v31 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v32 = $fr(v31);
        const v33 = $fr(v30 * v32);
        const v34 = $fr(v33 - acc_b13);
        acc15 = $fr(acc15 + v34);
      }
    }
  }
  if ((lid === 0)) {
    F_v15_partial[g] = acc15;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v10_partial = $F_v10_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v15_partial = $F_v15_partial;
  const F_v21_partial = $F_v21_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_v28_partial = $F_v28_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %10, %13, %15, %21: combine every group's partial
  let acc_b10 = 0;
  let acc_b13 = Infinity;
  let acc_b15 = 0;
  let acc_b21 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b10 = $fr(acc_b10 + F_v10_partial[i]);
    acc_b13 = Math.min(acc_b13, F_v13_partial[i]);
    acc_b15 = $fr(acc_b15 + F_v15_partial[i]);
    acc_b21 = Math.max(acc_b21, F_v21_partial[i]);
  }
  // reduce to group %28 (batch partial)
  const v39 = $fr(acc_b15 / acc_b10);
  const v40 = $fr(acc_b13 + v39);
  const v42 = $fr(acc_b21 - acc_b13);
  const v43 = (v42 > 0);
  const v44 = (v43 ? v42 : 1);
  let acc28 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v35 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v36 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v37 = $fr(v36);
        const v38 = $fr(v35 * v37);
        const v41 = $fr(v38 - v40);
        const v45 = $fr(v41 / v44);
        const v46 = $fr(v45 * v45);
        acc28 = $fr(acc28 + v46);
      }
    }
  }
  if ((lid === 0)) {
    F_v28_partial[g] = acc28;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v10_partial = $F_v10_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v15_partial = $F_v15_partial;
  const F_v21_partial = $F_v21_partial;
  const F_v28_partial = $F_v28_partial;
  const I_members = $I_members;
  const F_out_returns = $F_out_returns;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %10, %13, %15, %21, %28: combine every group's partial
  let acc_b10 = 0;
  let acc_b13 = Infinity;
  let acc_b15 = 0;
  let acc_b21 = (-Infinity);
  let acc_b28 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b10 = $fr(acc_b10 + F_v10_partial[i]);
    acc_b13 = Math.min(acc_b13, F_v13_partial[i]);
    acc_b15 = $fr(acc_b15 + F_v15_partial[i]);
    acc_b21 = Math.max(acc_b21, F_v21_partial[i]);
    acc_b28 = $fr(acc_b28 + F_v28_partial[i]);
  }
  const v48 = $fr(acc_b15 / acc_b10);
  const v49 = $fr(acc_b13 + v48);
  const v50 = (acc_b10 > 0);
  const v51 = (v50 ? v49 : 0);
  const v53 = $fr(acc_b10 - 1);
  const v54 = $fr(acc_b28 / v53);
  const v55 = $fr(acc_b21 - acc_b13);
  const v56 = (v55 > 0);
  const v57 = (v56 ? v55 : 1);
  const v58 = $fr(v54 * v57);
  const v59 = $fr(v58 * v57);
  const v60 = (acc_b10 > 1);
  const v61 = (v60 ? v59 : 0);
  const v62 = $fr(v61 + 9.99999993922529e-9);
  const v63 = $fr(1 / Math.sqrt(v62));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v47 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
      const v52 = $fr(v47 - v51);
      const v64 = $fr(v52 * v63);
      const v65 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v66 = $fr(v65);
      const v67 = $fr(v64 * v66);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v67;
    }
  }
}
let u, $F_token_level_rewards, $F_out_returns, $F_v9, $F_v10_partial, $F_v13_partial, $F_v21_partial, $F_v15_partial, $F_v28_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_out_returns = f["out_returns"];
  $F_v9 = f["v9"];
  $F_v10_partial = f["v10_partial"];
  $F_v13_partial = f["v13_partial"];
  $F_v21_partial = f["v21_partial"];
  $F_v15_partial = f["v15_partial"];
  $F_v28_partial = f["v28_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };