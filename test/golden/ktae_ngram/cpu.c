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
      const float v35 = F_v10[row];
      const bool v36 = (v35 > 0.00000000f);
      const bool v37 = (!v36);
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
            {
              const uint32_t add = ((uint32_t)(true) & (0u - (uint32_t)(first)));
              H[(size_t)(v36 ? u_oh_acc53 : u_oh_acc57) + (size_t)r] = (uint32_t)(H[(size_t)(v36 ? u_oh_acc53 : u_oh_acc57) + (size_t)r] + add);
            }
            {
              const uint32_t add = (v36 ? (uint32_t)(true) : (uint32_t)(!false));
              H[(size_t)(v36 ? u_oh_acc59 : u_oh_acc77) + (size_t)r] = (uint32_t)(H[(size_t)(v36 ? u_oh_acc59 : u_oh_acc77) + (size_t)r] + add);
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
    const float v38 = F_v10[row];
    const bool v39 = (v38 > 0.00000000f);
    bound53 = (uint32_t)(bound53 + (uint32_t)(v39));
  }
  uint32_t bound57 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v40 = F_v10[row];
    const bool v41 = (v40 > 0.00000000f);
    const bool v42 = (!v41);
    bound57 = (uint32_t)(bound57 + (uint32_t)(v42));
  }
  const bool v43 = (u_p_alpha != 0.00000000f);
  const float v50 = (((float)(acc42)) - acc41);
  const bool v188 = (u_p_beta != 0.00000000f);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled226 = ((uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled226) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u))); i = (uint32_t)(i + WG)) {
      float v44 = 0.00000000f;
      if (v43) {
        const float v45 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
        const float v46 = (v45 + ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
        const float v47 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
        const float v48 = (v46 + v47);
        const float v49 = (v45 + v47);
        const float v51 = (v50 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
        const float v52 = (v49 + v51);
        const float v53 = (v48 - v52);
        const float v54 = adv_fmax(0.00000000f, v53);
        const float v55 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v47);
        const float v56 = adv_fmin(v45, v55);
        const bool v57 = (v54 == v56);
        float v58 = 0.00000000f;
        if (v57) {
          v58 = 0.00000000f;
        } else {
          const float v61 = (v45 + v55);
          const float v62 = (v61 - v52);
          const float v63 = adv_fmax(0.00000000f, v62);
          const int32_t v64 = adv_i32f(v63);
          const int32_t v65 = adv_i32f(v56);
          const int32_t lo59 = v64;
          const int32_t hi60 = v65;
          const float v66 = (v55 + 1.00000000f);
          const float v67 = adv_lgamma(v66);
          const float v68 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + 1.00000000f);
          const float v69 = adv_lgamma(v68);
          const float v70 = (v67 - v69);
          const float v71 = (v55 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
          const float v72 = (v71 + 1.00000000f);
          const float v73 = adv_lgamma(v72);
          const float v74 = (v70 - v73);
          const float v75 = (v52 - v55);
          const float v76 = (v45 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
          const float v77 = (v75 + 1.00000000f);
          const float v78 = adv_lgamma(v77);
          const float v79 = (v76 + 1.00000000f);
          const float v80 = adv_lgamma(v79);
          const float v81 = (v78 - v80);
          const float v82 = (v75 - v76);
          const float v83 = (v82 + 1.00000000f);
          const float v84 = adv_lgamma(v83);
          const float v85 = (v81 - v84);
          const float v86 = (v74 + v85);
          const float v87 = (v52 + 1.00000000f);
          const float v88 = adv_lgamma(v87);
          const float v89 = (v45 + 1.00000000f);
          const float v90 = adv_lgamma(v89);
          const float v91 = (v88 - v90);
          const float v92 = (v52 - v45);
          const float v93 = (v92 + 1.00000000f);
          const float v94 = adv_lgamma(v93);
          const float v95 = (v91 - v94);
          const float v96 = (v86 - v95);
          const float v97 = (v96 + 0.00000999999975f);
          float fold99 = 0.00000000f;
          if ((hi60 >= lo59)) {
            if (((uint32_t)(((uint32_t)(hi60)) - ((uint32_t)(lo59))) < 1048576u)) {
              for (uint32_t n121 = 0u; (n121 <= (uint32_t)(((uint32_t)(hi60)) - ((uint32_t)(lo59)))); n121 = (uint32_t)(n121 + 1u)) {
                const int32_t k98 = ((int32_t)((uint32_t)(((uint32_t)(lo59)) + n121)));
                const float v100 = ((float)(k98));
                const float v101 = (v100 + 1.00000000f);
                const float v102 = adv_lgamma(v101);
                const float v103 = (v67 - v102);
                const float v104 = (v55 - v100);
                const float v105 = (v104 + 1.00000000f);
                const float v106 = adv_lgamma(v105);
                const float v107 = (v103 - v106);
                const float v108 = (v45 - v100);
                const float v109 = (v108 + 1.00000000f);
                const float v110 = adv_lgamma(v109);
                const float v111 = (v78 - v110);
                const float v112 = (v75 - v108);
                const float v113 = (v112 + 1.00000000f);
                const float v114 = adv_lgamma(v113);
                const float v115 = (v111 - v114);
                const float v116 = (v107 + v115);
                const float v117 = (v116 - v95);
                const float v118 = adv_expf(v117);
                const bool v119 = (v117 <= v97);
                const float v120 = (v119 ? v118 : 0.00000000f);
                fold99 = (fold99 + v120);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v122 = fold99;
          const float v123 = ((-2.00000000f) * v122);
          const float v124 = adv_expf(v123);
          v58 = v124;
        }
        const float v125 = v58;
        const float v126 = (u_p_alpha * v125);
        v44 = v126;
      } else {
        v44 = 0.00000000f;
      }
      const float v127 = v44;
      const float v128 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
      const float v129 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v128);
      const float v130 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v131 = (v130 + v128);
      const float v132 = (v50 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v133 = (v131 + v132);
      const float v134 = (v129 / v133);
      const float v135 = (-v134);
      const float v136 = log2f(v134);
      const float v137 = (v135 * v136);
      const bool v138 = (v134 > 0.00000000f);
      const float v139 = (v138 ? v137 : 0.00000000f);
      const float v140 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) + v132);
      const float v141 = (v140 / v133);
      const float v142 = (-v141);
      const float v143 = log2f(v141);
      const float v144 = (v142 * v143);
      const bool v145 = (v141 > 0.00000000f);
      const float v146 = (v145 ? v144 : 0.00000000f);
      const float v147 = (v139 + v146);
      const float v148 = (v130 / v133);
      const float v149 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) / v130);
      const float v150 = (-v149);
      const float v151 = log2f(v149);
      const float v152 = (v150 * v151);
      const bool v153 = (v149 > 0.00000000f);
      const float v154 = (v153 ? v152 : 0.00000000f);
      const float v155 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) / v130);
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
      F_table226[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound57 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound57 + 1u))] = v190;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled238 = ((uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled238) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound53 + 1u) * (uint32_t)(bound57 + 1u))); i = (uint32_t)(i + WG)) {
      const float v191 = (acc41 - ((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))));
      const float v192 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) + v191);
      const float v193 = (v192 + 1.00000001e-10f);
      const float v194 = (((float)(adv_udiv(i, (uint32_t)(bound57 + 1u)))) / v193);
      const float v195 = adv_fmin(adv_fmax(v194, 0.00000000f), 1.00000000f);
      const float v196 = sqrtf(v195);
      const float v197 = adv_asin(v196);
      const float v198 = (v50 - ((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))));
      const float v199 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) + v198);
      const float v200 = (v199 + 1.00000001e-10f);
      const float v201 = (((float)(adv_umod(i, (uint32_t)(bound57 + 1u)))) / v200);
      const float v202 = adv_fmin(adv_fmax(v201, 0.00000000f), 1.00000000f);
      const float v203 = sqrtf(v202);
      const float v204 = adv_asin(v203);
      const float v205 = (v197 - v204);
      F_table238[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound57 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound57 + 1u))] = v205;
    }
  }
  const bool v206 = (acc41 > 0.00000000f);
  const bool v207 = (v50 > 0.00000000f);
  const bool v208 = (v206 && v207);
  const float v386 = (u_p_bm25_k1 + 1.00000000f);
  const float v388 = (1.00000000f - u_p_bm25_b);
  const float v389 = (u_p_bm25_b * acc47);
  const float v390 = (acc47 + acc49);
  const float v391 = (v390 / 2.00000000f);
  const float v392 = (v389 / v391);
  const float v393 = (v388 + v392);
  const float v394 = (u_p_bm25_k1 * v393);
  const bool v397 = (acc47 > 0.00000000f);
  const float v402 = (u_p_bm25_b * acc49);
  const float v403 = (acc49 + acc47);
  const float v404 = (v403 / 2.00000000f);
  const float v405 = (v402 / v404);
  const float v406 = (v388 + v405);
  const float v407 = (u_p_bm25_k1 * v406);
  const bool v410 = (acc49 > 0.00000000f);
  const bool v417 = (u_p_gamma != 0.00000000f);
  const float v421 = (u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const uint32_t nkeys260 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase260 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries260 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase260), 8u);
  for (uint32_t i = 0u; (i < mentries260); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase260 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys260); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v209 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v210 = (v209 != u_p_zero_token_id);
    const bool v211 = (v208 && v210);
    float v212 = 0.00000000f;
    if (v211) {
      const uint32_t mw213 = H[(size_t)u_oh_acc53 + (size_t)slot];
      const uint32_t mw214 = H[(size_t)u_oh_acc57 + (size_t)slot];
      const uint32_t mw215 = H[(size_t)u_oh_acc59 + (size_t)slot];
      const uint32_t mw216 = H[(size_t)u_oh_acc77 + (size_t)slot];
      const uint32_t mh217 = (uint32_t)((uint32_t)((uint32_t)((uint32_t)(0u ^ (uint32_t)(mw213 * 2654435761u)) ^ (uint32_t)(mw214 * 2246822519u)) ^ (uint32_t)(mw215 * 3266489917u)) ^ (uint32_t)(mw216 * 668265263u));
      const uint32_t me218 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase260 + (uint32_t)((uint32_t)((uint32_t)(mh217 ^ (uint32_t)(mh217 >> (15u & 31u))) & (uint32_t)(mentries260 - 1u)) * 8u)));
      float v219 = 0.00000000f;
      if (((((((mentries260 > 0u) && (H[(size_t)me218 + (size_t)0u] == 1u)) && (H[(size_t)me218 + (size_t)1u] == mw213)) && (H[(size_t)me218 + (size_t)2u] == mw214)) && (H[(size_t)me218 + (size_t)3u] == mw215)) && (H[(size_t)me218 + (size_t)4u] == mw216))) {
        v219 = adv_f32bits((uint32_t)(H[(size_t)me218 + (size_t)7u]));
      } else {
        const float v220 = ((float)(H[(size_t)u_oh_acc53 + (size_t)slot]));
        const float v221 = ((float)(H[(size_t)u_oh_acc57 + (size_t)slot]));
        float v222 = 0.00000000f;
        if (tabled226) {
          v222 = F_table226[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v220) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v221)];
        } else {
          float v223 = 0.00000000f;
          if (v43) {
            const float v224 = (v220 + v221);
            const float v225 = (v224 + v220);
            const float v226 = (acc41 - v220);
            const float v227 = (v225 + v226);
            const float v228 = (v224 + v226);
            const float v229 = (v50 - v221);
            const float v230 = (v228 + v229);
            const float v231 = (v227 - v230);
            const float v232 = adv_fmax(0.00000000f, v231);
            const float v233 = (v220 + v226);
            const float v234 = adv_fmin(v224, v233);
            const bool v235 = (v232 == v234);
            float v236 = 0.00000000f;
            if (v235) {
              v236 = 0.00000000f;
            } else {
              const float v239 = (v224 + v233);
              const float v240 = (v239 - v230);
              const float v241 = adv_fmax(0.00000000f, v240);
              const int32_t v242 = adv_i32f(v241);
              const int32_t v243 = adv_i32f(v234);
              const int32_t lo237 = v242;
              const int32_t hi238 = v243;
              const float v244 = (v233 + 1.00000000f);
              const float v245 = adv_lgamma(v244);
              const float v246 = (v220 + 1.00000000f);
              const float v247 = adv_lgamma(v246);
              const float v248 = (v245 - v247);
              const float v249 = (v233 - v220);
              const float v250 = (v249 + 1.00000000f);
              const float v251 = adv_lgamma(v250);
              const float v252 = (v248 - v251);
              const float v253 = (v230 - v233);
              const float v254 = (v224 - v220);
              const float v255 = (v253 + 1.00000000f);
              const float v256 = adv_lgamma(v255);
              const float v257 = (v254 + 1.00000000f);
              const float v258 = adv_lgamma(v257);
              const float v259 = (v256 - v258);
              const float v260 = (v253 - v254);
              const float v261 = (v260 + 1.00000000f);
              const float v262 = adv_lgamma(v261);
              const float v263 = (v259 - v262);
              const float v264 = (v252 + v263);
              const float v265 = (v230 + 1.00000000f);
              const float v266 = adv_lgamma(v265);
              const float v267 = (v224 + 1.00000000f);
              const float v268 = adv_lgamma(v267);
              const float v269 = (v266 - v268);
              const float v270 = (v230 - v224);
              const float v271 = (v270 + 1.00000000f);
              const float v272 = adv_lgamma(v271);
              const float v273 = (v269 - v272);
              const float v274 = (v264 - v273);
              const float v275 = (v274 + 0.00000999999975f);
              float fold277 = 0.00000000f;
              if ((hi238 >= lo237)) {
                if (((uint32_t)(((uint32_t)(hi238)) - ((uint32_t)(lo237))) < 1048576u)) {
                  for (uint32_t n299 = 0u; (n299 <= (uint32_t)(((uint32_t)(hi238)) - ((uint32_t)(lo237)))); n299 = (uint32_t)(n299 + 1u)) {
                    const int32_t k276 = ((int32_t)((uint32_t)(((uint32_t)(lo237)) + n299)));
                    const float v278 = ((float)(k276));
                    const float v279 = (v278 + 1.00000000f);
                    const float v280 = adv_lgamma(v279);
                    const float v281 = (v245 - v280);
                    const float v282 = (v233 - v278);
                    const float v283 = (v282 + 1.00000000f);
                    const float v284 = adv_lgamma(v283);
                    const float v285 = (v281 - v284);
                    const float v286 = (v224 - v278);
                    const float v287 = (v286 + 1.00000000f);
                    const float v288 = adv_lgamma(v287);
                    const float v289 = (v256 - v288);
                    const float v290 = (v253 - v286);
                    const float v291 = (v290 + 1.00000000f);
                    const float v292 = adv_lgamma(v291);
                    const float v293 = (v289 - v292);
                    const float v294 = (v285 + v293);
                    const float v295 = (v294 - v273);
                    const float v296 = adv_expf(v295);
                    const bool v297 = (v295 <= v275);
                    const float v298 = (v297 ? v296 : 0.00000000f);
                    fold277 = (fold277 + v298);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
                }
              }
              const float v300 = fold277;
              const float v301 = ((-2.00000000f) * v300);
              const float v302 = adv_expf(v301);
              v236 = v302;
            }
            const float v303 = v236;
            const float v304 = (u_p_alpha * v303);
            v223 = v304;
          } else {
            v223 = 0.00000000f;
          }
          const float v305 = v223;
          const float v306 = (acc41 - v220);
          const float v307 = (v220 + v306);
          const float v308 = (v220 + v221);
          const float v309 = (v308 + v306);
          const float v310 = (v50 - v221);
          const float v311 = (v309 + v310);
          const float v312 = (v307 / v311);
          const float v313 = (-v312);
          const float v314 = log2f(v312);
          const float v315 = (v313 * v314);
          const bool v316 = (v312 > 0.00000000f);
          const float v317 = (v316 ? v315 : 0.00000000f);
          const float v318 = (v221 + v310);
          const float v319 = (v318 / v311);
          const float v320 = (-v319);
          const float v321 = log2f(v319);
          const float v322 = (v320 * v321);
          const bool v323 = (v319 > 0.00000000f);
          const float v324 = (v323 ? v322 : 0.00000000f);
          const float v325 = (v317 + v324);
          const float v326 = (v308 / v311);
          const float v327 = (v220 / v308);
          const float v328 = (-v327);
          const float v329 = log2f(v327);
          const float v330 = (v328 * v329);
          const bool v331 = (v327 > 0.00000000f);
          const float v332 = (v331 ? v330 : 0.00000000f);
          const float v333 = (v221 / v308);
          const float v334 = (-v333);
          const float v335 = log2f(v333);
          const float v336 = (v334 * v335);
          const bool v337 = (v333 > 0.00000000f);
          const float v338 = (v337 ? v336 : 0.00000000f);
          const float v339 = (v332 + v338);
          const bool v340 = (v308 > 0.00000000f);
          const float v341 = (v340 ? v339 : 0.00000000f);
          const float v342 = (v326 * v341);
          const float v343 = (v306 + v310);
          const float v344 = (v343 / v311);
          const float v345 = (v306 / v343);
          const float v346 = (-v345);
          const float v347 = log2f(v345);
          const float v348 = (v346 * v347);
          const bool v349 = (v345 > 0.00000000f);
          const float v350 = (v349 ? v348 : 0.00000000f);
          const float v351 = (v310 / v343);
          const float v352 = (-v351);
          const float v353 = log2f(v351);
          const float v354 = (v352 * v353);
          const bool v355 = (v351 > 0.00000000f);
          const float v356 = (v355 ? v354 : 0.00000000f);
          const float v357 = (v350 + v356);
          const bool v358 = (v343 > 0.00000000f);
          const float v359 = (v358 ? v357 : 0.00000000f);
          const float v360 = (v344 * v359);
          const float v361 = (v342 + v360);
          const float v362 = (v325 - v361);
          const bool v363 = (v311 > 0.00000000f);
          const float v364 = (v363 ? v362 : 0.00000000f);
          const float v365 = (u_p_beta * v364);
          const float v366 = (v188 ? v365 : 0.00000000f);
          v222 = (v305 + v366);
        }
        const float v367 = v222;
        float v368 = 0.00000000f;
        if (tabled238) {
          v368 = F_table238[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v220) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v221)];
        } else {
          const float v369 = (acc41 - v220);
          const float v370 = (v220 + v369);
          const float v371 = (v370 + 1.00000001e-10f);
          const float v372 = (v220 / v371);
          const float v373 = adv_fmin(adv_fmax(v372, 0.00000000f), 1.00000000f);
          const float v374 = sqrtf(v373);
          const float v375 = adv_asin(v374);
          const float v376 = (v50 - v221);
          const float v377 = (v221 + v376);
          const float v378 = (v377 + 1.00000001e-10f);
          const float v379 = (v221 / v378);
          const float v380 = adv_fmin(adv_fmax(v379, 0.00000000f), 1.00000000f);
          const float v381 = sqrtf(v380);
          const float v382 = adv_asin(v381);
          v368 = (v375 - v382);
        }
        const float v383 = v368;
        const float v384 = ((float)(H[(size_t)u_oh_acc59 + (size_t)slot]));
        const float v385 = (v384 / acc47);
        const float v387 = (v385 * v386);
        const float v395 = (v385 + v394);
        const float v396 = (v387 / v395);
        const float v398 = (v397 ? v396 : 0.00000000f);
        const float v399 = ((float)(H[(size_t)u_oh_acc77 + (size_t)slot]));
        const float v400 = (v399 / acc49);
        const float v401 = (v400 * v386);
        const float v408 = (v400 + v407);
        const float v409 = (v401 / v408);
        const float v411 = (v410 ? v409 : 0.00000000f);
        const float v412 = (v411 + 0.00000999999975f);
        const float v413 = (v398 / v412);
        const float v414 = (v398 + 0.00000999999975f);
        const float v415 = (v411 / v414);
        const float v416 = (v413 - v415);
        const float v418 = (v417 ? v416 : 0.00000000f);
        const float v419 = (v383 + v418);
        const float v420 = (v367 * v419);
        const float v422 = (v420 / v421);
        const float v423 = (1.00000000f / (1.00000000f + adv_expf((-v422))));
        const float v424 = (v423 - 0.500000000f);
        const float v425 = (v424 * 2.00000000f);
        v219 = (v425 * u_p_top);
        if ((mentries260 > 0u)) {
          H[me218] = 1u;
          H[(size_t)me218 + (size_t)1u] = mw213;
          H[(size_t)me218 + (size_t)2u] = mw214;
          H[(size_t)me218 + (size_t)3u] = mw215;
          H[(size_t)me218 + (size_t)4u] = mw216;
          H[(size_t)me218 + (size_t)7u] = ((uint32_t)adv_bitsf32(v219));
        }
      }
      const float v426 = v219;
      v212 = v426;
    } else {
      v212 = 0.00000000f;
    }
    F_v260[slot] = v212;
  }
  // reduce to group %265
  float acc265 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v427 = F_v10[row];
    const float v428 = (v427 - acc263);
    acc265 = (acc265 + v428);
  }
  if ((lid == 0u)) {
    F_v265[g] = acc265;
  }
  // reduce to group %277
  const float v430 = (acc265 / ((float)(acc42)));
  const float v431 = (acc263 + v430);
  const float v433 = (acc270 - acc263);
  const bool v434 = (v433 > 0.00000000f);
  const float v435 = (v434 ? v433 : 1.00000000f);
  float acc277 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v429 = F_v10[row];
    const float v432 = (v429 - v431);
    const float v436 = (v432 / v435);
    const float v437 = (v436 * v436);
    acc277 = (acc277 + v437);
  }
  if ((lid == 0u)) {
    F_v277[g] = acc277;
  }
  const bool v439 = (((float)(acc42)) > 1.00000000f);
  const float v440 = (v439 ? v431 : 0.00000000f);
  const float v442 = (((float)(acc42)) - 1.00000000f);
  const float v443 = (acc277 / v442);
  const float v444 = sqrtf(v443);
  const float v445 = (v444 * v435);
  const float v446 = (v439 ? v445 : 1.00000000f);
  const float v447 = (v446 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v438 = F_v10[row];
    const float v441 = (v438 - v440);
    const float v448 = (v441 / v447);
    const bool v449 = (v441 == 0.00000000f);
    const float v450 = (v449 ? 0.00000000f : v448);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw451 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v452 = F_v260[((uint32_t)(sw451 & 2147483647u) & (0u - (uint32_t)((sw451 != 4294967295u))))];
      const float v453 = ((sw451 != 4294967295u) ? v452 : 0.00000000f);
      const float v454 = (v450 + v453);
      const int32_t v455 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v456 = ((float)(v455));
      const float v457 = (v454 * v456);
      const float v458 = v453;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v457;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v458;
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
