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
  float *F_v15;
  float *F_v16;
  float *F_v267;
  float *F_v274;
  float *F_v19;
  float *F_v21;
  float *F_v23;
  float *F_v269;
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
  const uint32_t u_oh_seen_tok = R->U.oh_seen_tok;
  const uint32_t u_oh_acc27 = R->U.oh_acc27;
  const uint32_t u_oh_acc31 = R->U.oh_acc31;
  const uint32_t u_oh_acc33 = R->U.oh_acc33;
  const uint32_t u_oh_acc51 = R->U.oh_acc51;
  const uint32_t u_oh_keys_tok = R->U.oh_keys_tok;
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
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v267 = R->F_v267;
  float *const restrict F_v274 = R->F_v274;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v269 = R->F_v269;
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
  // reduce to group %15, %16, %267, %274
  float acc15 = 0.00000000f;
  float acc16 = 0.00000000f;
  float acc267 = INFINITY;
  float acc274 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v5 = F_v9[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    acc15 = (acc15 + v7);
    acc16 = (acc16 + 1.00000000f);
    acc267 = adv_fmin(acc267, v5);
    acc274 = adv_fmax(acc274, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
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
  // reduce to group %21, %23, %269
  float acc21 = 0.00000000f;
  float acc23 = 0.00000000f;
  float acc269 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v8 = F_v19[row];
    const float v9 = F_v9[row];
    const bool v10 = (v9 > 0.00000000f);
    const float v11 = (v10 ? v8 : 0.00000000f);
    const float v12 = (v10 ? 0.00000000f : v8);
    const float v13 = (v9 - acc267);
    acc21 = (acc21 + v11);
    acc23 = (acc23 + v12);
    acc269 = (acc269 + v13);
  }
  if ((lid == 0u)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v269[g] = acc269;
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
  // key-map %64: once per distinct key of the group
  const uint32_t nkeys64 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys64); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v23 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    F_v64[slot] = (acc15 - v23);
  }
  const float v24 = (acc16 - acc15);
  // key-map %65: once per distinct key of the group
  const uint32_t nkeys65 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys65); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v25 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    F_v65[slot] = (v24 - v25);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled197 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v26 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v27 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v26);
      const float v28 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v29 = (v28 + v26);
      const float v30 = (v24 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v31 = (v29 + v30);
      const float v32 = (v27 / v31);
      const float v33 = (-v32);
      const float v34 = log2f(v32);
      const float v35 = (v33 * v34);
      const bool v36 = (v32 > 0.00000000f);
      const float v37 = (v36 ? v35 : 0.00000000f);
      const float v38 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v30);
      const float v39 = (v38 / v31);
      const float v40 = (-v39);
      const float v41 = log2f(v39);
      const float v42 = (v40 * v41);
      const bool v43 = (v39 > 0.00000000f);
      const float v44 = (v43 ? v42 : 0.00000000f);
      const float v45 = (v37 + v44);
      const float v46 = (v28 / v31);
      const float v47 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v28);
      const float v48 = (-v47);
      const float v49 = log2f(v47);
      const float v50 = (v48 * v49);
      const bool v51 = (v47 > 0.00000000f);
      const float v52 = (v51 ? v50 : 0.00000000f);
      const float v53 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v28);
      const float v54 = (-v53);
      const float v55 = log2f(v53);
      const float v56 = (v54 * v55);
      const bool v57 = (v53 > 0.00000000f);
      const float v58 = (v57 ? v56 : 0.00000000f);
      const float v59 = (v52 + v58);
      const bool v60 = (v28 > 0.00000000f);
      const float v61 = (v60 ? v59 : 0.00000000f);
      const float v62 = (v46 * v61);
      const float v63 = (v26 + v30);
      const float v64 = (v63 / v31);
      const float v65 = (v26 / v63);
      const float v66 = (-v65);
      const float v67 = log2f(v65);
      const float v68 = (v66 * v67);
      const bool v69 = (v65 > 0.00000000f);
      const float v70 = (v69 ? v68 : 0.00000000f);
      const float v71 = (v30 / v63);
      const float v72 = (-v71);
      const float v73 = log2f(v71);
      const float v74 = (v72 * v73);
      const bool v75 = (v71 > 0.00000000f);
      const float v76 = (v75 ? v74 : 0.00000000f);
      const float v77 = (v70 + v76);
      const bool v78 = (v63 > 0.00000000f);
      const float v79 = (v78 ? v77 : 0.00000000f);
      const float v80 = (v64 * v79);
      const float v81 = (v62 + v80);
      const float v82 = (v45 - v81);
      const bool v83 = (v31 > 0.00000000f);
      const float v84 = (v83 ? v82 : 0.00000000f);
      F_table197[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v84;
    }
  }
  // key-map %197: once per distinct key of the group
  const uint32_t nkeys197 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys197); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v85 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v86 = F_v64[slot];
    const float v87 = (v85 + v86);
    const float v88 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    const float v89 = (v85 + v88);
    const float v90 = (v89 + v86);
    const float v91 = F_v65[slot];
    const float v92 = (v90 + v91);
    const float v93 = (v87 / v92);
    const float v94 = (-v93);
    const float v95 = log2f(v93);
    const float v96 = (v94 * v95);
    const bool v97 = (v93 > 0.00000000f);
    const float v98 = (v97 ? v96 : 0.00000000f);
    const float v99 = (v88 + v91);
    const float v100 = (v99 / v92);
    const float v101 = (-v100);
    const float v102 = log2f(v100);
    const float v103 = (v101 * v102);
    const bool v104 = (v100 > 0.00000000f);
    const float v105 = (v104 ? v103 : 0.00000000f);
    const float v106 = (v98 + v105);
    const float v107 = (v89 / v92);
    const float v108 = (v85 / v89);
    const float v109 = (-v108);
    const float v110 = log2f(v108);
    const float v111 = (v109 * v110);
    const bool v112 = (v108 > 0.00000000f);
    const float v113 = (v112 ? v111 : 0.00000000f);
    const float v114 = (v88 / v89);
    const float v115 = (-v114);
    const float v116 = log2f(v114);
    const float v117 = (v115 * v116);
    const bool v118 = (v114 > 0.00000000f);
    const float v119 = (v118 ? v117 : 0.00000000f);
    const float v120 = (v113 + v119);
    const bool v121 = (v89 > 0.00000000f);
    const float v122 = (v121 ? v120 : 0.00000000f);
    const float v123 = (v107 * v122);
    const float v124 = (v86 + v91);
    const float v125 = (v124 / v92);
    const float v126 = (v86 / v124);
    const float v127 = (-v126);
    const float v128 = log2f(v126);
    const float v129 = (v127 * v128);
    const bool v130 = (v126 > 0.00000000f);
    const float v131 = (v130 ? v129 : 0.00000000f);
    const float v132 = (v91 / v124);
    const float v133 = (-v132);
    const float v134 = log2f(v132);
    const float v135 = (v133 * v134);
    const bool v136 = (v132 > 0.00000000f);
    const float v137 = (v136 ? v135 : 0.00000000f);
    const float v138 = (v131 + v137);
    const bool v139 = (v124 > 0.00000000f);
    const float v140 = (v139 ? v138 : 0.00000000f);
    const float v141 = (v125 * v140);
    const float v142 = (v123 + v141);
    const float v143 = (v106 - v142);
    const bool v144 = (v92 > 0.00000000f);
    F_v197[slot] = (v144 ? v143 : 0.00000000f);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v145 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v146 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v145);
      const float v147 = (v146 + 1.00000001e-10f);
      const float v148 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v147);
      const float v149 = adv_fmin(adv_fmax(v148, 0.00000000f), 1.00000000f);
      const float v150 = sqrtf(v149);
      const float v151 = adv_asin(v150);
      const float v152 = (v24 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v153 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v152);
      const float v154 = (v153 + 1.00000001e-10f);
      const float v155 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v154);
      const float v156 = adv_fmin(adv_fmax(v155, 0.00000000f), 1.00000000f);
      const float v157 = sqrtf(v156);
      const float v158 = adv_asin(v157);
      const float v159 = (v151 - v158);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v159;
    }
  }
  const float v180 = (u_p_bm25_k1 + 1.00000000f);
  const float v182 = (1.00000000f - u_p_bm25_b);
  const float v183 = (u_p_bm25_b * acc21);
  const float v184 = (acc21 + acc23);
  const float v185 = (v184 / 2.00000000f);
  const float v186 = (v183 / v185);
  const float v187 = (v182 + v186);
  const float v188 = (u_p_bm25_k1 * v187);
  const bool v191 = (acc21 > 0.00000000f);
  const float v196 = (u_p_bm25_b * acc23);
  const float v197 = (acc23 + acc21);
  const float v198 = (v197 / 2.00000000f);
  const float v199 = (v196 / v198);
  const float v200 = (v182 + v199);
  const float v201 = (u_p_bm25_k1 * v200);
  const bool v204 = (acc23 > 0.00000000f);
  const bool v211 = (u_p_gamma != 0.00000000f);
  // key-map %220: once per distinct key of the group
  const uint32_t nkeys220 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys220); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v160 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v161 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    float v162 = 0.00000000f;
    if (tabled212) {
      v162 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v160) * (uint32_t)(n + 1u)) + adv_u32f(v161)))];
    } else {
      const float v163 = F_v64[slot];
      const float v164 = (v160 + v163);
      const float v165 = (v164 + 1.00000001e-10f);
      const float v166 = (v160 / v165);
      const float v167 = adv_fmin(adv_fmax(v166, 0.00000000f), 1.00000000f);
      const float v168 = sqrtf(v167);
      const float v169 = adv_asin(v168);
      const float v170 = F_v65[slot];
      const float v171 = (v161 + v170);
      const float v172 = (v171 + 1.00000001e-10f);
      const float v173 = (v161 / v172);
      const float v174 = adv_fmin(adv_fmax(v173, 0.00000000f), 1.00000000f);
      const float v175 = sqrtf(v174);
      const float v176 = adv_asin(v175);
      v162 = (v169 - v176);
    }
    const float v177 = v162;
    const float v178 = ((float)(H[(uint32_t)(u_oh_acc33 + slot)]));
    const float v179 = (v178 / acc21);
    const float v181 = (v179 * v180);
    const float v189 = (v179 + v188);
    const float v190 = (v181 / v189);
    const float v192 = (v191 ? v190 : 0.00000000f);
    const float v193 = ((float)(H[(uint32_t)(u_oh_acc51 + slot)]));
    const float v194 = (v193 / acc23);
    const float v195 = (v194 * v180);
    const float v202 = (v194 + v201);
    const float v203 = (v195 / v202);
    const float v205 = (v204 ? v203 : 0.00000000f);
    const float v206 = (v205 + 0.00000999999975f);
    const float v207 = (v192 / v206);
    const float v208 = (v192 + 0.00000999999975f);
    const float v209 = (v205 / v208);
    const float v210 = (v207 - v209);
    const float v212 = (v211 ? v210 : 0.00000000f);
    F_v220[slot] = (v177 + v212);
  }
  const bool v213 = (u_p_alpha != 0.00000000f);
  const bool v357 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v214 = 0.00000000f;
      if (v213) {
        const float v215 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v216 = (v215 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v217 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v218 = (v216 + v217);
        const float v219 = (v215 + v217);
        const float v220 = (v24 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v221 = (v219 + v220);
        const float v222 = (v218 - v221);
        const float v223 = adv_fmax(0.00000000f, v222);
        const float v224 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v217);
        const float v225 = adv_fmin(v215, v224);
        const bool v226 = (v223 == v225);
        float v227 = 0.00000000f;
        if (v226) {
          v227 = 0.00000000f;
        } else {
          const float v230 = (v215 + v224);
          const float v231 = (v230 - v221);
          const float v232 = adv_fmax(0.00000000f, v231);
          const int32_t v233 = adv_i32f(v232);
          const int32_t v234 = adv_i32f(v225);
          const int32_t lo228 = v233;
          const int32_t hi229 = v234;
          const float v235 = (v224 + 1.00000000f);
          const float v236 = adv_lgamma(v235);
          const float v237 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v238 = adv_lgamma(v237);
          const float v239 = (v236 - v238);
          const float v240 = (v224 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v241 = (v240 + 1.00000000f);
          const float v242 = adv_lgamma(v241);
          const float v243 = (v239 - v242);
          const float v244 = (v221 - v224);
          const float v245 = (v215 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v246 = (v244 + 1.00000000f);
          const float v247 = adv_lgamma(v246);
          const float v248 = (v245 + 1.00000000f);
          const float v249 = adv_lgamma(v248);
          const float v250 = (v247 - v249);
          const float v251 = (v244 - v245);
          const float v252 = (v251 + 1.00000000f);
          const float v253 = adv_lgamma(v252);
          const float v254 = (v250 - v253);
          const float v255 = (v243 + v254);
          const float v256 = (v221 + 1.00000000f);
          const float v257 = adv_lgamma(v256);
          const float v258 = (v215 + 1.00000000f);
          const float v259 = adv_lgamma(v258);
          const float v260 = (v257 - v259);
          const float v261 = (v221 - v215);
          const float v262 = (v261 + 1.00000000f);
          const float v263 = adv_lgamma(v262);
          const float v264 = (v260 - v263);
          const float v265 = (v255 - v264);
          const float v266 = (v265 + 0.00000999999975f);
          float fold268 = 0.00000000f;
          if ((hi229 >= lo228)) {
            if (((uint32_t)(((uint32_t)(hi229)) - ((uint32_t)(lo228))) < 1048576u)) {
              for (uint32_t n290 = 0u; (n290 <= (uint32_t)(((uint32_t)(hi229)) - ((uint32_t)(lo228)))); n290 = (uint32_t)(n290 + 1u)) {
                const int32_t k267 = ((int32_t)((uint32_t)(((uint32_t)(lo228)) + n290)));
                const float v269 = ((float)(k267));
                const float v270 = (v269 + 1.00000000f);
                const float v271 = adv_lgamma(v270);
                const float v272 = (v236 - v271);
                const float v273 = (v224 - v269);
                const float v274 = (v273 + 1.00000000f);
                const float v275 = adv_lgamma(v274);
                const float v276 = (v272 - v275);
                const float v277 = (v215 - v269);
                const float v278 = (v277 + 1.00000000f);
                const float v279 = adv_lgamma(v278);
                const float v280 = (v247 - v279);
                const float v281 = (v244 - v277);
                const float v282 = (v281 + 1.00000000f);
                const float v283 = adv_lgamma(v282);
                const float v284 = (v280 - v283);
                const float v285 = (v276 + v284);
                const float v286 = (v285 - v264);
                const float v287 = expf(v286);
                const bool v288 = (v286 <= v266);
                const float v289 = (v288 ? v287 : 0.00000000f);
                fold268 = (fold268 + v289);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v291 = fold268;
          const float v292 = ((-2.00000000f) * v291);
          const float v293 = expf(v292);
          v227 = v293;
        }
        const float v294 = v227;
        const float v295 = (u_p_alpha * v294);
        v214 = v295;
      } else {
        v214 = 0.00000000f;
      }
      const float v296 = v214;
      const float v297 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v298 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v297);
      const float v299 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v300 = (v299 + v297);
      const float v301 = (v24 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v302 = (v300 + v301);
      const float v303 = (v298 / v302);
      const float v304 = (-v303);
      const float v305 = log2f(v303);
      const float v306 = (v304 * v305);
      const bool v307 = (v303 > 0.00000000f);
      const float v308 = (v307 ? v306 : 0.00000000f);
      const float v309 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v301);
      const float v310 = (v309 / v302);
      const float v311 = (-v310);
      const float v312 = log2f(v310);
      const float v313 = (v311 * v312);
      const bool v314 = (v310 > 0.00000000f);
      const float v315 = (v314 ? v313 : 0.00000000f);
      const float v316 = (v308 + v315);
      const float v317 = (v299 / v302);
      const float v318 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v299);
      const float v319 = (-v318);
      const float v320 = log2f(v318);
      const float v321 = (v319 * v320);
      const bool v322 = (v318 > 0.00000000f);
      const float v323 = (v322 ? v321 : 0.00000000f);
      const float v324 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v299);
      const float v325 = (-v324);
      const float v326 = log2f(v324);
      const float v327 = (v325 * v326);
      const bool v328 = (v324 > 0.00000000f);
      const float v329 = (v328 ? v327 : 0.00000000f);
      const float v330 = (v323 + v329);
      const bool v331 = (v299 > 0.00000000f);
      const float v332 = (v331 ? v330 : 0.00000000f);
      const float v333 = (v317 * v332);
      const float v334 = (v297 + v301);
      const float v335 = (v334 / v302);
      const float v336 = (v297 / v334);
      const float v337 = (-v336);
      const float v338 = log2f(v336);
      const float v339 = (v337 * v338);
      const bool v340 = (v336 > 0.00000000f);
      const float v341 = (v340 ? v339 : 0.00000000f);
      const float v342 = (v301 / v334);
      const float v343 = (-v342);
      const float v344 = log2f(v342);
      const float v345 = (v343 * v344);
      const bool v346 = (v342 > 0.00000000f);
      const float v347 = (v346 ? v345 : 0.00000000f);
      const float v348 = (v341 + v347);
      const bool v349 = (v334 > 0.00000000f);
      const float v350 = (v349 ? v348 : 0.00000000f);
      const float v351 = (v335 * v350);
      const float v352 = (v333 + v351);
      const float v353 = (v316 - v352);
      const bool v354 = (v302 > 0.00000000f);
      const float v355 = (v354 ? v353 : 0.00000000f);
      const float v356 = (u_p_beta * v355);
      const float v358 = (v357 ? v356 : 0.00000000f);
      const float v359 = (v296 + v358);
      F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v359;
    }
  }
  const bool v360 = (acc15 > 0.00000000f);
  const bool v361 = (v24 > 0.00000000f);
  const bool v362 = (v360 && v361);
  const float v459 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v363 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v364 = (v363 != u_p_zero_token_id);
    const bool v365 = (v362 && v364);
    float v366 = 0.00000000f;
    if (v365) {
      const float v367 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
      const float v368 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
      float v369 = 0.00000000f;
      if (tabled200) {
        v369 = F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v367) * (uint32_t)(n + 1u)) + adv_u32f(v368)))];
      } else {
        float v370 = 0.00000000f;
        if (v213) {
          const float v371 = (v367 + v368);
          const float v372 = (v371 + v367);
          const float v373 = F_v64[slot];
          const float v374 = (v372 + v373);
          const float v375 = (v371 + v373);
          const float v376 = F_v65[slot];
          const float v377 = (v375 + v376);
          const float v378 = (v374 - v377);
          const float v379 = adv_fmax(0.00000000f, v378);
          const float v380 = (v367 + v373);
          const float v381 = adv_fmin(v371, v380);
          const bool v382 = (v379 == v381);
          float v383 = 0.00000000f;
          if (v382) {
            v383 = 0.00000000f;
          } else {
            const float v386 = (v371 + v380);
            const float v387 = (v386 - v377);
            const float v388 = adv_fmax(0.00000000f, v387);
            const int32_t v389 = adv_i32f(v388);
            const int32_t v390 = adv_i32f(v381);
            const int32_t lo384 = v389;
            const int32_t hi385 = v390;
            const float v391 = (v380 + 1.00000000f);
            const float v392 = adv_lgamma(v391);
            const float v393 = (v367 + 1.00000000f);
            const float v394 = adv_lgamma(v393);
            const float v395 = (v392 - v394);
            const float v396 = (v380 - v367);
            const float v397 = (v396 + 1.00000000f);
            const float v398 = adv_lgamma(v397);
            const float v399 = (v395 - v398);
            const float v400 = (v377 - v380);
            const float v401 = (v371 - v367);
            const float v402 = (v400 + 1.00000000f);
            const float v403 = adv_lgamma(v402);
            const float v404 = (v401 + 1.00000000f);
            const float v405 = adv_lgamma(v404);
            const float v406 = (v403 - v405);
            const float v407 = (v400 - v401);
            const float v408 = (v407 + 1.00000000f);
            const float v409 = adv_lgamma(v408);
            const float v410 = (v406 - v409);
            const float v411 = (v399 + v410);
            const float v412 = (v377 + 1.00000000f);
            const float v413 = adv_lgamma(v412);
            const float v414 = (v371 + 1.00000000f);
            const float v415 = adv_lgamma(v414);
            const float v416 = (v413 - v415);
            const float v417 = (v377 - v371);
            const float v418 = (v417 + 1.00000000f);
            const float v419 = adv_lgamma(v418);
            const float v420 = (v416 - v419);
            const float v421 = (v411 - v420);
            const float v422 = (v421 + 0.00000999999975f);
            float fold424 = 0.00000000f;
            if ((hi385 >= lo384)) {
              if (((uint32_t)(((uint32_t)(hi385)) - ((uint32_t)(lo384))) < 1048576u)) {
                for (uint32_t n446 = 0u; (n446 <= (uint32_t)(((uint32_t)(hi385)) - ((uint32_t)(lo384)))); n446 = (uint32_t)(n446 + 1u)) {
                  const int32_t k423 = ((int32_t)((uint32_t)(((uint32_t)(lo384)) + n446)));
                  const float v425 = ((float)(k423));
                  const float v426 = (v425 + 1.00000000f);
                  const float v427 = adv_lgamma(v426);
                  const float v428 = (v392 - v427);
                  const float v429 = (v380 - v425);
                  const float v430 = (v429 + 1.00000000f);
                  const float v431 = adv_lgamma(v430);
                  const float v432 = (v428 - v431);
                  const float v433 = (v371 - v425);
                  const float v434 = (v433 + 1.00000000f);
                  const float v435 = adv_lgamma(v434);
                  const float v436 = (v403 - v435);
                  const float v437 = (v400 - v433);
                  const float v438 = (v437 + 1.00000000f);
                  const float v439 = adv_lgamma(v438);
                  const float v440 = (v436 - v439);
                  const float v441 = (v432 + v440);
                  const float v442 = (v441 - v420);
                  const float v443 = expf(v442);
                  const bool v444 = (v442 <= v422);
                  const float v445 = (v444 ? v443 : 0.00000000f);
                  fold424 = (fold424 + v445);
                }
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
              }
            }
            const float v447 = fold424;
            const float v448 = ((-2.00000000f) * v447);
            const float v449 = expf(v448);
            v383 = v449;
          }
          const float v450 = v383;
          const float v451 = (u_p_alpha * v450);
          v370 = v451;
        } else {
          v370 = 0.00000000f;
        }
        const float v452 = v370;
        const float v453 = F_v197[slot];
        const float v454 = (u_p_beta * v453);
        const float v455 = (v357 ? v454 : 0.00000000f);
        v369 = (v452 + v455);
      }
      const float v456 = v369;
      const float v457 = F_v220[slot];
      const float v458 = (v456 * v457);
      const float v460 = (v458 / v459);
      const float v461 = (1.00000000f / (1.00000000f + expf((-v460))));
      const float v462 = (v461 - 0.500000000f);
      const float v463 = (v462 * 2.00000000f);
      const float v464 = (v463 * u_p_top);
      v366 = v464;
    } else {
      v366 = 0.00000000f;
    }
    F_v234[slot] = v366;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled257 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled257) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v467 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v468 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v469 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v468);
      const float v470 = (v467 + v469);
      const float v471 = (v467 + v468);
      const float v472 = (v24 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v473 = (v471 + v472);
      const float v474 = (v470 - v473);
      const float v475 = adv_fmax(0.00000000f, v474);
      const int32_t v476 = adv_i32f(v475);
      const float v477 = adv_fmin(v467, v469);
      const int32_t v478 = adv_i32f(v477);
      const int32_t lo465 = v476;
      const int32_t hi466 = v478;
      const float v479 = (v469 + 1.00000000f);
      const float v480 = adv_lgamma(v479);
      const float v481 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v482 = adv_lgamma(v481);
      const float v483 = (v480 - v482);
      const float v484 = (v469 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v485 = (v484 + 1.00000000f);
      const float v486 = adv_lgamma(v485);
      const float v487 = (v483 - v486);
      const float v488 = (v473 - v469);
      const float v489 = (v467 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v490 = (v488 + 1.00000000f);
      const float v491 = adv_lgamma(v490);
      const float v492 = (v489 + 1.00000000f);
      const float v493 = adv_lgamma(v492);
      const float v494 = (v491 - v493);
      const float v495 = (v488 - v489);
      const float v496 = (v495 + 1.00000000f);
      const float v497 = adv_lgamma(v496);
      const float v498 = (v494 - v497);
      const float v499 = (v487 + v498);
      const float v500 = (v473 + 1.00000000f);
      const float v501 = adv_lgamma(v500);
      const float v502 = (v467 + 1.00000000f);
      const float v503 = adv_lgamma(v502);
      const float v504 = (v501 - v503);
      const float v505 = (v473 - v467);
      const float v506 = (v505 + 1.00000000f);
      const float v507 = adv_lgamma(v506);
      const float v508 = (v504 - v507);
      const float v509 = (v499 - v508);
      const float v510 = (v509 + 0.00000999999975f);
      float fold512 = 0.00000000f;
      if ((hi466 >= lo465)) {
        if (((uint32_t)(((uint32_t)(hi466)) - ((uint32_t)(lo465))) < 1048576u)) {
          for (uint32_t n534 = 0u; (n534 <= (uint32_t)(((uint32_t)(hi466)) - ((uint32_t)(lo465)))); n534 = (uint32_t)(n534 + 1u)) {
            const int32_t k511 = ((int32_t)((uint32_t)(((uint32_t)(lo465)) + n534)));
            const float v513 = ((float)(k511));
            const float v514 = (v513 + 1.00000000f);
            const float v515 = adv_lgamma(v514);
            const float v516 = (v480 - v515);
            const float v517 = (v469 - v513);
            const float v518 = (v517 + 1.00000000f);
            const float v519 = adv_lgamma(v518);
            const float v520 = (v516 - v519);
            const float v521 = (v467 - v513);
            const float v522 = (v521 + 1.00000000f);
            const float v523 = adv_lgamma(v522);
            const float v524 = (v491 - v523);
            const float v525 = (v488 - v521);
            const float v526 = (v525 + 1.00000000f);
            const float v527 = adv_lgamma(v526);
            const float v528 = (v524 - v527);
            const float v529 = (v520 + v528);
            const float v530 = (v529 - v508);
            const float v531 = expf(v530);
            const bool v532 = (v530 <= v510);
            const float v533 = (v532 ? v531 : 0.00000000f);
            fold512 = (fold512 + v533);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v535 = fold512;
      F_table257[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v535;
    }
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v538 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v539 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    const float v540 = (v538 + v539);
    const float v541 = F_v64[slot];
    const float v542 = (v538 + v541);
    const float v543 = (v540 + v542);
    const float v544 = (v540 + v541);
    const float v545 = F_v65[slot];
    const float v546 = (v544 + v545);
    const float v547 = (v543 - v546);
    const float v548 = adv_fmax(0.00000000f, v547);
    const int32_t v549 = adv_i32f(v548);
    const float v550 = adv_fmin(v540, v542);
    const int32_t v551 = adv_i32f(v550);
    const int32_t lo536 = v549;
    const int32_t hi537 = v551;
    const float v552 = (v542 + 1.00000000f);
    const float v553 = adv_lgamma(v552);
    const float v554 = (v538 + 1.00000000f);
    const float v555 = adv_lgamma(v554);
    const float v556 = (v553 - v555);
    const float v557 = (v542 - v538);
    const float v558 = (v557 + 1.00000000f);
    const float v559 = adv_lgamma(v558);
    const float v560 = (v556 - v559);
    const float v561 = (v546 - v542);
    const float v562 = (v540 - v538);
    const float v563 = (v561 + 1.00000000f);
    const float v564 = adv_lgamma(v563);
    const float v565 = (v562 + 1.00000000f);
    const float v566 = adv_lgamma(v565);
    const float v567 = (v564 - v566);
    const float v568 = (v561 - v562);
    const float v569 = (v568 + 1.00000000f);
    const float v570 = adv_lgamma(v569);
    const float v571 = (v567 - v570);
    const float v572 = (v560 + v571);
    const float v573 = (v546 + 1.00000000f);
    const float v574 = adv_lgamma(v573);
    const float v575 = (v540 + 1.00000000f);
    const float v576 = adv_lgamma(v575);
    const float v577 = (v574 - v576);
    const float v578 = (v546 - v540);
    const float v579 = (v578 + 1.00000000f);
    const float v580 = adv_lgamma(v579);
    const float v581 = (v577 - v580);
    const float v582 = (v572 - v581);
    const float v583 = (v582 + 0.00000999999975f);
    float fold585 = 0.00000000f;
    if ((hi537 >= lo536)) {
      if (((uint32_t)(((uint32_t)(hi537)) - ((uint32_t)(lo536))) < 1048576u)) {
        for (uint32_t n607 = 0u; (n607 <= (uint32_t)(((uint32_t)(hi537)) - ((uint32_t)(lo536)))); n607 = (uint32_t)(n607 + 1u)) {
          const int32_t k584 = ((int32_t)((uint32_t)(((uint32_t)(lo536)) + n607)));
          const float v586 = ((float)(k584));
          const float v587 = (v586 + 1.00000000f);
          const float v588 = adv_lgamma(v587);
          const float v589 = (v553 - v588);
          const float v590 = (v542 - v586);
          const float v591 = (v590 + 1.00000000f);
          const float v592 = adv_lgamma(v591);
          const float v593 = (v589 - v592);
          const float v594 = (v540 - v586);
          const float v595 = (v594 + 1.00000000f);
          const float v596 = adv_lgamma(v595);
          const float v597 = (v564 - v596);
          const float v598 = (v561 - v594);
          const float v599 = (v598 + 1.00000000f);
          const float v600 = adv_lgamma(v599);
          const float v601 = (v597 - v600);
          const float v602 = (v593 + v601);
          const float v603 = (v602 - v581);
          const float v604 = expf(v603);
          const bool v605 = (v603 <= v583);
          const float v606 = (v605 ? v604 : 0.00000000f);
          fold585 = (fold585 + v606);
        }
      } else {
        F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
      }
    }
    F_v257[slot] = fold585;
  }
  // reduce to group %281
  const float v609 = (acc269 / acc16);
  const float v610 = (acc267 + v609);
  const float v612 = (acc274 - acc267);
  const bool v613 = (v612 > 0.00000000f);
  const float v614 = (v613 ? v612 : 1.00000000f);
  float acc281 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v608 = F_v9[row];
    const float v611 = (v608 - v610);
    const float v615 = (v611 / v614);
    const float v616 = (v615 * v615);
    acc281 = (acc281 + v616);
  }
  if ((lid == 0u)) {
    F_v281[g] = acc281;
  }
  const bool v618 = (acc16 > 1.00000000f);
  const float v619 = (v618 ? v610 : 0.00000000f);
  const float v621 = (acc16 - 1.00000000f);
  const float v622 = (acc281 / v621);
  const float v623 = sqrtf(v622);
  const float v624 = (v623 * v614);
  const float v625 = (v618 ? v624 : 1.00000000f);
  const float v626 = (v625 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v617 = F_v9[row];
    const float v620 = (v617 - v619);
    const float v627 = (v620 / v626);
    const bool v628 = (v620 == 0.00000000f);
    const float v629 = (v628 ? 0.00000000f : v627);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw630 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v631 = F_v234[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v632 = ((sw630 != 4294967295u) ? v631 : 0.00000000f);
      const float v633 = (v629 + v632);
      const int32_t v634 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v635 = ((float)(v634));
      const float v636 = (v633 * v635);
      const float v637 = v632;
      const float v638 = ((float)(H[(uint32_t)(u_oh_acc27 + ((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u))]));
      const float v639 = ((sw630 != 4294967295u) ? v638 : 0.00000000f);
      const float v640 = v639;
      const float v641 = ((float)(H[(uint32_t)(u_oh_acc31 + ((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u))]));
      const float v642 = ((sw630 != 4294967295u) ? v641 : 0.00000000f);
      const float v643 = v642;
      const float v644 = F_v64[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v645 = ((sw630 != 4294967295u) ? v644 : 0.00000000f);
      const float v646 = v645;
      const float v647 = F_v65[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v648 = ((sw630 != 4294967295u) ? v647 : 0.00000000f);
      const float v649 = v648;
      const float v650 = F_v257[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v651 = ((sw630 != 4294967295u) ? v650 : 0.00000000f);
      const float v652 = v651;
      const float v653 = F_v197[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v654 = ((sw630 != 4294967295u) ? v653 : 0.00000000f);
      const float v655 = v654;
      const float v656 = F_v220[((sw630 != 4294967295u) ? (uint32_t)(sw630 & 2147483647u) : 0u)];
      const float v657 = ((sw630 != 4294967295u) ? v656 : 0.00000000f);
      const float v658 = v657;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v636;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v637;
      F_out_key_a[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v640;
      F_out_key_b[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v643;
      F_out_key_c[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v646;
      F_out_key_d[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v649;
      F_out_key_p_value[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v652;
      F_out_key_information_gain[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v655;
      F_out_key_direction[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v658;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v659 = F_v9[row];
    const float v660 = (v659 - v619);
    const float v661 = (v660 / v626);
    const bool v662 = (v660 == 0.00000000f);
    const float v663 = (v662 ? 0.00000000f : v661);
    F_out_rollout_advantage[row] = v663;
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
  run.F_v267 = adv_element(env, argv[1], 4, &n);
  run.F_v274 = adv_element(env, argv[1], 5, &n);
  run.F_v19 = adv_element(env, argv[1], 6, &n);
  run.F_v21 = adv_element(env, argv[1], 7, &n);
  run.F_v23 = adv_element(env, argv[1], 8, &n);
  run.F_v269 = adv_element(env, argv[1], 9, &n);
  run.F_v64 = adv_element(env, argv[1], 10, &n);
  run.F_v65 = adv_element(env, argv[1], 11, &n);
  run.F_table197 = adv_element(env, argv[1], 12, &n);
  run.F_v197 = adv_element(env, argv[1], 13, &n);
  run.F_table212 = adv_element(env, argv[1], 14, &n);
  run.F_v220 = adv_element(env, argv[1], 15, &n);
  run.F_out_0folds = adv_element(env, argv[1], 16, &n);
  run.F_table200 = adv_element(env, argv[1], 17, &n);
  run.F_v234 = adv_element(env, argv[1], 18, &n);
  run.F_table257 = adv_element(env, argv[1], 19, &n);
  run.F_v257 = adv_element(env, argv[1], 20, &n);
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
