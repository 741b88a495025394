// `advc compile --target c`: the C library, called from a C program through its header (no Node at run time),
// gives the CPU backend's bits for every stdlib estimator, on one thread and on several, and answers bad input
// with an error code and a message.
import { spawnSync } from 'node:child_process';
import { withDeclaredFields } from './helpers/random-batch.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateBatch } from '../src/bench/generate.js';
import { cLibrary, type CLibraryInfo } from '../src/compiler/c-library.js';
import { valueRangeProblem } from '../src/compiler/value-range.js';
import { checkSource, compileForCpu, cpuKernelsC, stdlibEstimators } from '../src/compiler/index.js';
import type { Batch } from '../src/runtime/batch.js';
import { writeCLibrary } from '../src/runtime/c-library-build.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { cCompiler } from '../src/runtime/native.js';
import { Rng } from '../src/rng.js';
import { runAdvc } from './helpers/cli.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'advc-clib-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A C program over one library's header: reads B, T, threads, the inputs and the parameters from files, runs
 * the estimator (optionally after spoiling one input: argv[2]), writes every output as B x T floats.
 */
function harness(name: string): string {
  const N = name.toUpperCase();
  return `#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "${name}.h"
static void *slurp(const char *dir, const char *file, size_t *n) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  void *p = malloc(*n + 8);
  if (fread(p, 1, *n, f) != *n) return NULL;
  fclose(f);
  return p;
}
int main(int argc, char **argv) {
  const char *dir = argv[1], *spoil = argc > 2 ? argv[2] : "";
  size_t n;
  int32_t *shape = slurp(dir, "shape.bin", &n);
  int32_t B = shape[0], T = shape[1], threads = shape[2];
  void *in[ADVC_${N}_NUM_INPUTS];
  for (int k = 0; k < ADVC_${N}_NUM_INPUTS; k++) {
    char file[64];
    snprintf(file, sizeof file, "in%d.bin", k);
    in[k] = slurp(dir, file, &n);
  }
  double *params = slurp(dir, "params.bin", &n);
  float *out[ADVC_${N}_NUM_OUTPUTS];
  for (int k = 0; k < ADVC_${N}_NUM_OUTPUTS; k++) out[k] = malloc((size_t)B * T * sizeof(float));
  advc_${name}_workspace *ws = advc_${name}_workspace_new();
#ifdef ADVC_${N}_IN_RESPONSE_MASK
  if (!strcmp(spoil, "mask")) ((int32_t *)in[ADVC_${N}_IN_RESPONSE_MASK])[T + 2] = 2;
#endif
#ifdef ADVC_${N}_IN_TOKEN_LEVEL_REWARDS
  if (!strcmp(spoil, "nan")) ((float *)in[ADVC_${N}_IN_TOKEN_LEVEL_REWARDS])[3] = NAN;
#endif
#ifdef ADVC_${N}_IN_RESPONSES
  if (!strcmp(spoil, "null")) in[ADVC_${N}_IN_RESPONSES] = NULL;
#endif
  if (!strcmp(spoil, "empty")) B = 0;
#ifdef ADVC_${N}_PARAM_ZERO_TOKEN_ID
  if (!strcmp(spoil, "param")) params[ADVC_${N}_PARAM_ZERO_TOKEN_ID] = 0.5;
#endif
  char error[256];
  /* twice through one workspace: the second call reuses its memory and must give the same bits */
  int rc = advc_${name}_run(B, T, (const void *const *)in, params, out, threads, ws, error, sizeof error);
  if (!rc) rc = advc_${name}_run(B, T, (const void *const *)in, params, out, threads, ws, error, sizeof error);
  advc_${name}_workspace_free(ws);
  if (rc) {
    printf("%d %s\\n", rc, error);
    return 0;
  }
  for (int k = 0; k < ADVC_${N}_NUM_OUTPUTS; k++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/out%d.bin", dir, k);
    FILE *f = fopen(path, "wb");
    fwrite(out[k], sizeof(float), (size_t)B * T, f);
    fclose(f);
  }
  printf("ok\\n");
  return 0;
}
`;
}

/** Builds the library and its harness in a fresh folder. */
function build(name: string): { dir: string; info: CLibraryInfo; exe: string } {
  const cpu = compileForCpu(checkSource({ name }));
  const lib = cLibrary(cpu.plan, cpuKernelsC(cpu));
  const dir = tmp();
  writeCLibrary(lib, dir);
  writeFileSync(join(dir, 'main.c'), harness(name));
  const exe = join(dir, 'main');
  const cc = spawnSync(cCompiler()!.command, ['-O1', '-o', exe, join(dir, 'main.c'), `-I${dir}`, `-L${dir}`, `-l${name}`, `-Wl,-rpath,${dir}`, '-lm'], { encoding: 'utf8' });
  expect(cc.stderr).toBe('');
  return { dir, info: lib.info, exe };
}

/** Runs the harness on a batch; the outputs by name, or the error line. */
function call(lib: ReturnType<typeof build>, batch: Batch, threads: number, params: Record<string, number> = {}, spoil = ''): Record<string, Float32Array> | string {
  const { B, T } = batch;
  writeFileSync(join(lib.dir, 'shape.bin'), new Int32Array([B, T, threads]));
  lib.info.inputs.forEach((x, k) => writeFileSync(join(lib.dir, `in${k}.bin`), (batch as unknown as Record<string, Int32Array | Float32Array>)[x.name]!));
  writeFileSync(join(lib.dir, 'params.bin'), Float64Array.from(lib.info.params, (p) => params[p.name] ?? p.default));
  const r = spawnSync(lib.exe, [lib.dir, spoil], { encoding: 'utf8' });
  if (r.stdout.trim() !== 'ok') return r.stdout.trim() || r.stderr;
  const out: Record<string, Float32Array> = {};
  lib.info.outputs.forEach((o, k) => {
    const all = new Float32Array(new Uint8Array(readFileSync(join(lib.dir, `out${k}.bin`))).buffer);
    out[o.name] = all.subarray(0, o.domain === 'token' ? B * T : B);
  });
  return out;
}

/** A generated batch with uneven groups (one of a single rollout) and every optional field. */
function batchOf(groups: number, groupSize: number, T: number): Batch {
  const b = generateBatch({ name: 'c', groups, groupSize, maxLen: T, targetTokens: Math.floor(groups * groupSize * T * 0.6) }, { seed: 7 });
  b.index[0] = 1000; // a group of one
  b.index[1] = b.index[2]!; // and one larger than the rest
  const rng = new Rng(3);
  const tokens = () => Float32Array.from({ length: b.B * b.T }, () => rng.uniform(-0.5, 0.5));
  return { ...b, values: tokens(), old_log_probs: tokens(), ref_log_probs: tokens(), entropy: tokens(), sum_pi_squared: tokens(), rollout_is_weights: tokens(), reward_baselines: Float32Array.from({ length: b.B }, () => rng.uniform(0, 1)) };
}

const sameBits = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe.skipIf(!cCompiler())('C library', () => {
  test('every stdlib estimator gives the CPU backend bits', async () => {
    for (const name of stdlibEstimators()) {
      const lib = build(name);
      const checked = checkSource({ name });
      const batch = withDeclaredFields(batchOf(6, 4, 20), checked.program.declaredInputs ?? [], 1);
      const want = await CpuEstimator.create(checked, { engine: 'native' }).run(batch);
      const got = call(lib, batch, 2);
      expect(typeof got, `${name}: ${String(got)}`).toBe('object');
      for (const o of lib.info.outputs) expect(sameBits((got as Record<string, Float32Array>)[o.name]!, want[o.name]!), `${name}.${o.name}`).toBe(true);
    }
  }, 300_000);

  test('KTAE on several threads (a batch above the one-thread size) gives the same bits', async () => {
    const lib = build('ktae');
    const batch = batchOf(16, 8, 600);
    const params = { alpha: 0.5, zero_token_id: 7 };
    const want = await CpuEstimator.create(checkSource({ name: 'ktae' }), { engine: 'native', threads: 1 }).run(batch, params);
    for (const threads of [1, 3]) {
      const got = call(lib, batch, threads, params) as Record<string, Float32Array>;
      expect(sameBits(got['advantages']!, want['advantages']!)).toBe(true);
      expect(sameBits(got['key_values']!, want['key_values']!)).toBe(true);
    }
  });

  test('bad input is an error code and a message, not a crash', () => {
    const lib = build('ktae');
    const batch = batchOf(3, 4, 40);
    expect(call(lib, batch, 1, {}, 'mask')).toBe('1 field `response_mask` must hold only 0 or 1; got 2 at row 1, col 2');
    expect(call(lib, batch, 1, {}, 'nan')).toBe('1 field `token_level_rewards` has a non-finite value nan at row 0, col 3');
    expect(call(lib, batch, 1, {}, 'null')).toBe("1 the batch has no field 'responses', which ktae reads");
    expect(call(lib, batch, 1, {}, 'empty')).toBe('1 empty batch: B=0, T=40 (both must be at least 1)');
    expect(call(lib, batch, 1, {}, 'param')).toBe("2 parameter 'zero_token_id' of ktae is an int: '0.5' is not a whole number");
    // the range check and wording of value-range.ts (numbers as C's %g prints them)
    for (const [name, v, shown] of [
      ['zero_token_id', 3e9, '3e+09'],
      ['alpha', -1e40, '-1e+40'],
      ['alpha', 2 ** 128 - 2 ** 103, '3.40282e+38'],
      ['alpha', NaN, 'nan'],
    ] as const)
      expect(call(lib, batch, 1, { [name]: v }), name).toBe(`2 parameter '${name}' of ktae ${valueRangeProblem(name === 'alpha' ? 'f32' : 'i32', v, shown)}`);
    expect(typeof call(lib, batch, 1, { alpha: 2 ** 128 - 2 ** 104 })).toBe('object'); // float32's largest value: outputs
  });

  test('advc compile --target c writes the library; the header documents the arrays', async () => {
    const dir = tmp();
    const r = await runAdvc(dir, 'compile', 'grpo', '--target', 'c', '--out', 'lib');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['lib/grpo.c', 'lib/grpo.h', 'lib/libgrpo.so']);
    const h = readFileSync(join(dir, 'lib', 'grpo.h'), 'utf8');
    expect(h).toMatch(/#define ADVC_GRPO_IN_INDEX 0/);
    expect(h).toMatch(/#define ADVC_GRPO_PARAM_NORM_ADV_BY_STD_IN_GRPO 1 \/\* bool, default 1 \*\//);
    expect(h).toMatch(/#define ADVC_GRPO_OUT_RETURNS 1 \/\* float \[B \* T\], row-major; the same values as advantages/);
    const bad = await runAdvc(dir, 'compile', 'grpo', '--target', 'metal', '--out', 'lib');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--target/);
  });
});
