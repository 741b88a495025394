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
  const I_starts = $I_starts;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v1 = $F_v1;
  const F_v2 = $F_v2;
  const F_v5 = $F_v5;
  const F_v12_partial = $F_v12_partial;
  const F_v14_partial = $F_v14_partial;
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
    let acc1_0 = 0;
    let acc1_1 = 0;
    let acc1_2 = 0;
    let acc1_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc1_0 = $fr(acc1_0 + v0);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc1_1 = $fr(acc1_1 + v1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc1_2 = $fr(acc1_2 + v2);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc1_3 = $fr(acc1_3 + v3);
      }
    }
    F_v1[row0] = acc1_0;
    F_v1[row1] = acc1_1;
    F_v1[row2] = acc1_2;
    F_v1[row3] = acc1_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc1 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc1 = $fr(acc1 + v4);
      }
    }
    F_v1[row] = acc1;
  }
  let acc2 = 0;
  let acc5 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v1[row];
    acc2 = $fr(acc2 + 1);
    acc5 = $fr(acc5 + v5);
  }
  let acc12 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v6 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v7 = $fr(v6);
        acc12 = $fr(acc12 + v7);
      }
    }
  }
  if ((lid === 0)) {
    F_v2[g] = acc2;
    F_v5[g] = acc5;
    F_v12_partial[g] = acc12;
  }
  const v9 = $fr(acc5 / acc2);
  const v10 = (acc2 > 1);
  const v11 = (v10 ? v9 : 0);
  let acc14 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v1[row];
    const v12 = $fr(v8 - v11);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v13 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v14 = $fr(v13);
        const v15 = $fr(v12 * v14);
        acc14 = $fr(acc14 + v15);
      }
    }
  }
  if ((lid === 0)) {
    F_v14_partial[g] = acc14;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v12_partial = $F_v12_partial;
  const F_v14_partial = $F_v14_partial;
  const F_v5 = $F_v5;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const I_response_mask = $I_response_mask;
  const F_v19_partial = $F_v19_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  let acc_b12 = 0;
  let acc_b14 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b12 = $fr(acc_b12 + F_v12_partial[i]);
    acc_b14 = $fr(acc_b14 + F_v14_partial[i]);
  }
  const v17 = F_v5[g];
  const v18 = F_v2[g];
  const v19 = $fr(v17 / v18);
  const v20 = (v18 > 1);
  const v21 = (v20 ? v19 : 0);
  const v23 = $fr(acc_b14 / acc_b12);
  let acc19 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v16 = F_v1[row];
    const v22 = $fr(v16 - v21);
    const v24 = $fr(v22 - v23);
    const v25 = $fr(v24 * v24);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v26 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v27 = $fr(v26);
        const v28 = $fr(v25 * v27);
        acc19 = $fr(acc19 + v28);
      }
    }
  }
  if ((lid === 0)) {
    F_v19_partial[g] = acc19;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v12_partial = $F_v12_partial;
  const F_v14_partial = $F_v14_partial;
  const F_v19_partial = $F_v19_partial;
  const F_v5 = $F_v5;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  let acc_b12 = 0;
  let acc_b14 = 0;
  let acc_b19 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b12 = $fr(acc_b12 + F_v12_partial[i]);
    acc_b14 = $fr(acc_b14 + F_v14_partial[i]);
    acc_b19 = $fr(acc_b19 + F_v19_partial[i]);
  }
  const v30 = F_v5[g];
  const v31 = F_v2[g];
  const v32 = $fr(v30 / v31);
  const v33 = (v31 > 1);
  const v34 = (v33 ? v32 : 0);
  const v36 = $fr(acc_b14 / acc_b12);
  const v38 = $fr(acc_b12 - 1);
  const v39 = $fr(acc_b19 / v38);
  const v40 = $fr(v39 + 9.99999993922529e-9);
  const v41 = $fr(1 / Math.sqrt(v40));
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v29 = F_v1[row];
    const v35 = $fr(v29 - v34);
    const v37 = $fr(v35 - v36);
    const v42 = $fr(v37 * v41);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v43 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v44 = $fr(v43);
      const v45 = $fr(v42 * v44);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v45;
    }
  }
}
let u, $F_token_level_rewards, $F_v1, $F_v2, $F_v5, $F_v12_partial, $F_v14_partial, $F_v19_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v1 = f["v1"];
  $F_v2 = f["v2"];
  $F_v5 = f["v5"];
  $F_v12_partial = f["v12_partial"];
  $F_v14_partial = f["v14_partial"];
  $F_v19_partial = f["v19_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2 };