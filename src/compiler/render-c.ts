// The C renderer: a serial kernel-IR module as C, built into a Node addon by the machine's C compiler
// (runtime/native.ts), or by a C library target with a host of its own (cpuKernelsC). WGSL and C share their
// scalar types, so C keeps WGSL's semantics with few helpers: f32 is C's float (built with -ffp-contract=off: no
// fused multiply-adds), u32/i32 wrap (-fwrapv), shifts use the low 5 bits, integer division by zero and
// float-to-integer conversions follow WGSL. The runner runs every kernel over the groups on a few threads: each
// claims the next group from a shared counter, and a barrier separates kernels. A run's state (uniforms,
// arrays, counters) lives in the caller's frame and each of its threads points at it, so runs from several
// threads do not mix.
import { add, type Expr, type Fn, type KernelModule, type Place, type Scalar, type Stmt, type ValueType } from './kernel-ir.js';
import { Renderer } from './render-base.js';

/** A C source with an N-API module: its run() takes the float and int regions' arrays in the module's orders. */
export interface CModule {
  code: string;
  floatRegions: string[];
  intRegions: string[];
  entryPoints: string[];
}

/**
 * The C kernels of a CPU compilation without any host: a C library target builds them with a host layer of its
 * own. `kernels` defines (all static, for one translation unit with the host):
 *   - `Uniforms`: the uniform fields, in `uniforms`' order (as the plan's), each a float, int32_t or uint32_t;
 *   - `Run`: `U` (a Uniforms), `F_<r>` (float *) for each of `floatRegions`, `I_<r>` (int32_t *) for each of
 *     `intRegions`, `H` (uint32_t *, the keyed-table arena, when `hashTable`), `order` (the groups in claiming
 *     order, largest first), `groups` (their count), `threads`, and internal fields to leave zeroed;
 *   - `stage0..` (`entryPoints`), and `void adv_run_kernels(Run *run)`: every kernel over the groups, on
 *     `run->threads` threads (a barrier between kernels); zero the Run (memset) before filling it.
 * `napi` is the Node addon's wrapper (`run(uniforms, f[], i[], h, order, threads)`): kernels + napi is the
 * addon's whole source.
 */
export interface CKernels {
  kernels: string;
  floatRegions: string[];
  intRegions: string[];
  hashTable: boolean;
  entryPoints: string[];
  uniforms: { name: string; type: 'f32' | 'i32' | 'u32' }[];
}

/** A serial module's kernels as C, and the N-API wrapper apart. `overrides`: override constants (LANES is 1). */
export function renderC(m: KernelModule, overrides: Record<string, number> = {}): CKernels & { napi: string } {
  const k = new CRenderer(m, overrides).kernels();
  return { ...k, napi: napiEntry(k) };
}

const C_TYPE: Record<string, string> = { f32: 'float', i32: 'int32_t', u32: 'uint32_t', bool: 'bool', vec3u: 'vec3u', void: 'void' };

const PRELUDE = `#include <math.h>
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
`;

/**
 * The C kernels' exp: glibc's expf computed the same way (its table of 2^(i/32) and its cubic in double), inline
 * and without a branch, so that a loop with an exp can vectorize (a call to libm's expf cannot). Every float gives
 * glibc's result but two, one ulp apart (glibc's fused multiply-adds round differently); test/c-expf.test.ts
 * compares them. Included where a kernel calls it.
 */
export const C_EXPF = `/* e^x as glibc's expf computes it, inline and branch-free: e^x = 2^(k/32) 2^(r/32) with x = (k + r) ln2 / 32,
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
`;

const MATH_C: Record<string, (a: string[]) => string> = {
  sqrt: (a) => `sqrtf(${a[0]})`,
  exp: (a) => `adv_expf(${a[0]})`,
  log: (a) => `logf(${a[0]})`,
  log2: (a) => `log2f(${a[0]})`,
  tanh: (a) => `tanhf(${a[0]})`,
  sin: (a) => `sinf(${a[0]})`,
  cos: (a) => `cosf(${a[0]})`,
  pow: (a) => `powf(${a[0]}, ${a[1]})`,
  inverseSqrt: (a) => `(1.0f / sqrtf(${a[0]}))`,
  floor: (a) => `floorf(${a[0]})`,
  ceil: (a) => `ceilf(${a[0]})`,
  trunc: (a) => `truncf(${a[0]})`,
  round: (a) => `rintf(${a[0]})`, // to nearest even in the default rounding mode, as WGSL's round
};

/** N-API, declared here (no headers needed): Node resolves these symbols when it loads the addon. */
const NAPI = `
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
`;

/** The N-API wrapper around the kernels: a Node addon whose run() fills a Run from its arguments. */
function napiEntry(k: CKernels): string {
  return [
    NAPI,
    `/* run(uniforms: Int32Array (bit patterns in struct order), f: Float32Array[], i: Int32Array[], h: Int32Array, order: Int32Array, threads) */`,
    `static napi_value adv_run(napi_env env, napi_callback_info info) {`,
    `  size_t argc = 6, n;`,
    `  napi_value argv[6];`,
    `  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);`,
    `  Run run;`,
    `  memset(&run, 0, sizeof run);`,
    `  memcpy(&run.U, adv_data(env, argv[0], &n), sizeof run.U);`,
    ...k.floatRegions.map((r, i) => `  run.F_${r} = adv_element(env, argv[1], ${i}, &n);`),
    ...k.intRegions.map((r, i) => `  run.I_${r} = adv_element(env, argv[2], ${i}, &n);`),
    k.hashTable ? `  run.H = adv_data(env, argv[3], &n);` : '',
    `  run.order = adv_data(env, argv[4], &n);`,
    `  run.groups = (uint32_t)n;`,
    `  napi_get_value_uint32(env, argv[5], &run.threads);`,
    `  adv_run_kernels(&run);`,
    `  napi_value r;`,
    `  napi_get_undefined(env, &r);`,
    `  return r;`,
    `}`,
    ``,
    `__attribute__((visibility("default"))) napi_value napi_register_module_v1(napi_env env, napi_value exports) {`,
    `  napi_value fn;`,
    `  napi_create_function(env, "run", 3, adv_run, NULL, &fn);`,
    `  napi_set_named_property(env, exports, "run", fn);`,
    `  return exports;`,
    `}`,
    ``,
  ].join('\n');
}

class CRenderer extends Renderer {
  protected readonly target = 'C';

  /** The pure C kernels and their runner, without the N-API entry (see CKernels). */
  kernels(): CKernels {
    const m = this.ir;
    const { floatRegions: F, intRegions: I } = this.regions();
    const H = m.hash;
    const fields = m.uniforms;
    const entries = m.kernels.map((k) => k.name);
    const stages = entries.length;
    const parts = [
      ...m.consts.map((c) => `static const uint32_t ${c.name} = ${this.constValue(c)}u;`),
      ...m.tables.map((t) => `/* ${t.doc} */\nstatic const float ${t.name}[${t.values.length}] = { ${t.values.map((v) => this.lit('f32', v)).join(', ')} };`),
      ...m.functions.map((f) => this.fn(f, false)),
      ...m.kernels.map((k) => this.fn({ name: k.name, params: [{ name: 'wid', ty: 'vec3u' as Scalar }, { name: 'lane', ty: 'u32' }], ret: 'void', body: k.body }, true)),
    ];
    const kernels = [
      PRELUDE,
      ...(parts.some((x) => x.includes('adv_expf(')) ? [C_EXPF] : []),
      `typedef struct {`,
      ...fields.map((f) => `  ${C_TYPE[f.type]} ${f.name};`),
      `} Uniforms;`,
      `typedef struct {`,
      `  Uniforms U;`,
      ...F.map((r) => `  float *F_${r};`),
      ...I.map((r) => `  int32_t *I_${r};`),
      H ? `  uint32_t *H;` : '',
      `  const int32_t *order;`,
      `  uint32_t groups, threads, claim[${stages}];`,
      `  pthread_barrier_t barrier;`,
      `  pthread_mutex_t gate;`,
      `} Run;`,
      `/* the run this thread works for */`,
      `static __thread Run *R;`,
      ...parts,
      `static void (*const STAGES[])(vec3u, uint32_t) = { ${entries.join(', ')} };`,
      ``,
      `/* one thread's share: the next unclaimed group of each kernel, until none is left; then wait for the others,`,
      `   except after the last kernel: the caller joins the threads, and a thread that finished first would otherwise`,
      `   sleep at the barrier and have to be woken (and scheduled) before the join could return */`,
      `static void *adv_share(void *run) {`,
      `  R = run;`,
      `  for (int s = 0; s < ${stages}; s++) {`,
      `    for (uint32_t c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED); c < R->groups; c = __atomic_fetch_add(&R->claim[s], 1u, __ATOMIC_RELAXED)) {`,
      `      vec3u wid = { (uint32_t)R->order[c], 0u, 0u };`,
      `      STAGES[s](wid, 0u);`,
      `    }`,
      `    if (R->threads > 1u && s + 1 < ${stages}) pthread_barrier_wait(&R->barrier);`,
      `  }`,
      `  return NULL;`,
      `}`,
      ``,
      `/* a started thread first waits until the barrier counts the threads that could be started */`,
      `static void *adv_started(void *run) {`,
      `  pthread_mutex_lock(&((Run *)run)->gate);`,
      `  pthread_mutex_unlock(&((Run *)run)->gate);`,
      `  return adv_share(run);`,
      `}`,
      ``,
      `/* every kernel over run->groups groups (run->order) on run->threads threads (clamped to 1..64); claim zeroed.`,
      `   A thread that cannot be started leaves its groups to the others: the barrier counts only those running. */`,
      `static void adv_run_kernels(Run *run) {`,
      `  if (run->threads < 1u) run->threads = 1u;`,
      `  if (run->threads > 64u) run->threads = 64u;`,
      `  pthread_t tid[64];`,
      `  uint32_t started = 1u;`,
      `  const bool gated = run->threads > 1u;`,
      `  if (gated) {`,
      `    pthread_mutex_init(&run->gate, NULL);`,
      `    pthread_mutex_lock(&run->gate);`,
      `    for (uint32_t t = 1u; t < run->threads; t++)`,
      `      if (pthread_create(&tid[started], NULL, adv_started, run) == 0) started++;`,
      `    pthread_barrier_init(&run->barrier, NULL, started);`,
      `    run->threads = started;`,
      `    pthread_mutex_unlock(&run->gate);`,
      `  }`,
      `  adv_share(run);`,
      `  for (uint32_t t = 1u; t < started; t++) pthread_join(tid[t], NULL);`,
      `  if (gated) {`,
      `    pthread_barrier_destroy(&run->barrier);`,
      `    pthread_mutex_destroy(&run->gate);`,
      `  }`,
      `}`,
      ``,
    ].join('\n');
    return { kernels, floatRegions: F, intRegions: I, hashTable: H, entryPoints: entries, uniforms: fields.map((f) => ({ name: f.name, type: f.type })) };
  }


  private fn(f: Fn, entry: boolean): string {
    const { uniforms, arrays } = this.uses(f);
    const type = new Map(this.ir.uniforms.map((x) => [x.name, x.type]));
    const head = [
      ...uniforms.map((x) => `  const ${C_TYPE[type.get(x)!]} u_${x} = R->U.${x};`),
      // region arrays never overlap: restrict lets the compiler keep loaded values across stores to others
      ...arrays.filter((a) => /^[FI]_/.test(a) || a === 'H').map((a) => (a === 'H' ? `  uint32_t *const H = R->H;` : `  ${a.startsWith('F_') ? 'float' : 'int32_t'} *const restrict ${a} = R->${a};`)),
    ];
    const sig = f.params.map((p) => `${C_TYPE[p.ty]} ${p.name}`).join(', ') || 'void';
    return [`static ${entry ? '' : 'inline '}${C_TYPE[f.ret]} ${f.name}(${sig}) {`, ...head, ...this.body(f), `}`].join('\n');
  }

  /**
   * An unsigned select with a zero arm is a mask: C compilers turn such a ternary into a branch on its
   * condition, and where that is data (a key's first occurrence in a rollout) no predictor learns it.
   */
  protected override selectOf(e: Expr & { k: 'select' }): string {
    const zero = (x: Expr) => x.k === 'lit' && x.v === 0;
    if (e.ty !== 'u32' || zero(e.t) === zero(e.f)) return super.selectOf(e);
    const one = zero(e.f) ? e.t : e.f;
    const c = `(uint32_t)(${zero(e.f) ? '' : '!'}${this.expr(e.cond)})`;
    return one.k === 'lit' && one.v === 1 ? c : `(${this.expr(one)} & (0u - ${c}))`;
  }

  protected lit(ty: Scalar, v: number): string {
    if (ty === 'f32') {
      if (Number.isNaN(v)) return 'NAN';
      if (!Number.isFinite(v)) return v > 0 ? 'INFINITY' : '(-INFINITY)';
      if (Object.is(v, -0)) return '(-0.0f)';
      // 9 significant digits name every float exactly
      const s = `${Math.fround(v).toPrecision(9)}f`;
      return v < 0 ? `(${s})` : s;
    }
    if (ty === 'bool') return v ? 'true' : 'false';
    if (ty === 'u32') return `${v >>> 0}u`;
    const i = v | 0;
    if (i === -2147483648) return '(-2147483647 - 1)';
    return i < 0 ? `(${i})` : String(i);
  }

  protected uniform(name: string): string {
    return `u_${name}`;
  }

  protected neg(ty: Scalar, a: string): string {
    return ty === 'u32' ? `(0u - ${a})` : `(-${a})`;
  }

  protected bin(op: string, ty: Scalar, a: string, b: string): string {
    if (['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(op)) return `(${a} ${op} ${b})`;
    if (op === '<<' || op === '>>') return `(${C_TYPE[ty]})(${a} ${op} (${b} & 31u))`;
    if (ty === 'f32') {
      if (op === '%') return `fmodf(${a}, ${b})`;
      if ('+-*/'.includes(op)) return `(${a} ${op} ${b})`;
    } else if (ty !== 'bool') {
      const u = ty === 'u32' ? 'u' : 'i';
      if (op === '/') return `adv_${u}div(${a}, ${b})`;
      if (op === '%') return `adv_${u}mod(${a}, ${b})`;
      if ('+-*&|^'.includes(op)) return `(${C_TYPE[ty]})(${a} ${op} ${b})`;
    }
    throw this.fail(`operator ${op} on ${ty}`);
  }

  protected conv(to: Scalar, from: Scalar, a: string): string {
    if (from === 'bool') return to === 'f32' ? `(${a} ? 1.0f : 0.0f)` : `(${C_TYPE[to]})(${a} ? 1 : 0)`;
    if (from === 'f32') return to === 'u32' ? `adv_u32f(${a})` : `adv_i32f(${a})`;
    return `((${C_TYPE[to]})(${a}))`;
  }

  protected bitcast(to: Scalar, from: Scalar, a: string): string {
    if (to === 'f32') return `adv_f32bits((uint32_t)(${a}))`;
    return `((${C_TYPE[to]})${from === 'f32' ? `adv_bitsf32(${a})` : `(${a})`})`;
  }

  protected builtin(name: string, ty: Scalar, args: string[]): string | undefined {
    const [a, b, c] = args;
    const k = ty === 'f32' ? 'f' : ty === 'u32' ? 'u' : 'i';
    switch (name) {
      case 'min':
      case 'max':
        return `adv_${k}${name}(${a}, ${b})`;
      case 'clamp':
        return `adv_${k}min(adv_${k}max(${a}, ${b}), ${c})`;
      case 'abs':
        return ty === 'f32' ? `fabsf(${a})` : ty === 'i32' ? `adv_iabs(${a})` : a;
      case 'sign':
        return ty === 'f32' ? `adv_signf(${a})` : `((int32_t)((${a} > 0) - (${a} < 0)))`;
    }
    return MATH_C[name]?.(args);
  }

  /**
   * An index's top-level sum in size_t: each term is u32 and the generated kernels' indices never wrap, so the
   * sum is the same, and the C compiler can follow `row * T + t` as t steps (a u32 sum might wrap, so it cannot),
   * which is what lets it vectorize the token loops.
   */
  protected override index(e: Expr): string {
    const terms: Expr[] = [];
    const split = (x: Expr): void => {
      if (x.k === 'bin' && x.op === '+' && x.ty === 'u32') {
        split(x.a);
        split(x.b);
      } else terms.push(x);
    };
    split(e);
    return terms.length === 1 ? this.expr(e) : terms.map((x) => `(size_t)${this.expr(x)}`).join(' + ');
  }

  protected load(p: Place, index: string): string {
    return p.region ? `${p.array}_${p.region}[${index}]` : `${p.array}[${index}]`;
  }

  protected decl(mut: boolean, name: string, ty: ValueType, init: string | undefined): string {
    const t = C_TYPE[ty];
    if (!t) throw this.fail(`no C type for ${ty}`);
    return `${mut ? '' : 'const '}${t} ${name} = ${init ?? (ty === 'bool' ? 'false' : this.lit(ty as Scalar, 0))};`;
  }

  /** A fill of zeros as memset, one per base (a loop of u32-wrapping indices is not one the C compiler turns into memset). */
  protected override fill(s: Stmt & { k: 'fill' }, ind: string, out: string[]): void {
    // all-zero bits: 0 of u32, +0.0 of f32 (not -0.0)
    if (!(s.value.k === 'lit' && Object.is(s.value.v, 0))) return super.fill(s, ind, out);
    const zero = s.from.k === 'lit' && s.from.v === 0;
    const [from, to] = [this.expr(s.from), this.expr(s.to)];
    const count = zero ? to : `(${to} - ${from})`;
    const array = s.region ? `${s.array}_${s.region}` : s.array;
    const known = zero && s.to.k === 'lit'; // a constant count needs no test
    if (!known) out.push(`${ind}if (${to} > ${from}) {`);
    const at = known ? ind : `${ind}  `;
    for (const b of s.bases) out.push(`${at}memset(&${array}[${this.expr(zero ? b : add(b, s.from))}], 0, (size_t)${count} * sizeof *${array});`);
    if (!known) out.push(`${ind}}`);
  }

  /**
   * The kernels' arrays are locals read from the Run, so C's restrict on them tells GCC nothing: it vectorizes a
   * token loop behind a run-time overlap check, which a gather (an output's per-key value read at its token's
   * slot) cannot have. ivdep says the iterations are independent: KTAE's output loop vectorizes (3% of the kernel)
   */
  protected override independentLoop(): string[] {
    return ['#pragma GCC ivdep'];
  }

  protected localArray(name: string, length: number): string {
    return `float ${name}[${length}];`;
  }

  protected forHead(name: string, ty: Scalar, init: string, cond: string, next: Expr): string {
    return `for (${C_TYPE[ty]} ${name} = ${init}; ${cond}; ${name} = ${this.expr(next)})`;
  }
}
