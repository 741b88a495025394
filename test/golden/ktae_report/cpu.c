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
  uint32_t o_v245;
  uint32_t o_table211;
  uint32_t o_table223;
  uint32_t o_v249;
  uint32_t o_v251;
  uint32_t o_v317;
  uint32_t o_table317;
  uint32_t o_v371;
  uint32_t o_table371;
  uint32_t o_v390;
  uint32_t o_table383;
  uint32_t o_v393;
  uint32_t o_v399;
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
  uint32_t oh_acc48;
  uint32_t oh_table_tok_1;
  uint32_t oh_keys_tok_1;
  uint32_t oh_seen_tok_1;
  uint32_t oh_slot_tok_1;
  uint32_t oh_count_tok_1;
  uint32_t oh_acc62;
  uint32_t oh_acc64;
  uint32_t oh_acc65;
  uint32_t oh_acc70;
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
  float *F_v18;
  float *F_v14;
  float *F_v15;
  float *F_v20;
  float *F_v22;
  float *F_v393;
  float *F_table211;
  float *F_table223;
  float *F_v245;
  float *F_v249;
  float *F_v251;
  float *F_table317;
  float *F_v317;
  float *F_table371;
  float *F_v371;
  float *F_table383;
  float *F_v390;
  float *F_v399;
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
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static const float ADV_LOG_FACTORIAL[130] = { 0.00000000f, 0.00000000f, 0.693147182f, 1.79175949f, 3.17805386f, 4.78749180f, 6.57925129f, 8.52516174f, 10.6046028f, 12.8018274f, 15.1044130f, 17.5023079f, 19.9872150f, 22.5521641f, 25.1912212f, 27.8992710f, 30.6718597f, 33.5050735f, 36.3954468f, 39.3398857f, 42.3356171f, 45.3801384f, 48.4711800f, 51.6066742f, 54.7847290f, 58.0036049f, 61.2617035f, 64.5575409f, 67.8897400f, 71.2570419f, 74.6582336f, 78.0922241f, 81.5579605f, 85.0544662f, 88.5808258f, 92.1361771f, 95.7196960f, 99.3306122f, 102.968201f, 106.631760f, 110.320641f, 114.034210f, 117.771881f, 121.533081f, 125.317268f, 129.123932f, 132.952576f, 136.802719f, 140.673920f, 144.565750f, 148.477768f, 152.409592f, 156.360840f, 160.331131f, 164.320114f, 168.327438f, 172.352798f, 176.395844f, 180.456299f, 184.533829f, 188.628174f, 192.739044f, 196.866180f, 201.009323f, 205.168198f, 209.342590f, 213.532242f, 217.736938f, 221.956436f, 226.190552f, 230.439041f, 234.701721f, 238.978394f, 243.268845f, 247.572906f, 251.890396f, 256.221130f, 260.564941f, 264.921661f, 269.291107f, 273.673126f, 278.067566f, 282.474304f, 286.893127f, 291.323944f, 295.766602f, 300.220947f, 304.686859f, 309.164185f, 313.652832f, 318.152649f, 322.663513f, 327.185303f, 331.717896f, 336.261169f, 340.815063f, 345.379395f, 349.954132f, 354.539093f, 359.134216f, 363.739380f, 368.354492f, 372.979462f, 377.614197f, 382.258575f, 386.912537f, 391.575989f, 396.248810f, 400.930939f, 405.622284f, 410.322784f, 415.032318f, 419.750793f, 424.478180f, 429.214386f, 433.959320f, 438.712921f, 443.475098f, 448.245758f, 453.024902f, 457.812378f, 462.608185f, 467.412201f, 472.224396f, 477.044678f, 481.872986f, 486.709259f, 491.553436f, 496.405487f, 501.265289f };
static inline uint32_t h_load(uint32_t i) {
  uint32_t *const H = R->H;
  return H[i];
}
static inline void h_store(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = v;
}
static inline uint32_t h_add(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o + v);
  return o;
}
static inline uint32_t h_or(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o | v);
  return o;
}
static inline void h_max(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umax(H[i], v);
}
static inline void h_min(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umin(H[i], v);
}
static inline uint32_t h_cas(uint32_t i, uint32_t expected, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  if ((o == expected)) {
    H[i] = v;
  }
  return o;
}
static inline float adv_bits(uint32_t b) {
  uint32_t x = b;
  return adv_f32bits((uint32_t)(x));
}
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
  return ((x > 0.00000000f) ? ((x < 8.00000000f) ? small : large) : adv_bits(2139095040u));
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
static inline uint32_t adv_hash(uint32_t x0) {
  uint32_t x = x0;
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) * 2146121005u);
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (15u & 31u))) * 2221713035u);
  return (uint32_t)(x ^ (uint32_t)(x >> (16u & 31u)));
}
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc30 = R->U.oh_acc30;
  const uint32_t u_oh_acc26 = R->U.oh_acc26;
  const uint32_t u_oh_acc48 = R->U.oh_acc48;
  const uint32_t u_oh_acc32 = R->U.oh_acc32;
  const uint32_t u_oh_slot_tok = R->U.oh_slot_tok;
  const uint32_t u_oh_count_tok = R->U.oh_count_tok;
  const uint32_t u_oh_table_tok_1 = R->U.oh_table_tok_1;
  const uint32_t u_oh_keys_tok_1 = R->U.oh_keys_tok_1;
  const uint32_t u_oh_seen_tok_1 = R->U.oh_seen_tok_1;
  const uint32_t u_oh_acc64 = R->U.oh_acc64;
  const uint32_t u_oh_acc62 = R->U.oh_acc62;
  const uint32_t u_oh_acc70 = R->U.oh_acc70;
  const uint32_t u_oh_acc65 = R->U.oh_acc65;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v14 = R->F_v14;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v393 = R->F_v393;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table211 = R->F_table211;
  float *const restrict F_table223 = R->F_table223;
  float *const restrict F_v245 = R->F_v245;
  float *const restrict F_v249 = R->F_v249;
  float *const restrict F_v251 = R->F_v251;
  float *const restrict F_table317 = R->F_table317;
  float *const restrict F_v317 = R->F_v317;
  float *const restrict F_table371 = R->F_table371;
  float *const restrict F_v371 = R->F_v371;
  float *const restrict F_table383 = R->F_table383;
  float *const restrict F_v390 = R->F_v390;
  float *const restrict F_v399 = R->F_v399;
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
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 0u)]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 1u)]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 2u)]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 3u)]));
    float acc9_0 = 0.00000000f;
    float acc18_0 = 0.00000000f;
    float acc9_1 = 0.00000000f;
    float acc18_1 = 0.00000000f;
    float acc9_2 = 0.00000000f;
    float acc18_2 = 0.00000000f;
    float acc9_3 = 0.00000000f;
    float acc18_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
        acc9_0 = (acc9_0 + v0);
        acc18_0 = (acc18_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
        acc9_1 = (acc9_1 + v1);
        acc18_1 = (acc18_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
        acc9_2 = (acc9_2 + v2);
        acc18_2 = (acc18_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
        acc9_3 = (acc9_3 + v3);
        acc18_3 = (acc18_3 + 1.00000000f);
      }
    }
    F_v9[row0] = acc9_0;
    F_v18[row0] = acc18_0;
    F_v9[row1] = acc9_1;
    F_v18[row1] = acc18_1;
    F_v9[row2] = acc9_2;
    F_v18[row2] = acc18_2;
    F_v9[row3] = acc9_3;
    F_v18[row3] = acc18_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc9 = 0.00000000f;
    float acc18 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        acc9 = (acc9 + v4);
        acc18 = (acc18 + 1.00000000f);
      }
    }
    F_v9[row] = acc9;
    F_v18[row] = acc18;
  }
  float acc14 = 0.00000000f;
  float acc15 = 0.00000000f;
  float acc20 = 0.00000000f;
  float acc22 = 0.00000000f;
  float acc393 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v18[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc14 = (acc14 + v7);
    acc15 = (acc15 + 1.00000000f);
    acc20 = (acc20 + v9);
    acc22 = (acc22 + v10);
    acc393 = (acc393 + v5);
  }
  if ((lid == 0u)) {
    F_v14[g] = acc14;
    F_v15[g] = acc15;
    F_v20[g] = acc20;
    F_v22[g] = acc22;
    F_v393[g] = acc393;
  }
  {
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v12 = F_v9[row];
      const bool v13 = (v12 > 0.00000000f);
      const float v14 = (v13 ? 1.00000000f : 0.00000000f);
      const bool v17 = (!v13);
      const float v18 = (v17 ? 1.00000000f : 0.00000000f);
      const float v21 = (v13 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v11 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v11;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t h = (uint32_t)(adv_hash(((uint32_t)(key))) & (uint32_t)(cap - 1u));
            uint32_t r = 0u;
            for (;;) {
              const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
              const uint32_t cur = H[e];
              if ((cur == kk)) {
                r = H[(uint32_t)(e + 1u)];
                break;
              }
              if ((cur == 0u)) {
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = kk;
                H[(uint32_t)(e + 1u)] = r;
                H[(uint32_t)(u_oh_keys_tok + r)] = kk;
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
            }
            const bool first = (H[(uint32_t)(u_oh_seen_tok + r)] != (uint32_t)(j + 1u));
            H[(uint32_t)(u_oh_seen_tok + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const bool v15 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v16 = (v15 ? v14 : 0.00000000f);
            const float v19 = (v15 ? v18 : 0.00000000f);
            const float v20 = v14;
            const float v22 = v21;
            {
              const uint32_t a23 = adv_u32f(v16);
              const uint32_t a24 = adv_u32f(v19);
              const uint32_t add = (uint32_t)(a23 + a24);
              if ((add != 0u)) {
                h_add((uint32_t)(((a23 != 0u) ? u_oh_acc26 : u_oh_acc30) + (uint32_t)(word & 2147483647u)), add);
              }
            }
            {
              const uint32_t a25 = adv_u32f(v20);
              const uint32_t a26 = adv_u32f(v22);
              const uint32_t add = (uint32_t)(a25 + a26);
              if ((add != 0u)) {
                h_add((uint32_t)(((a25 != 0u) ? u_oh_acc32 : u_oh_acc48) + (uint32_t)(word & 2147483647u)), add);
              }
            }
          }
        }
        h_store((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt), word);
      }
    }
    h_store((uint32_t)(u_oh_count_tok + g), nk);
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      const uint32_t kk = H[(uint32_t)((uint32_t)(u_oh_keys_tok + lbase) + i)];
      uint32_t h = (uint32_t)(adv_hash((uint32_t)(kk - 1u)) & (uint32_t)(cap - 1u));
      for (;;) {
        const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
        if ((H[e] == kk)) {
          H[e] = 0u;
          break;
        }
        h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
      }
    }
  }
  {
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v28 = F_v9[row];
      const bool v29 = (v28 > 0.00000000f);
      const float v30 = (v29 ? 1.00000000f : 0.00000000f);
      const bool v33 = (!v29);
      const float v34 = (v33 ? 1.00000000f : 0.00000000f);
      const float v37 = (v29 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v27 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v27;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t h = (uint32_t)(adv_hash(((uint32_t)(key))) & (uint32_t)(cap - 1u));
            uint32_t r = 0u;
            for (;;) {
              const uint32_t e = (uint32_t)(u_oh_table_tok_1 + (uint32_t)(2u * (uint32_t)(base + h)));
              const uint32_t cur = H[e];
              if ((cur == kk)) {
                r = H[(uint32_t)(e + 1u)];
                break;
              }
              if ((cur == 0u)) {
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = kk;
                H[(uint32_t)(e + 1u)] = r;
                H[(uint32_t)(u_oh_keys_tok_1 + r)] = kk;
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
            }
            const bool first = (H[(uint32_t)(u_oh_seen_tok_1 + r)] != (uint32_t)(j + 1u));
            H[(uint32_t)(u_oh_seen_tok_1 + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const bool v31 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v32 = (v31 ? v30 : 0.00000000f);
            const float v35 = (v31 ? v34 : 0.00000000f);
            const float v36 = v30;
            const float v38 = v37;
            {
              const uint32_t a39 = adv_u32f(v32);
              const uint32_t a40 = adv_u32f(v35);
              const uint32_t add = (uint32_t)(a39 + a40);
              if ((add != 0u)) {
                h_add((uint32_t)(((a39 != 0u) ? u_oh_acc62 : u_oh_acc64) + (uint32_t)(word & 2147483647u)), add);
              }
            }
            {
              const uint32_t a41 = adv_u32f(v36);
              const uint32_t a42 = adv_u32f(v38);
              const uint32_t add = (uint32_t)(a41 + a42);
              if ((add != 0u)) {
                h_add((uint32_t)(((a41 != 0u) ? u_oh_acc65 : u_oh_acc70) + (uint32_t)(word & 2147483647u)), add);
              }
            }
          }
        }
        h_store((uint32_t)((uint32_t)(u_oh_slot_tok_1 + (uint32_t)(row * u_T)) + tt), word);
      }
    }
    h_store((uint32_t)(u_oh_count_tok_1 + g), nk);
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      const uint32_t kk = H[(uint32_t)((uint32_t)(u_oh_keys_tok_1 + lbase) + i)];
      uint32_t h = (uint32_t)(adv_hash((uint32_t)(kk - 1u)) & (uint32_t)(cap - 1u));
      for (;;) {
        const uint32_t e = (uint32_t)(u_oh_table_tok_1 + (uint32_t)(2u * (uint32_t)(base + h)));
        if ((H[e] == kk)) {
          H[e] = 0u;
          break;
        }
        h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
      }
    }
  }
  const bool v43 = (u_p_alpha != 0.00000000f);
  const float v50 = (acc15 - acc14);
  const bool v185 = (u_p_beta != 0.00000000f);
  const bool tabled211 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok_1 + g)));
  if (tabled211) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v44 = 0.00000000f;
      if (v43) {
        const float v45 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v46 = (v45 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v47 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v48 = (v46 + v47);
        const float v49 = (v45 + v47);
        const float v51 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v52 = (v49 + v51);
        const float v53 = (v48 - v52);
        const float v54 = adv_fmax(0.00000000f, v53);
        const float v55 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v47);
        const float v56 = adv_fmin(v45, v55);
        const bool v57 = (v54 == v56);
        float v58 = 0.00000000f;
        if (v57) {
          v58 = 0.00000000f;
        } else {
          const float v59 = (v45 + v55);
          const float v60 = (v59 - v52);
          const float v61 = adv_fmax(0.00000000f, v60);
          const int32_t v62 = adv_i32f(v61);
          const int32_t v63 = adv_i32f(v56);
          const float v64 = (v55 + 1.00000000f);
          const float v65 = adv_lgamma(v64);
          const float v66 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v67 = adv_lgamma(v66);
          const float v68 = (v65 - v67);
          const float v69 = (v55 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v70 = (v69 + 1.00000000f);
          const float v71 = adv_lgamma(v70);
          const float v72 = (v68 - v71);
          const float v73 = (v52 - v55);
          const float v74 = (v45 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v75 = (v73 + 1.00000000f);
          const float v76 = adv_lgamma(v75);
          const float v77 = (v74 + 1.00000000f);
          const float v78 = adv_lgamma(v77);
          const float v79 = (v76 - v78);
          const float v80 = (v73 - v74);
          const float v81 = (v80 + 1.00000000f);
          const float v82 = adv_lgamma(v81);
          const float v83 = (v79 - v82);
          const float v84 = (v72 + v83);
          const float v85 = (v52 + 1.00000000f);
          const float v86 = adv_lgamma(v85);
          const float v87 = (v45 + 1.00000000f);
          const float v88 = adv_lgamma(v87);
          const float v89 = (v86 - v88);
          const float v90 = (v52 - v45);
          const float v91 = (v90 + 1.00000000f);
          const float v92 = adv_lgamma(v91);
          const float v93 = (v89 - v92);
          const float v94 = (v84 - v93);
          const float v95 = (v94 + 0.00000999999975f);
          float fold97 = 0.00000000f;
          for (int32_t k96 = v62; (k96 <= v63); k96 = (int32_t)(k96 + 1)) {
            const float v98 = ((float)(k96));
            const float v99 = (v98 + 1.00000000f);
            const float v100 = adv_lgamma(v99);
            const float v101 = (v65 - v100);
            const float v102 = (v55 - v98);
            const float v103 = (v102 + 1.00000000f);
            const float v104 = adv_lgamma(v103);
            const float v105 = (v101 - v104);
            const float v106 = (v45 - v98);
            const float v107 = (v106 + 1.00000000f);
            const float v108 = adv_lgamma(v107);
            const float v109 = (v76 - v108);
            const float v110 = (v73 - v106);
            const float v111 = (v110 + 1.00000000f);
            const float v112 = adv_lgamma(v111);
            const float v113 = (v109 - v112);
            const float v114 = (v105 + v113);
            const float v115 = (v114 - v93);
            const float v116 = expf(v115);
            const bool v117 = (v115 <= v95);
            const float v118 = (v117 ? v116 : 0.00000000f);
            fold97 = (fold97 + v118);
          }
          const float v119 = fold97;
          const float v120 = ((-2.00000000f) * v119);
          const float v121 = expf(v120);
          v58 = v121;
        }
        const float v122 = v58;
        const float v123 = (u_p_alpha * v122);
        v44 = v123;
      } else {
        v44 = 0.00000000f;
      }
      const float v124 = v44;
      const float v125 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v126 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v125);
      const float v127 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v128 = (v127 + v125);
      const float v129 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v130 = (v128 + v129);
      const float v131 = (v126 / v130);
      const float v132 = (-v131);
      const float v133 = log2f(v131);
      const float v134 = (v132 * v133);
      const bool v135 = (v131 > 0.00000000f);
      const float v136 = (v135 ? v134 : 0.00000000f);
      const float v137 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v129);
      const float v138 = (v137 / v130);
      const float v139 = (-v138);
      const float v140 = log2f(v138);
      const float v141 = (v139 * v140);
      const bool v142 = (v138 > 0.00000000f);
      const float v143 = (v142 ? v141 : 0.00000000f);
      const float v144 = (v136 + v143);
      const float v145 = (v127 / v130);
      const float v146 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v127);
      const float v147 = (-v146);
      const float v148 = log2f(v146);
      const float v149 = (v147 * v148);
      const bool v150 = (v146 > 0.00000000f);
      const float v151 = (v150 ? v149 : 0.00000000f);
      const float v152 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v127);
      const float v153 = (-v152);
      const float v154 = log2f(v152);
      const float v155 = (v153 * v154);
      const bool v156 = (v152 > 0.00000000f);
      const float v157 = (v156 ? v155 : 0.00000000f);
      const float v158 = (v151 + v157);
      const bool v159 = (v127 > 0.00000000f);
      const float v160 = (v159 ? v158 : 0.00000000f);
      const float v161 = (v145 * v160);
      const float v162 = (v125 + v129);
      const float v163 = (v162 / v130);
      const float v164 = (v125 / v162);
      const float v165 = (-v164);
      const float v166 = log2f(v164);
      const float v167 = (v165 * v166);
      const bool v168 = (v164 > 0.00000000f);
      const float v169 = (v168 ? v167 : 0.00000000f);
      const float v170 = (v129 / v162);
      const float v171 = (-v170);
      const float v172 = log2f(v170);
      const float v173 = (v171 * v172);
      const bool v174 = (v170 > 0.00000000f);
      const float v175 = (v174 ? v173 : 0.00000000f);
      const float v176 = (v169 + v175);
      const bool v177 = (v162 > 0.00000000f);
      const float v178 = (v177 ? v176 : 0.00000000f);
      const float v179 = (v163 * v178);
      const float v180 = (v161 + v179);
      const float v181 = (v144 - v180);
      const bool v182 = (v130 > 0.00000000f);
      const float v183 = (v182 ? v181 : 0.00000000f);
      const float v184 = (u_p_beta * v183);
      const float v186 = (v185 ? v184 : 0.00000000f);
      const float v187 = (v124 + v186);
      F_table211[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v187;
    }
  }
  const bool tabled223 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok_1 + g)));
  if (tabled223) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v188 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v189 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v188);
      const float v190 = (v189 + 1.00000001e-10f);
      const float v191 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v190);
      const float v192 = adv_fmin(adv_fmax(v191, 0.00000000f), 1.00000000f);
      const float v193 = sqrtf(v192);
      const float v194 = adv_asin(v193);
      const float v195 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v196 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v195);
      const float v197 = (v196 + 1.00000001e-10f);
      const float v198 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v197);
      const float v199 = adv_fmin(adv_fmax(v198, 0.00000000f), 1.00000000f);
      const float v200 = sqrtf(v199);
      const float v201 = adv_asin(v200);
      const float v202 = (v194 - v201);
      F_table223[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v202;
    }
  }
  const bool v203 = (acc14 > 0.00000000f);
  const bool v204 = (v50 > 0.00000000f);
  const bool v205 = (v203 && v204);
  const float v373 = (u_p_bm25_k1 + 1.00000000f);
  const float v375 = (1.00000000f - u_p_bm25_b);
  const float v376 = (u_p_bm25_b * acc20);
  const float v377 = (acc20 + acc22);
  const float v378 = (v377 / 2.00000000f);
  const float v379 = (v376 / v378);
  const float v380 = (v375 + v379);
  const float v381 = (u_p_bm25_k1 * v380);
  const float v387 = (u_p_bm25_b * acc22);
  const float v388 = (acc22 + acc20);
  const float v389 = (v388 / 2.00000000f);
  const float v390 = (v387 / v389);
  const float v391 = (v375 + v390);
  const float v392 = (u_p_bm25_k1 * v391);
  const bool v400 = (u_p_gamma != 0.00000000f);
  const float v404 = (u_p_alpha + u_p_beta);
  const uint32_t nkeys245 = h_load((uint32_t)(u_oh_count_tok_1 + g));
  for (uint32_t i = lid; (i < nkeys245); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v206 = ((int32_t)((uint32_t)(h_load((uint32_t)(u_oh_keys_tok_1 + slot)) - 1u)));
    const bool v207 = (v206 != u_p_zero_token_id);
    const bool v208 = (v205 && v207);
    float v209 = 0.00000000f;
    if (v208) {
      const float v210 = ((float)(h_load((uint32_t)(u_oh_acc62 + slot))));
      const float v211 = ((float)(h_load((uint32_t)(u_oh_acc64 + slot))));
      float v212 = 0.00000000f;
      if (tabled211) {
        v212 = F_table211[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v210) * (uint32_t)(n + 1u))) + adv_u32f(v211))];
      } else {
        float v213 = 0.00000000f;
        if (v43) {
          const float v214 = (v210 + v211);
          const float v215 = (v214 + v210);
          const float v216 = (acc14 - v210);
          const float v217 = (v215 + v216);
          const float v218 = (v214 + v216);
          const float v219 = (v50 - v211);
          const float v220 = (v218 + v219);
          const float v221 = (v217 - v220);
          const float v222 = adv_fmax(0.00000000f, v221);
          const float v223 = (v210 + v216);
          const float v224 = adv_fmin(v214, v223);
          const bool v225 = (v222 == v224);
          float v226 = 0.00000000f;
          if (v225) {
            v226 = 0.00000000f;
          } else {
            const float v227 = (v214 + v223);
            const float v228 = (v227 - v220);
            const float v229 = adv_fmax(0.00000000f, v228);
            const int32_t v230 = adv_i32f(v229);
            const int32_t v231 = adv_i32f(v224);
            const float v232 = (v223 + 1.00000000f);
            const float v233 = adv_lgamma(v232);
            const float v234 = (v210 + 1.00000000f);
            const float v235 = adv_lgamma(v234);
            const float v236 = (v233 - v235);
            const float v237 = (v223 - v210);
            const float v238 = (v237 + 1.00000000f);
            const float v239 = adv_lgamma(v238);
            const float v240 = (v236 - v239);
            const float v241 = (v220 - v223);
            const float v242 = (v214 - v210);
            const float v243 = (v241 + 1.00000000f);
            const float v244 = adv_lgamma(v243);
            const float v245 = (v242 + 1.00000000f);
            const float v246 = adv_lgamma(v245);
            const float v247 = (v244 - v246);
            const float v248 = (v241 - v242);
            const float v249 = (v248 + 1.00000000f);
            const float v250 = adv_lgamma(v249);
            const float v251 = (v247 - v250);
            const float v252 = (v240 + v251);
            const float v253 = (v220 + 1.00000000f);
            const float v254 = adv_lgamma(v253);
            const float v255 = (v214 + 1.00000000f);
            const float v256 = adv_lgamma(v255);
            const float v257 = (v254 - v256);
            const float v258 = (v220 - v214);
            const float v259 = (v258 + 1.00000000f);
            const float v260 = adv_lgamma(v259);
            const float v261 = (v257 - v260);
            const float v262 = (v252 - v261);
            const float v263 = (v262 + 0.00000999999975f);
            float fold265 = 0.00000000f;
            for (int32_t k264 = v230; (k264 <= v231); k264 = (int32_t)(k264 + 1)) {
              const float v266 = ((float)(k264));
              const float v267 = (v266 + 1.00000000f);
              const float v268 = adv_lgamma(v267);
              const float v269 = (v233 - v268);
              const float v270 = (v223 - v266);
              const float v271 = (v270 + 1.00000000f);
              const float v272 = adv_lgamma(v271);
              const float v273 = (v269 - v272);
              const float v274 = (v214 - v266);
              const float v275 = (v274 + 1.00000000f);
              const float v276 = adv_lgamma(v275);
              const float v277 = (v244 - v276);
              const float v278 = (v241 - v274);
              const float v279 = (v278 + 1.00000000f);
              const float v280 = adv_lgamma(v279);
              const float v281 = (v277 - v280);
              const float v282 = (v273 + v281);
              const float v283 = (v282 - v261);
              const float v284 = expf(v283);
              const bool v285 = (v283 <= v263);
              const float v286 = (v285 ? v284 : 0.00000000f);
              fold265 = (fold265 + v286);
            }
            const float v287 = fold265;
            const float v288 = ((-2.00000000f) * v287);
            const float v289 = expf(v288);
            v226 = v289;
          }
          const float v290 = v226;
          const float v291 = (u_p_alpha * v290);
          v213 = v291;
        } else {
          v213 = 0.00000000f;
        }
        const float v292 = v213;
        const float v293 = (acc14 - v210);
        const float v294 = (v210 + v293);
        const float v295 = (v210 + v211);
        const float v296 = (v295 + v293);
        const float v297 = (v50 - v211);
        const float v298 = (v296 + v297);
        const float v299 = (v294 / v298);
        const float v300 = (-v299);
        const float v301 = log2f(v299);
        const float v302 = (v300 * v301);
        const bool v303 = (v299 > 0.00000000f);
        const float v304 = (v303 ? v302 : 0.00000000f);
        const float v305 = (v211 + v297);
        const float v306 = (v305 / v298);
        const float v307 = (-v306);
        const float v308 = log2f(v306);
        const float v309 = (v307 * v308);
        const bool v310 = (v306 > 0.00000000f);
        const float v311 = (v310 ? v309 : 0.00000000f);
        const float v312 = (v304 + v311);
        const float v313 = (v295 / v298);
        const float v314 = (v210 / v295);
        const float v315 = (-v314);
        const float v316 = log2f(v314);
        const float v317 = (v315 * v316);
        const bool v318 = (v314 > 0.00000000f);
        const float v319 = (v318 ? v317 : 0.00000000f);
        const float v320 = (v211 / v295);
        const float v321 = (-v320);
        const float v322 = log2f(v320);
        const float v323 = (v321 * v322);
        const bool v324 = (v320 > 0.00000000f);
        const float v325 = (v324 ? v323 : 0.00000000f);
        const float v326 = (v319 + v325);
        const bool v327 = (v295 > 0.00000000f);
        const float v328 = (v327 ? v326 : 0.00000000f);
        const float v329 = (v313 * v328);
        const float v330 = (v293 + v297);
        const float v331 = (v330 / v298);
        const float v332 = (v293 / v330);
        const float v333 = (-v332);
        const float v334 = log2f(v332);
        const float v335 = (v333 * v334);
        const bool v336 = (v332 > 0.00000000f);
        const float v337 = (v336 ? v335 : 0.00000000f);
        const float v338 = (v297 / v330);
        const float v339 = (-v338);
        const float v340 = log2f(v338);
        const float v341 = (v339 * v340);
        const bool v342 = (v338 > 0.00000000f);
        const float v343 = (v342 ? v341 : 0.00000000f);
        const float v344 = (v337 + v343);
        const bool v345 = (v330 > 0.00000000f);
        const float v346 = (v345 ? v344 : 0.00000000f);
        const float v347 = (v331 * v346);
        const float v348 = (v329 + v347);
        const float v349 = (v312 - v348);
        const bool v350 = (v298 > 0.00000000f);
        const float v351 = (v350 ? v349 : 0.00000000f);
        const float v352 = (u_p_beta * v351);
        const float v353 = (v185 ? v352 : 0.00000000f);
        v212 = (v292 + v353);
      }
      const float v354 = v212;
      float v355 = 0.00000000f;
      if (tabled223) {
        v355 = F_table223[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v210) * (uint32_t)(n + 1u))) + adv_u32f(v211))];
      } else {
        const float v356 = (acc14 - v210);
        const float v357 = (v210 + v356);
        const float v358 = (v357 + 1.00000001e-10f);
        const float v359 = (v210 / v358);
        const float v360 = adv_fmin(adv_fmax(v359, 0.00000000f), 1.00000000f);
        const float v361 = sqrtf(v360);
        const float v362 = adv_asin(v361);
        const float v363 = (v50 - v211);
        const float v364 = (v211 + v363);
        const float v365 = (v364 + 1.00000001e-10f);
        const float v366 = (v211 / v365);
        const float v367 = adv_fmin(adv_fmax(v366, 0.00000000f), 1.00000000f);
        const float v368 = sqrtf(v367);
        const float v369 = adv_asin(v368);
        v355 = (v362 - v369);
      }
      const float v370 = v355;
      const float v371 = ((float)(h_load((uint32_t)(u_oh_acc65 + slot))));
      const float v372 = (v371 / acc20);
      const float v374 = (v372 * v373);
      const float v382 = (v372 + v381);
      const float v383 = (v374 / v382);
      const float v384 = ((float)(h_load((uint32_t)(u_oh_acc70 + slot))));
      const float v385 = (v384 / acc22);
      const float v386 = (v385 * v373);
      const float v393 = (v385 + v392);
      const float v394 = (v386 / v393);
      const float v395 = (v394 + 0.00000999999975f);
      const float v396 = (v383 / v395);
      const float v397 = (v383 + 0.00000999999975f);
      const float v398 = (v394 / v397);
      const float v399 = (v396 - v398);
      const float v401 = (v400 ? v399 : 0.00000000f);
      const float v402 = (v370 + v401);
      const float v403 = (v354 * v402);
      const float v405 = (v403 / v404);
      const float v406 = (1.00000000f / (1.00000000f + expf((-v405))));
      const float v407 = (v406 - 0.500000000f);
      const float v408 = (v407 * 2.00000000f);
      const float v409 = (v408 * u_p_top);
      v209 = v409;
    } else {
      v209 = 0.00000000f;
    }
    F_v245[slot] = v209;
  }
  const uint32_t nkeys249 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys249); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v410 = ((float)(h_load((uint32_t)(u_oh_acc26 + slot))));
    F_v249[slot] = (acc14 - v410);
  }
  const uint32_t nkeys251 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys251); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v411 = ((float)(h_load((uint32_t)(u_oh_acc30 + slot))));
    F_v251[slot] = (v50 - v411);
  }
  const bool tabled317 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled317) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v412 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v413 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v414 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v413);
      const float v415 = (v412 + v414);
      const float v416 = (v412 + v413);
      const float v417 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v418 = (v416 + v417);
      const float v419 = (v415 - v418);
      const float v420 = adv_fmax(0.00000000f, v419);
      const int32_t v421 = adv_i32f(v420);
      const float v422 = adv_fmin(v412, v414);
      const int32_t v423 = adv_i32f(v422);
      const float v424 = (v414 + 1.00000000f);
      const float v425 = adv_lgamma(v424);
      const float v426 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v427 = adv_lgamma(v426);
      const float v428 = (v425 - v427);
      const float v429 = (v414 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v430 = (v429 + 1.00000000f);
      const float v431 = adv_lgamma(v430);
      const float v432 = (v428 - v431);
      const float v433 = (v418 - v414);
      const float v434 = (v412 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v435 = (v433 + 1.00000000f);
      const float v436 = adv_lgamma(v435);
      const float v437 = (v434 + 1.00000000f);
      const float v438 = adv_lgamma(v437);
      const float v439 = (v436 - v438);
      const float v440 = (v433 - v434);
      const float v441 = (v440 + 1.00000000f);
      const float v442 = adv_lgamma(v441);
      const float v443 = (v439 - v442);
      const float v444 = (v432 + v443);
      const float v445 = (v418 + 1.00000000f);
      const float v446 = adv_lgamma(v445);
      const float v447 = (v412 + 1.00000000f);
      const float v448 = adv_lgamma(v447);
      const float v449 = (v446 - v448);
      const float v450 = (v418 - v412);
      const float v451 = (v450 + 1.00000000f);
      const float v452 = adv_lgamma(v451);
      const float v453 = (v449 - v452);
      const float v454 = (v444 - v453);
      const float v455 = (v454 + 0.00000999999975f);
      float fold457 = 0.00000000f;
      for (int32_t k456 = v421; (k456 <= v423); k456 = (int32_t)(k456 + 1)) {
        const float v458 = ((float)(k456));
        const float v459 = (v458 + 1.00000000f);
        const float v460 = adv_lgamma(v459);
        const float v461 = (v425 - v460);
        const float v462 = (v414 - v458);
        const float v463 = (v462 + 1.00000000f);
        const float v464 = adv_lgamma(v463);
        const float v465 = (v461 - v464);
        const float v466 = (v412 - v458);
        const float v467 = (v466 + 1.00000000f);
        const float v468 = adv_lgamma(v467);
        const float v469 = (v436 - v468);
        const float v470 = (v433 - v466);
        const float v471 = (v470 + 1.00000000f);
        const float v472 = adv_lgamma(v471);
        const float v473 = (v469 - v472);
        const float v474 = (v465 + v473);
        const float v475 = (v474 - v453);
        const float v476 = expf(v475);
        const bool v477 = (v475 <= v455);
        const float v478 = (v477 ? v476 : 0.00000000f);
        fold457 = (fold457 + v478);
      }
      const float v479 = fold457;
      F_table317[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v479;
    }
  }
  const uint32_t nkeys317 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys317); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v480 = ((float)(h_load((uint32_t)(u_oh_acc26 + slot))));
    const float v481 = ((float)(h_load((uint32_t)(u_oh_acc30 + slot))));
    const float v482 = (v480 + v481);
    const float v483 = F_v249[slot];
    const float v484 = (v480 + v483);
    const float v485 = (v482 + v484);
    const float v486 = (v482 + v483);
    const float v487 = F_v251[slot];
    const float v488 = (v486 + v487);
    const float v489 = (v485 - v488);
    const float v490 = adv_fmax(0.00000000f, v489);
    const int32_t v491 = adv_i32f(v490);
    const float v492 = adv_fmin(v482, v484);
    const int32_t v493 = adv_i32f(v492);
    const float v494 = (v484 + 1.00000000f);
    const float v495 = adv_lgamma(v494);
    const float v496 = (v480 + 1.00000000f);
    const float v497 = adv_lgamma(v496);
    const float v498 = (v495 - v497);
    const float v499 = (v484 - v480);
    const float v500 = (v499 + 1.00000000f);
    const float v501 = adv_lgamma(v500);
    const float v502 = (v498 - v501);
    const float v503 = (v488 - v484);
    const float v504 = (v482 - v480);
    const float v505 = (v503 + 1.00000000f);
    const float v506 = adv_lgamma(v505);
    const float v507 = (v504 + 1.00000000f);
    const float v508 = adv_lgamma(v507);
    const float v509 = (v506 - v508);
    const float v510 = (v503 - v504);
    const float v511 = (v510 + 1.00000000f);
    const float v512 = adv_lgamma(v511);
    const float v513 = (v509 - v512);
    const float v514 = (v502 + v513);
    const float v515 = (v488 + 1.00000000f);
    const float v516 = adv_lgamma(v515);
    const float v517 = (v482 + 1.00000000f);
    const float v518 = adv_lgamma(v517);
    const float v519 = (v516 - v518);
    const float v520 = (v488 - v482);
    const float v521 = (v520 + 1.00000000f);
    const float v522 = adv_lgamma(v521);
    const float v523 = (v519 - v522);
    const float v524 = (v514 - v523);
    const float v525 = (v524 + 0.00000999999975f);
    float fold527 = 0.00000000f;
    for (int32_t k526 = v491; (k526 <= v493); k526 = (int32_t)(k526 + 1)) {
      const float v528 = ((float)(k526));
      const float v529 = (v528 + 1.00000000f);
      const float v530 = adv_lgamma(v529);
      const float v531 = (v495 - v530);
      const float v532 = (v484 - v528);
      const float v533 = (v532 + 1.00000000f);
      const float v534 = adv_lgamma(v533);
      const float v535 = (v531 - v534);
      const float v536 = (v482 - v528);
      const float v537 = (v536 + 1.00000000f);
      const float v538 = adv_lgamma(v537);
      const float v539 = (v506 - v538);
      const float v540 = (v503 - v536);
      const float v541 = (v540 + 1.00000000f);
      const float v542 = adv_lgamma(v541);
      const float v543 = (v539 - v542);
      const float v544 = (v535 + v543);
      const float v545 = (v544 - v523);
      const float v546 = expf(v545);
      const bool v547 = (v545 <= v525);
      const float v548 = (v547 ? v546 : 0.00000000f);
      fold527 = (fold527 + v548);
    }
    F_v317[slot] = fold527;
  }
  const bool tabled371 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled371) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v549 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v550 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v549);
      const float v551 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v552 = (v551 + v549);
      const float v553 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v554 = (v552 + v553);
      const float v555 = (v550 / v554);
      const float v556 = (-v555);
      const float v557 = log2f(v555);
      const float v558 = (v556 * v557);
      const bool v559 = (v555 > 0.00000000f);
      const float v560 = (v559 ? v558 : 0.00000000f);
      const float v561 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v553);
      const float v562 = (v561 / v554);
      const float v563 = (-v562);
      const float v564 = log2f(v562);
      const float v565 = (v563 * v564);
      const bool v566 = (v562 > 0.00000000f);
      const float v567 = (v566 ? v565 : 0.00000000f);
      const float v568 = (v560 + v567);
      const float v569 = (v551 / v554);
      const float v570 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v551);
      const float v571 = (-v570);
      const float v572 = log2f(v570);
      const float v573 = (v571 * v572);
      const bool v574 = (v570 > 0.00000000f);
      const float v575 = (v574 ? v573 : 0.00000000f);
      const float v576 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v551);
      const float v577 = (-v576);
      const float v578 = log2f(v576);
      const float v579 = (v577 * v578);
      const bool v580 = (v576 > 0.00000000f);
      const float v581 = (v580 ? v579 : 0.00000000f);
      const float v582 = (v575 + v581);
      const bool v583 = (v551 > 0.00000000f);
      const float v584 = (v583 ? v582 : 0.00000000f);
      const float v585 = (v569 * v584);
      const float v586 = (v549 + v553);
      const float v587 = (v586 / v554);
      const float v588 = (v549 / v586);
      const float v589 = (-v588);
      const float v590 = log2f(v588);
      const float v591 = (v589 * v590);
      const bool v592 = (v588 > 0.00000000f);
      const float v593 = (v592 ? v591 : 0.00000000f);
      const float v594 = (v553 / v586);
      const float v595 = (-v594);
      const float v596 = log2f(v594);
      const float v597 = (v595 * v596);
      const bool v598 = (v594 > 0.00000000f);
      const float v599 = (v598 ? v597 : 0.00000000f);
      const float v600 = (v593 + v599);
      const bool v601 = (v586 > 0.00000000f);
      const float v602 = (v601 ? v600 : 0.00000000f);
      const float v603 = (v587 * v602);
      const float v604 = (v585 + v603);
      const float v605 = (v568 - v604);
      const bool v606 = (v554 > 0.00000000f);
      const float v607 = (v606 ? v605 : 0.00000000f);
      F_table371[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v607;
    }
  }
  const uint32_t nkeys371 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys371); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v608 = ((float)(h_load((uint32_t)(u_oh_acc26 + slot))));
    const float v609 = F_v249[slot];
    const float v610 = (v608 + v609);
    const float v611 = ((float)(h_load((uint32_t)(u_oh_acc30 + slot))));
    const float v612 = (v608 + v611);
    const float v613 = (v612 + v609);
    const float v614 = F_v251[slot];
    const float v615 = (v613 + v614);
    const float v616 = (v610 / v615);
    const float v617 = (-v616);
    const float v618 = log2f(v616);
    const float v619 = (v617 * v618);
    const bool v620 = (v616 > 0.00000000f);
    const float v621 = (v620 ? v619 : 0.00000000f);
    const float v622 = (v611 + v614);
    const float v623 = (v622 / v615);
    const float v624 = (-v623);
    const float v625 = log2f(v623);
    const float v626 = (v624 * v625);
    const bool v627 = (v623 > 0.00000000f);
    const float v628 = (v627 ? v626 : 0.00000000f);
    const float v629 = (v621 + v628);
    const float v630 = (v612 / v615);
    const float v631 = (v608 / v612);
    const float v632 = (-v631);
    const float v633 = log2f(v631);
    const float v634 = (v632 * v633);
    const bool v635 = (v631 > 0.00000000f);
    const float v636 = (v635 ? v634 : 0.00000000f);
    const float v637 = (v611 / v612);
    const float v638 = (-v637);
    const float v639 = log2f(v637);
    const float v640 = (v638 * v639);
    const bool v641 = (v637 > 0.00000000f);
    const float v642 = (v641 ? v640 : 0.00000000f);
    const float v643 = (v636 + v642);
    const bool v644 = (v612 > 0.00000000f);
    const float v645 = (v644 ? v643 : 0.00000000f);
    const float v646 = (v630 * v645);
    const float v647 = (v609 + v614);
    const float v648 = (v647 / v615);
    const float v649 = (v609 / v647);
    const float v650 = (-v649);
    const float v651 = log2f(v649);
    const float v652 = (v650 * v651);
    const bool v653 = (v649 > 0.00000000f);
    const float v654 = (v653 ? v652 : 0.00000000f);
    const float v655 = (v614 / v647);
    const float v656 = (-v655);
    const float v657 = log2f(v655);
    const float v658 = (v656 * v657);
    const bool v659 = (v655 > 0.00000000f);
    const float v660 = (v659 ? v658 : 0.00000000f);
    const float v661 = (v654 + v660);
    const bool v662 = (v647 > 0.00000000f);
    const float v663 = (v662 ? v661 : 0.00000000f);
    const float v664 = (v648 * v663);
    const float v665 = (v646 + v664);
    const float v666 = (v629 - v665);
    const bool v667 = (v615 > 0.00000000f);
    F_v371[slot] = (v667 ? v666 : 0.00000000f);
  }
  const bool tabled383 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled383) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v668 = (acc14 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v669 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v668);
      const float v670 = (v669 + 1.00000001e-10f);
      const float v671 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v670);
      const float v672 = adv_fmin(adv_fmax(v671, 0.00000000f), 1.00000000f);
      const float v673 = sqrtf(v672);
      const float v674 = adv_asin(v673);
      const float v675 = (v50 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v676 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v675);
      const float v677 = (v676 + 1.00000001e-10f);
      const float v678 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v677);
      const float v679 = adv_fmin(adv_fmax(v678, 0.00000000f), 1.00000000f);
      const float v680 = sqrtf(v679);
      const float v681 = adv_asin(v680);
      const float v682 = (v674 - v681);
      F_table383[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v682;
    }
  }
  const uint32_t nkeys390 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys390); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v683 = ((float)(h_load((uint32_t)(u_oh_acc26 + slot))));
    const float v684 = ((float)(h_load((uint32_t)(u_oh_acc30 + slot))));
    float v685 = 0.00000000f;
    if (tabled383) {
      v685 = F_table383[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v683) * (uint32_t)(n + 1u))) + adv_u32f(v684))];
    } else {
      const float v686 = F_v249[slot];
      const float v687 = (v683 + v686);
      const float v688 = (v687 + 1.00000001e-10f);
      const float v689 = (v683 / v688);
      const float v690 = adv_fmin(adv_fmax(v689, 0.00000000f), 1.00000000f);
      const float v691 = sqrtf(v690);
      const float v692 = adv_asin(v691);
      const float v693 = F_v251[slot];
      const float v694 = (v684 + v693);
      const float v695 = (v694 + 1.00000001e-10f);
      const float v696 = (v684 / v695);
      const float v697 = adv_fmin(adv_fmax(v696, 0.00000000f), 1.00000000f);
      const float v698 = sqrtf(v697);
      const float v699 = adv_asin(v698);
      v685 = (v692 - v699);
    }
    const float v700 = v685;
    const float v701 = ((float)(h_load((uint32_t)(u_oh_acc32 + slot))));
    const float v702 = (v701 / acc20);
    const float v703 = (v702 * v373);
    const float v704 = (v702 + v381);
    const float v705 = (v703 / v704);
    const float v706 = ((float)(h_load((uint32_t)(u_oh_acc48 + slot))));
    const float v707 = (v706 / acc22);
    const float v708 = (v707 * v373);
    const float v709 = (v707 + v392);
    const float v710 = (v708 / v709);
    const float v711 = (v710 + 0.00000999999975f);
    const float v712 = (v705 / v711);
    const float v713 = (v705 + 0.00000999999975f);
    const float v714 = (v710 / v713);
    const float v715 = (v712 - v714);
    const float v716 = (v400 ? v715 : 0.00000000f);
    F_v390[slot] = (v700 + v716);
  }
  const float v718 = (acc393 / acc15);
  float acc399 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v717 = F_v9[row];
    const float v719 = (v717 - v718);
    const float v720 = (v719 * v719);
    acc399 = (acc399 + v720);
  }
  if ((lid == 0u)) {
    F_v399[g] = acc399;
  }
  const bool v722 = (acc15 > 1.00000000f);
  const float v723 = (v722 ? v718 : 0.00000000f);
  const float v725 = (acc15 - 1.00000000f);
  const float v726 = (acc399 / v725);
  const float v727 = sqrtf(v726);
  const float v728 = (v722 ? v727 : 1.00000000f);
  const float v729 = (v728 + u_p_epsilon);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v721 = F_v9[row];
    const float v724 = (v721 - v723);
    const float v730 = (v724 / v729);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw731 = h_load((uint32_t)((uint32_t)(u_oh_slot_tok_1 + (uint32_t)(row * u_T)) + ((uint32_t)(t))));
      const float v732 = F_v245[((sw731 != 4294967295u) ? (uint32_t)(sw731 & 2147483647u) : 0u)];
      const float v733 = ((sw731 != 4294967295u) ? v732 : 0.00000000f);
      const float v734 = (v730 + v733);
      const int32_t v735 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v736 = ((float)(v735));
      const float v737 = (v734 * v736);
      const float v738 = v733;
      const uint32_t sw739 = h_load((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + ((uint32_t)(t))));
      const float v740 = ((float)(h_load((uint32_t)(u_oh_acc26 + ((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)))));
      const float v741 = ((sw739 != 4294967295u) ? v740 : 0.00000000f);
      const float v742 = v741;
      const float v743 = ((float)(h_load((uint32_t)(u_oh_acc30 + ((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)))));
      const float v744 = ((sw739 != 4294967295u) ? v743 : 0.00000000f);
      const float v745 = v744;
      const float v746 = F_v249[((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)];
      const float v747 = ((sw739 != 4294967295u) ? v746 : 0.00000000f);
      const float v748 = v747;
      const float v749 = F_v251[((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)];
      const float v750 = ((sw739 != 4294967295u) ? v749 : 0.00000000f);
      const float v751 = v750;
      const float v752 = F_v317[((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)];
      const float v753 = ((sw739 != 4294967295u) ? v752 : 0.00000000f);
      const float v754 = v753;
      const float v755 = F_v371[((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)];
      const float v756 = ((sw739 != 4294967295u) ? v755 : 0.00000000f);
      const float v757 = v756;
      const float v758 = F_v390[((sw739 != 4294967295u) ? (uint32_t)(sw739 & 2147483647u) : 0u)];
      const float v759 = ((sw739 != 4294967295u) ? v758 : 0.00000000f);
      const float v760 = v759;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v737;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v738;
      F_out_key_a[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v742;
      F_out_key_b[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v745;
      F_out_key_c[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v748;
      F_out_key_d[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v751;
      F_out_key_p_value[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v754;
      F_out_key_information_gain[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v757;
      F_out_key_direction[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v760;
    }
  }
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v761 = F_v9[row];
    const float v762 = (v761 - v723);
    const float v763 = (v762 / v729);
    F_out_rollout_advantage[row] = v763;
  }
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = h_load((uint32_t)(u_oh_count_tok + g));
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc26 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc30 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc48 + lbase) + i)] = 0u;
    }
  }
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = h_load((uint32_t)(u_oh_count_tok_1 + g));
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok_1 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc62 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc64 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc65 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc70 + lbase) + i)] = 0u;
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

/* every kernel over run->groups groups (run->order) on run->threads threads (clamped to 1..64); claim zeroed */
static void adv_run_kernels(Run *run) {
  if (run->threads < 1u) run->threads = 1u;
  if (run->threads > 64u) run->threads = 64u;
  pthread_t tid[64];
  if (run->threads > 1u) pthread_barrier_init(&run->barrier, NULL, run->threads);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_create(&tid[t], NULL, adv_share, run);
  adv_share(run);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_join(tid[t], NULL);
  if (run->threads > 1u) pthread_barrier_destroy(&run->barrier);
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
  run.F_v18 = adv_element(env, argv[1], 2, &n);
  run.F_v14 = adv_element(env, argv[1], 3, &n);
  run.F_v15 = adv_element(env, argv[1], 4, &n);
  run.F_v20 = adv_element(env, argv[1], 5, &n);
  run.F_v22 = adv_element(env, argv[1], 6, &n);
  run.F_v393 = adv_element(env, argv[1], 7, &n);
  run.F_table211 = adv_element(env, argv[1], 8, &n);
  run.F_table223 = adv_element(env, argv[1], 9, &n);
  run.F_v245 = adv_element(env, argv[1], 10, &n);
  run.F_v249 = adv_element(env, argv[1], 11, &n);
  run.F_v251 = adv_element(env, argv[1], 12, &n);
  run.F_table317 = adv_element(env, argv[1], 13, &n);
  run.F_v317 = adv_element(env, argv[1], 14, &n);
  run.F_table371 = adv_element(env, argv[1], 15, &n);
  run.F_v371 = adv_element(env, argv[1], 16, &n);
  run.F_table383 = adv_element(env, argv[1], 17, &n);
  run.F_v390 = adv_element(env, argv[1], 18, &n);
  run.F_v399 = adv_element(env, argv[1], 19, &n);
  run.F_out_advantages = adv_element(env, argv[1], 20, &n);
  run.F_out_key_values = adv_element(env, argv[1], 21, &n);
  run.F_out_key_a = adv_element(env, argv[1], 22, &n);
  run.F_out_key_b = adv_element(env, argv[1], 23, &n);
  run.F_out_key_c = adv_element(env, argv[1], 24, &n);
  run.F_out_key_d = adv_element(env, argv[1], 25, &n);
  run.F_out_key_p_value = adv_element(env, argv[1], 26, &n);
  run.F_out_key_information_gain = adv_element(env, argv[1], 27, &n);
  run.F_out_key_direction = adv_element(env, argv[1], 28, &n);
  run.F_out_rollout_advantage = adv_element(env, argv[1], 29, &n);
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
