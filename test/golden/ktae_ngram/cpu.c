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
      const float v39 = F_v10[row];
      const bool v40 = (v39 > 0.00000000f);
      const bool v41 = (!v40);
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
            const bool v38 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a42 = (v38 ? (v40 ? 1u : 0u) : 0u);
              const uint32_t a43 = (v38 ? (v41 ? 1u : 0u) : 0u);
              const uint32_t add = (uint32_t)(a42 + a43);
              if ((add != 0u)) {
                H[(uint32_t)(((a42 != 0u) ? u_oh_acc53 : u_oh_acc57) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a42 != 0u) ? u_oh_acc53 : u_oh_acc57) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a44 = (v40 ? 1u : 0u);
              const uint32_t a45 = (v40 ? 0u : 1u);
              const uint32_t add = (uint32_t)(a44 + a45);
              if ((add != 0u)) {
                H[(uint32_t)(((a44 != 0u) ? u_oh_acc59 : u_oh_acc77) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a44 != 0u) ? u_oh_acc59 : u_oh_acc77) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const bool v46 = (u_p_alpha != 0.00000000f);
  const float v53 = (acc42 - acc41);
  const bool v191 = (u_p_beta != 0.00000000f);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled226 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled226) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v47 = 0.00000000f;
      if (v46) {
        const float v48 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v49 = (v48 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v50 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v51 = (v49 + v50);
        const float v52 = (v48 + v50);
        const float v54 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v55 = (v52 + v54);
        const float v56 = (v51 - v55);
        const float v57 = adv_fmax(0.00000000f, v56);
        const float v58 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v50);
        const float v59 = adv_fmin(v48, v58);
        const bool v60 = (v57 == v59);
        float v61 = 0.00000000f;
        if (v60) {
          v61 = 0.00000000f;
        } else {
          const float v64 = (v48 + v58);
          const float v65 = (v64 - v55);
          const float v66 = adv_fmax(0.00000000f, v65);
          const int32_t v67 = adv_i32f(v66);
          const int32_t v68 = adv_i32f(v59);
          const int32_t lo62 = v67;
          const int32_t hi63 = v68;
          const float v69 = (v58 + 1.00000000f);
          const float v70 = adv_lgamma(v69);
          const float v71 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v72 = adv_lgamma(v71);
          const float v73 = (v70 - v72);
          const float v74 = (v58 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v75 = (v74 + 1.00000000f);
          const float v76 = adv_lgamma(v75);
          const float v77 = (v73 - v76);
          const float v78 = (v55 - v58);
          const float v79 = (v48 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v80 = (v78 + 1.00000000f);
          const float v81 = adv_lgamma(v80);
          const float v82 = (v79 + 1.00000000f);
          const float v83 = adv_lgamma(v82);
          const float v84 = (v81 - v83);
          const float v85 = (v78 - v79);
          const float v86 = (v85 + 1.00000000f);
          const float v87 = adv_lgamma(v86);
          const float v88 = (v84 - v87);
          const float v89 = (v77 + v88);
          const float v90 = (v55 + 1.00000000f);
          const float v91 = adv_lgamma(v90);
          const float v92 = (v48 + 1.00000000f);
          const float v93 = adv_lgamma(v92);
          const float v94 = (v91 - v93);
          const float v95 = (v55 - v48);
          const float v96 = (v95 + 1.00000000f);
          const float v97 = adv_lgamma(v96);
          const float v98 = (v94 - v97);
          const float v99 = (v89 - v98);
          const float v100 = (v99 + 0.00000999999975f);
          float fold102 = 0.00000000f;
          if ((hi63 >= lo62)) {
            if (((uint32_t)(((uint32_t)(hi63)) - ((uint32_t)(lo62))) < 1048576u)) {
              for (uint32_t n124 = 0u; (n124 <= (uint32_t)(((uint32_t)(hi63)) - ((uint32_t)(lo62)))); n124 = (uint32_t)(n124 + 1u)) {
                const int32_t k101 = ((int32_t)((uint32_t)(((uint32_t)(lo62)) + n124)));
                const float v103 = ((float)(k101));
                const float v104 = (v103 + 1.00000000f);
                const float v105 = adv_lgamma(v104);
                const float v106 = (v70 - v105);
                const float v107 = (v58 - v103);
                const float v108 = (v107 + 1.00000000f);
                const float v109 = adv_lgamma(v108);
                const float v110 = (v106 - v109);
                const float v111 = (v48 - v103);
                const float v112 = (v111 + 1.00000000f);
                const float v113 = adv_lgamma(v112);
                const float v114 = (v81 - v113);
                const float v115 = (v78 - v111);
                const float v116 = (v115 + 1.00000000f);
                const float v117 = adv_lgamma(v116);
                const float v118 = (v114 - v117);
                const float v119 = (v110 + v118);
                const float v120 = (v119 - v98);
                const float v121 = expf(v120);
                const bool v122 = (v120 <= v100);
                const float v123 = (v122 ? v121 : 0.00000000f);
                fold102 = (fold102 + v123);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v125 = fold102;
          const float v126 = ((-2.00000000f) * v125);
          const float v127 = expf(v126);
          v61 = v127;
        }
        const float v128 = v61;
        const float v129 = (u_p_alpha * v128);
        v47 = v129;
      } else {
        v47 = 0.00000000f;
      }
      const float v130 = v47;
      const float v131 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v132 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v131);
      const float v133 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v134 = (v133 + v131);
      const float v135 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v136 = (v134 + v135);
      const float v137 = (v132 / v136);
      const float v138 = (-v137);
      const float v139 = log2f(v137);
      const float v140 = (v138 * v139);
      const bool v141 = (v137 > 0.00000000f);
      const float v142 = (v141 ? v140 : 0.00000000f);
      const float v143 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v135);
      const float v144 = (v143 / v136);
      const float v145 = (-v144);
      const float v146 = log2f(v144);
      const float v147 = (v145 * v146);
      const bool v148 = (v144 > 0.00000000f);
      const float v149 = (v148 ? v147 : 0.00000000f);
      const float v150 = (v142 + v149);
      const float v151 = (v133 / v136);
      const float v152 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v133);
      const float v153 = (-v152);
      const float v154 = log2f(v152);
      const float v155 = (v153 * v154);
      const bool v156 = (v152 > 0.00000000f);
      const float v157 = (v156 ? v155 : 0.00000000f);
      const float v158 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v133);
      const float v159 = (-v158);
      const float v160 = log2f(v158);
      const float v161 = (v159 * v160);
      const bool v162 = (v158 > 0.00000000f);
      const float v163 = (v162 ? v161 : 0.00000000f);
      const float v164 = (v157 + v163);
      const bool v165 = (v133 > 0.00000000f);
      const float v166 = (v165 ? v164 : 0.00000000f);
      const float v167 = (v151 * v166);
      const float v168 = (v131 + v135);
      const float v169 = (v168 / v136);
      const float v170 = (v131 / v168);
      const float v171 = (-v170);
      const float v172 = log2f(v170);
      const float v173 = (v171 * v172);
      const bool v174 = (v170 > 0.00000000f);
      const float v175 = (v174 ? v173 : 0.00000000f);
      const float v176 = (v135 / v168);
      const float v177 = (-v176);
      const float v178 = log2f(v176);
      const float v179 = (v177 * v178);
      const bool v180 = (v176 > 0.00000000f);
      const float v181 = (v180 ? v179 : 0.00000000f);
      const float v182 = (v175 + v181);
      const bool v183 = (v168 > 0.00000000f);
      const float v184 = (v183 ? v182 : 0.00000000f);
      const float v185 = (v169 * v184);
      const float v186 = (v167 + v185);
      const float v187 = (v150 - v186);
      const bool v188 = (v136 > 0.00000000f);
      const float v189 = (v188 ? v187 : 0.00000000f);
      const float v190 = (u_p_beta * v189);
      const float v192 = (v191 ? v190 : 0.00000000f);
      const float v193 = (v130 + v192);
      F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v193;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled238 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled238) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v194 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v195 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v194);
      const float v196 = (v195 + 1.00000001e-10f);
      const float v197 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v196);
      const float v198 = adv_fmin(adv_fmax(v197, 0.00000000f), 1.00000000f);
      const float v199 = sqrtf(v198);
      const float v200 = adv_asin(v199);
      const float v201 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v202 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v201);
      const float v203 = (v202 + 1.00000001e-10f);
      const float v204 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v203);
      const float v205 = adv_fmin(adv_fmax(v204, 0.00000000f), 1.00000000f);
      const float v206 = sqrtf(v205);
      const float v207 = adv_asin(v206);
      const float v208 = (v200 - v207);
      F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v208;
    }
  }
  const bool v209 = (acc41 > 0.00000000f);
  const bool v210 = (v53 > 0.00000000f);
  const bool v211 = (v209 && v210);
  const float v382 = (u_p_bm25_k1 + 1.00000000f);
  const float v384 = (1.00000000f - u_p_bm25_b);
  const float v385 = (u_p_bm25_b * acc47);
  const float v386 = (acc47 + acc49);
  const float v387 = (v386 / 2.00000000f);
  const float v388 = (v385 / v387);
  const float v389 = (v384 + v388);
  const float v390 = (u_p_bm25_k1 * v389);
  const bool v393 = (acc47 > 0.00000000f);
  const float v398 = (u_p_bm25_b * acc49);
  const float v399 = (acc49 + acc47);
  const float v400 = (v399 / 2.00000000f);
  const float v401 = (v398 / v400);
  const float v402 = (v384 + v401);
  const float v403 = (u_p_bm25_k1 * v402);
  const bool v406 = (acc49 > 0.00000000f);
  const bool v413 = (u_p_gamma != 0.00000000f);
  const float v417 = (u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const uint32_t nkeys260 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys260); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v212 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v213 = (v212 != u_p_zero_token_id);
    const bool v214 = (v211 && v213);
    float v215 = 0.00000000f;
    if (v214) {
      const float v216 = ((float)(H[(uint32_t)(u_oh_acc53 + slot)]));
      const float v217 = ((float)(H[(uint32_t)(u_oh_acc57 + slot)]));
      float v218 = 0.00000000f;
      if (tabled226) {
        v218 = F_table226[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v216) * (uint32_t)(n + 1u)) + adv_u32f(v217)))];
      } else {
        float v219 = 0.00000000f;
        if (v46) {
          const float v220 = (v216 + v217);
          const float v221 = (v220 + v216);
          const float v222 = (acc41 - v216);
          const float v223 = (v221 + v222);
          const float v224 = (v220 + v222);
          const float v225 = (v53 - v217);
          const float v226 = (v224 + v225);
          const float v227 = (v223 - v226);
          const float v228 = adv_fmax(0.00000000f, v227);
          const float v229 = (v216 + v222);
          const float v230 = adv_fmin(v220, v229);
          const bool v231 = (v228 == v230);
          float v232 = 0.00000000f;
          if (v231) {
            v232 = 0.00000000f;
          } else {
            const float v235 = (v220 + v229);
            const float v236 = (v235 - v226);
            const float v237 = adv_fmax(0.00000000f, v236);
            const int32_t v238 = adv_i32f(v237);
            const int32_t v239 = adv_i32f(v230);
            const int32_t lo233 = v238;
            const int32_t hi234 = v239;
            const float v240 = (v229 + 1.00000000f);
            const float v241 = adv_lgamma(v240);
            const float v242 = (v216 + 1.00000000f);
            const float v243 = adv_lgamma(v242);
            const float v244 = (v241 - v243);
            const float v245 = (v229 - v216);
            const float v246 = (v245 + 1.00000000f);
            const float v247 = adv_lgamma(v246);
            const float v248 = (v244 - v247);
            const float v249 = (v226 - v229);
            const float v250 = (v220 - v216);
            const float v251 = (v249 + 1.00000000f);
            const float v252 = adv_lgamma(v251);
            const float v253 = (v250 + 1.00000000f);
            const float v254 = adv_lgamma(v253);
            const float v255 = (v252 - v254);
            const float v256 = (v249 - v250);
            const float v257 = (v256 + 1.00000000f);
            const float v258 = adv_lgamma(v257);
            const float v259 = (v255 - v258);
            const float v260 = (v248 + v259);
            const float v261 = (v226 + 1.00000000f);
            const float v262 = adv_lgamma(v261);
            const float v263 = (v220 + 1.00000000f);
            const float v264 = adv_lgamma(v263);
            const float v265 = (v262 - v264);
            const float v266 = (v226 - v220);
            const float v267 = (v266 + 1.00000000f);
            const float v268 = adv_lgamma(v267);
            const float v269 = (v265 - v268);
            const float v270 = (v260 - v269);
            const float v271 = (v270 + 0.00000999999975f);
            float fold273 = 0.00000000f;
            if ((hi234 >= lo233)) {
              if (((uint32_t)(((uint32_t)(hi234)) - ((uint32_t)(lo233))) < 1048576u)) {
                for (uint32_t n295 = 0u; (n295 <= (uint32_t)(((uint32_t)(hi234)) - ((uint32_t)(lo233)))); n295 = (uint32_t)(n295 + 1u)) {
                  const int32_t k272 = ((int32_t)((uint32_t)(((uint32_t)(lo233)) + n295)));
                  const float v274 = ((float)(k272));
                  const float v275 = (v274 + 1.00000000f);
                  const float v276 = adv_lgamma(v275);
                  const float v277 = (v241 - v276);
                  const float v278 = (v229 - v274);
                  const float v279 = (v278 + 1.00000000f);
                  const float v280 = adv_lgamma(v279);
                  const float v281 = (v277 - v280);
                  const float v282 = (v220 - v274);
                  const float v283 = (v282 + 1.00000000f);
                  const float v284 = adv_lgamma(v283);
                  const float v285 = (v252 - v284);
                  const float v286 = (v249 - v282);
                  const float v287 = (v286 + 1.00000000f);
                  const float v288 = adv_lgamma(v287);
                  const float v289 = (v285 - v288);
                  const float v290 = (v281 + v289);
                  const float v291 = (v290 - v269);
                  const float v292 = expf(v291);
                  const bool v293 = (v291 <= v271);
                  const float v294 = (v293 ? v292 : 0.00000000f);
                  fold273 = (fold273 + v294);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v296 = fold273;
            const float v297 = ((-2.00000000f) * v296);
            const float v298 = expf(v297);
            v232 = v298;
          }
          const float v299 = v232;
          const float v300 = (u_p_alpha * v299);
          v219 = v300;
        } else {
          v219 = 0.00000000f;
        }
        const float v301 = v219;
        const float v302 = (acc41 - v216);
        const float v303 = (v216 + v302);
        const float v304 = (v216 + v217);
        const float v305 = (v304 + v302);
        const float v306 = (v53 - v217);
        const float v307 = (v305 + v306);
        const float v308 = (v303 / v307);
        const float v309 = (-v308);
        const float v310 = log2f(v308);
        const float v311 = (v309 * v310);
        const bool v312 = (v308 > 0.00000000f);
        const float v313 = (v312 ? v311 : 0.00000000f);
        const float v314 = (v217 + v306);
        const float v315 = (v314 / v307);
        const float v316 = (-v315);
        const float v317 = log2f(v315);
        const float v318 = (v316 * v317);
        const bool v319 = (v315 > 0.00000000f);
        const float v320 = (v319 ? v318 : 0.00000000f);
        const float v321 = (v313 + v320);
        const float v322 = (v304 / v307);
        const float v323 = (v216 / v304);
        const float v324 = (-v323);
        const float v325 = log2f(v323);
        const float v326 = (v324 * v325);
        const bool v327 = (v323 > 0.00000000f);
        const float v328 = (v327 ? v326 : 0.00000000f);
        const float v329 = (v217 / v304);
        const float v330 = (-v329);
        const float v331 = log2f(v329);
        const float v332 = (v330 * v331);
        const bool v333 = (v329 > 0.00000000f);
        const float v334 = (v333 ? v332 : 0.00000000f);
        const float v335 = (v328 + v334);
        const bool v336 = (v304 > 0.00000000f);
        const float v337 = (v336 ? v335 : 0.00000000f);
        const float v338 = (v322 * v337);
        const float v339 = (v302 + v306);
        const float v340 = (v339 / v307);
        const float v341 = (v302 / v339);
        const float v342 = (-v341);
        const float v343 = log2f(v341);
        const float v344 = (v342 * v343);
        const bool v345 = (v341 > 0.00000000f);
        const float v346 = (v345 ? v344 : 0.00000000f);
        const float v347 = (v306 / v339);
        const float v348 = (-v347);
        const float v349 = log2f(v347);
        const float v350 = (v348 * v349);
        const bool v351 = (v347 > 0.00000000f);
        const float v352 = (v351 ? v350 : 0.00000000f);
        const float v353 = (v346 + v352);
        const bool v354 = (v339 > 0.00000000f);
        const float v355 = (v354 ? v353 : 0.00000000f);
        const float v356 = (v340 * v355);
        const float v357 = (v338 + v356);
        const float v358 = (v321 - v357);
        const bool v359 = (v307 > 0.00000000f);
        const float v360 = (v359 ? v358 : 0.00000000f);
        const float v361 = (u_p_beta * v360);
        const float v362 = (v191 ? v361 : 0.00000000f);
        v218 = (v301 + v362);
      }
      const float v363 = v218;
      float v364 = 0.00000000f;
      if (tabled238) {
        v364 = F_table238[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v216) * (uint32_t)(n + 1u)) + adv_u32f(v217)))];
      } else {
        const float v365 = (acc41 - v216);
        const float v366 = (v216 + v365);
        const float v367 = (v366 + 1.00000001e-10f);
        const float v368 = (v216 / v367);
        const float v369 = adv_fmin(adv_fmax(v368, 0.00000000f), 1.00000000f);
        const float v370 = sqrtf(v369);
        const float v371 = adv_asin(v370);
        const float v372 = (v53 - v217);
        const float v373 = (v217 + v372);
        const float v374 = (v373 + 1.00000001e-10f);
        const float v375 = (v217 / v374);
        const float v376 = adv_fmin(adv_fmax(v375, 0.00000000f), 1.00000000f);
        const float v377 = sqrtf(v376);
        const float v378 = adv_asin(v377);
        v364 = (v371 - v378);
      }
      const float v379 = v364;
      const float v380 = ((float)(H[(uint32_t)(u_oh_acc59 + slot)]));
      const float v381 = (v380 / acc47);
      const float v383 = (v381 * v382);
      const float v391 = (v381 + v390);
      const float v392 = (v383 / v391);
      const float v394 = (v393 ? v392 : 0.00000000f);
      const float v395 = ((float)(H[(uint32_t)(u_oh_acc77 + slot)]));
      const float v396 = (v395 / acc49);
      const float v397 = (v396 * v382);
      const float v404 = (v396 + v403);
      const float v405 = (v397 / v404);
      const float v407 = (v406 ? v405 : 0.00000000f);
      const float v408 = (v407 + 0.00000999999975f);
      const float v409 = (v394 / v408);
      const float v410 = (v394 + 0.00000999999975f);
      const float v411 = (v407 / v410);
      const float v412 = (v409 - v411);
      const float v414 = (v413 ? v412 : 0.00000000f);
      const float v415 = (v379 + v414);
      const float v416 = (v363 * v415);
      const float v418 = (v416 / v417);
      const float v419 = (1.00000000f / (1.00000000f + expf((-v418))));
      const float v420 = (v419 - 0.500000000f);
      const float v421 = (v420 * 2.00000000f);
      const float v422 = (v421 * u_p_top);
      v215 = v422;
    } else {
      v215 = 0.00000000f;
    }
    F_v260[slot] = v215;
  }
  // reduce to group %277
  const float v424 = (acc265 / acc42);
  const float v425 = (acc263 + v424);
  const float v427 = (acc270 - acc263);
  const bool v428 = (v427 > 0.00000000f);
  const float v429 = (v428 ? v427 : 1.00000000f);
  float acc277 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v423 = F_v10[row];
    const float v426 = (v423 - v425);
    const float v430 = (v426 / v429);
    const float v431 = (v430 * v430);
    acc277 = (acc277 + v431);
  }
  if ((lid == 0u)) {
    F_v277[g] = acc277;
  }
  const bool v433 = (acc42 > 1.00000000f);
  const float v434 = (v433 ? v425 : 0.00000000f);
  const float v436 = (acc42 - 1.00000000f);
  const float v437 = (acc277 / v436);
  const float v438 = sqrtf(v437);
  const float v439 = (v438 * v429);
  const float v440 = (v433 ? v439 : 1.00000000f);
  const float v441 = (v440 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v432 = F_v10[row];
    const float v435 = (v432 - v434);
    const float v442 = (v435 / v441);
    const bool v443 = (v435 == 0.00000000f);
    const float v444 = (v443 ? 0.00000000f : v442);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw445 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v446 = F_v260[((sw445 != 4294967295u) ? (uint32_t)(sw445 & 2147483647u) : 0u)];
      const float v447 = ((sw445 != 4294967295u) ? v446 : 0.00000000f);
      const float v448 = (v444 + v447);
      const int32_t v449 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v450 = ((float)(v449));
      const float v451 = (v448 * v450);
      const float v452 = v447;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v451;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v452;
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
