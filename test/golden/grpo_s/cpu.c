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
  uint32_t o_v13;
  uint32_t o_v22;
  uint32_t o_v24;
  uint32_t o_v27;
  uint32_t o_v29;
  uint32_t o_v40;
  uint32_t o_v42;
  uint32_t o_v43;
  uint32_t o_v45;
  uint32_t o_v49;
  uint32_t o_v55;
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
  float *F_v13;
  float *F_v22;
  float *F_v24;
  float *F_v27;
  float *F_v29;
  float *F_v40;
  float *F_v42;
  float *F_v43;
  float *F_v49;
  float *F_v45;
  float *F_v55;
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
static inline uint32_t adv_order_key(float x) {
  const uint32_t bits = ((uint32_t)adv_bitsf32(x));
  return (uint32_t)(bits ^ (((uint32_t)(bits >> (31u & 31u)) != 0u) ? 4294967295u : 2147483648u));
}
static inline float adv_order_value(uint32_t key) {
  return adv_f32bits((uint32_t)((uint32_t)(key ^ (((uint32_t)(key >> (31u & 31u)) != 0u) ? 2147483648u : 4294967295u))));
}
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
  float *const restrict F_v13 = R->F_v13;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v27 = R->F_v27;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v49 = R->F_v49;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v55 = R->F_v55;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %4, %8, %11: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc4_0 = 0.00000000f;
    uint32_t acc8_0 = 0u;
    uint32_t acc11_0_key = 4286578688u;
    uint32_t acc11_0_nan = 0u;
    float acc4_1 = 0.00000000f;
    uint32_t acc8_1 = 0u;
    uint32_t acc11_1_key = 4286578688u;
    uint32_t acc11_1_nan = 0u;
    float acc4_2 = 0.00000000f;
    uint32_t acc8_2 = 0u;
    uint32_t acc11_2_key = 4286578688u;
    uint32_t acc11_2_nan = 0u;
    float acc4_3 = 0.00000000f;
    uint32_t acc8_3 = 0u;
    uint32_t acc11_3_key = 4286578688u;
    uint32_t acc11_3_nan = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc4_0 = (acc4_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      uint32_t k_acc11_0 = 4286578688u;
      uint32_t q_acc11_0 = 0u;
      if (valid_0) {
        const float v1 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        k_acc11_0 = adv_order_key(v1);
        q_acc11_0 = (uint32_t)((v1 != v1));
      }
      acc8_0 = (uint32_t)(acc8_0 + (uint32_t)(valid_0));
      acc11_0_key = adv_umin(acc11_0_key, k_acc11_0);
      acc11_0_nan = (uint32_t)(acc11_0_nan | q_acc11_0);
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc4_1 = (acc4_1 + v2);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      uint32_t k_acc11_1 = 4286578688u;
      uint32_t q_acc11_1 = 0u;
      if (valid_1) {
        const float v3 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        k_acc11_1 = adv_order_key(v3);
        q_acc11_1 = (uint32_t)((v3 != v3));
      }
      acc8_1 = (uint32_t)(acc8_1 + (uint32_t)(valid_1));
      acc11_1_key = adv_umin(acc11_1_key, k_acc11_1);
      acc11_1_nan = (uint32_t)(acc11_1_nan | q_acc11_1);
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc4_2 = (acc4_2 + v4);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      uint32_t k_acc11_2 = 4286578688u;
      uint32_t q_acc11_2 = 0u;
      if (valid_2) {
        const float v5 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        k_acc11_2 = adv_order_key(v5);
        q_acc11_2 = (uint32_t)((v5 != v5));
      }
      acc8_2 = (uint32_t)(acc8_2 + (uint32_t)(valid_2));
      acc11_2_key = adv_umin(acc11_2_key, k_acc11_2);
      acc11_2_nan = (uint32_t)(acc11_2_nan | q_acc11_2);
      const float v6 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc4_3 = (acc4_3 + v6);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      uint32_t k_acc11_3 = 4286578688u;
      uint32_t q_acc11_3 = 0u;
      if (valid_3) {
        const float v7 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        k_acc11_3 = adv_order_key(v7);
        q_acc11_3 = (uint32_t)((v7 != v7));
      }
      acc8_3 = (uint32_t)(acc8_3 + (uint32_t)(valid_3));
      acc11_3_key = adv_umin(acc11_3_key, k_acc11_3);
      acc11_3_nan = (uint32_t)(acc11_3_nan | q_acc11_3);
    }
    F_v4[row0] = acc4_0;
    F_v8[row0] = ((float)(acc8_0));
    F_v11[row0] = ((acc11_0_nan != 0u) ? NAN : adv_order_value(acc11_0_key));
    F_v4[row1] = acc4_1;
    F_v8[row1] = ((float)(acc8_1));
    F_v11[row1] = ((acc11_1_nan != 0u) ? NAN : adv_order_value(acc11_1_key));
    F_v4[row2] = acc4_2;
    F_v8[row2] = ((float)(acc8_2));
    F_v11[row2] = ((acc11_2_nan != 0u) ? NAN : adv_order_value(acc11_2_key));
    F_v4[row3] = acc4_3;
    F_v8[row3] = ((float)(acc8_3));
    F_v11[row3] = ((acc11_3_nan != 0u) ? NAN : adv_order_value(acc11_3_key));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc4 = 0.00000000f;
    uint32_t acc8 = 0u;
    uint32_t acc11_key = 4286578688u;
    uint32_t acc11_nan = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v8 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc4 = (acc4 + v8);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      uint32_t k_acc11 = 4286578688u;
      uint32_t q_acc11 = 0u;
      if (valid) {
        const float v9 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        k_acc11 = adv_order_key(v9);
        q_acc11 = (uint32_t)((v9 != v9));
      }
      acc8 = (uint32_t)(acc8 + (uint32_t)(valid));
      acc11_key = adv_umin(acc11_key, k_acc11);
      acc11_nan = (uint32_t)(acc11_nan | q_acc11);
    }
    F_v4[row] = acc4;
    F_v8[row] = ((float)(acc8));
    F_v11[row] = ((acc11_nan != 0u) ? NAN : adv_order_value(acc11_key));
  }
  // reduce to rollout %13: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    const float v11 = F_v11[row0];
    float acc13_0 = 0.00000000f;
    const float v14 = F_v11[row1];
    float acc13_1 = 0.00000000f;
    const float v17 = F_v11[row2];
    float acc13_2 = 0.00000000f;
    const float v20 = F_v11[row3];
    float acc13_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_0) {
        const float v10 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        const float v12 = (v10 - v11);
        acc13_0 = (acc13_0 + v12);
      }
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_1) {
        const float v13 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        const float v15 = (v13 - v14);
        acc13_1 = (acc13_1 + v15);
      }
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_2) {
        const float v16 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        const float v18 = (v16 - v17);
        acc13_2 = (acc13_2 + v18);
      }
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_3) {
        const float v19 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        const float v21 = (v19 - v20);
        acc13_3 = (acc13_3 + v21);
      }
    }
    F_v13[row0] = acc13_0;
    F_v13[row1] = acc13_1;
    F_v13[row2] = acc13_2;
    F_v13[row3] = acc13_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v23 = F_v11[row];
    float acc13 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid) {
        const float v22 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v24 = (v22 - v23);
        acc13 = (acc13 + v24);
      }
    }
    F_v13[row] = acc13;
  }
  // reduce to group %22, %24, %27, %29, %40
  float acc22 = 0.00000000f;
  float acc24 = 0.00000000f;
  float acc27 = 0.00000000f;
  float acc29 = 0.00000000f;
  uint32_t acc40 = 0u;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v25 = F_v11[row];
    const float v26 = F_v13[row];
    const float v27 = F_v8[row];
    const float v28 = (v26 / v27);
    const float v29 = (v25 + v28);
    const float v30 = (v29 + u_p_epsilon);
    const float v31 = (1.00000000f / v30);
    const float v32 = F_v4[row];
    const bool v33 = (v32 > 0.00000000f);
    const float v34 = (v33 ? v29 : v31);
    const bool v35 = (v27 > 0.00000000f);
    const float v36 = (v35 ? v34 : 0.00000000f);
    const float v37 = (v33 ? v36 : 0.00000000f);
    const float v38 = (v33 ? 0.00000000f : v36);
    const float v39 = (v33 ? 1.00000000f : 0.00000000f);
    const float v40 = (v33 ? 0.00000000f : 1.00000000f);
    acc22 = (acc22 + v37);
    acc24 = (acc24 + v38);
    acc27 = (acc27 + v39);
    acc29 = (acc29 + v40);
    acc40 = (uint32_t)(acc40 + 1u);
  }
  if ((lid == 0u)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v27[g] = acc27;
    F_v29[g] = acc29;
    F_v40[g] = ((float)(acc40));
  }
  // reduce to group %42, %43, %49
  uint32_t acc42 = 0u;
  float acc43 = INFINITY;
  float acc49 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v41 = F_v4[row];
    const bool v42 = (v41 > 0.00000000f);
    const float v43 = (v42 ? 1.00000000f : (-1.00000000f));
    const float v44 = F_v11[row];
    const float v45 = F_v13[row];
    const float v46 = F_v8[row];
    const float v47 = (v45 / v46);
    const float v48 = (v44 + v47);
    const float v49 = (v48 + u_p_epsilon);
    const float v50 = (1.00000000f / v49);
    const float v51 = (v42 ? v48 : v50);
    const bool v52 = (v46 > 0.00000000f);
    const float v53 = (v52 ? v51 : 0.00000000f);
    const float v54 = (v42 ? acc22 : acc24);
    const float v55 = (v53 / v54);
    const float v56 = (v42 ? acc27 : acc29);
    const float v57 = (v55 * v56);
    const bool v58 = (v54 > 0.00000000f);
    const float v59 = (v58 ? v57 : 1.00000000f);
    const float v60 = (u_p_beta2 * v59);
    const float v61 = (u_p_beta1 + v60);
    const float v62 = (v43 * v61);
    acc42 = (uint32_t)(acc42 + 1u);
    acc43 = adv_fmin(acc43, v62);
    acc49 = adv_fmax(acc49, v62);
  }
  if ((lid == 0u)) {
    F_v42[g] = ((float)(acc42));
    F_v43[g] = acc43;
    F_v49[g] = acc49;
  }
  // reduce to group %45
  float acc45 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v63 = F_v4[row];
    const bool v64 = (v63 > 0.00000000f);
    const float v65 = (v64 ? 1.00000000f : (-1.00000000f));
    const float v66 = F_v11[row];
    const float v67 = F_v13[row];
    const float v68 = F_v8[row];
    const float v69 = (v67 / v68);
    const float v70 = (v66 + v69);
    const float v71 = (v70 + u_p_epsilon);
    const float v72 = (1.00000000f / v71);
    const float v73 = (v64 ? v70 : v72);
    const bool v74 = (v68 > 0.00000000f);
    const float v75 = (v74 ? v73 : 0.00000000f);
    const float v76 = (v64 ? acc22 : acc24);
    const float v77 = (v75 / v76);
    const float v78 = (v64 ? acc27 : acc29);
    const float v79 = (v77 * v78);
    const bool v80 = (v76 > 0.00000000f);
    const float v81 = (v80 ? v79 : 1.00000000f);
    const float v82 = (u_p_beta2 * v81);
    const float v83 = (u_p_beta1 + v82);
    const float v84 = (v65 * v83);
    const float v85 = (v84 - acc43);
    acc45 = (acc45 + v85);
  }
  if ((lid == 0u)) {
    F_v45[g] = acc45;
  }
  // reduce to group %55
  const float v108 = (acc45 / ((float)(acc42)));
  const float v109 = (acc43 + v108);
  const float v111 = (acc49 - acc43);
  const bool v112 = (v111 > 0.00000000f);
  const float v113 = (v112 ? v111 : 1.00000000f);
  float acc55 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v86 = F_v4[row];
    const bool v87 = (v86 > 0.00000000f);
    const float v88 = (v87 ? 1.00000000f : (-1.00000000f));
    const float v89 = F_v11[row];
    const float v90 = F_v13[row];
    const float v91 = F_v8[row];
    const float v92 = (v90 / v91);
    const float v93 = (v89 + v92);
    const float v94 = (v93 + u_p_epsilon);
    const float v95 = (1.00000000f / v94);
    const float v96 = (v87 ? v93 : v95);
    const bool v97 = (v91 > 0.00000000f);
    const float v98 = (v97 ? v96 : 0.00000000f);
    const float v99 = (v87 ? acc22 : acc24);
    const float v100 = (v98 / v99);
    const float v101 = (v87 ? acc27 : acc29);
    const float v102 = (v100 * v101);
    const bool v103 = (v99 > 0.00000000f);
    const float v104 = (v103 ? v102 : 1.00000000f);
    const float v105 = (u_p_beta2 * v104);
    const float v106 = (u_p_beta1 + v105);
    const float v107 = (v88 * v106);
    const float v110 = (v107 - v109);
    const float v114 = (v110 / v113);
    const float v115 = (v114 * v114);
    acc55 = (acc55 + v115);
  }
  if ((lid == 0u)) {
    F_v55[g] = acc55;
  }
  const float v139 = (((float)(acc42)) - 1.00000000f);
  const float v140 = (acc55 / v139);
  const float v141 = sqrtf(v140);
  const float v142 = (v141 * v113);
  const float v143 = (v142 + u_p_epsilon);
  const bool v147 = (((float)(acc40)) > 1.00000000f);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v116 = F_v4[row];
    const bool v117 = (v116 > 0.00000000f);
    const float v118 = (v117 ? 1.00000000f : (-1.00000000f));
    const float v119 = F_v11[row];
    const float v120 = F_v13[row];
    const float v121 = F_v8[row];
    const float v122 = (v120 / v121);
    const float v123 = (v119 + v122);
    const float v124 = (v123 + u_p_epsilon);
    const float v125 = (1.00000000f / v124);
    const float v126 = (v117 ? v123 : v125);
    const bool v127 = (v121 > 0.00000000f);
    const float v128 = (v127 ? v126 : 0.00000000f);
    const float v129 = (v117 ? acc22 : acc24);
    const float v130 = (v128 / v129);
    const float v131 = (v117 ? acc27 : acc29);
    const float v132 = (v130 * v131);
    const bool v133 = (v129 > 0.00000000f);
    const float v134 = (v133 ? v132 : 1.00000000f);
    const float v135 = (u_p_beta2 * v134);
    const float v136 = (u_p_beta1 + v135);
    const float v137 = (v118 * v136);
    const float v138 = (v137 - v109);
    const float v144 = (v138 / v143);
    const bool v145 = (v138 == 0.00000000f);
    const float v146 = (v145 ? 0.00000000f : v144);
    const float v148 = (v147 ? v146 : 0.00000000f);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v149 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v150 = ((float)(v149));
      const float v151 = (v148 * v150);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v151;
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
  run.F_v13 = adv_element(env, argv[1], 5, &n);
  run.F_v22 = adv_element(env, argv[1], 6, &n);
  run.F_v24 = adv_element(env, argv[1], 7, &n);
  run.F_v27 = adv_element(env, argv[1], 8, &n);
  run.F_v29 = adv_element(env, argv[1], 9, &n);
  run.F_v40 = adv_element(env, argv[1], 10, &n);
  run.F_v42 = adv_element(env, argv[1], 11, &n);
  run.F_v43 = adv_element(env, argv[1], 12, &n);
  run.F_v49 = adv_element(env, argv[1], 13, &n);
  run.F_v45 = adv_element(env, argv[1], 14, &n);
  run.F_v55 = adv_element(env, argv[1], 15, &n);
  run.F_out_advantages = adv_element(env, argv[1], 16, &n);
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
