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
import type { Batch } from '../src/runtime/batch.js';
import { encodeSafetensors, type TensorToWrite } from '../src/runtime/io/safetensors.js';
import { inputField } from '../src/compiler/input-fields.js';
import { ROOT, runAdvc, runCommand } from './helpers/cli.js';
import { describeJudge, judge, listFixtures, loadFixture } from './helpers/fixtures.js';
import { withDeclaredFields } from './helpers/random-batch.js';
import { gdpoReference } from './helpers/reference-estimators.js';

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
  PLAN: { name: string; kernels: unknown[]; declared?: { name: string; domain: 'token' | 'rollout' }[] };
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
  for (const name of [...ESTIMATORS, 'grpo', 'gdpo']) {
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

  describe('the generated module checks its inputs as advc run does, with the same messages', () => {
    const grpo = loadFixture('grpo-small');
    const gae = loadFixture('gae-small');
    const { B, T } = grpo.batch;
    // gdpo's components 0 and 1 (2 and 3 have fill values: absent)
    const gdpoBatch = withDeclaredFields(grpo.batch, [0, 1].map((k) => ({ name: `gdpo_reward_${k}`, domain: 'rollout' as const, type: 'float' as const })), 9);
    const nanRewards = Float32Array.from(grpo.batch.token_level_rewards, (v, i) => (i === T + 2 ? NaN : v));
    const infRewards = Float32Array.from(grpo.batch.token_level_rewards, (v, i) => (i === 3 ? Infinity : v));
    const batchCases: Array<[string, string, Batch]> = [
      ['index one entry short', 'grpo', { ...grpo.batch, index: grpo.batch.index.slice(1) }],
      ['a mask value of 2', 'grpo', { ...grpo.batch, response_mask: Int32Array.from(grpo.batch.response_mask, (m, i) => (i === T + 1 ? 2 : m)) }],
      ['a NaN reward', 'grpo', { ...grpo.batch, token_level_rewards: nanRewards }],
      ['an infinite reward', 'grpo', { ...grpo.batch, token_level_rewards: infRewards }],
      ['responses one row short', 'grpo', { ...grpo.batch, responses: grpo.batch.responses.slice(T) }],
      ['no values for gae', 'gae', { ...gae.batch, values: undefined }],
      ['gdpo without a component it declares and needs', 'gdpo', { ...gdpoBatch, gdpo_reward_1: undefined }],
      ['a declared gdpo component one entry short', 'gdpo', { ...gdpoBatch, gdpo_reward_0: gdpoBatch['gdpo_reward_0']!.slice(1) }],
    ];
    const paramCases: Array<[string, Record<string, number | boolean>, string]> = [
      ['an unknown parameter', { epsilom: 1 }, 'epsilom=1'],
      ['a number for a bool', { norm_adv_by_std_in_grpo: 1 }, 'norm_adv_by_std_in_grpo=1'],
      ['a bool for a number', { epsilon: true }, 'epsilon=true'],
      ['a float beyond float32', { epsilon: 1e40 }, 'epsilon=1e+40'],
      ['a non-integer for an i32', { zero_token_id: 1.5 }, 'zero_token_id=1.5'],
      ['an i32 beyond int32', { zero_token_id: 1e12 }, 'zero_token_id=1000000000000'],
      ['NaN', { epsilon: NaN }, 'epsilon=NaN'],
    ];

    async function moduleError(estimator: string, batch: Batch, params: Record<string, number | boolean> = {}): Promise<string> {
      const est = await modules.get(estimator)!.create(gpu.device);
      try {
        await est.run(batch, params);
      } catch (e) {
        return (e as Error).message;
      } finally {
        est.destroy();
      }
      return 'no error';
    }

    /**
     * What `advc run` says about the same batch written as safetensors (typed arrays, as the module takes them;
     * each with the shape its length implies, as the module reads it).
     */
    async function runError(estimator: string, batch: Batch, sets: string[] = []): Promise<string> {
      const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.safetensors`);
      const tensors = Object.entries(batch).flatMap(([name, data]): Array<[string, TensorToWrite]> =>
        data instanceof Int32Array || data instanceof Float32Array
          ? [[name, { dtype: data instanceof Int32Array ? 'I32' : 'F32', shape: domainOf(estimator, name) === 'rollout' ? [data.length] : [data.length / batch.T, batch.T], data }]]
          : [],
      );
      writeFileSync(file, encodeSafetensors(tensors));
      const r = await runAdvc(dir, 'run', estimator, '--batch', file, '--out', join(dir, 'out.json'), '--backend', 'cpu', ...sets.flatMap((s) => ['--set', s]));
      expect(r.code, r.stderr).toBe(1);
      return r.stderr.trim().replace(/^advc: error: /, '').replace(`${file}: `, '');
    }

    const domainOf = (estimator: string, name: string) => inputField(name)?.domain ?? modules.get(estimator)!.PLAN.declared?.find((f) => f.name === name)?.domain;

    it('takes the fields an estimator declares as it takes the standard ones (gdpo: two per-rollout components)', async () => {
      const est = await modules.get('gdpo')!.create(gpu.device);
      try {
        const got = (await est.run(gdpoBatch))['advantages']!;
        const want = gdpoReference(gdpoBatch)['advantages']!;
        expect(Array.from(got).filter((g, i) => !(Math.abs(g - want[i]!) <= 1e-4 + 1e-4 * Math.abs(want[i]!)))).toEqual([]);
      } finally {
        est.destroy();
      }
    });

    for (const [what, estimator, batch] of batchCases) {
      it(what, async () => {
        const message = await moduleError(estimator, batch);
        expect(message).not.toBe('no error');
        expect(message).toBe(await runError(estimator, batch));
      });
    }

    for (const [what, params, set] of paramCases) {
      it(what, async () => {
        const estimator = 'zero_token_id' in params ? 'ktae' : 'grpo';
        const batch = estimator === 'ktae' ? loadFixture('ktae-small').batch : grpo.batch;
        const message = await moduleError(estimator, batch, params);
        expect(message).toMatch(new RegExp(`^(${estimator} has no parameter|parameter '\\w+' of ${estimator} )`));
        expect(message).toBe(await runError(estimator, batch, [set]));
      });
    }

    it('a token field whose length is no whole number of rows (no file can say that: validate.ts\'s message for a tensor of the wrong length)', async () => {
      const message = await moduleError('gae', { ...gae.batch, values: gae.batch.values!.slice(1) });
      expect(message).toBe(`field \`values\` has shape [${gae.batch.B}, ${gae.batch.T}] but ${gae.batch.B * gae.batch.T - 1} values`);
    });

    it('string uids as the index give the same advantages as integer ids', async () => {
      const est = await modules.get('grpo')!.create(gpu.device);
      try {
        const ids = await est.run(grpo.batch);
        const uids = await est.run({ ...grpo.batch, index: Array.from(grpo.batch.index, (g) => `prompt-${g}`) as unknown as Int32Array });
        expect(uids['advantages']).toEqual(ids['advantages']);
        expect(B).toBeGreaterThan(1);
      } finally {
        est.destroy();
      }
    });
  });
});
