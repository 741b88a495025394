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
      const float v12 = F_v10[row];
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
            {
              const uint32_t add = ((uint32_t)(true) & (0u - (uint32_t)(first)));
              H[(size_t)(v13 ? u_oh_acc28 : u_oh_acc32) + (size_t)r] = (uint32_t)(H[(size_t)(v13 ? u_oh_acc28 : u_oh_acc32) + (size_t)r] + add);
            }
            {
              const uint32_t add = (v13 ? (uint32_t)(true) : (uint32_t)(!false));
              H[(size_t)(v13 ? u_oh_acc34 : u_oh_acc52) + (size_t)r] = (uint32_t)(H[(size_t)(v13 ? u_oh_acc34 : u_oh_acc52) + (size_t)r] + add);
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
    const float v15 = F_v10[row];
    const bool v16 = (v15 > 0.00000000f);
    bound28 = (uint32_t)(bound28 + (uint32_t)(v16));
  }
  uint32_t bound32 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v17 = F_v10[row];
    const bool v18 = (v17 > 0.00000000f);
    const bool v19 = (!v18);
    bound32 = (uint32_t)(bound32 + (uint32_t)(v19));
  }
  const float v27 = (((float)(acc17)) - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled258 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled258) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      const float v22 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v23 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v24 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v23);
      const float v25 = (v22 + v24);
      const float v26 = (v22 + v23);
      const float v28 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v29 = (v26 + v28);
      const float v30 = (v25 - v29);
      const float v31 = adv_fmax(0.00000000f, v30);
      const int32_t v32 = adv_i32f(v31);
      const float v33 = adv_fmin(v22, v24);
      const int32_t v34 = adv_i32f(v33);
      const int32_t lo20 = v32;
      const int32_t hi21 = v34;
      const float v35 = (v24 + 1.00000000f);
      const float v36 = adv_lgamma(v35);
      const float v37 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + 1.00000000f);
      const float v38 = adv_lgamma(v37);
      const float v39 = (v36 - v38);
      const float v40 = (v24 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v41 = (v40 + 1.00000000f);
      const float v42 = adv_lgamma(v41);
      const float v43 = (v39 - v42);
      const float v44 = (v29 - v24);
      const float v45 = (v22 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v46 = (v44 + 1.00000000f);
      const float v47 = adv_lgamma(v46);
      const float v48 = (v45 + 1.00000000f);
      const float v49 = adv_lgamma(v48);
      const float v50 = (v47 - v49);
      const float v51 = (v44 - v45);
      const float v52 = (v51 + 1.00000000f);
      const float v53 = adv_lgamma(v52);
      const float v54 = (v50 - v53);
      const float v55 = (v43 + v54);
      const float v56 = (v29 + 1.00000000f);
      const float v57 = adv_lgamma(v56);
      const float v58 = (v22 + 1.00000000f);
      const float v59 = adv_lgamma(v58);
      const float v60 = (v57 - v59);
      const float v61 = (v29 - v22);
      const float v62 = (v61 + 1.00000000f);
      const float v63 = adv_lgamma(v62);
      const float v64 = (v60 - v63);
      const float v65 = (v55 - v64);
      const float v66 = (v65 + 0.00000999999975f);
      float fold68 = 0.00000000f;
      if ((hi21 >= lo20)) {
        if (((uint32_t)(((uint32_t)(hi21)) - ((uint32_t)(lo20))) < 1048576u)) {
          for (uint32_t n90 = 0u; (n90 <= (uint32_t)(((uint32_t)(hi21)) - ((uint32_t)(lo20)))); n90 = (uint32_t)(n90 + 1u)) {
            const int32_t k67 = ((int32_t)((uint32_t)(((uint32_t)(lo20)) + n90)));
            const float v69 = ((float)(k67));
            const float v70 = (v69 + 1.00000000f);
            const float v71 = adv_lgamma(v70);
            const float v72 = (v36 - v71);
            const float v73 = (v24 - v69);
            const float v74 = (v73 + 1.00000000f);
            const float v75 = adv_lgamma(v74);
            const float v76 = (v72 - v75);
            const float v77 = (v22 - v69);
            const float v78 = (v77 + 1.00000000f);
            const float v79 = adv_lgamma(v78);
            const float v80 = (v47 - v79);
            const float v81 = (v44 - v77);
            const float v82 = (v81 + 1.00000000f);
            const float v83 = adv_lgamma(v82);
            const float v84 = (v80 - v83);
            const float v85 = (v76 + v84);
            const float v86 = (v85 - v64);
            const float v87 = adv_expf(v86);
            const bool v88 = (v86 <= v66);
            const float v89 = (v88 ? v87 : 0.00000000f);
            fold68 = (fold68 + v89);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v91 = fold68;
      F_table258[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v91;
    }
  }
  const bool v92 = (u_p_alpha != 0.00000000f);
  const bool v236 = (u_p_beta != 0.00000000f);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled201 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled201) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      float v93 = 0.00000000f;
      if (v92) {
        const float v94 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
        const float v95 = (v94 + ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
        const float v96 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
        const float v97 = (v95 + v96);
        const float v98 = (v94 + v96);
        const float v99 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
        const float v100 = (v98 + v99);
        const float v101 = (v97 - v100);
        const float v102 = adv_fmax(0.00000000f, v101);
        const float v103 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v96);
        const float v104 = adv_fmin(v94, v103);
        const bool v105 = (v102 == v104);
        float v106 = 0.00000000f;
        if (v105) {
          v106 = 0.00000000f;
        } else {
          const float v109 = (v94 + v103);
          const float v110 = (v109 - v100);
          const float v111 = adv_fmax(0.00000000f, v110);
          const int32_t v112 = adv_i32f(v111);
          const int32_t v113 = adv_i32f(v104);
          const int32_t lo107 = v112;
          const int32_t hi108 = v113;
          const float v114 = (v103 + 1.00000000f);
          const float v115 = adv_lgamma(v114);
          const float v116 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + 1.00000000f);
          const float v117 = adv_lgamma(v116);
          const float v118 = (v115 - v117);
          const float v119 = (v103 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
          const float v120 = (v119 + 1.00000000f);
          const float v121 = adv_lgamma(v120);
          const float v122 = (v118 - v121);
          const float v123 = (v100 - v103);
          const float v124 = (v94 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
          const float v125 = (v123 + 1.00000000f);
          const float v126 = adv_lgamma(v125);
          const float v127 = (v124 + 1.00000000f);
          const float v128 = adv_lgamma(v127);
          const float v129 = (v126 - v128);
          const float v130 = (v123 - v124);
          const float v131 = (v130 + 1.00000000f);
          const float v132 = adv_lgamma(v131);
          const float v133 = (v129 - v132);
          const float v134 = (v122 + v133);
          const float v135 = (v100 + 1.00000000f);
          const float v136 = adv_lgamma(v135);
          const float v137 = (v94 + 1.00000000f);
          const float v138 = adv_lgamma(v137);
          const float v139 = (v136 - v138);
          const float v140 = (v100 - v94);
          const float v141 = (v140 + 1.00000000f);
          const float v142 = adv_lgamma(v141);
          const float v143 = (v139 - v142);
          const float v144 = (v134 - v143);
          const float v145 = (v144 + 0.00000999999975f);
          float fold147 = 0.00000000f;
          if ((hi108 >= lo107)) {
            if (((uint32_t)(((uint32_t)(hi108)) - ((uint32_t)(lo107))) < 1048576u)) {
              for (uint32_t n169 = 0u; (n169 <= (uint32_t)(((uint32_t)(hi108)) - ((uint32_t)(lo107)))); n169 = (uint32_t)(n169 + 1u)) {
                const int32_t k146 = ((int32_t)((uint32_t)(((uint32_t)(lo107)) + n169)));
                const float v148 = ((float)(k146));
                const float v149 = (v148 + 1.00000000f);
                const float v150 = adv_lgamma(v149);
                const float v151 = (v115 - v150);
                const float v152 = (v103 - v148);
                const float v153 = (v152 + 1.00000000f);
                const float v154 = adv_lgamma(v153);
                const float v155 = (v151 - v154);
                const float v156 = (v94 - v148);
                const float v157 = (v156 + 1.00000000f);
                const float v158 = adv_lgamma(v157);
                const float v159 = (v126 - v158);
                const float v160 = (v123 - v156);
                const float v161 = (v160 + 1.00000000f);
                const float v162 = adv_lgamma(v161);
                const float v163 = (v159 - v162);
                const float v164 = (v155 + v163);
                const float v165 = (v164 - v143);
                const float v166 = adv_expf(v165);
                const bool v167 = (v165 <= v145);
                const float v168 = (v167 ? v166 : 0.00000000f);
                fold147 = (fold147 + v168);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v170 = fold147;
          const float v171 = ((-2.00000000f) * v170);
          const float v172 = adv_expf(v171);
          v106 = v172;
        }
        const float v173 = v106;
        const float v174 = (u_p_alpha * v173);
        v93 = v174;
      } else {
        v93 = 0.00000000f;
      }
      const float v175 = v93;
      const float v176 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v177 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v176);
      const float v178 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v179 = (v178 + v176);
      const float v180 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v181 = (v179 + v180);
      const float v182 = (v177 / v181);
      const float v183 = (-v182);
      const float v184 = log2f(v182);
      const float v185 = (v183 * v184);
      const bool v186 = (v182 > 0.00000000f);
      const float v187 = (v186 ? v185 : 0.00000000f);
      const float v188 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) + v180);
      const float v189 = (v188 / v181);
      const float v190 = (-v189);
      const float v191 = log2f(v189);
      const float v192 = (v190 * v191);
      const bool v193 = (v189 > 0.00000000f);
      const float v194 = (v193 ? v192 : 0.00000000f);
      const float v195 = (v187 + v194);
      const float v196 = (v178 / v181);
      const float v197 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) / v178);
      const float v198 = (-v197);
      const float v199 = log2f(v197);
      const float v200 = (v198 * v199);
      const bool v201 = (v197 > 0.00000000f);
      const float v202 = (v201 ? v200 : 0.00000000f);
      const float v203 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) / v178);
      const float v204 = (-v203);
      const float v205 = log2f(v203);
      const float v206 = (v204 * v205);
      const bool v207 = (v203 > 0.00000000f);
      const float v208 = (v207 ? v206 : 0.00000000f);
      const float v209 = (v202 + v208);
      const bool v210 = (v178 > 0.00000000f);
      const float v211 = (v210 ? v209 : 0.00000000f);
      const float v212 = (v196 * v211);
      const float v213 = (v176 + v180);
      const float v214 = (v213 / v181);
      const float v215 = (v176 / v213);
      const float v216 = (-v215);
      const float v217 = log2f(v215);
      const float v218 = (v216 * v217);
      const bool v219 = (v215 > 0.00000000f);
      const float v220 = (v219 ? v218 : 0.00000000f);
      const float v221 = (v180 / v213);
      const float v222 = (-v221);
      const float v223 = log2f(v221);
      const float v224 = (v222 * v223);
      const bool v225 = (v221 > 0.00000000f);
      const float v226 = (v225 ? v224 : 0.00000000f);
      const float v227 = (v220 + v226);
      const bool v228 = (v213 > 0.00000000f);
      const float v229 = (v228 ? v227 : 0.00000000f);
      const float v230 = (v214 * v229);
      const float v231 = (v212 + v230);
      const float v232 = (v195 - v231);
      const bool v233 = (v181 > 0.00000000f);
      const float v234 = (v233 ? v232 : 0.00000000f);
      const float v235 = (u_p_beta * v234);
      const float v237 = (v236 ? v235 : 0.00000000f);
      const float v238 = (v175 + v237);
      F_table201[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v238;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled213 = ((uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled213) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound28 + 1u) * (uint32_t)(bound32 + 1u))); i = (uint32_t)(i + WG)) {
      const float v239 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))));
      const float v240 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) + v239);
      const float v241 = (v240 + 1.00000001e-10f);
      const float v242 = (((float)(adv_udiv(i, (uint32_t)(bound32 + 1u)))) / v241);
      const float v243 = adv_fmin(adv_fmax(v242, 0.00000000f), 1.00000000f);
      const float v244 = sqrtf(v243);
      const float v245 = adv_asin(v244);
      const float v246 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))));
      const float v247 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) + v246);
      const float v248 = (v247 + 1.00000001e-10f);
      const float v249 = (((float)(adv_umod(i, (uint32_t)(bound32 + 1u)))) / v248);
      const float v250 = adv_fmin(adv_fmax(v249, 0.00000000f), 1.00000000f);
      const float v251 = sqrtf(v250);
      const float v252 = adv_asin(v251);
      const float v253 = (v245 - v252);
      F_table213[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound32 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound32 + 1u))] = v253;
    }
  }
  const float v332 = (u_p_p_crit * 0.999989986f);
  const bool v335 = (acc16 > 0.00000000f);
  const bool v336 = (v27 > 0.00000000f);
  const bool v337 = (v335 && v336);
  const float v515 = (u_p_bm25_k1 + 1.00000000f);
  const float v517 = (1.00000000f - u_p_bm25_b);
  const float v518 = (u_p_bm25_b * acc22);
  const float v519 = (acc22 + acc24);
  const float v520 = (v519 / 2.00000000f);
  const float v521 = (v518 / v520);
  const float v522 = (v517 + v521);
  const float v523 = (u_p_bm25_k1 * v522);
  const bool v526 = (acc22 > 0.00000000f);
  const float v531 = (u_p_bm25_b * acc24);
  const float v532 = (acc24 + acc22);
  const float v533 = (v532 / 2.00000000f);
  const float v534 = (v531 / v533);
  const float v535 = (v517 + v534);
  const float v536 = (u_p_bm25_k1 * v535);
  const bool v539 = (acc24 > 0.00000000f);
  const bool v546 = (u_p_gamma != 0.00000000f);
  const float v550 = (u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const uint32_t nkeys262 = H[(size_t)u_oh_count_tok + (size_t)g];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const uint32_t mbase262 = ((uint32_t)(I_kbase[g]));
  const uint32_t mentries262 = adv_udiv((uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - mbase262), 8u);
  for (uint32_t i = 0u; (i < mentries262); i = (uint32_t)(i + 1u)) {
    H[(size_t)u_oh_table_tok + (size_t)mbase262 + (size_t)(uint32_t)(i * 8u)] = 0u;
  }
  for (uint32_t i = lid; (i < nkeys262); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const uint32_t mw254 = H[(size_t)u_oh_acc28 + (size_t)slot];
    const uint32_t mw255 = H[(size_t)u_oh_acc32 + (size_t)slot];
    const uint32_t mh256 = (uint32_t)((uint32_t)(0u ^ (uint32_t)(mw254 * 2654435761u)) ^ (uint32_t)(mw255 * 2246822519u));
    const uint32_t me257 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase262 + (uint32_t)((uint32_t)((uint32_t)(mh256 ^ (uint32_t)(mh256 >> (15u & 31u))) & (uint32_t)(mentries262 - 1u)) * 8u)));
    float v258 = 0.00000000f;
    if (((((mentries262 > 0u) && (H[(size_t)me257 + (size_t)0u] == 1u)) && (H[(size_t)me257 + (size_t)1u] == mw254)) && (H[(size_t)me257 + (size_t)2u] == mw255))) {
      v258 = adv_f32bits((uint32_t)(H[(size_t)me257 + (size_t)7u]));
    } else {
      const float v261 = ((float)(H[(size_t)u_oh_acc28 + (size_t)slot]));
      const float v262 = ((float)(H[(size_t)u_oh_acc32 + (size_t)slot]));
      const float v263 = (v261 + v262);
      const float v264 = (acc16 - v261);
      const float v265 = (v261 + v264);
      const float v266 = (v263 + v265);
      const float v267 = (v263 + v264);
      const float v268 = (v27 - v262);
      const float v269 = (v267 + v268);
      const float v270 = (v266 - v269);
      const float v271 = adv_fmax(0.00000000f, v270);
      const int32_t v272 = adv_i32f(v271);
      const float v273 = adv_fmin(v263, v265);
      const int32_t v274 = adv_i32f(v273);
      const int32_t lo259 = v272;
      const int32_t hi260 = v274;
      const float v275 = (v265 + 1.00000000f);
      const float v276 = adv_lgamma(v275);
      const float v277 = (v261 + 1.00000000f);
      const float v278 = adv_lgamma(v277);
      const float v279 = (v276 - v278);
      const float v280 = (v265 - v261);
      const float v281 = (v280 + 1.00000000f);
      const float v282 = adv_lgamma(v281);
      const float v283 = (v279 - v282);
      const float v284 = (v269 - v265);
      const float v285 = (v263 - v261);
      const float v286 = (v284 + 1.00000000f);
      const float v287 = adv_lgamma(v286);
      const float v288 = (v285 + 1.00000000f);
      const float v289 = adv_lgamma(v288);
      const float v290 = (v287 - v289);
      const float v291 = (v284 - v285);
      const float v292 = (v291 + 1.00000000f);
      const float v293 = adv_lgamma(v292);
      const float v294 = (v290 - v293);
      const float v295 = (v283 + v294);
      const float v296 = (v269 + 1.00000000f);
      const float v297 = adv_lgamma(v296);
      const float v298 = (v263 + 1.00000000f);
      const float v299 = adv_lgamma(v298);
      const float v300 = (v297 - v299);
      const float v301 = (v269 - v263);
      const float v302 = (v301 + 1.00000000f);
      const float v303 = adv_lgamma(v302);
      const float v304 = (v300 - v303);
      const float v305 = (v295 - v304);
      const float v306 = (v305 + 0.00000999999975f);
      float fold308 = 0.00000000f;
      if ((hi260 >= lo259)) {
        if (((uint32_t)(((uint32_t)(hi260)) - ((uint32_t)(lo259))) < 1048576u)) {
          for (uint32_t n330 = 0u; (n330 <= (uint32_t)(((uint32_t)(hi260)) - ((uint32_t)(lo259)))); n330 = (uint32_t)(n330 + 1u)) {
            const int32_t k307 = ((int32_t)((uint32_t)(((uint32_t)(lo259)) + n330)));
            const float v309 = ((float)(k307));
            const float v310 = (v309 + 1.00000000f);
            const float v311 = adv_lgamma(v310);
            const float v312 = (v276 - v311);
            const float v313 = (v265 - v309);
            const float v314 = (v313 + 1.00000000f);
            const float v315 = adv_lgamma(v314);
            const float v316 = (v312 - v315);
            const float v317 = (v263 - v309);
            const float v318 = (v317 + 1.00000000f);
            const float v319 = adv_lgamma(v318);
            const float v320 = (v287 - v319);
            const float v321 = (v284 - v317);
            const float v322 = (v321 + 1.00000000f);
            const float v323 = adv_lgamma(v322);
            const float v324 = (v320 - v323);
            const float v325 = (v316 + v324);
            const float v326 = (v325 - v304);
            const float v327 = adv_expf(v326);
            const bool v328 = (v326 <= v306);
            const float v329 = (v328 ? v327 : 0.00000000f);
            fold308 = (fold308 + v329);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      v258 = fold308;
      if ((mentries262 > 0u)) {
        H[me257] = 1u;
        H[(size_t)me257 + (size_t)1u] = mw254;
        H[(size_t)me257 + (size_t)2u] = mw255;
        H[(size_t)me257 + (size_t)7u] = ((uint32_t)adv_bitsf32(v258));
      }
    }
    const float v331 = v258;
    const bool v333 = (v331 < v332);
    float v334 = 0.00000000f;
    if (v333) {
      const int32_t v338 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
      const bool v339 = (v338 != u_p_zero_token_id);
      const bool v340 = (v337 && v339);
      float v341 = 0.00000000f;
      if (v340) {
        const uint32_t mw342 = H[(size_t)u_oh_acc28 + (size_t)slot];
        const uint32_t mw343 = H[(size_t)u_oh_acc32 + (size_t)slot];
        const uint32_t mw344 = H[(size_t)u_oh_acc34 + (size_t)slot];
        const uint32_t mw345 = H[(size_t)u_oh_acc52 + (size_t)slot];
        const uint32_t mh346 = (uint32_t)((uint32_t)((uint32_t)((uint32_t)(0u ^ (uint32_t)(mw342 * 2654435761u)) ^ (uint32_t)(mw343 * 2246822519u)) ^ (uint32_t)(mw344 * 3266489917u)) ^ (uint32_t)(mw345 * 668265263u));
        const uint32_t me347 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase262 + (uint32_t)((uint32_t)((uint32_t)(mh346 ^ (uint32_t)(mh346 >> (15u & 31u))) & (uint32_t)(mentries262 - 1u)) * 8u)));
        float v348 = 0.00000000f;
        if (((((((mentries262 > 0u) && (H[(size_t)me347 + (size_t)0u] == 1u)) && (H[(size_t)me347 + (size_t)1u] == mw342)) && (H[(size_t)me347 + (size_t)2u] == mw343)) && (H[(size_t)me347 + (size_t)3u] == mw344)) && (H[(size_t)me347 + (size_t)4u] == mw345))) {
          v348 = adv_f32bits((uint32_t)(H[(size_t)me347 + (size_t)7u]));
        } else {
          const float v349 = ((float)(H[(size_t)u_oh_acc28 + (size_t)slot]));
          const float v350 = ((float)(H[(size_t)u_oh_acc32 + (size_t)slot]));
          float v351 = 0.00000000f;
          if (tabled201) {
            v351 = F_table201[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v349) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v350)];
          } else {
            float v352 = 0.00000000f;
            if (v92) {
              const float v353 = (v349 + v350);
              const float v354 = (v353 + v349);
              const float v355 = (acc16 - v349);
              const float v356 = (v354 + v355);
              const float v357 = (v353 + v355);
              const float v358 = (v27 - v350);
              const float v359 = (v357 + v358);
              const float v360 = (v356 - v359);
              const float v361 = adv_fmax(0.00000000f, v360);
              const float v362 = (v349 + v355);
              const float v363 = adv_fmin(v353, v362);
              const bool v364 = (v361 == v363);
              float v365 = 0.00000000f;
              if (v364) {
                v365 = 0.00000000f;
              } else {
                const float v368 = (v353 + v362);
                const float v369 = (v368 - v359);
                const float v370 = adv_fmax(0.00000000f, v369);
                const int32_t v371 = adv_i32f(v370);
                const int32_t v372 = adv_i32f(v363);
                const int32_t lo366 = v371;
                const int32_t hi367 = v372;
                const float v373 = (v362 + 1.00000000f);
                const float v374 = adv_lgamma(v373);
                const float v375 = (v349 + 1.00000000f);
                const float v376 = adv_lgamma(v375);
                const float v377 = (v374 - v376);
                const float v378 = (v362 - v349);
                const float v379 = (v378 + 1.00000000f);
                const float v380 = adv_lgamma(v379);
                const float v381 = (v377 - v380);
                const float v382 = (v359 - v362);
                const float v383 = (v353 - v349);
                const float v384 = (v382 + 1.00000000f);
                const float v385 = adv_lgamma(v384);
                const float v386 = (v383 + 1.00000000f);
                const float v387 = adv_lgamma(v386);
                const float v388 = (v385 - v387);
                const float v389 = (v382 - v383);
                const float v390 = (v389 + 1.00000000f);
                const float v391 = adv_lgamma(v390);
                const float v392 = (v388 - v391);
                const float v393 = (v381 + v392);
                const float v394 = (v359 + 1.00000000f);
                const float v395 = adv_lgamma(v394);
                const float v396 = (v353 + 1.00000000f);
                const float v397 = adv_lgamma(v396);
                const float v398 = (v395 - v397);
                const float v399 = (v359 - v353);
                const float v400 = (v399 + 1.00000000f);
                const float v401 = adv_lgamma(v400);
                const float v402 = (v398 - v401);
                const float v403 = (v393 - v402);
                const float v404 = (v403 + 0.00000999999975f);
                float fold406 = 0.00000000f;
                if ((hi367 >= lo366)) {
                  if (((uint32_t)(((uint32_t)(hi367)) - ((uint32_t)(lo366))) < 1048576u)) {
                    for (uint32_t n428 = 0u; (n428 <= (uint32_t)(((uint32_t)(hi367)) - ((uint32_t)(lo366)))); n428 = (uint32_t)(n428 + 1u)) {
                      const int32_t k405 = ((int32_t)((uint32_t)(((uint32_t)(lo366)) + n428)));
                      const float v407 = ((float)(k405));
                      const float v408 = (v407 + 1.00000000f);
                      const float v409 = adv_lgamma(v408);
                      const float v410 = (v374 - v409);
                      const float v411 = (v362 - v407);
                      const float v412 = (v411 + 1.00000000f);
                      const float v413 = adv_lgamma(v412);
                      const float v414 = (v410 - v413);
                      const float v415 = (v353 - v407);
                      const float v416 = (v415 + 1.00000000f);
                      const float v417 = adv_lgamma(v416);
                      const float v418 = (v385 - v417);
                      const float v419 = (v382 - v415);
                      const float v420 = (v419 + 1.00000000f);
                      const float v421 = adv_lgamma(v420);
                      const float v422 = (v418 - v421);
                      const float v423 = (v414 + v422);
                      const float v424 = (v423 - v402);
                      const float v425 = adv_expf(v424);
                      const bool v426 = (v424 <= v404);
                      const float v427 = (v426 ? v425 : 0.00000000f);
                      fold406 = (fold406 + v427);
                    }
                  } else {
                    F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
                  }
                }
                const float v429 = fold406;
                const float v430 = ((-2.00000000f) * v429);
                const float v431 = adv_expf(v430);
                v365 = v431;
              }
              const float v432 = v365;
              const float v433 = (u_p_alpha * v432);
              v352 = v433;
            } else {
              v352 = 0.00000000f;
            }
            const float v434 = v352;
            const float v435 = (acc16 - v349);
            const float v436 = (v349 + v435);
            const float v437 = (v349 + v350);
            const float v438 = (v437 + v435);
            const float v439 = (v27 - v350);
            const float v440 = (v438 + v439);
            const float v441 = (v436 / v440);
            const float v442 = (-v441);
            const float v443 = log2f(v441);
            const float v444 = (v442 * v443);
            const bool v445 = (v441 > 0.00000000f);
            const float v446 = (v445 ? v444 : 0.00000000f);
            const float v447 = (v350 + v439);
            const float v448 = (v447 / v440);
            const float v449 = (-v448);
            const float v450 = log2f(v448);
            const float v451 = (v449 * v450);
            const bool v452 = (v448 > 0.00000000f);
            const float v453 = (v452 ? v451 : 0.00000000f);
            const float v454 = (v446 + v453);
            const float v455 = (v437 / v440);
            const float v456 = (v349 / v437);
            const float v457 = (-v456);
            const float v458 = log2f(v456);
            const float v459 = (v457 * v458);
            const bool v460 = (v456 > 0.00000000f);
            const float v461 = (v460 ? v459 : 0.00000000f);
            const float v462 = (v350 / v437);
            const float v463 = (-v462);
            const float v464 = log2f(v462);
            const float v465 = (v463 * v464);
            const bool v466 = (v462 > 0.00000000f);
            const float v467 = (v466 ? v465 : 0.00000000f);
            const float v468 = (v461 + v467);
            const bool v469 = (v437 > 0.00000000f);
            const float v470 = (v469 ? v468 : 0.00000000f);
            const float v471 = (v455 * v470);
            const float v472 = (v435 + v439);
            const float v473 = (v472 / v440);
            const float v474 = (v435 / v472);
            const float v475 = (-v474);
            const float v476 = log2f(v474);
            const float v477 = (v475 * v476);
            const bool v478 = (v474 > 0.00000000f);
            const float v479 = (v478 ? v477 : 0.00000000f);
            const float v480 = (v439 / v472);
            const float v481 = (-v480);
            const float v482 = log2f(v480);
            const float v483 = (v481 * v482);
            const bool v484 = (v480 > 0.00000000f);
            const float v485 = (v484 ? v483 : 0.00000000f);
            const float v486 = (v479 + v485);
            const bool v487 = (v472 > 0.00000000f);
            const float v488 = (v487 ? v486 : 0.00000000f);
            const float v489 = (v473 * v488);
            const float v490 = (v471 + v489);
            const float v491 = (v454 - v490);
            const bool v492 = (v440 > 0.00000000f);
            const float v493 = (v492 ? v491 : 0.00000000f);
            const float v494 = (u_p_beta * v493);
            const float v495 = (v236 ? v494 : 0.00000000f);
            v351 = (v434 + v495);
          }
          const float v496 = v351;
          float v497 = 0.00000000f;
          if (tabled213) {
            v497 = F_table213[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v349) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v350)];
          } else {
            const float v498 = (acc16 - v349);
            const float v499 = (v349 + v498);
            const float v500 = (v499 + 1.00000001e-10f);
            const float v501 = (v349 / v500);
            const float v502 = adv_fmin(adv_fmax(v501, 0.00000000f), 1.00000000f);
            const float v503 = sqrtf(v502);
            const float v504 = adv_asin(v503);
            const float v505 = (v27 - v350);
            const float v506 = (v350 + v505);
            const float v507 = (v506 + 1.00000001e-10f);
            const float v508 = (v350 / v507);
            const float v509 = adv_fmin(adv_fmax(v508, 0.00000000f), 1.00000000f);
            const float v510 = sqrtf(v509);
            const float v511 = adv_asin(v510);
            v497 = (v504 - v511);
          }
          const float v512 = v497;
          const float v513 = ((float)(H[(size_t)u_oh_acc34 + (size_t)slot]));
          const float v514 = (v513 / acc22);
          const float v516 = (v514 * v515);
          const float v524 = (v514 + v523);
          const float v525 = (v516 / v524);
          const float v527 = (v526 ? v525 : 0.00000000f);
          const float v528 = ((float)(H[(size_t)u_oh_acc52 + (size_t)slot]));
          const float v529 = (v528 / acc24);
          const float v530 = (v529 * v515);
          const float v537 = (v529 + v536);
          const float v538 = (v530 / v537);
          const float v540 = (v539 ? v538 : 0.00000000f);
          const float v541 = (v540 + 0.00000999999975f);
          const float v542 = (v527 / v541);
          const float v543 = (v527 + 0.00000999999975f);
          const float v544 = (v540 / v543);
          const float v545 = (v542 - v544);
          const float v547 = (v546 ? v545 : 0.00000000f);
          const float v548 = (v512 + v547);
          const float v549 = (v496 * v548);
          const float v551 = (v549 / v550);
          const float v552 = (1.00000000f / (1.00000000f + adv_expf((-v551))));
          const float v553 = (v552 - 0.500000000f);
          const float v554 = (v553 * 2.00000000f);
          v348 = (v554 * u_p_top);
          if ((mentries262 > 0u)) {
            H[me347] = 1u;
            H[(size_t)me347 + (size_t)1u] = mw342;
            H[(size_t)me347 + (size_t)2u] = mw343;
            H[(size_t)me347 + (size_t)3u] = mw344;
            H[(size_t)me347 + (size_t)4u] = mw345;
            H[(size_t)me347 + (size_t)7u] = ((uint32_t)adv_bitsf32(v348));
          }
        }
        const float v555 = v348;
        v341 = v555;
      } else {
        v341 = 0.00000000f;
      }
      const float v556 = v341;
      v334 = v556;
    } else {
      v334 = 0.00000000f;
    }
    F_v262[slot] = v334;
  }
  // reduce to group %267
  float acc267 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v557 = F_v10[row];
    const float v558 = (v557 - acc265);
    acc267 = (acc267 + v558);
  }
  if ((lid == 0u)) {
    F_v267[g] = acc267;
  }
  // reduce to group %279
  const float v560 = (acc267 / ((float)(acc17)));
  const float v561 = (acc265 + v560);
  const float v563 = (acc272 - acc265);
  const bool v564 = (v563 > 0.00000000f);
  const float v565 = (v564 ? v563 : 1.00000000f);
  float acc279 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v559 = F_v10[row];
    const float v562 = (v559 - v561);
    const float v566 = (v562 / v565);
    const float v567 = (v566 * v566);
    acc279 = (acc279 + v567);
  }
  if ((lid == 0u)) {
    F_v279[g] = acc279;
  }
  const bool v569 = (((float)(acc17)) > 1.00000000f);
  const float v570 = (v569 ? v561 : 0.00000000f);
  const float v572 = (((float)(acc17)) - 1.00000000f);
  const float v573 = (acc279 / v572);
  const float v574 = sqrtf(v573);
  const float v575 = (v574 * v565);
  const float v576 = (v569 ? v575 : 1.00000000f);
  const float v577 = (v576 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v568 = F_v10[row];
    const float v571 = (v568 - v570);
    const float v578 = (v571 / v577);
    const bool v579 = (v571 == 0.00000000f);
    const float v580 = (v579 ? 0.00000000f : v578);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw581 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v582 = F_v262[((uint32_t)(sw581 & 2147483647u) & (0u - (uint32_t)((sw581 != 4294967295u))))];
      const float v583 = ((sw581 != 4294967295u) ? v582 : 0.00000000f);
      const float v584 = (v580 + v583);
      const int32_t v585 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v586 = ((float)(v585));
      const float v587 = (v584 * v586);
      const float v588 = v583;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v587;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v588;
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
