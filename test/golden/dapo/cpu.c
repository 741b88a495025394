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
  uint32_t o_v5;
  uint32_t o_v9;
  uint32_t o_v21;
  uint32_t o_v23;
  uint32_t o_v25;
  uint32_t o_v28;
  uint32_t o_v35;
  uint32_t o_v43;
  uint32_t o_v45;
  uint32_t o_v47;
  uint32_t o_v52;
  uint32_t o_v59;
  uint32_t o_out_advantages;
  uint32_t o_out_keep_group;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  float p_epsilon;
  float p_max_response_length;
  float p_overlong_buffer_len;
  float p_overlong_penalty_factor;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v5;
  float *F_v9;
  float *F_v21;
  float *F_v23;
  float *F_v28;
  float *F_v43;
  float *F_v45;
  float *F_v52;
  float *F_v25;
  float *F_v47;
  float *F_v35;
  float *F_v59;
  float *F_out_advantages;
  float *F_out_keep_group;
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
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const float u_p_max_response_length = R->U.p_max_response_length;
  const float u_p_overlong_buffer_len = R->U.p_overlong_buffer_len;
  const float u_p_overlong_penalty_factor = R->U.p_overlong_penalty_factor;
  const float u_p_epsilon = R->U.p_epsilon;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v5 = R->F_v5;
  float *const restrict F_v9 = R->F_v9;
  float *const restrict F_v21 = R->F_v21;
  float *const restrict F_v23 = R->F_v23;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v43 = R->F_v43;
  float *const restrict F_v45 = R->F_v45;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v25 = R->F_v25;
  float *const restrict F_v47 = R->F_v47;
  float *const restrict F_v35 = R->F_v35;
  float *const restrict F_v59 = R->F_v59;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_keep_group = R->F_out_keep_group;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %5, %9: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc5_0 = 0.00000000f;
    uint32_t acc9_0 = 0u;
    float acc5_1 = 0.00000000f;
    uint32_t acc9_1 = 0u;
    float acc5_2 = 0.00000000f;
    uint32_t acc9_2 = 0u;
    float acc5_3 = 0.00000000f;
    uint32_t acc9_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc5_0 = (acc5_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_0 = (uint32_t)(acc9_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc5_1 = (acc5_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_1 = (uint32_t)(acc9_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc5_2 = (acc5_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_2 = (uint32_t)(acc9_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc5_3 = (acc5_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9_3 = (uint32_t)(acc9_3 + (uint32_t)(valid_3));
    }
    F_v5[row0] = acc5_0;
    F_v9[row0] = ((float)(acc9_0));
    F_v5[row1] = acc5_1;
    F_v9[row1] = ((float)(acc9_1));
    F_v5[row2] = acc5_2;
    F_v9[row2] = ((float)(acc9_2));
    F_v5[row3] = acc5_3;
    F_v9[row3] = ((float)(acc9_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc5 = 0.00000000f;
    uint32_t acc9 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc5 = (acc5 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc9 = (uint32_t)(acc9 + (uint32_t)(valid));
    }
    F_v5[row] = acc5;
    F_v9[row] = ((float)(acc9));
  }
  // reduce to group %21, %23, %28, %43, %45, %52
  const float v9 = (u_p_max_response_length - u_p_overlong_buffer_len);
  const bool v15 = (u_p_overlong_buffer_len > 0.00000000f);
  uint32_t acc21 = 0u;
  float acc23 = INFINITY;
  float acc28 = (-INFINITY);
  uint32_t acc43 = 0u;
  float acc45 = INFINITY;
  float acc52 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v5 = F_v5[row];
    const bool v6 = (v5 > 0.00000000f);
    const float v7 = (v6 ? 1.00000000f : 0.00000000f);
    const float v8 = F_v9[row];
    const float v10 = (v8 - v9);
    const float v11 = (-v10);
    const float v12 = (v11 / u_p_overlong_buffer_len);
    const float v13 = (v12 * u_p_overlong_penalty_factor);
    const float v14 = adv_fmin(v13, 0.00000000f);
    const float v16 = (v15 ? v14 : 0.00000000f);
    const float v17 = (v5 + v16);
    acc21 = (uint32_t)(acc21 + 1u);
    acc23 = adv_fmin(acc23, v7);
    acc28 = adv_fmax(acc28, v7);
    acc43 = (uint32_t)(acc43 + 1u);
    acc45 = adv_fmin(acc45, v17);
    acc52 = adv_fmax(acc52, v17);
  }
  if ((lid == 0u)) {
    F_v21[g] = ((float)(acc21));
    F_v23[g] = acc23;
    F_v28[g] = acc28;
    F_v43[g] = ((float)(acc43));
    F_v45[g] = acc45;
    F_v52[g] = acc52;
  }
  // reduce to group %25, %47
  float acc25 = 0.00000000f;
  float acc47 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v18 = F_v5[row];
    const bool v19 = (v18 > 0.00000000f);
    const float v20 = (v19 ? 1.00000000f : 0.00000000f);
    const float v21 = (v20 - acc23);
    const float v22 = F_v9[row];
    const float v23 = (v22 - v9);
    const float v24 = (-v23);
    const float v25 = (v24 / u_p_overlong_buffer_len);
    const float v26 = (v25 * u_p_overlong_penalty_factor);
    const float v27 = adv_fmin(v26, 0.00000000f);
    const float v28 = (v15 ? v27 : 0.00000000f);
    const float v29 = (v18 + v28);
    const float v30 = (v29 - acc45);
    acc25 = (acc25 + v21);
    acc47 = (acc47 + v30);
  }
  if ((lid == 0u)) {
    F_v25[g] = acc25;
    F_v47[g] = acc47;
  }
  // reduce to group %35, %59
  const float v34 = (acc25 / ((float)(acc21)));
  const float v35 = (acc23 + v34);
  const float v37 = (acc28 - acc23);
  const bool v38 = (v37 > 0.00000000f);
  const float v39 = (v38 ? v37 : 1.00000000f);
  const float v50 = (acc47 / ((float)(acc43)));
  const float v51 = (acc45 + v50);
  const float v53 = (acc52 - acc45);
  const bool v54 = (v53 > 0.00000000f);
  const float v55 = (v54 ? v53 : 1.00000000f);
  float acc35 = 0.00000000f;
  float acc59 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v31 = F_v5[row];
    const bool v32 = (v31 > 0.00000000f);
    const float v33 = (v32 ? 1.00000000f : 0.00000000f);
    const float v36 = (v33 - v35);
    const float v40 = (v36 / v39);
    const float v41 = (v40 * v40);
    const float v42 = F_v9[row];
    const float v43 = (v42 - v9);
    const float v44 = (-v43);
    const float v45 = (v44 / u_p_overlong_buffer_len);
    const float v46 = (v45 * u_p_overlong_penalty_factor);
    const float v47 = adv_fmin(v46, 0.00000000f);
    const float v48 = (v15 ? v47 : 0.00000000f);
    const float v49 = (v31 + v48);
    const float v52 = (v49 - v51);
    const float v56 = (v52 / v55);
    const float v57 = (v56 * v56);
    acc35 = (acc35 + v41);
    acc59 = (acc59 + v57);
  }
  if ((lid == 0u)) {
    F_v35[g] = acc35;
    F_v59[g] = acc59;
  }
  const bool v67 = (((float)(acc43)) > 1.00000000f);
  const float v68 = (v67 ? v51 : 0.00000000f);
  const float v70 = (((float)(acc43)) - 1.00000000f);
  const float v71 = (acc59 / v70);
  const float v72 = sqrtf(v71);
  const float v73 = (v72 * v55);
  const float v74 = (v67 ? v73 : 1.00000000f);
  const float v75 = (v74 + u_p_epsilon);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v58 = F_v5[row];
    const float v59 = F_v9[row];
    const float v60 = (v59 - v9);
    const float v61 = (-v60);
    const float v62 = (v61 / u_p_overlong_buffer_len);
    const float v63 = (v62 * u_p_overlong_penalty_factor);
    const float v64 = adv_fmin(v63, 0.00000000f);
    const float v65 = (v15 ? v64 : 0.00000000f);
    const float v66 = (v58 + v65);
    const float v69 = (v66 - v68);
    const float v76 = (v69 / v75);
    const bool v77 = (v69 == 0.00000000f);
    const float v78 = (v77 ? 0.00000000f : v76);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const int32_t v79 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v80 = ((float)(v79));
      const float v81 = (v78 * v80);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v81;
    }
  }
  const bool v82 = (((float)(acc21)) == 1.00000000f);
  const float v83 = (acc35 / ((float)(acc21)));
  const float v84 = sqrtf(v83);
  const float v85 = (v84 * v39);
  const bool v86 = (v85 > 0.00000000f);
  const bool v87 = (v82 || v86);
  const float v88 = (v87 ? 1.00000000f : 0.00000000f);
  // outputs out_keep_group
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v89 = v88;
    F_out_keep_group[row] = v89;
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
  run.F_v5 = adv_element(env, argv[1], 1, &n);
  run.F_v9 = adv_element(env, argv[1], 2, &n);
  run.F_v21 = adv_element(env, argv[1], 3, &n);
  run.F_v23 = adv_element(env, argv[1], 4, &n);
  run.F_v28 = adv_element(env, argv[1], 5, &n);
  run.F_v43 = adv_element(env, argv[1], 6, &n);
  run.F_v45 = adv_element(env, argv[1], 7, &n);
  run.F_v52 = adv_element(env, argv[1], 8, &n);
  run.F_v25 = adv_element(env, argv[1], 9, &n);
  run.F_v47 = adv_element(env, argv[1], 10, &n);
  run.F_v35 = adv_element(env, argv[1], 11, &n);
  run.F_v59 = adv_element(env, argv[1], 12, &n);
  run.F_out_advantages = adv_element(env, argv[1], 13, &n);
  run.F_out_keep_group = adv_element(env, argv[1], 14, &n);
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
