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
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
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
    uint32_t used = adv_umin(cap, 1024u);
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      // longest rows first: the lanes' rows end together
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v15 = F_v9[row];
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
    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table
    for (uint32_t i = 0u; (i < used); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)(u_oh_table_tok + (uint32_t)(base + i))] = 0u;
    }
  }
  const bool v30 = (u_p_alpha != 0.00000000f);
  const float v37 = (acc16 - acc15);
  const bool v172 = (u_p_beta != 0.00000000f);
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
          const float v46 = (v32 + v42);
          const float v47 = (v46 - v39);
          const float v48 = adv_fmax(0.00000000f, v47);
          const int32_t v49 = adv_i32f(v48);
          const int32_t v50 = adv_i32f(v43);
          const float v51 = (v42 + 1.00000000f);
          const float v52 = adv_lgamma(v51);
          const float v53 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v54 = adv_lgamma(v53);
          const float v55 = (v52 - v54);
          const float v56 = (v42 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v57 = (v56 + 1.00000000f);
          const float v58 = adv_lgamma(v57);
          const float v59 = (v55 - v58);
          const float v60 = (v39 - v42);
          const float v61 = (v32 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v62 = (v60 + 1.00000000f);
          const float v63 = adv_lgamma(v62);
          const float v64 = (v61 + 1.00000000f);
          const float v65 = adv_lgamma(v64);
          const float v66 = (v63 - v65);
          const float v67 = (v60 - v61);
          const float v68 = (v67 + 1.00000000f);
          const float v69 = adv_lgamma(v68);
          const float v70 = (v66 - v69);
          const float v71 = (v59 + v70);
          const float v72 = (v39 + 1.00000000f);
          const float v73 = adv_lgamma(v72);
          const float v74 = (v32 + 1.00000000f);
          const float v75 = adv_lgamma(v74);
          const float v76 = (v73 - v75);
          const float v77 = (v39 - v32);
          const float v78 = (v77 + 1.00000000f);
          const float v79 = adv_lgamma(v78);
          const float v80 = (v76 - v79);
          const float v81 = (v71 - v80);
          const float v82 = (v81 + 0.00000999999975f);
          float fold84 = 0.00000000f;
          for (int32_t k83 = v49; (k83 <= v50); k83 = (int32_t)(k83 + 1)) {
            const float v85 = ((float)(k83));
            const float v86 = (v85 + 1.00000000f);
            const float v87 = adv_lgamma(v86);
            const float v88 = (v52 - v87);
            const float v89 = (v42 - v85);
            const float v90 = (v89 + 1.00000000f);
            const float v91 = adv_lgamma(v90);
            const float v92 = (v88 - v91);
            const float v93 = (v32 - v85);
            const float v94 = (v93 + 1.00000000f);
            const float v95 = adv_lgamma(v94);
            const float v96 = (v63 - v95);
            const float v97 = (v60 - v93);
            const float v98 = (v97 + 1.00000000f);
            const float v99 = adv_lgamma(v98);
            const float v100 = (v96 - v99);
            const float v101 = (v92 + v100);
            const float v102 = (v101 - v80);
            const float v103 = expf(v102);
            const bool v104 = (v102 <= v82);
            const float v105 = (v104 ? v103 : 0.00000000f);
            fold84 = (fold84 + v105);
          }
          const float v106 = fold84;
          const float v107 = ((-2.00000000f) * v106);
          const float v108 = expf(v107);
          v45 = v108;
        }
        const float v109 = v45;
        const float v110 = (u_p_alpha * v109);
        v31 = v110;
      } else {
        v31 = 0.00000000f;
      }
      const float v111 = v31;
      const float v112 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v113 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v112);
      const float v114 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v115 = (v114 + v112);
      const float v116 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v117 = (v115 + v116);
      const float v118 = (v113 / v117);
      const float v119 = (-v118);
      const float v120 = log2f(v118);
      const float v121 = (v119 * v120);
      const bool v122 = (v118 > 0.00000000f);
      const float v123 = (v122 ? v121 : 0.00000000f);
      const float v124 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v116);
      const float v125 = (v124 / v117);
      const float v126 = (-v125);
      const float v127 = log2f(v125);
      const float v128 = (v126 * v127);
      const bool v129 = (v125 > 0.00000000f);
      const float v130 = (v129 ? v128 : 0.00000000f);
      const float v131 = (v123 + v130);
      const float v132 = (v114 / v117);
      const float v133 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v114);
      const float v134 = (-v133);
      const float v135 = log2f(v133);
      const float v136 = (v134 * v135);
      const bool v137 = (v133 > 0.00000000f);
      const float v138 = (v137 ? v136 : 0.00000000f);
      const float v139 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v114);
      const float v140 = (-v139);
      const float v141 = log2f(v139);
      const float v142 = (v140 * v141);
      const bool v143 = (v139 > 0.00000000f);
      const float v144 = (v143 ? v142 : 0.00000000f);
      const float v145 = (v138 + v144);
      const bool v146 = (v114 > 0.00000000f);
      const float v147 = (v146 ? v145 : 0.00000000f);
      const float v148 = (v132 * v147);
      const float v149 = (v112 + v116);
      const float v150 = (v149 / v117);
      const float v151 = (v112 / v149);
      const float v152 = (-v151);
      const float v153 = log2f(v151);
      const float v154 = (v152 * v153);
      const bool v155 = (v151 > 0.00000000f);
      const float v156 = (v155 ? v154 : 0.00000000f);
      const float v157 = (v116 / v149);
      const float v158 = (-v157);
      const float v159 = log2f(v157);
      const float v160 = (v158 * v159);
      const bool v161 = (v157 > 0.00000000f);
      const float v162 = (v161 ? v160 : 0.00000000f);
      const float v163 = (v156 + v162);
      const bool v164 = (v149 > 0.00000000f);
      const float v165 = (v164 ? v163 : 0.00000000f);
      const float v166 = (v150 * v165);
      const float v167 = (v148 + v166);
      const float v168 = (v131 - v167);
      const bool v169 = (v117 > 0.00000000f);
      const float v170 = (v169 ? v168 : 0.00000000f);
      const float v171 = (u_p_beta * v170);
      const float v173 = (v172 ? v171 : 0.00000000f);
      const float v174 = (v111 + v173);
      F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v174;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v175 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v176 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v175);
      const float v177 = (v176 + 1.00000001e-10f);
      const float v178 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v177);
      const float v179 = adv_fmin(adv_fmax(v178, 0.00000000f), 1.00000000f);
      const float v180 = sqrtf(v179);
      const float v181 = adv_asin(v180);
      const float v182 = (v37 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v183 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v182);
      const float v184 = (v183 + 1.00000001e-10f);
      const float v185 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v184);
      const float v186 = adv_fmin(adv_fmax(v185, 0.00000000f), 1.00000000f);
      const float v187 = sqrtf(v186);
      const float v188 = adv_asin(v187);
      const float v189 = (v181 - v188);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v189;
    }
  }
  const bool v190 = (acc15 > 0.00000000f);
  const bool v191 = (v37 > 0.00000000f);
  const bool v192 = (v190 && v191);
  const float v360 = (u_p_bm25_k1 + 1.00000000f);
  const float v362 = (1.00000000f - u_p_bm25_b);
  const float v363 = (u_p_bm25_b * acc21);
  const float v364 = (acc21 + acc23);
  const float v365 = (v364 / 2.00000000f);
  const float v366 = (v363 / v365);
  const float v367 = (v362 + v366);
  const float v368 = (u_p_bm25_k1 * v367);
  const bool v371 = (acc21 > 0.00000000f);
  const float v376 = (u_p_bm25_b * acc23);
  const float v377 = (acc23 + acc21);
  const float v378 = (v377 / 2.00000000f);
  const float v379 = (v376 / v378);
  const float v380 = (v362 + v379);
  const float v381 = (u_p_bm25_k1 * v380);
  const bool v384 = (acc23 > 0.00000000f);
  const bool v391 = (u_p_gamma != 0.00000000f);
  const float v395 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v193 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v194 = (v193 != u_p_zero_token_id);
    const bool v195 = (v192 && v194);
    float v196 = 0.00000000f;
    if (v195) {
      const float v197 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
      const float v198 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
      float v199 = 0.00000000f;
      if (tabled200) {
        v199 = F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v197) * (uint32_t)(n + 1u)) + adv_u32f(v198)))];
      } else {
        float v200 = 0.00000000f;
        if (v30) {
          const float v201 = (v197 + v198);
          const float v202 = (v201 + v197);
          const float v203 = (acc15 - v197);
          const float v204 = (v202 + v203);
          const float v205 = (v201 + v203);
          const float v206 = (v37 - v198);
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
            const float v214 = (v201 + v210);
            const float v215 = (v214 - v207);
            const float v216 = adv_fmax(0.00000000f, v215);
            const int32_t v217 = adv_i32f(v216);
            const int32_t v218 = adv_i32f(v211);
            const float v219 = (v210 + 1.00000000f);
            const float v220 = adv_lgamma(v219);
            const float v221 = (v197 + 1.00000000f);
            const float v222 = adv_lgamma(v221);
            const float v223 = (v220 - v222);
            const float v224 = (v210 - v197);
            const float v225 = (v224 + 1.00000000f);
            const float v226 = adv_lgamma(v225);
            const float v227 = (v223 - v226);
            const float v228 = (v207 - v210);
            const float v229 = (v201 - v197);
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
            const float v240 = (v207 + 1.00000000f);
            const float v241 = adv_lgamma(v240);
            const float v242 = (v201 + 1.00000000f);
            const float v243 = adv_lgamma(v242);
            const float v244 = (v241 - v243);
            const float v245 = (v207 - v201);
            const float v246 = (v245 + 1.00000000f);
            const float v247 = adv_lgamma(v246);
            const float v248 = (v244 - v247);
            const float v249 = (v239 - v248);
            const float v250 = (v249 + 0.00000999999975f);
            float fold252 = 0.00000000f;
            for (int32_t k251 = v217; (k251 <= v218); k251 = (int32_t)(k251 + 1)) {
              const float v253 = ((float)(k251));
              const float v254 = (v253 + 1.00000000f);
              const float v255 = adv_lgamma(v254);
              const float v256 = (v220 - v255);
              const float v257 = (v210 - v253);
              const float v258 = (v257 + 1.00000000f);
              const float v259 = adv_lgamma(v258);
              const float v260 = (v256 - v259);
              const float v261 = (v201 - v253);
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
            const float v274 = fold252;
            const float v275 = ((-2.00000000f) * v274);
            const float v276 = expf(v275);
            v213 = v276;
          }
          const float v277 = v213;
          const float v278 = (u_p_alpha * v277);
          v200 = v278;
        } else {
          v200 = 0.00000000f;
        }
        const float v279 = v200;
        const float v280 = (acc15 - v197);
        const float v281 = (v197 + v280);
        const float v282 = (v197 + v198);
        const float v283 = (v282 + v280);
        const float v284 = (v37 - v198);
        const float v285 = (v283 + v284);
        const float v286 = (v281 / v285);
        const float v287 = (-v286);
        const float v288 = log2f(v286);
        const float v289 = (v287 * v288);
        const bool v290 = (v286 > 0.00000000f);
        const float v291 = (v290 ? v289 : 0.00000000f);
        const float v292 = (v198 + v284);
        const float v293 = (v292 / v285);
        const float v294 = (-v293);
        const float v295 = log2f(v293);
        const float v296 = (v294 * v295);
        const bool v297 = (v293 > 0.00000000f);
        const float v298 = (v297 ? v296 : 0.00000000f);
        const float v299 = (v291 + v298);
        const float v300 = (v282 / v285);
        const float v301 = (v197 / v282);
        const float v302 = (-v301);
        const float v303 = log2f(v301);
        const float v304 = (v302 * v303);
        const bool v305 = (v301 > 0.00000000f);
        const float v306 = (v305 ? v304 : 0.00000000f);
        const float v307 = (v198 / v282);
        const float v308 = (-v307);
        const float v309 = log2f(v307);
        const float v310 = (v308 * v309);
        const bool v311 = (v307 > 0.00000000f);
        const float v312 = (v311 ? v310 : 0.00000000f);
        const float v313 = (v306 + v312);
        const bool v314 = (v282 > 0.00000000f);
        const float v315 = (v314 ? v313 : 0.00000000f);
        const float v316 = (v300 * v315);
        const float v317 = (v280 + v284);
        const float v318 = (v317 / v285);
        const float v319 = (v280 / v317);
        const float v320 = (-v319);
        const float v321 = log2f(v319);
        const float v322 = (v320 * v321);
        const bool v323 = (v319 > 0.00000000f);
        const float v324 = (v323 ? v322 : 0.00000000f);
        const float v325 = (v284 / v317);
        const float v326 = (-v325);
        const float v327 = log2f(v325);
        const float v328 = (v326 * v327);
        const bool v329 = (v325 > 0.00000000f);
        const float v330 = (v329 ? v328 : 0.00000000f);
        const float v331 = (v324 + v330);
        const bool v332 = (v317 > 0.00000000f);
        const float v333 = (v332 ? v331 : 0.00000000f);
        const float v334 = (v318 * v333);
        const float v335 = (v316 + v334);
        const float v336 = (v299 - v335);
        const bool v337 = (v285 > 0.00000000f);
        const float v338 = (v337 ? v336 : 0.00000000f);
        const float v339 = (u_p_beta * v338);
        const float v340 = (v172 ? v339 : 0.00000000f);
        v199 = (v279 + v340);
      }
      const float v341 = v199;
      float v342 = 0.00000000f;
      if (tabled212) {
        v342 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v197) * (uint32_t)(n + 1u)) + adv_u32f(v198)))];
      } else {
        const float v343 = (acc15 - v197);
        const float v344 = (v197 + v343);
        const float v345 = (v344 + 1.00000001e-10f);
        const float v346 = (v197 / v345);
        const float v347 = adv_fmin(adv_fmax(v346, 0.00000000f), 1.00000000f);
        const float v348 = sqrtf(v347);
        const float v349 = adv_asin(v348);
        const float v350 = (v37 - v198);
        const float v351 = (v198 + v350);
        const float v352 = (v351 + 1.00000001e-10f);
        const float v353 = (v198 / v352);
        const float v354 = adv_fmin(adv_fmax(v353, 0.00000000f), 1.00000000f);
        const float v355 = sqrtf(v354);
        const float v356 = adv_asin(v355);
        v342 = (v349 - v356);
      }
      const float v357 = v342;
      const float v358 = ((float)(H[(uint32_t)(u_oh_acc33 + slot)]));
      const float v359 = (v358 / acc21);
      const float v361 = (v359 * v360);
      const float v369 = (v359 + v368);
      const float v370 = (v361 / v369);
      const float v372 = (v371 ? v370 : 0.00000000f);
      const float v373 = ((float)(H[(uint32_t)(u_oh_acc51 + slot)]));
      const float v374 = (v373 / acc23);
      const float v375 = (v374 * v360);
      const float v382 = (v374 + v381);
      const float v383 = (v375 / v382);
      const float v385 = (v384 ? v383 : 0.00000000f);
      const float v386 = (v385 + 0.00000999999975f);
      const float v387 = (v372 / v386);
      const float v388 = (v372 + 0.00000999999975f);
      const float v389 = (v385 / v388);
      const float v390 = (v387 - v389);
      const float v392 = (v391 ? v390 : 0.00000000f);
      const float v393 = (v357 + v392);
      const float v394 = (v341 * v393);
      const float v396 = (v394 / v395);
      const float v397 = (1.00000000f / (1.00000000f + expf((-v396))));
      const float v398 = (v397 - 0.500000000f);
      const float v399 = (v398 * 2.00000000f);
      const float v400 = (v399 * u_p_top);
      v196 = v400;
    } else {
      v196 = 0.00000000f;
    }
    F_v234[slot] = v196;
  }
  // reduce to group %251
  const float v402 = (acc239 / acc16);
  const float v403 = (acc237 + v402);
  const float v405 = (acc244 - acc237);
  const bool v406 = (v405 > 0.00000000f);
  const float v407 = (v406 ? v405 : 1.00000000f);
  float acc251 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v401 = F_v9[row];
    const float v404 = (v401 - v403);
    const float v408 = (v404 / v407);
    const float v409 = (v408 * v408);
    acc251 = (acc251 + v409);
  }
  if ((lid == 0u)) {
    F_v251[g] = acc251;
  }
  const bool v411 = (acc16 > 1.00000000f);
  const float v412 = (v411 ? v403 : 0.00000000f);
  const float v414 = (acc16 - 1.00000000f);
  const float v415 = (acc251 / v414);
  const float v416 = sqrtf(v415);
  const float v417 = (v416 * v407);
  const float v418 = (v411 ? v417 : 1.00000000f);
  const float v419 = (v418 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v410 = F_v9[row];
    const float v413 = (v410 - v412);
    const float v420 = (v413 / v419);
    const bool v421 = (v413 == 0.00000000f);
    const float v422 = (v421 ? 0.00000000f : v420);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw423 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v424 = F_v234[((sw423 != 4294967295u) ? (uint32_t)(sw423 & 2147483647u) : 0u)];
      const float v425 = ((sw423 != 4294967295u) ? v424 : 0.00000000f);
      const float v426 = (v422 + v425);
      const int32_t v427 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v428 = ((float)(v427));
      const float v429 = (v426 * v428);
      const float v430 = v425;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v429;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v430;
    }
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = H[(uint32_t)(u_oh_count_tok + g)];
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc27 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc31 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc33 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc51 + lbase) + i)] = 0u;
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
  run.F_table200 = adv_element(env, argv[1], 10, &n);
  run.F_table212 = adv_element(env, argv[1], 11, &n);
  run.F_v234 = adv_element(env, argv[1], 12, &n);
  run.F_v251 = adv_element(env, argv[1], 13, &n);
  run.F_out_advantages = adv_element(env, argv[1], 14, &n);
  run.F_out_key_values = adv_element(env, argv[1], 15, &n);
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
