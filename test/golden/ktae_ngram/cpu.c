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
  uint32_t o_token_level_rewards;
  uint32_t o_v10;
  uint32_t o_v41;
  uint32_t o_v42;
  uint32_t o_v45;
  uint32_t o_v47;
  uint32_t o_v49;
  uint32_t o_v256;
  uint32_t o_table222;
  uint32_t o_table234;
  uint32_t o_v259;
  uint32_t o_v265;
  uint32_t o_out_advantages;
  uint32_t o_out_key_values;
  uint32_t oi_response_mask;
  uint32_t oi_responses;
  uint32_t oi_members;
  uint32_t oi_starts;
  uint32_t oi_kbase;
  uint32_t oi_vbase;
  uint32_t oi_korder;
  uint32_t oh_table_tok;
  uint32_t oh_keys_tok;
  uint32_t oh_seen_tok;
  uint32_t oh_slot_tok;
  uint32_t oh_count_tok;
  uint32_t oh_acc53;
  uint32_t oh_acc57;
  uint32_t oh_acc59;
  uint32_t oh_acc75;
  int32_t p_n;
  float p_alpha;
  float p_beta;
  float p_gamma;
  float p_top;
  float p_epsilon;
  int32_t p_zero_token_id;
  float p_bm25_k1;
  float p_bm25_b;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v10;
  float *F_v45;
  float *F_v41;
  float *F_v42;
  float *F_v47;
  float *F_v49;
  float *F_v259;
  float *F_table222;
  float *F_table234;
  float *F_v256;
  float *F_v265;
  float *F_out_advantages;
  float *F_out_key_values;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;
  int32_t *I_kbase;
  int32_t *I_vbase;
  int32_t *I_korder;
  int32_t *I_responses;
  uint32_t *H;
  const int32_t *order;
  uint32_t groups, threads, claim[1];
  pthread_barrier_t barrier;
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static const float ADV_LOG_FACTORIAL[130] = { 0.00000000f, 0.00000000f, 0.693147182f, 1.79175949f, 3.17805386f, 4.78749180f, 6.57925129f, 8.52516174f, 10.6046028f, 12.8018274f, 15.1044130f, 17.5023079f, 19.9872150f, 22.5521641f, 25.1912212f, 27.8992710f, 30.6718597f, 33.5050735f, 36.3954468f, 39.3398857f, 42.3356171f, 45.3801384f, 48.4711800f, 51.6066742f, 54.7847290f, 58.0036049f, 61.2617035f, 64.5575409f, 67.8897400f, 71.2570419f, 74.6582336f, 78.0922241f, 81.5579605f, 85.0544662f, 88.5808258f, 92.1361771f, 95.7196960f, 99.3306122f, 102.968201f, 106.631760f, 110.320641f, 114.034210f, 117.771881f, 121.533081f, 125.317268f, 129.123932f, 132.952576f, 136.802719f, 140.673920f, 144.565750f, 148.477768f, 152.409592f, 156.360840f, 160.331131f, 164.320114f, 168.327438f, 172.352798f, 176.395844f, 180.456299f, 184.533829f, 188.628174f, 192.739044f, 196.866180f, 201.009323f, 205.168198f, 209.342590f, 213.532242f, 217.736938f, 221.956436f, 226.190552f, 230.439041f, 234.701721f, 238.978394f, 243.268845f, 247.572906f, 251.890396f, 256.221130f, 260.564941f, 264.921661f, 269.291107f, 273.673126f, 278.067566f, 282.474304f, 286.893127f, 291.323944f, 295.766602f, 300.220947f, 304.686859f, 309.164185f, 313.652832f, 318.152649f, 322.663513f, 327.185303f, 331.717896f, 336.261169f, 340.815063f, 345.379395f, 349.954132f, 354.539093f, 359.134216f, 363.739380f, 368.354492f, 372.979462f, 377.614197f, 382.258575f, 386.912537f, 391.575989f, 396.248810f, 400.930939f, 405.622284f, 410.322784f, 415.032318f, 419.750793f, 424.478180f, 429.214386f, 433.959320f, 438.712921f, 443.475098f, 448.245758f, 453.024902f, 457.812378f, 462.608185f, 467.412201f, 472.224396f, 477.044678f, 481.872986f, 486.709259f, 491.553436f, 496.405487f, 501.265289f };
static inline uint32_t h_load(uint32_t i) {
  uint32_t *const H = R->H;
  return H[i];
}
static inline void h_store(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = v;
}
static inline uint32_t h_add(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o + v);
  return o;
}
static inline uint32_t h_or(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o | v);
  return o;
}
static inline void h_max(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umax(H[i], v);
}
static inline void h_min(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umin(H[i], v);
}
static inline uint32_t h_cas(uint32_t i, uint32_t expected, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  if ((o == expected)) {
    H[i] = v;
  }
  return o;
}
static inline float adv_bits(uint32_t b) {
  uint32_t x = b;
  return adv_f32bits((uint32_t)(x));
}
static inline float adv_lgamma(float x) {
  if ((((x >= 1.00000000f) && (x <= 130.000000f)) && (x == floorf(x)))) {
    return ADV_LOG_FACTORIAL[(uint32_t)(adv_u32f(x) - 1u)];
  }
  const float n = floorf(x);
  const float t = (x - n);
  const float p = (t * (((((((((((((((((-0.0000405404826f) * t) + 0.000277127489f) * t) - 0.00100050715f) * t) + 0.00278998259f) * t) - 0.00735337008f) * t) + 0.0205748882f) * t) - 0.0673517510f) * t) + 0.322466999f) * t) + 0.422784328f));
  float up = 1.00000000f;
  for (float j = 2.00000000f; (j < 8.00000000f); j = (j + 1.00000000f)) {
    up = (up * ((j < n) ? (j + t) : 1.00000000f));
  }
  const float down = ((n < 2.00000000f) ? ((n < 1.00000000f) ? (t * (1.00000000f + t)) : (1.00000000f + t)) : 1.00000000f);
  const float small = (p + logf((up / down)));
  const float ix = (1.00000000f / x);
  const float ix2 = (ix * ix);
  const float series = (ix * (0.0833333358f - (ix2 * (0.00277777785f - (ix2 * (0.000793650805f - (ix2 * 0.000595238118f)))))));
  const float large = (((((x - 0.500000000f) * logf(x)) - x) + 0.918938518f) + series);
  return ((x > 0.00000000f) ? ((x < 8.00000000f) ? small : large) : adv_bits(2139095040u));
}
static inline float adv_asin(float x0) {
  const float a = adv_fmin(fabsf(x0), 1.00000000f);
  const bool big = (a > 0.500000000f);
  const float s = (big ? sqrtf(((1.00000000f - a) * 0.500000000f)) : a);
  const float z = (s * s);
  const float r = (s + ((s * z) * ((((((((0.0377738662f * z) + 0.0267256740f) * z) + 0.0449705571f) * z) + 0.0749905184f) * z) + 0.166666701f)));
  const float v = (big ? (1.57079637f - (2.00000000f * r)) : r);
  return ((x0 < 0.00000000f) ? (-v) : v);
}
static inline uint32_t adv_hash(uint32_t x0) {
  uint32_t x = x0;
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) * 2146121005u);
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (15u & 31u))) * 2221713035u);
  return (uint32_t)(x ^ (uint32_t)(x >> (16u & 31u)));
}
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const int32_t u_p_n = R->U.p_n;
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc57 = R->U.oh_acc57;
  const uint32_t u_oh_acc53 = R->U.oh_acc53;
  const uint32_t u_oh_acc75 = R->U.oh_acc75;
  const uint32_t u_oh_acc59 = R->U.oh_acc59;
  const uint32_t u_oh_slot_tok = R->U.oh_slot_tok;
  const uint32_t u_oh_count_tok = R->U.oh_count_tok;
  const float u_p_alpha = R->U.p_alpha;
  const float u_p_beta = R->U.p_beta;
  const uint32_t u_N = R->U.N;
  const float u_p_bm25_k1 = R->U.p_bm25_k1;
  const float u_p_bm25_b = R->U.p_bm25_b;
  const float u_p_gamma = R->U.p_gamma;
  const int32_t u_p_zero_token_id = R->U.p_zero_token_id;
  const float u_p_top = R->U.p_top;
  const float u_p_epsilon = R->U.p_epsilon;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v49 = R->F_v49;
  float *const restrict F_v259 = R->F_v259;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table222 = R->F_table222;
  float *const restrict F_table234 = R->F_table234;
  float *const restrict F_v256 = R->F_v256;
  float *const restrict F_v265 = R->F_v265;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 0u)]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 1u)]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 2u)]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 3u)]));
    float acc10_0 = 0.00000000f;
    float acc45_0 = 0.00000000f;
    float acc10_1 = 0.00000000f;
    float acc45_1 = 0.00000000f;
    float acc10_2 = 0.00000000f;
    float acc45_2 = 0.00000000f;
    float acc10_3 = 0.00000000f;
    float acc45_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
        acc10_0 = (acc10_0 + v0);
        acc45_0 = (acc45_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
        acc10_1 = (acc10_1 + v1);
        acc45_1 = (acc45_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
        acc10_2 = (acc10_2 + v2);
        acc45_2 = (acc45_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
        acc10_3 = (acc10_3 + v3);
        acc45_3 = (acc45_3 + 1.00000000f);
      }
    }
    F_v10[row0] = acc10_0;
    F_v45[row0] = acc45_0;
    F_v10[row1] = acc10_1;
    F_v45[row1] = acc45_1;
    F_v10[row2] = acc10_2;
    F_v45[row2] = acc45_2;
    F_v10[row3] = acc10_3;
    F_v45[row3] = acc45_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc10 = 0.00000000f;
    float acc45 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        acc10 = (acc10 + v4);
        acc45 = (acc45 + 1.00000000f);
      }
    }
    F_v10[row] = acc10;
    F_v45[row] = acc45;
  }
  float acc41 = 0.00000000f;
  float acc42 = 0.00000000f;
  float acc47 = 0.00000000f;
  float acc49 = 0.00000000f;
  float acc259 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v45[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc41 = (acc41 + v7);
    acc42 = (acc42 + 1.00000000f);
    acc47 = (acc47 + v9);
    acc49 = (acc49 + v10);
    acc259 = (acc259 + v5);
  }
  if ((lid == 0u)) {
    F_v41[g] = acc41;
    F_v42[g] = acc42;
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v259[g] = acc259;
  }
  const bool v27 = (u_p_n == 3);
  const bool v29 = (u_p_n == 2);
  const bool v31 = (u_p_n <= 1);
  {
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v35 = F_v10[row];
      const bool v36 = (v35 > 0.00000000f);
      const float v37 = (v36 ? 1.00000000f : 0.00000000f);
      const bool v40 = (!v36);
      const float v41 = (v40 ? 1.00000000f : 0.00000000f);
      const float v44 = (v36 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v11 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-3)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v12 = ((((int32_t)(t + (-3)) >= 0) && ((int32_t)(t + (-3)) < ((int32_t)(u_T)))) ? v11 : 0);
          const int32_t v13 = (int32_t)(v12 * 1000003);
          const int32_t v14 = (int32_t)(v13 * 1000003);
          const int32_t v15 = (int32_t)(v14 * 1000003);
          const int32_t v16 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-2)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v17 = ((((int32_t)(t + (-2)) >= 0) && ((int32_t)(t + (-2)) < ((int32_t)(u_T)))) ? v16 : 0);
          const int32_t v18 = (int32_t)(v17 * 1000003);
          const int32_t v19 = (int32_t)(v18 * 1000003);
          const int32_t v20 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-1)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v21 = ((((int32_t)(t + (-1)) >= 0) && ((int32_t)(t + (-1)) < ((int32_t)(u_T)))) ? v20 : 0);
          const int32_t v22 = (int32_t)(v21 * 1000003);
          const int32_t v23 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t v24 = (int32_t)(v22 + v23);
          const int32_t v25 = (int32_t)(v19 + v24);
          const int32_t v26 = (int32_t)(v15 + v25);
          const int32_t v28 = (v27 ? v25 : v26);
          const int32_t v30 = (v29 ? v24 : v28);
          const int32_t v32 = (v31 ? v23 : v30);
          const int32_t v33 = adv_imod(v32, 2147483647);
          const int32_t v34 = adv_iabs(v33);
          const int32_t key = v34;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t h = (uint32_t)(adv_hash(((uint32_t)(key))) & (uint32_t)(cap - 1u));
            uint32_t r = 0u;
            for (;;) {
              const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
              const uint32_t cur = H[e];
              if ((cur == kk)) {
                r = H[(uint32_t)(e + 1u)];
                break;
              }
              if ((cur == 0u)) {
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = kk;
                H[(uint32_t)(e + 1u)] = r;
                H[(uint32_t)(u_oh_keys_tok + r)] = kk;
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
            }
            const bool first = (H[(uint32_t)(u_oh_seen_tok + r)] != (uint32_t)(j + 1u));
            H[(uint32_t)(u_oh_seen_tok + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const bool v38 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v39 = (v38 ? v37 : 0.00000000f);
            const float v42 = (v38 ? v41 : 0.00000000f);
            const float v43 = v37;
            const float v45 = v44;
            {
              const uint32_t a46 = adv_u32f(v39);
              const uint32_t a47 = adv_u32f(v42);
              const uint32_t add = (uint32_t)(a46 + a47);
              if ((add != 0u)) {
                h_add((uint32_t)(((a46 != 0u) ? u_oh_acc53 : u_oh_acc57) + (uint32_t)(word & 2147483647u)), add);
              }
            }
            {
              const uint32_t a48 = adv_u32f(v43);
              const uint32_t a49 = adv_u32f(v45);
              const uint32_t add = (uint32_t)(a48 + a49);
              if ((add != 0u)) {
                h_add((uint32_t)(((a48 != 0u) ? u_oh_acc59 : u_oh_acc75) + (uint32_t)(word & 2147483647u)), add);
              }
            }
          }
        }
        h_store((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt), word);
      }
    }
    h_store((uint32_t)(u_oh_count_tok + g), nk);
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      const uint32_t kk = H[(uint32_t)((uint32_t)(u_oh_keys_tok + lbase) + i)];
      uint32_t h = (uint32_t)(adv_hash((uint32_t)(kk - 1u)) & (uint32_t)(cap - 1u));
      for (;;) {
        const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
        if ((H[e] == kk)) {
          H[e] = 0u;
          break;
        }
        h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
      }
    }
  }
  const bool v50 = (u_p_alpha != 0.00000000f);
  const float v57 = (acc42 - acc41);
  const bool v192 = (u_p_beta != 0.00000000f);
  const bool tabled222 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled222) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v51 = 0.00000000f;
      if (v50) {
        const float v52 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v53 = (v52 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v54 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v55 = (v53 + v54);
        const float v56 = (v52 + v54);
        const float v58 = (v57 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v59 = (v56 + v58);
        const float v60 = (v55 - v59);
        const float v61 = adv_fmax(0.00000000f, v60);
        const float v62 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v54);
        const float v63 = adv_fmin(v52, v62);
        const bool v64 = (v61 == v63);
        float v65 = 0.00000000f;
        if (v64) {
          v65 = 0.00000000f;
        } else {
          const float v66 = (v52 + v62);
          const float v67 = (v66 - v59);
          const float v68 = adv_fmax(0.00000000f, v67);
          const int32_t v69 = adv_i32f(v68);
          const int32_t v70 = adv_i32f(v63);
          const float v71 = (v62 + 1.00000000f);
          const float v72 = adv_lgamma(v71);
          const float v73 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v74 = adv_lgamma(v73);
          const float v75 = (v72 - v74);
          const float v76 = (v62 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v77 = (v76 + 1.00000000f);
          const float v78 = adv_lgamma(v77);
          const float v79 = (v75 - v78);
          const float v80 = (v59 - v62);
          const float v81 = (v52 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v82 = (v80 + 1.00000000f);
          const float v83 = adv_lgamma(v82);
          const float v84 = (v81 + 1.00000000f);
          const float v85 = adv_lgamma(v84);
          const float v86 = (v83 - v85);
          const float v87 = (v80 - v81);
          const float v88 = (v87 + 1.00000000f);
          const float v89 = adv_lgamma(v88);
          const float v90 = (v86 - v89);
          const float v91 = (v79 + v90);
          const float v92 = (v59 + 1.00000000f);
          const float v93 = adv_lgamma(v92);
          const float v94 = (v52 + 1.00000000f);
          const float v95 = adv_lgamma(v94);
          const float v96 = (v93 - v95);
          const float v97 = (v59 - v52);
          const float v98 = (v97 + 1.00000000f);
          const float v99 = adv_lgamma(v98);
          const float v100 = (v96 - v99);
          const float v101 = (v91 - v100);
          const float v102 = (v101 + 0.00000999999975f);
          float fold104 = 0.00000000f;
          for (int32_t k103 = v69; (k103 <= v70); k103 = (int32_t)(k103 + 1)) {
            const float v105 = ((float)(k103));
            const float v106 = (v105 + 1.00000000f);
            const float v107 = adv_lgamma(v106);
            const float v108 = (v72 - v107);
            const float v109 = (v62 - v105);
            const float v110 = (v109 + 1.00000000f);
            const float v111 = adv_lgamma(v110);
            const float v112 = (v108 - v111);
            const float v113 = (v52 - v105);
            const float v114 = (v113 + 1.00000000f);
            const float v115 = adv_lgamma(v114);
            const float v116 = (v83 - v115);
            const float v117 = (v80 - v113);
            const float v118 = (v117 + 1.00000000f);
            const float v119 = adv_lgamma(v118);
            const float v120 = (v116 - v119);
            const float v121 = (v112 + v120);
            const float v122 = (v121 - v100);
            const float v123 = expf(v122);
            const bool v124 = (v122 <= v102);
            const float v125 = (v124 ? v123 : 0.00000000f);
            fold104 = (fold104 + v125);
          }
          const float v126 = fold104;
          const float v127 = ((-2.00000000f) * v126);
          const float v128 = expf(v127);
          v65 = v128;
        }
        const float v129 = v65;
        const float v130 = (u_p_alpha * v129);
        v51 = v130;
      } else {
        v51 = 0.00000000f;
      }
      const float v131 = v51;
      const float v132 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v133 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v132);
      const float v134 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v135 = (v134 + v132);
      const float v136 = (v57 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v137 = (v135 + v136);
      const float v138 = (v133 / v137);
      const float v139 = (-v138);
      const float v140 = log2f(v138);
      const float v141 = (v139 * v140);
      const bool v142 = (v138 > 0.00000000f);
      const float v143 = (v142 ? v141 : 0.00000000f);
      const float v144 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v136);
      const float v145 = (v144 / v137);
      const float v146 = (-v145);
      const float v147 = log2f(v145);
      const float v148 = (v146 * v147);
      const bool v149 = (v145 > 0.00000000f);
      const float v150 = (v149 ? v148 : 0.00000000f);
      const float v151 = (v143 + v150);
      const float v152 = (v134 / v137);
      const float v153 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v134);
      const float v154 = (-v153);
      const float v155 = log2f(v153);
      const float v156 = (v154 * v155);
      const bool v157 = (v153 > 0.00000000f);
      const float v158 = (v157 ? v156 : 0.00000000f);
      const float v159 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v134);
      const float v160 = (-v159);
      const float v161 = log2f(v159);
      const float v162 = (v160 * v161);
      const bool v163 = (v159 > 0.00000000f);
      const float v164 = (v163 ? v162 : 0.00000000f);
      const float v165 = (v158 + v164);
      const bool v166 = (v134 > 0.00000000f);
      const float v167 = (v166 ? v165 : 0.00000000f);
      const float v168 = (v152 * v167);
      const float v169 = (v132 + v136);
      const float v170 = (v169 / v137);
      const float v171 = (v132 / v169);
      const float v172 = (-v171);
      const float v173 = log2f(v171);
      const float v174 = (v172 * v173);
      const bool v175 = (v171 > 0.00000000f);
      const float v176 = (v175 ? v174 : 0.00000000f);
      const float v177 = (v136 / v169);
      const float v178 = (-v177);
      const float v179 = log2f(v177);
      const float v180 = (v178 * v179);
      const bool v181 = (v177 > 0.00000000f);
      const float v182 = (v181 ? v180 : 0.00000000f);
      const float v183 = (v176 + v182);
      const bool v184 = (v169 > 0.00000000f);
      const float v185 = (v184 ? v183 : 0.00000000f);
      const float v186 = (v170 * v185);
      const float v187 = (v168 + v186);
      const float v188 = (v151 - v187);
      const bool v189 = (v137 > 0.00000000f);
      const float v190 = (v189 ? v188 : 0.00000000f);
      const float v191 = (u_p_beta * v190);
      const float v193 = (v192 ? v191 : 0.00000000f);
      const float v194 = (v131 + v193);
      F_table222[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v194;
    }
  }
  const bool tabled234 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled234) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v195 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v196 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v195);
      const float v197 = (v196 + 1.00000001e-10f);
      const float v198 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v197);
      const float v199 = adv_fmin(adv_fmax(v198, 0.00000000f), 1.00000000f);
      const float v200 = sqrtf(v199);
      const float v201 = adv_asin(v200);
      const float v202 = (v57 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v203 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v202);
      const float v204 = (v203 + 1.00000001e-10f);
      const float v205 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v204);
      const float v206 = adv_fmin(adv_fmax(v205, 0.00000000f), 1.00000000f);
      const float v207 = sqrtf(v206);
      const float v208 = adv_asin(v207);
      const float v209 = (v201 - v208);
      F_table234[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v209;
    }
  }
  const bool v210 = (acc41 > 0.00000000f);
  const bool v211 = (v57 > 0.00000000f);
  const bool v212 = (v210 && v211);
  const float v380 = (u_p_bm25_k1 + 1.00000000f);
  const float v382 = (1.00000000f - u_p_bm25_b);
  const float v383 = (u_p_bm25_b * acc47);
  const float v384 = (acc47 + acc49);
  const float v385 = (v384 / 2.00000000f);
  const float v386 = (v383 / v385);
  const float v387 = (v382 + v386);
  const float v388 = (u_p_bm25_k1 * v387);
  const float v394 = (u_p_bm25_b * acc49);
  const float v395 = (acc49 + acc47);
  const float v396 = (v395 / 2.00000000f);
  const float v397 = (v394 / v396);
  const float v398 = (v382 + v397);
  const float v399 = (u_p_bm25_k1 * v398);
  const bool v407 = (u_p_gamma != 0.00000000f);
  const float v411 = (u_p_alpha + u_p_beta);
  const uint32_t nkeys256 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys256); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v213 = ((int32_t)((uint32_t)(h_load((uint32_t)(u_oh_keys_tok + slot)) - 1u)));
    const bool v214 = (v213 != u_p_zero_token_id);
    const bool v215 = (v212 && v214);
    float v216 = 0.00000000f;
    if (v215) {
      const float v217 = ((float)(h_load((uint32_t)(u_oh_acc53 + slot))));
      const float v218 = ((float)(h_load((uint32_t)(u_oh_acc57 + slot))));
      float v219 = 0.00000000f;
      if (tabled222) {
        v219 = F_table222[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v217) * (uint32_t)(n + 1u))) + adv_u32f(v218))];
      } else {
        float v220 = 0.00000000f;
        if (v50) {
          const float v221 = (v217 + v218);
          const float v222 = (v221 + v217);
          const float v223 = (acc41 - v217);
          const float v224 = (v222 + v223);
          const float v225 = (v221 + v223);
          const float v226 = (v57 - v218);
          const float v227 = (v225 + v226);
          const float v228 = (v224 - v227);
          const float v229 = adv_fmax(0.00000000f, v228);
          const float v230 = (v217 + v223);
          const float v231 = adv_fmin(v221, v230);
          const bool v232 = (v229 == v231);
          float v233 = 0.00000000f;
          if (v232) {
            v233 = 0.00000000f;
          } else {
            const float v234 = (v221 + v230);
            const float v235 = (v234 - v227);
            const float v236 = adv_fmax(0.00000000f, v235);
            const int32_t v237 = adv_i32f(v236);
            const int32_t v238 = adv_i32f(v231);
            const float v239 = (v230 + 1.00000000f);
            const float v240 = adv_lgamma(v239);
            const float v241 = (v217 + 1.00000000f);
            const float v242 = adv_lgamma(v241);
            const float v243 = (v240 - v242);
            const float v244 = (v230 - v217);
            const float v245 = (v244 + 1.00000000f);
            const float v246 = adv_lgamma(v245);
            const float v247 = (v243 - v246);
            const float v248 = (v227 - v230);
            const float v249 = (v221 - v217);
            const float v250 = (v248 + 1.00000000f);
            const float v251 = adv_lgamma(v250);
            const float v252 = (v249 + 1.00000000f);
            const float v253 = adv_lgamma(v252);
            const float v254 = (v251 - v253);
            const float v255 = (v248 - v249);
            const float v256 = (v255 + 1.00000000f);
            const float v257 = adv_lgamma(v256);
            const float v258 = (v254 - v257);
            const float v259 = (v247 + v258);
            const float v260 = (v227 + 1.00000000f);
            const float v261 = adv_lgamma(v260);
            const float v262 = (v221 + 1.00000000f);
            const float v263 = adv_lgamma(v262);
            const float v264 = (v261 - v263);
            const float v265 = (v227 - v221);
            const float v266 = (v265 + 1.00000000f);
            const float v267 = adv_lgamma(v266);
            const float v268 = (v264 - v267);
            const float v269 = (v259 - v268);
            const float v270 = (v269 + 0.00000999999975f);
            float fold272 = 0.00000000f;
            for (int32_t k271 = v237; (k271 <= v238); k271 = (int32_t)(k271 + 1)) {
              const float v273 = ((float)(k271));
              const float v274 = (v273 + 1.00000000f);
              const float v275 = adv_lgamma(v274);
              const float v276 = (v240 - v275);
              const float v277 = (v230 - v273);
              const float v278 = (v277 + 1.00000000f);
              const float v279 = adv_lgamma(v278);
              const float v280 = (v276 - v279);
              const float v281 = (v221 - v273);
              const float v282 = (v281 + 1.00000000f);
              const float v283 = adv_lgamma(v282);
              const float v284 = (v251 - v283);
              const float v285 = (v248 - v281);
              const float v286 = (v285 + 1.00000000f);
              const float v287 = adv_lgamma(v286);
              const float v288 = (v284 - v287);
              const float v289 = (v280 + v288);
              const float v290 = (v289 - v268);
              const float v291 = expf(v290);
              const bool v292 = (v290 <= v270);
              const float v293 = (v292 ? v291 : 0.00000000f);
              fold272 = (fold272 + v293);
            }
            const float v294 = fold272;
            const float v295 = ((-2.00000000f) * v294);
            const float v296 = expf(v295);
            v233 = v296;
          }
          const float v297 = v233;
          const float v298 = (u_p_alpha * v297);
          v220 = v298;
        } else {
          v220 = 0.00000000f;
        }
        const float v299 = v220;
        const float v300 = (acc41 - v217);
        const float v301 = (v217 + v300);
        const float v302 = (v217 + v218);
        const float v303 = (v302 + v300);
        const float v304 = (v57 - v218);
        const float v305 = (v303 + v304);
        const float v306 = (v301 / v305);
        const float v307 = (-v306);
        const float v308 = log2f(v306);
        const float v309 = (v307 * v308);
        const bool v310 = (v306 > 0.00000000f);
        const float v311 = (v310 ? v309 : 0.00000000f);
        const float v312 = (v218 + v304);
        const float v313 = (v312 / v305);
        const float v314 = (-v313);
        const float v315 = log2f(v313);
        const float v316 = (v314 * v315);
        const bool v317 = (v313 > 0.00000000f);
        const float v318 = (v317 ? v316 : 0.00000000f);
        const float v319 = (v311 + v318);
        const float v320 = (v302 / v305);
        const float v321 = (v217 / v302);
        const float v322 = (-v321);
        const float v323 = log2f(v321);
        const float v324 = (v322 * v323);
        const bool v325 = (v321 > 0.00000000f);
        const float v326 = (v325 ? v324 : 0.00000000f);
        const float v327 = (v218 / v302);
        const float v328 = (-v327);
        const float v329 = log2f(v327);
        const float v330 = (v328 * v329);
        const bool v331 = (v327 > 0.00000000f);
        const float v332 = (v331 ? v330 : 0.00000000f);
        const float v333 = (v326 + v332);
        const bool v334 = (v302 > 0.00000000f);
        const float v335 = (v334 ? v333 : 0.00000000f);
        const float v336 = (v320 * v335);
        const float v337 = (v300 + v304);
        const float v338 = (v337 / v305);
        const float v339 = (v300 / v337);
        const float v340 = (-v339);
        const float v341 = log2f(v339);
        const float v342 = (v340 * v341);
        const bool v343 = (v339 > 0.00000000f);
        const float v344 = (v343 ? v342 : 0.00000000f);
        const float v345 = (v304 / v337);
        const float v346 = (-v345);
        const float v347 = log2f(v345);
        const float v348 = (v346 * v347);
        const bool v349 = (v345 > 0.00000000f);
        const float v350 = (v349 ? v348 : 0.00000000f);
        const float v351 = (v344 + v350);
        const bool v352 = (v337 > 0.00000000f);
        const float v353 = (v352 ? v351 : 0.00000000f);
        const float v354 = (v338 * v353);
        const float v355 = (v336 + v354);
        const float v356 = (v319 - v355);
        const bool v357 = (v305 > 0.00000000f);
        const float v358 = (v357 ? v356 : 0.00000000f);
        const float v359 = (u_p_beta * v358);
        const float v360 = (v192 ? v359 : 0.00000000f);
        v219 = (v299 + v360);
      }
      const float v361 = v219;
      float v362 = 0.00000000f;
      if (tabled234) {
        v362 = F_table234[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v217) * (uint32_t)(n + 1u))) + adv_u32f(v218))];
      } else {
        const float v363 = (acc41 - v217);
        const float v364 = (v217 + v363);
        const float v365 = (v364 + 1.00000001e-10f);
        const float v366 = (v217 / v365);
        const float v367 = adv_fmin(adv_fmax(v366, 0.00000000f), 1.00000000f);
        const float v368 = sqrtf(v367);
        const float v369 = adv_asin(v368);
        const float v370 = (v57 - v218);
        const float v371 = (v218 + v370);
        const float v372 = (v371 + 1.00000001e-10f);
        const float v373 = (v218 / v372);
        const float v374 = adv_fmin(adv_fmax(v373, 0.00000000f), 1.00000000f);
        const float v375 = sqrtf(v374);
        const float v376 = adv_asin(v375);
        v362 = (v369 - v376);
      }
      const float v377 = v362;
      const float v378 = ((float)(h_load((uint32_t)(u_oh_acc59 + slot))));
      const float v379 = (v378 / acc47);
      const float v381 = (v379 * v380);
      const float v389 = (v379 + v388);
      const float v390 = (v381 / v389);
      const float v391 = ((float)(h_load((uint32_t)(u_oh_acc75 + slot))));
      const float v392 = (v391 / acc49);
      const float v393 = (v392 * v380);
      const float v400 = (v392 + v399);
      const float v401 = (v393 / v400);
      const float v402 = (v401 + 0.00000999999975f);
      const float v403 = (v390 / v402);
      const float v404 = (v390 + 0.00000999999975f);
      const float v405 = (v401 / v404);
      const float v406 = (v403 - v405);
      const float v408 = (v407 ? v406 : 0.00000000f);
      const float v409 = (v377 + v408);
      const float v410 = (v361 * v409);
      const float v412 = (v410 / v411);
      const float v413 = (1.00000000f / (1.00000000f + expf((-v412))));
      const float v414 = (v413 - 0.500000000f);
      const float v415 = (v414 * 2.00000000f);
      const float v416 = (v415 * u_p_top);
      v216 = v416;
    } else {
      v216 = 0.00000000f;
    }
    F_v256[slot] = v216;
  }
  const float v418 = (acc259 / acc42);
  float acc265 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v417 = F_v10[row];
    const float v419 = (v417 - v418);
    const float v420 = (v419 * v419);
    acc265 = (acc265 + v420);
  }
  if ((lid == 0u)) {
    F_v265[g] = acc265;
  }
  const bool v422 = (acc42 > 1.00000000f);
  const float v423 = (v422 ? v418 : 0.00000000f);
  const float v425 = (acc42 - 1.00000000f);
  const float v426 = (acc265 / v425);
  const float v427 = sqrtf(v426);
  const float v428 = (v422 ? v427 : 1.00000000f);
  const float v429 = (v428 + u_p_epsilon);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v421 = F_v10[row];
    const float v424 = (v421 - v423);
    const float v430 = (v424 / v429);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw431 = h_load((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + ((uint32_t)(t))));
      const float v432 = F_v256[((sw431 != 4294967295u) ? (uint32_t)(sw431 & 2147483647u) : 0u)];
      const float v433 = ((sw431 != 4294967295u) ? v432 : 0.00000000f);
      const float v434 = (v430 + v433);
      const int32_t v435 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v436 = ((float)(v435));
      const float v437 = (v434 * v436);
      const float v438 = v433;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v437;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v438;
    }
  }
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = h_load((uint32_t)(u_oh_count_tok + g));
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc53 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc57 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc59 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc75 + lbase) + i)] = 0u;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 1; s++) {
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
  run.F_token_level_rewards = adv_element(env, argv[1], 0, &n);
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_v45 = adv_element(env, argv[1], 2, &n);
  run.F_v41 = adv_element(env, argv[1], 3, &n);
  run.F_v42 = adv_element(env, argv[1], 4, &n);
  run.F_v47 = adv_element(env, argv[1], 5, &n);
  run.F_v49 = adv_element(env, argv[1], 6, &n);
  run.F_v259 = adv_element(env, argv[1], 7, &n);
  run.F_table222 = adv_element(env, argv[1], 8, &n);
  run.F_table234 = adv_element(env, argv[1], 9, &n);
  run.F_v256 = adv_element(env, argv[1], 10, &n);
  run.F_v265 = adv_element(env, argv[1], 11, &n);
  run.F_out_advantages = adv_element(env, argv[1], 12, &n);
  run.F_out_key_values = adv_element(env, argv[1], 13, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_response_mask = adv_element(env, argv[2], 2, &n);
  run.I_kbase = adv_element(env, argv[2], 3, &n);
  run.I_vbase = adv_element(env, argv[2], 4, &n);
  run.I_korder = adv_element(env, argv[2], 5, &n);
  run.I_responses = adv_element(env, argv[2], 6, &n);
  run.H = adv_data(env, argv[3], &n);
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
