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
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_p_weight_0 = u.p_weight_0;
  const u_p_weight_1 = u.p_weight_1;
  const u_p_weight_2 = u.p_weight_2;
  const u_p_weight_3 = u.p_weight_3;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const F_v7 = $F_v7;
  const F_v11 = $F_v11;
  const F_v19 = $F_v19;
  const F_v39 = $F_v39;
  const F_v41 = $F_v41;
  const F_v48 = $F_v48;
  const F_v69 = $F_v69;
  const F_v71 = $F_v71;
  const F_v78 = $F_v78;
  const F_v99 = $F_v99;
  const F_v101 = $F_v101;
  const F_v108 = $F_v108;
  const F_v13 = $F_v13;
  const F_v43 = $F_v43;
  const F_v73 = $F_v73;
  const F_v103 = $F_v103;
  const F_v26 = $F_v26;
  const F_v55 = $F_v55;
  const F_v85 = $F_v85;
  const F_v115 = $F_v115;
  const I_response_mask = $I_response_mask;
  const F_v131 = $F_v131;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v150_partial = $F_v150_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to group %7, %11, %19, %39, %41, %48, %69, %71, %78, %99, %101, %108
  let acc7 = 0;
  let acc11 = Infinity;
  let acc19 = (-Infinity);
  let acc39 = 0;
  let acc41 = Infinity;
  let acc48 = (-Infinity);
  let acc69 = 0;
  let acc71 = Infinity;
  let acc78 = (-Infinity);
  let acc99 = 0;
  let acc101 = Infinity;
  let acc108 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v0 = F_gdpo_reward_0[row];
    const v1 = F_gdpo_reward_1[row];
    const v2 = F_gdpo_reward_2[row];
    const v3 = F_gdpo_reward_3[row];
    acc7 = (acc7 + 1 | 0);
    acc11 = Math.min(acc11, v0);
    acc19 = Math.max(acc19, v0);
    acc39 = (acc39 + 1 | 0);
    acc41 = Math.min(acc41, v1);
    acc48 = Math.max(acc48, v1);
    acc69 = (acc69 + 1 | 0);
    acc71 = Math.min(acc71, v2);
    acc78 = Math.max(acc78, v2);
    acc99 = (acc99 + 1 | 0);
    acc101 = Math.min(acc101, v3);
    acc108 = Math.max(acc108, v3);
  }
  if ((lid === 0)) {
    F_v7[g] = $fr(acc7 >>> 0);
    F_v11[g] = acc11;
    F_v19[g] = acc19;
    F_v39[g] = $fr(acc39 >>> 0);
    F_v41[g] = acc41;
    F_v48[g] = acc48;
    F_v69[g] = $fr(acc69 >>> 0);
    F_v71[g] = acc71;
    F_v78[g] = acc78;
    F_v99[g] = $fr(acc99 >>> 0);
    F_v101[g] = acc101;
    F_v108[g] = acc108;
  }
  // reduce to group %13, %43, %73, %103
  let acc13 = 0;
  let acc43 = 0;
  let acc73 = 0;
  let acc103 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v4 = F_gdpo_reward_0[row];
    const v5 = $fr(v4 - acc11);
    const v6 = F_gdpo_reward_1[row];
    const v7 = $fr(v6 - acc41);
    const v8 = F_gdpo_reward_2[row];
    const v9 = $fr(v8 - acc71);
    const v10 = F_gdpo_reward_3[row];
    const v11 = $fr(v10 - acc101);
    acc13 = $fr(acc13 + v5);
    acc43 = $fr(acc43 + v7);
    acc73 = $fr(acc73 + v9);
    acc103 = $fr(acc103 + v11);
  }
  if ((lid === 0)) {
    F_v13[g] = acc13;
    F_v43[g] = acc43;
    F_v73[g] = acc73;
    F_v103[g] = acc103;
  }
  // reduce to group %26, %55, %85, %115
  const v13 = $fr(acc13 / $fr(acc7 >>> 0));
  const v14 = $fr(acc11 + v13);
  const v16 = $fr(acc19 - acc11);
  const v17 = (v16 > 0);
  const v18 = (v17 ? v16 : 1);
  const v22 = $fr(acc43 / $fr(acc39 >>> 0));
  const v23 = $fr(acc41 + v22);
  const v25 = $fr(acc48 - acc41);
  const v26 = (v25 > 0);
  const v27 = (v26 ? v25 : 1);
  const v31 = $fr(acc73 / $fr(acc69 >>> 0));
  const v32 = $fr(acc71 + v31);
  const v34 = $fr(acc78 - acc71);
  const v35 = (v34 > 0);
  const v36 = (v35 ? v34 : 1);
  const v40 = $fr(acc103 / $fr(acc99 >>> 0));
  const v41 = $fr(acc101 + v40);
  const v43 = $fr(acc108 - acc101);
  const v44 = (v43 > 0);
  const v45 = (v44 ? v43 : 1);
  let acc26 = 0;
  let acc55 = 0;
  let acc85 = 0;
  let acc115 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v12 = F_gdpo_reward_0[row];
    const v15 = $fr(v12 - v14);
    const v19 = $fr(v15 / v18);
    const v20 = $fr(v19 * v19);
    const v21 = F_gdpo_reward_1[row];
    const v24 = $fr(v21 - v23);
    const v28 = $fr(v24 / v27);
    const v29 = $fr(v28 * v28);
    const v30 = F_gdpo_reward_2[row];
    const v33 = $fr(v30 - v32);
    const v37 = $fr(v33 / v36);
    const v38 = $fr(v37 * v37);
    const v39 = F_gdpo_reward_3[row];
    const v42 = $fr(v39 - v41);
    const v46 = $fr(v42 / v45);
    const v47 = $fr(v46 * v46);
    acc26 = $fr(acc26 + v20);
    acc55 = $fr(acc55 + v29);
    acc85 = $fr(acc85 + v38);
    acc115 = $fr(acc115 + v47);
  }
  if ((lid === 0)) {
    F_v26[g] = acc26;
    F_v55[g] = acc55;
    F_v85[g] = acc85;
    F_v115[g] = acc115;
  }
  // reduce to rollout %131: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc131_0 = 0;
    let acc131_1 = 0;
    let acc131_2 = 0;
    let acc131_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc131_0 = (acc131_0 + 1 | 0);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc131_1 = (acc131_1 + 1 | 0);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc131_2 = (acc131_2 + 1 | 0);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc131_3 = (acc131_3 + 1 | 0);
      }
    }
    F_v131[row0] = $fr(acc131_0 >>> 0);
    F_v131[row1] = $fr(acc131_1 >>> 0);
    F_v131[row2] = $fr(acc131_2 >>> 0);
    F_v131[row3] = $fr(acc131_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc131 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc131 = (acc131 + 1 | 0);
      }
    }
    F_v131[row] = $fr(acc131 >>> 0);
  }
  // reduce to group %132 (batch partial), %139 (batch partial), %150 (batch partial)
  const v50 = ($fr(acc7 >>> 0) > 1);
  const v51 = (v50 ? v14 : 0);
  const v53 = $fr($fr(acc7 >>> 0) - 1);
  const v54 = $fr(acc26 / v53);
  const v55 = $fr(Math.sqrt(v54));
  const v56 = $fr(v55 * v18);
  const v57 = (v50 ? v56 : 1);
  const v58 = $fr(v57 + u_p_epsilon);
  const v65 = ($fr(acc39 >>> 0) > 1);
  const v66 = (v65 ? v23 : 0);
  const v68 = $fr($fr(acc39 >>> 0) - 1);
  const v69 = $fr(acc55 / v68);
  const v70 = $fr(Math.sqrt(v69));
  const v71 = $fr(v70 * v27);
  const v72 = (v65 ? v71 : 1);
  const v73 = $fr(v72 + u_p_epsilon);
  const v81 = ($fr(acc69 >>> 0) > 1);
  const v82 = (v81 ? v32 : 0);
  const v84 = $fr($fr(acc69 >>> 0) - 1);
  const v85 = $fr(acc85 / v84);
  const v86 = $fr(Math.sqrt(v85));
  const v87 = $fr(v86 * v36);
  const v88 = (v81 ? v87 : 1);
  const v89 = $fr(v88 + u_p_epsilon);
  const v97 = ($fr(acc99 >>> 0) > 1);
  const v98 = (v97 ? v41 : 0);
  const v100 = $fr($fr(acc99 >>> 0) - 1);
  const v101 = $fr(acc115 / v100);
  const v102 = $fr(Math.sqrt(v101));
  const v103 = $fr(v102 * v45);
  const v104 = (v97 ? v103 : 1);
  const v105 = $fr(v104 + u_p_epsilon);
  const v112 = $fr(1);
  let acc132 = 0;
  let acc139 = Infinity;
  let acc150 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v48 = F_v131[row];
    const v49 = F_gdpo_reward_0[row];
    const v52 = $fr(v49 - v51);
    const v59 = $fr(v52 / v58);
    const v60 = (v52 === 0);
    const v61 = (v60 ? 0 : v59);
    const v62 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v61 : v52);
    const v63 = $fr(u_p_weight_0 * v62);
    const v64 = F_gdpo_reward_1[row];
    const v67 = $fr(v64 - v66);
    const v74 = $fr(v67 / v73);
    const v75 = (v67 === 0);
    const v76 = (v75 ? 0 : v74);
    const v77 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v76 : v67);
    const v78 = $fr(u_p_weight_1 * v77);
    const v79 = $fr(v63 + v78);
    const v80 = F_gdpo_reward_2[row];
    const v83 = $fr(v80 - v82);
    const v90 = $fr(v83 / v89);
    const v91 = (v83 === 0);
    const v92 = (v91 ? 0 : v90);
    const v93 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v92 : v83);
    const v94 = $fr(u_p_weight_2 * v93);
    const v95 = $fr(v79 + v94);
    const v96 = F_gdpo_reward_3[row];
    const v99 = $fr(v96 - v98);
    const v106 = $fr(v99 / v105);
    const v107 = (v99 === 0);
    const v108 = (v107 ? 0 : v106);
    const v109 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v108 : v99);
    const v110 = $fr(u_p_weight_3 * v109);
    const v111 = $fr(v95 + v110);
    const v113 = $fr(v111 * v112);
    const v114 = (v48 > 0);
    const v115 = (v114 ? v113 : Infinity);
    const v116 = (v114 ? v113 : (-Infinity));
    acc132 = $fr(acc132 + v48);
    acc139 = Math.min(acc139, v115);
    acc150 = Math.max(acc150, v116);
  }
  if ((lid === 0)) {
    F_v132_partial[g] = acc132;
    F_v139_partial[g] = acc139;
    F_v150_partial[g] = acc150;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_p_weight_0 = u.p_weight_0;
  const u_p_weight_1 = u.p_weight_1;
  const u_p_weight_2 = u.p_weight_2;
  const u_p_weight_3 = u.p_weight_3;
  const I_starts = $I_starts;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v150_partial = $F_v150_partial;
  const F_v11 = $F_v11;
  const F_v13 = $F_v13;
  const F_v7 = $F_v7;
  const F_v26 = $F_v26;
  const F_v19 = $F_v19;
  const F_v41 = $F_v41;
  const F_v43 = $F_v43;
  const F_v39 = $F_v39;
  const F_v55 = $F_v55;
  const F_v48 = $F_v48;
  const F_v71 = $F_v71;
  const F_v73 = $F_v73;
  const F_v69 = $F_v69;
  const F_v85 = $F_v85;
  const F_v78 = $F_v78;
  const F_v101 = $F_v101;
  const F_v103 = $F_v103;
  const F_v99 = $F_v99;
  const F_v115 = $F_v115;
  const F_v108 = $F_v108;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const F_v131 = $F_v131;
  const F_v143_partial = $F_v143_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %132, %139, %150: combine every group's partial
  let acc_b132 = 0;
  let acc_b139 = Infinity;
  let acc_b150 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b132 = $fr(acc_b132 + F_v132_partial[i]);
    acc_b139 = Math.min(acc_b139, F_v139_partial[i]);
    acc_b150 = Math.max(acc_b150, F_v150_partial[i]);
  }
  // reduce to group %143 (batch partial)
  const v118 = F_v11[g];
  const v119 = F_v13[g];
  const v120 = F_v7[g];
  const v121 = $fr(v119 / v120);
  const v122 = $fr(v118 + v121);
  const v123 = (v120 > 1);
  const v124 = (v123 ? v122 : 0);
  const v126 = F_v26[g];
  const v127 = $fr(v120 - 1);
  const v128 = $fr(v126 / v127);
  const v129 = $fr(Math.sqrt(v128));
  const v130 = F_v19[g];
  const v131 = $fr(v130 - v118);
  const v132 = (v131 > 0);
  const v133 = (v132 ? v131 : 1);
  const v134 = $fr(v129 * v133);
  const v135 = (v123 ? v134 : 1);
  const v136 = $fr(v135 + u_p_epsilon);
  const v143 = F_v41[g];
  const v144 = F_v43[g];
  const v145 = F_v39[g];
  const v146 = $fr(v144 / v145);
  const v147 = $fr(v143 + v146);
  const v148 = (v145 > 1);
  const v149 = (v148 ? v147 : 0);
  const v151 = F_v55[g];
  const v152 = $fr(v145 - 1);
  const v153 = $fr(v151 / v152);
  const v154 = $fr(Math.sqrt(v153));
  const v155 = F_v48[g];
  const v156 = $fr(v155 - v143);
  const v157 = (v156 > 0);
  const v158 = (v157 ? v156 : 1);
  const v159 = $fr(v154 * v158);
  const v160 = (v148 ? v159 : 1);
  const v161 = $fr(v160 + u_p_epsilon);
  const v169 = F_v71[g];
  const v170 = F_v73[g];
  const v171 = F_v69[g];
  const v172 = $fr(v170 / v171);
  const v173 = $fr(v169 + v172);
  const v174 = (v171 > 1);
  const v175 = (v174 ? v173 : 0);
  const v177 = F_v85[g];
  const v178 = $fr(v171 - 1);
  const v179 = $fr(v177 / v178);
  const v180 = $fr(Math.sqrt(v179));
  const v181 = F_v78[g];
  const v182 = $fr(v181 - v169);
  const v183 = (v182 > 0);
  const v184 = (v183 ? v182 : 1);
  const v185 = $fr(v180 * v184);
  const v186 = (v174 ? v185 : 1);
  const v187 = $fr(v186 + u_p_epsilon);
  const v195 = F_v101[g];
  const v196 = F_v103[g];
  const v197 = F_v99[g];
  const v198 = $fr(v196 / v197);
  const v199 = $fr(v195 + v198);
  const v200 = (v197 > 1);
  const v201 = (v200 ? v199 : 0);
  const v203 = F_v115[g];
  const v204 = $fr(v197 - 1);
  const v205 = $fr(v203 / v204);
  const v206 = $fr(Math.sqrt(v205));
  const v207 = F_v108[g];
  const v208 = $fr(v207 - v195);
  const v209 = (v208 > 0);
  const v210 = (v209 ? v208 : 1);
  const v211 = $fr(v206 * v210);
  const v212 = (v200 ? v211 : 1);
  const v213 = $fr(v212 + u_p_epsilon);
  const v220 = $fr(1);
  let acc143 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v117 = F_gdpo_reward_0[row];
    const v125 = $fr(v117 - v124);
    const v137 = $fr(v125 / v136);
    const v138 = (v125 === 0);
    const v139 = (v138 ? 0 : v137);
    const v140 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v139 : v125);
    const v141 = $fr(u_p_weight_0 * v140);
    const v142 = F_gdpo_reward_1[row];
    const v150 = $fr(v142 - v149);
    const v162 = $fr(v150 / v161);
    const v163 = (v150 === 0);
    const v164 = (v163 ? 0 : v162);
    const v165 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v164 : v150);
    const v166 = $fr(u_p_weight_1 * v165);
    const v167 = $fr(v141 + v166);
    const v168 = F_gdpo_reward_2[row];
    const v176 = $fr(v168 - v175);
    const v188 = $fr(v176 / v187);
    const v189 = (v176 === 0);
    const v190 = (v189 ? 0 : v188);
    const v191 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v190 : v176);
    const v192 = $fr(u_p_weight_2 * v191);
    const v193 = $fr(v167 + v192);
    const v194 = F_gdpo_reward_3[row];
    const v202 = $fr(v194 - v201);
    const v214 = $fr(v202 / v213);
    const v215 = (v202 === 0);
    const v216 = (v215 ? 0 : v214);
    const v217 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v216 : v202);
    const v218 = $fr(u_p_weight_3 * v217);
    const v219 = $fr(v193 + v218);
    const v221 = $fr(v219 * v220);
    const v222 = $fr(v221 - acc_b139);
    const v223 = F_v131[row];
    const v224 = $fr(v222 * v223);
    const v225 = (v223 > 0);
    const v226 = (v225 ? v224 : 0);
    acc143 = $fr(acc143 + v226);
  }
  if ((lid === 0)) {
    F_v143_partial[g] = acc143;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_p_weight_0 = u.p_weight_0;
  const u_p_weight_1 = u.p_weight_1;
  const u_p_weight_2 = u.p_weight_2;
  const u_p_weight_3 = u.p_weight_3;
  const I_starts = $I_starts;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v143_partial = $F_v143_partial;
  const F_v150_partial = $F_v150_partial;
  const F_v11 = $F_v11;
  const F_v13 = $F_v13;
  const F_v7 = $F_v7;
  const F_v26 = $F_v26;
  const F_v19 = $F_v19;
  const F_v41 = $F_v41;
  const F_v43 = $F_v43;
  const F_v39 = $F_v39;
  const F_v55 = $F_v55;
  const F_v48 = $F_v48;
  const F_v71 = $F_v71;
  const F_v73 = $F_v73;
  const F_v69 = $F_v69;
  const F_v85 = $F_v85;
  const F_v78 = $F_v78;
  const F_v101 = $F_v101;
  const F_v103 = $F_v103;
  const F_v99 = $F_v99;
  const F_v115 = $F_v115;
  const F_v108 = $F_v108;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const F_v131 = $F_v131;
  const F_v159_partial = $F_v159_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %132, %139, %143, %150: combine every group's partial
  let acc_b132 = 0;
  let acc_b139 = Infinity;
  let acc_b143 = 0;
  let acc_b150 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b132 = $fr(acc_b132 + F_v132_partial[i]);
    acc_b139 = Math.min(acc_b139, F_v139_partial[i]);
    acc_b143 = $fr(acc_b143 + F_v143_partial[i]);
    acc_b150 = Math.max(acc_b150, F_v150_partial[i]);
  }
  // reduce to group %159 (batch partial)
  const v228 = F_v11[g];
  const v229 = F_v13[g];
  const v230 = F_v7[g];
  const v231 = $fr(v229 / v230);
  const v232 = $fr(v228 + v231);
  const v233 = (v230 > 1);
  const v234 = (v233 ? v232 : 0);
  const v236 = F_v26[g];
  const v237 = $fr(v230 - 1);
  const v238 = $fr(v236 / v237);
  const v239 = $fr(Math.sqrt(v238));
  const v240 = F_v19[g];
  const v241 = $fr(v240 - v228);
  const v242 = (v241 > 0);
  const v243 = (v242 ? v241 : 1);
  const v244 = $fr(v239 * v243);
  const v245 = (v233 ? v244 : 1);
  const v246 = $fr(v245 + u_p_epsilon);
  const v253 = F_v41[g];
  const v254 = F_v43[g];
  const v255 = F_v39[g];
  const v256 = $fr(v254 / v255);
  const v257 = $fr(v253 + v256);
  const v258 = (v255 > 1);
  const v259 = (v258 ? v257 : 0);
  const v261 = F_v55[g];
  const v262 = $fr(v255 - 1);
  const v263 = $fr(v261 / v262);
  const v264 = $fr(Math.sqrt(v263));
  const v265 = F_v48[g];
  const v266 = $fr(v265 - v253);
  const v267 = (v266 > 0);
  const v268 = (v267 ? v266 : 1);
  const v269 = $fr(v264 * v268);
  const v270 = (v258 ? v269 : 1);
  const v271 = $fr(v270 + u_p_epsilon);
  const v279 = F_v71[g];
  const v280 = F_v73[g];
  const v281 = F_v69[g];
  const v282 = $fr(v280 / v281);
  const v283 = $fr(v279 + v282);
  const v284 = (v281 > 1);
  const v285 = (v284 ? v283 : 0);
  const v287 = F_v85[g];
  const v288 = $fr(v281 - 1);
  const v289 = $fr(v287 / v288);
  const v290 = $fr(Math.sqrt(v289));
  const v291 = F_v78[g];
  const v292 = $fr(v291 - v279);
  const v293 = (v292 > 0);
  const v294 = (v293 ? v292 : 1);
  const v295 = $fr(v290 * v294);
  const v296 = (v284 ? v295 : 1);
  const v297 = $fr(v296 + u_p_epsilon);
  const v305 = F_v101[g];
  const v306 = F_v103[g];
  const v307 = F_v99[g];
  const v308 = $fr(v306 / v307);
  const v309 = $fr(v305 + v308);
  const v310 = (v307 > 1);
  const v311 = (v310 ? v309 : 0);
  const v313 = F_v115[g];
  const v314 = $fr(v307 - 1);
  const v315 = $fr(v313 / v314);
  const v316 = $fr(Math.sqrt(v315));
  const v317 = F_v108[g];
  const v318 = $fr(v317 - v305);
  const v319 = (v318 > 0);
  const v320 = (v319 ? v318 : 1);
  const v321 = $fr(v316 * v320);
  const v322 = (v310 ? v321 : 1);
  const v323 = $fr(v322 + u_p_epsilon);
  const v330 = $fr(1);
  const v332 = $fr(acc_b143 / acc_b132);
  const v333 = $fr(acc_b139 + v332);
  const v335 = $fr(acc_b150 - acc_b139);
  const v336 = (v335 > 0);
  const v337 = (v336 ? v335 : 1);
  let acc159 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v227 = F_gdpo_reward_0[row];
    const v235 = $fr(v227 - v234);
    const v247 = $fr(v235 / v246);
    const v248 = (v235 === 0);
    const v249 = (v248 ? 0 : v247);
    const v250 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v249 : v235);
    const v251 = $fr(u_p_weight_0 * v250);
    const v252 = F_gdpo_reward_1[row];
    const v260 = $fr(v252 - v259);
    const v272 = $fr(v260 / v271);
    const v273 = (v260 === 0);
    const v274 = (v273 ? 0 : v272);
    const v275 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v274 : v260);
    const v276 = $fr(u_p_weight_1 * v275);
    const v277 = $fr(v251 + v276);
    const v278 = F_gdpo_reward_2[row];
    const v286 = $fr(v278 - v285);
    const v298 = $fr(v286 / v297);
    const v299 = (v286 === 0);
    const v300 = (v299 ? 0 : v298);
    const v301 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v300 : v286);
    const v302 = $fr(u_p_weight_2 * v301);
    const v303 = $fr(v277 + v302);
    const v304 = F_gdpo_reward_3[row];
    const v312 = $fr(v304 - v311);
    const v324 = $fr(v312 / v323);
    const v325 = (v312 === 0);
    const v326 = (v325 ? 0 : v324);
    const v327 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v326 : v312);
    const v328 = $fr(u_p_weight_3 * v327);
    const v329 = $fr(v303 + v328);
    const v331 = $fr(v329 * v330);
    const v334 = $fr(v331 - v333);
    const v338 = $fr(v334 / v337);
    const v339 = $fr(v338 * v338);
    const v340 = F_v131[row];
    const v341 = $fr(v339 * v340);
    const v342 = (v340 > 0);
    const v343 = (v342 ? v341 : 0);
    acc159 = $fr(acc159 + v343);
  }
  if ((lid === 0)) {
    F_v159_partial[g] = acc159;
  }
}
function stage3(wid, lane) {
  const u_G = u.G;
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_p_weight_0 = u.p_weight_0;
  const u_p_weight_1 = u.p_weight_1;
  const u_p_weight_2 = u.p_weight_2;
  const u_p_weight_3 = u.p_weight_3;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v143_partial = $F_v143_partial;
  const F_v150_partial = $F_v150_partial;
  const F_v159_partial = $F_v159_partial;
  const F_v11 = $F_v11;
  const F_v13 = $F_v13;
  const F_v7 = $F_v7;
  const F_v26 = $F_v26;
  const F_v19 = $F_v19;
  const F_v41 = $F_v41;
  const F_v43 = $F_v43;
  const F_v39 = $F_v39;
  const F_v55 = $F_v55;
  const F_v48 = $F_v48;
  const F_v71 = $F_v71;
  const F_v73 = $F_v73;
  const F_v69 = $F_v69;
  const F_v85 = $F_v85;
  const F_v78 = $F_v78;
  const F_v101 = $F_v101;
  const F_v103 = $F_v103;
  const F_v99 = $F_v99;
  const F_v115 = $F_v115;
  const F_v108 = $F_v108;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %132, %139, %143, %150, %159: combine every group's partial
  let acc_b132 = 0;
  let acc_b139 = Infinity;
  let acc_b143 = 0;
  let acc_b150 = (-Infinity);
  let acc_b159 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b132 = $fr(acc_b132 + F_v132_partial[i]);
    acc_b139 = Math.min(acc_b139, F_v139_partial[i]);
    acc_b143 = $fr(acc_b143 + F_v143_partial[i]);
    acc_b150 = Math.max(acc_b150, F_v150_partial[i]);
    acc_b159 = $fr(acc_b159 + F_v159_partial[i]);
  }
  const v345 = F_v11[g];
  const v346 = F_v13[g];
  const v347 = F_v7[g];
  const v348 = $fr(v346 / v347);
  const v349 = $fr(v345 + v348);
  const v350 = (v347 > 1);
  const v351 = (v350 ? v349 : 0);
  const v353 = F_v26[g];
  const v354 = $fr(v347 - 1);
  const v355 = $fr(v353 / v354);
  const v356 = $fr(Math.sqrt(v355));
  const v357 = F_v19[g];
  const v358 = $fr(v357 - v345);
  const v359 = (v358 > 0);
  const v360 = (v359 ? v358 : 1);
  const v361 = $fr(v356 * v360);
  const v362 = (v350 ? v361 : 1);
  const v363 = $fr(v362 + u_p_epsilon);
  const v370 = F_v41[g];
  const v371 = F_v43[g];
  const v372 = F_v39[g];
  const v373 = $fr(v371 / v372);
  const v374 = $fr(v370 + v373);
  const v375 = (v372 > 1);
  const v376 = (v375 ? v374 : 0);
  const v378 = F_v55[g];
  const v379 = $fr(v372 - 1);
  const v380 = $fr(v378 / v379);
  const v381 = $fr(Math.sqrt(v380));
  const v382 = F_v48[g];
  const v383 = $fr(v382 - v370);
  const v384 = (v383 > 0);
  const v385 = (v384 ? v383 : 1);
  const v386 = $fr(v381 * v385);
  const v387 = (v375 ? v386 : 1);
  const v388 = $fr(v387 + u_p_epsilon);
  const v396 = F_v71[g];
  const v397 = F_v73[g];
  const v398 = F_v69[g];
  const v399 = $fr(v397 / v398);
  const v400 = $fr(v396 + v399);
  const v401 = (v398 > 1);
  const v402 = (v401 ? v400 : 0);
  const v404 = F_v85[g];
  const v405 = $fr(v398 - 1);
  const v406 = $fr(v404 / v405);
  const v407 = $fr(Math.sqrt(v406));
  const v408 = F_v78[g];
  const v409 = $fr(v408 - v396);
  const v410 = (v409 > 0);
  const v411 = (v410 ? v409 : 1);
  const v412 = $fr(v407 * v411);
  const v413 = (v401 ? v412 : 1);
  const v414 = $fr(v413 + u_p_epsilon);
  const v422 = F_v101[g];
  const v423 = F_v103[g];
  const v424 = F_v99[g];
  const v425 = $fr(v423 / v424);
  const v426 = $fr(v422 + v425);
  const v427 = (v424 > 1);
  const v428 = (v427 ? v426 : 0);
  const v430 = F_v115[g];
  const v431 = $fr(v424 - 1);
  const v432 = $fr(v430 / v431);
  const v433 = $fr(Math.sqrt(v432));
  const v434 = F_v108[g];
  const v435 = $fr(v434 - v422);
  const v436 = (v435 > 0);
  const v437 = (v436 ? v435 : 1);
  const v438 = $fr(v433 * v437);
  const v439 = (v427 ? v438 : 1);
  const v440 = $fr(v439 + u_p_epsilon);
  const v447 = $fr(acc_b143 / acc_b132);
  const v448 = $fr(acc_b139 + v447);
  const v449 = (acc_b132 > 0);
  const v450 = (v449 ? v448 : 0);
  const v452 = $fr(acc_b132 - 1);
  const v453 = $fr(acc_b159 / v452);
  const v454 = $fr(acc_b150 - acc_b139);
  const v455 = (v454 > 0);
  const v456 = (v455 ? v454 : 1);
  const v457 = $fr(v453 * v456);
  const v458 = $fr(v457 * v456);
  const v459 = (acc_b132 > 1);
  const v460 = (v459 ? v458 : 0);
  const v461 = $fr(v460 + 9.99999993922529e-9);
  const v462 = $fr(1 / Math.sqrt(v461));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v344 = F_gdpo_reward_0[row];
    const v352 = $fr(v344 - v351);
    const v364 = $fr(v352 / v363);
    const v365 = (v352 === 0);
    const v366 = (v365 ? 0 : v364);
    const v367 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v366 : v352);
    const v368 = $fr(u_p_weight_0 * v367);
    const v369 = F_gdpo_reward_1[row];
    const v377 = $fr(v369 - v376);
    const v389 = $fr(v377 / v388);
    const v390 = (v377 === 0);
    const v391 = (v390 ? 0 : v389);
    const v392 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v391 : v377);
    const v393 = $fr(u_p_weight_1 * v392);
    const v394 = $fr(v368 + v393);
    const v395 = F_gdpo_reward_2[row];
    const v403 = $fr(v395 - v402);
    const v415 = $fr(v403 / v414);
    const v416 = (v403 === 0);
    const v417 = (v416 ? 0 : v415);
    const v418 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v417 : v403);
    const v419 = $fr(u_p_weight_2 * v418);
    const v420 = $fr(v394 + v419);
    const v421 = F_gdpo_reward_3[row];
    const v429 = $fr(v421 - v428);
    const v441 = $fr(v429 / v440);
    const v442 = (v429 === 0);
    const v443 = (v442 ? 0 : v441);
    const v444 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v443 : v429);
    const v445 = $fr(u_p_weight_3 * v444);
    const v446 = $fr(v420 + v445);
    const v451 = $fr(v446 - v450);
    const v463 = $fr(v451 * v462);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v464 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v465 = $fr(v464);
      const v466 = $fr(v463 * v465);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v466;
    }
  }
}
let u, $F_gdpo_reward_0, $F_gdpo_reward_1, $F_gdpo_reward_2, $F_gdpo_reward_3, $F_v7, $F_v11, $F_v19, $F_v39, $F_v41, $F_v48, $F_v69, $F_v71, $F_v78, $F_v99, $F_v101, $F_v108, $F_v13, $F_v43, $F_v73, $F_v103, $F_v26, $F_v55, $F_v85, $F_v115, $F_v131, $F_v132_partial, $F_v139_partial, $F_v150_partial, $F_v143_partial, $F_v159_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_gdpo_reward_0 = f["gdpo_reward_0"];
  $F_gdpo_reward_1 = f["gdpo_reward_1"];
  $F_gdpo_reward_2 = f["gdpo_reward_2"];
  $F_gdpo_reward_3 = f["gdpo_reward_3"];
  $F_v7 = f["v7"];
  $F_v11 = f["v11"];
  $F_v19 = f["v19"];
  $F_v39 = f["v39"];
  $F_v41 = f["v41"];
  $F_v48 = f["v48"];
  $F_v69 = f["v69"];
  $F_v71 = f["v71"];
  $F_v78 = f["v78"];
  $F_v99 = f["v99"];
  $F_v101 = f["v101"];
  $F_v108 = f["v108"];
  $F_v13 = f["v13"];
  $F_v43 = f["v43"];
  $F_v73 = f["v73"];
  $F_v103 = f["v103"];
  $F_v26 = f["v26"];
  $F_v55 = f["v55"];
  $F_v85 = f["v85"];
  $F_v115 = f["v115"];
  $F_v131 = f["v131"];
  $F_v132_partial = f["v132_partial"];
  $F_v139_partial = f["v139_partial"];
  $F_v150_partial = f["v150_partial"];
  $F_v143_partial = f["v143_partial"];
  $F_v159_partial = f["v159_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };