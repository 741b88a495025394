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
  float *F_v15;
  float *F_v16;
  float *F_v237;
  float *F_v244;
  float *F_v19;
  float *F_v21;
  float *F_v23;
  float *F_v239;
  float *F_out_0folds;
  float *F_table200;
  float *F_table212;
  float *F_v234;
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
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc27 = R->U.oh_acc27;
  const uint32_t u_oh_acc31 = R->U.oh_acc31;
  const uint32_t u_oh_acc33 = R->U.oh_acc33;
  const uint32_t u_oh_acc51 = R->U.oh_acc51;
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
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v237 = R->F_v237;
  float *const restrict F_v244 = R->F_v244;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v239 = R->F_v239;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table200 = R->F_table200;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_v234 = R->F_v234;
  float *const restrict F_v251 = R->F_v251;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
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
  // reduce to group %15, %16, %237, %244
  float acc15 = 0.00000000f;
  float acc16 = 0.00000000f;
  float acc237 = INFINITY;
  float acc244 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc15 = (acc15 + v7);
    acc16 = (acc16 + 1.00000000f);
    acc237 = adv_fmin(acc237, v5);
    acc244 = adv_fmax(acc244, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v237[g] = acc237;
    F_v244[g] = acc244;
  }
  // reduce to rollout %19: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc19_0 = 0.00000000f;
    float acc19_1 = 0.00000000f;
    float acc19_2 = 0.00000000f;
    float acc19_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc19_0 = (acc19_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc19_1 = (acc19_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc19_2 = (acc19_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc19_3 = (acc19_3 + 1.00000000f);
      }
    }
    F_v19[row0] = acc19_0;
    F_v19[row1] = acc19_1;
    F_v19[row2] = acc19_2;
    F_v19[row3] = acc19_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc19 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc19 = (acc19 + 1.00000000f);
      }
    }
    F_v19[row] = acc19;
  }
  // reduce to group %21, %23, %239
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc239 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v19[row];
    const float v9 = F_v9[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc237);
    acc21 = (acc21 + v11);
    acc23 = (acc23 + v12);
    acc239 = (acc239 + v13);
  }
  if ((lid == 0u)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v239[g] = acc239;
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
    for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
    }
    const uint32_t rows = (uint32_t)(((uint32_t)(I_vbase[(uint32_t)(g + 1u)])) - lbase);
    uint32_t zeroed = 0u;
    {
      const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
      for (uint32_t i = zeroed; (i < upto); i = (uint32_t)(i + 1u)) {
        H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc27 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc31 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc33 + lbase) + i)] = 0u;
        H[(uint32_t)((uint32_t)(u_oh_acc51 + lbase) + i)] = 0u;
      }
      zeroed = upto;
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v15 = F_v9[row];
      const bool v16 = (v15 > 0.00000000f);
      const float v17 = (v16 ? 1.00000000f : 0.00000000f);
      const bool v20 = (!v16);
      const float v21 = (v20 ? 1.00000000f : 0.00000000f);
      const float v24 = (v16 ? 0.00000000f : 1.00000000f);
      uint32_t want = used;
      for (;;) {
        if (((want >= cap) || ((uint32_t)((uint32_t)(nk + u_T) * 3u) <= (uint32_t)(want * 2u)))) {
          break;
        }
        want = (uint32_t)(want * 2u);
      }
      if ((want != used)) {
        for (uint32_t i = 0u; (i < want); i = (uint32_t)(i + 1u)) {
          H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
        }
        used = want;
        {
          const uint32_t upto = adv_umin(rows, adv_udiv((uint32_t)(used * 2u), 3u));
          for (uint32_t i = zeroed; (i < upto); i = (uint32_t)(i + 1u)) {
            H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc27 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc31 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc33 + lbase) + i)] = 0u;
            H[(uint32_t)((uint32_t)(u_oh_acc51 + lbase) + i)] = 0u;
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
                H[(uint32_t)(((a26 != 0u) ? u_oh_acc27 : u_oh_acc31) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a26 != 0u) ? u_oh_acc27 : u_oh_acc31) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a28 = adv_u32f(v23);
              const uint32_t a29 = adv_u32f(v25);
              const uint32_t add = (uint32_t)(a28 + a29);
              if ((add != 0u)) {
                H[(uint32_t)(((a28 != 0u) ? u_oh_acc33 : u_oh_acc51) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a28 != 0u) ? u_oh_acc33 : u_oh_acc51) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const bool v30 = (u_p_alpha != 0.00000000f);
  const float v37 = (acc16 - acc15);
  const bool v175 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v31 = 0.00000000f;
      if (v30) {
        const float v32 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v33 = (v32 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v34 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v35 = (v33 + v34);
        const float v36 = (v32 + v34);
        const float v38 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v39 = (v36 + v38);
        const float v40 = (v35 - v39);
        const float v41 = adv_fmax(0.00000000f, v40);
        const float v42 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v34);
        const float v43 = adv_fmin(v32, v42);
        const bool v44 = (v41 == v43);
        float v45 = 0.00000000f;
        if (v44) {
          v45 = 0.00000000f;
        } else {
          const float v48 = (v32 + v42);
          const float v49 = (v48 - v39);
          const float v50 = adv_fmax(0.00000000f, v49);
          const int32_t v51 = adv_i32f(v50);
          const int32_t v52 = adv_i32f(v43);
          const int32_t lo46 = v51;
          const int32_t hi47 = v52;
          const float v53 = (v42 + 1.00000000f);
          const float v54 = adv_lgamma(v53);
          const float v55 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v56 = adv_lgamma(v55);
          const float v57 = (v54 - v56);
          const float v58 = (v42 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v59 = (v58 + 1.00000000f);
          const float v60 = adv_lgamma(v59);
          const float v61 = (v57 - v60);
          const float v62 = (v39 - v42);
          const float v63 = (v32 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v64 = (v62 + 1.00000000f);
          const float v65 = adv_lgamma(v64);
          const float v66 = (v63 + 1.00000000f);
          const float v67 = adv_lgamma(v66);
          const float v68 = (v65 - v67);
          const float v69 = (v62 - v63);
          const float v70 = (v69 + 1.00000000f);
          const float v71 = adv_lgamma(v70);
          const float v72 = (v68 - v71);
          const float v73 = (v61 + v72);
          const float v74 = (v39 + 1.00000000f);
          const float v75 = adv_lgamma(v74);
          const float v76 = (v32 + 1.00000000f);
          const float v77 = adv_lgamma(v76);
          const float v78 = (v75 - v77);
          const float v79 = (v39 - v32);
          const float v80 = (v79 + 1.00000000f);
          const float v81 = adv_lgamma(v80);
          const float v82 = (v78 - v81);
          const float v83 = (v73 - v82);
          const float v84 = (v83 + 0.00000999999975f);
          float fold86 = 0.00000000f;
          if ((hi47 >= lo46)) {
            if (((uint32_t)(((uint32_t)(hi47)) - ((uint32_t)(lo46))) < 1048576u)) {
              for (uint32_t n108 = 0u; (n108 <= (uint32_t)(((uint32_t)(hi47)) - ((uint32_t)(lo46)))); n108 = (uint32_t)(n108 + 1u)) {
                const int32_t k85 = ((int32_t)((uint32_t)(((uint32_t)(lo46)) + n108)));
                const float v87 = ((float)(k85));
                const float v88 = (v87 + 1.00000000f);
                const float v89 = adv_lgamma(v88);
                const float v90 = (v54 - v89);
                const float v91 = (v42 - v87);
                const float v92 = (v91 + 1.00000000f);
                const float v93 = adv_lgamma(v92);
                const float v94 = (v90 - v93);
                const float v95 = (v32 - v87);
                const float v96 = (v95 + 1.00000000f);
                const float v97 = adv_lgamma(v96);
                const float v98 = (v65 - v97);
                const float v99 = (v62 - v95);
                const float v100 = (v99 + 1.00000000f);
                const float v101 = adv_lgamma(v100);
                const float v102 = (v98 - v101);
                const float v103 = (v94 + v102);
                const float v104 = (v103 - v82);
                const float v105 = expf(v104);
                const bool v106 = (v104 <= v84);
                const float v107 = (v106 ? v105 : 0.00000000f);
                fold86 = (fold86 + v107);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v109 = fold86;
          const float v110 = ((-2.00000000f) * v109);
          const float v111 = expf(v110);
          v45 = v111;
        }
        const float v112 = v45;
        const float v113 = (u_p_alpha * v112);
        v31 = v113;
      } else {
        v31 = 0.00000000f;
      }
      const float v114 = v31;
      const float v115 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v116 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v115);
      const float v117 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v118 = (v117 + v115);
      const float v119 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v120 = (v118 + v119);
      const float v121 = (v116 / v120);
      const float v122 = (-v121);
      const float v123 = log2f(v121);
      const float v124 = (v122 * v123);
      const bool v125 = (v121 > 0.00000000f);
      const float v126 = (v125 ? v124 : 0.00000000f);
      const float v127 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v119);
      const float v128 = (v127 / v120);
      const float v129 = (-v128);
      const float v130 = log2f(v128);
      const float v131 = (v129 * v130);
      const bool v132 = (v128 > 0.00000000f);
      const float v133 = (v132 ? v131 : 0.00000000f);
      const float v134 = (v126 + v133);
      const float v135 = (v117 / v120);
      const float v136 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v117);
      const float v137 = (-v136);
      const float v138 = log2f(v136);
      const float v139 = (v137 * v138);
      const bool v140 = (v136 > 0.00000000f);
      const float v141 = (v140 ? v139 : 0.00000000f);
      const float v142 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v117);
      const float v143 = (-v142);
      const float v144 = log2f(v142);
      const float v145 = (v143 * v144);
      const bool v146 = (v142 > 0.00000000f);
      const float v147 = (v146 ? v145 : 0.00000000f);
      const float v148 = (v141 + v147);
      const bool v149 = (v117 > 0.00000000f);
      const float v150 = (v149 ? v148 : 0.00000000f);
      const float v151 = (v135 * v150);
      const float v152 = (v115 + v119);
      const float v153 = (v152 / v120);
      const float v154 = (v115 / v152);
      const float v155 = (-v154);
      const float v156 = log2f(v154);
      const float v157 = (v155 * v156);
      const bool v158 = (v154 > 0.00000000f);
      const float v159 = (v158 ? v157 : 0.00000000f);
      const float v160 = (v119 / v152);
      const float v161 = (-v160);
      const float v162 = log2f(v160);
      const float v163 = (v161 * v162);
      const bool v164 = (v160 > 0.00000000f);
      const float v165 = (v164 ? v163 : 0.00000000f);
      const float v166 = (v159 + v165);
      const bool v167 = (v152 > 0.00000000f);
      const float v168 = (v167 ? v166 : 0.00000000f);
      const float v169 = (v153 * v168);
      const float v170 = (v151 + v169);
      const float v171 = (v134 - v170);
      const bool v172 = (v120 > 0.00000000f);
      const float v173 = (v172 ? v171 : 0.00000000f);
      const float v174 = (u_p_beta * v173);
      const float v176 = (v175 ? v174 : 0.00000000f);
      const float v177 = (v114 + v176);
      F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v177;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v178 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v179 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v178);
      const float v180 = (v179 + 1.00000001e-10f);
      const float v181 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v180);
      const float v182 = adv_fmin(adv_fmax(v181, 0.00000000f), 1.00000000f);
      const float v183 = sqrtf(v182);
      const float v184 = adv_asin(v183);
      const float v185 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v186 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v185);
      const float v187 = (v186 + 1.00000001e-10f);
      const float v188 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v187);
      const float v189 = adv_fmin(adv_fmax(v188, 0.00000000f), 1.00000000f);
      const float v190 = sqrtf(v189);
      const float v191 = adv_asin(v190);
      const float v192 = (v184 - v191);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v192;
    }
  }
  const bool v193 = (acc15 > 0.00000000f);
  const bool v194 = (v37 > 0.00000000f);
  const bool v195 = (v193 && v194);
  const float v366 = (u_p_bm25_k1 + 1.00000000f);
  const float v368 = (1.00000000f - u_p_bm25_b);
  const float v369 = (u_p_bm25_b * acc21);
  const float v370 = (acc21 + acc23);
  const float v371 = (v370 / 2.00000000f);
  const float v372 = (v369 / v371);
  const float v373 = (v368 + v372);
  const float v374 = (u_p_bm25_k1 * v373);
  const bool v377 = (acc21 > 0.00000000f);
  const float v382 = (u_p_bm25_b * acc23);
  const float v383 = (acc23 + acc21);
  const float v384 = (v383 / 2.00000000f);
  const float v385 = (v382 / v384);
  const float v386 = (v368 + v385);
  const float v387 = (u_p_bm25_k1 * v386);
  const bool v390 = (acc23 > 0.00000000f);
  const bool v397 = (u_p_gamma != 0.00000000f);
  const float v401 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v196 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v197 = (v196 != u_p_zero_token_id);
    const bool v198 = (v195 && v197);
    float v199 = 0.00000000f;
    if (v198) {
      const float v200 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
      const float v201 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
      float v202 = 0.00000000f;
      if (tabled200) {
        v202 = F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v200) * (uint32_t)(n + 1u)) + adv_u32f(v201)))];
      } else {
        float v203 = 0.00000000f;
        if (v30) {
          const float v204 = (v200 + v201);
          const float v205 = (v204 + v200);
          const float v206 = (acc15 - v200);
          const float v207 = (v205 + v206);
          const float v208 = (v204 + v206);
          const float v209 = (v37 - v201);
          const float v210 = (v208 + v209);
          const float v211 = (v207 - v210);
          const float v212 = adv_fmax(0.00000000f, v211);
          const float v213 = (v200 + v206);
          const float v214 = adv_fmin(v204, v213);
          const bool v215 = (v212 == v214);
          float v216 = 0.00000000f;
          if (v215) {
            v216 = 0.00000000f;
          } else {
            const float v219 = (v204 + v213);
            const float v220 = (v219 - v210);
            const float v221 = adv_fmax(0.00000000f, v220);
            const int32_t v222 = adv_i32f(v221);
            const int32_t v223 = adv_i32f(v214);
            const int32_t lo217 = v222;
            const int32_t hi218 = v223;
            const float v224 = (v213 + 1.00000000f);
            const float v225 = adv_lgamma(v224);
            const float v226 = (v200 + 1.00000000f);
            const float v227 = adv_lgamma(v226);
            const float v228 = (v225 - v227);
            const float v229 = (v213 - v200);
            const float v230 = (v229 + 1.00000000f);
            const float v231 = adv_lgamma(v230);
            const float v232 = (v228 - v231);
            const float v233 = (v210 - v213);
            const float v234 = (v204 - v200);
            const float v235 = (v233 + 1.00000000f);
            const float v236 = adv_lgamma(v235);
            const float v237 = (v234 + 1.00000000f);
            const float v238 = adv_lgamma(v237);
            const float v239 = (v236 - v238);
            const float v240 = (v233 - v234);
            const float v241 = (v240 + 1.00000000f);
            const float v242 = adv_lgamma(v241);
            const float v243 = (v239 - v242);
            const float v244 = (v232 + v243);
            const float v245 = (v210 + 1.00000000f);
            const float v246 = adv_lgamma(v245);
            const float v247 = (v204 + 1.00000000f);
            const float v248 = adv_lgamma(v247);
            const float v249 = (v246 - v248);
            const float v250 = (v210 - v204);
            const float v251 = (v250 + 1.00000000f);
            const float v252 = adv_lgamma(v251);
            const float v253 = (v249 - v252);
            const float v254 = (v244 - v253);
            const float v255 = (v254 + 0.00000999999975f);
            float fold257 = 0.00000000f;
            if ((hi218 >= lo217)) {
              if (((uint32_t)(((uint32_t)(hi218)) - ((uint32_t)(lo217))) < 1048576u)) {
                for (uint32_t n279 = 0u; (n279 <= (uint32_t)(((uint32_t)(hi218)) - ((uint32_t)(lo217)))); n279 = (uint32_t)(n279 + 1u)) {
                  const int32_t k256 = ((int32_t)((uint32_t)(((uint32_t)(lo217)) + n279)));
                  const float v258 = ((float)(k256));
                  const float v259 = (v258 + 1.00000000f);
                  const float v260 = adv_lgamma(v259);
                  const float v261 = (v225 - v260);
                  const float v262 = (v213 - v258);
                  const float v263 = (v262 + 1.00000000f);
                  const float v264 = adv_lgamma(v263);
                  const float v265 = (v261 - v264);
                  const float v266 = (v204 - v258);
                  const float v267 = (v266 + 1.00000000f);
                  const float v268 = adv_lgamma(v267);
                  const float v269 = (v236 - v268);
                  const float v270 = (v233 - v266);
                  const float v271 = (v270 + 1.00000000f);
                  const float v272 = adv_lgamma(v271);
                  const float v273 = (v269 - v272);
                  const float v274 = (v265 + v273);
                  const float v275 = (v274 - v253);
                  const float v276 = expf(v275);
                  const bool v277 = (v275 <= v255);
                  const float v278 = (v277 ? v276 : 0.00000000f);
                  fold257 = (fold257 + v278);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v280 = fold257;
            const float v281 = ((-2.00000000f) * v280);
            const float v282 = expf(v281);
            v216 = v282;
          }
          const float v283 = v216;
          const float v284 = (u_p_alpha * v283);
          v203 = v284;
        } else {
          v203 = 0.00000000f;
        }
        const float v285 = v203;
        const float v286 = (acc15 - v200);
        const float v287 = (v200 + v286);
        const float v288 = (v200 + v201);
        const float v289 = (v288 + v286);
        const float v290 = (v37 - v201);
        const float v291 = (v289 + v290);
        const float v292 = (v287 / v291);
        const float v293 = (-v292);
        const float v294 = log2f(v292);
        const float v295 = (v293 * v294);
        const bool v296 = (v292 > 0.00000000f);
        const float v297 = (v296 ? v295 : 0.00000000f);
        const float v298 = (v201 + v290);
        const float v299 = (v298 / v291);
        const float v300 = (-v299);
        const float v301 = log2f(v299);
        const float v302 = (v300 * v301);
        const bool v303 = (v299 > 0.00000000f);
        const float v304 = (v303 ? v302 : 0.00000000f);
        const float v305 = (v297 + v304);
        const float v306 = (v288 / v291);
        const float v307 = (v200 / v288);
        const float v308 = (-v307);
        const float v309 = log2f(v307);
        const float v310 = (v308 * v309);
        const bool v311 = (v307 > 0.00000000f);
        const float v312 = (v311 ? v310 : 0.00000000f);
        const float v313 = (v201 / v288);
        const float v314 = (-v313);
        const float v315 = log2f(v313);
        const float v316 = (v314 * v315);
        const bool v317 = (v313 > 0.00000000f);
        const float v318 = (v317 ? v316 : 0.00000000f);
        const float v319 = (v312 + v318);
        const bool v320 = (v288 > 0.00000000f);
        const float v321 = (v320 ? v319 : 0.00000000f);
        const float v322 = (v306 * v321);
        const float v323 = (v286 + v290);
        const float v324 = (v323 / v291);
        const float v325 = (v286 / v323);
        const float v326 = (-v325);
        const float v327 = log2f(v325);
        const float v328 = (v326 * v327);
        const bool v329 = (v325 > 0.00000000f);
        const float v330 = (v329 ? v328 : 0.00000000f);
        const float v331 = (v290 / v323);
        const float v332 = (-v331);
        const float v333 = log2f(v331);
        const float v334 = (v332 * v333);
        const bool v335 = (v331 > 0.00000000f);
        const float v336 = (v335 ? v334 : 0.00000000f);
        const float v337 = (v330 + v336);
        const bool v338 = (v323 > 0.00000000f);
        const float v339 = (v338 ? v337 : 0.00000000f);
        const float v340 = (v324 * v339);
        const float v341 = (v322 + v340);
        const float v342 = (v305 - v341);
        const bool v343 = (v291 > 0.00000000f);
        const float v344 = (v343 ? v342 : 0.00000000f);
        const float v345 = (u_p_beta * v344);
        const float v346 = (v175 ? v345 : 0.00000000f);
        v202 = (v285 + v346);
      }
      const float v347 = v202;
      float v348 = 0.00000000f;
      if (tabled212) {
        v348 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v200) * (uint32_t)(n + 1u)) + adv_u32f(v201)))];
      } else {
        const float v349 = (acc15 - v200);
        const float v350 = (v200 + v349);
        const float v351 = (v350 + 1.00000001e-10f);
        const float v352 = (v200 / v351);
        const float v353 = adv_fmin(adv_fmax(v352, 0.00000000f), 1.00000000f);
        const float v354 = sqrtf(v353);
        const float v355 = adv_asin(v354);
        const float v356 = (v37 - v201);
        const float v357 = (v201 + v356);
        const float v358 = (v357 + 1.00000001e-10f);
        const float v359 = (v201 / v358);
        const float v360 = adv_fmin(adv_fmax(v359, 0.00000000f), 1.00000000f);
        const float v361 = sqrtf(v360);
        const float v362 = adv_asin(v361);
        v348 = (v355 - v362);
      }
      const float v363 = v348;
      const float v364 = ((float)(H[(uint32_t)(u_oh_acc33 + slot)]));
      const float v365 = (v364 / acc21);
      const float v367 = (v365 * v366);
      const float v375 = (v365 + v374);
      const float v376 = (v367 / v375);
      const float v378 = (v377 ? v376 : 0.00000000f);
      const float v379 = ((float)(H[(uint32_t)(u_oh_acc51 + slot)]));
      const float v380 = (v379 / acc23);
      const float v381 = (v380 * v366);
      const float v388 = (v380 + v387);
      const float v389 = (v381 / v388);
      const float v391 = (v390 ? v389 : 0.00000000f);
      const float v392 = (v391 + 0.00000999999975f);
      const float v393 = (v378 / v392);
      const float v394 = (v378 + 0.00000999999975f);
      const float v395 = (v391 / v394);
      const float v396 = (v393 - v395);
      const float v398 = (v397 ? v396 : 0.00000000f);
      const float v399 = (v363 + v398);
      const float v400 = (v347 * v399);
      const float v402 = (v400 / v401);
      const float v403 = (1.00000000f / (1.00000000f + expf((-v402))));
      const float v404 = (v403 - 0.500000000f);
      const float v405 = (v404 * 2.00000000f);
      const float v406 = (v405 * u_p_top);
      v199 = v406;
    } else {
      v199 = 0.00000000f;
    }
    F_v234[slot] = v199;
  }
  // reduce to group %251
  const float v408 = (acc239 / acc16);
  const float v409 = (acc237 + v408);
  const float v411 = (acc244 - acc237);
  const bool v412 = (v411 > 0.00000000f);
  const float v413 = (v412 ? v411 : 1.00000000f);
  float acc251 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v407 = F_v9[row];
    const float v410 = (v407 - v409);
    const float v414 = (v410 / v413);
    const float v415 = (v414 * v414);
    acc251 = (acc251 + v415);
  }
  if ((lid == 0u)) {
    F_v251[g] = acc251;
  }
  const bool v417 = (acc16 > 1.00000000f);
  const float v418 = (v417 ? v409 : 0.00000000f);
  const float v420 = (acc16 - 1.00000000f);
  const float v421 = (acc251 / v420);
  const float v422 = sqrtf(v421);
  const float v423 = (v422 * v413);
  const float v424 = (v417 ? v423 : 1.00000000f);
  const float v425 = (v424 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v416 = F_v9[row];
    const float v419 = (v416 - v418);
    const float v426 = (v419 / v425);
    const bool v427 = (v419 == 0.00000000f);
    const float v428 = (v427 ? 0.00000000f : v426);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw429 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v430 = F_v234[((sw429 != 4294967295u) ? (uint32_t)(sw429 & 2147483647u) : 0u)];
      const float v431 = ((sw429 != 4294967295u) ? v430 : 0.00000000f);
      const float v432 = (v428 + v431);
      const int32_t v433 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v434 = ((float)(v433));
      const float v435 = (v432 * v434);
      const float v436 = v431;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v435;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v436;
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
  run.F_v15 = adv_element(env, argv[1], 2, &n);
  run.F_v16 = adv_element(env, argv[1], 3, &n);
  run.F_v237 = adv_element(env, argv[1], 4, &n);
  run.F_v244 = adv_element(env, argv[1], 5, &n);
  run.F_v19 = adv_element(env, argv[1], 6, &n);
  run.F_v21 = adv_element(env, argv[1], 7, &n);
  run.F_v23 = adv_element(env, argv[1], 8, &n);
  run.F_v239 = adv_element(env, argv[1], 9, &n);
  run.F_out_0folds = adv_element(env, argv[1], 10, &n);
  run.F_table200 = adv_element(env, argv[1], 11, &n);
  run.F_table212 = adv_element(env, argv[1], 12, &n);
  run.F_v234 = adv_element(env, argv[1], 13, &n);
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
