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
      const float v13 = F_v9[row];
      const bool v14 = (v13 > 0.00000000f);
      const bool v15 = (!v14);
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
            const bool v12 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            {
              const uint32_t a16 = ((uint32_t)(v14) & (0u - (uint32_t)(v12)));
              const uint32_t a17 = ((uint32_t)(v15) & (0u - (uint32_t)(v12)));
              const uint32_t add = (uint32_t)(a16 + a17);
              H[(size_t)(v14 ? u_oh_acc27 : u_oh_acc31) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v14 ? u_oh_acc27 : u_oh_acc31) + (size_t)(uint32_t)(word & 2147483647u)] + add);
            }
            {
              const uint32_t a18 = (uint32_t)(v14);
              const uint32_t a19 = (uint32_t)(!v14);
              const uint32_t add = (uint32_t)(a18 + a19);
              H[(size_t)(v14 ? u_oh_acc33 : u_oh_acc51) + (size_t)(uint32_t)(word & 2147483647u)] = (uint32_t)(H[(size_t)(v14 ? u_oh_acc33 : u_oh_acc51) + (size_t)(uint32_t)(word & 2147483647u)] + add);
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
    const float v20 = F_v9[row];
    const bool v21 = (v20 > 0.00000000f);
    bound27 = (uint32_t)(bound27 + (uint32_t)(v21));
  }
  uint32_t bound31 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v22 = F_v9[row];
    const bool v23 = (v22 > 0.00000000f);
    const bool v24 = (!v23);
    bound31 = (uint32_t)(bound31 + (uint32_t)(v24));
  }
  const bool v25 = (u_p_alpha != 0.00000000f);
  const float v32 = (((float)(acc16)) - acc15);
  const bool v170 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      float v26 = 0.00000000f;
      if (v25) {
        const float v27 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v28 = (v27 + ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v29 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v30 = (v28 + v29);
        const float v31 = (v27 + v29);
        const float v33 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v34 = (v31 + v33);
        const float v35 = (v30 - v34);
        const float v36 = adv_fmax(0.00000000f, v35);
        const float v37 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v29);
        const float v38 = adv_fmin(v27, v37);
        const bool v39 = (v36 == v38);
        float v40 = 0.00000000f;
        if (v39) {
          v40 = 0.00000000f;
        } else {
          const float v43 = (v27 + v37);
          const float v44 = (v43 - v34);
          const float v45 = adv_fmax(0.00000000f, v44);
          const int32_t v46 = adv_i32f(v45);
          const int32_t v47 = adv_i32f(v38);
          const int32_t lo41 = v46;
          const int32_t hi42 = v47;
          const float v48 = (v37 + 1.00000000f);
          const float v49 = adv_lgamma(v48);
          const float v50 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
          const float v51 = adv_lgamma(v50);
          const float v52 = (v49 - v51);
          const float v53 = (v37 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v54 = (v53 + 1.00000000f);
          const float v55 = adv_lgamma(v54);
          const float v56 = (v52 - v55);
          const float v57 = (v34 - v37);
          const float v58 = (v27 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v59 = (v57 + 1.00000000f);
          const float v60 = adv_lgamma(v59);
          const float v61 = (v58 + 1.00000000f);
          const float v62 = adv_lgamma(v61);
          const float v63 = (v60 - v62);
          const float v64 = (v57 - v58);
          const float v65 = (v64 + 1.00000000f);
          const float v66 = adv_lgamma(v65);
          const float v67 = (v63 - v66);
          const float v68 = (v56 + v67);
          const float v69 = (v34 + 1.00000000f);
          const float v70 = adv_lgamma(v69);
          const float v71 = (v27 + 1.00000000f);
          const float v72 = adv_lgamma(v71);
          const float v73 = (v70 - v72);
          const float v74 = (v34 - v27);
          const float v75 = (v74 + 1.00000000f);
          const float v76 = adv_lgamma(v75);
          const float v77 = (v73 - v76);
          const float v78 = (v68 - v77);
          const float v79 = (v78 + 0.00000999999975f);
          float fold81 = 0.00000000f;
          if ((hi42 >= lo41)) {
            if (((uint32_t)(((uint32_t)(hi42)) - ((uint32_t)(lo41))) < 1048576u)) {
              for (uint32_t n103 = 0u; (n103 <= (uint32_t)(((uint32_t)(hi42)) - ((uint32_t)(lo41)))); n103 = (uint32_t)(n103 + 1u)) {
                const int32_t k80 = ((int32_t)((uint32_t)(((uint32_t)(lo41)) + n103)));
                const float v82 = ((float)(k80));
                const float v83 = (v82 + 1.00000000f);
                const float v84 = adv_lgamma(v83);
                const float v85 = (v49 - v84);
                const float v86 = (v37 - v82);
                const float v87 = (v86 + 1.00000000f);
                const float v88 = adv_lgamma(v87);
                const float v89 = (v85 - v88);
                const float v90 = (v27 - v82);
                const float v91 = (v90 + 1.00000000f);
                const float v92 = adv_lgamma(v91);
                const float v93 = (v60 - v92);
                const float v94 = (v57 - v90);
                const float v95 = (v94 + 1.00000000f);
                const float v96 = adv_lgamma(v95);
                const float v97 = (v93 - v96);
                const float v98 = (v89 + v97);
                const float v99 = (v98 - v77);
                const float v100 = expf(v99);
                const bool v101 = (v99 <= v79);
                const float v102 = (v101 ? v100 : 0.00000000f);
                fold81 = (fold81 + v102);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
            }
          }
          const float v104 = fold81;
          const float v105 = ((-2.00000000f) * v104);
          const float v106 = expf(v105);
          v40 = v106;
        }
        const float v107 = v40;
        const float v108 = (u_p_alpha * v107);
        v26 = v108;
      } else {
        v26 = 0.00000000f;
      }
      const float v109 = v26;
      const float v110 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v111 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v110);
      const float v112 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v113 = (v112 + v110);
      const float v114 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v115 = (v113 + v114);
      const float v116 = (v111 / v115);
      const float v117 = (-v116);
      const float v118 = log2f(v116);
      const float v119 = (v117 * v118);
      const bool v120 = (v116 > 0.00000000f);
      const float v121 = (v120 ? v119 : 0.00000000f);
      const float v122 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v114);
      const float v123 = (v122 / v115);
      const float v124 = (-v123);
      const float v125 = log2f(v123);
      const float v126 = (v124 * v125);
      const bool v127 = (v123 > 0.00000000f);
      const float v128 = (v127 ? v126 : 0.00000000f);
      const float v129 = (v121 + v128);
      const float v130 = (v112 / v115);
      const float v131 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v112);
      const float v132 = (-v131);
      const float v133 = log2f(v131);
      const float v134 = (v132 * v133);
      const bool v135 = (v131 > 0.00000000f);
      const float v136 = (v135 ? v134 : 0.00000000f);
      const float v137 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v112);
      const float v138 = (-v137);
      const float v139 = log2f(v137);
      const float v140 = (v138 * v139);
      const bool v141 = (v137 > 0.00000000f);
      const float v142 = (v141 ? v140 : 0.00000000f);
      const float v143 = (v136 + v142);
      const bool v144 = (v112 > 0.00000000f);
      const float v145 = (v144 ? v143 : 0.00000000f);
      const float v146 = (v130 * v145);
      const float v147 = (v110 + v114);
      const float v148 = (v147 / v115);
      const float v149 = (v110 / v147);
      const float v150 = (-v149);
      const float v151 = log2f(v149);
      const float v152 = (v150 * v151);
      const bool v153 = (v149 > 0.00000000f);
      const float v154 = (v153 ? v152 : 0.00000000f);
      const float v155 = (v114 / v147);
      const float v156 = (-v155);
      const float v157 = log2f(v155);
      const float v158 = (v156 * v157);
      const bool v159 = (v155 > 0.00000000f);
      const float v160 = (v159 ? v158 : 0.00000000f);
      const float v161 = (v154 + v160);
      const bool v162 = (v147 > 0.00000000f);
      const float v163 = (v162 ? v161 : 0.00000000f);
      const float v164 = (v148 * v163);
      const float v165 = (v146 + v164);
      const float v166 = (v129 - v165);
      const bool v167 = (v115 > 0.00000000f);
      const float v168 = (v167 ? v166 : 0.00000000f);
      const float v169 = (u_p_beta * v168);
      const float v171 = (v170 ? v169 : 0.00000000f);
      const float v172 = (v109 + v171);
      F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v172;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v173 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v174 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v173);
      const float v175 = (v174 + 1.00000001e-10f);
      const float v176 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v175);
      const float v177 = adv_fmin(adv_fmax(v176, 0.00000000f), 1.00000000f);
      const float v178 = sqrtf(v177);
      const float v179 = adv_asin(v178);
      const float v180 = (v32 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v181 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v180);
      const float v182 = (v181 + 1.00000001e-10f);
      const float v183 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v182);
      const float v184 = adv_fmin(adv_fmax(v183, 0.00000000f), 1.00000000f);
      const float v185 = sqrtf(v184);
      const float v186 = adv_asin(v185);
      const float v187 = (v179 - v186);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v187;
    }
  }
  const bool v188 = (acc15 > 0.00000000f);
  const bool v189 = (v32 > 0.00000000f);
  const bool v190 = (v188 && v189);
  const float v361 = (u_p_bm25_k1 + 1.00000000f);
  const float v363 = (1.00000000f - u_p_bm25_b);
  const float v364 = (u_p_bm25_b * acc21);
  const float v365 = (acc21 + acc23);
  const float v366 = (v365 / 2.00000000f);
  const float v367 = (v364 / v366);
  const float v368 = (v363 + v367);
  const float v369 = (u_p_bm25_k1 * v368);
  const bool v372 = (acc21 > 0.00000000f);
  const float v377 = (u_p_bm25_b * acc23);
  const float v378 = (acc23 + acc21);
  const float v379 = (v378 / 2.00000000f);
  const float v380 = (v377 / v379);
  const float v381 = (v363 + v380);
  const float v382 = (u_p_bm25_k1 * v381);
  const bool v385 = (acc23 > 0.00000000f);
  const bool v392 = (u_p_gamma != 0.00000000f);
  const float v396 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v191 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v192 = (v191 != u_p_zero_token_id);
    const bool v193 = (v190 && v192);
    float v194 = 0.00000000f;
    if (v193) {
      const float v195 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
      const float v196 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
      float v197 = 0.00000000f;
      if (tabled200) {
        v197 = F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v195) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v196)];
      } else {
        float v198 = 0.00000000f;
        if (v25) {
          const float v199 = (v195 + v196);
          const float v200 = (v199 + v195);
          const float v201 = (acc15 - v195);
          const float v202 = (v200 + v201);
          const float v203 = (v199 + v201);
          const float v204 = (v32 - v196);
          const float v205 = (v203 + v204);
          const float v206 = (v202 - v205);
          const float v207 = adv_fmax(0.00000000f, v206);
          const float v208 = (v195 + v201);
          const float v209 = adv_fmin(v199, v208);
          const bool v210 = (v207 == v209);
          float v211 = 0.00000000f;
          if (v210) {
            v211 = 0.00000000f;
          } else {
            const float v214 = (v199 + v208);
            const float v215 = (v214 - v205);
            const float v216 = adv_fmax(0.00000000f, v215);
            const int32_t v217 = adv_i32f(v216);
            const int32_t v218 = adv_i32f(v209);
            const int32_t lo212 = v217;
            const int32_t hi213 = v218;
            const float v219 = (v208 + 1.00000000f);
            const float v220 = adv_lgamma(v219);
            const float v221 = (v195 + 1.00000000f);
            const float v222 = adv_lgamma(v221);
            const float v223 = (v220 - v222);
            const float v224 = (v208 - v195);
            const float v225 = (v224 + 1.00000000f);
            const float v226 = adv_lgamma(v225);
            const float v227 = (v223 - v226);
            const float v228 = (v205 - v208);
            const float v229 = (v199 - v195);
            const float v230 = (v228 + 1.00000000f);
            const float v231 = adv_lgamma(v230);
            const float v232 = (v229 + 1.00000000f);
            const float v233 = adv_lgamma(v232);
            const float v234 = (v231 - v233);
            const float v235 = (v228 - v229);
            const float v236 = (v235 + 1.00000000f);
            const float v237 = adv_lgamma(v236);
            const float v238 = (v234 - v237);
            const float v239 = (v227 + v238);
            const float v240 = (v205 + 1.00000000f);
            const float v241 = adv_lgamma(v240);
            const float v242 = (v199 + 1.00000000f);
            const float v243 = adv_lgamma(v242);
            const float v244 = (v241 - v243);
            const float v245 = (v205 - v199);
            const float v246 = (v245 + 1.00000000f);
            const float v247 = adv_lgamma(v246);
            const float v248 = (v244 - v247);
            const float v249 = (v239 - v248);
            const float v250 = (v249 + 0.00000999999975f);
            float fold252 = 0.00000000f;
            if ((hi213 >= lo212)) {
              if (((uint32_t)(((uint32_t)(hi213)) - ((uint32_t)(lo212))) < 1048576u)) {
                for (uint32_t n274 = 0u; (n274 <= (uint32_t)(((uint32_t)(hi213)) - ((uint32_t)(lo212)))); n274 = (uint32_t)(n274 + 1u)) {
                  const int32_t k251 = ((int32_t)((uint32_t)(((uint32_t)(lo212)) + n274)));
                  const float v253 = ((float)(k251));
                  const float v254 = (v253 + 1.00000000f);
                  const float v255 = adv_lgamma(v254);
                  const float v256 = (v220 - v255);
                  const float v257 = (v208 - v253);
                  const float v258 = (v257 + 1.00000000f);
                  const float v259 = adv_lgamma(v258);
                  const float v260 = (v256 - v259);
                  const float v261 = (v199 - v253);
                  const float v262 = (v261 + 1.00000000f);
                  const float v263 = adv_lgamma(v262);
                  const float v264 = (v231 - v263);
                  const float v265 = (v228 - v261);
                  const float v266 = (v265 + 1.00000000f);
                  const float v267 = adv_lgamma(v266);
                  const float v268 = (v264 - v267);
                  const float v269 = (v260 + v268);
                  const float v270 = (v269 - v248);
                  const float v271 = expf(v270);
                  const bool v272 = (v270 <= v250);
                  const float v273 = (v272 ? v271 : 0.00000000f);
                  fold252 = (fold252 + v273);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
              }
            }
            const float v275 = fold252;
            const float v276 = ((-2.00000000f) * v275);
            const float v277 = expf(v276);
            v211 = v277;
          }
          const float v278 = v211;
          const float v279 = (u_p_alpha * v278);
          v198 = v279;
        } else {
          v198 = 0.00000000f;
        }
        const float v280 = v198;
        const float v281 = (acc15 - v195);
        const float v282 = (v195 + v281);
        const float v283 = (v195 + v196);
        const float v284 = (v283 + v281);
        const float v285 = (v32 - v196);
        const float v286 = (v284 + v285);
        const float v287 = (v282 / v286);
        const float v288 = (-v287);
        const float v289 = log2f(v287);
        const float v290 = (v288 * v289);
        const bool v291 = (v287 > 0.00000000f);
        const float v292 = (v291 ? v290 : 0.00000000f);
        const float v293 = (v196 + v285);
        const float v294 = (v293 / v286);
        const float v295 = (-v294);
        const float v296 = log2f(v294);
        const float v297 = (v295 * v296);
        const bool v298 = (v294 > 0.00000000f);
        const float v299 = (v298 ? v297 : 0.00000000f);
        const float v300 = (v292 + v299);
        const float v301 = (v283 / v286);
        const float v302 = (v195 / v283);
        const float v303 = (-v302);
        const float v304 = log2f(v302);
        const float v305 = (v303 * v304);
        const bool v306 = (v302 > 0.00000000f);
        const float v307 = (v306 ? v305 : 0.00000000f);
        const float v308 = (v196 / v283);
        const float v309 = (-v308);
        const float v310 = log2f(v308);
        const float v311 = (v309 * v310);
        const bool v312 = (v308 > 0.00000000f);
        const float v313 = (v312 ? v311 : 0.00000000f);
        const float v314 = (v307 + v313);
        const bool v315 = (v283 > 0.00000000f);
        const float v316 = (v315 ? v314 : 0.00000000f);
        const float v317 = (v301 * v316);
        const float v318 = (v281 + v285);
        const float v319 = (v318 / v286);
        const float v320 = (v281 / v318);
        const float v321 = (-v320);
        const float v322 = log2f(v320);
        const float v323 = (v321 * v322);
        const bool v324 = (v320 > 0.00000000f);
        const float v325 = (v324 ? v323 : 0.00000000f);
        const float v326 = (v285 / v318);
        const float v327 = (-v326);
        const float v328 = log2f(v326);
        const float v329 = (v327 * v328);
        const bool v330 = (v326 > 0.00000000f);
        const float v331 = (v330 ? v329 : 0.00000000f);
        const float v332 = (v325 + v331);
        const bool v333 = (v318 > 0.00000000f);
        const float v334 = (v333 ? v332 : 0.00000000f);
        const float v335 = (v319 * v334);
        const float v336 = (v317 + v335);
        const float v337 = (v300 - v336);
        const bool v338 = (v286 > 0.00000000f);
        const float v339 = (v338 ? v337 : 0.00000000f);
        const float v340 = (u_p_beta * v339);
        const float v341 = (v170 ? v340 : 0.00000000f);
        v197 = (v280 + v341);
      }
      const float v342 = v197;
      float v343 = 0.00000000f;
      if (tabled212) {
        v343 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v195) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v196)];
      } else {
        const float v344 = (acc15 - v195);
        const float v345 = (v195 + v344);
        const float v346 = (v345 + 1.00000001e-10f);
        const float v347 = (v195 / v346);
        const float v348 = adv_fmin(adv_fmax(v347, 0.00000000f), 1.00000000f);
        const float v349 = sqrtf(v348);
        const float v350 = adv_asin(v349);
        const float v351 = (v32 - v196);
        const float v352 = (v196 + v351);
        const float v353 = (v352 + 1.00000001e-10f);
        const float v354 = (v196 / v353);
        const float v355 = adv_fmin(adv_fmax(v354, 0.00000000f), 1.00000000f);
        const float v356 = sqrtf(v355);
        const float v357 = adv_asin(v356);
        v343 = (v350 - v357);
      }
      const float v358 = v343;
      const float v359 = ((float)(H[(size_t)u_oh_acc33 + (size_t)slot]));
      const float v360 = (v359 / acc21);
      const float v362 = (v360 * v361);
      const float v370 = (v360 + v369);
      const float v371 = (v362 / v370);
      const float v373 = (v372 ? v371 : 0.00000000f);
      const float v374 = ((float)(H[(size_t)u_oh_acc51 + (size_t)slot]));
      const float v375 = (v374 / acc23);
      const float v376 = (v375 * v361);
      const float v383 = (v375 + v382);
      const float v384 = (v376 / v383);
      const float v386 = (v385 ? v384 : 0.00000000f);
      const float v387 = (v386 + 0.00000999999975f);
      const float v388 = (v373 / v387);
      const float v389 = (v373 + 0.00000999999975f);
      const float v390 = (v386 / v389);
      const float v391 = (v388 - v390);
      const float v393 = (v392 ? v391 : 0.00000000f);
      const float v394 = (v358 + v393);
      const float v395 = (v342 * v394);
      const float v397 = (v395 / v396);
      const float v398 = (1.00000000f / (1.00000000f + expf((-v397))));
      const float v399 = (v398 - 0.500000000f);
      const float v400 = (v399 * 2.00000000f);
      const float v401 = (v400 * u_p_top);
      v194 = v401;
    } else {
      v194 = 0.00000000f;
    }
    F_v234[slot] = v194;
  }
  // reduce to group %239
  float acc239 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v402 = F_v9[row];
    const float v403 = (v402 - acc237);
    acc239 = (acc239 + v403);
  }
  if ((lid == 0u)) {
    F_v239[g] = acc239;
  }
  // reduce to group %251
  const float v405 = (acc239 / ((float)(acc16)));
  const float v406 = (acc237 + v405);
  const float v408 = (acc244 - acc237);
  const bool v409 = (v408 > 0.00000000f);
  const float v410 = (v409 ? v408 : 1.00000000f);
  float acc251 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v404 = F_v9[row];
    const float v407 = (v404 - v406);
    const float v411 = (v407 / v410);
    const float v412 = (v411 * v411);
    acc251 = (acc251 + v412);
  }
  if ((lid == 0u)) {
    F_v251[g] = acc251;
  }
  const bool v414 = (((float)(acc16)) > 1.00000000f);
  const float v415 = (v414 ? v406 : 0.00000000f);
  const float v417 = (((float)(acc16)) - 1.00000000f);
  const float v418 = (acc251 / v417);
  const float v419 = sqrtf(v418);
  const float v420 = (v419 * v410);
  const float v421 = (v414 ? v420 : 1.00000000f);
  const float v422 = (v421 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v413 = F_v9[row];
    const float v416 = (v413 - v415);
    const float v423 = (v416 / v422);
    const bool v424 = (v416 == 0.00000000f);
    const float v425 = (v424 ? 0.00000000f : v423);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw426 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v427 = F_v234[((uint32_t)(sw426 & 2147483647u) & (0u - (uint32_t)((sw426 != 4294967295u))))];
      const float v428 = ((sw426 != 4294967295u) ? v427 : 0.00000000f);
      const float v429 = (v425 + v428);
      const int32_t v430 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v431 = ((float)(v430));
      const float v432 = (v429 * v431);
      const float v433 = v428;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v432;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v433;
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
