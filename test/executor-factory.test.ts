// The one executor factory: each estimator compiled once, for where it runs; ADVC_SCHEDULE read in one place;
// the outputs a trainer or benchmark need selected before the one optimization.
import { afterAll, afterEach, expect, test } from 'vitest';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { CompileError } from '../src/compiler/diagnostics.js';
import { standaloneCodegen } from '../src/cli/load.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { codegenFor, createEstimator, forcedSchedule } from '../src/runtime/executor.js';

afterAll(releaseGpu);
const saved = process.env['ADVC_SCHEDULE'];
afterEach(() => {
  if (saved === undefined) delete process.env['ADVC_SCHEDULE'];
  else process.env['ADVC_SCHEDULE'] = saved;
});

test('a WebGPU executor is compiled for the device it runs on', async () => {
  delete process.env['ADVC_SCHEDULE'];
  const gpu = await getGpu();
  const est = await createEstimator(checkEstimatorArg('grpo'), 'webgpu', getGpu);
  expect(est.backend).toBe('webgpu');
  expect(est.compiled.codegen).toEqual(codegenFor(gpu));
  est.destroy();
});

test('ADVC_SCHEDULE forces the schedule of device executors and of compile/explain alike', async () => {
  const gpu = await getGpu();
  process.env['ADVC_SCHEDULE'] = 'cooperative';
  expect(forcedSchedule()).toBe('cooperative');
  expect(codegenFor(gpu).mode).toBe('cooperative');
  process.env['ADVC_SCHEDULE'] = 'serial';
  expect(codegenFor(gpu).mode).toBe('serial');
  expect(standaloneCodegen()).toEqual({ mode: 'serial', subgroups: true });
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
