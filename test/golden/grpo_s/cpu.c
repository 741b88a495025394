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
  uint32_t o_entropy;
  uint32_t o_token_level_rewards;
  uint32_t o_v4;
  uint32_t o_v8;
  uint32_t o_v11;
  uint32_t o_v12;
  uint32_t o_v14;
  uint32_t o_v23;
  uint32_t o_v25;
  uint32_t o_v28;
  uint32_t o_v30;
  uint32_t o_v41;
  uint32_t o_v43;
  uint32_t o_v44;
  uint32_t o_v46;
  uint32_t o_v50;
  uint32_t o_v56;
  uint32_t o_out_advantages;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_beta1;
  float p_beta2;
  float p_epsilon;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_entropy;
  float *F_v4;
  float *F_v8;
  float *F_v11;
  float *F_v12;
  float *F_v14;
  float *F_v23;
  float *F_v25;
  float *F_v28;
  float *F_v30;
  float *F_v41;
  float *F_v43;
  float *F_v44;
  float *F_v50;
  float *F_v46;
  float *F_v56;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[1];
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
  const float u_p_beta2 = R->U.p_beta2;
  const float u_p_beta1 = R->U.p_beta1;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_v8 = R->F_v8;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v14 = R->F_v14;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v30 = R->F_v30;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v44 = R->F_v44;
  float *const restrict F_v50 = R->F_v50;
  float *const restrict F_v46 = R->F_v46;
  float *const restrict F_v56 = R->F_v56;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %4, %8, %11, %12: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc4_0 = 0.00000000f;
    uint32_t acc8_0 = 0u;
    uint32_t acc11_0 = 0u;
    float acc12_0 = INFINITY;
    float acc4_1 = 0.00000000f;
    uint32_t acc8_1 = 0u;
    uint32_t acc11_1 = 0u;
    float acc12_1 = INFINITY;
    float acc4_2 = 0.00000000f;
    uint32_t acc8_2 = 0u;
    uint32_t acc11_2 = 0u;
    float acc12_2 = INFINITY;
    float acc4_3 = 0.00000000f;
    uint32_t acc8_3 = 0u;
    uint32_t acc11_3 = 0u;
    float acc12_3 = INFINITY;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc4_0 = (acc4_0 + v0);
      if ((I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v1 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        acc8_0 = (uint32_t)(acc8_0 + 1u);
        acc11_0 = (uint32_t)(acc11_0 + 1u);
        acc12_0 = adv_fmin(acc12_0, v1);
      }
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc4_1 = (acc4_1 + v2);
      if ((I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v3 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        acc8_1 = (uint32_t)(acc8_1 + 1u);
        acc11_1 = (uint32_t)(acc11_1 + 1u);
        acc12_1 = adv_fmin(acc12_1, v3);
      }
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc4_2 = (acc4_2 + v4);
      if ((I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v5 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        acc8_2 = (uint32_t)(acc8_2 + 1u);
        acc11_2 = (uint32_t)(acc11_2 + 1u);
        acc12_2 = adv_fmin(acc12_2, v5);
      }
      const float v6 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc4_3 = (acc4_3 + v6);
      if ((I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v7 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        acc8_3 = (uint32_t)(acc8_3 + 1u);
        acc11_3 = (uint32_t)(acc11_3 + 1u);
        acc12_3 = adv_fmin(acc12_3, v7);
      }
    }
    F_v4[row0] = acc4_0;
    F_v8[row0] = ((float)(acc8_0));
    F_v11[row0] = ((float)(acc11_0));
    F_v12[row0] = acc12_0;
    F_v4[row1] = acc4_1;
    F_v8[row1] = ((float)(acc8_1));
    F_v11[row1] = ((float)(acc11_1));
    F_v12[row1] = acc12_1;
    F_v4[row2] = acc4_2;
    F_v8[row2] = ((float)(acc8_2));
    F_v11[row2] = ((float)(acc11_2));
    F_v12[row2] = acc12_2;
    F_v4[row3] = acc4_3;
    F_v8[row3] = ((float)(acc8_3));
    F_v11[row3] = ((float)(acc11_3));
    F_v12[row3] = acc12_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc4 = 0.00000000f;
    uint32_t acc8 = 0u;
    uint32_t acc11 = 0u;
    float acc12 = INFINITY;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v8 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc4 = (acc4 + v8);
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v9 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        acc8 = (uint32_t)(acc8 + 1u);
        acc11 = (uint32_t)(acc11 + 1u);
        acc12 = adv_fmin(acc12, v9);
      }
    }
    F_v4[row] = acc4;
    F_v8[row] = ((float)(acc8));
    F_v11[row] = ((float)(acc11));
    F_v12[row] = acc12;
  }
  // reduce to rollout %14: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    const float v11 = F_v12[row0];
    float acc14_0 = 0.00000000f;
    const float v14 = F_v12[row1];
    float acc14_1 = 0.00000000f;
    const float v17 = F_v12[row2];
    float acc14_2 = 0.00000000f;
    const float v20 = F_v12[row3];
    float acc14_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v10 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        const float v12 = (v10 - v11);
        acc14_0 = (acc14_0 + v12);
      }
      if ((I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v13 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        const float v15 = (v13 - v14);
        acc14_1 = (acc14_1 + v15);
      }
      if ((I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v16 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        const float v18 = (v16 - v17);
        acc14_2 = (acc14_2 + v18);
      }
      if ((I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v19 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        const float v21 = (v19 - v20);
        acc14_3 = (acc14_3 + v21);
      }
    }
    F_v14[row0] = acc14_0;
    F_v14[row1] = acc14_1;
    F_v14[row2] = acc14_2;
    F_v14[row3] = acc14_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v23 = F_v12[row];
    float acc14 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v22 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v24 = (v22 - v23);
        acc14 = (acc14 + v24);
      }
    }
    F_v14[row] = acc14;
  }
  // reduce to group %23, %25, %28, %30, %41
  float acc23 = 0.00000000f;
  float acc25 = 0.00000000f;
  float acc28 = 0.00000000f;
  float acc30 = 0.00000000f;
  uint32_t acc41 = 0u;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v25 = F_v12[row];
    const float v26 = F_v14[row];
    const float v27 = F_v11[row];
    const float v28 = (v26 / v27);
    const float v29 = (v25 + v28);
    const float v30 = (v29 + u_p_epsilon);
    const float v31 = (1.00000000f / v30);
    const float v32 = F_v4[row];
    const bool v33 = (v32 > 0.00000000f);
    const float v34 = (v33 ? v29 : v31);
    const float v35 = F_v8[row];
    const bool v36 = (v35 > 0.00000000f);
    const float v37 = (v36 ? v34 : 0.00000000f);
    const float v38 = (v33 ? v37 : 0.00000000f);
    const float v39 = (v33 ? 0.00000000f : v37);
    const float v40 = (v33 ? 1.00000000f : 0.00000000f);
    const float v41 = (v33 ? 0.00000000f : 1.00000000f);
    acc23 = (acc23 + v38);
    acc25 = (acc25 + v39);
    acc28 = (acc28 + v40);
    acc30 = (acc30 + v41);
    acc41 = (uint32_t)(acc41 + 1u);
  }
  if ((lid == 0u)) {
    F_v23[g] = acc23;
    F_v25[g] = acc25;
    F_v28[g] = acc28;
    F_v30[g] = acc30;
    F_v41[g] = ((float)(acc41));
  }
  // reduce to group %43, %44, %50
  uint32_t acc43 = 0u;
  float acc44 = INFINITY;
  float acc50 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v42 = F_v4[row];
    const bool v43 = (v42 > 0.00000000f);
    const float v44 = (v43 ? 1.00000000f : (-1.00000000f));
    const float v45 = F_v12[row];
    const float v46 = F_v14[row];
    const float v47 = F_v11[row];
    const float v48 = (v46 / v47);
    const float v49 = (v45 + v48);
    const float v50 = (v49 + u_p_epsilon);
    const float v51 = (1.00000000f / v50);
    const float v52 = (v43 ? v49 : v51);
    const float v53 = F_v8[row];
    const bool v54 = (v53 > 0.00000000f);
    const float v55 = (v54 ? v52 : 0.00000000f);
    const float v56 = (v43 ? acc23 : acc25);
    const float v57 = (v55 / v56);
    const float v58 = (v43 ? acc28 : acc30);
    const float v59 = (v57 * v58);
    const bool v60 = (v56 > 0.00000000f);
    const float v61 = (v60 ? v59 : 1.00000000f);
    const float v62 = (u_p_beta2 * v61);
    const float v63 = (u_p_beta1 + v62);
    const float v64 = (v44 * v63);
    acc43 = (uint32_t)(acc43 + 1u);
    acc44 = adv_fmin(acc44, v64);
    acc50 = adv_fmax(acc50, v64);
  }
  if ((lid == 0u)) {
    F_v43[g] = ((float)(acc43));
    F_v44[g] = acc44;
    F_v50[g] = acc50;
  }
  // reduce to group %46
  float acc46 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v65 = F_v4[row];
    const bool v66 = (v65 > 0.00000000f);
    const float v67 = (v66 ? 1.00000000f : (-1.00000000f));
    const float v68 = F_v12[row];
    const float v69 = F_v14[row];
    const float v70 = F_v11[row];
    const float v71 = (v69 / v70);
    const float v72 = (v68 + v71);
    const float v73 = (v72 + u_p_epsilon);
    const float v74 = (1.00000000f / v73);
    const float v75 = (v66 ? v72 : v74);
    const float v76 = F_v8[row];
    const bool v77 = (v76 > 0.00000000f);
    const float v78 = (v77 ? v75 : 0.00000000f);
    const float v79 = (v66 ? acc23 : acc25);
    const float v80 = (v78 / v79);
    const float v81 = (v66 ? acc28 : acc30);
    const float v82 = (v80 * v81);
    const bool v83 = (v79 > 0.00000000f);
    const float v84 = (v83 ? v82 : 1.00000000f);
    const float v85 = (u_p_beta2 * v84);
    const float v86 = (u_p_beta1 + v85);
    const float v87 = (v67 * v86);
    const float v88 = (v87 - acc44);
    acc46 = (acc46 + v88);
  }
  if ((lid == 0u)) {
    F_v46[g] = acc46;
  }
  // reduce to group %56
  const float v112 = (acc46 / ((float)(acc43)));
  const float v113 = (acc44 + v112);
  const float v115 = (acc50 - acc44);
  const bool v116 = (v115 > 0.00000000f);
  const float v117 = (v116 ? v115 : 1.00000000f);
  float acc56 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v89 = F_v4[row];
    const bool v90 = (v89 > 0.00000000f);
    const float v91 = (v90 ? 1.00000000f : (-1.00000000f));
    const float v92 = F_v12[row];
    const float v93 = F_v14[row];
    const float v94 = F_v11[row];
    const float v95 = (v93 / v94);
    const float v96 = (v92 + v95);
    const float v97 = (v96 + u_p_epsilon);
    const float v98 = (1.00000000f / v97);
    const float v99 = (v90 ? v96 : v98);
    const float v100 = F_v8[row];
    const bool v101 = (v100 > 0.00000000f);
    const float v102 = (v101 ? v99 : 0.00000000f);
    const float v103 = (v90 ? acc23 : acc25);
    const float v104 = (v102 / v103);
    const float v105 = (v90 ? acc28 : acc30);
    const float v106 = (v104 * v105);
    const bool v107 = (v103 > 0.00000000f);
    const float v108 = (v107 ? v106 : 1.00000000f);
    const float v109 = (u_p_beta2 * v108);
    const float v110 = (u_p_beta1 + v109);
    const float v111 = (v91 * v110);
    const float v114 = (v111 - v113);
    const float v118 = (v114 / v117);
    const float v119 = (v118 * v118);
    acc56 = (acc56 + v119);
  }
  if ((lid == 0u)) {
    F_v56[g] = acc56;
  }
  const float v144 = (((float)(acc43)) - 1.00000000f);
  const float v145 = (acc56 / v144);
  const float v146 = sqrtf(v145);
  const float v147 = (v146 * v117);
  const float v148 = (v147 + u_p_epsilon);
  const bool v152 = (((float)(acc41)) > 1.00000000f);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v120 = F_v4[row];
    const bool v121 = (v120 > 0.00000000f);
    const float v122 = (v121 ? 1.00000000f : (-1.00000000f));
    const float v123 = F_v12[row];
    const float v124 = F_v14[row];
    const float v125 = F_v11[row];
    const float v126 = (v124 / v125);
    const float v127 = (v123 + v126);
    const float v128 = (v127 + u_p_epsilon);
    const float v129 = (1.00000000f / v128);
    const float v130 = (v121 ? v127 : v129);
    const float v131 = F_v8[row];
    const bool v132 = (v131 > 0.00000000f);
    const float v133 = (v132 ? v130 : 0.00000000f);
    const float v134 = (v121 ? acc23 : acc25);
    const float v135 = (v133 / v134);
    const float v136 = (v121 ? acc28 : acc30);
    const float v137 = (v135 * v136);
    const bool v138 = (v134 > 0.00000000f);
    const float v139 = (v138 ? v137 : 1.00000000f);
    const float v140 = (u_p_beta2 * v139);
    const float v141 = (u_p_beta1 + v140);
    const float v142 = (v122 * v141);
    const float v143 = (v142 - v113);
    const float v149 = (v143 / v148);
    const bool v150 = (v143 == 0.00000000f);
    const float v151 = (v150 ? 0.00000000f : v149);
    const float v153 = (v152 ? v151 : 0.00000000f);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v154 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v155 = ((float)(v154));
      const float v156 = (v153 * v155);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v156;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others,
   except after the last kernel: the caller joins the threads, and a thread that finished first would otherwise
   sleep at the barrier and have to be woken (and scheduled) before the join could return */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 1; s++) {
    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {
      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };
      STAGES[s](wid, 0u);
    }
    if (R->threads > 1u && s + 1 < 1) pthread_barrier_wait(&R->barrier);
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
  run.F_token_level_rewards = adv_element(env, argv[1], 0, &n);
  run.F_entropy = adv_element(env, argv[1], 1, &n);
  run.F_v4 = adv_element(env, argv[1], 2, &n);
  run.F_v8 = adv_element(env, argv[1], 3, &n);
  run.F_v11 = adv_element(env, argv[1], 4, &n);
  run.F_v12 = adv_element(env, argv[1], 5, &n);
  run.F_v14 = adv_element(env, argv[1], 6, &n);
  run.F_v23 = adv_element(env, argv[1], 7, &n);
  run.F_v25 = adv_element(env, argv[1], 8, &n);
  run.F_v28 = adv_element(env, argv[1], 9, &n);
  run.F_v30 = adv_element(env, argv[1], 10, &n);
  run.F_v41 = adv_element(env, argv[1], 11, &n);
  run.F_v43 = adv_element(env, argv[1], 12, &n);
  run.F_v44 = adv_element(env, argv[1], 13, &n);
  run.F_v50 = adv_element(env, argv[1], 14, &n);
  run.F_v46 = adv_element(env, argv[1], 15, &n);
  run.F_v56 = adv_element(env, argv[1], 16, &n);
  run.F_out_advantages = adv_element(env, argv[1], 17, &n);
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
