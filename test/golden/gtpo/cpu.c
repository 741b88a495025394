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
  uint32_t o_v42;
  uint32_t o_v46_partial;
  uint32_t o_v49_partial;
  uint32_t o_v56_partial;
  uint32_t o_v71_partial;
  uint32_t o_v74_partial;
  uint32_t o_v81_partial;
  uint32_t o_v36;
  uint32_t o_out_advantages;
  uint32_t oi_response_mask;
  uint32_t oi_members;
  uint32_t oi_starts;
  uint32_t oi_kbase;
  uint32_t oi_vbase;
  uint32_t oh_table_position;
  uint32_t oh_keys_position;
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
  float *F_v42;
  float *F_entropy;
  float *F_v28;
  float *F_v46_partial;
  float *F_v71_partial;
  float *F_v36;
  float *F_v49_partial;
  float *F_v74_partial;
  float *F_v56_partial;
  float *F_v81_partial;
  float *F_out_advantages;
  int32_t *I_starts;
  int32_t *I_members;
  int32_t *I_response_mask;
  int32_t *I_kbase;
  int32_t *I_vbase;
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
  const uint32_t u_oh_keys_position = R->U.oh_keys_position;
  const uint32_t u_oh_acc14 = R->U.oh_acc14;
  const uint32_t u_oh_acc16 = R->U.oh_acc16;
  const uint32_t u_oh_acc22 = R->U.oh_acc22;
  const uint32_t u_oh_acc25 = R->U.oh_acc25;
  const float u_p_epsilon = R->U.p_epsilon;
  const uint32_t u_oh_slot_position = R->U.oh_slot_position;
  const uint32_t u_oh_count_position = R->U.oh_count_position;
  const float u_p_alpha2 = R->U.p_alpha2;
  const float u_p_alpha1 = R->U.p_alpha1;
  int32_t *const restrict I_starts = R->I_starts;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_token_level_rewards = R->F_token_level_rewards;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_v42 = R->F_v42;
  int32_t *const restrict I_kbase = R->I_kbase;
  int32_t *const restrict I_vbase = R->I_vbase;
  uint32_t *const H = R->H;
  float *const restrict F_entropy = R->F_entropy;
  float *const restrict F_v28 = R->F_v28;
  float *const restrict F_v46_partial = R->F_v46_partial;
  float *const restrict F_v71_partial = R->F_v71_partial;
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v49_partial = R->F_v49_partial;
  float *const restrict F_v74_partial = R->F_v74_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // reduce to rollout %4, %42: one thread per rollout
  for (uint32_t j = 0u; ((uint32_t)(j + 4u) <= n); j = (uint32_t)(j + 4u)) {
    const uint32_t row0 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)0u]));
    const uint32_t row1 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)1u]));
    const uint32_t row2 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)2u]));
    const uint32_t row3 = ((uint32_t)(I_members[(size_t)m0 + (size_t)j + (size_t)3u]));
    float acc4_0 = 0.00000000f;
    uint32_t acc42_0 = 0u;
    float acc4_1 = 0.00000000f;
    uint32_t acc42_1 = 0u;
    float acc4_2 = 0.00000000f;
    uint32_t acc42_2 = 0u;
    float acc4_3 = 0.00000000f;
    uint32_t acc42_3 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v0 = F_token_level_rewards[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))];
      acc4_0 = (acc4_0 + v0);
      const bool valid_0 = (I_response_mask[(size_t)(uint32_t)(row0 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc42_0 = (uint32_t)(acc42_0 + (uint32_t)(valid_0));
      const float v1 = F_token_level_rewards[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))];
      acc4_1 = (acc4_1 + v1);
      const bool valid_1 = (I_response_mask[(size_t)(uint32_t)(row1 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc42_1 = (uint32_t)(acc42_1 + (uint32_t)(valid_1));
      const float v2 = F_token_level_rewards[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))];
      acc4_2 = (acc4_2 + v2);
      const bool valid_2 = (I_response_mask[(size_t)(uint32_t)(row2 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc42_2 = (uint32_t)(acc42_2 + (uint32_t)(valid_2));
      const float v3 = F_token_level_rewards[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))];
      acc4_3 = (acc4_3 + v3);
      const bool valid_3 = (I_response_mask[(size_t)(uint32_t)(row3 * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc42_3 = (uint32_t)(acc42_3 + (uint32_t)(valid_3));
    }
    F_v4[row0] = acc4_0;
    F_v42[row0] = ((float)(acc42_0));
    F_v4[row1] = acc4_1;
    F_v42[row1] = ((float)(acc42_1));
    F_v4[row2] = acc4_2;
    F_v42[row2] = ((float)(acc42_2));
    F_v4[row3] = acc4_3;
    F_v42[row3] = ((float)(acc42_3));
  }
  for (uint32_t j = (uint32_t)(n - adv_umod(n, 4u)); (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    float acc4 = 0.00000000f;
    uint32_t acc42 = 0u;
    for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
      const int32_t t = ((int32_t)(tt));
      const float v4 = F_token_level_rewards[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      acc4 = (acc4 + v4);
      const bool valid = (I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0);
      acc42 = (uint32_t)(acc42 + (uint32_t)(valid));
    }
    F_v4[row] = acc4;
    F_v42[row] = ((float)(acc42));
  }
  // key-build position: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
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
      const float v8 = F_v4[row];
      const bool v9 = (v8 > 0.00000000f);
      for (uint32_t tt = 0u; (tt < u_T); tt = (uint32_t)(tt + 1u)) {
        const int32_t t = ((int32_t)(tt));
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
                H[(size_t)u_oh_acc14 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc16 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc22 + (size_t)r] = 0u;
                H[(size_t)u_oh_acc25 + (size_t)r] = 0u;
                break;
              }
              if ((H[(uint32_t)((uint32_t)(u_oh_keys_position + cur) - 1u)] == kk)) {
                r = (uint32_t)(cur - 1u);
                break;
              }
              h = (uint32_t)((uint32_t)(h + 1u) & (uint32_t)(used - 1u));
            }
            word = r;
            const float v5 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
            const float v6 = (v5 + u_p_epsilon);
            const float v7 = (1.00000000f / v6);
            const float v10 = (v9 ? v5 : v7);
            const float v11 = (v9 ? v10 : 0.00000000f);
            const float v12 = (v9 ? 0.00000000f : v10);
            {
              const uint32_t old = H[(size_t)u_oh_acc14 + (size_t)r];
              H[(size_t)u_oh_acc14 + (size_t)r] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v11)));
            }
            {
              const uint32_t old = H[(size_t)u_oh_acc16 + (size_t)r];
              H[(size_t)u_oh_acc16 + (size_t)r] = ((uint32_t)adv_bitsf32((adv_f32bits((uint32_t)(old)) + v12)));
            }
            {
              const uint32_t add = (v9 ? (uint32_t)(true) : (uint32_t)(!false));
              H[(size_t)(v9 ? u_oh_acc22 : u_oh_acc25) + (size_t)r] = (uint32_t)(H[(size_t)(v9 ? u_oh_acc22 : u_oh_acc25) + (size_t)r] + add);
            }
          }
        }
        H[(size_t)u_oh_slot_position + (size_t)(uint32_t)(row * u_T) + (size_t)tt] = word;
      }
    }
    H[(size_t)u_oh_count_position + (size_t)g] = nk;
  }
  // reduce to group %28, %46 (batch partial), %71 (batch partial)
  const float v13 = ((float)(1));
  uint32_t acc28 = 0u;
  float acc46 = 0.00000000f;
  float acc71 = 0.00000000f;
  for (uint32_t j = lid; (j < n); j = (uint32_t)(j + WG)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v14 = F_v4[row];
    const bool v15 = (v14 > 0.00000000f);
    const float v16 = (v15 ? v13 : 0.00000000f);
    const float v17 = F_v42[row];
    const float v18 = (v16 * v17);
    const bool v19 = (v17 > 0.00000000f);
    const float v20 = (v19 ? v18 : 0.00000000f);
    const bool v21 = (!v15);
    const float v22 = (v21 ? v13 : 0.00000000f);
    const float v23 = (v22 * v17);
    const float v24 = (v19 ? v23 : 0.00000000f);
    acc28 = (uint32_t)(acc28 + 1u);
    acc46 = (acc46 + v20);
    acc71 = (acc71 + v24);
  }
  if ((lid == 0u)) {
    F_v28[g] = ((float)(acc28));
    F_v46_partial[g] = acc46;
    F_v71_partial[g] = acc71;
  }
  // reduce to group %49 (batch partial), %74 (batch partial)
  const bool v52 = (((float)(acc28)) > 1.00000000f);
  float acc49 = 0.00000000f;
  float acc74 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v27 = F_v4[row];
    const bool v28 = (v27 > 0.00000000f);
    const float v30 = (v28 ? 1.00000000f : (-1.00000000f));
    const bool v55 = (!v28);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const int32_t v25 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v26 = ((float)(v25));
        const float v29 = (v28 ? v26 : 0.00000000f);
        const float v31 = F_entropy[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v32 = (v31 + u_p_epsilon);
        const float v33 = (1.00000000f / v32);
        const float v34 = (v28 ? v31 : v33);
        const uint32_t sw35 = H[(size_t)u_oh_slot_position + (size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v36 = adv_f32bits((uint32_t)(H[(size_t)u_oh_acc16 + (size_t)((uint32_t)(sw35 & 2147483647u) & (0u - (uint32_t)((sw35 != 4294967295u))))]));
        const float v37 = ((sw35 != 4294967295u) ? v36 : 0.00000000f);
        const float v38 = adv_f32bits((uint32_t)(H[(size_t)u_oh_acc14 + (size_t)((uint32_t)(sw35 & 2147483647u) & (0u - (uint32_t)((sw35 != 4294967295u))))]));
        const float v39 = ((sw35 != 4294967295u) ? v38 : 0.00000000f);
        const float v40 = (v28 ? v39 : v37);
        const float v41 = (v40 + u_p_epsilon);
        const float v42 = (v34 / v41);
        const float v43 = ((float)(H[(size_t)u_oh_acc25 + (size_t)((uint32_t)(sw35 & 2147483647u) & (0u - (uint32_t)((sw35 != 4294967295u))))]));
        const float v44 = ((sw35 != 4294967295u) ? v43 : 0.00000000f);
        const float v45 = ((float)(H[(size_t)u_oh_acc22 + (size_t)((uint32_t)(sw35 & 2147483647u) & (0u - (uint32_t)((sw35 != 4294967295u))))]));
        const float v46 = ((sw35 != 4294967295u) ? v45 : 0.00000000f);
        const float v47 = (v28 ? v46 : v44);
        const float v48 = (v42 * v47);
        const float v49 = (u_p_alpha2 * v48);
        const float v50 = (u_p_alpha1 + v49);
        const float v51 = (v30 * v50);
        const float v53 = (v52 ? v51 : 0.00000000f);
        const float v54 = (v29 * v53);
        const float v56 = (v55 ? v26 : 0.00000000f);
        const float v57 = (v56 * v53);
        F_v36[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v53;
        acc49 = (acc49 + v54);
        acc74 = (acc74 + v57);
      }
    }
  }
  if ((lid == 0u)) {
    F_v49_partial[g] = acc49;
    F_v74_partial[g] = acc74;
  }
}
static void stage1(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v46_partial = R->F_v46_partial;
  float *const restrict F_v49_partial = R->F_v49_partial;
  float *const restrict F_v71_partial = R->F_v71_partial;
  float *const restrict F_v74_partial = R->F_v74_partial;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v4 = R->F_v4;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_v36 = R->F_v36;
  float *const restrict F_v56_partial = R->F_v56_partial;
  float *const restrict F_v81_partial = R->F_v81_partial;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %46, %49, %71, %74: combine every group's partial
  float acc_b46 = 0.00000000f;
  float acc_b49 = 0.00000000f;
  float acc_b71 = 0.00000000f;
  float acc_b74 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b46 = (acc_b46 + F_v46_partial[i]);
    acc_b49 = (acc_b49 + F_v49_partial[i]);
    acc_b71 = (acc_b71 + F_v71_partial[i]);
    acc_b74 = (acc_b74 + F_v74_partial[i]);
  }
  // reduce to group %56 (batch partial), %81 (batch partial)
  const float v64 = (acc_b49 / acc_b46);
  const bool v65 = (acc_b46 > 0.00000000f);
  const float v66 = (v65 ? v64 : 0.00000000f);
  const float v72 = (acc_b74 / acc_b71);
  const bool v73 = (acc_b71 > 0.00000000f);
  const float v74 = (v73 ? v72 : 0.00000000f);
  float acc56 = 0.00000000f;
  float acc81 = 0.00000000f;
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v60 = F_v4[row];
    const bool v61 = (v60 > 0.00000000f);
    const bool v70 = (!v61);
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      if ((I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] != 0)) {
        const int32_t v58 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v59 = ((float)(v58));
        const float v62 = (v61 ? v59 : 0.00000000f);
        const float v63 = F_v36[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
        const float v67 = (v63 - v66);
        const float v68 = (v62 * v67);
        const float v69 = (v68 * v67);
        const float v71 = (v70 ? v59 : 0.00000000f);
        const float v75 = (v63 - v74);
        const float v76 = (v71 * v75);
        const float v77 = (v76 * v75);
        acc56 = (acc56 + v69);
        acc81 = (acc81 + v77);
      }
    }
  }
  if ((lid == 0u)) {
    F_v56_partial[g] = acc56;
    F_v81_partial[g] = acc81;
  }
}
static void stage2(vec3u wid, uint32_t lane) {
  const uint32_t u_G = R->U.G;
  const uint32_t u_T = R->U.T;
  int32_t *const restrict I_starts = R->I_starts;
  float *const restrict F_v46_partial = R->F_v46_partial;
  float *const restrict F_v49_partial = R->F_v49_partial;
  float *const restrict F_v56_partial = R->F_v56_partial;
  float *const restrict F_v71_partial = R->F_v71_partial;
  float *const restrict F_v74_partial = R->F_v74_partial;
  float *const restrict F_v81_partial = R->F_v81_partial;
  int32_t *const restrict I_members = R->I_members;
  float *const restrict F_v4 = R->F_v4;
  float *const restrict F_v36 = R->F_v36;
  int32_t *const restrict I_response_mask = R->I_response_mask;
  float *const restrict F_out_advantages = R->F_out_advantages;
  const uint32_t g = (uint32_t)((uint32_t)((uint32_t)(wid.x + (uint32_t)(wid.y * 65535u)) * LANES) + lane);
  if ((g >= u_G)) {
    return;
  }
  const uint32_t lid = 0u;
  const uint32_t m0 = ((uint32_t)(I_starts[g]));
  const uint32_t n = (uint32_t)(((uint32_t)(I_starts[(size_t)g + (size_t)1u])) - m0);
  // batch values %46, %49, %56, %71, %74, %81: combine every group's partial
  float acc_b46 = 0.00000000f;
  float acc_b49 = 0.00000000f;
  float acc_b56 = 0.00000000f;
  float acc_b71 = 0.00000000f;
  float acc_b74 = 0.00000000f;
  float acc_b81 = 0.00000000f;
  for (uint32_t i = lid; (i < u_G); i = (uint32_t)(i + WG)) {
    acc_b46 = (acc_b46 + F_v46_partial[i]);
    acc_b49 = (acc_b49 + F_v49_partial[i]);
    acc_b56 = (acc_b56 + F_v56_partial[i]);
    acc_b71 = (acc_b71 + F_v71_partial[i]);
    acc_b74 = (acc_b74 + F_v74_partial[i]);
    acc_b81 = (acc_b81 + F_v81_partial[i]);
  }
  const float v79 = (acc_b49 / acc_b46);
  const bool v80 = (acc_b46 > 0.00000000f);
  const float v81 = (v80 ? v79 : 0.00000000f);
  const float v83 = (acc_b46 - 1.00000000f);
  const float v84 = (acc_b56 / v83);
  const bool v85 = (acc_b46 > 1.00000000f);
  const float v86 = (v85 ? v84 : 0.00000000f);
  const float v87 = (v86 + 9.99999994e-9f);
  const float v88 = (1.0f / sqrtf(v87));
  const float v97 = (acc_b74 / acc_b71);
  const bool v98 = (acc_b71 > 0.00000000f);
  const float v99 = (v98 ? v97 : 0.00000000f);
  const float v101 = (acc_b71 - 1.00000000f);
  const float v102 = (acc_b81 / v101);
  const bool v103 = (acc_b71 > 1.00000000f);
  const float v104 = (v103 ? v102 : 0.00000000f);
  const float v105 = (v104 + 9.99999994e-9f);
  const float v106 = (1.0f / sqrtf(v105));
  // outputs out_advantages
  for (uint32_t j = 0u; (j < n); j = (uint32_t)(j + 1u)) {
    const uint32_t row = ((uint32_t)(I_members[(size_t)m0 + (size_t)j]));
    const float v92 = F_v4[row];
    const bool v93 = (v92 > 0.00000000f);
    const bool v108 = (!v93);
    #pragma GCC ivdep
    for (uint32_t tt = lid; (tt < u_T); tt = (uint32_t)(tt + WG)) {
      const int32_t t = ((int32_t)(tt));
      const float v78 = F_v36[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v82 = (v78 - v81);
      const float v89 = (v82 * v88);
      const int32_t v90 = I_response_mask[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))];
      const float v91 = ((float)(v90));
      const float v94 = (v93 ? v91 : 0.00000000f);
      const bool v95 = (v94 > 0.00000000f);
      const float v96 = (v95 ? v89 : 0.00000000f);
      const float v100 = (v78 - v99);
      const float v107 = (v100 * v106);
      const float v109 = (v108 ? v91 : 0.00000000f);
      const bool v110 = (v109 > 0.00000000f);
      const float v111 = (v110 ? v107 : 0.00000000f);
      const float v112 = (v96 + v111);
      const float v113 = (v112 * v91);
      F_out_advantages[(size_t)(uint32_t)(row * u_T) + (size_t)((uint32_t)(t))] = v113;
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
  run.F_v42 = adv_element(env, argv[1], 2, &n);
  run.F_entropy = adv_element(env, argv[1], 3, &n);
  run.F_v28 = adv_element(env, argv[1], 4, &n);
  run.F_v46_partial = adv_element(env, argv[1], 5, &n);
  run.F_v71_partial = adv_element(env, argv[1], 6, &n);
  run.F_v36 = adv_element(env, argv[1], 7, &n);
  run.F_v49_partial = adv_element(env, argv[1], 8, &n);
  run.F_v74_partial = adv_element(env, argv[1], 9, &n);
  run.F_v56_partial = adv_element(env, argv[1], 10, &n);
  run.F_v81_partial = adv_element(env, argv[1], 11, &n);
  run.F_out_advantages = adv_element(env, argv[1], 12, &n);
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
