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
  uint32_t o_v12;
  uint32_t o_v16;
  uint32_t o_v29;
  uint32_t o_v30;
  uint32_t o_v33;
  uint32_t o_v35;
  uint32_t o_v246;
  uint32_t o_table212;
  uint32_t o_table224;
  uint32_t o_v250;
  uint32_t o_v252;
  uint32_t o_v254;
  uint32_t o_v257;
  uint32_t o_v264;
  uint32_t o_v273;
  uint32_t o_v275;
  uint32_t o_v280;
  uint32_t o_v287;
  uint32_t o_out_advantages;
  uint32_t o_out_key_values;
  uint32_t o_out_keep_group;
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
  uint32_t oh_acc39;
  uint32_t oh_acc43;
  uint32_t oh_acc45;
  uint32_t oh_acc63;
  float p_alpha;
  float p_beta;
  float p_gamma;
  float p_top;
  float p_epsilon;
  int32_t p_zero_token_id;
  float p_bm25_k1;
  float p_bm25_b;
  float p_max_response_length;
  float p_overlong_buffer_len;
  float p_overlong_penalty_factor;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v12;
  float *F_v16;
  float *F_v29;
  float *F_v30;
  float *F_v33;
  float *F_v35;
  float *F_v250;
  float *F_v252;
  float *F_v257;
  float *F_v273;
  float *F_v280;
  float *F_out_0folds;
  float *F_table212;
  float *F_table224;
  float *F_v246;
  float *F_v254;
  float *F_v275;
  float *F_v264;
  float *F_v287;
  float *F_out_advantages;
  float *F_out_key_values;
  float *F_out_keep_group;
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
  const float u_p_max_response_length = R->U.p_max_response_length;
  const float u_p_overlong_buffer_len = R->U.p_overlong_buffer_len;
  const float u_p_overlong_penalty_factor = R->U.p_overlong_penalty_factor;
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc39 = R->U.oh_acc39;
  const uint32_t u_oh_acc43 = R->U.oh_acc43;
  const uint32_t u_oh_acc45 = R->U.oh_acc45;
  const uint32_t u_oh_acc63 = R->U.oh_acc63;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v12 = R->F_v12;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v30 = R->F_v30;
  float *const restrict F_v33 = R->F_v33;
  float *const restrict F_v35 = R->F_v35;
  float *const restrict F_v250 = R->F_v250;
  float *const restrict F_v252 = R->F_v252;
  float *const restrict F_v257 = R->F_v257;
  float *const restrict F_v273 = R->F_v273;
  float *const restrict F_v280 = R->F_v280;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_table224 = R->F_table224;
  float *const restrict F_v246 = R->F_v246;
  float *const restrict F_v254 = R->F_v254;
  float *const restrict F_v275 = R->F_v275;
  float *const restrict F_v264 = R->F_v264;
  float *const restrict F_v287 = R->F_v287;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  float *const restrict F_out_keep_group = R->F_out_keep_group;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to rollout %12, %16: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc12_0 = 0.00000000f;
    float acc16_0 = 0.00000000f;
    float acc12_1 = 0.00000000f;
    float acc16_1 = 0.00000000f;
    float acc12_2 = 0.00000000f;
    float acc16_2 = 0.00000000f;
    float acc12_3 = 0.00000000f;
    float acc16_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc12_0 = (acc12_0 + v0);
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_0 = (acc16_0 + 1.00000000f);
      }
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc12_1 = (acc12_1 + v1);
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_1 = (acc16_1 + 1.00000000f);
      }
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc12_2 = (acc12_2 + v2);
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_2 = (acc16_2 + 1.00000000f);
      }
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc12_3 = (acc12_3 + v3);
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_3 = (acc16_3 + 1.00000000f);
      }
    }
    F_v12[row0] = acc12_0;
    F_v16[row0] = acc16_0;
    F_v12[row1] = acc12_1;
    F_v16[row1] = acc16_1;
    F_v12[row2] = acc12_2;
    F_v16[row2] = acc16_2;
    F_v12[row3] = acc12_3;
    F_v16[row3] = acc16_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc12 = 0.00000000f;
    float acc16 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc12 = (acc12 + v4);
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16 = (acc16 + 1.00000000f);
      }
    }
    F_v12[row] = acc12;
    F_v16[row] = acc16;
  }
  // reduce to group %29, %30, %33, %35, %250, %252, %257, %273, %280
  const float v7 = (u_p_max_response_length - u_p_overlong_buffer_len);
  const bool v13 = (u_p_overlong_buffer_len > 0.00000000f);
  float acc29 = 0.00000000f;
  float acc30 = 0.00000000f;
  float acc33 = 0.00000000f;
  float acc35 = 0.00000000f;
  float acc250 = 0.00000000f;
  float acc252 = INFINITY;
  float acc257 = (-INFINITY);
  float acc273 = INFINITY;
  float acc280 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v12[row];
    const float v6 = F_v16[row];
    const float v8 = (v6 - v7);
    const float v9 = (-v8);
    const float v10 = (v9 / u_p_overlong_buffer_len);
    const float v11 = (v10 * u_p_overlong_penalty_factor);
    const float v12 = adv_fmin(v11, 0.00000000f);
    const float v14 = (v13 ? v12 : 0.00000000f);
    const float v15 = (v5 + v14);
    const bool v16 = (v15 > 0.00000000f);
    const float v17 = (v16 ? 1.00000000f : 0.00000000f);
    const float v18 = (v16 ? v6 : 0.00000000f);
    const float v19 = (v16 ? 0.00000000f : v6);
    const bool v20 = (v5 > 0.00000000f);
    const float v21 = (v20 ? 1.00000000f : 0.00000000f);
    acc29 = (acc29 + v17);
    acc30 = (acc30 + 1.00000000f);
    acc33 = (acc33 + v18);
    acc35 = (acc35 + v19);
    acc250 = (acc250 + 1.00000000f);
    acc252 = adv_fmin(acc252, v21);
    acc257 = adv_fmax(acc257, v21);
    acc273 = adv_fmin(acc273, v15);
    acc280 = adv_fmax(acc280, v15);
  }
  if ((lid == 0u)) {
    F_v29[g] = acc29;
    F_v30[g] = acc30;
    F_v33[g] = acc33;
    F_v35[g] = acc35;
    F_v250[g] = acc250;
    F_v252[g] = acc252;
    F_v257[g] = acc257;
    F_v273[g] = acc273;
    F_v280[g] = acc280;
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
    if (used > 0u) {
      memset(&H[(uint32_t)(u_oh_table_tok + base)], 0, (size_t)used * sizeof *H);
    }
    const uint32_t rows = (uint32_t)(((uint32_t)(I_vbase[(uint32_t)(g + 1u)])) - lbase);
    uint32_t zeroed = 0u;
    {
      const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
      if (upto > zeroed) {
        memset(&H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc39 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc43 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc45 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc63 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
      }
      zeroed = upto;
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v24 = F_v12[row];
      const float v25 = F_v16[row];
      const float v26 = (v25 - v7);
      const float v27 = (-v26);
      const float v28 = (v27 / u_p_overlong_buffer_len);
      const float v29 = (v28 * u_p_overlong_penalty_factor);
      const float v30 = adv_fmin(v29, 0.00000000f);
      const float v31 = (v13 ? v30 : 0.00000000f);
      const float v32 = (v24 + v31);
      const bool v33 = (v32 > 0.00000000f);
      const bool v34 = (!v33);
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
        {
          const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
          if (upto > zeroed) {
            memset(&H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
            memset(&H[(uint32_t)((uint32_t)(u_oh_acc39 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
            memset(&H[(uint32_t)((uint32_t)(u_oh_acc43 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
            memset(&H[(uint32_t)((uint32_t)(u_oh_acc45 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
            memset(&H[(uint32_t)((uint32_t)(u_oh_acc63 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
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
          const int32_t v22 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v22;
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
            word = (uint32_t)(r | (2147483648u & (0u - (uint32_t)(first))));
            const bool v23 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a35 = ((uint32_t)(v33) & (0u - (uint32_t)(v23)));
              const uint32_t a36 = ((uint32_t)(v34) & (0u - (uint32_t)(v23)));
              const uint32_t add = (uint32_t)(a35 + a36);
              H[(uint32_t)((v33 ? u_oh_acc39 : u_oh_acc43) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)((v33 ? u_oh_acc39 : u_oh_acc43) + (uint32_t)(word & 2147483647u))] + add);
            }
            {
              const uint32_t a37 = (uint32_t)(v33);
              const uint32_t a38 = (uint32_t)(!v33);
              const uint32_t add = (uint32_t)(a37 + a38);
              H[(uint32_t)((v33 ? u_oh_acc45 : u_oh_acc63) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)((v33 ? u_oh_acc45 : u_oh_acc63) + (uint32_t)(word & 2147483647u))] + add);
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const bool v39 = (u_p_alpha != 0.00000000f);
  const float v46 = (acc30 - acc29);
  const bool v184 = (u_p_beta != 0.00000000f);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v40 = 0.00000000f;
      if (v39) {
        const float v41 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v42 = (v41 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v43 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v44 = (v42 + v43);
        const float v45 = (v41 + v43);
        const float v47 = (v46 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v48 = (v45 + v47);
        const float v49 = (v44 - v48);
        const float v50 = adv_fmax(0.00000000f, v49);
        const float v51 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v43);
        const float v52 = adv_fmin(v41, v51);
        const bool v53 = (v50 == v52);
        float v54 = 0.00000000f;
        if (v53) {
          v54 = 0.00000000f;
        } else {
          const float v57 = (v41 + v51);
          const float v58 = (v57 - v48);
          const float v59 = adv_fmax(0.00000000f, v58);
          const int32_t v60 = adv_i32f(v59);
          const int32_t v61 = adv_i32f(v52);
          const int32_t lo55 = v60;
          const int32_t hi56 = v61;
          const float v62 = (v51 + 1.00000000f);
          const float v63 = adv_lgamma(v62);
          const float v64 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v65 = adv_lgamma(v64);
          const float v66 = (v63 - v65);
          const float v67 = (v51 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v68 = (v67 + 1.00000000f);
          const float v69 = adv_lgamma(v68);
          const float v70 = (v66 - v69);
          const float v71 = (v48 - v51);
          const float v72 = (v41 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v73 = (v71 + 1.00000000f);
          const float v74 = adv_lgamma(v73);
          const float v75 = (v72 + 1.00000000f);
          const float v76 = adv_lgamma(v75);
          const float v77 = (v74 - v76);
          const float v78 = (v71 - v72);
          const float v79 = (v78 + 1.00000000f);
          const float v80 = adv_lgamma(v79);
          const float v81 = (v77 - v80);
          const float v82 = (v70 + v81);
          const float v83 = (v48 + 1.00000000f);
          const float v84 = adv_lgamma(v83);
          const float v85 = (v41 + 1.00000000f);
          const float v86 = adv_lgamma(v85);
          const float v87 = (v84 - v86);
          const float v88 = (v48 - v41);
          const float v89 = (v88 + 1.00000000f);
          const float v90 = adv_lgamma(v89);
          const float v91 = (v87 - v90);
          const float v92 = (v82 - v91);
          const float v93 = (v92 + 0.00000999999975f);
          float fold95 = 0.00000000f;
          if ((hi56 >= lo55)) {
            if (((uint32_t)(((uint32_t)(hi56)) - ((uint32_t)(lo55))) < 1048576u)) {
              for (uint32_t n117 = 0u; (n117 <= (uint32_t)(((uint32_t)(hi56)) - ((uint32_t)(lo55)))); n117 = (uint32_t)(n117 + 1u)) {
                const int32_t k94 = ((int32_t)((uint32_t)(((uint32_t)(lo55)) + n117)));
                const float v96 = ((float)(k94));
                const float v97 = (v96 + 1.00000000f);
                const float v98 = adv_lgamma(v97);
                const float v99 = (v63 - v98);
                const float v100 = (v51 - v96);
                const float v101 = (v100 + 1.00000000f);
                const float v102 = adv_lgamma(v101);
                const float v103 = (v99 - v102);
                const float v104 = (v41 - v96);
                const float v105 = (v104 + 1.00000000f);
                const float v106 = adv_lgamma(v105);
                const float v107 = (v74 - v106);
                const float v108 = (v71 - v104);
                const float v109 = (v108 + 1.00000000f);
                const float v110 = adv_lgamma(v109);
                const float v111 = (v107 - v110);
                const float v112 = (v103 + v111);
                const float v113 = (v112 - v91);
                const float v114 = expf(v113);
                const bool v115 = (v113 <= v93);
                const float v116 = (v115 ? v114 : 0.00000000f);
                fold95 = (fold95 + v116);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v118 = fold95;
          const float v119 = ((-2.00000000f) * v118);
          const float v120 = expf(v119);
          v54 = v120;
        }
        const float v121 = v54;
        const float v122 = (u_p_alpha * v121);
        v40 = v122;
      } else {
        v40 = 0.00000000f;
      }
      const float v123 = v40;
      const float v124 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v125 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v124);
      const float v126 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v127 = (v126 + v124);
      const float v128 = (v46 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v129 = (v127 + v128);
      const float v130 = (v125 / v129);
      const float v131 = (-v130);
      const float v132 = log2f(v130);
      const float v133 = (v131 * v132);
      const bool v134 = (v130 > 0.00000000f);
      const float v135 = (v134 ? v133 : 0.00000000f);
      const float v136 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v128);
      const float v137 = (v136 / v129);
      const float v138 = (-v137);
      const float v139 = log2f(v137);
      const float v140 = (v138 * v139);
      const bool v141 = (v137 > 0.00000000f);
      const float v142 = (v141 ? v140 : 0.00000000f);
      const float v143 = (v135 + v142);
      const float v144 = (v126 / v129);
      const float v145 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v126);
      const float v146 = (-v145);
      const float v147 = log2f(v145);
      const float v148 = (v146 * v147);
      const bool v149 = (v145 > 0.00000000f);
      const float v150 = (v149 ? v148 : 0.00000000f);
      const float v151 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v126);
      const float v152 = (-v151);
      const float v153 = log2f(v151);
      const float v154 = (v152 * v153);
      const bool v155 = (v151 > 0.00000000f);
      const float v156 = (v155 ? v154 : 0.00000000f);
      const float v157 = (v150 + v156);
      const bool v158 = (v126 > 0.00000000f);
      const float v159 = (v158 ? v157 : 0.00000000f);
      const float v160 = (v144 * v159);
      const float v161 = (v124 + v128);
      const float v162 = (v161 / v129);
      const float v163 = (v124 / v161);
      const float v164 = (-v163);
      const float v165 = log2f(v163);
      const float v166 = (v164 * v165);
      const bool v167 = (v163 > 0.00000000f);
      const float v168 = (v167 ? v166 : 0.00000000f);
      const float v169 = (v128 / v161);
      const float v170 = (-v169);
      const float v171 = log2f(v169);
      const float v172 = (v170 * v171);
      const bool v173 = (v169 > 0.00000000f);
      const float v174 = (v173 ? v172 : 0.00000000f);
      const float v175 = (v168 + v174);
      const bool v176 = (v161 > 0.00000000f);
      const float v177 = (v176 ? v175 : 0.00000000f);
      const float v178 = (v162 * v177);
      const float v179 = (v160 + v178);
      const float v180 = (v143 - v179);
      const bool v181 = (v129 > 0.00000000f);
      const float v182 = (v181 ? v180 : 0.00000000f);
      const float v183 = (u_p_beta * v182);
      const float v185 = (v184 ? v183 : 0.00000000f);
      const float v186 = (v123 + v185);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v186;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled224 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled224) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v187 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v188 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v187);
      const float v189 = (v188 + 1.00000001e-10f);
      const float v190 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v189);
      const float v191 = adv_fmin(adv_fmax(v190, 0.00000000f), 1.00000000f);
      const float v192 = sqrtf(v191);
      const float v193 = adv_asin(v192);
      const float v194 = (v46 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v195 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v194);
      const float v196 = (v195 + 1.00000001e-10f);
      const float v197 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v196);
      const float v198 = adv_fmin(adv_fmax(v197, 0.00000000f), 1.00000000f);
      const float v199 = sqrtf(v198);
      const float v200 = adv_asin(v199);
      const float v201 = (v193 - v200);
      F_table224[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v201;
    }
  }
  const bool v202 = (acc29 > 0.00000000f);
  const bool v203 = (v46 > 0.00000000f);
  const bool v204 = (v202 && v203);
  const float v375 = (u_p_bm25_k1 + 1.00000000f);
  const float v377 = (1.00000000f - u_p_bm25_b);
  const float v378 = (u_p_bm25_b * acc33);
  const float v379 = (acc33 + acc35);
  const float v380 = (v379 / 2.00000000f);
  const float v381 = (v378 / v380);
  const float v382 = (v377 + v381);
  const float v383 = (u_p_bm25_k1 * v382);
  const bool v386 = (acc33 > 0.00000000f);
  const float v391 = (u_p_bm25_b * acc35);
  const float v392 = (acc35 + acc33);
  const float v393 = (v392 / 2.00000000f);
  const float v394 = (v391 / v393);
  const float v395 = (v377 + v394);
  const float v396 = (u_p_bm25_k1 * v395);
  const bool v399 = (acc35 > 0.00000000f);
  const bool v406 = (u_p_gamma != 0.00000000f);
  const float v410 = (u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const uint32_t nkeys246 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys246); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v205 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v206 = (v205 != u_p_zero_token_id);
    const bool v207 = (v204 && v206);
    float v208 = 0.00000000f;
    if (v207) {
      const float v209 = ((float)(H[(uint32_t)(u_oh_acc39 + slot)]));
      const float v210 = ((float)(H[(uint32_t)(u_oh_acc43 + slot)]));
      float v211 = 0.00000000f;
      if (tabled212) {
        v211 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v209) * (uint32_t)(n + 1u)) + adv_u32f(v210)))];
      } else {
        float v212 = 0.00000000f;
        if (v39) {
          const float v213 = (v209 + v210);
          const float v214 = (v213 + v209);
          const float v215 = (acc29 - v209);
          const float v216 = (v214 + v215);
          const float v217 = (v213 + v215);
          const float v218 = (v46 - v210);
          const float v219 = (v217 + v218);
          const float v220 = (v216 - v219);
          const float v221 = adv_fmax(0.00000000f, v220);
          const float v222 = (v209 + v215);
          const float v223 = adv_fmin(v213, v222);
          const bool v224 = (v221 == v223);
          float v225 = 0.00000000f;
          if (v224) {
            v225 = 0.00000000f;
          } else {
            const float v228 = (v213 + v222);
            const float v229 = (v228 - v219);
            const float v230 = adv_fmax(0.00000000f, v229);
            const int32_t v231 = adv_i32f(v230);
            const int32_t v232 = adv_i32f(v223);
            const int32_t lo226 = v231;
            const int32_t hi227 = v232;
            const float v233 = (v222 + 1.00000000f);
            const float v234 = adv_lgamma(v233);
            const float v235 = (v209 + 1.00000000f);
            const float v236 = adv_lgamma(v235);
            const float v237 = (v234 - v236);
            const float v238 = (v222 - v209);
            const float v239 = (v238 + 1.00000000f);
            const float v240 = adv_lgamma(v239);
            const float v241 = (v237 - v240);
            const float v242 = (v219 - v222);
            const float v243 = (v213 - v209);
            const float v244 = (v242 + 1.00000000f);
            const float v245 = adv_lgamma(v244);
            const float v246 = (v243 + 1.00000000f);
            const float v247 = adv_lgamma(v246);
            const float v248 = (v245 - v247);
            const float v249 = (v242 - v243);
            const float v250 = (v249 + 1.00000000f);
            const float v251 = adv_lgamma(v250);
            const float v252 = (v248 - v251);
            const float v253 = (v241 + v252);
            const float v254 = (v219 + 1.00000000f);
            const float v255 = adv_lgamma(v254);
            const float v256 = (v213 + 1.00000000f);
            const float v257 = adv_lgamma(v256);
            const float v258 = (v255 - v257);
            const float v259 = (v219 - v213);
            const float v260 = (v259 + 1.00000000f);
            const float v261 = adv_lgamma(v260);
            const float v262 = (v258 - v261);
            const float v263 = (v253 - v262);
            const float v264 = (v263 + 0.00000999999975f);
            float fold266 = 0.00000000f;
            if ((hi227 >= lo226)) {
              if (((uint32_t)(((uint32_t)(hi227)) - ((uint32_t)(lo226))) < 1048576u)) {
                for (uint32_t n288 = 0u; (n288 <= (uint32_t)(((uint32_t)(hi227)) - ((uint32_t)(lo226)))); n288 = (uint32_t)(n288 + 1u)) {
                  const int32_t k265 = ((int32_t)((uint32_t)(((uint32_t)(lo226)) + n288)));
                  const float v267 = ((float)(k265));
                  const float v268 = (v267 + 1.00000000f);
                  const float v269 = adv_lgamma(v268);
                  const float v270 = (v234 - v269);
                  const float v271 = (v222 - v267);
                  const float v272 = (v271 + 1.00000000f);
                  const float v273 = adv_lgamma(v272);
                  const float v274 = (v270 - v273);
                  const float v275 = (v213 - v267);
                  const float v276 = (v275 + 1.00000000f);
                  const float v277 = adv_lgamma(v276);
                  const float v278 = (v245 - v277);
                  const float v279 = (v242 - v275);
                  const float v280 = (v279 + 1.00000000f);
                  const float v281 = adv_lgamma(v280);
                  const float v282 = (v278 - v281);
                  const float v283 = (v274 + v282);
                  const float v284 = (v283 - v262);
                  const float v285 = expf(v284);
                  const bool v286 = (v284 <= v264);
                  const float v287 = (v286 ? v285 : 0.00000000f);
                  fold266 = (fold266 + v287);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v289 = fold266;
            const float v290 = ((-2.00000000f) * v289);
            const float v291 = expf(v290);
            v225 = v291;
          }
          const float v292 = v225;
          const float v293 = (u_p_alpha * v292);
          v212 = v293;
        } else {
          v212 = 0.00000000f;
        }
        const float v294 = v212;
        const float v295 = (acc29 - v209);
        const float v296 = (v209 + v295);
        const float v297 = (v209 + v210);
        const float v298 = (v297 + v295);
        const float v299 = (v46 - v210);
        const float v300 = (v298 + v299);
        const float v301 = (v296 / v300);
        const float v302 = (-v301);
        const float v303 = log2f(v301);
        const float v304 = (v302 * v303);
        const bool v305 = (v301 > 0.00000000f);
        const float v306 = (v305 ? v304 : 0.00000000f);
        const float v307 = (v210 + v299);
        const float v308 = (v307 / v300);
        const float v309 = (-v308);
        const float v310 = log2f(v308);
        const float v311 = (v309 * v310);
        const bool v312 = (v308 > 0.00000000f);
        const float v313 = (v312 ? v311 : 0.00000000f);
        const float v314 = (v306 + v313);
        const float v315 = (v297 / v300);
        const float v316 = (v209 / v297);
        const float v317 = (-v316);
        const float v318 = log2f(v316);
        const float v319 = (v317 * v318);
        const bool v320 = (v316 > 0.00000000f);
        const float v321 = (v320 ? v319 : 0.00000000f);
        const float v322 = (v210 / v297);
        const float v323 = (-v322);
        const float v324 = log2f(v322);
        const float v325 = (v323 * v324);
        const bool v326 = (v322 > 0.00000000f);
        const float v327 = (v326 ? v325 : 0.00000000f);
        const float v328 = (v321 + v327);
        const bool v329 = (v297 > 0.00000000f);
        const float v330 = (v329 ? v328 : 0.00000000f);
        const float v331 = (v315 * v330);
        const float v332 = (v295 + v299);
        const float v333 = (v332 / v300);
        const float v334 = (v295 / v332);
        const float v335 = (-v334);
        const float v336 = log2f(v334);
        const float v337 = (v335 * v336);
        const bool v338 = (v334 > 0.00000000f);
        const float v339 = (v338 ? v337 : 0.00000000f);
        const float v340 = (v299 / v332);
        const float v341 = (-v340);
        const float v342 = log2f(v340);
        const float v343 = (v341 * v342);
        const bool v344 = (v340 > 0.00000000f);
        const float v345 = (v344 ? v343 : 0.00000000f);
        const float v346 = (v339 + v345);
        const bool v347 = (v332 > 0.00000000f);
        const float v348 = (v347 ? v346 : 0.00000000f);
        const float v349 = (v333 * v348);
        const float v350 = (v331 + v349);
        const float v351 = (v314 - v350);
        const bool v352 = (v300 > 0.00000000f);
        const float v353 = (v352 ? v351 : 0.00000000f);
        const float v354 = (u_p_beta * v353);
        const float v355 = (v184 ? v354 : 0.00000000f);
        v211 = (v294 + v355);
      }
      const float v356 = v211;
      float v357 = 0.00000000f;
      if (tabled224) {
        v357 = F_table224[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v209) * (uint32_t)(n + 1u)) + adv_u32f(v210)))];
      } else {
        const float v358 = (acc29 - v209);
        const float v359 = (v209 + v358);
        const float v360 = (v359 + 1.00000001e-10f);
        const float v361 = (v209 / v360);
        const float v362 = adv_fmin(adv_fmax(v361, 0.00000000f), 1.00000000f);
        const float v363 = sqrtf(v362);
        const float v364 = adv_asin(v363);
        const float v365 = (v46 - v210);
        const float v366 = (v210 + v365);
        const float v367 = (v366 + 1.00000001e-10f);
        const float v368 = (v210 / v367);
        const float v369 = adv_fmin(adv_fmax(v368, 0.00000000f), 1.00000000f);
        const float v370 = sqrtf(v369);
        const float v371 = adv_asin(v370);
        v357 = (v364 - v371);
      }
      const float v372 = v357;
      const float v373 = ((float)(H[(uint32_t)(u_oh_acc45 + slot)]));
      const float v374 = (v373 / acc33);
      const float v376 = (v374 * v375);
      const float v384 = (v374 + v383);
      const float v385 = (v376 / v384);
      const float v387 = (v386 ? v385 : 0.00000000f);
      const float v388 = ((float)(H[(uint32_t)(u_oh_acc63 + slot)]));
      const float v389 = (v388 / acc35);
      const float v390 = (v389 * v375);
      const float v397 = (v389 + v396);
      const float v398 = (v390 / v397);
      const float v400 = (v399 ? v398 : 0.00000000f);
      const float v401 = (v400 + 0.00000999999975f);
      const float v402 = (v387 / v401);
      const float v403 = (v387 + 0.00000999999975f);
      const float v404 = (v400 / v403);
      const float v405 = (v402 - v404);
      const float v407 = (v406 ? v405 : 0.00000000f);
      const float v408 = (v372 + v407);
      const float v409 = (v356 * v408);
      const float v411 = (v409 / v410);
      const float v412 = (1.00000000f / (1.00000000f + expf((-v411))));
      const float v413 = (v412 - 0.500000000f);
      const float v414 = (v413 * 2.00000000f);
      const float v415 = (v414 * u_p_top);
      v208 = v415;
    } else {
      v208 = 0.00000000f;
    }
    F_v246[slot] = v208;
  }
  // reduce to group %254, %275
  float acc254 = 0.00000000f;
  float acc275 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v416 = F_v12[row];
    const bool v417 = (v416 > 0.00000000f);
    const float v418 = (v417 ? 1.00000000f : 0.00000000f);
    const float v419 = (v418 - acc252);
    const float v420 = F_v16[row];
    const float v421 = (v420 - v7);
    const float v422 = (-v421);
    const float v423 = (v422 / u_p_overlong_buffer_len);
    const float v424 = (v423 * u_p_overlong_penalty_factor);
    const float v425 = adv_fmin(v424, 0.00000000f);
    const float v426 = (v13 ? v425 : 0.00000000f);
    const float v427 = (v416 + v426);
    const float v428 = (v427 - acc273);
    acc254 = (acc254 + v419);
    acc275 = (acc275 + v428);
  }
  if ((lid == 0u)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const float v432 = (acc254 / acc250);
  const float v433 = (acc252 + v432);
  const float v435 = (acc257 - acc252);
  const bool v436 = (v435 > 0.00000000f);
  const float v437 = (v436 ? v435 : 1.00000000f);
  const float v448 = (acc275 / acc30);
  const float v449 = (acc273 + v448);
  const float v451 = (acc280 - acc273);
  const bool v452 = (v451 > 0.00000000f);
  const float v453 = (v452 ? v451 : 1.00000000f);
  float acc264 = 0.00000000f;
  float acc287 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v429 = F_v12[row];
    const bool v430 = (v429 > 0.00000000f);
    const float v431 = (v430 ? 1.00000000f : 0.00000000f);
    const float v434 = (v431 - v433);
    const float v438 = (v434 / v437);
    const float v439 = (v438 * v438);
    const float v440 = F_v16[row];
    const float v441 = (v440 - v7);
    const float v442 = (-v441);
    const float v443 = (v442 / u_p_overlong_buffer_len);
    const float v444 = (v443 * u_p_overlong_penalty_factor);
    const float v445 = adv_fmin(v444, 0.00000000f);
    const float v446 = (v13 ? v445 : 0.00000000f);
    const float v447 = (v429 + v446);
    const float v450 = (v447 - v449);
    const float v454 = (v450 / v453);
    const float v455 = (v454 * v454);
    acc264 = (acc264 + v439);
    acc287 = (acc287 + v455);
  }
  if ((lid == 0u)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const bool v465 = (acc30 > 1.00000000f);
  const float v466 = (v465 ? v449 : 0.00000000f);
  const float v468 = (acc30 - 1.00000000f);
  const float v469 = (acc287 / v468);
  const float v470 = sqrtf(v469);
  const float v471 = (v470 * v453);
  const float v472 = (v465 ? v471 : 1.00000000f);
  const float v473 = (v472 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v456 = F_v12[row];
    const float v457 = F_v16[row];
    const float v458 = (v457 - v7);
    const float v459 = (-v458);
    const float v460 = (v459 / u_p_overlong_buffer_len);
    const float v461 = (v460 * u_p_overlong_penalty_factor);
    const float v462 = adv_fmin(v461, 0.00000000f);
    const float v463 = (v13 ? v462 : 0.00000000f);
    const float v464 = (v456 + v463);
    const float v467 = (v464 - v466);
    const float v474 = (v467 / v473);
    const bool v475 = (v467 == 0.00000000f);
    const float v476 = (v475 ? 0.00000000f : v474);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw477 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v478 = F_v246[((uint32_t)(sw477 & 2147483647u) & (0u - (uint32_t)((sw477 != 4294967295u))))];
      const float v479 = ((sw477 != 4294967295u) ? v478 : 0.00000000f);
      const float v480 = (v476 + v479);
      const int32_t v481 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v482 = ((float)(v481));
      const float v483 = (v480 * v482);
      const float v484 = v479;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v483;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v484;
    }
  }
  const bool v485 = (acc250 == 1.00000000f);
  const float v486 = (acc264 / acc250);
  const float v487 = sqrtf(v486);
  const float v488 = (v487 * v437);
  const bool v489 = (v488 > 0.00000000f);
  const bool v490 = (v485 || v489);
  const float v491 = (v490 ? 1.00000000f : 0.00000000f);
  // outputs out_keep_group
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v492 = v491;
    F_out_keep_group[row] = v492;
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
  run.F_v12 = adv_element(env, argv[1], 1, &n);
  run.F_v16 = adv_element(env, argv[1], 2, &n);
  run.F_v29 = adv_element(env, argv[1], 3, &n);
  run.F_v30 = adv_element(env, argv[1], 4, &n);
  run.F_v33 = adv_element(env, argv[1], 5, &n);
  run.F_v35 = adv_element(env, argv[1], 6, &n);
  run.F_v250 = adv_element(env, argv[1], 7, &n);
  run.F_v252 = adv_element(env, argv[1], 8, &n);
  run.F_v257 = adv_element(env, argv[1], 9, &n);
  run.F_v273 = adv_element(env, argv[1], 10, &n);
  run.F_v280 = adv_element(env, argv[1], 11, &n);
  run.F_out_0folds = adv_element(env, argv[1], 12, &n);
  run.F_table212 = adv_element(env, argv[1], 13, &n);
  run.F_table224 = adv_element(env, argv[1], 14, &n);
  run.F_v246 = adv_element(env, argv[1], 15, &n);
  run.F_v254 = adv_element(env, argv[1], 16, &n);
  run.F_v275 = adv_element(env, argv[1], 17, &n);
  run.F_v264 = adv_element(env, argv[1], 18, &n);
  run.F_v287 = adv_element(env, argv[1], 19, &n);
  run.F_out_advantages = adv_element(env, argv[1], 20, &n);
  run.F_out_key_values = adv_element(env, argv[1], 21, &n);
  run.F_out_keep_group = adv_element(env, argv[1], 22, &n);
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
