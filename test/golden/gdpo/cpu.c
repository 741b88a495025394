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
  uint32_t o_v12;
  uint32_t o_v18;
  uint32_t o_v25;
  uint32_t o_v36;
  uint32_t o_v38;
  uint32_t o_v40;
  uint32_t o_v45;
  uint32_t o_v52;
  uint32_t o_v64;
  uint32_t o_v66;
  uint32_t o_v68;
  uint32_t o_v73;
  uint32_t o_v80;
  uint32_t o_v92;
  uint32_t o_v94;
  uint32_t o_v96;
  uint32_t o_v101;
  uint32_t o_v108;
  uint32_t o_v122_partial;
  uint32_t o_v124_partial;
  uint32_t o_v126_partial;
  uint32_t o_v131_partial;
  uint32_t o_v138_partial;
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
  float *F_v36;
  float *F_v38;
  float *F_v45;
  float *F_v64;
  float *F_v66;
  float *F_v73;
  float *F_v92;
  float *F_v94;
  float *F_v101;
  float *F_v12;
  float *F_v40;
  float *F_v68;
  float *F_v96;
  float *F_v25;
  float *F_v52;
  float *F_v80;
  float *F_v108;
  float *F_v122_partial;
  float *F_v124_partial;
  float *F_v131_partial;
  float *F_v126_partial;
  float *F_v138_partial;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[4];
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
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v66 = R->F_v66;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v92 = R->F_v92;
  float *const restrict F_v94 = R->F_v94;
  float *const restrict F_v101 = R->F_v101;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v96 = R->F_v96;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v80 = R->F_v80;
  float *const restrict F_v108 = R->F_v108;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v122_partial = R->F_v122_partial;
  float *const restrict F_v124_partial = R->F_v124_partial;
  float *const restrict F_v131_partial = R->F_v131_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  float acc7 = 0.00000000f;
  float acc10 = adv_bits(2139095040u);
  float acc18 = adv_bits(4286578688u);
  float acc36 = 0.00000000f;
  float acc38 = adv_bits(2139095040u);
  float acc45 = adv_bits(4286578688u);
  float acc64 = 0.00000000f;
  float acc66 = adv_bits(2139095040u);
  float acc73 = adv_bits(4286578688u);
  float acc92 = 0.00000000f;
  float acc94 = adv_bits(2139095040u);
  float acc101 = adv_bits(4286578688u);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v0 = F_gdpo_reward_0[row];
    const float v1 = F_gdpo_reward_1[row];
    const float v2 = F_gdpo_reward_2[row];
    const float v3 = F_gdpo_reward_3[row];
    acc7 = (acc7 + 1.00000000f);
    acc10 = adv_fmin(acc10, v0);
    acc18 = adv_fmax(acc18, v0);
    acc36 = (acc36 + 1.00000000f);
    acc38 = adv_fmin(acc38, v1);
    acc45 = adv_fmax(acc45, v1);
    acc64 = (acc64 + 1.00000000f);
    acc66 = adv_fmin(acc66, v2);
    acc73 = adv_fmax(acc73, v2);
    acc92 = (acc92 + 1.00000000f);
    acc94 = adv_fmin(acc94, v3);
    acc101 = adv_fmax(acc101, v3);
  }
  if ((lid == 0u)) {
    F_v7[g] = acc7;
    F_v10[g] = acc10;
    F_v18[g] = acc18;
    F_v36[g] = acc36;
    F_v38[g] = acc38;
    F_v45[g] = acc45;
    F_v64[g] = acc64;
    F_v66[g] = acc66;
    F_v73[g] = acc73;
    F_v92[g] = acc92;
    F_v94[g] = acc94;
    F_v101[g] = acc101;
  }
  float acc12 = 0.00000000f;
  float acc40 = 0.00000000f;
  float acc68 = 0.00000000f;
  float acc96 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v4 = F_gdpo_reward_0[row];
    const float v5 = (v4 - acc10);
    const float v6 = F_gdpo_reward_1[row];
    const float v7 = (v6 - acc38);
    const float v8 = F_gdpo_reward_2[row];
    const float v9 = (v8 - acc66);
    const float v10 = F_gdpo_reward_3[row];
    const float v11 = (v10 - acc94);
    acc12 = (acc12 + v5);
    acc40 = (acc40 + v7);
    acc68 = (acc68 + v9);
    acc96 = (acc96 + v11);
  }
  if ((lid == 0u)) {
    F_v12[g] = acc12;
    F_v40[g] = acc40;
    F_v68[g] = acc68;
    F_v96[g] = acc96;
  }
  const float v13 = (acc12 / acc7);
  const float v14 = (acc10 + v13);
  const float v16 = (acc18 - acc10);
  const bool v17 = (v16 > 0.00000000f);
  const float v18 = (v17 ? v16 : 1.00000000f);
  const float v22 = (acc40 / acc36);
  const float v23 = (acc38 + v22);
  const float v25 = (acc45 - acc38);
  const bool v26 = (v25 > 0.00000000f);
  const float v27 = (v26 ? v25 : 1.00000000f);
  const float v31 = (acc68 / acc64);
  const float v32 = (acc66 + v31);
  const float v34 = (acc73 - acc66);
  const bool v35 = (v34 > 0.00000000f);
  const float v36 = (v35 ? v34 : 1.00000000f);
  const float v40 = (acc96 / acc92);
  const float v41 = (acc94 + v40);
  const float v43 = (acc101 - acc94);
  const bool v44 = (v43 > 0.00000000f);
  const float v45 = (v44 ? v43 : 1.00000000f);
  float acc25 = 0.00000000f;
  float acc52 = 0.00000000f;
  float acc80 = 0.00000000f;
  float acc108 = 0.00000000f;
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
    acc52 = (acc52 + v29);
    acc80 = (acc80 + v38);
    acc108 = (acc108 + v47);
  }
  if ((lid == 0u)) {
    F_v25[g] = acc25;
    F_v52[g] = acc52;
    F_v80[g] = acc80;
    F_v108[g] = acc108;
  }
  const bool v49 = (acc7 > 1.00000000f);
  const float v50 = (v49 ? v14 : 0.00000000f);
  const float v52 = (acc7 - 1.00000000f);
  const float v53 = (acc25 / v52);
  const float v54 = sqrtf(v53);
  const float v55 = (v54 * v18);
  const float v56 = (v49 ? v55 : 1.00000000f);
  const float v57 = (v56 + u_p_epsilon);
  const bool v62 = (acc36 > 1.00000000f);
  const float v63 = (v62 ? v23 : 0.00000000f);
  const float v65 = (acc36 - 1.00000000f);
  const float v66 = (acc52 / v65);
  const float v67 = sqrtf(v66);
  const float v68 = (v67 * v27);
  const float v69 = (v62 ? v68 : 1.00000000f);
  const float v70 = (v69 + u_p_epsilon);
  const bool v76 = (acc64 > 1.00000000f);
  const float v77 = (v76 ? v32 : 0.00000000f);
  const float v79 = (acc64 - 1.00000000f);
  const float v80 = (acc80 / v79);
  const float v81 = sqrtf(v80);
  const float v82 = (v81 * v36);
  const float v83 = (v76 ? v82 : 1.00000000f);
  const float v84 = (v83 + u_p_epsilon);
  const bool v90 = (acc92 > 1.00000000f);
  const float v91 = (v90 ? v41 : 0.00000000f);
  const float v93 = (acc92 - 1.00000000f);
  const float v94 = (acc108 / v93);
  const float v95 = sqrtf(v94);
  const float v96 = (v95 * v45);
  const float v97 = (v90 ? v96 : 1.00000000f);
  const float v98 = (v97 + u_p_epsilon);
  float acc122 = 0.00000000f;
  float acc124 = adv_bits(2139095040u);
  float acc131 = adv_bits(4286578688u);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v48 = F_gdpo_reward_0[row];
    const float v51 = (v48 - v50);
    const float v58 = (v51 / v57);
    const float v59 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v58 : v51);
    const float v60 = (u_p_weight_0 * v59);
    const float v61 = F_gdpo_reward_1[row];
    const float v64 = (v61 - v63);
    const float v71 = (v64 / v70);
    const float v72 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v71 : v64);
    const float v73 = (u_p_weight_1 * v72);
    const float v74 = (v60 + v73);
    const float v75 = F_gdpo_reward_2[row];
    const float v78 = (v75 - v77);
    const float v85 = (v78 / v84);
    const float v86 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v85 : v78);
    const float v87 = (u_p_weight_2 * v86);
    const float v88 = (v74 + v87);
    const float v89 = F_gdpo_reward_3[row];
    const float v92 = (v89 - v91);
    const float v99 = (v92 / v98);
    const float v100 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v99 : v92);
    const float v101 = (u_p_weight_3 * v100);
    const float v102 = (v88 + v101);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v103 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v104 = ((float)(v103));
        const float v105 = (v102 * v104);
        acc122 = (acc122 + 1.00000000f);
        acc124 = adv_fmin(acc124, v105);
        acc131 = adv_fmax(acc131, v105);
      }
    }
  }
  if ((lid == 0u)) {
    F_v122_partial[g] = acc122;
    F_v124_partial[g] = acc124;
    F_v131_partial[g] = acc131;
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
  float *const restrict F_v122_partial = R->F_v122_partial;
  float *const restrict F_v124_partial = R->F_v124_partial;
  float *const restrict F_v131_partial = R->F_v131_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v66 = R->F_v66;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v80 = R->F_v80;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v94 = R->F_v94;
  float *const restrict F_v96 = R->F_v96;
  float *const restrict F_v92 = R->F_v92;
  float *const restrict F_v108 = R->F_v108;
  float *const restrict F_v101 = R->F_v101;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v126_partial = R->F_v126_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  float acc_b122 = 0.00000000f;
  float acc_b124 = adv_bits(2139095040u);
  float acc_b131 = adv_bits(4286578688u);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b122 = (acc_b122 + F_v122_partial[i]);
    acc_b124 = adv_fmin(acc_b124, F_v124_partial[i]);
    acc_b131 = adv_fmax(acc_b131, F_v131_partial[i]);
  }
  const float v107 = F_v10[g];
  const float v108 = F_v12[g];
  const float v109 = F_v7[g];
  const float v110 = (v108 / v109);
  const float v111 = (v107 + v110);
  const bool v112 = (v109 > 1.00000000f);
  const float v113 = (v112 ? v111 : 0.00000000f);
  const float v115 = F_v25[g];
  const float v116 = (v109 - 1.00000000f);
  const float v117 = (v115 / v116);
  const float v118 = sqrtf(v117);
  const float v119 = F_v18[g];
  const float v120 = (v119 - v107);
  const bool v121 = (v120 > 0.00000000f);
  const float v122 = (v121 ? v120 : 1.00000000f);
  const float v123 = (v118 * v122);
  const float v124 = (v112 ? v123 : 1.00000000f);
  const float v125 = (v124 + u_p_epsilon);
  const float v130 = F_v38[g];
  const float v131 = F_v40[g];
  const float v132 = F_v36[g];
  const float v133 = (v131 / v132);
  const float v134 = (v130 + v133);
  const bool v135 = (v132 > 1.00000000f);
  const float v136 = (v135 ? v134 : 0.00000000f);
  const float v138 = F_v52[g];
  const float v139 = (v132 - 1.00000000f);
  const float v140 = (v138 / v139);
  const float v141 = sqrtf(v140);
  const float v142 = F_v45[g];
  const float v143 = (v142 - v130);
  const bool v144 = (v143 > 0.00000000f);
  const float v145 = (v144 ? v143 : 1.00000000f);
  const float v146 = (v141 * v145);
  const float v147 = (v135 ? v146 : 1.00000000f);
  const float v148 = (v147 + u_p_epsilon);
  const float v154 = F_v66[g];
  const float v155 = F_v68[g];
  const float v156 = F_v64[g];
  const float v157 = (v155 / v156);
  const float v158 = (v154 + v157);
  const bool v159 = (v156 > 1.00000000f);
  const float v160 = (v159 ? v158 : 0.00000000f);
  const float v162 = F_v80[g];
  const float v163 = (v156 - 1.00000000f);
  const float v164 = (v162 / v163);
  const float v165 = sqrtf(v164);
  const float v166 = F_v73[g];
  const float v167 = (v166 - v154);
  const bool v168 = (v167 > 0.00000000f);
  const float v169 = (v168 ? v167 : 1.00000000f);
  const float v170 = (v165 * v169);
  const float v171 = (v159 ? v170 : 1.00000000f);
  const float v172 = (v171 + u_p_epsilon);
  const float v178 = F_v94[g];
  const float v179 = F_v96[g];
  const float v180 = F_v92[g];
  const float v181 = (v179 / v180);
  const float v182 = (v178 + v181);
  const bool v183 = (v180 > 1.00000000f);
  const float v184 = (v183 ? v182 : 0.00000000f);
  const float v186 = F_v108[g];
  const float v187 = (v180 - 1.00000000f);
  const float v188 = (v186 / v187);
  const float v189 = sqrtf(v188);
  const float v190 = F_v101[g];
  const float v191 = (v190 - v178);
  const bool v192 = (v191 > 0.00000000f);
  const float v193 = (v192 ? v191 : 1.00000000f);
  const float v194 = (v189 * v193);
  const float v195 = (v183 ? v194 : 1.00000000f);
  const float v196 = (v195 + u_p_epsilon);
  float acc126 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v106 = F_gdpo_reward_0[row];
    const float v114 = (v106 - v113);
    const float v126 = (v114 / v125);
    const float v127 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v126 : v114);
    const float v128 = (u_p_weight_0 * v127);
    const float v129 = F_gdpo_reward_1[row];
    const float v137 = (v129 - v136);
    const float v149 = (v137 / v148);
    const float v150 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v149 : v137);
    const float v151 = (u_p_weight_1 * v150);
    const float v152 = (v128 + v151);
    const float v153 = F_gdpo_reward_2[row];
    const float v161 = (v153 - v160);
    const float v173 = (v161 / v172);
    const float v174 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v173 : v161);
    const float v175 = (u_p_weight_2 * v174);
    const float v176 = (v152 + v175);
    const float v177 = F_gdpo_reward_3[row];
    const float v185 = (v177 - v184);
    const float v197 = (v185 / v196);
    const float v198 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v197 : v185);
    const float v199 = (u_p_weight_3 * v198);
    const float v200 = (v176 + v199);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v201 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v202 = ((float)(v201));
        const float v203 = (v200 * v202);
        const float v204 = (v203 - acc_b124);
        acc126 = (acc126 + v204);
      }
    }
  }
  if ((lid == 0u)) {
    F_v126_partial[g] = acc126;
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
  float *const restrict F_v122_partial = R->F_v122_partial;
  float *const restrict F_v124_partial = R->F_v124_partial;
  float *const restrict F_v126_partial = R->F_v126_partial;
  float *const restrict F_v131_partial = R->F_v131_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v66 = R->F_v66;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v80 = R->F_v80;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v94 = R->F_v94;
  float *const restrict F_v96 = R->F_v96;
  float *const restrict F_v92 = R->F_v92;
  float *const restrict F_v108 = R->F_v108;
  float *const restrict F_v101 = R->F_v101;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v138_partial = R->F_v138_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  float acc_b122 = 0.00000000f;
  float acc_b124 = adv_bits(2139095040u);
  float acc_b126 = 0.00000000f;
  float acc_b131 = adv_bits(4286578688u);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b122 = (acc_b122 + F_v122_partial[i]);
    acc_b124 = adv_fmin(acc_b124, F_v124_partial[i]);
    acc_b126 = (acc_b126 + F_v126_partial[i]);
    acc_b131 = adv_fmax(acc_b131, F_v131_partial[i]);
  }
  const float v206 = F_v10[g];
  const float v207 = F_v12[g];
  const float v208 = F_v7[g];
  const float v209 = (v207 / v208);
  const float v210 = (v206 + v209);
  const bool v211 = (v208 > 1.00000000f);
  const float v212 = (v211 ? v210 : 0.00000000f);
  const float v214 = F_v25[g];
  const float v215 = (v208 - 1.00000000f);
  const float v216 = (v214 / v215);
  const float v217 = sqrtf(v216);
  const float v218 = F_v18[g];
  const float v219 = (v218 - v206);
  const bool v220 = (v219 > 0.00000000f);
  const float v221 = (v220 ? v219 : 1.00000000f);
  const float v222 = (v217 * v221);
  const float v223 = (v211 ? v222 : 1.00000000f);
  const float v224 = (v223 + u_p_epsilon);
  const float v229 = F_v38[g];
  const float v230 = F_v40[g];
  const float v231 = F_v36[g];
  const float v232 = (v230 / v231);
  const float v233 = (v229 + v232);
  const bool v234 = (v231 > 1.00000000f);
  const float v235 = (v234 ? v233 : 0.00000000f);
  const float v237 = F_v52[g];
  const float v238 = (v231 - 1.00000000f);
  const float v239 = (v237 / v238);
  const float v240 = sqrtf(v239);
  const float v241 = F_v45[g];
  const float v242 = (v241 - v229);
  const bool v243 = (v242 > 0.00000000f);
  const float v244 = (v243 ? v242 : 1.00000000f);
  const float v245 = (v240 * v244);
  const float v246 = (v234 ? v245 : 1.00000000f);
  const float v247 = (v246 + u_p_epsilon);
  const float v253 = F_v66[g];
  const float v254 = F_v68[g];
  const float v255 = F_v64[g];
  const float v256 = (v254 / v255);
  const float v257 = (v253 + v256);
  const bool v258 = (v255 > 1.00000000f);
  const float v259 = (v258 ? v257 : 0.00000000f);
  const float v261 = F_v80[g];
  const float v262 = (v255 - 1.00000000f);
  const float v263 = (v261 / v262);
  const float v264 = sqrtf(v263);
  const float v265 = F_v73[g];
  const float v266 = (v265 - v253);
  const bool v267 = (v266 > 0.00000000f);
  const float v268 = (v267 ? v266 : 1.00000000f);
  const float v269 = (v264 * v268);
  const float v270 = (v258 ? v269 : 1.00000000f);
  const float v271 = (v270 + u_p_epsilon);
  const float v277 = F_v94[g];
  const float v278 = F_v96[g];
  const float v279 = F_v92[g];
  const float v280 = (v278 / v279);
  const float v281 = (v277 + v280);
  const bool v282 = (v279 > 1.00000000f);
  const float v283 = (v282 ? v281 : 0.00000000f);
  const float v285 = F_v108[g];
  const float v286 = (v279 - 1.00000000f);
  const float v287 = (v285 / v286);
  const float v288 = sqrtf(v287);
  const float v289 = F_v101[g];
  const float v290 = (v289 - v277);
  const bool v291 = (v290 > 0.00000000f);
  const float v292 = (v291 ? v290 : 1.00000000f);
  const float v293 = (v288 * v292);
  const float v294 = (v282 ? v293 : 1.00000000f);
  const float v295 = (v294 + u_p_epsilon);
  const float v303 = (acc_b126 / acc_b122);
  const float v304 = (acc_b124 + v303);
  const float v306 = (acc_b131 - acc_b124);
  const bool v307 = (v306 > 0.00000000f);
  const float v308 = (v307 ? v306 : 1.00000000f);
  float acc138 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v205 = F_gdpo_reward_0[row];
    const float v213 = (v205 - v212);
    const float v225 = (v213 / v224);
    const float v226 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v225 : v213);
    const float v227 = (u_p_weight_0 * v226);
    const float v228 = F_gdpo_reward_1[row];
    const float v236 = (v228 - v235);
    const float v248 = (v236 / v247);
    const float v249 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v248 : v236);
    const float v250 = (u_p_weight_1 * v249);
    const float v251 = (v227 + v250);
    const float v252 = F_gdpo_reward_2[row];
    const float v260 = (v252 - v259);
    const float v272 = (v260 / v271);
    const float v273 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v272 : v260);
    const float v274 = (u_p_weight_2 * v273);
    const float v275 = (v251 + v274);
    const float v276 = F_gdpo_reward_3[row];
    const float v284 = (v276 - v283);
    const float v296 = (v284 / v295);
    const float v297 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v296 : v284);
    const float v298 = (u_p_weight_3 * v297);
    const float v299 = (v275 + v298);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v300 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v301 = ((float)(v300));
        const float v302 = (v299 * v301);
        const float v305 = (v302 - v304);
        const float v309 = (v305 / v308);
        const float v310 = (v309 * v309);
        acc138 = (acc138 + v310);
      }
    }
  }
  if ((lid == 0u)) {
    F_v138_partial[g] = acc138;
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
  float *const restrict F_v122_partial = R->F_v122_partial;
  float *const restrict F_v124_partial = R->F_v124_partial;
  float *const restrict F_v126_partial = R->F_v126_partial;
  float *const restrict F_v131_partial = R->F_v131_partial;
  float *const restrict F_v138_partial = R->F_v138_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v66 = R->F_v66;
  float *const restrict F_v68 = R->F_v68;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v80 = R->F_v80;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v94 = R->F_v94;
  float *const restrict F_v96 = R->F_v96;
  float *const restrict F_v92 = R->F_v92;
  float *const restrict F_v108 = R->F_v108;
  float *const restrict F_v101 = R->F_v101;
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
  float acc_b122 = 0.00000000f;
  float acc_b124 = adv_bits(2139095040u);
  float acc_b126 = 0.00000000f;
  float acc_b131 = adv_bits(4286578688u);
  float acc_b138 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b122 = (acc_b122 + F_v122_partial[i]);
    acc_b124 = adv_fmin(acc_b124, F_v124_partial[i]);
    acc_b126 = (acc_b126 + F_v126_partial[i]);
    acc_b131 = adv_fmax(acc_b131, F_v131_partial[i]);
    acc_b138 = (acc_b138 + F_v138_partial[i]);
  }
  const float v312 = F_v10[g];
  const float v313 = F_v12[g];
  const float v314 = F_v7[g];
  const float v315 = (v313 / v314);
  const float v316 = (v312 + v315);
  const bool v317 = (v314 > 1.00000000f);
  const float v318 = (v317 ? v316 : 0.00000000f);
  const float v320 = F_v25[g];
  const float v321 = (v314 - 1.00000000f);
  const float v322 = (v320 / v321);
  const float v323 = sqrtf(v322);
  const float v324 = F_v18[g];
  const float v325 = (v324 - v312);
  const bool v326 = (v325 > 0.00000000f);
  const float v327 = (v326 ? v325 : 1.00000000f);
  const float v328 = (v323 * v327);
  const float v329 = (v317 ? v328 : 1.00000000f);
  const float v330 = (v329 + u_p_epsilon);
  const float v335 = F_v38[g];
  const float v336 = F_v40[g];
  const float v337 = F_v36[g];
  const float v338 = (v336 / v337);
  const float v339 = (v335 + v338);
  const bool v340 = (v337 > 1.00000000f);
  const float v341 = (v340 ? v339 : 0.00000000f);
  const float v343 = F_v52[g];
  const float v344 = (v337 - 1.00000000f);
  const float v345 = (v343 / v344);
  const float v346 = sqrtf(v345);
  const float v347 = F_v45[g];
  const float v348 = (v347 - v335);
  const bool v349 = (v348 > 0.00000000f);
  const float v350 = (v349 ? v348 : 1.00000000f);
  const float v351 = (v346 * v350);
  const float v352 = (v340 ? v351 : 1.00000000f);
  const float v353 = (v352 + u_p_epsilon);
  const float v359 = F_v66[g];
  const float v360 = F_v68[g];
  const float v361 = F_v64[g];
  const float v362 = (v360 / v361);
  const float v363 = (v359 + v362);
  const bool v364 = (v361 > 1.00000000f);
  const float v365 = (v364 ? v363 : 0.00000000f);
  const float v367 = F_v80[g];
  const float v368 = (v361 - 1.00000000f);
  const float v369 = (v367 / v368);
  const float v370 = sqrtf(v369);
  const float v371 = F_v73[g];
  const float v372 = (v371 - v359);
  const bool v373 = (v372 > 0.00000000f);
  const float v374 = (v373 ? v372 : 1.00000000f);
  const float v375 = (v370 * v374);
  const float v376 = (v364 ? v375 : 1.00000000f);
  const float v377 = (v376 + u_p_epsilon);
  const float v383 = F_v94[g];
  const float v384 = F_v96[g];
  const float v385 = F_v92[g];
  const float v386 = (v384 / v385);
  const float v387 = (v383 + v386);
  const bool v388 = (v385 > 1.00000000f);
  const float v389 = (v388 ? v387 : 0.00000000f);
  const float v391 = F_v108[g];
  const float v392 = (v385 - 1.00000000f);
  const float v393 = (v391 / v392);
  const float v394 = sqrtf(v393);
  const float v395 = F_v101[g];
  const float v396 = (v395 - v383);
  const bool v397 = (v396 > 0.00000000f);
  const float v398 = (v397 ? v396 : 1.00000000f);
  const float v399 = (v394 * v398);
  const float v400 = (v388 ? v399 : 1.00000000f);
  const float v401 = (v400 + u_p_epsilon);
  const float v406 = (acc_b126 / acc_b122);
  const float v407 = (acc_b124 + v406);
  const bool v408 = (acc_b122 > 0.00000000f);
  const float v409 = (v408 ? v407 : 0.00000000f);
  const float v411 = (acc_b122 - 1.00000000f);
  const float v412 = (acc_b138 / v411);
  const float v413 = (acc_b131 - acc_b124);
  const bool v414 = (v413 > 0.00000000f);
  const float v415 = (v414 ? v413 : 1.00000000f);
  const float v416 = (v412 * v415);
  const float v417 = (v416 * v415);
  const bool v418 = (acc_b122 > 1.00000000f);
  const float v419 = (v418 ? v417 : 0.00000000f);
  const float v420 = (v419 + 9.99999994e-9f);
  const float v421 = (1.0f / sqrtf(v420));
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v311 = F_gdpo_reward_0[row];
    const float v319 = (v311 - v318);
    const float v331 = (v319 / v330);
    const float v332 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v331 : v319);
    const float v333 = (u_p_weight_0 * v332);
    const float v334 = F_gdpo_reward_1[row];
    const float v342 = (v334 - v341);
    const float v354 = (v342 / v353);
    const float v355 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v354 : v342);
    const float v356 = (u_p_weight_1 * v355);
    const float v357 = (v333 + v356);
    const float v358 = F_gdpo_reward_2[row];
    const float v366 = (v358 - v365);
    const float v378 = (v366 / v377);
    const float v379 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v378 : v366);
    const float v380 = (u_p_weight_2 * v379);
    const float v381 = (v357 + v380);
    const float v382 = F_gdpo_reward_3[row];
    const float v390 = (v382 - v389);
    const float v402 = (v390 / v401);
    const float v403 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v402 : v390);
    const float v404 = (u_p_weight_3 * v403);
    const float v405 = (v381 + v404);
    const float v410 = (v405 - v409);
    const float v422 = (v410 * v421);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v423 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v424 = ((float)(v423));
      const float v425 = (v422 * v424);
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v425;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0, stage1, stage2, stage3 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 4; s++) {
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
  run.F_v18 = adv_element(env, argv[1], 6, &n);
  run.F_v36 = adv_element(env, argv[1], 7, &n);
  run.F_v38 = adv_element(env, argv[1], 8, &n);
  run.F_v45 = adv_element(env, argv[1], 9, &n);
  run.F_v64 = adv_element(env, argv[1], 10, &n);
  run.F_v66 = adv_element(env, argv[1], 11, &n);
  run.F_v73 = adv_element(env, argv[1], 12, &n);
  run.F_v92 = adv_element(env, argv[1], 13, &n);
  run.F_v94 = adv_element(env, argv[1], 14, &n);
  run.F_v101 = adv_element(env, argv[1], 15, &n);
  run.F_v12 = adv_element(env, argv[1], 16, &n);
  run.F_v40 = adv_element(env, argv[1], 17, &n);
  run.F_v68 = adv_element(env, argv[1], 18, &n);
  run.F_v96 = adv_element(env, argv[1], 19, &n);
  run.F_v25 = adv_element(env, argv[1], 20, &n);
  run.F_v52 = adv_element(env, argv[1], 21, &n);
  run.F_v80 = adv_element(env, argv[1], 22, &n);
  run.F_v108 = adv_element(env, argv[1], 23, &n);
  run.F_v122_partial = adv_element(env, argv[1], 24, &n);
  run.F_v124_partial = adv_element(env, argv[1], 25, &n);
  run.F_v131_partial = adv_element(env, argv[1], 26, &n);
  run.F_v126_partial = adv_element(env, argv[1], 27, &n);
  run.F_v138_partial = adv_element(env, argv[1], 28, &n);
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
