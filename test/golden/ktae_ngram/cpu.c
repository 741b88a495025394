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
  float *F_v45;
  float *F_v41;
  float *F_v42;
  float *F_v47;
  float *F_v49;
  float *F_v263;
  float *F_v270;
  float *F_out_0folds;
  float *F_table226;
  float *F_table238;
  float *F_v260;
  float *F_v265;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v41 = R->F_v41;
  float *const restrict F_v42 = R->F_v42;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v49 = R->F_v49;
  float *const restrict F_v263 = R->F_v263;
  float *const restrict F_v270 = R->F_v270;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table226 = R->F_table226;
  float *const restrict F_table238 = R->F_table238;
  float *const restrict F_v260 = R->F_v260;
  float *const restrict F_v265 = R->F_v265;
  float *const restrict F_v277 = R->F_v277;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %10, %45: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc10_0 = 0.00000000f;
    uint32_t acc45_0 = 0u;
    float acc10_1 = 0.00000000f;
    uint32_t acc45_1 = 0u;
    float acc10_2 = 0.00000000f;
    uint32_t acc45_2 = 0u;
    float acc10_3 = 0.00000000f;
    uint32_t acc45_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc10_0 = (acc10_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc45_0 = (uint32_t)(acc45_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc10_1 = (acc10_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc45_1 = (uint32_t)(acc45_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc10_2 = (acc10_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc45_2 = (uint32_t)(acc45_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc10_3 = (acc10_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc45_3 = (uint32_t)(acc45_3 + (uint32_t)(valid_3));
    }
    F_v10[row0] = acc10_0;
    F_v45[row0] = ((float)(acc45_0));
    F_v10[row1] = acc10_1;
    F_v45[row1] = ((float)(acc45_1));
    F_v10[row2] = acc10_2;
    F_v45[row2] = ((float)(acc45_2));
    F_v10[row3] = acc10_3;
    F_v45[row3] = ((float)(acc45_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc10 = 0.00000000f;
    uint32_t acc45 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc10 = (acc10 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc45 = (uint32_t)(acc45 + (uint32_t)(valid));
    }
    F_v10[row] = acc10;
    F_v45[row] = ((float)(acc45));
  }
  // reduce to group %41, %42, %47, %49, %263, %270
  float acc41 = 0.00000000f;
  uint32_t acc42 = 0u;
  float acc47 = 0.00000000f;
  float acc49 = 0.00000000f;
  float acc263 = INFINITY;
  float acc270 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v45[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc41 = (acc41 + v7);
    acc42 = (uint32_t)(acc42 + 1u);
    acc47 = (acc47 + v9);
    acc49 = (acc49 + v10);
    acc263 = adv_fmin(acc263, v5);
    acc270 = adv_fmax(acc270, v5);
  }
  if ((lid == 0u)) {
    F_v41[g] = acc41;
    F_v42[g] = ((float)(acc42));
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v263[g] = acc263;
    F_v270[g] = acc270;
  }
  const bool v27 = (u_p_n == 3);
  const bool v29 = (u_p_n == 2);
  const bool v31 = (u_p_n <= 1);
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
      const float v36 = F_v10[row];
      const bool v37 = (v36 > 0.00000000f);
      const bool v38 = (!v37);
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
          const int32_t v11 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-3)), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
          const int32_t v12 = ((((int32_t)(t + (-3)) >= 0) && ((int32_t)(t + (-3)) < ((int32_t)(u_T)))) ? v11 : 0);
          const int32_t v13 = (int32_t)(v12 * 1000003);
          const int32_t v14 = (int32_t)(v13 * 1000003);
          const int32_t v15 = (int32_t)(v14 * 1000003);
          const int32_t v16 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-2)), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
          const int32_t v17 = ((((int32_t)(t + (-2)) >= 0) && ((int32_t)(t + (-2)) < ((int32_t)(u_T)))) ? v16 : 0);
          const int32_t v18 = (int32_t)(v17 * 1000003);
          const int32_t v19 = (int32_t)(v18 * 1000003);
          const int32_t v20 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-1)), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
          const int32_t v21 = ((((int32_t)(t + (-1)) >= 0) && ((int32_t)(t + (-1)) < ((int32_t)(u_T)))) ? v20 : 0);
          const int32_t v22 = (int32_t)(v21 * 1000003);
          const int32_t v23 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
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
                H[(size_t)u_oh_acc53 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc57 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc59 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc77 + (size_t)r] = 0u;
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
            const bool v35 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a39 = ((uint32_t)(v37) & (0u - (uint32_t)(v35)));
              const uint32_t a40 = ((uint32_t)(v38) & (0u - (uint32_t)(v35)));
              const uint32_t add = (uint32_t)(a39 + a40);
              H[(size_t)(v37 ? u_oh_acc53 : u_oh_acc57) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v37 ? u_oh_acc53 : u_oh_acc57) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
            {
              const uint32_t a41 = (uint32_t)(v37);
              const uint32_t a42 = (uint32_t)(!v37);
              const uint32_t add = (uint32_t)(a41 + a42);
              H[(size_t)(v37 ? u_oh_acc59 : u_oh_acc77) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v37 ? u_oh_acc59 : u_oh_acc77) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_tok + (size_t)g] = nk;
  }
  uint32_t bound53 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v43 = F_v10[row];
    const bool v44 = (v43 > 0.00000000f);
    bound53 = (uint32_t)(bound53 + (uint32_t)(v44));
  }
  uint32_t bound57 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v45 = F_v10[row];
    const bool v46 = (v45 > 0.00000000f);
    const bool v47 = (!v46);
    bound57 = (uint32_t)(bound57 + (uint32_t)(v47));
  }
  const bool v48 = (u_p_alpha != 0.00000000f);
  const float v55 = (((float)(acc42)) - acc41);
  const bool v193 = (u_p_beta != 0.00000000f);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled226 = ((uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled226) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u))); i = (uint32_t)(i + WG)) {
      float v49 = 0.00000000f;
      if (v48) {
        const float v50 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
        const float v51 = (v50 + ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
        const float v52 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
        const float v53 = (v51 + v52);
        const float v54 = (v50 + v52);
        const float v56 = (v55 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
        const float v57 = (v54 + v56);
        const float v58 = (v53 - v57);
        const float v59 = adv_fmax(0.00000000f, v58);
        const float v60 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v52);
        const float v61 = adv_fmin(v50, v60);
        const bool v62 = (v59 == v61);
        float v63 = 0.00000000f;
        if (v62) {
          v63 = 0.00000000f;
        } else {
          const float v66 = (v50 + v60);
          const float v67 = (v66 - v57);
          const float v68 = adv_fmax(0.00000000f, v67);
          const int32_t v69 = adv_i32f(v68);
          const int32_t v70 = adv_i32f(v61);
          const int32_t lo64 = v69;
          const int32_t hi65 = v70;
          const float v71 = (v60 + 1.00000000f);
          const float v72 = adv_lgamma(v71);
          const float v73 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + 1.00000000f);
          const float v74 = adv_lgamma(v73);
          const float v75 = (v72 - v74);
          const float v76 = (v60 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
          const float v77 = (v76 + 1.00000000f);
          const float v78 = adv_lgamma(v77);
          const float v79 = (v75 - v78);
          const float v80 = (v57 - v60);
          const float v81 = (v50 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
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
          const float v92 = (v57 + 1.00000000f);
          const float v93 = adv_lgamma(v92);
          const float v94 = (v50 + 1.00000000f);
          const float v95 = adv_lgamma(v94);
          const float v96 = (v93 - v95);
          const float v97 = (v57 - v50);
          const float v98 = (v97 + 1.00000000f);
          const float v99 = adv_lgamma(v98);
          const float v100 = (v96 - v99);
          const float v101 = (v91 - v100);
          const float v102 = (v101 + 0.00000999999975f);
          float fold104 = 0.00000000f;
          if ((hi65 >= lo64)) {
            if (((uint32_t)(((uint32_t)(hi65)) - ((uint32_t)(lo64))) < 1048576u)) {
              for (uint32_t n126 = 0u; (n126 <= (uint32_t)(((uint32_t)(hi65)) - ((uint32_t)(lo64)))); n126 = (uint32_t)(n126 + 1u)) {
                const int32_t k103 = ((int32_t)((uint32_t)(((uint32_t)(lo64)) + n126)));
                const float v105 = ((float)(k103));
                const float v106 = (v105 + 1.00000000f);
                const float v107 = adv_lgamma(v106);
                const float v108 = (v72 - v107);
                const float v109 = (v60 - v105);
                const float v110 = (v109 + 1.00000000f);
                const float v111 = adv_lgamma(v110);
                const float v112 = (v108 - v111);
                const float v113 = (v50 - v105);
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
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v127 = fold104;
          const float v128 = ((-2.00000000f) * v127);
          const float v129 = expf(v128);
          v63 = v129;
        }
        const float v130 = v63;
        const float v131 = (u_p_alpha * v130);
        v49 = v131;
      } else {
        v49 = 0.00000000f;
      }
      const float v132 = v49;
      const float v133 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
      const float v134 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v133);
      const float v135 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v136 = (v135 + v133);
      const float v137 = (v55 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v138 = (v136 + v137);
      const float v139 = (v134 / v138);
      const float v140 = (-v139);
      const float v141 = log2f(v139);
      const float v142 = (v140 * v141);
      const bool v143 = (v139 > 0.00000000f);
      const float v144 = (v143 ? v142 : 0.00000000f);
      const float v145 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) + v137);
      const float v146 = (v145 / v138);
      const float v147 = (-v146);
      const float v148 = log2f(v146);
      const float v149 = (v147 * v148);
      const bool v150 = (v146 > 0.00000000f);
      const float v151 = (v150 ? v149 : 0.00000000f);
      const float v152 = (v144 + v151);
      const float v153 = (v135 / v138);
      const float v154 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) / v135);
      const float v155 = (-v154);
      const float v156 = log2f(v154);
      const float v157 = (v155 * v156);
      const bool v158 = (v154 > 0.00000000f);
      const float v159 = (v158 ? v157 : 0.00000000f);
      const float v160 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) / v135);
      const float v161 = (-v160);
      const float v162 = log2f(v160);
      const float v163 = (v161 * v162);
      const bool v164 = (v160 > 0.00000000f);
      const float v165 = (v164 ? v163 : 0.00000000f);
      const float v166 = (v159 + v165);
      const bool v167 = (v135 > 0.00000000f);
      const float v168 = (v167 ? v166 : 0.00000000f);
      const float v169 = (v153 * v168);
      const float v170 = (v133 + v137);
      const float v171 = (v170 / v138);
      const float v172 = (v133 / v170);
      const float v173 = (-v172);
      const float v174 = log2f(v172);
      const float v175 = (v173 * v174);
      const bool v176 = (v172 > 0.00000000f);
      const float v177 = (v176 ? v175 : 0.00000000f);
      const float v178 = (v137 / v170);
      const float v179 = (-v178);
      const float v180 = log2f(v178);
      const float v181 = (v179 * v180);
      const bool v182 = (v178 > 0.00000000f);
      const float v183 = (v182 ? v181 : 0.00000000f);
      const float v184 = (v177 + v183);
      const bool v185 = (v170 > 0.00000000f);
      const float v186 = (v185 ? v184 : 0.00000000f);
      const float v187 = (v171 * v186);
      const float v188 = (v169 + v187);
      const float v189 = (v152 - v188);
      const bool v190 = (v138 > 0.00000000f);
      const float v191 = (v190 ? v189 : 0.00000000f);
      const float v192 = (u_p_beta * v191);
      const float v194 = (v193 ? v192 : 0.00000000f);
      const float v195 = (v132 + v194);
      F_table226[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound57 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound57 + 1u))] = v195;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled238 = ((uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled238) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u))); i = (uint32_t)(i + WG)) {
      const float v196 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
      const float v197 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v196);
      const float v198 = (v197 + 1.00000001e-10f);
      const float v199 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) / v198);
      const float v200 = adv_fmin(adv_fmax(v199, 0.00000000f), 1.00000000f);
      const float v201 = sqrtf(v200);
      const float v202 = adv_asin(v201);
      const float v203 = (v55 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v204 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) + v203);
      const float v205 = (v204 + 1.00000001e-10f);
      const float v206 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) / v205);
      const float v207 = adv_fmin(adv_fmax(v206, 0.00000000f), 1.00000000f);
      const float v208 = sqrtf(v207);
      const float v209 = adv_asin(v208);
      const float v210 = (v202 - v209);
      F_table238[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound57 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound57 + 1u))] = v210;
    }
  }
  const bool v211 = (acc41 > 0.00000000f);
  const bool v212 = (v55 > 0.00000000f);
  const bool v213 = (v211 && v212);
  const float v384 = (u_p_bm25_k1 + 1.00000000f);
  const float v386 = (1.00000000f - u_p_bm25_b);
  const float v387 = (u_p_bm25_b * acc47);
  const float v388 = (acc47 + acc49);
  const float v389 = (v388 / 2.00000000f);
  const float v390 = (v387 / v389);
  const float v391 = (v386 + v390);
  const float v392 = (u_p_bm25_k1 * v391);
  const bool v395 = (acc47 > 0.00000000f);
  const float v400 = (u_p_bm25_b * acc49);
  const float v401 = (acc49 + acc47);
  const float v402 = (v401 / 2.00000000f);
  const float v403 = (v400 / v402);
  const float v404 = (v386 + v403);
  const float v405 = (u_p_bm25_k1 * v404);
  const bool v408 = (acc49 > 0.00000000f);
  const bool v415 = (u_p_gamma != 0.00000000f);
  const float v419 = (u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const uint32_t nkeys260 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys260); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v214 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v215 = (v214 != u_p_zero_token_id);
    const bool v216 = (v213 && v215);
    float v217 = 0.00000000f;
    if (v216) {
      const float v218 = ((float)(H[(size_t)u_oh_acc53 + (size_t)slot]));
      const float v219 = ((float)(H[(size_t)u_oh_acc57 + (size_t)slot]));
      float v220 = 0.00000000f;
      if (tabled226) {
        v220 = F_table226[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v218) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v219)];
      } else {
        float v221 = 0.00000000f;
        if (v48) {
          const float v222 = (v218 + v219);
          const float v223 = (v222 + v218);
          const float v224 = (acc41 - v218);
          const float v225 = (v223 + v224);
          const float v226 = (v222 + v224);
          const float v227 = (v55 - v219);
          const float v228 = (v226 + v227);
          const float v229 = (v225 - v228);
          const float v230 = adv_fmax(0.00000000f, v229);
          const float v231 = (v218 + v224);
          const float v232 = adv_fmin(v222, v231);
          const bool v233 = (v230 == v232);
          float v234 = 0.00000000f;
          if (v233) {
            v234 = 0.00000000f;
          } else {
            const float v237 = (v222 + v231);
            const float v238 = (v237 - v228);
            const float v239 = adv_fmax(0.00000000f, v238);
            const int32_t v240 = adv_i32f(v239);
            const int32_t v241 = adv_i32f(v232);
            const int32_t lo235 = v240;
            const int32_t hi236 = v241;
            const float v242 = (v231 + 1.00000000f);
            const float v243 = adv_lgamma(v242);
            const float v244 = (v218 + 1.00000000f);
            const float v245 = adv_lgamma(v244);
            const float v246 = (v243 - v245);
            const float v247 = (v231 - v218);
            const float v248 = (v247 + 1.00000000f);
            const float v249 = adv_lgamma(v248);
            const float v250 = (v246 - v249);
            const float v251 = (v228 - v231);
            const float v252 = (v222 - v218);
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
            const float v263 = (v228 + 1.00000000f);
            const float v264 = adv_lgamma(v263);
            const float v265 = (v222 + 1.00000000f);
            const float v266 = adv_lgamma(v265);
            const float v267 = (v264 - v266);
            const float v268 = (v228 - v222);
            const float v269 = (v268 + 1.00000000f);
            const float v270 = adv_lgamma(v269);
            const float v271 = (v267 - v270);
            const float v272 = (v262 - v271);
            const float v273 = (v272 + 0.00000999999975f);
            float fold275 = 0.00000000f;
            if ((hi236 >= lo235)) {
              if (((uint32_t)(((uint32_t)(hi236)) - ((uint32_t)(lo235))) < 1048576u)) {
                for (uint32_t n297 = 0u; (n297 <= (uint32_t)(((uint32_t)(hi236)) - ((uint32_t)(lo235)))); n297 = (uint32_t)(n297 + 1u)) {
                  const int32_t k274 = ((int32_t)((uint32_t)(((uint32_t)(lo235)) + n297)));
                  const float v276 = ((float)(k274));
                  const float v277 = (v276 + 1.00000000f);
                  const float v278 = adv_lgamma(v277);
                  const float v279 = (v243 - v278);
                  const float v280 = (v231 - v276);
                  const float v281 = (v280 + 1.00000000f);
                  const float v282 = adv_lgamma(v281);
                  const float v283 = (v279 - v282);
                  const float v284 = (v222 - v276);
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
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v298 = fold275;
            const float v299 = ((-2.00000000f) * v298);
            const float v300 = expf(v299);
            v234 = v300;
          }
          const float v301 = v234;
          const float v302 = (u_p_alpha * v301);
          v221 = v302;
        } else {
          v221 = 0.00000000f;
        }
        const float v303 = v221;
        const float v304 = (acc41 - v218);
        const float v305 = (v218 + v304);
        const float v306 = (v218 + v219);
        const float v307 = (v306 + v304);
        const float v308 = (v55 - v219);
        const float v309 = (v307 + v308);
        const float v310 = (v305 / v309);
        const float v311 = (-v310);
        const float v312 = log2f(v310);
        const float v313 = (v311 * v312);
        const bool v314 = (v310 > 0.00000000f);
        const float v315 = (v314 ? v313 : 0.00000000f);
        const float v316 = (v219 + v308);
        const float v317 = (v316 / v309);
        const float v318 = (-v317);
        const float v319 = log2f(v317);
        const float v320 = (v318 * v319);
        const bool v321 = (v317 > 0.00000000f);
        const float v322 = (v321 ? v320 : 0.00000000f);
        const float v323 = (v315 + v322);
        const float v324 = (v306 / v309);
        const float v325 = (v218 / v306);
        const float v326 = (-v325);
        const float v327 = log2f(v325);
        const float v328 = (v326 * v327);
        const bool v329 = (v325 > 0.00000000f);
        const float v330 = (v329 ? v328 : 0.00000000f);
        const float v331 = (v219 / v306);
        const float v332 = (-v331);
        const float v333 = log2f(v331);
        const float v334 = (v332 * v333);
        const bool v335 = (v331 > 0.00000000f);
        const float v336 = (v335 ? v334 : 0.00000000f);
        const float v337 = (v330 + v336);
        const bool v338 = (v306 > 0.00000000f);
        const float v339 = (v338 ? v337 : 0.00000000f);
        const float v340 = (v324 * v339);
        const float v341 = (v304 + v308);
        const float v342 = (v341 / v309);
        const float v343 = (v304 / v341);
        const float v344 = (-v343);
        const float v345 = log2f(v343);
        const float v346 = (v344 * v345);
        const bool v347 = (v343 > 0.00000000f);
        const float v348 = (v347 ? v346 : 0.00000000f);
        const float v349 = (v308 / v341);
        const float v350 = (-v349);
        const float v351 = log2f(v349);
        const float v352 = (v350 * v351);
        const bool v353 = (v349 > 0.00000000f);
        const float v354 = (v353 ? v352 : 0.00000000f);
        const float v355 = (v348 + v354);
        const bool v356 = (v341 > 0.00000000f);
        const float v357 = (v356 ? v355 : 0.00000000f);
        const float v358 = (v342 * v357);
        const float v359 = (v340 + v358);
        const float v360 = (v323 - v359);
        const bool v361 = (v309 > 0.00000000f);
        const float v362 = (v361 ? v360 : 0.00000000f);
        const float v363 = (u_p_beta * v362);
        const float v364 = (v193 ? v363 : 0.00000000f);
        v220 = (v303 + v364);
      }
      const float v365 = v220;
      float v366 = 0.00000000f;
      if (tabled238) {
        v366 = F_table238[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v218) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v219)];
      } else {
        const float v367 = (acc41 - v218);
        const float v368 = (v218 + v367);
        const float v369 = (v368 + 1.00000001e-10f);
        const float v370 = (v218 / v369);
        const float v371 = adv_fmin(adv_fmax(v370, 0.00000000f), 1.00000000f);
        const float v372 = sqrtf(v371);
        const float v373 = adv_asin(v372);
        const float v374 = (v55 - v219);
        const float v375 = (v219 + v374);
        const float v376 = (v375 + 1.00000001e-10f);
        const float v377 = (v219 / v376);
        const float v378 = adv_fmin(adv_fmax(v377, 0.00000000f), 1.00000000f);
        const float v379 = sqrtf(v378);
        const float v380 = adv_asin(v379);
        v366 = (v373 - v380);
      }
      const float v381 = v366;
      const float v382 = ((float)(H[(size_t)u_oh_acc59 + (size_t)slot]));
      const float v383 = (v382 / acc47);
      const float v385 = (v383 * v384);
      const float v393 = (v383 + v392);
      const float v394 = (v385 / v393);
      const float v396 = (v395 ? v394 : 0.00000000f);
      const float v397 = ((float)(H[(size_t)u_oh_acc77 + (size_t)slot]));
      const float v398 = (v397 / acc49);
      const float v399 = (v398 * v384);
      const float v406 = (v398 + v405);
      const float v407 = (v399 / v406);
      const float v409 = (v408 ? v407 : 0.00000000f);
      const float v410 = (v409 + 0.00000999999975f);
      const float v411 = (v396 / v410);
      const float v412 = (v396 + 0.00000999999975f);
      const float v413 = (v409 / v412);
      const float v414 = (v411 - v413);
      const float v416 = (v415 ? v414 : 0.00000000f);
      const float v417 = (v381 + v416);
      const float v418 = (v365 * v417);
      const float v420 = (v418 / v419);
      const float v421 = (1.00000000f / (1.00000000f + expf((-v420))));
      const float v422 = (v421 - 0.500000000f);
      const float v423 = (v422 * 2.00000000f);
      const float v424 = (v423 * u_p_top);
      v217 = v424;
    } else {
      v217 = 0.00000000f;
    }
    F_v260[slot] = v217;
  }
  // reduce to group %265
  float acc265 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v425 = F_v10[row];
    const float v426 = (v425 - acc263);
    acc265 = (acc265 + v426);
  }
  if ((lid == 0u)) {
    F_v265[g] = acc265;
  }
  // reduce to group %277
  const float v428 = (acc265 / ((float)(acc42)));
  const float v429 = (acc263 + v428);
  const float v431 = (acc270 - acc263);
  const bool v432 = (v431 > 0.00000000f);
  const float v433 = (v432 ? v431 : 1.00000000f);
  float acc277 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v427 = F_v10[row];
    const float v430 = (v427 - v429);
    const float v434 = (v430 / v433);
    const float v435 = (v434 * v434);
    acc277 = (acc277 + v435);
  }
  if ((lid == 0u)) {
    F_v277[g] = acc277;
  }
  const bool v437 = (((float)(acc42)) > 1.00000000f);
  const float v438 = (v437 ? v429 : 0.00000000f);
  const float v440 = (((float)(acc42)) - 1.00000000f);
  const float v441 = (acc277 / v440);
  const float v442 = sqrtf(v441);
  const float v443 = (v442 * v433);
  const float v444 = (v437 ? v443 : 1.00000000f);
  const float v445 = (v444 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v436 = F_v10[row];
    const float v439 = (v436 - v438);
    const float v446 = (v439 / v445);
    const bool v447 = (v439 == 0.00000000f);
    const float v448 = (v447 ? 0.00000000f : v446);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw449 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v450 = F_v260[((uint32_t)(sw449 & 2147483647u) & (0u - (uint32_t)((sw449 != 4294967295u))))];
      const float v451 = ((sw449 != 4294967295u) ? v450 : 0.00000000f);
      const float v452 = (v448 + v451);
      const int32_t v453 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v454 = ((float)(v453));
      const float v455 = (v452 * v454);
      const float v456 = v451;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v455;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v456;
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
  run.F_v45 = adv_element(env, argv[1], 2, &n);
  run.F_v41 = adv_element(env, argv[1], 3, &n);
  run.F_v42 = adv_element(env, argv[1], 4, &n);
  run.F_v47 = adv_element(env, argv[1], 5, &n);
  run.F_v49 = adv_element(env, argv[1], 6, &n);
  run.F_v263 = adv_element(env, argv[1], 7, &n);
  run.F_v270 = adv_element(env, argv[1], 8, &n);
  run.F_out_0folds = adv_element(env, argv[1], 9, &n);
  run.F_table226 = adv_element(env, argv[1], 10, &n);
  run.F_table238 = adv_element(env, argv[1], 11, &n);
  run.F_v260 = adv_element(env, argv[1], 12, &n);
  run.F_v265 = adv_element(env, argv[1], 13, &n);
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
