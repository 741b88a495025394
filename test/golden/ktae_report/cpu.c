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
  uint32_t o_v9;
  uint32_t o_v15;
  uint32_t o_v16;
  uint32_t o_v19;
  uint32_t o_v21;
  uint32_t o_v23;
  uint32_t o_v64;
  uint32_t o_v65;
  uint32_t o_v197;
  uint32_t o_table197;
  uint32_t o_v220;
  uint32_t o_table212;
  uint32_t o_v234;
  uint32_t o_table200;
  uint32_t o_v257;
  uint32_t o_table257;
  uint32_t o_v267;
  uint32_t o_v269;
  uint32_t o_v274;
  uint32_t o_v281;
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
  uint32_t oh_acc27;
  uint32_t oh_acc31;
  uint32_t oh_acc33;
  uint32_t oh_acc51;
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
  float *F_v19;
  float *F_v15;
  float *F_v16;
  float *F_v21;
  float *F_v23;
  float *F_v267;
  float *F_v274;
  float *F_v64;
  float *F_v65;
  float *F_table197;
  float *F_v197;
  float *F_table212;
  float *F_v220;
  float *F_out_0folds;
  float *F_table200;
  float *F_v234;
  float *F_table257;
  float *F_v257;
  float *F_v269;
  float *F_v281;
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
  const uint32_t u_oh_acc27 = R->U.oh_acc27;
  const uint32_t u_oh_acc31 = R->U.oh_acc31;
  const uint32_t u_oh_acc33 = R->U.oh_acc33;
  const uint32_t u_oh_acc51 = R->U.oh_acc51;
  const uint32_t u_oh_slot_tok = R->U.oh_slot_tok;
  const uint32_t u_oh_count_tok = R->U.oh_count_tok;
  const uint32_t u_N = R->U.N;
  const float u_p_bm25_k1 = R->U.p_bm25_k1;
  const float u_p_bm25_b = R->U.p_bm25_b;
  const float u_p_gamma = R->U.p_gamma;
  const float u_p_alpha = R->U.p_alpha;
  const float u_p_beta = R->U.p_beta;
  const int32_t u_p_zero_token_id = R->U.p_zero_token_id;
  const float u_p_top = R->U.p_top;
  const float u_p_epsilon = R->U.p_epsilon;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v267 = R->F_v267;
  float *const restrict F_v274 = R->F_v274;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_table197 = R->F_table197;
  float *const restrict F_v197 = R->F_v197;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_v220 = R->F_v220;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table200 = R->F_table200;
  float *const restrict F_v234 = R->F_v234;
  float *const restrict F_table257 = R->F_table257;
  float *const restrict F_v257 = R->F_v257;
  float *const restrict F_v269 = R->F_v269;
  float *const restrict F_v281 = R->F_v281;
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
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %9, %19: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc9_0 = 0.00000000f;
    uint32_t acc19_0 = 0u;
    float acc9_1 = 0.00000000f;
    uint32_t acc19_1 = 0u;
    float acc9_2 = 0.00000000f;
    uint32_t acc19_2 = 0u;
    float acc9_3 = 0.00000000f;
    uint32_t acc19_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc9_0 = (acc9_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc19_0 = (uint32_t)(acc19_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc9_1 = (acc9_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc19_1 = (uint32_t)(acc19_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc9_2 = (acc9_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc19_2 = (uint32_t)(acc19_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc9_3 = (acc9_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc19_3 = (uint32_t)(acc19_3 + (uint32_t)(valid_3));
    }
    F_v9[row0] = acc9_0;
    F_v19[row0] = ((float)(acc19_0));
    F_v9[row1] = acc9_1;
    F_v19[row1] = ((float)(acc19_1));
    F_v9[row2] = acc9_2;
    F_v19[row2] = ((float)(acc19_2));
    F_v9[row3] = acc9_3;
    F_v19[row3] = ((float)(acc19_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc9 = 0.00000000f;
    uint32_t acc19 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc9 = (acc9 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc19 = (uint32_t)(acc19 + (uint32_t)(valid));
    }
    F_v9[row] = acc9;
    F_v19[row] = ((float)(acc19));
  }
  // reduce to group %15, %16, %21, %23, %267, %274
  float acc15 = 0.00000000f;
  uint32_t acc16 = 0u;
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc267 = INFINITY;
  float acc274 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v19[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc15 = (acc15 + v7);
    acc16 = (uint32_t)(acc16 + 1u);
    acc21 = (acc21 + v9);
    acc23 = (acc23 + v10);
    acc267 = adv_fmin(acc267, v5);
    acc274 = adv_fmax(acc274, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = ((float)(acc16));
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
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
      const float v12 = F_v9[row];
      const bool v13 = (v12 > 0.00000000f);
      const bool v14 = (!v13);
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
                H[(size_t)u_oh_acc27 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc31 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc33 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc51 + (size_t)r] = 0u;
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
              H[(size_t)(v13 ? u_oh_acc27 : u_oh_acc31) + (size_t)r] = (uint32_t)(H[(size_t)(v13 ? u_oh_acc27 : u_oh_acc31) + (size_t)r] + add);
            }
            {
              const uint32_t add = (v13 ? (uint32_t)(true) : (uint32_t)(!false));
              H[(size_t)(v13 ? u_oh_acc33 : u_oh_acc51) + (size_t)r] = (uint32_t)(H[(size_t)(v13 ? u_oh_acc33 : u_oh_acc51) + (size_t)r] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_tok + (size_t)g] = nk;
  }
  // key-map %64: once per distinct key of the group
  const uint32_t nkeys64 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys64); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v15 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    F_v64[slot] = (acc15 - v15);
  }
  const float v16 = (((float)(acc16)) - acc15);
  // key-map %65: once per distinct key of the group
  const uint32_t nkeys65 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys65); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v17 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    F_v65[slot] = (v16 - v17);
  }
  uint32_t bound27 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v18 = F_v9[row];
    const bool v19 = (v18 > 0.00000000f);
    bound27 = (uint32_t)(bound27 + (uint32_t)(v19));
  }
  uint32_t bound31 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v20 = F_v9[row];
    const bool v21 = (v20 > 0.00000000f);
    const bool v22 = (!v21);
    bound31 = (uint32_t)(bound31 + (uint32_t)(v22));
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled197 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v23 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v24 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v23);
      const float v25 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v26 = (v25 + v23);
      const float v27 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v28 = (v26 + v27);
      const float v29 = (v24 / v28);
      const float v30 = (-v29);
      const float v31 = log2f(v29);
      const float v32 = (v30 * v31);
      const bool v33 = (v29 > 0.00000000f);
      const float v34 = (v33 ? v32 : 0.00000000f);
      const float v35 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v27);
      const float v36 = (v35 / v28);
      const float v37 = (-v36);
      const float v38 = log2f(v36);
      const float v39 = (v37 * v38);
      const bool v40 = (v36 > 0.00000000f);
      const float v41 = (v40 ? v39 : 0.00000000f);
      const float v42 = (v34 + v41);
      const float v43 = (v25 / v28);
      const float v44 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v25);
      const float v45 = (-v44);
      const float v46 = log2f(v44);
      const float v47 = (v45 * v46);
      const bool v48 = (v44 > 0.00000000f);
      const float v49 = (v48 ? v47 : 0.00000000f);
      const float v50 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v25);
      const float v51 = (-v50);
      const float v52 = log2f(v50);
      const float v53 = (v51 * v52);
      const bool v54 = (v50 > 0.00000000f);
      const float v55 = (v54 ? v53 : 0.00000000f);
      const float v56 = (v49 + v55);
      const bool v57 = (v25 > 0.00000000f);
      const float v58 = (v57 ? v56 : 0.00000000f);
      const float v59 = (v43 * v58);
      const float v60 = (v23 + v27);
      const float v61 = (v60 / v28);
      const float v62 = (v23 / v60);
      const float v63 = (-v62);
      const float v64 = log2f(v62);
      const float v65 = (v63 * v64);
      const bool v66 = (v62 > 0.00000000f);
      const float v67 = (v66 ? v65 : 0.00000000f);
      const float v68 = (v27 / v60);
      const float v69 = (-v68);
      const float v70 = log2f(v68);
      const float v71 = (v69 * v70);
      const bool v72 = (v68 > 0.00000000f);
      const float v73 = (v72 ? v71 : 0.00000000f);
      const float v74 = (v67 + v73);
      const bool v75 = (v60 > 0.00000000f);
      const float v76 = (v75 ? v74 : 0.00000000f);
      const float v77 = (v61 * v76);
      const float v78 = (v59 + v77);
      const float v79 = (v42 - v78);
      const bool v80 = (v28 > 0.00000000f);
      const float v81 = (v80 ? v79 : 0.00000000f);
      F_table197[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v81;
    }
  }
  // key-map %197: once per distinct key of the group
  const uint32_t nkeys197 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase197 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries197 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase197), 8u);
  for (uint32_t i = 0u; (i < mentries197); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase197 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys197); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v82 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v83 = F_v64[slot];
    const float v84 = (v82 + v83);
    const float v85 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v86 = (v82 + v85);
    const float v87 = (v86 + v83);
    const float v88 = F_v65[slot];
    const float v89 = (v87 + v88);
    const float v90 = (v84 / v89);
    const float v91 = (-v90);
    const float v92 = log2f(v90);
    const float v93 = (v91 * v92);
    const bool v94 = (v90 > 0.00000000f);
    const float v95 = (v94 ? v93 : 0.00000000f);
    const float v96 = (v85 + v88);
    const float v97 = (v96 / v89);
    const float v98 = (-v97);
    const float v99 = log2f(v97);
    const float v100 = (v98 * v99);
    const bool v101 = (v97 > 0.00000000f);
    const float v102 = (v101 ? v100 : 0.00000000f);
    const float v103 = (v95 + v102);
    const float v104 = (v86 / v89);
    const uint32_t mw105 = H[(size_t)u_oh_acc27 + (size_t)slot];
    const uint32_t mw106 = H[(size_t)u_oh_acc31 + (size_t)slot];
    const uint32_t mh107 = (uint32_t)((uint32_t)(0u ^ (uint32_t)(mw105 * 2654435761u)) ^ (uint32_t)(mw106 * 2246822519u));
    const uint32_t me108 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase197 + (uint32_t)((uint32_t)((uint32_t)(mh107 ^ (uint32_t)(mh107 >> (15u & 31u))) & (uint32_t)(mentries197 - 1u)) * 8u)));
    float v109 = 0.00000000f;
    if (((((mentries197 > 0u) && (H[(size_t)me108 + (size_t)0u] == 1u)) && (H[(size_t)me108 + (size_t)1u] == mw105)) && (H[(size_t)me108 + (size_t)2u] == mw106))) {
      v109 = adv_f32bits((uint32_t)(H[(size_t)me108 + (size_t)7u]));
    } else {
      const float v110 = (v82 / v86);
      const float v111 = (-v110);
      const float v112 = log2f(v110);
      const float v113 = (v111 * v112);
      const bool v114 = (v110 > 0.00000000f);
      const float v115 = (v114 ? v113 : 0.00000000f);
      const float v116 = (v85 / v86);
      const float v117 = (-v116);
      const float v118 = log2f(v116);
      const float v119 = (v117 * v118);
      const bool v120 = (v116 > 0.00000000f);
      const float v121 = (v120 ? v119 : 0.00000000f);
      const float v122 = (v115 + v121);
      const bool v123 = (v86 > 0.00000000f);
      v109 = (v123 ? v122 : 0.00000000f);
      if ((mentries197 > 0u)) {
        H[me108] = 1u;
        H[(size_t)me108 + (size_t)1u] = mw105;
        H[(size_t)me108 + (size_t)2u] = mw106;
        H[(size_t)me108 + (size_t)7u] = ((uint32_t)adv_bitsf32(v109));
      }
    }
    const float v124 = v109;
    const float v125 = (v104 * v124);
    const float v126 = (v83 + v88);
    const float v127 = (v126 / v89);
    const float v128 = (v83 / v126);
    const float v129 = (-v128);
    const float v130 = log2f(v128);
    const float v131 = (v129 * v130);
    const bool v132 = (v128 > 0.00000000f);
    const float v133 = (v132 ? v131 : 0.00000000f);
    const float v134 = (v88 / v126);
    const float v135 = (-v134);
    const float v136 = log2f(v134);
    const float v137 = (v135 * v136);
    const bool v138 = (v134 > 0.00000000f);
    const float v139 = (v138 ? v137 : 0.00000000f);
    const float v140 = (v133 + v139);
    const bool v141 = (v126 > 0.00000000f);
    const float v142 = (v141 ? v140 : 0.00000000f);
    const float v143 = (v127 * v142);
    const float v144 = (v125 + v143);
    const float v145 = (v103 - v144);
    const bool v146 = (v89 > 0.00000000f);
    F_v197[slot] = (v146 ? v145 : 0.00000000f);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v147 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v148 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v147);
      const float v149 = (v148 + 1.00000001e-10f);
      const float v150 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v149);
      const float v151 = adv_fmin(adv_fmax(v150, 0.00000000f), 1.00000000f);
      const float v152 = sqrtf(v151);
      const float v153 = adv_asin(v152);
      const float v154 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v155 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v154);
      const float v156 = (v155 + 1.00000001e-10f);
      const float v157 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v156);
      const float v158 = adv_fmin(adv_fmax(v157, 0.00000000f), 1.00000000f);
      const float v159 = sqrtf(v158);
      const float v160 = adv_asin(v159);
      const float v161 = (v153 - v160);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v161;
    }
  }
  const float v187 = (u_p_bm25_k1 + 1.00000000f);
  const float v189 = (1.00000000f - u_p_bm25_b);
  const float v190 = (u_p_bm25_b * acc21);
  const float v191 = (acc21 + acc23);
  const float v192 = (v191 / 2.00000000f);
  const float v193 = (v190 / v192);
  const float v194 = (v189 + v193);
  const float v195 = (u_p_bm25_k1 * v194);
  const bool v198 = (acc21 > 0.00000000f);
  const float v203 = (u_p_bm25_b * acc23);
  const float v204 = (acc23 + acc21);
  const float v205 = (v204 / 2.00000000f);
  const float v206 = (v203 / v205);
  const float v207 = (v189 + v206);
  const float v208 = (u_p_bm25_k1 * v207);
  const bool v211 = (acc23 > 0.00000000f);
  const bool v218 = (u_p_gamma != 0.00000000f);
  // key-map %220: once per distinct key of the group
  const uint32_t nkeys220 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase220 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries220 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase220), 8u);
  for (uint32_t i = 0u; (i < mentries220); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase220 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys220); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v162 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v163 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    float v164 = 0.00000000f;
    if (tabled212) {
      v164 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v162) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v163)];
    } else {
      const float v165 = F_v64[slot];
      const float v166 = (v162 + v165);
      const float v167 = (v166 + 1.00000001e-10f);
      const float v168 = (v162 / v167);
      const float v169 = adv_fmin(adv_fmax(v168, 0.00000000f), 1.00000000f);
      const float v170 = sqrtf(v169);
      const float v171 = adv_asin(v170);
      const float v172 = F_v65[slot];
      const float v173 = (v163 + v172);
      const float v174 = (v173 + 1.00000001e-10f);
      const float v175 = (v163 / v174);
      const float v176 = adv_fmin(adv_fmax(v175, 0.00000000f), 1.00000000f);
      const float v177 = sqrtf(v176);
      const float v178 = adv_asin(v177);
      v164 = (v171 - v178);
    }
    const float v179 = v164;
    const uint32_t mw180 = H[(size_t)u_oh_acc33 + (size_t)slot];
    const uint32_t mw181 = H[(size_t)u_oh_acc51 + (size_t)slot];
    const uint32_t mh182 = (uint32_t)((uint32_t)(0u ^ (uint32_t)(mw180 * 2654435761u)) ^ (uint32_t)(mw181 * 2246822519u));
    const uint32_t me183 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase220 + (uint32_t)((uint32_t)((uint32_t)(mh182 ^ (uint32_t)(mh182 >> (15u & 31u))) & (uint32_t)(mentries220 - 1u)) * 8u)));
    float v184 = 0.00000000f;
    if (((((mentries220 > 0u) && (H[(size_t)me183 + (size_t)0u] == 1u)) && (H[(size_t)me183 + (size_t)1u] == mw180)) && (H[(size_t)me183 + (size_t)2u] == mw181))) {
      v184 = adv_f32bits((uint32_t)(H[(size_t)me183 + (size_t)7u]));
    } else {
      const float v185 = ((float)(H[(size_t)u_oh_acc33 + (size_t)slot]));
      const float v186 = (v185 / acc21);
      const float v188 = (v186 * v187);
      const float v196 = (v186 + v195);
      const float v197 = (v188 / v196);
      const float v199 = (v198 ? v197 : 0.00000000f);
      const float v200 = ((float)(H[(size_t)u_oh_acc51 + (size_t)slot]));
      const float v201 = (v200 / acc23);
      const float v202 = (v201 * v187);
      const float v209 = (v201 + v208);
      const float v210 = (v202 / v209);
      const float v212 = (v211 ? v210 : 0.00000000f);
      const float v213 = (v212 + 0.00000999999975f);
      const float v214 = (v199 / v213);
      const float v215 = (v199 + 0.00000999999975f);
      const float v216 = (v212 / v215);
      const float v217 = (v214 - v216);
      v184 = (v218 ? v217 : 0.00000000f);
      if ((mentries220 > 0u)) {
        H[me183] = 1u;
        H[(size_t)me183 + (size_t)1u] = mw180;
        H[(size_t)me183 + (size_t)2u] = mw181;
        H[(size_t)me183 + (size_t)7u] = ((uint32_t)adv_bitsf32(v184));
      }
    }
    const float v219 = v184;
    F_v220[slot] = (v179 + v219);
  }
  const bool v220 = (u_p_alpha != 0.00000000f);
  const bool v364 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      float v221 = 0.00000000f;
      if (v220) {
        const float v222 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v223 = (v222 + ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v224 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v225 = (v223 + v224);
        const float v226 = (v222 + v224);
        const float v227 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v228 = (v226 + v227);
        const float v229 = (v225 - v228);
        const float v230 = adv_fmax(0.00000000f, v229);
        const float v231 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v224);
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
          const float v244 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
          const float v245 = adv_lgamma(v244);
          const float v246 = (v243 - v245);
          const float v247 = (v231 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v248 = (v247 + 1.00000000f);
          const float v249 = adv_lgamma(v248);
          const float v250 = (v246 - v249);
          const float v251 = (v228 - v231);
          const float v252 = (v222 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
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
                const float v294 = adv_expf(v293);
                const bool v295 = (v293 <= v273);
                const float v296 = (v295 ? v294 : 0.00000000f);
                fold275 = (fold275 + v296);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v298 = fold275;
          const float v299 = ((-2.00000000f) * v298);
          const float v300 = adv_expf(v299);
          v234 = v300;
        }
        const float v301 = v234;
        const float v302 = (u_p_alpha * v301);
        v221 = v302;
      } else {
        v221 = 0.00000000f;
      }
      const float v303 = v221;
      const float v304 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v305 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v304);
      const float v306 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v307 = (v306 + v304);
      const float v308 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v309 = (v307 + v308);
      const float v310 = (v305 / v309);
      const float v311 = (-v310);
      const float v312 = log2f(v310);
      const float v313 = (v311 * v312);
      const bool v314 = (v310 > 0.00000000f);
      const float v315 = (v314 ? v313 : 0.00000000f);
      const float v316 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v308);
      const float v317 = (v316 / v309);
      const float v318 = (-v317);
      const float v319 = log2f(v317);
      const float v320 = (v318 * v319);
      const bool v321 = (v317 > 0.00000000f);
      const float v322 = (v321 ? v320 : 0.00000000f);
      const float v323 = (v315 + v322);
      const float v324 = (v306 / v309);
      const float v325 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v306);
      const float v326 = (-v325);
      const float v327 = log2f(v325);
      const float v328 = (v326 * v327);
      const bool v329 = (v325 > 0.00000000f);
      const float v330 = (v329 ? v328 : 0.00000000f);
      const float v331 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v306);
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
      const float v365 = (v364 ? v363 : 0.00000000f);
      const float v366 = (v303 + v365);
      F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v366;
    }
  }
  const bool v367 = (acc15 > 0.00000000f);
  const bool v368 = (v16 > 0.00000000f);
  const bool v369 = (v367 && v368);
  const float v466 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase234 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries234 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase234), 8u);
  for (uint32_t i = 0u; (i < mentries234); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase234 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v370 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v371 = (v370 != u_p_zero_token_id);
    const bool v372 = (v369 && v371);
    float v373 = 0.00000000f;
    if (v372) {
      const float v374 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
      const float v375 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
      float v376 = 0.00000000f;
      if (tabled200) {
        v376 = F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v374) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v375)];
      } else {
        float v377 = 0.00000000f;
        if (v220) {
          const float v378 = (v374 + v375);
          const float v379 = (v378 + v374);
          const float v380 = F_v64[slot];
          const float v381 = (v379 + v380);
          const float v382 = (v378 + v380);
          const float v383 = F_v65[slot];
          const float v384 = (v382 + v383);
          const float v385 = (v381 - v384);
          const float v386 = adv_fmax(0.00000000f, v385);
          const float v387 = (v374 + v380);
          const float v388 = adv_fmin(v378, v387);
          const bool v389 = (v386 == v388);
          float v390 = 0.00000000f;
          if (v389) {
            v390 = 0.00000000f;
          } else {
            const float v393 = (v378 + v387);
            const float v394 = (v393 - v384);
            const float v395 = adv_fmax(0.00000000f, v394);
            const int32_t v396 = adv_i32f(v395);
            const int32_t v397 = adv_i32f(v388);
            const int32_t lo391 = v396;
            const int32_t hi392 = v397;
            const float v398 = (v387 + 1.00000000f);
            const float v399 = adv_lgamma(v398);
            const float v400 = (v374 + 1.00000000f);
            const float v401 = adv_lgamma(v400);
            const float v402 = (v399 - v401);
            const float v403 = (v387 - v374);
            const float v404 = (v403 + 1.00000000f);
            const float v405 = adv_lgamma(v404);
            const float v406 = (v402 - v405);
            const float v407 = (v384 - v387);
            const float v408 = (v378 - v374);
            const float v409 = (v407 + 1.00000000f);
            const float v410 = adv_lgamma(v409);
            const float v411 = (v408 + 1.00000000f);
            const float v412 = adv_lgamma(v411);
            const float v413 = (v410 - v412);
            const float v414 = (v407 - v408);
            const float v415 = (v414 + 1.00000000f);
            const float v416 = adv_lgamma(v415);
            const float v417 = (v413 - v416);
            const float v418 = (v406 + v417);
            const float v419 = (v384 + 1.00000000f);
            const float v420 = adv_lgamma(v419);
            const float v421 = (v378 + 1.00000000f);
            const float v422 = adv_lgamma(v421);
            const float v423 = (v420 - v422);
            const float v424 = (v384 - v378);
            const float v425 = (v424 + 1.00000000f);
            const float v426 = adv_lgamma(v425);
            const float v427 = (v423 - v426);
            const float v428 = (v418 - v427);
            const float v429 = (v428 + 0.00000999999975f);
            float fold431 = 0.00000000f;
            if ((hi392 >= lo391)) {
              if (((uint32_t)(((uint32_t)(hi392)) - ((uint32_t)(lo391))) < 1048576u)) {
                for (uint32_t n453 = 0u; (n453 <= (uint32_t)(((uint32_t)(hi392)) - ((uint32_t)(lo391)))); n453 = (uint32_t)(n453 + 1u)) {
                  const int32_t k430 = ((int32_t)((uint32_t)(((uint32_t)(lo391)) + n453)));
                  const float v432 = ((float)(k430));
                  const float v433 = (v432 + 1.00000000f);
                  const float v434 = adv_lgamma(v433);
                  const float v435 = (v399 - v434);
                  const float v436 = (v387 - v432);
                  const float v437 = (v436 + 1.00000000f);
                  const float v438 = adv_lgamma(v437);
                  const float v439 = (v435 - v438);
                  const float v440 = (v378 - v432);
                  const float v441 = (v440 + 1.00000000f);
                  const float v442 = adv_lgamma(v441);
                  const float v443 = (v410 - v442);
                  const float v444 = (v407 - v440);
                  const float v445 = (v444 + 1.00000000f);
                  const float v446 = adv_lgamma(v445);
                  const float v447 = (v443 - v446);
                  const float v448 = (v439 + v447);
                  const float v449 = (v448 - v427);
                  const float v450 = adv_expf(v449);
                  const bool v451 = (v449 <= v429);
                  const float v452 = (v451 ? v450 : 0.00000000f);
                  fold431 = (fold431 + v452);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
              }
            }
            const float v454 = fold431;
            const float v455 = ((-2.00000000f) * v454);
            const float v456 = adv_expf(v455);
            v390 = v456;
          }
          const float v457 = v390;
          const float v458 = (u_p_alpha * v457);
          v377 = v458;
        } else {
          v377 = 0.00000000f;
        }
        const float v459 = v377;
        const float v460 = F_v197[slot];
        const float v461 = (u_p_beta * v460);
        const float v462 = (v364 ? v461 : 0.00000000f);
        v376 = (v459 + v462);
      }
      const float v463 = v376;
      const float v464 = F_v220[slot];
      const float v465 = (v463 * v464);
      const float v467 = (v465 / v466);
      const float v468 = (1.00000000f / (1.00000000f + adv_expf((-v467))));
      const float v469 = (v468 - 0.500000000f);
      const float v470 = (v469 * 2.00000000f);
      const float v471 = (v470 * u_p_top);
      v373 = v471;
    } else {
      v373 = 0.00000000f;
    }
    F_v234[slot] = v373;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled257 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled257) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v474 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v475 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v476 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v475);
      const float v477 = (v474 + v476);
      const float v478 = (v474 + v475);
      const float v479 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v480 = (v478 + v479);
      const float v481 = (v477 - v480);
      const float v482 = adv_fmax(0.00000000f, v481);
      const int32_t v483 = adv_i32f(v482);
      const float v484 = adv_fmin(v474, v476);
      const int32_t v485 = adv_i32f(v484);
      const int32_t lo472 = v483;
      const int32_t hi473 = v485;
      const float v486 = (v476 + 1.00000000f);
      const float v487 = adv_lgamma(v486);
      const float v488 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
      const float v489 = adv_lgamma(v488);
      const float v490 = (v487 - v489);
      const float v491 = (v476 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v492 = (v491 + 1.00000000f);
      const float v493 = adv_lgamma(v492);
      const float v494 = (v490 - v493);
      const float v495 = (v480 - v476);
      const float v496 = (v474 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v497 = (v495 + 1.00000000f);
      const float v498 = adv_lgamma(v497);
      const float v499 = (v496 + 1.00000000f);
      const float v500 = adv_lgamma(v499);
      const float v501 = (v498 - v500);
      const float v502 = (v495 - v496);
      const float v503 = (v502 + 1.00000000f);
      const float v504 = adv_lgamma(v503);
      const float v505 = (v501 - v504);
      const float v506 = (v494 + v505);
      const float v507 = (v480 + 1.00000000f);
      const float v508 = adv_lgamma(v507);
      const float v509 = (v474 + 1.00000000f);
      const float v510 = adv_lgamma(v509);
      const float v511 = (v508 - v510);
      const float v512 = (v480 - v474);
      const float v513 = (v512 + 1.00000000f);
      const float v514 = adv_lgamma(v513);
      const float v515 = (v511 - v514);
      const float v516 = (v506 - v515);
      const float v517 = (v516 + 0.00000999999975f);
      float fold519 = 0.00000000f;
      if ((hi473 >= lo472)) {
        if (((uint32_t)(((uint32_t)(hi473)) - ((uint32_t)(lo472))) < 1048576u)) {
          for (uint32_t n541 = 0u; (n541 <= (uint32_t)(((uint32_t)(hi473)) - ((uint32_t)(lo472)))); n541 = (uint32_t)(n541 + 1u)) {
            const int32_t k518 = ((int32_t)((uint32_t)(((uint32_t)(lo472)) + n541)));
            const float v520 = ((float)(k518));
            const float v521 = (v520 + 1.00000000f);
            const float v522 = adv_lgamma(v521);
            const float v523 = (v487 - v522);
            const float v524 = (v476 - v520);
            const float v525 = (v524 + 1.00000000f);
            const float v526 = adv_lgamma(v525);
            const float v527 = (v523 - v526);
            const float v528 = (v474 - v520);
            const float v529 = (v528 + 1.00000000f);
            const float v530 = adv_lgamma(v529);
            const float v531 = (v498 - v530);
            const float v532 = (v495 - v528);
            const float v533 = (v532 + 1.00000000f);
            const float v534 = adv_lgamma(v533);
            const float v535 = (v531 - v534);
            const float v536 = (v527 + v535);
            const float v537 = (v536 - v515);
            const float v538 = adv_expf(v537);
            const bool v539 = (v537 <= v517);
            const float v540 = (v539 ? v538 : 0.00000000f);
            fold519 = (fold519 + v540);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v542 = fold519;
      F_table257[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v542;
    }
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v545 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v546 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v547 = (v545 + v546);
    const float v548 = F_v64[slot];
    const float v549 = (v545 + v548);
    const float v550 = (v547 + v549);
    const float v551 = (v547 + v548);
    const float v552 = F_v65[slot];
    const float v553 = (v551 + v552);
    const float v554 = (v550 - v553);
    const float v555 = adv_fmax(0.00000000f, v554);
    const int32_t v556 = adv_i32f(v555);
    const float v557 = adv_fmin(v547, v549);
    const int32_t v558 = adv_i32f(v557);
    const int32_t lo543 = v556;
    const int32_t hi544 = v558;
    const float v559 = (v549 + 1.00000000f);
    const float v560 = adv_lgamma(v559);
    const float v561 = (v545 + 1.00000000f);
    const float v562 = adv_lgamma(v561);
    const float v563 = (v560 - v562);
    const float v564 = (v549 - v545);
    const float v565 = (v564 + 1.00000000f);
    const float v566 = adv_lgamma(v565);
    const float v567 = (v563 - v566);
    const float v568 = (v553 - v549);
    const float v569 = (v547 - v545);
    const float v570 = (v568 + 1.00000000f);
    const float v571 = adv_lgamma(v570);
    const float v572 = (v569 + 1.00000000f);
    const float v573 = adv_lgamma(v572);
    const float v574 = (v571 - v573);
    const float v575 = (v568 - v569);
    const float v576 = (v575 + 1.00000000f);
    const float v577 = adv_lgamma(v576);
    const float v578 = (v574 - v577);
    const float v579 = (v567 + v578);
    const float v580 = (v553 + 1.00000000f);
    const float v581 = adv_lgamma(v580);
    const float v582 = (v547 + 1.00000000f);
    const float v583 = adv_lgamma(v582);
    const float v584 = (v581 - v583);
    const float v585 = (v553 - v547);
    const float v586 = (v585 + 1.00000000f);
    const float v587 = adv_lgamma(v586);
    const float v588 = (v584 - v587);
    const float v589 = (v579 - v588);
    const float v590 = (v589 + 0.00000999999975f);
    float fold592 = 0.00000000f;
    if ((hi544 >= lo543)) {
      if (((uint32_t)(((uint32_t)(hi544)) - ((uint32_t)(lo543))) < 1048576u)) {
        for (uint32_t n614 = 0u; (n614 <= (uint32_t)(((uint32_t)(hi544)) - ((uint32_t)(lo543)))); n614 = (uint32_t)(n614 + 1u)) {
          const int32_t k591 = ((int32_t)((uint32_t)(((uint32_t)(lo543)) + n614)));
          const float v593 = ((float)(k591));
          const float v594 = (v593 + 1.00000000f);
          const float v595 = adv_lgamma(v594);
          const float v596 = (v560 - v595);
          const float v597 = (v549 - v593);
          const float v598 = (v597 + 1.00000000f);
          const float v599 = adv_lgamma(v598);
          const float v600 = (v596 - v599);
          const float v601 = (v547 - v593);
          const float v602 = (v601 + 1.00000000f);
          const float v603 = adv_lgamma(v602);
          const float v604 = (v571 - v603);
          const float v605 = (v568 - v601);
          const float v606 = (v605 + 1.00000000f);
          const float v607 = adv_lgamma(v606);
          const float v608 = (v604 - v607);
          const float v609 = (v600 + v608);
          const float v610 = (v609 - v588);
          const float v611 = adv_expf(v610);
          const bool v612 = (v610 <= v590);
          const float v613 = (v612 ? v611 : 0.00000000f);
          fold592 = (fold592 + v613);
        }
      } else {
        F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
      }
    }
    F_v257[slot] = fold592;
  }
  // reduce to group %269
  float acc269 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v615 = F_v9[row];
    const float v616 = (v615 - acc267);
    acc269 = (acc269 + v616);
  }
  if ((lid == 0u)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const float v618 = (acc269 / ((float)(acc16)));
  const float v619 = (acc267 + v618);
  const float v621 = (acc274 - acc267);
  const bool v622 = (v621 > 0.00000000f);
  const float v623 = (v622 ? v621 : 1.00000000f);
  float acc281 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v617 = F_v9[row];
    const float v620 = (v617 - v619);
    const float v624 = (v620 / v623);
    const float v625 = (v624 * v624);
    acc281 = (acc281 + v625);
  }
  if ((lid == 0u)) {
    F_v281[g] = acc281;
  }
  const bool v627 = (((float)(acc16)) > 1.00000000f);
  const float v628 = (v627 ? v619 : 0.00000000f);
  const float v630 = (((float)(acc16)) - 1.00000000f);
  const float v631 = (acc281 / v630);
  const float v632 = sqrtf(v631);
  const float v633 = (v632 * v623);
  const float v634 = (v627 ? v633 : 1.00000000f);
  const float v635 = (v634 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v626 = F_v9[row];
    const float v629 = (v626 - v628);
    const float v636 = (v629 / v635);
    const bool v637 = (v629 == 0.00000000f);
    const float v638 = (v637 ? 0.00000000f : v636);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw639 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v640 = F_v234[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v641 = ((sw639 != 4294967295u) ? v640 : 0.00000000f);
      const float v642 = (v638 + v641);
      const int32_t v643 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v644 = ((float)(v643));
      const float v645 = (v642 * v644);
      const float v646 = v641;
      const float v647 = ((float)(H[(size_t)u_oh_acc27 + (size_t)((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))]));
      const float v648 = ((sw639 != 4294967295u) ? v647 : 0.00000000f);
      const float v649 = v648;
      const float v650 = ((float)(H[(size_t)u_oh_acc31 + (size_t)((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))]));
      const float v651 = ((sw639 != 4294967295u) ? v650 : 0.00000000f);
      const float v652 = v651;
      const float v653 = F_v64[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v654 = ((sw639 != 4294967295u) ? v653 : 0.00000000f);
      const float v655 = v654;
      const float v656 = F_v65[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v657 = ((sw639 != 4294967295u) ? v656 : 0.00000000f);
      const float v658 = v657;
      const float v659 = F_v257[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v660 = ((sw639 != 4294967295u) ? v659 : 0.00000000f);
      const float v661 = v660;
      const float v662 = F_v197[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v663 = ((sw639 != 4294967295u) ? v662 : 0.00000000f);
      const float v664 = v663;
      const float v665 = F_v220[((uint32_t)(sw639 & 2147483647u) & (0u - (uint32_t)((sw639 != 4294967295u))))];
      const float v666 = ((sw639 != 4294967295u) ? v665 : 0.00000000f);
      const float v667 = v666;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v645;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v646;
      F_out_key_a[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v649;
      F_out_key_b[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v652;
      F_out_key_c[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v655;
      F_out_key_d[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v658;
      F_out_key_p_value[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v661;
      F_out_key_information_gain[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v664;
      F_out_key_direction[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v667;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v668 = F_v9[row];
    const float v669 = (v668 - v628);
    const float v670 = (v669 / v635);
    const bool v671 = (v669 == 0.00000000f);
    const float v672 = (v671 ? 0.00000000f : v670);
    F_out_rollout_advantage[row] = v672;
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
  run.F_v9 = adv_element(env, argv[1], 1, &n);
  run.F_v19 = adv_element(env, argv[1], 2, &n);
  run.F_v15 = adv_element(env, argv[1], 3, &n);
  run.F_v16 = adv_element(env, argv[1], 4, &n);
  run.F_v21 = adv_element(env, argv[1], 5, &n);
  run.F_v23 = adv_element(env, argv[1], 6, &n);
  run.F_v267 = adv_element(env, argv[1], 7, &n);
  run.F_v274 = adv_element(env, argv[1], 8, &n);
  run.F_v64 = adv_element(env, argv[1], 9, &n);
  run.F_v65 = adv_element(env, argv[1], 10, &n);
  run.F_table197 = adv_element(env, argv[1], 11, &n);
  run.F_v197 = adv_element(env, argv[1], 12, &n);
  run.F_table212 = adv_element(env, argv[1], 13, &n);
  run.F_v220 = adv_element(env, argv[1], 14, &n);
  run.F_out_0folds = adv_element(env, argv[1], 15, &n);
  run.F_table200 = adv_element(env, argv[1], 16, &n);
  run.F_v234 = adv_element(env, argv[1], 17, &n);
  run.F_table257 = adv_element(env, argv[1], 18, &n);
  run.F_v257 = adv_element(env, argv[1], 19, &n);
  run.F_v269 = adv_element(env, argv[1], 20, &n);
  run.F_v281 = adv_element(env, argv[1], 21, &n);
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
