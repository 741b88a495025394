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
  uint32_t o_v4;
  uint32_t o_v24;
  uint32_t o_v31;
  uint32_t o_v32;
  uint32_t o_v34;
  uint32_t o_v40;
  uint32_t o_v52;
  uint32_t o_v59;
  uint32_t o_out_advantages;
  uint32_t o_out_node_values;
  uint32_t oi_response_mask;
  uint32_t oi_responses;
  uint32_t oi_members;
  uint32_t oi_starts;
  uint32_t oi_kbase;
  uint32_t oi_vbase;
  uint32_t oh_table_node;
  uint32_t oh_keys_node;
  uint32_t oh_seen_node;
  uint32_t oh_slot_node;
  uint32_t oh_count_node;
  uint32_t oh_acc21;
  uint32_t oh_acc23;
  uint32_t p_reweight;
  float p_grpo_weight;
  float p_epsilon;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v4;
  float *F_v24;
  float *F_v31;
  float *F_v32;
  float *F_v52;
  float *F_v34;
  float *F_v40;
  float *F_v59;
  float *F_out_advantages;
  float *F_out_node_values;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_kbase;
  int32_t *I_vbase;
  int32_t *I_responses;
  int32_t *I_response_mask;
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
  const uint32_t u_oh_table_node = R->U.oh_table_node;
  const uint32_t u_oh_keys_node = R->U.oh_keys_node;
  const uint32_t u_oh_seen_node = R->U.oh_seen_node;
  const uint32_t u_oh_acc21 = R->U.oh_acc21;
  const uint32_t u_oh_acc23 = R->U.oh_acc23;
  const uint32_t u_oh_slot_node = R->U.oh_slot_node;
  const uint32_t u_oh_count_node = R->U.oh_count_node;
  const float u_p_epsilon = R->U.p_epsilon;
  const float u_p_grpo_weight = R->U.p_grpo_weight;
  const uint32_t u_p_reweight = R->U.p_reweight;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v4 = R->F_v4;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_responses = R->I_responses;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v24 = R->F_v24;
  float *const restrict F_v31 = R->F_v31;
  float *const restrict F_v32 = R->F_v32;
  float *const restrict F_v52 = R->F_v52;
  float *const restrict F_v34 = R->F_v34;
  float *const restrict F_v40 = R->F_v40;
  float *const restrict F_v59 = R->F_v59;
  float *const restrict F_out_advantages = R->F_out_advantages;
  float *const restrict F_out_node_values = R->F_out_node_values;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %4: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc4_0 = 0.00000000f;
    float acc4_1 = 0.00000000f;
    float acc4_2 = 0.00000000f;
    float acc4_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc4_0 = (acc4_0 + v0);
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc4_1 = (acc4_1 + v1);
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc4_2 = (acc4_2 + v2);
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc4_3 = (acc4_3 + v3);
    }
    F_v4[row0] = acc4_0;
    F_v4[row1] = acc4_1;
    F_v4[row2] = acc4_2;
    F_v4[row3] = acc4_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc4 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc4 = (acc4 + v4);
    }
    F_v4[row] = acc4;
  }
  // key-build node: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
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
      memset(&H[(uint32_t)(u_oh_table_node + base)], 0, (size_t)used * sizeof *H);
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
      const float v12 = F_v4[row];
      uint32_t want = used;
      for (;;) {
        if (((want >= cap) || ((uint32_t)((uint32_t)(nk + u_T) * 3u) <= (uint32_t)(want * 2u)))) {
          break;
        }
        want = (uint32_t)(want * 2u);
      }
      if ((want != used)) {
        if (want > 0u) {
          memset(&H[(uint32_t)(u_oh_table_node + base)], 0, (size_t)want * sizeof *H);
        }
        used = want;
        for (uint32_t i = 0u; (i < nk); i = (uint32_t)(i + 1u)) {
          uint32_t x2 = (uint32_t)(H[(size_t)u_oh_keys_node + (size_t)lbase + (size_t)i] - 1u);
          x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) * 2146121005u);
          x2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (15u & 31u))) * 2221713035u);
          uint32_t h2 = (uint32_t)((uint32_t)(x2 ^ (uint32_t)(x2 >> (16u & 31u))) & (uint32_t)(used - 1u));
          for (;;) {
            if ((H[(size_t)u_oh_table_node + (size_t)base + (size_t)h2] == 0u)) {
              break;
            }
            h2 = (uint32_t)((uint32_t)(h2 + 1u) & (uint32_t)(used - 1u));
          }
          H[(size_t)u_oh_table_node + (size_t)base + (size_t)h2] = (uint32_t)((uint32_t)(lbase + i) + 1u);
        }
      }
      int32_t x10 = 0;
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        const int32_t v5 = I_responses[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const int32_t v6 = (int32_t)(v5 + 1);
        const int32_t v7 = 1000003;
        x10 = (int32_t)(v6 + (int32_t)(v7 * x10));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)tt] != 0)) {
          const int32_t v8 = adv_imod(x10, 2147483647);
          const int32_t v9 = (int32_t)(v8 + 2147483647);
          const bool v10 = (v8 < 0);
          const int32_t v11 = (v10 ? v9 : v8);
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
              const uint32_t e = (uint32_t)(u_oh_table_node + (uint32_t)(base + h));
              const uint32_t cur = H[e];
              if ((cur == 0u)) {
                // a new key takes the group's next row, its values their starting ones
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(size_t)u_oh_keys_node + (size_t)r] = kk;
                H[(size_t)u_oh_seen_node + (size_t)r] = 0u;
                H[(size_t)u_oh_acc21 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc23 + (size_t)r] = 0u;
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_node + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const bool first = (H[(size_t)u_oh_seen_node + (size_t)r] != (uint32_t)(j + 1u));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(size_t)u_oh_seen_node + (size_t)r] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (2147483648u & (0u - (uint32_t)(first))));
            const float v13 = (first ? v12 : 0.00000000f);
            {
              const uint32_t old = H[(size_t)u_oh_acc23 + (size_t)r];
              H[(size_t)u_oh_acc23 + (size_t)r] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v13)));
            }
            {
              const uint32_t add = (uint32_t)(first);
              H[(size_t)u_oh_acc21 + (size_t)r] = (uint32_t)(H[(size_t)u_oh_acc21 + (size_t)r] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_node + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_node + (size_t)g] = nk;
  }
  // key-map %24: once per distinct key of the group
  const uint32_t nkeys24 = H[(size_t)u_oh_count_node + (size_t)g];
  for (uint32_t i = lid; (i < nkeys24); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v14 = adv_f32bits((uint32_t)(H[(size_t)u_oh_acc23 + (size_t)slot]));
    const float v15 = ((float)(H[(size_t)u_oh_acc21 + (size_t)slot]));
    F_v24[slot] = (v14 / v15);
  }
  // reduce to group %31, %32, %52
  uint32_t acc31 = 0u;
  float acc32 = INFINITY;
  float acc52 = (-INFINITY);
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v16 = F_v4[row];
    acc31 = (uint32_t)(acc31 + 1u);
    acc32 = adv_fmin(acc32, v16);
    acc52 = adv_fmax(acc52, v16);
  }
  if ((lid == 0u)) {
    F_v31[g] = ((float)(acc31));
    F_v32[g] = acc32;
    F_v52[g] = acc52;
  }
  // reduce to group %34
  float acc34 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v17 = F_v4[row];
    const float v18 = (v17 - acc32);
    acc34 = (acc34 + v18);
  }
  if ((lid == 0u)) {
    F_v34[g] = acc34;
  }
  const float v20 = (acc34 / ((float)(acc31)));
  const float v21 = (acc32 + v20);
  // key-map %40: once per distinct key of the group
  const uint32_t nkeys40 = H[(size_t)u_oh_count_node + (size_t)g];
  for (uint32_t i = lid; (i < nkeys40); i = (uint32_t)(i + WG)) {
    const uint32_t slot = (uint32_t)(((uint32_t)(I_vbase[g])) + i);
    const float v19 = F_v24[slot];
    F_v40[slot] = (v19 - v21);
  }
  // reduce to group %59
  const float v24 = (acc52 - acc32);
  const bool v25 = (v24 > 0.00000000f);
  const float v26 = (v25 ? v24 : 1.00000000f);
  float acc59 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v22 = F_v4[row];
    const float v23 = (v22 - v21);
    const float v27 = (v23 / v26);
    const float v28 = (v27 * v27);
    acc59 = (acc59 + v28);
  }
  if ((lid == 0u)) {
    F_v59[g] = acc59;
  }
  const bool v57 = (((float)(acc31)) > 1.00000000f);
  const float v58 = (v57 ? v21 : 0.00000000f);
  const float v60 = (((float)(acc31)) - 1.00000000f);
  const float v61 = (acc59 / v60);
  const float v62 = sqrtf(v61);
  const float v63 = (v62 * v26);
  const float v64 = (v57 ? v63 : 1.00000000f);
  const float v65 = (v64 + u_p_epsilon);
  // outputs out_advantages, out_node_values
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v56 = F_v4[row];
    const float v59 = (v56 - v58);
    const float v66 = (v59 / v65);
    const bool v67 = (v59 == 0.00000000f);
    const float v68 = (v67 ? 0.00000000f : v66);
    const float v69 = (u_p_grpo_weight * v68);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const uint32_t sw29 = H[(size_t)u_oh_slot_node + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v30 = F_v40[((uint32_t)(sw29 & 2147483647u) & (0u - (uint32_t)((sw29 != 4294967295u))))];
      const float v31 = ((sw29 != 4294967295u) ? v30 : 0.00000000f);
      const float v32 = F_v24[((uint32_t)(sw29 & 2147483647u) & (0u - (uint32_t)((sw29 != 4294967295u))))];
      const float v33 = ((sw29 != 4294967295u) ? v32 : 0.00000000f);
      const uint32_t sw34 = H[(size_t)u_oh_slot_node + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-1)), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const float v35 = F_v24[((uint32_t)(sw34 & 2147483647u) & (0u - (uint32_t)((sw34 != 4294967295u))))];
      const float v36 = ((sw34 != 4294967295u) ? v35 : 0.00000000f);
      const float v37 = v36;
      const float v38 = ((((int32_t)(t + (-1)) >= 0) && ((int32_t)(t + (-1)) < ((int32_t)(u_T)))) ? v37 : 0.00000000f);
      const bool v39 = (t == 0);
      const int32_t v40 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(adv_imin(adv_imax((int32_t)(t + (-1)), 0), (int32_t)(((int32_t)(u_T)) - 1))))];
      const int32_t v41 = ((((int32_t)(t + (-1)) >= 0) && ((int32_t)(t + (-1)) < ((int32_t)(u_T)))) ? v40 : 0);
      const bool v42 = (v41 == 0);
      const bool v43 = (v39 || v42);
      const float v44 = (v43 ? v21 : v38);
      const float v45 = (v33 - v44);
      const float v46 = (v31 + v45);
      const float v47 = ((float)(H[(size_t)u_oh_acc21 + (size_t)((uint32_t)(sw29 & 2147483647u) & (0u - (uint32_t)((sw29 != 4294967295u))))]));
      const float v48 = ((sw29 != 4294967295u) ? v47 : 0.00000000f);
      const int32_t v49 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const int32_t v50 = (int32_t)(1 - v49);
      const float v51 = ((float)(v50));
      const float v52 = adv_fmax(v48, v51);
      const float v53 = sqrtf(v52);
      const float v54 = (v46 / v53);
      const float v55 = ((u_p_reweight != 0u) ? v54 : v46);
      const float v70 = (v55 + v69);
      const float v71 = ((float)(v49));
      const float v72 = (v70 * v71);
      const float v73 = v33;
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v72;
      F_out_node_values[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v73;
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
  run.F_v4 = adv_element(env, argv[1], 1, &n);
  run.F_v24 = adv_element(env, argv[1], 2, &n);
  run.F_v31 = adv_element(env, argv[1], 3, &n);
  run.F_v32 = adv_element(env, argv[1], 4, &n);
  run.F_v52 = adv_element(env, argv[1], 5, &n);
  run.F_v34 = adv_element(env, argv[1], 6, &n);
  run.F_v40 = adv_element(env, argv[1], 7, &n);
  run.F_v59 = adv_element(env, argv[1], 8, &n);
  run.F_out_advantages = adv_element(env, argv[1], 9, &n);
  run.F_out_node_values = adv_element(env, argv[1], 10, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_kbase = adv_element(env, argv[2], 2, &n);
  run.I_vbase = adv_element(env, argv[2], 3, &n);
  run.I_responses = adv_element(env, argv[2], 4, &n);
  run.I_response_mask = adv_element(env, argv[2], 5, &n);
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
