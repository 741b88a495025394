#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct { uint32_t x, y, z; } vec3u;
static inline float adv_f32bits(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static inline uint32_t adv_bitsf32(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
/* WGSL: an integer divided by 0 is the dividend, and its remainder 0 (so is INT32_MIN / -1 and its remainder) */
static inline uint32_t adv_udiv(uint32_t a, uint32_t b) { return b == 0u ? a : a / b; }
static inline uint32_t adv_umod(uint32_t a, uint32_t b) { return b == 0u ? 0u : a % b; }
static inline int32_t adv_idiv(int32_t a, int32_t b) { return b == 0 || (a == INT32_MIN && b == -1) ? a : a / b; }
static inline int32_t adv_imod(int32_t a, int32_t b) { return b == 0 || (a == INT32_MIN && b == -1) ? 0 : a % b; }
/* WGSL: float to integer truncates toward zero, saturating; NaN gives 0 */
static inline uint32_t adv_u32f(float x) { return x > 0.0f ? (x < 4294967296.0f ? (uint32_t)x : 4294967295u) : 0u; }
static inline int32_t adv_i32f(float x) { return x >= 2147483647.0f ? INT32_MAX : x <= -2147483648.0f ? INT32_MIN : x == x ? (int32_t)x : 0; }
/* min and max as the interpreter computes them: NaN when either is NaN, -0 below +0. The ordered comparison comes
   first: a reduction's accumulator mostly stays put, so that branch is taken and predicted, and the NaN and
   signed-zero tests run only for equal or unordered operands */
static inline float adv_fmin(float a, float b) { return a < b ? a : b < a ? b : a != a || b != b ? NAN : signbit(a) ? a : b; }
static inline float adv_fmax(float a, float b) { return a > b ? a : b > a ? b : a != a || b != b ? NAN : signbit(a) ? b : a; }
static inline uint32_t adv_umin(uint32_t a, uint32_t b) { return a < b ? a : b; }
static inline uint32_t adv_umax(uint32_t a, uint32_t b) { return a > b ? a : b; }
static inline int32_t adv_imin(int32_t a, int32_t b) { return a < b ? a : b; }
static inline int32_t adv_imax(int32_t a, int32_t b) { return a > b ? a : b; }
static inline int32_t adv_iabs(int32_t a) { return a < 0 ? (int32_t)(0u - (uint32_t)a) : a; }
static inline float adv_signf(float a) { return a > 0.0f ? 1.0f : a < 0.0f ? -1.0f : a; }

typedef struct {
  uint32_t B;
  uint32_t T;
  uint32_t G;
  uint32_t W;
  uint32_t K;
  uint32_t V;
  uint32_t N;
  uint32_t o_gdpo_reward_0;
  uint32_t o_gdpo_reward_1;
  uint32_t o_gdpo_reward_2;
  uint32_t o_gdpo_reward_3;
  uint32_t o_v7;
  uint32_t o_v10;
  uint32_t o_v12;
  uint32_t o_v18;
  uint32_t o_v25;
  uint32_t o_v38;
  uint32_t o_v40;
  uint32_t o_v42;
  uint32_t o_v47;
  uint32_t o_v54;
  uint32_t o_v68;
  uint32_t o_v70;
  uint32_t o_v72;
  uint32_t o_v77;
  uint32_t o_v84;
  uint32_t o_v98;
  uint32_t o_v100;
  uint32_t o_v102;
  uint32_t o_v107;
  uint32_t o_v114;
  uint32_t o_v130_partial;
  uint32_t o_v132_partial;
  uint32_t o_v134_partial;
  uint32_t o_v139_partial;
  uint32_t o_v146_partial;
  uint32_t o_out_advantages;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_epsilon;
  uint32_t p_norm_adv_by_std_in_grpo;
  float p_weight_0;
  float p_weight_1;
  float p_weight_2;
  float p_weight_3;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_gdpo_reward_0;
  float *F_gdpo_reward_1;
  float *F_gdpo_reward_2;
  float *F_gdpo_reward_3;
  float *F_v7;
  float *F_v10;
  float *F_v18;
  float *F_v38;
  float *F_v40;
  float *F_v47;
  float *F_v68;
  float *F_v70;
  float *F_v77;
  float *F_v98;
  float *F_v100;
  float *F_v107;
  float *F_v12;
  float *F_v42;
  float *F_v72;
  float *F_v102;
  float *F_v25;
  float *F_v54;
  float *F_v84;
  float *F_v114;
  float *F_v130_partial;
  float *F_v132_partial;
  float *F_v139_partial;
  float *F_v134_partial;
  float *F_v146_partial;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[4];
  pthread_barrier_t barrier;
  pthread_mutex_t gate;
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const float u_p_weight_0 = R->U.p_weight_0;
  const float u_p_weight_1 = R->U.p_weight_1;
  const float u_p_weight_2 = R->U.p_weight_2;
  const float u_p_weight_3 = R->U.p_weight_3;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v70 = R->F_v70;
  float *const restrict F_v77 = R->F_v77;
  float *const restrict F_v98 = R->F_v98;
  float *const restrict F_v100 = R->F_v100;
  float *const restrict F_v107 = R->F_v107;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v72 = R->F_v72;
  float *const restrict F_v102 = R->F_v102;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v84 = R->F_v84;
  float *const restrict F_v114 = R->F_v114;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v130_partial = R->F_v130_partial;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to group %7, %10, %18, %38, %40, %47, %68, %70, %77, %98, %100, %107
  float acc7 = 0.00000000f;
  float acc10 = INFINITY;
  float acc18 = (-INFINITY);
  float acc38 = 0.00000000f;
  float acc40 = INFINITY;
  float acc47 = (-INFINITY);
  float acc68 = 0.00000000f;
  float acc70 = INFINITY;
  float acc77 = (-INFINITY);
  float acc98 = 0.00000000f;
  float acc100 = INFINITY;
  float acc107 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v0 = F_gdpo_reward_0[row];
    const float v1 = F_gdpo_reward_1[row];
    const float v2 = F_gdpo_reward_2[row];
    const float v3 = F_gdpo_reward_3[row];
    acc7 = (acc7 + 1.00000000f);
    acc10 = adv_fmin(acc10, v0);
    acc18 = adv_fmax(acc18, v0);
    acc38 = (acc38 + 1.00000000f);
    acc40 = adv_fmin(acc40, v1);
    acc47 = adv_fmax(acc47, v1);
    acc68 = (acc68 + 1.00000000f);
    acc70 = adv_fmin(acc70, v2);
    acc77 = adv_fmax(acc77, v2);
    acc98 = (acc98 + 1.00000000f);
    acc100 = adv_fmin(acc100, v3);
    acc107 = adv_fmax(acc107, v3);
  }
  if ((lid == 0u)) {
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
  float acc12 = 0.00000000f;
  float acc42 = 0.00000000f;
  float acc72 = 0.00000000f;
  float acc102 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v4 = F_gdpo_reward_0[row];
    const float v5 = (v4 - acc10);
    const float v6 = F_gdpo_reward_1[row];
    const float v7 = (v6 - acc40);
    const float v8 = F_gdpo_reward_2[row];
    const float v9 = (v8 - acc70);
    const float v10 = F_gdpo_reward_3[row];
    const float v11 = (v10 - acc100);
    acc12 = (acc12 + v5);
    acc42 = (acc42 + v7);
    acc72 = (acc72 + v9);
    acc102 = (acc102 + v11);
  }
  if ((lid == 0u)) {
    F_v12[g] = acc12;
    F_v42[g] = acc42;
    F_v72[g] = acc72;
    F_v102[g] = acc102;
  }
  // reduce to group %25, %54, %84, %114
  const float v13 = (acc12 / acc7);
  const float v14 = (acc10 + v13);
  const float v16 = (acc18 - acc10);
  const bool v17 = (v16 > 0.00000000f);
  const float v18 = (v17 ? v16 : 1.00000000f);
  const float v22 = (acc42 / acc38);
  const float v23 = (acc40 + v22);
  const float v25 = (acc47 - acc40);
  const bool v26 = (v25 > 0.00000000f);
  const float v27 = (v26 ? v25 : 1.00000000f);
  const float v31 = (acc72 / acc68);
  const float v32 = (acc70 + v31);
  const float v34 = (acc77 - acc70);
  const bool v35 = (v34 > 0.00000000f);
  const float v36 = (v35 ? v34 : 1.00000000f);
  const float v40 = (acc102 / acc98);
  const float v41 = (acc100 + v40);
  const float v43 = (acc107 - acc100);
  const bool v44 = (v43 > 0.00000000f);
  const float v45 = (v44 ? v43 : 1.00000000f);
  float acc25 = 0.00000000f;
  float acc54 = 0.00000000f;
  float acc84 = 0.00000000f;
  float acc114 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v12 = F_gdpo_reward_0[row];
    const float v15 = (v12 - v14);
    const float v19 = (v15 / v18);
    const float v20 = (v19 * v19);
    const float v21 = F_gdpo_reward_1[row];
    const float v24 = (v21 - v23);
    const float v28 = (v24 / v27);
    const float v29 = (v28 * v28);
    const float v30 = F_gdpo_reward_2[row];
    const float v33 = (v30 - v32);
    const float v37 = (v33 / v36);
    const float v38 = (v37 * v37);
    const float v39 = F_gdpo_reward_3[row];
    const float v42 = (v39 - v41);
    const float v46 = (v42 / v45);
    const float v47 = (v46 * v46);
    acc25 = (acc25 + v20);
    acc54 = (acc54 + v29);
    acc84 = (acc84 + v38);
    acc114 = (acc114 + v47);
  }
  if ((lid == 0u)) {
    F_v25[g] = acc25;
    F_v54[g] = acc54;
    F_v84[g] = acc84;
    F_v114[g] = acc114;
  }
  // reduce to group %130 (batch partial), %132 (batch partial), %139 (batch partial)
  const bool v49 = (acc7 > 1.00000000f);
  const float v50 = (v49 ? v14 : 0.00000000f);
  const float v52 = (acc7 - 1.00000000f);
  const float v53 = (acc25 / v52);
  const float v54 = sqrtf(v53);
  const float v55 = (v54 * v18);
  const float v56 = (v49 ? v55 : 1.00000000f);
  const float v57 = (v56 + u_p_epsilon);
  const bool v64 = (acc38 > 1.00000000f);
  const float v65 = (v64 ? v23 : 0.00000000f);
  const float v67 = (acc38 - 1.00000000f);
  const float v68 = (acc54 / v67);
  const float v69 = sqrtf(v68);
  const float v70 = (v69 * v27);
  const float v71 = (v64 ? v70 : 1.00000000f);
  const float v72 = (v71 + u_p_epsilon);
  const bool v80 = (acc68 > 1.00000000f);
  const float v81 = (v80 ? v32 : 0.00000000f);
  const float v83 = (acc68 - 1.00000000f);
  const float v84 = (acc84 / v83);
  const float v85 = sqrtf(v84);
  const float v86 = (v85 * v36);
  const float v87 = (v80 ? v86 : 1.00000000f);
  const float v88 = (v87 + u_p_epsilon);
  const bool v96 = (acc98 > 1.00000000f);
  const float v97 = (v96 ? v41 : 0.00000000f);
  const float v99 = (acc98 - 1.00000000f);
  const float v100 = (acc114 / v99);
  const float v101 = sqrtf(v100);
  const float v102 = (v101 * v45);
  const float v103 = (v96 ? v102 : 1.00000000f);
  const float v104 = (v103 + u_p_epsilon);
  float acc130 = 0.00000000f;
  float acc132 = INFINITY;
  float acc139 = (-INFINITY);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v48 = F_gdpo_reward_0[row];
    const float v51 = (v48 - v50);
    const float v58 = (v51 / v57);
    const bool v59 = (v51 == 0.00000000f);
    const float v60 = (v59 ? 0.00000000f : v58);
    const float v61 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v60 : v51);
    const float v62 = (u_p_weight_0 * v61);
    const float v63 = F_gdpo_reward_1[row];
    const float v66 = (v63 - v65);
    const float v73 = (v66 / v72);
    const bool v74 = (v66 == 0.00000000f);
    const float v75 = (v74 ? 0.00000000f : v73);
    const float v76 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v75 : v66);
    const float v77 = (u_p_weight_1 * v76);
    const float v78 = (v62 + v77);
    const float v79 = F_gdpo_reward_2[row];
    const float v82 = (v79 - v81);
    const float v89 = (v82 / v88);
    const bool v90 = (v82 == 0.00000000f);
    const float v91 = (v90 ? 0.00000000f : v89);
    const float v92 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v91 : v82);
    const float v93 = (u_p_weight_2 * v92);
    const float v94 = (v78 + v93);
    const float v95 = F_gdpo_reward_3[row];
    const float v98 = (v95 - v97);
    const float v105 = (v98 / v104);
    const bool v106 = (v98 == 0.00000000f);
    const float v107 = (v106 ? 0.00000000f : v105);
    const float v108 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v107 : v98);
    const float v109 = (u_p_weight_3 * v108);
    const float v110 = (v94 + v109);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v111 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v112 = ((float)(v111));
        const float v113 = (v110 * v112);
        acc130 = (acc130 + 1.00000000f);
        acc132 = adv_fmin(acc132, v113);
        acc139 = adv_fmax(acc139, v113);
      }
    }
  }
  if ((lid == 0u)) {
    F_v130_partial[g] = acc130;
    F_v132_partial[g] = acc132;
    F_v139_partial[g] = acc139;
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const float u_p_weight_0 = R->U.p_weight_0;
  const float u_p_weight_1 = R->U.p_weight_1;
  const float u_p_weight_2 = R->U.p_weight_2;
  const float u_p_weight_3 = R->U.p_weight_3;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v130_partial = R->F_v130_partial;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v70 = R->F_v70;
  float *const restrict F_v72 = R->F_v72;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v84 = R->F_v84;
  float *const restrict F_v77 = R->F_v77;
  float *const restrict F_v100 = R->F_v100;
  float *const restrict F_v102 = R->F_v102;
  float *const restrict F_v98 = R->F_v98;
  float *const restrict F_v114 = R->F_v114;
  float *const restrict F_v107 = R->F_v107;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v134_partial = R->F_v134_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // batch values %130, %132, %139: combine every group's partial
  float acc_b130 = 0.00000000f;
  float acc_b132 = INFINITY;
  float acc_b139 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b130 = (acc_b130 + F_v130_partial[i]);
    acc_b132 = adv_fmin(acc_b132, F_v132_partial[i]);
    acc_b139 = adv_fmax(acc_b139, F_v139_partial[i]);
  }
  // reduce to group %134 (batch partial)
  const float v115 = F_v10[g];
  const float v116 = F_v12[g];
  const float v117 = F_v7[g];
  const float v118 = (v116 / v117);
  const float v119 = (v115 + v118);
  const bool v120 = (v117 > 1.00000000f);
  const float v121 = (v120 ? v119 : 0.00000000f);
  const float v123 = F_v25[g];
  const float v124 = (v117 - 1.00000000f);
  const float v125 = (v123 / v124);
  const float v126 = sqrtf(v125);
  const float v127 = F_v18[g];
  const float v128 = (v127 - v115);
  const bool v129 = (v128 > 0.00000000f);
  const float v130 = (v129 ? v128 : 1.00000000f);
  const float v131 = (v126 * v130);
  const float v132 = (v120 ? v131 : 1.00000000f);
  const float v133 = (v132 + u_p_epsilon);
  const float v140 = F_v40[g];
  const float v141 = F_v42[g];
  const float v142 = F_v38[g];
  const float v143 = (v141 / v142);
  const float v144 = (v140 + v143);
  const bool v145 = (v142 > 1.00000000f);
  const float v146 = (v145 ? v144 : 0.00000000f);
  const float v148 = F_v54[g];
  const float v149 = (v142 - 1.00000000f);
  const float v150 = (v148 / v149);
  const float v151 = sqrtf(v150);
  const float v152 = F_v47[g];
  const float v153 = (v152 - v140);
  const bool v154 = (v153 > 0.00000000f);
  const float v155 = (v154 ? v153 : 1.00000000f);
  const float v156 = (v151 * v155);
  const float v157 = (v145 ? v156 : 1.00000000f);
  const float v158 = (v157 + u_p_epsilon);
  const float v166 = F_v70[g];
  const float v167 = F_v72[g];
  const float v168 = F_v68[g];
  const float v169 = (v167 / v168);
  const float v170 = (v166 + v169);
  const bool v171 = (v168 > 1.00000000f);
  const float v172 = (v171 ? v170 : 0.00000000f);
  const float v174 = F_v84[g];
  const float v175 = (v168 - 1.00000000f);
  const float v176 = (v174 / v175);
  const float v177 = sqrtf(v176);
  const float v178 = F_v77[g];
  const float v179 = (v178 - v166);
  const bool v180 = (v179 > 0.00000000f);
  const float v181 = (v180 ? v179 : 1.00000000f);
  const float v182 = (v177 * v181);
  const float v183 = (v171 ? v182 : 1.00000000f);
  const float v184 = (v183 + u_p_epsilon);
  const float v192 = F_v100[g];
  const float v193 = F_v102[g];
  const float v194 = F_v98[g];
  const float v195 = (v193 / v194);
  const float v196 = (v192 + v195);
  const bool v197 = (v194 > 1.00000000f);
  const float v198 = (v197 ? v196 : 0.00000000f);
  const float v200 = F_v114[g];
  const float v201 = (v194 - 1.00000000f);
  const float v202 = (v200 / v201);
  const float v203 = sqrtf(v202);
  const float v204 = F_v107[g];
  const float v205 = (v204 - v192);
  const bool v206 = (v205 > 0.00000000f);
  const float v207 = (v206 ? v205 : 1.00000000f);
  const float v208 = (v203 * v207);
  const float v209 = (v197 ? v208 : 1.00000000f);
  const float v210 = (v209 + u_p_epsilon);
  float acc134 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v114 = F_gdpo_reward_0[row];
    const float v122 = (v114 - v121);
    const float v134 = (v122 / v133);
    const bool v135 = (v122 == 0.00000000f);
    const float v136 = (v135 ? 0.00000000f : v134);
    const float v137 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v136 : v122);
    const float v138 = (u_p_weight_0 * v137);
    const float v139 = F_gdpo_reward_1[row];
    const float v147 = (v139 - v146);
    const float v159 = (v147 / v158);
    const bool v160 = (v147 == 0.00000000f);
    const float v161 = (v160 ? 0.00000000f : v159);
    const float v162 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v161 : v147);
    const float v163 = (u_p_weight_1 * v162);
    const float v164 = (v138 + v163);
    const float v165 = F_gdpo_reward_2[row];
    const float v173 = (v165 - v172);
    const float v185 = (v173 / v184);
    const bool v186 = (v173 == 0.00000000f);
    const float v187 = (v186 ? 0.00000000f : v185);
    const float v188 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v187 : v173);
    const float v189 = (u_p_weight_2 * v188);
    const float v190 = (v164 + v189);
    const float v191 = F_gdpo_reward_3[row];
    const float v199 = (v191 - v198);
    const float v211 = (v199 / v210);
    const bool v212 = (v199 == 0.00000000f);
    const float v213 = (v212 ? 0.00000000f : v211);
    const float v214 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v213 : v199);
    const float v215 = (u_p_weight_3 * v214);
    const float v216 = (v190 + v215);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v217 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v218 = ((float)(v217));
        const float v219 = (v216 * v218);
        const float v220 = (v219 - acc_b132);
        acc134 = (acc134 + v220);
      }
    }
  }
  if ((lid == 0u)) {
    F_v134_partial[g] = acc134;
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const float u_p_weight_0 = R->U.p_weight_0;
  const float u_p_weight_1 = R->U.p_weight_1;
  const float u_p_weight_2 = R->U.p_weight_2;
  const float u_p_weight_3 = R->U.p_weight_3;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v130_partial = R->F_v130_partial;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v134_partial = R->F_v134_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v70 = R->F_v70;
  float *const restrict F_v72 = R->F_v72;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v84 = R->F_v84;
  float *const restrict F_v77 = R->F_v77;
  float *const restrict F_v100 = R->F_v100;
  float *const restrict F_v102 = R->F_v102;
  float *const restrict F_v98 = R->F_v98;
  float *const restrict F_v114 = R->F_v114;
  float *const restrict F_v107 = R->F_v107;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v146_partial = R->F_v146_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // batch values %130, %132, %134, %139: combine every group's partial
  float acc_b130 = 0.00000000f;
  float acc_b132 = INFINITY;
  float acc_b134 = 0.00000000f;
  float acc_b139 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b130 = (acc_b130 + F_v130_partial[i]);
    acc_b132 = adv_fmin(acc_b132, F_v132_partial[i]);
    acc_b134 = (acc_b134 + F_v134_partial[i]);
    acc_b139 = adv_fmax(acc_b139, F_v139_partial[i]);
  }
  // reduce to group %146 (batch partial)
  const float v222 = F_v10[g];
  const float v223 = F_v12[g];
  const float v224 = F_v7[g];
  const float v225 = (v223 / v224);
  const float v226 = (v222 + v225);
  const bool v227 = (v224 > 1.00000000f);
  const float v228 = (v227 ? v226 : 0.00000000f);
  const float v230 = F_v25[g];
  const float v231 = (v224 - 1.00000000f);
  const float v232 = (v230 / v231);
  const float v233 = sqrtf(v232);
  const float v234 = F_v18[g];
  const float v235 = (v234 - v222);
  const bool v236 = (v235 > 0.00000000f);
  const float v237 = (v236 ? v235 : 1.00000000f);
  const float v238 = (v233 * v237);
  const float v239 = (v227 ? v238 : 1.00000000f);
  const float v240 = (v239 + u_p_epsilon);
  const float v247 = F_v40[g];
  const float v248 = F_v42[g];
  const float v249 = F_v38[g];
  const float v250 = (v248 / v249);
  const float v251 = (v247 + v250);
  const bool v252 = (v249 > 1.00000000f);
  const float v253 = (v252 ? v251 : 0.00000000f);
  const float v255 = F_v54[g];
  const float v256 = (v249 - 1.00000000f);
  const float v257 = (v255 / v256);
  const float v258 = sqrtf(v257);
  const float v259 = F_v47[g];
  const float v260 = (v259 - v247);
  const bool v261 = (v260 > 0.00000000f);
  const float v262 = (v261 ? v260 : 1.00000000f);
  const float v263 = (v258 * v262);
  const float v264 = (v252 ? v263 : 1.00000000f);
  const float v265 = (v264 + u_p_epsilon);
  const float v273 = F_v70[g];
  const float v274 = F_v72[g];
  const float v275 = F_v68[g];
  const float v276 = (v274 / v275);
  const float v277 = (v273 + v276);
  const bool v278 = (v275 > 1.00000000f);
  const float v279 = (v278 ? v277 : 0.00000000f);
  const float v281 = F_v84[g];
  const float v282 = (v275 - 1.00000000f);
  const float v283 = (v281 / v282);
  const float v284 = sqrtf(v283);
  const float v285 = F_v77[g];
  const float v286 = (v285 - v273);
  const bool v287 = (v286 > 0.00000000f);
  const float v288 = (v287 ? v286 : 1.00000000f);
  const float v289 = (v284 * v288);
  const float v290 = (v278 ? v289 : 1.00000000f);
  const float v291 = (v290 + u_p_epsilon);
  const float v299 = F_v100[g];
  const float v300 = F_v102[g];
  const float v301 = F_v98[g];
  const float v302 = (v300 / v301);
  const float v303 = (v299 + v302);
  const bool v304 = (v301 > 1.00000000f);
  const float v305 = (v304 ? v303 : 0.00000000f);
  const float v307 = F_v114[g];
  const float v308 = (v301 - 1.00000000f);
  const float v309 = (v307 / v308);
  const float v310 = sqrtf(v309);
  const float v311 = F_v107[g];
  const float v312 = (v311 - v299);
  const bool v313 = (v312 > 0.00000000f);
  const float v314 = (v313 ? v312 : 1.00000000f);
  const float v315 = (v310 * v314);
  const float v316 = (v304 ? v315 : 1.00000000f);
  const float v317 = (v316 + u_p_epsilon);
  const float v327 = (acc_b134 / acc_b130);
  const float v328 = (acc_b132 + v327);
  const float v330 = (acc_b139 - acc_b132);
  const bool v331 = (v330 > 0.00000000f);
  const float v332 = (v331 ? v330 : 1.00000000f);
  float acc146 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v221 = F_gdpo_reward_0[row];
    const float v229 = (v221 - v228);
    const float v241 = (v229 / v240);
    const bool v242 = (v229 == 0.00000000f);
    const float v243 = (v242 ? 0.00000000f : v241);
    const float v244 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v243 : v229);
    const float v245 = (u_p_weight_0 * v244);
    const float v246 = F_gdpo_reward_1[row];
    const float v254 = (v246 - v253);
    const float v266 = (v254 / v265);
    const bool v267 = (v254 == 0.00000000f);
    const float v268 = (v267 ? 0.00000000f : v266);
    const float v269 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v268 : v254);
    const float v270 = (u_p_weight_1 * v269);
    const float v271 = (v245 + v270);
    const float v272 = F_gdpo_reward_2[row];
    const float v280 = (v272 - v279);
    const float v292 = (v280 / v291);
    const bool v293 = (v280 == 0.00000000f);
    const float v294 = (v293 ? 0.00000000f : v292);
    const float v295 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v294 : v280);
    const float v296 = (u_p_weight_2 * v295);
    const float v297 = (v271 + v296);
    const float v298 = F_gdpo_reward_3[row];
    const float v306 = (v298 - v305);
    const float v318 = (v306 / v317);
    const bool v319 = (v306 == 0.00000000f);
    const float v320 = (v319 ? 0.00000000f : v318);
    const float v321 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v320 : v306);
    const float v322 = (u_p_weight_3 * v321);
    const float v323 = (v297 + v322);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v324 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v325 = ((float)(v324));
        const float v326 = (v323 * v325);
        const float v329 = (v326 - v328);
        const float v333 = (v329 / v332);
        const float v334 = (v333 * v333);
        acc146 = (acc146 + v334);
      }
    }
  }
  if ((lid == 0u)) {
    F_v146_partial[g] = acc146;
  }
}
static void stage3(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const float u_p_weight_0 = R->U.p_weight_0;
  const float u_p_weight_1 = R->U.p_weight_1;
  const float u_p_weight_2 = R->U.p_weight_2;
  const float u_p_weight_3 = R->U.p_weight_3;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v130_partial = R->F_v130_partial;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v134_partial = R->F_v134_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v146_partial = R->F_v146_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v70 = R->F_v70;
  float *const restrict F_v72 = R->F_v72;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v84 = R->F_v84;
  float *const restrict F_v77 = R->F_v77;
  float *const restrict F_v100 = R->F_v100;
  float *const restrict F_v102 = R->F_v102;
  float *const restrict F_v98 = R->F_v98;
  float *const restrict F_v114 = R->F_v114;
  float *const restrict F_v107 = R->F_v107;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // batch values %130, %132, %134, %139, %146: combine every group's partial
  float acc_b130 = 0.00000000f;
  float acc_b132 = INFINITY;
  float acc_b134 = 0.00000000f;
  float acc_b139 = (-INFINITY);
  float acc_b146 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b130 = (acc_b130 + F_v130_partial[i]);
    acc_b132 = adv_fmin(acc_b132, F_v132_partial[i]);
    acc_b134 = (acc_b134 + F_v134_partial[i]);
    acc_b139 = adv_fmax(acc_b139, F_v139_partial[i]);
    acc_b146 = (acc_b146 + F_v146_partial[i]);
  }
  const float v336 = F_v10[g];
  const float v337 = F_v12[g];
  const float v338 = F_v7[g];
  const float v339 = (v337 / v338);
  const float v340 = (v336 + v339);
  const bool v341 = (v338 > 1.00000000f);
  const float v342 = (v341 ? v340 : 0.00000000f);
  const float v344 = F_v25[g];
  const float v345 = (v338 - 1.00000000f);
  const float v346 = (v344 / v345);
  const float v347 = sqrtf(v346);
  const float v348 = F_v18[g];
  const float v349 = (v348 - v336);
  const bool v350 = (v349 > 0.00000000f);
  const float v351 = (v350 ? v349 : 1.00000000f);
  const float v352 = (v347 * v351);
  const float v353 = (v341 ? v352 : 1.00000000f);
  const float v354 = (v353 + u_p_epsilon);
  const float v361 = F_v40[g];
  const float v362 = F_v42[g];
  const float v363 = F_v38[g];
  const float v364 = (v362 / v363);
  const float v365 = (v361 + v364);
  const bool v366 = (v363 > 1.00000000f);
  const float v367 = (v366 ? v365 : 0.00000000f);
  const float v369 = F_v54[g];
  const float v370 = (v363 - 1.00000000f);
  const float v371 = (v369 / v370);
  const float v372 = sqrtf(v371);
  const float v373 = F_v47[g];
  const float v374 = (v373 - v361);
  const bool v375 = (v374 > 0.00000000f);
  const float v376 = (v375 ? v374 : 1.00000000f);
  const float v377 = (v372 * v376);
  const float v378 = (v366 ? v377 : 1.00000000f);
  const float v379 = (v378 + u_p_epsilon);
  const float v387 = F_v70[g];
  const float v388 = F_v72[g];
  const float v389 = F_v68[g];
  const float v390 = (v388 / v389);
  const float v391 = (v387 + v390);
  const bool v392 = (v389 > 1.00000000f);
  const float v393 = (v392 ? v391 : 0.00000000f);
  const float v395 = F_v84[g];
  const float v396 = (v389 - 1.00000000f);
  const float v397 = (v395 / v396);
  const float v398 = sqrtf(v397);
  const float v399 = F_v77[g];
  const float v400 = (v399 - v387);
  const bool v401 = (v400 > 0.00000000f);
  const float v402 = (v401 ? v400 : 1.00000000f);
  const float v403 = (v398 * v402);
  const float v404 = (v392 ? v403 : 1.00000000f);
  const float v405 = (v404 + u_p_epsilon);
  const float v413 = F_v100[g];
  const float v414 = F_v102[g];
  const float v415 = F_v98[g];
  const float v416 = (v414 / v415);
  const float v417 = (v413 + v416);
  const bool v418 = (v415 > 1.00000000f);
  const float v419 = (v418 ? v417 : 0.00000000f);
  const float v421 = F_v114[g];
  const float v422 = (v415 - 1.00000000f);
  const float v423 = (v421 / v422);
  const float v424 = sqrtf(v423);
  const float v425 = F_v107[g];
  const float v426 = (v425 - v413);
  const bool v427 = (v426 > 0.00000000f);
  const float v428 = (v427 ? v426 : 1.00000000f);
  const float v429 = (v424 * v428);
  const float v430 = (v418 ? v429 : 1.00000000f);
  const float v431 = (v430 + u_p_epsilon);
  const float v438 = (acc_b134 / acc_b130);
  const float v439 = (acc_b132 + v438);
  const bool v440 = (acc_b130 > 0.00000000f);
  const float v441 = (v440 ? v439 : 0.00000000f);
  const float v443 = (acc_b130 - 1.00000000f);
  const float v444 = (acc_b146 / v443);
  const float v445 = (acc_b139 - acc_b132);
  const bool v446 = (v445 > 0.00000000f);
  const float v447 = (v446 ? v445 : 1.00000000f);
  const float v448 = (v444 * v447);
  const float v449 = (v448 * v447);
  const bool v450 = (acc_b130 > 1.00000000f);
  const float v451 = (v450 ? v449 : 0.00000000f);
  const float v452 = (v451 + 9.99999994e-9f);
  const float v453 = (1.0f / sqrtf(v452));
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v335 = F_gdpo_reward_0[row];
    const float v343 = (v335 - v342);
    const float v355 = (v343 / v354);
    const bool v356 = (v343 == 0.00000000f);
    const float v357 = (v356 ? 0.00000000f : v355);
    const float v358 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v357 : v343);
    const float v359 = (u_p_weight_0 * v358);
    const float v360 = F_gdpo_reward_1[row];
    const float v368 = (v360 - v367);
    const float v380 = (v368 / v379);
    const bool v381 = (v368 == 0.00000000f);
    const float v382 = (v381 ? 0.00000000f : v380);
    const float v383 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v382 : v368);
    const float v384 = (u_p_weight_1 * v383);
    const float v385 = (v359 + v384);
    const float v386 = F_gdpo_reward_2[row];
    const float v394 = (v386 - v393);
    const float v406 = (v394 / v405);
    const bool v407 = (v394 == 0.00000000f);
    const float v408 = (v407 ? 0.00000000f : v406);
    const float v409 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v408 : v394);
    const float v410 = (u_p_weight_2 * v409);
    const float v411 = (v385 + v410);
    const float v412 = F_gdpo_reward_3[row];
    const float v420 = (v412 - v419);
    const float v432 = (v420 / v431);
    const bool v433 = (v420 == 0.00000000f);
    const float v434 = (v433 ? 0.00000000f : v432);
    const float v435 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v434 : v420);
    const float v436 = (u_p_weight_3 * v435);
    const float v437 = (v411 + v436);
    const float v442 = (v437 - v441);
    const float v454 = (v442 * v453);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v455 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v456 = ((float)(v455));
      const float v457 = (v454 * v456);
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v457;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0, stage1, stage2, stage3 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others,
   except after the last kernel: the caller joins the threads, and a thread that finished first would otherwise
   sleep at the barrier and have to be woken (and scheduled) before the join could return */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 4; s++) {
    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {
      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };
      STAGES[s](wid, 0u);
    }
    if (R->threads > 1u && s + 1 < 4) pthread_barrier_wait(&R->barrier);
  }
  return NULL;
}

/* a started thread first waits until the barrier counts the threads that could be started */
static void *adv_started(void *run) {
  pthread_mutex_lock(&((Run *)run)->gate);
  pthread_mutex_unlock(&((Run *)run)->gate);
  return adv_share(run);
}

/* every kernel over run->groups groups (run->order) on run->threads threads (clamped to 1..64); claim zeroed.
   A thread that cannot be started leaves its groups to the others: the barrier counts only those running. */
static void adv_run_kernels(Run *run) {
  if (run->threads < 1u) run->threads = 1u;
  if (run->threads > 64u) run->threads = 64u;
  pthread_t tid[64];
  uint32_t started = 1u;
  const bool gated = run->threads > 1u;
  if (gated) {
    pthread_mutex_init(&run->gate, NULL);
    pthread_mutex_lock(&run->gate);
    for (uint32_t t = 1u; t < run->threads; t++)
      if (pthread_create(&tid[started], NULL, adv_started, run) == 0) started++;
    pthread_barrier_init(&run->barrier, NULL, started);
    run->threads = started;
    pthread_mutex_unlock(&run->gate);
  }
  adv_share(run);
  for (uint32_t t = 1u; t < started; t++) pthread_join(tid[t], NULL);
  if (gated) {
    pthread_barrier_destroy(&run->barrier);
    pthread_mutex_destroy(&run->gate);
  }
}

typedef struct napi_env__ *napi_env;
typedef struct napi_value__ *napi_value;
typedef struct napi_callback_info__ *napi_callback_info;
typedef napi_value (*napi_callback)(napi_env, napi_callback_info);
extern int napi_get_cb_info(napi_env, napi_callback_info, size_t *, napi_value *, napi_value *, void **);
extern int napi_get_typedarray_info(napi_env, napi_value, int *, size_t *, void **, napi_value *, size_t *);
extern int napi_get_element(napi_env, napi_value, uint32_t, napi_value *);
extern int napi_get_value_uint32(napi_env, napi_value, uint32_t *);
extern int napi_create_function(napi_env, const char *, size_t, napi_callback, void *, napi_value *);
extern int napi_set_named_property(napi_env, napi_value, const char *, napi_value);
extern int napi_get_undefined(napi_env, napi_value *);

static void *adv_data(napi_env env, napi_value v, size_t *length) {
  int type; void *data; napi_value buffer; size_t offset;
  napi_get_typedarray_info(env, v, &type, length, &data, &buffer, &offset);
  return data;
}

static void *adv_element(napi_env env, napi_value list, uint32_t i, size_t *n) {
  napi_value v;
  napi_get_element(env, list, i, &v);
  return adv_data(env, v, n);
}

/* run(uniforms: Int32Array (bit patterns in struct order), f: Float32Array[], i: Int32Array[], h: Int32Array, order: Int32Array, threads) */
static napi_value adv_run(napi_env env, napi_callback_info info) {
  size_t argc = 6, n;
  napi_value argv[6];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  Run run;
  memset(&run, 0, sizeof run);
  memcpy(&run.U, adv_data(env, argv[0], &n), sizeof run.U);
  run.F_gdpo_reward_0 = adv_element(env, argv[1], 0, &n);
  run.F_gdpo_reward_1 = adv_element(env, argv[1], 1, &n);
  run.F_gdpo_reward_2 = adv_element(env, argv[1], 2, &n);
  run.F_gdpo_reward_3 = adv_element(env, argv[1], 3, &n);
  run.F_v7 = adv_element(env, argv[1], 4, &n);
  run.F_v10 = adv_element(env, argv[1], 5, &n);
  run.F_v18 = adv_element(env, argv[1], 6, &n);
  run.F_v38 = adv_element(env, argv[1], 7, &n);
  run.F_v40 = adv_element(env, argv[1], 8, &n);
  run.F_v47 = adv_element(env, argv[1], 9, &n);
  run.F_v68 = adv_element(env, argv[1], 10, &n);
  run.F_v70 = adv_element(env, argv[1], 11, &n);
  run.F_v77 = adv_element(env, argv[1], 12, &n);
  run.F_v98 = adv_element(env, argv[1], 13, &n);
  run.F_v100 = adv_element(env, argv[1], 14, &n);
  run.F_v107 = adv_element(env, argv[1], 15, &n);
  run.F_v12 = adv_element(env, argv[1], 16, &n);
  run.F_v42 = adv_element(env, argv[1], 17, &n);
  run.F_v72 = adv_element(env, argv[1], 18, &n);
  run.F_v102 = adv_element(env, argv[1], 19, &n);
  run.F_v25 = adv_element(env, argv[1], 20, &n);
  run.F_v54 = adv_element(env, argv[1], 21, &n);
  run.F_v84 = adv_element(env, argv[1], 22, &n);
  run.F_v114 = adv_element(env, argv[1], 23, &n);
  run.F_v130_partial = adv_element(env, argv[1], 24, &n);
  run.F_v132_partial = adv_element(env, argv[1], 25, &n);
  run.F_v139_partial = adv_element(env, argv[1], 26, &n);
  run.F_v134_partial = adv_element(env, argv[1], 27, &n);
  run.F_v146_partial = adv_element(env, argv[1], 28, &n);
  run.F_out_advantages = adv_element(env, argv[1], 29, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_response_mask = adv_element(env, argv[2], 2, &n);

  run.order = adv_data(env, argv[4], &n);
  run.groups = (uint32_t)n;
  napi_get_value_uint32(env, argv[5], &run.threads);
  adv_run_kernels(&run);
  napi_value r;
  napi_get_undefined(env, &r);
  return r;
}

__attribute__((visibility("default"))) napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "run", 3, adv_run, NULL, &fn);
  napi_set_named_property(env, exports, "run", fn);
  return exports;
}
