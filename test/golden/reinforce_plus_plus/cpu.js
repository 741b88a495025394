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
  const F_v8_partial = $F_v8_partial;
  const F_v11_partial = $F_v11_partial;
  const F_v19_partial = $F_v19_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %6: one thread per rollout
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v0 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v1 = I_response_mask[(Math.imul(row, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v2 = $fr(v1);
      const v3 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v2 : 0);
      const v4 = $fr(u_p_gamma * v3);
      x = $fr(v0 + $fr(v4 * x));
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // reduce to group %8 (batch partial), %11 (batch partial), %19 (batch partial)
  let acc8 = 0;
  let acc11 = Infinity;
  let acc19 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v5 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v6 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v7 = $fr(v6);
        const v8 = $fr(v5 * v7);
        acc8 = $fr(acc8 + 1);
        acc11 = Math.min(acc11, v8);
        acc19 = Math.max(acc19, v8);
      }
    }
  }
  if ((lid === 0)) {
    F_v8_partial[g] = acc8;
    F_v11_partial[g] = acc11;
    F_v19_partial[g] = acc19;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v8_partial = $F_v8_partial;
  const F_v11_partial = $F_v11_partial;
  const F_v19_partial = $F_v19_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_v13_partial = $F_v13_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %8, %11, %19: combine every group's partial
  let acc_b8 = 0;
  let acc_b11 = Infinity;
  let acc_b19 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b8 = $fr(acc_b8 + F_v8_partial[i]);
    acc_b11 = Math.min(acc_b11, F_v11_partial[i]);
    acc_b19 = Math.max(acc_b19, F_v19_partial[i]);
  }
  // reduce to group %13 (batch partial)
  let acc13 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v9 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v10 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v11 = $fr(v10);
        const v12 = $fr(v9 * v11);
        const v13 = $fr(v12 - acc_b11);
        acc13 = $fr(acc13 + v13);
      }
    }
  }
  if ((lid === 0)) {
    F_v13_partial[g] = acc13;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v8_partial = $F_v8_partial;
  const F_v11_partial = $F_v11_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v19_partial = $F_v19_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const F_v26_partial = $F_v26_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %8, %11, %13, %19: combine every group's partial
  let acc_b8 = 0;
  let acc_b11 = Infinity;
  let acc_b13 = 0;
  let acc_b19 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b8 = $fr(acc_b8 + F_v8_partial[i]);
    acc_b11 = Math.min(acc_b11, F_v11_partial[i]);
    acc_b13 = $fr(acc_b13 + F_v13_partial[i]);
    acc_b19 = Math.max(acc_b19, F_v19_partial[i]);
  }
  // reduce to group %26 (batch partial)
  const v18 = $fr(acc_b13 / acc_b8);
  const v19 = $fr(acc_b11 + v18);
  const v21 = $fr(acc_b19 - acc_b11);
  const v22 = (v21 > 0);
  const v23 = (v22 ? v21 : 1);
  let acc26 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v14 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
        const v15 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v16 = $fr(v15);
        const v17 = $fr(v14 * v16);
        const v20 = $fr(v17 - v19);
        const v24 = $fr(v20 / v23);
        const v25 = $fr(v24 * v24);
        acc26 = $fr(acc26 + v25);
      }
    }
  }
  if ((lid === 0)) {
    F_v26_partial[g] = acc26;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v8_partial = $F_v8_partial;
  const F_v11_partial = $F_v11_partial;
  const F_v13_partial = $F_v13_partial;
  const F_v19_partial = $F_v19_partial;
  const F_v26_partial = $F_v26_partial;
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
  // batch values %8, %11, %13, %19, %26: combine every group's partial
  let acc_b8 = 0;
  let acc_b11 = Infinity;
  let acc_b13 = 0;
  let acc_b19 = (-Infinity);
  let acc_b26 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b8 = $fr(acc_b8 + F_v8_partial[i]);
    acc_b11 = Math.min(acc_b11, F_v11_partial[i]);
    acc_b13 = $fr(acc_b13 + F_v13_partial[i]);
    acc_b19 = Math.max(acc_b19, F_v19_partial[i]);
    acc_b26 = $fr(acc_b26 + F_v26_partial[i]);
  }
  const v27 = $fr(acc_b13 / acc_b8);
  const v28 = $fr(acc_b11 + v27);
  const v29 = (acc_b8 > 0);
  const v30 = (v29 ? v28 : 0);
  const v32 = $fr(acc_b8 - 1);
  const v33 = $fr(acc_b26 / v32);
  const v34 = $fr(acc_b19 - acc_b11);
  const v35 = (v34 > 0);
  const v36 = (v35 ? v34 : 1);
  const v37 = $fr(v33 * v36);
  const v38 = $fr(v37 * v36);
  const v39 = (acc_b8 > 1);
  const v40 = (v39 ? v38 : 0);
  const v41 = $fr(v40 + 9.99999993922529e-9);
  const v42 = $fr(1 / Math.sqrt(v41));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v26 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
      const v31 = $fr(v26 - v30);
      const v43 = $fr(v31 * v42);
      const v44 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v45 = $fr(v44);
      const v46 = $fr(v43 * v45);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v46;
    }
  }
}
let u, $F_token_level_rewards, $F_out_returns, $F_v8_partial, $F_v11_partial, $F_v19_partial, $F_v13_partial, $F_v26_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_out_returns = f["out_returns"];
  $F_v8_partial = f["v8_partial"];
  $F_v11_partial = f["v11_partial"];
  $F_v19_partial = f["v19_partial"];
  $F_v13_partial = f["v13_partial"];
  $F_v26_partial = f["v26_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };