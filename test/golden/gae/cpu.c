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
  uint32_t o_token_level_rewards;
  uint32_t o_values;
  uint32_t o_v10;
  uint32_t o_v20;
  uint32_t o_v24;
  uint32_t o_v25_partial;
  uint32_t o_v28_partial;
  uint32_t o_v30_partial;
  uint32_t o_v35_partial;
  uint32_t o_v42_partial;
  uint32_t o_out_advantages;
  uint32_t o_out_returns;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_gamma;
  float p_lam;
  uint32_t p_mask_carry;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_values;
  float *F_v10;
  float *F_token_level_rewards;
  float *F_v20;
  float *F_v24;
  float *F_v25_partial;
  float *F_v28_partial;
  float *F_v35_partial;
  float *F_v30_partial;
  float *F_v42_partial;
  float *F_out_advantages;
  float *F_out_returns;
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
  const uint32_t u_p_mask_carry = R->U.p_mask_carry;
  const float u_p_gamma = R->U.p_gamma;
  const float u_p_lam = R->U.p_lam;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_values = R->F_values;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v25_partial = R->F_v25_partial;
  float *const restrict F_v28_partial = R->F_v28_partial;
  float *const restrict F_v35_partial = R->F_v35_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // scan %10: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float x_0 = 0.00000000f;
    float x_1 = 0.00000000f;
    float x_2 = 0.00000000f;
    float x_3 = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const int32_t v0 = I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v1 = ((float)(v0));
      const float v2 = ((u_p_mask_carry != 0u) ? v1 : 1.00000000f);
      const float v3 = F_values[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v4 = (v2 * v3);
      const float v5 = (1.00000000f - v2);
      x_0 = (v4 + (v5 * x_0));
      F_v10[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] = x_0;
      const int32_t v6 = I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v7 = ((float)(v6));
      const float v8 = ((u_p_mask_carry != 0u) ? v7 : 1.00000000f);
      const float v9 = F_values[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v10 = (v8 * v9);
      const float v11 = (1.00000000f - v8);
      x_1 = (v10 + (v11 * x_1));
      F_v10[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] = x_1;
      const int32_t v12 = I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v13 = ((float)(v12));
      const float v14 = ((u_p_mask_carry != 0u) ? v13 : 1.00000000f);
      const float v15 = F_values[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v16 = (v14 * v15);
      const float v17 = (1.00000000f - v14);
      x_2 = (v16 + (v17 * x_2));
      F_v10[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] = x_2;
      const int32_t v18 = I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v19 = ((float)(v18));
      const float v20 = ((u_p_mask_carry != 0u) ? v19 : 1.00000000f);
      const float v21 = F_values[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v22 = (v20 * v21);
      const float v23 = (1.00000000f - v20);
      x_3 = (v22 + (v23 * x_3));
      F_v10[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] = x_3;
    }
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float x = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const int32_t v24 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v25 = ((float)(v24));
      const float v26 = ((u_p_mask_carry != 0u) ? v25 : 1.00000000f);
      const float v27 = F_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v28 = (v26 * v27);
      const float v29 = (1.00000000f - v26);
      x = (v28 + (v29 * x));
      F_v10[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = x;
    }
  }
  // scan %20: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float x_0 = 0.00000000f;
    float x_1 = 0.00000000f;
    float x_2 = 0.00000000f;
    float x_3 = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const int32_t v30 = I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v31 = ((float)(v30));
      const float v32 = ((u_p_mask_carry != 0u) ? v31 : 1.00000000f);
      const float v33 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v34 = F_v10[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v35 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v34 : 0.00000000f);
      const float v36 = (u_p_gamma * v35);
      const float v37 = (v33 + v36);
      const float v38 = F_values[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v39 = (v37 - v38);
      const float v40 = (v32 * v39);
      const float v41 = (v32 * u_p_gamma);
      const float v42 = (v41 * u_p_lam);
      const float v43 = (1.00000000f - v32);
      const float v44 = (v42 + v43);
      x_0 = (v40 + (v44 * x_0));
      F_v20[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] = x_0;
      const int32_t v45 = I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v46 = ((float)(v45));
      const float v47 = ((u_p_mask_carry != 0u) ? v46 : 1.00000000f);
      const float v48 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v49 = F_v10[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v50 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v49 : 0.00000000f);
      const float v51 = (u_p_gamma * v50);
      const float v52 = (v48 + v51);
      const float v53 = F_values[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v54 = (v52 - v53);
      const float v55 = (v47 * v54);
      const float v56 = (v47 * u_p_gamma);
      const float v57 = (v56 * u_p_lam);
      const float v58 = (1.00000000f - v47);
      const float v59 = (v57 + v58);
      x_1 = (v55 + (v59 * x_1));
      F_v20[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] = x_1;
      const int32_t v60 = I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v61 = ((float)(v60));
      const float v62 = ((u_p_mask_carry != 0u) ? v61 : 1.00000000f);
      const float v63 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v64 = F_v10[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v65 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v64 : 0.00000000f);
      const float v66 = (u_p_gamma * v65);
      const float v67 = (v63 + v66);
      const float v68 = F_values[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v69 = (v67 - v68);
      const float v70 = (v62 * v69);
      const float v71 = (v62 * u_p_gamma);
      const float v72 = (v71 * u_p_lam);
      const float v73 = (1.00000000f - v62);
      const float v74 = (v72 + v73);
      x_2 = (v70 + (v74 * x_2));
      F_v20[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] = x_2;
      const int32_t v75 = I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v76 = ((float)(v75));
      const float v77 = ((u_p_mask_carry != 0u) ? v76 : 1.00000000f);
      const float v78 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v79 = F_v10[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v80 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v79 : 0.00000000f);
      const float v81 = (u_p_gamma * v80);
      const float v82 = (v78 + v81);
      const float v83 = F_values[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v84 = (v82 - v83);
      const float v85 = (v77 * v84);
      const float v86 = (v77 * u_p_gamma);
      const float v87 = (v86 * u_p_lam);
      const float v88 = (1.00000000f - v77);
      const float v89 = (v87 + v88);
      x_3 = (v85 + (v89 * x_3));
      F_v20[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] = x_3;
    }
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float x = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const int32_t v90 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v91 = ((float)(v90));
      const float v92 = ((u_p_mask_carry != 0u) ? v91 : 1.00000000f);
      const float v93 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v94 = F_v10[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v95 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v94 : 0.00000000f);
      const float v96 = (u_p_gamma * v95);
      const float v97 = (v93 + v96);
      const float v98 = F_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v99 = (v97 - v98);
      const float v100 = (v92 * v99);
      const float v101 = (v92 * u_p_gamma);
      const float v102 = (v101 * u_p_lam);
      const float v103 = (1.00000000f - v92);
      const float v104 = (v102 + v103);
      x = (v100 + (v104 * x));
      F_v20[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = x;
    }
  }
  // reduce to rollout %24: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    uint32_t acc24_0 = 0u;
    uint32_t acc24_1 = 0u;
    uint32_t acc24_2 = 0u;
    uint32_t acc24_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc24_0 = (uint32_t)(acc24_0 + (uint32_t)(valid_0));
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc24_1 = (uint32_t)(acc24_1 + (uint32_t)(valid_1));
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc24_2 = (uint32_t)(acc24_2 + (uint32_t)(valid_2));
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc24_3 = (uint32_t)(acc24_3 + (uint32_t)(valid_3));
    }
    F_v24[row0] = ((float)(acc24_0));
    F_v24[row1] = ((float)(acc24_1));
    F_v24[row2] = ((float)(acc24_2));
    F_v24[row3] = ((float)(acc24_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    uint32_t acc24 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc24 = (uint32_t)(acc24 + (uint32_t)(valid));
    }
    F_v24[row] = ((float)(acc24));
  }
  // reduce to group %25 (batch partial), %28 (batch partial), %35 (batch partial)
  float acc25 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v105 = F_v24[row];
    acc25 = (acc25 + v105);
  }
  float acc28 = INFINITY;
  float acc35 = (-INFINITY);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v106 = F_v20[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v107 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v108 = ((float)(v107));
        const float v109 = (v106 * v108);
        acc28 = adv_fmin(acc28, v109);
        acc35 = adv_fmax(acc35, v109);
      }
    }
  }
  if ((lid == 0u)) {
    F_v25_partial[g] = acc25;
    F_v28_partial[g] = acc28;
    F_v35_partial[g] = acc35;
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v25_partial = R->F_v25_partial;
  float *const restrict F_v28_partial = R->F_v28_partial;
  float *const restrict F_v35_partial = R->F_v35_partial;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v30_partial = R->F_v30_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %25, %28, %35: combine every group's partial
  float acc_b25 = 0.00000000f;
  float acc_b28 = INFINITY;
  float acc_b35 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b25 = (acc_b25 + F_v25_partial[i]);
    acc_b28 = adv_fmin(acc_b28, F_v28_partial[i]);
    acc_b35 = adv_fmax(acc_b35, F_v35_partial[i]);
  }
  // reduce to group %30 (batch partial)
  float acc30 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v110 = F_v20[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v111 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v112 = ((float)(v111));
        const float v113 = (v110 * v112);
        const float v114 = (v113 - acc_b28);
        acc30 = (acc30 + v114);
      }
    }
  }
  if ((lid == 0u)) {
    F_v30_partial[g] = acc30;
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v25_partial = R->F_v25_partial;
  float *const restrict F_v28_partial = R->F_v28_partial;
  float *const restrict F_v30_partial = R->F_v30_partial;
  float *const restrict F_v35_partial = R->F_v35_partial;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v42_partial = R->F_v42_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %25, %28, %30, %35: combine every group's partial
  float acc_b25 = 0.00000000f;
  float acc_b28 = INFINITY;
  float acc_b30 = 0.00000000f;
  float acc_b35 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b25 = (acc_b25 + F_v25_partial[i]);
    acc_b28 = adv_fmin(acc_b28, F_v28_partial[i]);
    acc_b30 = (acc_b30 + F_v30_partial[i]);
    acc_b35 = adv_fmax(acc_b35, F_v35_partial[i]);
  }
  // reduce to group %42 (batch partial)
  const float v119 = (acc_b30 / acc_b25);
  const float v120 = (acc_b28 + v119);
  const float v122 = (acc_b35 - acc_b28);
  const bool v123 = (v122 > 0.00000000f);
  const float v124 = (v123 ? v122 : 1.00000000f);
  float acc42 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v115 = F_v20[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v116 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v117 = ((float)(v116));
        const float v118 = (v115 * v117);
        const float v121 = (v118 - v120);
        const float v125 = (v121 / v124);
        const float v126 = (v125 * v125);
        acc42 = (acc42 + v126);
      }
    }
  }
  if ((lid == 0u)) {
    F_v42_partial[g] = acc42;
  }
}
static void stage3(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v25_partial = R->F_v25_partial;
  float *const restrict F_v28_partial = R->F_v28_partial;
  float *const restrict F_v30_partial = R->F_v30_partial;
  float *const restrict F_v35_partial = R->F_v35_partial;
  float *const restrict F_v42_partial = R->F_v42_partial;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_values = R->F_values;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_returns = R->F_out_returns;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %25, %28, %30, %35, %42: combine every group's partial
  float acc_b25 = 0.00000000f;
  float acc_b28 = INFINITY;
  float acc_b30 = 0.00000000f;
  float acc_b35 = (-INFINITY);
  float acc_b42 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b25 = (acc_b25 + F_v25_partial[i]);
    acc_b28 = adv_fmin(acc_b28, F_v28_partial[i]);
    acc_b30 = (acc_b30 + F_v30_partial[i]);
    acc_b35 = adv_fmax(acc_b35, F_v35_partial[i]);
    acc_b42 = (acc_b42 + F_v42_partial[i]);
  }
  const float v128 = (acc_b30 / acc_b25);
  const float v129 = (acc_b28 + v128);
  const bool v130 = (acc_b25 > 0.00000000f);
  const float v131 = (v130 ? v129 : 0.00000000f);
  const float v133 = (acc_b25 - 1.00000000f);
  const float v134 = (acc_b42 / v133);
  const float v135 = (acc_b35 - acc_b28);
  const bool v136 = (v135 > 0.00000000f);
  const float v137 = (v136 ? v135 : 1.00000000f);
  const float v138 = (v134 * v137);
  const float v139 = (v138 * v137);
  const bool v140 = (acc_b25 > 1.00000000f);
  const float v141 = (v140 ? v139 : 0.00000000f);
  const float v142 = (v141 + 9.99999994e-9f);
  const float v143 = (1.0f / sqrtf(v142));
  // outputs out_advantages, out_returns
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v127 = F_v20[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v132 = (v127 - v131);
      const float v144 = (v132 * v143);
      const float v145 = F_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v146 = (v127 + v145);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v144;
      F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v146;
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
  run.F_values = adv_element(env, argv[1], 0, &n);
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_token_level_rewards = adv_element(env, argv[1], 2, &n);
  run.F_v20 = adv_element(env, argv[1], 3, &n);
  run.F_v24 = adv_element(env, argv[1], 4, &n);
  run.F_v25_partial = adv_element(env, argv[1], 5, &n);
  run.F_v28_partial = adv_element(env, argv[1], 6, &n);
  run.F_v35_partial = adv_element(env, argv[1], 7, &n);
  run.F_v30_partial = adv_element(env, argv[1], 8, &n);
  run.F_v42_partial = adv_element(env, argv[1], 9, &n);
  run.F_out_advantages = adv_element(env, argv[1], 10, &n);
  run.F_out_returns = adv_element(env, argv[1], 11, &n);
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
