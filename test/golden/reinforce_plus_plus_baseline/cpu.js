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
  const I_response_mask = $I_response_mask;
  const F_v1 = $F_v1;
  const F_v17 = $F_v17;
  const F_v2 = $F_v2;
  const F_v6 = $F_v6;
  const F_v18_partial = $F_v18_partial;
  const F_v8 = $F_v8;
  const F_v25_partial = $F_v25_partial;
  const F_v36_partial = $F_v36_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %1, %17: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc1_0 = 0;
    let acc17_0 = 0;
    let acc1_1 = 0;
    let acc17_1 = 0;
    let acc1_2 = 0;
    let acc17_2 = 0;
    let acc1_3 = 0;
    let acc17_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc1_0 = $fr(acc1_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc17_0 = (acc17_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc1_1 = $fr(acc1_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc17_1 = (acc17_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc1_2 = $fr(acc1_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc17_2 = (acc17_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc1_3 = $fr(acc1_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc17_3 = (acc17_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v1[row0] = acc1_0;
    F_v17[row0] = $fr(acc17_0 >>> 0);
    F_v1[row1] = acc1_1;
    F_v17[row1] = $fr(acc17_1 >>> 0);
    F_v1[row2] = acc1_2;
    F_v17[row2] = $fr(acc17_2 >>> 0);
    F_v1[row3] = acc1_3;
    F_v17[row3] = $fr(acc17_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc1 = 0;
    let acc17 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc1 = $fr(acc1 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc17 = (acc17 + (valid ? 1 : 0) | 0);
    }
    F_v1[row] = acc1;
    F_v17[row] = $fr(acc17 >>> 0);
  }
  // reduce to group %2, %6, %18 (batch partial)
  let acc2 = 0;
  let acc6 = Infinity;
  let acc18 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v1[row];
    const v6 = F_v17[row];
    acc2 = (acc2 + 1 | 0);
    acc6 = Math.min(acc6, v5);
    acc18 = $fr(acc18 + v6);
  }
  if ((lid === 0)) {
    F_v2[g] = $fr(acc2 >>> 0);
    F_v6[g] = acc6;
    F_v18_partial[g] = acc18;
  }
  // reduce to group %8
  let acc8 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v7 = F_v1[row];
    const v8 = $fr(v7 - acc6);
    acc8 = $fr(acc8 + v8);
  }
  if ((lid === 0)) {
    F_v8[g] = acc8;
  }
  // reduce to group %25 (batch partial), %36 (batch partial)
  const v10 = $fr(acc8 / $fr(acc2 >>> 0));
  const v11 = $fr(acc6 + v10);
  const v12 = ($fr(acc2 >>> 0) > 1);
  const v13 = (v12 ? v11 : 0);
  const v15 = $fr(1);
  let acc25 = Infinity;
  let acc36 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v9 = F_v1[row];
    const v14 = $fr(v9 - v13);
    const v16 = $fr(v14 * v15);
    const v17 = F_v17[row];
    const v18 = (v17 > 0);
    const v19 = (v18 ? v16 : Infinity);
    const v20 = (v18 ? v16 : (-Infinity));
    acc25 = Math.min(acc25, v19);
    acc36 = Math.max(acc36, v20);
  }
  if ((lid === 0)) {
    F_v25_partial[g] = acc25;
    F_v36_partial[g] = acc36;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const I_starts = $I_starts;
  const F_v18_partial = $F_v18_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v36_partial = $F_v36_partial;
  const F_v6 = $F_v6;
  const F_v8 = $F_v8;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const F_v17 = $F_v17;
  const F_v29_partial = $F_v29_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %18, %25, %36: combine every group's partial
  let acc_b18 = 0;
  let acc_b25 = Infinity;
  let acc_b36 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b18 = $fr(acc_b18 + F_v18_partial[i]);
    acc_b25 = Math.min(acc_b25, F_v25_partial[i]);
    acc_b36 = Math.max(acc_b36, F_v36_partial[i]);
  }
  // reduce to group %29 (batch partial)
  const v22 = F_v6[g];
  const v23 = F_v8[g];
  const v24 = F_v2[g];
  const v25 = $fr(v23 / v24);
  const v26 = $fr(v22 + v25);
  const v27 = (v24 > 1);
  const v28 = (v27 ? v26 : 0);
  const v30 = $fr(1);
  let acc29 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v21 = F_v1[row];
    const v29 = $fr(v21 - v28);
    const v31 = $fr(v29 * v30);
    const v32 = $fr(v31 - acc_b25);
    const v33 = F_v17[row];
    const v34 = $fr(v32 * v33);
    const v35 = (v33 > 0);
    const v36 = (v35 ? v34 : 0);
    acc29 = $fr(acc29 + v36);
  }
  if ((lid === 0)) {
    F_v29_partial[g] = acc29;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const I_starts = $I_starts;
  const F_v18_partial = $F_v18_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v29_partial = $F_v29_partial;
  const F_v36_partial = $F_v36_partial;
  const F_v6 = $F_v6;
  const F_v8 = $F_v8;
  const F_v2 = $F_v2;
  const I_members = $I_members;
  const F_v1 = $F_v1;
  const F_v17 = $F_v17;
  const F_v45_partial = $F_v45_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %18, %25, %29, %36: combine every group's partial
  let acc_b18 = 0;
  let acc_b25 = Infinity;
  let acc_b29 = 0;
  let acc_b36 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b18 = $fr(acc_b18 + F_v18_partial[i]);
    acc_b25 = Math.min(acc_b25, F_v25_partial[i]);
    acc_b29 = $fr(acc_b29 + F_v29_partial[i]);
    acc_b36 = Math.max(acc_b36, F_v36_partial[i]);
  }
  // reduce to group %45 (batch partial)
  const v38 = F_v6[g];
  const v39 = F_v8[g];
  const v40 = F_v2[g];
  const v41 = $fr(v39 / v40);
  const v42 = $fr(v38 + v41);
  const v43 = (v40 > 1);
  const v44 = (v43 ? v42 : 0);
  const v46 = $fr(1);
  const v48 = $fr(acc_b29 / acc_b18);
  const v49 = $fr(acc_b25 + v48);
  const v51 = $fr(acc_b36 - acc_b25);
  const v52 = (v51 > 0);
  const v53 = (v52 ? v51 : 1);
  let acc45 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v37 = F_v1[row];
    const v45 = $fr(v37 - v44);
    const v47 = $fr(v45 * v46);
    const v50 = $fr(v47 - v49);
    const v54 = $fr(v50 / v53);
    const v55 = $fr(v54 * v54);
    const v56 = F_v17[row];
    const v57 = $fr(v55 * v56);
    const v58 = (v56 > 0);
    const v59 = (v58 ? v57 : 0);
    acc45 = $fr(acc45 + v59);
  }
  if ((lid === 0)) {
    F_v45_partial[g] = acc45;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v18_partial = $F_v18_partial;
  const F_v25_partial = $F_v25_partial;
  const F_v29_partial = $F_v29_partial;
  const F_v36_partial = $F_v36_partial;
  const F_v45_partial = $F_v45_partial;
  const F_v6 = $F_v6;
  const F_v8 = $F_v8;
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
  // batch values %18, %25, %29, %36, %45: combine every group's partial
  let acc_b18 = 0;
  let acc_b25 = Infinity;
  let acc_b29 = 0;
  let acc_b36 = (-Infinity);
  let acc_b45 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b18 = $fr(acc_b18 + F_v18_partial[i]);
    acc_b25 = Math.min(acc_b25, F_v25_partial[i]);
    acc_b29 = $fr(acc_b29 + F_v29_partial[i]);
    acc_b36 = Math.max(acc_b36, F_v36_partial[i]);
    acc_b45 = $fr(acc_b45 + F_v45_partial[i]);
  }
  const v61 = F_v6[g];
  const v62 = F_v8[g];
  const v63 = F_v2[g];
  const v64 = $fr(v62 / v63);
  const v65 = $fr(v61 + v64);
  const v66 = (v63 > 1);
  const v67 = (v66 ? v65 : 0);
  const v69 = $fr(acc_b29 / acc_b18);
  const v70 = $fr(acc_b25 + v69);
  const v71 = (acc_b18 > 0);
  const v72 = (v71 ? v70 : 0);
  const v74 = $fr(acc_b18 - 1);
  const v75 = $fr(acc_b45 / v74);
  const v76 = $fr(acc_b36 - acc_b25);
  const v77 = (v76 > 0);
  const v78 = (v77 ? v76 : 1);
  const v79 = $fr(v75 * v78);
  const v80 = $fr(v79 * v78);
  const v81 = (acc_b18 > 1);
  const v82 = (v81 ? v80 : 0);
  const v83 = $fr(v82 + 9.99999993922529e-9);
  const v84 = $fr(1 / Math.sqrt(v83));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v60 = F_v1[row];
    const v68 = $fr(v60 - v67);
    const v73 = $fr(v68 - v72);
    const v85 = $fr(v73 * v84);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v86 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v87 = $fr(v86);
      const v88 = $fr(v85 * v87);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v88;
    }
  }
}
let u, $F_token_level_rewards, $F_v1, $F_v17, $F_v2, $F_v6, $F_v18_partial, $F_v8, $F_v25_partial, $F_v36_partial, $F_v29_partial, $F_v45_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v1 = f["v1"];
  $F_v17 = f["v17"];
  $F_v2 = f["v2"];
  $F_v6 = f["v6"];
  $F_v18_partial = f["v18_partial"];
  $F_v8 = f["v8"];
  $F_v25_partial = f["v25_partial"];
  $F_v36_partial = f["v36_partial"];
  $F_v29_partial = f["v29_partial"];
  $F_v45_partial = f["v45_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };