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
  uint32_t o_v11;
  uint32_t o_v13;
  uint32_t o_v19;
  uint32_t o_v26;
  uint32_t o_v39;
  uint32_t o_v41;
  uint32_t o_v43;
  uint32_t o_v48;
  uint32_t o_v55;
  uint32_t o_v69;
  uint32_t o_v71;
  uint32_t o_v73;
  uint32_t o_v78;
  uint32_t o_v85;
  uint32_t o_v99;
  uint32_t o_v101;
  uint32_t o_v103;
  uint32_t o_v108;
  uint32_t o_v115;
  uint32_t o_v131;
  uint32_t o_v132_partial;
  uint32_t o_v139_partial;
  uint32_t o_v143_partial;
  uint32_t o_v150_partial;
  uint32_t o_v159_partial;
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
  float *F_v11;
  float *F_v19;
  float *F_v39;
  float *F_v41;
  float *F_v48;
  float *F_v69;
  float *F_v71;
  float *F_v78;
  float *F_v99;
  float *F_v101;
  float *F_v108;
  float *F_v13;
  float *F_v43;
  float *F_v73;
  float *F_v103;
  float *F_v26;
  float *F_v55;
  float *F_v85;
  float *F_v115;
  float *F_v131;
  float *F_v132_partial;
  float *F_v139_partial;
  float *F_v150_partial;
  float *F_v143_partial;
  float *F_v159_partial;
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
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v39 = R->F_v39;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v69 = R->F_v69;
  float *const restrict F_v71 = R->F_v71;
  float *const restrict F_v78 = R->F_v78;
  float *const restrict F_v99 = R->F_v99;
  float *const restrict F_v101 = R->F_v101;
  float *const restrict F_v108 = R->F_v108;
  float *const restrict F_v13 = R->F_v13;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v103 = R->F_v103;
  float *const restrict F_v26 = R->F_v26;
  float *const restrict F_v55 = R->F_v55;
  float *const restrict F_v85 = R->F_v85;
  float *const restrict F_v115 = R->F_v115;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v131 = R->F_v131;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v150_partial = R->F_v150_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to group %7, %11, %19, %39, %41, %48, %69, %71, %78, %99, %101, %108
  uint32_t acc7 = 0u;
  float acc11 = INFINITY;
  float acc19 = (-INFINITY);
  uint32_t acc39 = 0u;
  float acc41 = INFINITY;
  float acc48 = (-INFINITY);
  uint32_t acc69 = 0u;
  float acc71 = INFINITY;
  float acc78 = (-INFINITY);
  uint32_t acc99 = 0u;
  float acc101 = INFINITY;
  float acc108 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v0 = F_gdpo_reward_0[row];
    const float v1 = F_gdpo_reward_1[row];
    const float v2 = F_gdpo_reward_2[row];
    const float v3 = F_gdpo_reward_3[row];
    acc7 = (uint32_t)(acc7 + 1u);
    acc11 = adv_fmin(acc11, v0);
    acc19 = adv_fmax(acc19, v0);
    acc39 = (uint32_t)(acc39 + 1u);
    acc41 = adv_fmin(acc41, v1);
    acc48 = adv_fmax(acc48, v1);
    acc69 = (uint32_t)(acc69 + 1u);
    acc71 = adv_fmin(acc71, v2);
    acc78 = adv_fmax(acc78, v2);
    acc99 = (uint32_t)(acc99 + 1u);
    acc101 = adv_fmin(acc101, v3);
    acc108 = adv_fmax(acc108, v3);
  }
  if ((lid == 0u)) {
    F_v7[g] = ((float)(acc7));
    F_v11[g] = acc11;
    F_v19[g] = acc19;
    F_v39[g] = ((float)(acc39));
    F_v41[g] = acc41;
    F_v48[g] = acc48;
    F_v69[g] = ((float)(acc69));
    F_v71[g] = acc71;
    F_v78[g] = acc78;
    F_v99[g] = ((float)(acc99));
    F_v101[g] = acc101;
    F_v108[g] = acc108;
  }
  // reduce to group %13, %43, %73, %103
  float acc13 = 0.00000000f;
  float acc43 = 0.00000000f;
  float acc73 = 0.00000000f;
  float acc103 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v4 = F_gdpo_reward_0[row];
    const float v5 = (v4 - acc11);
    const float v6 = F_gdpo_reward_1[row];
    const float v7 = (v6 - acc41);
    const float v8 = F_gdpo_reward_2[row];
    const float v9 = (v8 - acc71);
    const float v10 = F_gdpo_reward_3[row];
    const float v11 = (v10 - acc101);
    acc13 = (acc13 + v5);
    acc43 = (acc43 + v7);
    acc73 = (acc73 + v9);
    acc103 = (acc103 + v11);
  }
  if ((lid == 0u)) {
    F_v13[g] = acc13;
    F_v43[g] = acc43;
    F_v73[g] = acc73;
    F_v103[g] = acc103;
  }
  // reduce to group %26, %55, %85, %115
  const float v13 = (acc13 / ((float)(acc7)));
  const float v14 = (acc11 + v13);
  const float v16 = (acc19 - acc11);
  const bool v17 = (v16 > 0.00000000f);
  const float v18 = (v17 ? v16 : 1.00000000f);
  const float v22 = (acc43 / ((float)(acc39)));
  const float v23 = (acc41 + v22);
  const float v25 = (acc48 - acc41);
  const bool v26 = (v25 > 0.00000000f);
  const float v27 = (v26 ? v25 : 1.00000000f);
  const float v31 = (acc73 / ((float)(acc69)));
  const float v32 = (acc71 + v31);
  const float v34 = (acc78 - acc71);
  const bool v35 = (v34 > 0.00000000f);
  const float v36 = (v35 ? v34 : 1.00000000f);
  const float v40 = (acc103 / ((float)(acc99)));
  const float v41 = (acc101 + v40);
  const float v43 = (acc108 - acc101);
  const bool v44 = (v43 > 0.00000000f);
  const float v45 = (v44 ? v43 : 1.00000000f);
  float acc26 = 0.00000000f;
  float acc55 = 0.00000000f;
  float acc85 = 0.00000000f;
  float acc115 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
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
    acc26 = (acc26 + v20);
    acc55 = (acc55 + v29);
    acc85 = (acc85 + v38);
    acc115 = (acc115 + v47);
  }
  if ((lid == 0u)) {
    F_v26[g] = acc26;
    F_v55[g] = acc55;
    F_v85[g] = acc85;
    F_v115[g] = acc115;
  }
  // reduce to rollout %131: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    uint32_t acc131_0 = 0u;
    uint32_t acc131_1 = 0u;
    uint32_t acc131_2 = 0u;
    uint32_t acc131_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc131_0 = (uint32_t)(acc131_0 + (uint32_t)(valid_0));
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc131_1 = (uint32_t)(acc131_1 + (uint32_t)(valid_1));
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc131_2 = (uint32_t)(acc131_2 + (uint32_t)(valid_2));
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc131_3 = (uint32_t)(acc131_3 + (uint32_t)(valid_3));
    }
    F_v131[row0] = ((float)(acc131_0));
    F_v131[row1] = ((float)(acc131_1));
    F_v131[row2] = ((float)(acc131_2));
    F_v131[row3] = ((float)(acc131_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    uint32_t acc131 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc131 = (uint32_t)(acc131 + (uint32_t)(valid));
    }
    F_v131[row] = ((float)(acc131));
  }
  // reduce to group %132 (batch partial), %139 (batch partial), %150 (batch partial)
  const bool v50 = (((float)(acc7)) > 1.00000000f);
  const float v51 = (v50 ? v14 : 0.00000000f);
  const float v53 = (((float)(acc7)) - 1.00000000f);
  const float v54 = (acc26 / v53);
  const float v55 = sqrtf(v54);
  const float v56 = (v55 * v18);
  const float v57 = (v50 ? v56 : 1.00000000f);
  const float v58 = (v57 + u_p_epsilon);
  const bool v65 = (((float)(acc39)) > 1.00000000f);
  const float v66 = (v65 ? v23 : 0.00000000f);
  const float v68 = (((float)(acc39)) - 1.00000000f);
  const float v69 = (acc55 / v68);
  const float v70 = sqrtf(v69);
  const float v71 = (v70 * v27);
  const float v72 = (v65 ? v71 : 1.00000000f);
  const float v73 = (v72 + u_p_epsilon);
  const bool v81 = (((float)(acc69)) > 1.00000000f);
  const float v82 = (v81 ? v32 : 0.00000000f);
  const float v84 = (((float)(acc69)) - 1.00000000f);
  const float v85 = (acc85 / v84);
  const float v86 = sqrtf(v85);
  const float v87 = (v86 * v36);
  const float v88 = (v81 ? v87 : 1.00000000f);
  const float v89 = (v88 + u_p_epsilon);
  const bool v97 = (((float)(acc99)) > 1.00000000f);
  const float v98 = (v97 ? v41 : 0.00000000f);
  const float v100 = (((float)(acc99)) - 1.00000000f);
  const float v101 = (acc115 / v100);
  const float v102 = sqrtf(v101);
  const float v103 = (v102 * v45);
  const float v104 = (v97 ? v103 : 1.00000000f);
  const float v105 = (v104 + u_p_epsilon);
  const float v112 = ((float)(1));
  float acc132 = 0.00000000f;
  float acc139 = INFINITY;
  float acc150 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v48 = F_v131[row];
    const float v49 = F_gdpo_reward_0[row];
    const float v52 = (v49 - v51);
    const float v59 = (v52 / v58);
    const bool v60 = (v52 == 0.00000000f);
    const float v61 = (v60 ? 0.00000000f : v59);
    const float v62 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v61 : v52);
    const float v63 = (u_p_weight_0 * v62);
    const float v64 = F_gdpo_reward_1[row];
    const float v67 = (v64 - v66);
    const float v74 = (v67 / v73);
    const bool v75 = (v67 == 0.00000000f);
    const float v76 = (v75 ? 0.00000000f : v74);
    const float v77 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v76 : v67);
    const float v78 = (u_p_weight_1 * v77);
    const float v79 = (v63 + v78);
    const float v80 = F_gdpo_reward_2[row];
    const float v83 = (v80 - v82);
    const float v90 = (v83 / v89);
    const bool v91 = (v83 == 0.00000000f);
    const float v92 = (v91 ? 0.00000000f : v90);
    const float v93 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v92 : v83);
    const float v94 = (u_p_weight_2 * v93);
    const float v95 = (v79 + v94);
    const float v96 = F_gdpo_reward_3[row];
    const float v99 = (v96 - v98);
    const float v106 = (v99 / v105);
    const bool v107 = (v99 == 0.00000000f);
    const float v108 = (v107 ? 0.00000000f : v106);
    const float v109 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v108 : v99);
    const float v110 = (u_p_weight_3 * v109);
    const float v111 = (v95 + v110);
    const float v113 = (v111 * v112);
    const bool v114 = (v48 > 0.00000000f);
    const float v115 = (v114 ? v113 : INFINITY);
    const float v116 = (v114 ? v113 : (-INFINITY));
    acc132 = (acc132 + v48);
    acc139 = adv_fmin(acc139, v115);
    acc150 = adv_fmax(acc150, v116);
  }
  if ((lid == 0u)) {
    F_v132_partial[g] = acc132;
    F_v139_partial[g] = acc139;
    F_v150_partial[g] = acc150;
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
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v150_partial = R->F_v150_partial;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v13 = R->F_v13;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v26 = R->F_v26;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v39 = R->F_v39;
  float *const restrict F_v55 = R->F_v55;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v71 = R->F_v71;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v69 = R->F_v69;
  float *const restrict F_v85 = R->F_v85;
  float *const restrict F_v78 = R->F_v78;
  float *const restrict F_v101 = R->F_v101;
  float *const restrict F_v103 = R->F_v103;
  float *const restrict F_v99 = R->F_v99;
  float *const restrict F_v115 = R->F_v115;
  float *const restrict F_v108 = R->F_v108;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  float *const restrict F_v131 = R->F_v131;
  float *const restrict F_v143_partial = R->F_v143_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %132, %139, %150: combine every group's partial
  float acc_b132 = 0.00000000f;
  float acc_b139 = INFINITY;
  float acc_b150 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b132 = (acc_b132 + F_v132_partial[i]);
    acc_b139 = adv_fmin(acc_b139, F_v139_partial[i]);
    acc_b150 = adv_fmax(acc_b150, F_v150_partial[i]);
  }
  // reduce to group %143 (batch partial)
  const float v118 = F_v11[g];
  const float v119 = F_v13[g];
  const float v120 = F_v7[g];
  const float v121 = (v119 / v120);
  const float v122 = (v118 + v121);
  const bool v123 = (v120 > 1.00000000f);
  const float v124 = (v123 ? v122 : 0.00000000f);
  const float v126 = F_v26[g];
  const float v127 = (v120 - 1.00000000f);
  const float v128 = (v126 / v127);
  const float v129 = sqrtf(v128);
  const float v130 = F_v19[g];
  const float v131 = (v130 - v118);
  const bool v132 = (v131 > 0.00000000f);
  const float v133 = (v132 ? v131 : 1.00000000f);
  const float v134 = (v129 * v133);
  const float v135 = (v123 ? v134 : 1.00000000f);
  const float v136 = (v135 + u_p_epsilon);
  const float v143 = F_v41[g];
  const float v144 = F_v43[g];
  const float v145 = F_v39[g];
  const float v146 = (v144 / v145);
  const float v147 = (v143 + v146);
  const bool v148 = (v145 > 1.00000000f);
  const float v149 = (v148 ? v147 : 0.00000000f);
  const float v151 = F_v55[g];
  const float v152 = (v145 - 1.00000000f);
  const float v153 = (v151 / v152);
  const float v154 = sqrtf(v153);
  const float v155 = F_v48[g];
  const float v156 = (v155 - v143);
  const bool v157 = (v156 > 0.00000000f);
  const float v158 = (v157 ? v156 : 1.00000000f);
  const float v159 = (v154 * v158);
  const float v160 = (v148 ? v159 : 1.00000000f);
  const float v161 = (v160 + u_p_epsilon);
  const float v169 = F_v71[g];
  const float v170 = F_v73[g];
  const float v171 = F_v69[g];
  const float v172 = (v170 / v171);
  const float v173 = (v169 + v172);
  const bool v174 = (v171 > 1.00000000f);
  const float v175 = (v174 ? v173 : 0.00000000f);
  const float v177 = F_v85[g];
  const float v178 = (v171 - 1.00000000f);
  const float v179 = (v177 / v178);
  const float v180 = sqrtf(v179);
  const float v181 = F_v78[g];
  const float v182 = (v181 - v169);
  const bool v183 = (v182 > 0.00000000f);
  const float v184 = (v183 ? v182 : 1.00000000f);
  const float v185 = (v180 * v184);
  const float v186 = (v174 ? v185 : 1.00000000f);
  const float v187 = (v186 + u_p_epsilon);
  const float v195 = F_v101[g];
  const float v196 = F_v103[g];
  const float v197 = F_v99[g];
  const float v198 = (v196 / v197);
  const float v199 = (v195 + v198);
  const bool v200 = (v197 > 1.00000000f);
  const float v201 = (v200 ? v199 : 0.00000000f);
  const float v203 = F_v115[g];
  const float v204 = (v197 - 1.00000000f);
  const float v205 = (v203 / v204);
  const float v206 = sqrtf(v205);
  const float v207 = F_v108[g];
  const float v208 = (v207 - v195);
  const bool v209 = (v208 > 0.00000000f);
  const float v210 = (v209 ? v208 : 1.00000000f);
  const float v211 = (v206 * v210);
  const float v212 = (v200 ? v211 : 1.00000000f);
  const float v213 = (v212 + u_p_epsilon);
  const float v220 = ((float)(1));
  float acc143 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v117 = F_gdpo_reward_0[row];
    const float v125 = (v117 - v124);
    const float v137 = (v125 / v136);
    const bool v138 = (v125 == 0.00000000f);
    const float v139 = (v138 ? 0.00000000f : v137);
    const float v140 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v139 : v125);
    const float v141 = (u_p_weight_0 * v140);
    const float v142 = F_gdpo_reward_1[row];
    const float v150 = (v142 - v149);
    const float v162 = (v150 / v161);
    const bool v163 = (v150 == 0.00000000f);
    const float v164 = (v163 ? 0.00000000f : v162);
    const float v165 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v164 : v150);
    const float v166 = (u_p_weight_1 * v165);
    const float v167 = (v141 + v166);
    const float v168 = F_gdpo_reward_2[row];
    const float v176 = (v168 - v175);
    const float v188 = (v176 / v187);
    const bool v189 = (v176 == 0.00000000f);
    const float v190 = (v189 ? 0.00000000f : v188);
    const float v191 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v190 : v176);
    const float v192 = (u_p_weight_2 * v191);
    const float v193 = (v167 + v192);
    const float v194 = F_gdpo_reward_3[row];
    const float v202 = (v194 - v201);
    const float v214 = (v202 / v213);
    const bool v215 = (v202 == 0.00000000f);
    const float v216 = (v215 ? 0.00000000f : v214);
    const float v217 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v216 : v202);
    const float v218 = (u_p_weight_3 * v217);
    const float v219 = (v193 + v218);
    const float v221 = (v219 * v220);
    const float v222 = (v221 - acc_b139);
    const float v223 = F_v131[row];
    const float v224 = (v222 * v223);
    const bool v225 = (v223 > 0.00000000f);
    const float v226 = (v225 ? v224 : 0.00000000f);
    acc143 = (acc143 + v226);
  }
  if ((lid == 0u)) {
    F_v143_partial[g] = acc143;
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
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v143_partial = R->F_v143_partial;
  float *const restrict F_v150_partial = R->F_v150_partial;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v13 = R->F_v13;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v26 = R->F_v26;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v39 = R->F_v39;
  float *const restrict F_v55 = R->F_v55;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v71 = R->F_v71;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v69 = R->F_v69;
  float *const restrict F_v85 = R->F_v85;
  float *const restrict F_v78 = R->F_v78;
  float *const restrict F_v101 = R->F_v101;
  float *const restrict F_v103 = R->F_v103;
  float *const restrict F_v99 = R->F_v99;
  float *const restrict F_v115 = R->F_v115;
  float *const restrict F_v108 = R->F_v108;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_gdpo_reward_0 = R->F_gdpo_reward_0;
  float *const restrict F_gdpo_reward_1 = R->F_gdpo_reward_1;
  float *const restrict F_gdpo_reward_2 = R->F_gdpo_reward_2;
  float *const restrict F_gdpo_reward_3 = R->F_gdpo_reward_3;
  float *const restrict F_v131 = R->F_v131;
  float *const restrict F_v159_partial = R->F_v159_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %132, %139, %143, %150: combine every group's partial
  float acc_b132 = 0.00000000f;
  float acc_b139 = INFINITY;
  float acc_b143 = 0.00000000f;
  float acc_b150 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b132 = (acc_b132 + F_v132_partial[i]);
    acc_b139 = adv_fmin(acc_b139, F_v139_partial[i]);
    acc_b143 = (acc_b143 + F_v143_partial[i]);
    acc_b150 = adv_fmax(acc_b150, F_v150_partial[i]);
  }
  // reduce to group %159 (batch partial)
  const float v228 = F_v11[g];
  const float v229 = F_v13[g];
  const float v230 = F_v7[g];
  const float v231 = (v229 / v230);
  const float v232 = (v228 + v231);
  const bool v233 = (v230 > 1.00000000f);
  const float v234 = (v233 ? v232 : 0.00000000f);
  const float v236 = F_v26[g];
  const float v237 = (v230 - 1.00000000f);
  const float v238 = (v236 / v237);
  const float v239 = sqrtf(v238);
  const float v240 = F_v19[g];
  const float v241 = (v240 - v228);
  const bool v242 = (v241 > 0.00000000f);
  const float v243 = (v242 ? v241 : 1.00000000f);
  const float v244 = (v239 * v243);
  const float v245 = (v233 ? v244 : 1.00000000f);
  const float v246 = (v245 + u_p_epsilon);
  const float v253 = F_v41[g];
  const float v254 = F_v43[g];
  const float v255 = F_v39[g];
  const float v256 = (v254 / v255);
  const float v257 = (v253 + v256);
  const bool v258 = (v255 > 1.00000000f);
  const float v259 = (v258 ? v257 : 0.00000000f);
  const float v261 = F_v55[g];
  const float v262 = (v255 - 1.00000000f);
  const float v263 = (v261 / v262);
  const float v264 = sqrtf(v263);
  const float v265 = F_v48[g];
  const float v266 = (v265 - v253);
  const bool v267 = (v266 > 0.00000000f);
  const float v268 = (v267 ? v266 : 1.00000000f);
  const float v269 = (v264 * v268);
  const float v270 = (v258 ? v269 : 1.00000000f);
  const float v271 = (v270 + u_p_epsilon);
  const float v279 = F_v71[g];
  const float v280 = F_v73[g];
  const float v281 = F_v69[g];
  const float v282 = (v280 / v281);
  const float v283 = (v279 + v282);
  const bool v284 = (v281 > 1.00000000f);
  const float v285 = (v284 ? v283 : 0.00000000f);
  const float v287 = F_v85[g];
  const float v288 = (v281 - 1.00000000f);
  const float v289 = (v287 / v288);
  const float v290 = sqrtf(v289);
  const float v291 = F_v78[g];
  const float v292 = (v291 - v279);
  const bool v293 = (v292 > 0.00000000f);
  const float v294 = (v293 ? v292 : 1.00000000f);
  const float v295 = (v290 * v294);
  const float v296 = (v284 ? v295 : 1.00000000f);
  const float v297 = (v296 + u_p_epsilon);
  const float v305 = F_v101[g];
  const float v306 = F_v103[g];
  const float v307 = F_v99[g];
  const float v308 = (v306 / v307);
  const float v309 = (v305 + v308);
  const bool v310 = (v307 > 1.00000000f);
  const float v311 = (v310 ? v309 : 0.00000000f);
  const float v313 = F_v115[g];
  const float v314 = (v307 - 1.00000000f);
  const float v315 = (v313 / v314);
  const float v316 = sqrtf(v315);
  const float v317 = F_v108[g];
  const float v318 = (v317 - v305);
  const bool v319 = (v318 > 0.00000000f);
  const float v320 = (v319 ? v318 : 1.00000000f);
  const float v321 = (v316 * v320);
  const float v322 = (v310 ? v321 : 1.00000000f);
  const float v323 = (v322 + u_p_epsilon);
  const float v330 = ((float)(1));
  const float v332 = (acc_b143 / acc_b132);
  const float v333 = (acc_b139 + v332);
  const float v335 = (acc_b150 - acc_b139);
  const bool v336 = (v335 > 0.00000000f);
  const float v337 = (v336 ? v335 : 1.00000000f);
  float acc159 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v227 = F_gdpo_reward_0[row];
    const float v235 = (v227 - v234);
    const float v247 = (v235 / v246);
    const bool v248 = (v235 == 0.00000000f);
    const float v249 = (v248 ? 0.00000000f : v247);
    const float v250 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v249 : v235);
    const float v251 = (u_p_weight_0 * v250);
    const float v252 = F_gdpo_reward_1[row];
    const float v260 = (v252 - v259);
    const float v272 = (v260 / v271);
    const bool v273 = (v260 == 0.00000000f);
    const float v274 = (v273 ? 0.00000000f : v272);
    const float v275 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v274 : v260);
    const float v276 = (u_p_weight_1 * v275);
    const float v277 = (v251 + v276);
    const float v278 = F_gdpo_reward_2[row];
    const float v286 = (v278 - v285);
    const float v298 = (v286 / v297);
    const bool v299 = (v286 == 0.00000000f);
    const float v300 = (v299 ? 0.00000000f : v298);
    const float v301 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v300 : v286);
    const float v302 = (u_p_weight_2 * v301);
    const float v303 = (v277 + v302);
    const float v304 = F_gdpo_reward_3[row];
    const float v312 = (v304 - v311);
    const float v324 = (v312 / v323);
    const bool v325 = (v312 == 0.00000000f);
    const float v326 = (v325 ? 0.00000000f : v324);
    const float v327 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v326 : v312);
    const float v328 = (u_p_weight_3 * v327);
    const float v329 = (v303 + v328);
    const float v331 = (v329 * v330);
    const float v334 = (v331 - v333);
    const float v338 = (v334 / v337);
    const float v339 = (v338 * v338);
    const float v340 = F_v131[row];
    const float v341 = (v339 * v340);
    const bool v342 = (v340 > 0.00000000f);
    const float v343 = (v342 ? v341 : 0.00000000f);
    acc159 = (acc159 + v343);
  }
  if ((lid == 0u)) {
    F_v159_partial[g] = acc159;
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
  float *const restrict F_v132_partial = R->F_v132_partial;
  float *const restrict F_v139_partial = R->F_v139_partial;
  float *const restrict F_v143_partial = R->F_v143_partial;
  float *const restrict F_v150_partial = R->F_v150_partial;
  float *const restrict F_v159_partial = R->F_v159_partial;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v13 = R->F_v13;
  float *const restrict F_v7 = R->F_v7;
  float *const restrict F_v26 = R->F_v26;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v39 = R->F_v39;
  float *const restrict F_v55 = R->F_v55;
  float *const restrict F_v48 = R->F_v48;
  float *const restrict F_v71 = R->F_v71;
  float *const restrict F_v73 = R->F_v73;
  float *const restrict F_v69 = R->F_v69;
  float *const restrict F_v85 = R->F_v85;
  float *const restrict F_v78 = R->F_v78;
  float *const restrict F_v101 = R->F_v101;
  float *const restrict F_v103 = R->F_v103;
  float *const restrict F_v99 = R->F_v99;
  float *const restrict F_v115 = R->F_v115;
  float *const restrict F_v108 = R->F_v108;
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
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %132, %139, %143, %150, %159: combine every group's partial
  float acc_b132 = 0.00000000f;
  float acc_b139 = INFINITY;
  float acc_b143 = 0.00000000f;
  float acc_b150 = (-INFINITY);
  float acc_b159 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b132 = (acc_b132 + F_v132_partial[i]);
    acc_b139 = adv_fmin(acc_b139, F_v139_partial[i]);
    acc_b143 = (acc_b143 + F_v143_partial[i]);
    acc_b150 = adv_fmax(acc_b150, F_v150_partial[i]);
    acc_b159 = (acc_b159 + F_v159_partial[i]);
  }
  const float v345 = F_v11[g];
  const float v346 = F_v13[g];
  const float v347 = F_v7[g];
  const float v348 = (v346 / v347);
  const float v349 = (v345 + v348);
  const bool v350 = (v347 > 1.00000000f);
  const float v351 = (v350 ? v349 : 0.00000000f);
  const float v353 = F_v26[g];
  const float v354 = (v347 - 1.00000000f);
  const float v355 = (v353 / v354);
  const float v356 = sqrtf(v355);
  const float v357 = F_v19[g];
  const float v358 = (v357 - v345);
  const bool v359 = (v358 > 0.00000000f);
  const float v360 = (v359 ? v358 : 1.00000000f);
  const float v361 = (v356 * v360);
  const float v362 = (v350 ? v361 : 1.00000000f);
  const float v363 = (v362 + u_p_epsilon);
  const float v370 = F_v41[g];
  const float v371 = F_v43[g];
  const float v372 = F_v39[g];
  const float v373 = (v371 / v372);
  const float v374 = (v370 + v373);
  const bool v375 = (v372 > 1.00000000f);
  const float v376 = (v375 ? v374 : 0.00000000f);
  const float v378 = F_v55[g];
  const float v379 = (v372 - 1.00000000f);
  const float v380 = (v378 / v379);
  const float v381 = sqrtf(v380);
  const float v382 = F_v48[g];
  const float v383 = (v382 - v370);
  const bool v384 = (v383 > 0.00000000f);
  const float v385 = (v384 ? v383 : 1.00000000f);
  const float v386 = (v381 * v385);
  const float v387 = (v375 ? v386 : 1.00000000f);
  const float v388 = (v387 + u_p_epsilon);
  const float v396 = F_v71[g];
  const float v397 = F_v73[g];
  const float v398 = F_v69[g];
  const float v399 = (v397 / v398);
  const float v400 = (v396 + v399);
  const bool v401 = (v398 > 1.00000000f);
  const float v402 = (v401 ? v400 : 0.00000000f);
  const float v404 = F_v85[g];
  const float v405 = (v398 - 1.00000000f);
  const float v406 = (v404 / v405);
  const float v407 = sqrtf(v406);
  const float v408 = F_v78[g];
  const float v409 = (v408 - v396);
  const bool v410 = (v409 > 0.00000000f);
  const float v411 = (v410 ? v409 : 1.00000000f);
  const float v412 = (v407 * v411);
  const float v413 = (v401 ? v412 : 1.00000000f);
  const float v414 = (v413 + u_p_epsilon);
  const float v422 = F_v101[g];
  const float v423 = F_v103[g];
  const float v424 = F_v99[g];
  const float v425 = (v423 / v424);
  const float v426 = (v422 + v425);
  const bool v427 = (v424 > 1.00000000f);
  const float v428 = (v427 ? v426 : 0.00000000f);
  const float v430 = F_v115[g];
  const float v431 = (v424 - 1.00000000f);
  const float v432 = (v430 / v431);
  const float v433 = sqrtf(v432);
  const float v434 = F_v108[g];
  const float v435 = (v434 - v422);
  const bool v436 = (v435 > 0.00000000f);
  const float v437 = (v436 ? v435 : 1.00000000f);
  const float v438 = (v433 * v437);
  const float v439 = (v427 ? v438 : 1.00000000f);
  const float v440 = (v439 + u_p_epsilon);
  const float v447 = (acc_b143 / acc_b132);
  const float v448 = (acc_b139 + v447);
  const bool v449 = (acc_b132 > 0.00000000f);
  const float v450 = (v449 ? v448 : 0.00000000f);
  const float v452 = (acc_b132 - 1.00000000f);
  const float v453 = (acc_b159 / v452);
  const float v454 = (acc_b150 - acc_b139);
  const bool v455 = (v454 > 0.00000000f);
  const float v456 = (v455 ? v454 : 1.00000000f);
  const float v457 = (v453 * v456);
  const float v458 = (v457 * v456);
  const bool v459 = (acc_b132 > 1.00000000f);
  const float v460 = (v459 ? v458 : 0.00000000f);
  const float v461 = (v460 + 9.99999994e-9f);
  const float v462 = (1.0f / sqrtf(v461));
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v344 = F_gdpo_reward_0[row];
    const float v352 = (v344 - v351);
    const float v364 = (v352 / v363);
    const bool v365 = (v352 == 0.00000000f);
    const float v366 = (v365 ? 0.00000000f : v364);
    const float v367 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v366 : v352);
    const float v368 = (u_p_weight_0 * v367);
    const float v369 = F_gdpo_reward_1[row];
    const float v377 = (v369 - v376);
    const float v389 = (v377 / v388);
    const bool v390 = (v377 == 0.00000000f);
    const float v391 = (v390 ? 0.00000000f : v389);
    const float v392 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v391 : v377);
    const float v393 = (u_p_weight_1 * v392);
    const float v394 = (v368 + v393);
    const float v395 = F_gdpo_reward_2[row];
    const float v403 = (v395 - v402);
    const float v415 = (v403 / v414);
    const bool v416 = (v403 == 0.00000000f);
    const float v417 = (v416 ? 0.00000000f : v415);
    const float v418 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v417 : v403);
    const float v419 = (u_p_weight_2 * v418);
    const float v420 = (v394 + v419);
    const float v421 = F_gdpo_reward_3[row];
    const float v429 = (v421 - v428);
    const float v441 = (v429 / v440);
    const bool v442 = (v429 == 0.00000000f);
    const float v443 = (v442 ? 0.00000000f : v441);
    const float v444 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v443 : v429);
    const float v445 = (u_p_weight_3 * v444);
    const float v446 = (v420 + v445);
    const float v451 = (v446 - v450);
    const float v463 = (v451 * v462);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v464 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v465 = ((float)(v464));
      const float v466 = (v463 * v465);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v466;
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
  run.F_v11 = adv_element(env, argv[1], 5, &n);
  run.F_v19 = adv_element(env, argv[1], 6, &n);
  run.F_v39 = adv_element(env, argv[1], 7, &n);
  run.F_v41 = adv_element(env, argv[1], 8, &n);
  run.F_v48 = adv_element(env, argv[1], 9, &n);
  run.F_v69 = adv_element(env, argv[1], 10, &n);
  run.F_v71 = adv_element(env, argv[1], 11, &n);
  run.F_v78 = adv_element(env, argv[1], 12, &n);
  run.F_v99 = adv_element(env, argv[1], 13, &n);
  run.F_v101 = adv_element(env, argv[1], 14, &n);
  run.F_v108 = adv_element(env, argv[1], 15, &n);
  run.F_v13 = adv_element(env, argv[1], 16, &n);
  run.F_v43 = adv_element(env, argv[1], 17, &n);
  run.F_v73 = adv_element(env, argv[1], 18, &n);
  run.F_v103 = adv_element(env, argv[1], 19, &n);
  run.F_v26 = adv_element(env, argv[1], 20, &n);
  run.F_v55 = adv_element(env, argv[1], 21, &n);
  run.F_v85 = adv_element(env, argv[1], 22, &n);
  run.F_v115 = adv_element(env, argv[1], 23, &n);
  run.F_v131 = adv_element(env, argv[1], 24, &n);
  run.F_v132_partial = adv_element(env, argv[1], 25, &n);
  run.F_v139_partial = adv_element(env, argv[1], 26, &n);
  run.F_v150_partial = adv_element(env, argv[1], 27, &n);
  run.F_v143_partial = adv_element(env, argv[1], 28, &n);
  run.F_v159_partial = adv_element(env, argv[1], 29, &n);
  run.F_out_advantages = adv_element(env, argv[1], 30, &n);
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
