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
  const F_v24 = $F_v24;
  const F_v25_partial = $F_v25_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v35_partial = $F_v35_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %10: one thread per rollout
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
      const v0 = I_response_mask[(Math.imul(row0, u_T) + t | 0)];
      const v1 = $fr(v0);
      const v2 = ((u_p_mask_carry !== 0) ? v1 : 1);
      const v3 = F_values[(Math.imul(row0, u_T) + t | 0)];
      const v4 = $fr(v2 * v3);
      const v5 = $fr(1 - v2);
      x_0 = $fr(v4 + $fr(v5 * x_0));
      F_v10[(Math.imul(row0, u_T) + t | 0)] = x_0;
      const v6 = I_response_mask[(Math.imul(row1, u_T) + t | 0)];
      const v7 = $fr(v6);
      const v8 = ((u_p_mask_carry !== 0) ? v7 : 1);
      const v9 = F_values[(Math.imul(row1, u_T) + t | 0)];
      const v10 = $fr(v8 * v9);
      const v11 = $fr(1 - v8);
      x_1 = $fr(v10 + $fr(v11 * x_1));
      F_v10[(Math.imul(row1, u_T) + t | 0)] = x_1;
      const v12 = I_response_mask[(Math.imul(row2, u_T) + t | 0)];
      const v13 = $fr(v12);
      const v14 = ((u_p_mask_carry !== 0) ? v13 : 1);
      const v15 = F_values[(Math.imul(row2, u_T) + t | 0)];
      const v16 = $fr(v14 * v15);
      const v17 = $fr(1 - v14);
      x_2 = $fr(v16 + $fr(v17 * x_2));
      F_v10[(Math.imul(row2, u_T) + t | 0)] = x_2;
      const v18 = I_response_mask[(Math.imul(row3, u_T) + t | 0)];
      const v19 = $fr(v18);
      const v20 = ((u_p_mask_carry !== 0) ? v19 : 1);
      const v21 = F_values[(Math.imul(row3, u_T) + t | 0)];
      const v22 = $fr(v20 * v21);
      const v23 = $fr(1 - v20);
      x_3 = $fr(v22 + $fr(v23 * x_3));
      F_v10[(Math.imul(row3, u_T) + t | 0)] = x_3;
    }
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v24 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v25 = $fr(v24);
      const v26 = ((u_p_mask_carry !== 0) ? v25 : 1);
      const v27 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v28 = $fr(v26 * v27);
      const v29 = $fr(1 - v26);
      x = $fr(v28 + $fr(v29 * x));
      F_v10[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // scan %20: one thread per rollout
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
      const v30 = I_response_mask[(Math.imul(row0, u_T) + t | 0)];
      const v31 = $fr(v30);
      const v32 = ((u_p_mask_carry !== 0) ? v31 : 1);
      const v33 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      const v34 = F_v10[(Math.imul(row0, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v35 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v34 : 0);
      const v36 = $fr(u_p_gamma * v35);
      const v37 = $fr(v33 + v36);
      const v38 = F_values[(Math.imul(row0, u_T) + t | 0)];
      const v39 = $fr(v37 - v38);
      const v40 = $fr(v32 * v39);
      const v41 = $fr(v32 * u_p_gamma);
      const v42 = $fr(v41 * u_p_lam);
      const v43 = $fr(1 - v32);
      const v44 = $fr(v42 + v43);
      x_0 = $fr(v40 + $fr(v44 * x_0));
      F_v20[(Math.imul(row0, u_T) + t | 0)] = x_0;
      const v45 = I_response_mask[(Math.imul(row1, u_T) + t | 0)];
      const v46 = $fr(v45);
      const v47 = ((u_p_mask_carry !== 0) ? v46 : 1);
      const v48 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      const v49 = F_v10[(Math.imul(row1, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v50 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v49 : 0);
      const v51 = $fr(u_p_gamma * v50);
      const v52 = $fr(v48 + v51);
      const v53 = F_values[(Math.imul(row1, u_T) + t | 0)];
      const v54 = $fr(v52 - v53);
      const v55 = $fr(v47 * v54);
      const v56 = $fr(v47 * u_p_gamma);
      const v57 = $fr(v56 * u_p_lam);
      const v58 = $fr(1 - v47);
      const v59 = $fr(v57 + v58);
      x_1 = $fr(v55 + $fr(v59 * x_1));
      F_v20[(Math.imul(row1, u_T) + t | 0)] = x_1;
      const v60 = I_response_mask[(Math.imul(row2, u_T) + t | 0)];
      const v61 = $fr(v60);
      const v62 = ((u_p_mask_carry !== 0) ? v61 : 1);
      const v63 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      const v64 = F_v10[(Math.imul(row2, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v65 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v64 : 0);
      const v66 = $fr(u_p_gamma * v65);
      const v67 = $fr(v63 + v66);
      const v68 = F_values[(Math.imul(row2, u_T) + t | 0)];
      const v69 = $fr(v67 - v68);
      const v70 = $fr(v62 * v69);
      const v71 = $fr(v62 * u_p_gamma);
      const v72 = $fr(v71 * u_p_lam);
      const v73 = $fr(1 - v62);
      const v74 = $fr(v72 + v73);
      x_2 = $fr(v70 + $fr(v74 * x_2));
      F_v20[(Math.imul(row2, u_T) + t | 0)] = x_2;
      const v75 = I_response_mask[(Math.imul(row3, u_T) + t | 0)];
      const v76 = $fr(v75);
      const v77 = ((u_p_mask_carry !== 0) ? v76 : 1);
      const v78 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      const v79 = F_v10[(Math.imul(row3, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v80 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v79 : 0);
      const v81 = $fr(u_p_gamma * v80);
      const v82 = $fr(v78 + v81);
      const v83 = F_values[(Math.imul(row3, u_T) + t | 0)];
      const v84 = $fr(v82 - v83);
      const v85 = $fr(v77 * v84);
      const v86 = $fr(v77 * u_p_gamma);
      const v87 = $fr(v86 * u_p_lam);
      const v88 = $fr(1 - v77);
      const v89 = $fr(v87 + v88);
      x_3 = $fr(v85 + $fr(v89 * x_3));
      F_v20[(Math.imul(row3, u_T) + t | 0)] = x_3;
    }
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v90 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v91 = $fr(v90);
      const v92 = ((u_p_mask_carry !== 0) ? v91 : 1);
      const v93 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v94 = F_v10[(Math.imul(row, u_T) + Math.min(Math.max((t + 1 | 0), 0), (u_T - 1 | 0)) | 0)];
      const v95 = ((((t + 1 | 0) >= 0) && ((t + 1 | 0) < u_T)) ? v94 : 0);
      const v96 = $fr(u_p_gamma * v95);
      const v97 = $fr(v93 + v96);
      const v98 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v99 = $fr(v97 - v98);
      const v100 = $fr(v92 * v99);
      const v101 = $fr(v92 * u_p_gamma);
      const v102 = $fr(v101 * u_p_lam);
      const v103 = $fr(1 - v92);
      const v104 = $fr(v102 + v103);
      x = $fr(v100 + $fr(v104 * x));
      F_v20[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // reduce to rollout %24: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc24_0 = 0;
    let acc24_1 = 0;
    let acc24_2 = 0;
    let acc24_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc24_0 = (acc24_0 + (valid_0 ? 1 : 0) | 0);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc24_1 = (acc24_1 + (valid_1 ? 1 : 0) | 0);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc24_2 = (acc24_2 + (valid_2 ? 1 : 0) | 0);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc24_3 = (acc24_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v24[row0] = $fr(acc24_0 >>> 0);
    F_v24[row1] = $fr(acc24_1 >>> 0);
    F_v24[row2] = $fr(acc24_2 >>> 0);
    F_v24[row3] = $fr(acc24_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc24 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc24 = (acc24 + (valid ? 1 : 0) | 0);
    }
    F_v24[row] = $fr(acc24 >>> 0);
  }
  // reduce to group %25 (batch partial), %28 (batch partial), %35 (batch partial)
  let acc25 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v105 = F_v24[row];
    acc25 = $fr(acc25 + v105);
  }
  let acc28 = Infinity;
  let acc35 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v106 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v107 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v108 = $fr(v107);
        const v109 = $fr(v106 * v108);
        acc28 = Math.min(acc28, v109);
        acc35 = Math.max(acc35, v109);
      }
    }
  }
  if ((lid === 0)) {
    F_v25_partial[g] = acc25;
    F_v28_partial[g] = acc28;
    F_v35_partial[g] = acc35;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v25_partial = $F_v25_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v35_partial = $F_v35_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v30_partial = $F_v30_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %25, %28, %35: combine every group's partial
  let acc_b25 = 0;
  let acc_b28 = Infinity;
  let acc_b35 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b25 = $fr(acc_b25 + F_v25_partial[i]);
    acc_b28 = Math.min(acc_b28, F_v28_partial[i]);
    acc_b35 = Math.max(acc_b35, F_v35_partial[i]);
  }
  // reduce to group %30 (batch partial)
  let acc30 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v110 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v111 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v112 = $fr(v111);
        const v113 = $fr(v110 * v112);
        const v114 = $fr(v113 - acc_b28);
        acc30 = $fr(acc30 + v114);
      }
    }
  }
  if ((lid === 0)) {
    F_v30_partial[g] = acc30;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v25_partial = $F_v25_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v30_partial = $F_v30_partial;
  const F_v35_partial = $F_v35_partial;
  const I_members = $I_members;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v42_partial = $F_v42_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %25, %28, %30, %35: combine every group's partial
  let acc_b25 = 0;
  let acc_b28 = Infinity;
  let acc_b30 = 0;
  let acc_b35 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b25 = $fr(acc_b25 + F_v25_partial[i]);
    acc_b28 = Math.min(acc_b28, F_v28_partial[i]);
    acc_b30 = $fr(acc_b30 + F_v30_partial[i]);
    acc_b35 = Math.max(acc_b35, F_v35_partial[i]);
  }
  // reduce to group %42 (batch partial)
  const v119 = $fr(acc_b30 / acc_b25);
  const v120 = $fr(acc_b28 + v119);
  const v122 = $fr(acc_b35 - acc_b28);
  const v123 = (v122 > 0);
  const v124 = (v123 ? v122 : 1);
  let acc42 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v115 = F_v20[(Math.imul(row, u_T) + t | 0)];
        const v116 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v117 = $fr(v116);
        const v118 = $fr(v115 * v117);
        const v121 = $fr(v118 - v120);
        const v125 = $fr(v121 / v124);
        const v126 = $fr(v125 * v125);
        acc42 = $fr(acc42 + v126);
      }
    }
  }
  if ((lid === 0)) {
    F_v42_partial[g] = acc42;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v25_partial = $F_v25_partial;
  const F_v28_partial = $F_v28_partial;
  const F_v30_partial = $F_v30_partial;
  const F_v35_partial = $F_v35_partial;
  const F_v42_partial = $F_v42_partial;
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
  // batch values %25, %28, %30, %35, %42: combine every group's partial
  let acc_b25 = 0;
  let acc_b28 = Infinity;
  let acc_b30 = 0;
  let acc_b35 = (-Infinity);
  let acc_b42 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b25 = $fr(acc_b25 + F_v25_partial[i]);
    acc_b28 = Math.min(acc_b28, F_v28_partial[i]);
    acc_b30 = $fr(acc_b30 + F_v30_partial[i]);
    acc_b35 = Math.max(acc_b35, F_v35_partial[i]);
    acc_b42 = $fr(acc_b42 + F_v42_partial[i]);
  }
  const v128 = $fr(acc_b30 / acc_b25);
  const v129 = $fr(acc_b28 + v128);
  const v130 = (acc_b25 > 0);
  const v131 = (v130 ? v129 : 0);
  const v133 = $fr(acc_b25 - 1);
  const v134 = $fr(acc_b42 / v133);
  const v135 = $fr(acc_b35 - acc_b28);
  const v136 = (v135 > 0);
  const v137 = (v136 ? v135 : 1);
  const v138 = $fr(v134 * v137);
  const v139 = $fr(v138 * v137);
  const v140 = (acc_b25 > 1);
  const v141 = (v140 ? v139 : 0);
  const v142 = $fr(v141 + 9.99999993922529e-9);
  const v143 = $fr(1 / Math.sqrt(v142));
  // outputs out_advantages, out_returns
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v127 = F_v20[(Math.imul(row, u_T) + t | 0)];
      const v132 = $fr(v127 - v131);
      const v144 = $fr(v132 * v143);
      const v145 = F_values[(Math.imul(row, u_T) + t | 0)];
      const v146 = $fr(v127 + v145);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v144;
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = v146;
    }
  }
}
let u, $F_values, $F_v10, $F_token_level_rewards, $F_v20, $F_v24, $F_v25_partial, $F_v28_partial, $F_v35_partial, $F_v30_partial, $F_v42_partial, $F_out_advantages, $F_out_returns, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_values = f["values"];
  $F_v10 = f["v10"];
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v20 = f["v20"];
  $F_v24 = f["v24"];
  $F_v25_partial = f["v25_partial"];
  $F_v28_partial = f["v28_partial"];
  $F_v35_partial = f["v35_partial"];
  $F_v30_partial = f["v30_partial"];
  $F_v42_partial = f["v42_partial"];
  $F_out_advantages = f["out_advantages"];
  $F_out_returns = f["out_returns"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };