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
  float *F_v20;
  float *F_v16;
  float *F_v17;
  float *F_v22;
  float *F_v24;
  float *F_v265;
  float *F_v272;
  float *F_out_0folds;
  float *F_table258;
  float *F_table201;
  float *F_table213;
  float *F_v262;
  float *F_v267;
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
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc28 = R->U.oh_acc28;
  const uint32_t u_oh_acc32 = R->U.oh_acc32;
  const uint32_t u_oh_acc34 = R->U.oh_acc34;
  const uint32_t u_oh_acc52 = R->U.oh_acc52;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v265 = R->F_v265;
  float *const restrict F_v272 = R->F_v272;
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
  float *const restrict F_v267 = R->F_v267;
  float *const restrict F_v279 = R->F_v279;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %10, %20: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc10_0 = 0.00000000f;
    uint32_t acc20_0 = 0u;
    float acc10_1 = 0.00000000f;
    uint32_t acc20_1 = 0u;
    float acc10_2 = 0.00000000f;
    uint32_t acc20_2 = 0u;
    float acc10_3 = 0.00000000f;
    uint32_t acc20_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc10_0 = (acc10_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc20_0 = (uint32_t)(acc20_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc10_1 = (acc10_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc20_1 = (uint32_t)(acc20_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc10_2 = (acc10_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc20_2 = (uint32_t)(acc20_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc10_3 = (acc10_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc20_3 = (uint32_t)(acc20_3 + (uint32_t)(valid_3));
    }
    F_v10[row0] = acc10_0;
    F_v20[row0] = ((float)(acc20_0));
    F_v10[row1] = acc10_1;
    F_v20[row1] = ((float)(acc20_1));
    F_v10[row2] = acc10_2;
    F_v20[row2] = ((float)(acc20_2));
    F_v10[row3] = acc10_3;
    F_v20[row3] = ((float)(acc20_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc10 = 0.00000000f;
    uint32_t acc20 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc10 = (acc10 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc20 = (uint32_t)(acc20 + (uint32_t)(valid));
    }
    F_v10[row] = acc10;
    F_v20[row] = ((float)(acc20));
  }
  // reduce to group %16, %17, %22, %24, %265, %272
  float acc16 = 0.00000000f;
  uint32_t acc17 = 0u;
  float acc22 = 0.00000000f;
  float acc24 = 0.00000000f;
  float acc265 = INFINITY;
  float acc272 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v20[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc16 = (acc16 + v7);
    acc17 = (uint32_t)(acc17 + 1u);
    acc22 = (acc22 + v9);
    acc24 = (acc24 + v10);
    acc265 = adv_fmin(acc265, v5);
    acc272 = adv_fmax(acc272, v5);
  }
  if ((lid == 0u)) {
    F_v16[g] = acc16;
    F_v17[g] = ((float)(acc17));
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
  }
  // key-build tok: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    // half the slots to start with (a key for every other token at a load of 2/3, more than text has): growing from a few rehashes the keys several times
    uint32_t used = adv_umax(adv_umin(cap, 1024u), (uint32_t)(cap >> (1u & 31u)));
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    if (used > 0u) {
      memset(&H[(uint32_t)(u_oh_table_tok + base)], 0, (size_t)used * sizeof *H);
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(size_t)m0 + (size_t)j]));
      const float v13 = F_v10[row];
      const bool v14 = (v13 > 0.00000000f);
      const bool v15 = (!v14);
      uint32_t want = used;
      for (;;) {
        if (((want >= cap) || ((uint32_t)((uint32_t)(nk + u_T) * 3u) <= (uint32_t)(want * 2u)))) {
          break;
        }
        want = (uint32_t)(want * 2u);
      }
      if ((want != used)) {
        if (want > 0u) {
          memset(&H[(uint32_t)(u_oh_table_tok + base)], 0, (size_t)want * sizeof *H);
        }
        used = want;
        for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
          uint32_t x2 = (uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)lbase + (size_t)i] - 1u);
          x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) * 2146121005u);
          x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (15u & 31u))) * 2221713035u);
          uint32_t h2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) & (uint32_t)(used - 1u));
          for (;;) {
            if ((H[(size_t)u_oh_table_tok + (size_t)base + (size_t)h2] == 0u)) {
              break;
            }
            h2 = (uint32_t)((uint32_t)(h2 + 1u) & (uint32_t)(used - 1u));
          }
          H[(size_t)u_oh_table_tok + (size_t)base + (size_t)h2] = (uint32_t)((uint32_t)(lbase + i) + 1u);
        }
      }
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)tt] != 0)) {
          const int32_t v11 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
          const int32_t key = v11;
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
                // a new key takes the group's next row, its values their starting ones
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(size_t)u_oh_keys_tok + (size_t)r] = kk;
                H[(size_t)u_oh_seen_tok + (size_t)r] = 0u;
                H[(size_t)u_oh_acc28 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc32 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc34 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc52 + (size_t)r] = 0u;
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_tok + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const bool first = (H[(size_t)u_oh_seen_tok + (size_t)r] != (uint32_t)(j + 1u));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(size_t)u_oh_seen_tok + (size_t)r] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (2147483648u & (0u - (uint32_t)(first))));
            const bool v12 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a16 = ((uint32_t)(v14) & (0u - (uint32_t)(v12)));
              const uint32_t a17 = ((uint32_t)(v15) & (0u - (uint32_t)(v12)));
              const uint32_t add = (uint32_t)(a16 + a17);
              H[(size_t)(v14 ? u_oh_acc28 : u_oh_acc32) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v14 ? u_oh_acc28 : u_oh_acc32) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
            {
              const uint32_t a18 = (uint32_t)(v14);
              const uint32_t a19 = (uint32_t)(!v14);
              const uint32_t add = (uint32_t)(a18 + a19);
              H[(size_t)(v14 ? u_oh_acc34 : u_oh_acc52) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v14 ? u_oh_acc34 : u_oh_acc52) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_tok + (size_t)g] = nk;
  }
  uint32_t bound28 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v20 = F_v10[row];
    const bool v21 = (v20 > 0.00000000f);
    bound28 = (uint32_t)(bound28 + (uint32_t)(v21));
  }
  uint32_t bound32 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v22 = F_v10[row];
    const bool v23 = (v22 > 0.00000000f);
    const bool v24 = (!v23);
    bound32 = (uint32_t)(bound32 + (uint32_t)(v24));
  }
  const float v32 = (((float)(acc17)) - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled258 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled258) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      const float v27 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v28 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v29 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v28);
      const float v30 = (v27 + v29);
      const float v31 = (v27 + v28);
      const float v33 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v34 = (v31 + v33);
      const float v35 = (v30 - v34);
      const float v36 = adv_fmax(0.00000000f, v35);
      const int32_t v37 = adv_i32f(v36);
      const float v38 = adv_fmin(v27, v29);
      const int32_t v39 = adv_i32f(v38);
      const int32_t lo25 = v37;
      const int32_t hi26 = v39;
      const float v40 = (v29 + 1.00000000f);
      const float v41 = adv_lgamma(v40);
      const float v42 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + 1.00000000f);
      const float v43 = adv_lgamma(v42);
      const float v44 = (v41 - v43);
      const float v45 = (v29 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v46 = (v45 + 1.00000000f);
      const float v47 = adv_lgamma(v46);
      const float v48 = (v44 - v47);
      const float v49 = (v34 - v29);
      const float v50 = (v27 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v51 = (v49 + 1.00000000f);
      const float v52 = adv_lgamma(v51);
      const float v53 = (v50 + 1.00000000f);
      const float v54 = adv_lgamma(v53);
      const float v55 = (v52 - v54);
      const float v56 = (v49 - v50);
      const float v57 = (v56 + 1.00000000f);
      const float v58 = adv_lgamma(v57);
      const float v59 = (v55 - v58);
      const float v60 = (v48 + v59);
      const float v61 = (v34 + 1.00000000f);
      const float v62 = adv_lgamma(v61);
      const float v63 = (v27 + 1.00000000f);
      const float v64 = adv_lgamma(v63);
      const float v65 = (v62 - v64);
      const float v66 = (v34 - v27);
      const float v67 = (v66 + 1.00000000f);
      const float v68 = adv_lgamma(v67);
      const float v69 = (v65 - v68);
      const float v70 = (v60 - v69);
      const float v71 = (v70 + 0.00000999999975f);
      float fold73 = 0.00000000f;
      if ((hi26 >= lo25)) {
        if (((uint32_t)(((uint32_t)(hi26)) - ((uint32_t)(lo25))) < 1048576u)) {
          for (uint32_t n95 = 0u; (n95 <= (uint32_t)(((uint32_t)(hi26)) - ((uint32_t)(lo25)))); n95 = (uint32_t)(n95 + 1u)) {
            const int32_t k72 = ((int32_t)((uint32_t)(((uint32_t)(lo25)) + n95)));
            const float v74 = ((float)(k72));
            const float v75 = (v74 + 1.00000000f);
            const float v76 = adv_lgamma(v75);
            const float v77 = (v41 - v76);
            const float v78 = (v29 - v74);
            const float v79 = (v78 + 1.00000000f);
            const float v80 = adv_lgamma(v79);
            const float v81 = (v77 - v80);
            const float v82 = (v27 - v74);
            const float v83 = (v82 + 1.00000000f);
            const float v84 = adv_lgamma(v83);
            const float v85 = (v52 - v84);
            const float v86 = (v49 - v82);
            const float v87 = (v86 + 1.00000000f);
            const float v88 = adv_lgamma(v87);
            const float v89 = (v85 - v88);
            const float v90 = (v81 + v89);
            const float v91 = (v90 - v69);
            const float v92 = expf(v91);
            const bool v93 = (v91 <= v71);
            const float v94 = (v93 ? v92 : 0.00000000f);
            fold73 = (fold73 + v94);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v96 = fold73;
      F_table258[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v96;
    }
  }
  const bool v97 = (u_p_alpha != 0.00000000f);
  const bool v241 = (u_p_beta != 0.00000000f);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled201 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled201) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      float v98 = 0.00000000f;
      if (v97) {
        const float v99 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
        const float v100 = (v99 + ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
        const float v101 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
        const float v102 = (v100 + v101);
        const float v103 = (v99 + v101);
        const float v104 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
        const float v105 = (v103 + v104);
        const float v106 = (v102 - v105);
        const float v107 = adv_fmax(0.00000000f, v106);
        const float v108 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v101);
        const float v109 = adv_fmin(v99, v108);
        const bool v110 = (v107 == v109);
        float v111 = 0.00000000f;
        if (v110) {
          v111 = 0.00000000f;
        } else {
          const float v114 = (v99 + v108);
          const float v115 = (v114 - v105);
          const float v116 = adv_fmax(0.00000000f, v115);
          const int32_t v117 = adv_i32f(v116);
          const int32_t v118 = adv_i32f(v109);
          const int32_t lo112 = v117;
          const int32_t hi113 = v118;
          const float v119 = (v108 + 1.00000000f);
          const float v120 = adv_lgamma(v119);
          const float v121 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + 1.00000000f);
          const float v122 = adv_lgamma(v121);
          const float v123 = (v120 - v122);
          const float v124 = (v108 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
          const float v125 = (v124 + 1.00000000f);
          const float v126 = adv_lgamma(v125);
          const float v127 = (v123 - v126);
          const float v128 = (v105 - v108);
          const float v129 = (v99 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
          const float v130 = (v128 + 1.00000000f);
          const float v131 = adv_lgamma(v130);
          const float v132 = (v129 + 1.00000000f);
          const float v133 = adv_lgamma(v132);
          const float v134 = (v131 - v133);
          const float v135 = (v128 - v129);
          const float v136 = (v135 + 1.00000000f);
          const float v137 = adv_lgamma(v136);
          const float v138 = (v134 - v137);
          const float v139 = (v127 + v138);
          const float v140 = (v105 + 1.00000000f);
          const float v141 = adv_lgamma(v140);
          const float v142 = (v99 + 1.00000000f);
          const float v143 = adv_lgamma(v142);
          const float v144 = (v141 - v143);
          const float v145 = (v105 - v99);
          const float v146 = (v145 + 1.00000000f);
          const float v147 = adv_lgamma(v146);
          const float v148 = (v144 - v147);
          const float v149 = (v139 - v148);
          const float v150 = (v149 + 0.00000999999975f);
          float fold152 = 0.00000000f;
          if ((hi113 >= lo112)) {
            if (((uint32_t)(((uint32_t)(hi113)) - ((uint32_t)(lo112))) < 1048576u)) {
              for (uint32_t n174 = 0u; (n174 <= (uint32_t)(((uint32_t)(hi113)) - ((uint32_t)(lo112)))); n174 = (uint32_t)(n174 + 1u)) {
                const int32_t k151 = ((int32_t)((uint32_t)(((uint32_t)(lo112)) + n174)));
                const float v153 = ((float)(k151));
                const float v154 = (v153 + 1.00000000f);
                const float v155 = adv_lgamma(v154);
                const float v156 = (v120 - v155);
                const float v157 = (v108 - v153);
                const float v158 = (v157 + 1.00000000f);
                const float v159 = adv_lgamma(v158);
                const float v160 = (v156 - v159);
                const float v161 = (v99 - v153);
                const float v162 = (v161 + 1.00000000f);
                const float v163 = adv_lgamma(v162);
                const float v164 = (v131 - v163);
                const float v165 = (v128 - v161);
                const float v166 = (v165 + 1.00000000f);
                const float v167 = adv_lgamma(v166);
                const float v168 = (v164 - v167);
                const float v169 = (v160 + v168);
                const float v170 = (v169 - v148);
                const float v171 = expf(v170);
                const bool v172 = (v170 <= v150);
                const float v173 = (v172 ? v171 : 0.00000000f);
                fold152 = (fold152 + v173);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v175 = fold152;
          const float v176 = ((-2.00000000f) * v175);
          const float v177 = expf(v176);
          v111 = v177;
        }
        const float v178 = v111;
        const float v179 = (u_p_alpha * v178);
        v98 = v179;
      } else {
        v98 = 0.00000000f;
      }
      const float v180 = v98;
      const float v181 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v182 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v181);
      const float v183 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v184 = (v183 + v181);
      const float v185 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v186 = (v184 + v185);
      const float v187 = (v182 / v186);
      const float v188 = (-v187);
      const float v189 = log2f(v187);
      const float v190 = (v188 * v189);
      const bool v191 = (v187 > 0.00000000f);
      const float v192 = (v191 ? v190 : 0.00000000f);
      const float v193 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) + v185);
      const float v194 = (v193 / v186);
      const float v195 = (-v194);
      const float v196 = log2f(v194);
      const float v197 = (v195 * v196);
      const bool v198 = (v194 > 0.00000000f);
      const float v199 = (v198 ? v197 : 0.00000000f);
      const float v200 = (v192 + v199);
      const float v201 = (v183 / v186);
      const float v202 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) / v183);
      const float v203 = (-v202);
      const float v204 = log2f(v202);
      const float v205 = (v203 * v204);
      const bool v206 = (v202 > 0.00000000f);
      const float v207 = (v206 ? v205 : 0.00000000f);
      const float v208 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) / v183);
      const float v209 = (-v208);
      const float v210 = log2f(v208);
      const float v211 = (v209 * v210);
      const bool v212 = (v208 > 0.00000000f);
      const float v213 = (v212 ? v211 : 0.00000000f);
      const float v214 = (v207 + v213);
      const bool v215 = (v183 > 0.00000000f);
      const float v216 = (v215 ? v214 : 0.00000000f);
      const float v217 = (v201 * v216);
      const float v218 = (v181 + v185);
      const float v219 = (v218 / v186);
      const float v220 = (v181 / v218);
      const float v221 = (-v220);
      const float v222 = log2f(v220);
      const float v223 = (v221 * v222);
      const bool v224 = (v220 > 0.00000000f);
      const float v225 = (v224 ? v223 : 0.00000000f);
      const float v226 = (v185 / v218);
      const float v227 = (-v226);
      const float v228 = log2f(v226);
      const float v229 = (v227 * v228);
      const bool v230 = (v226 > 0.00000000f);
      const float v231 = (v230 ? v229 : 0.00000000f);
      const float v232 = (v225 + v231);
      const bool v233 = (v218 > 0.00000000f);
      const float v234 = (v233 ? v232 : 0.00000000f);
      const float v235 = (v219 * v234);
      const float v236 = (v217 + v235);
      const float v237 = (v200 - v236);
      const bool v238 = (v186 > 0.00000000f);
      const float v239 = (v238 ? v237 : 0.00000000f);
      const float v240 = (u_p_beta * v239);
      const float v242 = (v241 ? v240 : 0.00000000f);
      const float v243 = (v180 + v242);
      F_table201[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v243;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled213 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled213) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      const float v244 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v245 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v244);
      const float v246 = (v245 + 1.00000001e-10f);
      const float v247 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) / v246);
      const float v248 = adv_fmin(adv_fmax(v247, 0.00000000f), 1.00000000f);
      const float v249 = sqrtf(v248);
      const float v250 = adv_asin(v249);
      const float v251 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v252 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) + v251);
      const float v253 = (v252 + 1.00000001e-10f);
      const float v254 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) / v253);
      const float v255 = adv_fmin(adv_fmax(v254, 0.00000000f), 1.00000000f);
      const float v256 = sqrtf(v255);
      const float v257 = adv_asin(v256);
      const float v258 = (v250 - v257);
      F_table213[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v258;
    }
  }
  const float v333 = (u_p_p_crit * 0.999989986f);
  const bool v336 = (acc16 > 0.00000000f);
  const bool v337 = (v32 > 0.00000000f);
  const bool v338 = (v336 && v337);
  const float v507 = (u_p_bm25_k1 + 1.00000000f);
  const float v509 = (1.00000000f - u_p_bm25_b);
  const float v510 = (u_p_bm25_b * acc22);
  const float v511 = (acc22 + acc24);
  const float v512 = (v511 / 2.00000000f);
  const float v513 = (v510 / v512);
  const float v514 = (v509 + v513);
  const float v515 = (u_p_bm25_k1 * v514);
  const bool v518 = (acc22 > 0.00000000f);
  const float v523 = (u_p_bm25_b * acc24);
  const float v524 = (acc24 + acc22);
  const float v525 = (v524 / 2.00000000f);
  const float v526 = (v523 / v525);
  const float v527 = (v509 + v526);
  const float v528 = (u_p_bm25_k1 * v527);
  const bool v531 = (acc24 > 0.00000000f);
  const bool v538 = (u_p_gamma != 0.00000000f);
  const float v542 = (u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const uint32_t nkeys262 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys262); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v259 = ((float)(H[(size_t)u_oh_acc28 + (size_t)slot]));
    const float v260 = ((float)(H[(size_t)u_oh_acc32 + (size_t)slot]));
    float v261 = 0.00000000f;
    if (tabled258) {
      v261 = F_table258[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v259) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v260)];
    } else {
      const float v264 = (v259 + v260);
      const float v265 = (acc16 - v259);
      const float v266 = (v259 + v265);
      const float v267 = (v264 + v266);
      const float v268 = (v264 + v265);
      const float v269 = (v32 - v260);
      const float v270 = (v268 + v269);
      const float v271 = (v267 - v270);
      const float v272 = adv_fmax(0.00000000f, v271);
      const int32_t v273 = adv_i32f(v272);
      const float v274 = adv_fmin(v264, v266);
      const int32_t v275 = adv_i32f(v274);
      const int32_t lo262 = v273;
      const int32_t hi263 = v275;
      const float v276 = (v266 + 1.00000000f);
      const float v277 = adv_lgamma(v276);
      const float v278 = (v259 + 1.00000000f);
      const float v279 = adv_lgamma(v278);
      const float v280 = (v277 - v279);
      const float v281 = (v266 - v259);
      const float v282 = (v281 + 1.00000000f);
      const float v283 = adv_lgamma(v282);
      const float v284 = (v280 - v283);
      const float v285 = (v270 - v266);
      const float v286 = (v264 - v259);
      const float v287 = (v285 + 1.00000000f);
      const float v288 = adv_lgamma(v287);
      const float v289 = (v286 + 1.00000000f);
      const float v290 = adv_lgamma(v289);
      const float v291 = (v288 - v290);
      const float v292 = (v285 - v286);
      const float v293 = (v292 + 1.00000000f);
      const float v294 = adv_lgamma(v293);
      const float v295 = (v291 - v294);
      const float v296 = (v284 + v295);
      const float v297 = (v270 + 1.00000000f);
      const float v298 = adv_lgamma(v297);
      const float v299 = (v264 + 1.00000000f);
      const float v300 = adv_lgamma(v299);
      const float v301 = (v298 - v300);
      const float v302 = (v270 - v264);
      const float v303 = (v302 + 1.00000000f);
      const float v304 = adv_lgamma(v303);
      const float v305 = (v301 - v304);
      const float v306 = (v296 - v305);
      const float v307 = (v306 + 0.00000999999975f);
      float fold309 = 0.00000000f;
      if ((hi263 >= lo262)) {
        if (((uint32_t)(((uint32_t)(hi263)) - ((uint32_t)(lo262))) < 1048576u)) {
          for (uint32_t n331 = 0u; (n331 <= (uint32_t)(((uint32_t)(hi263)) - ((uint32_t)(lo262)))); n331 = (uint32_t)(n331 + 1u)) {
            const int32_t k308 = ((int32_t)((uint32_t)(((uint32_t)(lo262)) + n331)));
            const float v310 = ((float)(k308));
            const float v311 = (v310 + 1.00000000f);
            const float v312 = adv_lgamma(v311);
            const float v313 = (v277 - v312);
            const float v314 = (v266 - v310);
            const float v315 = (v314 + 1.00000000f);
            const float v316 = adv_lgamma(v315);
            const float v317 = (v313 - v316);
            const float v318 = (v264 - v310);
            const float v319 = (v318 + 1.00000000f);
            const float v320 = adv_lgamma(v319);
            const float v321 = (v288 - v320);
            const float v322 = (v285 - v318);
            const float v323 = (v322 + 1.00000000f);
            const float v324 = adv_lgamma(v323);
            const float v325 = (v321 - v324);
            const float v326 = (v317 + v325);
            const float v327 = (v326 - v305);
            const float v328 = expf(v327);
            const bool v329 = (v327 <= v307);
            const float v330 = (v329 ? v328 : 0.00000000f);
            fold309 = (fold309 + v330);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      v261 = fold309;
    }
    const float v332 = v261;
    const bool v334 = (v332 < v333);
    float v335 = 0.00000000f;
    if (v334) {
      const int32_t v339 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
      const bool v340 = (v339 != u_p_zero_token_id);
      const bool v341 = (v338 && v340);
      float v342 = 0.00000000f;
      if (v341) {
        float v343 = 0.00000000f;
        if (tabled201) {
          v343 = F_table201[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v259) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v260)];
        } else {
          float v344 = 0.00000000f;
          if (v97) {
            const float v345 = (v259 + v260);
            const float v346 = (v345 + v259);
            const float v347 = (acc16 - v259);
            const float v348 = (v346 + v347);
            const float v349 = (v345 + v347);
            const float v350 = (v32 - v260);
            const float v351 = (v349 + v350);
            const float v352 = (v348 - v351);
            const float v353 = adv_fmax(0.00000000f, v352);
            const float v354 = (v259 + v347);
            const float v355 = adv_fmin(v345, v354);
            const bool v356 = (v353 == v355);
            float v357 = 0.00000000f;
            if (v356) {
              v357 = 0.00000000f;
            } else {
              const float v360 = (v345 + v354);
              const float v361 = (v360 - v351);
              const float v362 = adv_fmax(0.00000000f, v361);
              const int32_t v363 = adv_i32f(v362);
              const int32_t v364 = adv_i32f(v355);
              const int32_t lo358 = v363;
              const int32_t hi359 = v364;
              const float v365 = (v354 + 1.00000000f);
              const float v366 = adv_lgamma(v365);
              const float v367 = (v259 + 1.00000000f);
              const float v368 = adv_lgamma(v367);
              const float v369 = (v366 - v368);
              const float v370 = (v354 - v259);
              const float v371 = (v370 + 1.00000000f);
              const float v372 = adv_lgamma(v371);
              const float v373 = (v369 - v372);
              const float v374 = (v351 - v354);
              const float v375 = (v345 - v259);
              const float v376 = (v374 + 1.00000000f);
              const float v377 = adv_lgamma(v376);
              const float v378 = (v375 + 1.00000000f);
              const float v379 = adv_lgamma(v378);
              const float v380 = (v377 - v379);
              const float v381 = (v374 - v375);
              const float v382 = (v381 + 1.00000000f);
              const float v383 = adv_lgamma(v382);
              const float v384 = (v380 - v383);
              const float v385 = (v373 + v384);
              const float v386 = (v351 + 1.00000000f);
              const float v387 = adv_lgamma(v386);
              const float v388 = (v345 + 1.00000000f);
              const float v389 = adv_lgamma(v388);
              const float v390 = (v387 - v389);
              const float v391 = (v351 - v345);
              const float v392 = (v391 + 1.00000000f);
              const float v393 = adv_lgamma(v392);
              const float v394 = (v390 - v393);
              const float v395 = (v385 - v394);
              const float v396 = (v395 + 0.00000999999975f);
              float fold398 = 0.00000000f;
              if ((hi359 >= lo358)) {
                if (((uint32_t)(((uint32_t)(hi359)) - ((uint32_t)(lo358))) < 1048576u)) {
                  for (uint32_t n420 = 0u; (n420 <= (uint32_t)(((uint32_t)(hi359)) - ((uint32_t)(lo358)))); n420 = (uint32_t)(n420 + 1u)) {
                    const int32_t k397 = ((int32_t)((uint32_t)(((uint32_t)(lo358)) + n420)));
                    const float v399 = ((float)(k397));
                    const float v400 = (v399 + 1.00000000f);
                    const float v401 = adv_lgamma(v400);
                    const float v402 = (v366 - v401);
                    const float v403 = (v354 - v399);
                    const float v404 = (v403 + 1.00000000f);
                    const float v405 = adv_lgamma(v404);
                    const float v406 = (v402 - v405);
                    const float v407 = (v345 - v399);
                    const float v408 = (v407 + 1.00000000f);
                    const float v409 = adv_lgamma(v408);
                    const float v410 = (v377 - v409);
                    const float v411 = (v374 - v407);
                    const float v412 = (v411 + 1.00000000f);
                    const float v413 = adv_lgamma(v412);
                    const float v414 = (v410 - v413);
                    const float v415 = (v406 + v414);
                    const float v416 = (v415 - v394);
                    const float v417 = expf(v416);
                    const bool v418 = (v416 <= v396);
                    const float v419 = (v418 ? v417 : 0.00000000f);
                    fold398 = (fold398 + v419);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
                }
              }
              const float v421 = fold398;
              const float v422 = ((-2.00000000f) * v421);
              const float v423 = expf(v422);
              v357 = v423;
            }
            const float v424 = v357;
            const float v425 = (u_p_alpha * v424);
            v344 = v425;
          } else {
            v344 = 0.00000000f;
          }
          const float v426 = v344;
          const float v427 = (acc16 - v259);
          const float v428 = (v259 + v427);
          const float v429 = (v259 + v260);
          const float v430 = (v429 + v427);
          const float v431 = (v32 - v260);
          const float v432 = (v430 + v431);
          const float v433 = (v428 / v432);
          const float v434 = (-v433);
          const float v435 = log2f(v433);
          const float v436 = (v434 * v435);
          const bool v437 = (v433 > 0.00000000f);
          const float v438 = (v437 ? v436 : 0.00000000f);
          const float v439 = (v260 + v431);
          const float v440 = (v439 / v432);
          const float v441 = (-v440);
          const float v442 = log2f(v440);
          const float v443 = (v441 * v442);
          const bool v444 = (v440 > 0.00000000f);
          const float v445 = (v444 ? v443 : 0.00000000f);
          const float v446 = (v438 + v445);
          const float v447 = (v429 / v432);
          const float v448 = (v259 / v429);
          const float v449 = (-v448);
          const float v450 = log2f(v448);
          const float v451 = (v449 * v450);
          const bool v452 = (v448 > 0.00000000f);
          const float v453 = (v452 ? v451 : 0.00000000f);
          const float v454 = (v260 / v429);
          const float v455 = (-v454);
          const float v456 = log2f(v454);
          const float v457 = (v455 * v456);
          const bool v458 = (v454 > 0.00000000f);
          const float v459 = (v458 ? v457 : 0.00000000f);
          const float v460 = (v453 + v459);
          const bool v461 = (v429 > 0.00000000f);
          const float v462 = (v461 ? v460 : 0.00000000f);
          const float v463 = (v447 * v462);
          const float v464 = (v427 + v431);
          const float v465 = (v464 / v432);
          const float v466 = (v427 / v464);
          const float v467 = (-v466);
          const float v468 = log2f(v466);
          const float v469 = (v467 * v468);
          const bool v470 = (v466 > 0.00000000f);
          const float v471 = (v470 ? v469 : 0.00000000f);
          const float v472 = (v431 / v464);
          const float v473 = (-v472);
          const float v474 = log2f(v472);
          const float v475 = (v473 * v474);
          const bool v476 = (v472 > 0.00000000f);
          const float v477 = (v476 ? v475 : 0.00000000f);
          const float v478 = (v471 + v477);
          const bool v479 = (v464 > 0.00000000f);
          const float v480 = (v479 ? v478 : 0.00000000f);
          const float v481 = (v465 * v480);
          const float v482 = (v463 + v481);
          const float v483 = (v446 - v482);
          const bool v484 = (v432 > 0.00000000f);
          const float v485 = (v484 ? v483 : 0.00000000f);
          const float v486 = (u_p_beta * v485);
          const float v487 = (v241 ? v486 : 0.00000000f);
          v343 = (v426 + v487);
        }
        const float v488 = v343;
        float v489 = 0.00000000f;
        if (tabled213) {
          v489 = F_table213[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v259) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v260)];
        } else {
          const float v490 = (acc16 - v259);
          const float v491 = (v259 + v490);
          const float v492 = (v491 + 1.00000001e-10f);
          const float v493 = (v259 / v492);
          const float v494 = adv_fmin(adv_fmax(v493, 0.00000000f), 1.00000000f);
          const float v495 = sqrtf(v494);
          const float v496 = adv_asin(v495);
          const float v497 = (v32 - v260);
          const float v498 = (v260 + v497);
          const float v499 = (v498 + 1.00000001e-10f);
          const float v500 = (v260 / v499);
          const float v501 = adv_fmin(adv_fmax(v500, 0.00000000f), 1.00000000f);
          const float v502 = sqrtf(v501);
          const float v503 = adv_asin(v502);
          v489 = (v496 - v503);
        }
        const float v504 = v489;
        const float v505 = ((float)(H[(size_t)u_oh_acc34 + (size_t)slot]));
        const float v506 = (v505 / acc22);
        const float v508 = (v506 * v507);
        const float v516 = (v506 + v515);
        const float v517 = (v508 / v516);
        const float v519 = (v518 ? v517 : 0.00000000f);
        const float v520 = ((float)(H[(size_t)u_oh_acc52 + (size_t)slot]));
        const float v521 = (v520 / acc24);
        const float v522 = (v521 * v507);
        const float v529 = (v521 + v528);
        const float v530 = (v522 / v529);
        const float v532 = (v531 ? v530 : 0.00000000f);
        const float v533 = (v532 + 0.00000999999975f);
        const float v534 = (v519 / v533);
        const float v535 = (v519 + 0.00000999999975f);
        const float v536 = (v532 / v535);
        const float v537 = (v534 - v536);
        const float v539 = (v538 ? v537 : 0.00000000f);
        const float v540 = (v504 + v539);
        const float v541 = (v488 * v540);
        const float v543 = (v541 / v542);
        const float v544 = (1.00000000f / (1.00000000f + expf((-v543))));
        const float v545 = (v544 - 0.500000000f);
        const float v546 = (v545 * 2.00000000f);
        const float v547 = (v546 * u_p_top);
        v342 = v547;
      } else {
        v342 = 0.00000000f;
      }
      const float v548 = v342;
      v335 = v548;
    } else {
      v335 = 0.00000000f;
    }
    F_v262[slot] = v335;
  }
  // reduce to group %267
  float acc267 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v549 = F_v10[row];
    const float v550 = (v549 - acc265);
    acc267 = (acc267 + v550);
  }
  if ((lid == 0u)) {
    F_v267[g] = acc267;
  }
  // reduce to group %279
  const float v552 = (acc267 / ((float)(acc17)));
  const float v553 = (acc265 + v552);
  const float v555 = (acc272 - acc265);
  const bool v556 = (v555 > 0.00000000f);
  const float v557 = (v556 ? v555 : 1.00000000f);
  float acc279 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v551 = F_v10[row];
    const float v554 = (v551 - v553);
    const float v558 = (v554 / v557);
    const float v559 = (v558 * v558);
    acc279 = (acc279 + v559);
  }
  if ((lid == 0u)) {
    F_v279[g] = acc279;
  }
  const bool v561 = (((float)(acc17)) > 1.00000000f);
  const float v562 = (v561 ? v553 : 0.00000000f);
  const float v564 = (((float)(acc17)) - 1.00000000f);
  const float v565 = (acc279 / v564);
  const float v566 = sqrtf(v565);
  const float v567 = (v566 * v557);
  const float v568 = (v561 ? v567 : 1.00000000f);
  const float v569 = (v568 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v560 = F_v10[row];
    const float v563 = (v560 - v562);
    const float v570 = (v563 / v569);
    const bool v571 = (v563 == 0.00000000f);
    const float v572 = (v571 ? 0.00000000f : v570);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw573 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v574 = F_v262[((uint32_t)(sw573 & 2147483647u) & (0u - (uint32_t)((sw573 != 4294967295u))))];
      const float v575 = ((sw573 != 4294967295u) ? v574 : 0.00000000f);
      const float v576 = (v572 + v575);
      const int32_t v577 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v578 = ((float)(v577));
      const float v579 = (v576 * v578);
      const float v580 = v575;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v579;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v580;
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
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_v20 = adv_element(env, argv[1], 2, &n);
  run.F_v16 = adv_element(env, argv[1], 3, &n);
  run.F_v17 = adv_element(env, argv[1], 4, &n);
  run.F_v22 = adv_element(env, argv[1], 5, &n);
  run.F_v24 = adv_element(env, argv[1], 6, &n);
  run.F_v265 = adv_element(env, argv[1], 7, &n);
  run.F_v272 = adv_element(env, argv[1], 8, &n);
  run.F_out_0folds = adv_element(env, argv[1], 9, &n);
  run.F_table258 = adv_element(env, argv[1], 10, &n);
  run.F_table201 = adv_element(env, argv[1], 11, &n);
  run.F_table213 = adv_element(env, argv[1], 12, &n);
  run.F_v262 = adv_element(env, argv[1], 13, &n);
  run.F_v267 = adv_element(env, argv[1], 14, &n);
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
