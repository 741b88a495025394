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
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v1 = $F_v1;
  const F_v2 = $F_v2;
  const F_v5 = $F_v5;
  const F_v7 = $F_v7;
  const I_response_mask = $I_response_mask;
  const F_v16_partial = $F_v16_partial;
  const F_v18_partial = $F_v18_partial;
  const F_v25_partial = $F_v25_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %1: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc1_0 = 0;
    let acc1_1 = 0;
    let acc1_2 = 0;
    let acc1_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc1_0 = $fr(acc1_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc1_1 = $fr(acc1_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc1_2 = $fr(acc1_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc1_3 = $fr(acc1_3 + v3);
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
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc1 = $fr(acc1 + v4);
    }
    F_v1[row] = acc1;
  }
  // reduce to group %2, %5
  let acc2 = 0;
  let acc5 = Infinity;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v1[row];
    acc2 = $fr(acc2 + 1);
    acc5 = Math.min(acc5, v5);
  }
  if ((lid === 0)) {
    F_v2[g] = acc2;
    F_v5[g] = acc5;
  }
  // reduce to group %7
  let acc7 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_v1[row];
    const v7 = $fr(v6 - acc5);
    acc7 = $fr(acc7 + v7);
  }
  if ((lid === 0)) {
    F_v7[g] = acc7;
  }
  // reduce to group %16 (batch partial), %18 (batch partial), %25 (batch partial)
  const v9 = $fr(acc7 / acc2);
  const v10 = $fr(acc5 + v9);
  const v11 = (acc2 > 1);
  const v12 = (v11 ? v10 : 0);
  let acc16 = 0;
  let acc18 = Infinity;
  let acc25 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v1[row];
    const v13 = $fr(v8 - v12);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v14 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v15 = $fr(v14);
        const v16 = $fr(v13 * v15);
        acc16 = $fr(acc16 + 1);
        acc18 = Math.min(acc18, v16);
        acc25 = Math.max(acc25, v16);
      }
    }
  }
  if ((lid === 0)) {
    F_v16_partial[g] = acc16;
    F_v18_partial[g] = acc18;
    F_v25_partial[g] = acc25;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v16_partial = $F_v16_partial;
  const F_v18_partial = $F_v18_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v5 = $F_v5;
  const F_v7 = $F_v7;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const I_response_mask = $I_response_mask;
  const F_v20_partial = $F_v20_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %16, %18, %25: combine every group's partial
  let acc_b16 = 0;
  let acc_b18 = Infinity;
  let acc_b25 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b16 = $fr(acc_b16 + F_v16_partial[i]);
    acc_b18 = Math.min(acc_b18, F_v18_partial[i]);
    acc_b25 = Math.max(acc_b25, F_v25_partial[i]);
  }
  // reduce to group %20 (batch partial)
  const v18 = F_v5[g];
  const v19 = F_v7[g];
  const v20 = F_v2[g];
  const v21 = $fr(v19 / v20);
  const v22 = $fr(v18 + v21);
  const v23 = (v20 > 1);
  const v24 = (v23 ? v22 : 0);
  let acc20 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v1[row];
    const v25 = $fr(v17 - v24);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v26 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v27 = $fr(v26);
        const v28 = $fr(v25 * v27);
        const v29 = $fr(v28 - acc_b18);
        acc20 = $fr(acc20 + v29);
      }
    }
  }
  if ((lid === 0)) {
    F_v20_partial[g] = acc20;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v16_partial = $F_v16_partial;
  const F_v18_partial = $F_v18_partial;
  const F_v20_partial = $F_v20_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v5 = $F_v5;
  const F_v7 = $F_v7;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const I_response_mask = $I_response_mask;
  const F_v32_partial = $F_v32_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %16, %18, %20, %25: combine every group's partial
  let acc_b16 = 0;
  let acc_b18 = Infinity;
  let acc_b20 = 0;
  let acc_b25 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b16 = $fr(acc_b16 + F_v16_partial[i]);
    acc_b18 = Math.min(acc_b18, F_v18_partial[i]);
    acc_b20 = $fr(acc_b20 + F_v20_partial[i]);
    acc_b25 = Math.max(acc_b25, F_v25_partial[i]);
  }
  // reduce to group %32 (batch partial)
  const v31 = F_v5[g];
  const v32 = F_v7[g];
  const v33 = F_v2[g];
  const v34 = $fr(v32 / v33);
  const v35 = $fr(v31 + v34);
  const v36 = (v33 > 1);
  const v37 = (v36 ? v35 : 0);
  const v42 = $fr(acc_b20 / acc_b16);
  const v43 = $fr(acc_b18 + v42);
  const v45 = $fr(acc_b25 - acc_b18);
  const v46 = (v45 > 0);
  const v47 = (v46 ? v45 : 1);
  let acc32 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v30 = F_v1[row];
    const v38 = $fr(v30 - v37);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v39 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v40 = $fr(v39);
        const v41 = $fr(v38 * v40);
        const v44 = $fr(v41 - v43);
        const v48 = $fr(v44 / v47);
        const v49 = $fr(v48 * v48);
        acc32 = $fr(acc32 + v49);
      }
    }
  }
  if ((lid === 0)) {
    F_v32_partial[g] = acc32;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v16_partial = $F_v16_partial;
  const F_v18_partial = $F_v18_partial;
  const F_v20_partial = $F_v20_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v32_partial = $F_v32_partial;
  const F_v5 = $F_v5;
  const F_v7 = $F_v7;
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
  // batch values %16, %18, %20, %25, %32: combine every group's partial
  let acc_b16 = 0;
  let acc_b18 = Infinity;
  let acc_b20 = 0;
  let acc_b25 = (-Infinity);
  let acc_b32 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b16 = $fr(acc_b16 + F_v16_partial[i]);
    acc_b18 = Math.min(acc_b18, F_v18_partial[i]);
    acc_b20 = $fr(acc_b20 + F_v20_partial[i]);
    acc_b25 = Math.max(acc_b25, F_v25_partial[i]);
    acc_b32 = $fr(acc_b32 + F_v32_partial[i]);
  }
  const v51 = F_v5[g];
  const v52 = F_v7[g];
  const v53 = F_v2[g];
  const v54 = $fr(v52 / v53);
  const v55 = $fr(v51 + v54);
  const v56 = (v53 > 1);
  const v57 = (v56 ? v55 : 0);
  const v59 = $fr(acc_b20 / acc_b16);
  const v60 = $fr(acc_b18 + v59);
  const v61 = (acc_b16 > 0);
  const v62 = (v61 ? v60 : 0);
  const v64 = $fr(acc_b16 - 1);
  const v65 = $fr(acc_b32 / v64);
  const v66 = $fr(acc_b25 - acc_b18);
  const v67 = (v66 > 0);
  const v68 = (v67 ? v66 : 1);
  const v69 = $fr(v65 * v68);
  const v70 = $fr(v69 * v68);
  const v71 = (acc_b16 > 1);
  const v72 = (v71 ? v70 : 0);
  const v73 = $fr(v72 + 9.99999993922529e-9);
  const v74 = $fr(1 / Math.sqrt(v73));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v50 = F_v1[row];
    const v58 = $fr(v50 - v57);
    const v63 = $fr(v58 - v62);
    const v75 = $fr(v63 * v74);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v76 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v77 = $fr(v76);
      const v78 = $fr(v75 * v77);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v78;
    }
  }
}
let u, $F_token_level_rewards, $F_v1, $F_v2, $F_v5, $F_v7, $F_v16_partial, $F_v18_partial, $F_v25_partial, $F_v20_partial, $F_v32_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v1 = f["v1"];
  $F_v2 = f["v2"];
  $F_v5 = f["v5"];
  $F_v7 = f["v7"];
  $F_v16_partial = f["v16_partial"];
  $F_v18_partial = f["v18_partial"];
  $F_v25_partial = f["v25_partial"];
  $F_v20_partial = f["v20_partial"];
  $F_v32_partial = f["v32_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };