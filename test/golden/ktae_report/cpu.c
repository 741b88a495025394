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
  int32_t *const restrict I_korder = R->I_korder;
  int32_t *const restrict I_responses = R->I_responses;
  uint32_t *const H = R->H;
  float *const restrict F_v64 = R->F_v64;
  float *const restrict F_v65 = R->F_v65;
  float *const restrict F_table197 = R->F_table197;
  float *const restrict F_v197 = R->F_v197;
  float *const restrict F_table212 = R->F_table212;
  float *const restrict F_v220 = R->F_v220;
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
  // key-map %64: once per distinct key of the group
  const uint32_t nkeys64 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys64); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v30 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    F_v64[slot] = (acc15 - v30);
  }
  const float v31 = (acc16 - acc15);
  // key-map %65: once per distinct key of the group
  const uint32_t nkeys65 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys65); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v32 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    F_v65[slot] = (v31 - v32);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled197 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v33 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v34 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v33);
      const float v35 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v36 = (v35 + v33);
      const float v37 = (v31 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v38 = (v36 + v37);
      const float v39 = (v34 / v38);
      const float v40 = (-v39);
      const float v41 = log2f(v39);
      const float v42 = (v40 * v41);
      const bool v43 = (v39 > 0.00000000f);
      const float v44 = (v43 ? v42 : 0.00000000f);
      const float v45 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v37);
      const float v46 = (v45 / v38);
      const float v47 = (-v46);
      const float v48 = log2f(v46);
      const float v49 = (v47 * v48);
      const bool v50 = (v46 > 0.00000000f);
      const float v51 = (v50 ? v49 : 0.00000000f);
      const float v52 = (v44 + v51);
      const float v53 = (v35 / v38);
      const float v54 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v35);
      const float v55 = (-v54);
      const float v56 = log2f(v54);
      const float v57 = (v55 * v56);
      const bool v58 = (v54 > 0.00000000f);
      const float v59 = (v58 ? v57 : 0.00000000f);
      const float v60 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v35);
      const float v61 = (-v60);
      const float v62 = log2f(v60);
      const float v63 = (v61 * v62);
      const bool v64 = (v60 > 0.00000000f);
      const float v65 = (v64 ? v63 : 0.00000000f);
      const float v66 = (v59 + v65);
      const bool v67 = (v35 > 0.00000000f);
      const float v68 = (v67 ? v66 : 0.00000000f);
      const float v69 = (v53 * v68);
      const float v70 = (v33 + v37);
      const float v71 = (v70 / v38);
      const float v72 = (v33 / v70);
      const float v73 = (-v72);
      const float v74 = log2f(v72);
      const float v75 = (v73 * v74);
      const bool v76 = (v72 > 0.00000000f);
      const float v77 = (v76 ? v75 : 0.00000000f);
      const float v78 = (v37 / v70);
      const float v79 = (-v78);
      const float v80 = log2f(v78);
      const float v81 = (v79 * v80);
      const bool v82 = (v78 > 0.00000000f);
      const float v83 = (v82 ? v81 : 0.00000000f);
      const float v84 = (v77 + v83);
      const bool v85 = (v70 > 0.00000000f);
      const float v86 = (v85 ? v84 : 0.00000000f);
      const float v87 = (v71 * v86);
      const float v88 = (v69 + v87);
      const float v89 = (v52 - v88);
      const bool v90 = (v38 > 0.00000000f);
      const float v91 = (v90 ? v89 : 0.00000000f);
      F_table197[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v91;
    }
  }
  // key-map %197: once per distinct key of the group
  const uint32_t nkeys197 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys197); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v92 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v93 = F_v64[slot];
    const float v94 = (v92 + v93);
    const float v95 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    const float v96 = (v92 + v95);
    const float v97 = (v96 + v93);
    const float v98 = F_v65[slot];
    const float v99 = (v97 + v98);
    const float v100 = (v94 / v99);
    const float v101 = (-v100);
    const float v102 = log2f(v100);
    const float v103 = (v101 * v102);
    const bool v104 = (v100 > 0.00000000f);
    const float v105 = (v104 ? v103 : 0.00000000f);
    const float v106 = (v95 + v98);
    const float v107 = (v106 / v99);
    const float v108 = (-v107);
    const float v109 = log2f(v107);
    const float v110 = (v108 * v109);
    const bool v111 = (v107 > 0.00000000f);
    const float v112 = (v111 ? v110 : 0.00000000f);
    const float v113 = (v105 + v112);
    const float v114 = (v96 / v99);
    const float v115 = (v92 / v96);
    const float v116 = (-v115);
    const float v117 = log2f(v115);
    const float v118 = (v116 * v117);
    const bool v119 = (v115 > 0.00000000f);
    const float v120 = (v119 ? v118 : 0.00000000f);
    const float v121 = (v95 / v96);
    const float v122 = (-v121);
    const float v123 = log2f(v121);
    const float v124 = (v122 * v123);
    const bool v125 = (v121 > 0.00000000f);
    const float v126 = (v125 ? v124 : 0.00000000f);
    const float v127 = (v120 + v126);
    const bool v128 = (v96 > 0.00000000f);
    const float v129 = (v128 ? v127 : 0.00000000f);
    const float v130 = (v114 * v129);
    const float v131 = (v93 + v98);
    const float v132 = (v131 / v99);
    const float v133 = (v93 / v131);
    const float v134 = (-v133);
    const float v135 = log2f(v133);
    const float v136 = (v134 * v135);
    const bool v137 = (v133 > 0.00000000f);
    const float v138 = (v137 ? v136 : 0.00000000f);
    const float v139 = (v98 / v131);
    const float v140 = (-v139);
    const float v141 = log2f(v139);
    const float v142 = (v140 * v141);
    const bool v143 = (v139 > 0.00000000f);
    const float v144 = (v143 ? v142 : 0.00000000f);
    const float v145 = (v138 + v144);
    const bool v146 = (v131 > 0.00000000f);
    const float v147 = (v146 ? v145 : 0.00000000f);
    const float v148 = (v132 * v147);
    const float v149 = (v130 + v148);
    const float v150 = (v113 - v149);
    const bool v151 = (v99 > 0.00000000f);
    F_v197[slot] = (v151 ? v150 : 0.00000000f);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v152 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v153 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v152);
      const float v154 = (v153 + 1.00000001e-10f);
      const float v155 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v154);
      const float v156 = adv_fmin(adv_fmax(v155, 0.00000000f), 1.00000000f);
      const float v157 = sqrtf(v156);
      const float v158 = adv_asin(v157);
      const float v159 = (v31 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v160 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v159);
      const float v161 = (v160 + 1.00000001e-10f);
      const float v162 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v161);
      const float v163 = adv_fmin(adv_fmax(v162, 0.00000000f), 1.00000000f);
      const float v164 = sqrtf(v163);
      const float v165 = adv_asin(v164);
      const float v166 = (v158 - v165);
      F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v166;
    }
  }
  const float v187 = (u_p_bm25_k1 + 1.00000000f);
  const float v189 = (1.00000000f - u_p_bm25_b);
  const float v190 = (u_p_bm25_b * acc21);
  const float v191 = (acc21 + acc23);
  const float v192 = (v191 / 2.00000000f);
  const float v193 = (v190 / v192);
  const float v194 = (v189 + v193);
  const float v195 = (u_p_bm25_k1 * v194);
  const bool v198 = (acc21 > 0.00000000f);
  const float v203 = (u_p_bm25_b * acc23);
  const float v204 = (acc23 + acc21);
  const float v205 = (v204 / 2.00000000f);
  const float v206 = (v203 / v205);
  const float v207 = (v189 + v206);
  const float v208 = (u_p_bm25_k1 * v207);
  const bool v211 = (acc23 > 0.00000000f);
  const bool v218 = (u_p_gamma != 0.00000000f);
  // key-map %220: once per distinct key of the group
  const uint32_t nkeys220 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys220); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v167 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v168 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    float v169 = 0.00000000f;
    if (tabled212) {
      v169 = F_table212[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v167) * (uint32_t)(n + 1u)) + adv_u32f(v168)))];
    } else {
      const float v170 = F_v64[slot];
      const float v171 = (v167 + v170);
      const float v172 = (v171 + 1.00000001e-10f);
      const float v173 = (v167 / v172);
      const float v174 = adv_fmin(adv_fmax(v173, 0.00000000f), 1.00000000f);
      const float v175 = sqrtf(v174);
      const float v176 = adv_asin(v175);
      const float v177 = F_v65[slot];
      const float v178 = (v168 + v177);
      const float v179 = (v178 + 1.00000001e-10f);
      const float v180 = (v168 / v179);
      const float v181 = adv_fmin(adv_fmax(v180, 0.00000000f), 1.00000000f);
      const float v182 = sqrtf(v181);
      const float v183 = adv_asin(v182);
      v169 = (v176 - v183);
    }
    const float v184 = v169;
    const float v185 = ((float)(H[(uint32_t)(u_oh_acc33 + slot)]));
    const float v186 = (v185 / acc21);
    const float v188 = (v186 * v187);
    const float v196 = (v186 + v195);
    const float v197 = (v188 / v196);
    const float v199 = (v198 ? v197 : 0.00000000f);
    const float v200 = ((float)(H[(uint32_t)(u_oh_acc51 + slot)]));
    const float v201 = (v200 / acc23);
    const float v202 = (v201 * v187);
    const float v209 = (v201 + v208);
    const float v210 = (v202 / v209);
    const float v212 = (v211 ? v210 : 0.00000000f);
    const float v213 = (v212 + 0.00000999999975f);
    const float v214 = (v199 / v213);
    const float v215 = (v199 + 0.00000999999975f);
    const float v216 = (v212 / v215);
    const float v217 = (v214 - v216);
    const float v219 = (v218 ? v217 : 0.00000000f);
    F_v220[slot] = (v184 + v219);
  }
  const bool v220 = (u_p_alpha != 0.00000000f);
  const bool v361 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      float v221 = 0.00000000f;
      if (v220) {
        const float v222 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v223 = (v222 + ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v224 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
        const float v225 = (v223 + v224);
        const float v226 = (v222 + v224);
        const float v227 = (v31 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
        const float v228 = (v226 + v227);
        const float v229 = (v225 - v228);
        const float v230 = adv_fmax(0.00000000f, v229);
        const float v231 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v224);
        const float v232 = adv_fmin(v222, v231);
        const bool v233 = (v230 == v232);
        float v234 = 0.00000000f;
        if (v233) {
          v234 = 0.00000000f;
        } else {
          const float v235 = (v222 + v231);
          const float v236 = (v235 - v228);
          const float v237 = adv_fmax(0.00000000f, v236);
          const int32_t v238 = adv_i32f(v237);
          const int32_t v239 = adv_i32f(v232);
          const float v240 = (v231 + 1.00000000f);
          const float v241 = adv_lgamma(v240);
          const float v242 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
          const float v243 = adv_lgamma(v242);
          const float v244 = (v241 - v243);
          const float v245 = (v231 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v246 = (v245 + 1.00000000f);
          const float v247 = adv_lgamma(v246);
          const float v248 = (v244 - v247);
          const float v249 = (v228 - v231);
          const float v250 = (v222 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
          const float v251 = (v249 + 1.00000000f);
          const float v252 = adv_lgamma(v251);
          const float v253 = (v250 + 1.00000000f);
          const float v254 = adv_lgamma(v253);
          const float v255 = (v252 - v254);
          const float v256 = (v249 - v250);
          const float v257 = (v256 + 1.00000000f);
          const float v258 = adv_lgamma(v257);
          const float v259 = (v255 - v258);
          const float v260 = (v248 + v259);
          const float v261 = (v228 + 1.00000000f);
          const float v262 = adv_lgamma(v261);
          const float v263 = (v222 + 1.00000000f);
          const float v264 = adv_lgamma(v263);
          const float v265 = (v262 - v264);
          const float v266 = (v228 - v222);
          const float v267 = (v266 + 1.00000000f);
          const float v268 = adv_lgamma(v267);
          const float v269 = (v265 - v268);
          const float v270 = (v260 - v269);
          const float v271 = (v270 + 0.00000999999975f);
          float fold273 = 0.00000000f;
          for (int32_t k272 = v238; (k272 <= v239); k272 = (int32_t)(k272 + 1)) {
            const float v274 = ((float)(k272));
            const float v275 = (v274 + 1.00000000f);
            const float v276 = adv_lgamma(v275);
            const float v277 = (v241 - v276);
            const float v278 = (v231 - v274);
            const float v279 = (v278 + 1.00000000f);
            const float v280 = adv_lgamma(v279);
            const float v281 = (v277 - v280);
            const float v282 = (v222 - v274);
            const float v283 = (v282 + 1.00000000f);
            const float v284 = adv_lgamma(v283);
            const float v285 = (v252 - v284);
            const float v286 = (v249 - v282);
            const float v287 = (v286 + 1.00000000f);
            const float v288 = adv_lgamma(v287);
            const float v289 = (v285 - v288);
            const float v290 = (v281 + v289);
            const float v291 = (v290 - v269);
            const float v292 = expf(v291);
            const bool v293 = (v291 <= v271);
            const float v294 = (v293 ? v292 : 0.00000000f);
            fold273 = (fold273 + v294);
          }
          const float v295 = fold273;
          const float v296 = ((-2.00000000f) * v295);
          const float v297 = expf(v296);
          v234 = v297;
        }
        const float v298 = v234;
        const float v299 = (u_p_alpha * v298);
        v221 = v299;
      } else {
        v221 = 0.00000000f;
      }
      const float v300 = v221;
      const float v301 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v302 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v301);
      const float v303 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v304 = (v303 + v301);
      const float v305 = (v31 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v306 = (v304 + v305);
      const float v307 = (v302 / v306);
      const float v308 = (-v307);
      const float v309 = log2f(v307);
      const float v310 = (v308 * v309);
      const bool v311 = (v307 > 0.00000000f);
      const float v312 = (v311 ? v310 : 0.00000000f);
      const float v313 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) + v305);
      const float v314 = (v313 / v306);
      const float v315 = (-v314);
      const float v316 = log2f(v314);
      const float v317 = (v315 * v316);
      const bool v318 = (v314 > 0.00000000f);
      const float v319 = (v318 ? v317 : 0.00000000f);
      const float v320 = (v312 + v319);
      const float v321 = (v303 / v306);
      const float v322 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) / v303);
      const float v323 = (-v322);
      const float v324 = log2f(v322);
      const float v325 = (v323 * v324);
      const bool v326 = (v322 > 0.00000000f);
      const float v327 = (v326 ? v325 : 0.00000000f);
      const float v328 = (((float)(adv_umod(i, (uint32_t)(n + 1u)))) / v303);
      const float v329 = (-v328);
      const float v330 = log2f(v328);
      const float v331 = (v329 * v330);
      const bool v332 = (v328 > 0.00000000f);
      const float v333 = (v332 ? v331 : 0.00000000f);
      const float v334 = (v327 + v333);
      const bool v335 = (v303 > 0.00000000f);
      const float v336 = (v335 ? v334 : 0.00000000f);
      const float v337 = (v321 * v336);
      const float v338 = (v301 + v305);
      const float v339 = (v338 / v306);
      const float v340 = (v301 / v338);
      const float v341 = (-v340);
      const float v342 = log2f(v340);
      const float v343 = (v341 * v342);
      const bool v344 = (v340 > 0.00000000f);
      const float v345 = (v344 ? v343 : 0.00000000f);
      const float v346 = (v305 / v338);
      const float v347 = (-v346);
      const float v348 = log2f(v346);
      const float v349 = (v347 * v348);
      const bool v350 = (v346 > 0.00000000f);
      const float v351 = (v350 ? v349 : 0.00000000f);
      const float v352 = (v345 + v351);
      const bool v353 = (v338 > 0.00000000f);
      const float v354 = (v353 ? v352 : 0.00000000f);
      const float v355 = (v339 * v354);
      const float v356 = (v337 + v355);
      const float v357 = (v320 - v356);
      const bool v358 = (v306 > 0.00000000f);
      const float v359 = (v358 ? v357 : 0.00000000f);
      const float v360 = (u_p_beta * v359);
      const float v362 = (v361 ? v360 : 0.00000000f);
      const float v363 = (v300 + v362);
      F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v363;
    }
  }
  const bool v364 = (acc15 > 0.00000000f);
  const bool v365 = (v31 > 0.00000000f);
  const bool v366 = (v364 && v365);
  const float v460 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v367 = ((int32_t)((uint32_t)(H[(uint32_t)(u_oh_keys_tok + slot)] - 1u)));
    const bool v368 = (v367 != u_p_zero_token_id);
    const bool v369 = (v366 && v368);
    float v370 = 0.00000000f;
    if (v369) {
      const float v371 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
      const float v372 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
      float v373 = 0.00000000f;
      if (tabled200) {
        v373 = F_table200[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (uint32_t)((uint32_t)(adv_u32f(v371) * (uint32_t)(n + 1u)) + adv_u32f(v372)))];
      } else {
        float v374 = 0.00000000f;
        if (v220) {
          const float v375 = (v371 + v372);
          const float v376 = (v375 + v371);
          const float v377 = F_v64[slot];
          const float v378 = (v376 + v377);
          const float v379 = (v375 + v377);
          const float v380 = F_v65[slot];
          const float v381 = (v379 + v380);
          const float v382 = (v378 - v381);
          const float v383 = adv_fmax(0.00000000f, v382);
          const float v384 = (v371 + v377);
          const float v385 = adv_fmin(v375, v384);
          const bool v386 = (v383 == v385);
          float v387 = 0.00000000f;
          if (v386) {
            v387 = 0.00000000f;
          } else {
            const float v388 = (v375 + v384);
            const float v389 = (v388 - v381);
            const float v390 = adv_fmax(0.00000000f, v389);
            const int32_t v391 = adv_i32f(v390);
            const int32_t v392 = adv_i32f(v385);
            const float v393 = (v384 + 1.00000000f);
            const float v394 = adv_lgamma(v393);
            const float v395 = (v371 + 1.00000000f);
            const float v396 = adv_lgamma(v395);
            const float v397 = (v394 - v396);
            const float v398 = (v384 - v371);
            const float v399 = (v398 + 1.00000000f);
            const float v400 = adv_lgamma(v399);
            const float v401 = (v397 - v400);
            const float v402 = (v381 - v384);
            const float v403 = (v375 - v371);
            const float v404 = (v402 + 1.00000000f);
            const float v405 = adv_lgamma(v404);
            const float v406 = (v403 + 1.00000000f);
            const float v407 = adv_lgamma(v406);
            const float v408 = (v405 - v407);
            const float v409 = (v402 - v403);
            const float v410 = (v409 + 1.00000000f);
            const float v411 = adv_lgamma(v410);
            const float v412 = (v408 - v411);
            const float v413 = (v401 + v412);
            const float v414 = (v381 + 1.00000000f);
            const float v415 = adv_lgamma(v414);
            const float v416 = (v375 + 1.00000000f);
            const float v417 = adv_lgamma(v416);
            const float v418 = (v415 - v417);
            const float v419 = (v381 - v375);
            const float v420 = (v419 + 1.00000000f);
            const float v421 = adv_lgamma(v420);
            const float v422 = (v418 - v421);
            const float v423 = (v413 - v422);
            const float v424 = (v423 + 0.00000999999975f);
            float fold426 = 0.00000000f;
            for (int32_t k425 = v391; (k425 <= v392); k425 = (int32_t)(k425 + 1)) {
              const float v427 = ((float)(k425));
              const float v428 = (v427 + 1.00000000f);
              const float v429 = adv_lgamma(v428);
              const float v430 = (v394 - v429);
              const float v431 = (v384 - v427);
              const float v432 = (v431 + 1.00000000f);
              const float v433 = adv_lgamma(v432);
              const float v434 = (v430 - v433);
              const float v435 = (v375 - v427);
              const float v436 = (v435 + 1.00000000f);
              const float v437 = adv_lgamma(v436);
              const float v438 = (v405 - v437);
              const float v439 = (v402 - v435);
              const float v440 = (v439 + 1.00000000f);
              const float v441 = adv_lgamma(v440);
              const float v442 = (v438 - v441);
              const float v443 = (v434 + v442);
              const float v444 = (v443 - v422);
              const float v445 = expf(v444);
              const bool v446 = (v444 <= v424);
              const float v447 = (v446 ? v445 : 0.00000000f);
              fold426 = (fold426 + v447);
            }
            const float v448 = fold426;
            const float v449 = ((-2.00000000f) * v448);
            const float v450 = expf(v449);
            v387 = v450;
          }
          const float v451 = v387;
          const float v452 = (u_p_alpha * v451);
          v374 = v452;
        } else {
          v374 = 0.00000000f;
        }
        const float v453 = v374;
        const float v454 = F_v197[slot];
        const float v455 = (u_p_beta * v454);
        const float v456 = (v361 ? v455 : 0.00000000f);
        v373 = (v453 + v456);
      }
      const float v457 = v373;
      const float v458 = F_v220[slot];
      const float v459 = (v457 * v458);
      const float v461 = (v459 / v460);
      const float v462 = (1.00000000f / (1.00000000f + expf((-v461))));
      const float v463 = (v462 - 0.500000000f);
      const float v464 = (v463 * 2.00000000f);
      const float v465 = (v464 * u_p_top);
      v370 = v465;
    } else {
      v370 = 0.00000000f;
    }
    F_v234[slot] = v370;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled257 = ((uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u)) <= H[(uint32_t)(u_oh_count_tok + g)]);
  if (tabled257) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(n + 1u) * (uint32_t)(n + 1u))); i = (uint32_t)(i + WG)) {
      const float v466 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v467 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v468 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + v467);
      const float v469 = (v466 + v468);
      const float v470 = (v466 + v467);
      const float v471 = (v31 - ((float)(adv_umod(i, (uint32_t)(n + 1u)))));
      const float v472 = (v470 + v471);
      const float v473 = (v469 - v472);
      const float v474 = adv_fmax(0.00000000f, v473);
      const int32_t v475 = adv_i32f(v474);
      const float v476 = adv_fmin(v466, v468);
      const int32_t v477 = adv_i32f(v476);
      const float v478 = (v468 + 1.00000000f);
      const float v479 = adv_lgamma(v478);
      const float v480 = (((float)(adv_udiv(i, (uint32_t)(n + 1u)))) + 1.00000000f);
      const float v481 = adv_lgamma(v480);
      const float v482 = (v479 - v481);
      const float v483 = (v468 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v484 = (v483 + 1.00000000f);
      const float v485 = adv_lgamma(v484);
      const float v486 = (v482 - v485);
      const float v487 = (v472 - v468);
      const float v488 = (v466 - ((float)(adv_udiv(i, (uint32_t)(n + 1u)))));
      const float v489 = (v487 + 1.00000000f);
      const float v490 = adv_lgamma(v489);
      const float v491 = (v488 + 1.00000000f);
      const float v492 = adv_lgamma(v491);
      const float v493 = (v490 - v492);
      const float v494 = (v487 - v488);
      const float v495 = (v494 + 1.00000000f);
      const float v496 = adv_lgamma(v495);
      const float v497 = (v493 - v496);
      const float v498 = (v486 + v497);
      const float v499 = (v472 + 1.00000000f);
      const float v500 = adv_lgamma(v499);
      const float v501 = (v466 + 1.00000000f);
      const float v502 = adv_lgamma(v501);
      const float v503 = (v500 - v502);
      const float v504 = (v472 - v466);
      const float v505 = (v504 + 1.00000000f);
      const float v506 = adv_lgamma(v505);
      const float v507 = (v503 - v506);
      const float v508 = (v498 - v507);
      const float v509 = (v508 + 0.00000999999975f);
      float fold511 = 0.00000000f;
      for (int32_t k510 = v475; (k510 <= v477); k510 = (int32_t)(k510 + 1)) {
        const float v512 = ((float)(k510));
        const float v513 = (v512 + 1.00000000f);
        const float v514 = adv_lgamma(v513);
        const float v515 = (v479 - v514);
        const float v516 = (v468 - v512);
        const float v517 = (v516 + 1.00000000f);
        const float v518 = adv_lgamma(v517);
        const float v519 = (v515 - v518);
        const float v520 = (v466 - v512);
        const float v521 = (v520 + 1.00000000f);
        const float v522 = adv_lgamma(v521);
        const float v523 = (v490 - v522);
        const float v524 = (v487 - v520);
        const float v525 = (v524 + 1.00000000f);
        const float v526 = adv_lgamma(v525);
        const float v527 = (v523 - v526);
        const float v528 = (v519 + v527);
        const float v529 = (v528 - v507);
        const float v530 = expf(v529);
        const bool v531 = (v529 <= v509);
        const float v532 = (v531 ? v530 : 0.00000000f);
        fold511 = (fold511 + v532);
      }
      const float v533 = fold511;
      F_table257[(uint32_t)((uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + i)] = v533;
    }
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(uint32_t)(u_oh_count_tok + g)];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v534 = ((float)(H[(uint32_t)(u_oh_acc27 + slot)]));
    const float v535 = ((float)(H[(uint32_t)(u_oh_acc31 + slot)]));
    const float v536 = (v534 + v535);
    const float v537 = F_v64[slot];
    const float v538 = (v534 + v537);
    const float v539 = (v536 + v538);
    const float v540 = (v536 + v537);
    const float v541 = F_v65[slot];
    const float v542 = (v540 + v541);
    const float v543 = (v539 - v542);
    const float v544 = adv_fmax(0.00000000f, v543);
    const int32_t v545 = adv_i32f(v544);
    const float v546 = adv_fmin(v536, v538);
    const int32_t v547 = adv_i32f(v546);
    const float v548 = (v538 + 1.00000000f);
    const float v549 = adv_lgamma(v548);
    const float v550 = (v534 + 1.00000000f);
    const float v551 = adv_lgamma(v550);
    const float v552 = (v549 - v551);
    const float v553 = (v538 - v534);
    const float v554 = (v553 + 1.00000000f);
    const float v555 = adv_lgamma(v554);
    const float v556 = (v552 - v555);
    const float v557 = (v542 - v538);
    const float v558 = (v536 - v534);
    const float v559 = (v557 + 1.00000000f);
    const float v560 = adv_lgamma(v559);
    const float v561 = (v558 + 1.00000000f);
    const float v562 = adv_lgamma(v561);
    const float v563 = (v560 - v562);
    const float v564 = (v557 - v558);
    const float v565 = (v564 + 1.00000000f);
    const float v566 = adv_lgamma(v565);
    const float v567 = (v563 - v566);
    const float v568 = (v556 + v567);
    const float v569 = (v542 + 1.00000000f);
    const float v570 = adv_lgamma(v569);
    const float v571 = (v536 + 1.00000000f);
    const float v572 = adv_lgamma(v571);
    const float v573 = (v570 - v572);
    const float v574 = (v542 - v536);
    const float v575 = (v574 + 1.00000000f);
    const float v576 = adv_lgamma(v575);
    const float v577 = (v573 - v576);
    const float v578 = (v568 - v577);
    const float v579 = (v578 + 0.00000999999975f);
    float fold581 = 0.00000000f;
    for (int32_t k580 = v545; (k580 <= v547); k580 = (int32_t)(k580 + 1)) {
      const float v582 = ((float)(k580));
      const float v583 = (v582 + 1.00000000f);
      const float v584 = adv_lgamma(v583);
      const float v585 = (v549 - v584);
      const float v586 = (v538 - v582);
      const float v587 = (v586 + 1.00000000f);
      const float v588 = adv_lgamma(v587);
      const float v589 = (v585 - v588);
      const float v590 = (v536 - v582);
      const float v591 = (v590 + 1.00000000f);
      const float v592 = adv_lgamma(v591);
      const float v593 = (v560 - v592);
      const float v594 = (v557 - v590);
      const float v595 = (v594 + 1.00000000f);
      const float v596 = adv_lgamma(v595);
      const float v597 = (v593 - v596);
      const float v598 = (v589 + v597);
      const float v599 = (v598 - v577);
      const float v600 = expf(v599);
      const bool v601 = (v599 <= v579);
      const float v602 = (v601 ? v600 : 0.00000000f);
      fold581 = (fold581 + v602);
    }
    F_v257[slot] = fold581;
  }
  // reduce to group %281
  const float v604 = (acc269 / acc16);
  const float v605 = (acc267 + v604);
  const float v607 = (acc274 - acc267);
  const bool v608 = (v607 > 0.00000000f);
  const float v609 = (v608 ? v607 : 1.00000000f);
  float acc281 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v603 = F_v9[row];
    const float v606 = (v603 - v605);
    const float v610 = (v606 / v609);
    const float v611 = (v610 * v610);
    acc281 = (acc281 + v611);
  }
  if ((lid == 0u)) {
    F_v281[g] = acc281;
  }
  const bool v613 = (acc16 > 1.00000000f);
  const float v614 = (v613 ? v605 : 0.00000000f);
  const float v616 = (acc16 - 1.00000000f);
  const float v617 = (acc281 / v616);
  const float v618 = sqrtf(v617);
  const float v619 = (v618 * v609);
  const float v620 = (v613 ? v619 : 1.00000000f);
  const float v621 = (v620 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v612 = F_v9[row];
    const float v615 = (v612 - v614);
    const float v622 = (v615 / v621);
    const bool v623 = (v615 == 0.00000000f);
    const float v624 = (v623 ? 0.00000000f : v622);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw625 = H[(uint32_t)(u_oh_slot_tok + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v626 = F_v234[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v627 = ((sw625 != 4294967295u) ? v626 : 0.00000000f);
      const float v628 = (v624 + v627);
      const int32_t v629 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v630 = ((float)(v629));
      const float v631 = (v628 * v630);
      const float v632 = v627;
      const float v633 = ((float)(H[(uint32_t)(u_oh_acc27 + ((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u))]));
      const float v634 = ((sw625 != 4294967295u) ? v633 : 0.00000000f);
      const float v635 = v634;
      const float v636 = ((float)(H[(uint32_t)(u_oh_acc31 + ((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u))]));
      const float v637 = ((sw625 != 4294967295u) ? v636 : 0.00000000f);
      const float v638 = v637;
      const float v639 = F_v64[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v640 = ((sw625 != 4294967295u) ? v639 : 0.00000000f);
      const float v641 = v640;
      const float v642 = F_v65[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v643 = ((sw625 != 4294967295u) ? v642 : 0.00000000f);
      const float v644 = v643;
      const float v645 = F_v257[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v646 = ((sw625 != 4294967295u) ? v645 : 0.00000000f);
      const float v647 = v646;
      const float v648 = F_v197[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v649 = ((sw625 != 4294967295u) ? v648 : 0.00000000f);
      const float v650 = v649;
      const float v651 = F_v220[((sw625 != 4294967295u) ? (uint32_t)(sw625 & 2147483647u) : 0u)];
      const float v652 = ((sw625 != 4294967295u) ? v651 : 0.00000000f);
      const float v653 = v652;
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v631;
      F_out_key_values[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v632;
      F_out_key_a[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v635;
      F_out_key_b[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v638;
      F_out_key_c[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v641;
      F_out_key_d[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v644;
      F_out_key_p_value[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v647;
      F_out_key_information_gain[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v650;
      F_out_key_direction[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v653;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v654 = F_v9[row];
    const float v655 = (v654 - v614);
    const float v656 = (v655 / v621);
    const bool v657 = (v655 == 0.00000000f);
    const float v658 = (v657 ? 0.00000000f : v656);
    F_out_rollout_advantage[row] = v658;
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
  run.F_table200 = adv_element(env, argv[1], 16, &n);
  run.F_v234 = adv_element(env, argv[1], 17, &n);
  run.F_table257 = adv_element(env, argv[1], 18, &n);
  run.F_v257 = adv_element(env, argv[1], 19, &n);
  run.F_v281 = adv_element(env, argv[1], 20, &n);
  run.F_out_advantages = adv_element(env, argv[1], 21, &n);
  run.F_out_key_values = adv_element(env, argv[1], 22, &n);
  run.F_out_key_a = adv_element(env, argv[1], 23, &n);
  run.F_out_key_b = adv_element(env, argv[1], 24, &n);
  run.F_out_key_c = adv_element(env, argv[1], 25, &n);
  run.F_out_key_d = adv_element(env, argv[1], 26, &n);
  run.F_out_key_p_value = adv_element(env, argv[1], 27, &n);
  run.F_out_key_information_gain = adv_element(env, argv[1], 28, &n);
  run.F_out_key_direction = adv_element(env, argv[1], 29, &n);
  run.F_out_rollout_advantage = adv_element(env, argv[1], 30, &n);
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
