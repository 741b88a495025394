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
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc39 = R->U.oh_acc39;
  const uint32_t u_oh_acc43 = R->U.oh_acc43;
  const uint32_t u_oh_acc45 = R->U.oh_acc45;
  const uint32_t u_oh_acc63 = R->U.oh_acc63;
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
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %12, %16: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc12_0 = 0.00000000f;
    uint32_t acc16_0 = 0u;
    float acc12_1 = 0.00000000f;
    uint32_t acc16_1 = 0u;
    float acc12_2 = 0.00000000f;
    uint32_t acc16_2 = 0u;
    float acc12_3 = 0.00000000f;
    uint32_t acc16_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc12_0 = (acc12_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc16_0 = (uint32_t)(acc16_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc12_1 = (acc12_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc16_1 = (uint32_t)(acc16_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc12_2 = (acc12_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc16_2 = (uint32_t)(acc16_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc12_3 = (acc12_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc16_3 = (uint32_t)(acc16_3 + (uint32_t)(valid_3));
    }
    F_v12[row0] = acc12_0;
    F_v16[row0] = ((float)(acc16_0));
    F_v12[row1] = acc12_1;
    F_v16[row1] = ((float)(acc16_1));
    F_v12[row2] = acc12_2;
    F_v16[row2] = ((float)(acc16_2));
    F_v12[row3] = acc12_3;
    F_v16[row3] = ((float)(acc16_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc12 = 0.00000000f;
    uint32_t acc16 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc12 = (acc12 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc16 = (uint32_t)(acc16 + (uint32_t)(valid));
    }
    F_v12[row] = acc12;
    F_v16[row] = ((float)(acc16));
  }
  // reduce to group %29, %30, %33, %35, %250, %252, %257, %273, %280
  const float v7 = (u_p_max_response_length - u_p_overlong_buffer_len);
  const bool v13 = (u_p_overlong_buffer_len > 0.00000000f);
  float acc29 = 0.00000000f;
  uint32_t acc30 = 0u;
  float acc33 = 0.00000000f;
  float acc35 = 0.00000000f;
  uint32_t acc250 = 0u;
  float acc252 = INFINITY;
  float acc257 = (-INFINITY);
  float acc273 = INFINITY;
  float acc280 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
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
    acc30 = (uint32_t)(acc30 + 1u);
    acc33 = (acc33 + v18);
    acc35 = (acc35 + v19);
    acc250 = (uint32_t)(acc250 + 1u);
    acc252 = adv_fmin(acc252, v21);
    acc257 = adv_fmax(acc257, v21);
    acc273 = adv_fmin(acc273, v15);
    acc280 = adv_fmax(acc280, v15);
  }
  if ((lid == 0u)) {
    F_v29[g] = acc29;
    F_v30[g] = ((float)(acc30));
    F_v33[g] = acc33;
    F_v35[g] = acc35;
    F_v250[g] = ((float)(acc250));
    F_v252[g] = acc252;
    F_v257[g] = acc257;
    F_v273[g] = acc273;
    F_v280[g] = acc280;
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
          const int32_t v22 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
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
                // a new key takes the group's next row, its values their starting ones
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(size_t)u_oh_keys_tok + (size_t)r] = kk;
                H[(size_t)u_oh_seen_tok + (size_t)r] = 0u;
                H[(size_t)u_oh_acc39 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc43 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc45 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc63 + (size_t)r] = 0u;
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
            const bool v23 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a35 = ((uint32_t)(v33) & (0u - (uint32_t)(v23)));
              const uint32_t a36 = ((uint32_t)(v34) & (0u - (uint32_t)(v23)));
              const uint32_t add = (uint32_t)(a35 + a36);
              H[(size_t)(v33 ? u_oh_acc39 : u_oh_acc43) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v33 ? u_oh_acc39 : u_oh_acc43) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
            {
              const uint32_t a37 = (uint32_t)(v33);
              const uint32_t a38 = (uint32_t)(!v33);
              const uint32_t add = (uint32_t)(a37 + a38);
              H[(size_t)(v33 ? u_oh_acc45 : u_oh_acc63) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v33 ? u_oh_acc45 : u_oh_acc63) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_tok + (size_t)g] = nk;
  }
  uint32_t bound39 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v39 = F_v12[row];
    const float v40 = F_v16[row];
    const float v41 = (v40 - v7);
    const float v42 = (-v41);
    const float v43 = (v42 / u_p_overlong_buffer_len);
    const float v44 = (v43 * u_p_overlong_penalty_factor);
    const float v45 = adv_fmin(v44, 0.00000000f);
    const float v46 = (v13 ? v45 : 0.00000000f);
    const float v47 = (v39 + v46);
    const bool v48 = (v47 > 0.00000000f);
    bound39 = (uint32_t)(bound39 + (uint32_t)(v48));
  }
  uint32_t bound43 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v49 = F_v12[row];
    const float v50 = F_v16[row];
    const float v51 = (v50 - v7);
    const float v52 = (-v51);
    const float v53 = (v52 / u_p_overlong_buffer_len);
    const float v54 = (v53 * u_p_overlong_penalty_factor);
    const float v55 = adv_fmin(v54, 0.00000000f);
    const float v56 = (v13 ? v55 : 0.00000000f);
    const float v57 = (v49 + v56);
    const bool v58 = (v57 > 0.00000000f);
    const bool v59 = (!v58);
    bound43 = (uint32_t)(bound43 + (uint32_t)(v59));
  }
  const bool v60 = (u_p_alpha != 0.00000000f);
  const float v67 = (((float)(acc30)) - acc29);
  const bool v205 = (u_p_beta != 0.00000000f);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u))); i = (uint32_t)(i + WG)) {
      float v61 = 0.00000000f;
      if (v60) {
        const float v62 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
        const float v63 = (v62 + ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
        const float v64 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
        const float v65 = (v63 + v64);
        const float v66 = (v62 + v64);
        const float v68 = (v67 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
        const float v69 = (v66 + v68);
        const float v70 = (v65 - v69);
        const float v71 = adv_fmax(0.00000000f, v70);
        const float v72 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v64);
        const float v73 = adv_fmin(v62, v72);
        const bool v74 = (v71 == v73);
        float v75 = 0.00000000f;
        if (v74) {
          v75 = 0.00000000f;
        } else {
          const float v78 = (v62 + v72);
          const float v79 = (v78 - v69);
          const float v80 = adv_fmax(0.00000000f, v79);
          const int32_t v81 = adv_i32f(v80);
          const int32_t v82 = adv_i32f(v73);
          const int32_t lo76 = v81;
          const int32_t hi77 = v82;
          const float v83 = (v72 + 1.00000000f);
          const float v84 = adv_lgamma(v83);
          const float v85 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + 1.00000000f);
          const float v86 = adv_lgamma(v85);
          const float v87 = (v84 - v86);
          const float v88 = (v72 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
          const float v89 = (v88 + 1.00000000f);
          const float v90 = adv_lgamma(v89);
          const float v91 = (v87 - v90);
          const float v92 = (v69 - v72);
          const float v93 = (v62 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
          const float v94 = (v92 + 1.00000000f);
          const float v95 = adv_lgamma(v94);
          const float v96 = (v93 + 1.00000000f);
          const float v97 = adv_lgamma(v96);
          const float v98 = (v95 - v97);
          const float v99 = (v92 - v93);
          const float v100 = (v99 + 1.00000000f);
          const float v101 = adv_lgamma(v100);
          const float v102 = (v98 - v101);
          const float v103 = (v91 + v102);
          const float v104 = (v69 + 1.00000000f);
          const float v105 = adv_lgamma(v104);
          const float v106 = (v62 + 1.00000000f);
          const float v107 = adv_lgamma(v106);
          const float v108 = (v105 - v107);
          const float v109 = (v69 - v62);
          const float v110 = (v109 + 1.00000000f);
          const float v111 = adv_lgamma(v110);
          const float v112 = (v108 - v111);
          const float v113 = (v103 - v112);
          const float v114 = (v113 + 0.00000999999975f);
          float fold116 = 0.00000000f;
          if ((hi77 >= lo76)) {
            if (((uint32_t)(((uint32_t)(hi77)) - ((uint32_t)(lo76))) < 1048576u)) {
              for (uint32_t n138 = 0u; (n138 <= (uint32_t)(((uint32_t)(hi77)) - ((uint32_t)(lo76)))); n138 = (uint32_t)(n138 + 1u)) {
                const int32_t k115 = ((int32_t)((uint32_t)(((uint32_t)(lo76)) + n138)));
                const float v117 = ((float)(k115));
                const float v118 = (v117 + 1.00000000f);
                const float v119 = adv_lgamma(v118);
                const float v120 = (v84 - v119);
                const float v121 = (v72 - v117);
                const float v122 = (v121 + 1.00000000f);
                const float v123 = adv_lgamma(v122);
                const float v124 = (v120 - v123);
                const float v125 = (v62 - v117);
                const float v126 = (v125 + 1.00000000f);
                const float v127 = adv_lgamma(v126);
                const float v128 = (v95 - v127);
                const float v129 = (v92 - v125);
                const float v130 = (v129 + 1.00000000f);
                const float v131 = adv_lgamma(v130);
                const float v132 = (v128 - v131);
                const float v133 = (v124 + v132);
                const float v134 = (v133 - v112);
                const float v135 = expf(v134);
                const bool v136 = (v134 <= v114);
                const float v137 = (v136 ? v135 : 0.00000000f);
                fold116 = (fold116 + v137);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v139 = fold116;
          const float v140 = ((-2.00000000f) * v139);
          const float v141 = expf(v140);
          v75 = v141;
        }
        const float v142 = v75;
        const float v143 = (u_p_alpha * v142);
        v61 = v143;
      } else {
        v61 = 0.00000000f;
      }
      const float v144 = v61;
      const float v145 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
      const float v146 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v145);
      const float v147 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v148 = (v147 + v145);
      const float v149 = (v67 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v150 = (v148 + v149);
      const float v151 = (v146 / v150);
      const float v152 = (-v151);
      const float v153 = log2f(v151);
      const float v154 = (v152 * v153);
      const bool v155 = (v151 > 0.00000000f);
      const float v156 = (v155 ? v154 : 0.00000000f);
      const float v157 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) + v149);
      const float v158 = (v157 / v150);
      const float v159 = (-v158);
      const float v160 = log2f(v158);
      const float v161 = (v159 * v160);
      const bool v162 = (v158 > 0.00000000f);
      const float v163 = (v162 ? v161 : 0.00000000f);
      const float v164 = (v156 + v163);
      const float v165 = (v147 / v150);
      const float v166 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) / v147);
      const float v167 = (-v166);
      const float v168 = log2f(v166);
      const float v169 = (v167 * v168);
      const bool v170 = (v166 > 0.00000000f);
      const float v171 = (v170 ? v169 : 0.00000000f);
      const float v172 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) / v147);
      const float v173 = (-v172);
      const float v174 = log2f(v172);
      const float v175 = (v173 * v174);
      const bool v176 = (v172 > 0.00000000f);
      const float v177 = (v176 ? v175 : 0.00000000f);
      const float v178 = (v171 + v177);
      const bool v179 = (v147 > 0.00000000f);
      const float v180 = (v179 ? v178 : 0.00000000f);
      const float v181 = (v165 * v180);
      const float v182 = (v145 + v149);
      const float v183 = (v182 / v150);
      const float v184 = (v145 / v182);
      const float v185 = (-v184);
      const float v186 = log2f(v184);
      const float v187 = (v185 * v186);
      const bool v188 = (v184 > 0.00000000f);
      const float v189 = (v188 ? v187 : 0.00000000f);
      const float v190 = (v149 / v182);
      const float v191 = (-v190);
      const float v192 = log2f(v190);
      const float v193 = (v191 * v192);
      const bool v194 = (v190 > 0.00000000f);
      const float v195 = (v194 ? v193 : 0.00000000f);
      const float v196 = (v189 + v195);
      const bool v197 = (v182 > 0.00000000f);
      const float v198 = (v197 ? v196 : 0.00000000f);
      const float v199 = (v183 * v198);
      const float v200 = (v181 + v199);
      const float v201 = (v164 - v200);
      const bool v202 = (v150 > 0.00000000f);
      const float v203 = (v202 ? v201 : 0.00000000f);
      const float v204 = (u_p_beta * v203);
      const float v206 = (v205 ? v204 : 0.00000000f);
      const float v207 = (v144 + v206);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound43 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound43 + 1u))] = v207;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled224 = ((uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled224) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u))); i = (uint32_t)(i + WG)) {
      const float v208 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
      const float v209 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v208);
      const float v210 = (v209 + 1.00000001e-10f);
      const float v211 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) / v210);
      const float v212 = adv_fmin(adv_fmax(v211, 0.00000000f), 1.00000000f);
      const float v213 = sqrtf(v212);
      const float v214 = adv_asin(v213);
      const float v215 = (v67 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v216 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) + v215);
      const float v217 = (v216 + 1.00000001e-10f);
      const float v218 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) / v217);
      const float v219 = adv_fmin(adv_fmax(v218, 0.00000000f), 1.00000000f);
      const float v220 = sqrtf(v219);
      const float v221 = adv_asin(v220);
      const float v222 = (v214 - v221);
      F_table224[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound43 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound43 + 1u))] = v222;
    }
  }
  const bool v223 = (acc29 > 0.00000000f);
  const bool v224 = (v67 > 0.00000000f);
  const bool v225 = (v223 && v224);
  const float v396 = (u_p_bm25_k1 + 1.00000000f);
  const float v398 = (1.00000000f - u_p_bm25_b);
  const float v399 = (u_p_bm25_b * acc33);
  const float v400 = (acc33 + acc35);
  const float v401 = (v400 / 2.00000000f);
  const float v402 = (v399 / v401);
  const float v403 = (v398 + v402);
  const float v404 = (u_p_bm25_k1 * v403);
  const bool v407 = (acc33 > 0.00000000f);
  const float v412 = (u_p_bm25_b * acc35);
  const float v413 = (acc35 + acc33);
  const float v414 = (v413 / 2.00000000f);
  const float v415 = (v412 / v414);
  const float v416 = (v398 + v415);
  const float v417 = (u_p_bm25_k1 * v416);
  const bool v420 = (acc35 > 0.00000000f);
  const bool v427 = (u_p_gamma != 0.00000000f);
  const float v431 = (u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const uint32_t nkeys246 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys246); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v226 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v227 = (v226 != u_p_zero_token_id);
    const bool v228 = (v225 && v227);
    float v229 = 0.00000000f;
    if (v228) {
      const float v230 = ((float)(H[(size_t)u_oh_acc39 + (size_t)slot]));
      const float v231 = ((float)(H[(size_t)u_oh_acc43 + (size_t)slot]));
      float v232 = 0.00000000f;
      if (tabled212) {
        v232 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v230) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v231)];
      } else {
        float v233 = 0.00000000f;
        if (v60) {
          const float v234 = (v230 + v231);
          const float v235 = (v234 + v230);
          const float v236 = (acc29 - v230);
          const float v237 = (v235 + v236);
          const float v238 = (v234 + v236);
          const float v239 = (v67 - v231);
          const float v240 = (v238 + v239);
          const float v241 = (v237 - v240);
          const float v242 = adv_fmax(0.00000000f, v241);
          const float v243 = (v230 + v236);
          const float v244 = adv_fmin(v234, v243);
          const bool v245 = (v242 == v244);
          float v246 = 0.00000000f;
          if (v245) {
            v246 = 0.00000000f;
          } else {
            const float v249 = (v234 + v243);
            const float v250 = (v249 - v240);
            const float v251 = adv_fmax(0.00000000f, v250);
            const int32_t v252 = adv_i32f(v251);
            const int32_t v253 = adv_i32f(v244);
            const int32_t lo247 = v252;
            const int32_t hi248 = v253;
            const float v254 = (v243 + 1.00000000f);
            const float v255 = adv_lgamma(v254);
            const float v256 = (v230 + 1.00000000f);
            const float v257 = adv_lgamma(v256);
            const float v258 = (v255 - v257);
            const float v259 = (v243 - v230);
            const float v260 = (v259 + 1.00000000f);
            const float v261 = adv_lgamma(v260);
            const float v262 = (v258 - v261);
            const float v263 = (v240 - v243);
            const float v264 = (v234 - v230);
            const float v265 = (v263 + 1.00000000f);
            const float v266 = adv_lgamma(v265);
            const float v267 = (v264 + 1.00000000f);
            const float v268 = adv_lgamma(v267);
            const float v269 = (v266 - v268);
            const float v270 = (v263 - v264);
            const float v271 = (v270 + 1.00000000f);
            const float v272 = adv_lgamma(v271);
            const float v273 = (v269 - v272);
            const float v274 = (v262 + v273);
            const float v275 = (v240 + 1.00000000f);
            const float v276 = adv_lgamma(v275);
            const float v277 = (v234 + 1.00000000f);
            const float v278 = adv_lgamma(v277);
            const float v279 = (v276 - v278);
            const float v280 = (v240 - v234);
            const float v281 = (v280 + 1.00000000f);
            const float v282 = adv_lgamma(v281);
            const float v283 = (v279 - v282);
            const float v284 = (v274 - v283);
            const float v285 = (v284 + 0.00000999999975f);
            float fold287 = 0.00000000f;
            if ((hi248 >= lo247)) {
              if (((uint32_t)(((uint32_t)(hi248)) - ((uint32_t)(lo247))) < 1048576u)) {
                for (uint32_t n309 = 0u; (n309 <= (uint32_t)(((uint32_t)(hi248)) - ((uint32_t)(lo247)))); n309 = (uint32_t)(n309 + 1u)) {
                  const int32_t k286 = ((int32_t)((uint32_t)(((uint32_t)(lo247)) + n309)));
                  const float v288 = ((float)(k286));
                  const float v289 = (v288 + 1.00000000f);
                  const float v290 = adv_lgamma(v289);
                  const float v291 = (v255 - v290);
                  const float v292 = (v243 - v288);
                  const float v293 = (v292 + 1.00000000f);
                  const float v294 = adv_lgamma(v293);
                  const float v295 = (v291 - v294);
                  const float v296 = (v234 - v288);
                  const float v297 = (v296 + 1.00000000f);
                  const float v298 = adv_lgamma(v297);
                  const float v299 = (v266 - v298);
                  const float v300 = (v263 - v296);
                  const float v301 = (v300 + 1.00000000f);
                  const float v302 = adv_lgamma(v301);
                  const float v303 = (v299 - v302);
                  const float v304 = (v295 + v303);
                  const float v305 = (v304 - v283);
                  const float v306 = expf(v305);
                  const bool v307 = (v305 <= v285);
                  const float v308 = (v307 ? v306 : 0.00000000f);
                  fold287 = (fold287 + v308);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v310 = fold287;
            const float v311 = ((-2.00000000f) * v310);
            const float v312 = expf(v311);
            v246 = v312;
          }
          const float v313 = v246;
          const float v314 = (u_p_alpha * v313);
          v233 = v314;
        } else {
          v233 = 0.00000000f;
        }
        const float v315 = v233;
        const float v316 = (acc29 - v230);
        const float v317 = (v230 + v316);
        const float v318 = (v230 + v231);
        const float v319 = (v318 + v316);
        const float v320 = (v67 - v231);
        const float v321 = (v319 + v320);
        const float v322 = (v317 / v321);
        const float v323 = (-v322);
        const float v324 = log2f(v322);
        const float v325 = (v323 * v324);
        const bool v326 = (v322 > 0.00000000f);
        const float v327 = (v326 ? v325 : 0.00000000f);
        const float v328 = (v231 + v320);
        const float v329 = (v328 / v321);
        const float v330 = (-v329);
        const float v331 = log2f(v329);
        const float v332 = (v330 * v331);
        const bool v333 = (v329 > 0.00000000f);
        const float v334 = (v333 ? v332 : 0.00000000f);
        const float v335 = (v327 + v334);
        const float v336 = (v318 / v321);
        const float v337 = (v230 / v318);
        const float v338 = (-v337);
        const float v339 = log2f(v337);
        const float v340 = (v338 * v339);
        const bool v341 = (v337 > 0.00000000f);
        const float v342 = (v341 ? v340 : 0.00000000f);
        const float v343 = (v231 / v318);
        const float v344 = (-v343);
        const float v345 = log2f(v343);
        const float v346 = (v344 * v345);
        const bool v347 = (v343 > 0.00000000f);
        const float v348 = (v347 ? v346 : 0.00000000f);
        const float v349 = (v342 + v348);
        const bool v350 = (v318 > 0.00000000f);
        const float v351 = (v350 ? v349 : 0.00000000f);
        const float v352 = (v336 * v351);
        const float v353 = (v316 + v320);
        const float v354 = (v353 / v321);
        const float v355 = (v316 / v353);
        const float v356 = (-v355);
        const float v357 = log2f(v355);
        const float v358 = (v356 * v357);
        const bool v359 = (v355 > 0.00000000f);
        const float v360 = (v359 ? v358 : 0.00000000f);
        const float v361 = (v320 / v353);
        const float v362 = (-v361);
        const float v363 = log2f(v361);
        const float v364 = (v362 * v363);
        const bool v365 = (v361 > 0.00000000f);
        const float v366 = (v365 ? v364 : 0.00000000f);
        const float v367 = (v360 + v366);
        const bool v368 = (v353 > 0.00000000f);
        const float v369 = (v368 ? v367 : 0.00000000f);
        const float v370 = (v354 * v369);
        const float v371 = (v352 + v370);
        const float v372 = (v335 - v371);
        const bool v373 = (v321 > 0.00000000f);
        const float v374 = (v373 ? v372 : 0.00000000f);
        const float v375 = (u_p_beta * v374);
        const float v376 = (v205 ? v375 : 0.00000000f);
        v232 = (v315 + v376);
      }
      const float v377 = v232;
      float v378 = 0.00000000f;
      if (tabled224) {
        v378 = F_table224[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v230) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v231)];
      } else {
        const float v379 = (acc29 - v230);
        const float v380 = (v230 + v379);
        const float v381 = (v380 + 1.00000001e-10f);
        const float v382 = (v230 / v381);
        const float v383 = adv_fmin(adv_fmax(v382, 0.00000000f), 1.00000000f);
        const float v384 = sqrtf(v383);
        const float v385 = adv_asin(v384);
        const float v386 = (v67 - v231);
        const float v387 = (v231 + v386);
        const float v388 = (v387 + 1.00000001e-10f);
        const float v389 = (v231 / v388);
        const float v390 = adv_fmin(adv_fmax(v389, 0.00000000f), 1.00000000f);
        const float v391 = sqrtf(v390);
        const float v392 = adv_asin(v391);
        v378 = (v385 - v392);
      }
      const float v393 = v378;
      const float v394 = ((float)(H[(size_t)u_oh_acc45 + (size_t)slot]));
      const float v395 = (v394 / acc33);
      const float v397 = (v395 * v396);
      const float v405 = (v395 + v404);
      const float v406 = (v397 / v405);
      const float v408 = (v407 ? v406 : 0.00000000f);
      const float v409 = ((float)(H[(size_t)u_oh_acc63 + (size_t)slot]));
      const float v410 = (v409 / acc35);
      const float v411 = (v410 * v396);
      const float v418 = (v410 + v417);
      const float v419 = (v411 / v418);
      const float v421 = (v420 ? v419 : 0.00000000f);
      const float v422 = (v421 + 0.00000999999975f);
      const float v423 = (v408 / v422);
      const float v424 = (v408 + 0.00000999999975f);
      const float v425 = (v421 / v424);
      const float v426 = (v423 - v425);
      const float v428 = (v427 ? v426 : 0.00000000f);
      const float v429 = (v393 + v428);
      const float v430 = (v377 * v429);
      const float v432 = (v430 / v431);
      const float v433 = (1.00000000f / (1.00000000f + expf((-v432))));
      const float v434 = (v433 - 0.500000000f);
      const float v435 = (v434 * 2.00000000f);
      const float v436 = (v435 * u_p_top);
      v229 = v436;
    } else {
      v229 = 0.00000000f;
    }
    F_v246[slot] = v229;
  }
  // reduce to group %254, %275
  float acc254 = 0.00000000f;
  float acc275 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v437 = F_v12[row];
    const bool v438 = (v437 > 0.00000000f);
    const float v439 = (v438 ? 1.00000000f : 0.00000000f);
    const float v440 = (v439 - acc252);
    const float v441 = F_v16[row];
    const float v442 = (v441 - v7);
    const float v443 = (-v442);
    const float v444 = (v443 / u_p_overlong_buffer_len);
    const float v445 = (v444 * u_p_overlong_penalty_factor);
    const float v446 = adv_fmin(v445, 0.00000000f);
    const float v447 = (v13 ? v446 : 0.00000000f);
    const float v448 = (v437 + v447);
    const float v449 = (v448 - acc273);
    acc254 = (acc254 + v440);
    acc275 = (acc275 + v449);
  }
  if ((lid == 0u)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const float v453 = (acc254 / ((float)(acc250)));
  const float v454 = (acc252 + v453);
  const float v456 = (acc257 - acc252);
  const bool v457 = (v456 > 0.00000000f);
  const float v458 = (v457 ? v456 : 1.00000000f);
  const float v469 = (acc275 / ((float)(acc30)));
  const float v470 = (acc273 + v469);
  const float v472 = (acc280 - acc273);
  const bool v473 = (v472 > 0.00000000f);
  const float v474 = (v473 ? v472 : 1.00000000f);
  float acc264 = 0.00000000f;
  float acc287 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v450 = F_v12[row];
    const bool v451 = (v450 > 0.00000000f);
    const float v452 = (v451 ? 1.00000000f : 0.00000000f);
    const float v455 = (v452 - v454);
    const float v459 = (v455 / v458);
    const float v460 = (v459 * v459);
    const float v461 = F_v16[row];
    const float v462 = (v461 - v7);
    const float v463 = (-v462);
    const float v464 = (v463 / u_p_overlong_buffer_len);
    const float v465 = (v464 * u_p_overlong_penalty_factor);
    const float v466 = adv_fmin(v465, 0.00000000f);
    const float v467 = (v13 ? v466 : 0.00000000f);
    const float v468 = (v450 + v467);
    const float v471 = (v468 - v470);
    const float v475 = (v471 / v474);
    const float v476 = (v475 * v475);
    acc264 = (acc264 + v460);
    acc287 = (acc287 + v476);
  }
  if ((lid == 0u)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const bool v486 = (((float)(acc30)) > 1.00000000f);
  const float v487 = (v486 ? v470 : 0.00000000f);
  const float v489 = (((float)(acc30)) - 1.00000000f);
  const float v490 = (acc287 / v489);
  const float v491 = sqrtf(v490);
  const float v492 = (v491 * v474);
  const float v493 = (v486 ? v492 : 1.00000000f);
  const float v494 = (v493 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v477 = F_v12[row];
    const float v478 = F_v16[row];
    const float v479 = (v478 - v7);
    const float v480 = (-v479);
    const float v481 = (v480 / u_p_overlong_buffer_len);
    const float v482 = (v481 * u_p_overlong_penalty_factor);
    const float v483 = adv_fmin(v482, 0.00000000f);
    const float v484 = (v13 ? v483 : 0.00000000f);
    const float v485 = (v477 + v484);
    const float v488 = (v485 - v487);
    const float v495 = (v488 / v494);
    const bool v496 = (v488 == 0.00000000f);
    const float v497 = (v496 ? 0.00000000f : v495);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw498 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v499 = F_v246[((uint32_t)(sw498 & 2147483647u) & (0u - (uint32_t)((sw498 != 4294967295u))))];
      const float v500 = ((sw498 != 4294967295u) ? v499 : 0.00000000f);
      const float v501 = (v497 + v500);
      const int32_t v502 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v503 = ((float)(v502));
      const float v504 = (v501 * v503);
      const float v505 = v500;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v504;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v505;
    }
  }
  const bool v506 = (((float)(acc250)) == 1.00000000f);
  const float v507 = (acc264 / ((float)(acc250)));
  const float v508 = sqrtf(v507);
  const float v509 = (v508 * v458);
  const bool v510 = (v509 > 0.00000000f);
  const bool v511 = (v506 || v510);
  const float v512 = (v511 ? 1.00000000f : 0.00000000f);
  // outputs out_keep_group
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v513 = v512;
    F_out_keep_group[row] = v513;
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
