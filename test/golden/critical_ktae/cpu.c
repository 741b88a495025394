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
  uint32_t o_v258;
  uint32_t o_table254;
  uint32_t o_table197;
  uint32_t o_table209;
  uint32_t o_v261;
  uint32_t o_v267;
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
  uint32_t oh_acc50;
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
  float *F_v261;
  float *F_table254;
  float *F_table197;
  float *F_table209;
  float *F_v258;
  float *F_v267;
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
  const uint32_t u_oh_acc32 = R->U.oh_acc32;
  const uint32_t u_oh_acc28 = R->U.oh_acc28;
  const uint32_t u_oh_acc50 = R->U.oh_acc50;
  const uint32_t u_oh_acc34 = R->U.oh_acc34;
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
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v20 = R->F_v20;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v17 = R->F_v17;
  float *const restrict F_v22 = R->F_v22;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v261 = R->F_v261;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_table254 = R->F_table254;
  float *const restrict F_table197 = R->F_table197;
  float *const restrict F_table209 = R->F_table209;
  float *const restrict F_v258 = R->F_v258;
  float *const restrict F_v267 = R->F_v267;
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
    float acc10_0 = 0.00000000f;
    float acc20_0 = 0.00000000f;
    float acc10_1 = 0.00000000f;
    float acc20_1 = 0.00000000f;
    float acc10_2 = 0.00000000f;
    float acc20_2 = 0.00000000f;
    float acc10_3 = 0.00000000f;
    float acc20_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
        acc10_0 = (acc10_0 + v0);
        acc20_0 = (acc20_0 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
        acc10_1 = (acc10_1 + v1);
        acc20_1 = (acc20_1 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
        acc10_2 = (acc10_2 + v2);
        acc20_2 = (acc20_2 + 1.00000000f);
      }
      if ((I_response_mask[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
        acc10_3 = (acc10_3 + v3);
        acc20_3 = (acc20_3 + 1.00000000f);
      }
    }
    F_v10[row0] = acc10_0;
    F_v20[row0] = acc20_0;
    F_v10[row1] = acc10_1;
    F_v20[row1] = acc20_1;
    F_v10[row2] = acc10_2;
    F_v20[row2] = acc20_2;
    F_v10[row3] = acc10_3;
    F_v20[row3] = acc20_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc10 = 0.00000000f;
    float acc20 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        acc10 = (acc10 + v4);
        acc20 = (acc20 + 1.00000000f);
      }
    }
    F_v10[row] = acc10;
    F_v20[row] = acc20;
  }
  float acc16 = 0.00000000f;
  float acc17 = 0.00000000f;
  float acc22 = 0.00000000f;
  float acc24 = 0.00000000f;
  float acc261 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v10[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v20[row];
    const float v9 = (v6 ? v8 : 0.00000000f);
    const float v10 = (v6 ? 0.00000000f : v8);
    acc16 = (acc16 + v7);
    acc17 = (acc17 + 1.00000000f);
    acc22 = (acc22 + v9);
    acc24 = (acc24 + v10);
    acc261 = (acc261 + v5);
  }
  if ((lid == 0u)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v261[g] = acc261;
  }
  {
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_korder[(uint32_t)(m0 + j)]));
      const float v12 = F_v10[row];
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
                h_add((uint32_t)(((a23 != 0u) ? u_oh_acc28 : u_oh_acc32) + (uint32_t)(word & 2147483647u)), add);
              }
            }
            {
              const uint32_t a25 = adv_u32f(v20);
              const uint32_t a26 = adv_u32f(v22);
              const uint32_t add = (uint32_t)(a25 + a26);
              if ((add != 0u)) {
                h_add((uint32_t)(((a25 != 0u) ? u_oh_acc34 : u_oh_acc50) + (uint32_t)(word & 2147483647u)), add);
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
  const float v32 = (acc17 - acc16);
  const bool tabled254 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled254) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v27 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v28 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v29 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v28);
      const float v30 = (v27 + v29);
      const float v31 = (v27 + v28);
      const float v33 = (v32 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v34 = (v31 + v33);
      const float v35 = (v30 - v34);
      const float v36 = adv_fmax(0.00000000f, v35);
      const int32_t v37 = adv_i32f(v36);
      const float v38 = adv_fmin(v27, v29);
      const int32_t v39 = adv_i32f(v38);
      const float v40 = (v29 + 1.00000000f);
      const float v41 = adv_lgamma(v40);
      const float v42 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v43 = adv_lgamma(v42);
      const float v44 = (v41 - v43);
      const float v45 = (v29 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v46 = (v45 + 1.00000000f);
      const float v47 = adv_lgamma(v46);
      const float v48 = (v44 - v47);
      const float v49 = (v34 - v29);
      const float v50 = (v27 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v51 = (v49 + 1.00000000f);
      const float v52 = adv_lgamma(v51);
      const float v53 = (v50 + 1.00000000f);
      const float v54 = adv_lgamma(v53);
      const float v55 = (v52 - v54);
      const float v56 = (v49 - v50);
      const float v57 = (v56 + 1.00000000f);
      const float v58 = adv_lgamma(v57);
      const float v59 = (v55 - v58);
      const float v60 = (v48 + v59);
      const float v61 = (v34 + 1.00000000f);
      const float v62 = adv_lgamma(v61);
      const float v63 = (v27 + 1.00000000f);
      const float v64 = adv_lgamma(v63);
      const float v65 = (v62 - v64);
      const float v66 = (v34 - v27);
      const float v67 = (v66 + 1.00000000f);
      const float v68 = adv_lgamma(v67);
      const float v69 = (v65 - v68);
      const float v70 = (v60 - v69);
      const float v71 = (v70 + 0.00000999999975f);
      float fold73 = 0.00000000f;
      for (int32_t k72 = v37; (k72 <= v39); k72 = (int32_t)(k72 + 1)) {
        const float v74 = ((float)(k72));
        const float v75 = (v74 + 1.00000000f);
        const float v76 = adv_lgamma(v75);
        const float v77 = (v41 - v76);
        const float v78 = (v29 - v74);
        const float v79 = (v78 + 1.00000000f);
        const float v80 = adv_lgamma(v79);
        const float v81 = (v77 - v80);
        const float v82 = (v27 - v74);
        const float v83 = (v82 + 1.00000000f);
        const float v84 = adv_lgamma(v83);
        const float v85 = (v52 - v84);
        const float v86 = (v49 - v82);
        const float v87 = (v86 + 1.00000000f);
        const float v88 = adv_lgamma(v87);
        const float v89 = (v85 - v88);
        const float v90 = (v81 + v89);
        const float v91 = (v90 - v69);
        const float v92 = expf(v91);
        const bool v93 = (v91 <= v71);
        const float v94 = (v93 ? v92 : 0.00000000f);
        fold73 = (fold73 + v94);
      }
      const float v95 = fold73;
      F_table254[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v95;
    }
  }
  const bool v96 = (u_p_alpha != 0.00000000f);
  const bool v237 = (u_p_beta != 0.00000000f);
  const bool tabled197 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v97 = 0.00000000f;
      if (v96) {
        const float v98 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v99 = (v98 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v100 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v101 = (v99 + v100);
        const float v102 = (v98 + v100);
        const float v103 = (v32 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v104 = (v102 + v103);
        const float v105 = (v101 - v104);
        const float v106 = adv_fmax(0.00000000f, v105);
        const float v107 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v100);
        const float v108 = adv_fmin(v98, v107);
        const bool v109 = (v106 == v108);
        float v110 = 0.00000000f;
        if (v109) {
          v110 = 0.00000000f;
        } else {
          const float v111 = (v98 + v107);
          const float v112 = (v111 - v104);
          const float v113 = adv_fmax(0.00000000f, v112);
          const int32_t v114 = adv_i32f(v113);
          const int32_t v115 = adv_i32f(v108);
          const float v116 = (v107 + 1.00000000f);
          const float v117 = adv_lgamma(v116);
          const float v118 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v119 = adv_lgamma(v118);
          const float v120 = (v117 - v119);
          const float v121 = (v107 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v122 = (v121 + 1.00000000f);
          const float v123 = adv_lgamma(v122);
          const float v124 = (v120 - v123);
          const float v125 = (v104 - v107);
          const float v126 = (v98 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v127 = (v125 + 1.00000000f);
          const float v128 = adv_lgamma(v127);
          const float v129 = (v126 + 1.00000000f);
          const float v130 = adv_lgamma(v129);
          const float v131 = (v128 - v130);
          const float v132 = (v125 - v126);
          const float v133 = (v132 + 1.00000000f);
          const float v134 = adv_lgamma(v133);
          const float v135 = (v131 - v134);
          const float v136 = (v124 + v135);
          const float v137 = (v104 + 1.00000000f);
          const float v138 = adv_lgamma(v137);
          const float v139 = (v98 + 1.00000000f);
          const float v140 = adv_lgamma(v139);
          const float v141 = (v138 - v140);
          const float v142 = (v104 - v98);
          const float v143 = (v142 + 1.00000000f);
          const float v144 = adv_lgamma(v143);
          const float v145 = (v141 - v144);
          const float v146 = (v136 - v145);
          const float v147 = (v146 + 0.00000999999975f);
          float fold149 = 0.00000000f;
          for (int32_t k148 = v114; (k148 <= v115); k148 = (int32_t)(k148 + 1)) {
            const float v150 = ((float)(k148));
            const float v151 = (v150 + 1.00000000f);
            const float v152 = adv_lgamma(v151);
            const float v153 = (v117 - v152);
            const float v154 = (v107 - v150);
            const float v155 = (v154 + 1.00000000f);
            const float v156 = adv_lgamma(v155);
            const float v157 = (v153 - v156);
            const float v158 = (v98 - v150);
            const float v159 = (v158 + 1.00000000f);
            const float v160 = adv_lgamma(v159);
            const float v161 = (v128 - v160);
            const float v162 = (v125 - v158);
            const float v163 = (v162 + 1.00000000f);
            const float v164 = adv_lgamma(v163);
            const float v165 = (v161 - v164);
            const float v166 = (v157 + v165);
            const float v167 = (v166 - v145);
            const float v168 = expf(v167);
            const bool v169 = (v167 <= v147);
            const float v170 = (v169 ? v168 : 0.00000000f);
            fold149 = (fold149 + v170);
          }
          const float v171 = fold149;
          const float v172 = ((-2.00000000f) * v171);
          const float v173 = expf(v172);
          v110 = v173;
        }
        const float v174 = v110;
        const float v175 = (u_p_alpha * v174);
        v97 = v175;
      } else {
        v97 = 0.00000000f;
      }
      const float v176 = v97;
      const float v177 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v178 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v177);
      const float v179 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v180 = (v179 + v177);
      const float v181 = (v32 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v182 = (v180 + v181);
      const float v183 = (v178 / v182);
      const float v184 = (-v183);
      const float v185 = log2f(v183);
      const float v186 = (v184 * v185);
      const bool v187 = (v183 > 0.00000000f);
      const float v188 = (v187 ? v186 : 0.00000000f);
      const float v189 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v181);
      const float v190 = (v189 / v182);
      const float v191 = (-v190);
      const float v192 = log2f(v190);
      const float v193 = (v191 * v192);
      const bool v194 = (v190 > 0.00000000f);
      const float v195 = (v194 ? v193 : 0.00000000f);
      const float v196 = (v188 + v195);
      const float v197 = (v179 / v182);
      const float v198 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v179);
      const float v199 = (-v198);
      const float v200 = log2f(v198);
      const float v201 = (v199 * v200);
      const bool v202 = (v198 > 0.00000000f);
      const float v203 = (v202 ? v201 : 0.00000000f);
      const float v204 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v179);
      const float v205 = (-v204);
      const float v206 = log2f(v204);
      const float v207 = (v205 * v206);
      const bool v208 = (v204 > 0.00000000f);
      const float v209 = (v208 ? v207 : 0.00000000f);
      const float v210 = (v203 + v209);
      const bool v211 = (v179 > 0.00000000f);
      const float v212 = (v211 ? v210 : 0.00000000f);
      const float v213 = (v197 * v212);
      const float v214 = (v177 + v181);
      const float v215 = (v214 / v182);
      const float v216 = (v177 / v214);
      const float v217 = (-v216);
      const float v218 = log2f(v216);
      const float v219 = (v217 * v218);
      const bool v220 = (v216 > 0.00000000f);
      const float v221 = (v220 ? v219 : 0.00000000f);
      const float v222 = (v181 / v214);
      const float v223 = (-v222);
      const float v224 = log2f(v222);
      const float v225 = (v223 * v224);
      const bool v226 = (v222 > 0.00000000f);
      const float v227 = (v226 ? v225 : 0.00000000f);
      const float v228 = (v221 + v227);
      const bool v229 = (v214 > 0.00000000f);
      const float v230 = (v229 ? v228 : 0.00000000f);
      const float v231 = (v215 * v230);
      const float v232 = (v213 + v231);
      const float v233 = (v196 - v232);
      const bool v234 = (v182 > 0.00000000f);
      const float v235 = (v234 ? v233 : 0.00000000f);
      const float v236 = (u_p_beta * v235);
      const float v238 = (v237 ? v236 : 0.00000000f);
      const float v239 = (v176 + v238);
      F_table197[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v239;
    }
  }
  const bool tabled209 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= h_load((uint32_t)(u_oh_count_tok + g)));
  if (tabled209) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v240 = (acc16 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v241 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v240);
      const float v242 = (v241 + 1.00000001e-10f);
      const float v243 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v242);
      const float v244 = adv_fmin(adv_fmax(v243, 0.00000000f), 1.00000000f);
      const float v245 = sqrtf(v244);
      const float v246 = adv_asin(v245);
      const float v247 = (v32 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v248 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v247);
      const float v249 = (v248 + 1.00000001e-10f);
      const float v250 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v249);
      const float v251 = adv_fmin(adv_fmax(v250, 0.00000000f), 1.00000000f);
      const float v252 = sqrtf(v251);
      const float v253 = adv_asin(v252);
      const float v254 = (v246 - v253);
      F_table209[(uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + i)] = v254;
    }
  }
  const float v326 = (u_p_p_crit * 0.999989986f);
  const bool v329 = (acc16 > 0.00000000f);
  const bool v330 = (v32 > 0.00000000f);
  const bool v331 = (v329 && v330);
  const float v497 = (u_p_bm25_k1 + 1.00000000f);
  const float v499 = (1.00000000f - u_p_bm25_b);
  const float v500 = (u_p_bm25_b * acc22);
  const float v501 = (acc22 + acc24);
  const float v502 = (v501 / 2.00000000f);
  const float v503 = (v500 / v502);
  const float v504 = (v499 + v503);
  const float v505 = (u_p_bm25_k1 * v504);
  const float v511 = (u_p_bm25_b * acc24);
  const float v512 = (acc24 + acc22);
  const float v513 = (v512 / 2.00000000f);
  const float v514 = (v511 / v513);
  const float v515 = (v499 + v514);
  const float v516 = (u_p_bm25_k1 * v515);
  const bool v524 = (u_p_gamma != 0.00000000f);
  const float v528 = (u_p_alpha + u_p_beta);
  const uint32_t nkeys258 = h_load((uint32_t)(u_oh_count_tok + g));
  for (uint32_t i = lid; (i < nkeys258); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v255 = ((float)(h_load((uint32_t)(u_oh_acc28 + slot))));
    const float v256 = ((float)(h_load((uint32_t)(u_oh_acc32 + slot))));
    float v257 = 0.00000000f;
    if (tabled254) {
      v257 = F_table254[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v255) * (uint32_t)(n + 1u))) + adv_u32f(v256))];
    } else {
      const float v258 = (v255 + v256);
      const float v259 = (acc16 - v255);
      const float v260 = (v255 + v259);
      const float v261 = (v258 + v260);
      const float v262 = (v258 + v259);
      const float v263 = (v32 - v256);
      const float v264 = (v262 + v263);
      const float v265 = (v261 - v264);
      const float v266 = adv_fmax(0.00000000f, v265);
      const int32_t v267 = adv_i32f(v266);
      const float v268 = adv_fmin(v258, v260);
      const int32_t v269 = adv_i32f(v268);
      const float v270 = (v260 + 1.00000000f);
      const float v271 = adv_lgamma(v270);
      const float v272 = (v255 + 1.00000000f);
      const float v273 = adv_lgamma(v272);
      const float v274 = (v271 - v273);
      const float v275 = (v260 - v255);
      const float v276 = (v275 + 1.00000000f);
      const float v277 = adv_lgamma(v276);
      const float v278 = (v274 - v277);
      const float v279 = (v264 - v260);
      const float v280 = (v258 - v255);
      const float v281 = (v279 + 1.00000000f);
      const float v282 = adv_lgamma(v281);
      const float v283 = (v280 + 1.00000000f);
      const float v284 = adv_lgamma(v283);
      const float v285 = (v282 - v284);
      const float v286 = (v279 - v280);
      const float v287 = (v286 + 1.00000000f);
      const float v288 = adv_lgamma(v287);
      const float v289 = (v285 - v288);
      const float v290 = (v278 + v289);
      const float v291 = (v264 + 1.00000000f);
      const float v292 = adv_lgamma(v291);
      const float v293 = (v258 + 1.00000000f);
      const float v294 = adv_lgamma(v293);
      const float v295 = (v292 - v294);
      const float v296 = (v264 - v258);
      const float v297 = (v296 + 1.00000000f);
      const float v298 = adv_lgamma(v297);
      const float v299 = (v295 - v298);
      const float v300 = (v290 - v299);
      const float v301 = (v300 + 0.00000999999975f);
      float fold303 = 0.00000000f;
      for (int32_t k302 = v267; (k302 <= v269); k302 = (int32_t)(k302 + 1)) {
        const float v304 = ((float)(k302));
        const float v305 = (v304 + 1.00000000f);
        const float v306 = adv_lgamma(v305);
        const float v307 = (v271 - v306);
        const float v308 = (v260 - v304);
        const float v309 = (v308 + 1.00000000f);
        const float v310 = adv_lgamma(v309);
        const float v311 = (v307 - v310);
        const float v312 = (v258 - v304);
        const float v313 = (v312 + 1.00000000f);
        const float v314 = adv_lgamma(v313);
        const float v315 = (v282 - v314);
        const float v316 = (v279 - v312);
        const float v317 = (v316 + 1.00000000f);
        const float v318 = adv_lgamma(v317);
        const float v319 = (v315 - v318);
        const float v320 = (v311 + v319);
        const float v321 = (v320 - v299);
        const float v322 = expf(v321);
        const bool v323 = (v321 <= v301);
        const float v324 = (v323 ? v322 : 0.00000000f);
        fold303 = (fold303 + v324);
      }
      v257 = fold303;
    }
    const float v325 = v257;
    const bool v327 = (v325 < v326);
    float v328 = 0.00000000f;
    if (v327) {
      const int32_t v332 = ((int32_t)((uint32_t)(h_load((uint32_t)(u_oh_keys_tok + slot)) - 1u)));
      const bool v333 = (v332 != u_p_zero_token_id);
      const bool v334 = (v331 && v333);
      float v335 = 0.00000000f;
      if (v334) {
        float v336 = 0.00000000f;
        if (tabled197) {
          v336 = F_table197[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v255) * (uint32_t)(n + 1u))) + adv_u32f(v256))];
        } else {
          float v337 = 0.00000000f;
          if (v96) {
            const float v338 = (v255 + v256);
            const float v339 = (v338 + v255);
            const float v340 = (acc16 - v255);
            const float v341 = (v339 + v340);
            const float v342 = (v338 + v340);
            const float v343 = (v32 - v256);
            const float v344 = (v342 + v343);
            const float v345 = (v341 - v344);
            const float v346 = adv_fmax(0.00000000f, v345);
            const float v347 = (v255 + v340);
            const float v348 = adv_fmin(v338, v347);
            const bool v349 = (v346 == v348);
            float v350 = 0.00000000f;
            if (v349) {
              v350 = 0.00000000f;
            } else {
              const float v351 = (v338 + v347);
              const float v352 = (v351 - v344);
              const float v353 = adv_fmax(0.00000000f, v352);
              const int32_t v354 = adv_i32f(v353);
              const int32_t v355 = adv_i32f(v348);
              const float v356 = (v347 + 1.00000000f);
              const float v357 = adv_lgamma(v356);
              const float v358 = (v255 + 1.00000000f);
              const float v359 = adv_lgamma(v358);
              const float v360 = (v357 - v359);
              const float v361 = (v347 - v255);
              const float v362 = (v361 + 1.00000000f);
              const float v363 = adv_lgamma(v362);
              const float v364 = (v360 - v363);
              const float v365 = (v344 - v347);
              const float v366 = (v338 - v255);
              const float v367 = (v365 + 1.00000000f);
              const float v368 = adv_lgamma(v367);
              const float v369 = (v366 + 1.00000000f);
              const float v370 = adv_lgamma(v369);
              const float v371 = (v368 - v370);
              const float v372 = (v365 - v366);
              const float v373 = (v372 + 1.00000000f);
              const float v374 = adv_lgamma(v373);
              const float v375 = (v371 - v374);
              const float v376 = (v364 + v375);
              const float v377 = (v344 + 1.00000000f);
              const float v378 = adv_lgamma(v377);
              const float v379 = (v338 + 1.00000000f);
              const float v380 = adv_lgamma(v379);
              const float v381 = (v378 - v380);
              const float v382 = (v344 - v338);
              const float v383 = (v382 + 1.00000000f);
              const float v384 = adv_lgamma(v383);
              const float v385 = (v381 - v384);
              const float v386 = (v376 - v385);
              const float v387 = (v386 + 0.00000999999975f);
              float fold389 = 0.00000000f;
              for (int32_t k388 = v354; (k388 <= v355); k388 = (int32_t)(k388 + 1)) {
                const float v390 = ((float)(k388));
                const float v391 = (v390 + 1.00000000f);
                const float v392 = adv_lgamma(v391);
                const float v393 = (v357 - v392);
                const float v394 = (v347 - v390);
                const float v395 = (v394 + 1.00000000f);
                const float v396 = adv_lgamma(v395);
                const float v397 = (v393 - v396);
                const float v398 = (v338 - v390);
                const float v399 = (v398 + 1.00000000f);
                const float v400 = adv_lgamma(v399);
                const float v401 = (v368 - v400);
                const float v402 = (v365 - v398);
                const float v403 = (v402 + 1.00000000f);
                const float v404 = adv_lgamma(v403);
                const float v405 = (v401 - v404);
                const float v406 = (v397 + v405);
                const float v407 = (v406 - v385);
                const float v408 = expf(v407);
                const bool v409 = (v407 <= v387);
                const float v410 = (v409 ? v408 : 0.00000000f);
                fold389 = (fold389 + v410);
              }
              const float v411 = fold389;
              const float v412 = ((-2.00000000f) * v411);
              const float v413 = expf(v412);
              v350 = v413;
            }
            const float v414 = v350;
            const float v415 = (u_p_alpha * v414);
            v337 = v415;
          } else {
            v337 = 0.00000000f;
          }
          const float v416 = v337;
          const float v417 = (acc16 - v255);
          const float v418 = (v255 + v417);
          const float v419 = (v255 + v256);
          const float v420 = (v419 + v417);
          const float v421 = (v32 - v256);
          const float v422 = (v420 + v421);
          const float v423 = (v418 / v422);
          const float v424 = (-v423);
          const float v425 = log2f(v423);
          const float v426 = (v424 * v425);
          const bool v427 = (v423 > 0.00000000f);
          const float v428 = (v427 ? v426 : 0.00000000f);
          const float v429 = (v256 + v421);
          const float v430 = (v429 / v422);
          const float v431 = (-v430);
          const float v432 = log2f(v430);
          const float v433 = (v431 * v432);
          const bool v434 = (v430 > 0.00000000f);
          const float v435 = (v434 ? v433 : 0.00000000f);
          const float v436 = (v428 + v435);
          const float v437 = (v419 / v422);
          const float v438 = (v255 / v419);
          const float v439 = (-v438);
          const float v440 = log2f(v438);
          const float v441 = (v439 * v440);
          const bool v442 = (v438 > 0.00000000f);
          const float v443 = (v442 ? v441 : 0.00000000f);
          const float v444 = (v256 / v419);
          const float v445 = (-v444);
          const float v446 = log2f(v444);
          const float v447 = (v445 * v446);
          const bool v448 = (v444 > 0.00000000f);
          const float v449 = (v448 ? v447 : 0.00000000f);
          const float v450 = (v443 + v449);
          const bool v451 = (v419 > 0.00000000f);
          const float v452 = (v451 ? v450 : 0.00000000f);
          const float v453 = (v437 * v452);
          const float v454 = (v417 + v421);
          const float v455 = (v454 / v422);
          const float v456 = (v417 / v454);
          const float v457 = (-v456);
          const float v458 = log2f(v456);
          const float v459 = (v457 * v458);
          const bool v460 = (v456 > 0.00000000f);
          const float v461 = (v460 ? v459 : 0.00000000f);
          const float v462 = (v421 / v454);
          const float v463 = (-v462);
          const float v464 = log2f(v462);
          const float v465 = (v463 * v464);
          const bool v466 = (v462 > 0.00000000f);
          const float v467 = (v466 ? v465 : 0.00000000f);
          const float v468 = (v461 + v467);
          const bool v469 = (v454 > 0.00000000f);
          const float v470 = (v469 ? v468 : 0.00000000f);
          const float v471 = (v455 * v470);
          const float v472 = (v453 + v471);
          const float v473 = (v436 - v472);
          const bool v474 = (v422 > 0.00000000f);
          const float v475 = (v474 ? v473 : 0.00000000f);
          const float v476 = (u_p_beta * v475);
          const float v477 = (v237 ? v476 : 0.00000000f);
          v336 = (v416 + v477);
        }
        const float v478 = v336;
        float v479 = 0.00000000f;
        if (tabled209) {
          v479 = F_table209[(uint32_t)((uint32_t)((uint32_t)((uint32_t)(g * (uint32_t)(u_N + 1u)) * (uint32_t)(u_N + 1u)) + (uint32_t)(adv_u32f(v255) * (uint32_t)(n + 1u))) + adv_u32f(v256))];
        } else {
          const float v480 = (acc16 - v255);
          const float v481 = (v255 + v480);
          const float v482 = (v481 + 1.00000001e-10f);
          const float v483 = (v255 / v482);
          const float v484 = adv_fmin(adv_fmax(v483, 0.00000000f), 1.00000000f);
          const float v485 = sqrtf(v484);
          const float v486 = adv_asin(v485);
          const float v487 = (v32 - v256);
          const float v488 = (v256 + v487);
          const float v489 = (v488 + 1.00000001e-10f);
          const float v490 = (v256 / v489);
          const float v491 = adv_fmin(adv_fmax(v490, 0.00000000f), 1.00000000f);
          const float v492 = sqrtf(v491);
          const float v493 = adv_asin(v492);
          v479 = (v486 - v493);
        }
        const float v494 = v479;
        const float v495 = ((float)(h_load((uint32_t)(u_oh_acc34 + slot))));
        const float v496 = (v495 / acc22);
        const float v498 = (v496 * v497);
        const float v506 = (v496 + v505);
        const float v507 = (v498 / v506);
        const float v508 = ((float)(h_load((uint32_t)(u_oh_acc50 + slot))));
        const float v509 = (v508 / acc24);
        const float v510 = (v509 * v497);
        const float v517 = (v509 + v516);
        const float v518 = (v510 / v517);
        const float v519 = (v518 + 0.00000999999975f);
        const float v520 = (v507 / v519);
        const float v521 = (v507 + 0.00000999999975f);
        const float v522 = (v518 / v521);
        const float v523 = (v520 - v522);
        const float v525 = (v524 ? v523 : 0.00000000f);
        const float v526 = (v494 + v525);
        const float v527 = (v478 * v526);
        const float v529 = (v527 / v528);
        const float v530 = (1.00000000f / (1.00000000f + expf((-v529))));
        const float v531 = (v530 - 0.500000000f);
        const float v532 = (v531 * 2.00000000f);
        const float v533 = (v532 * u_p_top);
        v335 = v533;
      } else {
        v335 = 0.00000000f;
      }
      const float v534 = v335;
      v328 = v534;
    } else {
      v328 = 0.00000000f;
    }
    F_v258[slot] = v328;
  }
  const float v536 = (acc261 / acc17);
  float acc267 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v535 = F_v10[row];
    const float v537 = (v535 - v536);
    const float v538 = (v537 * v537);
    acc267 = (acc267 + v538);
  }
  if ((lid == 0u)) {
    F_v267[g] = acc267;
  }
  const bool v540 = (acc17 > 1.00000000f);
  const float v541 = (v540 ? v536 : 0.00000000f);
  const float v543 = (acc17 - 1.00000000f);
  const float v544 = (acc267 / v543);
  const float v545 = sqrtf(v544);
  const float v546 = (v540 ? v545 : 1.00000000f);
  const float v547 = (v546 + u_p_epsilon);
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v539 = F_v10[row];
    const float v542 = (v539 - v541);
    const float v548 = (v542 / v547);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw549 = h_load((uint32_t)((uint32_t)(u_oh_slot_tok + (uint32_t)(row * u_T)) + ((uint32_t)(t))));
      const float v550 = F_v258[((sw549 != 4294967295u) ? (uint32_t)(sw549 & 2147483647u) : 0u)];
      const float v551 = ((sw549 != 4294967295u) ? v550 : 0.00000000f);
      const float v552 = (v548 + v551);
      const int32_t v553 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v554 = ((float)(v553));
      const float v555 = (v552 * v554);
      const float v556 = v551;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v555;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v556;
    }
  }
  {
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    const uint32_t nk = h_load((uint32_t)(u_oh_count_tok + g));
    for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
      H[(uint32_t)((uint32_t)(u_oh_seen_tok + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc28 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc32 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc34 + lbase) + i)] = 0u;
      H[(uint32_t)((uint32_t)(u_oh_acc50 + lbase) + i)] = 0u;
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
  run.F_v10 = adv_element(env, argv[1], 1, &n);
  run.F_v20 = adv_element(env, argv[1], 2, &n);
  run.F_v16 = adv_element(env, argv[1], 3, &n);
  run.F_v17 = adv_element(env, argv[1], 4, &n);
  run.F_v22 = adv_element(env, argv[1], 5, &n);
  run.F_v24 = adv_element(env, argv[1], 6, &n);
  run.F_v261 = adv_element(env, argv[1], 7, &n);
  run.F_table254 = adv_element(env, argv[1], 8, &n);
  run.F_table197 = adv_element(env, argv[1], 9, &n);
  run.F_table209 = adv_element(env, argv[1], 10, &n);
  run.F_v258 = adv_element(env, argv[1], 11, &n);
  run.F_v267 = adv_element(env, argv[1], 12, &n);
  run.F_out_advantages = adv_element(env, argv[1], 13, &n);
  run.F_out_key_values = adv_element(env, argv[1], 14, &n);
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
