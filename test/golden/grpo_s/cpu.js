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
  const u_p_epsilon = u.p_epsilon;
  const u_p_beta2 = u.p_beta2;
  const u_p_beta1 = u.p_beta1;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const F_v4 = $F_v4;
  const F_v8 = $F_v8;
  const F_v11 = $F_v11;
  const F_v12 = $F_v12;
  const F_v14 = $F_v14;
  const F_v23 = $F_v23;
  const F_v25 = $F_v25;
  const F_v28 = $F_v28;
  const F_v30 = $F_v30;
  const F_v41 = $F_v41;
  const F_v43 = $F_v43;
  const F_v44 = $F_v44;
  const F_v50 = $F_v50;
  const F_v46 = $F_v46;
  const F_v56 = $F_v56;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4, %8, %11, %12: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc8_0 = 0;
    let acc11_0 = 0;
    let acc12_0 = Infinity;
    let acc4_1 = 0;
    let acc8_1 = 0;
    let acc11_1 = 0;
    let acc12_1 = Infinity;
    let acc4_2 = 0;
    let acc8_2 = 0;
    let acc11_2 = 0;
    let acc12_2 = Infinity;
    let acc4_3 = 0;
    let acc8_3 = 0;
    let acc11_3 = 0;
    let acc12_3 = Infinity;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v1 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        acc8_0 = (acc8_0 + 1 | 0);
        acc11_0 = (acc11_0 + 1 | 0);
        acc12_0 = Math.min(acc12_0, v1);
      }
      const v2 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v2);
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v3 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        acc8_1 = (acc8_1 + 1 | 0);
        acc11_1 = (acc11_1 + 1 | 0);
        acc12_1 = Math.min(acc12_1, v3);
      }
      const v4 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v4);
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v5 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        acc8_2 = (acc8_2 + 1 | 0);
        acc11_2 = (acc11_2 + 1 | 0);
        acc12_2 = Math.min(acc12_2, v5);
      }
      const v6 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v6);
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v7 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        acc8_3 = (acc8_3 + 1 | 0);
        acc11_3 = (acc11_3 + 1 | 0);
        acc12_3 = Math.min(acc12_3, v7);
      }
    }
    F_v4[row0] = acc4_0;
    F_v8[row0] = $fr(acc8_0 >>> 0);
    F_v11[row0] = $fr(acc11_0 >>> 0);
    F_v12[row0] = acc12_0;
    F_v4[row1] = acc4_1;
    F_v8[row1] = $fr(acc8_1 >>> 0);
    F_v11[row1] = $fr(acc11_1 >>> 0);
    F_v12[row1] = acc12_1;
    F_v4[row2] = acc4_2;
    F_v8[row2] = $fr(acc8_2 >>> 0);
    F_v11[row2] = $fr(acc11_2 >>> 0);
    F_v12[row2] = acc12_2;
    F_v4[row3] = acc4_3;
    F_v8[row3] = $fr(acc8_3 >>> 0);
    F_v11[row3] = $fr(acc11_3 >>> 0);
    F_v12[row3] = acc12_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    let acc8 = 0;
    let acc11 = 0;
    let acc12 = Infinity;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v8 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v8);
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v9 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        acc8 = (acc8 + 1 | 0);
        acc11 = (acc11 + 1 | 0);
        acc12 = Math.min(acc12, v9);
      }
    }
    F_v4[row] = acc4;
    F_v8[row] = $fr(acc8 >>> 0);
    F_v11[row] = $fr(acc11 >>> 0);
    F_v12[row] = acc12;
  }
  // reduce to rollout %14: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    const v11 = F_v12[row0];
    let acc14_0 = 0;
    const v14 = F_v12[row1];
    let acc14_1 = 0;
    const v17 = F_v12[row2];
    let acc14_2 = 0;
    const v20 = F_v12[row3];
    let acc14_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v10 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        const v12 = $fr(v10 - v11);
        acc14_0 = $fr(acc14_0 + v12);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v13 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        const v15 = $fr(v13 - v14);
        acc14_1 = $fr(acc14_1 + v15);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v16 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        const v18 = $fr(v16 - v17);
        acc14_2 = $fr(acc14_2 + v18);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v19 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        const v21 = $fr(v19 - v20);
        acc14_3 = $fr(acc14_3 + v21);
      }
    }
    F_v14[row0] = acc14_0;
    F_v14[row1] = acc14_1;
    F_v14[row2] = acc14_2;
    F_v14[row3] = acc14_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v23 = F_v12[row];
    let acc14 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v22 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v24 = $fr(v22 - v23);
        acc14 = $fr(acc14 + v24);
      }
    }
    F_v14[row] = acc14;
  }
  // reduce to group %23, %25, %28, %30, %41
  let acc23 = 0;
  let acc25 = 0;
  let acc28 = 0;
  let acc30 = 0;
  let acc41 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v25 = F_v12[row];
    const v26 = F_v14[row];
    const v27 = F_v11[row];
    const v28 = $fr(v26 / v27);
    const v29 = $fr(v25 + v28);
    const v30 = $fr(v29 + u_p_epsilon);
    const v31 = $fr(1 / v30);
    const v32 = F_v4[row];
    const v33 = (v32 > 0);
    const v34 = (v33 ? v29 : v31);
    const v35 = F_v8[row];
    const v36 = (v35 > 0);
    const v37 = (v36 ? v34 : 0);
    const v38 = (v33 ? v37 : 0);
    const v39 = (v33 ? 0 : v37);
    const v40 = (v33 ? 1 : 0);
    const v41 = (v33 ? 0 : 1);
    acc23 = $fr(acc23 + v38);
    acc25 = $fr(acc25 + v39);
    acc28 = $fr(acc28 + v40);
    acc30 = $fr(acc30 + v41);
    acc41 = (acc41 + 1 | 0);
  }
  if ((lid === 0)) {
    F_v23[g] = acc23;
    F_v25[g] = acc25;
    F_v28[g] = acc28;
    F_v30[g] = acc30;
    F_v41[g] = $fr(acc41 >>> 0);
  }
  // reduce to group %43, %44, %50
  let acc43 = 0;
  let acc44 = Infinity;
  let acc50 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v42 = F_v4[row];
    const v43 = (v42 > 0);
    const v44 = (v43 ? 1 : (-1));
    const v45 = F_v12[row];
    const v46 = F_v14[row];
    const v47 = F_v11[row];
    const v48 = $fr(v46 / v47);
    const v49 = $fr(v45 + v48);
    const v50 = $fr(v49 + u_p_epsilon);
    const v51 = $fr(1 / v50);
    const v52 = (v43 ? v49 : v51);
    const v53 = F_v8[row];
    const v54 = (v53 > 0);
    const v55 = (v54 ? v52 : 0);
    const v56 = (v43 ? acc23 : acc25);
    const v57 = $fr(v55 / v56);
    const v58 = (v43 ? acc28 : acc30);
    const v59 = $fr(v57 * v58);
    const v60 = (v56 > 0);
    const v61 = (v60 ? v59 : 1);
    const v62 = $fr(u_p_beta2 * v61);
    const v63 = $fr(u_p_beta1 + v62);
    const v64 = $fr(v44 * v63);
    acc43 = (acc43 + 1 | 0);
    acc44 = Math.min(acc44, v64);
    acc50 = Math.max(acc50, v64);
  }
  if ((lid === 0)) {
    F_v43[g] = $fr(acc43 >>> 0);
    F_v44[g] = acc44;
    F_v50[g] = acc50;
  }
  // reduce to group %46
  let acc46 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v65 = F_v4[row];
    const v66 = (v65 > 0);
    const v67 = (v66 ? 1 : (-1));
    const v68 = F_v12[row];
    const v69 = F_v14[row];
    const v70 = F_v11[row];
    const v71 = $fr(v69 / v70);
    const v72 = $fr(v68 + v71);
    const v73 = $fr(v72 + u_p_epsilon);
    const v74 = $fr(1 / v73);
    const v75 = (v66 ? v72 : v74);
    const v76 = F_v8[row];
    const v77 = (v76 > 0);
    const v78 = (v77 ? v75 : 0);
    const v79 = (v66 ? acc23 : acc25);
    const v80 = $fr(v78 / v79);
    const v81 = (v66 ? acc28 : acc30);
    const v82 = $fr(v80 * v81);
    const v83 = (v79 > 0);
    const v84 = (v83 ? v82 : 1);
    const v85 = $fr(u_p_beta2 * v84);
    const v86 = $fr(u_p_beta1 + v85);
    const v87 = $fr(v67 * v86);
    const v88 = $fr(v87 - acc44);
    acc46 = $fr(acc46 + v88);
  }
  if ((lid === 0)) {
    F_v46[g] = acc46;
  }
  // reduce to group %56
  const v112 = $fr(acc46 / $fr(acc43 >>> 0));
  const v113 = $fr(acc44 + v112);
  const v115 = $fr(acc50 - acc44);
  const v116 = (v115 > 0);
  const v117 = (v116 ? v115 : 1);
  let acc56 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v89 = F_v4[row];
    const v90 = (v89 > 0);
    const v91 = (v90 ? 1 : (-1));
    const v92 = F_v12[row];
    const v93 = F_v14[row];
    const v94 = F_v11[row];
    const v95 = $fr(v93 / v94);
    const v96 = $fr(v92 + v95);
    const v97 = $fr(v96 + u_p_epsilon);
    const v98 = $fr(1 / v97);
    const v99 = (v90 ? v96 : v98);
    const v100 = F_v8[row];
    const v101 = (v100 > 0);
    const v102 = (v101 ? v99 : 0);
    const v103 = (v90 ? acc23 : acc25);
    const v104 = $fr(v102 / v103);
    const v105 = (v90 ? acc28 : acc30);
    const v106 = $fr(v104 * v105);
    const v107 = (v103 > 0);
    const v108 = (v107 ? v106 : 1);
    const v109 = $fr(u_p_beta2 * v108);
    const v110 = $fr(u_p_beta1 + v109);
    const v111 = $fr(v91 * v110);
    const v114 = $fr(v111 - v113);
    const v118 = $fr(v114 / v117);
    const v119 = $fr(v118 * v118);
    acc56 = $fr(acc56 + v119);
  }
  if ((lid === 0)) {
    F_v56[g] = acc56;
  }
  const v144 = $fr($fr(acc43 >>> 0) - 1);
  const v145 = $fr(acc56 / v144);
  const v146 = $fr(Math.sqrt(v145));
  const v147 = $fr(v146 * v117);
  const v148 = $fr(v147 + u_p_epsilon);
  const v152 = ($fr(acc41 >>> 0) > 1);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v120 = F_v4[row];
    const v121 = (v120 > 0);
    const v122 = (v121 ? 1 : (-1));
    const v123 = F_v12[row];
    const v124 = F_v14[row];
    const v125 = F_v11[row];
    const v126 = $fr(v124 / v125);
    const v127 = $fr(v123 + v126);
    const v128 = $fr(v127 + u_p_epsilon);
    const v129 = $fr(1 / v128);
    const v130 = (v121 ? v127 : v129);
    const v131 = F_v8[row];
    const v132 = (v131 > 0);
    const v133 = (v132 ? v130 : 0);
    const v134 = (v121 ? acc23 : acc25);
    const v135 = $fr(v133 / v134);
    const v136 = (v121 ? acc28 : acc30);
    const v137 = $fr(v135 * v136);
    const v138 = (v134 > 0);
    const v139 = (v138 ? v137 : 1);
    const v140 = $fr(u_p_beta2 * v139);
    const v141 = $fr(u_p_beta1 + v140);
    const v142 = $fr(v122 * v141);
    const v143 = $fr(v142 - v113);
    const v149 = $fr(v143 / v148);
    const v150 = (v143 === 0);
    const v151 = (v150 ? 0 : v149);
    const v153 = (v152 ? v151 : 0);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v154 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v155 = $fr(v154);
      const v156 = $fr(v153 * v155);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v156;
    }
  }
}
let u, $F_token_level_rewards, $F_entropy, $F_v4, $F_v8, $F_v11, $F_v12, $F_v14, $F_v23, $F_v25, $F_v28, $F_v30, $F_v41, $F_v43, $F_v44, $F_v50, $F_v46, $F_v56, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_entropy = f["entropy"];
  $F_v4 = f["v4"];
  $F_v8 = f["v8"];
  $F_v11 = f["v11"];
  $F_v12 = f["v12"];
  $F_v14 = f["v14"];
  $F_v23 = f["v23"];
  $F_v25 = f["v25"];
  $F_v28 = f["v28"];
  $F_v30 = f["v30"];
  $F_v41 = f["v41"];
  $F_v43 = f["v43"];
  $F_v44 = f["v44"];
  $F_v50 = f["v50"];
  $F_v46 = f["v46"];
  $F_v56 = f["v56"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };