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
  const I_response_mask = $I_response_mask;
  const F_v7 = $F_v7;
  const F_v10 = $F_v10;
  const F_v27 = $F_v27;
  const F_v29 = $F_v29;
  const F_v46 = $F_v46;
  const F_v48 = $F_v48;
  const F_v65 = $F_v65;
  const F_v67 = $F_v67;
  const F_v85_partial = $F_v85_partial;
  const F_v17 = $F_v17;
  const F_v35 = $F_v35;
  const F_v54 = $F_v54;
  const F_v73 = $F_v73;
  const F_v87_partial = $F_v87_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  let acc7 = 0;
  let acc10 = 0;
  let acc27 = 0;
  let acc29 = 0;
  let acc46 = 0;
  let acc48 = 0;
  let acc65 = 0;
  let acc67 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v0 = F_gdpo_reward_0[row];
    const v1 = F_gdpo_reward_1[row];
    const v2 = F_gdpo_reward_2[row];
    const v3 = F_gdpo_reward_3[row];
    acc7 = $fr(acc7 + 1);
    acc10 = $fr(acc10 + v0);
    acc27 = $fr(acc27 + 1);
    acc29 = $fr(acc29 + v1);
    acc46 = $fr(acc46 + 1);
    acc48 = $fr(acc48 + v2);
    acc65 = $fr(acc65 + 1);
    acc67 = $fr(acc67 + v3);
  }
  let acc85 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v5 = $fr(v4);
        acc85 = $fr(acc85 + v5);
      }
    }
  }
  if ((lid === 0)) {
    F_v7[g] = acc7;
    F_v10[g] = acc10;
    F_v27[g] = acc27;
    F_v29[g] = acc29;
    F_v46[g] = acc46;
    F_v48[g] = acc48;
    F_v65[g] = acc65;
    F_v67[g] = acc67;
    F_v85_partial[g] = acc85;
  }
  const v7 = $fr(acc10 / acc7);
  const v11 = $fr(acc29 / acc27);
  const v15 = $fr(acc48 / acc46);
  const v19 = $fr(acc67 / acc65);
  let acc17 = 0;
  let acc35 = 0;
  let acc54 = 0;
  let acc73 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v6 = F_gdpo_reward_0[row];
    const v8 = $fr(v6 - v7);
    const v9 = $fr(v8 * v8);
    const v10 = F_gdpo_reward_1[row];
    const v12 = $fr(v10 - v11);
    const v13 = $fr(v12 * v12);
    const v14 = F_gdpo_reward_2[row];
    const v16 = $fr(v14 - v15);
    const v17 = $fr(v16 * v16);
    const v18 = F_gdpo_reward_3[row];
    const v20 = $fr(v18 - v19);
    const v21 = $fr(v20 * v20);
    acc17 = $fr(acc17 + v9);
    acc35 = $fr(acc35 + v13);
    acc54 = $fr(acc54 + v17);
    acc73 = $fr(acc73 + v21);
  }
  if ((lid === 0)) {
    F_v17[g] = acc17;
    F_v35[g] = acc35;
    F_v54[g] = acc54;
    F_v73[g] = acc73;
  }
  const v23 = (acc7 > 1);
  const v24 = (v23 ? v7 : 0);
  const v26 = $fr(acc7 - 1);
  const v27 = $fr(acc17 / v26);
  const v28 = $fr(Math.sqrt(v27));
  const v29 = (v23 ? v28 : 1);
  const v30 = $fr(v29 + u_p_epsilon);
  const v35 = (acc27 > 1);
  const v36 = (v35 ? v11 : 0);
  const v38 = $fr(acc27 - 1);
  const v39 = $fr(acc35 / v38);
  const v40 = $fr(Math.sqrt(v39));
  const v41 = (v35 ? v40 : 1);
  const v42 = $fr(v41 + u_p_epsilon);
  const v48 = (acc46 > 1);
  const v49 = (v48 ? v15 : 0);
  const v51 = $fr(acc46 - 1);
  const v52 = $fr(acc54 / v51);
  const v53 = $fr(Math.sqrt(v52));
  const v54 = (v48 ? v53 : 1);
  const v55 = $fr(v54 + u_p_epsilon);
  const v61 = (acc65 > 1);
  const v62 = (v61 ? v19 : 0);
  const v64 = $fr(acc65 - 1);
  const v65 = $fr(acc73 / v64);
  const v66 = $fr(Math.sqrt(v65));
  const v67 = (v61 ? v66 : 1);
  const v68 = $fr(v67 + u_p_epsilon);
  let acc87 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v22 = F_gdpo_reward_0[row];
    const v25 = $fr(v22 - v24);
    const v31 = $fr(v25 / v30);
    const v32 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v31 : v25);
    const v33 = $fr(u_p_weight_0 * v32);
    const v34 = F_gdpo_reward_1[row];
    const v37 = $fr(v34 - v36);
    const v43 = $fr(v37 / v42);
    const v44 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v43 : v37);
    const v45 = $fr(u_p_weight_1 * v44);
    const v46 = $fr(v33 + v45);
    const v47 = F_gdpo_reward_2[row];
    const v50 = $fr(v47 - v49);
    const v56 = $fr(v50 / v55);
    const v57 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v56 : v50);
    const v58 = $fr(u_p_weight_2 * v57);
    const v59 = $fr(v46 + v58);
    const v60 = F_gdpo_reward_3[row];
    const v63 = $fr(v60 - v62);
    const v69 = $fr(v63 / v68);
    const v70 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v69 : v63);
    const v71 = $fr(u_p_weight_3 * v70);
    const v72 = $fr(v59 + v71);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v73 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v74 = $fr(v73);
        const v75 = $fr(v72 * v74);
        acc87 = $fr(acc87 + v75);
      }
    }
  }
  if ((lid === 0)) {
    F_v87_partial[g] = acc87;
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
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v85_partial = $F_v85_partial;
  const F_v87_partial = $F_v87_partial;
  const F_v10 = $F_v10;
  const F_v7 = $F_v7;
  const F_v17 = $F_v17;
  const F_v29 = $F_v29;
  const F_v27 = $F_v27;
  const F_v35 = $F_v35;
  const F_v48 = $F_v48;
  const F_v46 = $F_v46;
  const F_v54 = $F_v54;
  const F_v67 = $F_v67;
  const F_v65 = $F_v65;
  const F_v73 = $F_v73;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const I_response_mask = $I_response_mask;
  const F_v92_partial = $F_v92_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  let acc_b85 = 0;
  let acc_b87 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b85 = $fr(acc_b85 + F_v85_partial[i]);
    acc_b87 = $fr(acc_b87 + F_v87_partial[i]);
  }
  const v77 = F_v10[g];
  const v78 = F_v7[g];
  const v79 = $fr(v77 / v78);
  const v80 = (v78 > 1);
  const v81 = (v80 ? v79 : 0);
  const v83 = F_v17[g];
  const v84 = $fr(v78 - 1);
  const v85 = $fr(v83 / v84);
  const v86 = $fr(Math.sqrt(v85));
  const v87 = (v80 ? v86 : 1);
  const v88 = $fr(v87 + u_p_epsilon);
  const v93 = F_v29[g];
  const v94 = F_v27[g];
  const v95 = $fr(v93 / v94);
  const v96 = (v94 > 1);
  const v97 = (v96 ? v95 : 0);
  const v99 = F_v35[g];
  const v100 = $fr(v94 - 1);
  const v101 = $fr(v99 / v100);
  const v102 = $fr(Math.sqrt(v101));
  const v103 = (v96 ? v102 : 1);
  const v104 = $fr(v103 + u_p_epsilon);
  const v110 = F_v48[g];
  const v111 = F_v46[g];
  const v112 = $fr(v110 / v111);
  const v113 = (v111 > 1);
  const v114 = (v113 ? v112 : 0);
  const v116 = F_v54[g];
  const v117 = $fr(v111 - 1);
  const v118 = $fr(v116 / v117);
  const v119 = $fr(Math.sqrt(v118));
  const v120 = (v113 ? v119 : 1);
  const v121 = $fr(v120 + u_p_epsilon);
  const v127 = F_v67[g];
  const v128 = F_v65[g];
  const v129 = $fr(v127 / v128);
  const v130 = (v128 > 1);
  const v131 = (v130 ? v129 : 0);
  const v133 = F_v73[g];
  const v134 = $fr(v128 - 1);
  const v135 = $fr(v133 / v134);
  const v136 = $fr(Math.sqrt(v135));
  const v137 = (v130 ? v136 : 1);
  const v138 = $fr(v137 + u_p_epsilon);
  const v143 = $fr(acc_b87 / acc_b85);
  let acc92 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v76 = F_gdpo_reward_0[row];
    const v82 = $fr(v76 - v81);
    const v89 = $fr(v82 / v88);
    const v90 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v89 : v82);
    const v91 = $fr(u_p_weight_0 * v90);
    const v92 = F_gdpo_reward_1[row];
    const v98 = $fr(v92 - v97);
    const v105 = $fr(v98 / v104);
    const v106 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v105 : v98);
    const v107 = $fr(u_p_weight_1 * v106);
    const v108 = $fr(v91 + v107);
    const v109 = F_gdpo_reward_2[row];
    const v115 = $fr(v109 - v114);
    const v122 = $fr(v115 / v121);
    const v123 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v122 : v115);
    const v124 = $fr(u_p_weight_2 * v123);
    const v125 = $fr(v108 + v124);
    const v126 = F_gdpo_reward_3[row];
    const v132 = $fr(v126 - v131);
    const v139 = $fr(v132 / v138);
    const v140 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v139 : v132);
    const v141 = $fr(u_p_weight_3 * v140);
    const v142 = $fr(v125 + v141);
    const v144 = $fr(v142 - v143);
    const v145 = $fr(v144 * v144);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v146 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v147 = $fr(v146);
        const v148 = $fr(v145 * v147);
        acc92 = $fr(acc92 + v148);
      }
    }
  }
  if ((lid === 0)) {
    F_v92_partial[g] = acc92;
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
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v85_partial = $F_v85_partial;
  const F_v87_partial = $F_v87_partial;
  const F_v92_partial = $F_v92_partial;
  const F_v10 = $F_v10;
  const F_v7 = $F_v7;
  const F_v17 = $F_v17;
  const F_v29 = $F_v29;
  const F_v27 = $F_v27;
  const F_v35 = $F_v35;
  const F_v48 = $F_v48;
  const F_v46 = $F_v46;
  const F_v54 = $F_v54;
  const F_v67 = $F_v67;
  const F_v65 = $F_v65;
  const F_v73 = $F_v73;
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
  let acc_b85 = 0;
  let acc_b87 = 0;
  let acc_b92 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b85 = $fr(acc_b85 + F_v85_partial[i]);
    acc_b87 = $fr(acc_b87 + F_v87_partial[i]);
    acc_b92 = $fr(acc_b92 + F_v92_partial[i]);
  }
  const v150 = F_v10[g];
  const v151 = F_v7[g];
  const v152 = $fr(v150 / v151);
  const v153 = (v151 > 1);
  const v154 = (v153 ? v152 : 0);
  const v156 = F_v17[g];
  const v157 = $fr(v151 - 1);
  const v158 = $fr(v156 / v157);
  const v159 = $fr(Math.sqrt(v158));
  const v160 = (v153 ? v159 : 1);
  const v161 = $fr(v160 + u_p_epsilon);
  const v166 = F_v29[g];
  const v167 = F_v27[g];
  const v168 = $fr(v166 / v167);
  const v169 = (v167 > 1);
  const v170 = (v169 ? v168 : 0);
  const v172 = F_v35[g];
  const v173 = $fr(v167 - 1);
  const v174 = $fr(v172 / v173);
  const v175 = $fr(Math.sqrt(v174));
  const v176 = (v169 ? v175 : 1);
  const v177 = $fr(v176 + u_p_epsilon);
  const v183 = F_v48[g];
  const v184 = F_v46[g];
  const v185 = $fr(v183 / v184);
  const v186 = (v184 > 1);
  const v187 = (v186 ? v185 : 0);
  const v189 = F_v54[g];
  const v190 = $fr(v184 - 1);
  const v191 = $fr(v189 / v190);
  const v192 = $fr(Math.sqrt(v191));
  const v193 = (v186 ? v192 : 1);
  const v194 = $fr(v193 + u_p_epsilon);
  const v200 = F_v67[g];
  const v201 = F_v65[g];
  const v202 = $fr(v200 / v201);
  const v203 = (v201 > 1);
  const v204 = (v203 ? v202 : 0);
  const v206 = F_v73[g];
  const v207 = $fr(v201 - 1);
  const v208 = $fr(v206 / v207);
  const v209 = $fr(Math.sqrt(v208));
  const v210 = (v203 ? v209 : 1);
  const v211 = $fr(v210 + u_p_epsilon);
  const v216 = $fr(acc_b87 / acc_b85);
  const v218 = $fr(acc_b85 - 1);
  const v219 = $fr(acc_b92 / v218);
  const v220 = $fr(v219 + 9.99999993922529e-9);
  const v221 = $fr(1 / Math.sqrt(v220));
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v149 = F_gdpo_reward_0[row];
    const v155 = $fr(v149 - v154);
    const v162 = $fr(v155 / v161);
    const v163 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v162 : v155);
    const v164 = $fr(u_p_weight_0 * v163);
    const v165 = F_gdpo_reward_1[row];
    const v171 = $fr(v165 - v170);
    const v178 = $fr(v171 / v177);
    const v179 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v178 : v171);
    const v180 = $fr(u_p_weight_1 * v179);
    const v181 = $fr(v164 + v180);
    const v182 = F_gdpo_reward_2[row];
    const v188 = $fr(v182 - v187);
    const v195 = $fr(v188 / v194);
    const v196 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v195 : v188);
    const v197 = $fr(u_p_weight_2 * v196);
    const v198 = $fr(v181 + v197);
    const v199 = F_gdpo_reward_3[row];
    const v205 = $fr(v199 - v204);
    const v212 = $fr(v205 / v211);
    const v213 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v212 : v205);
    const v214 = $fr(u_p_weight_3 * v213);
    const v215 = $fr(v198 + v214);
    const v217 = $fr(v215 - v216);
    const v222 = $fr(v217 * v221);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v223 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v224 = $fr(v223);
      const v225 = $fr(v222 * v224);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v225;
    }
  }
}
let u, $F_gdpo_reward_0, $F_gdpo_reward_1, $F_gdpo_reward_2, $F_gdpo_reward_3, $F_v7, $F_v10, $F_v27, $F_v29, $F_v46, $F_v48, $F_v65, $F_v67, $F_v85_partial, $F_v17, $F_v35, $F_v54, $F_v73, $F_v87_partial, $F_v92_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_gdpo_reward_0 = f["gdpo_reward_0"];
  $F_gdpo_reward_1 = f["gdpo_reward_1"];
  $F_gdpo_reward_2 = f["gdpo_reward_2"];
  $F_gdpo_reward_3 = f["gdpo_reward_3"];
  $F_v7 = f["v7"];
  $F_v10 = f["v10"];
  $F_v27 = f["v27"];
  $F_v29 = f["v29"];
  $F_v46 = f["v46"];
  $F_v48 = f["v48"];
  $F_v65 = f["v65"];
  $F_v67 = f["v67"];
  $F_v85_partial = f["v85_partial"];
  $F_v17 = f["v17"];
  $F_v35 = f["v35"];
  $F_v54 = f["v54"];
  $F_v73 = f["v73"];
  $F_v87_partial = f["v87_partial"];
  $F_v92_partial = f["v92_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2 };