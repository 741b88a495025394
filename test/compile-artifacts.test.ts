// `advc compile` artifacts: the generated TypeScript module type-checks under strict settings with nothing
// but the WebGPU types; its .js, imported as is, reproduces every reference fixture on a real device, with
// subgroups and on a device without them; its .d.ts serves a strict consumer; the README snippet runs as written.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGpu, releaseGpu, type Gpu } from '../src/runtime/device.js';
import { compileCommand } from '../src/cli/compile.js';
import { embeddedSources } from '../src/compiler/codegen-ts.js';
import { BINDINGS } from '../src/compiler/plan.js';
import { ROOT, runCommand } from './helpers/cli.js';
import { describeJudge, judge, listFixtures, loadFixture } from './helpers/fixtures.js';

// inside the checkout, so that the README snippet's `import 'webgpu'` resolves to this package's dependency
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'tmp', 'advc-artifacts-'));
let gpu: Gpu;
/** a device without the `subgroups` feature, and the GPU object it needs kept alive */
let plainDevice: GPUDevice;
let plainGpu: GPU;

/** Every reference fixture, KTAE included. */
const FIXTURES = listFixtures();
const ESTIMATORS = [...new Set(FIXTURES.map((f) => loadFixture(f).estimator))];

interface CompiledEstimator {
  name: string;
  kernels: number;
  lastKernelMs: number[];
  run(batch: unknown, params?: Record<string, number | boolean>): Promise<Record<string, Float32Array>>;
  destroy(): void;
}

interface GeneratedModule {
  PLAN: { name: string; kernels: unknown[] };
  WGSL: string;
  WGSL_WITHOUT_SUBGROUPS: string;
  create(device: GPUDevice, options?: { timestamps?: boolean }): Promise<CompiledEstimator>;
}

const modules = new Map<string, GeneratedModule>();

beforeAll(async () => {
  gpu = await getGpu();
  const { create } = (await import('webgpu')) as unknown as { create: (o: string[]) => GPU };
  plainGpu = create([]);
  const adapter = (await plainGpu.requestAdapter())!;
  plainDevice = await adapter.requestDevice();
  for (const name of [...ESTIMATORS, 'grpo']) {
    const files = await compileCommand(name, join(dir, name));
    expect(files.map((f) => f.slice(join(dir, name).length + 1))).toEqual([`${name}.wgsl`, `${name}.plan.json`, `${name}.ts`, `${name}.js`, `${name}.d.ts`]);
    modules.set(name, (await import(pathToFileURL(join(dir, name, `${name}.js`)).href)) as GeneratedModule);
  }
}, 600_000);

afterAll(async () => {
  plainDevice?.destroy();
  void plainGpu;
  await releaseGpu();
  rmSync(dir, { recursive: true, force: true });
});

function typeCheck(files: string[]): string {
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
  return ts.formatDiagnostics(diags, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' });
}

describe('advc compile', () => {
  it('covers the estimators of the fixtures', () => {
    expect(ESTIMATORS).toEqual(expect.arrayContaining(['grpo', 'gae', 'rloo', 'remax', 'reinforce_plus_plus', 'ktae']));
  });

  it('embeds the runtime sources verbatim and matches the .wgsl and .plan.json files', () => {
    for (const name of ESTIMATORS) {
      const source = readFileSync(join(dir, name, `${name}.ts`), 'utf8');
      for (const embedded of embeddedSources()) expect(source).toContain(embedded);
      const mod = modules.get(name)!;
      expect(mod.WGSL).toBe(readFileSync(join(dir, name, `${name}.wgsl`), 'utf8'));
      expect(mod.WGSL).toMatch(/^enable subgroups;/m);
      expect(mod.WGSL_WITHOUT_SUBGROUPS).not.toMatch(/subgroup/);
      const { bindings, ...plan } = JSON.parse(readFileSync(join(dir, name, `${name}.plan.json`), 'utf8')) as { bindings: unknown[] };
      expect(bindings).toEqual(BINDINGS);
      expect(mod.PLAN).toEqual(plan);
    }
  });

  it('the generated modules type-check with strict settings and only the WebGPU types', () => {
    const text = typeCheck(ESTIMATORS.map((name) => join(dir, name, `${name}.ts`)));
    expect(text).toBe('');
  });

  it('the .d.ts serves a strict TypeScript consumer of the .js', () => {
    const lib = join(dir, 'dts-only');
    mkdirSync(lib, { recursive: true });
    for (const ext of ['.js', '.d.ts']) copyFileSync(join(dir, 'ktae', `ktae${ext}`), join(lib, `ktae${ext}`));
    const consumer = join(lib, 'consumer.ts');
    writeFileSync(
      consumer,
      `import { create, createDevice, type Batch, type Params, type Outputs } from './ktae.js';
export async function use(gpu: GPU, batch: Batch): Promise<Float32Array> {
  const est = await create(await createDevice(gpu));
  const params: Params = { alpha: 0.1 };
  const out: Outputs = await est.run(batch, params);
  est.destroy();
  return out.key_values;
}
`,
    );
    expect(typeCheck([consumer])).toBe('');
  });

  for (const fixture of FIXTURES) {
    it(`the generated module reproduces ${fixture}, with subgroups and without`, async () => {
      const fx = loadFixture(fixture);
      const mod = modules.get(fx.estimator)!;
      for (const [device, timestamps] of [[gpu.device, gpu.hasTimestamps], [plainDevice, false]] as const) {
        const est = await mod.create(device, { timestamps });
        try {
          expect(est.kernels).toBe(mod.PLAN.kernels.length);
          const out = await est.run(fx.batch, fx.params);
          expect(out['advantages']).toBeInstanceOf(Float32Array);
          expect(out['returns']).toHaveLength(fx.batch.B * fx.batch.T);
          const res = judge(fx, { advantages: out['advantages']!, returns: out['returns']! });
          expect(res.failed, describeJudge(fx, res)).toBe(0);
          expect(res.passed).toBeGreaterThan(0);
          if (timestamps) expect(est.lastKernelMs).toHaveLength(est.kernels);
        } finally {
          est.destroy();
        }
      }
    });
  }

  it('the README embedding snippet runs as written', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- embedding-snippet -->\n```ts\n([\s\S]*?)```/.exec(readme);
    expect(m, 'README.md has the marked embedding snippet').not.toBeNull();
    const here = join(dir, 'readme');
    mkdirSync(join(here, 'build'), { recursive: true });
    for (const ext of ['.js', '.d.ts']) copyFileSync(join(dir, 'grpo', `grpo${ext}`), join(here, 'build', `grpo${ext}`));
    writeFileSync(join(here, 'snippet.mjs'), m![1]!);
    const r = await runCommand(process.execPath, ['snippet.mjs'], { cwd: here, env: process.env });
    expect(r.code, r.stderr).toBe(0);
    // group 0: rewards 1 and 0 -> +-0.7071 on valid tokens; group 1: equal rewards -> 0
    expect(r.stdout.trim().split(' ').map(Number)).toEqual([0.7071, 0.7071, 0.7071, -0.7071, -0.7071, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('the generated module rejects a parameter the estimator does not have', async () => {
    const est = await modules.get('grpo')!.create(gpu.device);
    try {
      await expect(est.run(loadFixture('grpo-small').batch, { epsilom: 1 })).rejects.toThrow(/grpo has no parameter 'epsilom'/);
    } finally {
      est.destroy();
    }
  });
});
