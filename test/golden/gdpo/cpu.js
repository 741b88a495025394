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
  const u_p_epsilon = u.p_epsilon;
  const u_p_norm_adv_by_std_in_grpo = u.p_norm_adv_by_std_in_grpo;
  const u_p_weight_0 = u.p_weight_0;
  const u_p_weight_1 = u.p_weight_1;
  const u_p_weight_2 = u.p_weight_2;
  const u_p_weight_3 = u.p_weight_3;
  const u_T = u.T;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const F_v7 = $F_v7;
  const F_v10 = $F_v10;
  const F_v18 = $F_v18;
  const F_v38 = $F_v38;
  const F_v40 = $F_v40;
  const F_v47 = $F_v47;
  const F_v68 = $F_v68;
  const F_v70 = $F_v70;
  const F_v77 = $F_v77;
  const F_v98 = $F_v98;
  const F_v100 = $F_v100;
  const F_v107 = $F_v107;
  const F_v12 = $F_v12;
  const F_v42 = $F_v42;
  const F_v72 = $F_v72;
  const F_v102 = $F_v102;
  const F_v25 = $F_v25;
  const F_v54 = $F_v54;
  const F_v84 = $F_v84;
  const F_v114 = $F_v114;
  const I_response_mask = $I_response_mask;
  const F_v130_partial = $F_v130_partial;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to group %7, %10, %18, %38, %40, %47, %68, %70, %77, %98, %100, %107
  let acc7 = 0;
  let acc10 = Infinity;
  let acc18 = (-Infinity);
  let acc38 = 0;
  let acc40 = Infinity;
  let acc47 = (-Infinity);
  let acc68 = 0;
  let acc70 = Infinity;
  let acc77 = (-Infinity);
  let acc98 = 0;
  let acc100 = Infinity;
  let acc107 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v0 = F_gdpo_reward_0[row];
    const v1 = F_gdpo_reward_1[row];
    const v2 = F_gdpo_reward_2[row];
    const v3 = F_gdpo_reward_3[row];
    acc7 = $fr(acc7 + 1);
    acc10 = Math.min(acc10, v0);
    acc18 = Math.max(acc18, v0);
    acc38 = $fr(acc38 + 1);
    acc40 = Math.min(acc40, v1);
    acc47 = Math.max(acc47, v1);
    acc68 = $fr(acc68 + 1);
    acc70 = Math.min(acc70, v2);
    acc77 = Math.max(acc77, v2);
    acc98 = $fr(acc98 + 1);
    acc100 = Math.min(acc100, v3);
    acc107 = Math.max(acc107, v3);
  }
  if ((lid === 0)) {
    F_v7[g] = acc7;
    F_v10[g] = acc10;
    F_v18[g] = acc18;
    F_v38[g] = acc38;
    F_v40[g] = acc40;
    F_v47[g] = acc47;
    F_v68[g] = acc68;
    F_v70[g] = acc70;
    F_v77[g] = acc77;
    F_v98[g] = acc98;
    F_v100[g] = acc100;
    F_v107[g] = acc107;
  }
  // reduce to group %12, %42, %72, %102
  let acc12 = 0;
  let acc42 = 0;
  let acc72 = 0;
  let acc102 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v4 = F_gdpo_reward_0[row];
    const v5 = $fr(v4 - acc10);
    const v6 = F_gdpo_reward_1[row];
    const v7 = $fr(v6 - acc40);
    const v8 = F_gdpo_reward_2[row];
    const v9 = $fr(v8 - acc70);
    const v10 = F_gdpo_reward_3[row];
    const v11 = $fr(v10 - acc100);
    acc12 = $fr(acc12 + v5);
    acc42 = $fr(acc42 + v7);
    acc72 = $fr(acc72 + v9);
    acc102 = $fr(acc102 + v11);
  }
  if ((lid === 0)) {
    F_v12[g] = acc12;
    F_v42[g] = acc42;
    F_v72[g] = acc72;
    F_v102[g] = acc102;
  }
  // reduce to group %25, %54, %84, %114
  const v13 = $fr(acc12 / acc7);
  const v14 = $fr(acc10 + v13);
  const v16 = $fr(acc18 - acc10);
  const v17 = (v16 > 0);
  const v18 = (v17 ? v16 : 1);
  const v22 = $fr(acc42 / acc38);
  const v23 = $fr(acc40 + v22);
  const v25 = $fr(acc47 - acc40);
  const v26 = (v25 > 0);
  const v27 = (v26 ? v25 : 1);
  const v31 = $fr(acc72 / acc68);
  const v32 = $fr(acc70 + v31);
  const v34 = $fr(acc77 - acc70);
  const v35 = (v34 > 0);
  const v36 = (v35 ? v34 : 1);
  const v40 = $fr(acc102 / acc98);
  const v41 = $fr(acc100 + v40);
  const v43 = $fr(acc107 - acc100);
  const v44 = (v43 > 0);
  const v45 = (v44 ? v43 : 1);
  let acc25 = 0;
  let acc54 = 0;
  let acc84 = 0;
  let acc114 = 0;
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
    acc25 = $fr(acc25 + v20);
    acc54 = $fr(acc54 + v29);
    acc84 = $fr(acc84 + v38);
    acc114 = $fr(acc114 + v47);
  }
  if ((lid === 0)) {
    F_v25[g] = acc25;
    F_v54[g] = acc54;
    F_v84[g] = acc84;
    F_v114[g] = acc114;
  }
  // reduce to group %130 (batch partial), %132 (batch partial), %139 (batch partial)
  const v49 = (acc7 > 1);
  const v50 = (v49 ? v14 : 0);
  const v52 = $fr(acc7 - 1);
  const v53 = $fr(acc25 / v52);
  const v54 = $fr(Math.sqrt(v53));
  const v55 = $fr(v54 * v18);
  const v56 = (v49 ? v55 : 1);
  const v57 = $fr(v56 + u_p_epsilon);
  const v64 = (acc38 > 1);
  const v65 = (v64 ? v23 : 0);
  const v67 = $fr(acc38 - 1);
  const v68 = $fr(acc54 / v67);
  const v69 = $fr(Math.sqrt(v68));
  const v70 = $fr(v69 * v27);
  const v71 = (v64 ? v70 : 1);
  const v72 = $fr(v71 + u_p_epsilon);
  const v80 = (acc68 > 1);
  const v81 = (v80 ? v32 : 0);
  const v83 = $fr(acc68 - 1);
  const v84 = $fr(acc84 / v83);
  const v85 = $fr(Math.sqrt(v84));
  const v86 = $fr(v85 * v36);
  const v87 = (v80 ? v86 : 1);
  const v88 = $fr(v87 + u_p_epsilon);
  const v96 = (acc98 > 1);
  const v97 = (v96 ? v41 : 0);
  const v99 = $fr(acc98 - 1);
  const v100 = $fr(acc114 / v99);
  const v101 = $fr(Math.sqrt(v100));
  const v102 = $fr(v101 * v45);
  const v103 = (v96 ? v102 : 1);
  const v104 = $fr(v103 + u_p_epsilon);
  let acc130 = 0;
  let acc132 = Infinity;
  let acc139 = (-Infinity);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v48 = F_gdpo_reward_0[row];
    const v51 = $fr(v48 - v50);
    const v58 = $fr(v51 / v57);
    const v59 = (v51 === 0);
    const v60 = (v59 ? 0 : v58);
    const v61 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v60 : v51);
    const v62 = $fr(u_p_weight_0 * v61);
    const v63 = F_gdpo_reward_1[row];
    const v66 = $fr(v63 - v65);
    const v73 = $fr(v66 / v72);
    const v74 = (v66 === 0);
    const v75 = (v74 ? 0 : v73);
    const v76 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v75 : v66);
    const v77 = $fr(u_p_weight_1 * v76);
    const v78 = $fr(v62 + v77);
    const v79 = F_gdpo_reward_2[row];
    const v82 = $fr(v79 - v81);
    const v89 = $fr(v82 / v88);
    const v90 = (v82 === 0);
    const v91 = (v90 ? 0 : v89);
    const v92 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v91 : v82);
    const v93 = $fr(u_p_weight_2 * v92);
    const v94 = $fr(v78 + v93);
    const v95 = F_gdpo_reward_3[row];
    const v98 = $fr(v95 - v97);
    const v105 = $fr(v98 / v104);
    const v106 = (v98 === 0);
    const v107 = (v106 ? 0 : v105);
    const v108 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v107 : v98);
    const v109 = $fr(u_p_weight_3 * v108);
    const v110 = $fr(v94 + v109);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v111 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v112 = $fr(v111);
        const v113 = $fr(v110 * v112);
        acc130 = $fr(acc130 + 1);
        acc132 = Math.min(acc132, v113);
        acc139 = Math.max(acc139, v113);
      }
    }
  }
  if ((lid === 0)) {
    F_v130_partial[g] = acc130;
    F_v132_partial[g] = acc132;
    F_v139_partial[g] = acc139;
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
  const F_v130_partial = $F_v130_partial;
  const F_v132_partial = $F_v132_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v10 = $F_v10;
  const F_v12 = $F_v12;
  const F_v7 = $F_v7;
  const F_v25 = $F_v25;
  const F_v18 = $F_v18;
  const F_v40 = $F_v40;
  const F_v42 = $F_v42;
  const F_v38 = $F_v38;
  const F_v54 = $F_v54;
  const F_v47 = $F_v47;
  const F_v70 = $F_v70;
  const F_v72 = $F_v72;
  const F_v68 = $F_v68;
  const F_v84 = $F_v84;
  const F_v77 = $F_v77;
  const F_v100 = $F_v100;
  const F_v102 = $F_v102;
  const F_v98 = $F_v98;
  const F_v114 = $F_v114;
  const F_v107 = $F_v107;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const I_response_mask = $I_response_mask;
  const F_v134_partial = $F_v134_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %130, %132, %139: combine every group's partial
  let acc_b130 = 0;
  let acc_b132 = Infinity;
  let acc_b139 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b130 = $fr(acc_b130 + F_v130_partial[i]);
    acc_b132 = Math.min(acc_b132, F_v132_partial[i]);
    acc_b139 = Math.max(acc_b139, F_v139_partial[i]);
  }
  // reduce to group %134 (batch partial)
  const v115 = F_v10[g];
  const v116 = F_v12[g];
  const v117 = F_v7[g];
  const v118 = $fr(v116 / v117);
  const v119 = $fr(v115 + v118);
  const v120 = (v117 > 1);
  const v121 = (v120 ? v119 : 0);
  const v123 = F_v25[g];
  const v124 = $fr(v117 - 1);
  const v125 = $fr(v123 / v124);
  const v126 = $fr(Math.sqrt(v125));
  const v127 = F_v18[g];
  const v128 = $fr(v127 - v115);
  const v129 = (v128 > 0);
  const v130 = (v129 ? v128 : 1);
  const v131 = $fr(v126 * v130);
  const v132 = (v120 ? v131 : 1);
  const v133 = $fr(v132 + u_p_epsilon);
  const v140 = F_v40[g];
  const v141 = F_v42[g];
  const v142 = F_v38[g];
  const v143 = $fr(v141 / v142);
  const v144 = $fr(v140 + v143);
  const v145 = (v142 > 1);
  const v146 = (v145 ? v144 : 0);
  const v148 = F_v54[g];
  const v149 = $fr(v142 - 1);
  const v150 = $fr(v148 / v149);
  const v151 = $fr(Math.sqrt(v150));
  const v152 = F_v47[g];
  const v153 = $fr(v152 - v140);
  const v154 = (v153 > 0);
  const v155 = (v154 ? v153 : 1);
  const v156 = $fr(v151 * v155);
  const v157 = (v145 ? v156 : 1);
  const v158 = $fr(v157 + u_p_epsilon);
  const v166 = F_v70[g];
  const v167 = F_v72[g];
  const v168 = F_v68[g];
  const v169 = $fr(v167 / v168);
  const v170 = $fr(v166 + v169);
  const v171 = (v168 > 1);
  const v172 = (v171 ? v170 : 0);
  const v174 = F_v84[g];
  const v175 = $fr(v168 - 1);
  const v176 = $fr(v174 / v175);
  const v177 = $fr(Math.sqrt(v176));
  const v178 = F_v77[g];
  const v179 = $fr(v178 - v166);
  const v180 = (v179 > 0);
  const v181 = (v180 ? v179 : 1);
  const v182 = $fr(v177 * v181);
  const v183 = (v171 ? v182 : 1);
  const v184 = $fr(v183 + u_p_epsilon);
  const v192 = F_v100[g];
  const v193 = F_v102[g];
  const v194 = F_v98[g];
  const v195 = $fr(v193 / v194);
  const v196 = $fr(v192 + v195);
  const v197 = (v194 > 1);
  const v198 = (v197 ? v196 : 0);
  const v200 = F_v114[g];
  const v201 = $fr(v194 - 1);
  const v202 = $fr(v200 / v201);
  const v203 = $fr(Math.sqrt(v202));
  const v204 = F_v107[g];
  const v205 = $fr(v204 - v192);
  const v206 = (v205 > 0);
  const v207 = (v206 ? v205 : 1);
  const v208 = $fr(v203 * v207);
  const v209 = (v197 ? v208 : 1);
  const v210 = $fr(v209 + u_p_epsilon);
  let acc134 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v114 = F_gdpo_reward_0[row];
    const v122 = $fr(v114 - v121);
    const v134 = $fr(v122 / v133);
    const v135 = (v122 === 0);
    const v136 = (v135 ? 0 : v134);
    const v137 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v136 : v122);
    const v138 = $fr(u_p_weight_0 * v137);
    const v139 = F_gdpo_reward_1[row];
    const v147 = $fr(v139 - v146);
    const v159 = $fr(v147 / v158);
    const v160 = (v147 === 0);
    const v161 = (v160 ? 0 : v159);
    const v162 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v161 : v147);
    const v163 = $fr(u_p_weight_1 * v162);
    const v164 = $fr(v138 + v163);
    const v165 = F_gdpo_reward_2[row];
    const v173 = $fr(v165 - v172);
    const v185 = $fr(v173 / v184);
    const v186 = (v173 === 0);
    const v187 = (v186 ? 0 : v185);
    const v188 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v187 : v173);
    const v189 = $fr(u_p_weight_2 * v188);
    const v190 = $fr(v164 + v189);
    const v191 = F_gdpo_reward_3[row];
    const v199 = $fr(v191 - v198);
    const v211 = $fr(v199 / v210);
    const v212 = (v199 === 0);
    const v213 = (v212 ? 0 : v211);
    const v214 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v213 : v199);
    const v215 = $fr(u_p_weight_3 * v214);
    const v216 = $fr(v190 + v215);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v217 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v218 = $fr(v217);
        const v219 = $fr(v216 * v218);
        const v220 = $fr(v219 - acc_b132);
        acc134 = $fr(acc134 + v220);
      }
    }
  }
  if ((lid === 0)) {
    F_v134_partial[g] = acc134;
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
  const F_v130_partial = $F_v130_partial;
  const F_v132_partial = $F_v132_partial;
  const F_v134_partial = $F_v134_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v10 = $F_v10;
  const F_v12 = $F_v12;
  const F_v7 = $F_v7;
  const F_v25 = $F_v25;
  const F_v18 = $F_v18;
  const F_v40 = $F_v40;
  const F_v42 = $F_v42;
  const F_v38 = $F_v38;
  const F_v54 = $F_v54;
  const F_v47 = $F_v47;
  const F_v70 = $F_v70;
  const F_v72 = $F_v72;
  const F_v68 = $F_v68;
  const F_v84 = $F_v84;
  const F_v77 = $F_v77;
  const F_v100 = $F_v100;
  const F_v102 = $F_v102;
  const F_v98 = $F_v98;
  const F_v114 = $F_v114;
  const F_v107 = $F_v107;
  const I_members = $I_members;
  const F_gdpo_reward_0 = $F_gdpo_reward_0;
  const F_gdpo_reward_1 = $F_gdpo_reward_1;
  const F_gdpo_reward_2 = $F_gdpo_reward_2;
  const F_gdpo_reward_3 = $F_gdpo_reward_3;
  const I_response_mask = $I_response_mask;
  const F_v146_partial = $F_v146_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %130, %132, %134, %139: combine every group's partial
  let acc_b130 = 0;
  let acc_b132 = Infinity;
  let acc_b134 = 0;
  let acc_b139 = (-Infinity);
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b130 = $fr(acc_b130 + F_v130_partial[i]);
    acc_b132 = Math.min(acc_b132, F_v132_partial[i]);
    acc_b134 = $fr(acc_b134 + F_v134_partial[i]);
    acc_b139 = Math.max(acc_b139, F_v139_partial[i]);
  }
  // reduce to group %146 (batch partial)
  const v222 = F_v10[g];
  const v223 = F_v12[g];
  const v224 = F_v7[g];
  const v225 = $fr(v223 / v224);
  const v226 = $fr(v222 + v225);
  const v227 = (v224 > 1);
  const v228 = (v227 ? v226 : 0);
  const v230 = F_v25[g];
  const v231 = $fr(v224 - 1);
  const v232 = $fr(v230 / v231);
  const v233 = $fr(Math.sqrt(v232));
  const v234 = F_v18[g];
  const v235 = $fr(v234 - v222);
  const v236 = (v235 > 0);
  const v237 = (v236 ? v235 : 1);
  const v238 = $fr(v233 * v237);
  const v239 = (v227 ? v238 : 1);
  const v240 = $fr(v239 + u_p_epsilon);
  const v247 = F_v40[g];
  const v248 = F_v42[g];
  const v249 = F_v38[g];
  const v250 = $fr(v248 / v249);
  const v251 = $fr(v247 + v250);
  const v252 = (v249 > 1);
  const v253 = (v252 ? v251 : 0);
  const v255 = F_v54[g];
  const v256 = $fr(v249 - 1);
  const v257 = $fr(v255 / v256);
  const v258 = $fr(Math.sqrt(v257));
  const v259 = F_v47[g];
  const v260 = $fr(v259 - v247);
  const v261 = (v260 > 0);
  const v262 = (v261 ? v260 : 1);
  const v263 = $fr(v258 * v262);
  const v264 = (v252 ? v263 : 1);
  const v265 = $fr(v264 + u_p_epsilon);
  const v273 = F_v70[g];
  const v274 = F_v72[g];
  const v275 = F_v68[g];
  const v276 = $fr(v274 / v275);
  const v277 = $fr(v273 + v276);
  const v278 = (v275 > 1);
  const v279 = (v278 ? v277 : 0);
  const v281 = F_v84[g];
  const v282 = $fr(v275 - 1);
  const v283 = $fr(v281 / v282);
  const v284 = $fr(Math.sqrt(v283));
  const v285 = F_v77[g];
  const v286 = $fr(v285 - v273);
  const v287 = (v286 > 0);
  const v288 = (v287 ? v286 : 1);
  const v289 = $fr(v284 * v288);
  const v290 = (v278 ? v289 : 1);
  const v291 = $fr(v290 + u_p_epsilon);
  const v299 = F_v100[g];
  const v300 = F_v102[g];
  const v301 = F_v98[g];
  const v302 = $fr(v300 / v301);
  const v303 = $fr(v299 + v302);
  const v304 = (v301 > 1);
  const v305 = (v304 ? v303 : 0);
  const v307 = F_v114[g];
  const v308 = $fr(v301 - 1);
  const v309 = $fr(v307 / v308);
  const v310 = $fr(Math.sqrt(v309));
  const v311 = F_v107[g];
  const v312 = $fr(v311 - v299);
  const v313 = (v312 > 0);
  const v314 = (v313 ? v312 : 1);
  const v315 = $fr(v310 * v314);
  const v316 = (v304 ? v315 : 1);
  const v317 = $fr(v316 + u_p_epsilon);
  const v327 = $fr(acc_b134 / acc_b130);
  const v328 = $fr(acc_b132 + v327);
  const v330 = $fr(acc_b139 - acc_b132);
  const v331 = (v330 > 0);
  const v332 = (v331 ? v330 : 1);
  let acc146 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v221 = F_gdpo_reward_0[row];
    const v229 = $fr(v221 - v228);
    const v241 = $fr(v229 / v240);
    const v242 = (v229 === 0);
    const v243 = (v242 ? 0 : v241);
    const v244 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v243 : v229);
    const v245 = $fr(u_p_weight_0 * v244);
    const v246 = F_gdpo_reward_1[row];
    const v254 = $fr(v246 - v253);
    const v266 = $fr(v254 / v265);
    const v267 = (v254 === 0);
    const v268 = (v267 ? 0 : v266);
    const v269 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v268 : v254);
    const v270 = $fr(u_p_weight_1 * v269);
    const v271 = $fr(v245 + v270);
    const v272 = F_gdpo_reward_2[row];
    const v280 = $fr(v272 - v279);
    const v292 = $fr(v280 / v291);
    const v293 = (v280 === 0);
    const v294 = (v293 ? 0 : v292);
    const v295 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v294 : v280);
    const v296 = $fr(u_p_weight_2 * v295);
    const v297 = $fr(v271 + v296);
    const v298 = F_gdpo_reward_3[row];
    const v306 = $fr(v298 - v305);
    const v318 = $fr(v306 / v317);
    const v319 = (v306 === 0);
    const v320 = (v319 ? 0 : v318);
    const v321 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v320 : v306);
    const v322 = $fr(u_p_weight_3 * v321);
    const v323 = $fr(v297 + v322);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v324 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v325 = $fr(v324);
        const v326 = $fr(v323 * v325);
        const v329 = $fr(v326 - v328);
        const v333 = $fr(v329 / v332);
        const v334 = $fr(v333 * v333);
        acc146 = $fr(acc146 + v334);
      }
    }
  }
  if ((lid === 0)) {
    F_v146_partial[g] = acc146;
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
  const F_v130_partial = $F_v130_partial;
  const F_v132_partial = $F_v132_partial;
  const F_v134_partial = $F_v134_partial;
  const F_v139_partial = $F_v139_partial;
  const F_v146_partial = $F_v146_partial;
  const F_v10 = $F_v10;
  const F_v12 = $F_v12;
  const F_v7 = $F_v7;
  const F_v25 = $F_v25;
  const F_v18 = $F_v18;
  const F_v40 = $F_v40;
  const F_v42 = $F_v42;
  const F_v38 = $F_v38;
  const F_v54 = $F_v54;
  const F_v47 = $F_v47;
  const F_v70 = $F_v70;
  const F_v72 = $F_v72;
  const F_v68 = $F_v68;
  const F_v84 = $F_v84;
  const F_v77 = $F_v77;
  const F_v100 = $F_v100;
  const F_v102 = $F_v102;
  const F_v98 = $F_v98;
  const F_v114 = $F_v114;
  const F_v107 = $F_v107;
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
  // batch values %130, %132, %134, %139, %146: combine every group's partial
  let acc_b130 = 0;
  let acc_b132 = Infinity;
  let acc_b134 = 0;
  let acc_b139 = (-Infinity);
  let acc_b146 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b130 = $fr(acc_b130 + F_v130_partial[i]);
    acc_b132 = Math.min(acc_b132, F_v132_partial[i]);
    acc_b134 = $fr(acc_b134 + F_v134_partial[i]);
    acc_b139 = Math.max(acc_b139, F_v139_partial[i]);
    acc_b146 = $fr(acc_b146 + F_v146_partial[i]);
  }
  const v336 = F_v10[g];
  const v337 = F_v12[g];
  const v338 = F_v7[g];
  const v339 = $fr(v337 / v338);
  const v340 = $fr(v336 + v339);
  const v341 = (v338 > 1);
  const v342 = (v341 ? v340 : 0);
  const v344 = F_v25[g];
  const v345 = $fr(v338 - 1);
  const v346 = $fr(v344 / v345);
  const v347 = $fr(Math.sqrt(v346));
  const v348 = F_v18[g];
  const v349 = $fr(v348 - v336);
  const v350 = (v349 > 0);
  const v351 = (v350 ? v349 : 1);
  const v352 = $fr(v347 * v351);
  const v353 = (v341 ? v352 : 1);
  const v354 = $fr(v353 + u_p_epsilon);
  const v361 = F_v40[g];
  const v362 = F_v42[g];
  const v363 = F_v38[g];
  const v364 = $fr(v362 / v363);
  const v365 = $fr(v361 + v364);
  const v366 = (v363 > 1);
  const v367 = (v366 ? v365 : 0);
  const v369 = F_v54[g];
  const v370 = $fr(v363 - 1);
  const v371 = $fr(v369 / v370);
  const v372 = $fr(Math.sqrt(v371));
  const v373 = F_v47[g];
  const v374 = $fr(v373 - v361);
  const v375 = (v374 > 0);
  const v376 = (v375 ? v374 : 1);
  const v377 = $fr(v372 * v376);
  const v378 = (v366 ? v377 : 1);
  const v379 = $fr(v378 + u_p_epsilon);
  const v387 = F_v70[g];
  const v388 = F_v72[g];
  const v389 = F_v68[g];
  const v390 = $fr(v388 / v389);
  const v391 = $fr(v387 + v390);
  const v392 = (v389 > 1);
  const v393 = (v392 ? v391 : 0);
  const v395 = F_v84[g];
  const v396 = $fr(v389 - 1);
  const v397 = $fr(v395 / v396);
  const v398 = $fr(Math.sqrt(v397));
  const v399 = F_v77[g];
  const v400 = $fr(v399 - v387);
  const v401 = (v400 > 0);
  const v402 = (v401 ? v400 : 1);
  const v403 = $fr(v398 * v402);
  const v404 = (v392 ? v403 : 1);
  const v405 = $fr(v404 + u_p_epsilon);
  const v413 = F_v100[g];
  const v414 = F_v102[g];
  const v415 = F_v98[g];
  const v416 = $fr(v414 / v415);
  const v417 = $fr(v413 + v416);
  const v418 = (v415 > 1);
  const v419 = (v418 ? v417 : 0);
  const v421 = F_v114[g];
  const v422 = $fr(v415 - 1);
  const v423 = $fr(v421 / v422);
  const v424 = $fr(Math.sqrt(v423));
  const v425 = F_v107[g];
  const v426 = $fr(v425 - v413);
  const v427 = (v426 > 0);
  const v428 = (v427 ? v426 : 1);
  const v429 = $fr(v424 * v428);
  const v430 = (v418 ? v429 : 1);
  const v431 = $fr(v430 + u_p_epsilon);
  const v438 = $fr(acc_b134 / acc_b130);
  const v439 = $fr(acc_b132 + v438);
  const v440 = (acc_b130 > 0);
  const v441 = (v440 ? v439 : 0);
  const v443 = $fr(acc_b130 - 1);
  const v444 = $fr(acc_b146 / v443);
  const v445 = $fr(acc_b139 - acc_b132);
  const v446 = (v445 > 0);
  const v447 = (v446 ? v445 : 1);
  const v448 = $fr(v444 * v447);
  const v449 = $fr(v448 * v447);
  const v450 = (acc_b130 > 1);
  const v451 = (v450 ? v449 : 0);
  const v452 = $fr(v451 + 9.99999993922529e-9);
  const v453 = $fr(1 / Math.sqrt(v452));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v335 = F_gdpo_reward_0[row];
    const v343 = $fr(v335 - v342);
    const v355 = $fr(v343 / v354);
    const v356 = (v343 === 0);
    const v357 = (v356 ? 0 : v355);
    const v358 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v357 : v343);
    const v359 = $fr(u_p_weight_0 * v358);
    const v360 = F_gdpo_reward_1[row];
    const v368 = $fr(v360 - v367);
    const v380 = $fr(v368 / v379);
    const v381 = (v368 === 0);
    const v382 = (v381 ? 0 : v380);
    const v383 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v382 : v368);
    const v384 = $fr(u_p_weight_1 * v383);
    const v385 = $fr(v359 + v384);
    const v386 = F_gdpo_reward_2[row];
    const v394 = $fr(v386 - v393);
    const v406 = $fr(v394 / v405);
    const v407 = (v394 === 0);
    const v408 = (v407 ? 0 : v406);
    const v409 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v408 : v394);
    const v410 = $fr(u_p_weight_2 * v409);
    const v411 = $fr(v385 + v410);
    const v412 = F_gdpo_reward_3[row];
    const v420 = $fr(v412 - v419);
    const v432 = $fr(v420 / v431);
    const v433 = (v420 === 0);
    const v434 = (v433 ? 0 : v432);
    const v435 = ((u_p_norm_adv_by_std_in_grpo !== 0) ? v434 : v420);
    const v436 = $fr(u_p_weight_3 * v435);
    const v437 = $fr(v411 + v436);
    const v442 = $fr(v437 - v441);
    const v454 = $fr(v442 * v453);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v455 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v456 = $fr(v455);
      const v457 = $fr(v454 * v456);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v457;
    }
  }
}
let u, $F_gdpo_reward_0, $F_gdpo_reward_1, $F_gdpo_reward_2, $F_gdpo_reward_3, $F_v7, $F_v10, $F_v18, $F_v38, $F_v40, $F_v47, $F_v68, $F_v70, $F_v77, $F_v98, $F_v100, $F_v107, $F_v12, $F_v42, $F_v72, $F_v102, $F_v25, $F_v54, $F_v84, $F_v114, $F_v130_partial, $F_v132_partial, $F_v139_partial, $F_v134_partial, $F_v146_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms;
  $F_gdpo_reward_0 = f["gdpo_reward_0"];
  $F_gdpo_reward_1 = f["gdpo_reward_1"];
  $F_gdpo_reward_2 = f["gdpo_reward_2"];
  $F_gdpo_reward_3 = f["gdpo_reward_3"];
  $F_v7 = f["v7"];
  $F_v10 = f["v10"];
  $F_v18 = f["v18"];
  $F_v38 = f["v38"];
  $F_v40 = f["v40"];
  $F_v47 = f["v47"];
  $F_v68 = f["v68"];
  $F_v70 = f["v70"];
  $F_v77 = f["v77"];
  $F_v98 = f["v98"];
  $F_v100 = f["v100"];
  $F_v107 = f["v107"];
  $F_v12 = f["v12"];
  $F_v42 = f["v42"];
  $F_v72 = f["v72"];
  $F_v102 = f["v102"];
  $F_v25 = f["v25"];
  $F_v54 = f["v54"];
  $F_v84 = f["v84"];
  $F_v114 = f["v114"];
  $F_v130_partial = f["v130_partial"];
  $F_v132_partial = f["v132_partial"];
  $F_v139_partial = f["v139_partial"];
  $F_v134_partial = f["v134_partial"];
  $F_v146_partial = f["v146_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2, stage3 };