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
  uint32_t o_v230;
  uint32_t o_table196;
  uint32_t o_table208;
  uint32_t o_v233;
  uint32_t o_v239;
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
  uint32_t oh_acc49;
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
  float *F_v233;
  float *F_table196;
  float *F_table208;
  float *F_v230;
  float *F_v239;
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
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static const float ADV_LOG_FACTORIAL[130] = { 0.00000000f, 0.00000000f, 0.693147182f, 1.79175949f, 3.17805386f, 4.78749180f, 6.57925129f, 8.52516174f, 10.6046028f, 12.8018274f, 15.1044130f, 17.5023079f, 19.9872150f, 22.5521641f, 25.1912212f, 27.8992710f, 30.6718597f, 33.5050735f, 36.3954468f, 39.3398857f, 42.3356171f, 45.3801384f, 48.4711800f, 51.6066742f, 54.7847290f, 58.0036049f, 61.2617035f, 64.5575409f, 67.8897400f, 71.2570419f, 74.6582336f, 78.0922241f, 81.5579605f, 85.0544662f, 88.5808258f, 92.1361771f, 95.7196960f, 99.3306122f, 102.968201f, 106.631760f, 110.320641f, 114.034210f, 117.771881f, 121.533081f, 125.317268f, 129.123932f, 132.952576f, 136.802719f, 140.673920f, 144.565750f, 148.477768f, 152.409592f, 156.360840f, 160.331131f, 164.320114f, 168.327438f, 172.352798f, 176.395844f, 180.456299f, 184.533829f, 188.628174f, 192.739044f, 196.866180f, 201.009323f, 205.168198f, 209.342590f, 213.532242f, 217.736938f, 221.956436f, 226.190552f, 230.439041f, 234.701721f, 238.978394f, 243.268845f, 247.572906f, 251.890396f, 256.221130f, 260.564941f, 264.921661f, 269.291107f, 273.673126f, 278.067566f, 282.474304f, 286.893127f, 291.323944f, 295.766602f, 300.220947f, 304.686859f, 309.164185f, 313.652832f, 318.152649f, 322.663513f, 327.185303f, 331.717896f, 336.261169f, 340.815063f, 345.379395f, 349.954132f, 354.539093f, 359.134216f, 363.739380f, 368.354492f, 372.979462f, 377.614197f, 382.258575f, 386.912537f, 391.575989f, 396.248810f, 400.930939f, 405.622284f, 410.322784f, 415.032318f, 419.750793f, 424.478180f, 429.214386f, 433.959320f, 438.712921f, 443.475098f, 448.245758f, 453.024902f, 457.812378f, 462.608185f, 467.412201f, 472.224396f, 477.044678f, 481.872986f, 486.709259f, 491.553436f, 496.405487f, 501.265289f };
static inline uint32_t h_load(uint32_t i) {
  uint32_t *const H = R->H;
  return H[i];
}
static inline void h_store(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = v;
}
static inline uint32_t h_add(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o + v);
  return o;
}
static inline uint32_t h_or(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  H[i] = (uint32_t)(o | v);
  return o;
}
static inline void h_max(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umax(H[i], v);
}
static inline void h_min(uint32_t i, uint32_t v) {
  uint32_t *const H = R->H;
  H[i] = adv_umin(H[i], v);
}
static inline uint32_t h_cas(uint32_t i, uint32_t expected, uint32_t v) {
  uint32_t *const H = R->H;
  const uint32_t o = H[i];
  if ((o == expected)) {
    H[i] = v;
  }
  return o;
}
static inline float adv_bits(uint32_t b) {
  uint32_t x = b;
  return adv_f32bits((uint32_t)(x));
}
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
  return ((x > 0.00000000f) ? ((x < 8.00000000f) ? small : large) : adv_bits(2139095040u));
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
static inline uint32_t adv_hash(uint32_t x0) {
  uint32_t x = x0;
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (16u & 31u))) * 2146121005u);
  x = (uint32_t)((uint32_t)(x ^ (uint32_t)(x >> (15u & 31u))) * 2221713035u);
  return (uint32_t)(x ^ (uint32_t)(x >> (16u & 31u)));
}
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const uint32_t u_oh_table_tok = R->U.oh_table_tok;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc31 = R->U.oh_acc31;
  const uint32_t u_oh_acc27 = R->U.oh_acc27;
  const uint32_t u_oh_acc49 = R->U.oh_acc49;
  const uint32_t u_oh_acc33 = R->U.oh_acc33;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v233 = R->F_v233;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table196 = R->F_table196;
  float *const restrict F_table208 = R->F_table208;
  float *const restrict F_v230 = R->F_v230;
  float *const restrict F_v239 = R->F_v239;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 0u)]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 1u)]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 2u)]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)((uint32_t)(m0 + j) + 3u)]));
    float acc9_0 = 0.00000000f;
    float acc19_0 = 0.00000000f;
    float acc9_1 = 0.00000000f;
    float acc19_1 = 0.00000000f;
    float acc9_2 = 0.00000000f;
    float acc19_2 = 0.00000000f;
    float acc9_3 = 0.00000000f;
    float acc19_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
        acc9_0 = (acc9_0 + v0);
        acc19_0 = (acc19_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
        acc9_1 = (acc9_1 + v1);
        acc19_1 = (acc19_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
        acc9_2 = (acc9_2 + v2);
        acc19_2 = (acc19_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
        acc9_3 = (acc9_3 + v3);
        acc19_3 = (acc19_3 + 1.00000000f);
      }
    }
    F_v9[row0] = acc9_0;
    F_v19[row0] = acc19_0;
    F_v9[row1] = acc9_1;
    F_v19[row1] = acc19_1;
    F_v9[row2] = acc9_2;
    F_v19[row2] = acc19_2;
    F_v9[row3] = acc9_3;
    F_v19[row3] = acc19_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc9 = 0.00000000f;
    float acc19 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        acc9 = (acc9 + v4);
        acc19 = (acc19 + 1.00000000f);
      }
    }
    F_v9[row] = acc9;
    F_v19[row] = acc19;
  }
  float acc15 = 0.00000000f;
  float acc16 = 0.00000000f;
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc233 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v19[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc15 = (acc15 + v7);
    acc16 = (acc16 + 1.00000000f);
    acc21 = (acc21 + v9);
    acc23 = (acc23 + v10);
    acc233 = (acc233 + v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v233[g] = acc233;
  }
  {
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v12 = F_v9[row];
      const bool v13 = (v12 > 0.00000000f);
      const float v14 = (v13 ? 1.00000000f : 0.00000000f);
      const bool v17 = (!v13);
      const float v18 = (v17 ? 1.00000000f : 0.00000000f);
      const float v21 = (v13 ? 0.00000000f : 1.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
          const int32_t v11 = I_responses[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
          const int32_t key = v11;
          if ((key >= 0)) {
            const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
            uint32_t h = (uint32_t)(adv_hash(((uint32_t)(key))) & (uint32_t)(cap - 1u));
            uint32_t r = 0u;
            for (;;) {
              const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
              const uint32_t cur = H[e];
              if ((cur == kk)) {
                r = H[(uint32_t)(e + 1u)];
                break;
              }
              if ((cur == 0u)) {
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = kk;
                H[(uint32_t)(e + 1u)] = r;
                H[(uint32_t)(u_oh_keys_tok + r)] = kk;
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
            }
            const bool first = (H[(uint32_t)(u_oh_seen_tok + r)] != (uint32_t)(j + 1u));
            H[(uint32_t)(u_oh_seen_tok + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const bool v15 = ((uint32_t)(word >> (31u & 31u)) != 0u);
            const float v16 = (v15 ? v14 : 0.00000000f);
            const float v19 = (v15 ? v18 : 0.00000000f);
            const float v20 = v14;
            const float v22 = v21;
            {
              const uint32_t a23 = adv_u32f(v16);
              const uint32_t a24 = adv_u32f(v19);
              const uint32_t add = (uint32_t)(a23 + a24);
              if ((add != 0u)) {
                h_add((uint32_t)(((a23 != 0u) ? u_oh_acc27 : u_oh_acc31) + (uint32_t)(word & 2147483647u)), add);
              }
            }
            {
              const uint32_t a25 = adv_u32f(v20);
              const uint32_t a26 = adv_u32f(v22);
              const uint32_t add = (uint32_t)(a25 + a26);
              if ((add != 0u)) {
                h_add((uint32_t)(((a25 != 0u) ? u_oh_acc33 : u_oh_acc49) + (uint32_t)(word & 2147483647u)), add);
              }
            }
          }
        }
        h_store((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + tt), word);
      }
    }
    h_store((uint32_t)(u_oh_count_tok + g), nk);
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      const uint32_t kk = H[(uint32_t)((uint32_t)(u_oh_keys_tok + lbase) + i)];
      uint32_t h = (uint32_t)(adv_hash((uint32_t)(kk - 1u)) & (uint32_t)(cap - 1u));
      for (;;) {
        const uint32_t e = (uint32_t)(u_oh_table_tok + (uint32_t)(2u * (uint32_t)(base + h)));
        if ((H[e] == kk)) {
          H[e] = 0u;
          break;
        }
        h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(cap - 1u));
      }
    }
  }
  const bool v27 = (u_p_alpha != 0.00000000f);
  const float v34 = (acc16 - acc15);
  const bool v169 = (u_p_beta != 0.00000000f);
  const bool tabled196 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled196) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v28 = 0.00000000f;
      if (v27) {
        const float v29 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v30 = (v29 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v31 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v32 = (v30 + v31);
        const float v33 = (v29 + v31);
        const float v35 = (v34 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v36 = (v33 + v35);
        const float v37 = (v32 - v36);
        const float v38 = adv_fmax(0.00000000f, v37);
        const float v39 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v31);
        const float v40 = adv_fmin(v29, v39);
        const bool v41 = (v38 == v40);
        float v42 = 0.00000000f;
        if (v41) {
          v42 = 0.00000000f;
        } else {
          const float v43 = (v29 + v39);
          const float v44 = (v43 - v36);
          const float v45 = adv_fmax(0.00000000f, v44);
          const int32_t v46 = adv_i32f(v45);
          const int32_t v47 = adv_i32f(v40);
          const float v48 = (v39 + 1.00000000f);
          const float v49 = adv_lgamma(v48);
          const float v50 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v51 = adv_lgamma(v50);
          const float v52 = (v49 - v51);
          const float v53 = (v39 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v54 = (v53 + 1.00000000f);
          const float v55 = adv_lgamma(v54);
          const float v56 = (v52 - v55);
          const float v57 = (v36 - v39);
          const float v58 = (v29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
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
          const float v69 = (v36 + 1.00000000f);
          const float v70 = adv_lgamma(v69);
          const float v71 = (v29 + 1.00000000f);
          const float v72 = adv_lgamma(v71);
          const float v73 = (v70 - v72);
          const float v74 = (v36 - v29);
          const float v75 = (v74 + 1.00000000f);
          const float v76 = adv_lgamma(v75);
          const float v77 = (v73 - v76);
          const float v78 = (v68 - v77);
          const float v79 = (v78 + 0.00000999999975f);
          float fold81 = 0.00000000f;
          for (int32_t k80 = v46; (k80 <= v47); k80 = (int32_t)(k80 + 1)) {
            const float v82 = ((float)(k80));
            const float v83 = (v82 + 1.00000000f);
            const float v84 = adv_lgamma(v83);
            const float v85 = (v49 - v84);
            const float v86 = (v39 - v82);
            const float v87 = (v86 + 1.00000000f);
            const float v88 = adv_lgamma(v87);
            const float v89 = (v85 - v88);
            const float v90 = (v29 - v82);
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
          const float v103 = fold81;
          const float v104 = ((-2.00000000f) * v103);
          const float v105 = expf(v104);
          v42 = v105;
        }
        const float v106 = v42;
        const float v107 = (u_p_alpha * v106);
        v28 = v107;
      } else {
        v28 = 0.00000000f;
      }
      const float v108 = v28;
      const float v109 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v110 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v109);
      const float v111 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v112 = (v111 + v109);
      const float v113 = (v34 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v114 = (v112 + v113);
      const float v115 = (v110 / v114);
      const float v116 = (-v115);
      const float v117 = log2f(v115);
      const float v118 = (v116 * v117);
      const bool v119 = (v115 > 0.00000000f);
      const float v120 = (v119 ? v118 : 0.00000000f);
      const float v121 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v113);
      const float v122 = (v121 / v114);
      const float v123 = (-v122);
      const float v124 = log2f(v122);
      const float v125 = (v123 * v124);
      const bool v126 = (v122 > 0.00000000f);
      const float v127 = (v126 ? v125 : 0.00000000f);
      const float v128 = (v120 + v127);
      const float v129 = (v111 / v114);
      const float v130 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v111);
      const float v131 = (-v130);
      const float v132 = log2f(v130);
      const float v133 = (v131 * v132);
      const bool v134 = (v130 > 0.00000000f);
      const float v135 = (v134 ? v133 : 0.00000000f);
      const float v136 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v111);
      const float v137 = (-v136);
      const float v138 = log2f(v136);
      const float v139 = (v137 * v138);
      const bool v140 = (v136 > 0.00000000f);
      const float v141 = (v140 ? v139 : 0.00000000f);
      const float v142 = (v135 + v141);
      const bool v143 = (v111 > 0.00000000f);
      const float v144 = (v143 ? v142 : 0.00000000f);
      const float v145 = (v129 * v144);
      const float v146 = (v109 + v113);
      const float v147 = (v146 / v114);
      const float v148 = (v109 / v146);
      const float v149 = (-v148);
      const float v150 = log2f(v148);
      const float v151 = (v149 * v150);
      const bool v152 = (v148 > 0.00000000f);
      const float v153 = (v152 ? v151 : 0.00000000f);
      const float v154 = (v113 / v146);
      const float v155 = (-v154);
      const float v156 = log2f(v154);
      const float v157 = (v155 * v156);
      const bool v158 = (v154 > 0.00000000f);
      const float v159 = (v158 ? v157 : 0.00000000f);
      const float v160 = (v153 + v159);
      const bool v161 = (v146 > 0.00000000f);
      const float v162 = (v161 ? v160 : 0.00000000f);
      const float v163 = (v147 * v162);
      const float v164 = (v145 + v163);
      const float v165 = (v128 - v164);
      const bool v166 = (v114 > 0.00000000f);
      const float v167 = (v166 ? v165 : 0.00000000f);
      const float v168 = (u_p_beta * v167);
      const float v170 = (v169 ? v168 : 0.00000000f);
      const float v171 = (v108 + v170);
      F_table196[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v171;
    }
  }
  const bool tabled208 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled208) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v172 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v173 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v172);
      const float v174 = (v173 + 1.00000001e-10f);
      const float v175 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v174);
      const float v176 = adv_fmin(adv_fmax(v175, 0.00000000f), 1.00000000f);
      const float v177 = sqrtf(v176);
      const float v178 = adv_asin(v177);
      const float v179 = (v34 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v180 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v179);
      const float v181 = (v180 + 1.00000001e-10f);
      const float v182 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v181);
      const float v183 = adv_fmin(adv_fmax(v182, 0.00000000f), 1.00000000f);
      const float v184 = sqrtf(v183);
      const float v185 = adv_asin(v184);
      const float v186 = (v178 - v185);
      F_table208[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v186;
    }
  }
  const bool v187 = (acc15 > 0.00000000f);
  const bool v188 = (v34 > 0.00000000f);
  const bool v189 = (v187 && v188);
  const float v357 = (u_p_bm25_k1 + 1.00000000f);
  const float v359 = (1.00000000f - u_p_bm25_b);
  const float v360 = (u_p_bm25_b * acc21);
  const float v361 = (acc21 + acc23);
  const float v362 = (v361 / 2.00000000f);
  const float v363 = (v360 / v362);
  const float v364 = (v359 + v363);
  const float v365 = (u_p_bm25_k1 * v364);
  const float v371 = (u_p_bm25_b * acc23);
  const float v372 = (acc23 + acc21);
  const float v373 = (v372 / 2.00000000f);
  const float v374 = (v371 / v373);
  const float v375 = (v359 + v374);
  const float v376 = (u_p_bm25_k1 * v375);
  const bool v384 = (u_p_gamma != 0.00000000f);
  const float v388 = (u_p_alpha + u_p_beta);
  const uint32_t nkeys230 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys230); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v190 = ((int32_t)((uint32_t)(h_load((uint32_t)(u_oh_keys_tok + slot)) - 1u)));
    const bool v191 = (v190 != u_p_zero_token_id);
    const bool v192 = (v189 && v191);
    float v193 = 0.00000000f;
    if (v192) {
      const float v194 = ((float)(h_load((uint32_t)(u_oh_acc27 + slot))));
      const float v195 = ((float)(h_load((uint32_t)(u_oh_acc31 + slot))));
      float v196 = 0.00000000f;
      if (tabled196) {
        v196 = F_table196[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v194) * (uint32_t)(n + 1u))) + adv_u32f(v195))];
      } else {
        float v197 = 0.00000000f;
        if (v27) {
          const float v198 = (v194 + v195);
          const float v199 = (v198 + v194);
          const float v200 = (acc15 - v194);
          const float v201 = (v199 + v200);
          const float v202 = (v198 + v200);
          const float v203 = (v34 - v195);
          const float v204 = (v202 + v203);
          const float v205 = (v201 - v204);
          const float v206 = adv_fmax(0.00000000f, v205);
          const float v207 = (v194 + v200);
          const float v208 = adv_fmin(v198, v207);
          const bool v209 = (v206 == v208);
          float v210 = 0.00000000f;
          if (v209) {
            v210 = 0.00000000f;
          } else {
            const float v211 = (v198 + v207);
            const float v212 = (v211 - v204);
            const float v213 = adv_fmax(0.00000000f, v212);
            const int32_t v214 = adv_i32f(v213);
            const int32_t v215 = adv_i32f(v208);
            const float v216 = (v207 + 1.00000000f);
            const float v217 = adv_lgamma(v216);
            const float v218 = (v194 + 1.00000000f);
            const float v219 = adv_lgamma(v218);
            const float v220 = (v217 - v219);
            const float v221 = (v207 - v194);
            const float v222 = (v221 + 1.00000000f);
            const float v223 = adv_lgamma(v222);
            const float v224 = (v220 - v223);
            const float v225 = (v204 - v207);
            const float v226 = (v198 - v194);
            const float v227 = (v225 + 1.00000000f);
            const float v228 = adv_lgamma(v227);
            const float v229 = (v226 + 1.00000000f);
            const float v230 = adv_lgamma(v229);
            const float v231 = (v228 - v230);
            const float v232 = (v225 - v226);
            const float v233 = (v232 + 1.00000000f);
            const float v234 = adv_lgamma(v233);
            const float v235 = (v231 - v234);
            const float v236 = (v224 + v235);
            const float v237 = (v204 + 1.00000000f);
            const float v238 = adv_lgamma(v237);
            const float v239 = (v198 + 1.00000000f);
            const float v240 = adv_lgamma(v239);
            const float v241 = (v238 - v240);
            const float v242 = (v204 - v198);
            const float v243 = (v242 + 1.00000000f);
            const float v244 = adv_lgamma(v243);
            const float v245 = (v241 - v244);
            const float v246 = (v236 - v245);
            const float v247 = (v246 + 0.00000999999975f);
            float fold249 = 0.00000000f;
            for (int32_t k248 = v214; (k248 <= v215); k248 = (int32_t)(k248 + 1)) {
              const float v250 = ((float)(k248));
              const float v251 = (v250 + 1.00000000f);
              const float v252 = adv_lgamma(v251);
              const float v253 = (v217 - v252);
              const float v254 = (v207 - v250);
              const float v255 = (v254 + 1.00000000f);
              const float v256 = adv_lgamma(v255);
              const float v257 = (v253 - v256);
              const float v258 = (v198 - v250);
              const float v259 = (v258 + 1.00000000f);
              const float v260 = adv_lgamma(v259);
              const float v261 = (v228 - v260);
              const float v262 = (v225 - v258);
              const float v263 = (v262 + 1.00000000f);
              const float v264 = adv_lgamma(v263);
              const float v265 = (v261 - v264);
              const float v266 = (v257 + v265);
              const float v267 = (v266 - v245);
              const float v268 = expf(v267);
              const bool v269 = (v267 <= v247);
              const float v270 = (v269 ? v268 : 0.00000000f);
              fold249 = (fold249 + v270);
            }
            const float v271 = fold249;
            const float v272 = ((-2.00000000f) * v271);
            const float v273 = expf(v272);
            v210 = v273;
          }
          const float v274 = v210;
          const float v275 = (u_p_alpha * v274);
          v197 = v275;
        } else {
          v197 = 0.00000000f;
        }
        const float v276 = v197;
        const float v277 = (acc15 - v194);
        const float v278 = (v194 + v277);
        const float v279 = (v194 + v195);
        const float v280 = (v279 + v277);
        const float v281 = (v34 - v195);
        const float v282 = (v280 + v281);
        const float v283 = (v278 / v282);
        const float v284 = (-v283);
        const float v285 = log2f(v283);
        const float v286 = (v284 * v285);
        const bool v287 = (v283 > 0.00000000f);
        const float v288 = (v287 ? v286 : 0.00000000f);
        const float v289 = (v195 + v281);
        const float v290 = (v289 / v282);
        const float v291 = (-v290);
        const float v292 = log2f(v290);
        const float v293 = (v291 * v292);
        const bool v294 = (v290 > 0.00000000f);
        const float v295 = (v294 ? v293 : 0.00000000f);
        const float v296 = (v288 + v295);
        const float v297 = (v279 / v282);
        const float v298 = (v194 / v279);
        const float v299 = (-v298);
        const float v300 = log2f(v298);
        const float v301 = (v299 * v300);
        const bool v302 = (v298 > 0.00000000f);
        const float v303 = (v302 ? v301 : 0.00000000f);
        const float v304 = (v195 / v279);
        const float v305 = (-v304);
        const float v306 = log2f(v304);
        const float v307 = (v305 * v306);
        const bool v308 = (v304 > 0.00000000f);
        const float v309 = (v308 ? v307 : 0.00000000f);
        const float v310 = (v303 + v309);
        const bool v311 = (v279 > 0.00000000f);
        const float v312 = (v311 ? v310 : 0.00000000f);
        const float v313 = (v297 * v312);
        const float v314 = (v277 + v281);
        const float v315 = (v314 / v282);
        const float v316 = (v277 / v314);
        const float v317 = (-v316);
        const float v318 = log2f(v316);
        const float v319 = (v317 * v318);
        const bool v320 = (v316 > 0.00000000f);
        const float v321 = (v320 ? v319 : 0.00000000f);
        const float v322 = (v281 / v314);
        const float v323 = (-v322);
        const float v324 = log2f(v322);
        const float v325 = (v323 * v324);
        const bool v326 = (v322 > 0.00000000f);
        const float v327 = (v326 ? v325 : 0.00000000f);
        const float v328 = (v321 + v327);
        const bool v329 = (v314 > 0.00000000f);
        const float v330 = (v329 ? v328 : 0.00000000f);
        const float v331 = (v315 * v330);
        const float v332 = (v313 + v331);
        const float v333 = (v296 - v332);
        const bool v334 = (v282 > 0.00000000f);
        const float v335 = (v334 ? v333 : 0.00000000f);
        const float v336 = (u_p_beta * v335);
        const float v337 = (v169 ? v336 : 0.00000000f);
        v196 = (v276 + v337);
      }
      const float v338 = v196;
      float v339 = 0.00000000f;
      if (tabled208) {
        v339 = F_table208[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v194) * (uint32_t)(n + 1u))) + adv_u32f(v195))];
      } else {
        const float v340 = (acc15 - v194);
        const float v341 = (v194 + v340);
        const float v342 = (v341 + 1.00000001e-10f);
        const float v343 = (v194 / v342);
        const float v344 = adv_fmin(adv_fmax(v343, 0.00000000f), 1.00000000f);
        const float v345 = sqrtf(v344);
        const float v346 = adv_asin(v345);
        const float v347 = (v34 - v195);
        const float v348 = (v195 + v347);
        const float v349 = (v348 + 1.00000001e-10f);
        const float v350 = (v195 / v349);
        const float v351 = adv_fmin(adv_fmax(v350, 0.00000000f), 1.00000000f);
        const float v352 = sqrtf(v351);
        const float v353 = adv_asin(v352);
        v339 = (v346 - v353);
      }
      const float v354 = v339;
      const float v355 = ((float)(h_load((uint32_t)(u_oh_acc33 + slot))));
      const float v356 = (v355 / acc21);
      const float v358 = (v356 * v357);
      const float v366 = (v356 + v365);
      const float v367 = (v358 / v366);
      const float v368 = ((float)(h_load((uint32_t)(u_oh_acc49 + slot))));
      const float v369 = (v368 / acc23);
      const float v370 = (v369 * v357);
      const float v377 = (v369 + v376);
      const float v378 = (v370 / v377);
      const float v379 = (v378 + 0.00000999999975f);
      const float v380 = (v367 / v379);
      const float v381 = (v367 + 0.00000999999975f);
      const float v382 = (v378 / v381);
      const float v383 = (v380 - v382);
      const float v385 = (v384 ? v383 : 0.00000000f);
      const float v386 = (v354 + v385);
      const float v387 = (v338 * v386);
      const float v389 = (v387 / v388);
      const float v390 = (1.00000000f / (1.00000000f + expf((-v389))));
      const float v391 = (v390 - 0.500000000f);
      const float v392 = (v391 * 2.00000000f);
      const float v393 = (v392 * u_p_top);
      v193 = v393;
    } else {
      v193 = 0.00000000f;
    }
    F_v230[slot] = v193;
  }
  const float v395 = (acc233 / acc16);
  float acc239 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v394 = F_v9[row];
    const float v396 = (v394 - v395);
    const float v397 = (v396 * v396);
    acc239 = (acc239 + v397);
  }
  if ((lid == 0u)) {
    F_v239[g] = acc239;
  }
  const bool v399 = (acc16 > 1.00000000f);
  const float v400 = (v399 ? v395 : 0.00000000f);
  const float v402 = (acc16 - 1.00000000f);
  const float v403 = (acc239 / v402);
  const float v404 = sqrtf(v403);
  const float v405 = (v399 ? v404 : 1.00000000f);
  const float v406 = (v405 + u_p_epsilon);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v398 = F_v9[row];
    const float v401 = (v398 - v400);
    const float v407 = (v401 / v406);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw408 = h_load((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + ((uint32_t)(t))));
      const float v409 = F_v230[((sw408 != 4294967295u) ? (uint32_t)(sw408 & 2147483647u) : 0u)];
      const float v410 = ((sw408 != 4294967295u) ? v409 : 0.00000000f);
      const float v411 = (v407 + v410);
      const int32_t v412 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v413 = ((float)(v412));
      const float v414 = (v411 * v413);
      const float v415 = v410;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v414;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v415;
    }
  }
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = h_load((uint32_t)(u_oh_count_tok + g));
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc27 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc31 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc33 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc49 + lbase) + i)] = 0u;
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

/* every kernel over run->groups groups (run->order) on run->threads threads (clamped to 1..64); claim zeroed */
static void adv_run_kernels(Run *run) {
  if (run->threads < 1u) run->threads = 1u;
  if (run->threads > 64u) run->threads = 64u;
  pthread_t tid[64];
  if (run->threads > 1u) pthread_barrier_init(&run->barrier, NULL, run->threads);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_create(&tid[t], NULL, adv_share, run);
  adv_share(run);
  for (uint32_t t = 1u; t < run->threads; t++) pthread_join(tid[t], NULL);
  if (run->threads > 1u) pthread_barrier_destroy(&run->barrier);
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
  run.F_v233 = adv_element(env, argv[1], 7, &n);
  run.F_table196 = adv_element(env, argv[1], 8, &n);
  run.F_table208 = adv_element(env, argv[1], 9, &n);
  run.F_v230 = adv_element(env, argv[1], 10, &n);
  run.F_v239 = adv_element(env, argv[1], 11, &n);
  run.F_out_advantages = adv_element(env, argv[1], 12, &n);
  run.F_out_key_values = adv_element(env, argv[1], 13, &n);
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
