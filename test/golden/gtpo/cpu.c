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
  uint32_t o_v4;
  uint32_t o_v28;
  uint32_t o_v39_partial;
  uint32_t o_v42_partial;
  uint32_t o_v49_partial;
  uint32_t o_v61_partial;
  uint32_t o_v64_partial;
  uint32_t o_v71_partial;
  uint32_t o_out_advantages;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  uint32_t oi_kbase;
  uint32_t oi_vbase;
  uint32_t oh_table_position;
  uint32_t oh_keys_position;
  uint32_t oh_seen_position;
  uint32_t oh_slot_position;
  uint32_t oh_count_position;
  uint32_t oh_acc14;
  uint32_t oh_acc16;
  uint32_t oh_acc22;
  uint32_t oh_acc25;
  float p_alpha1;
  float p_alpha2;
  float p_epsilon;
} Uniforms;
typedef struct {
  Uniforms U;
  float *F_token_level_rewards;
  float *F_v4;
  float *F_entropy;
  float *F_v28;
  float *F_v39_partial;
  float *F_v61_partial;
  float *F_v42_partial;
  float *F_v64_partial;
  float *F_v49_partial;
  float *F_v71_partial;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_kbase;
  int32_t *I_vbase;
  int32_t *I_response_mask;
  uint32_t *H;
  const int32_t *order;
  uint32_t groups, threads, claim[3];
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
  const uint32_t u_oh_seen_position = R->U.oh_seen_position;
  const uint32_t u_oh_acc14 = R->U.oh_acc14;
  const uint32_t u_oh_acc16 = R->U.oh_acc16;
  const uint32_t u_oh_acc22 = R->U.oh_acc22;
  const uint32_t u_oh_acc25 = R->U.oh_acc25;
  const uint32_t u_oh_keys_position = R->U.oh_keys_position;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_oh_slot_position = R->U.oh_slot_position;
  const uint32_t u_oh_count_position = R->U.oh_count_position;
  const float u_p_alpha2 = R->U.p_alpha2;
  const float u_p_alpha1 = R->U.p_alpha1;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  float *const restrict F_v4 = R->F_v4;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v39_partial = R->F_v39_partial;
  float *const restrict F_v61_partial = R->F_v61_partial;
  float *const restrict F_v42_partial = R->F_v42_partial;
  float *const restrict F_v64_partial = R->F_v64_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // reduce to rollout %4: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 0u))]));
    const uint32_t row1 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 1u))]));
    const uint32_t row2 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 2u))]));
    const uint32_t row3 = ((uint32_t)(I_members[(uint32_t)(m0 + (uint32_t)(j + 3u))]));
    float acc4_0 = 0.00000000f;
    float acc4_1 = 0.00000000f;
    float acc4_2 = 0.00000000f;
    float acc4_3 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(uint32_t)((uint32_t)(row0 * u_T) + ((uint32_t)(t)))];
      acc4_0 = (acc4_0 + v0);
      const float v1 = F_token_level_rewards[(uint32_t)((uint32_t)(row1 * u_T) + ((uint32_t)(t)))];
      acc4_1 = (acc4_1 + v1);
      const float v2 = F_token_level_rewards[(uint32_t)((uint32_t)(row2 * u_T) + ((uint32_t)(t)))];
      acc4_2 = (acc4_2 + v2);
      const float v3 = F_token_level_rewards[(uint32_t)((uint32_t)(row3 * u_T) + ((uint32_t)(t)))];
      acc4_3 = (acc4_3 + v3);
    }
    F_v4[row0] = acc4_0;
    F_v4[row1] = acc4_1;
    F_v4[row2] = acc4_2;
    F_v4[row3] = acc4_3;
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    float acc4 = 0.00000000f;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      acc4 = (acc4 + v4);
    }
    F_v4[row] = acc4;
  }
  // key-build position: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const uint32_t base = ((uint32_t)(I_kbase[g]));
    const uint32_t cap = (uint32_t)(((uint32_t)(I_kbase[(uint32_t)(g + 1u)])) - base);
    const uint32_t lbase = ((uint32_t)(I_vbase[g]));
    uint32_t nk = 0u;
    // a position is its own slot: the first T slots take every key
    uint32_t used = adv_umin(cap, u_T);
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    if (used > 0u) {
      memset(&H[(uint32_t)(u_oh_table_position + base)], 0, (size_t)used * sizeof *H);
    }
    const uint32_t rows = (uint32_t)(((uint32_t)(I_vbase[(uint32_t)(g + 1u)])) - lbase);
    uint32_t zeroed = 0u;
    {
      const uint32_t upto = adv_umin(rows, used);
      if (upto > zeroed) {
        memset(&H[(uint32_t)((uint32_t)(u_oh_seen_position + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc14 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc16 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc22 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
        memset(&H[(uint32_t)((uint32_t)(u_oh_acc25 + lbase) + zeroed)], 0, (size_t)(upto - zeroed) * sizeof *H);
      }
      zeroed = upto;
    }
    for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
      const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
      const float v8 = F_v4[row];
      const bool v9 = (v8 > 0.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
        uint32_t word = 4294967295u;
        if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + tt)] != 0)) {
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
                // a new key takes the group's next row (its zero-based values were zeroed when the table started or grew)
                r = (uint32_t)(lbase + nk);
                nk = (uint32_t)(nk + 1u);
                H[e] = (uint32_t)(r + 1u);
                H[(uint32_t)(u_oh_keys_position + r)] = kk;
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_position + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const bool first = (H[(uint32_t)(u_oh_seen_position + r)] != (uint32_t)(j + 1u));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(uint32_t)(u_oh_seen_position + r)] = (uint32_t)(j + 1u);
            word = (uint32_t)(r | (first ? 2147483648u : 0u));
            const float v5 = F_entropy[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
            const float v6 = (v5 + u_p_epsilon);
            const float v7 = (1.00000000f / v6);
            const float v10 = (v9 ? v5 : v7);
            const float v11 = (v9 ? v10 : 0.00000000f);
            const float v12 = (v9 ? 0.00000000f : v10);
            {
              const uint32_t old = H[(uint32_t)(u_oh_acc14 + (uint32_t)(word & 2147483647u))];
              H[(uint32_t)(u_oh_acc14 + (uint32_t)(word & 2147483647u))] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v11)));
            }
            {
              const uint32_t old = H[(uint32_t)(u_oh_acc16 + (uint32_t)(word & 2147483647u))];
              H[(uint32_t)(u_oh_acc16 + (uint32_t)(word & 2147483647u))] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v12)));
            }
            {
              const uint32_t a13 = (v9 ? 1u : 0u);
              const uint32_t a14 = (v9 ? 0u : 1u);
              const uint32_t add = (uint32_t)(a13 + a14);
              if ((add != 0u)) {
                H[(uint32_t)(((a13 != 0u) ? u_oh_acc22 : u_oh_acc25) + (uint32_t)(word & 2147483647u))] = (uint32_t)(H[(uint32_t)(((a13 != 0u) ? u_oh_acc22 : u_oh_acc25) + (uint32_t)(word & 2147483647u))] + add);
              }
            }
          }
        }
        H[(uint32_t)((uint32_t)(u_oh_slot_position + (uint32_t)(row * u_T)) + tt)] = word;
      }
    }
    H[(uint32_t)(u_oh_count_position + g)] = nk;
  }
  // reduce to group %28
  float acc28 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    acc28 = (acc28 + 1.00000000f);
  }
  if ((lid == 0u)) {
    F_v28[g] = acc28;
  }
  // reduce to group %39 (batch partial), %61 (batch partial), %42 (batch partial), %64 (batch partial)
  const bool v44 = (acc28 > 1.00000000f);
  float acc39 = 0.00000000f;
  float acc61 = 0.00000000f;
  float acc42 = 0.00000000f;
  float acc64 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v17 = F_v4[row];
    const bool v18 = (v17 > 0.00000000f);
    const bool v20 = (!v18);
    const float v22 = (v18 ? 1.00000000f : (-1.00000000f));
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v15 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v16 = ((float)(v15));
        const float v19 = (v18 ? v16 : 0.00000000f);
        const float v21 = (v20 ? v16 : 0.00000000f);
        const float v23 = F_entropy[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v24 = (v23 + u_p_epsilon);
        const float v25 = (1.00000000f / v24);
        const float v26 = (v18 ? v23 : v25);
        const uint32_t sw27 = H[(uint32_t)(u_oh_slot_position + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
        const float v28 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc16 + ((sw27 != 4294967295u) ? (uint32_t)(sw27 & 2147483647u) : 0u))]));
        const float v29 = ((sw27 != 4294967295u) ? v28 : 0.00000000f);
        const float v30 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc14 + ((sw27 != 4294967295u) ? (uint32_t)(sw27 & 2147483647u) : 0u))]));
        const float v31 = ((sw27 != 4294967295u) ? v30 : 0.00000000f);
        const float v32 = (v18 ? v31 : v29);
        const float v33 = (v32 + u_p_epsilon);
        const float v34 = (v26 / v33);
        const float v35 = ((float)(H[(uint32_t)(u_oh_acc25 + ((sw27 != 4294967295u) ? (uint32_t)(sw27 & 2147483647u) : 0u))]));
        const float v36 = ((sw27 != 4294967295u) ? v35 : 0.00000000f);
        const float v37 = ((float)(H[(uint32_t)(u_oh_acc22 + ((sw27 != 4294967295u) ? (uint32_t)(sw27 & 2147483647u) : 0u))]));
        const float v38 = ((sw27 != 4294967295u) ? v37 : 0.00000000f);
        const float v39 = (v18 ? v38 : v36);
        const float v40 = (v34 * v39);
        const float v41 = (u_p_alpha2 * v40);
        const float v42 = (u_p_alpha1 + v41);
        const float v43 = (v22 * v42);
        const float v45 = (v44 ? v43 : 0.00000000f);
        const float v46 = (v19 * v45);
        const float v47 = (v21 * v45);
        acc39 = (acc39 + v19);
        acc61 = (acc61 + v21);
        acc42 = (acc42 + v46);
        acc64 = (acc64 + v47);
      }
    }
  }
  if ((lid == 0u)) {
    F_v39_partial[g] = acc39;
    F_v61_partial[g] = acc61;
    F_v42_partial[g] = acc42;
    F_v64_partial[g] = acc64;
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_oh_slot_position = R->U.oh_slot_position;
  const uint32_t u_oh_acc16 = R->U.oh_acc16;
  const uint32_t u_oh_acc14 = R->U.oh_acc14;
  const uint32_t u_oh_acc25 = R->U.oh_acc25;
  const uint32_t u_oh_acc22 = R->U.oh_acc22;
  const float u_p_alpha2 = R->U.p_alpha2;
  const float u_p_alpha1 = R->U.p_alpha1;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v39_partial = R->F_v39_partial;
  float *const restrict F_v42_partial = R->F_v42_partial;
  float *const restrict F_v61_partial = R->F_v61_partial;
  float *const restrict F_v64_partial = R->F_v64_partial;
  float *const restrict F_v28 = R->F_v28;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v4 = R->F_v4;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_entropy = R->F_entropy;
  uint32_t *const H = R->H;
  float *const restrict F_v49_partial = R->F_v49_partial;
  float *const restrict F_v71_partial = R->F_v71_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // batch values %39, %42, %61, %64: combine every group's partial
  float acc_b39 = 0.00000000f;
  float acc_b42 = 0.00000000f;
  float acc_b61 = 0.00000000f;
  float acc_b64 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b39 = (acc_b39 + F_v39_partial[i]);
    acc_b42 = (acc_b42 + F_v42_partial[i]);
    acc_b61 = (acc_b61 + F_v61_partial[i]);
    acc_b64 = (acc_b64 + F_v64_partial[i]);
  }
  // reduce to group %49 (batch partial), %71 (batch partial)
  const float v75 = F_v28[g];
  const bool v76 = (v75 > 1.00000000f);
  const float v78 = (acc_b42 / acc_b39);
  const bool v79 = (acc_b39 > 0.00000000f);
  const float v80 = (v79 ? v78 : 0.00000000f);
  const float v86 = (acc_b64 / acc_b61);
  const bool v87 = (acc_b61 > 0.00000000f);
  const float v88 = (v87 ? v86 : 0.00000000f);
  float acc49 = 0.00000000f;
  float acc71 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v50 = F_v4[row];
    const bool v51 = (v50 > 0.00000000f);
    const float v53 = (v51 ? 1.00000000f : (-1.00000000f));
    const bool v84 = (!v51);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] != 0)) {
        const int32_t v48 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v49 = ((float)(v48));
        const float v52 = (v51 ? v49 : 0.00000000f);
        const float v54 = F_entropy[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
        const float v55 = (v54 + u_p_epsilon);
        const float v56 = (1.00000000f / v55);
        const float v57 = (v51 ? v54 : v56);
        const uint32_t sw58 = H[(uint32_t)(u_oh_slot_position + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
        const float v59 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc16 + ((sw58 != 4294967295u) ? (uint32_t)(sw58 & 2147483647u) : 0u))]));
        const float v60 = ((sw58 != 4294967295u) ? v59 : 0.00000000f);
        const float v61 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc14 + ((sw58 != 4294967295u) ? (uint32_t)(sw58 & 2147483647u) : 0u))]));
        const float v62 = ((sw58 != 4294967295u) ? v61 : 0.00000000f);
        const float v63 = (v51 ? v62 : v60);
        const float v64 = (v63 + u_p_epsilon);
        const float v65 = (v57 / v64);
        const float v66 = ((float)(H[(uint32_t)(u_oh_acc25 + ((sw58 != 4294967295u) ? (uint32_t)(sw58 & 2147483647u) : 0u))]));
        const float v67 = ((sw58 != 4294967295u) ? v66 : 0.00000000f);
        const float v68 = ((float)(H[(uint32_t)(u_oh_acc22 + ((sw58 != 4294967295u) ? (uint32_t)(sw58 & 2147483647u) : 0u))]));
        const float v69 = ((sw58 != 4294967295u) ? v68 : 0.00000000f);
        const float v70 = (v51 ? v69 : v67);
        const float v71 = (v65 * v70);
        const float v72 = (u_p_alpha2 * v71);
        const float v73 = (u_p_alpha1 + v72);
        const float v74 = (v53 * v73);
        const float v77 = (v76 ? v74 : 0.00000000f);
        const float v81 = (v77 - v80);
        const float v82 = (v52 * v81);
        const float v83 = (v82 * v81);
        const float v85 = (v84 ? v49 : 0.00000000f);
        const float v89 = (v77 - v88);
        const float v90 = (v85 * v89);
        const float v91 = (v90 * v89);
        acc49 = (acc49 + v83);
        acc71 = (acc71 + v91);
      }
    }
  }
  if ((lid == 0u)) {
    F_v49_partial[g] = acc49;
    F_v71_partial[g] = acc71;
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_oh_slot_position = R->U.oh_slot_position;
  const uint32_t u_oh_acc16 = R->U.oh_acc16;
  const uint32_t u_oh_acc14 = R->U.oh_acc14;
  const uint32_t u_oh_acc25 = R->U.oh_acc25;
  const uint32_t u_oh_acc22 = R->U.oh_acc22;
  const float u_p_alpha2 = R->U.p_alpha2;
  const float u_p_alpha1 = R->U.p_alpha1;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v39_partial = R->F_v39_partial;
  float *const restrict F_v42_partial = R->F_v42_partial;
  float *const restrict F_v49_partial = R->F_v49_partial;
  float *const restrict F_v61_partial = R->F_v61_partial;
  float *const restrict F_v64_partial = R->F_v64_partial;
  float *const restrict F_v71_partial = R->F_v71_partial;
  float *const restrict F_v28 = R->F_v28;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_entropy = R->F_entropy;
  uint32_t *const H = R->H;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(uint32_t)(g + 1u)])) - m0);
  // batch values %39, %42, %49, %61, %64, %71: combine every group's partial
  float acc_b39 = 0.00000000f;
  float acc_b42 = 0.00000000f;
  float acc_b49 = 0.00000000f;
  float acc_b61 = 0.00000000f;
  float acc_b64 = 0.00000000f;
  float acc_b71 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b39 = (acc_b39 + F_v39_partial[i]);
    acc_b42 = (acc_b42 + F_v42_partial[i]);
    acc_b49 = (acc_b49 + F_v49_partial[i]);
    acc_b61 = (acc_b61 + F_v61_partial[i]);
    acc_b64 = (acc_b64 + F_v64_partial[i]);
    acc_b71 = (acc_b71 + F_v71_partial[i]);
  }
  const float v116 = F_v28[g];
  const bool v117 = (v116 > 1.00000000f);
  const float v119 = (acc_b42 / acc_b39);
  const bool v120 = (acc_b39 > 0.00000000f);
  const float v121 = (v120 ? v119 : 0.00000000f);
  const float v123 = (acc_b39 - 1.00000000f);
  const float v124 = (acc_b49 / v123);
  const bool v125 = (acc_b39 > 1.00000000f);
  const float v126 = (v125 ? v124 : 0.00000000f);
  const float v127 = (v126 + 9.99999994e-9f);
  const float v128 = (1.0f / sqrtf(v127));
  const float v135 = (acc_b64 / acc_b61);
  const bool v136 = (acc_b61 > 0.00000000f);
  const float v137 = (v136 ? v135 : 0.00000000f);
  const float v139 = (acc_b61 - 1.00000000f);
  const float v140 = (acc_b71 / v139);
  const bool v141 = (acc_b61 > 1.00000000f);
  const float v142 = (v141 ? v140 : 0.00000000f);
  const float v143 = (v142 + 9.99999994e-9f);
  const float v144 = (1.0f / sqrtf(v143));
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(uint32_t)(m0 + j)]));
    const float v92 = F_v4[row];
    const bool v93 = (v92 > 0.00000000f);
    const float v94 = (v93 ? 1.00000000f : (-1.00000000f));
    const bool v146 = (!v93);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v95 = F_entropy[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v96 = (v95 + u_p_epsilon);
      const float v97 = (1.00000000f / v96);
      const float v98 = (v93 ? v95 : v97);
      const uint32_t sw99 = H[(uint32_t)(u_oh_slot_position + (uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t))))];
      const float v100 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc16 + ((sw99 != 4294967295u) ? (uint32_t)(sw99 & 2147483647u) : 0u))]));
      const float v101 = ((sw99 != 4294967295u) ? v100 : 0.00000000f);
      const float v102 = adv_f32bits((uint32_t)(H[(uint32_t)(u_oh_acc14 + ((sw99 != 4294967295u) ? (uint32_t)(sw99 & 2147483647u) : 0u))]));
      const float v103 = ((sw99 != 4294967295u) ? v102 : 0.00000000f);
      const float v104 = (v93 ? v103 : v101);
      const float v105 = (v104 + u_p_epsilon);
      const float v106 = (v98 / v105);
      const float v107 = ((float)(H[(uint32_t)(u_oh_acc25 + ((sw99 != 4294967295u) ? (uint32_t)(sw99 & 2147483647u) : 0u))]));
      const float v108 = ((sw99 != 4294967295u) ? v107 : 0.00000000f);
      const float v109 = ((float)(H[(uint32_t)(u_oh_acc22 + ((sw99 != 4294967295u) ? (uint32_t)(sw99 & 2147483647u) : 0u))]));
      const float v110 = ((sw99 != 4294967295u) ? v109 : 0.00000000f);
      const float v111 = (v93 ? v110 : v108);
      const float v112 = (v106 * v111);
      const float v113 = (u_p_alpha2 * v112);
      const float v114 = (u_p_alpha1 + v113);
      const float v115 = (v94 * v114);
      const float v118 = (v117 ? v115 : 0.00000000f);
      const float v122 = (v118 - v121);
      const float v129 = (v122 * v128);
      const int32_t v130 = I_response_mask[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))];
      const float v131 = ((float)(v130));
      const float v132 = (v93 ? v131 : 0.00000000f);
      const bool v133 = (v132 > 0.00000000f);
      const float v134 = (v133 ? v129 : 0.00000000f);
      const float v138 = (v118 - v137);
      const float v145 = (v138 * v144);
      const float v147 = (v146 ? v131 : 0.00000000f);
      const bool v148 = (v147 > 0.00000000f);
      const float v149 = (v148 ? v145 : 0.00000000f);
      const float v150 = (v134 + v149);
      const float v151 = (v150 * v131);
      F_out_advantages[(uint32_t)((uint32_t)(row * u_T) + ((uint32_t)(t)))] = v151;
    }
  }
}
static void (*const STAGES[])(vec3u, uint32_t) = { stage0, stage1, stage2 };

/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others,
   except after the last kernel: the caller joins the threads, and a thread that finished first would otherwise
   sleep at the barrier and have to be woken (and scheduled) before the join could return */
static void *adv_share(void *run) {
  R = run;
  for (int s = 0; s < 3; s++) {
    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {
      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };
      STAGES[s](wid, 0u);
    }
    if (R->threads > 1u && s + 1 < 3) pthread_barrier_wait(&R->barrier);
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
  run.F_entropy = adv_element(env, argv[1], 2, &n);
  run.F_v28 = adv_element(env, argv[1], 3, &n);
  run.F_v39_partial = adv_element(env, argv[1], 4, &n);
  run.F_v61_partial = adv_element(env, argv[1], 5, &n);
  run.F_v42_partial = adv_element(env, argv[1], 6, &n);
  run.F_v64_partial = adv_element(env, argv[1], 7, &n);
  run.F_v49_partial = adv_element(env, argv[1], 8, &n);
  run.F_v71_partial = adv_element(env, argv[1], 9, &n);
  run.F_out_advantages = adv_element(env, argv[1], 10, &n);
  run.I_starts = adv_element(env, argv[2], 0, &n);
  run.I_members = adv_element(env, argv[2], 1, &n);
  run.I_kbase = adv_element(env, argv[2], 2, &n);
  run.I_vbase = adv_element(env, argv[2], 3, &n);
  run.I_response_mask = adv_element(env, argv[2], 4, &n);
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
