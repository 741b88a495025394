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
  uint32_t o_v260;
  uint32_t o_table226;
  uint32_t o_table238;
  uint32_t o_v263;
  uint32_t o_v265;
  uint32_t o_v270;
  uint32_t o_v277;
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
  uint32_t oh_acc77;
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
  float *F_v41;
  float *F_v42;
  float *F_v263;
  float *F_v270;
  float *F_v45;
  float *F_v47;
  float *F_v49;
  float *F_v265;
  float *F_table226;
  float *F_table238;
  float *F_v260;
  float *F_v277;
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
  pthread_mutex_t gate;
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
/* log(k!) for k = 0..129, correctly rounded: counts (Fisher's test) hit this table exactly */
static const float ADV_LOG_FACTORIAL[130] = { 0.00000000f, 0.00000000f, 0.693147182f, 1.79175949f, 3.17805386f, 4.78749180f, 6.57925129f, 8.52516174f, 10.6046028f, 12.8018274f, 15.1044130f, 17.5023079f, 19.9872150f, 22.5521641f, 25.1912212f, 27.8992710f, 30.6718597f, 33.5050735f, 36.3954468f, 39.3398857f, 42.3356171f, 45.3801384f, 48.4711800f, 51.6066742f, 54.7847290f, 58.0036049f, 61.2617035f, 64.5575409f, 67.8897400f, 71.2570419f, 74.6582336f, 78.0922241f, 81.5579605f, 85.0544662f, 88.5808258f, 92.1361771f, 95.7196960f, 99.3306122f, 102.968201f, 106.631760f, 110.320641f, 114.034210f, 117.771881f, 121.533081f, 125.317268f, 129.123932f, 132.952576f, 136.802719f, 140.673920f, 144.565750f, 148.477768f, 152.409592f, 156.360840f, 160.331131f, 164.320114f, 168.327438f, 172.352798f, 176.395844f, 180.456299f, 184.533829f, 188.628174f, 192.739044f, 196.866180f, 201.009323f, 205.168198f, 209.342590f, 213.532242f, 217.736938f, 221.956436f, 226.190552f, 230.439041f, 234.701721f, 238.978394f, 243.268845f, 247.572906f, 251.890396f, 256.221130f, 260.564941f, 264.921661f, 269.291107f, 273.673126f, 278.067566f, 282.474304f, 286.893127f, 291.323944f, 295.766602f, 300.220947f, 304.686859f, 309.164185f, 313.652832f, 318.152649f, 322.663513f, 327.185303f, 331.717896f, 336.261169f, 340.815063f, 345.379395f, 349.954132f, 354.539093f, 359.134216f, 363.739380f, 368.354492f, 372.979462f, 377.614197f, 382.258575f, 386.912537f, 391.575989f, 396.248810f, 400.930939f, 405.622284f, 410.322784f, 415.032318f, 419.750793f, 424.478180f, 429.214386f, 433.959320f, 438.712921f, 443.475098f, 448.245758f, 453.024902f, 457.812378f, 462.608185f, 467.412201f, 472.224396f, 477.044678f, 481.872986f, 486.709259f, 491.553436f, 496.405487f, 501.265289f };
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
  return ((x > 0.00000000f) ? ((x < 8.00000000f) ? small : large) : INFINITY);
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
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const int32_t u_p_n = R->U.p_n;
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc53 = R->U.oh_acc53;
  const uint32_t u_oh_acc57 = R->U.oh_acc57;
  const uint32_t u_oh_acc59 = R->U.oh_acc59;
  const uint32_t u_oh_acc77 = R->U.oh_acc77;
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
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v263 = R->F_v263;
  float *const restrict F_v270 = R->F_v270;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v49 = R->F_v49;
  float *const restrict F_v265 = R->F_v265;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table226 = R->F_table226;
  float *const restrict F_table238 = R->F_table238;
  float *const restrict F_v260 = R->F_v260;
  float *const restrict F_v277 = R->F_v277;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to rollout %10: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc10_0 = 0.00000000f;
    float acc10_1 = 0.00000000f;
    float acc10_2 = 0.00000000f;
    float acc10_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc10_0 = (acc10_0 + v0);
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc10_1 = (acc10_1 + v1);
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc10_2 = (acc10_2 + v2);
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc10_3 = (acc10_3 + v3);
    }
    F_v10[row0] = acc10_0;
    F_v10[row1] = acc10_1;
    F_v10[row2] = acc10_2;
    F_v10[row3] = acc10_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc10 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc10 = (acc10 + v4);
    }
    F_v10[row] = acc10;
  }
  // reduce to group %41, %42, %263, %270
  float acc41 = 0.00000000f;
  float acc42 = 0.00000000f;
  float acc263 = INFINITY;
  float acc270 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc41 = (acc41 + v7);
    acc42 = (acc42 + 1.00000000f);
    acc263 = adv_fmin(acc263, v5);
    acc270 = adv_fmax(acc270, v5);
  }
  if ((lid == 0u)) {
    F_v41[g] = acc41;
    F_v42[g] = acc42;
    F_v263[g] = acc263;
    F_v270[g] = acc270;
  }
  // reduce to rollout %45: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc45_0 = 0.00000000f;
    float acc45_1 = 0.00000000f;
    float acc45_2 = 0.00000000f;
    float acc45_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc45_0 = (acc45_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc45_1 = (acc45_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc45_2 = (acc45_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc45_3 = (acc45_3 + 1.00000000f);
      }
    }
    F_v45[row0] = acc45_0;
    F_v45[row1] = acc45_1;
    F_v45[row2] = acc45_2;
    F_v45[row3] = acc45_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc45 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc45 = (acc45 + 1.00000000f);
      }
    }
    F_v45[row] = acc45;
  }
  // reduce to group %47, %49, %265
  float acc47 = 0.00000000f;
  float acc49 = 0.00000000f;
  float acc265 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v45[row];
    const float v9 = F_v10[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc263);
    acc47 = (acc47 + v11);
    acc49 = (acc49 + v12);
    acc265 = (acc265 + v13);
  }
  if ((lid == 0u)) {
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v265[g] = acc265;
  }
  const bool v30 = (u_p_n == 3);
  const bool v32 = (u_p_n == 2);
  const bool v34 = (u_p_n <= 1);
  // key-build tok: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    uint32_t used = adv_umin(cap, 1024u);
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v38 = F_v10[row];
      const bool v39 = (v38 > 0.00000000f);
      const float v40 = (v39 ? 1.00000000f : 0.00000000f);
      const bool v43 = (!v39);
      const float v44 = (v43 ? 1.00000000f : 0.00000000f);
      const float v47 = (v39 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v14 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-3)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v15 = ((((int32_t)(t + (-3)) >= 0) && ((int32_t)(t + (-3)) < ((int32_t)(u_T)))) ? v14 : 0);
          const int32_t v16 = (int32_t)(v15 * 1000003);
          const int32_t v17 = (int32_t)(v16 * 1000003);
          const int32_t v18 = (int32_t)(v17 * 1000003);
          const int32_t v19 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-2)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v20 = ((((int32_t)(t + (-2)) >= 0) && ((int32_t)(t + (-2)) < ((int32_t)(u_T)))) ? v19 : 0);
          const int32_t v21 = (int32_t)(v20 * 1000003);
          const int32_t v22 = (int32_t)(v21 * 1000003);
          const int32_t v23 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-1)), 0), (int32_t)(((int32_t)(u_T)) - 1)))))];
          const int32_t v24 = ((((int32_t)(t + (-1)) >= 0) && ((int32_t)(t + (-1)) < ((int32_t)(u_T)))) ? v23 : 0);
          const int32_t v25 = (int32_t)(v24 * 1000003);
          const int32_t v26 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t v27 = (int32_t)(v25 + v26);
          const int32_t v28 = (int32_t)(v22 + v27);
          const int32_t v29 = (int32_t)(v18 + v28);
          const int32_t v31 = (v30 ? v28 : v29);
          const int32_t v33 = (v32 ? v27 : v31);
          const int32_t v35 = (v34 ? v26 : v33);
          const int32_t v36 = adv_imod(v35, 2147483647);
          const int32_t v37 = adv_iabs(v36);
          const int32_t key = v37;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t x = ((uint32_t)(key));
            x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) * 2146121005u);
            x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (15u & 31u))) * 2221713035u);
            uint32_t h = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) & (uint32_t)(used - 1u));
            uint32_t r = 0u;
            for (;;) {
              // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
              const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(base + h));
              const uint32_t cur = H[e];
              if ((cur == 0u)) {
                // a new key takes the group's next row (its zero-based values were left zero by the last run)
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(uint32_t)(u_oh_keys_tok + r)] = kk;
                if (((uint32_t)(nk * 3u) > (uint32_t)(used * 2u))) {
                  for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
                    H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
                  }
                  used = (uint32_t)(used * 2u);
                  for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
                    uint32_t x2 = (uint32_t)(H[(uint32_t)((uint32_t)(u_oh_keys_tok + lbase) + i)] - 1u);
                    x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) * 2146121005u);
                    x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (15u & 31u))) * 2221713035u);
                    uint32_t h2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) & (uint32_t)(used - 1u));
                    for (;;) {
                      if ((H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + h2))] == 0u)) {
                        break;
                      }
                      h2 = (uint32_t)((uint32_t)(h2 + 1u) & (uint32_t)(used - 1u));
                    }
                    H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + h2))] = (uint32_t)((uint32_t)(lbase + i) + 1u);
                  }
                }
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_tok + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const bool first = (H[(uint32_t)(u_oh_seen_tok + r)] != (uint32_t)(j + 1u));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(uint32_t)(u_oh_seen_tok + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const bool v41 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v42 = (v41 ? v40 : 0.00000000f);
            const float v45 = (v41 ? v44 : 0.00000000f);
            const float v46 = v40;
            const float v48 = v47;
            {
              const uint32_t a49 = adv_u32f(v42);
              const uint32_t a50 = adv_u32f(v45);
              const uint32_t add = (uint32_t)(a49 + a50);
              if ((add != 0u)) {
                H[(uint32_t)(((a49 != 0u) ? u_oh_acc53 : u_oh_acc57) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a49 != 0u) ? u_oh_acc53 : u_oh_acc57) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a51 = adv_u32f(v46);
              const uint32_t a52 = adv_u32f(v48);
              const uint32_t add = (uint32_t)(a51 + a52);
              if ((add != 0u)) {
                H[(uint32_t)(((a51 != 0u) ? u_oh_acc59 : u_oh_acc77) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a51 != 0u) ? u_oh_acc59 : u_oh_acc77) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table
    for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
    }
  }
  const bool v53 = (u_p_alpha != 0.00000000f);
  const float v60 = (acc42 - acc41);
  const bool v195 = (u_p_beta != 0.00000000f);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled226 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled226) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v54 = 0.00000000f;
      if (v53) {
        const float v55 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v56 = (v55 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v57 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v58 = (v56 + v57);
        const float v59 = (v55 + v57);
        const float v61 = (v60 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v62 = (v59 + v61);
        const float v63 = (v58 - v62);
        const float v64 = adv_fmax(0.00000000f, v63);
        const float v65 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v57);
        const float v66 = adv_fmin(v55, v65);
        const bool v67 = (v64 == v66);
        float v68 = 0.00000000f;
        if (v67) {
          v68 = 0.00000000f;
        } else {
          const float v69 = (v55 + v65);
          const float v70 = (v69 - v62);
          const float v71 = adv_fmax(0.00000000f, v70);
          const int32_t v72 = adv_i32f(v71);
          const int32_t v73 = adv_i32f(v66);
          const float v74 = (v65 + 1.00000000f);
          const float v75 = adv_lgamma(v74);
          const float v76 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v77 = adv_lgamma(v76);
          const float v78 = (v75 - v77);
          const float v79 = (v65 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v80 = (v79 + 1.00000000f);
          const float v81 = adv_lgamma(v80);
          const float v82 = (v78 - v81);
          const float v83 = (v62 - v65);
          const float v84 = (v55 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v85 = (v83 + 1.00000000f);
          const float v86 = adv_lgamma(v85);
          const float v87 = (v84 + 1.00000000f);
          const float v88 = adv_lgamma(v87);
          const float v89 = (v86 - v88);
          const float v90 = (v83 - v84);
          const float v91 = (v90 + 1.00000000f);
          const float v92 = adv_lgamma(v91);
          const float v93 = (v89 - v92);
          const float v94 = (v82 + v93);
          const float v95 = (v62 + 1.00000000f);
          const float v96 = adv_lgamma(v95);
          const float v97 = (v55 + 1.00000000f);
          const float v98 = adv_lgamma(v97);
          const float v99 = (v96 - v98);
          const float v100 = (v62 - v55);
          const float v101 = (v100 + 1.00000000f);
          const float v102 = adv_lgamma(v101);
          const float v103 = (v99 - v102);
          const float v104 = (v94 - v103);
          const float v105 = (v104 + 0.00000999999975f);
          float fold107 = 0.00000000f;
          for (int32_t k106 = v72; (k106 <= v73); k106 = (int32_t)(k106 + 1)) {
            const float v108 = ((float)(k106));
            const float v109 = (v108 + 1.00000000f);
            const float v110 = adv_lgamma(v109);
            const float v111 = (v75 - v110);
            const float v112 = (v65 - v108);
            const float v113 = (v112 + 1.00000000f);
            const float v114 = adv_lgamma(v113);
            const float v115 = (v111 - v114);
            const float v116 = (v55 - v108);
            const float v117 = (v116 + 1.00000000f);
            const float v118 = adv_lgamma(v117);
            const float v119 = (v86 - v118);
            const float v120 = (v83 - v116);
            const float v121 = (v120 + 1.00000000f);
            const float v122 = adv_lgamma(v121);
            const float v123 = (v119 - v122);
            const float v124 = (v115 + v123);
            const float v125 = (v124 - v103);
            const float v126 = expf(v125);
            const bool v127 = (v125 <= v105);
            const float v128 = (v127 ? v126 : 0.00000000f);
            fold107 = (fold107 + v128);
          }
          const float v129 = fold107;
          const float v130 = ((-2.00000000f) * v129);
          const float v131 = expf(v130);
          v68 = v131;
        }
        const float v132 = v68;
        const float v133 = (u_p_alpha * v132);
        v54 = v133;
      } else {
        v54 = 0.00000000f;
      }
      const float v134 = v54;
      const float v135 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v136 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v135);
      const float v137 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v138 = (v137 + v135);
      const float v139 = (v60 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v140 = (v138 + v139);
      const float v141 = (v136 / v140);
      const float v142 = (-v141);
      const float v143 = log2f(v141);
      const float v144 = (v142 * v143);
      const bool v145 = (v141 > 0.00000000f);
      const float v146 = (v145 ? v144 : 0.00000000f);
      const float v147 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v139);
      const float v148 = (v147 / v140);
      const float v149 = (-v148);
      const float v150 = log2f(v148);
      const float v151 = (v149 * v150);
      const bool v152 = (v148 > 0.00000000f);
      const float v153 = (v152 ? v151 : 0.00000000f);
      const float v154 = (v146 + v153);
      const float v155 = (v137 / v140);
      const float v156 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v137);
      const float v157 = (-v156);
      const float v158 = log2f(v156);
      const float v159 = (v157 * v158);
      const bool v160 = (v156 > 0.00000000f);
      const float v161 = (v160 ? v159 : 0.00000000f);
      const float v162 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v137);
      const float v163 = (-v162);
      const float v164 = log2f(v162);
      const float v165 = (v163 * v164);
      const bool v166 = (v162 > 0.00000000f);
      const float v167 = (v166 ? v165 : 0.00000000f);
      const float v168 = (v161 + v167);
      const bool v169 = (v137 > 0.00000000f);
      const float v170 = (v169 ? v168 : 0.00000000f);
      const float v171 = (v155 * v170);
      const float v172 = (v135 + v139);
      const float v173 = (v172 / v140);
      const float v174 = (v135 / v172);
      const float v175 = (-v174);
      const float v176 = log2f(v174);
      const float v177 = (v175 * v176);
      const bool v178 = (v174 > 0.00000000f);
      const float v179 = (v178 ? v177 : 0.00000000f);
      const float v180 = (v139 / v172);
      const float v181 = (-v180);
      const float v182 = log2f(v180);
      const float v183 = (v181 * v182);
      const bool v184 = (v180 > 0.00000000f);
      const float v185 = (v184 ? v183 : 0.00000000f);
      const float v186 = (v179 + v185);
      const bool v187 = (v172 > 0.00000000f);
      const float v188 = (v187 ? v186 : 0.00000000f);
      const float v189 = (v173 * v188);
      const float v190 = (v171 + v189);
      const float v191 = (v154 - v190);
      const bool v192 = (v140 > 0.00000000f);
      const float v193 = (v192 ? v191 : 0.00000000f);
      const float v194 = (u_p_beta * v193);
      const float v196 = (v195 ? v194 : 0.00000000f);
      const float v197 = (v134 + v196);
      F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v197;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled238 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled238) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v198 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v199 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v198);
      const float v200 = (v199 + 1.00000001e-10f);
      const float v201 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v200);
      const float v202 = adv_fmin(adv_fmax(v201, 0.00000000f), 1.00000000f);
      const float v203 = sqrtf(v202);
      const float v204 = adv_asin(v203);
      const float v205 = (v60 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v206 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v205);
      const float v207 = (v206 + 1.00000001e-10f);
      const float v208 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v207);
      const float v209 = adv_fmin(adv_fmax(v208, 0.00000000f), 1.00000000f);
      const float v210 = sqrtf(v209);
      const float v211 = adv_asin(v210);
      const float v212 = (v204 - v211);
      F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v212;
    }
  }
  const bool v213 = (acc41 > 0.00000000f);
  const bool v214 = (v60 > 0.00000000f);
  const bool v215 = (v213 && v214);
  const float v383 = (u_p_bm25_k1 + 1.00000000f);
  const float v385 = (1.00000000f - u_p_bm25_b);
  const float v386 = (u_p_bm25_b * acc47);
  const float v387 = (acc47 + acc49);
  const float v388 = (v387 / 2.00000000f);
  const float v389 = (v386 / v388);
  const float v390 = (v385 + v389);
  const float v391 = (u_p_bm25_k1 * v390);
  const bool v394 = (acc47 > 0.00000000f);
  const float v399 = (u_p_bm25_b * acc49);
  const float v400 = (acc49 + acc47);
  const float v401 = (v400 / 2.00000000f);
  const float v402 = (v399 / v401);
  const float v403 = (v385 + v402);
  const float v404 = (u_p_bm25_k1 * v403);
  const bool v407 = (acc49 > 0.00000000f);
  const bool v414 = (u_p_gamma != 0.00000000f);
  const float v418 = (u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const uint32_t nkeys260 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys260); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v216 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v217 = (v216 != u_p_zero_token_id);
    const bool v218 = (v215 && v217);
    float v219 = 0.00000000f;
    if (v218) {
      const float v220 = ((float)(H[(uint32_t)(u_oh_acc53 + slot)]));
      const float v221 = ((float)(H[(uint32_t)(u_oh_acc57 + slot)]));
      float v222 = 0.00000000f;
      if (tabled226) {
        v222 = F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v220) * (uint32_t)(n + 1u)) + adv_u32f(v221)))];
      } else {
        float v223 = 0.00000000f;
        if (v53) {
          const float v224 = (v220 + v221);
          const float v225 = (v224 + v220);
          const float v226 = (acc41 - v220);
          const float v227 = (v225 + v226);
          const float v228 = (v224 + v226);
          const float v229 = (v60 - v221);
          const float v230 = (v228 + v229);
          const float v231 = (v227 - v230);
          const float v232 = adv_fmax(0.00000000f, v231);
          const float v233 = (v220 + v226);
          const float v234 = adv_fmin(v224, v233);
          const bool v235 = (v232 == v234);
          float v236 = 0.00000000f;
          if (v235) {
            v236 = 0.00000000f;
          } else {
            const float v237 = (v224 + v233);
            const float v238 = (v237 - v230);
            const float v239 = adv_fmax(0.00000000f, v238);
            const int32_t v240 = adv_i32f(v239);
            const int32_t v241 = adv_i32f(v234);
            const float v242 = (v233 + 1.00000000f);
            const float v243 = adv_lgamma(v242);
            const float v244 = (v220 + 1.00000000f);
            const float v245 = adv_lgamma(v244);
            const float v246 = (v243 - v245);
            const float v247 = (v233 - v220);
            const float v248 = (v247 + 1.00000000f);
            const float v249 = adv_lgamma(v248);
            const float v250 = (v246 - v249);
            const float v251 = (v230 - v233);
            const float v252 = (v224 - v220);
            const float v253 = (v251 + 1.00000000f);
            const float v254 = adv_lgamma(v253);
            const float v255 = (v252 + 1.00000000f);
            const float v256 = adv_lgamma(v255);
            const float v257 = (v254 - v256);
            const float v258 = (v251 - v252);
            const float v259 = (v258 + 1.00000000f);
            const float v260 = adv_lgamma(v259);
            const float v261 = (v257 - v260);
            const float v262 = (v250 + v261);
            const float v263 = (v230 + 1.00000000f);
            const float v264 = adv_lgamma(v263);
            const float v265 = (v224 + 1.00000000f);
            const float v266 = adv_lgamma(v265);
            const float v267 = (v264 - v266);
            const float v268 = (v230 - v224);
            const float v269 = (v268 + 1.00000000f);
            const float v270 = adv_lgamma(v269);
            const float v271 = (v267 - v270);
            const float v272 = (v262 - v271);
            const float v273 = (v272 + 0.00000999999975f);
            float fold275 = 0.00000000f;
            for (int32_t k274 = v240; (k274 <= v241); k274 = (int32_t)(k274 + 1)) {
              const float v276 = ((float)(k274));
              const float v277 = (v276 + 1.00000000f);
              const float v278 = adv_lgamma(v277);
              const float v279 = (v243 - v278);
              const float v280 = (v233 - v276);
              const float v281 = (v280 + 1.00000000f);
              const float v282 = adv_lgamma(v281);
              const float v283 = (v279 - v282);
              const float v284 = (v224 - v276);
              const float v285 = (v284 + 1.00000000f);
              const float v286 = adv_lgamma(v285);
              const float v287 = (v254 - v286);
              const float v288 = (v251 - v284);
              const float v289 = (v288 + 1.00000000f);
              const float v290 = adv_lgamma(v289);
              const float v291 = (v287 - v290);
              const float v292 = (v283 + v291);
              const float v293 = (v292 - v271);
              const float v294 = expf(v293);
              const bool v295 = (v293 <= v273);
              const float v296 = (v295 ? v294 : 0.00000000f);
              fold275 = (fold275 + v296);
            }
            const float v297 = fold275;
            const float v298 = ((-2.00000000f) * v297);
            const float v299 = expf(v298);
            v236 = v299;
          }
          const float v300 = v236;
          const float v301 = (u_p_alpha * v300);
          v223 = v301;
        } else {
          v223 = 0.00000000f;
        }
        const float v302 = v223;
        const float v303 = (acc41 - v220);
        const float v304 = (v220 + v303);
        const float v305 = (v220 + v221);
        const float v306 = (v305 + v303);
        const float v307 = (v60 - v221);
        const float v308 = (v306 + v307);
        const float v309 = (v304 / v308);
        const float v310 = (-v309);
        const float v311 = log2f(v309);
        const float v312 = (v310 * v311);
        const bool v313 = (v309 > 0.00000000f);
        const float v314 = (v313 ? v312 : 0.00000000f);
        const float v315 = (v221 + v307);
        const float v316 = (v315 / v308);
        const float v317 = (-v316);
        const float v318 = log2f(v316);
        const float v319 = (v317 * v318);
        const bool v320 = (v316 > 0.00000000f);
        const float v321 = (v320 ? v319 : 0.00000000f);
        const float v322 = (v314 + v321);
        const float v323 = (v305 / v308);
        const float v324 = (v220 / v305);
        const float v325 = (-v324);
        const float v326 = log2f(v324);
        const float v327 = (v325 * v326);
        const bool v328 = (v324 > 0.00000000f);
        const float v329 = (v328 ? v327 : 0.00000000f);
        const float v330 = (v221 / v305);
        const float v331 = (-v330);
        const float v332 = log2f(v330);
        const float v333 = (v331 * v332);
        const bool v334 = (v330 > 0.00000000f);
        const float v335 = (v334 ? v333 : 0.00000000f);
        const float v336 = (v329 + v335);
        const bool v337 = (v305 > 0.00000000f);
        const float v338 = (v337 ? v336 : 0.00000000f);
        const float v339 = (v323 * v338);
        const float v340 = (v303 + v307);
        const float v341 = (v340 / v308);
        const float v342 = (v303 / v340);
        const float v343 = (-v342);
        const float v344 = log2f(v342);
        const float v345 = (v343 * v344);
        const bool v346 = (v342 > 0.00000000f);
        const float v347 = (v346 ? v345 : 0.00000000f);
        const float v348 = (v307 / v340);
        const float v349 = (-v348);
        const float v350 = log2f(v348);
        const float v351 = (v349 * v350);
        const bool v352 = (v348 > 0.00000000f);
        const float v353 = (v352 ? v351 : 0.00000000f);
        const float v354 = (v347 + v353);
        const bool v355 = (v340 > 0.00000000f);
        const float v356 = (v355 ? v354 : 0.00000000f);
        const float v357 = (v341 * v356);
        const float v358 = (v339 + v357);
        const float v359 = (v322 - v358);
        const bool v360 = (v308 > 0.00000000f);
        const float v361 = (v360 ? v359 : 0.00000000f);
        const float v362 = (u_p_beta * v361);
        const float v363 = (v195 ? v362 : 0.00000000f);
        v222 = (v302 + v363);
      }
      const float v364 = v222;
      float v365 = 0.00000000f;
      if (tabled238) {
        v365 = F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v220) * (uint32_t)(n + 1u)) + adv_u32f(v221)))];
      } else {
        const float v366 = (acc41 - v220);
        const float v367 = (v220 + v366);
        const float v368 = (v367 + 1.00000001e-10f);
        const float v369 = (v220 / v368);
        const float v370 = adv_fmin(adv_fmax(v369, 0.00000000f), 1.00000000f);
        const float v371 = sqrtf(v370);
        const float v372 = adv_asin(v371);
        const float v373 = (v60 - v221);
        const float v374 = (v221 + v373);
        const float v375 = (v374 + 1.00000001e-10f);
        const float v376 = (v221 / v375);
        const float v377 = adv_fmin(adv_fmax(v376, 0.00000000f), 1.00000000f);
        const float v378 = sqrtf(v377);
        const float v379 = adv_asin(v378);
        v365 = (v372 - v379);
      }
      const float v380 = v365;
      const float v381 = ((float)(H[(uint32_t)(u_oh_acc59 + slot)]));
      const float v382 = (v381 / acc47);
      const float v384 = (v382 * v383);
      const float v392 = (v382 + v391);
      const float v393 = (v384 / v392);
      const float v395 = (v394 ? v393 : 0.00000000f);
      const float v396 = ((float)(H[(uint32_t)(u_oh_acc77 + slot)]));
      const float v397 = (v396 / acc49);
      const float v398 = (v397 * v383);
      const float v405 = (v397 + v404);
      const float v406 = (v398 / v405);
      const float v408 = (v407 ? v406 : 0.00000000f);
      const float v409 = (v408 + 0.00000999999975f);
      const float v410 = (v395 / v409);
      const float v411 = (v395 + 0.00000999999975f);
      const float v412 = (v408 / v411);
      const float v413 = (v410 - v412);
      const float v415 = (v414 ? v413 : 0.00000000f);
      const float v416 = (v380 + v415);
      const float v417 = (v364 * v416);
      const float v419 = (v417 / v418);
      const float v420 = (1.00000000f / (1.00000000f + expf((-v419))));
      const float v421 = (v420 - 0.500000000f);
      const float v422 = (v421 * 2.00000000f);
      const float v423 = (v422 * u_p_top);
      v219 = v423;
    } else {
      v219 = 0.00000000f;
    }
    F_v260[slot] = v219;
  }
  // reduce to group %277
  const float v425 = (acc265 / acc42);
  const float v426 = (acc263 + v425);
  const float v428 = (acc270 - acc263);
  const bool v429 = (v428 > 0.00000000f);
  const float v430 = (v429 ? v428 : 1.00000000f);
  float acc277 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v424 = F_v10[row];
    const float v427 = (v424 - v426);
    const float v431 = (v427 / v430);
    const float v432 = (v431 * v431);
    acc277 = (acc277 + v432);
  }
  if ((lid == 0u)) {
    F_v277[g] = acc277;
  }
  const bool v434 = (acc42 > 1.00000000f);
  const float v435 = (v434 ? v426 : 0.00000000f);
  const float v437 = (acc42 - 1.00000000f);
  const float v438 = (acc277 / v437);
  const float v439 = sqrtf(v438);
  const float v440 = (v439 * v430);
  const float v441 = (v434 ? v440 : 1.00000000f);
  const float v442 = (v441 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v433 = F_v10[row];
    const float v436 = (v433 - v435);
    const float v443 = (v436 / v442);
    const bool v444 = (v436 == 0.00000000f);
    const float v445 = (v444 ? 0.00000000f : v443);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw446 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v447 = F_v260[((sw446 != 4294967295u) ? (uint32_t)(sw446 & 2147483647u) : 0u)];
      const float v448 = ((sw446 != 4294967295u) ? v447 : 0.00000000f);
      const float v449 = (v445 + v448);
      const int32_t v450 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v451 = ((float)(v450));
      const float v452 = (v449 * v451);
      const float v453 = v448;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v452;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v453;
    }
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc53 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc57 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc59 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc77 + lbase) + i)] = 0u;
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
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_v41 = adv_element(env, argv[1], 2, &n);
  run.F_v42 = adv_element(env, argv[1], 3, &n);
  run.F_v263 = adv_element(env, argv[1], 4, &n);
  run.F_v270 = adv_element(env, argv[1], 5, &n);
  run.F_v45 = adv_element(env, argv[1], 6, &n);
  run.F_v47 = adv_element(env, argv[1], 7, &n);
  run.F_v49 = adv_element(env, argv[1], 8, &n);
  run.F_v265 = adv_element(env, argv[1], 9, &n);
  run.F_table226 = adv_element(env, argv[1], 10, &n);
  run.F_table238 = adv_element(env, argv[1], 11, &n);
  run.F_v260 = adv_element(env, argv[1], 12, &n);
  run.F_v277 = adv_element(env, argv[1], 13, &n);
  run.F_out_advantages = adv_element(env, argv[1], 14, &n);
  run.F_out_key_values = adv_element(env, argv[1], 15, &n);
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
