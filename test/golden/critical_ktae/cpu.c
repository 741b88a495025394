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
  uint32_t o_v16;
  uint32_t o_v17;
  uint32_t o_v20;
  uint32_t o_v22;
  uint32_t o_v24;
  uint32_t o_v262;
  uint32_t o_table258;
  uint32_t o_table201;
  uint32_t o_table213;
  uint32_t o_v265;
  uint32_t o_v267;
  uint32_t o_v272;
  uint32_t o_v279;
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
  uint32_t oh_acc28;
  uint32_t oh_acc32;
  uint32_t oh_acc34;
  uint32_t oh_acc52;
  float p_alpha;
  float p_beta;
  float p_gamma;
  float p_top;
  float p_epsilon;
  float p_p_crit;
  int32_t p_zero_token_id;
  float p_bm25_k1;
  float p_bm25_b;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v10;
  float *F_v16;
  float *F_v17;
  float *F_v265;
  float *F_v272;
  float *F_v20;
  float *F_v22;
  float *F_v24;
  float *F_v267;
  float *F_out_0folds;
  float *F_table258;
  float *F_table201;
  float *F_table213;
  float *F_v262;
  float *F_v279;
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
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc28 = R->U.oh_acc28;
  const uint32_t u_oh_acc32 = R->U.oh_acc32;
  const uint32_t u_oh_acc34 = R->U.oh_acc34;
  const uint32_t u_oh_acc52 = R->U.oh_acc52;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_slot_tok = R->U.oh_slot_tok;
  const uint32_t u_oh_count_tok = R->U.oh_count_tok;
  const uint32_t u_N = R->U.N;
  const float u_p_alpha = R->U.p_alpha;
  const float u_p_beta = R->U.p_beta;
  const float u_p_p_crit = R->U.p_p_crit;
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
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v265 = R->F_v265;
  float *const restrict F_v272 = R->F_v272;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v267 = R->F_v267;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table258 = R->F_table258;
  float *const restrict F_table201 = R->F_table201;
  float *const restrict F_table213 = R->F_table213;
  float *const restrict F_v262 = R->F_v262;
  float *const restrict F_v279 = R->F_v279;
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
  // reduce to group %16, %17, %265, %272
  float acc16 = 0.00000000f;
  float acc17 = 0.00000000f;
  float acc265 = INFINITY;
  float acc272 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc16 = (acc16 + v7);
    acc17 = (acc17 + 1.00000000f);
    acc265 = adv_fmin(acc265, v5);
    acc272 = adv_fmax(acc272, v5);
  }
  if ((lid == 0u)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
  }
  // reduce to rollout %20: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc20_0 = 0.00000000f;
    float acc20_1 = 0.00000000f;
    float acc20_2 = 0.00000000f;
    float acc20_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_0 = (acc20_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_1 = (acc20_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_2 = (acc20_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_3 = (acc20_3 + 1.00000000f);
      }
    }
    F_v20[row0] = acc20_0;
    F_v20[row1] = acc20_1;
    F_v20[row2] = acc20_2;
    F_v20[row3] = acc20_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc20 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20 = (acc20 + 1.00000000f);
      }
    }
    F_v20[row] = acc20;
  }
  // reduce to group %22, %24, %267
  float acc22 = 0.00000000f;
  float acc24 = 0.00000000f;
  float acc267 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v20[row];
    const float v9 = F_v10[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc265);
    acc22 = (acc22 + v11);
    acc24 = (acc24 + v12);
    acc267 = (acc267 + v13);
  }
  if ((lid == 0u)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v267[g] = acc267;
  }
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
        H[(uint32_t)((uint32_t)(u_oh_acc28 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc34 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc52 + lbase) + i)] = 0u;
      }
      zeroed = upto;
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v16 = F_v10[row];
      const bool v17 = (v16 > 0.00000000f);
      const bool v18 = (!v17);
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
            H[(uint32_t)((uint32_t)(u_oh_acc28 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc34 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc52 + lbase) + i)] = 0u;
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
          const int32_t v14 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v14;
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
            const bool v15 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a19 = (v15 ? (v17 ? 1u : 0u) : 0u);
              const uint32_t a20 = (v15 ? (v18 ? 1u : 0u) : 0u);
              const uint32_t add = (uint32_t)(a19 + a20);
              if ((add != 0u)) {
                H[(uint32_t)(((a19 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a19 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a21 = (v17 ? 1u : 0u);
              const uint32_t a22 = (v17 ? 0u : 1u);
              const uint32_t add = (uint32_t)(a21 + a22);
              if ((add != 0u)) {
                H[(uint32_t)(((a21 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a21 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const float v30 = (acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled258 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled258) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v25 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v26 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v27 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v26);
      const float v28 = (v25 + v27);
      const float v29 = (v25 + v26);
      const float v31 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v32 = (v29 + v31);
      const float v33 = (v28 - v32);
      const float v34 = adv_fmax(0.00000000f, v33);
      const int32_t v35 = adv_i32f(v34);
      const float v36 = adv_fmin(v25, v27);
      const int32_t v37 = adv_i32f(v36);
      const int32_t lo23 = v35;
      const int32_t hi24 = v37;
      const float v38 = (v27 + 1.00000000f);
      const float v39 = adv_lgamma(v38);
      const float v40 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v41 = adv_lgamma(v40);
      const float v42 = (v39 - v41);
      const float v43 = (v27 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v44 = (v43 + 1.00000000f);
      const float v45 = adv_lgamma(v44);
      const float v46 = (v42 - v45);
      const float v47 = (v32 - v27);
      const float v48 = (v25 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v49 = (v47 + 1.00000000f);
      const float v50 = adv_lgamma(v49);
      const float v51 = (v48 + 1.00000000f);
      const float v52 = adv_lgamma(v51);
      const float v53 = (v50 - v52);
      const float v54 = (v47 - v48);
      const float v55 = (v54 + 1.00000000f);
      const float v56 = adv_lgamma(v55);
      const float v57 = (v53 - v56);
      const float v58 = (v46 + v57);
      const float v59 = (v32 + 1.00000000f);
      const float v60 = adv_lgamma(v59);
      const float v61 = (v25 + 1.00000000f);
      const float v62 = adv_lgamma(v61);
      const float v63 = (v60 - v62);
      const float v64 = (v32 - v25);
      const float v65 = (v64 + 1.00000000f);
      const float v66 = adv_lgamma(v65);
      const float v67 = (v63 - v66);
      const float v68 = (v58 - v67);
      const float v69 = (v68 + 0.00000999999975f);
      float fold71 = 0.00000000f;
      if ((hi24 >= lo23)) {
        if (((uint32_t)(((uint32_t)(hi24)) - ((uint32_t)(lo23))) < 1048576u)) {
          for (uint32_t n93 = 0u; (n93 <= (uint32_t)(((uint32_t)(hi24)) - ((uint32_t)(lo23)))); n93 = (uint32_t)(n93 + 1u)) {
            const int32_t k70 = ((int32_t)((uint32_t)(((uint32_t)(lo23)) + n93)));
            const float v72 = ((float)(k70));
            const float v73 = (v72 + 1.00000000f);
            const float v74 = adv_lgamma(v73);
            const float v75 = (v39 - v74);
            const float v76 = (v27 - v72);
            const float v77 = (v76 + 1.00000000f);
            const float v78 = adv_lgamma(v77);
            const float v79 = (v75 - v78);
            const float v80 = (v25 - v72);
            const float v81 = (v80 + 1.00000000f);
            const float v82 = adv_lgamma(v81);
            const float v83 = (v50 - v82);
            const float v84 = (v47 - v80);
            const float v85 = (v84 + 1.00000000f);
            const float v86 = adv_lgamma(v85);
            const float v87 = (v83 - v86);
            const float v88 = (v79 + v87);
            const float v89 = (v88 - v67);
            const float v90 = expf(v89);
            const bool v91 = (v89 <= v69);
            const float v92 = (v91 ? v90 : 0.00000000f);
            fold71 = (fold71 + v92);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v94 = fold71;
      F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v94;
    }
  }
  const bool v95 = (u_p_alpha != 0.00000000f);
  const bool v239 = (u_p_beta != 0.00000000f);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled201 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled201) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v96 = 0.00000000f;
      if (v95) {
        const float v97 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v98 = (v97 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v99 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v100 = (v98 + v99);
        const float v101 = (v97 + v99);
        const float v102 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v103 = (v101 + v102);
        const float v104 = (v100 - v103);
        const float v105 = adv_fmax(0.00000000f, v104);
        const float v106 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v99);
        const float v107 = adv_fmin(v97, v106);
        const bool v108 = (v105 == v107);
        float v109 = 0.00000000f;
        if (v108) {
          v109 = 0.00000000f;
        } else {
          const float v112 = (v97 + v106);
          const float v113 = (v112 - v103);
          const float v114 = adv_fmax(0.00000000f, v113);
          const int32_t v115 = adv_i32f(v114);
          const int32_t v116 = adv_i32f(v107);
          const int32_t lo110 = v115;
          const int32_t hi111 = v116;
          const float v117 = (v106 + 1.00000000f);
          const float v118 = adv_lgamma(v117);
          const float v119 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v120 = adv_lgamma(v119);
          const float v121 = (v118 - v120);
          const float v122 = (v106 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v123 = (v122 + 1.00000000f);
          const float v124 = adv_lgamma(v123);
          const float v125 = (v121 - v124);
          const float v126 = (v103 - v106);
          const float v127 = (v97 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v128 = (v126 + 1.00000000f);
          const float v129 = adv_lgamma(v128);
          const float v130 = (v127 + 1.00000000f);
          const float v131 = adv_lgamma(v130);
          const float v132 = (v129 - v131);
          const float v133 = (v126 - v127);
          const float v134 = (v133 + 1.00000000f);
          const float v135 = adv_lgamma(v134);
          const float v136 = (v132 - v135);
          const float v137 = (v125 + v136);
          const float v138 = (v103 + 1.00000000f);
          const float v139 = adv_lgamma(v138);
          const float v140 = (v97 + 1.00000000f);
          const float v141 = adv_lgamma(v140);
          const float v142 = (v139 - v141);
          const float v143 = (v103 - v97);
          const float v144 = (v143 + 1.00000000f);
          const float v145 = adv_lgamma(v144);
          const float v146 = (v142 - v145);
          const float v147 = (v137 - v146);
          const float v148 = (v147 + 0.00000999999975f);
          float fold150 = 0.00000000f;
          if ((hi111 >= lo110)) {
            if (((uint32_t)(((uint32_t)(hi111)) - ((uint32_t)(lo110))) < 1048576u)) {
              for (uint32_t n172 = 0u; (n172 <= (uint32_t)(((uint32_t)(hi111)) - ((uint32_t)(lo110)))); n172 = (uint32_t)(n172 + 1u)) {
                const int32_t k149 = ((int32_t)((uint32_t)(((uint32_t)(lo110)) + n172)));
                const float v151 = ((float)(k149));
                const float v152 = (v151 + 1.00000000f);
                const float v153 = adv_lgamma(v152);
                const float v154 = (v118 - v153);
                const float v155 = (v106 - v151);
                const float v156 = (v155 + 1.00000000f);
                const float v157 = adv_lgamma(v156);
                const float v158 = (v154 - v157);
                const float v159 = (v97 - v151);
                const float v160 = (v159 + 1.00000000f);
                const float v161 = adv_lgamma(v160);
                const float v162 = (v129 - v161);
                const float v163 = (v126 - v159);
                const float v164 = (v163 + 1.00000000f);
                const float v165 = adv_lgamma(v164);
                const float v166 = (v162 - v165);
                const float v167 = (v158 + v166);
                const float v168 = (v167 - v146);
                const float v169 = expf(v168);
                const bool v170 = (v168 <= v148);
                const float v171 = (v170 ? v169 : 0.00000000f);
                fold150 = (fold150 + v171);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v173 = fold150;
          const float v174 = ((-2.00000000f) * v173);
          const float v175 = expf(v174);
          v109 = v175;
        }
        const float v176 = v109;
        const float v177 = (u_p_alpha * v176);
        v96 = v177;
      } else {
        v96 = 0.00000000f;
      }
      const float v178 = v96;
      const float v179 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v180 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v179);
      const float v181 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v182 = (v181 + v179);
      const float v183 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v184 = (v182 + v183);
      const float v185 = (v180 / v184);
      const float v186 = (-v185);
      const float v187 = log2f(v185);
      const float v188 = (v186 * v187);
      const bool v189 = (v185 > 0.00000000f);
      const float v190 = (v189 ? v188 : 0.00000000f);
      const float v191 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v183);
      const float v192 = (v191 / v184);
      const float v193 = (-v192);
      const float v194 = log2f(v192);
      const float v195 = (v193 * v194);
      const bool v196 = (v192 > 0.00000000f);
      const float v197 = (v196 ? v195 : 0.00000000f);
      const float v198 = (v190 + v197);
      const float v199 = (v181 / v184);
      const float v200 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v181);
      const float v201 = (-v200);
      const float v202 = log2f(v200);
      const float v203 = (v201 * v202);
      const bool v204 = (v200 > 0.00000000f);
      const float v205 = (v204 ? v203 : 0.00000000f);
      const float v206 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v181);
      const float v207 = (-v206);
      const float v208 = log2f(v206);
      const float v209 = (v207 * v208);
      const bool v210 = (v206 > 0.00000000f);
      const float v211 = (v210 ? v209 : 0.00000000f);
      const float v212 = (v205 + v211);
      const bool v213 = (v181 > 0.00000000f);
      const float v214 = (v213 ? v212 : 0.00000000f);
      const float v215 = (v199 * v214);
      const float v216 = (v179 + v183);
      const float v217 = (v216 / v184);
      const float v218 = (v179 / v216);
      const float v219 = (-v218);
      const float v220 = log2f(v218);
      const float v221 = (v219 * v220);
      const bool v222 = (v218 > 0.00000000f);
      const float v223 = (v222 ? v221 : 0.00000000f);
      const float v224 = (v183 / v216);
      const float v225 = (-v224);
      const float v226 = log2f(v224);
      const float v227 = (v225 * v226);
      const bool v228 = (v224 > 0.00000000f);
      const float v229 = (v228 ? v227 : 0.00000000f);
      const float v230 = (v223 + v229);
      const bool v231 = (v216 > 0.00000000f);
      const float v232 = (v231 ? v230 : 0.00000000f);
      const float v233 = (v217 * v232);
      const float v234 = (v215 + v233);
      const float v235 = (v198 - v234);
      const bool v236 = (v184 > 0.00000000f);
      const float v237 = (v236 ? v235 : 0.00000000f);
      const float v238 = (u_p_beta * v237);
      const float v240 = (v239 ? v238 : 0.00000000f);
      const float v241 = (v178 + v240);
      F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v241;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled213 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled213) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v242 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v243 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v242);
      const float v244 = (v243 + 1.00000001e-10f);
      const float v245 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v244);
      const float v246 = adv_fmin(adv_fmax(v245, 0.00000000f), 1.00000000f);
      const float v247 = sqrtf(v246);
      const float v248 = adv_asin(v247);
      const float v249 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v250 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v249);
      const float v251 = (v250 + 1.00000001e-10f);
      const float v252 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v251);
      const float v253 = adv_fmin(adv_fmax(v252, 0.00000000f), 1.00000000f);
      const float v254 = sqrtf(v253);
      const float v255 = adv_asin(v254);
      const float v256 = (v248 - v255);
      F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v256;
    }
  }
  const float v331 = (u_p_p_crit * 0.999989986f);
  const bool v334 = (acc16 > 0.00000000f);
  const bool v335 = (v30 > 0.00000000f);
  const bool v336 = (v334 && v335);
  const float v505 = (u_p_bm25_k1 + 1.00000000f);
  const float v507 = (1.00000000f - u_p_bm25_b);
  const float v508 = (u_p_bm25_b * acc22);
  const float v509 = (acc22 + acc24);
  const float v510 = (v509 / 2.00000000f);
  const float v511 = (v508 / v510);
  const float v512 = (v507 + v511);
  const float v513 = (u_p_bm25_k1 * v512);
  const bool v516 = (acc22 > 0.00000000f);
  const float v521 = (u_p_bm25_b * acc24);
  const float v522 = (acc24 + acc22);
  const float v523 = (v522 / 2.00000000f);
  const float v524 = (v521 / v523);
  const float v525 = (v507 + v524);
  const float v526 = (u_p_bm25_k1 * v525);
  const bool v529 = (acc24 > 0.00000000f);
  const bool v536 = (u_p_gamma != 0.00000000f);
  const float v540 = (u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const uint32_t nkeys262 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys262); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v257 = ((float)(H[(uint32_t)(u_oh_acc28 + slot)]));
    const float v258 = ((float)(H[(uint32_t)(u_oh_acc32 + slot)]));
    float v259 = 0.00000000f;
    if (tabled258) {
      v259 = F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v257) * (uint32_t)(n + 1u)) + adv_u32f(v258)))];
    } else {
      const float v262 = (v257 + v258);
      const float v263 = (acc16 - v257);
      const float v264 = (v257 + v263);
      const float v265 = (v262 + v264);
      const float v266 = (v262 + v263);
      const float v267 = (v30 - v258);
      const float v268 = (v266 + v267);
      const float v269 = (v265 - v268);
      const float v270 = adv_fmax(0.00000000f, v269);
      const int32_t v271 = adv_i32f(v270);
      const float v272 = adv_fmin(v262, v264);
      const int32_t v273 = adv_i32f(v272);
      const int32_t lo260 = v271;
      const int32_t hi261 = v273;
      const float v274 = (v264 + 1.00000000f);
      const float v275 = adv_lgamma(v274);
      const float v276 = (v257 + 1.00000000f);
      const float v277 = adv_lgamma(v276);
      const float v278 = (v275 - v277);
      const float v279 = (v264 - v257);
      const float v280 = (v279 + 1.00000000f);
      const float v281 = adv_lgamma(v280);
      const float v282 = (v278 - v281);
      const float v283 = (v268 - v264);
      const float v284 = (v262 - v257);
      const float v285 = (v283 + 1.00000000f);
      const float v286 = adv_lgamma(v285);
      const float v287 = (v284 + 1.00000000f);
      const float v288 = adv_lgamma(v287);
      const float v289 = (v286 - v288);
      const float v290 = (v283 - v284);
      const float v291 = (v290 + 1.00000000f);
      const float v292 = adv_lgamma(v291);
      const float v293 = (v289 - v292);
      const float v294 = (v282 + v293);
      const float v295 = (v268 + 1.00000000f);
      const float v296 = adv_lgamma(v295);
      const float v297 = (v262 + 1.00000000f);
      const float v298 = adv_lgamma(v297);
      const float v299 = (v296 - v298);
      const float v300 = (v268 - v262);
      const float v301 = (v300 + 1.00000000f);
      const float v302 = adv_lgamma(v301);
      const float v303 = (v299 - v302);
      const float v304 = (v294 - v303);
      const float v305 = (v304 + 0.00000999999975f);
      float fold307 = 0.00000000f;
      if ((hi261 >= lo260)) {
        if (((uint32_t)(((uint32_t)(hi261)) - ((uint32_t)(lo260))) < 1048576u)) {
          for (uint32_t n329 = 0u; (n329 <= (uint32_t)(((uint32_t)(hi261)) - ((uint32_t)(lo260)))); n329 = (uint32_t)(n329 + 1u)) {
            const int32_t k306 = ((int32_t)((uint32_t)(((uint32_t)(lo260)) + n329)));
            const float v308 = ((float)(k306));
            const float v309 = (v308 + 1.00000000f);
            const float v310 = adv_lgamma(v309);
            const float v311 = (v275 - v310);
            const float v312 = (v264 - v308);
            const float v313 = (v312 + 1.00000000f);
            const float v314 = adv_lgamma(v313);
            const float v315 = (v311 - v314);
            const float v316 = (v262 - v308);
            const float v317 = (v316 + 1.00000000f);
            const float v318 = adv_lgamma(v317);
            const float v319 = (v286 - v318);
            const float v320 = (v283 - v316);
            const float v321 = (v320 + 1.00000000f);
            const float v322 = adv_lgamma(v321);
            const float v323 = (v319 - v322);
            const float v324 = (v315 + v323);
            const float v325 = (v324 - v303);
            const float v326 = expf(v325);
            const bool v327 = (v325 <= v305);
            const float v328 = (v327 ? v326 : 0.00000000f);
            fold307 = (fold307 + v328);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      v259 = fold307;
    }
    const float v330 = v259;
    const bool v332 = (v330 < v331);
    float v333 = 0.00000000f;
    if (v332) {
      const int32_t v337 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
      const bool v338 = (v337 != u_p_zero_token_id);
      const bool v339 = (v336 && v338);
      float v340 = 0.00000000f;
      if (v339) {
        float v341 = 0.00000000f;
        if (tabled201) {
          v341 = F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v257) * (uint32_t)(n + 1u)) + adv_u32f(v258)))];
        } else {
          float v342 = 0.00000000f;
          if (v95) {
            const float v343 = (v257 + v258);
            const float v344 = (v343 + v257);
            const float v345 = (acc16 - v257);
            const float v346 = (v344 + v345);
            const float v347 = (v343 + v345);
            const float v348 = (v30 - v258);
            const float v349 = (v347 + v348);
            const float v350 = (v346 - v349);
            const float v351 = adv_fmax(0.00000000f, v350);
            const float v352 = (v257 + v345);
            const float v353 = adv_fmin(v343, v352);
            const bool v354 = (v351 == v353);
            float v355 = 0.00000000f;
            if (v354) {
              v355 = 0.00000000f;
            } else {
              const float v358 = (v343 + v352);
              const float v359 = (v358 - v349);
              const float v360 = adv_fmax(0.00000000f, v359);
              const int32_t v361 = adv_i32f(v360);
              const int32_t v362 = adv_i32f(v353);
              const int32_t lo356 = v361;
              const int32_t hi357 = v362;
              const float v363 = (v352 + 1.00000000f);
              const float v364 = adv_lgamma(v363);
              const float v365 = (v257 + 1.00000000f);
              const float v366 = adv_lgamma(v365);
              const float v367 = (v364 - v366);
              const float v368 = (v352 - v257);
              const float v369 = (v368 + 1.00000000f);
              const float v370 = adv_lgamma(v369);
              const float v371 = (v367 - v370);
              const float v372 = (v349 - v352);
              const float v373 = (v343 - v257);
              const float v374 = (v372 + 1.00000000f);
              const float v375 = adv_lgamma(v374);
              const float v376 = (v373 + 1.00000000f);
              const float v377 = adv_lgamma(v376);
              const float v378 = (v375 - v377);
              const float v379 = (v372 - v373);
              const float v380 = (v379 + 1.00000000f);
              const float v381 = adv_lgamma(v380);
              const float v382 = (v378 - v381);
              const float v383 = (v371 + v382);
              const float v384 = (v349 + 1.00000000f);
              const float v385 = adv_lgamma(v384);
              const float v386 = (v343 + 1.00000000f);
              const float v387 = adv_lgamma(v386);
              const float v388 = (v385 - v387);
              const float v389 = (v349 - v343);
              const float v390 = (v389 + 1.00000000f);
              const float v391 = adv_lgamma(v390);
              const float v392 = (v388 - v391);
              const float v393 = (v383 - v392);
              const float v394 = (v393 + 0.00000999999975f);
              float fold396 = 0.00000000f;
              if ((hi357 >= lo356)) {
                if (((uint32_t)(((uint32_t)(hi357)) - ((uint32_t)(lo356))) < 1048576u)) {
                  for (uint32_t n418 = 0u; (n418 <= (uint32_t)(((uint32_t)(hi357)) - ((uint32_t)(lo356)))); n418 = (uint32_t)(n418 + 1u)) {
                    const int32_t k395 = ((int32_t)((uint32_t)(((uint32_t)(lo356)) + n418)));
                    const float v397 = ((float)(k395));
                    const float v398 = (v397 + 1.00000000f);
                    const float v399 = adv_lgamma(v398);
                    const float v400 = (v364 - v399);
                    const float v401 = (v352 - v397);
                    const float v402 = (v401 + 1.00000000f);
                    const float v403 = adv_lgamma(v402);
                    const float v404 = (v400 - v403);
                    const float v405 = (v343 - v397);
                    const float v406 = (v405 + 1.00000000f);
                    const float v407 = adv_lgamma(v406);
                    const float v408 = (v375 - v407);
                    const float v409 = (v372 - v405);
                    const float v410 = (v409 + 1.00000000f);
                    const float v411 = adv_lgamma(v410);
                    const float v412 = (v408 - v411);
                    const float v413 = (v404 + v412);
                    const float v414 = (v413 - v392);
                    const float v415 = expf(v414);
                    const bool v416 = (v414 <= v394);
                    const float v417 = (v416 ? v415 : 0.00000000f);
                    fold396 = (fold396 + v417);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
                }
              }
              const float v419 = fold396;
              const float v420 = ((-2.00000000f) * v419);
              const float v421 = expf(v420);
              v355 = v421;
            }
            const float v422 = v355;
            const float v423 = (u_p_alpha * v422);
            v342 = v423;
          } else {
            v342 = 0.00000000f;
          }
          const float v424 = v342;
          const float v425 = (acc16 - v257);
          const float v426 = (v257 + v425);
          const float v427 = (v257 + v258);
          const float v428 = (v427 + v425);
          const float v429 = (v30 - v258);
          const float v430 = (v428 + v429);
          const float v431 = (v426 / v430);
          const float v432 = (-v431);
          const float v433 = log2f(v431);
          const float v434 = (v432 * v433);
          const bool v435 = (v431 > 0.00000000f);
          const float v436 = (v435 ? v434 : 0.00000000f);
          const float v437 = (v258 + v429);
          const float v438 = (v437 / v430);
          const float v439 = (-v438);
          const float v440 = log2f(v438);
          const float v441 = (v439 * v440);
          const bool v442 = (v438 > 0.00000000f);
          const float v443 = (v442 ? v441 : 0.00000000f);
          const float v444 = (v436 + v443);
          const float v445 = (v427 / v430);
          const float v446 = (v257 / v427);
          const float v447 = (-v446);
          const float v448 = log2f(v446);
          const float v449 = (v447 * v448);
          const bool v450 = (v446 > 0.00000000f);
          const float v451 = (v450 ? v449 : 0.00000000f);
          const float v452 = (v258 / v427);
          const float v453 = (-v452);
          const float v454 = log2f(v452);
          const float v455 = (v453 * v454);
          const bool v456 = (v452 > 0.00000000f);
          const float v457 = (v456 ? v455 : 0.00000000f);
          const float v458 = (v451 + v457);
          const bool v459 = (v427 > 0.00000000f);
          const float v460 = (v459 ? v458 : 0.00000000f);
          const float v461 = (v445 * v460);
          const float v462 = (v425 + v429);
          const float v463 = (v462 / v430);
          const float v464 = (v425 / v462);
          const float v465 = (-v464);
          const float v466 = log2f(v464);
          const float v467 = (v465 * v466);
          const bool v468 = (v464 > 0.00000000f);
          const float v469 = (v468 ? v467 : 0.00000000f);
          const float v470 = (v429 / v462);
          const float v471 = (-v470);
          const float v472 = log2f(v470);
          const float v473 = (v471 * v472);
          const bool v474 = (v470 > 0.00000000f);
          const float v475 = (v474 ? v473 : 0.00000000f);
          const float v476 = (v469 + v475);
          const bool v477 = (v462 > 0.00000000f);
          const float v478 = (v477 ? v476 : 0.00000000f);
          const float v479 = (v463 * v478);
          const float v480 = (v461 + v479);
          const float v481 = (v444 - v480);
          const bool v482 = (v430 > 0.00000000f);
          const float v483 = (v482 ? v481 : 0.00000000f);
          const float v484 = (u_p_beta * v483);
          const float v485 = (v239 ? v484 : 0.00000000f);
          v341 = (v424 + v485);
        }
        const float v486 = v341;
        float v487 = 0.00000000f;
        if (tabled213) {
          v487 = F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v257) * (uint32_t)(n + 1u)) + adv_u32f(v258)))];
        } else {
          const float v488 = (acc16 - v257);
          const float v489 = (v257 + v488);
          const float v490 = (v489 + 1.00000001e-10f);
          const float v491 = (v257 / v490);
          const float v492 = adv_fmin(adv_fmax(v491, 0.00000000f), 1.00000000f);
          const float v493 = sqrtf(v492);
          const float v494 = adv_asin(v493);
          const float v495 = (v30 - v258);
          const float v496 = (v258 + v495);
          const float v497 = (v496 + 1.00000001e-10f);
          const float v498 = (v258 / v497);
          const float v499 = adv_fmin(adv_fmax(v498, 0.00000000f), 1.00000000f);
          const float v500 = sqrtf(v499);
          const float v501 = adv_asin(v500);
          v487 = (v494 - v501);
        }
        const float v502 = v487;
        const float v503 = ((float)(H[(uint32_t)(u_oh_acc34 + slot)]));
        const float v504 = (v503 / acc22);
        const float v506 = (v504 * v505);
        const float v514 = (v504 + v513);
        const float v515 = (v506 / v514);
        const float v517 = (v516 ? v515 : 0.00000000f);
        const float v518 = ((float)(H[(uint32_t)(u_oh_acc52 + slot)]));
        const float v519 = (v518 / acc24);
        const float v520 = (v519 * v505);
        const float v527 = (v519 + v526);
        const float v528 = (v520 / v527);
        const float v530 = (v529 ? v528 : 0.00000000f);
        const float v531 = (v530 + 0.00000999999975f);
        const float v532 = (v517 / v531);
        const float v533 = (v517 + 0.00000999999975f);
        const float v534 = (v530 / v533);
        const float v535 = (v532 - v534);
        const float v537 = (v536 ? v535 : 0.00000000f);
        const float v538 = (v502 + v537);
        const float v539 = (v486 * v538);
        const float v541 = (v539 / v540);
        const float v542 = (1.00000000f / (1.00000000f + expf((-v541))));
        const float v543 = (v542 - 0.500000000f);
        const float v544 = (v543 * 2.00000000f);
        const float v545 = (v544 * u_p_top);
        v340 = v545;
      } else {
        v340 = 0.00000000f;
      }
      const float v546 = v340;
      v333 = v546;
    } else {
      v333 = 0.00000000f;
    }
    F_v262[slot] = v333;
  }
  // reduce to group %279
  const float v548 = (acc267 / acc17);
  const float v549 = (acc265 + v548);
  const float v551 = (acc272 - acc265);
  const bool v552 = (v551 > 0.00000000f);
  const float v553 = (v552 ? v551 : 1.00000000f);
  float acc279 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v547 = F_v10[row];
    const float v550 = (v547 - v549);
    const float v554 = (v550 / v553);
    const float v555 = (v554 * v554);
    acc279 = (acc279 + v555);
  }
  if ((lid == 0u)) {
    F_v279[g] = acc279;
  }
  const bool v557 = (acc17 > 1.00000000f);
  const float v558 = (v557 ? v549 : 0.00000000f);
  const float v560 = (acc17 - 1.00000000f);
  const float v561 = (acc279 / v560);
  const float v562 = sqrtf(v561);
  const float v563 = (v562 * v553);
  const float v564 = (v557 ? v563 : 1.00000000f);
  const float v565 = (v564 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v556 = F_v10[row];
    const float v559 = (v556 - v558);
    const float v566 = (v559 / v565);
    const bool v567 = (v559 == 0.00000000f);
    const float v568 = (v567 ? 0.00000000f : v566);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw569 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v570 = F_v262[((sw569 != 4294967295u) ? (uint32_t)(sw569 & 2147483647u) : 0u)];
      const float v571 = ((sw569 != 4294967295u) ? v570 : 0.00000000f);
      const float v572 = (v568 + v571);
      const int32_t v573 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v574 = ((float)(v573));
      const float v575 = (v572 * v574);
      const float v576 = v571;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v575;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v576;
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
  run.F_v16 = adv_element(env, argv[1], 2, &n);
  run.F_v17 = adv_element(env, argv[1], 3, &n);
  run.F_v265 = adv_element(env, argv[1], 4, &n);
  run.F_v272 = adv_element(env, argv[1], 5, &n);
  run.F_v20 = adv_element(env, argv[1], 6, &n);
  run.F_v22 = adv_element(env, argv[1], 7, &n);
  run.F_v24 = adv_element(env, argv[1], 8, &n);
  run.F_v267 = adv_element(env, argv[1], 9, &n);
  run.F_out_0folds = adv_element(env, argv[1], 10, &n);
  run.F_table258 = adv_element(env, argv[1], 11, &n);
  run.F_table201 = adv_element(env, argv[1], 12, &n);
  run.F_table213 = adv_element(env, argv[1], 13, &n);
  run.F_v262 = adv_element(env, argv[1], 14, &n);
  run.F_v279 = adv_element(env, argv[1], 15, &n);
  run.F_out_advantages = adv_element(env, argv[1], 16, &n);
  run.F_out_key_values = adv_element(env, argv[1], 17, &n);
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
