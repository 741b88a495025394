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
      const float v15 = F_v10[row];
      const bool v16 = (v15 > 0.00000000f);
      const float v17 = (v16 ? 1.00000000f : 0.00000000f);
      const bool v20 = (!v16);
      const float v21 = (v20 ? 1.00000000f : 0.00000000f);
      const float v24 = (v16 ? 0.00000000f : 1.00000000f);
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
            const bool v18 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v19 = (v18 ? v17 : 0.00000000f);
            const float v22 = (v18 ? v21 : 0.00000000f);
            const float v23 = v17;
            const float v25 = v24;
            {
              const uint32_t a26 = adv_u32f(v19);
              const uint32_t a27 = adv_u32f(v22);
              const uint32_t add = (uint32_t)(a26 + a27);
              if ((add != 0u)) {
                H[(uint32_t)(((a26 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a26 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a28 = adv_u32f(v23);
              const uint32_t a29 = adv_u32f(v25);
              const uint32_t add = (uint32_t)(a28 + a29);
              if ((add != 0u)) {
                H[(uint32_t)(((a28 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a28 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const float v37 = (acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled258 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled258) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v32 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v33 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v34 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v33);
      const float v35 = (v32 + v34);
      const float v36 = (v32 + v33);
      const float v38 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v39 = (v36 + v38);
      const float v40 = (v35 - v39);
      const float v41 = adv_fmax(0.00000000f, v40);
      const int32_t v42 = adv_i32f(v41);
      const float v43 = adv_fmin(v32, v34);
      const int32_t v44 = adv_i32f(v43);
      const int32_t lo30 = v42;
      const int32_t hi31 = v44;
      const float v45 = (v34 + 1.00000000f);
      const float v46 = adv_lgamma(v45);
      const float v47 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v48 = adv_lgamma(v47);
      const float v49 = (v46 - v48);
      const float v50 = (v34 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v51 = (v50 + 1.00000000f);
      const float v52 = adv_lgamma(v51);
      const float v53 = (v49 - v52);
      const float v54 = (v39 - v34);
      const float v55 = (v32 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v56 = (v54 + 1.00000000f);
      const float v57 = adv_lgamma(v56);
      const float v58 = (v55 + 1.00000000f);
      const float v59 = adv_lgamma(v58);
      const float v60 = (v57 - v59);
      const float v61 = (v54 - v55);
      const float v62 = (v61 + 1.00000000f);
      const float v63 = adv_lgamma(v62);
      const float v64 = (v60 - v63);
      const float v65 = (v53 + v64);
      const float v66 = (v39 + 1.00000000f);
      const float v67 = adv_lgamma(v66);
      const float v68 = (v32 + 1.00000000f);
      const float v69 = adv_lgamma(v68);
      const float v70 = (v67 - v69);
      const float v71 = (v39 - v32);
      const float v72 = (v71 + 1.00000000f);
      const float v73 = adv_lgamma(v72);
      const float v74 = (v70 - v73);
      const float v75 = (v65 - v74);
      const float v76 = (v75 + 0.00000999999975f);
      float fold78 = 0.00000000f;
      if ((hi31 >= lo30)) {
        if (((uint32_t)(((uint32_t)(hi31)) - ((uint32_t)(lo30))) < 1048576u)) {
          for (uint32_t n100 = 0u; (n100 <= (uint32_t)(((uint32_t)(hi31)) - ((uint32_t)(lo30)))); n100 = (uint32_t)(n100 + 1u)) {
            const int32_t k77 = ((int32_t)((uint32_t)(((uint32_t)(lo30)) + n100)));
            const float v79 = ((float)(k77));
            const float v80 = (v79 + 1.00000000f);
            const float v81 = adv_lgamma(v80);
            const float v82 = (v46 - v81);
            const float v83 = (v34 - v79);
            const float v84 = (v83 + 1.00000000f);
            const float v85 = adv_lgamma(v84);
            const float v86 = (v82 - v85);
            const float v87 = (v32 - v79);
            const float v88 = (v87 + 1.00000000f);
            const float v89 = adv_lgamma(v88);
            const float v90 = (v57 - v89);
            const float v91 = (v54 - v87);
            const float v92 = (v91 + 1.00000000f);
            const float v93 = adv_lgamma(v92);
            const float v94 = (v90 - v93);
            const float v95 = (v86 + v94);
            const float v96 = (v95 - v74);
            const float v97 = expf(v96);
            const bool v98 = (v96 <= v76);
            const float v99 = (v98 ? v97 : 0.00000000f);
            fold78 = (fold78 + v99);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v101 = fold78;
      F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v101;
    }
  }
  const bool v102 = (u_p_alpha != 0.00000000f);
  const bool v246 = (u_p_beta != 0.00000000f);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled201 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled201) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v103 = 0.00000000f;
      if (v102) {
        const float v104 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v105 = (v104 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v106 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v107 = (v105 + v106);
        const float v108 = (v104 + v106);
        const float v109 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v110 = (v108 + v109);
        const float v111 = (v107 - v110);
        const float v112 = adv_fmax(0.00000000f, v111);
        const float v113 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v106);
        const float v114 = adv_fmin(v104, v113);
        const bool v115 = (v112 == v114);
        float v116 = 0.00000000f;
        if (v115) {
          v116 = 0.00000000f;
        } else {
          const float v119 = (v104 + v113);
          const float v120 = (v119 - v110);
          const float v121 = adv_fmax(0.00000000f, v120);
          const int32_t v122 = adv_i32f(v121);
          const int32_t v123 = adv_i32f(v114);
          const int32_t lo117 = v122;
          const int32_t hi118 = v123;
          const float v124 = (v113 + 1.00000000f);
          const float v125 = adv_lgamma(v124);
          const float v126 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v127 = adv_lgamma(v126);
          const float v128 = (v125 - v127);
          const float v129 = (v113 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v130 = (v129 + 1.00000000f);
          const float v131 = adv_lgamma(v130);
          const float v132 = (v128 - v131);
          const float v133 = (v110 - v113);
          const float v134 = (v104 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v135 = (v133 + 1.00000000f);
          const float v136 = adv_lgamma(v135);
          const float v137 = (v134 + 1.00000000f);
          const float v138 = adv_lgamma(v137);
          const float v139 = (v136 - v138);
          const float v140 = (v133 - v134);
          const float v141 = (v140 + 1.00000000f);
          const float v142 = adv_lgamma(v141);
          const float v143 = (v139 - v142);
          const float v144 = (v132 + v143);
          const float v145 = (v110 + 1.00000000f);
          const float v146 = adv_lgamma(v145);
          const float v147 = (v104 + 1.00000000f);
          const float v148 = adv_lgamma(v147);
          const float v149 = (v146 - v148);
          const float v150 = (v110 - v104);
          const float v151 = (v150 + 1.00000000f);
          const float v152 = adv_lgamma(v151);
          const float v153 = (v149 - v152);
          const float v154 = (v144 - v153);
          const float v155 = (v154 + 0.00000999999975f);
          float fold157 = 0.00000000f;
          if ((hi118 >= lo117)) {
            if (((uint32_t)(((uint32_t)(hi118)) - ((uint32_t)(lo117))) < 1048576u)) {
              for (uint32_t n179 = 0u; (n179 <= (uint32_t)(((uint32_t)(hi118)) - ((uint32_t)(lo117)))); n179 = (uint32_t)(n179 + 1u)) {
                const int32_t k156 = ((int32_t)((uint32_t)(((uint32_t)(lo117)) + n179)));
                const float v158 = ((float)(k156));
                const float v159 = (v158 + 1.00000000f);
                const float v160 = adv_lgamma(v159);
                const float v161 = (v125 - v160);
                const float v162 = (v113 - v158);
                const float v163 = (v162 + 1.00000000f);
                const float v164 = adv_lgamma(v163);
                const float v165 = (v161 - v164);
                const float v166 = (v104 - v158);
                const float v167 = (v166 + 1.00000000f);
                const float v168 = adv_lgamma(v167);
                const float v169 = (v136 - v168);
                const float v170 = (v133 - v166);
                const float v171 = (v170 + 1.00000000f);
                const float v172 = adv_lgamma(v171);
                const float v173 = (v169 - v172);
                const float v174 = (v165 + v173);
                const float v175 = (v174 - v153);
                const float v176 = expf(v175);
                const bool v177 = (v175 <= v155);
                const float v178 = (v177 ? v176 : 0.00000000f);
                fold157 = (fold157 + v178);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v180 = fold157;
          const float v181 = ((-2.00000000f) * v180);
          const float v182 = expf(v181);
          v116 = v182;
        }
        const float v183 = v116;
        const float v184 = (u_p_alpha * v183);
        v103 = v184;
      } else {
        v103 = 0.00000000f;
      }
      const float v185 = v103;
      const float v186 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v187 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v186);
      const float v188 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v189 = (v188 + v186);
      const float v190 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v191 = (v189 + v190);
      const float v192 = (v187 / v191);
      const float v193 = (-v192);
      const float v194 = log2f(v192);
      const float v195 = (v193 * v194);
      const bool v196 = (v192 > 0.00000000f);
      const float v197 = (v196 ? v195 : 0.00000000f);
      const float v198 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v190);
      const float v199 = (v198 / v191);
      const float v200 = (-v199);
      const float v201 = log2f(v199);
      const float v202 = (v200 * v201);
      const bool v203 = (v199 > 0.00000000f);
      const float v204 = (v203 ? v202 : 0.00000000f);
      const float v205 = (v197 + v204);
      const float v206 = (v188 / v191);
      const float v207 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v188);
      const float v208 = (-v207);
      const float v209 = log2f(v207);
      const float v210 = (v208 * v209);
      const bool v211 = (v207 > 0.00000000f);
      const float v212 = (v211 ? v210 : 0.00000000f);
      const float v213 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v188);
      const float v214 = (-v213);
      const float v215 = log2f(v213);
      const float v216 = (v214 * v215);
      const bool v217 = (v213 > 0.00000000f);
      const float v218 = (v217 ? v216 : 0.00000000f);
      const float v219 = (v212 + v218);
      const bool v220 = (v188 > 0.00000000f);
      const float v221 = (v220 ? v219 : 0.00000000f);
      const float v222 = (v206 * v221);
      const float v223 = (v186 + v190);
      const float v224 = (v223 / v191);
      const float v225 = (v186 / v223);
      const float v226 = (-v225);
      const float v227 = log2f(v225);
      const float v228 = (v226 * v227);
      const bool v229 = (v225 > 0.00000000f);
      const float v230 = (v229 ? v228 : 0.00000000f);
      const float v231 = (v190 / v223);
      const float v232 = (-v231);
      const float v233 = log2f(v231);
      const float v234 = (v232 * v233);
      const bool v235 = (v231 > 0.00000000f);
      const float v236 = (v235 ? v234 : 0.00000000f);
      const float v237 = (v230 + v236);
      const bool v238 = (v223 > 0.00000000f);
      const float v239 = (v238 ? v237 : 0.00000000f);
      const float v240 = (v224 * v239);
      const float v241 = (v222 + v240);
      const float v242 = (v205 - v241);
      const bool v243 = (v191 > 0.00000000f);
      const float v244 = (v243 ? v242 : 0.00000000f);
      const float v245 = (u_p_beta * v244);
      const float v247 = (v246 ? v245 : 0.00000000f);
      const float v248 = (v185 + v247);
      F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v248;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled213 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled213) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v249 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v250 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v249);
      const float v251 = (v250 + 1.00000001e-10f);
      const float v252 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v251);
      const float v253 = adv_fmin(adv_fmax(v252, 0.00000000f), 1.00000000f);
      const float v254 = sqrtf(v253);
      const float v255 = adv_asin(v254);
      const float v256 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v257 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v256);
      const float v258 = (v257 + 1.00000001e-10f);
      const float v259 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v258);
      const float v260 = adv_fmin(adv_fmax(v259, 0.00000000f), 1.00000000f);
      const float v261 = sqrtf(v260);
      const float v262 = adv_asin(v261);
      const float v263 = (v255 - v262);
      F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v263;
    }
  }
  const float v338 = (u_p_p_crit * 0.999989986f);
  const bool v341 = (acc16 > 0.00000000f);
  const bool v342 = (v37 > 0.00000000f);
  const bool v343 = (v341 && v342);
  const float v512 = (u_p_bm25_k1 + 1.00000000f);
  const float v514 = (1.00000000f - u_p_bm25_b);
  const float v515 = (u_p_bm25_b * acc22);
  const float v516 = (acc22 + acc24);
  const float v517 = (v516 / 2.00000000f);
  const float v518 = (v515 / v517);
  const float v519 = (v514 + v518);
  const float v520 = (u_p_bm25_k1 * v519);
  const bool v523 = (acc22 > 0.00000000f);
  const float v528 = (u_p_bm25_b * acc24);
  const float v529 = (acc24 + acc22);
  const float v530 = (v529 / 2.00000000f);
  const float v531 = (v528 / v530);
  const float v532 = (v514 + v531);
  const float v533 = (u_p_bm25_k1 * v532);
  const bool v536 = (acc24 > 0.00000000f);
  const bool v543 = (u_p_gamma != 0.00000000f);
  const float v547 = (u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const uint32_t nkeys262 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys262); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v264 = ((float)(H[(uint32_t)(u_oh_acc28 + slot)]));
    const float v265 = ((float)(H[(uint32_t)(u_oh_acc32 + slot)]));
    float v266 = 0.00000000f;
    if (tabled258) {
      v266 = F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v264) * (uint32_t)(n + 1u)) + adv_u32f(v265)))];
    } else {
      const float v269 = (v264 + v265);
      const float v270 = (acc16 - v264);
      const float v271 = (v264 + v270);
      const float v272 = (v269 + v271);
      const float v273 = (v269 + v270);
      const float v274 = (v37 - v265);
      const float v275 = (v273 + v274);
      const float v276 = (v272 - v275);
      const float v277 = adv_fmax(0.00000000f, v276);
      const int32_t v278 = adv_i32f(v277);
      const float v279 = adv_fmin(v269, v271);
      const int32_t v280 = adv_i32f(v279);
      const int32_t lo267 = v278;
      const int32_t hi268 = v280;
      const float v281 = (v271 + 1.00000000f);
      const float v282 = adv_lgamma(v281);
      const float v283 = (v264 + 1.00000000f);
      const float v284 = adv_lgamma(v283);
      const float v285 = (v282 - v284);
      const float v286 = (v271 - v264);
      const float v287 = (v286 + 1.00000000f);
      const float v288 = adv_lgamma(v287);
      const float v289 = (v285 - v288);
      const float v290 = (v275 - v271);
      const float v291 = (v269 - v264);
      const float v292 = (v290 + 1.00000000f);
      const float v293 = adv_lgamma(v292);
      const float v294 = (v291 + 1.00000000f);
      const float v295 = adv_lgamma(v294);
      const float v296 = (v293 - v295);
      const float v297 = (v290 - v291);
      const float v298 = (v297 + 1.00000000f);
      const float v299 = adv_lgamma(v298);
      const float v300 = (v296 - v299);
      const float v301 = (v289 + v300);
      const float v302 = (v275 + 1.00000000f);
      const float v303 = adv_lgamma(v302);
      const float v304 = (v269 + 1.00000000f);
      const float v305 = adv_lgamma(v304);
      const float v306 = (v303 - v305);
      const float v307 = (v275 - v269);
      const float v308 = (v307 + 1.00000000f);
      const float v309 = adv_lgamma(v308);
      const float v310 = (v306 - v309);
      const float v311 = (v301 - v310);
      const float v312 = (v311 + 0.00000999999975f);
      float fold314 = 0.00000000f;
      if ((hi268 >= lo267)) {
        if (((uint32_t)(((uint32_t)(hi268)) - ((uint32_t)(lo267))) < 1048576u)) {
          for (uint32_t n336 = 0u; (n336 <= (uint32_t)(((uint32_t)(hi268)) - ((uint32_t)(lo267)))); n336 = (uint32_t)(n336 + 1u)) {
            const int32_t k313 = ((int32_t)((uint32_t)(((uint32_t)(lo267)) + n336)));
            const float v315 = ((float)(k313));
            const float v316 = (v315 + 1.00000000f);
            const float v317 = adv_lgamma(v316);
            const float v318 = (v282 - v317);
            const float v319 = (v271 - v315);
            const float v320 = (v319 + 1.00000000f);
            const float v321 = adv_lgamma(v320);
            const float v322 = (v318 - v321);
            const float v323 = (v269 - v315);
            const float v324 = (v323 + 1.00000000f);
            const float v325 = adv_lgamma(v324);
            const float v326 = (v293 - v325);
            const float v327 = (v290 - v323);
            const float v328 = (v327 + 1.00000000f);
            const float v329 = adv_lgamma(v328);
            const float v330 = (v326 - v329);
            const float v331 = (v322 + v330);
            const float v332 = (v331 - v310);
            const float v333 = expf(v332);
            const bool v334 = (v332 <= v312);
            const float v335 = (v334 ? v333 : 0.00000000f);
            fold314 = (fold314 + v335);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      v266 = fold314;
    }
    const float v337 = v266;
    const bool v339 = (v337 < v338);
    float v340 = 0.00000000f;
    if (v339) {
      const int32_t v344 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
      const bool v345 = (v344 != u_p_zero_token_id);
      const bool v346 = (v343 && v345);
      float v347 = 0.00000000f;
      if (v346) {
        float v348 = 0.00000000f;
        if (tabled201) {
          v348 = F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v264) * (uint32_t)(n + 1u)) + adv_u32f(v265)))];
        } else {
          float v349 = 0.00000000f;
          if (v102) {
            const float v350 = (v264 + v265);
            const float v351 = (v350 + v264);
            const float v352 = (acc16 - v264);
            const float v353 = (v351 + v352);
            const float v354 = (v350 + v352);
            const float v355 = (v37 - v265);
            const float v356 = (v354 + v355);
            const float v357 = (v353 - v356);
            const float v358 = adv_fmax(0.00000000f, v357);
            const float v359 = (v264 + v352);
            const float v360 = adv_fmin(v350, v359);
            const bool v361 = (v358 == v360);
            float v362 = 0.00000000f;
            if (v361) {
              v362 = 0.00000000f;
            } else {
              const float v365 = (v350 + v359);
              const float v366 = (v365 - v356);
              const float v367 = adv_fmax(0.00000000f, v366);
              const int32_t v368 = adv_i32f(v367);
              const int32_t v369 = adv_i32f(v360);
              const int32_t lo363 = v368;
              const int32_t hi364 = v369;
              const float v370 = (v359 + 1.00000000f);
              const float v371 = adv_lgamma(v370);
              const float v372 = (v264 + 1.00000000f);
              const float v373 = adv_lgamma(v372);
              const float v374 = (v371 - v373);
              const float v375 = (v359 - v264);
              const float v376 = (v375 + 1.00000000f);
              const float v377 = adv_lgamma(v376);
              const float v378 = (v374 - v377);
              const float v379 = (v356 - v359);
              const float v380 = (v350 - v264);
              const float v381 = (v379 + 1.00000000f);
              const float v382 = adv_lgamma(v381);
              const float v383 = (v380 + 1.00000000f);
              const float v384 = adv_lgamma(v383);
              const float v385 = (v382 - v384);
              const float v386 = (v379 - v380);
              const float v387 = (v386 + 1.00000000f);
              const float v388 = adv_lgamma(v387);
              const float v389 = (v385 - v388);
              const float v390 = (v378 + v389);
              const float v391 = (v356 + 1.00000000f);
              const float v392 = adv_lgamma(v391);
              const float v393 = (v350 + 1.00000000f);
              const float v394 = adv_lgamma(v393);
              const float v395 = (v392 - v394);
              const float v396 = (v356 - v350);
              const float v397 = (v396 + 1.00000000f);
              const float v398 = adv_lgamma(v397);
              const float v399 = (v395 - v398);
              const float v400 = (v390 - v399);
              const float v401 = (v400 + 0.00000999999975f);
              float fold403 = 0.00000000f;
              if ((hi364 >= lo363)) {
                if (((uint32_t)(((uint32_t)(hi364)) - ((uint32_t)(lo363))) < 1048576u)) {
                  for (uint32_t n425 = 0u; (n425 <= (uint32_t)(((uint32_t)(hi364)) - ((uint32_t)(lo363)))); n425 = (uint32_t)(n425 + 1u)) {
                    const int32_t k402 = ((int32_t)((uint32_t)(((uint32_t)(lo363)) + n425)));
                    const float v404 = ((float)(k402));
                    const float v405 = (v404 + 1.00000000f);
                    const float v406 = adv_lgamma(v405);
                    const float v407 = (v371 - v406);
                    const float v408 = (v359 - v404);
                    const float v409 = (v408 + 1.00000000f);
                    const float v410 = adv_lgamma(v409);
                    const float v411 = (v407 - v410);
                    const float v412 = (v350 - v404);
                    const float v413 = (v412 + 1.00000000f);
                    const float v414 = adv_lgamma(v413);
                    const float v415 = (v382 - v414);
                    const float v416 = (v379 - v412);
                    const float v417 = (v416 + 1.00000000f);
                    const float v418 = adv_lgamma(v417);
                    const float v419 = (v415 - v418);
                    const float v420 = (v411 + v419);
                    const float v421 = (v420 - v399);
                    const float v422 = expf(v421);
                    const bool v423 = (v421 <= v401);
                    const float v424 = (v423 ? v422 : 0.00000000f);
                    fold403 = (fold403 + v424);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
                }
              }
              const float v426 = fold403;
              const float v427 = ((-2.00000000f) * v426);
              const float v428 = expf(v427);
              v362 = v428;
            }
            const float v429 = v362;
            const float v430 = (u_p_alpha * v429);
            v349 = v430;
          } else {
            v349 = 0.00000000f;
          }
          const float v431 = v349;
          const float v432 = (acc16 - v264);
          const float v433 = (v264 + v432);
          const float v434 = (v264 + v265);
          const float v435 = (v434 + v432);
          const float v436 = (v37 - v265);
          const float v437 = (v435 + v436);
          const float v438 = (v433 / v437);
          const float v439 = (-v438);
          const float v440 = log2f(v438);
          const float v441 = (v439 * v440);
          const bool v442 = (v438 > 0.00000000f);
          const float v443 = (v442 ? v441 : 0.00000000f);
          const float v444 = (v265 + v436);
          const float v445 = (v444 / v437);
          const float v446 = (-v445);
          const float v447 = log2f(v445);
          const float v448 = (v446 * v447);
          const bool v449 = (v445 > 0.00000000f);
          const float v450 = (v449 ? v448 : 0.00000000f);
          const float v451 = (v443 + v450);
          const float v452 = (v434 / v437);
          const float v453 = (v264 / v434);
          const float v454 = (-v453);
          const float v455 = log2f(v453);
          const float v456 = (v454 * v455);
          const bool v457 = (v453 > 0.00000000f);
          const float v458 = (v457 ? v456 : 0.00000000f);
          const float v459 = (v265 / v434);
          const float v460 = (-v459);
          const float v461 = log2f(v459);
          const float v462 = (v460 * v461);
          const bool v463 = (v459 > 0.00000000f);
          const float v464 = (v463 ? v462 : 0.00000000f);
          const float v465 = (v458 + v464);
          const bool v466 = (v434 > 0.00000000f);
          const float v467 = (v466 ? v465 : 0.00000000f);
          const float v468 = (v452 * v467);
          const float v469 = (v432 + v436);
          const float v470 = (v469 / v437);
          const float v471 = (v432 / v469);
          const float v472 = (-v471);
          const float v473 = log2f(v471);
          const float v474 = (v472 * v473);
          const bool v475 = (v471 > 0.00000000f);
          const float v476 = (v475 ? v474 : 0.00000000f);
          const float v477 = (v436 / v469);
          const float v478 = (-v477);
          const float v479 = log2f(v477);
          const float v480 = (v478 * v479);
          const bool v481 = (v477 > 0.00000000f);
          const float v482 = (v481 ? v480 : 0.00000000f);
          const float v483 = (v476 + v482);
          const bool v484 = (v469 > 0.00000000f);
          const float v485 = (v484 ? v483 : 0.00000000f);
          const float v486 = (v470 * v485);
          const float v487 = (v468 + v486);
          const float v488 = (v451 - v487);
          const bool v489 = (v437 > 0.00000000f);
          const float v490 = (v489 ? v488 : 0.00000000f);
          const float v491 = (u_p_beta * v490);
          const float v492 = (v246 ? v491 : 0.00000000f);
          v348 = (v431 + v492);
        }
        const float v493 = v348;
        float v494 = 0.00000000f;
        if (tabled213) {
          v494 = F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v264) * (uint32_t)(n + 1u)) + adv_u32f(v265)))];
        } else {
          const float v495 = (acc16 - v264);
          const float v496 = (v264 + v495);
          const float v497 = (v496 + 1.00000001e-10f);
          const float v498 = (v264 / v497);
          const float v499 = adv_fmin(adv_fmax(v498, 0.00000000f), 1.00000000f);
          const float v500 = sqrtf(v499);
          const float v501 = adv_asin(v500);
          const float v502 = (v37 - v265);
          const float v503 = (v265 + v502);
          const float v504 = (v503 + 1.00000001e-10f);
          const float v505 = (v265 / v504);
          const float v506 = adv_fmin(adv_fmax(v505, 0.00000000f), 1.00000000f);
          const float v507 = sqrtf(v506);
          const float v508 = adv_asin(v507);
          v494 = (v501 - v508);
        }
        const float v509 = v494;
        const float v510 = ((float)(H[(uint32_t)(u_oh_acc34 + slot)]));
        const float v511 = (v510 / acc22);
        const float v513 = (v511 * v512);
        const float v521 = (v511 + v520);
        const float v522 = (v513 / v521);
        const float v524 = (v523 ? v522 : 0.00000000f);
        const float v525 = ((float)(H[(uint32_t)(u_oh_acc52 + slot)]));
        const float v526 = (v525 / acc24);
        const float v527 = (v526 * v512);
        const float v534 = (v526 + v533);
        const float v535 = (v527 / v534);
        const float v537 = (v536 ? v535 : 0.00000000f);
        const float v538 = (v537 + 0.00000999999975f);
        const float v539 = (v524 / v538);
        const float v540 = (v524 + 0.00000999999975f);
        const float v541 = (v537 / v540);
        const float v542 = (v539 - v541);
        const float v544 = (v543 ? v542 : 0.00000000f);
        const float v545 = (v509 + v544);
        const float v546 = (v493 * v545);
        const float v548 = (v546 / v547);
        const float v549 = (1.00000000f / (1.00000000f + expf((-v548))));
        const float v550 = (v549 - 0.500000000f);
        const float v551 = (v550 * 2.00000000f);
        const float v552 = (v551 * u_p_top);
        v347 = v552;
      } else {
        v347 = 0.00000000f;
      }
      const float v553 = v347;
      v340 = v553;
    } else {
      v340 = 0.00000000f;
    }
    F_v262[slot] = v340;
  }
  // reduce to group %279
  const float v555 = (acc267 / acc17);
  const float v556 = (acc265 + v555);
  const float v558 = (acc272 - acc265);
  const bool v559 = (v558 > 0.00000000f);
  const float v560 = (v559 ? v558 : 1.00000000f);
  float acc279 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v554 = F_v10[row];
    const float v557 = (v554 - v556);
    const float v561 = (v557 / v560);
    const float v562 = (v561 * v561);
    acc279 = (acc279 + v562);
  }
  if ((lid == 0u)) {
    F_v279[g] = acc279;
  }
  const bool v564 = (acc17 > 1.00000000f);
  const float v565 = (v564 ? v556 : 0.00000000f);
  const float v567 = (acc17 - 1.00000000f);
  const float v568 = (acc279 / v567);
  const float v569 = sqrtf(v568);
  const float v570 = (v569 * v560);
  const float v571 = (v564 ? v570 : 1.00000000f);
  const float v572 = (v571 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v563 = F_v10[row];
    const float v566 = (v563 - v565);
    const float v573 = (v566 / v572);
    const bool v574 = (v566 == 0.00000000f);
    const float v575 = (v574 ? 0.00000000f : v573);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw576 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v577 = F_v262[((sw576 != 4294967295u) ? (uint32_t)(sw576 & 2147483647u) : 0u)];
      const float v578 = ((sw576 != 4294967295u) ? v577 : 0.00000000f);
      const float v579 = (v575 + v578);
      const int32_t v580 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v581 = ((float)(v580));
      const float v582 = (v579 * v581);
      const float v583 = v578;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v582;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v583;
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
