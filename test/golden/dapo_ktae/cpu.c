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

/* e^x as glibc's expf computes it, inline and branch-free: e^x = 2^(k/32) 2^(r/32) with x = (k + r) ln2 / 32,
   |r| <= 1/2, 2^(k/32) from a table and 2^(r/32) by a cubic, in double, rounded once. Beyond +-104 every result is 0
   or infinite, so |x| is clamped there, on its bits (a float compare is a branch that stops vectorization); NaN stays */
static const uint64_t ADV_EXP2_32[32] = {
  0x3ff0000000000000u, 0x3fefd9b0d3158574u, 0x3fefb5586cf9890fu, 0x3fef9301d0125b51u, 0x3fef72b83c7d517bu, 0x3fef54873168b9aau,
  0x3fef387a6e756238u, 0x3fef1e9df51fdee1u, 0x3fef06fe0a31b715u, 0x3feef1a7373aa9cbu, 0x3feedea64c123422u, 0x3feece086061892du,
  0x3feebfdad5362a27u, 0x3feeb42b569d4f82u, 0x3feeab07dd485429u, 0x3feea47eb03a5585u, 0x3feea09e667f3bcdu, 0x3fee9f75e8ec5f74u,
  0x3feea11473eb0187u, 0x3feea589994cce13u, 0x3feeace5422aa0dbu, 0x3feeb737b0cdc5e5u, 0x3feec49182a3f090u, 0x3feed503b23e255du,
  0x3feee89f995ad3adu, 0x3feeff76f2fb5e47u, 0x3fef199bdd85529cu, 0x3fef3720dcef9069u, 0x3fef5818dcfba487u, 0x3fef7c97337b9b5fu,
  0x3fefa4afa2a490dau, 0x3fefd0765b6e4540u,
};
static inline float adv_expf(float x) {
  uint32_t b;
  memcpy(&b, &x, 4);
  const uint32_t a = b & 0x7fffffffu;
  b = a > 0x42d00000u && a <= 0x7f800000u ? (b & 0x80000000u) | 0x42d00000u : b;
  float c;
  memcpy(&c, &b, 4);
  const double z = 0x1.71547652b82fep+5 * (double)c;
  double kd = z + 0x1.8p+52;
  uint64_t ki;
  memcpy(&ki, &kd, 8);
  kd -= 0x1.8p+52;
  const double r = z - kd;
  const uint64_t t = ADV_EXP2_32[ki & 31u] + (ki << 47);
  double s;
  memcpy(&s, &t, 8);
  const double y = (0x1.c6af84b912394p-20 * r + 0x1.ebfce50fac4f3p-13) * (r * r) + (0x1.62e42ff0c52d6p-6 * r + 1.0);
  return (float)(y * s);
}

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
      const bool v33 = (!v32);
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
            {
              const uint32_t add = ((uint32_t)(true) & (0u - (uint32_t)(first)));
              H[(size_t)(v32 ? u_oh_acc39 : u_oh_acc43) + (size_t)r] = (uint32_t)(H[(size_t)(v32 ? u_oh_acc39 : u_oh_acc43) + (size_t)r] + add);
            }
            {
              const uint32_t add = (v32 ? (uint32_t)(true) : (uint32_t)(!false));
              H[(size_t)(v32 ? u_oh_acc45 : u_oh_acc63) + (size_t)r] = (uint32_t)(H[(size_t)(v32 ? u_oh_acc45 : u_oh_acc63) + (size_t)r] + add);
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
    const float v34 = F_v12[row];
    const float v35 = F_v16[row];
    const float v36 = (v35 - v7);
    const float v37 = (-v36);
    const float v38 = (v37 / u_p_overlong_buffer_len);
    const float v39 = (v38 * u_p_overlong_penalty_factor);
    const float v40 = adv_fmin(v39, 0.00000000f);
    const float v41 = (v13 ? v40 : 0.00000000f);
    const float v42 = (v34 + v41);
    const bool v43 = (v42 > 0.00000000f);
    bound39 = (uint32_t)(bound39 + (uint32_t)(v43));
  }
  uint32_t bound43 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v44 = F_v12[row];
    const float v45 = F_v16[row];
    const float v46 = (v45 - v7);
    const float v47 = (-v46);
    const float v48 = (v47 / u_p_overlong_buffer_len);
    const float v49 = (v48 * u_p_overlong_penalty_factor);
    const float v50 = adv_fmin(v49, 0.00000000f);
    const float v51 = (v13 ? v50 : 0.00000000f);
    const float v52 = (v44 + v51);
    const bool v53 = (v52 > 0.00000000f);
    const bool v54 = (!v53);
    bound43 = (uint32_t)(bound43 + (uint32_t)(v54));
  }
  const bool v55 = (u_p_alpha != 0.00000000f);
  const float v62 = (((float)(acc30)) - acc29);
  const bool v200 = (u_p_beta != 0.00000000f);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u))); i = (uint32_t)(i + WG)) {
      float v56 = 0.00000000f;
      if (v55) {
        const float v57 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
        const float v58 = (v57 + ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
        const float v59 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
        const float v60 = (v58 + v59);
        const float v61 = (v57 + v59);
        const float v63 = (v62 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
        const float v64 = (v61 + v63);
        const float v65 = (v60 - v64);
        const float v66 = adv_fmax(0.00000000f, v65);
        const float v67 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v59);
        const float v68 = adv_fmin(v57, v67);
        const bool v69 = (v66 == v68);
        float v70 = 0.00000000f;
        if (v69) {
          v70 = 0.00000000f;
        } else {
          const float v73 = (v57 + v67);
          const float v74 = (v73 - v64);
          const float v75 = adv_fmax(0.00000000f, v74);
          const int32_t v76 = adv_i32f(v75);
          const int32_t v77 = adv_i32f(v68);
          const int32_t lo71 = v76;
          const int32_t hi72 = v77;
          const float v78 = (v67 + 1.00000000f);
          const float v79 = adv_lgamma(v78);
          const float v80 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + 1.00000000f);
          const float v81 = adv_lgamma(v80);
          const float v82 = (v79 - v81);
          const float v83 = (v67 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
          const float v84 = (v83 + 1.00000000f);
          const float v85 = adv_lgamma(v84);
          const float v86 = (v82 - v85);
          const float v87 = (v64 - v67);
          const float v88 = (v57 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
          const float v89 = (v87 + 1.00000000f);
          const float v90 = adv_lgamma(v89);
          const float v91 = (v88 + 1.00000000f);
          const float v92 = adv_lgamma(v91);
          const float v93 = (v90 - v92);
          const float v94 = (v87 - v88);
          const float v95 = (v94 + 1.00000000f);
          const float v96 = adv_lgamma(v95);
          const float v97 = (v93 - v96);
          const float v98 = (v86 + v97);
          const float v99 = (v64 + 1.00000000f);
          const float v100 = adv_lgamma(v99);
          const float v101 = (v57 + 1.00000000f);
          const float v102 = adv_lgamma(v101);
          const float v103 = (v100 - v102);
          const float v104 = (v64 - v57);
          const float v105 = (v104 + 1.00000000f);
          const float v106 = adv_lgamma(v105);
          const float v107 = (v103 - v106);
          const float v108 = (v98 - v107);
          const float v109 = (v108 + 0.00000999999975f);
          float fold111 = 0.00000000f;
          if ((hi72 >= lo71)) {
            if (((uint32_t)(((uint32_t)(hi72)) - ((uint32_t)(lo71))) < 1048576u)) {
              for (uint32_t n133 = 0u; (n133 <= (uint32_t)(((uint32_t)(hi72)) - ((uint32_t)(lo71)))); n133 = (uint32_t)(n133 + 1u)) {
                const int32_t k110 = ((int32_t)((uint32_t)(((uint32_t)(lo71)) + n133)));
                const float v112 = ((float)(k110));
                const float v113 = (v112 + 1.00000000f);
                const float v114 = adv_lgamma(v113);
                const float v115 = (v79 - v114);
                const float v116 = (v67 - v112);
                const float v117 = (v116 + 1.00000000f);
                const float v118 = adv_lgamma(v117);
                const float v119 = (v115 - v118);
                const float v120 = (v57 - v112);
                const float v121 = (v120 + 1.00000000f);
                const float v122 = adv_lgamma(v121);
                const float v123 = (v90 - v122);
                const float v124 = (v87 - v120);
                const float v125 = (v124 + 1.00000000f);
                const float v126 = adv_lgamma(v125);
                const float v127 = (v123 - v126);
                const float v128 = (v119 + v127);
                const float v129 = (v128 - v107);
                const float v130 = adv_expf(v129);
                const bool v131 = (v129 <= v109);
                const float v132 = (v131 ? v130 : 0.00000000f);
                fold111 = (fold111 + v132);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v134 = fold111;
          const float v135 = ((-2.00000000f) * v134);
          const float v136 = adv_expf(v135);
          v70 = v136;
        }
        const float v137 = v70;
        const float v138 = (u_p_alpha * v137);
        v56 = v138;
      } else {
        v56 = 0.00000000f;
      }
      const float v139 = v56;
      const float v140 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
      const float v141 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v140);
      const float v142 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v143 = (v142 + v140);
      const float v144 = (v62 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v145 = (v143 + v144);
      const float v146 = (v141 / v145);
      const float v147 = (-v146);
      const float v148 = log2f(v146);
      const float v149 = (v147 * v148);
      const bool v150 = (v146 > 0.00000000f);
      const float v151 = (v150 ? v149 : 0.00000000f);
      const float v152 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) + v144);
      const float v153 = (v152 / v145);
      const float v154 = (-v153);
      const float v155 = log2f(v153);
      const float v156 = (v154 * v155);
      const bool v157 = (v153 > 0.00000000f);
      const float v158 = (v157 ? v156 : 0.00000000f);
      const float v159 = (v151 + v158);
      const float v160 = (v142 / v145);
      const float v161 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) / v142);
      const float v162 = (-v161);
      const float v163 = log2f(v161);
      const float v164 = (v162 * v163);
      const bool v165 = (v161 > 0.00000000f);
      const float v166 = (v165 ? v164 : 0.00000000f);
      const float v167 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) / v142);
      const float v168 = (-v167);
      const float v169 = log2f(v167);
      const float v170 = (v168 * v169);
      const bool v171 = (v167 > 0.00000000f);
      const float v172 = (v171 ? v170 : 0.00000000f);
      const float v173 = (v166 + v172);
      const bool v174 = (v142 > 0.00000000f);
      const float v175 = (v174 ? v173 : 0.00000000f);
      const float v176 = (v160 * v175);
      const float v177 = (v140 + v144);
      const float v178 = (v177 / v145);
      const float v179 = (v140 / v177);
      const float v180 = (-v179);
      const float v181 = log2f(v179);
      const float v182 = (v180 * v181);
      const bool v183 = (v179 > 0.00000000f);
      const float v184 = (v183 ? v182 : 0.00000000f);
      const float v185 = (v144 / v177);
      const float v186 = (-v185);
      const float v187 = log2f(v185);
      const float v188 = (v186 * v187);
      const bool v189 = (v185 > 0.00000000f);
      const float v190 = (v189 ? v188 : 0.00000000f);
      const float v191 = (v184 + v190);
      const bool v192 = (v177 > 0.00000000f);
      const float v193 = (v192 ? v191 : 0.00000000f);
      const float v194 = (v178 * v193);
      const float v195 = (v176 + v194);
      const float v196 = (v159 - v195);
      const bool v197 = (v145 > 0.00000000f);
      const float v198 = (v197 ? v196 : 0.00000000f);
      const float v199 = (u_p_beta * v198);
      const float v201 = (v200 ? v199 : 0.00000000f);
      const float v202 = (v139 + v201);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound43 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound43 + 1u))] = v202;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled224 = ((uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled224) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound39 + 1u) * (uint32_t)(bound43 + 1u))); i = (uint32_t)(i + WG)) {
      const float v203 = (acc29 - ((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))));
      const float v204 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) + v203);
      const float v205 = (v204 + 1.00000001e-10f);
      const float v206 = (((float)(adv_udiv(i, (uint32_t)(bound43 + 1u)))) / v205);
      const float v207 = adv_fmin(adv_fmax(v206, 0.00000000f), 1.00000000f);
      const float v208 = sqrtf(v207);
      const float v209 = adv_asin(v208);
      const float v210 = (v62 - ((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))));
      const float v211 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) + v210);
      const float v212 = (v211 + 1.00000001e-10f);
      const float v213 = (((float)(adv_umod(i, (uint32_t)(bound43 + 1u)))) / v212);
      const float v214 = adv_fmin(adv_fmax(v213, 0.00000000f), 1.00000000f);
      const float v215 = sqrtf(v214);
      const float v216 = adv_asin(v215);
      const float v217 = (v209 - v216);
      F_table224[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound43 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound43 + 1u))] = v217;
    }
  }
  const bool v218 = (acc29 > 0.00000000f);
  const bool v219 = (v62 > 0.00000000f);
  const bool v220 = (v218 && v219);
  const float v398 = (u_p_bm25_k1 + 1.00000000f);
  const float v400 = (1.00000000f - u_p_bm25_b);
  const float v401 = (u_p_bm25_b * acc33);
  const float v402 = (acc33 + acc35);
  const float v403 = (v402 / 2.00000000f);
  const float v404 = (v401 / v403);
  const float v405 = (v400 + v404);
  const float v406 = (u_p_bm25_k1 * v405);
  const bool v409 = (acc33 > 0.00000000f);
  const float v414 = (u_p_bm25_b * acc35);
  const float v415 = (acc35 + acc33);
  const float v416 = (v415 / 2.00000000f);
  const float v417 = (v414 / v416);
  const float v418 = (v400 + v417);
  const float v419 = (u_p_bm25_k1 * v418);
  const bool v422 = (acc35 > 0.00000000f);
  const bool v429 = (u_p_gamma != 0.00000000f);
  const float v433 = (u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const uint32_t nkeys246 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase246 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries246 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase246), 8u);
  for (uint32_t i = 0u; (i < mentries246); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase246 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys246); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v221 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v222 = (v221 != u_p_zero_token_id);
    const bool v223 = (v220 && v222);
    float v224 = 0.00000000f;
    if (v223) {
      const uint32_t mw225 = H[(size_t)u_oh_acc39 + (size_t)slot];
      const uint32_t mw226 = H[(size_t)u_oh_acc43 + (size_t)slot];
      const uint32_t mw227 = H[(size_t)u_oh_acc45 + (size_t)slot];
      const uint32_t mw228 = H[(size_t)u_oh_acc63 + (size_t)slot];
      const uint32_t mh229 = (uint32_t)((uint32_t)((uint32_t)((uint32_t)(0u ^ (uint32_t)(mw225 * 2654435761u)) ^ (uint32_t)(mw226 * 2246822519u)) ^ (uint32_t)(mw227 * 3266489917u)) ^ (uint32_t)(mw228 * 668265263u));
      const uint32_t me230 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase246 + (uint32_t)((uint32_t)((uint32_t)(mh229 ^ (uint32_t)(mh229 >> (15u & 31u))) & (uint32_t)(mentries246 - 1u)) * 8u)));
      float v231 = 0.00000000f;
      if (((((((mentries246 > 0u) && (H[(size_t)me230 + (size_t)0u] == 1u)) && (H[(size_t)me230 + (size_t)1u] == mw225)) && (H[(size_t)me230 + (size_t)2u] == mw226)) && (H[(size_t)me230 + (size_t)3u] == mw227)) && (H[(size_t)me230 + (size_t)4u] == mw228))) {
        v231 = adv_f32bits((uint32_t)(H[(size_t)me230 + (size_t)7u]));
      } else {
        const float v232 = ((float)(H[(size_t)u_oh_acc39 + (size_t)slot]));
        const float v233 = ((float)(H[(size_t)u_oh_acc43 + (size_t)slot]));
        float v234 = 0.00000000f;
        if (tabled212) {
          v234 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v232) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v233)];
        } else {
          float v235 = 0.00000000f;
          if (v55) {
            const float v236 = (v232 + v233);
            const float v237 = (v236 + v232);
            const float v238 = (acc29 - v232);
            const float v239 = (v237 + v238);
            const float v240 = (v236 + v238);
            const float v241 = (v62 - v233);
            const float v242 = (v240 + v241);
            const float v243 = (v239 - v242);
            const float v244 = adv_fmax(0.00000000f, v243);
            const float v245 = (v232 + v238);
            const float v246 = adv_fmin(v236, v245);
            const bool v247 = (v244 == v246);
            float v248 = 0.00000000f;
            if (v247) {
              v248 = 0.00000000f;
            } else {
              const float v251 = (v236 + v245);
              const float v252 = (v251 - v242);
              const float v253 = adv_fmax(0.00000000f, v252);
              const int32_t v254 = adv_i32f(v253);
              const int32_t v255 = adv_i32f(v246);
              const int32_t lo249 = v254;
              const int32_t hi250 = v255;
              const float v256 = (v245 + 1.00000000f);
              const float v257 = adv_lgamma(v256);
              const float v258 = (v232 + 1.00000000f);
              const float v259 = adv_lgamma(v258);
              const float v260 = (v257 - v259);
              const float v261 = (v245 - v232);
              const float v262 = (v261 + 1.00000000f);
              const float v263 = adv_lgamma(v262);
              const float v264 = (v260 - v263);
              const float v265 = (v242 - v245);
              const float v266 = (v236 - v232);
              const float v267 = (v265 + 1.00000000f);
              const float v268 = adv_lgamma(v267);
              const float v269 = (v266 + 1.00000000f);
              const float v270 = adv_lgamma(v269);
              const float v271 = (v268 - v270);
              const float v272 = (v265 - v266);
              const float v273 = (v272 + 1.00000000f);
              const float v274 = adv_lgamma(v273);
              const float v275 = (v271 - v274);
              const float v276 = (v264 + v275);
              const float v277 = (v242 + 1.00000000f);
              const float v278 = adv_lgamma(v277);
              const float v279 = (v236 + 1.00000000f);
              const float v280 = adv_lgamma(v279);
              const float v281 = (v278 - v280);
              const float v282 = (v242 - v236);
              const float v283 = (v282 + 1.00000000f);
              const float v284 = adv_lgamma(v283);
              const float v285 = (v281 - v284);
              const float v286 = (v276 - v285);
              const float v287 = (v286 + 0.00000999999975f);
              float fold289 = 0.00000000f;
              if ((hi250 >= lo249)) {
                if (((uint32_t)(((uint32_t)(hi250)) - ((uint32_t)(lo249))) < 1048576u)) {
                  for (uint32_t n311 = 0u; (n311 <= (uint32_t)(((uint32_t)(hi250)) - ((uint32_t)(lo249)))); n311 = (uint32_t)(n311 + 1u)) {
                    const int32_t k288 = ((int32_t)((uint32_t)(((uint32_t)(lo249)) + n311)));
                    const float v290 = ((float)(k288));
                    const float v291 = (v290 + 1.00000000f);
                    const float v292 = adv_lgamma(v291);
                    const float v293 = (v257 - v292);
                    const float v294 = (v245 - v290);
                    const float v295 = (v294 + 1.00000000f);
                    const float v296 = adv_lgamma(v295);
                    const float v297 = (v293 - v296);
                    const float v298 = (v236 - v290);
                    const float v299 = (v298 + 1.00000000f);
                    const float v300 = adv_lgamma(v299);
                    const float v301 = (v268 - v300);
                    const float v302 = (v265 - v298);
                    const float v303 = (v302 + 1.00000000f);
                    const float v304 = adv_lgamma(v303);
                    const float v305 = (v301 - v304);
                    const float v306 = (v297 + v305);
                    const float v307 = (v306 - v285);
                    const float v308 = adv_expf(v307);
                    const bool v309 = (v307 <= v287);
                    const float v310 = (v309 ? v308 : 0.00000000f);
                    fold289 = (fold289 + v310);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
                }
              }
              const float v312 = fold289;
              const float v313 = ((-2.00000000f) * v312);
              const float v314 = adv_expf(v313);
              v248 = v314;
            }
            const float v315 = v248;
            const float v316 = (u_p_alpha * v315);
            v235 = v316;
          } else {
            v235 = 0.00000000f;
          }
          const float v317 = v235;
          const float v318 = (acc29 - v232);
          const float v319 = (v232 + v318);
          const float v320 = (v232 + v233);
          const float v321 = (v320 + v318);
          const float v322 = (v62 - v233);
          const float v323 = (v321 + v322);
          const float v324 = (v319 / v323);
          const float v325 = (-v324);
          const float v326 = log2f(v324);
          const float v327 = (v325 * v326);
          const bool v328 = (v324 > 0.00000000f);
          const float v329 = (v328 ? v327 : 0.00000000f);
          const float v330 = (v233 + v322);
          const float v331 = (v330 / v323);
          const float v332 = (-v331);
          const float v333 = log2f(v331);
          const float v334 = (v332 * v333);
          const bool v335 = (v331 > 0.00000000f);
          const float v336 = (v335 ? v334 : 0.00000000f);
          const float v337 = (v329 + v336);
          const float v338 = (v320 / v323);
          const float v339 = (v232 / v320);
          const float v340 = (-v339);
          const float v341 = log2f(v339);
          const float v342 = (v340 * v341);
          const bool v343 = (v339 > 0.00000000f);
          const float v344 = (v343 ? v342 : 0.00000000f);
          const float v345 = (v233 / v320);
          const float v346 = (-v345);
          const float v347 = log2f(v345);
          const float v348 = (v346 * v347);
          const bool v349 = (v345 > 0.00000000f);
          const float v350 = (v349 ? v348 : 0.00000000f);
          const float v351 = (v344 + v350);
          const bool v352 = (v320 > 0.00000000f);
          const float v353 = (v352 ? v351 : 0.00000000f);
          const float v354 = (v338 * v353);
          const float v355 = (v318 + v322);
          const float v356 = (v355 / v323);
          const float v357 = (v318 / v355);
          const float v358 = (-v357);
          const float v359 = log2f(v357);
          const float v360 = (v358 * v359);
          const bool v361 = (v357 > 0.00000000f);
          const float v362 = (v361 ? v360 : 0.00000000f);
          const float v363 = (v322 / v355);
          const float v364 = (-v363);
          const float v365 = log2f(v363);
          const float v366 = (v364 * v365);
          const bool v367 = (v363 > 0.00000000f);
          const float v368 = (v367 ? v366 : 0.00000000f);
          const float v369 = (v362 + v368);
          const bool v370 = (v355 > 0.00000000f);
          const float v371 = (v370 ? v369 : 0.00000000f);
          const float v372 = (v356 * v371);
          const float v373 = (v354 + v372);
          const float v374 = (v337 - v373);
          const bool v375 = (v323 > 0.00000000f);
          const float v376 = (v375 ? v374 : 0.00000000f);
          const float v377 = (u_p_beta * v376);
          const float v378 = (v200 ? v377 : 0.00000000f);
          v234 = (v317 + v378);
        }
        const float v379 = v234;
        float v380 = 0.00000000f;
        if (tabled224) {
          v380 = F_table224[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v232) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v233)];
        } else {
          const float v381 = (acc29 - v232);
          const float v382 = (v232 + v381);
          const float v383 = (v382 + 1.00000001e-10f);
          const float v384 = (v232 / v383);
          const float v385 = adv_fmin(adv_fmax(v384, 0.00000000f), 1.00000000f);
          const float v386 = sqrtf(v385);
          const float v387 = adv_asin(v386);
          const float v388 = (v62 - v233);
          const float v389 = (v233 + v388);
          const float v390 = (v389 + 1.00000001e-10f);
          const float v391 = (v233 / v390);
          const float v392 = adv_fmin(adv_fmax(v391, 0.00000000f), 1.00000000f);
          const float v393 = sqrtf(v392);
          const float v394 = adv_asin(v393);
          v380 = (v387 - v394);
        }
        const float v395 = v380;
        const float v396 = ((float)(H[(size_t)u_oh_acc45 + (size_t)slot]));
        const float v397 = (v396 / acc33);
        const float v399 = (v397 * v398);
        const float v407 = (v397 + v406);
        const float v408 = (v399 / v407);
        const float v410 = (v409 ? v408 : 0.00000000f);
        const float v411 = ((float)(H[(size_t)u_oh_acc63 + (size_t)slot]));
        const float v412 = (v411 / acc35);
        const float v413 = (v412 * v398);
        const float v420 = (v412 + v419);
        const float v421 = (v413 / v420);
        const float v423 = (v422 ? v421 : 0.00000000f);
        const float v424 = (v423 + 0.00000999999975f);
        const float v425 = (v410 / v424);
        const float v426 = (v410 + 0.00000999999975f);
        const float v427 = (v423 / v426);
        const float v428 = (v425 - v427);
        const float v430 = (v429 ? v428 : 0.00000000f);
        const float v431 = (v395 + v430);
        const float v432 = (v379 * v431);
        const float v434 = (v432 / v433);
        const float v435 = (1.00000000f / (1.00000000f + adv_expf((-v434))));
        const float v436 = (v435 - 0.500000000f);
        const float v437 = (v436 * 2.00000000f);
        v231 = (v437 * u_p_top);
        if ((mentries246 > 0u)) {
          H[me230] = 1u;
          H[(size_t)me230 + (size_t)1u] = mw225;
          H[(size_t)me230 + (size_t)2u] = mw226;
          H[(size_t)me230 + (size_t)3u] = mw227;
          H[(size_t)me230 + (size_t)4u] = mw228;
          H[(size_t)me230 + (size_t)7u] = ((uint32_t)adv_bitsf32(v231));
        }
      }
      const float v438 = v231;
      v224 = v438;
    } else {
      v224 = 0.00000000f;
    }
    F_v246[slot] = v224;
  }
  // reduce to group %254, %275
  float acc254 = 0.00000000f;
  float acc275 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v439 = F_v12[row];
    const bool v440 = (v439 > 0.00000000f);
    const float v441 = (v440 ? 1.00000000f : 0.00000000f);
    const float v442 = (v441 - acc252);
    const float v443 = F_v16[row];
    const float v444 = (v443 - v7);
    const float v445 = (-v444);
    const float v446 = (v445 / u_p_overlong_buffer_len);
    const float v447 = (v446 * u_p_overlong_penalty_factor);
    const float v448 = adv_fmin(v447, 0.00000000f);
    const float v449 = (v13 ? v448 : 0.00000000f);
    const float v450 = (v439 + v449);
    const float v451 = (v450 - acc273);
    acc254 = (acc254 + v442);
    acc275 = (acc275 + v451);
  }
  if ((lid == 0u)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const float v455 = (acc254 / ((float)(acc250)));
  const float v456 = (acc252 + v455);
  const float v458 = (acc257 - acc252);
  const bool v459 = (v458 > 0.00000000f);
  const float v460 = (v459 ? v458 : 1.00000000f);
  const float v471 = (acc275 / ((float)(acc30)));
  const float v472 = (acc273 + v471);
  const float v474 = (acc280 - acc273);
  const bool v475 = (v474 > 0.00000000f);
  const float v476 = (v475 ? v474 : 1.00000000f);
  float acc264 = 0.00000000f;
  float acc287 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v452 = F_v12[row];
    const bool v453 = (v452 > 0.00000000f);
    const float v454 = (v453 ? 1.00000000f : 0.00000000f);
    const float v457 = (v454 - v456);
    const float v461 = (v457 / v460);
    const float v462 = (v461 * v461);
    const float v463 = F_v16[row];
    const float v464 = (v463 - v7);
    const float v465 = (-v464);
    const float v466 = (v465 / u_p_overlong_buffer_len);
    const float v467 = (v466 * u_p_overlong_penalty_factor);
    const float v468 = adv_fmin(v467, 0.00000000f);
    const float v469 = (v13 ? v468 : 0.00000000f);
    const float v470 = (v452 + v469);
    const float v473 = (v470 - v472);
    const float v477 = (v473 / v476);
    const float v478 = (v477 * v477);
    acc264 = (acc264 + v462);
    acc287 = (acc287 + v478);
  }
  if ((lid == 0u)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const bool v488 = (((float)(acc30)) > 1.00000000f);
  const float v489 = (v488 ? v472 : 0.00000000f);
  const float v491 = (((float)(acc30)) - 1.00000000f);
  const float v492 = (acc287 / v491);
  const float v493 = sqrtf(v492);
  const float v494 = (v493 * v476);
  const float v495 = (v488 ? v494 : 1.00000000f);
  const float v496 = (v495 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v479 = F_v12[row];
    const float v480 = F_v16[row];
    const float v481 = (v480 - v7);
    const float v482 = (-v481);
    const float v483 = (v482 / u_p_overlong_buffer_len);
    const float v484 = (v483 * u_p_overlong_penalty_factor);
    const float v485 = adv_fmin(v484, 0.00000000f);
    const float v486 = (v13 ? v485 : 0.00000000f);
    const float v487 = (v479 + v486);
    const float v490 = (v487 - v489);
    const float v497 = (v490 / v496);
    const bool v498 = (v490 == 0.00000000f);
    const float v499 = (v498 ? 0.00000000f : v497);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw500 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v501 = F_v246[((uint32_t)(sw500 & 2147483647u) & (0u - (uint32_t)((sw500 != 4294967295u))))];
      const float v502 = ((sw500 != 4294967295u) ? v501 : 0.00000000f);
      const float v503 = (v499 + v502);
      const int32_t v504 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v505 = ((float)(v504));
      const float v506 = (v503 * v505);
      const float v507 = v502;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v506;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v507;
    }
  }
  const bool v508 = (((float)(acc250)) == 1.00000000f);
  const float v509 = (acc264 / ((float)(acc250)));
  const float v510 = sqrtf(v509);
  const float v511 = (v510 * v460);
  const bool v512 = (v511 > 0.00000000f);
  const bool v513 = (v508 || v512);
  const float v514 = (v513 ? 1.00000000f : 0.00000000f);
  // outputs out_keep_group
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v515 = v514;
    F_out_keep_group[row] = v515;
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
