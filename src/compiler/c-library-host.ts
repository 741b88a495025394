// The part of a C library's host layer that is the same for every estimator (see c-library.ts): error
// reporting, growable buffers, the group layout (dense group ids by first appearance, each group's rows), the
// keyed-table layout and the claiming orders. It is the C twin of plan/layout.ts's groupRows,
// keyTableLayout, byWork and rowsByLength, and must lay out a batch exactly as they do: the kernels index the
// same regions with the same uniforms. Everything is static and keeps no state between calls.

export const HOST_C = `
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define ADVC_OK 0
#define ADVC_ERR_INPUT 1
#define ADVC_ERR_PARAM 2
#define ADVC_ERR_MEMORY 3
#define ADVC_ERR_BUSY 4

/* Writes the message (truncated to size, always terminated) and returns the code. */
static int advh_fail(char *error, size_t size, int code, const char *fmt, ...) {
  if (error && size) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error, size, fmt, ap);
    va_end(ap);
  }
  return code;
}

/* A buffer reused from call to call when it is large enough (a workspace holds them). */
typedef struct { void *p; size_t bytes; } advh_buf;

/* At least bytes (zeroed when newly allocated, as the CPU runner's arrays are), or NULL. */
static void *advh_get(advh_buf *b, size_t bytes) {
  if (bytes < 4) bytes = 4;
  if (b->bytes >= bytes) return b->p;
  free(b->p);
  b->p = calloc(1, bytes);
  b->bytes = b->p ? bytes : 0;
  return b->p;
}

static void advh_release(advh_buf *b, size_t n) {
  for (size_t k = 0; k < n; k++) {
    free(b[k].p);
    b[k].p = NULL;
    b[k].bytes = 0;
  }
}

/* "row r, col c" of a flat [B, T] field (cols 1: "row r"). */
static void advh_at(char *s, size_t n, size_t i, uint32_t cols) {
  if (cols == 1u) snprintf(s, n, "row %zu", i);
  else snprintf(s, n, "row %zu, col %zu", i / cols, i % cols);
}

static int advh_check_mask(const int32_t *m, size_t n, uint32_t cols, const char *name, char *error, size_t size) {
  for (size_t i = 0; i < n; i++)
    if (m[i] != 0 && m[i] != 1) {
      char at[64];
      advh_at(at, sizeof at, i, cols);
      return advh_fail(error, size, ADVC_ERR_INPUT, "field \`%s\` must hold only 0 or 1; got %d at %s", name, (int)m[i], at);
    }
  return ADVC_OK;
}

static int advh_check_finite(const float *x, size_t n, uint32_t cols, const char *name, char *error, size_t size) {
  for (size_t i = 0; i < n; i++)
    if (!isfinite(x[i])) {
      char at[64];
      advh_at(at, sizeof at, i, cols);
      return advh_fail(error, size, ADVC_ERR_INPUT, "field \`%s\` has a non-finite value %g at %s", name, (double)x[i], at);
    }
  return ADVC_OK;
}

/* A parameter's value within its type's range ('i' int32, 'f' float32), worded as value-range.ts words it. */
static int advh_check_param(double v, char type, const char *what, char *error, size_t size) {
  if (!isfinite(v)) return advh_fail(error, size, ADVC_ERR_PARAM, "%s expects a finite number, got '%g'", what, v);
  if (type == 'i' && v != floor(v)) return advh_fail(error, size, ADVC_ERR_PARAM, "%s is an int: '%g' is not a whole number", what, v);
  if (type == 'i' && (v < -2147483648.0 || v > 2147483647.0))
    return advh_fail(error, size, ADVC_ERR_PARAM, "%s is an int: '%g' is outside int32's range -2147483648..2147483647", what, v);
  /* 0x1.ffffffp127: halfway between float32's largest value and 2^128, from where a double rounds to infinity */
  if (type == 'f' && !(fabs(v) < 0x1.ffffffp127)) return advh_fail(error, size, ADVC_ERR_PARAM, "%s is a float: '%g' is outside float32's range (about \u00b13.4e38)", what, v);
  return ADVC_OK;
}

/*
 * Dense group ids in order of first appearance and each group's rows in row order (members, starts[G + 1]):
 * plan-runner.ts's groupRows. table: 2 * cap int32 (cap a power of two >= 2B), for an open-addressing map.
 */
static uint32_t advh_group_rows(const int32_t *index, uint32_t B, int32_t *group_of, int32_t *members, int32_t *starts, int32_t *table, uint32_t cap) {
  for (uint32_t s = 0; s < cap; s++) table[2u * s + 1u] = -1;
  uint32_t G = 0;
  for (uint32_t b = 0; b < B; b++) {
    uint32_t s = ((uint32_t)index[b] * 2654435761u) & (cap - 1u);
    while (table[2u * s + 1u] >= 0 && table[2u * s] != index[b]) s = (s + 1u) & (cap - 1u);
    if (table[2u * s + 1u] < 0) {
      table[2u * s] = index[b];
      table[2u * s + 1u] = (int32_t)G++;
    }
    group_of[b] = table[2u * s + 1u];
  }
  memset(starts, 0, (G + 1u) * sizeof *starts);
  for (uint32_t b = 0; b < B; b++) starts[group_of[b] + 1]++;
  for (uint32_t g = 0; g < G; g++) starts[g + 1u] += starts[g];
  /* the table's first G words as fill pointers */
  for (uint32_t g = 0; g < G; g++) table[g] = starts[g];
  for (uint32_t b = 0; b < B; b++) members[table[group_of[b]]++] = (int32_t)b;
  return G;
}

/*
 * Per group: keyed-table slots and rows as prefix sums (kbase, vbase); per row: where its valid tokens end
 * (row_end): plan-runner.ts's keyTableLayout. A group gets a row per token up to each of its rows' last valid
 * one and the smallest power of two >= max(2, 1.5 x rows) slots. Returns -1 when K would not fit in int32.
 */
static int advh_key_layout(uint32_t G, const int32_t *members, const int32_t *starts, const int32_t *mask, uint32_t T, int32_t *kbase, int32_t *vbase, int32_t *row_end) {
  int64_t k = 0, v = 0;
  kbase[0] = vbase[0] = 0;
  for (uint32_t g = 0; g < G; g++) {
    int64_t rows = 0;
    for (int32_t m = starts[g]; m < starts[g + 1u]; m++) {
      const int32_t r = members[m];
      uint32_t end = T;
      while (end > 0u && mask[(size_t)r * T + end - 1u] == 0) end--;
      row_end[r] = (int32_t)end;
      rows += end;
    }
    int64_t slots = 2;
    while (2 * slots < 3 * rows) slots *= 2;
    v += rows;
    k += slots;
    if (k > INT32_MAX || v > INT32_MAX) return -1;
    vbase[g + 1u] = (int32_t)v;
    kbase[g + 1u] = (int32_t)k;
  }
  return 0;
}

static int advh_cmp_i64(const void *a, const void *b) {
  const int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* Groups by decreasing rows, ties in group order (a stable sort, as byWork). keys: G int64. */
static void advh_by_work(uint32_t G, const int32_t *vbase, int64_t *keys, int32_t *order) {
  for (uint32_t g = 0; g < G; g++) keys[g] = ((int64_t)(INT32_MAX - (vbase[g + 1u] - vbase[g])) << 32) | g;
  qsort(keys, G, sizeof *keys, advh_cmp_i64);
  for (uint32_t g = 0; g < G; g++) order[g] = (int32_t)(keys[g] & 0xffffffff);
}

/* Each group's rows by decreasing valid end, ties in row order (rowsByLength). keys: B int64. */
static void advh_rows_by_length(uint32_t G, const int32_t *members, const int32_t *starts, const int32_t *row_end, int64_t *keys, int32_t *korder) {
  for (uint32_t g = 0; g < G; g++) {
    const int32_t a = starts[g], n = starts[g + 1u] - a;
    for (int32_t m = 0; m < n; m++) keys[m] = ((int64_t)(INT32_MAX - row_end[members[a + m]]) << 32) | (uint32_t)members[a + m];
    qsort(keys, (size_t)n, sizeof *keys, advh_cmp_i64);
    for (int32_t m = 0; m < n; m++) korder[a + m] = (int32_t)(keys[m] & 0xffffffff);
  }
}

static uint32_t advh_threads(int32_t threads) {
  if (threads > 0) return (uint32_t)threads;
  const long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (uint32_t)n : 1u;
}
`;
