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
  const F_v13 = $F_v13;
  const F_v22 = $F_v22;
  const F_v24 = $F_v24;
  const F_v27 = $F_v27;
  const F_v29 = $F_v29;
  const F_v40 = $F_v40;
  const F_v42 = $F_v42;
  const F_v43 = $F_v43;
  const F_v49 = $F_v49;
  const F_v45 = $F_v45;
  const F_v55 = $F_v55;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4, %8, %11: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc8_0 = 0;
    let acc11_0_key = (-8388608);
    let acc11_0_nan = 0;
    let acc4_1 = 0;
    let acc8_1 = 0;
    let acc11_1_key = (-8388608);
    let acc11_1_nan = 0;
    let acc4_2 = 0;
    let acc8_2 = 0;
    let acc11_2_key = (-8388608);
    let acc11_2_nan = 0;
    let acc4_3 = 0;
    let acc8_3 = 0;
    let acc11_3_key = (-8388608);
    let acc11_3_nan = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      let k_acc11_0 = (-8388608);
      let q_acc11_0 = 0;
      if (valid_0) {
        const v1 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        k_acc11_0 = adv_order_key(v1);
        q_acc11_0 = ((v1 !== v1) ? 1 : 0);
      }
      acc8_0 = (acc8_0 + (valid_0 ? 1 : 0) | 0);
      acc11_0_key = $umin(acc11_0_key, k_acc11_0);
      acc11_0_nan = (acc11_0_nan | q_acc11_0);
      const v2 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v2);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      let k_acc11_1 = (-8388608);
      let q_acc11_1 = 0;
      if (valid_1) {
        const v3 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        k_acc11_1 = adv_order_key(v3);
        q_acc11_1 = ((v3 !== v3) ? 1 : 0);
      }
      acc8_1 = (acc8_1 + (valid_1 ? 1 : 0) | 0);
      acc11_1_key = $umin(acc11_1_key, k_acc11_1);
      acc11_1_nan = (acc11_1_nan | q_acc11_1);
      const v4 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v4);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      let k_acc11_2 = (-8388608);
      let q_acc11_2 = 0;
      if (valid_2) {
        const v5 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        k_acc11_2 = adv_order_key(v5);
        q_acc11_2 = ((v5 !== v5) ? 1 : 0);
      }
      acc8_2 = (acc8_2 + (valid_2 ? 1 : 0) | 0);
      acc11_2_key = $umin(acc11_2_key, k_acc11_2);
      acc11_2_nan = (acc11_2_nan | q_acc11_2);
      const v6 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v6);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      let k_acc11_3 = (-8388608);
      let q_acc11_3 = 0;
      if (valid_3) {
        const v7 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        k_acc11_3 = adv_order_key(v7);
        q_acc11_3 = ((v7 !== v7) ? 1 : 0);
      }
      acc8_3 = (acc8_3 + (valid_3 ? 1 : 0) | 0);
      acc11_3_key = $umin(acc11_3_key, k_acc11_3);
      acc11_3_nan = (acc11_3_nan | q_acc11_3);
    }
    F_v4[row0] = acc4_0;
    F_v8[row0] = $fr(acc8_0 >>> 0);
    F_v11[row0] = ((acc11_0_nan !== 0) ? NaN : adv_order_value(acc11_0_key));
    F_v4[row1] = acc4_1;
    F_v8[row1] = $fr(acc8_1 >>> 0);
    F_v11[row1] = ((acc11_1_nan !== 0) ? NaN : adv_order_value(acc11_1_key));
    F_v4[row2] = acc4_2;
    F_v8[row2] = $fr(acc8_2 >>> 0);
    F_v11[row2] = ((acc11_2_nan !== 0) ? NaN : adv_order_value(acc11_2_key));
    F_v4[row3] = acc4_3;
    F_v8[row3] = $fr(acc8_3 >>> 0);
    F_v11[row3] = ((acc11_3_nan !== 0) ? NaN : adv_order_value(acc11_3_key));
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    let acc8 = 0;
    let acc11_key = (-8388608);
    let acc11_nan = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v8 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v8);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      let k_acc11 = (-8388608);
      let q_acc11 = 0;
      if (valid) {
        const v9 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        k_acc11 = adv_order_key(v9);
        q_acc11 = ((v9 !== v9) ? 1 : 0);
      }
      acc8 = (acc8 + (valid ? 1 : 0) | 0);
      acc11_key = $umin(acc11_key, k_acc11);
      acc11_nan = (acc11_nan | q_acc11);
    }
    F_v4[row] = acc4;
    F_v8[row] = $fr(acc8 >>> 0);
    F_v11[row] = ((acc11_nan !== 0) ? NaN : adv_order_value(acc11_key));
  }
  // reduce to rollout %13: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    const v11 = F_v11[row0];
    let acc13_0 = 0;
    const v14 = F_v11[row1];
    let acc13_1 = 0;
    const v17 = F_v11[row2];
    let acc13_2 = 0;
    const v20 = F_v11[row3];
    let acc13_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      if (valid_0) {
        const v10 = F_entropy[(Math.imul(row0, u_T) + t | 0)];
        const v12 = $fr(v10 - v11);
        acc13_0 = $fr(acc13_0 + v12);
      }
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      if (valid_1) {
        const v13 = F_entropy[(Math.imul(row1, u_T) + t | 0)];
        const v15 = $fr(v13 - v14);
        acc13_1 = $fr(acc13_1 + v15);
      }
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      if (valid_2) {
        const v16 = F_entropy[(Math.imul(row2, u_T) + t | 0)];
        const v18 = $fr(v16 - v17);
        acc13_2 = $fr(acc13_2 + v18);
      }
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      if (valid_3) {
        const v19 = F_entropy[(Math.imul(row3, u_T) + t | 0)];
        const v21 = $fr(v19 - v20);
        acc13_3 = $fr(acc13_3 + v21);
      }
    }
    F_v13[row0] = acc13_0;
    F_v13[row1] = acc13_1;
    F_v13[row2] = acc13_2;
    F_v13[row3] = acc13_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v23 = F_v11[row];
    let acc13 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      if (valid) {
        const v22 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v24 = $fr(v22 - v23);
        acc13 = $fr(acc13 + v24);
      }
    }
    F_v13[row] = acc13;
  }
  // reduce to group %22, %24, %27, %29, %40
  let acc22 = 0;
  let acc24 = 0;
  let acc27 = 0;
  let acc29 = 0;
  let acc40 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v25 = F_v11[row];
    const v26 = F_v13[row];
    const v27 = F_v8[row];
    const v28 = $fr(v26 / v27);
    const v29 = $fr(v25 + v28);
    const v30 = $fr(v29 + u_p_epsilon);
    const v31 = $fr(1 / v30);
    const v32 = F_v4[row];
    const v33 = (v32 > 0);
    const v34 = (v33 ? v29 : v31);
    const v35 = (v27 > 0);
    const v36 = (v35 ? v34 : 0);
    const v37 = (v33 ? v36 : 0);
    const v38 = (v33 ? 0 : v36);
    const v39 = (v33 ? 1 : 0);
    const v40 = (v33 ? 0 : 1);
    acc22 = $fr(acc22 + v37);
    acc24 = $fr(acc24 + v38);
    acc27 = $fr(acc27 + v39);
    acc29 = $fr(acc29 + v40);
    acc40 = (acc40 + 1 | 0);
  }
  if ((lid === 0)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v27[g] = acc27;
    F_v29[g] = acc29;
    F_v40[g] = $fr(acc40 >>> 0);
  }
  // reduce to group %42, %43, %49
  let acc42 = 0;
  let acc43 = Infinity;
  let acc49 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v41 = F_v4[row];
    const v42 = (v41 > 0);
    const v43 = (v42 ? 1 : (-1));
    const v44 = F_v11[row];
    const v45 = F_v13[row];
    const v46 = F_v8[row];
    const v47 = $fr(v45 / v46);
    const v48 = $fr(v44 + v47);
    const v49 = $fr(v48 + u_p_epsilon);
    const v50 = $fr(1 / v49);
    const v51 = (v42 ? v48 : v50);
    const v52 = (v46 > 0);
    const v53 = (v52 ? v51 : 0);
    const v54 = (v42 ? acc22 : acc24);
    const v55 = $fr(v53 / v54);
    const v56 = (v42 ? acc27 : acc29);
    const v57 = $fr(v55 * v56);
    const v58 = (v54 > 0);
    const v59 = (v58 ? v57 : 1);
    const v60 = $fr(u_p_beta2 * v59);
    const v61 = $fr(u_p_beta1 + v60);
    const v62 = $fr(v43 * v61);
    acc42 = (acc42 + 1 | 0);
    acc43 = Math.min(acc43, v62);
    acc49 = Math.max(acc49, v62);
  }
  if ((lid === 0)) {
    F_v42[g] = $fr(acc42 >>> 0);
    F_v43[g] = acc43;
    F_v49[g] = acc49;
  }
  // reduce to group %45
  let acc45 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v63 = F_v4[row];
    const v64 = (v63 > 0);
    const v65 = (v64 ? 1 : (-1));
    const v66 = F_v11[row];
    const v67 = F_v13[row];
    const v68 = F_v8[row];
    const v69 = $fr(v67 / v68);
    const v70 = $fr(v66 + v69);
    const v71 = $fr(v70 + u_p_epsilon);
    const v72 = $fr(1 / v71);
    const v73 = (v64 ? v70 : v72);
    const v74 = (v68 > 0);
    const v75 = (v74 ? v73 : 0);
    const v76 = (v64 ? acc22 : acc24);
    const v77 = $fr(v75 / v76);
    const v78 = (v64 ? acc27 : acc29);
    const v79 = $fr(v77 * v78);
    const v80 = (v76 > 0);
    const v81 = (v80 ? v79 : 1);
    const v82 = $fr(u_p_beta2 * v81);
    const v83 = $fr(u_p_beta1 + v82);
    const v84 = $fr(v65 * v83);
    const v85 = $fr(v84 - acc43);
    acc45 = $fr(acc45 + v85);
  }
  if ((lid === 0)) {
    F_v45[g] = acc45;
  }
  // reduce to group %55
  const v108 = $fr(acc45 / $fr(acc42 >>> 0));
  const v109 = $fr(acc43 + v108);
  const v111 = $fr(acc49 - acc43);
  const v112 = (v111 > 0);
  const v113 = (v112 ? v111 : 1);
  let acc55 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v86 = F_v4[row];
    const v87 = (v86 > 0);
    const v88 = (v87 ? 1 : (-1));
    const v89 = F_v11[row];
    const v90 = F_v13[row];
    const v91 = F_v8[row];
    const v92 = $fr(v90 / v91);
    const v93 = $fr(v89 + v92);
    const v94 = $fr(v93 + u_p_epsilon);
    const v95 = $fr(1 / v94);
    const v96 = (v87 ? v93 : v95);
    const v97 = (v91 > 0);
    const v98 = (v97 ? v96 : 0);
    const v99 = (v87 ? acc22 : acc24);
    const v100 = $fr(v98 / v99);
    const v101 = (v87 ? acc27 : acc29);
    const v102 = $fr(v100 * v101);
    const v103 = (v99 > 0);
    const v104 = (v103 ? v102 : 1);
    const v105 = $fr(u_p_beta2 * v104);
    const v106 = $fr(u_p_beta1 + v105);
    const v107 = $fr(v88 * v106);
    const v110 = $fr(v107 - v109);
    const v114 = $fr(v110 / v113);
    const v115 = $fr(v114 * v114);
    acc55 = $fr(acc55 + v115);
  }
  if ((lid === 0)) {
    F_v55[g] = acc55;
  }
  const v139 = $fr($fr(acc42 >>> 0) - 1);
  const v140 = $fr(acc55 / v139);
  const v141 = $fr(Math.sqrt(v140));
  const v142 = $fr(v141 * v113);
  const v143 = $fr(v142 + u_p_epsilon);
  const v147 = ($fr(acc40 >>> 0) > 1);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v116 = F_v4[row];
    const v117 = (v116 > 0);
    const v118 = (v117 ? 1 : (-1));
    const v119 = F_v11[row];
    const v120 = F_v13[row];
    const v121 = F_v8[row];
    const v122 = $fr(v120 / v121);
    const v123 = $fr(v119 + v122);
    const v124 = $fr(v123 + u_p_epsilon);
    const v125 = $fr(1 / v124);
    const v126 = (v117 ? v123 : v125);
    const v127 = (v121 > 0);
    const v128 = (v127 ? v126 : 0);
    const v129 = (v117 ? acc22 : acc24);
    const v130 = $fr(v128 / v129);
    const v131 = (v117 ? acc27 : acc29);
    const v132 = $fr(v130 * v131);
    const v133 = (v129 > 0);
    const v134 = (v133 ? v132 : 1);
    const v135 = $fr(u_p_beta2 * v134);
    const v136 = $fr(u_p_beta1 + v135);
    const v137 = $fr(v118 * v136);
    const v138 = $fr(v137 - v109);
    const v144 = $fr(v138 / v143);
    const v145 = (v138 === 0);
    const v146 = (v145 ? 0 : v144);
    const v148 = (v147 ? v146 : 0);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v149 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v150 = $fr(v149);
      const v151 = $fr(v148 * v150);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v151;
    }
  }
}
let u, $F_token_level_rewards, $F_entropy, $F_v4, $F_v8, $F_v11, $F_v13, $F_v22, $F_v24, $F_v27, $F_v29, $F_v40, $F_v42, $F_v43, $F_v49, $F_v45, $F_v55, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_entropy = f["entropy"];
  $F_v4 = f["v4"];
  $F_v8 = f["v8"];
  $F_v11 = f["v11"];
  $F_v13 = f["v13"];
  $F_v22 = f["v22"];
  $F_v24 = f["v24"];
  $F_v27 = f["v27"];
  $F_v29 = f["v29"];
  $F_v40 = f["v40"];
  $F_v42 = f["v42"];
  $F_v43 = f["v43"];
  $F_v49 = f["v49"];
  $F_v45 = f["v45"];
  $F_v55 = f["v55"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };