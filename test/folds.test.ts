// Folds on every executor. The run-time limit on a fold's range (src/compiler/fold-limit.ts): a fold whose
// data-dependent range holds more than MAX_FOLD_VALUES values is refused with one message naming its source
// position, by the interpreter and by every executor: the CPU backend's JavaScript and native C, WebGPU in both
// schedules, the module `advc compile` generates and `advc run` (exit 1); the C library and Python through it:
// python/tests/test_load.py. And a fold whose body uses an enclosing fold's variable is computed inside it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileCommand } from '../src/cli/compile.js';
import { FoldRangeError, MAX_FOLD_VALUES } from '../src/compiler/fold-limit.js';
import { checkSource, compileChecked } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch } from '../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../src/runtime/executor.js';
import { errLines, runAdvc } from './helpers/cli.js';
import { batchToJson } from './helpers/random-batch.js';

// two folds: the first always in range, the second over 0..score * 10^6 (the message names the second)
const SOURCE = [
  'estimator long_fold() {',
  '  let n = int(sum(token_level_rewards) * 1000000.0)',
  '  let small = sum j in 0..3: float(j)',
  '  let big = sum k in 0..n: 1.0',
  '  advantages = (small + big) * response_mask',
  '}',
  '',
].join('\n');
const message = (file: string) => `${file}:4:13: this fold's range holds more than 1048576 values at run time (the limit on a fold; see docs/language.md)`;

/** Four rollouts of three tokens; the third's reward is `third` (its fold runs over 0..third * 10^6). */
function batchWith(third: number): Batch {
  const B = 4;
  const T = 3;
  const rewards = Float32Array.from({ length: B * T }, (_, i) => (i % T === T - 1 ? (i === 2 * T + T - 1 ? third : 0.0001) : 0));
  return { B, T, responses: new Int32Array(B * T), response_mask: new Int32Array(B * T).fill(1), token_level_rewards: rewards, index: Int32Array.from([0, 0, 1, 1]) };
}
const fine = batchWith(0.0002); // ranges of 101 and 201 values
const tooLong = batchWith(2); // 2,000,001 values

const checked = checkSource({ source: SOURCE, file: 'long.adv' });
let gpu: Gpu;
const dir = mkdtempSync(join(tmpdir(), 'advc-fold-'));
beforeAll(async () => {
  gpu = await getGpu();
});
afterAll(async () => {
  await releaseGpu();
  rmSync(dir, { recursive: true, force: true });
});

describe('a fold over more than MAX_FOLD_VALUES values', () => {
  test('the limit is 2^20 values; in range, every fold runs', () => {
    expect(MAX_FOLD_VALUES).toBe(1048576);
    expect(Array.from(interpret(checked.program, fine, {}).advantages)).toEqual([107, 107, 107, 107, 107, 107, 207, 207, 207, 107, 107, 107]);
  });

  test('the interpreter refuses it', () => {
    expect(() => interpret(checked.program, tooLong, {})).toThrow(new FoldRangeError(message('long.adv')));
  });

  test.each(['js', 'native'] as const)('the CPU backend (%s) refuses it, and runs the batch in range', async (engine) => {
    const cpu = CpuEstimator.create(checked, { engine, threads: 1 });
    try {
      await expect(cpu.run(tooLong, {})).rejects.toThrow(new FoldRangeError(message('long.adv')));
      expect(Array.from((await cpu.run(fine, {})).advantages)).toEqual(Array.from(interpret(checked.program, fine, {}).advantages));
    } finally {
      cpu.destroy();
    }
  });

  test.each(['serial', 'cooperative'] as const)('WebGPU (%s) refuses it, and runs the batch in range', async (mode) => {
    const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      await expect(est.run(tooLong, {})).rejects.toThrow(new FoldRangeError(message('long.adv')));
      // the slots are zeroed again before the next run
      expect(Array.from((await est.run(fine, {})).advantages)).toEqual(Array.from(interpret(checked.program, fine, {}).advantages));
    } finally {
      est.destroy();
    }
  });

  test('the generated module refuses it', async () => {
    const file = join(dir, 'long.adv');
    writeFileSync(file, SOURCE);
    await compileCommand(file, join(dir, 'module'));
    const mod = (await import(pathToFileURL(join(dir, 'module', 'long_fold.js')).href)) as { create(device: GPUDevice): Promise<{ run(b: Batch): Promise<Record<string, Float32Array>>; destroy(): void }> };
    const est = await mod.create(gpu.device);
    try {
      await expect(est.run(tooLong)).rejects.toThrow(message(file));
      expect(Array.from((await est.run(fine)).advantages)).toEqual(Array.from(interpret(checked.program, fine, {}).advantages));
    } finally {
      est.destroy();
    }
  });

  test.each(['cpu', 'webgpu'])('advc run --backend %s: one line, exit 1, nothing written', async (backend) => {
    const file = join(dir, 'long.adv');
    writeFileSync(file, SOURCE);
    writeFileSync(join(dir, 'long.json'), batchToJson(tooLong));
    const r = await runAdvc(dir, 'run', file, '--batch', join(dir, 'long.json'), '--out', join(dir, `out-${backend}.json`), '--backend', backend);
    expect(r.code).toBe(1);
    expect(errLines(r)).toEqual([`advc: error: ${message(file)}`]);
    expect(existsSync(join(dir, `out-${backend}.json`))).toBe(false);
  });
});

describe('a fold inside a fold', () => {
  // the middle fold's bounds are constants but its body reads `a`: its value changes with the outer fold's
  // variable, so it must not be hoisted out of the outer loop (nor the interpreter evaluate it outside)
  const nested = checkSource({ source: 'estimator nested() {\n  advantages = (sum a in 0..2: (sum b in 0..1: (sum c in 0..a: 1.0))) * response_mask\n}\n', file: 'nested.adv' });
  const want = Array.from(fine.response_mask, (m) => 12 * m); // 2 x (1 + 2 + 3)

  test('the interpreter', () => {
    expect(Array.from(interpret(nested.program, fine, {}).advantages)).toEqual(want);
  });

  test.each(['js', 'native'] as const)('the CPU backend (%s)', async (engine) => {
    const cpu = CpuEstimator.create(nested, { engine, threads: 1 });
    try {
      expect(Array.from((await cpu.run(fine, {})).advantages)).toEqual(want);
    } finally {
      cpu.destroy();
    }
  });

  test.each(['serial', 'cooperative'] as const)('WebGPU (%s)', async (mode) => {
    const est = await GpuEstimator.create(gpu, compileChecked(nested, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
    try {
      expect(Array.from((await est.run(fine, {})).advantages)).toEqual(want);
    } finally {
      est.destroy();
    }
  });
});
