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
  uint32_t o_entropy;
  uint32_t o_token_level_rewards;
  uint32_t o_v6;
  uint32_t o_v8;
  uint32_t o_v10;
  uint32_t o_v15;
  uint32_t o_select_bins;
  uint32_t o_v18;
  uint32_t o_v23;
  uint32_t o_v24;
  uint32_t o_v28;
  uint32_t o_v30;
  uint32_t o_v32;
  uint32_t o_v38;
  uint32_t o_out_advantages;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_alpha;
  float p_beta;
  float p_mu;
  float p_max_length;
  uint32_t p_by_length;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_entropy;
  float *F_v6;
  float *F_v10;
  float *F_v8;
  float *F_v15;
  float *F_v24;
  float *F_v30;
  float *F_select_bins;
  float *F_v18;
  float *F_v23;
  float *F_v28;
  float *F_v32;
  float *F_v38;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;

  const int32_t *order;
  uint32_t groups, threads, claim[1];
  pthread_barrier_t barrier;
  pthread_mutex_t gate;
} Run;
/* the run this thread works for */
static __thread Run *R;
static const uint32_t WG = 1u;
static const uint32_t LANES = 1u;
static inline uint32_t adv_order_key(float x) {
  const uint32_t bits = ((uint32_t)adv_bitsf32(x));
  return (uint32_t)(bits ^ (((uint32_t)(bits >> (31u & 31u)) != 0u) ? 4294967295u : 2147483648u));
}
static inline float adv_order_value(uint32_t key) {
  return adv_f32bits((uint32_t)((uint32_t)(key ^ (((uint32_t)(key >> (31u & 31u)) != 0u) ? 2147483648u : 4294967295u))));
}
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const uint32_t u_p_by_length = R->U.p_by_length;
  const float u_p_alpha = R->U.p_alpha;
  const float u_p_mu = R->U.p_mu;
  const float u_p_beta = R->U.p_beta;
  const float u_p_max_length = R->U.p_max_length;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  float *const restrict F_v6 = R->F_v6;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v8 = R->F_v8;
  float *const restrict F_v15 = R->F_v15;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v30 = R->F_v30;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v18 = R->F_v18;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v32 = R->F_v32;
  float *const restrict F_v38 = R->F_v38;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %6, %8, %10: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc6_0 = 0.00000000f;
    float acc10_0 = 0.00000000f;
    uint32_t acc8_0 = 0u;
    float acc6_1 = 0.00000000f;
    float acc10_1 = 0.00000000f;
    uint32_t acc8_1 = 0u;
    float acc6_2 = 0.00000000f;
    float acc10_2 = 0.00000000f;
    uint32_t acc8_2 = 0u;
    float acc6_3 = 0.00000000f;
    float acc10_3 = 0.00000000f;
    uint32_t acc8_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc6_0 = (acc6_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_0) {
        const float v1 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        acc10_0 = (acc10_0 + v1);
      }
      acc8_0 = (uint32_t)(acc8_0 + (uint32_t)(valid_0));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc6_1 = (acc6_1 + v2);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_1) {
        const float v3 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        acc10_1 = (acc10_1 + v3);
      }
      acc8_1 = (uint32_t)(acc8_1 + (uint32_t)(valid_1));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc6_2 = (acc6_2 + v4);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_2) {
        const float v5 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        acc10_2 = (acc10_2 + v5);
      }
      acc8_2 = (uint32_t)(acc8_2 + (uint32_t)(valid_2));
      const float v6 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc6_3 = (acc6_3 + v6);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid_3) {
        const float v7 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        acc10_3 = (acc10_3 + v7);
      }
      acc8_3 = (uint32_t)(acc8_3 + (uint32_t)(valid_3));
    }
    F_v6[row0] = acc6_0;
    F_v10[row0] = acc10_0;
    F_v8[row0] = ((float)(acc8_0));
    F_v6[row1] = acc6_1;
    F_v10[row1] = acc10_1;
    F_v8[row1] = ((float)(acc8_1));
    F_v6[row2] = acc6_2;
    F_v10[row2] = acc10_2;
    F_v8[row2] = ((float)(acc8_2));
    F_v6[row3] = acc6_3;
    F_v10[row3] = acc10_3;
    F_v8[row3] = ((float)(acc8_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc6 = 0.00000000f;
    float acc10 = 0.00000000f;
    uint32_t acc8 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v8 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc6 = (acc6 + v8);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      if (valid) {
        const float v9 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        acc10 = (acc10 + v9);
      }
      acc8 = (uint32_t)(acc8 + (uint32_t)(valid));
    }
    F_v6[row] = acc6;
    F_v10[row] = acc10;
    F_v8[row] = ((float)(acc8));
  }
  // reduce to group %15, %24, %30
  uint32_t acc15 = 0u;
  uint32_t acc24 = 0u;
  float acc30 = INFINITY;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v10 = F_v6[row];
    acc15 = (uint32_t)(acc15 + 1u);
    acc24 = (uint32_t)(acc24 + 1u);
    acc30 = adv_fmin(acc30, v10);
  }
  if ((lid == 0u)) {
    F_v15[g] = ((float)(acc15));
    F_v24[g] = ((float)(acc24));
    F_v30[g] = acc30;
  }
  const float v11 = (((float)(acc15)) / 2.00000000f);
  // select %18: the k-th smallest per group
  uint32_t sk12 = 0u;
  uint32_t sp13 = 0u;
  uint32_t sm14 = 0u;
  bool empty17 = false;
  for (uint32_t pass15 = 0u; (pass15 < 4u); pass15 = (uint32_t)(pass15 + 1u)) {
    const uint32_t shift16 = (uint32_t)(24u - (uint32_t)(8u * pass15));
    memset(&F_select_bins[(uint32_t)(g * 256u)], 0, (size_t)256u * sizeof *F_select_bins);
    for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
      const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
      const float v18 = F_v10[row];
      const float v19 = F_v8[row];
      const float v20 = (v19 + 9.99999994e-9f);
      const float v21 = (v18 / v20);
      const float v22 = ((u_p_by_length != 0u) ? v19 : v21);
      const uint32_t key23 = adv_order_key(v22);
      if (((uint32_t)(key23 & sm14) == sp13)) {
        const uint32_t bin24 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key23 >> (shift16 & 31u)) & 255u));
        F_select_bins[bin24] = (F_select_bins[bin24] + 1.00000000f);
      }
    }
    if ((pass15 == 0u)) {
      float count25 = 0.00000000f;
      for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
        count25 = (count25 + F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
      }
      empty17 = (count25 == 0.00000000f);
      sk12 = adv_u32f(adv_fmin(((v11 > 0.00000000f) ? floorf(v11) : 0.00000000f), (count25 - 1.00000000f)));
    }
    uint32_t digit26 = 0u;
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      const uint32_t c27 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
      if ((sk12 < c27)) {
        digit26 = b;
        break;
      }
      sk12 = (uint32_t)(sk12 - c27);
    }
    sp13 = (uint32_t)(sp13 | (uint32_t)(digit26 << (shift16 & 31u)));
    sm14 = (uint32_t)(sm14 | (uint32_t)(255u << (shift16 & 31u)));
  }
  F_v18[g] = (empty17 ? 0.00000000f : adv_order_value(sp13));
  // reduce to group %23, %28, %32, %38
  const float v33 = F_v18[g];
  float acc23 = 0.00000000f;
  float acc28 = 0.00000000f;
  float acc32 = 0.00000000f;
  float acc38 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v28 = F_v10[row];
    const float v29 = F_v8[row];
    const float v30 = (v29 + 9.99999994e-9f);
    const float v31 = (v28 / v30);
    const float v32 = ((u_p_by_length != 0u) ? v29 : v31);
    const bool v34 = (v32 >= v33);
    const float v35 = (v34 ? 1.00000000f : 0.00000000f);
    const float v36 = F_v6[row];
    const float v37 = (v34 ? v36 : 0.00000000f);
    const float v38 = (v36 - acc30);
    const float v39 = (v34 ? 0.00000000f : v36);
    acc23 = (acc23 + v35);
    acc28 = (acc28 + v37);
    acc32 = (acc32 + v38);
    acc38 = (acc38 + v39);
  }
  if ((lid == 0u)) {
    F_v23[g] = acc23;
    F_v28[g] = acc28;
    F_v32[g] = acc32;
    F_v38[g] = acc38;
  }
  const float v40 = ((u_p_by_length != 0u) ? 1.00000000f : u_p_alpha);
  const float v43 = ((u_p_by_length != 0u) ? u_p_alpha : 1.00000000f);
  const float v44 = (acc32 / ((float)(acc24)));
  const float v45 = (acc30 + v44);
  const float v46 = (acc28 / acc23);
  const bool v47 = (acc23 > 0.00000000f);
  const float v48 = (v47 ? v46 : v45);
  const float v49 = (v43 * v48);
  const float v53 = (((float)(acc24)) - acc23);
  const float v54 = (acc38 / v53);
  const bool v55 = (v53 > 0.00000000f);
  const float v56 = (v55 ? v54 : v45);
  const float v57 = (v40 * v56);
  const float v68 = (1.00000000f - u_p_mu);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v41 = F_v6[row];
    const float v42 = (v40 * v41);
    const float v50 = (v42 - v49);
    const float v51 = (v50 - u_p_beta);
    const float v52 = (v43 * v41);
    const float v58 = (v52 - v57);
    const float v59 = (v58 + u_p_beta);
    const float v60 = F_v10[row];
    const float v61 = F_v8[row];
    const float v62 = (v61 + 9.99999994e-9f);
    const float v63 = (v60 / v62);
    const float v64 = ((u_p_by_length != 0u) ? v61 : v63);
    const bool v65 = (v64 >= v33);
    const float v66 = (v65 ? v59 : v51);
    const float v67 = (u_p_mu * v66);
    const float v69 = (v65 ? v48 : v56);
    const float v70 = (v41 - v69);
    const float v71 = (v68 * v70);
    const float v72 = (v67 + v71);
    const float v73 = (v72 / u_p_max_length);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v74 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v75 = ((float)(v74));
      const float v76 = (v73 * v75);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v76;
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
  run.F_entropy = adv_element(env, argv[1], 1, &n);
  run.F_v6 = adv_element(env, argv[1], 2, &n);
  run.F_v10 = adv_element(env, argv[1], 3, &n);
  run.F_v8 = adv_element(env, argv[1], 4, &n);
  run.F_v15 = adv_element(env, argv[1], 5, &n);
  run.F_v24 = adv_element(env, argv[1], 6, &n);
  run.F_v30 = adv_element(env, argv[1], 7, &n);
  run.F_select_bins = adv_element(env, argv[1], 8, &n);
  run.F_v18 = adv_element(env, argv[1], 9, &n);
  run.F_v23 = adv_element(env, argv[1], 10, &n);
  run.F_v28 = adv_element(env, argv[1], 11, &n);
  run.F_v32 = adv_element(env, argv[1], 12, &n);
  run.F_v38 = adv_element(env, argv[1], 13, &n);
  run.F_out_advantages = adv_element(env, argv[1], 14, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_response_mask = adv_element(env, argv[2], 2, &n);

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
