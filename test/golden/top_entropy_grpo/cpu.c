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
  uint32_t o_v5;
  uint32_t o_v8;
  uint32_t o_v10;
  uint32_t o_v16;
  uint32_t o_v23;
  uint32_t o_v37;
  uint32_t o_v38_partial;
  uint32_t o_select_bins;
  uint32_t o_v43;
  uint32_t o_v43_ph;
  uint32_t o_v43_pl;
  uint32_t o_v43_k;
  uint32_t o_v43_h0;
  uint32_t o_v43_h1;
  uint32_t o_v43_h2;
  uint32_t o_v43_h3;
  uint32_t o_v47_partial;
  uint32_t o_v54_partial;
  uint32_t o_out_advantages;
  uint32_t o_out_high_entropy;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_top_entropy_quantile;
  float p_epsilon;
  uint32_t p_norm_adv_by_std_in_grpo;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v4;
  float *F_v37;
  float *F_v5;
  float *F_v8;
  float *F_v16;
  float *F_v38_partial;
  float *F_v10;
  float *F_v23;
  float *F_v43_h0;
  float *F_entropy;
  float *F_select_bins;
  float *F_v43_ph;
  float *F_v43_pl;
  float *F_v43_k;
  float *F_v43_h1;
  float *F_v43_h2;
  float *F_v43_h3;
  float *F_v43;
  float *F_v47_partial;
  float *F_v54_partial;
  float *F_out_advantages;
  float *F_out_high_entropy;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[6];
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
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_v37 = R->F_v37;
  float *const restrict F_v5 = R->F_v5;
  float *const restrict F_v8 = R->F_v8;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v43_h0 = R->F_v43_h0;
  float *const restrict F_entropy = R->F_entropy;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %4, %37: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc4_0 = 0.00000000f;
    uint32_t acc37_0 = 0u;
    float acc4_1 = 0.00000000f;
    uint32_t acc37_1 = 0u;
    float acc4_2 = 0.00000000f;
    uint32_t acc37_2 = 0u;
    float acc4_3 = 0.00000000f;
    uint32_t acc37_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc4_0 = (acc4_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc37_0 = (uint32_t)(acc37_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc4_1 = (acc4_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc37_1 = (uint32_t)(acc37_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc4_2 = (acc4_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc37_2 = (uint32_t)(acc37_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc4_3 = (acc4_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc37_3 = (uint32_t)(acc37_3 + (uint32_t)(valid_3));
    }
    F_v4[row0] = acc4_0;
    F_v37[row0] = ((float)(acc37_0));
    F_v4[row1] = acc4_1;
    F_v37[row1] = ((float)(acc37_1));
    F_v4[row2] = acc4_2;
    F_v37[row2] = ((float)(acc37_2));
    F_v4[row3] = acc4_3;
    F_v37[row3] = ((float)(acc37_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc4 = 0.00000000f;
    uint32_t acc37 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc4 = (acc4 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc37 = (uint32_t)(acc37 + (uint32_t)(valid));
    }
    F_v4[row] = acc4;
    F_v37[row] = ((float)(acc37));
  }
  // reduce to group %5, %8, %16, %38 (batch partial)
  uint32_t acc5 = 0u;
  float acc8 = INFINITY;
  float acc16 = (-INFINITY);
  float acc38 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v5 = F_v4[row];
    const float v6 = F_v37[row];
    acc5 = (uint32_t)(acc5 + 1u);
    acc8 = adv_fmin(acc8, v5);
    acc16 = adv_fmax(acc16, v5);
    acc38 = (acc38 + v6);
  }
  if ((lid == 0u)) {
    F_v5[g] = ((float)(acc5));
    F_v8[g] = acc8;
    F_v16[g] = acc16;
    F_v38_partial[g] = acc38;
  }
  // reduce to group %10
  float acc10 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v7 = F_v4[row];
    const float v8 = (v7 - acc8);
    acc10 = (acc10 + v8);
  }
  if ((lid == 0u)) {
    F_v10[g] = acc10;
  }
  // reduce to group %23
  const float v10 = (acc10 / ((float)(acc5)));
  const float v11 = (acc8 + v10);
  const float v13 = (acc16 - acc8);
  const bool v14 = (v13 > 0.00000000f);
  const float v15 = (v14 ? v13 : 1.00000000f);
  float acc23 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v9 = F_v4[row];
    const float v12 = (v9 - v11);
    const float v16 = (v12 / v15);
    const float v17 = (v16 * v16);
    acc23 = (acc23 + v17);
  }
  if ((lid == 0u)) {
    F_v23[g] = acc23;
  }
  // select %43 to the batch, digit 0
  uint32_t sk18 = 0u;
  uint32_t sp19 = 0u;
  uint32_t sm20 = 0u;
  memset(&F_v43_h0[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_v43_h0);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v21 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const uint32_t key22 = adv_order_key(v21);
        if (((uint32_t)(key22 & sm20) == sp19)) {
          const uint32_t bin23 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key22 >> (24u & 31u)) & 255u));
          F_v43_h0[bin23] = (F_v43_h0[bin23] + 1.00000000f);
        }
      }
    }
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_top_entropy_quantile = R->U.p_top_entropy_quantile;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v43_h0 = R->F_v43_h0;
  float *const restrict F_v43_ph = R->F_v43_ph;
  float *const restrict F_v43_pl = R->F_v43_pl;
  float *const restrict F_v43_k = R->F_v43_k;
  float *const restrict F_v43_h1 = R->F_v43_h1;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %38: combine every group's partial
  float acc_b38 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b38 = (acc_b38 + F_v38_partial[i]);
  }
  const float v28 = (1.00000000f - u_p_top_entropy_quantile);
  const float v29 = (acc_b38 - 1.00000000f);
  const float v30 = (v28 * v29);
  const float v31 = floorf(v30);
  // select %43 to the batch, digit 1
  uint32_t sk24 = 0u;
  uint32_t sp25 = 0u;
  uint32_t sm26 = 0u;
  memset(&F_select_bins[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_select_bins);
  for (uint32_t i = 0u; (i < u_G); i = (uint32_t)(i + 1u)) {
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] = (F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] + F_v43_h0[(size_t)(uint32_t)(i * 256u) + (size_t)b]);
    }
  }
  float count32 = 0.00000000f;
  for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
    count32 = (count32 + F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
  }
  const bool empty27 = (count32 == 0.00000000f);
  sk24 = adv_u32f(adv_fmin(((v31 > 0.00000000f) ? floorf(v31) : 0.00000000f), (count32 - 1.00000000f)));
  uint32_t digit33 = 0u;
  for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
    const uint32_t c34 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
    if ((sk24 < c34)) {
      digit33 = b;
      break;
    }
    sk24 = (uint32_t)(sk24 - c34);
  }
  sp25 = (uint32_t)(sp25 | (uint32_t)(digit33 << (24u & 31u)));
  sm26 = (uint32_t)(sm26 | (uint32_t)(255u << (24u & 31u)));
  F_v43_ph[g] = ((float)((uint32_t)(sp25 >> (16u & 31u))));
  F_v43_pl[g] = ((float)((uint32_t)(sp25 & 65535u)));
  F_v43_k[g] = (empty27 ? (-1.00000000f) : ((float)(sk24)));
  memset(&F_v43_h1[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_v43_h1);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v35 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const uint32_t key36 = adv_order_key(v35);
        if (((uint32_t)(key36 & sm26) == sp25)) {
          const uint32_t bin37 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key36 >> (16u & 31u)) & 255u));
          F_v43_h1[bin37] = (F_v43_h1[bin37] + 1.00000000f);
        }
      }
    }
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_v43_ph = R->F_v43_ph;
  float *const restrict F_v43_pl = R->F_v43_pl;
  float *const restrict F_v43_k = R->F_v43_k;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v43_h1 = R->F_v43_h1;
  float *const restrict F_v43_h2 = R->F_v43_h2;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %38: combine every group's partial
  float acc_b38 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b38 = (acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 2
  uint32_t sk38 = 0u;
  uint32_t sp39 = 0u;
  uint32_t sm40 = 0u;
  sp39 = (uint32_t)((uint32_t)(adv_u32f(F_v43_ph[g]) << (16u & 31u)) | adv_u32f(F_v43_pl[g]));
  sm40 = 4294901760u;
  const bool empty41 = (F_v43_k[g] < 0.00000000f);
  sk38 = adv_u32f(adv_fmax(F_v43_k[g], 0.00000000f));
  memset(&F_select_bins[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_select_bins);
  for (uint32_t i = 0u; (i < u_G); i = (uint32_t)(i + 1u)) {
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] = (F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] + F_v43_h1[(size_t)(uint32_t)(i * 256u) + (size_t)b]);
    }
  }
  uint32_t digit42 = 0u;
  for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
    const uint32_t c43 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
    if ((sk38 < c43)) {
      digit42 = b;
      break;
    }
    sk38 = (uint32_t)(sk38 - c43);
  }
  sp39 = (uint32_t)(sp39 | (uint32_t)(digit42 << (16u & 31u)));
  sm40 = (uint32_t)(sm40 | (uint32_t)(255u << (16u & 31u)));
  F_v43_ph[g] = ((float)((uint32_t)(sp39 >> (16u & 31u))));
  F_v43_pl[g] = ((float)((uint32_t)(sp39 & 65535u)));
  F_v43_k[g] = (empty41 ? (-1.00000000f) : ((float)(sk38)));
  memset(&F_v43_h2[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_v43_h2);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v44 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const uint32_t key45 = adv_order_key(v44);
        if (((uint32_t)(key45 & sm40) == sp39)) {
          const uint32_t bin46 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key45 >> (8u & 31u)) & 255u));
          F_v43_h2[bin46] = (F_v43_h2[bin46] + 1.00000000f);
        }
      }
    }
  }
}
static void stage3(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_v43_ph = R->F_v43_ph;
  float *const restrict F_v43_pl = R->F_v43_pl;
  float *const restrict F_v43_k = R->F_v43_k;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v43_h2 = R->F_v43_h2;
  float *const restrict F_v43_h3 = R->F_v43_h3;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %38: combine every group's partial
  float acc_b38 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b38 = (acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 3
  uint32_t sk47 = 0u;
  uint32_t sp48 = 0u;
  uint32_t sm49 = 0u;
  sp48 = (uint32_t)((uint32_t)(adv_u32f(F_v43_ph[g]) << (16u & 31u)) | adv_u32f(F_v43_pl[g]));
  sm49 = 4294967040u;
  const bool empty50 = (F_v43_k[g] < 0.00000000f);
  sk47 = adv_u32f(adv_fmax(F_v43_k[g], 0.00000000f));
  memset(&F_select_bins[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_select_bins);
  for (uint32_t i = 0u; (i < u_G); i = (uint32_t)(i + 1u)) {
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] = (F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] + F_v43_h2[(size_t)(uint32_t)(i * 256u) + (size_t)b]);
    }
  }
  uint32_t digit51 = 0u;
  for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
    const uint32_t c52 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
    if ((sk47 < c52)) {
      digit51 = b;
      break;
    }
    sk47 = (uint32_t)(sk47 - c52);
  }
  sp48 = (uint32_t)(sp48 | (uint32_t)(digit51 << (8u & 31u)));
  sm49 = (uint32_t)(sm49 | (uint32_t)(255u << (8u & 31u)));
  F_v43_ph[g] = ((float)((uint32_t)(sp48 >> (16u & 31u))));
  F_v43_pl[g] = ((float)((uint32_t)(sp48 & 65535u)));
  F_v43_k[g] = (empty50 ? (-1.00000000f) : ((float)(sk47)));
  memset(&F_v43_h3[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_v43_h3);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v53 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const uint32_t key54 = adv_order_key(v53);
        if (((uint32_t)(key54 & sm49) == sp48)) {
          const uint32_t bin55 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key54 >> (0u & 31u)) & 255u));
          F_v43_h3[bin55] = (F_v43_h3[bin55] + 1.00000000f);
        }
      }
    }
  }
}
static void stage4(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_v43_ph = R->F_v43_ph;
  float *const restrict F_v43_pl = R->F_v43_pl;
  float *const restrict F_v43_k = R->F_v43_k;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v43_h3 = R->F_v43_h3;
  float *const restrict F_v43 = R->F_v43;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  float *const restrict F_v47_partial = R->F_v47_partial;
  float *const restrict F_v54_partial = R->F_v54_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %38: combine every group's partial
  float acc_b38 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b38 = (acc_b38 + F_v38_partial[i]);
  }
  // select %43 to the batch, digit 4
  uint32_t sk56 = 0u;
  uint32_t sp57 = 0u;
  uint32_t sm58 = 0u;
  sp57 = (uint32_t)((uint32_t)(adv_u32f(F_v43_ph[g]) << (16u & 31u)) | adv_u32f(F_v43_pl[g]));
  sm58 = 4294967295u;
  const bool empty59 = (F_v43_k[g] < 0.00000000f);
  sk56 = adv_u32f(adv_fmax(F_v43_k[g], 0.00000000f));
  memset(&F_select_bins[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_select_bins);
  for (uint32_t i = 0u; (i < u_G); i = (uint32_t)(i + 1u)) {
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] = (F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b] + F_v43_h3[(size_t)(uint32_t)(i * 256u) + (size_t)b]);
    }
  }
  uint32_t digit60 = 0u;
  for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
    const uint32_t c61 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
    if ((sk56 < c61)) {
      digit60 = b;
      break;
    }
    sk56 = (uint32_t)(sk56 - c61);
  }
  sp57 = (uint32_t)(sp57 | (uint32_t)(digit60 << (0u & 31u)));
  sm58 = (uint32_t)(sm58 | (uint32_t)(255u << (0u & 31u)));
  F_v43[g] = (empty59 ? 0.00000000f : adv_order_value(sp57));
  // reduce to group %47 (batch partial), %54 (batch partial)
  const float v63 = F_v43[g];
  float acc47 = 0.00000000f;
  float acc54 = INFINITY;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v62 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const bool v64 = (v62 <= v63);
        const float v65 = (v64 ? 1.00000000f : 0.00000000f);
        const bool v66 = (v62 > v63);
        const float v67 = (v66 ? v62 : 3.00000001e+38f);
        acc47 = (acc47 + v65);
        acc54 = adv_fmin(acc54, v67);
      }
    }
  }
  if ((lid == 0u)) {
    F_v47_partial[g] = acc47;
    F_v54_partial[g] = acc54;
  }
}
static void stage5(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const float u_p_epsilon = R->U.p_epsilon;
  const float u_p_top_entropy_quantile = R->U.p_top_entropy_quantile;
  const uint32_t u_p_norm_adv_by_std_in_grpo = R->U.p_norm_adv_by_std_in_grpo;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v38_partial = R->F_v38_partial;
  float *const restrict F_v47_partial = R->F_v47_partial;
  float *const restrict F_v54_partial = R->F_v54_partial;
  float *const restrict F_v8 = R->F_v8;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v5 = R->F_v5;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v43 = R->F_v43;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_entropy = R->F_entropy;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_high_entropy = R->F_out_high_entropy;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %38, %47, %54: combine every group's partial
  float acc_b38 = 0.00000000f;
  float acc_b47 = 0.00000000f;
  float acc_b54 = INFINITY;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b38 = (acc_b38 + F_v38_partial[i]);
    acc_b47 = (acc_b47 + F_v47_partial[i]);
    acc_b54 = adv_fmin(acc_b54, F_v54_partial[i]);
  }
  const float v69 = F_v8[g];
  const float v70 = F_v10[g];
  const float v71 = F_v5[g];
  const float v72 = (v70 / v71);
  const float v73 = (v69 + v72);
  const bool v74 = (v71 > 1.00000000f);
  const float v75 = (v74 ? v73 : 0.00000000f);
  const float v77 = F_v23[g];
  const float v78 = (v71 - 1.00000000f);
  const float v79 = (v77 / v78);
  const float v80 = sqrtf(v79);
  const float v81 = F_v16[g];
  const float v82 = (v81 - v69);
  const bool v83 = (v82 > 0.00000000f);
  const float v84 = (v83 ? v82 : 1.00000000f);
  const float v85 = (v80 * v84);
  const float v86 = (v74 ? v85 : 1.00000000f);
  const float v87 = (v86 + u_p_epsilon);
  const float v93 = F_v43[g];
  const float v94 = (1.00000000f - u_p_top_entropy_quantile);
  const float v95 = (acc_b38 - 1.00000000f);
  const float v96 = (v94 * v95);
  const float v97 = floorf(v96);
  const float v98 = (v96 - v97);
  const bool v99 = (v98 == 0.00000000f);
  const float v100 = (v97 + 1.00000000f);
  const bool v101 = (acc_b47 > v100);
  const bool v102 = (v99 || v101);
  const float v103 = (v102 ? v93 : acc_b54);
  const float v104 = (v103 - v93);
  const float v105 = (1.00000000f - v98);
  const float v106 = (v104 * v105);
  const float v107 = (v103 - v106);
  const float v108 = (v98 * v104);
  const float v109 = (v93 + v108);
  const bool v110 = (v98 < 0.500000000f);
  const float v111 = (v110 ? v109 : v107);
  // outputs out_advantages, out_high_entropy
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v68 = F_v4[row];
    const float v76 = (v68 - v75);
    const float v88 = (v76 / v87);
    const bool v89 = (v76 == 0.00000000f);
    const float v90 = (v89 ? 0.00000000f : v88);
    const float v91 = ((u_p_norm_adv_by_std_in_grpo != 0u) ? v90 : v76);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v92 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const bool v112 = (v92 >= v111);
      const float v113 = (v112 ? 1.00000000f : 0.00000000f);
      const float v114 = (v91 * v113);
      const int32_t v115 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v116 = ((float)(v115));
      const float v117 = (v114 * v116);
      const float v118 = (v113 * v116);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v117;
      F_out_high_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v118;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0, stage1, stage2, stage3, stage4, stage5 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others,
   except after the last kernel: the caller joins the threads, and a thread that finished first would otherwise
   sleep at the barrier and have to be woken (and scheduled) before the join could return */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 6; s++) {
    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {
      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };
      STAGES[s](wid, 0u);
    }
    if (R->threads > 1u && s + 1 < 6) pthread_barrier_wait(&R->barrier);
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
  run.F_v4 = adv_element(env, argv[1], 1, &n);
  run.F_v37 = adv_element(env, argv[1], 2, &n);
  run.F_v5 = adv_element(env, argv[1], 3, &n);
  run.F_v8 = adv_element(env, argv[1], 4, &n);
  run.F_v16 = adv_element(env, argv[1], 5, &n);
  run.F_v38_partial = adv_element(env, argv[1], 6, &n);
  run.F_v10 = adv_element(env, argv[1], 7, &n);
  run.F_v23 = adv_element(env, argv[1], 8, &n);
  run.F_v43_h0 = adv_element(env, argv[1], 9, &n);
  run.F_entropy = adv_element(env, argv[1], 10, &n);
  run.F_select_bins = adv_element(env, argv[1], 11, &n);
  run.F_v43_ph = adv_element(env, argv[1], 12, &n);
  run.F_v43_pl = adv_element(env, argv[1], 13, &n);
  run.F_v43_k = adv_element(env, argv[1], 14, &n);
  run.F_v43_h1 = adv_element(env, argv[1], 15, &n);
  run.F_v43_h2 = adv_element(env, argv[1], 16, &n);
  run.F_v43_h3 = adv_element(env, argv[1], 17, &n);
  run.F_v43 = adv_element(env, argv[1], 18, &n);
  run.F_v47_partial = adv_element(env, argv[1], 19, &n);
  run.F_v54_partial = adv_element(env, argv[1], 20, &n);
  run.F_out_advantages = adv_element(env, argv[1], 21, &n);
  run.F_out_high_entropy = adv_element(env, argv[1], 22, &n);
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
