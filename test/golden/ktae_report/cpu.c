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
  // reduce to group %15, %16, %21, %23, %267, %274
  float acc15 = 0.00000000f;
  uint32_t acc16 = 0u;
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
    acc16 = (uint32_t)(acc16 + 1u);
    acc21 = (acc21 + v9);
    acc23 = (acc23 + v10);
    acc267 = adv_fmin(acc267, v5);
    acc274 = adv_fmax(acc274, v5);
  }
  if ((lid == 0u)) {
    F_v15[g] = acc15;
    F_v16[g] = ((float)(acc16));
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
  // key-map %64: once per distinct key of the group
  const uint32_t nkeys64 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys64); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v20 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    F_v64[slot] = (acc15 - v20);
  }
  const float v21 = (((float)(acc16)) - acc15);
  // key-map %65: once per distinct key of the group
  const uint32_t nkeys65 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys65); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v22 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    F_v65[slot] = (v21 - v22);
  }
  uint32_t bound27 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v23 = F_v9[row];
    const bool v24 = (v23 > 0.00000000f);
    bound27 = (uint32_t)(bound27 + (uint32_t)(v24));
  }
  uint32_t bound31 = 0u;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v25 = F_v9[row];
    const bool v26 = (v25 > 0.00000000f);
    const bool v27 = (!v26);
    bound31 = (uint32_t)(bound31 + (uint32_t)(v27));
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled197 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled197) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v28 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v29 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v28);
      const float v30 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v31 = (v30 + v28);
      const float v32 = (v21 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v33 = (v31 + v32);
      const float v34 = (v29 / v33);
      const float v35 = (-v34);
      const float v36 = log2f(v34);
      const float v37 = (v35 * v36);
      const bool v38 = (v34 > 0.00000000f);
      const float v39 = (v38 ? v37 : 0.00000000f);
      const float v40 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v32);
      const float v41 = (v40 / v33);
      const float v42 = (-v41);
      const float v43 = log2f(v41);
      const float v44 = (v42 * v43);
      const bool v45 = (v41 > 0.00000000f);
      const float v46 = (v45 ? v44 : 0.00000000f);
      const float v47 = (v39 + v46);
      const float v48 = (v30 / v33);
      const float v49 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v30);
      const float v50 = (-v49);
      const float v51 = log2f(v49);
      const float v52 = (v50 * v51);
      const bool v53 = (v49 > 0.00000000f);
      const float v54 = (v53 ? v52 : 0.00000000f);
      const float v55 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v30);
      const float v56 = (-v55);
      const float v57 = log2f(v55);
      const float v58 = (v56 * v57);
      const bool v59 = (v55 > 0.00000000f);
      const float v60 = (v59 ? v58 : 0.00000000f);
      const float v61 = (v54 + v60);
      const bool v62 = (v30 > 0.00000000f);
      const float v63 = (v62 ? v61 : 0.00000000f);
      const float v64 = (v48 * v63);
      const float v65 = (v28 + v32);
      const float v66 = (v65 / v33);
      const float v67 = (v28 / v65);
      const float v68 = (-v67);
      const float v69 = log2f(v67);
      const float v70 = (v68 * v69);
      const bool v71 = (v67 > 0.00000000f);
      const float v72 = (v71 ? v70 : 0.00000000f);
      const float v73 = (v32 / v65);
      const float v74 = (-v73);
      const float v75 = log2f(v73);
      const float v76 = (v74 * v75);
      const bool v77 = (v73 > 0.00000000f);
      const float v78 = (v77 ? v76 : 0.00000000f);
      const float v79 = (v72 + v78);
      const bool v80 = (v65 > 0.00000000f);
      const float v81 = (v80 ? v79 : 0.00000000f);
      const float v82 = (v66 * v81);
      const float v83 = (v64 + v82);
      const float v84 = (v47 - v83);
      const bool v85 = (v33 > 0.00000000f);
      const float v86 = (v85 ? v84 : 0.00000000f);
      F_table197[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v86;
    }
  }
  // key-map %197: once per distinct key of the group
  const uint32_t nkeys197 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys197); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v87 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v88 = F_v64[slot];
    const float v89 = (v87 + v88);
    const float v90 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v91 = (v87 + v90);
    const float v92 = (v91 + v88);
    const float v93 = F_v65[slot];
    const float v94 = (v92 + v93);
    const float v95 = (v89 / v94);
    const float v96 = (-v95);
    const float v97 = log2f(v95);
    const float v98 = (v96 * v97);
    const bool v99 = (v95 > 0.00000000f);
    const float v100 = (v99 ? v98 : 0.00000000f);
    const float v101 = (v90 + v93);
    const float v102 = (v101 / v94);
    const float v103 = (-v102);
    const float v104 = log2f(v102);
    const float v105 = (v103 * v104);
    const bool v106 = (v102 > 0.00000000f);
    const float v107 = (v106 ? v105 : 0.00000000f);
    const float v108 = (v100 + v107);
    const float v109 = (v91 / v94);
    const float v110 = (v87 / v91);
    const float v111 = (-v110);
    const float v112 = log2f(v110);
    const float v113 = (v111 * v112);
    const bool v114 = (v110 > 0.00000000f);
    const float v115 = (v114 ? v113 : 0.00000000f);
    const float v116 = (v90 / v91);
    const float v117 = (-v116);
    const float v118 = log2f(v116);
    const float v119 = (v117 * v118);
    const bool v120 = (v116 > 0.00000000f);
    const float v121 = (v120 ? v119 : 0.00000000f);
    const float v122 = (v115 + v121);
    const bool v123 = (v91 > 0.00000000f);
    const float v124 = (v123 ? v122 : 0.00000000f);
    const float v125 = (v109 * v124);
    const float v126 = (v88 + v93);
    const float v127 = (v126 / v94);
    const float v128 = (v88 / v126);
    const float v129 = (-v128);
    const float v130 = log2f(v128);
    const float v131 = (v129 * v130);
    const bool v132 = (v128 > 0.00000000f);
    const float v133 = (v132 ? v131 : 0.00000000f);
    const float v134 = (v93 / v126);
    const float v135 = (-v134);
    const float v136 = log2f(v134);
    const float v137 = (v135 * v136);
    const bool v138 = (v134 > 0.00000000f);
    const float v139 = (v138 ? v137 : 0.00000000f);
    const float v140 = (v133 + v139);
    const bool v141 = (v126 > 0.00000000f);
    const float v142 = (v141 ? v140 : 0.00000000f);
    const float v143 = (v127 * v142);
    const float v144 = (v125 + v143);
    const float v145 = (v108 - v144);
    const bool v146 = (v94 > 0.00000000f);
    F_v197[slot] = (v146 ? v145 : 0.00000000f);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled212 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled212) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v147 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v148 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v147);
      const float v149 = (v148 + 1.00000001e-10f);
      const float v150 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v149);
      const float v151 = adv_fmin(adv_fmax(v150, 0.00000000f), 1.00000000f);
      const float v152 = sqrtf(v151);
      const float v153 = adv_asin(v152);
      const float v154 = (v21 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v155 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v154);
      const float v156 = (v155 + 1.00000001e-10f);
      const float v157 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v156);
      const float v158 = adv_fmin(adv_fmax(v157, 0.00000000f), 1.00000000f);
      const float v159 = sqrtf(v158);
      const float v160 = adv_asin(v159);
      const float v161 = (v153 - v160);
      F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v161;
    }
  }
  const float v182 = (u_p_bm25_k1 + 1.00000000f);
  const float v184 = (1.00000000f - u_p_bm25_b);
  const float v185 = (u_p_bm25_b * acc21);
  const float v186 = (acc21 + acc23);
  const float v187 = (v186 / 2.00000000f);
  const float v188 = (v185 / v187);
  const float v189 = (v184 + v188);
  const float v190 = (u_p_bm25_k1 * v189);
  const bool v193 = (acc21 > 0.00000000f);
  const float v198 = (u_p_bm25_b * acc23);
  const float v199 = (acc23 + acc21);
  const float v200 = (v199 / 2.00000000f);
  const float v201 = (v198 / v200);
  const float v202 = (v184 + v201);
  const float v203 = (u_p_bm25_k1 * v202);
  const bool v206 = (acc23 > 0.00000000f);
  const bool v213 = (u_p_gamma != 0.00000000f);
  // key-map %220: once per distinct key of the group
  const uint32_t nkeys220 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys220); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v162 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v163 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    float v164 = 0.00000000f;
    if (tabled212) {
      v164 = F_table212[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v162) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v163)];
    } else {
      const float v165 = F_v64[slot];
      const float v166 = (v162 + v165);
      const float v167 = (v166 + 1.00000001e-10f);
      const float v168 = (v162 / v167);
      const float v169 = adv_fmin(adv_fmax(v168, 0.00000000f), 1.00000000f);
      const float v170 = sqrtf(v169);
      const float v171 = adv_asin(v170);
      const float v172 = F_v65[slot];
      const float v173 = (v163 + v172);
      const float v174 = (v173 + 1.00000001e-10f);
      const float v175 = (v163 / v174);
      const float v176 = adv_fmin(adv_fmax(v175, 0.00000000f), 1.00000000f);
      const float v177 = sqrtf(v176);
      const float v178 = adv_asin(v177);
      v164 = (v171 - v178);
    }
    const float v179 = v164;
    const float v180 = ((float)(H[(size_t)u_oh_acc33 + (size_t)slot]));
    const float v181 = (v180 / acc21);
    const float v183 = (v181 * v182);
    const float v191 = (v181 + v190);
    const float v192 = (v183 / v191);
    const float v194 = (v193 ? v192 : 0.00000000f);
    const float v195 = ((float)(H[(size_t)u_oh_acc51 + (size_t)slot]));
    const float v196 = (v195 / acc23);
    const float v197 = (v196 * v182);
    const float v204 = (v196 + v203);
    const float v205 = (v197 / v204);
    const float v207 = (v206 ? v205 : 0.00000000f);
    const float v208 = (v207 + 0.00000999999975f);
    const float v209 = (v194 / v208);
    const float v210 = (v194 + 0.00000999999975f);
    const float v211 = (v207 / v210);
    const float v212 = (v209 - v211);
    const float v214 = (v213 ? v212 : 0.00000000f);
    F_v220[slot] = (v179 + v214);
  }
  const bool v215 = (u_p_alpha != 0.00000000f);
  const bool v359 = (u_p_beta != 0.00000000f);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled200 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled200) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      float v216 = 0.00000000f;
      if (v215) {
        const float v217 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v218 = (v217 + ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v219 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
        const float v220 = (v218 + v219);
        const float v221 = (v217 + v219);
        const float v222 = (v21 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
        const float v223 = (v221 + v222);
        const float v224 = (v220 - v223);
        const float v225 = adv_fmax(0.00000000f, v224);
        const float v226 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v219);
        const float v227 = adv_fmin(v217, v226);
        const bool v228 = (v225 == v227);
        float v229 = 0.00000000f;
        if (v228) {
          v229 = 0.00000000f;
        } else {
          const float v232 = (v217 + v226);
          const float v233 = (v232 - v223);
          const float v234 = adv_fmax(0.00000000f, v233);
          const int32_t v235 = adv_i32f(v234);
          const int32_t v236 = adv_i32f(v227);
          const int32_t lo230 = v235;
          const int32_t hi231 = v236;
          const float v237 = (v226 + 1.00000000f);
          const float v238 = adv_lgamma(v237);
          const float v239 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
          const float v240 = adv_lgamma(v239);
          const float v241 = (v238 - v240);
          const float v242 = (v226 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v243 = (v242 + 1.00000000f);
          const float v244 = adv_lgamma(v243);
          const float v245 = (v241 - v244);
          const float v246 = (v223 - v226);
          const float v247 = (v217 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
          const float v248 = (v246 + 1.00000000f);
          const float v249 = adv_lgamma(v248);
          const float v250 = (v247 + 1.00000000f);
          const float v251 = adv_lgamma(v250);
          const float v252 = (v249 - v251);
          const float v253 = (v246 - v247);
          const float v254 = (v253 + 1.00000000f);
          const float v255 = adv_lgamma(v254);
          const float v256 = (v252 - v255);
          const float v257 = (v245 + v256);
          const float v258 = (v223 + 1.00000000f);
          const float v259 = adv_lgamma(v258);
          const float v260 = (v217 + 1.00000000f);
          const float v261 = adv_lgamma(v260);
          const float v262 = (v259 - v261);
          const float v263 = (v223 - v217);
          const float v264 = (v263 + 1.00000000f);
          const float v265 = adv_lgamma(v264);
          const float v266 = (v262 - v265);
          const float v267 = (v257 - v266);
          const float v268 = (v267 + 0.00000999999975f);
          float fold270 = 0.00000000f;
          if ((hi231 >= lo230)) {
            if (((uint32_t)(((uint32_t)(hi231)) - ((uint32_t)(lo230))) < 1048576u)) {
              for (uint32_t n292 = 0u; (n292 <= (uint32_t)(((uint32_t)(hi231)) - ((uint32_t)(lo230)))); n292 = (uint32_t)(n292 + 1u)) {
                const int32_t k269 = ((int32_t)((uint32_t)(((uint32_t)(lo230)) + n292)));
                const float v271 = ((float)(k269));
                const float v272 = (v271 + 1.00000000f);
                const float v273 = adv_lgamma(v272);
                const float v274 = (v238 - v273);
                const float v275 = (v226 - v271);
                const float v276 = (v275 + 1.00000000f);
                const float v277 = adv_lgamma(v276);
                const float v278 = (v274 - v277);
                const float v279 = (v217 - v271);
                const float v280 = (v279 + 1.00000000f);
                const float v281 = adv_lgamma(v280);
                const float v282 = (v249 - v281);
                const float v283 = (v246 - v279);
                const float v284 = (v283 + 1.00000000f);
                const float v285 = adv_lgamma(v284);
                const float v286 = (v282 - v285);
                const float v287 = (v278 + v286);
                const float v288 = (v287 - v266);
                const float v289 = expf(v288);
                const bool v290 = (v288 <= v268);
                const float v291 = (v290 ? v289 : 0.00000000f);
                fold270 = (fold270 + v291);
              }
            } else {
              F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
            }
          }
          const float v293 = fold270;
          const float v294 = ((-2.00000000f) * v293);
          const float v295 = expf(v294);
          v229 = v295;
        }
        const float v296 = v229;
        const float v297 = (u_p_alpha * v296);
        v216 = v297;
      } else {
        v216 = 0.00000000f;
      }
      const float v298 = v216;
      const float v299 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v300 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v299);
      const float v301 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v302 = (v301 + v299);
      const float v303 = (v21 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v304 = (v302 + v303);
      const float v305 = (v300 / v304);
      const float v306 = (-v305);
      const float v307 = log2f(v305);
      const float v308 = (v306 * v307);
      const bool v309 = (v305 > 0.00000000f);
      const float v310 = (v309 ? v308 : 0.00000000f);
      const float v311 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) + v303);
      const float v312 = (v311 / v304);
      const float v313 = (-v312);
      const float v314 = log2f(v312);
      const float v315 = (v313 * v314);
      const bool v316 = (v312 > 0.00000000f);
      const float v317 = (v316 ? v315 : 0.00000000f);
      const float v318 = (v310 + v317);
      const float v319 = (v301 / v304);
      const float v320 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) / v301);
      const float v321 = (-v320);
      const float v322 = log2f(v320);
      const float v323 = (v321 * v322);
      const bool v324 = (v320 > 0.00000000f);
      const float v325 = (v324 ? v323 : 0.00000000f);
      const float v326 = (((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))) / v301);
      const float v327 = (-v326);
      const float v328 = log2f(v326);
      const float v329 = (v327 * v328);
      const bool v330 = (v326 > 0.00000000f);
      const float v331 = (v330 ? v329 : 0.00000000f);
      const float v332 = (v325 + v331);
      const bool v333 = (v301 > 0.00000000f);
      const float v334 = (v333 ? v332 : 0.00000000f);
      const float v335 = (v319 * v334);
      const float v336 = (v299 + v303);
      const float v337 = (v336 / v304);
      const float v338 = (v299 / v336);
      const float v339 = (-v338);
      const float v340 = log2f(v338);
      const float v341 = (v339 * v340);
      const bool v342 = (v338 > 0.00000000f);
      const float v343 = (v342 ? v341 : 0.00000000f);
      const float v344 = (v303 / v336);
      const float v345 = (-v344);
      const float v346 = log2f(v344);
      const float v347 = (v345 * v346);
      const bool v348 = (v344 > 0.00000000f);
      const float v349 = (v348 ? v347 : 0.00000000f);
      const float v350 = (v343 + v349);
      const bool v351 = (v336 > 0.00000000f);
      const float v352 = (v351 ? v350 : 0.00000000f);
      const float v353 = (v337 * v352);
      const float v354 = (v335 + v353);
      const float v355 = (v318 - v354);
      const bool v356 = (v304 > 0.00000000f);
      const float v357 = (v356 ? v355 : 0.00000000f);
      const float v358 = (u_p_beta * v357);
      const float v360 = (v359 ? v358 : 0.00000000f);
      const float v361 = (v298 + v360);
      F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v361;
    }
  }
  const bool v362 = (acc15 > 0.00000000f);
  const bool v363 = (v21 > 0.00000000f);
  const bool v364 = (v362 && v363);
  const float v461 = (u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const uint32_t nkeys234 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys234); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const int32_t v365 = ((int32_t)((uint32_t)(H[(size_t)u_oh_keys_tok + (size_t)slot] - 1u)));
    const bool v366 = (v365 != u_p_zero_token_id);
    const bool v367 = (v364 && v366);
    float v368 = 0.00000000f;
    if (v367) {
      const float v369 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
      const float v370 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
      float v371 = 0.00000000f;
      if (tabled200) {
        v371 = F_table200[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_u32f(v369) * (uint32_t)(n + 1u)) + (size_t)adv_u32f(v370)];
      } else {
        float v372 = 0.00000000f;
        if (v215) {
          const float v373 = (v369 + v370);
          const float v374 = (v373 + v369);
          const float v375 = F_v64[slot];
          const float v376 = (v374 + v375);
          const float v377 = (v373 + v375);
          const float v378 = F_v65[slot];
          const float v379 = (v377 + v378);
          const float v380 = (v376 - v379);
          const float v381 = adv_fmax(0.00000000f, v380);
          const float v382 = (v369 + v375);
          const float v383 = adv_fmin(v373, v382);
          const bool v384 = (v381 == v383);
          float v385 = 0.00000000f;
          if (v384) {
            v385 = 0.00000000f;
          } else {
            const float v388 = (v373 + v382);
            const float v389 = (v388 - v379);
            const float v390 = adv_fmax(0.00000000f, v389);
            const int32_t v391 = adv_i32f(v390);
            const int32_t v392 = adv_i32f(v383);
            const int32_t lo386 = v391;
            const int32_t hi387 = v392;
            const float v393 = (v382 + 1.00000000f);
            const float v394 = adv_lgamma(v393);
            const float v395 = (v369 + 1.00000000f);
            const float v396 = adv_lgamma(v395);
            const float v397 = (v394 - v396);
            const float v398 = (v382 - v369);
            const float v399 = (v398 + 1.00000000f);
            const float v400 = adv_lgamma(v399);
            const float v401 = (v397 - v400);
            const float v402 = (v379 - v382);
            const float v403 = (v373 - v369);
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
            const float v414 = (v379 + 1.00000000f);
            const float v415 = adv_lgamma(v414);
            const float v416 = (v373 + 1.00000000f);
            const float v417 = adv_lgamma(v416);
            const float v418 = (v415 - v417);
            const float v419 = (v379 - v373);
            const float v420 = (v419 + 1.00000000f);
            const float v421 = adv_lgamma(v420);
            const float v422 = (v418 - v421);
            const float v423 = (v413 - v422);
            const float v424 = (v423 + 0.00000999999975f);
            float fold426 = 0.00000000f;
            if ((hi387 >= lo386)) {
              if (((uint32_t)(((uint32_t)(hi387)) - ((uint32_t)(lo386))) < 1048576u)) {
                for (uint32_t n448 = 0u; (n448 <= (uint32_t)(((uint32_t)(hi387)) - ((uint32_t)(lo386)))); n448 = (uint32_t)(n448 + 1u)) {
                  const int32_t k425 = ((int32_t)((uint32_t)(((uint32_t)(lo386)) + n448)));
                  const float v427 = ((float)(k425));
                  const float v428 = (v427 + 1.00000000f);
                  const float v429 = adv_lgamma(v428);
                  const float v430 = (v394 - v429);
                  const float v431 = (v382 - v427);
                  const float v432 = (v431 + 1.00000000f);
                  const float v433 = adv_lgamma(v432);
                  const float v434 = (v430 - v433);
                  const float v435 = (v373 - v427);
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
              } else {
                F_out_0folds[g] = adv_fmax(F_out_0folds[g], 2.00000000f);
              }
            }
            const float v449 = fold426;
            const float v450 = ((-2.00000000f) * v449);
            const float v451 = expf(v450);
            v385 = v451;
          }
          const float v452 = v385;
          const float v453 = (u_p_alpha * v452);
          v372 = v453;
        } else {
          v372 = 0.00000000f;
        }
        const float v454 = v372;
        const float v455 = F_v197[slot];
        const float v456 = (u_p_beta * v455);
        const float v457 = (v359 ? v456 : 0.00000000f);
        v371 = (v454 + v457);
      }
      const float v458 = v371;
      const float v459 = F_v220[slot];
      const float v460 = (v458 * v459);
      const float v462 = (v460 / v461);
      const float v463 = (1.00000000f / (1.00000000f + expf((-v462))));
      const float v464 = (v463 - 0.500000000f);
      const float v465 = (v464 * 2.00000000f);
      const float v466 = (v465 * u_p_top);
      v368 = v466;
    } else {
      v368 = 0.00000000f;
    }
    F_v234[slot] = v368;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const bool tabled257 = ((uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u)) <= H[(size_t)u_oh_count_tok + (size_t)g]);
  if (tabled257) {
    for (uint32_t i = lid; (i < (uint32_t)((uint32_t)(bound27 + 1u) * (uint32_t)(bound31 + 1u))); i = (uint32_t)(i + WG)) {
      const float v469 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v470 = (acc15 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v471 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + v470);
      const float v472 = (v469 + v471);
      const float v473 = (v469 + v470);
      const float v474 = (v21 - ((float)(adv_umod(i, (uint32_t)(bound31 + 1u)))));
      const float v475 = (v473 + v474);
      const float v476 = (v472 - v475);
      const float v477 = adv_fmax(0.00000000f, v476);
      const int32_t v478 = adv_i32f(v477);
      const float v479 = adv_fmin(v469, v471);
      const int32_t v480 = adv_i32f(v479);
      const int32_t lo467 = v478;
      const int32_t hi468 = v480;
      const float v481 = (v471 + 1.00000000f);
      const float v482 = adv_lgamma(v481);
      const float v483 = (((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))) + 1.00000000f);
      const float v484 = adv_lgamma(v483);
      const float v485 = (v482 - v484);
      const float v486 = (v471 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v487 = (v486 + 1.00000000f);
      const float v488 = adv_lgamma(v487);
      const float v489 = (v485 - v488);
      const float v490 = (v475 - v471);
      const float v491 = (v469 - ((float)(adv_udiv(i, (uint32_t)(bound31 + 1u)))));
      const float v492 = (v490 + 1.00000000f);
      const float v493 = adv_lgamma(v492);
      const float v494 = (v491 + 1.00000000f);
      const float v495 = adv_lgamma(v494);
      const float v496 = (v493 - v495);
      const float v497 = (v490 - v491);
      const float v498 = (v497 + 1.00000000f);
      const float v499 = adv_lgamma(v498);
      const float v500 = (v496 - v499);
      const float v501 = (v489 + v500);
      const float v502 = (v475 + 1.00000000f);
      const float v503 = adv_lgamma(v502);
      const float v504 = (v469 + 1.00000000f);
      const float v505 = adv_lgamma(v504);
      const float v506 = (v503 - v505);
      const float v507 = (v475 - v469);
      const float v508 = (v507 + 1.00000000f);
      const float v509 = adv_lgamma(v508);
      const float v510 = (v506 - v509);
      const float v511 = (v501 - v510);
      const float v512 = (v511 + 0.00000999999975f);
      float fold514 = 0.00000000f;
      if ((hi468 >= lo467)) {
        if (((uint32_t)(((uint32_t)(hi468)) - ((uint32_t)(lo467))) < 1048576u)) {
          for (uint32_t n536 = 0u; (n536 <= (uint32_t)(((uint32_t)(hi468)) - ((uint32_t)(lo467)))); n536 = (uint32_t)(n536 + 1u)) {
            const int32_t k513 = ((int32_t)((uint32_t)(((uint32_t)(lo467)) + n536)));
            const float v515 = ((float)(k513));
            const float v516 = (v515 + 1.00000000f);
            const float v517 = adv_lgamma(v516);
            const float v518 = (v482 - v517);
            const float v519 = (v471 - v515);
            const float v520 = (v519 + 1.00000000f);
            const float v521 = adv_lgamma(v520);
            const float v522 = (v518 - v521);
            const float v523 = (v469 - v515);
            const float v524 = (v523 + 1.00000000f);
            const float v525 = adv_lgamma(v524);
            const float v526 = (v493 - v525);
            const float v527 = (v490 - v523);
            const float v528 = (v527 + 1.00000000f);
            const float v529 = adv_lgamma(v528);
            const float v530 = (v526 - v529);
            const float v531 = (v522 + v530);
            const float v532 = (v531 - v510);
            const float v533 = expf(v532);
            const bool v534 = (v532 <= v512);
            const float v535 = (v534 ? v533 : 0.00000000f);
            fold514 = (fold514 + v535);
          }
        } else {
          F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
        }
      }
      const float v537 = fold514;
      F_table257[(size_t)(uint32_t)(g * (uint32_t)((uint32_t)(u_N + 1u) * (uint32_t)(u_N + 1u))) + (size_t)(uint32_t)(adv_udiv(i, (uint32_t)(bound31 + 1u)) * (uint32_t)(n + 1u)) + (size_t)adv_umod(i, (uint32_t)(bound31 + 1u))] = v537;
    }
  }
  // key-map %257: once per distinct key of the group
  const uint32_t nkeys257 = H[(size_t)u_oh_count_tok + (size_t)g];
  for (uint32_t i = lid; (i < nkeys257); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v540 = ((float)(H[(size_t)u_oh_acc27 + (size_t)slot]));
    const float v541 = ((float)(H[(size_t)u_oh_acc31 + (size_t)slot]));
    const float v542 = (v540 + v541);
    const float v543 = F_v64[slot];
    const float v544 = (v540 + v543);
    const float v545 = (v542 + v544);
    const float v546 = (v542 + v543);
    const float v547 = F_v65[slot];
    const float v548 = (v546 + v547);
    const float v549 = (v545 - v548);
    const float v550 = adv_fmax(0.00000000f, v549);
    const int32_t v551 = adv_i32f(v550);
    const float v552 = adv_fmin(v542, v544);
    const int32_t v553 = adv_i32f(v552);
    const int32_t lo538 = v551;
    const int32_t hi539 = v553;
    const float v554 = (v544 + 1.00000000f);
    const float v555 = adv_lgamma(v554);
    const float v556 = (v540 + 1.00000000f);
    const float v557 = adv_lgamma(v556);
    const float v558 = (v555 - v557);
    const float v559 = (v544 - v540);
    const float v560 = (v559 + 1.00000000f);
    const float v561 = adv_lgamma(v560);
    const float v562 = (v558 - v561);
    const float v563 = (v548 - v544);
    const float v564 = (v542 - v540);
    const float v565 = (v563 + 1.00000000f);
    const float v566 = adv_lgamma(v565);
    const float v567 = (v564 + 1.00000000f);
    const float v568 = adv_lgamma(v567);
    const float v569 = (v566 - v568);
    const float v570 = (v563 - v564);
    const float v571 = (v570 + 1.00000000f);
    const float v572 = adv_lgamma(v571);
    const float v573 = (v569 - v572);
    const float v574 = (v562 + v573);
    const float v575 = (v548 + 1.00000000f);
    const float v576 = adv_lgamma(v575);
    const float v577 = (v542 + 1.00000000f);
    const float v578 = adv_lgamma(v577);
    const float v579 = (v576 - v578);
    const float v580 = (v548 - v542);
    const float v581 = (v580 + 1.00000000f);
    const float v582 = adv_lgamma(v581);
    const float v583 = (v579 - v582);
    const float v584 = (v574 - v583);
    const float v585 = (v584 + 0.00000999999975f);
    float fold587 = 0.00000000f;
    if ((hi539 >= lo538)) {
      if (((uint32_t)(((uint32_t)(hi539)) - ((uint32_t)(lo538))) < 1048576u)) {
        for (uint32_t n609 = 0u; (n609 <= (uint32_t)(((uint32_t)(hi539)) - ((uint32_t)(lo538)))); n609 = (uint32_t)(n609 + 1u)) {
          const int32_t k586 = ((int32_t)((uint32_t)(((uint32_t)(lo538)) + n609)));
          const float v588 = ((float)(k586));
          const float v589 = (v588 + 1.00000000f);
          const float v590 = adv_lgamma(v589);
          const float v591 = (v555 - v590);
          const float v592 = (v544 - v588);
          const float v593 = (v592 + 1.00000000f);
          const float v594 = adv_lgamma(v593);
          const float v595 = (v591 - v594);
          const float v596 = (v542 - v588);
          const float v597 = (v596 + 1.00000000f);
          const float v598 = adv_lgamma(v597);
          const float v599 = (v566 - v598);
          const float v600 = (v563 - v596);
          const float v601 = (v600 + 1.00000000f);
          const float v602 = adv_lgamma(v601);
          const float v603 = (v599 - v602);
          const float v604 = (v595 + v603);
          const float v605 = (v604 - v583);
          const float v606 = expf(v605);
          const bool v607 = (v605 <= v585);
          const float v608 = (v607 ? v606 : 0.00000000f);
          fold587 = (fold587 + v608);
        }
      } else {
        F_out_0folds[g] = adv_fmax(F_out_0folds[g], 1.00000000f);
      }
    }
    F_v257[slot] = fold587;
  }
  // reduce to group %269
  float acc269 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v610 = F_v9[row];
    const float v611 = (v610 - acc267);
    acc269 = (acc269 + v611);
  }
  if ((lid == 0u)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const float v613 = (acc269 / ((float)(acc16)));
  const float v614 = (acc267 + v613);
  const float v616 = (acc274 - acc267);
  const bool v617 = (v616 > 0.00000000f);
  const float v618 = (v617 ? v616 : 1.00000000f);
  float acc281 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v612 = F_v9[row];
    const float v615 = (v612 - v614);
    const float v619 = (v615 / v618);
    const float v620 = (v619 * v619);
    acc281 = (acc281 + v620);
  }
  if ((lid == 0u)) {
    F_v281[g] = acc281;
  }
  const bool v622 = (((float)(acc16)) > 1.00000000f);
  const float v623 = (v622 ? v614 : 0.00000000f);
  const float v625 = (((float)(acc16)) - 1.00000000f);
  const float v626 = (acc281 / v625);
  const float v627 = sqrtf(v626);
  const float v628 = (v627 * v618);
  const float v629 = (v622 ? v628 : 1.00000000f);
  const float v630 = (v629 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v621 = F_v9[row];
    const float v624 = (v621 - v623);
    const float v631 = (v624 / v630);
    const bool v632 = (v624 == 0.00000000f);
    const float v633 = (v632 ? 0.00000000f : v631);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw634 = H[(size_t)u_oh_slot_tok + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v635 = F_v234[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v636 = ((sw634 != 4294967295u) ? v635 : 0.00000000f);
      const float v637 = (v633 + v636);
      const int32_t v638 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v639 = ((float)(v638));
      const float v640 = (v637 * v639);
      const float v641 = v636;
      const float v642 = ((float)(H[(size_t)u_oh_acc27 + (size_t)((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))]));
      const float v643 = ((sw634 != 4294967295u) ? v642 : 0.00000000f);
      const float v644 = v643;
      const float v645 = ((float)(H[(size_t)u_oh_acc31 + (size_t)((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))]));
      const float v646 = ((sw634 != 4294967295u) ? v645 : 0.00000000f);
      const float v647 = v646;
      const float v648 = F_v64[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v649 = ((sw634 != 4294967295u) ? v648 : 0.00000000f);
      const float v650 = v649;
      const float v651 = F_v65[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v652 = ((sw634 != 4294967295u) ? v651 : 0.00000000f);
      const float v653 = v652;
      const float v654 = F_v257[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v655 = ((sw634 != 4294967295u) ? v654 : 0.00000000f);
      const float v656 = v655;
      const float v657 = F_v197[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v658 = ((sw634 != 4294967295u) ? v657 : 0.00000000f);
      const float v659 = v658;
      const float v660 = F_v220[((uint32_t)(sw634 & 2147483647u) & (0u - (uint32_t)((sw634 != 4294967295u))))];
      const float v661 = ((sw634 != 4294967295u) ? v660 : 0.00000000f);
      const float v662 = v661;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v640;
      F_out_key_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v641;
      F_out_key_a[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v644;
      F_out_key_b[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v647;
      F_out_key_c[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v650;
      F_out_key_d[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v653;
      F_out_key_p_value[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v656;
      F_out_key_information_gain[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v659;
      F_out_key_direction[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v662;
    }
  }
  // outputs out_rollout_advantage
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v663 = F_v9[row];
    const float v664 = (v663 - v623);
    const float v665 = (v664 / v630);
    const bool v666 = (v664 == 0.00000000f);
    const float v667 = (v666 ? 0.00000000f : v665);
    F_out_rollout_advantage[row] = v667;
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
