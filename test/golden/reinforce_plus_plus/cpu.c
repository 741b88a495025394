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
  uint32_t o_v9;
  uint32_t o_v10_partial;
  uint32_t o_v13_partial;
  uint32_t o_v15_partial;
  uint32_t o_v21_partial;
  uint32_t o_v28_partial;
  uint32_t o_out_advantages;
  uint32_t o_out_returns;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_gamma;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_out_returns;
  float *F_v9;
  float *F_v10_partial;
  float *F_v13_partial;
  float *F_v21_partial;
  float *F_v15_partial;
  float *F_v28_partial;
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
  const float u_p_gamma = R->U.p_gamma;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_returns = R->F_out_returns;
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v10_partial = R->F_v10_partial;
  float *const restrict F_v13_partial = R->F_v13_partial;
  float *const restrict F_v21_partial = R->F_v21_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // scan %6: one thread per rollout
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
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v1 = I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v2 = ((float)(v1));
      const float v3 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v2 : 0.00000000f);
      const float v4 = (u_p_gamma * v3);
      x_0 = (v0 + (v4 * x_0));
      F_out_returns[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] = x_0;
      const float v5 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v6 = I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v7 = ((float)(v6));
      const float v8 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v7 : 0.00000000f);
      const float v9 = (u_p_gamma * v8);
      x_1 = (v5 + (v9 * x_1));
      F_out_returns[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] = x_1;
      const float v10 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v11 = I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v12 = ((float)(v11));
      const float v13 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v12 : 0.00000000f);
      const float v14 = (u_p_gamma * v13);
      x_2 = (v10 + (v14 * x_2));
      F_out_returns[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] = x_2;
      const float v15 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v16 = I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v17 = ((float)(v16));
      const float v18 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v17 : 0.00000000f);
      const float v19 = (u_p_gamma * v18);
      x_3 = (v15 + (v19 * x_3));
      F_out_returns[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] = x_3;
    }
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float x = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const float v20 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v21 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + 1), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v22 = ((float)(v21));
      const float v23 = ((((int32_t)(t + 1) >= 0) && ((int32_t)(t + 1) < ((int32_t)(u_T)))) ? v22 : 0.00000000f);
      const float v24 = (u_p_gamma * v23);
      x = (v20 + (v24 * x));
      F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = x;
    }
  }
  // reduce to rollout %9: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    uint32_t acc9_0 = 0u;
    uint32_t acc9_1 = 0u;
    uint32_t acc9_2 = 0u;
    uint32_t acc9_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_0 = (uint32_t)(acc9_0 + (uint32_t)(valid_0));
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_1 = (uint32_t)(acc9_1 + (uint32_t)(valid_1));
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_2 = (uint32_t)(acc9_2 + (uint32_t)(valid_2));
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_3 = (uint32_t)(acc9_3 + (uint32_t)(valid_3));
    }
    F_v9[row0] = ((float)(acc9_0));
    F_v9[row1] = ((float)(acc9_1));
    F_v9[row2] = ((float)(acc9_2));
    F_v9[row3] = ((float)(acc9_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    uint32_t acc9 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9 = (uint32_t)(acc9 + (uint32_t)(valid));
    }
    F_v9[row] = ((float)(acc9));
  }
  // reduce to group %10 (batch partial), %13 (batch partial), %21 (batch partial)
  float acc10 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v25 = F_v9[row];
    acc10 = (acc10 + v25);
  }
  float acc13 = INFINITY;
  float acc21 = (-INFINITY);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v26 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v27 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v28 = ((float)(v27));
        const float v29 = (v26 * v28);
        acc13 = adv_fmin(acc13, v29);
        acc21 = adv_fmax(acc21, v29);
      }
    }
  }
  if ((lid == 0u)) {
    F_v10_partial[g] = acc10;
    F_v13_partial[g] = acc13;
    F_v21_partial[g] = acc21;
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v10_partial = R->F_v10_partial;
  float *const restrict F_v13_partial = R->F_v13_partial;
  float *const restrict F_v21_partial = R->F_v21_partial;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_returns = R->F_out_returns;
  float *const restrict F_v15_partial = R->F_v15_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %10, %13, %21: combine every group's partial
  float acc_b10 = 0.00000000f;
  float acc_b13 = INFINITY;
  float acc_b21 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b10 = (acc_b10 + F_v10_partial[i]);
    acc_b13 = adv_fmin(acc_b13, F_v13_partial[i]);
    acc_b21 = adv_fmax(acc_b21, F_v21_partial[i]);
  }
  // reduce to group %15 (batch partial)
  float acc15 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v30 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v31 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v32 = ((float)(v31));
        const float v33 = (v30 * v32);
        const float v34 = (v33 - acc_b13);
        acc15 = (acc15 + v34);
      }
    }
  }
  if ((lid == 0u)) {
    F_v15_partial[g] = acc15;
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v10_partial = R->F_v10_partial;
  float *const restrict F_v13_partial = R->F_v13_partial;
  float *const restrict F_v15_partial = R->F_v15_partial;
  float *const restrict F_v21_partial = R->F_v21_partial;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_returns = R->F_out_returns;
  float *const restrict F_v28_partial = R->F_v28_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %10, %13, %15, %21: combine every group's partial
  float acc_b10 = 0.00000000f;
  float acc_b13 = INFINITY;
  float acc_b15 = 0.00000000f;
  float acc_b21 = (-INFINITY);
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b10 = (acc_b10 + F_v10_partial[i]);
    acc_b13 = adv_fmin(acc_b13, F_v13_partial[i]);
    acc_b15 = (acc_b15 + F_v15_partial[i]);
    acc_b21 = adv_fmax(acc_b21, F_v21_partial[i]);
  }
  // reduce to group %28 (batch partial)
  const float v39 = (acc_b15 / acc_b10);
  const float v40 = (acc_b13 + v39);
  const float v42 = (acc_b21 - acc_b13);
  const bool v43 = (v42 > 0.00000000f);
  const float v44 = (v43 ? v42 : 1.00000000f);
  float acc28 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v35 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v36 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v37 = ((float)(v36));
        const float v38 = (v35 * v37);
        const float v41 = (v38 - v40);
        const float v45 = (v41 / v44);
        const float v46 = (v45 * v45);
        acc28 = (acc28 + v46);
      }
    }
  }
  if ((lid == 0u)) {
    F_v28_partial[g] = acc28;
  }
}
static void stage3(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v10_partial = R->F_v10_partial;
  float *const restrict F_v13_partial = R->F_v13_partial;
  float *const restrict F_v15_partial = R->F_v15_partial;
  float *const restrict F_v21_partial = R->F_v21_partial;
  float *const restrict F_v28_partial = R->F_v28_partial;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_out_returns = R->F_out_returns;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %10, %13, %15, %21, %28: combine every group's partial
  float acc_b10 = 0.00000000f;
  float acc_b13 = INFINITY;
  float acc_b15 = 0.00000000f;
  float acc_b21 = (-INFINITY);
  float acc_b28 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b10 = (acc_b10 + F_v10_partial[i]);
    acc_b13 = adv_fmin(acc_b13, F_v13_partial[i]);
    acc_b15 = (acc_b15 + F_v15_partial[i]);
    acc_b21 = adv_fmax(acc_b21, F_v21_partial[i]);
    acc_b28 = (acc_b28 + F_v28_partial[i]);
  }
  const float v48 = (acc_b15 / acc_b10);
  const float v49 = (acc_b13 + v48);
  const bool v50 = (acc_b10 > 0.00000000f);
  const float v51 = (v50 ? v49 : 0.00000000f);
  const float v53 = (acc_b10 - 1.00000000f);
  const float v54 = (acc_b28 / v53);
  const float v55 = (acc_b21 - acc_b13);
  const bool v56 = (v55 > 0.00000000f);
  const float v57 = (v56 ? v55 : 1.00000000f);
  const float v58 = (v54 * v57);
  const float v59 = (v58 * v57);
  const bool v60 = (acc_b10 > 1.00000000f);
  const float v61 = (v60 ? v59 : 0.00000000f);
  const float v62 = (v61 + 9.99999994e-9f);
  const float v63 = (1.0f / sqrtf(v62));
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v47 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v52 = (v47 - v51);
      const float v64 = (v52 * v63);
      const int32_t v65 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v66 = ((float)(v65));
      const float v67 = (v64 * v66);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v67;
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
  run.F_token_level_rewards = adv_element(env, argv[1], 0, &n);
  run.F_out_returns = adv_element(env, argv[1], 1, &n);
  run.F_v9 = adv_element(env, argv[1], 2, &n);
  run.F_v10_partial = adv_element(env, argv[1], 3, &n);
  run.F_v13_partial = adv_element(env, argv[1], 4, &n);
  run.F_v21_partial = adv_element(env, argv[1], 5, &n);
  run.F_v15_partial = adv_element(env, argv[1], 6, &n);
  run.F_v28_partial = adv_element(env, argv[1], 7, &n);
  run.F_out_advantages = adv_element(env, argv[1], 8, &n);
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
