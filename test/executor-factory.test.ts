// The one executor factory: each estimator compiled once, for where it runs; ADVC_SCHEDULE read in one place;
// the outputs a trainer or benchmark need selected before the one optimization.
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import * as compiler from '../src/compiler/index.js';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { CompileError } from '../src/compiler/diagnostics.js';
import { standaloneCodegen } from '../src/cli/load.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { codegenFor, createEstimator, forcedSchedule } from '../src/runtime/executor.js';

vi.mock('../src/compiler/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/compiler/index.js')>();
  return { ...original, compileChecked: vi.fn(original.compileChecked) };
});

afterAll(releaseGpu);
const saved = process.env['ADVC_SCHEDULE'];
afterEach(() => {
  if (saved === undefined) delete process.env['ADVC_SCHEDULE'];
  else process.env['ADVC_SCHEDULE'] = saved;
});

test('a WebGPU executor is compiled for the device it runs on', async () => {
  delete process.env['ADVC_SCHEDULE'];
  const gpu = await getGpu();
  const checked = checkEstimatorArg('grpo');
  const compile = vi.mocked(compiler.compileChecked);
  compile.mockClear();
  const est = await createEstimator(checked, 'webgpu', getGpu);
  expect(est.backend).toBe('webgpu');
  expect(est.compiled.codegen).toEqual(codegenFor(gpu));
  // once, for the device's schedule (not for the default and then again for the device)
  expect(compile).toHaveBeenCalledTimes(1);
  est.destroy();
});

test('ADVC_SCHEDULE forces the schedule of device executors and of compile/explain alike', async () => {
  const gpu = await getGpu();
  process.env['ADVC_SCHEDULE'] = 'cooperative';
  expect(forcedSchedule()).toBe('cooperative');
  expect(codegenFor(gpu).mode).toBe('cooperative');
  process.env['ADVC_SCHEDULE'] = 'serial';
  expect(codegenFor(gpu).mode).toBe('serial');
  expect(standaloneCodegen()).toEqual({ mode: 'serial', subgroups: true, simdLanes: true });
  process.env['ADVC_SCHEDULE'] = 'nonsense';
  expect(forcedSchedule()).toBeUndefined();
  expect(standaloneCodegen().mode).toBe('cooperative');
});

test('selecting no extra outputs keeps advantages and returns only; an unknown output is a clear error', () => {
  const all = checkEstimatorArg('ktae_report').program.outputs.map((o) => o.name);
  const some = checkEstimatorArg('ktae_report', []).program.outputs.map((o) => o.name);
  expect(all.length).toBeGreaterThan(2);
  expect(some.sort()).toEqual(['advantages', 'returns']);
  expect(() => checkEstimatorArg('grpo', ['nope'])).toThrow(CompileError);
  expect(() => checkEstimatorArg('grpo', ['nope'])).toThrow(/grpo has no output 'nope'/);
});
