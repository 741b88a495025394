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
  float *F_v16;
  float *F_v17;
  float *F_v265;
  float *F_v272;
  float *F_v20;
  float *F_v22;
  float *F_v24;
  float *F_v267;
  float *F_table258;
  float *F_table201;
  float *F_table213;
  float *F_v262;
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
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v265 = R->F_v265;
  float *const restrict F_v272 = R->F_v272;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v267 = R->F_v267;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table258 = R->F_table258;
  float *const restrict F_table201 = R->F_table201;
  float *const restrict F_table213 = R->F_table213;
  float *const restrict F_v262 = R->F_v262;
  float *const restrict F_v279 = R->F_v279;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to rollout %10: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc10_0 = 0.00000000f;
    float acc10_1 = 0.00000000f;
    float acc10_2 = 0.00000000f;
    float acc10_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc10_0 = (acc10_0 + v0);
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc10_1 = (acc10_1 + v1);
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc10_2 = (acc10_2 + v2);
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc10_3 = (acc10_3 + v3);
    }
    F_v10[row0] = acc10_0;
    F_v10[row1] = acc10_1;
    F_v10[row2] = acc10_2;
    F_v10[row3] = acc10_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc10 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc10 = (acc10 + v4);
    }
    F_v10[row] = acc10;
  }
  // reduce to group %16, %17, %265, %272
  float acc16 = 0.00000000f;
  float acc17 = 0.00000000f;
  float acc265 = INFINITY;
  float acc272 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc16 = (acc16 + v7);
    acc17 = (acc17 + 1.00000000f);
    acc265 = adv_fmin(acc265, v5);
    acc272 = adv_fmax(acc272, v5);
  }
  if ((lid == 0u)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
  }
  // reduce to rollout %20: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc20_0 = 0.00000000f;
    float acc20_1 = 0.00000000f;
    float acc20_2 = 0.00000000f;
    float acc20_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_0 = (acc20_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_1 = (acc20_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_2 = (acc20_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20_3 = (acc20_3 + 1.00000000f);
      }
    }
    F_v20[row0] = acc20_0;
    F_v20[row1] = acc20_1;
    F_v20[row2] = acc20_2;
    F_v20[row3] = acc20_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc20 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        acc20 = (acc20 + 1.00000000f);
      }
    }
    F_v20[row] = acc20;
  }
  // reduce to group %22, %24, %267
  float acc22 = 0.00000000f;
  float acc24 = 0.00000000f;
  float acc267 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v20[row];
    const float v9 = F_v10[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc265);
    acc22 = (acc22 + v11);
    acc24 = (acc24 + v12);
    acc267 = (acc267 + v13);
  }
  if ((lid == 0u)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v267[g] = acc267;
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
      const float v15 = F_v10[row];
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
                H[(uint32_t)(((a26 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a26 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
            {
              const uint32_t a28 = adv_u32f(v23);
              const uint32_t a29 = adv_u32f(v25);
              const uint32_t add = (uint32_t)(a28 + a29);
              if ((add != 0u)) {
                H[(uint32_t)(((a28 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a28 != 0u) ? u_oh_acc34 : u_oh_acc52) + (uint32_t)(word & 2147483647u))] + add);
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
  const float v35 = (acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled258 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled258) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v30 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v31 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v32 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v31);
      const float v33 = (v30 + v32);
      const float v34 = (v30 + v31);
      const float v36 = (v35 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v37 = (v34 + v36);
      const float v38 = (v33 - v37);
      const float v39 = adv_fmax(0.00000000f, v38);
      const int32_t v40 = adv_i32f(v39);
      const float v41 = adv_fmin(v30, v32);
      const int32_t v42 = adv_i32f(v41);
      const float v43 = (v32 + 1.00000000f);
      const float v44 = adv_lgamma(v43);
      const float v45 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v46 = adv_lgamma(v45);
      const float v47 = (v44 - v46);
      const float v48 = (v32 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v49 = (v48 + 1.00000000f);
      const float v50 = adv_lgamma(v49);
      const float v51 = (v47 - v50);
      const float v52 = (v37 - v32);
      const float v53 = (v30 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
      const float v64 = (v37 + 1.00000000f);
      const float v65 = adv_lgamma(v64);
      const float v66 = (v30 + 1.00000000f);
      const float v67 = adv_lgamma(v66);
      const float v68 = (v65 - v67);
      const float v69 = (v37 - v30);
      const float v70 = (v69 + 1.00000000f);
      const float v71 = adv_lgamma(v70);
      const float v72 = (v68 - v71);
      const float v73 = (v63 - v72);
      const float v74 = (v73 + 0.00000999999975f);
      float fold76 = 0.00000000f;
      for (int32_t k75 = v40; (k75 <= v42); k75 = (int32_t)(k75 + 1)) {
        const float v77 = ((float)(k75));
        const float v78 = (v77 + 1.00000000f);
        const float v79 = adv_lgamma(v78);
        const float v80 = (v44 - v79);
        const float v81 = (v32 - v77);
        const float v82 = (v81 + 1.00000000f);
        const float v83 = adv_lgamma(v82);
        const float v84 = (v80 - v83);
        const float v85 = (v30 - v77);
        const float v86 = (v85 + 1.00000000f);
        const float v87 = adv_lgamma(v86);
        const float v88 = (v55 - v87);
        const float v89 = (v52 - v85);
        const float v90 = (v89 + 1.00000000f);
        const float v91 = adv_lgamma(v90);
        const float v92 = (v88 - v91);
        const float v93 = (v84 + v92);
        const float v94 = (v93 - v72);
        const float v95 = expf(v94);
        const bool v96 = (v94 <= v74);
        const float v97 = (v96 ? v95 : 0.00000000f);
        fold76 = (fold76 + v97);
      }
      const float v98 = fold76;
      F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v98;
    }
  }
  const bool v99 = (u_p_alpha != 0.00000000f);
  const bool v240 = (u_p_beta != 0.00000000f);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled201 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled201) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v100 = 0.00000000f;
      if (v99) {
        const float v101 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v102 = (v101 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v103 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v104 = (v102 + v103);
        const float v105 = (v101 + v103);
        const float v106 = (v35 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v107 = (v105 + v106);
        const float v108 = (v104 - v107);
        const float v109 = adv_fmax(0.00000000f, v108);
        const float v110 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v103);
        const float v111 = adv_fmin(v101, v110);
        const bool v112 = (v109 == v111);
        float v113 = 0.00000000f;
        if (v112) {
          v113 = 0.00000000f;
        } else {
          const float v114 = (v101 + v110);
          const float v115 = (v114 - v107);
          const float v116 = adv_fmax(0.00000000f, v115);
          const int32_t v117 = adv_i32f(v116);
          const int32_t v118 = adv_i32f(v111);
          const float v119 = (v110 + 1.00000000f);
          const float v120 = adv_lgamma(v119);
          const float v121 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v122 = adv_lgamma(v121);
          const float v123 = (v120 - v122);
          const float v124 = (v110 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v125 = (v124 + 1.00000000f);
          const float v126 = adv_lgamma(v125);
          const float v127 = (v123 - v126);
          const float v128 = (v107 - v110);
          const float v129 = (v101 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v130 = (v128 + 1.00000000f);
          const float v131 = adv_lgamma(v130);
          const float v132 = (v129 + 1.00000000f);
          const float v133 = adv_lgamma(v132);
          const float v134 = (v131 - v133);
          const float v135 = (v128 - v129);
          const float v136 = (v135 + 1.00000000f);
          const float v137 = adv_lgamma(v136);
          const float v138 = (v134 - v137);
          const float v139 = (v127 + v138);
          const float v140 = (v107 + 1.00000000f);
          const float v141 = adv_lgamma(v140);
          const float v142 = (v101 + 1.00000000f);
          const float v143 = adv_lgamma(v142);
          const float v144 = (v141 - v143);
          const float v145 = (v107 - v101);
          const float v146 = (v145 + 1.00000000f);
          const float v147 = adv_lgamma(v146);
          const float v148 = (v144 - v147);
          const float v149 = (v139 - v148);
          const float v150 = (v149 + 0.00000999999975f);
          float fold152 = 0.00000000f;
          for (int32_t k151 = v117; (k151 <= v118); k151 = (int32_t)(k151 + 1)) {
            const float v153 = ((float)(k151));
            const float v154 = (v153 + 1.00000000f);
            const float v155 = adv_lgamma(v154);
            const float v156 = (v120 - v155);
            const float v157 = (v110 - v153);
            const float v158 = (v157 + 1.00000000f);
            const float v159 = adv_lgamma(v158);
            const float v160 = (v156 - v159);
            const float v161 = (v101 - v153);
            const float v162 = (v161 + 1.00000000f);
            const float v163 = adv_lgamma(v162);
            const float v164 = (v131 - v163);
            const float v165 = (v128 - v161);
            const float v166 = (v165 + 1.00000000f);
            const float v167 = adv_lgamma(v166);
            const float v168 = (v164 - v167);
            const float v169 = (v160 + v168);
            const float v170 = (v169 - v148);
            const float v171 = expf(v170);
            const bool v172 = (v170 <= v150);
            const float v173 = (v172 ? v171 : 0.00000000f);
            fold152 = (fold152 + v173);
          }
          const float v174 = fold152;
          const float v175 = ((-2.00000000f) * v174);
          const float v176 = expf(v175);
          v113 = v176;
        }
        const float v177 = v113;
        const float v178 = (u_p_alpha * v177);
        v100 = v178;
      } else {
        v100 = 0.00000000f;
      }
      const float v179 = v100;
      const float v180 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v181 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v180);
      const float v182 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v183 = (v182 + v180);
      const float v184 = (v35 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v185 = (v183 + v184);
      const float v186 = (v181 / v185);
      const float v187 = (-v186);
      const float v188 = log2f(v186);
      const float v189 = (v187 * v188);
      const bool v190 = (v186 > 0.00000000f);
      const float v191 = (v190 ? v189 : 0.00000000f);
      const float v192 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v184);
      const float v193 = (v192 / v185);
      const float v194 = (-v193);
      const float v195 = log2f(v193);
      const float v196 = (v194 * v195);
      const bool v197 = (v193 > 0.00000000f);
      const float v198 = (v197 ? v196 : 0.00000000f);
      const float v199 = (v191 + v198);
      const float v200 = (v182 / v185);
      const float v201 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v182);
      const float v202 = (-v201);
      const float v203 = log2f(v201);
      const float v204 = (v202 * v203);
      const bool v205 = (v201 > 0.00000000f);
      const float v206 = (v205 ? v204 : 0.00000000f);
      const float v207 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v182);
      const float v208 = (-v207);
      const float v209 = log2f(v207);
      const float v210 = (v208 * v209);
      const bool v211 = (v207 > 0.00000000f);
      const float v212 = (v211 ? v210 : 0.00000000f);
      const float v213 = (v206 + v212);
      const bool v214 = (v182 > 0.00000000f);
      const float v215 = (v214 ? v213 : 0.00000000f);
      const float v216 = (v200 * v215);
      const float v217 = (v180 + v184);
      const float v218 = (v217 / v185);
      const float v219 = (v180 / v217);
      const float v220 = (-v219);
      const float v221 = log2f(v219);
      const float v222 = (v220 * v221);
      const bool v223 = (v219 > 0.00000000f);
      const float v224 = (v223 ? v222 : 0.00000000f);
      const float v225 = (v184 / v217);
      const float v226 = (-v225);
      const float v227 = log2f(v225);
      const float v228 = (v226 * v227);
      const bool v229 = (v225 > 0.00000000f);
      const float v230 = (v229 ? v228 : 0.00000000f);
      const float v231 = (v224 + v230);
      const bool v232 = (v217 > 0.00000000f);
      const float v233 = (v232 ? v231 : 0.00000000f);
      const float v234 = (v218 * v233);
      const float v235 = (v216 + v234);
      const float v236 = (v199 - v235);
      const bool v237 = (v185 > 0.00000000f);
      const float v238 = (v237 ? v236 : 0.00000000f);
      const float v239 = (u_p_beta * v238);
      const float v241 = (v240 ? v239 : 0.00000000f);
      const float v242 = (v179 + v241);
      F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v242;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled213 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled213) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v243 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v244 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v243);
      const float v245 = (v244 + 1.00000001e-10f);
      const float v246 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v245);
      const float v247 = adv_fmin(adv_fmax(v246, 0.00000000f), 1.00000000f);
      const float v248 = sqrtf(v247);
      const float v249 = adv_asin(v248);
      const float v250 = (v35 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v251 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v250);
      const float v252 = (v251 + 1.00000001e-10f);
      const float v253 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v252);
      const float v254 = adv_fmin(adv_fmax(v253, 0.00000000f), 1.00000000f);
      const float v255 = sqrtf(v254);
      const float v256 = adv_asin(v255);
      const float v257 = (v249 - v256);
      F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v257;
    }
  }
  const float v329 = (u_p_p_crit * 0.999989986f);
  const bool v332 = (acc16 > 0.00000000f);
  const bool v333 = (v35 > 0.00000000f);
  const bool v334 = (v332 && v333);
  const float v500 = (u_p_bm25_k1 + 1.00000000f);
  const float v502 = (1.00000000f - u_p_bm25_b);
  const float v503 = (u_p_bm25_b * acc22);
  const float v504 = (acc22 + acc24);
  const float v505 = (v504 / 2.00000000f);
  const float v506 = (v503 / v505);
  const float v507 = (v502 + v506);
  const float v508 = (u_p_bm25_k1 * v507);
  const bool v511 = (acc22 > 0.00000000f);
  const float v516 = (u_p_bm25_b * acc24);
  const float v517 = (acc24 + acc22);
  const float v518 = (v517 / 2.00000000f);
  const float v519 = (v516 / v518);
  const float v520 = (v502 + v519);
  const float v521 = (u_p_bm25_k1 * v520);
  const bool v524 = (acc24 > 0.00000000f);
  const bool v531 = (u_p_gamma != 0.00000000f);
  const float v535 = (u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const uint32_t nkeys262 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys262); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v258 = ((float)(H[(uint32_t)(u_oh_acc28 + slot)]));
    const float v259 = ((float)(H[(uint32_t)(u_oh_acc32 + slot)]));
    float v260 = 0.00000000f;
    if (tabled258) {
      v260 = F_table258[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v258) * (uint32_t)(n + 1u)) + adv_u32f(v259)))];
    } else {
      const float v261 = (v258 + v259);
      const float v262 = (acc16 - v258);
      const float v263 = (v258 + v262);
      const float v264 = (v261 + v263);
      const float v265 = (v261 + v262);
      const float v266 = (v35 - v259);
      const float v267 = (v265 + v266);
      const float v268 = (v264 - v267);
      const float v269 = adv_fmax(0.00000000f, v268);
      const int32_t v270 = adv_i32f(v269);
      const float v271 = adv_fmin(v261, v263);
      const int32_t v272 = adv_i32f(v271);
      const float v273 = (v263 + 1.00000000f);
      const float v274 = adv_lgamma(v273);
      const float v275 = (v258 + 1.00000000f);
      const float v276 = adv_lgamma(v275);
      const float v277 = (v274 - v276);
      const float v278 = (v263 - v258);
      const float v279 = (v278 + 1.00000000f);
      const float v280 = adv_lgamma(v279);
      const float v281 = (v277 - v280);
      const float v282 = (v267 - v263);
      const float v283 = (v261 - v258);
      const float v284 = (v282 + 1.00000000f);
      const float v285 = adv_lgamma(v284);
      const float v286 = (v283 + 1.00000000f);
      const float v287 = adv_lgamma(v286);
      const float v288 = (v285 - v287);
      const float v289 = (v282 - v283);
      const float v290 = (v289 + 1.00000000f);
      const float v291 = adv_lgamma(v290);
      const float v292 = (v288 - v291);
      const float v293 = (v281 + v292);
      const float v294 = (v267 + 1.00000000f);
      const float v295 = adv_lgamma(v294);
      const float v296 = (v261 + 1.00000000f);
      const float v297 = adv_lgamma(v296);
      const float v298 = (v295 - v297);
      const float v299 = (v267 - v261);
      const float v300 = (v299 + 1.00000000f);
      const float v301 = adv_lgamma(v300);
      const float v302 = (v298 - v301);
      const float v303 = (v293 - v302);
      const float v304 = (v303 + 0.00000999999975f);
      float fold306 = 0.00000000f;
      for (int32_t k305 = v270; (k305 <= v272); k305 = (int32_t)(k305 + 1)) {
        const float v307 = ((float)(k305));
        const float v308 = (v307 + 1.00000000f);
        const float v309 = adv_lgamma(v308);
        const float v310 = (v274 - v309);
        const float v311 = (v263 - v307);
        const float v312 = (v311 + 1.00000000f);
        const float v313 = adv_lgamma(v312);
        const float v314 = (v310 - v313);
        const float v315 = (v261 - v307);
        const float v316 = (v315 + 1.00000000f);
        const float v317 = adv_lgamma(v316);
        const float v318 = (v285 - v317);
        const float v319 = (v282 - v315);
        const float v320 = (v319 + 1.00000000f);
        const float v321 = adv_lgamma(v320);
        const float v322 = (v318 - v321);
        const float v323 = (v314 + v322);
        const float v324 = (v323 - v302);
        const float v325 = expf(v324);
        const bool v326 = (v324 <= v304);
        const float v327 = (v326 ? v325 : 0.00000000f);
        fold306 = (fold306 + v327);
      }
      v260 = fold306;
    }
    const float v328 = v260;
    const bool v330 = (v328 < v329);
    float v331 = 0.00000000f;
    if (v330) {
      const int32_t v335 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
      const bool v336 = (v335 != u_p_zero_token_id);
      const bool v337 = (v334 && v336);
      float v338 = 0.00000000f;
      if (v337) {
        float v339 = 0.00000000f;
        if (tabled201) {
          v339 = F_table201[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v258) * (uint32_t)(n + 1u)) + adv_u32f(v259)))];
        } else {
          float v340 = 0.00000000f;
          if (v99) {
            const float v341 = (v258 + v259);
            const float v342 = (v341 + v258);
            const float v343 = (acc16 - v258);
            const float v344 = (v342 + v343);
            const float v345 = (v341 + v343);
            const float v346 = (v35 - v259);
            const float v347 = (v345 + v346);
            const float v348 = (v344 - v347);
            const float v349 = adv_fmax(0.00000000f, v348);
            const float v350 = (v258 + v343);
            const float v351 = adv_fmin(v341, v350);
            const bool v352 = (v349 == v351);
            float v353 = 0.00000000f;
            if (v352) {
              v353 = 0.00000000f;
            } else {
              const float v354 = (v341 + v350);
              const float v355 = (v354 - v347);
              const float v356 = adv_fmax(0.00000000f, v355);
              const int32_t v357 = adv_i32f(v356);
              const int32_t v358 = adv_i32f(v351);
              const float v359 = (v350 + 1.00000000f);
              const float v360 = adv_lgamma(v359);
              const float v361 = (v258 + 1.00000000f);
              const float v362 = adv_lgamma(v361);
              const float v363 = (v360 - v362);
              const float v364 = (v350 - v258);
              const float v365 = (v364 + 1.00000000f);
              const float v366 = adv_lgamma(v365);
              const float v367 = (v363 - v366);
              const float v368 = (v347 - v350);
              const float v369 = (v341 - v258);
              const float v370 = (v368 + 1.00000000f);
              const float v371 = adv_lgamma(v370);
              const float v372 = (v369 + 1.00000000f);
              const float v373 = adv_lgamma(v372);
              const float v374 = (v371 - v373);
              const float v375 = (v368 - v369);
              const float v376 = (v375 + 1.00000000f);
              const float v377 = adv_lgamma(v376);
              const float v378 = (v374 - v377);
              const float v379 = (v367 + v378);
              const float v380 = (v347 + 1.00000000f);
              const float v381 = adv_lgamma(v380);
              const float v382 = (v341 + 1.00000000f);
              const float v383 = adv_lgamma(v382);
              const float v384 = (v381 - v383);
              const float v385 = (v347 - v341);
              const float v386 = (v385 + 1.00000000f);
              const float v387 = adv_lgamma(v386);
              const float v388 = (v384 - v387);
              const float v389 = (v379 - v388);
              const float v390 = (v389 + 0.00000999999975f);
              float fold392 = 0.00000000f;
              for (int32_t k391 = v357; (k391 <= v358); k391 = (int32_t)(k391 + 1)) {
                const float v393 = ((float)(k391));
                const float v394 = (v393 + 1.00000000f);
                const float v395 = adv_lgamma(v394);
                const float v396 = (v360 - v395);
                const float v397 = (v350 - v393);
                const float v398 = (v397 + 1.00000000f);
                const float v399 = adv_lgamma(v398);
                const float v400 = (v396 - v399);
                const float v401 = (v341 - v393);
                const float v402 = (v401 + 1.00000000f);
                const float v403 = adv_lgamma(v402);
                const float v404 = (v371 - v403);
                const float v405 = (v368 - v401);
                const float v406 = (v405 + 1.00000000f);
                const float v407 = adv_lgamma(v406);
                const float v408 = (v404 - v407);
                const float v409 = (v400 + v408);
                const float v410 = (v409 - v388);
                const float v411 = expf(v410);
                const bool v412 = (v410 <= v390);
                const float v413 = (v412 ? v411 : 0.00000000f);
                fold392 = (fold392 + v413);
              }
              const float v414 = fold392;
              const float v415 = ((-2.00000000f) * v414);
              const float v416 = expf(v415);
              v353 = v416;
            }
            const float v417 = v353;
            const float v418 = (u_p_alpha * v417);
            v340 = v418;
          } else {
            v340 = 0.00000000f;
          }
          const float v419 = v340;
          const float v420 = (acc16 - v258);
          const float v421 = (v258 + v420);
          const float v422 = (v258 + v259);
          const float v423 = (v422 + v420);
          const float v424 = (v35 - v259);
          const float v425 = (v423 + v424);
          const float v426 = (v421 / v425);
          const float v427 = (-v426);
          const float v428 = log2f(v426);
          const float v429 = (v427 * v428);
          const bool v430 = (v426 > 0.00000000f);
          const float v431 = (v430 ? v429 : 0.00000000f);
          const float v432 = (v259 + v424);
          const float v433 = (v432 / v425);
          const float v434 = (-v433);
          const float v435 = log2f(v433);
          const float v436 = (v434 * v435);
          const bool v437 = (v433 > 0.00000000f);
          const float v438 = (v437 ? v436 : 0.00000000f);
          const float v439 = (v431 + v438);
          const float v440 = (v422 / v425);
          const float v441 = (v258 / v422);
          const float v442 = (-v441);
          const float v443 = log2f(v441);
          const float v444 = (v442 * v443);
          const bool v445 = (v441 > 0.00000000f);
          const float v446 = (v445 ? v444 : 0.00000000f);
          const float v447 = (v259 / v422);
          const float v448 = (-v447);
          const float v449 = log2f(v447);
          const float v450 = (v448 * v449);
          const bool v451 = (v447 > 0.00000000f);
          const float v452 = (v451 ? v450 : 0.00000000f);
          const float v453 = (v446 + v452);
          const bool v454 = (v422 > 0.00000000f);
          const float v455 = (v454 ? v453 : 0.00000000f);
          const float v456 = (v440 * v455);
          const float v457 = (v420 + v424);
          const float v458 = (v457 / v425);
          const float v459 = (v420 / v457);
          const float v460 = (-v459);
          const float v461 = log2f(v459);
          const float v462 = (v460 * v461);
          const bool v463 = (v459 > 0.00000000f);
          const float v464 = (v463 ? v462 : 0.00000000f);
          const float v465 = (v424 / v457);
          const float v466 = (-v465);
          const float v467 = log2f(v465);
          const float v468 = (v466 * v467);
          const bool v469 = (v465 > 0.00000000f);
          const float v470 = (v469 ? v468 : 0.00000000f);
          const float v471 = (v464 + v470);
          const bool v472 = (v457 > 0.00000000f);
          const float v473 = (v472 ? v471 : 0.00000000f);
          const float v474 = (v458 * v473);
          const float v475 = (v456 + v474);
          const float v476 = (v439 - v475);
          const bool v477 = (v425 > 0.00000000f);
          const float v478 = (v477 ? v476 : 0.00000000f);
          const float v479 = (u_p_beta * v478);
          const float v480 = (v240 ? v479 : 0.00000000f);
          v339 = (v419 + v480);
        }
        const float v481 = v339;
        float v482 = 0.00000000f;
        if (tabled213) {
          v482 = F_table213[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v258) * (uint32_t)(n + 1u)) + adv_u32f(v259)))];
        } else {
          const float v483 = (acc16 - v258);
          const float v484 = (v258 + v483);
          const float v485 = (v484 + 1.00000001e-10f);
          const float v486 = (v258 / v485);
          const float v487 = adv_fmin(adv_fmax(v486, 0.00000000f), 1.00000000f);
          const float v488 = sqrtf(v487);
          const float v489 = adv_asin(v488);
          const float v490 = (v35 - v259);
          const float v491 = (v259 + v490);
          const float v492 = (v491 + 1.00000001e-10f);
          const float v493 = (v259 / v492);
          const float v494 = adv_fmin(adv_fmax(v493, 0.00000000f), 1.00000000f);
          const float v495 = sqrtf(v494);
          const float v496 = adv_asin(v495);
          v482 = (v489 - v496);
        }
        const float v497 = v482;
        const float v498 = ((float)(H[(uint32_t)(u_oh_acc34 + slot)]));
        const float v499 = (v498 / acc22);
        const float v501 = (v499 * v500);
        const float v509 = (v499 + v508);
        const float v510 = (v501 / v509);
        const float v512 = (v511 ? v510 : 0.00000000f);
        const float v513 = ((float)(H[(uint32_t)(u_oh_acc52 + slot)]));
        const float v514 = (v513 / acc24);
        const float v515 = (v514 * v500);
        const float v522 = (v514 + v521);
        const float v523 = (v515 / v522);
        const float v525 = (v524 ? v523 : 0.00000000f);
        const float v526 = (v525 + 0.00000999999975f);
        const float v527 = (v512 / v526);
        const float v528 = (v512 + 0.00000999999975f);
        const float v529 = (v525 / v528);
        const float v530 = (v527 - v529);
        const float v532 = (v531 ? v530 : 0.00000000f);
        const float v533 = (v497 + v532);
        const float v534 = (v481 * v533);
        const float v536 = (v534 / v535);
        const float v537 = (1.00000000f / (1.00000000f + expf((-v536))));
        const float v538 = (v537 - 0.500000000f);
        const float v539 = (v538 * 2.00000000f);
        const float v540 = (v539 * u_p_top);
        v338 = v540;
      } else {
        v338 = 0.00000000f;
      }
      const float v541 = v338;
      v331 = v541;
    } else {
      v331 = 0.00000000f;
    }
    F_v262[slot] = v331;
  }
  // reduce to group %279
  const float v543 = (acc267 / acc17);
  const float v544 = (acc265 + v543);
  const float v546 = (acc272 - acc265);
  const bool v547 = (v546 > 0.00000000f);
  const float v548 = (v547 ? v546 : 1.00000000f);
  float acc279 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v542 = F_v10[row];
    const float v545 = (v542 - v544);
    const float v549 = (v545 / v548);
    const float v550 = (v549 * v549);
    acc279 = (acc279 + v550);
  }
  if ((lid == 0u)) {
    F_v279[g] = acc279;
  }
  const bool v552 = (acc17 > 1.00000000f);
  const float v553 = (v552 ? v544 : 0.00000000f);
  const float v555 = (acc17 - 1.00000000f);
  const float v556 = (acc279 / v555);
  const float v557 = sqrtf(v556);
  const float v558 = (v557 * v548);
  const float v559 = (v552 ? v558 : 1.00000000f);
  const float v560 = (v559 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v551 = F_v10[row];
    const float v554 = (v551 - v553);
    const float v561 = (v554 / v560);
    const bool v562 = (v554 == 0.00000000f);
    const float v563 = (v562 ? 0.00000000f : v561);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw564 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v565 = F_v262[((sw564 != 4294967295u) ? (uint32_t)(sw564 & 2147483647u) : 0u)];
      const float v566 = ((sw564 != 4294967295u) ? v565 : 0.00000000f);
      const float v567 = (v563 + v566);
      const int32_t v568 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v569 = ((float)(v568));
      const float v570 = (v567 * v569);
      const float v571 = v566;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v570;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v571;
    }
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc28 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc34 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc52 + lbase) + i)] = 0u;
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
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_v16 = adv_element(env, argv[1], 2, &n);
  run.F_v17 = adv_element(env, argv[1], 3, &n);
  run.F_v265 = adv_element(env, argv[1], 4, &n);
  run.F_v272 = adv_element(env, argv[1], 5, &n);
  run.F_v20 = adv_element(env, argv[1], 6, &n);
  run.F_v22 = adv_element(env, argv[1], 7, &n);
  run.F_v24 = adv_element(env, argv[1], 8, &n);
  run.F_v267 = adv_element(env, argv[1], 9, &n);
  run.F_table258 = adv_element(env, argv[1], 10, &n);
  run.F_table201 = adv_element(env, argv[1], 11, &n);
  run.F_table213 = adv_element(env, argv[1], 12, &n);
  run.F_v262 = adv_element(env, argv[1], 13, &n);
  run.F_v279 = adv_element(env, argv[1], 14, &n);
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
