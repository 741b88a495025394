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
      const float v16 = F_v9[row];
      const bool v17 = (v16 > 0.00000000f);
      const bool v18 = (!v17);
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
            const bool v15 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a19 = (v15 ? (v17 ? 1u : 0u) : 0u);
              const uint32_t a20 = (v15 ? (v18 ? 1u : 0u) : 0u);
              const uint32_t add = (uint32_t)(a19 + a20);
              if ((add != 0u)) {
                H[(uint32_t)(((a19 != 0u) ? u_oh_acc27 : u_oh_acc31) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a19 != 0u) ? u_oh_acc27 : u_oh_acc31) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a21 = (v17 ? 1u : 0u);
              const uint32_t a22 = (v17 ? 0u : 1u);
              const uint32_t add = (uint32_t)(a21 + a22);
              if ((add != 0u)) {
                H[(uint32_t)(((a21 != 0u) ? u_oh_acc33 : u_oh_acc51) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a21 != 0u) ? u_oh_acc33 : u_oh_acc51) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_tok + g)] = nk;
  }
  const bool v23 = (u_p_alpha != 0.00000000f);
  const float v30 = (acc16 - acc15);
  const bool v168 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v24 = 0.00000000f;
      if (v23) {
        const float v25 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v26 = (v25 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v27 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v28 = (v26 + v27);
        const float v29 = (v25 + v27);
        const float v31 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v32 = (v29 + v31);
        const float v33 = (v28 - v32);
        const float v34 = adv_fmax(0.00000000f, v33);
        const float v35 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v27);
        const float v36 = adv_fmin(v25, v35);
        const bool v37 = (v34 == v36);
        float v38 = 0.00000000f;
        if (v37) {
          v38 = 0.00000000f;
        } else {
          const float v41 = (v25 + v35);
          const float v42 = (v41 - v32);
          const float v43 = adv_fmax(0.00000000f, v42);
          const int32_t v44 = adv_i32f(v43);
          const int32_t v45 = adv_i32f(v36);
          const int32_t lo39 = v44;
          const int32_t hi40 = v45;
          const float v46 = (v35 + 1.00000000f);
          const float v47 = adv_lgamma(v46);
          const float v48 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v49 = adv_lgamma(v48);
          const float v50 = (v47 - v49);
          const float v51 = (v35 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v52 = (v51 + 1.00000000f);
          const float v53 = adv_lgamma(v52);
          const float v54 = (v50 - v53);
          const float v55 = (v32 - v35);
          const float v56 = (v25 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v57 = (v55 + 1.00000000f);
          const float v58 = adv_lgamma(v57);
          const float v59 = (v56 + 1.00000000f);
          const float v60 = adv_lgamma(v59);
          const float v61 = (v58 - v60);
          const float v62 = (v55 - v56);
          const float v63 = (v62 + 1.00000000f);
          const float v64 = adv_lgamma(v63);
          const float v65 = (v61 - v64);
          const float v66 = (v54 + v65);
          const float v67 = (v32 + 1.00000000f);
          const float v68 = adv_lgamma(v67);
          const float v69 = (v25 + 1.00000000f);
          const float v70 = adv_lgamma(v69);
          const float v71 = (v68 - v70);
          const float v72 = (v32 - v25);
          const float v73 = (v72 + 1.00000000f);
          const float v74 = adv_lgamma(v73);
          const float v75 = (v71 - v74);
          const float v76 = (v66 - v75);
          const float v77 = (v76 + 0.00000999999975f);
          float fold79 = 0.00000000f;
          if ((hi40 >= lo39)) {
            if (((uint32_t)(((uint32_t)(hi40)) - ((uint32_t)(lo39))) < 1048576u)) {
              for (uint32_t n101 = 0u; (n101 <= (uint32_t)(((uint32_t)(hi40)) - ((uint32_t)(lo39)))); n101 = (uint32_t)(n101 + 1u)) {
                const int32_t k78 = ((int32_t)((uint32_t)(((uint32_t)(lo39)) + n101)));
                const float v80 = ((float)(k78));
                const float v81 = (v80 + 1.00000000f);
                const float v82 = adv_lgamma(v81);
                const float v83 = (v47 - v82);
                const float v84 = (v35 - v80);
                const float v85 = (v84 + 1.00000000f);
                const float v86 = adv_lgamma(v85);
                const float v87 = (v83 - v86);
                const float v88 = (v25 - v80);
                const float v89 = (v88 + 1.00000000f);
                const float v90 = adv_lgamma(v89);
                const float v91 = (v58 - v90);
                const float v92 = (v55 - v88);
                const float v93 = (v92 + 1.00000000f);
                const float v94 = adv_lgamma(v93);
                const float v95 = (v91 - v94);
                const float v96 = (v87 + v95);
                const float v97 = (v96 - v75);
                const float v98 = expf(v97);
                const bool v99 = (v97 <= v77);
                const float v100 = (v99 ? v98 : 0.00000000f);
                fold79 = (fold79 + v100);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v102 = fold79;
          const float v103 = ((-2.00000000f) * v102);
          const float v104 = expf(v103);
          v38 = v104;
        }
        const float v105 = v38;
        const float v106 = (u_p_alpha * v105);
        v24 = v106;
      } else {
        v24 = 0.00000000f;
      }
      const float v107 = v24;
      const float v108 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v109 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v108);
      const float v110 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v111 = (v110 + v108);
      const float v112 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v113 = (v111 + v112);
      const float v114 = (v109 / v113);
      const float v115 = (-v114);
      const float v116 = log2f(v114);
      const float v117 = (v115 * v116);
      const bool v118 = (v114 > 0.00000000f);
      const float v119 = (v118 ? v117 : 0.00000000f);
      const float v120 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v112);
      const float v121 = (v120 / v113);
      const float v122 = (-v121);
      const float v123 = log2f(v121);
      const float v124 = (v122 * v123);
      const bool v125 = (v121 > 0.00000000f);
      const float v126 = (v125 ? v124 : 0.00000000f);
      const float v127 = (v119 + v126);
      const float v128 = (v110 / v113);
      const float v129 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v110);
      const float v130 = (-v129);
      const float v131 = log2f(v129);
      const float v132 = (v130 * v131);
      const bool v133 = (v129 > 0.00000000f);
      const float v134 = (v133 ? v132 : 0.00000000f);
      const float v135 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v110);
      const float v136 = (-v135);
      const float v137 = log2f(v135);
      const float v138 = (v136 * v137);
      const bool v139 = (v135 > 0.00000000f);
      const float v140 = (v139 ? v138 : 0.00000000f);
      const float v141 = (v134 + v140);
      const bool v142 = (v110 > 0.00000000f);
      const float v143 = (v142 ? v141 : 0.00000000f);
      const float v144 = (v128 * v143);
      const float v145 = (v108 + v112);
      const float v146 = (v145 / v113);
      const float v147 = (v108 / v145);
      const float v148 = (-v147);
      const float v149 = log2f(v147);
      const float v150 = (v148 * v149);
      const bool v151 = (v147 > 0.00000000f);
      const float v152 = (v151 ? v150 : 0.00000000f);
      const float v153 = (v112 / v145);
      const float v154 = (-v153);
      const float v155 = log2f(v153);
      const float v156 = (v154 * v155);
      const bool v157 = (v153 > 0.00000000f);
      const float v158 = (v157 ? v156 : 0.00000000f);
      const float v159 = (v152 + v158);
      const bool v160 = (v145 > 0.00000000f);
      const float v161 = (v160 ? v159 : 0.00000000f);
      const float v162 = (v146 * v161);
      const float v163 = (v144 + v162);
      const float v164 = (v127 - v163);
      const bool v165 = (v113 > 0.00000000f);
      const float v166 = (v165 ? v164 : 0.00000000f);
      const float v167 = (u_p_beta * v166);
      const float v169 = (v168 ? v167 : 0.00000000f);
      const float v170 = (v107 + v169);
      F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v170;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v171 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v172 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v171);
      const float v173 = (v172 + 1.00000001e-10f);
      const float v174 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v173);
      const float v175 = adv_fmin(adv_fmax(v174, 0.00000000f), 1.00000000f);
      const float v176 = sqrtf(v175);
      const float v177 = adv_asin(v176);
      const float v178 = (v30 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v179 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v178);
      const float v180 = (v179 + 1.00000001e-10f);
      const float v181 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v180);
      const float v182 = adv_fmin(adv_fmax(v181, 0.00000000f), 1.00000000f);
      const float v183 = sqrtf(v182);
      const float v184 = adv_asin(v183);
      const float v185 = (v177 - v184);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v185;
    }
  }
  const bool v186 = (acc15 > 0.00000000f);
  const bool v187 = (v30 > 0.00000000f);
  const bool v188 = (v186 && v187);
  const float v359 = (u_p_bm25_k1 + 1.00000000f);
  const float v361 = (1.00000000f - u_p_bm25_b);
  const float v362 = (u_p_bm25_b * acc21);
  const float v363 = (acc21 + acc23);
  const float v364 = (v363 / 2.00000000f);
  const float v365 = (v362 / v364);
  const float v366 = (v361 + v365);
  const float v367 = (u_p_bm25_k1 * v366);
  const bool v370 = (acc21 > 0.00000000f);
  const float v375 = (u_p_bm25_b * acc23);
  const float v376 = (acc23 + acc21);
  const float v377 = (v376 / 2.00000000f);
  const float v378 = (v375 / v377);
  const float v379 = (v361 + v378);
  const float v380 = (u_p_bm25_k1 * v379);
  const bool v383 = (acc23 > 0.00000000f);
  const bool v390 = (u_p_gamma != 0.00000000f);
  const float v394 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v189 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v190 = (v189 != u_p_zero_token_id);
    const bool v191 = (v188 && v190);
    float v192 = 0.00000000f;
    if (v191) {
      const float v193 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
      const float v194 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
      float v195 = 0.00000000f;
      if (tabled200) {
        v195 = F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v193) * (uint32_t)(n + 1u)) + adv_u32f(v194)))];
      } else {
        float v196 = 0.00000000f;
        if (v23) {
          const float v197 = (v193 + v194);
          const float v198 = (v197 + v193);
          const float v199 = (acc15 - v193);
          const float v200 = (v198 + v199);
          const float v201 = (v197 + v199);
          const float v202 = (v30 - v194);
          const float v203 = (v201 + v202);
          const float v204 = (v200 - v203);
          const float v205 = adv_fmax(0.00000000f, v204);
          const float v206 = (v193 + v199);
          const float v207 = adv_fmin(v197, v206);
          const bool v208 = (v205 == v207);
          float v209 = 0.00000000f;
          if (v208) {
            v209 = 0.00000000f;
          } else {
            const float v212 = (v197 + v206);
            const float v213 = (v212 - v203);
            const float v214 = adv_fmax(0.00000000f, v213);
            const int32_t v215 = adv_i32f(v214);
            const int32_t v216 = adv_i32f(v207);
            const int32_t lo210 = v215;
            const int32_t hi211 = v216;
            const float v217 = (v206 + 1.00000000f);
            const float v218 = adv_lgamma(v217);
            const float v219 = (v193 + 1.00000000f);
            const float v220 = adv_lgamma(v219);
            const float v221 = (v218 - v220);
            const float v222 = (v206 - v193);
            const float v223 = (v222 + 1.00000000f);
            const float v224 = adv_lgamma(v223);
            const float v225 = (v221 - v224);
            const float v226 = (v203 - v206);
            const float v227 = (v197 - v193);
            const float v228 = (v226 + 1.00000000f);
            const float v229 = adv_lgamma(v228);
            const float v230 = (v227 + 1.00000000f);
            const float v231 = adv_lgamma(v230);
            const float v232 = (v229 - v231);
            const float v233 = (v226 - v227);
            const float v234 = (v233 + 1.00000000f);
            const float v235 = adv_lgamma(v234);
            const float v236 = (v232 - v235);
            const float v237 = (v225 + v236);
            const float v238 = (v203 + 1.00000000f);
            const float v239 = adv_lgamma(v238);
            const float v240 = (v197 + 1.00000000f);
            const float v241 = adv_lgamma(v240);
            const float v242 = (v239 - v241);
            const float v243 = (v203 - v197);
            const float v244 = (v243 + 1.00000000f);
            const float v245 = adv_lgamma(v244);
            const float v246 = (v242 - v245);
            const float v247 = (v237 - v246);
            const float v248 = (v247 + 0.00000999999975f);
            float fold250 = 0.00000000f;
            if ((hi211 >= lo210)) {
              if (((uint32_t)(((uint32_t)(hi211)) - ((uint32_t)(lo210))) < 1048576u)) {
                for (uint32_t n272 = 0u; (n272 <= (uint32_t)(((uint32_t)(hi211)) - ((uint32_t)(lo210)))); n272 = (uint32_t)(n272 + 1u)) {
                  const int32_t k249 = ((int32_t)((uint32_t)(((uint32_t)(lo210)) + n272)));
                  const float v251 = ((float)(k249));
                  const float v252 = (v251 + 1.00000000f);
                  const float v253 = adv_lgamma(v252);
                  const float v254 = (v218 - v253);
                  const float v255 = (v206 - v251);
                  const float v256 = (v255 + 1.00000000f);
                  const float v257 = adv_lgamma(v256);
                  const float v258 = (v254 - v257);
                  const float v259 = (v197 - v251);
                  const float v260 = (v259 + 1.00000000f);
                  const float v261 = adv_lgamma(v260);
                  const float v262 = (v229 - v261);
                  const float v263 = (v226 - v259);
                  const float v264 = (v263 + 1.00000000f);
                  const float v265 = adv_lgamma(v264);
                  const float v266 = (v262 - v265);
                  const float v267 = (v258 + v266);
                  const float v268 = (v267 - v246);
                  const float v269 = expf(v268);
                  const bool v270 = (v268 <= v248);
                  const float v271 = (v270 ? v269 : 0.00000000f);
                  fold250 = (fold250 + v271);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v273 = fold250;
            const float v274 = ((-2.00000000f) * v273);
            const float v275 = expf(v274);
            v209 = v275;
          }
          const float v276 = v209;
          const float v277 = (u_p_alpha * v276);
          v196 = v277;
        } else {
          v196 = 0.00000000f;
        }
        const float v278 = v196;
        const float v279 = (acc15 - v193);
        const float v280 = (v193 + v279);
        const float v281 = (v193 + v194);
        const float v282 = (v281 + v279);
        const float v283 = (v30 - v194);
        const float v284 = (v282 + v283);
        const float v285 = (v280 / v284);
        const float v286 = (-v285);
        const float v287 = log2f(v285);
        const float v288 = (v286 * v287);
        const bool v289 = (v285 > 0.00000000f);
        const float v290 = (v289 ? v288 : 0.00000000f);
        const float v291 = (v194 + v283);
        const float v292 = (v291 / v284);
        const float v293 = (-v292);
        const float v294 = log2f(v292);
        const float v295 = (v293 * v294);
        const bool v296 = (v292 > 0.00000000f);
        const float v297 = (v296 ? v295 : 0.00000000f);
        const float v298 = (v290 + v297);
        const float v299 = (v281 / v284);
        const float v300 = (v193 / v281);
        const float v301 = (-v300);
        const float v302 = log2f(v300);
        const float v303 = (v301 * v302);
        const bool v304 = (v300 > 0.00000000f);
        const float v305 = (v304 ? v303 : 0.00000000f);
        const float v306 = (v194 / v281);
        const float v307 = (-v306);
        const float v308 = log2f(v306);
        const float v309 = (v307 * v308);
        const bool v310 = (v306 > 0.00000000f);
        const float v311 = (v310 ? v309 : 0.00000000f);
        const float v312 = (v305 + v311);
        const bool v313 = (v281 > 0.00000000f);
        const float v314 = (v313 ? v312 : 0.00000000f);
        const float v315 = (v299 * v314);
        const float v316 = (v279 + v283);
        const float v317 = (v316 / v284);
        const float v318 = (v279 / v316);
        const float v319 = (-v318);
        const float v320 = log2f(v318);
        const float v321 = (v319 * v320);
        const bool v322 = (v318 > 0.00000000f);
        const float v323 = (v322 ? v321 : 0.00000000f);
        const float v324 = (v283 / v316);
        const float v325 = (-v324);
        const float v326 = log2f(v324);
        const float v327 = (v325 * v326);
        const bool v328 = (v324 > 0.00000000f);
        const float v329 = (v328 ? v327 : 0.00000000f);
        const float v330 = (v323 + v329);
        const bool v331 = (v316 > 0.00000000f);
        const float v332 = (v331 ? v330 : 0.00000000f);
        const float v333 = (v317 * v332);
        const float v334 = (v315 + v333);
        const float v335 = (v298 - v334);
        const bool v336 = (v284 > 0.00000000f);
        const float v337 = (v336 ? v335 : 0.00000000f);
        const float v338 = (u_p_beta * v337);
        const float v339 = (v168 ? v338 : 0.00000000f);
        v195 = (v278 + v339);
      }
      const float v340 = v195;
      float v341 = 0.00000000f;
      if (tabled212) {
        v341 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v193) * (uint32_t)(n + 1u)) + adv_u32f(v194)))];
      } else {
        const float v342 = (acc15 - v193);
        const float v343 = (v193 + v342);
        const float v344 = (v343 + 1.00000001e-10f);
        const float v345 = (v193 / v344);
        const float v346 = adv_fmin(adv_fmax(v345, 0.00000000f), 1.00000000f);
        const float v347 = sqrtf(v346);
        const float v348 = adv_asin(v347);
        const float v349 = (v30 - v194);
        const float v350 = (v194 + v349);
        const float v351 = (v350 + 1.00000001e-10f);
        const float v352 = (v194 / v351);
        const float v353 = adv_fmin(adv_fmax(v352, 0.00000000f), 1.00000000f);
        const float v354 = sqrtf(v353);
        const float v355 = adv_asin(v354);
        v341 = (v348 - v355);
      }
      const float v356 = v341;
      const float v357 = ((float)(H[(uint32_t)(u_oh_acc33 + slot)]));
      const float v358 = (v357 / acc21);
      const float v360 = (v358 * v359);
      const float v368 = (v358 + v367);
      const float v369 = (v360 / v368);
      const float v371 = (v370 ? v369 : 0.00000000f);
      const float v372 = ((float)(H[(uint32_t)(u_oh_acc51 + slot)]));
      const float v373 = (v372 / acc23);
      const float v374 = (v373 * v359);
      const float v381 = (v373 + v380);
      const float v382 = (v374 / v381);
      const float v384 = (v383 ? v382 : 0.00000000f);
      const float v385 = (v384 + 0.00000999999975f);
      const float v386 = (v371 / v385);
      const float v387 = (v371 + 0.00000999999975f);
      const float v388 = (v384 / v387);
      const float v389 = (v386 - v388);
      const float v391 = (v390 ? v389 : 0.00000000f);
      const float v392 = (v356 + v391);
      const float v393 = (v340 * v392);
      const float v395 = (v393 / v394);
      const float v396 = (1.00000000f / (1.00000000f + expf((-v395))));
      const float v397 = (v396 - 0.500000000f);
      const float v398 = (v397 * 2.00000000f);
      const float v399 = (v398 * u_p_top);
      v192 = v399;
    } else {
      v192 = 0.00000000f;
    }
    F_v234[slot] = v192;
  }
  // reduce to group %251
  const float v401 = (acc239 / acc16);
  const float v402 = (acc237 + v401);
  const float v404 = (acc244 - acc237);
  const bool v405 = (v404 > 0.00000000f);
  const float v406 = (v405 ? v404 : 1.00000000f);
  float acc251 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v400 = F_v9[row];
    const float v403 = (v400 - v402);
    const float v407 = (v403 / v406);
    const float v408 = (v407 * v407);
    acc251 = (acc251 + v408);
  }
  if ((lid == 0u)) {
    F_v251[g] = acc251;
  }
  const bool v410 = (acc16 > 1.00000000f);
  const float v411 = (v410 ? v402 : 0.00000000f);
  const float v413 = (acc16 - 1.00000000f);
  const float v414 = (acc251 / v413);
  const float v415 = sqrtf(v414);
  const float v416 = (v415 * v406);
  const float v417 = (v410 ? v416 : 1.00000000f);
  const float v418 = (v417 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v409 = F_v9[row];
    const float v412 = (v409 - v411);
    const float v419 = (v412 / v418);
    const bool v420 = (v412 == 0.00000000f);
    const float v421 = (v420 ? 0.00000000f : v419);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw422 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v423 = F_v234[((sw422 != 4294967295u) ? (uint32_t)(sw422 & 2147483647u) : 0u)];
      const float v424 = ((sw422 != 4294967295u) ? v423 : 0.00000000f);
      const float v425 = (v421 + v424);
      const int32_t v426 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v427 = ((float)(v426));
      const float v428 = (v425 * v427);
      const float v429 = v424;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v428;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v429;
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
