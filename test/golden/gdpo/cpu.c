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
/* min and max as the interpreter computes them: NaN when either is NaN, -0 below +0 */
static inline float adv_fmin(float a, float b) { return a != a || b != b ? NAN : a < b || (a == b && signbit(a)) ? a : b; }
static inline float adv_fmax(float a, float b) { return a != a || b != b ? NAN : a > b || (a == b && !signbit(a)) ? a : b; }
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
  uint32_t o_v17;
  uint32_t o_v27;
  uint32_t o_v29;
  uint32_t o_v35;
  uint32_t o_v46;
  uint32_t o_v48;
  uint32_t o_v54;
  uint32_t o_v65;
  uint32_t o_v67;
  uint32_t o_v73;
  uint32_t o_v85_partial;
  uint32_t o_v87_partial;
  uint32_t o_v92_partial;
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
  float *F_v27;
  float *F_v29;
  float *F_v46;
  float *F_v48;
  float *F_v65;
  float *F_v67;
  float *F_v85_partial;
  float *F_v17;
  float *F_v35;
  float *F_v54;
  float *F_v73;
  float *F_v87_partial;
  float *F_v92_partial;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[3];
  pthread_barrier_t barrier;
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static inline float adv_bits(uint32_t b) {
  uint32_t x = b;
  return adv_f32bits((uint32_t)(x));
}
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const float u_p_weight_0 = R->U.p_weight_0;
  const float u_p_weight_1 = R->U.p_weight_1;
  const float u_p_weight_2 = R->U.p_weight_2;
  const float u_p_weight_3 = R->U.p_weight_3;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v27 = R->F_v27;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v46 = R->F_v46;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_v67 = R->F_v67;
  float *const restrict F_v85_partial = R->F_v85_partial;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v35 = R->F_v35;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v87_partial = R->F_v87_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  float acc7 = 0.00000000f;
  float acc10 = 0.00000000f;
  float acc27 = 0.00000000f;
  float acc29 = 0.00000000f;
  float acc46 = 0.00000000f;
  float acc48 = 0.00000000f;
  float acc65 = 0.00000000f;
  float acc67 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v0 = F_gdpo_reward_0[row];
    const float v1 = F_gdpo_reward_1[row];
    const float v2 = F_gdpo_reward_2[row];
    const float v3 = F_gdpo_reward_3[row];
    acc7 = (acc7 + 1.00000000f);
    acc10 = (acc10 + v0);
    acc27 = (acc27 + 1.00000000f);
    acc29 = (acc29 + v1);
    acc46 = (acc46 + 1.00000000f);
    acc48 = (acc48 + v2);
    acc65 = (acc65 + 1.00000000f);
    acc67 = (acc67 + v3);
  }
  float acc85 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v4 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v5 = ((float)(v4));
        acc85 = (acc85 + v5);
      }
    }
  }
  if ((lid == 0u)) {
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
  const float v7 = (acc10 / acc7);
  const float v11 = (acc29 / acc27);
  const float v15 = (acc48 / acc46);
  const float v19 = (acc67 / acc65);
  float acc17 = 0.00000000f;
  float acc35 = 0.00000000f;
  float acc54 = 0.00000000f;
  float acc73 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v6 = F_gdpo_reward_0[row];
    const float v8 = (v6 - v7);
    const float v9 = (v8 * v8);
    const float v10 = F_gdpo_reward_1[row];
    const float v12 = (v10 - v11);
    const float v13 = (v12 * v12);
    const float v14 = F_gdpo_reward_2[row];
    const float v16 = (v14 - v15);
    const float v17 = (v16 * v16);
    const float v18 = F_gdpo_reward_3[row];
    const float v20 = (v18 - v19);
    const float v21 = (v20 * v20);
    acc17 = (acc17 + v9);
    acc35 = (acc35 + v13);
    acc54 = (acc54 + v17);
    acc73 = (acc73 + v21);
  }
  if ((lid == 0u)) {
    F_v17[g] = acc17;
    F_v35[g] = acc35;
    F_v54[g] = acc54;
    F_v73[g] = acc73;
  }
  const bool v23 = (acc7 > 1.00000000f);
  const float v24 = (v23 ? v7 : 0.00000000f);
  const float v26 = (acc7 - 1.00000000f);
  const float v27 = (acc17 / v26);
  const float v28 = sqrtf(v27);
  const float v29 = (v23 ? v28 : 1.00000000f);
  const float v30 = (v29 + u_p_epsilon);
  const bool v35 = (acc27 > 1.00000000f);
  const float v36 = (v35 ? v11 : 0.00000000f);
  const float v38 = (acc27 - 1.00000000f);
  const float v39 = (acc35 / v38);
  const float v40 = sqrtf(v39);
  const float v41 = (v35 ? v40 : 1.00000000f);
  const float v42 = (v41 + u_p_epsilon);
  const bool v48 = (acc46 > 1.00000000f);
  const float v49 = (v48 ? v15 : 0.00000000f);
  const float v51 = (acc46 - 1.00000000f);
  const float v52 = (acc54 / v51);
  const float v53 = sqrtf(v52);
  const float v54 = (v48 ? v53 : 1.00000000f);
  const float v55 = (v54 + u_p_epsilon);
  const bool v61 = (acc65 > 1.00000000f);
  const float v62 = (v61 ? v19 : 0.00000000f);
  const float v64 = (acc65 - 1.00000000f);
  const float v65 = (acc73 / v64);
  const float v66 = sqrtf(v65);
  const float v67 = (v61 ? v66 : 1.00000000f);
  const float v68 = (v67 + u_p_epsilon);
  float acc87 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v22 = F_gdpo_reward_0[row];
    const float v25 = (v22 - v24);
    const float v31 = (v25 / v30);
    const float v32 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v31 : v25);
    const float v33 = (u_p_weight_0 * v32);
    const float v34 = F_gdpo_reward_1[row];
    const float v37 = (v34 - v36);
    const float v43 = (v37 / v42);
    const float v44 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v43 : v37);
    const float v45 = (u_p_weight_1 * v44);
    const float v46 = (v33 + v45);
    const float v47 = F_gdpo_reward_2[row];
    const float v50 = (v47 - v49);
    const float v56 = (v50 / v55);
    const float v57 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v56 : v50);
    const float v58 = (u_p_weight_2 * v57);
    const float v59 = (v46 + v58);
    const float v60 = F_gdpo_reward_3[row];
    const float v63 = (v60 - v62);
    const float v69 = (v63 / v68);
    const float v70 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v69 : v63);
    const float v71 = (u_p_weight_3 * v70);
    const float v72 = (v59 + v71);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v73 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v74 = ((float)(v73));
        const float v75 = (v72 * v74);
        acc87 = (acc87 + v75);
      }
    }
  }
  if ((lid == 0u)) {
    F_v87_partial[g] = acc87;
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
  float *const restrict F_v85_partial = R->F_v85_partial;
  float *const restrict F_v87_partial = R->F_v87_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v27 = R->F_v27;
  float *const restrict F_v35 = R->F_v35;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v46 = R->F_v46;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v67 = R->F_v67;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_v73 = R->F_v73;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v92_partial = R->F_v92_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  float acc_b85 = 0.00000000f;
  float acc_b87 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b85 = (acc_b85 + F_v85_partial[i]);
    acc_b87 = (acc_b87 + F_v87_partial[i]);
  }
  const float v77 = F_v10[g];
  const float v78 = F_v7[g];
  const float v79 = (v77 / v78);
  const bool v80 = (v78 > 1.00000000f);
  const float v81 = (v80 ? v79 : 0.00000000f);
  const float v83 = F_v17[g];
  const float v84 = (v78 - 1.00000000f);
  const float v85 = (v83 / v84);
  const float v86 = sqrtf(v85);
  const float v87 = (v80 ? v86 : 1.00000000f);
  const float v88 = (v87 + u_p_epsilon);
  const float v93 = F_v29[g];
  const float v94 = F_v27[g];
  const float v95 = (v93 / v94);
  const bool v96 = (v94 > 1.00000000f);
  const float v97 = (v96 ? v95 : 0.00000000f);
  const float v99 = F_v35[g];
  const float v100 = (v94 - 1.00000000f);
  const float v101 = (v99 / v100);
  const float v102 = sqrtf(v101);
  const float v103 = (v96 ? v102 : 1.00000000f);
  const float v104 = (v103 + u_p_epsilon);
  const float v110 = F_v48[g];
  const float v111 = F_v46[g];
  const float v112 = (v110 / v111);
  const bool v113 = (v111 > 1.00000000f);
  const float v114 = (v113 ? v112 : 0.00000000f);
  const float v116 = F_v54[g];
  const float v117 = (v111 - 1.00000000f);
  const float v118 = (v116 / v117);
  const float v119 = sqrtf(v118);
  const float v120 = (v113 ? v119 : 1.00000000f);
  const float v121 = (v120 + u_p_epsilon);
  const float v127 = F_v67[g];
  const float v128 = F_v65[g];
  const float v129 = (v127 / v128);
  const bool v130 = (v128 > 1.00000000f);
  const float v131 = (v130 ? v129 : 0.00000000f);
  const float v133 = F_v73[g];
  const float v134 = (v128 - 1.00000000f);
  const float v135 = (v133 / v134);
  const float v136 = sqrtf(v135);
  const float v137 = (v130 ? v136 : 1.00000000f);
  const float v138 = (v137 + u_p_epsilon);
  const float v143 = (acc_b87 / acc_b85);
  float acc92 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v76 = F_gdpo_reward_0[row];
    const float v82 = (v76 - v81);
    const float v89 = (v82 / v88);
    const float v90 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v89 : v82);
    const float v91 = (u_p_weight_0 * v90);
    const float v92 = F_gdpo_reward_1[row];
    const float v98 = (v92 - v97);
    const float v105 = (v98 / v104);
    const float v106 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v105 : v98);
    const float v107 = (u_p_weight_1 * v106);
    const float v108 = (v91 + v107);
    const float v109 = F_gdpo_reward_2[row];
    const float v115 = (v109 - v114);
    const float v122 = (v115 / v121);
    const float v123 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v122 : v115);
    const float v124 = (u_p_weight_2 * v123);
    const float v125 = (v108 + v124);
    const float v126 = F_gdpo_reward_3[row];
    const float v132 = (v126 - v131);
    const float v139 = (v132 / v138);
    const float v140 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v139 : v132);
    const float v141 = (u_p_weight_3 * v140);
    const float v142 = (v125 + v141);
    const float v144 = (v142 - v143);
    const float v145 = (v144 * v144);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v146 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v147 = ((float)(v146));
        const float v148 = (v145 * v147);
        acc92 = (acc92 + v148);
      }
    }
  }
  if ((lid == 0u)) {
    F_v92_partial[g] = acc92;
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
  float *const restrict F_v85_partial = R->F_v85_partial;
  float *const restrict F_v87_partial = R->F_v87_partial;
  float *const restrict F_v92_partial = R->F_v92_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v27 = R->F_v27;
  float *const restrict F_v35 = R->F_v35;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v46 = R->F_v46;
  float *const restrict F_v54 = R->F_v54;
  float *const restrict F_v67 = R->F_v67;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_v73 = R->F_v73;
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
  float acc_b85 = 0.00000000f;
  float acc_b87 = 0.00000000f;
  float acc_b92 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b85 = (acc_b85 + F_v85_partial[i]);
    acc_b87 = (acc_b87 + F_v87_partial[i]);
    acc_b92 = (acc_b92 + F_v92_partial[i]);
  }
  const float v150 = F_v10[g];
  const float v151 = F_v7[g];
  const float v152 = (v150 / v151);
  const bool v153 = (v151 > 1.00000000f);
  const float v154 = (v153 ? v152 : 0.00000000f);
  const float v156 = F_v17[g];
  const float v157 = (v151 - 1.00000000f);
  const float v158 = (v156 / v157);
  const float v159 = sqrtf(v158);
  const float v160 = (v153 ? v159 : 1.00000000f);
  const float v161 = (v160 + u_p_epsilon);
  const float v166 = F_v29[g];
  const float v167 = F_v27[g];
  const float v168 = (v166 / v167);
  const bool v169 = (v167 > 1.00000000f);
  const float v170 = (v169 ? v168 : 0.00000000f);
  const float v172 = F_v35[g];
  const float v173 = (v167 - 1.00000000f);
  const float v174 = (v172 / v173);
  const float v175 = sqrtf(v174);
  const float v176 = (v169 ? v175 : 1.00000000f);
  const float v177 = (v176 + u_p_epsilon);
  const float v183 = F_v48[g];
  const float v184 = F_v46[g];
  const float v185 = (v183 / v184);
  const bool v186 = (v184 > 1.00000000f);
  const float v187 = (v186 ? v185 : 0.00000000f);
  const float v189 = F_v54[g];
  const float v190 = (v184 - 1.00000000f);
  const float v191 = (v189 / v190);
  const float v192 = sqrtf(v191);
  const float v193 = (v186 ? v192 : 1.00000000f);
  const float v194 = (v193 + u_p_epsilon);
  const float v200 = F_v67[g];
  const float v201 = F_v65[g];
  const float v202 = (v200 / v201);
  const bool v203 = (v201 > 1.00000000f);
  const float v204 = (v203 ? v202 : 0.00000000f);
  const float v206 = F_v73[g];
  const float v207 = (v201 - 1.00000000f);
  const float v208 = (v206 / v207);
  const float v209 = sqrtf(v208);
  const float v210 = (v203 ? v209 : 1.00000000f);
  const float v211 = (v210 + u_p_epsilon);
  const float v216 = (acc_b87 / acc_b85);
  const float v218 = (acc_b85 - 1.00000000f);
  const float v219 = (acc_b92 / v218);
  const float v220 = (v219 + 9.99999994e-9f);
  const float v221 = (1.0f / sqrtf(v220));
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v149 = F_gdpo_reward_0[row];
    const float v155 = (v149 - v154);
    const float v162 = (v155 / v161);
    const float v163 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v162 : v155);
    const float v164 = (u_p_weight_0 * v163);
    const float v165 = F_gdpo_reward_1[row];
    const float v171 = (v165 - v170);
    const float v178 = (v171 / v177);
    const float v179 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v178 : v171);
    const float v180 = (u_p_weight_1 * v179);
    const float v181 = (v164 + v180);
    const float v182 = F_gdpo_reward_2[row];
    const float v188 = (v182 - v187);
    const float v195 = (v188 / v194);
    const float v196 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v195 : v188);
    const float v197 = (u_p_weight_2 * v196);
    const float v198 = (v181 + v197);
    const float v199 = F_gdpo_reward_3[row];
    const float v205 = (v199 - v204);
    const float v212 = (v205 / v211);
    const float v213 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v212 : v205);
    const float v214 = (u_p_weight_3 * v213);
    const float v215 = (v198 + v214);
    const float v217 = (v215 - v216);
    const float v222 = (v217 * v221);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v223 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v224 = ((float)(v223));
      const float v225 = (v222 * v224);
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v225;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0, stage1, stage2 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 3; s++) {
    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {
      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };
      STAGES[s](wid, 0u);
    }
    if (R->threads > 1u) pthread_barrier_wait(&R->barrier);
  }
  return NULL;
}

/* every kernel over run->groups groups (run->order) on run->threads threads (clamped to 1..64); claim zeroed */
static void adv_run_kernels(Run *run) {
  if (run->threads < 1u) run->threads = 1u;
  if (run->threads > 64u) run->threads = 64u;
  pthread_t tid[64];
  if (run->threads > 1u) pthread_barrier_init(&run->barrier, NULL, run->threads);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_create(&tid[t], NULL, adv_share, run);
  adv_share(run);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_join(tid[t], NULL);
  if (run->threads > 1u) pthread_barrier_destroy(&run->barrier);
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
  run.F_v27 = adv_element(env, argv[1], 6, &n);
  run.F_v29 = adv_element(env, argv[1], 7, &n);
  run.F_v46 = adv_element(env, argv[1], 8, &n);
  run.F_v48 = adv_element(env, argv[1], 9, &n);
  run.F_v65 = adv_element(env, argv[1], 10, &n);
  run.F_v67 = adv_element(env, argv[1], 11, &n);
  run.F_v85_partial = adv_element(env, argv[1], 12, &n);
  run.F_v17 = adv_element(env, argv[1], 13, &n);
  run.F_v35 = adv_element(env, argv[1], 14, &n);
  run.F_v54 = adv_element(env, argv[1], 15, &n);
  run.F_v73 = adv_element(env, argv[1], 16, &n);
  run.F_v87_partial = adv_element(env, argv[1], 17, &n);
  run.F_v92_partial = adv_element(env, argv[1], 18, &n);
  run.F_out_advantages = adv_element(env, argv[1], 19, &n);
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
