// The C kernels of a CPU compilation apart from the Node addon's wrapper (cpuKernelsC): the contract a C library
// target builds on. The kernels compile without N-API, and with a host of their own run as the addon does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkSource, compileForCpu, cpuKernelsC, translateForCpu } from '../src/compiler/index.js';
import { cCompiler } from '../src/runtime/native.js';

test('the kernels and the N-API wrapper are the addon source, the wrapper apart', () => {
  const cpu = compileForCpu(checkSource({ name: 'ktae' }));
  const k = cpuKernelsC(cpu);
  expect(k.kernels + k.napi).toBe(translateForCpu(cpu, 'c').code);
  expect(k.kernels).not.toMatch(/napi/);
  expect(k.entryPoints).toEqual(cpu.plan.kernels.map((x) => x.entryPoint));
  expect(k.uniforms.map((f) => f.name)).toEqual(cpu.plan.uniforms.map((f) => f.name));
  expect(k.hashTable).toBe(true);
  expect(k.floatRegions.length).toBeGreaterThan(0);
});

// the second build makes every pthread_create fail (a header included first, after pthread.h's declarations): the
// calling thread then runs every group itself, without waiting at a barrier for threads that never started
const FAILING_CREATE = '#include <pthread.h>\n#define pthread_create(t, a, f, r) (-1)\n';
test.skipIf(!cCompiler()).each([
  ['', ''],
  [' when no thread can be started', FAILING_CREATE],
])('the kernels run under a host of their own, without Node%s', (_, prelude) => {
  const cpu = compileForCpu(checkSource({ name: 'grpo' }));
  const k = cpuKernelsC(cpu);
  // one group of two rollouts, T = 2: rewards 1 and 0 give advantages of about +-0.707 on the valid tokens
  const u = Object.fromEntries(cpu.plan.uniforms.map((f) => [f.name, 0]));
  Object.assign(u, { B: 2, T: 2, G: 1 });
  const init = (r: string) => (r === 'token_level_rewards' ? '{0, 1, 0, 0}' : '{0}');
  const host = [
    k.kernels,
    '#include <stdio.h>',
    'int main(void) {',
    ...k.floatRegions.map((r) => `  static float f_${r}[16] = ${init(r)};`),
    '  static int32_t i_responses[4] = {5, 6, 7, 8}, i_response_mask[4] = {1, 1, 1, 0}, i_index[2] = {0, 0};',
    '  static int32_t i_members[2] = {0, 1}, i_starts[2] = {0, 2};',
    '  static const int32_t order[1] = {0};',
    '  Run run;',
    '  memset(&run, 0, sizeof run);',
    ...k.uniforms.map((f) => `  run.U.${f.name} = ${f.name.startsWith('p_') ? cpu.plan.params.find((p) => `p_${p.name}` === f.name)!.default : u[f.name] ?? 0};`),
    ...k.floatRegions.map((r) => `  run.F_${r} = f_${r};`),
    ...k.intRegions.map((r) => `  run.I_${r} = i_${r};`),
    '  run.order = order;',
    '  run.groups = 1;',
    '  run.threads = 2;',
    '  adv_run_kernels(&run);',
    `  for (int t = 0; t < 4; t++) printf("%.6f\\n", run.F_${cpu.plan.outputs.find((o) => o.name === 'advantages')!.region}[t]);`,
    '  return 0;',
    '}',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'advc-ck-'));
  try {
    writeFileSync(join(dir, 'host.c'), host);
    writeFileSync(join(dir, 'prelude.h'), prelude);
    const cc = spawnSync(cCompiler()!.command, ['-O1', '-std=gnu11', '-pthread', '-include', join(dir, 'prelude.h'), '-o', join(dir, 'host'), join(dir, 'host.c'), '-lm'], { encoding: 'utf8' });
    expect(cc.stderr).toBe('');
    const out = spawnSync(join(dir, 'host'), { encoding: 'utf8', timeout: 20_000 }).stdout.trim().split('\n').map(Number);
    expect(out[0]).toBeCloseTo(0.7071, 3);
    expect(out[1]).toBeCloseTo(0.7071, 3);
    expect(out[2]).toBeCloseTo(-0.7071, 3);
    expect(Math.abs(out[3]!)).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
