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
  uint32_t o_v11;
  uint32_t o_v16;
  uint32_t o_select_bins;
  uint32_t o_v19;
  uint32_t o_v24;
  uint32_t o_v25;
  uint32_t o_v29;
  uint32_t o_v31;
  uint32_t o_v33;
  uint32_t o_v39;
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
  float *F_v8;
  float *F_v10;
  float *F_v11;
  float *F_v16;
  float *F_v25;
  float *F_v31;
  float *F_select_bins;
  float *F_v19;
  float *F_v24;
  float *F_v29;
  float *F_v33;
  float *F_v39;
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
  float *const restrict F_v8 = R->F_v8;
  float *const restrict F_v10 = R->F_v10;
  float *const restrict F_v11 = R->F_v11;
  float *const restrict F_v16 = R->F_v16;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v31 = R->F_v31;
  float *const restrict F_select_bins = R->F_select_bins;
  float *const restrict F_v19 = R->F_v19;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v29 = R->F_v29;
  float *const restrict F_v33 = R->F_v33;
  float *const restrict F_v39 = R->F_v39;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %6, %8, %10, %11: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc6_0 = 0.00000000f;
    uint32_t acc8_0 = 0u;
    float acc10_0 = 0.00000000f;
    uint32_t acc11_0 = 0u;
    float acc6_1 = 0.00000000f;
    uint32_t acc8_1 = 0u;
    float acc10_1 = 0.00000000f;
    uint32_t acc11_1 = 0u;
    float acc6_2 = 0.00000000f;
    uint32_t acc8_2 = 0u;
    float acc10_2 = 0.00000000f;
    uint32_t acc11_2 = 0u;
    float acc6_3 = 0.00000000f;
    uint32_t acc8_3 = 0u;
    float acc10_3 = 0.00000000f;
    uint32_t acc11_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc6_0 = (acc6_0 + v0);
      if ((I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v1 = F_entropy[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
        acc8_0 = (uint32_t)(acc8_0 + 1u);
        acc10_0 = (acc10_0 + v1);
        acc11_0 = (uint32_t)(acc11_0 + 1u);
      }
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc6_1 = (acc6_1 + v2);
      if ((I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v3 = F_entropy[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
        acc8_1 = (uint32_t)(acc8_1 + 1u);
        acc10_1 = (acc10_1 + v3);
        acc11_1 = (uint32_t)(acc11_1 + 1u);
      }
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc6_2 = (acc6_2 + v4);
      if ((I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v5 = F_entropy[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
        acc8_2 = (uint32_t)(acc8_2 + 1u);
        acc10_2 = (acc10_2 + v5);
        acc11_2 = (uint32_t)(acc11_2 + 1u);
      }
      const float v6 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc6_3 = (acc6_3 + v6);
      if ((I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v7 = F_entropy[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
        acc8_3 = (uint32_t)(acc8_3 + 1u);
        acc10_3 = (acc10_3 + v7);
        acc11_3 = (uint32_t)(acc11_3 + 1u);
      }
    }
    F_v6[row0] = acc6_0;
    F_v8[row0] = ((float)(acc8_0));
    F_v10[row0] = acc10_0;
    F_v11[row0] = ((float)(acc11_0));
    F_v6[row1] = acc6_1;
    F_v8[row1] = ((float)(acc8_1));
    F_v10[row1] = acc10_1;
    F_v11[row1] = ((float)(acc11_1));
    F_v6[row2] = acc6_2;
    F_v8[row2] = ((float)(acc8_2));
    F_v10[row2] = acc10_2;
    F_v11[row2] = ((float)(acc11_2));
    F_v6[row3] = acc6_3;
    F_v8[row3] = ((float)(acc8_3));
    F_v10[row3] = acc10_3;
    F_v11[row3] = ((float)(acc11_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc6 = 0.00000000f;
    uint32_t acc8 = 0u;
    float acc10 = 0.00000000f;
    uint32_t acc11 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v8 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc6 = (acc6 + v8);
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const float v9 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        acc8 = (uint32_t)(acc8 + 1u);
        acc10 = (acc10 + v9);
        acc11 = (uint32_t)(acc11 + 1u);
      }
    }
    F_v6[row] = acc6;
    F_v8[row] = ((float)(acc8));
    F_v10[row] = acc10;
    F_v11[row] = ((float)(acc11));
  }
  // reduce to group %16, %25, %31
  uint32_t acc16 = 0u;
  uint32_t acc25 = 0u;
  float acc31 = INFINITY;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v10 = F_v6[row];
    acc16 = (uint32_t)(acc16 + 1u);
    acc25 = (uint32_t)(acc25 + 1u);
    acc31 = adv_fmin(acc31, v10);
  }
  if ((lid == 0u)) {
    F_v16[g] = ((float)(acc16));
    F_v25[g] = ((float)(acc25));
    F_v31[g] = acc31;
  }
  const float v11 = (((float)(acc16)) / 2.00000000f);
  // select %19: the k-th smallest per group
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
      const float v19 = F_v11[row];
      const float v20 = (v19 + 9.99999994e-9f);
      const float v21 = (v18 / v20);
      const float v22 = F_v8[row];
      const float v23 = ((u_p_by_length != 0u) ? v22 : v21);
      const uint32_t key24 = adv_order_key(v23);
      if (((uint32_t)(key24 & sm14) == sp13)) {
        const uint32_t bin25 = (uint32_t)((uint32_t)(g * 256u) + (uint32_t)((uint32_t)(key24 >> (shift16 & 31u)) & 255u));
        F_select_bins[bin25] = (F_select_bins[bin25] + 1.00000000f);
      }
    }
    if ((pass15 == 0u)) {
      float count26 = 0.00000000f;
      for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
        count26 = (count26 + F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
      }
      empty17 = (count26 == 0.00000000f);
      sk12 = adv_u32f(adv_fmin(((v11 > 0.00000000f) ? floorf(v11) : 0.00000000f), (count26 - 1.00000000f)));
    }
    uint32_t digit27 = 0u;
    for (uint32_t b = 0u; (b < 256u); b = (uint32_t)(b + 1u)) {
      const uint32_t c28 = adv_u32f(F_select_bins[(size_t)(uint32_t)(g * 256u) + (size_t)b]);
      if ((sk12 < c28)) {
        digit27 = b;
        break;
      }
      sk12 = (uint32_t)(sk12 - c28);
    }
    sp13 = (uint32_t)(sp13 | (uint32_t)(digit27 << (shift16 & 31u)));
    sm14 = (uint32_t)(sm14 | (uint32_t)(255u << (shift16 & 31u)));
  }
  F_v19[g] = (empty17 ? 0.00000000f : adv_order_value(sp13));
  // reduce to group %24, %29, %33, %39
  const float v35 = F_v19[g];
  float acc24 = 0.00000000f;
  float acc29 = 0.00000000f;
  float acc33 = 0.00000000f;
  float acc39 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v29 = F_v10[row];
    const float v30 = F_v11[row];
    const float v31 = (v30 + 9.99999994e-9f);
    const float v32 = (v29 / v31);
    const float v33 = F_v8[row];
    const float v34 = ((u_p_by_length != 0u) ? v33 : v32);
    const bool v36 = (v34 >= v35);
    const float v37 = (v36 ? 1.00000000f : 0.00000000f);
    const float v38 = F_v6[row];
    const float v39 = (v36 ? v38 : 0.00000000f);
    const float v40 = (v38 - acc31);
    const float v41 = (v36 ? 0.00000000f : v38);
    acc24 = (acc24 + v37);
    acc29 = (acc29 + v39);
    acc33 = (acc33 + v40);
    acc39 = (acc39 + v41);
  }
  if ((lid == 0u)) {
    F_v24[g] = acc24;
    F_v29[g] = acc29;
    F_v33[g] = acc33;
    F_v39[g] = acc39;
  }
  const float v42 = ((u_p_by_length != 0u) ? 1.00000000f : u_p_alpha);
  const float v45 = ((u_p_by_length != 0u) ? u_p_alpha : 1.00000000f);
  const float v46 = (acc33 / ((float)(acc25)));
  const float v47 = (acc31 + v46);
  const float v48 = (acc29 / acc24);
  const bool v49 = (acc24 > 0.00000000f);
  const float v50 = (v49 ? v48 : v47);
  const float v51 = (v45 * v50);
  const float v55 = (((float)(acc25)) - acc24);
  const float v56 = (acc39 / v55);
  const bool v57 = (v55 > 0.00000000f);
  const float v58 = (v57 ? v56 : v47);
  const float v59 = (v42 * v58);
  const float v71 = (1.00000000f - u_p_mu);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v43 = F_v6[row];
    const float v44 = (v42 * v43);
    const float v52 = (v44 - v51);
    const float v53 = (v52 - u_p_beta);
    const float v54 = (v45 * v43);
    const float v60 = (v54 - v59);
    const float v61 = (v60 + u_p_beta);
    const float v62 = F_v10[row];
    const float v63 = F_v11[row];
    const float v64 = (v63 + 9.99999994e-9f);
    const float v65 = (v62 / v64);
    const float v66 = F_v8[row];
    const float v67 = ((u_p_by_length != 0u) ? v66 : v65);
    const bool v68 = (v67 >= v35);
    const float v69 = (v68 ? v61 : v53);
    const float v70 = (u_p_mu * v69);
    const float v72 = (v68 ? v50 : v58);
    const float v73 = (v43 - v72);
    const float v74 = (v71 * v73);
    const float v75 = (v70 + v74);
    const float v76 = (v75 / u_p_max_length);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v77 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v78 = ((float)(v77));
      const float v79 = (v76 * v78);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v79;
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
  run.F_v8 = adv_element(env, argv[1], 3, &n);
  run.F_v10 = adv_element(env, argv[1], 4, &n);
  run.F_v11 = adv_element(env, argv[1], 5, &n);
  run.F_v16 = adv_element(env, argv[1], 6, &n);
  run.F_v25 = adv_element(env, argv[1], 7, &n);
  run.F_v31 = adv_element(env, argv[1], 8, &n);
  run.F_select_bins = adv_element(env, argv[1], 9, &n);
  run.F_v19 = adv_element(env, argv[1], 10, &n);
  run.F_v24 = adv_element(env, argv[1], 11, &n);
  run.F_v29 = adv_element(env, argv[1], 12, &n);
  run.F_v33 = adv_element(env, argv[1], 13, &n);
  run.F_v39 = adv_element(env, argv[1], 14, &n);
  run.F_out_advantages = adv_element(env, argv[1], 15, &n);
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
