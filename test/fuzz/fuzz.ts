// The long differential run (`npm run fuzz -- --programs N`, not part of `npm test`): random estimators x random
// batches, the interpreter against the CPU backend's JavaScript on every program and, every EVERY-th program,
// against native C and the WGSL backend in both schedules; then the stdlib estimators on batches with equal,
// near-equal and huge reward groups, which must agree and stay finite. A mismatch prints the seed to replay
// (ADVC_FUZZ_SEED) and fast-check's shrunk program and batch, ready for `advc run`.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkSource, compileChecked, stdlibEstimators, type Checked } from '../../src/compiler/index.js';
import { interpret } from '../../src/compiler/interpreter.js';
import type { Batch, Params } from '../../src/runtime/batch.js';
import { getGpu, releaseGpu, type Gpu } from '../../src/runtime/device.js';
import { CpuEstimator, GpuEstimator } from '../../src/runtime/executor.js';
import { findNonFinite } from '../../src/runtime/finite.js';
import { differences } from '../helpers/compare-outputs.js';
import { batchToJson, makeBatch, programBatchSpecArb, stdlibBatchSpecArb, withDeclaredFields } from '../helpers/random-batch.js';
import { ALL_FEATURES, generateProgram } from '../helpers/random-program.js';

const programs = Number(process.env.ADVC_FUZZ_PROGRAMS ?? 1000);
const seed = Number(process.env.ADVC_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** every this many programs also run native C and both WGSL schedules (each costs a compiler run) */
const EVERY = Number(process.env.ADVC_FUZZ_EVERY ?? 10);

let gpu: Gpu;
beforeAll(async () => {
  gpu = await getGpu();
  console.log(`fuzz: ${programs} programs, seed ${seed} (replay: ADVC_FUZZ_SEED=${seed})`);
});
afterAll(releaseGpu);

let count = 0;
let full = 0;
let shownFirst = false;

/** Every executor's differences from the interpreter on one batch. */
async function compare(checked: Checked, batch: Batch, params: Params, all: boolean): Promise<string[]> {
  const want = interpret(checked.program, batch, params);
  const diffs: string[] = [];
  const engines = all ? (['js', 'native'] as const) : (['js'] as const);
  for (const engine of engines) {
    const cpu = CpuEstimator.create(checked, { engine, threads: 1 });
    try {
      diffs.push(...differences(batch, want, await cpu.run(batch, params)).map((d) => `cpu ${engine}: ${d}`));
    } finally {
      cpu.destroy();
    }
  }
  if (all)
    for (const mode of ['serial', 'cooperative'] as const) {
      const est = await GpuEstimator.create(gpu, compileChecked(checked, { mode, subgroups: gpu.features.has('subgroups') }), { keepSchedule: true });
      try {
        diffs.push(...differences(batch, want, await est.run(batch, params)).map((d) => `webgpu ${mode}: ${d}`));
      } finally {
        est.destroy();
      }
    }
  return diffs;
}

function report(what: string, diffs: string[], source: string, params: Params, batch: Batch, declared: Checked['program']['declaredInputs']): Error {
  const lines = [`${what} (seed ${seed})`, ...diffs, '--- program (random.adv)', source, `--- params ${JSON.stringify(params)}`];
  return new Error([...lines, `--- batch (B=${batch.B}, T=${batch.T})`, batchToJson(batch, declared)].join('\n'));
}

/** Every executor's differences from the interpreter, or why one of them (or the checker) failed. */
async function problems(check: () => Checked, batch: Batch, params: Params, all: boolean): Promise<{ diffs: string[]; batch: Batch; declared?: Checked['program']['declaredInputs'] }> {
  let checked: Checked;
  try {
    checked = check();
  } catch (e) {
    return { diffs: [`the checker rejects the program: ${(e as Error).message}`], batch };
  }
  const declared = checked.program.declaredInputs;
  // fields the program declares get random values
  const filled = withDeclaredFields(batch, declared ?? [], batch.B * 131 + batch.T);
  try {
    return { diffs: await compare(checked, filled, params, all), batch: filled, declared };
  } catch (e) {
    return { diffs: [`a run fails: ${(e as Error).stack ?? e}`], batch: filled, declared };
  }
}

test('random programs: the interpreter and every executor agree', async () => {
  await fc.assert(
    fc.asyncProperty(fc.gen(), programBatchSpecArb, async (g, spec) => {
      const prog = generateProgram({ int: (min, max) => g(fc.integer, { min, max }) }, ALL_FEATURES);
      const all = count++ % EVERY === 0;
      if (all) full++;
      if (count % 250 === 0) console.log(`fuzz: ${count} runs of the property so far (shrinking included)`);
      const { diffs, batch, declared } = await problems(() => checkSource({ source: prog.source, file: 'random.adv' }), makeBatch(spec), prog.params, all);
      if (diffs.length) {
        const e = report('the interpreter and an executor disagree', diffs, prog.source, prog.params, batch, declared);
        // the first failure at once, before fast-check's shrinking (which can take long) ends with the smallest
        if (!shownFirst) console.log(`fuzz: first mismatch, at program ${count}:\n${e.message}`);
        shownFirst = true;
        throw e;
      }
    }),
    { numRuns: programs, seed, endOnFailure: false },
  );
  console.log(`fuzz: ${count} random programs run (shrinking included), ${full} of them on every executor and schedule`);
}, 24 * 3600_000);

test('stdlib estimators on equal, near-equal and huge reward groups: agree and stay finite', async () => {
  const names = stdlibEstimators();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...names), stdlibBatchSpecArb, async (name, spec) => {
      const checked = checkSource({ name });
      const all = runs++ % EVERY === 0;
      const { diffs, batch, declared } = await problems(() => checked, makeBatch(spec), {}, all);
      const bad = diffs.length ? undefined : findNonFinite(interpret(checked.program, batch, {}), batch);
      if (bad && spec.rewards !== 'large') diffs.push(`interpreter: ${bad.output} is ${bad.value} at row ${bad.row}`);
      if (diffs.length) throw report(`${name} disagrees or is not finite`, diffs, `(stdlib ${name})`, {}, batch, declared);
    }),
    { numRuns: Math.max(50, Math.floor(programs / 5)), seed, endOnFailure: false },
  );
  console.log(`fuzz: ${runs} stdlib runs`);
  expect(runs).toBeGreaterThan(0);
}, 24 * 3600_000);
