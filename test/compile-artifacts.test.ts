// `advc compile` artifacts: the generated TypeScript module type-checks under strict settings with nothing
// but the WebGPU types, and, transpiled and imported, reproduces every reference fixture on a real device.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { compileCommand } from '../src/cli/compile.js';
import { planRunnerSource } from '../src/compiler/codegen-ts.js';
import { BINDINGS } from '../src/compiler/plan.js';
import { describeJudge, judge, listFixtures, loadFixture } from './helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-artifacts-'));
let gpu: Gpu;

/** Every reference fixture, KTAE included. */
const FIXTURES = listFixtures();
const ESTIMATORS = [...new Set(FIXTURES.map((f) => loadFixture(f).estimator))];

interface GeneratedModule {
  PLAN: { name: string; kernels: unknown[] };
  WGSL: string;
  create(device: GPUDevice, options?: { timestamps?: boolean }): Promise<{
    name: string;
    kernels: number;
    lastKernelMs: number[];
    run(batch: unknown, params?: Record<string, number | boolean>): Promise<Record<string, Float32Array>>;
    destroy(): void;
  }>;
}

const modules = new Map<string, GeneratedModule>();

beforeAll(async () => {
  gpu = await getGpu();
  for (const name of ESTIMATORS) {
    const files = await compileCommand(name, join(dir, name));
    expect(files.map((f) => f.slice(join(dir, name).length + 1))).toEqual([`${name}.wgsl`, `${name}.plan.json`, `${name}.ts`]);
    const source = readFileSync(join(dir, name, `${name}.ts`), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const mjs = join(dir, name, `${name}.mjs`);
    writeFileSync(mjs, js);
    modules.set(name, (await import(pathToFileURL(mjs).href)) as GeneratedModule);
  }
});

afterAll(async () => {
  await releaseGpu();
  rmSync(dir, { recursive: true, force: true });
});

describe('advc compile', () => {
  it('covers the estimators of the fixtures', () => {
    expect(ESTIMATORS).toEqual(expect.arrayContaining(['grpo', 'gae', 'rloo', 'remax', 'reinforce_plus_plus', 'ktae']));
  });

  it('embeds the plan runner verbatim and matches the .wgsl and .plan.json files', () => {
    const runner = planRunnerSource();
    for (const name of ESTIMATORS) {
      const source = readFileSync(join(dir, name, `${name}.ts`), 'utf8');
      expect(source).toContain(runner);
      const mod = modules.get(name)!;
      expect(mod.WGSL).toBe(readFileSync(join(dir, name, `${name}.wgsl`), 'utf8'));
      const { bindings, ...plan } = JSON.parse(readFileSync(join(dir, name, `${name}.plan.json`), 'utf8')) as { bindings: unknown[] };
      expect(bindings).toEqual(BINDINGS);
      expect(mod.PLAN).toEqual(plan);
    }
  });

  it('the generated modules type-check with strict settings and only the WebGPU types', () => {
    const files = ESTIMATORS.map((name) => join(dir, name, `${name}.ts`));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['@webgpu/types'],
      // resolve @webgpu/types from this package, not from the temp folder
      typeRoots: [join(import.meta.dirname, '..', 'node_modules')],
      skipLibCheck: true,
    });
    const diags = ts.getPreEmitDiagnostics(program);
    const text = ts.formatDiagnostics(diags, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => dir,
      getNewLine: () => '\n',
    });
    expect(diags.length, text).toBe(0);
  });

  for (const fixture of FIXTURES) {
    it(`the generated module reproduces ${fixture}`, async () => {
      const fx = loadFixture(fixture);
      const mod = modules.get(fx.estimator)!;
      const est = await mod.create(gpu.device, { timestamps: gpu.hasTimestamps });
      try {
        expect(est.kernels).toBe(mod.PLAN.kernels.length);
        const out = await est.run(fx.batch, fx.params);
        expect(out['advantages']).toBeInstanceOf(Float32Array);
        expect(out['returns']).toHaveLength(fx.batch.B * fx.batch.T);
        const res = judge(fx, { advantages: out['advantages']!, returns: out['returns']! });
        expect(res.failed, describeJudge(fx, res)).toBe(0);
        expect(res.passed).toBeGreaterThan(0);
        if (gpu.hasTimestamps) expect(est.lastKernelMs).toHaveLength(est.kernels);
      } finally {
        est.destroy();
      }
    });
  }

  it('the generated module rejects a parameter the estimator does not have', async () => {
    const est = await modules.get('grpo')!.create(gpu.device);
    try {
      await expect(est.run(loadFixture('grpo-small').batch, { epsilom: 1 })).rejects.toThrow(/grpo has no parameter 'epsilom'/);
    } finally {
      est.destroy();
    }
  });
});
