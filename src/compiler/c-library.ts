// `advc compile --target c`: an estimator as a C library that needs neither Node nor a GPU. The kernels are the
// CPU backend's C (cpuKernelsC); around them this module writes the host layer the CPU runner has in
// TypeScript (runtime/cpu-runner.ts, plan/layout.ts, runtime/plan-runner.ts): input checks as `advc run` makes them, the group
// and keyed-table layout, region sizes, uniforms, scratch memory, and the threads. One exported function runs a
// batch; a run's state lives in its frame and in an optional caller-owned workspace, so calls from several
// threads at once are safe. The ABI is described in the generated header and in the README.
import type { PlanJson, RegionSize } from '../plan/format.js';
import { HOST_C } from './c-library-host.js';
import { foldRangeMessage } from './fold-limit.js';
import { inputField } from './input-fields.js';
import type { CKernels } from './render-c.js';

/** ABI version: bumped when a function's signature or an array's order changes. */
export const C_ABI_VERSION = 1;

/** Int regions the host computes from the batch; any other int region is a batch field. */
const HOST_INTS = new Set(['members', 'starts', 'kbase', 'vbase', 'korder']);

export interface CLibraryInput {
  name: string;
  dtype: 'int32' | 'float32';
  /** [B, T] (token) or [B] (rollout) */
  domain: 'token' | 'rollout';
  /** other names verl's batches give the field */
  aliases: readonly string[];
  /** the value of every element when the batch lacks the field (the caller passes a filled array) */
  fill?: number;
}

/** What the library reads and writes, in the ABI's array orders (also returned by advc_<name>_info()). */
export interface CLibraryInfo {
  abi: number;
  name: string;
  inputs: CLibraryInput[];
  params: PlanJson['params'];
  /** `same_as`: an earlier output with the same values (GRPO's returns are its advantages) */
  outputs: { name: string; domain: 'token' | 'rollout'; same_as?: string }[];
}

export interface CLibrary {
  info: CLibraryInfo;
  /** the whole library: kernels and host */
  c: string;
  h: string;
}

const SIZE_C: Record<RegionSize, string> = {
  'per-token': 'S_B * S_T',
  'per-rollout': 'S_B',
  'per-group': 'S_G',
  'group-bounds': '(S_G + 1u)',
  'table-slots': 'S_K',
  'table-rollout-bits': '(S_K * S_W)',
  'key-rows': 'S_V',
  'count-table': '(S_G * (S_N + 1u))',
  'count-table-2d': '(S_G * (S_N + 1u) * (S_N + 1u))',
  'group-bins': '(S_G * 256u)',
};

/** The inputs in ABI order: index first (every estimator groups by it), then the plan's fields. */
function inputsOf(plan: PlanJson): CLibraryInput[] {
  const names = ['index', ...plan.inputs.filter((n) => n !== 'index')];
  if (plan.hashRegions.length && !names.includes('response_mask')) names.push('response_mask'); // the key layout reads it
  return names.map((name) => {
    const region = [...plan.floatRegions, ...plan.intRegions].find((r) => r.name === name);
    const dtype = plan.floatRegions.some((r) => r.name === name) ? 'float32' : 'int32';
    const domain = name === 'index' || region?.size === 'per-rollout' ? 'rollout' : 'token';
    const fill = plan.fills?.[name];
    return { name, dtype, domain, aliases: inputField(name)?.aliases ?? [], ...(fill === undefined ? {} : { fill }) };
  });
}

export function libraryInfo(plan: PlanJson): CLibraryInfo {
  const first = new Map<string, string>();
  const outputs = plan.outputs.map((o) => {
    const same = first.get(o.region);
    if (!same) first.set(o.region, o.name);
    return { name: o.name, domain: o.domain, ...(same ? { same_as: same } : {}) };
  });
  return { abi: C_ABI_VERSION, name: plan.name, inputs: inputsOf(plan), params: plan.params, outputs };
}

/** The C library of a CPU compilation's plan and kernels (cpuKernelsC). */
export function cLibrary(plan: PlanJson, k: CKernels): CLibrary {
  const info = libraryInfo(plan);
  for (const r of plan.intRegions)
    if (!HOST_INTS.has(r.name) && !info.inputs.some((i) => i.name === r.name)) throw new Error(`C library: int region '${r.name}' has no source`);
  const c = [k.kernels, HOST_C, hostLayer(plan, k, info)].join('\n');
  return { info, c, h: header(info) };
}

const cString = (s: string) => JSON.stringify(s);

function hostLayer(plan: PlanJson, k: CKernels, info: CLibraryInfo): string {
  const n = plan.name;
  const keyed = plan.hashRegions.length > 0;
  const inputIdx = new Map(info.inputs.map((x, i) => [x.name, i]));
  const outRegions = [...new Set(plan.outputs.map((o) => o.region))];
  const scratch = plan.floatRegions.filter((r) => !inputIdx.has(r.name));
  // workspace buffers: host arrays first, then H, then the float regions no input fills
  const HOST = ['group_of', 'members', 'starts', 'table', 'kbase', 'vbase', 'row_end', 'korder', 'order', 'keys'];
  const bufH = HOST.length;
  const bufF = (r: string) => bufH + 1 + scratch.findIndex((s) => s.name === r);
  const nbuf = bufH + 1 + scratch.length;
  const nh = plan.hashRegions.length;
  const L: string[] = [];
  const add = (...s: string[]) => L.push(...s);

  add(
    `struct advc_${n}_workspace {`,
    `  int busy;`,
    `  advh_buf buf[${nbuf}];`,
    `};`,
    `typedef struct advc_${n}_workspace advc_${n}_workspace;`,
    ``,
    `static const char ADVC_INFO[] = ${cString(JSON.stringify(info))};`,
    `__attribute__((visibility("default"))) const char *advc_${n}_info(void) { return ADVC_INFO; }`,
    ``,
    `__attribute__((visibility("default"))) void advc_${n}_defaults(double *params) {`,
    ...plan.params.map((p, i) => `  params[${i}] = ${p.default};`),
    `  (void)params;`,
    `}`,
    ``,
    `__attribute__((visibility("default"))) advc_${n}_workspace *advc_${n}_workspace_new(void) { return calloc(1, sizeof(advc_${n}_workspace)); }`,
    ``,
    `__attribute__((visibility("default"))) void advc_${n}_workspace_free(advc_${n}_workspace *ws) {`,
    `  if (!ws) return;`,
    `  advh_release(ws->buf, ${nbuf});`,
    `  free(ws);`,
    `}`,
    ``,
    `static int advc_run_in(advc_${n}_workspace *ws, uint64_t S_B, uint64_t S_T, const void *const *in, const double *p, float *const *out, uint32_t threads, char *error, size_t esize) {`,
    `  advh_buf *buf = ws->buf;`,
    `  const int32_t *index = in[0];`,
    `  int32_t *group_of = advh_get(&buf[0], S_B * sizeof(int32_t));`,
    `  int32_t *members = advh_get(&buf[1], S_B * sizeof(int32_t));`,
    `  int32_t *starts = advh_get(&buf[2], (S_B + 1u) * sizeof(int32_t));`,
    `  uint32_t cap = 2u;`,
    `  while (cap < 2u * S_B) cap *= 2u;`,
    `  int32_t *table = advh_get(&buf[3], 2u * (size_t)cap * sizeof(int32_t));`,
    `  int32_t *order = advh_get(&buf[8], S_B * sizeof(int32_t));`,
    `  if (!group_of || !members || !starts || !table || !order) return advh_fail(error, esize, ADVC_ERR_MEMORY, "out of memory laying out the batch");`,
    `  const uint64_t S_G = advh_group_rows(index, (uint32_t)S_B, group_of, members, starts, table, cap);`,
    `  uint64_t S_N = 0;`,
    `  for (uint32_t g = 0; g < S_G; g++) if ((uint64_t)(starts[g + 1u] - starts[g]) > S_N) S_N = (uint64_t)(starts[g + 1u] - starts[g]);`,
    `  const uint64_t S_W = (S_N + 31u) / 32u;`,
    `  uint64_t S_K = 0, S_V = 0;`,
    `  int32_t *kbase = NULL, *vbase = NULL, *korder = NULL;`,
  );
  if (keyed) {
    const mask = `(const int32_t *)in[${inputIdx.get('response_mask')}]`;
    add(
      `  kbase = advh_get(&buf[4], (S_G + 1u) * sizeof(int32_t));`,
      `  vbase = advh_get(&buf[5], (S_G + 1u) * sizeof(int32_t));`,
      `  int32_t *row_end = advh_get(&buf[6], S_B * sizeof(int32_t));`,
      `  korder = advh_get(&buf[7], S_B * sizeof(int32_t));`,
      `  int64_t *keys = advh_get(&buf[9], S_B * sizeof(int64_t));`,
      `  if (!kbase || !vbase || !row_end || !korder || !keys) return advh_fail(error, esize, ADVC_ERR_MEMORY, "out of memory laying out the keyed tables");`,
      `  if (advh_key_layout((uint32_t)S_G, members, starts, ${mask}, (uint32_t)S_T, kbase, vbase, row_end) < 0) return advh_fail(error, esize, ADVC_ERR_INPUT, "the batch is too large: its keyed tables need more than 2^31 slots");`,
      `  S_K = (uint64_t)kbase[S_G];`,
      `  S_V = (uint64_t)vbase[S_G];`,
      `  advh_by_work((uint32_t)S_G, vbase, keys, order);`,
      plan.intRegions.some((r) => r.name === 'korder') ? `  advh_rows_by_length((uint32_t)S_G, members, starts, row_end, keys, korder);` : '',
    );
  } else add(`  for (uint32_t g = 0; g < S_G; g++) order[g] = (int32_t)g;`);
  add(
    `  (void)kbase; (void)vbase; (void)korder;`,
    // every region is indexed with u32 in the kernels
    ...[...new Set([...plan.floatRegions, ...plan.intRegions].map((r) => SIZE_C[r.size]))].map(
      (size) => `  if (${size} > UINT32_MAX) return advh_fail(error, esize, ADVC_ERR_INPUT, "the batch is too large: a region of ${size.replace(/S_/g, '')} values needs more than 2^32");`,
    ),
    `  Run run;`,
    `  memset(&run, 0, sizeof run);`,
  );
  // keyed tables: one arena, regions in plan order; zero what starts empty
  if (keyed) {
    add(`  uint64_t hoff[${nh + 1}], at = 0;`);
    plan.hashRegions.forEach((r, i) => add(`  hoff[${i}] = at; at += ${SIZE_C[r.size]};`));
    add(
      `  hoff[${nh}] = at;`,
      `  if (at > UINT32_MAX) return advh_fail(error, esize, ADVC_ERR_INPUT, "the batch is too large: its keyed tables need more than 2^32 words");`,
      `  uint32_t *H = advh_get(&buf[${bufH}], at * sizeof(uint32_t));`,
      `  if (!H) return advh_fail(error, esize, ADVC_ERR_MEMORY, "out of memory for the keyed tables");`,
      ...plan.hashRegions.flatMap((r, i) => (r.clear ? [`  memset(H + hoff[${i}], 0, (hoff[${i + 1}] - hoff[${i}]) * sizeof(uint32_t));`] : [])),
      `  run.H = H;`,
    );
  }
  // float regions: inputs in place, outputs where the caller wants them, the rest in the workspace
  for (const r of plan.floatRegions) {
    const len = `(size_t)${SIZE_C[r.size]}`;
    if (inputIdx.has(r.name)) add(`  run.F_${r.name} = (float *)in[${inputIdx.get(r.name)}];`);
    else {
      const outs = plan.outputs.map((o, i) => ({ o, i })).filter(({ o }) => o.region === r.name);
      // the first output array the caller gave for this value, if any
      add(
        `  run.F_${r.name} = ${outs.map(({ i }) => `out[${i}] ? out[${i}] : `).join('')}NULL;`,
        `  if (!run.F_${r.name} && !(run.F_${r.name} = advh_get(&buf[${bufF(r.name)}], ${len} * sizeof(float)))) return advh_fail(error, esize, ADVC_ERR_MEMORY, "out of memory for region ${r.name}");`,
      );
    }
  }
  const hostInt: Record<string, string> = { members: 'members', starts: 'starts', kbase: 'kbase', vbase: 'vbase', korder: 'korder' };
  for (const r of plan.intRegions) add(`  run.I_${r.name} = ${hostInt[r.name] ?? `(int32_t *)in[${inputIdx.get(r.name)}]`};`);
  const C_TY = { f32: 'float', i32: 'int32_t', u32: 'uint32_t' } as const;
  for (const u of k.uniforms) {
    const f = plan.uniforms.find((x) => x.name === u.name);
    if (!f) throw new Error(`C library: the kernels' uniform '${u.name}' is not in the plan`);
    const s = f.source;
    const v =
      s.kind === 'size'
        ? `S_${s.of}`
        : s.kind === 'offset'
          ? s.arena === 'u32'
            ? `hoff[${plan.hashRegions.findIndex((r) => r.name === s.region)}]`
            : '0' // float and int regions are arrays of their own
          : `p[${plan.params.findIndex((p) => p.name === s.name)}]`;
    add(`  run.U.${u.name} = (${C_TY[u.type]})${v};`);
  }
  add(
    `  run.order = order;`,
    `  run.groups = S_G;`,
    `  /* small batches run on the calling thread alone: starting threads would cost more (as the CPU runner) */`,
    `  run.threads = S_B * S_T >= 65536u && S_G > 1u ? (threads < S_G ? threads : (uint32_t)S_G) : 1u;`,
    plan.folds ? `  memset(run.F_${plan.folds.region}, 0, (size_t)S_G * sizeof(float)); /* a kernel writes its group's slot only for a fold out of range */` : '',
    `  adv_run_kernels(&run);`,
  );
  // the first fold whose range was too long (the largest slot: fold-limit.ts), worded as every runner words it
  if (plan.folds)
    add(
      `  {`,
      `    static const char *const fold_at[] = { ${plan.folds.at.map(cString).join(', ')} };`,
      `    float worst = 0.0f;`,
      `    for (uint64_t g = 0; g < S_G; g++) if (run.F_${plan.folds.region}[g] > worst) worst = run.F_${plan.folds.region}[g];`,
      `    if (worst > 0.0f) return advh_fail(error, esize, ADVC_ERR_INPUT, ${cString(foldRangeMessage('%s'))}, fold_at[${plan.folds.at.length} - (int)worst]);`,
      `  }`,
    );
  // outputs that share a value: the caller's other arrays get a copy
  for (const region of outRegions) {
    const outs = plan.outputs.map((o, i) => ({ o, i })).filter(({ o }) => o.region === region);
    const len = outs[0]!.o.domain === 'token' ? '(size_t)S_B * S_T' : '(size_t)S_B';
    for (const { i } of outs) add(`  if (out[${i}] && out[${i}] != run.F_${region}) memcpy(out[${i}], run.F_${region}, ${len} * sizeof(float));`);
  }
  add(`  return ADVC_OK;`, `}`, ``);

  // the exported entry: argument checks, then the run in the caller's or a call-local workspace
  add(
    `__attribute__((visibility("default"))) int advc_${n}_run(int32_t B, int32_t T, const void *const *inputs, const double *params, float *const *outputs, int32_t threads, advc_${n}_workspace *ws, char *error, size_t error_size) {`,
    `  if (error && error_size) error[0] = 0;`,
    `  if (B < 1 || T < 1) return advh_fail(error, error_size, ADVC_ERR_INPUT, "empty batch: B=%d, T=%d (both must be at least 1)", (int)B, (int)T);`,
    `  if ((int64_t)B * T > INT32_MAX) return advh_fail(error, error_size, ADVC_ERR_INPUT, "the batch is too large: B x T = %lld tokens, at most 2^31 - 1", (long long)B * T);`,
    `  if (!inputs || !outputs) return advh_fail(error, error_size, ADVC_ERR_INPUT, "inputs and outputs must not be NULL");`,
    `  const size_t BT = (size_t)B * (size_t)T;`,
    `  (void)BT;`,
  );
  info.inputs.forEach((x, i) => {
    add(`  if (!inputs[${i}]) return advh_fail(error, error_size, ADVC_ERR_INPUT, "the batch has no field '${x.name}', which ${n} reads");`);
    const len = x.domain === 'token' ? 'BT' : '(size_t)B';
    const cols = x.domain === 'token' ? '(uint32_t)T' : '1u';
    if (inputField(x.name)?.mask) add(`  { int rc = advh_check_mask(inputs[${i}], ${len}, ${cols}, "${x.name}", error, error_size); if (rc) return rc; }`);
    if (inputField(x.name)?.finite) add(`  { int rc = advh_check_finite(inputs[${i}], ${len}, ${cols}, "${x.name}", error, error_size); if (rc) return rc; }`);
  });
  add(`  double p[${Math.max(1, plan.params.length)}];`, `  advc_${n}_defaults(p);`);
  plan.params.forEach((q, i) => {
    const what = `parameter '${q.name}' of ${n}`;
    add(`  if (params) p[${i}] = params[${i}];`);
    if (q.type === 'f32' || q.type === 'i32')
      add(`  { int rc = advh_check_param(p[${i}], '${q.type[0]}', "${what}", error, error_size); if (rc) return rc; }`);
    else add(`  if (p[${i}] != 0.0 && p[${i}] != 1.0) return advh_fail(error, error_size, ADVC_ERR_PARAM, "${what} is a bool: 0 or 1, got %g", p[${i}]);`);
  });
  add(
    `  advc_${n}_workspace local;`,
    `  if (ws) {`,
    `    if (__atomic_exchange_n(&ws->busy, 1, __ATOMIC_ACQUIRE)) return advh_fail(error, error_size, ADVC_ERR_BUSY, "this workspace is in use by another call: give each thread its own");`,
    `  } else {`,
    `    memset(&local, 0, sizeof local);`,
    `  }`,
    `  advc_${n}_workspace *w = ws ? ws : &local;`,
    `  const int rc = advc_run_in(w, (uint32_t)B, (uint32_t)T, inputs, p, outputs, advh_threads(threads), error, error_size);`,
    `  if (ws) __atomic_store_n(&ws->busy, 0, __ATOMIC_RELEASE);`,
    `  else advh_release(local.buf, ${nbuf});`,
    `  return rc;`,
    `}`,
    ``,
  );
  return L.filter((l) => l !== '').join('\n');
}

function header(info: CLibraryInfo): string {
  const n = info.name;
  const N = n.toUpperCase();
  const shape = (d: 'token' | 'rollout') => (d === 'token' ? '[B * T], row-major' : '[B]');
  return [
    `/* advc estimator '${n}' as a C library (ABI ${info.abi}); generated by \`advc compile ${n} --target c\`. */`,
    `#ifndef ADVC_${N}_H`,
    `#define ADVC_${N}_H`,
    `#include <stddef.h>`,
    `#include <stdint.h>`,
    `#ifdef __cplusplus`,
    `extern "C" {`,
    `#endif`,
    ``,
    `/* return codes of advc_${n}_run (the message says what and where) */`,
    `#ifndef ADVC_OK`,
    `#define ADVC_OK 0          /* outputs written */`,
    `#define ADVC_ERR_INPUT 1   /* a missing field, a mask value other than 0/1, a non-finite reward, B or T < 1, too large */`,
    `#define ADVC_ERR_PARAM 2   /* a parameter out of its type (not finite, not an integer, not 0/1) */`,
    `#define ADVC_ERR_MEMORY 3  /* out of memory */`,
    `#define ADVC_ERR_BUSY 4    /* the workspace is in use by another call */`,
    `#endif`,
    ``,
    `/* inputs[]: one pointer per field, in this order (rows b = 0..B-1; token fields [b * T + t]) */`,
    `#define ADVC_${N}_NUM_INPUTS ${info.inputs.length}`,
    ...info.inputs.map((x, i) => `#define ADVC_${N}_IN_${x.name.toUpperCase()} ${i} /* const ${x.dtype === 'int32' ? 'int32_t' : 'float'} ${shape(x.domain)}${x.name === 'index' ? ': group ids (any int32 values; equal ids = one group)' : ''} */`),
    ``,
    `/* params[]: doubles in this order (NULL: all defaults); bools are 0 or 1 */`,
    `#define ADVC_${N}_NUM_PARAMS ${info.params.length}`,
    ...info.params.map((p, i) => `#define ADVC_${N}_PARAM_${p.name.toUpperCase()} ${i} /* ${p.type}, default ${p.default} */`),
    ``,
    `/* outputs[]: float arrays the caller owns, in this order; NULL: not wanted. They must not overlap the inputs or`,
    ` * one another (outputs of the same values may be one pointer). */`,
    `#define ADVC_${N}_NUM_OUTPUTS ${info.outputs.length}`,
    ...info.outputs.map((o, i) => `#define ADVC_${N}_OUT_${o.name.toUpperCase()} ${i} /* float ${shape(o.domain)}${o.same_as ? `; the same values as ${o.same_as} (may be the same pointer)` : ''} */`),
    ``,
    `/* Scratch memory reused from call to call. One call at a time per workspace (else ADVC_ERR_BUSY). */`,
    `typedef struct advc_${n}_workspace advc_${n}_workspace;`,
    `advc_${n}_workspace *advc_${n}_workspace_new(void);`,
    `void advc_${n}_workspace_free(advc_${n}_workspace *ws);`,
    ``,
    `/*`,
    ` * Runs the estimator on a batch of B rollouts of T tokens. threads: threads to use (0: every online core;`,
    ` * small batches use one). ws: a workspace, or NULL to allocate for this call alone. error: receives a one-line`,
    ` * message (error_size bytes, may be NULL) when the result is not ADVC_OK. Reentrant and thread-safe: calls`,
    ` * from several threads at once are independent (each with its own workspace, or NULL). Never aborts.`,
    ` */`,
    `int advc_${n}_run(int32_t B, int32_t T, const void *const *inputs, const double *params, float *const *outputs,`,
    `    int32_t threads, advc_${n}_workspace *ws, char *error, size_t error_size);`,
    ``,
    `/* the parameters' defaults, in params[] order */`,
    `void advc_${n}_defaults(double *params);`,
    `/* inputs, params and outputs as JSON: {"abi", "name", "inputs": [{name, dtype, domain}], "params", "outputs"} */`,
    `const char *advc_${n}_info(void);`,
    ``,
    `#ifdef __cplusplus`,
    `}`,
    `#endif`,
    `#endif`,
    ``,
  ].join('\n');
}
