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
  uint32_t o_v234;
  uint32_t o_table200;
  uint32_t o_table212;
  uint32_t o_v237;
  uint32_t o_v239;
  uint32_t o_v244;
  uint32_t o_v251;
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
  float *F_v237;
  float *F_v244;
  float *F_out_0folds;
  float *F_table200;
  float *F_table212;
  float *F_v234;
  float *F_v239;
  float *F_v251;
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
  const uint32_t u_oh_acc27 = R->U.oh_acc27;
  const uint32_t u_oh_acc31 = R->U.oh_acc31;
  const uint32_t u_oh_acc33 = R->U.oh_acc33;
  const uint32_t u_oh_acc51 = R->U.oh_acc51;
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
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v237 = R->F_v237;
  float *const restrict F_v244 = R->F_v244;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table200 = R->F_table200;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_v234 = R->F_v234;
  float *const restrict F_v239 = R->F_v239;
  float *const restrict F_v251 = R->F_v251;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
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
  // reduce to group %15, %16, %21, %23, %237, %244
  float acc15 = 0.00000000f;
  uint32_t acc16 = 0u;
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc237 = INFINITY;
  float acc244 = (-INFINITY);
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
    acc237 = adv_fmin(acc237, v5);
    acc244 = adv_fmax(acc244, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = ((float)(acc16));
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v237[g] = acc237;
    F_v244[g] = acc244;
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
  uint32_t bound27 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v15 = F_v9[row];
    const bool v16 = (v15 > 0.00000000f);
    bound27 = (uint32_t)(bound27 + (uint32_t)(v16));
  }
  uint32_t bound31 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v17 = F_v9[row];
    const bool v18 = (v17 > 0.00000000f);
    const bool v19 = (!v18);
    bound31 = (uint32_t)(bound31 + (uint32_t)(v19));
  }
  const bool v20 = (u_p_alpha != 0.00000000f);
  const float v27 = (((float)(acc16)) - acc15);
  const bool v165 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      float v21 = 0.00000000f;
      if (v20) {
        const float v22 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v23 = (v22 + ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v24 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v25 = (v23 + v24);
        const float v26 = (v22 + v24);
        const float v28 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v29 = (v26 + v28);
        const float v30 = (v25 - v29);
        const float v31 = adv_fmax(0.00000000f, v30);
        const float v32 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v24);
        const float v33 = adv_fmin(v22, v32);
        const bool v34 = (v31 == v33);
        float v35 = 0.00000000f;
        if (v34) {
          v35 = 0.00000000f;
        } else {
          const float v38 = (v22 + v32);
          const float v39 = (v38 - v29);
          const float v40 = adv_fmax(0.00000000f, v39);
          const int32_t v41 = adv_i32f(v40);
          const int32_t v42 = adv_i32f(v33);
          const int32_t lo36 = v41;
          const int32_t hi37 = v42;
          const float v43 = (v32 + 1.00000000f);
          const float v44 = adv_lgamma(v43);
          const float v45 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
          const float v46 = adv_lgamma(v45);
          const float v47 = (v44 - v46);
          const float v48 = (v32 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v49 = (v48 + 1.00000000f);
          const float v50 = adv_lgamma(v49);
          const float v51 = (v47 - v50);
          const float v52 = (v29 - v32);
          const float v53 = (v22 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v54 = (v52 + 1.00000000f);
          const float v55 = adv_lgamma(v54);
          const float v56 = (v53 + 1.00000000f);
          const float v57 = adv_lgamma(v56);
          const float v58 = (v55 - v57);
          const float v59 = (v52 - v53);
          const float v60 = (v59 + 1.00000000f);
          const float v61 = adv_lgamma(v60);
          const float v62 = (v58 - v61);
          const float v63 = (v51 + v62);
          const float v64 = (v29 + 1.00000000f);
          const float v65 = adv_lgamma(v64);
          const float v66 = (v22 + 1.00000000f);
          const float v67 = adv_lgamma(v66);
          const float v68 = (v65 - v67);
          const float v69 = (v29 - v22);
          const float v70 = (v69 + 1.00000000f);
          const float v71 = adv_lgamma(v70);
          const float v72 = (v68 - v71);
          const float v73 = (v63 - v72);
          const float v74 = (v73 + 0.00000999999975f);
          float fold76 = 0.00000000f;
          if ((hi37 >= lo36)) {
            if (((uint32_t)(((uint32_t)(hi37)) - ((uint32_t)(lo36))) < 1048576u)) {
              for (uint32_t n98 = 0u; (n98 <= (uint32_t)(((uint32_t)(hi37)) - ((uint32_t)(lo36)))); n98 = (uint32_t)(n98 + 1u)) {
                const int32_t k75 = ((int32_t)((uint32_t)(((uint32_t)(lo36)) + n98)));
                const float v77 = ((float)(k75));
                const float v78 = (v77 + 1.00000000f);
                const float v79 = adv_lgamma(v78);
                const float v80 = (v44 - v79);
                const float v81 = (v32 - v77);
                const float v82 = (v81 + 1.00000000f);
                const float v83 = adv_lgamma(v82);
                const float v84 = (v80 - v83);
                const float v85 = (v22 - v77);
                const float v86 = (v85 + 1.00000000f);
                const float v87 = adv_lgamma(v86);
                const float v88 = (v55 - v87);
                const float v89 = (v52 - v85);
                const float v90 = (v89 + 1.00000000f);
                const float v91 = adv_lgamma(v90);
                const float v92 = (v88 - v91);
                const float v93 = (v84 + v92);
                const float v94 = (v93 - v72);
                const float v95 = adv_expf(v94);
                const bool v96 = (v94 <= v74);
                const float v97 = (v96 ? v95 : 0.00000000f);
                fold76 = (fold76 + v97);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v99 = fold76;
          const float v100 = ((-2.00000000f) * v99);
          const float v101 = adv_expf(v100);
          v35 = v101;
        }
        const float v102 = v35;
        const float v103 = (u_p_alpha * v102);
        v21 = v103;
      } else {
        v21 = 0.00000000f;
      }
      const float v104 = v21;
      const float v105 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v106 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v105);
      const float v107 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v108 = (v107 + v105);
      const float v109 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v110 = (v108 + v109);
      const float v111 = (v106 / v110);
      const float v112 = (-v111);
      const float v113 = log2f(v111);
      const float v114 = (v112 * v113);
      const bool v115 = (v111 > 0.00000000f);
      const float v116 = (v115 ? v114 : 0.00000000f);
      const float v117 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v109);
      const float v118 = (v117 / v110);
      const float v119 = (-v118);
      const float v120 = log2f(v118);
      const float v121 = (v119 * v120);
      const bool v122 = (v118 > 0.00000000f);
      const float v123 = (v122 ? v121 : 0.00000000f);
      const float v124 = (v116 + v123);
      const float v125 = (v107 / v110);
      const float v126 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v107);
      const float v127 = (-v126);
      const float v128 = log2f(v126);
      const float v129 = (v127 * v128);
      const bool v130 = (v126 > 0.00000000f);
      const float v131 = (v130 ? v129 : 0.00000000f);
      const float v132 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v107);
      const float v133 = (-v132);
      const float v134 = log2f(v132);
      const float v135 = (v133 * v134);
      const bool v136 = (v132 > 0.00000000f);
      const float v137 = (v136 ? v135 : 0.00000000f);
      const float v138 = (v131 + v137);
      const bool v139 = (v107 > 0.00000000f);
      const float v140 = (v139 ? v138 : 0.00000000f);
      const float v141 = (v125 * v140);
      const float v142 = (v105 + v109);
      const float v143 = (v142 / v110);
      const float v144 = (v105 / v142);
      const float v145 = (-v144);
      const float v146 = log2f(v144);
      const float v147 = (v145 * v146);
      const bool v148 = (v144 > 0.00000000f);
      const float v149 = (v148 ? v147 : 0.00000000f);
      const float v150 = (v109 / v142);
      const float v151 = (-v150);
      const float v152 = log2f(v150);
      const float v153 = (v151 * v152);
      const bool v154 = (v150 > 0.00000000f);
      const float v155 = (v154 ? v153 : 0.00000000f);
      const float v156 = (v149 + v155);
      const bool v157 = (v142 > 0.00000000f);
      const float v158 = (v157 ? v156 : 0.00000000f);
      const float v159 = (v143 * v158);
      const float v160 = (v141 + v159);
      const float v161 = (v124 - v160);
      const bool v162 = (v110 > 0.00000000f);
      const float v163 = (v162 ? v161 : 0.00000000f);
      const float v164 = (u_p_beta * v163);
      const float v166 = (v165 ? v164 : 0.00000000f);
      const float v167 = (v104 + v166);
      F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v167;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v168 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v169 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v168);
      const float v170 = (v169 + 1.00000001e-10f);
      const float v171 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v170);
      const float v172 = adv_fmin(adv_fmax(v171, 0.00000000f), 1.00000000f);
      const float v173 = sqrtf(v172);
      const float v174 = adv_asin(v173);
      const float v175 = (v27 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v176 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v175);
      const float v177 = (v176 + 1.00000001e-10f);
      const float v178 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v177);
      const float v179 = adv_fmin(adv_fmax(v178, 0.00000000f), 1.00000000f);
      const float v180 = sqrtf(v179);
      const float v181 = adv_asin(v180);
      const float v182 = (v174 - v181);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v182;
    }
  }
  const bool v183 = (acc15 > 0.00000000f);
  const bool v184 = (v27 > 0.00000000f);
  const bool v185 = (v183 && v184);
  const float v363 = (u_p_bm25_k1 + 1.00000000f);
  const float v365 = (1.00000000f - u_p_bm25_b);
  const float v366 = (u_p_bm25_b * acc21);
  const float v367 = (acc21 + acc23);
  const float v368 = (v367 / 2.00000000f);
  const float v369 = (v366 / v368);
  const float v370 = (v365 + v369);
  const float v371 = (u_p_bm25_k1 * v370);
  const bool v374 = (acc21 > 0.00000000f);
  const float v379 = (u_p_bm25_b * acc23);
  const float v380 = (acc23 + acc21);
  const float v381 = (v380 / 2.00000000f);
  const float v382 = (v379 / v381);
  const float v383 = (v365 + v382);
  const float v384 = (u_p_bm25_k1 * v383);
  const bool v387 = (acc23 > 0.00000000f);
  const bool v394 = (u_p_gamma != 0.00000000f);
  const float v398 = (u_p_alpha + u_p_beta);
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
    const int32_t v186 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v187 = (v186 != u_p_zero_token_id);
    const bool v188 = (v185 && v187);
    float v189 = 0.00000000f;
    if (v188) {
      const uint32_t mw190 = H[(size_t)u_oh_acc27 + (size_t)slot];
      const uint32_t mw191 = H[(size_t)u_oh_acc31 + (size_t)slot];
      const uint32_t mw192 = H[(size_t)u_oh_acc33 + (size_t)slot];
      const uint32_t mw193 = H[(size_t)u_oh_acc51 + (size_t)slot];
      const uint32_t mh194 = (uint32_t)((uint32_t)((uint32_t)((uint32_t)(0u ^ (uint32_t)(mw190 * 2654435761u)) ^ (uint32_t)(mw191 * 2246822519u)) ^ (uint32_t)(mw192 * 3266489917u)) ^ (uint32_t)(mw193 * 668265263u));
      const uint32_t me195 = (uint32_t)(u_oh_table_tok + (uint32_t)(mbase234 + (uint32_t)((uint32_t)((uint32_t)(mh194 ^ (uint32_t)(mh194 >> (15u & 31u))) & (uint32_t)(mentries234 - 1u)) * 8u)));
      float v196 = 0.00000000f;
      if (((((((mentries234 > 0u) && (H[(size_t)me195 + (size_t)0u] == 1u)) && (H[(size_t)me195 + (size_t)1u] == mw190)) && (H[(size_t)me195 + (size_t)2u] == mw191)) && (H[(size_t)me195 + (size_t)3u] == mw192)) && (H[(size_t)me195 + (size_t)4u] == mw193))) {
        v196 = adv_f32bits((uint32_t)(H[(size_t)me195 + (size_t)7u]));
      } else {
        const float v197 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
        const float v198 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
        float v199 = 0.00000000f;
        if (tabled200) {
          v199 = F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v197) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v198)];
        } else {
          float v200 = 0.00000000f;
          if (v20) {
            const float v201 = (v197 + v198);
            const float v202 = (v201 + v197);
            const float v203 = (acc15 - v197);
            const float v204 = (v202 + v203);
            const float v205 = (v201 + v203);
            const float v206 = (v27 - v198);
            const float v207 = (v205 + v206);
            const float v208 = (v204 - v207);
            const float v209 = adv_fmax(0.00000000f, v208);
            const float v210 = (v197 + v203);
            const float v211 = adv_fmin(v201, v210);
            const bool v212 = (v209 == v211);
            float v213 = 0.00000000f;
            if (v212) {
              v213 = 0.00000000f;
            } else {
              const float v216 = (v201 + v210);
              const float v217 = (v216 - v207);
              const float v218 = adv_fmax(0.00000000f, v217);
              const int32_t v219 = adv_i32f(v218);
              const int32_t v220 = adv_i32f(v211);
              const int32_t lo214 = v219;
              const int32_t hi215 = v220;
              const float v221 = (v210 + 1.00000000f);
              const float v222 = adv_lgamma(v221);
              const float v223 = (v197 + 1.00000000f);
              const float v224 = adv_lgamma(v223);
              const float v225 = (v222 - v224);
              const float v226 = (v210 - v197);
              const float v227 = (v226 + 1.00000000f);
              const float v228 = adv_lgamma(v227);
              const float v229 = (v225 - v228);
              const float v230 = (v207 - v210);
              const float v231 = (v201 - v197);
              const float v232 = (v230 + 1.00000000f);
              const float v233 = adv_lgamma(v232);
              const float v234 = (v231 + 1.00000000f);
              const float v235 = adv_lgamma(v234);
              const float v236 = (v233 - v235);
              const float v237 = (v230 - v231);
              const float v238 = (v237 + 1.00000000f);
              const float v239 = adv_lgamma(v238);
              const float v240 = (v236 - v239);
              const float v241 = (v229 + v240);
              const float v242 = (v207 + 1.00000000f);
              const float v243 = adv_lgamma(v242);
              const float v244 = (v201 + 1.00000000f);
              const float v245 = adv_lgamma(v244);
              const float v246 = (v243 - v245);
              const float v247 = (v207 - v201);
              const float v248 = (v247 + 1.00000000f);
              const float v249 = adv_lgamma(v248);
              const float v250 = (v246 - v249);
              const float v251 = (v241 - v250);
              const float v252 = (v251 + 0.00000999999975f);
              float fold254 = 0.00000000f;
              if ((hi215 >= lo214)) {
                if (((uint32_t)(((uint32_t)(hi215)) - ((uint32_t)(lo214))) < 1048576u)) {
                  for (uint32_t n276 = 0u; (n276 <= (uint32_t)(((uint32_t)(hi215)) - ((uint32_t)(lo214)))); n276 = (uint32_t)(n276 + 1u)) {
                    const int32_t k253 = ((int32_t)((uint32_t)(((uint32_t)(lo214)) + n276)));
                    const float v255 = ((float)(k253));
                    const float v256 = (v255 + 1.00000000f);
                    const float v257 = adv_lgamma(v256);
                    const float v258 = (v222 - v257);
                    const float v259 = (v210 - v255);
                    const float v260 = (v259 + 1.00000000f);
                    const float v261 = adv_lgamma(v260);
                    const float v262 = (v258 - v261);
                    const float v263 = (v201 - v255);
                    const float v264 = (v263 + 1.00000000f);
                    const float v265 = adv_lgamma(v264);
                    const float v266 = (v233 - v265);
                    const float v267 = (v230 - v263);
                    const float v268 = (v267 + 1.00000000f);
                    const float v269 = adv_lgamma(v268);
                    const float v270 = (v266 - v269);
                    const float v271 = (v262 + v270);
                    const float v272 = (v271 - v250);
                    const float v273 = adv_expf(v272);
                    const bool v274 = (v272 <= v252);
                    const float v275 = (v274 ? v273 : 0.00000000f);
                    fold254 = (fold254 + v275);
                  }
                } else {
                  F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
                }
              }
              const float v277 = fold254;
              const float v278 = ((-2.00000000f) * v277);
              const float v279 = adv_expf(v278);
              v213 = v279;
            }
            const float v280 = v213;
            const float v281 = (u_p_alpha * v280);
            v200 = v281;
          } else {
            v200 = 0.00000000f;
          }
          const float v282 = v200;
          const float v283 = (acc15 - v197);
          const float v284 = (v197 + v283);
          const float v285 = (v197 + v198);
          const float v286 = (v285 + v283);
          const float v287 = (v27 - v198);
          const float v288 = (v286 + v287);
          const float v289 = (v284 / v288);
          const float v290 = (-v289);
          const float v291 = log2f(v289);
          const float v292 = (v290 * v291);
          const bool v293 = (v289 > 0.00000000f);
          const float v294 = (v293 ? v292 : 0.00000000f);
          const float v295 = (v198 + v287);
          const float v296 = (v295 / v288);
          const float v297 = (-v296);
          const float v298 = log2f(v296);
          const float v299 = (v297 * v298);
          const bool v300 = (v296 > 0.00000000f);
          const float v301 = (v300 ? v299 : 0.00000000f);
          const float v302 = (v294 + v301);
          const float v303 = (v285 / v288);
          const float v304 = (v197 / v285);
          const float v305 = (-v304);
          const float v306 = log2f(v304);
          const float v307 = (v305 * v306);
          const bool v308 = (v304 > 0.00000000f);
          const float v309 = (v308 ? v307 : 0.00000000f);
          const float v310 = (v198 / v285);
          const float v311 = (-v310);
          const float v312 = log2f(v310);
          const float v313 = (v311 * v312);
          const bool v314 = (v310 > 0.00000000f);
          const float v315 = (v314 ? v313 : 0.00000000f);
          const float v316 = (v309 + v315);
          const bool v317 = (v285 > 0.00000000f);
          const float v318 = (v317 ? v316 : 0.00000000f);
          const float v319 = (v303 * v318);
          const float v320 = (v283 + v287);
          const float v321 = (v320 / v288);
          const float v322 = (v283 / v320);
          const float v323 = (-v322);
          const float v324 = log2f(v322);
          const float v325 = (v323 * v324);
          const bool v326 = (v322 > 0.00000000f);
          const float v327 = (v326 ? v325 : 0.00000000f);
          const float v328 = (v287 / v320);
          const float v329 = (-v328);
          const float v330 = log2f(v328);
          const float v331 = (v329 * v330);
          const bool v332 = (v328 > 0.00000000f);
          const float v333 = (v332 ? v331 : 0.00000000f);
          const float v334 = (v327 + v333);
          const bool v335 = (v320 > 0.00000000f);
          const float v336 = (v335 ? v334 : 0.00000000f);
          const float v337 = (v321 * v336);
          const float v338 = (v319 + v337);
          const float v339 = (v302 - v338);
          const bool v340 = (v288 > 0.00000000f);
          const float v341 = (v340 ? v339 : 0.00000000f);
          const float v342 = (u_p_beta * v341);
          const float v343 = (v165 ? v342 : 0.00000000f);
          v199 = (v282 + v343);
        }
        const float v344 = v199;
        float v345 = 0.00000000f;
        if (tabled212) {
          v345 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v197) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v198)];
        } else {
          const float v346 = (acc15 - v197);
          const float v347 = (v197 + v346);
          const float v348 = (v347 + 1.00000001e-10f);
          const float v349 = (v197 / v348);
          const float v350 = adv_fmin(adv_fmax(v349, 0.00000000f), 1.00000000f);
          const float v351 = sqrtf(v350);
          const float v352 = adv_asin(v351);
          const float v353 = (v27 - v198);
          const float v354 = (v198 + v353);
          const float v355 = (v354 + 1.00000001e-10f);
          const float v356 = (v198 / v355);
          const float v357 = adv_fmin(adv_fmax(v356, 0.00000000f), 1.00000000f);
          const float v358 = sqrtf(v357);
          const float v359 = adv_asin(v358);
          v345 = (v352 - v359);
        }
        const float v360 = v345;
        const float v361 = ((float)(H[(size_t)u_oh_acc33 + (size_t)slot]));
        const float v362 = (v361 / acc21);
        const float v364 = (v362 * v363);
        const float v372 = (v362 + v371);
        const float v373 = (v364 / v372);
        const float v375 = (v374 ? v373 : 0.00000000f);
        const float v376 = ((float)(H[(size_t)u_oh_acc51 + (size_t)slot]));
        const float v377 = (v376 / acc23);
        const float v378 = (v377 * v363);
        const float v385 = (v377 + v384);
        const float v386 = (v378 / v385);
        const float v388 = (v387 ? v386 : 0.00000000f);
        const float v389 = (v388 + 0.00000999999975f);
        const float v390 = (v375 / v389);
        const float v391 = (v375 + 0.00000999999975f);
        const float v392 = (v388 / v391);
        const float v393 = (v390 - v392);
        const float v395 = (v394 ? v393 : 0.00000000f);
        const float v396 = (v360 + v395);
        const float v397 = (v344 * v396);
        const float v399 = (v397 / v398);
        const float v400 = (1.00000000f / (1.00000000f + adv_expf((-v399))));
        const float v401 = (v400 - 0.500000000f);
        const float v402 = (v401 * 2.00000000f);
        v196 = (v402 * u_p_top);
        if ((mentries234 > 0u)) {
          H[me195] = 1u;
          H[(size_t)me195 + (size_t)1u] = mw190;
          H[(size_t)me195 + (size_t)2u] = mw191;
          H[(size_t)me195 + (size_t)3u] = mw192;
          H[(size_t)me195 + (size_t)4u] = mw193;
          H[(size_t)me195 + (size_t)7u] = ((uint32_t)adv_bitsf32(v196));
        }
      }
      const float v403 = v196;
      v189 = v403;
    } else {
      v189 = 0.00000000f;
    }
    F_v234[slot] = v189;
  }
  // reduce to group %239
  float acc239 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v404 = F_v9[row];
    const float v405 = (v404 - acc237);
    acc239 = (acc239 + v405);
  }
  if ((lid == 0u)) {
    F_v239[g] = acc239;
  }
  // reduce to group %251
  const float v407 = (acc239 / ((float)(acc16)));
  const float v408 = (acc237 + v407);
  const float v410 = (acc244 - acc237);
  const bool v411 = (v410 > 0.00000000f);
  const float v412 = (v411 ? v410 : 1.00000000f);
  float acc251 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v406 = F_v9[row];
    const float v409 = (v406 - v408);
    const float v413 = (v409 / v412);
    const float v414 = (v413 * v413);
    acc251 = (acc251 + v414);
  }
  if ((lid == 0u)) {
    F_v251[g] = acc251;
  }
  const bool v416 = (((float)(acc16)) > 1.00000000f);
  const float v417 = (v416 ? v408 : 0.00000000f);
  const float v419 = (((float)(acc16)) - 1.00000000f);
  const float v420 = (acc251 / v419);
  const float v421 = sqrtf(v420);
  const float v422 = (v421 * v412);
  const float v423 = (v416 ? v422 : 1.00000000f);
  const float v424 = (v423 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v415 = F_v9[row];
    const float v418 = (v415 - v417);
    const float v425 = (v418 / v424);
    const bool v426 = (v418 == 0.00000000f);
    const float v427 = (v426 ? 0.00000000f : v425);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw428 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v429 = F_v234[((uint32_t)(sw428 & 2147483647u) & (0u - (uint32_t)((sw428 != 4294967295u))))];
      const float v430 = ((sw428 != 4294967295u) ? v429 : 0.00000000f);
      const float v431 = (v427 + v430);
      const int32_t v432 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v433 = ((float)(v432));
      const float v434 = (v431 * v433);
      const float v435 = v430;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v434;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v435;
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
  run.F_v9 = adv_element(env, argv[1], 1, &n);
  run.F_v19 = adv_element(env, argv[1], 2, &n);
  run.F_v15 = adv_element(env, argv[1], 3, &n);
  run.F_v16 = adv_element(env, argv[1], 4, &n);
  run.F_v21 = adv_element(env, argv[1], 5, &n);
  run.F_v23 = adv_element(env, argv[1], 6, &n);
  run.F_v237 = adv_element(env, argv[1], 7, &n);
  run.F_v244 = adv_element(env, argv[1], 8, &n);
  run.F_out_0folds = adv_element(env, argv[1], 9, &n);
  run.F_table200 = adv_element(env, argv[1], 10, &n);
  run.F_table212 = adv_element(env, argv[1], 11, &n);
  run.F_v234 = adv_element(env, argv[1], 12, &n);
  run.F_v239 = adv_element(env, argv[1], 13, &n);
  run.F_v251 = adv_element(env, argv[1], 14, &n);
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
