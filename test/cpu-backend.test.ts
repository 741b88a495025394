// The CPU backend, in both engines (JavaScript, and C built into an addon): the translations' WGSL semantics
// (u32 wrapping and unsigned comparison, WGSL's division and conversion rules, f32 rounding), their refusals,
// threads (every thread count gives the same bits) and what happens without a C compiler.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { wgslToC } from '../src/compiler/wgsl-to-c.js';
import { wgslToJs, WgslTranslateError } from '../src/compiler/wgsl-to-js.js';
import { generateBatch } from '../src/bench/generate.js';
import { CpuEstimator, type CpuEngine } from '../src/runtime/executor.js';
import { cCompiler, loadNative, NativeBuildError } from '../src/runtime/native.js';
import { mayHaveHardwareGpu } from '../src/runtime/device.js';

const ENGINES = ['js', 'native'] as const;

/** A serial-style module: one entry point writing its results to F[u.o_out + i], run by one engine. */
function run(engine: (typeof ENGINES)[number], body: string, uniforms: Record<string, number> = {}): number[] {
  const wgsl = [
    'struct Uniforms {',
    '  G: u32,',
    '  o_out: u32,',
    ...Object.keys(uniforms).map((k) => `  ${k}: ${k.startsWith('f_') ? 'f32' : k.startsWith('i_') ? 'i32' : 'u32'},`),
    '}',
    '@group(0) @binding(0) var<uniform> u: Uniforms;',
    '@group(0) @binding(1) var<storage, read_write> F: array<f32>;',
    'override LANES: u32 = 8u;',
    'fn twice(x: u32) -> u32 { let y = x + x; return y; }',
    '@compute @workgroup_size(LANES)',
    'fn stage0(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {',
    '  let g = (wid.x + wid.y * 65535u) * LANES + lane;',
    '  if (g >= u.G) { return; }',
    body,
    '}',
  ].join('\n');
  const out = new Float32Array(32);
  const all: Record<string, number> = { G: 1, o_out: 0, ...uniforms };
  if (engine === 'native') {
    const bits = new Int32Array(Object.keys(all).length);
    const floats = new Float32Array(bits.buffer);
    Object.entries(all).forEach(([k, v], i) => (k.startsWith('f_') ? (floats[i] = v) : (bits[i] = v)));
    loadNative(wgslToC(wgsl, { LANES: 1 }).code, cCompiler()!.command).run(bits, [out], [], new Int32Array(1), Int32Array.of(0), 1);
    return Array.from(out);
  }
  const k = new Function(wgslToJs(wgsl, { LANES: 1 }).code)() as { bind: (...a: unknown[]) => void; stage0: (wid: { x: number; y: number }, lane: number) => void };
  k.bind(all, { out }, {}, new Int32Array(0));
  k.stage0({ x: 0, y: 0 }, 0);
  return Array.from(out);
}

describe.each(ENGINES)('WGSL semantics in the %s translation', (engine) => {
  test('u32 wraps, compares unsigned and converts to f32 as unsigned', () => {
    const out = run(
      engine,
      [
        '  let big = 0xfffffff0u;',
        '  F[u.o_out + 0u] = f32(big + 0x20u);', // wraps to 16
        '  F[u.o_out + 1u] = select(0.0, 1.0, big > 5u);', // unsigned: true
        '  F[u.o_out + 2u] = f32(big);', // 4294967280 rounded to f32
        '  F[u.o_out + 3u] = f32(big >> 28u);', // logical shift: 15
        '  F[u.o_out + 4u] = f32(max(big, 3u) == big);',
        '  F[u.o_out + 5u] = f32(twice(0x80000001u));', // 2 after wrapping, through an inlined helper
        '  F[u.o_out + 6u] = f32(big * 2u);', // 0xffffffe0
      ].join('\n'),
    );
    expect(out.slice(0, 7)).toEqual([16, 1, Math.fround(4294967280), 15, 1, 2, Math.fround(0xffffffe0)]);
  });

  test('integer division by zero gives the dividend, remainder 0; f32 to int saturates; NaN gives 0', () => {
    const out = run(
      engine,
      [
        '  let z = u.zero;',
        '  F[u.o_out + 0u] = f32(7u / z);',
        '  F[u.o_out + 1u] = f32(7u % z);',
        '  F[u.o_out + 2u] = f32(i32(-7) / i32(z));',
        '  F[u.o_out + 3u] = f32(u32(u.f_neg));', // negative to u32: 0
        '  F[u.o_out + 4u] = f32(i32(u.f_huge));', // saturates at i32 max
        '  F[u.o_out + 5u] = f32(u32(u.f_nan));',
        '  F[u.o_out + 6u] = f32(-7i / 2i);', // truncates toward zero
        '  F[u.o_out + 7u] = f32(-7i % 2i);',
        '  F[u.o_out + 8u] = round(2.5);', // half to even
        '  F[u.o_out + 9u] = 0.1 + 0.2;', // f32 arithmetic
      ].join('\n'),
      { zero: 0, f_neg: -3.5, f_huge: 1e12, f_nan: NaN },
    );
    expect(out.slice(0, 10)).toEqual([7, 0, -7, 0, Math.fround(2147483647), 0, -3, -1, 2, Math.fround(Math.fround(0.1) + Math.fround(0.2))]);
  });

  test('bit casts and the f32 bit patterns of constants', () => {
    const out = run(engine, ['  F[u.o_out + 0u] = bitcast<f32>(0x3f800000u);', '  F[u.o_out + 1u] = f32(bitcast<u32>(-0.0) >> 31u);'].join('\n'));
    expect(out.slice(0, 2)).toEqual([1, 1]);
  });

  test('refuses what it does not translate, saying why', () => {
    const translate = engine === 'js' ? wgslToJs : wgslToC;
    expect(() => translate('enable subgroups;\nfn f() {}')).toThrow(/serial kernels only/);
    expect(() => translate('fn f() -> f32 { return frexp(1.0); }')).toThrow(WgslTranslateError);
    expect(() => translate('fn f() -> f32 { return 1.0 +; }')).toThrow(/WGSL line 1: expected an expression/);
  });
});

describe('threads', () => {
  test.each(ENGINES)('KTAE (%s) gives the same bits on 1 and 2 threads, and again on a second call', async (engine: CpuEngine) => {
    // 16 groups of 8, enough tokens for the workers to take part
    const batch = generateBatch({ name: 'threads', groups: 16, groupSize: 8, maxLen: 1024, targetTokens: 90_000 }, { seed: 3 });
    const one = CpuEstimator.create(checkEstimatorArg('ktae'), { threads: 1, engine });
    const two = CpuEstimator.create(checkEstimatorArg('ktae'), { threads: 2, engine });
    expect(two.device).toBe(`cpu (${engine === 'js' ? 'JavaScript' : 'native'}, 2 threads)`);
    try {
      const a = await one.run(batch);
      const b = await two.run(batch);
      expect(two.runner.lastThreads).toBe(2);
      expect(Array.from(b.advantages)).toEqual(Array.from(a.advantages));
      const again = await two.run(batch);
      expect(Array.from(again.advantages)).toEqual(Array.from(a.advantages));
      expect(a.advantages.some((x) => x !== 0)).toBe(true);
    } finally {
      one.destroy();
      two.destroy();
    }
  });
});

describe('native runs from several Node threads', () => {
  test('two worker threads calling one addon at once each get their own uniforms and arrays', async () => {
    // every call writes its own uniform into its own array: a run state shared between threads would mix them
    const wgsl = [
      'struct Uniforms {',
      '  G: u32,',
      '  o_out: u32,',
      '  k: u32,',
      '}',
      '@group(0) @binding(0) var<uniform> u: Uniforms;',
      '@group(0) @binding(1) var<storage, read_write> F: array<f32>;',
      'override LANES: u32 = 8u;',
      '@compute @workgroup_size(LANES)',
      'fn stage0(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {',
      '  let g = (wid.x + wid.y * 65535u) * LANES + lane;',
      '  if (g >= u.G) { return; }',
      '  for (var i = 0u; i < 64u; i++) { F[u.o_out + i] = f32(u.k); }',
      '}',
    ].join('\n');
    const { path } = loadNative(wgslToC(wgsl, { LANES: 1 }).code, cCompiler()!.command);
    const worker = (id: number) =>
      new Promise<number>((resolve, reject) => {
        const w = new Worker(
          `const { workerData, parentPort } = require('node:worker_threads');
          const addon = require(workerData.path);
          const out = new Float32Array(64);
          let wrong = 0;
          for (let c = 0; c < 20000; c++) {
            const k = workerData.id * 100000 + c;
            addon.run(Int32Array.of(1, 0, k), [out], [], new Int32Array(1), Int32Array.of(0), 1);
            if (out.some((x) => x !== k)) wrong++;
          }
          parentPort.postMessage(wrong);`,
          { eval: true, workerData: { path, id } },
        );
        w.once('message', resolve);
        w.once('error', reject);
      });
    expect(await Promise.all([worker(1), worker(2), worker(3)])).toEqual([0, 0, 0]);
  });
});

describe('--backend auto without Dawn', () => {
  test('a Linux machine without a GPU device node can only have software adapters', () => {
    const dev = (nodes: Record<string, string[]>) => (dir: string) => {
      if (!nodes[dir]) throw new Error(`ENOENT ${dir}`);
      return nodes[dir];
    };
    expect(mayHaveHardwareGpu('linux', dev({ '/dev': ['null', 'kvm', 'tty0'] }))).toBe(false);
    expect(mayHaveHardwareGpu('linux', dev({ '/dev': ['null', 'nvidiactl'] }))).toBe(false);
    expect(mayHaveHardwareGpu('linux', dev({ '/dev': ['null', 'nvidia0', 'nvidiactl'] }))).toBe(true);
    expect(mayHaveHardwareGpu('linux', dev({ '/dev': ['dri'], '/dev/dri': ['card0', 'renderD128'] }))).toBe(true);
    expect(mayHaveHardwareGpu('linux', dev({ '/dev': ['dxg'] }))).toBe(true);
    expect(mayHaveHardwareGpu('darwin', dev({}))).toBe(true);
  });
});

describe('the C compiler', () => {
  const saved = process.env['CC'];
  afterEach(() => {
    if (saved === undefined) delete process.env['CC'];
    else process.env['CC'] = saved;
  });

  test('without one, auto runs JavaScript and native says why it cannot', () => {
    process.env['CC'] = '/bin/false';
    expect(CpuEstimator.create(checkEstimatorArg('grpo')).device).toMatch(/^cpu \(JavaScript, /);
    expect(() => CpuEstimator.create(checkEstimatorArg('grpo'), { engine: 'native' })).toThrow(/no C compiler/);
  });

  test('a build that fails reports the compiler output', () => {
    expect(() => loadNative('this is not C', cCompiler()!.command)).toThrow(NativeBuildError);
    expect(() => loadNative('this is not C', cCompiler()!.command)).toThrow(/failed on the kernels \(exit 1\): .*error/s);
  });
});
