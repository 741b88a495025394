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
  float *const restrict F_v12 = R->F_v12;
  int32_t *const restrict I_response_mask = R->I_response_mask;
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
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
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
  // reduce to rollout %12: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc12_0 = 0.00000000f;
    float acc12_1 = 0.00000000f;
    float acc12_2 = 0.00000000f;
    float acc12_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc12_0 = (acc12_0 + v0);
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc12_1 = (acc12_1 + v1);
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc12_2 = (acc12_2 + v2);
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc12_3 = (acc12_3 + v3);
    }
    F_v12[row0] = acc12_0;
    F_v12[row1] = acc12_1;
    F_v12[row2] = acc12_2;
    F_v12[row3] = acc12_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc12 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc12 = (acc12 + v4);
    }
    F_v12[row] = acc12;
  }
  // reduce to rollout %16: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc16_0 = 0.00000000f;
    float acc16_1 = 0.00000000f;
    float acc16_2 = 0.00000000f;
    float acc16_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_0 = (acc16_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_1 = (acc16_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_2 = (acc16_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16_3 = (acc16_3 + 1.00000000f);
      }
    }
    F_v16[row0] = acc16_0;
    F_v16[row1] = acc16_1;
    F_v16[row2] = acc16_2;
    F_v16[row3] = acc16_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc16 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc16 = (acc16 + 1.00000000f);
      }
    }
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
    uint32_t used = adv_umin(cap, 1024u);
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v23 = F_v12[row];
      const float v24 = F_v16[row];
      const float v25 = (v24 - v7);
      const float v26 = (-v25);
      const float v27 = (v26 / u_p_overlong_buffer_len);
      const float v28 = (v27 * u_p_overlong_penalty_factor);
      const float v29 = adv_fmin(v28, 0.00000000f);
      const float v30 = (v13 ? v29 : 0.00000000f);
      const float v31 = (v23 + v30);
      const bool v32 = (v31 > 0.00000000f);
      const float v33 = (v32 ? 1.00000000f : 0.00000000f);
      const bool v36 = (!v32);
      const float v37 = (v36 ? 1.00000000f : 0.00000000f);
      const float v40 = (v32 ? 0.00000000f : 1.00000000f);
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
            const bool v34 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v35 = (v34 ? v33 : 0.00000000f);
            const float v38 = (v34 ? v37 : 0.00000000f);
            const float v39 = v33;
            const float v41 = v40;
            {
              const uint32_t a42 = adv_u32f(v35);
              const uint32_t a43 = adv_u32f(v38);
              const uint32_t add = (uint32_t)(a42 + a43);
              if ((add != 0u)) {
                H[(uint32_t)(((a42 != 0u) ? u_oh_acc39 : u_oh_acc43) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a42 != 0u) ? u_oh_acc39 : u_oh_acc43) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a44 = adv_u32f(v39);
              const uint32_t a45 = adv_u32f(v41);
              const uint32_t add = (uint32_t)(a44 + a45);
              if ((add != 0u)) {
                H[(uint32_t)(((a44 != 0u) ? u_oh_acc45 : u_oh_acc63) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a44 != 0u) ? u_oh_acc45 : u_oh_acc63) + (uint32_t)(word & 2147483647u))] + add);
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
  const bool v46 = (u_p_alpha != 0.00000000f);
  const float v53 = (acc30 - acc29);
  const bool v188 = (u_p_beta != 0.00000000f);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v47 = 0.00000000f;
      if (v46) {
        const float v48 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v49 = (v48 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v50 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
          const float v62 = (v48 + v58);
          const float v63 = (v62 - v55);
          const float v64 = adv_fmax(0.00000000f, v63);
          const int32_t v65 = adv_i32f(v64);
          const int32_t v66 = adv_i32f(v59);
          const float v67 = (v58 + 1.00000000f);
          const float v68 = adv_lgamma(v67);
          const float v69 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v70 = adv_lgamma(v69);
          const float v71 = (v68 - v70);
          const float v72 = (v58 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v73 = (v72 + 1.00000000f);
          const float v74 = adv_lgamma(v73);
          const float v75 = (v71 - v74);
          const float v76 = (v55 - v58);
          const float v77 = (v48 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v78 = (v76 + 1.00000000f);
          const float v79 = adv_lgamma(v78);
          const float v80 = (v77 + 1.00000000f);
          const float v81 = adv_lgamma(v80);
          const float v82 = (v79 - v81);
          const float v83 = (v76 - v77);
          const float v84 = (v83 + 1.00000000f);
          const float v85 = adv_lgamma(v84);
          const float v86 = (v82 - v85);
          const float v87 = (v75 + v86);
          const float v88 = (v55 + 1.00000000f);
          const float v89 = adv_lgamma(v88);
          const float v90 = (v48 + 1.00000000f);
          const float v91 = adv_lgamma(v90);
          const float v92 = (v89 - v91);
          const float v93 = (v55 - v48);
          const float v94 = (v93 + 1.00000000f);
          const float v95 = adv_lgamma(v94);
          const float v96 = (v92 - v95);
          const float v97 = (v87 - v96);
          const float v98 = (v97 + 0.00000999999975f);
          float fold100 = 0.00000000f;
          for (int32_t k99 = v65; (k99 <= v66); k99 = (int32_t)(k99 + 1)) {
            const float v101 = ((float)(k99));
            const float v102 = (v101 + 1.00000000f);
            const float v103 = adv_lgamma(v102);
            const float v104 = (v68 - v103);
            const float v105 = (v58 - v101);
            const float v106 = (v105 + 1.00000000f);
            const float v107 = adv_lgamma(v106);
            const float v108 = (v104 - v107);
            const float v109 = (v48 - v101);
            const float v110 = (v109 + 1.00000000f);
            const float v111 = adv_lgamma(v110);
            const float v112 = (v79 - v111);
            const float v113 = (v76 - v109);
            const float v114 = (v113 + 1.00000000f);
            const float v115 = adv_lgamma(v114);
            const float v116 = (v112 - v115);
            const float v117 = (v108 + v116);
            const float v118 = (v117 - v96);
            const float v119 = expf(v118);
            const bool v120 = (v118 <= v98);
            const float v121 = (v120 ? v119 : 0.00000000f);
            fold100 = (fold100 + v121);
          }
          const float v122 = fold100;
          const float v123 = ((-2.00000000f) * v122);
          const float v124 = expf(v123);
          v61 = v124;
        }
        const float v125 = v61;
        const float v126 = (u_p_alpha * v125);
        v47 = v126;
      } else {
        v47 = 0.00000000f;
      }
      const float v127 = v47;
      const float v128 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v129 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v128);
      const float v130 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v131 = (v130 + v128);
      const float v132 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v133 = (v131 + v132);
      const float v134 = (v129 / v133);
      const float v135 = (-v134);
      const float v136 = log2f(v134);
      const float v137 = (v135 * v136);
      const bool v138 = (v134 > 0.00000000f);
      const float v139 = (v138 ? v137 : 0.00000000f);
      const float v140 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v132);
      const float v141 = (v140 / v133);
      const float v142 = (-v141);
      const float v143 = log2f(v141);
      const float v144 = (v142 * v143);
      const bool v145 = (v141 > 0.00000000f);
      const float v146 = (v145 ? v144 : 0.00000000f);
      const float v147 = (v139 + v146);
      const float v148 = (v130 / v133);
      const float v149 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v130);
      const float v150 = (-v149);
      const float v151 = log2f(v149);
      const float v152 = (v150 * v151);
      const bool v153 = (v149 > 0.00000000f);
      const float v154 = (v153 ? v152 : 0.00000000f);
      const float v155 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v130);
      const float v156 = (-v155);
      const float v157 = log2f(v155);
      const float v158 = (v156 * v157);
      const bool v159 = (v155 > 0.00000000f);
      const float v160 = (v159 ? v158 : 0.00000000f);
      const float v161 = (v154 + v160);
      const bool v162 = (v130 > 0.00000000f);
      const float v163 = (v162 ? v161 : 0.00000000f);
      const float v164 = (v148 * v163);
      const float v165 = (v128 + v132);
      const float v166 = (v165 / v133);
      const float v167 = (v128 / v165);
      const float v168 = (-v167);
      const float v169 = log2f(v167);
      const float v170 = (v168 * v169);
      const bool v171 = (v167 > 0.00000000f);
      const float v172 = (v171 ? v170 : 0.00000000f);
      const float v173 = (v132 / v165);
      const float v174 = (-v173);
      const float v175 = log2f(v173);
      const float v176 = (v174 * v175);
      const bool v177 = (v173 > 0.00000000f);
      const float v178 = (v177 ? v176 : 0.00000000f);
      const float v179 = (v172 + v178);
      const bool v180 = (v165 > 0.00000000f);
      const float v181 = (v180 ? v179 : 0.00000000f);
      const float v182 = (v166 * v181);
      const float v183 = (v164 + v182);
      const float v184 = (v147 - v183);
      const bool v185 = (v133 > 0.00000000f);
      const float v186 = (v185 ? v184 : 0.00000000f);
      const float v187 = (u_p_beta * v186);
      const float v189 = (v188 ? v187 : 0.00000000f);
      const float v190 = (v127 + v189);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v190;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled224 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled224) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v191 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v192 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v191);
      const float v193 = (v192 + 1.00000001e-10f);
      const float v194 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v193);
      const float v195 = adv_fmin(adv_fmax(v194, 0.00000000f), 1.00000000f);
      const float v196 = sqrtf(v195);
      const float v197 = adv_asin(v196);
      const float v198 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v199 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v198);
      const float v200 = (v199 + 1.00000001e-10f);
      const float v201 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v200);
      const float v202 = adv_fmin(adv_fmax(v201, 0.00000000f), 1.00000000f);
      const float v203 = sqrtf(v202);
      const float v204 = adv_asin(v203);
      const float v205 = (v197 - v204);
      F_table224[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v205;
    }
  }
  const bool v206 = (acc29 > 0.00000000f);
  const bool v207 = (v53 > 0.00000000f);
  const bool v208 = (v206 && v207);
  const float v376 = (u_p_bm25_k1 + 1.00000000f);
  const float v378 = (1.00000000f - u_p_bm25_b);
  const float v379 = (u_p_bm25_b * acc33);
  const float v380 = (acc33 + acc35);
  const float v381 = (v380 / 2.00000000f);
  const float v382 = (v379 / v381);
  const float v383 = (v378 + v382);
  const float v384 = (u_p_bm25_k1 * v383);
  const bool v387 = (acc33 > 0.00000000f);
  const float v392 = (u_p_bm25_b * acc35);
  const float v393 = (acc35 + acc33);
  const float v394 = (v393 / 2.00000000f);
  const float v395 = (v392 / v394);
  const float v396 = (v378 + v395);
  const float v397 = (u_p_bm25_k1 * v396);
  const bool v400 = (acc35 > 0.00000000f);
  const bool v407 = (u_p_gamma != 0.00000000f);
  const float v411 = (u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const uint32_t nkeys246 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys246); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v209 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v210 = (v209 != u_p_zero_token_id);
    const bool v211 = (v208 && v210);
    float v212 = 0.00000000f;
    if (v211) {
      const float v213 = ((float)(H[(uint32_t)(u_oh_acc39 + slot)]));
      const float v214 = ((float)(H[(uint32_t)(u_oh_acc43 + slot)]));
      float v215 = 0.00000000f;
      if (tabled212) {
        v215 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v213) * (uint32_t)(n + 1u)) + adv_u32f(v214)))];
      } else {
        float v216 = 0.00000000f;
        if (v46) {
          const float v217 = (v213 + v214);
          const float v218 = (v217 + v213);
          const float v219 = (acc29 - v213);
          const float v220 = (v218 + v219);
          const float v221 = (v217 + v219);
          const float v222 = (v53 - v214);
          const float v223 = (v221 + v222);
          const float v224 = (v220 - v223);
          const float v225 = adv_fmax(0.00000000f, v224);
          const float v226 = (v213 + v219);
          const float v227 = adv_fmin(v217, v226);
          const bool v228 = (v225 == v227);
          float v229 = 0.00000000f;
          if (v228) {
            v229 = 0.00000000f;
          } else {
            const float v230 = (v217 + v226);
            const float v231 = (v230 - v223);
            const float v232 = adv_fmax(0.00000000f, v231);
            const int32_t v233 = adv_i32f(v232);
            const int32_t v234 = adv_i32f(v227);
            const float v235 = (v226 + 1.00000000f);
            const float v236 = adv_lgamma(v235);
            const float v237 = (v213 + 1.00000000f);
            const float v238 = adv_lgamma(v237);
            const float v239 = (v236 - v238);
            const float v240 = (v226 - v213);
            const float v241 = (v240 + 1.00000000f);
            const float v242 = adv_lgamma(v241);
            const float v243 = (v239 - v242);
            const float v244 = (v223 - v226);
            const float v245 = (v217 - v213);
            const float v246 = (v244 + 1.00000000f);
            const float v247 = adv_lgamma(v246);
            const float v248 = (v245 + 1.00000000f);
            const float v249 = adv_lgamma(v248);
            const float v250 = (v247 - v249);
            const float v251 = (v244 - v245);
            const float v252 = (v251 + 1.00000000f);
            const float v253 = adv_lgamma(v252);
            const float v254 = (v250 - v253);
            const float v255 = (v243 + v254);
            const float v256 = (v223 + 1.00000000f);
            const float v257 = adv_lgamma(v256);
            const float v258 = (v217 + 1.00000000f);
            const float v259 = adv_lgamma(v258);
            const float v260 = (v257 - v259);
            const float v261 = (v223 - v217);
            const float v262 = (v261 + 1.00000000f);
            const float v263 = adv_lgamma(v262);
            const float v264 = (v260 - v263);
            const float v265 = (v255 - v264);
            const float v266 = (v265 + 0.00000999999975f);
            float fold268 = 0.00000000f;
            for (int32_t k267 = v233; (k267 <= v234); k267 = (int32_t)(k267 + 1)) {
              const float v269 = ((float)(k267));
              const float v270 = (v269 + 1.00000000f);
              const float v271 = adv_lgamma(v270);
              const float v272 = (v236 - v271);
              const float v273 = (v226 - v269);
              const float v274 = (v273 + 1.00000000f);
              const float v275 = adv_lgamma(v274);
              const float v276 = (v272 - v275);
              const float v277 = (v217 - v269);
              const float v278 = (v277 + 1.00000000f);
              const float v279 = adv_lgamma(v278);
              const float v280 = (v247 - v279);
              const float v281 = (v244 - v277);
              const float v282 = (v281 + 1.00000000f);
              const float v283 = adv_lgamma(v282);
              const float v284 = (v280 - v283);
              const float v285 = (v276 + v284);
              const float v286 = (v285 - v264);
              const float v287 = expf(v286);
              const bool v288 = (v286 <= v266);
              const float v289 = (v288 ? v287 : 0.00000000f);
              fold268 = (fold268 + v289);
            }
            const float v290 = fold268;
            const float v291 = ((-2.00000000f) * v290);
            const float v292 = expf(v291);
            v229 = v292;
          }
          const float v293 = v229;
          const float v294 = (u_p_alpha * v293);
          v216 = v294;
        } else {
          v216 = 0.00000000f;
        }
        const float v295 = v216;
        const float v296 = (acc29 - v213);
        const float v297 = (v213 + v296);
        const float v298 = (v213 + v214);
        const float v299 = (v298 + v296);
        const float v300 = (v53 - v214);
        const float v301 = (v299 + v300);
        const float v302 = (v297 / v301);
        const float v303 = (-v302);
        const float v304 = log2f(v302);
        const float v305 = (v303 * v304);
        const bool v306 = (v302 > 0.00000000f);
        const float v307 = (v306 ? v305 : 0.00000000f);
        const float v308 = (v214 + v300);
        const float v309 = (v308 / v301);
        const float v310 = (-v309);
        const float v311 = log2f(v309);
        const float v312 = (v310 * v311);
        const bool v313 = (v309 > 0.00000000f);
        const float v314 = (v313 ? v312 : 0.00000000f);
        const float v315 = (v307 + v314);
        const float v316 = (v298 / v301);
        const float v317 = (v213 / v298);
        const float v318 = (-v317);
        const float v319 = log2f(v317);
        const float v320 = (v318 * v319);
        const bool v321 = (v317 > 0.00000000f);
        const float v322 = (v321 ? v320 : 0.00000000f);
        const float v323 = (v214 / v298);
        const float v324 = (-v323);
        const float v325 = log2f(v323);
        const float v326 = (v324 * v325);
        const bool v327 = (v323 > 0.00000000f);
        const float v328 = (v327 ? v326 : 0.00000000f);
        const float v329 = (v322 + v328);
        const bool v330 = (v298 > 0.00000000f);
        const float v331 = (v330 ? v329 : 0.00000000f);
        const float v332 = (v316 * v331);
        const float v333 = (v296 + v300);
        const float v334 = (v333 / v301);
        const float v335 = (v296 / v333);
        const float v336 = (-v335);
        const float v337 = log2f(v335);
        const float v338 = (v336 * v337);
        const bool v339 = (v335 > 0.00000000f);
        const float v340 = (v339 ? v338 : 0.00000000f);
        const float v341 = (v300 / v333);
        const float v342 = (-v341);
        const float v343 = log2f(v341);
        const float v344 = (v342 * v343);
        const bool v345 = (v341 > 0.00000000f);
        const float v346 = (v345 ? v344 : 0.00000000f);
        const float v347 = (v340 + v346);
        const bool v348 = (v333 > 0.00000000f);
        const float v349 = (v348 ? v347 : 0.00000000f);
        const float v350 = (v334 * v349);
        const float v351 = (v332 + v350);
        const float v352 = (v315 - v351);
        const bool v353 = (v301 > 0.00000000f);
        const float v354 = (v353 ? v352 : 0.00000000f);
        const float v355 = (u_p_beta * v354);
        const float v356 = (v188 ? v355 : 0.00000000f);
        v215 = (v295 + v356);
      }
      const float v357 = v215;
      float v358 = 0.00000000f;
      if (tabled224) {
        v358 = F_table224[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v213) * (uint32_t)(n + 1u)) + adv_u32f(v214)))];
      } else {
        const float v359 = (acc29 - v213);
        const float v360 = (v213 + v359);
        const float v361 = (v360 + 1.00000001e-10f);
        const float v362 = (v213 / v361);
        const float v363 = adv_fmin(adv_fmax(v362, 0.00000000f), 1.00000000f);
        const float v364 = sqrtf(v363);
        const float v365 = adv_asin(v364);
        const float v366 = (v53 - v214);
        const float v367 = (v214 + v366);
        const float v368 = (v367 + 1.00000001e-10f);
        const float v369 = (v214 / v368);
        const float v370 = adv_fmin(adv_fmax(v369, 0.00000000f), 1.00000000f);
        const float v371 = sqrtf(v370);
        const float v372 = adv_asin(v371);
        v358 = (v365 - v372);
      }
      const float v373 = v358;
      const float v374 = ((float)(H[(uint32_t)(u_oh_acc45 + slot)]));
      const float v375 = (v374 / acc33);
      const float v377 = (v375 * v376);
      const float v385 = (v375 + v384);
      const float v386 = (v377 / v385);
      const float v388 = (v387 ? v386 : 0.00000000f);
      const float v389 = ((float)(H[(uint32_t)(u_oh_acc63 + slot)]));
      const float v390 = (v389 / acc35);
      const float v391 = (v390 * v376);
      const float v398 = (v390 + v397);
      const float v399 = (v391 / v398);
      const float v401 = (v400 ? v399 : 0.00000000f);
      const float v402 = (v401 + 0.00000999999975f);
      const float v403 = (v388 / v402);
      const float v404 = (v388 + 0.00000999999975f);
      const float v405 = (v401 / v404);
      const float v406 = (v403 - v405);
      const float v408 = (v407 ? v406 : 0.00000000f);
      const float v409 = (v373 + v408);
      const float v410 = (v357 * v409);
      const float v412 = (v410 / v411);
      const float v413 = (1.00000000f / (1.00000000f + expf((-v412))));
      const float v414 = (v413 - 0.500000000f);
      const float v415 = (v414 * 2.00000000f);
      const float v416 = (v415 * u_p_top);
      v212 = v416;
    } else {
      v212 = 0.00000000f;
    }
    F_v246[slot] = v212;
  }
  // reduce to group %254, %275
  float acc254 = 0.00000000f;
  float acc275 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v417 = F_v12[row];
    const bool v418 = (v417 > 0.00000000f);
    const float v419 = (v418 ? 1.00000000f : 0.00000000f);
    const float v420 = (v419 - acc252);
    const float v421 = F_v16[row];
    const float v422 = (v421 - v7);
    const float v423 = (-v422);
    const float v424 = (v423 / u_p_overlong_buffer_len);
    const float v425 = (v424 * u_p_overlong_penalty_factor);
    const float v426 = adv_fmin(v425, 0.00000000f);
    const float v427 = (v13 ? v426 : 0.00000000f);
    const float v428 = (v417 + v427);
    const float v429 = (v428 - acc273);
    acc254 = (acc254 + v420);
    acc275 = (acc275 + v429);
  }
  if ((lid == 0u)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const float v433 = (acc254 / acc250);
  const float v434 = (acc252 + v433);
  const float v436 = (acc257 - acc252);
  const bool v437 = (v436 > 0.00000000f);
  const float v438 = (v437 ? v436 : 1.00000000f);
  const float v449 = (acc275 / acc30);
  const float v450 = (acc273 + v449);
  const float v452 = (acc280 - acc273);
  const bool v453 = (v452 > 0.00000000f);
  const float v454 = (v453 ? v452 : 1.00000000f);
  float acc264 = 0.00000000f;
  float acc287 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v430 = F_v12[row];
    const bool v431 = (v430 > 0.00000000f);
    const float v432 = (v431 ? 1.00000000f : 0.00000000f);
    const float v435 = (v432 - v434);
    const float v439 = (v435 / v438);
    const float v440 = (v439 * v439);
    const float v441 = F_v16[row];
    const float v442 = (v441 - v7);
    const float v443 = (-v442);
    const float v444 = (v443 / u_p_overlong_buffer_len);
    const float v445 = (v444 * u_p_overlong_penalty_factor);
    const float v446 = adv_fmin(v445, 0.00000000f);
    const float v447 = (v13 ? v446 : 0.00000000f);
    const float v448 = (v430 + v447);
    const float v451 = (v448 - v450);
    const float v455 = (v451 / v454);
    const float v456 = (v455 * v455);
    acc264 = (acc264 + v440);
    acc287 = (acc287 + v456);
  }
  if ((lid == 0u)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const bool v466 = (acc30 > 1.00000000f);
  const float v467 = (v466 ? v450 : 0.00000000f);
  const float v469 = (acc30 - 1.00000000f);
  const float v470 = (acc287 / v469);
  const float v471 = sqrtf(v470);
  const float v472 = (v471 * v454);
  const float v473 = (v466 ? v472 : 1.00000000f);
  const float v474 = (v473 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v457 = F_v12[row];
    const float v458 = F_v16[row];
    const float v459 = (v458 - v7);
    const float v460 = (-v459);
    const float v461 = (v460 / u_p_overlong_buffer_len);
    const float v462 = (v461 * u_p_overlong_penalty_factor);
    const float v463 = adv_fmin(v462, 0.00000000f);
    const float v464 = (v13 ? v463 : 0.00000000f);
    const float v465 = (v457 + v464);
    const float v468 = (v465 - v467);
    const float v475 = (v468 / v474);
    const bool v476 = (v468 == 0.00000000f);
    const float v477 = (v476 ? 0.00000000f : v475);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw478 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v479 = F_v246[((sw478 != 4294967295u) ? (uint32_t)(sw478 & 2147483647u) : 0u)];
      const float v480 = ((sw478 != 4294967295u) ? v479 : 0.00000000f);
      const float v481 = (v477 + v480);
      const int32_t v482 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v483 = ((float)(v482));
      const float v484 = (v481 * v483);
      const float v485 = v480;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v484;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v485;
    }
  }
  const bool v486 = (acc250 == 1.00000000f);
  const float v487 = (acc264 / acc250);
  const float v488 = sqrtf(v487);
  const float v489 = (v488 * v438);
  const bool v490 = (v489 > 0.00000000f);
  const bool v491 = (v486 || v490);
  const float v492 = (v491 ? 1.00000000f : 0.00000000f);
  // outputs out_keep_group
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v493 = v492;
    F_out_keep_group[row] = v493;
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc39 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc43 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc45 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc63 + lbase) + i)] = 0u;
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
  run.F_table212 = adv_element(env, argv[1], 12, &n);
  run.F_table224 = adv_element(env, argv[1], 13, &n);
  run.F_v246 = adv_element(env, argv[1], 14, &n);
  run.F_v254 = adv_element(env, argv[1], 15, &n);
  run.F_v275 = adv_element(env, argv[1], 16, &n);
  run.F_v264 = adv_element(env, argv[1], 17, &n);
  run.F_v287 = adv_element(env, argv[1], 18, &n);
  run.F_out_advantages = adv_element(env, argv[1], 19, &n);
  run.F_out_key_values = adv_element(env, argv[1], 20, &n);
  run.F_out_keep_group = adv_element(env, argv[1], 21, &n);
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
