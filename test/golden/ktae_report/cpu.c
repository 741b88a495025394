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
  uint32_t o_v64;
  uint32_t o_v65;
  uint32_t o_v197;
  uint32_t o_table197;
  uint32_t o_v220;
  uint32_t o_table212;
  uint32_t o_v234;
  uint32_t o_table200;
  uint32_t o_v257;
  uint32_t o_table257;
  uint32_t o_v267;
  uint32_t o_v269;
  uint32_t o_v274;
  uint32_t o_v281;
  uint32_t o_out_advantages;
  uint32_t o_out_key_values;
  uint32_t o_out_key_a;
  uint32_t o_out_key_b;
  uint32_t o_out_key_c;
  uint32_t o_out_key_d;
  uint32_t o_out_key_p_value;
  uint32_t o_out_key_information_gain;
  uint32_t o_out_key_direction;
  uint32_t o_out_rollout_advantage;
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
  float *F_v267;
  float *F_v274;
  float *F_v64;
  float *F_v65;
  float *F_table197;
  float *F_v197;
  float *F_table212;
  float *F_v220;
  float *F_out_0folds;
  float *F_table200;
  float *F_v234;
  float *F_table257;
  float *F_v257;
  float *F_v269;
  float *F_v281;
  float *F_out_advantages;
  float *F_out_key_values;
  float *F_out_key_a;
  float *F_out_key_b;
  float *F_out_key_c;
  float *F_out_key_d;
  float *F_out_key_p_value;
  float *F_out_key_information_gain;
  float *F_out_key_direction;
  float *F_out_rollout_advantage;
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
  const uint32_t u_N = R->U.N;
  const float u_p_bm25_k1 = R->U.p_bm25_k1;
  const float u_p_bm25_b = R->U.p_bm25_b;
  const float u_p_gamma = R->U.p_gamma;
  const float u_p_alpha = R->U.p_alpha;
  const float u_p_beta = R->U.p_beta;
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
  float *const restrict F_v267 = R->F_v267;
  float *const restrict F_v274 = R->F_v274;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_table197 = R->F_table197;
  float *const restrict F_v197 = R->F_v197;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_v220 = R->F_v220;
  float *const restrict F_out_0folds = R->F_out_0folds;
  float *const restrict F_table200 = R->F_table200;
  float *const restrict F_v234 = R->F_v234;
  float *const restrict F_table257 = R->F_table257;
  float *const restrict F_v257 = R->F_v257;
  float *const restrict F_v269 = R->F_v269;
  float *const restrict F_v281 = R->F_v281;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_key_values = R->F_out_key_values;
  float *const restrict F_out_key_a = R->F_out_key_a;
  float *const restrict F_out_key_b = R->F_out_key_b;
  float *const restrict F_out_key_c = R->F_out_key_c;
  float *const restrict F_out_key_d = R->F_out_key_d;
  float *const restrict F_out_key_p_value = R->F_out_key_p_value;
  float *const restrict F_out_key_information_gain = R->F_out_key_information_gain;
  float *const restrict F_out_key_direction = R->F_out_key_direction;
  float *const restrict F_out_rollout_advantage = R->F_out_rollout_advantage;
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
    float acc19_0 = 0.00000000f;
    float acc9_1 = 0.00000000f;
    float acc19_1 = 0.00000000f;
    float acc9_2 = 0.00000000f;
    float acc19_2 = 0.00000000f;
    float acc9_3 = 0.00000000f;
    float acc19_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc9_0 = (acc9_0 + v0);
      if ((I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        acc19_0 = (acc19_0 + 1.00000000f);
      }
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc9_1 = (acc9_1 + v1);
      if ((I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        acc19_1 = (acc19_1 + 1.00000000f);
      }
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc9_2 = (acc9_2 + v2);
      if ((I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        acc19_2 = (acc19_2 + 1.00000000f);
      }
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc9_3 = (acc9_3 + v3);
      if ((I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
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
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc9 = 0.00000000f;
    float acc19 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc9 = (acc9 + v4);
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        acc19 = (acc19 + 1.00000000f);
      }
    }
    F_v9[row] = acc9;
    F_v19[row] = acc19;
  }
  // reduce to group %15, %16, %21, %23, %267, %274
  float acc15 = 0.00000000f;
  float acc16 = 0.00000000f;
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc267 = INFINITY;
  float acc274 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
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
    acc267 = adv_fmin(acc267, v5);
    acc274 = adv_fmax(acc274, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
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
  // key-map %64: once per distinct key of the group
  const uint32_t nkeys64 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys64); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v15 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    F_v64[slot] = (acc15 - v15);
  }
  const float v16 = (acc16 - acc15);
  // key-map %65: once per distinct key of the group
  const uint32_t nkeys65 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys65); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v17 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    F_v65[slot] = (v16 - v17);
  }
  uint32_t bound27 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v18 = F_v9[row];
    const bool v19 = (v18 > 0.00000000f);
    bound27 = (uint32_t)(bound27 + (uint32_t)(v19));
  }
  uint32_t bound31 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v20 = F_v9[row];
    const bool v21 = (v20 > 0.00000000f);
    const bool v22 = (!v21);
    bound31 = (uint32_t)(bound31 + (uint32_t)(v22));
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled197 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v23 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v24 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v23);
      const float v25 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v26 = (v25 + v23);
      const float v27 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v28 = (v26 + v27);
      const float v29 = (v24 / v28);
      const float v30 = (-v29);
      const float v31 = log2f(v29);
      const float v32 = (v30 * v31);
      const bool v33 = (v29 > 0.00000000f);
      const float v34 = (v33 ? v32 : 0.00000000f);
      const float v35 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v27);
      const float v36 = (v35 / v28);
      const float v37 = (-v36);
      const float v38 = log2f(v36);
      const float v39 = (v37 * v38);
      const bool v40 = (v36 > 0.00000000f);
      const float v41 = (v40 ? v39 : 0.00000000f);
      const float v42 = (v34 + v41);
      const float v43 = (v25 / v28);
      const float v44 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v25);
      const float v45 = (-v44);
      const float v46 = log2f(v44);
      const float v47 = (v45 * v46);
      const bool v48 = (v44 > 0.00000000f);
      const float v49 = (v48 ? v47 : 0.00000000f);
      const float v50 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v25);
      const float v51 = (-v50);
      const float v52 = log2f(v50);
      const float v53 = (v51 * v52);
      const bool v54 = (v50 > 0.00000000f);
      const float v55 = (v54 ? v53 : 0.00000000f);
      const float v56 = (v49 + v55);
      const bool v57 = (v25 > 0.00000000f);
      const float v58 = (v57 ? v56 : 0.00000000f);
      const float v59 = (v43 * v58);
      const float v60 = (v23 + v27);
      const float v61 = (v60 / v28);
      const float v62 = (v23 / v60);
      const float v63 = (-v62);
      const float v64 = log2f(v62);
      const float v65 = (v63 * v64);
      const bool v66 = (v62 > 0.00000000f);
      const float v67 = (v66 ? v65 : 0.00000000f);
      const float v68 = (v27 / v60);
      const float v69 = (-v68);
      const float v70 = log2f(v68);
      const float v71 = (v69 * v70);
      const bool v72 = (v68 > 0.00000000f);
      const float v73 = (v72 ? v71 : 0.00000000f);
      const float v74 = (v67 + v73);
      const bool v75 = (v60 > 0.00000000f);
      const float v76 = (v75 ? v74 : 0.00000000f);
      const float v77 = (v61 * v76);
      const float v78 = (v59 + v77);
      const float v79 = (v42 - v78);
      const bool v80 = (v28 > 0.00000000f);
      const float v81 = (v80 ? v79 : 0.00000000f);
      F_table197[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v81;
    }
  }
  // key-map %197: once per distinct key of the group
  const uint32_t nkeys197 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys197); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v82 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v83 = F_v64[slot];
    const float v84 = (v82 + v83);
    const float v85 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v86 = (v82 + v85);
    const float v87 = (v86 + v83);
    const float v88 = F_v65[slot];
    const float v89 = (v87 + v88);
    const float v90 = (v84 / v89);
    const float v91 = (-v90);
    const float v92 = log2f(v90);
    const float v93 = (v91 * v92);
    const bool v94 = (v90 > 0.00000000f);
    const float v95 = (v94 ? v93 : 0.00000000f);
    const float v96 = (v85 + v88);
    const float v97 = (v96 / v89);
    const float v98 = (-v97);
    const float v99 = log2f(v97);
    const float v100 = (v98 * v99);
    const bool v101 = (v97 > 0.00000000f);
    const float v102 = (v101 ? v100 : 0.00000000f);
    const float v103 = (v95 + v102);
    const float v104 = (v86 / v89);
    const float v105 = (v82 / v86);
    const float v106 = (-v105);
    const float v107 = log2f(v105);
    const float v108 = (v106 * v107);
    const bool v109 = (v105 > 0.00000000f);
    const float v110 = (v109 ? v108 : 0.00000000f);
    const float v111 = (v85 / v86);
    const float v112 = (-v111);
    const float v113 = log2f(v111);
    const float v114 = (v112 * v113);
    const bool v115 = (v111 > 0.00000000f);
    const float v116 = (v115 ? v114 : 0.00000000f);
    const float v117 = (v110 + v116);
    const bool v118 = (v86 > 0.00000000f);
    const float v119 = (v118 ? v117 : 0.00000000f);
    const float v120 = (v104 * v119);
    const float v121 = (v83 + v88);
    const float v122 = (v121 / v89);
    const float v123 = (v83 / v121);
    const float v124 = (-v123);
    const float v125 = log2f(v123);
    const float v126 = (v124 * v125);
    const bool v127 = (v123 > 0.00000000f);
    const float v128 = (v127 ? v126 : 0.00000000f);
    const float v129 = (v88 / v121);
    const float v130 = (-v129);
    const float v131 = log2f(v129);
    const float v132 = (v130 * v131);
    const bool v133 = (v129 > 0.00000000f);
    const float v134 = (v133 ? v132 : 0.00000000f);
    const float v135 = (v128 + v134);
    const bool v136 = (v121 > 0.00000000f);
    const float v137 = (v136 ? v135 : 0.00000000f);
    const float v138 = (v122 * v137);
    const float v139 = (v120 + v138);
    const float v140 = (v103 - v139);
    const bool v141 = (v89 > 0.00000000f);
    F_v197[slot] = (v141 ? v140 : 0.00000000f);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v142 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v143 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v142);
      const float v144 = (v143 + 1.00000001e-10f);
      const float v145 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v144);
      const float v146 = adv_fmin(adv_fmax(v145, 0.00000000f), 1.00000000f);
      const float v147 = sqrtf(v146);
      const float v148 = adv_asin(v147);
      const float v149 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v150 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v149);
      const float v151 = (v150 + 1.00000001e-10f);
      const float v152 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v151);
      const float v153 = adv_fmin(adv_fmax(v152, 0.00000000f), 1.00000000f);
      const float v154 = sqrtf(v153);
      const float v155 = adv_asin(v154);
      const float v156 = (v148 - v155);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v156;
    }
  }
  const float v177 = (u_p_bm25_k1 + 1.00000000f);
  const float v179 = (1.00000000f - u_p_bm25_b);
  const float v180 = (u_p_bm25_b * acc21);
  const float v181 = (acc21 + acc23);
  const float v182 = (v181 / 2.00000000f);
  const float v183 = (v180 / v182);
  const float v184 = (v179 + v183);
  const float v185 = (u_p_bm25_k1 * v184);
  const bool v188 = (acc21 > 0.00000000f);
  const float v193 = (u_p_bm25_b * acc23);
  const float v194 = (acc23 + acc21);
  const float v195 = (v194 / 2.00000000f);
  const float v196 = (v193 / v195);
  const float v197 = (v179 + v196);
  const float v198 = (u_p_bm25_k1 * v197);
  const bool v201 = (acc23 > 0.00000000f);
  const bool v208 = (u_p_gamma != 0.00000000f);
  // key-map %220: once per distinct key of the group
  const uint32_t nkeys220 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys220); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v157 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v158 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    float v159 = 0.00000000f;
    if (tabled212) {
      v159 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v157) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v158)];
    } else {
      const float v160 = F_v64[slot];
      const float v161 = (v157 + v160);
      const float v162 = (v161 + 1.00000001e-10f);
      const float v163 = (v157 / v162);
      const float v164 = adv_fmin(adv_fmax(v163, 0.00000000f), 1.00000000f);
      const float v165 = sqrtf(v164);
      const float v166 = adv_asin(v165);
      const float v167 = F_v65[slot];
      const float v168 = (v158 + v167);
      const float v169 = (v168 + 1.00000001e-10f);
      const float v170 = (v158 / v169);
      const float v171 = adv_fmin(adv_fmax(v170, 0.00000000f), 1.00000000f);
      const float v172 = sqrtf(v171);
      const float v173 = adv_asin(v172);
      v159 = (v166 - v173);
    }
    const float v174 = v159;
    const float v175 = ((float)(H[(size_t)u_oh_acc33 + (size_t)slot]));
    const float v176 = (v175 / acc21);
    const float v178 = (v176 * v177);
    const float v186 = (v176 + v185);
    const float v187 = (v178 / v186);
    const float v189 = (v188 ? v187 : 0.00000000f);
    const float v190 = ((float)(H[(size_t)u_oh_acc51 + (size_t)slot]));
    const float v191 = (v190 / acc23);
    const float v192 = (v191 * v177);
    const float v199 = (v191 + v198);
    const float v200 = (v192 / v199);
    const float v202 = (v201 ? v200 : 0.00000000f);
    const float v203 = (v202 + 0.00000999999975f);
    const float v204 = (v189 / v203);
    const float v205 = (v189 + 0.00000999999975f);
    const float v206 = (v202 / v205);
    const float v207 = (v204 - v206);
    const float v209 = (v208 ? v207 : 0.00000000f);
    F_v220[slot] = (v174 + v209);
  }
  const bool v210 = (u_p_alpha != 0.00000000f);
  const bool v354 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      float v211 = 0.00000000f;
      if (v210) {
        const float v212 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v213 = (v212 + ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v214 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v215 = (v213 + v214);
        const float v216 = (v212 + v214);
        const float v217 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v218 = (v216 + v217);
        const float v219 = (v215 - v218);
        const float v220 = adv_fmax(0.00000000f, v219);
        const float v221 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v214);
        const float v222 = adv_fmin(v212, v221);
        const bool v223 = (v220 == v222);
        float v224 = 0.00000000f;
        if (v223) {
          v224 = 0.00000000f;
        } else {
          const float v227 = (v212 + v221);
          const float v228 = (v227 - v218);
          const float v229 = adv_fmax(0.00000000f, v228);
          const int32_t v230 = adv_i32f(v229);
          const int32_t v231 = adv_i32f(v222);
          const int32_t lo225 = v230;
          const int32_t hi226 = v231;
          const float v232 = (v221 + 1.00000000f);
          const float v233 = adv_lgamma(v232);
          const float v234 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
          const float v235 = adv_lgamma(v234);
          const float v236 = (v233 - v235);
          const float v237 = (v221 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v238 = (v237 + 1.00000000f);
          const float v239 = adv_lgamma(v238);
          const float v240 = (v236 - v239);
          const float v241 = (v218 - v221);
          const float v242 = (v212 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v243 = (v241 + 1.00000000f);
          const float v244 = adv_lgamma(v243);
          const float v245 = (v242 + 1.00000000f);
          const float v246 = adv_lgamma(v245);
          const float v247 = (v244 - v246);
          const float v248 = (v241 - v242);
          const float v249 = (v248 + 1.00000000f);
          const float v250 = adv_lgamma(v249);
          const float v251 = (v247 - v250);
          const float v252 = (v240 + v251);
          const float v253 = (v218 + 1.00000000f);
          const float v254 = adv_lgamma(v253);
          const float v255 = (v212 + 1.00000000f);
          const float v256 = adv_lgamma(v255);
          const float v257 = (v254 - v256);
          const float v258 = (v218 - v212);
          const float v259 = (v258 + 1.00000000f);
          const float v260 = adv_lgamma(v259);
          const float v261 = (v257 - v260);
          const float v262 = (v252 - v261);
          const float v263 = (v262 + 0.00000999999975f);
          float fold265 = 0.00000000f;
          if ((hi226 >= lo225)) {
            if (((uint32_t)(((uint32_t)(hi226)) - ((uint32_t)(lo225))) < 1048576u)) {
              for (uint32_t n287 = 0u; (n287 <= (uint32_t)(((uint32_t)(hi226)) - ((uint32_t)(lo225)))); n287 = (uint32_t)(n287 + 1u)) {
                const int32_t k264 = ((int32_t)((uint32_t)(((uint32_t)(lo225)) + n287)));
                const float v266 = ((float)(k264));
                const float v267 = (v266 + 1.00000000f);
                const float v268 = adv_lgamma(v267);
                const float v269 = (v233 - v268);
                const float v270 = (v221 - v266);
                const float v271 = (v270 + 1.00000000f);
                const float v272 = adv_lgamma(v271);
                const float v273 = (v269 - v272);
                const float v274 = (v212 - v266);
                const float v275 = (v274 + 1.00000000f);
                const float v276 = adv_lgamma(v275);
                const float v277 = (v244 - v276);
                const float v278 = (v241 - v274);
                const float v279 = (v278 + 1.00000000f);
                const float v280 = adv_lgamma(v279);
                const float v281 = (v277 - v280);
                const float v282 = (v273 + v281);
                const float v283 = (v282 - v261);
                const float v284 = expf(v283);
                const bool v285 = (v283 <= v263);
                const float v286 = (v285 ? v284 : 0.00000000f);
                fold265 = (fold265 + v286);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v288 = fold265;
          const float v289 = ((-2.00000000f) * v288);
          const float v290 = expf(v289);
          v224 = v290;
        }
        const float v291 = v224;
        const float v292 = (u_p_alpha * v291);
        v211 = v292;
      } else {
        v211 = 0.00000000f;
      }
      const float v293 = v211;
      const float v294 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v295 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v294);
      const float v296 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v297 = (v296 + v294);
      const float v298 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v299 = (v297 + v298);
      const float v300 = (v295 / v299);
      const float v301 = (-v300);
      const float v302 = log2f(v300);
      const float v303 = (v301 * v302);
      const bool v304 = (v300 > 0.00000000f);
      const float v305 = (v304 ? v303 : 0.00000000f);
      const float v306 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v298);
      const float v307 = (v306 / v299);
      const float v308 = (-v307);
      const float v309 = log2f(v307);
      const float v310 = (v308 * v309);
      const bool v311 = (v307 > 0.00000000f);
      const float v312 = (v311 ? v310 : 0.00000000f);
      const float v313 = (v305 + v312);
      const float v314 = (v296 / v299);
      const float v315 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v296);
      const float v316 = (-v315);
      const float v317 = log2f(v315);
      const float v318 = (v316 * v317);
      const bool v319 = (v315 > 0.00000000f);
      const float v320 = (v319 ? v318 : 0.00000000f);
      const float v321 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v296);
      const float v322 = (-v321);
      const float v323 = log2f(v321);
      const float v324 = (v322 * v323);
      const bool v325 = (v321 > 0.00000000f);
      const float v326 = (v325 ? v324 : 0.00000000f);
      const float v327 = (v320 + v326);
      const bool v328 = (v296 > 0.00000000f);
      const float v329 = (v328 ? v327 : 0.00000000f);
      const float v330 = (v314 * v329);
      const float v331 = (v294 + v298);
      const float v332 = (v331 / v299);
      const float v333 = (v294 / v331);
      const float v334 = (-v333);
      const float v335 = log2f(v333);
      const float v336 = (v334 * v335);
      const bool v337 = (v333 > 0.00000000f);
      const float v338 = (v337 ? v336 : 0.00000000f);
      const float v339 = (v298 / v331);
      const float v340 = (-v339);
      const float v341 = log2f(v339);
      const float v342 = (v340 * v341);
      const bool v343 = (v339 > 0.00000000f);
      const float v344 = (v343 ? v342 : 0.00000000f);
      const float v345 = (v338 + v344);
      const bool v346 = (v331 > 0.00000000f);
      const float v347 = (v346 ? v345 : 0.00000000f);
      const float v348 = (v332 * v347);
      const float v349 = (v330 + v348);
      const float v350 = (v313 - v349);
      const bool v351 = (v299 > 0.00000000f);
      const float v352 = (v351 ? v350 : 0.00000000f);
      const float v353 = (u_p_beta * v352);
      const float v355 = (v354 ? v353 : 0.00000000f);
      const float v356 = (v293 + v355);
      F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v356;
    }
  }
  const bool v357 = (acc15 > 0.00000000f);
  const bool v358 = (v16 > 0.00000000f);
  const bool v359 = (v357 && v358);
  const float v456 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v360 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v361 = (v360 != u_p_zero_token_id);
    const bool v362 = (v359 && v361);
    float v363 = 0.00000000f;
    if (v362) {
      const float v364 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
      const float v365 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
      float v366 = 0.00000000f;
      if (tabled200) {
        v366 = F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v364) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v365)];
      } else {
        float v367 = 0.00000000f;
        if (v210) {
          const float v368 = (v364 + v365);
          const float v369 = (v368 + v364);
          const float v370 = F_v64[slot];
          const float v371 = (v369 + v370);
          const float v372 = (v368 + v370);
          const float v373 = F_v65[slot];
          const float v374 = (v372 + v373);
          const float v375 = (v371 - v374);
          const float v376 = adv_fmax(0.00000000f, v375);
          const float v377 = (v364 + v370);
          const float v378 = adv_fmin(v368, v377);
          const bool v379 = (v376 == v378);
          float v380 = 0.00000000f;
          if (v379) {
            v380 = 0.00000000f;
          } else {
            const float v383 = (v368 + v377);
            const float v384 = (v383 - v374);
            const float v385 = adv_fmax(0.00000000f, v384);
            const int32_t v386 = adv_i32f(v385);
            const int32_t v387 = adv_i32f(v378);
            const int32_t lo381 = v386;
            const int32_t hi382 = v387;
            const float v388 = (v377 + 1.00000000f);
            const float v389 = adv_lgamma(v388);
            const float v390 = (v364 + 1.00000000f);
            const float v391 = adv_lgamma(v390);
            const float v392 = (v389 - v391);
            const float v393 = (v377 - v364);
            const float v394 = (v393 + 1.00000000f);
            const float v395 = adv_lgamma(v394);
            const float v396 = (v392 - v395);
            const float v397 = (v374 - v377);
            const float v398 = (v368 - v364);
            const float v399 = (v397 + 1.00000000f);
            const float v400 = adv_lgamma(v399);
            const float v401 = (v398 + 1.00000000f);
            const float v402 = adv_lgamma(v401);
            const float v403 = (v400 - v402);
            const float v404 = (v397 - v398);
            const float v405 = (v404 + 1.00000000f);
            const float v406 = adv_lgamma(v405);
            const float v407 = (v403 - v406);
            const float v408 = (v396 + v407);
            const float v409 = (v374 + 1.00000000f);
            const float v410 = adv_lgamma(v409);
            const float v411 = (v368 + 1.00000000f);
            const float v412 = adv_lgamma(v411);
            const float v413 = (v410 - v412);
            const float v414 = (v374 - v368);
            const float v415 = (v414 + 1.00000000f);
            const float v416 = adv_lgamma(v415);
            const float v417 = (v413 - v416);
            const float v418 = (v408 - v417);
            const float v419 = (v418 + 0.00000999999975f);
            float fold421 = 0.00000000f;
            if ((hi382 >= lo381)) {
              if (((uint32_t)(((uint32_t)(hi382)) - ((uint32_t)(lo381))) < 1048576u)) {
                for (uint32_t n443 = 0u; (n443 <= (uint32_t)(((uint32_t)(hi382)) - ((uint32_t)(lo381)))); n443 = (uint32_t)(n443 + 1u)) {
                  const int32_t k420 = ((int32_t)((uint32_t)(((uint32_t)(lo381)) + n443)));
                  const float v422 = ((float)(k420));
                  const float v423 = (v422 + 1.00000000f);
                  const float v424 = adv_lgamma(v423);
                  const float v425 = (v389 - v424);
                  const float v426 = (v377 - v422);
                  const float v427 = (v426 + 1.00000000f);
                  const float v428 = adv_lgamma(v427);
                  const float v429 = (v425 - v428);
                  const float v430 = (v368 - v422);
                  const float v431 = (v430 + 1.00000000f);
                  const float v432 = adv_lgamma(v431);
                  const float v433 = (v400 - v432);
                  const float v434 = (v397 - v430);
                  const float v435 = (v434 + 1.00000000f);
                  const float v436 = adv_lgamma(v435);
                  const float v437 = (v433 - v436);
                  const float v438 = (v429 + v437);
                  const float v439 = (v438 - v417);
                  const float v440 = expf(v439);
                  const bool v441 = (v439 <= v419);
                  const float v442 = (v441 ? v440 : 0.00000000f);
                  fold421 = (fold421 + v442);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
              }
            }
            const float v444 = fold421;
            const float v445 = ((-2.00000000f) * v444);
            const float v446 = expf(v445);
            v380 = v446;
          }
          const float v447 = v380;
          const float v448 = (u_p_alpha * v447);
          v367 = v448;
        } else {
          v367 = 0.00000000f;
        }
        const float v449 = v367;
        const float v450 = F_v197[slot];
        const float v451 = (u_p_beta * v450);
        const float v452 = (v354 ? v451 : 0.00000000f);
        v366 = (v449 + v452);
      }
      const float v453 = v366;
      const float v454 = F_v220[slot];
      const float v455 = (v453 * v454);
      const float v457 = (v455 / v456);
      const float v458 = (1.00000000f / (1.00000000f + expf((-v457))));
      const float v459 = (v458 - 0.500000000f);
      const float v460 = (v459 * 2.00000000f);
      const float v461 = (v460 * u_p_top);
      v363 = v461;
    } else {
      v363 = 0.00000000f;
    }
    F_v234[slot] = v363;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled257 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled257) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v464 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v465 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v466 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v465);
      const float v467 = (v464 + v466);
      const float v468 = (v464 + v465);
      const float v469 = (v16 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v470 = (v468 + v469);
      const float v471 = (v467 - v470);
      const float v472 = adv_fmax(0.00000000f, v471);
      const int32_t v473 = adv_i32f(v472);
      const float v474 = adv_fmin(v464, v466);
      const int32_t v475 = adv_i32f(v474);
      const int32_t lo462 = v473;
      const int32_t hi463 = v475;
      const float v476 = (v466 + 1.00000000f);
      const float v477 = adv_lgamma(v476);
      const float v478 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
      const float v479 = adv_lgamma(v478);
      const float v480 = (v477 - v479);
      const float v481 = (v466 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v482 = (v481 + 1.00000000f);
      const float v483 = adv_lgamma(v482);
      const float v484 = (v480 - v483);
      const float v485 = (v470 - v466);
      const float v486 = (v464 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v487 = (v485 + 1.00000000f);
      const float v488 = adv_lgamma(v487);
      const float v489 = (v486 + 1.00000000f);
      const float v490 = adv_lgamma(v489);
      const float v491 = (v488 - v490);
      const float v492 = (v485 - v486);
      const float v493 = (v492 + 1.00000000f);
      const float v494 = adv_lgamma(v493);
      const float v495 = (v491 - v494);
      const float v496 = (v484 + v495);
      const float v497 = (v470 + 1.00000000f);
      const float v498 = adv_lgamma(v497);
      const float v499 = (v464 + 1.00000000f);
      const float v500 = adv_lgamma(v499);
      const float v501 = (v498 - v500);
      const float v502 = (v470 - v464);
      const float v503 = (v502 + 1.00000000f);
      const float v504 = adv_lgamma(v503);
      const float v505 = (v501 - v504);
      const float v506 = (v496 - v505);
      const float v507 = (v506 + 0.00000999999975f);
      float fold509 = 0.00000000f;
      if ((hi463 >= lo462)) {
        if (((uint32_t)(((uint32_t)(hi463)) - ((uint32_t)(lo462))) < 1048576u)) {
          for (uint32_t n531 = 0u; (n531 <= (uint32_t)(((uint32_t)(hi463)) - ((uint32_t)(lo462)))); n531 = (uint32_t)(n531 + 1u)) {
            const int32_t k508 = ((int32_t)((uint32_t)(((uint32_t)(lo462)) + n531)));
            const float v510 = ((float)(k508));
            const float v511 = (v510 + 1.00000000f);
            const float v512 = adv_lgamma(v511);
            const float v513 = (v477 - v512);
            const float v514 = (v466 - v510);
            const float v515 = (v514 + 1.00000000f);
            const float v516 = adv_lgamma(v515);
            const float v517 = (v513 - v516);
            const float v518 = (v464 - v510);
            const float v519 = (v518 + 1.00000000f);
            const float v520 = adv_lgamma(v519);
            const float v521 = (v488 - v520);
            const float v522 = (v485 - v518);
            const float v523 = (v522 + 1.00000000f);
            const float v524 = adv_lgamma(v523);
            const float v525 = (v521 - v524);
            const float v526 = (v517 + v525);
            const float v527 = (v526 - v505);
            const float v528 = expf(v527);
            const bool v529 = (v527 <= v507);
            const float v530 = (v529 ? v528 : 0.00000000f);
            fold509 = (fold509 + v530);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v532 = fold509;
      F_table257[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v532;
    }
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v535 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v536 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v537 = (v535 + v536);
    const float v538 = F_v64[slot];
    const float v539 = (v535 + v538);
    const float v540 = (v537 + v539);
    const float v541 = (v537 + v538);
    const float v542 = F_v65[slot];
    const float v543 = (v541 + v542);
    const float v544 = (v540 - v543);
    const float v545 = adv_fmax(0.00000000f, v544);
    const int32_t v546 = adv_i32f(v545);
    const float v547 = adv_fmin(v537, v539);
    const int32_t v548 = adv_i32f(v547);
    const int32_t lo533 = v546;
    const int32_t hi534 = v548;
    const float v549 = (v539 + 1.00000000f);
    const float v550 = adv_lgamma(v549);
    const float v551 = (v535 + 1.00000000f);
    const float v552 = adv_lgamma(v551);
    const float v553 = (v550 - v552);
    const float v554 = (v539 - v535);
    const float v555 = (v554 + 1.00000000f);
    const float v556 = adv_lgamma(v555);
    const float v557 = (v553 - v556);
    const float v558 = (v543 - v539);
    const float v559 = (v537 - v535);
    const float v560 = (v558 + 1.00000000f);
    const float v561 = adv_lgamma(v560);
    const float v562 = (v559 + 1.00000000f);
    const float v563 = adv_lgamma(v562);
    const float v564 = (v561 - v563);
    const float v565 = (v558 - v559);
    const float v566 = (v565 + 1.00000000f);
    const float v567 = adv_lgamma(v566);
    const float v568 = (v564 - v567);
    const float v569 = (v557 + v568);
    const float v570 = (v543 + 1.00000000f);
    const float v571 = adv_lgamma(v570);
    const float v572 = (v537 + 1.00000000f);
    const float v573 = adv_lgamma(v572);
    const float v574 = (v571 - v573);
    const float v575 = (v543 - v537);
    const float v576 = (v575 + 1.00000000f);
    const float v577 = adv_lgamma(v576);
    const float v578 = (v574 - v577);
    const float v579 = (v569 - v578);
    const float v580 = (v579 + 0.00000999999975f);
    float fold582 = 0.00000000f;
    if ((hi534 >= lo533)) {
      if (((uint32_t)(((uint32_t)(hi534)) - ((uint32_t)(lo533))) < 1048576u)) {
        for (uint32_t n604 = 0u; (n604 <= (uint32_t)(((uint32_t)(hi534)) - ((uint32_t)(lo533)))); n604 = (uint32_t)(n604 + 1u)) {
          const int32_t k581 = ((int32_t)((uint32_t)(((uint32_t)(lo533)) + n604)));
          const float v583 = ((float)(k581));
          const float v584 = (v583 + 1.00000000f);
          const float v585 = adv_lgamma(v584);
          const float v586 = (v550 - v585);
          const float v587 = (v539 - v583);
          const float v588 = (v587 + 1.00000000f);
          const float v589 = adv_lgamma(v588);
          const float v590 = (v586 - v589);
          const float v591 = (v537 - v583);
          const float v592 = (v591 + 1.00000000f);
          const float v593 = adv_lgamma(v592);
          const float v594 = (v561 - v593);
          const float v595 = (v558 - v591);
          const float v596 = (v595 + 1.00000000f);
          const float v597 = adv_lgamma(v596);
          const float v598 = (v594 - v597);
          const float v599 = (v590 + v598);
          const float v600 = (v599 - v578);
          const float v601 = expf(v600);
          const bool v602 = (v600 <= v580);
          const float v603 = (v602 ? v601 : 0.00000000f);
          fold582 = (fold582 + v603);
        }
      } else {
        F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
      }
    }
    F_v257[slot] = fold582;
  }
  // reduce to group %269
  float acc269 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v605 = F_v9[row];
    const float v606 = (v605 - acc267);
    acc269 = (acc269 + v606);
  }
  if ((lid == 0u)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const float v608 = (acc269 / acc16);
  const float v609 = (acc267 + v608);
  const float v611 = (acc274 - acc267);
  const bool v612 = (v611 > 0.00000000f);
  const float v613 = (v612 ? v611 : 1.00000000f);
  float acc281 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v607 = F_v9[row];
    const float v610 = (v607 - v609);
    const float v614 = (v610 / v613);
    const float v615 = (v614 * v614);
    acc281 = (acc281 + v615);
  }
  if ((lid == 0u)) {
    F_v281[g] = acc281;
  }
  const bool v617 = (acc16 > 1.00000000f);
  const float v618 = (v617 ? v609 : 0.00000000f);
  const float v620 = (acc16 - 1.00000000f);
  const float v621 = (acc281 / v620);
  const float v622 = sqrtf(v621);
  const float v623 = (v622 * v613);
  const float v624 = (v617 ? v623 : 1.00000000f);
  const float v625 = (v624 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v616 = F_v9[row];
    const float v619 = (v616 - v618);
    const float v626 = (v619 / v625);
    const bool v627 = (v619 == 0.00000000f);
    const float v628 = (v627 ? 0.00000000f : v626);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw629 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v630 = F_v234[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v631 = ((sw629 != 4294967295u) ? v630 : 0.00000000f);
      const float v632 = (v628 + v631);
      const int32_t v633 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v634 = ((float)(v633));
      const float v635 = (v632 * v634);
      const float v636 = v631;
      const float v637 = ((float)(H[(size_t)u_oh_acc27 + (size_t)((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))]));
      const float v638 = ((sw629 != 4294967295u) ? v637 : 0.00000000f);
      const float v639 = v638;
      const float v640 = ((float)(H[(size_t)u_oh_acc31 + (size_t)((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))]));
      const float v641 = ((sw629 != 4294967295u) ? v640 : 0.00000000f);
      const float v642 = v641;
      const float v643 = F_v64[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v644 = ((sw629 != 4294967295u) ? v643 : 0.00000000f);
      const float v645 = v644;
      const float v646 = F_v65[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v647 = ((sw629 != 4294967295u) ? v646 : 0.00000000f);
      const float v648 = v647;
      const float v649 = F_v257[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v650 = ((sw629 != 4294967295u) ? v649 : 0.00000000f);
      const float v651 = v650;
      const float v652 = F_v197[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v653 = ((sw629 != 4294967295u) ? v652 : 0.00000000f);
      const float v654 = v653;
      const float v655 = F_v220[((uint32_t)(sw629 & 2147483647u) & (0u - (uint32_t)((sw629 != 4294967295u))))];
      const float v656 = ((sw629 != 4294967295u) ? v655 : 0.00000000f);
      const float v657 = v656;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v635;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v636;
      F_out_key_a[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v639;
      F_out_key_b[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v642;
      F_out_key_c[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v645;
      F_out_key_d[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v648;
      F_out_key_p_value[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v651;
      F_out_key_information_gain[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v654;
      F_out_key_direction[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v657;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v658 = F_v9[row];
    const float v659 = (v658 - v618);
    const float v660 = (v659 / v625);
    const bool v661 = (v659 == 0.00000000f);
    const float v662 = (v661 ? 0.00000000f : v660);
    F_out_rollout_advantage[row] = v662;
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
  run.F_v267 = adv_element(env, argv[1], 7, &n);
  run.F_v274 = adv_element(env, argv[1], 8, &n);
  run.F_v64 = adv_element(env, argv[1], 9, &n);
  run.F_v65 = adv_element(env, argv[1], 10, &n);
  run.F_table197 = adv_element(env, argv[1], 11, &n);
  run.F_v197 = adv_element(env, argv[1], 12, &n);
  run.F_table212 = adv_element(env, argv[1], 13, &n);
  run.F_v220 = adv_element(env, argv[1], 14, &n);
  run.F_out_0folds = adv_element(env, argv[1], 15, &n);
  run.F_table200 = adv_element(env, argv[1], 16, &n);
  run.F_v234 = adv_element(env, argv[1], 17, &n);
  run.F_table257 = adv_element(env, argv[1], 18, &n);
  run.F_v257 = adv_element(env, argv[1], 19, &n);
  run.F_v269 = adv_element(env, argv[1], 20, &n);
  run.F_v281 = adv_element(env, argv[1], 21, &n);
  run.F_out_advantages = adv_element(env, argv[1], 22, &n);
  run.F_out_key_values = adv_element(env, argv[1], 23, &n);
  run.F_out_key_a = adv_element(env, argv[1], 24, &n);
  run.F_out_key_b = adv_element(env, argv[1], 25, &n);
  run.F_out_key_c = adv_element(env, argv[1], 26, &n);
  run.F_out_key_d = adv_element(env, argv[1], 27, &n);
  run.F_out_key_p_value = adv_element(env, argv[1], 28, &n);
  run.F_out_key_information_gain = adv_element(env, argv[1], 29, &n);
  run.F_out_key_direction = adv_element(env, argv[1], 30, &n);
  run.F_out_rollout_advantage = adv_element(env, argv[1], 31, &n);
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
