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
  uint32_t o_v9;
  uint32_t o_v14;
  uint32_t o_v15;
  uint32_t o_v18;
  uint32_t o_v20;
  uint32_t o_v22;
  uint32_t o_v251;
  uint32_t o_table217;
  uint32_t o_table229;
  uint32_t o_v255;
  uint32_t o_v257;
  uint32_t o_v323;
  uint32_t o_table323;
  uint32_t o_v377;
  uint32_t o_table377;
  uint32_t o_v396;
  uint32_t o_table389;
  uint32_t o_v399;
  uint32_t o_v401;
  uint32_t o_v406;
  uint32_t o_v413;
  uint32_t o_out_advantages;
  uint32_t o_out_key_values;
  uint32_t o_out_key_a;
  uint32_t o_out_key_b;
  uint32_t o_out_key_c;
  uint32_t o_out_key_d;
  uint32_t o_out_key_p_value;
  uint32_t o_out_key_information_gain;
  uint32_t o_out_key_direction;
  uint32_t o_out_rollout_advantage;
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
  uint32_t oh_acc26;
  uint32_t oh_acc30;
  uint32_t oh_acc32;
  uint32_t oh_acc50;
  uint32_t oh_table_tok_1;
  uint32_t oh_keys_tok_1;
  uint32_t oh_seen_tok_1;
  uint32_t oh_slot_tok_1;
  uint32_t oh_count_tok_1;
  uint32_t oh_acc66;
  uint32_t oh_acc68;
  uint32_t oh_acc69;
  uint32_t oh_acc75;
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
  float *F_v9;
  float *F_v14;
  float *F_v15;
  float *F_v399;
  float *F_v406;
  float *F_v18;
  float *F_v20;
  float *F_v22;
  float *F_v401;
  float *F_table217;
  float *F_table229;
  float *F_v251;
  float *F_v255;
  float *F_v257;
  float *F_table323;
  float *F_v323;
  float *F_table377;
  float *F_v377;
  float *F_table389;
  float *F_v396;
  float *F_v413;
  float *F_out_advantages;
  float *F_out_key_values;
  float *F_out_key_a;
  float *F_out_key_b;
  float *F_out_key_c;
  float *F_out_key_d;
  float *F_out_key_p_value;
  float *F_out_key_information_gain;
  float *F_out_key_direction;
  float *F_out_rollout_advantage;
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
  const uint32_t u_oh_acc26 = R->U.oh_acc26;
  const uint32_t u_oh_acc30 = R->U.oh_acc30;
  const uint32_t u_oh_acc32 = R->U.oh_acc32;
  const uint32_t u_oh_acc50 = R->U.oh_acc50;
  const uint32_t u_oh_slot_tok = R->U.oh_slot_tok;
  const uint32_t u_oh_count_tok = R->U.oh_count_tok;
  const uint32_t u_oh_table_tok_1 = R->U.oh_table_tok_1;
  const uint32_t u_oh_keys_tok_1 = R->U.oh_keys_tok_1;
  const uint32_t u_oh_seen_tok_1 = R->U.oh_seen_tok_1;
  const uint32_t u_oh_acc66 = R->U.oh_acc66;
  const uint32_t u_oh_acc68 = R->U.oh_acc68;
  const uint32_t u_oh_acc69 = R->U.oh_acc69;
  const uint32_t u_oh_acc75 = R->U.oh_acc75;
  const uint32_t u_oh_slot_tok_1 = R->U.oh_slot_tok_1;
  const uint32_t u_oh_count_tok_1 = R->U.oh_count_tok_1;
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
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v14 = R->F_v14;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v399 = R->F_v399;
  float *const restrict F_v406 = R->F_v406;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v401 = R->F_v401;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table217 = R->F_table217;
  float *const restrict F_table229 = R->F_table229;
  float *const restrict F_v251 = R->F_v251;
  float *const restrict F_v255 = R->F_v255;
  float *const restrict F_v257 = R->F_v257;
  float *const restrict F_table323 = R->F_table323;
  float *const restrict F_v323 = R->F_v323;
  float *const restrict F_table377 = R->F_table377;
  float *const restrict F_v377 = R->F_v377;
  float *const restrict F_table389 = R->F_table389;
  float *const restrict F_v396 = R->F_v396;
  float *const restrict F_v413 = R->F_v413;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  float *const restrict F_out_key_a = R->F_out_key_a;
  float *const restrict F_out_key_b = R->F_out_key_b;
  float *const restrict F_out_key_c = R->F_out_key_c;
  float *const restrict F_out_key_d = R->F_out_key_d;
  float *const restrict F_out_key_p_value = R->F_out_key_p_value;
  float *const restrict F_out_key_information_gain = R->F_out_key_information_gain;
  float *const restrict F_out_key_direction = R->F_out_key_direction;
  float *const restrict F_out_rollout_advantage = R->F_out_rollout_advantage;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to rollout %9: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc9_0 = 0.00000000f;
    float acc9_1 = 0.00000000f;
    float acc9_2 = 0.00000000f;
    float acc9_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc9_0 = (acc9_0 + v0);
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc9_1 = (acc9_1 + v1);
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc9_2 = (acc9_2 + v2);
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc9_3 = (acc9_3 + v3);
    }
    F_v9[row0] = acc9_0;
    F_v9[row1] = acc9_1;
    F_v9[row2] = acc9_2;
    F_v9[row3] = acc9_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc9 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc9 = (acc9 + v4);
    }
    F_v9[row] = acc9;
  }
  // reduce to group %14, %15, %399, %406
  float acc14 = 0.00000000f;
  float acc15 = 0.00000000f;
  float acc399 = INFINITY;
  float acc406 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc14 = (acc14 + v7);
    acc15 = (acc15 + 1.00000000f);
    acc399 = adv_fmin(acc399, v5);
    acc406 = adv_fmax(acc406, v5);
  }
  if ((lid == 0u)) {
    F_v14[g] = acc14;
    F_v15[g] = acc15;
    F_v399[g] = acc399;
    F_v406[g] = acc406;
  }
  // reduce to rollout %18: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc18_0 = 0.00000000f;
    float acc18_1 = 0.00000000f;
    float acc18_2 = 0.00000000f;
    float acc18_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc18_0 = (acc18_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc18_1 = (acc18_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc18_2 = (acc18_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc18_3 = (acc18_3 + 1.00000000f);
      }
    }
    F_v18[row0] = acc18_0;
    F_v18[row1] = acc18_1;
    F_v18[row2] = acc18_2;
    F_v18[row3] = acc18_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc18 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc18 = (acc18 + 1.00000000f);
      }
    }
    F_v18[row] = acc18;
  }
  // reduce to group %20, %22, %401
  float acc20 = 0.00000000f;
  float acc22 = 0.00000000f;
  float acc401 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v18[row];
    const float v9 = F_v9[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc399);
    acc20 = (acc20 + v11);
    acc22 = (acc22 + v12);
    acc401 = (acc401 + v13);
  }
  if ((lid == 0u)) {
    F_v20[g] = acc20;
    F_v22[g] = acc22;
    F_v401[g] = acc401;
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
      const float v15 = F_v9[row];
      const bool v16 = (v15 > 0.00000000f);
      const float v17 = (v16 ? 1.00000000f : 0.00000000f);
      const bool v20 = (!v16);
      const float v21 = (v20 ? 1.00000000f : 0.00000000f);
      const float v24 = (v16 ? 0.00000000f : 1.00000000f);
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
                H[(uint32_t)(((a26 != 0u) ? u_oh_acc26 : u_oh_acc30) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a26 != 0u) ? u_oh_acc26 : u_oh_acc30) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a28 = adv_u32f(v23);
              const uint32_t a29 = adv_u32f(v25);
              const uint32_t add = (uint32_t)(a28 + a29);
              if ((add != 0u)) {
                H[(uint32_t)(((a28 != 0u) ? u_oh_acc32 : u_oh_acc50) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a28 != 0u) ? u_oh_acc32 : u_oh_acc50) + (uint32_t)(word & 2147483647u))] + add);
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
  // key-build tok_1: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
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
      const float v31 = F_v9[row];
      const bool v32 = (v31 > 0.00000000f);
      const float v33 = (v32 ? 1.00000000f : 0.00000000f);
      const bool v36 = (!v32);
      const float v37 = (v36 ? 1.00000000f : 0.00000000f);
      const float v40 = (v32 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v30 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v30;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t x = ((uint32_t)(key));
            x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) * 2146121005u);
            x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (15u & 31u))) * 2221713035u);
            uint32_t h = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) & (uint32_t)(used - 1u));
            uint32_t r = 0u;
            for (;;) {
              // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
              const uint32_t e = (uint32_t)(u_oh_table_tok_1 + (uint32_t)(base + h));
              const uint32_t cur = H[e];
              if ((cur == 0u)) {
                // a new key takes the group's next row (its zero-based values were left zero by the last run)
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(uint32_t)(u_oh_keys_tok_1 + r)] = kk;
                if (((uint32_t)(nk * 3u) > (uint32_t)(used * 2u))) {
                  for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
                    H[(uint32_t)(u_oh_table_tok_1 + (uint32_t)(base + i))] = 0u;
                  }
                  used = (uint32_t)(used * 2u);
                  for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
                    uint32_t x2 = (uint32_t)(H[(uint32_t)((uint32_t)(u_oh_keys_tok_1 + lbase) + i)] - 1u);
                    x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) * 2146121005u);
                    x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (15u & 31u))) * 2221713035u);
                    uint32_t h2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) & (uint32_t)(used - 1u));
                    for (;;) {
                      if ((H[(uint32_t)(u_oh_table_tok_1 + (uint32_t)(base + h2))] == 0u)) {
                        break;
                      }
                      h2 = (uint32_t)((uint32_t)(h2 + 1u) & (uint32_t)(used - 1u));
                    }
                    H[(uint32_t)(u_oh_table_tok_1 + (uint32_t)(base + h2))] = (uint32_t)((uint32_t)(lbase + i) + 1u);
                  }
                }
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_tok_1 + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const bool first = (H[(uint32_t)(u_oh_seen_tok_1 + r)] != (uint32_t)(j + 1u));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(uint32_t)(u_oh_seen_tok_1 + r)] = (uint32_t)(j + 1u);
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
                H[(uint32_t)(((a42 != 0u) ? u_oh_acc66 : u_oh_acc68) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a42 != 0u) ? u_oh_acc66 : u_oh_acc68) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a44 = adv_u32f(v39);
              const uint32_t a45 = adv_u32f(v41);
              const uint32_t add = (uint32_t)(a44 + a45);
              if ((add != 0u)) {
                H[(uint32_t)(((a44 != 0u) ? u_oh_acc69 : u_oh_acc75) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a44 != 0u) ? u_oh_acc69 : u_oh_acc75) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok_1 + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok_1 + g)] = nk;
    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table
    for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)(u_oh_table_tok_1 + (uint32_t)(base + i))] = 0u;
    }
  }
  const bool v46 = (u_p_alpha != 0.00000000f);
  const float v53 = (acc15 - acc14);
  const bool v188 = (u_p_beta != 0.00000000f);
  // count table %217: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled217 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok_1 + g)]);
  if (tabled217) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v47 = 0.00000000f;
      if (v46) {
        const float v48 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v49 = (v48 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v50 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
      const float v128 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
      F_table217[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v190;
    }
  }
  // count table %229: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled229 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok_1 + g)]);
  if (tabled229) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v191 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
      F_table229[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v205;
    }
  }
  const bool v206 = (acc14 > 0.00000000f);
  const bool v207 = (v53 > 0.00000000f);
  const bool v208 = (v206 && v207);
  const float v376 = (u_p_bm25_k1 + 1.00000000f);
  const float v378 = (1.00000000f - u_p_bm25_b);
  const float v379 = (u_p_bm25_b * acc20);
  const float v380 = (acc20 + acc22);
  const float v381 = (v380 / 2.00000000f);
  const float v382 = (v379 / v381);
  const float v383 = (v378 + v382);
  const float v384 = (u_p_bm25_k1 * v383);
  const bool v387 = (acc20 > 0.00000000f);
  const float v392 = (u_p_bm25_b * acc22);
  const float v393 = (acc22 + acc20);
  const float v394 = (v393 / 2.00000000f);
  const float v395 = (v392 / v394);
  const float v396 = (v378 + v395);
  const float v397 = (u_p_bm25_k1 * v396);
  const bool v400 = (acc22 > 0.00000000f);
  const bool v407 = (u_p_gamma != 0.00000000f);
  const float v411 = (u_p_alpha + u_p_beta);
  // key-map %251: once per distinct key of the group
  const uint32_t nkeys251 = H[(uint32_t)(u_oh_count_tok_1 + g)];
  for (uint32_t i = lid; (i < nkeys251); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v209 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok_1 + slot)] - 1u)));
    const bool v210 = (v209 != u_p_zero_token_id);
    const bool v211 = (v208 && v210);
    float v212 = 0.00000000f;
    if (v211) {
      const float v213 = ((float)(H[(uint32_t)(u_oh_acc66 + slot)]));
      const float v214 = ((float)(H[(uint32_t)(u_oh_acc68 + slot)]));
      float v215 = 0.00000000f;
      if (tabled217) {
        v215 = F_table217[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v213) * (uint32_t)(n + 1u)) + adv_u32f(v214)))];
      } else {
        float v216 = 0.00000000f;
        if (v46) {
          const float v217 = (v213 + v214);
          const float v218 = (v217 + v213);
          const float v219 = (acc14 - v213);
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
        const float v296 = (acc14 - v213);
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
      if (tabled229) {
        v358 = F_table229[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v213) * (uint32_t)(n + 1u)) + adv_u32f(v214)))];
      } else {
        const float v359 = (acc14 - v213);
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
      const float v374 = ((float)(H[(uint32_t)(u_oh_acc69 + slot)]));
      const float v375 = (v374 / acc20);
      const float v377 = (v375 * v376);
      const float v385 = (v375 + v384);
      const float v386 = (v377 / v385);
      const float v388 = (v387 ? v386 : 0.00000000f);
      const float v389 = ((float)(H[(uint32_t)(u_oh_acc75 + slot)]));
      const float v390 = (v389 / acc22);
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
    F_v251[slot] = v212;
  }
  // key-map %255: once per distinct key of the group
  const uint32_t nkeys255 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys255); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v417 = ((float)(H[(uint32_t)(u_oh_acc26 + slot)]));
    F_v255[slot] = (acc14 - v417);
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v418 = ((float)(H[(uint32_t)(u_oh_acc30 + slot)]));
    F_v257[slot] = (v53 - v418);
  }
  // count table %323: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled323 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled323) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v419 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v420 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v421 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v420);
      const float v422 = (v419 + v421);
      const float v423 = (v419 + v420);
      const float v424 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v425 = (v423 + v424);
      const float v426 = (v422 - v425);
      const float v427 = adv_fmax(0.00000000f, v426);
      const int32_t v428 = adv_i32f(v427);
      const float v429 = adv_fmin(v419, v421);
      const int32_t v430 = adv_i32f(v429);
      const float v431 = (v421 + 1.00000000f);
      const float v432 = adv_lgamma(v431);
      const float v433 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v434 = adv_lgamma(v433);
      const float v435 = (v432 - v434);
      const float v436 = (v421 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v437 = (v436 + 1.00000000f);
      const float v438 = adv_lgamma(v437);
      const float v439 = (v435 - v438);
      const float v440 = (v425 - v421);
      const float v441 = (v419 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v442 = (v440 + 1.00000000f);
      const float v443 = adv_lgamma(v442);
      const float v444 = (v441 + 1.00000000f);
      const float v445 = adv_lgamma(v444);
      const float v446 = (v443 - v445);
      const float v447 = (v440 - v441);
      const float v448 = (v447 + 1.00000000f);
      const float v449 = adv_lgamma(v448);
      const float v450 = (v446 - v449);
      const float v451 = (v439 + v450);
      const float v452 = (v425 + 1.00000000f);
      const float v453 = adv_lgamma(v452);
      const float v454 = (v419 + 1.00000000f);
      const float v455 = adv_lgamma(v454);
      const float v456 = (v453 - v455);
      const float v457 = (v425 - v419);
      const float v458 = (v457 + 1.00000000f);
      const float v459 = adv_lgamma(v458);
      const float v460 = (v456 - v459);
      const float v461 = (v451 - v460);
      const float v462 = (v461 + 0.00000999999975f);
      float fold464 = 0.00000000f;
      for (int32_t k463 = v428; (k463 <= v430); k463 = (int32_t)(k463 + 1)) {
        const float v465 = ((float)(k463));
        const float v466 = (v465 + 1.00000000f);
        const float v467 = adv_lgamma(v466);
        const float v468 = (v432 - v467);
        const float v469 = (v421 - v465);
        const float v470 = (v469 + 1.00000000f);
        const float v471 = adv_lgamma(v470);
        const float v472 = (v468 - v471);
        const float v473 = (v419 - v465);
        const float v474 = (v473 + 1.00000000f);
        const float v475 = adv_lgamma(v474);
        const float v476 = (v443 - v475);
        const float v477 = (v440 - v473);
        const float v478 = (v477 + 1.00000000f);
        const float v479 = adv_lgamma(v478);
        const float v480 = (v476 - v479);
        const float v481 = (v472 + v480);
        const float v482 = (v481 - v460);
        const float v483 = expf(v482);
        const bool v484 = (v482 <= v462);
        const float v485 = (v484 ? v483 : 0.00000000f);
        fold464 = (fold464 + v485);
      }
      const float v486 = fold464;
      F_table323[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v486;
    }
  }
  // key-map %323: once per distinct key of the group
  const uint32_t nkeys323 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys323); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v487 = ((float)(H[(uint32_t)(u_oh_acc26 + slot)]));
    const float v488 = ((float)(H[(uint32_t)(u_oh_acc30 + slot)]));
    const float v489 = (v487 + v488);
    const float v490 = F_v255[slot];
    const float v491 = (v487 + v490);
    const float v492 = (v489 + v491);
    const float v493 = (v489 + v490);
    const float v494 = F_v257[slot];
    const float v495 = (v493 + v494);
    const float v496 = (v492 - v495);
    const float v497 = adv_fmax(0.00000000f, v496);
    const int32_t v498 = adv_i32f(v497);
    const float v499 = adv_fmin(v489, v491);
    const int32_t v500 = adv_i32f(v499);
    const float v501 = (v491 + 1.00000000f);
    const float v502 = adv_lgamma(v501);
    const float v503 = (v487 + 1.00000000f);
    const float v504 = adv_lgamma(v503);
    const float v505 = (v502 - v504);
    const float v506 = (v491 - v487);
    const float v507 = (v506 + 1.00000000f);
    const float v508 = adv_lgamma(v507);
    const float v509 = (v505 - v508);
    const float v510 = (v495 - v491);
    const float v511 = (v489 - v487);
    const float v512 = (v510 + 1.00000000f);
    const float v513 = adv_lgamma(v512);
    const float v514 = (v511 + 1.00000000f);
    const float v515 = adv_lgamma(v514);
    const float v516 = (v513 - v515);
    const float v517 = (v510 - v511);
    const float v518 = (v517 + 1.00000000f);
    const float v519 = adv_lgamma(v518);
    const float v520 = (v516 - v519);
    const float v521 = (v509 + v520);
    const float v522 = (v495 + 1.00000000f);
    const float v523 = adv_lgamma(v522);
    const float v524 = (v489 + 1.00000000f);
    const float v525 = adv_lgamma(v524);
    const float v526 = (v523 - v525);
    const float v527 = (v495 - v489);
    const float v528 = (v527 + 1.00000000f);
    const float v529 = adv_lgamma(v528);
    const float v530 = (v526 - v529);
    const float v531 = (v521 - v530);
    const float v532 = (v531 + 0.00000999999975f);
    float fold534 = 0.00000000f;
    for (int32_t k533 = v498; (k533 <= v500); k533 = (int32_t)(k533 + 1)) {
      const float v535 = ((float)(k533));
      const float v536 = (v535 + 1.00000000f);
      const float v537 = adv_lgamma(v536);
      const float v538 = (v502 - v537);
      const float v539 = (v491 - v535);
      const float v540 = (v539 + 1.00000000f);
      const float v541 = adv_lgamma(v540);
      const float v542 = (v538 - v541);
      const float v543 = (v489 - v535);
      const float v544 = (v543 + 1.00000000f);
      const float v545 = adv_lgamma(v544);
      const float v546 = (v513 - v545);
      const float v547 = (v510 - v543);
      const float v548 = (v547 + 1.00000000f);
      const float v549 = adv_lgamma(v548);
      const float v550 = (v546 - v549);
      const float v551 = (v542 + v550);
      const float v552 = (v551 - v530);
      const float v553 = expf(v552);
      const bool v554 = (v552 <= v532);
      const float v555 = (v554 ? v553 : 0.00000000f);
      fold534 = (fold534 + v555);
    }
    F_v323[slot] = fold534;
  }
  // count table %377: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled377 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled377) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v556 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v557 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v556);
      const float v558 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v559 = (v558 + v556);
      const float v560 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v561 = (v559 + v560);
      const float v562 = (v557 / v561);
      const float v563 = (-v562);
      const float v564 = log2f(v562);
      const float v565 = (v563 * v564);
      const bool v566 = (v562 > 0.00000000f);
      const float v567 = (v566 ? v565 : 0.00000000f);
      const float v568 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v560);
      const float v569 = (v568 / v561);
      const float v570 = (-v569);
      const float v571 = log2f(v569);
      const float v572 = (v570 * v571);
      const bool v573 = (v569 > 0.00000000f);
      const float v574 = (v573 ? v572 : 0.00000000f);
      const float v575 = (v567 + v574);
      const float v576 = (v558 / v561);
      const float v577 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v558);
      const float v578 = (-v577);
      const float v579 = log2f(v577);
      const float v580 = (v578 * v579);
      const bool v581 = (v577 > 0.00000000f);
      const float v582 = (v581 ? v580 : 0.00000000f);
      const float v583 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v558);
      const float v584 = (-v583);
      const float v585 = log2f(v583);
      const float v586 = (v584 * v585);
      const bool v587 = (v583 > 0.00000000f);
      const float v588 = (v587 ? v586 : 0.00000000f);
      const float v589 = (v582 + v588);
      const bool v590 = (v558 > 0.00000000f);
      const float v591 = (v590 ? v589 : 0.00000000f);
      const float v592 = (v576 * v591);
      const float v593 = (v556 + v560);
      const float v594 = (v593 / v561);
      const float v595 = (v556 / v593);
      const float v596 = (-v595);
      const float v597 = log2f(v595);
      const float v598 = (v596 * v597);
      const bool v599 = (v595 > 0.00000000f);
      const float v600 = (v599 ? v598 : 0.00000000f);
      const float v601 = (v560 / v593);
      const float v602 = (-v601);
      const float v603 = log2f(v601);
      const float v604 = (v602 * v603);
      const bool v605 = (v601 > 0.00000000f);
      const float v606 = (v605 ? v604 : 0.00000000f);
      const float v607 = (v600 + v606);
      const bool v608 = (v593 > 0.00000000f);
      const float v609 = (v608 ? v607 : 0.00000000f);
      const float v610 = (v594 * v609);
      const float v611 = (v592 + v610);
      const float v612 = (v575 - v611);
      const bool v613 = (v561 > 0.00000000f);
      const float v614 = (v613 ? v612 : 0.00000000f);
      F_table377[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v614;
    }
  }
  // key-map %377: once per distinct key of the group
  const uint32_t nkeys377 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys377); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v615 = ((float)(H[(uint32_t)(u_oh_acc26 + slot)]));
    const float v616 = F_v255[slot];
    const float v617 = (v615 + v616);
    const float v618 = ((float)(H[(uint32_t)(u_oh_acc30 + slot)]));
    const float v619 = (v615 + v618);
    const float v620 = (v619 + v616);
    const float v621 = F_v257[slot];
    const float v622 = (v620 + v621);
    const float v623 = (v617 / v622);
    const float v624 = (-v623);
    const float v625 = log2f(v623);
    const float v626 = (v624 * v625);
    const bool v627 = (v623 > 0.00000000f);
    const float v628 = (v627 ? v626 : 0.00000000f);
    const float v629 = (v618 + v621);
    const float v630 = (v629 / v622);
    const float v631 = (-v630);
    const float v632 = log2f(v630);
    const float v633 = (v631 * v632);
    const bool v634 = (v630 > 0.00000000f);
    const float v635 = (v634 ? v633 : 0.00000000f);
    const float v636 = (v628 + v635);
    const float v637 = (v619 / v622);
    const float v638 = (v615 / v619);
    const float v639 = (-v638);
    const float v640 = log2f(v638);
    const float v641 = (v639 * v640);
    const bool v642 = (v638 > 0.00000000f);
    const float v643 = (v642 ? v641 : 0.00000000f);
    const float v644 = (v618 / v619);
    const float v645 = (-v644);
    const float v646 = log2f(v644);
    const float v647 = (v645 * v646);
    const bool v648 = (v644 > 0.00000000f);
    const float v649 = (v648 ? v647 : 0.00000000f);
    const float v650 = (v643 + v649);
    const bool v651 = (v619 > 0.00000000f);
    const float v652 = (v651 ? v650 : 0.00000000f);
    const float v653 = (v637 * v652);
    const float v654 = (v616 + v621);
    const float v655 = (v654 / v622);
    const float v656 = (v616 / v654);
    const float v657 = (-v656);
    const float v658 = log2f(v656);
    const float v659 = (v657 * v658);
    const bool v660 = (v656 > 0.00000000f);
    const float v661 = (v660 ? v659 : 0.00000000f);
    const float v662 = (v621 / v654);
    const float v663 = (-v662);
    const float v664 = log2f(v662);
    const float v665 = (v663 * v664);
    const bool v666 = (v662 > 0.00000000f);
    const float v667 = (v666 ? v665 : 0.00000000f);
    const float v668 = (v661 + v667);
    const bool v669 = (v654 > 0.00000000f);
    const float v670 = (v669 ? v668 : 0.00000000f);
    const float v671 = (v655 * v670);
    const float v672 = (v653 + v671);
    const float v673 = (v636 - v672);
    const bool v674 = (v622 > 0.00000000f);
    F_v377[slot] = (v674 ? v673 : 0.00000000f);
  }
  // count table %389: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled389 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled389) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v675 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v676 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v675);
      const float v677 = (v676 + 1.00000001e-10f);
      const float v678 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v677);
      const float v679 = adv_fmin(adv_fmax(v678, 0.00000000f), 1.00000000f);
      const float v680 = sqrtf(v679);
      const float v681 = adv_asin(v680);
      const float v682 = (v53 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v683 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v682);
      const float v684 = (v683 + 1.00000001e-10f);
      const float v685 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v684);
      const float v686 = adv_fmin(adv_fmax(v685, 0.00000000f), 1.00000000f);
      const float v687 = sqrtf(v686);
      const float v688 = adv_asin(v687);
      const float v689 = (v681 - v688);
      F_table389[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v689;
    }
  }
  // key-map %396: once per distinct key of the group
  const uint32_t nkeys396 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys396); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v690 = ((float)(H[(uint32_t)(u_oh_acc26 + slot)]));
    const float v691 = ((float)(H[(uint32_t)(u_oh_acc30 + slot)]));
    float v692 = 0.00000000f;
    if (tabled389) {
      v692 = F_table389[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v690) * (uint32_t)(n + 1u)) + adv_u32f(v691)))];
    } else {
      const float v693 = F_v255[slot];
      const float v694 = (v690 + v693);
      const float v695 = (v694 + 1.00000001e-10f);
      const float v696 = (v690 / v695);
      const float v697 = adv_fmin(adv_fmax(v696, 0.00000000f), 1.00000000f);
      const float v698 = sqrtf(v697);
      const float v699 = adv_asin(v698);
      const float v700 = F_v257[slot];
      const float v701 = (v691 + v700);
      const float v702 = (v701 + 1.00000001e-10f);
      const float v703 = (v691 / v702);
      const float v704 = adv_fmin(adv_fmax(v703, 0.00000000f), 1.00000000f);
      const float v705 = sqrtf(v704);
      const float v706 = adv_asin(v705);
      v692 = (v699 - v706);
    }
    const float v707 = v692;
    const float v708 = ((float)(H[(uint32_t)(u_oh_acc32 + slot)]));
    const float v709 = (v708 / acc20);
    const float v710 = (v709 * v376);
    const float v711 = (v709 + v384);
    const float v712 = (v710 / v711);
    const float v713 = (v387 ? v712 : 0.00000000f);
    const float v714 = ((float)(H[(uint32_t)(u_oh_acc50 + slot)]));
    const float v715 = (v714 / acc22);
    const float v716 = (v715 * v376);
    const float v717 = (v715 + v397);
    const float v718 = (v716 / v717);
    const float v719 = (v400 ? v718 : 0.00000000f);
    const float v720 = (v719 + 0.00000999999975f);
    const float v721 = (v713 / v720);
    const float v722 = (v713 + 0.00000999999975f);
    const float v723 = (v719 / v722);
    const float v724 = (v721 - v723);
    const float v725 = (v407 ? v724 : 0.00000000f);
    F_v396[slot] = (v707 + v725);
  }
  // reduce to group %413
  const float v727 = (acc401 / acc15);
  const float v728 = (acc399 + v727);
  const float v730 = (acc406 - acc399);
  const bool v731 = (v730 > 0.00000000f);
  const float v732 = (v731 ? v730 : 1.00000000f);
  float acc413 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v726 = F_v9[row];
    const float v729 = (v726 - v728);
    const float v733 = (v729 / v732);
    const float v734 = (v733 * v733);
    acc413 = (acc413 + v734);
  }
  if ((lid == 0u)) {
    F_v413[g] = acc413;
  }
  const bool v736 = (acc15 > 1.00000000f);
  const float v737 = (v736 ? v728 : 0.00000000f);
  const float v739 = (acc15 - 1.00000000f);
  const float v740 = (acc413 / v739);
  const float v741 = sqrtf(v740);
  const float v742 = (v741 * v732);
  const float v743 = (v736 ? v742 : 1.00000000f);
  const float v744 = (v743 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v735 = F_v9[row];
    const float v738 = (v735 - v737);
    const float v745 = (v738 / v744);
    const bool v746 = (v738 == 0.00000000f);
    const float v747 = (v746 ? 0.00000000f : v745);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw748 = H[(uint32_t)(u_oh_slot_tok_1 + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v749 = F_v251[((sw748 != 4294967295u) ? (uint32_t)(sw748 & 2147483647u) : 0u)];
      const float v750 = ((sw748 != 4294967295u) ? v749 : 0.00000000f);
      const float v751 = (v747 + v750);
      const int32_t v752 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v753 = ((float)(v752));
      const float v754 = (v751 * v753);
      const float v755 = v750;
      const uint32_t sw756 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v757 = ((float)(H[(uint32_t)(u_oh_acc26 + ((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u))]));
      const float v758 = ((sw756 != 4294967295u) ? v757 : 0.00000000f);
      const float v759 = v758;
      const float v760 = ((float)(H[(uint32_t)(u_oh_acc30 + ((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u))]));
      const float v761 = ((sw756 != 4294967295u) ? v760 : 0.00000000f);
      const float v762 = v761;
      const float v763 = F_v255[((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u)];
      const float v764 = ((sw756 != 4294967295u) ? v763 : 0.00000000f);
      const float v765 = v764;
      const float v766 = F_v257[((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u)];
      const float v767 = ((sw756 != 4294967295u) ? v766 : 0.00000000f);
      const float v768 = v767;
      const float v769 = F_v323[((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u)];
      const float v770 = ((sw756 != 4294967295u) ? v769 : 0.00000000f);
      const float v771 = v770;
      const float v772 = F_v377[((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u)];
      const float v773 = ((sw756 != 4294967295u) ? v772 : 0.00000000f);
      const float v774 = v773;
      const float v775 = F_v396[((sw756 != 4294967295u) ? (uint32_t)(sw756 & 2147483647u) : 0u)];
      const float v776 = ((sw756 != 4294967295u) ? v775 : 0.00000000f);
      const float v777 = v776;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v754;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v755;
      F_out_key_a[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v759;
      F_out_key_b[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v762;
      F_out_key_c[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v765;
      F_out_key_d[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v768;
      F_out_key_p_value[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v771;
      F_out_key_information_gain[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v774;
      F_out_key_direction[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v777;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v778 = F_v9[row];
    const float v779 = (v778 - v737);
    const float v780 = (v779 / v744);
    const bool v781 = (v779 == 0.00000000f);
    const float v782 = (v781 ? 0.00000000f : v780);
    F_out_rollout_advantage[row] = v782;
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc26 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc30 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc50 + lbase) + i)] = 0u;
    }
  }
  // zero the rows of key tok_1 this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok_1 + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok_1 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc66 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc68 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc69 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc75 + lbase) + i)] = 0u;
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
  run.F_v9 = adv_element(env, argv[1], 1, &n);
  run.F_v14 = adv_element(env, argv[1], 2, &n);
  run.F_v15 = adv_element(env, argv[1], 3, &n);
  run.F_v399 = adv_element(env, argv[1], 4, &n);
  run.F_v406 = adv_element(env, argv[1], 5, &n);
  run.F_v18 = adv_element(env, argv[1], 6, &n);
  run.F_v20 = adv_element(env, argv[1], 7, &n);
  run.F_v22 = adv_element(env, argv[1], 8, &n);
  run.F_v401 = adv_element(env, argv[1], 9, &n);
  run.F_table217 = adv_element(env, argv[1], 10, &n);
  run.F_table229 = adv_element(env, argv[1], 11, &n);
  run.F_v251 = adv_element(env, argv[1], 12, &n);
  run.F_v255 = adv_element(env, argv[1], 13, &n);
  run.F_v257 = adv_element(env, argv[1], 14, &n);
  run.F_table323 = adv_element(env, argv[1], 15, &n);
  run.F_v323 = adv_element(env, argv[1], 16, &n);
  run.F_table377 = adv_element(env, argv[1], 17, &n);
  run.F_v377 = adv_element(env, argv[1], 18, &n);
  run.F_table389 = adv_element(env, argv[1], 19, &n);
  run.F_v396 = adv_element(env, argv[1], 20, &n);
  run.F_v413 = adv_element(env, argv[1], 21, &n);
  run.F_out_advantages = adv_element(env, argv[1], 22, &n);
  run.F_out_key_values = adv_element(env, argv[1], 23, &n);
  run.F_out_key_a = adv_element(env, argv[1], 24, &n);
  run.F_out_key_b = adv_element(env, argv[1], 25, &n);
  run.F_out_key_c = adv_element(env, argv[1], 26, &n);
  run.F_out_key_d = adv_element(env, argv[1], 27, &n);
  run.F_out_key_p_value = adv_element(env, argv[1], 28, &n);
  run.F_out_key_information_gain = adv_element(env, argv[1], 29, &n);
  run.F_out_key_direction = adv_element(env, argv[1], 30, &n);
  run.F_out_rollout_advantage = adv_element(env, argv[1], 31, &n);
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
