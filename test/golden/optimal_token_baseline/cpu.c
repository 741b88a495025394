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

/* e^x as glibc's expf computes it, inline and branch-free: e^x = 2^(k/32) 2^(r/32) with x = (k + r) ln2 / 32,
   |r| <= 1/2, 2^(k/32) from a table and 2^(r/32) by a cubic, in double, rounded once. Beyond +-104 every result is 0
   or infinite, so |x| is clamped there, on its bits (a float compare is a branch that stops vectorization); NaN stays */
static const uint64_t ADV_EXP2_32[32] = {
  0x3ff0000000000000u, 0x3fefd9b0d3158574u, 0x3fefb5586cf9890fu, 0x3fef9301d0125b51u, 0x3fef72b83c7d517bu, 0x3fef54873168b9aau,
  0x3fef387a6e756238u, 0x3fef1e9df51fdee1u, 0x3fef06fe0a31b715u, 0x3feef1a7373aa9cbu, 0x3feedea64c123422u, 0x3feece086061892du,
  0x3feebfdad5362a27u, 0x3feeb42b569d4f82u, 0x3feeab07dd485429u, 0x3feea47eb03a5585u, 0x3feea09e667f3bcdu, 0x3fee9f75e8ec5f74u,
  0x3feea11473eb0187u, 0x3feea589994cce13u, 0x3feeace5422aa0dbu, 0x3feeb737b0cdc5e5u, 0x3feec49182a3f090u, 0x3feed503b23e255du,
  0x3feee89f995ad3adu, 0x3feeff76f2fb5e47u, 0x3fef199bdd85529cu, 0x3fef3720dcef9069u, 0x3fef5818dcfba487u, 0x3fef7c97337b9b5fu,
  0x3fefa4afa2a490dau, 0x3fefd0765b6e4540u,
};
static inline float adv_expf(float x) {
  uint32_t b;
  memcpy(&b, &x, 4);
  const uint32_t a = b & 0x7fffffffu;
  b = a > 0x42d00000u && a <= 0x7f800000u ? (b & 0x80000000u) | 0x42d00000u : b;
  float c;
  memcpy(&c, &b, 4);
  const double z = 0x1.71547652b82fep+5 * (double)c;
  double kd = z + 0x1.8p+52;
  uint64_t ki;
  memcpy(&ki, &kd, 8);
  kd -= 0x1.8p+52;
  const double r = z - kd;
  const uint64_t t = ADV_EXP2_32[ki & 31u] + (ki << 47);
  double s;
  memcpy(&s, &t, 8);
  const double y = (0x1.c6af84b912394p-20 * r + 0x1.ebfce50fac4f3p-13) * (r * r) + (0x1.62e42ff0c52d6p-6 * r + 1.0);
  return (float)(y * s);
}

typedef struct {
  uint32_t B;
  uint32_t T;
  uint32_t G;
  uint32_t W;
  uint32_t K;
  uint32_t V;
  uint32_t N;
  uint32_t o_old_log_probs;
  uint32_t o_rollout_is_weights;
  uint32_t o_sum_pi_squared;
  uint32_t o_token_level_rewards;
  uint32_t o_v26;
  uint32_t o_v27;
  uint32_t o_v28;
  uint32_t o_v32;
  uint32_t o_v40;
  uint32_t o_v44;
  uint32_t o_out_advantages;
  uint32_t o_out_returns;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  uint32_t oi_kbase;
  uint32_t oi_vbase;
  uint32_t oh_table_position;
  uint32_t oh_keys_position;
  uint32_t oh_slot_position;
  uint32_t oh_count_position;
  uint32_t oh_acc23;
  uint32_t oh_acc24;
  uint32_t p_handle_zero_tail;
  float p_epsilon;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_out_returns;
  float *F_old_log_probs;
  float *F_sum_pi_squared;
  float *F_rollout_is_weights;
  float *F_v26;
  float *F_v27;
  float *F_v28;
  float *F_v44;
  float *F_v32;
  float *F_v40;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;
  int32_t *I_kbase;
  int32_t *I_vbase;
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
static void stage0(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const uint32_t u_oh_table_position = R->U.oh_table_position;
  const uint32_t u_oh_keys_position = R->U.oh_keys_position;
  const uint32_t u_oh_acc23 = R->U.oh_acc23;
  const uint32_t u_oh_acc24 = R->U.oh_acc24;
  const uint32_t u_oh_slot_position = R->U.oh_slot_position;
  const uint32_t u_oh_count_position = R->U.oh_count_position;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_p_handle_zero_tail = R->U.p_handle_zero_tail;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_returns = R->F_out_returns;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  float *const restrict F_old_log_probs = R->F_old_log_probs;
  float *const restrict F_sum_pi_squared = R->F_sum_pi_squared;
  float *const restrict F_rollout_is_weights = R->F_rollout_is_weights;
  float *const restrict F_v26 = R->F_v26;
  float *const restrict F_v27 = R->F_v27;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v44 = R->F_v44;
  float *const restrict F_v32 = R->F_v32;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // scan %8: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float x_0 = 0.00000000f;
    float x_1 = 0.00000000f;
    float x_2 = 0.00000000f;
    float x_3 = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v1 = I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      const float v2 = ((float)(v1));
      const float v3 = (v0 * v2);
      const float v4 = 1.00000000f;
      x_0 = (v3 + (v4 * x_0));
      F_out_returns[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] = x_0;
      const float v5 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v6 = I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      const float v7 = ((float)(v6));
      const float v8 = (v5 * v7);
      const float v9 = 1.00000000f;
      x_1 = (v8 + (v9 * x_1));
      F_out_returns[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] = x_1;
      const float v10 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v11 = I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      const float v12 = ((float)(v11));
      const float v13 = (v10 * v12);
      const float v14 = 1.00000000f;
      x_2 = (v13 + (v14 * x_2));
      F_out_returns[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] = x_2;
      const float v15 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v16 = I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      const float v17 = ((float)(v16));
      const float v18 = (v15 * v17);
      const float v19 = 1.00000000f;
      x_3 = (v18 + (v19 * x_3));
      F_out_returns[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] = x_3;
    }
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float x = 0.00000000f;
    for (uint32_t s = 0u; (s < u_T); s = (uint32_t)(s + 1u)) {
      const int32_t t = ((int32_t)((uint32_t)((uint32_t)(u_T - 1u) - s)));
      const float v20 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v21 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v22 = ((float)(v21));
      const float v23 = (v20 * v22);
      const float v24 = 1.00000000f;
      x = (v23 + (v24 * x));
      F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = x;
    }
  }
  // key-build position: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    float blk19[256];
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(size_t)g + (size_t)1u])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    // a position is its own slot: the first T slots take every key
    uint32_t used = adv_umin(cap, u_T);
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    if (used > 0u) {
      memset(&H[(uint32_t)(u_oh_table_position + base)], 0, (size_t)used * sizeof *H);
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
      float x20 = 0.00000000f;
      for (uint32_t tb = 0u; (tb < u_T); tb = (uint32_t)(tb + 256u)) {
        const uint32_t te = adv_umin((uint32_t)(tb + 256u), u_T);
        for (uint32_t tt = tb; (tt < te); tt = (uint32_t)(tt + 1u)) {
          const int32_t t = ((int32_t)(tt));
          const float v25 = F_old_log_probs[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
          const float v26 = adv_expf(v25);
          const float v27 = (2.00000000f * v26);
          const float v28 = (1.00000000f - v27);
          const float v29 = F_sum_pi_squared[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
          const float v30 = (v28 + v29);
          const float v31 = F_rollout_is_weights[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
          const float v32 = powf(v31, 2.00000000f);
          const float v33 = (v30 * v32);
          const int32_t v34 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
          const float v35 = ((float)(v34));
          const float v36 = (v33 * v35);
          blk19[(uint32_t)(tt - tb)] = v36;
        }
        for (uint32_t tt = tb; (tt < te); tt = (uint32_t)(tt + 1u)) {
          const int32_t t = ((int32_t)(tt));
          const float v37 = 1.00000000f;
          x20 = (blk19[(uint32_t)(tt - tb)] + (v37 * x20));
          uint32_t word = 4294967295u;
          if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)tt] != 0)) {
            const int32_t key = t;
            if ((key >= 0)) {
              const uint32_t kk = (uint32_t)(((uint32_t)(key)) + 1u);
              uint32_t h = ((uint32_t)(key));
              uint32_t r = 0u;
              for (;;) {
                // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
                const uint32_t e = (uint32_t)(u_oh_table_position + (uint32_t)(base + h));
                const uint32_t cur = H[e];
                if ((cur == 0u)) {
                  // a new key takes the group's next row, its values their starting ones
                  r = (uint32_t)(lbase + nk);
                  nk = (uint32_t)(nk + 1u);
                  H[e] = (uint32_t)(r + 1u);
                  H[(size_t)u_oh_keys_position + (size_t)r] = kk;
                  H[(size_t)u_oh_acc23 + (size_t)r] = 0u;
                  H[(size_t)u_oh_acc24 + (size_t)r] = 0u;
                  break;
                }
                if ((H[(uint32_t)((uint32_t)(u_oh_keys_position + cur) - 1u)] == kk)) {
                  r = (uint32_t)(cur - 1u);
                  break;
                }
                h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
              }
              word = r;
              const float v38 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
              const float v39 = (v38 * x20);
              {
                const uint32_t old = H[(size_t)u_oh_acc23 + (size_t)r];
                H[(size_t)u_oh_acc23 + (size_t)r] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v39)));
              }
              {
                const uint32_t old = H[(size_t)u_oh_acc24 + (size_t)r];
                H[(size_t)u_oh_acc24 + (size_t)r] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + x20)));
              }
            }
          }
          H[(size_t)u_oh_slot_position + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
        }
      }
    }
    H[(size_t)u_oh_count_position + (size_t)g] = nk;
  }
  // key-map %26: once per distinct key of the group
  const uint32_t nkeys26 = H[(size_t)u_oh_count_position + (size_t)g];
  for (uint32_t i = lid; (i < nkeys26); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v40 = adv_f32bits((uint32_t)(H[(size_t)u_oh_acc23 + (size_t)slot]));
    const float v41 = adv_f32bits((uint32_t)(H[(size_t)u_oh_acc24 + (size_t)slot]));
    const float v42 = (v41 + u_p_epsilon);
    F_v26[slot] = (v40 / v42);
  }
  // reduce to rollout %27: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    uint32_t acc27_0 = 0u;
    uint32_t acc27_1 = 0u;
    uint32_t acc27_2 = 0u;
    uint32_t acc27_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc27_0 = (uint32_t)(acc27_0 + (uint32_t)(valid_0));
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc27_1 = (uint32_t)(acc27_1 + (uint32_t)(valid_1));
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc27_2 = (uint32_t)(acc27_2 + (uint32_t)(valid_2));
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc27_3 = (uint32_t)(acc27_3 + (uint32_t)(valid_3));
    }
    F_v27[row0] = ((float)(acc27_0));
    F_v27[row1] = ((float)(acc27_1));
    F_v27[row2] = ((float)(acc27_2));
    F_v27[row3] = ((float)(acc27_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    uint32_t acc27 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc27 = (uint32_t)(acc27 + (uint32_t)(valid));
    }
    F_v27[row] = ((float)(acc27));
  }
  // reduce to group %28, %44
  float acc28 = (-INFINITY);
  uint32_t acc44 = 0u;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v43 = F_v27[row];
    acc28 = adv_fmax(acc28, v43);
    acc44 = (uint32_t)(acc44 + 1u);
  }
  if ((lid == 0u)) {
    F_v28[g] = acc28;
    F_v44[g] = ((float)(acc44));
  }
  // reduce to group %32, %40
  float acc32 = 0.00000000f;
  float acc40 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v44 = F_v27[row];
    const bool v45 = (v44 == acc28);
    const float v46 = (v45 ? 1.00000000f : 0.00000000f);
    const float v47 = (v45 ? (-3.00000001e+38f) : v44);
    acc32 = (acc32 + v46);
    acc40 = adv_fmax(acc40, v47);
  }
  if ((lid == 0u)) {
    F_v32[g] = acc32;
    F_v40[g] = acc40;
  }
  const bool v52 = (((float)(acc44)) > 1.00000000f);
  const bool v55 = (acc32 == 1.00000000f);
  const bool v59 = (acc32 > 1.00000000f);
  const float v60 = (v59 ? acc28 : acc40);
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v53 = F_v27[row];
    const bool v54 = (v53 == acc28);
    const bool v56 = (v54 && v55);
    const bool v57 = ((u_p_handle_zero_tail != 0u) && v56);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v48 = F_out_returns[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const uint32_t sw49 = H[(size_t)u_oh_slot_position + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v50 = F_v26[((uint32_t)(sw49 & 2147483647u) & (0u - (uint32_t)((sw49 != 4294967295u))))];
      const float v51 = ((sw49 != 4294967295u) ? v50 : 0.00000000f);
      const float v58 = ((float)(t));
      const bool v61 = (v58 >= v60);
      const bool v62 = (v57 && v61);
      const bool v63 = (!v62);
      const bool v64 = (v52 && v63);
      const float v65 = (v64 ? v51 : 0.00000000f);
      const float v66 = (v48 - v65);
      const int32_t v67 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v68 = ((float)(v67));
      const float v69 = (v66 * v68);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v69;
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
  run.F_out_returns = adv_element(env, argv[1], 1, &n);
  run.F_old_log_probs = adv_element(env, argv[1], 2, &n);
  run.F_sum_pi_squared = adv_element(env, argv[1], 3, &n);
  run.F_rollout_is_weights = adv_element(env, argv[1], 4, &n);
  run.F_v26 = adv_element(env, argv[1], 5, &n);
  run.F_v27 = adv_element(env, argv[1], 6, &n);
  run.F_v28 = adv_element(env, argv[1], 7, &n);
  run.F_v44 = adv_element(env, argv[1], 8, &n);
  run.F_v32 = adv_element(env, argv[1], 9, &n);
  run.F_v40 = adv_element(env, argv[1], 10, &n);
  run.F_out_advantages = adv_element(env, argv[1], 11, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_response_mask = adv_element(env, argv[2], 2, &n);
  run.I_kbase = adv_element(env, argv[2], 3, &n);
  run.I_vbase = adv_element(env, argv[2], 4, &n);
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
