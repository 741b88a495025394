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
  uint32_t o_out_0folds;
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
  float *F_out_0folds;
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
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc53 = R->U.oh_acc53;
  const uint32_t u_oh_acc57 = R->U.oh_acc57;
  const uint32_t u_oh_acc59 = R->U.oh_acc59;
  const uint32_t u_oh_acc77 = R->U.oh_acc77;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
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
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
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
    // half the slots to start with (a key for every other token at a load of 2/3, more than text has): growing from a few rehashes the keys several times
    uint32_t used = adv_umax(adv_umin(cap, 1024u), (uint32_t)(cap >> (1u & 31u)));
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
    }
    const uint32_t rows = (uint32_t)(((uint32_t)(I_vbase[(uint32_t)(g + 1u)])) - lbase);
    uint32_t zeroed = 0u;
    {
      const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
      for (uint32_t i = zeroed; (i < upto); i = (uint32_t)(i + 1u)) {
        H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc53 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc57 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc59 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc77 + lbase) + i)] = 0u;
      }
      zeroed = upto;
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v38 = F_v10[row];
      const bool v39 = (v38 > 0.00000000f);
      const float v40 = (v39 ? 1.00000000f : 0.00000000f);
      const bool v43 = (!v39);
      const float v44 = (v43 ? 1.00000000f : 0.00000000f);
      const float v47 = (v39 ? 0.00000000f : 1.00000000f);
      uint32_t want = used;
      for (;;) {
        if (((want >= cap) || ((uint32_t)((uint32_t)(nk + u_T) * 3u) <= (uint32_t)(want * 2u)))) {
          break;
        }
        want = (uint32_t)(want * 2u);
      }
      if ((want != used)) {
        for (uint32_t i = 0u; (i < want); i = (uint32_t)(i + 1u)) {
          H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
        }
        used = want;
        {
          const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
          for (uint32_t i = zeroed; (i < upto); i = (uint32_t)(i + 1u)) {
            H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc53 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc57 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc59 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc77 + lbase) + i)] = 0u;
          }
          zeroed = upto;
        }
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
                // a new key takes the group's next row (its zero-based values were zeroed when the table started or grew)
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(uint32_t)(u_oh_keys_tok + r)] = kk;
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
  }
  const bool v53 = (u_p_alpha != 0.00000000f);
  const float v60 = (acc42 - acc41);
  const bool v198 = (u_p_beta != 0.00000000f);
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
          const float v71 = (v55 + v65);
          const float v72 = (v71 - v62);
          const float v73 = adv_fmax(0.00000000f, v72);
          const int32_t v74 = adv_i32f(v73);
          const int32_t v75 = adv_i32f(v66);
          const int32_t lo69 = v74;
          const int32_t hi70 = v75;
          const float v76 = (v65 + 1.00000000f);
          const float v77 = adv_lgamma(v76);
          const float v78 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v79 = adv_lgamma(v78);
          const float v80 = (v77 - v79);
          const float v81 = (v65 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v82 = (v81 + 1.00000000f);
          const float v83 = adv_lgamma(v82);
          const float v84 = (v80 - v83);
          const float v85 = (v62 - v65);
          const float v86 = (v55 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v87 = (v85 + 1.00000000f);
          const float v88 = adv_lgamma(v87);
          const float v89 = (v86 + 1.00000000f);
          const float v90 = adv_lgamma(v89);
          const float v91 = (v88 - v90);
          const float v92 = (v85 - v86);
          const float v93 = (v92 + 1.00000000f);
          const float v94 = adv_lgamma(v93);
          const float v95 = (v91 - v94);
          const float v96 = (v84 + v95);
          const float v97 = (v62 + 1.00000000f);
          const float v98 = adv_lgamma(v97);
          const float v99 = (v55 + 1.00000000f);
          const float v100 = adv_lgamma(v99);
          const float v101 = (v98 - v100);
          const float v102 = (v62 - v55);
          const float v103 = (v102 + 1.00000000f);
          const float v104 = adv_lgamma(v103);
          const float v105 = (v101 - v104);
          const float v106 = (v96 - v105);
          const float v107 = (v106 + 0.00000999999975f);
          float fold109 = 0.00000000f;
          if ((hi70 >= lo69)) {
            if (((uint32_t)(((uint32_t)(hi70)) - ((uint32_t)(lo69))) < 1048576u)) {
              for (uint32_t n131 = 0u; (n131 <= (uint32_t)(((uint32_t)(hi70)) - ((uint32_t)(lo69)))); n131 = (uint32_t)(n131 + 1u)) {
                const int32_t k108 = ((int32_t)((uint32_t)(((uint32_t)(lo69)) + n131)));
                const float v110 = ((float)(k108));
                const float v111 = (v110 + 1.00000000f);
                const float v112 = adv_lgamma(v111);
                const float v113 = (v77 - v112);
                const float v114 = (v65 - v110);
                const float v115 = (v114 + 1.00000000f);
                const float v116 = adv_lgamma(v115);
                const float v117 = (v113 - v116);
                const float v118 = (v55 - v110);
                const float v119 = (v118 + 1.00000000f);
                const float v120 = adv_lgamma(v119);
                const float v121 = (v88 - v120);
                const float v122 = (v85 - v118);
                const float v123 = (v122 + 1.00000000f);
                const float v124 = adv_lgamma(v123);
                const float v125 = (v121 - v124);
                const float v126 = (v117 + v125);
                const float v127 = (v126 - v105);
                const float v128 = expf(v127);
                const bool v129 = (v127 <= v107);
                const float v130 = (v129 ? v128 : 0.00000000f);
                fold109 = (fold109 + v130);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v132 = fold109;
          const float v133 = ((-2.00000000f) * v132);
          const float v134 = expf(v133);
          v68 = v134;
        }
        const float v135 = v68;
        const float v136 = (u_p_alpha * v135);
        v54 = v136;
      } else {
        v54 = 0.00000000f;
      }
      const float v137 = v54;
      const float v138 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v139 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v138);
      const float v140 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v141 = (v140 + v138);
      const float v142 = (v60 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v143 = (v141 + v142);
      const float v144 = (v139 / v143);
      const float v145 = (-v144);
      const float v146 = log2f(v144);
      const float v147 = (v145 * v146);
      const bool v148 = (v144 > 0.00000000f);
      const float v149 = (v148 ? v147 : 0.00000000f);
      const float v150 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v142);
      const float v151 = (v150 / v143);
      const float v152 = (-v151);
      const float v153 = log2f(v151);
      const float v154 = (v152 * v153);
      const bool v155 = (v151 > 0.00000000f);
      const float v156 = (v155 ? v154 : 0.00000000f);
      const float v157 = (v149 + v156);
      const float v158 = (v140 / v143);
      const float v159 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v140);
      const float v160 = (-v159);
      const float v161 = log2f(v159);
      const float v162 = (v160 * v161);
      const bool v163 = (v159 > 0.00000000f);
      const float v164 = (v163 ? v162 : 0.00000000f);
      const float v165 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v140);
      const float v166 = (-v165);
      const float v167 = log2f(v165);
      const float v168 = (v166 * v167);
      const bool v169 = (v165 > 0.00000000f);
      const float v170 = (v169 ? v168 : 0.00000000f);
      const float v171 = (v164 + v170);
      const bool v172 = (v140 > 0.00000000f);
      const float v173 = (v172 ? v171 : 0.00000000f);
      const float v174 = (v158 * v173);
      const float v175 = (v138 + v142);
      const float v176 = (v175 / v143);
      const float v177 = (v138 / v175);
      const float v178 = (-v177);
      const float v179 = log2f(v177);
      const float v180 = (v178 * v179);
      const bool v181 = (v177 > 0.00000000f);
      const float v182 = (v181 ? v180 : 0.00000000f);
      const float v183 = (v142 / v175);
      const float v184 = (-v183);
      const float v185 = log2f(v183);
      const float v186 = (v184 * v185);
      const bool v187 = (v183 > 0.00000000f);
      const float v188 = (v187 ? v186 : 0.00000000f);
      const float v189 = (v182 + v188);
      const bool v190 = (v175 > 0.00000000f);
      const float v191 = (v190 ? v189 : 0.00000000f);
      const float v192 = (v176 * v191);
      const float v193 = (v174 + v192);
      const float v194 = (v157 - v193);
      const bool v195 = (v143 > 0.00000000f);
      const float v196 = (v195 ? v194 : 0.00000000f);
      const float v197 = (u_p_beta * v196);
      const float v199 = (v198 ? v197 : 0.00000000f);
      const float v200 = (v137 + v199);
      F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v200;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled238 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled238) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v201 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v202 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v201);
      const float v203 = (v202 + 1.00000001e-10f);
      const float v204 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v203);
      const float v205 = adv_fmin(adv_fmax(v204, 0.00000000f), 1.00000000f);
      const float v206 = sqrtf(v205);
      const float v207 = adv_asin(v206);
      const float v208 = (v60 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v209 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v208);
      const float v210 = (v209 + 1.00000001e-10f);
      const float v211 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v210);
      const float v212 = adv_fmin(adv_fmax(v211, 0.00000000f), 1.00000000f);
      const float v213 = sqrtf(v212);
      const float v214 = adv_asin(v213);
      const float v215 = (v207 - v214);
      F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v215;
    }
  }
  const bool v216 = (acc41 > 0.00000000f);
  const bool v217 = (v60 > 0.00000000f);
  const bool v218 = (v216 && v217);
  const float v389 = (u_p_bm25_k1 + 1.00000000f);
  const float v391 = (1.00000000f - u_p_bm25_b);
  const float v392 = (u_p_bm25_b * acc47);
  const float v393 = (acc47 + acc49);
  const float v394 = (v393 / 2.00000000f);
  const float v395 = (v392 / v394);
  const float v396 = (v391 + v395);
  const float v397 = (u_p_bm25_k1 * v396);
  const bool v400 = (acc47 > 0.00000000f);
  const float v405 = (u_p_bm25_b * acc49);
  const float v406 = (acc49 + acc47);
  const float v407 = (v406 / 2.00000000f);
  const float v408 = (v405 / v407);
  const float v409 = (v391 + v408);
  const float v410 = (u_p_bm25_k1 * v409);
  const bool v413 = (acc49 > 0.00000000f);
  const bool v420 = (u_p_gamma != 0.00000000f);
  const float v424 = (u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const uint32_t nkeys260 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys260); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v219 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v220 = (v219 != u_p_zero_token_id);
    const bool v221 = (v218 && v220);
    float v222 = 0.00000000f;
    if (v221) {
      const float v223 = ((float)(H[(uint32_t)(u_oh_acc53 + slot)]));
      const float v224 = ((float)(H[(uint32_t)(u_oh_acc57 + slot)]));
      float v225 = 0.00000000f;
      if (tabled226) {
        v225 = F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v223) * (uint32_t)(n + 1u)) + adv_u32f(v224)))];
      } else {
        float v226 = 0.00000000f;
        if (v53) {
          const float v227 = (v223 + v224);
          const float v228 = (v227 + v223);
          const float v229 = (acc41 - v223);
          const float v230 = (v228 + v229);
          const float v231 = (v227 + v229);
          const float v232 = (v60 - v224);
          const float v233 = (v231 + v232);
          const float v234 = (v230 - v233);
          const float v235 = adv_fmax(0.00000000f, v234);
          const float v236 = (v223 + v229);
          const float v237 = adv_fmin(v227, v236);
          const bool v238 = (v235 == v237);
          float v239 = 0.00000000f;
          if (v238) {
            v239 = 0.00000000f;
          } else {
            const float v242 = (v227 + v236);
            const float v243 = (v242 - v233);
            const float v244 = adv_fmax(0.00000000f, v243);
            const int32_t v245 = adv_i32f(v244);
            const int32_t v246 = adv_i32f(v237);
            const int32_t lo240 = v245;
            const int32_t hi241 = v246;
            const float v247 = (v236 + 1.00000000f);
            const float v248 = adv_lgamma(v247);
            const float v249 = (v223 + 1.00000000f);
            const float v250 = adv_lgamma(v249);
            const float v251 = (v248 - v250);
            const float v252 = (v236 - v223);
            const float v253 = (v252 + 1.00000000f);
            const float v254 = adv_lgamma(v253);
            const float v255 = (v251 - v254);
            const float v256 = (v233 - v236);
            const float v257 = (v227 - v223);
            const float v258 = (v256 + 1.00000000f);
            const float v259 = adv_lgamma(v258);
            const float v260 = (v257 + 1.00000000f);
            const float v261 = adv_lgamma(v260);
            const float v262 = (v259 - v261);
            const float v263 = (v256 - v257);
            const float v264 = (v263 + 1.00000000f);
            const float v265 = adv_lgamma(v264);
            const float v266 = (v262 - v265);
            const float v267 = (v255 + v266);
            const float v268 = (v233 + 1.00000000f);
            const float v269 = adv_lgamma(v268);
            const float v270 = (v227 + 1.00000000f);
            const float v271 = adv_lgamma(v270);
            const float v272 = (v269 - v271);
            const float v273 = (v233 - v227);
            const float v274 = (v273 + 1.00000000f);
            const float v275 = adv_lgamma(v274);
            const float v276 = (v272 - v275);
            const float v277 = (v267 - v276);
            const float v278 = (v277 + 0.00000999999975f);
            float fold280 = 0.00000000f;
            if ((hi241 >= lo240)) {
              if (((uint32_t)(((uint32_t)(hi241)) - ((uint32_t)(lo240))) < 1048576u)) {
                for (uint32_t n302 = 0u; (n302 <= (uint32_t)(((uint32_t)(hi241)) - ((uint32_t)(lo240)))); n302 = (uint32_t)(n302 + 1u)) {
                  const int32_t k279 = ((int32_t)((uint32_t)(((uint32_t)(lo240)) + n302)));
                  const float v281 = ((float)(k279));
                  const float v282 = (v281 + 1.00000000f);
                  const float v283 = adv_lgamma(v282);
                  const float v284 = (v248 - v283);
                  const float v285 = (v236 - v281);
                  const float v286 = (v285 + 1.00000000f);
                  const float v287 = adv_lgamma(v286);
                  const float v288 = (v284 - v287);
                  const float v289 = (v227 - v281);
                  const float v290 = (v289 + 1.00000000f);
                  const float v291 = adv_lgamma(v290);
                  const float v292 = (v259 - v291);
                  const float v293 = (v256 - v289);
                  const float v294 = (v293 + 1.00000000f);
                  const float v295 = adv_lgamma(v294);
                  const float v296 = (v292 - v295);
                  const float v297 = (v288 + v296);
                  const float v298 = (v297 - v276);
                  const float v299 = expf(v298);
                  const bool v300 = (v298 <= v278);
                  const float v301 = (v300 ? v299 : 0.00000000f);
                  fold280 = (fold280 + v301);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v303 = fold280;
            const float v304 = ((-2.00000000f) * v303);
            const float v305 = expf(v304);
            v239 = v305;
          }
          const float v306 = v239;
          const float v307 = (u_p_alpha * v306);
          v226 = v307;
        } else {
          v226 = 0.00000000f;
        }
        const float v308 = v226;
        const float v309 = (acc41 - v223);
        const float v310 = (v223 + v309);
        const float v311 = (v223 + v224);
        const float v312 = (v311 + v309);
        const float v313 = (v60 - v224);
        const float v314 = (v312 + v313);
        const float v315 = (v310 / v314);
        const float v316 = (-v315);
        const float v317 = log2f(v315);
        const float v318 = (v316 * v317);
        const bool v319 = (v315 > 0.00000000f);
        const float v320 = (v319 ? v318 : 0.00000000f);
        const float v321 = (v224 + v313);
        const float v322 = (v321 / v314);
        const float v323 = (-v322);
        const float v324 = log2f(v322);
        const float v325 = (v323 * v324);
        const bool v326 = (v322 > 0.00000000f);
        const float v327 = (v326 ? v325 : 0.00000000f);
        const float v328 = (v320 + v327);
        const float v329 = (v311 / v314);
        const float v330 = (v223 / v311);
        const float v331 = (-v330);
        const float v332 = log2f(v330);
        const float v333 = (v331 * v332);
        const bool v334 = (v330 > 0.00000000f);
        const float v335 = (v334 ? v333 : 0.00000000f);
        const float v336 = (v224 / v311);
        const float v337 = (-v336);
        const float v338 = log2f(v336);
        const float v339 = (v337 * v338);
        const bool v340 = (v336 > 0.00000000f);
        const float v341 = (v340 ? v339 : 0.00000000f);
        const float v342 = (v335 + v341);
        const bool v343 = (v311 > 0.00000000f);
        const float v344 = (v343 ? v342 : 0.00000000f);
        const float v345 = (v329 * v344);
        const float v346 = (v309 + v313);
        const float v347 = (v346 / v314);
        const float v348 = (v309 / v346);
        const float v349 = (-v348);
        const float v350 = log2f(v348);
        const float v351 = (v349 * v350);
        const bool v352 = (v348 > 0.00000000f);
        const float v353 = (v352 ? v351 : 0.00000000f);
        const float v354 = (v313 / v346);
        const float v355 = (-v354);
        const float v356 = log2f(v354);
        const float v357 = (v355 * v356);
        const bool v358 = (v354 > 0.00000000f);
        const float v359 = (v358 ? v357 : 0.00000000f);
        const float v360 = (v353 + v359);
        const bool v361 = (v346 > 0.00000000f);
        const float v362 = (v361 ? v360 : 0.00000000f);
        const float v363 = (v347 * v362);
        const float v364 = (v345 + v363);
        const float v365 = (v328 - v364);
        const bool v366 = (v314 > 0.00000000f);
        const float v367 = (v366 ? v365 : 0.00000000f);
        const float v368 = (u_p_beta * v367);
        const float v369 = (v198 ? v368 : 0.00000000f);
        v225 = (v308 + v369);
      }
      const float v370 = v225;
      float v371 = 0.00000000f;
      if (tabled238) {
        v371 = F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v223) * (uint32_t)(n + 1u)) + adv_u32f(v224)))];
      } else {
        const float v372 = (acc41 - v223);
        const float v373 = (v223 + v372);
        const float v374 = (v373 + 1.00000001e-10f);
        const float v375 = (v223 / v374);
        const float v376 = adv_fmin(adv_fmax(v375, 0.00000000f), 1.00000000f);
        const float v377 = sqrtf(v376);
        const float v378 = adv_asin(v377);
        const float v379 = (v60 - v224);
        const float v380 = (v224 + v379);
        const float v381 = (v380 + 1.00000001e-10f);
        const float v382 = (v224 / v381);
        const float v383 = adv_fmin(adv_fmax(v382, 0.00000000f), 1.00000000f);
        const float v384 = sqrtf(v383);
        const float v385 = adv_asin(v384);
        v371 = (v378 - v385);
      }
      const float v386 = v371;
      const float v387 = ((float)(H[(uint32_t)(u_oh_acc59 + slot)]));
      const float v388 = (v387 / acc47);
      const float v390 = (v388 * v389);
      const float v398 = (v388 + v397);
      const float v399 = (v390 / v398);
      const float v401 = (v400 ? v399 : 0.00000000f);
      const float v402 = ((float)(H[(uint32_t)(u_oh_acc77 + slot)]));
      const float v403 = (v402 / acc49);
      const float v404 = (v403 * v389);
      const float v411 = (v403 + v410);
      const float v412 = (v404 / v411);
      const float v414 = (v413 ? v412 : 0.00000000f);
      const float v415 = (v414 + 0.00000999999975f);
      const float v416 = (v401 / v415);
      const float v417 = (v401 + 0.00000999999975f);
      const float v418 = (v414 / v417);
      const float v419 = (v416 - v418);
      const float v421 = (v420 ? v419 : 0.00000000f);
      const float v422 = (v386 + v421);
      const float v423 = (v370 * v422);
      const float v425 = (v423 / v424);
      const float v426 = (1.00000000f / (1.00000000f + expf((-v425))));
      const float v427 = (v426 - 0.500000000f);
      const float v428 = (v427 * 2.00000000f);
      const float v429 = (v428 * u_p_top);
      v222 = v429;
    } else {
      v222 = 0.00000000f;
    }
    F_v260[slot] = v222;
  }
  // reduce to group %277
  const float v431 = (acc265 / acc42);
  const float v432 = (acc263 + v431);
  const float v434 = (acc270 - acc263);
  const bool v435 = (v434 > 0.00000000f);
  const float v436 = (v435 ? v434 : 1.00000000f);
  float acc277 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v430 = F_v10[row];
    const float v433 = (v430 - v432);
    const float v437 = (v433 / v436);
    const float v438 = (v437 * v437);
    acc277 = (acc277 + v438);
  }
  if ((lid == 0u)) {
    F_v277[g] = acc277;
  }
  const bool v440 = (acc42 > 1.00000000f);
  const float v441 = (v440 ? v432 : 0.00000000f);
  const float v443 = (acc42 - 1.00000000f);
  const float v444 = (acc277 / v443);
  const float v445 = sqrtf(v444);
  const float v446 = (v445 * v436);
  const float v447 = (v440 ? v446 : 1.00000000f);
  const float v448 = (v447 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v439 = F_v10[row];
    const float v442 = (v439 - v441);
    const float v449 = (v442 / v448);
    const bool v450 = (v442 == 0.00000000f);
    const float v451 = (v450 ? 0.00000000f : v449);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw452 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v453 = F_v260[((sw452 != 4294967295u) ? (uint32_t)(sw452 & 2147483647u) : 0u)];
      const float v454 = ((sw452 != 4294967295u) ? v453 : 0.00000000f);
      const float v455 = (v451 + v454);
      const int32_t v456 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v457 = ((float)(v456));
      const float v458 = (v455 * v457);
      const float v459 = v454;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v458;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v459;
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
  run.F_out_0folds = adv_element(env, argv[1], 10, &n);
  run.F_table226 = adv_element(env, argv[1], 11, &n);
  run.F_table238 = adv_element(env, argv[1], 12, &n);
  run.F_v260 = adv_element(env, argv[1], 13, &n);
  run.F_v277 = adv_element(env, argv[1], 14, &n);
  run.F_out_advantages = adv_element(env, argv[1], 15, &n);
  run.F_out_key_values = adv_element(env, argv[1], 16, &n);
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
