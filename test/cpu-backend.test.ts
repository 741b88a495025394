// The CPU backend, in both engines (JavaScript, and C built into an addon): the renderings' WGSL semantics
// (u32 wrapping and unsigned comparison, WGSL's division and conversion rules, f32 rounding), their refusals,
// threads (every thread count gives the same bits) and what happens without a C compiler.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { checkEstimatorArg } from '../src/compiler/index.js';
import { renderC } from '../src/compiler/render-c.js';
import { renderJs } from '../src/compiler/render-js.js';
import { add, bin, bitcast, call, conv, f32, forUp, i32, letS, numberStatements, ref, select, store, u32, uni, type KernelModule, type Scalar, type Stmt } from '../src/compiler/kernel-ir.js';
import { generateBatch } from '../src/bench/generate.js';
import { CpuEstimator, type CpuEngine } from '../src/runtime/executor.js';
import { cCompiler, loadNative, NativeBuildError } from '../src/runtime/native.js';
import { mayHaveHardwareGpu } from '../src/runtime/device.js';

const ENGINES = ['js', 'native'] as const;

/** A serial module of one kernel whose statements `body` write results to the region `out`. */
function module(body: Stmt[], uniforms: Record<string, Scalar> = {}): KernelModule {
  const m: KernelModule = {
    name: 'test',
    mode: 'serial',
    subgroups: false,
    uniforms: Object.entries({ G: 'u32', o_out: 'u32', ...uniforms } as Record<string, Scalar>).map(([name, type]) => ({ name, type: type as 'u32', source: { kind: 'param', name } })),
    hash: false,
    consts: [{ name: 'LANES', ty: 'u32', value: 8, override: true }],
    shared: [],
    tables: [],
    // a helper the kernel calls
    functions: [{ name: 'twice', params: [{ name: 'x', ty: 'u32' }], ret: 'u32', body: [letS('y', add(ref('x'), ref('x'))), { k: 'return', value: ref('y') }] }],
    kernels: [{ name: 'stage0', body }],
  };
  numberStatements(m);
  return m;
}

const out = (i: number, v: Parameters<typeof store>[2]) => store('F', u32(i), v, 'out');

/** Runs a module's kernel on one group with one engine; returns the region `out`. */
function run(engine: (typeof ENGINES)[number], body: Stmt[], uniforms: Record<string, number> = {}): number[] {
  const types = Object.fromEntries(Object.keys(uniforms).map((k) => [k, (k.startsWith('f_') ? 'f32' : 'u32') as Scalar]));
  const m = module(body, types);
  const result = new Float32Array(32);
  const all: Record<string, number> = { G: 1, o_out: 0, ...uniforms };
  if (engine === 'native') {
    const bits = new Int32Array(Object.keys(all).length);
    const floats = new Float32Array(bits.buffer);
    Object.entries(all).forEach(([k, v], i) => (k.startsWith('f_') ? (floats[i] = v) : (bits[i] = v)));
    const c = renderC(m, { LANES: 1 });
    loadNative(c.kernels + c.napi, cCompiler()!).run(bits, [result], [], new Int32Array(1), Int32Array.of(0), 1);
    return Array.from(result);
  }
  const k = new Function(renderJs(m, { LANES: 1 }).code)() as { bind: (...a: unknown[]) => void; stage0: (wid: { x: number; y: number }, lane: number) => void };
  k.bind(all, { out: result }, {}, new Int32Array(0));
  k.stage0({ x: 0, y: 0 }, 0);
  return Array.from(result);
}

describe.each(ENGINES)('WGSL semantics in the %s rendering', (engine) => {
  test('u32 wraps, compares unsigned and converts to f32 as unsigned', () => {
    const big = ref('big');
    const res = run(engine, [
      letS('big', u32(0xfffffff0)),
      out(0, conv('f32', add(big, u32(0x20)))), // wraps to 16
      out(1, select(bin('>', big, u32(5)), f32(1), f32(0))), // unsigned: true
      out(2, conv('f32', big)), // 4294967280 rounded to f32
      out(3, conv('f32', bin('>>', big, u32(28)))), // logical shift: 15
      out(4, conv('f32', bin('==', call('max', 'u32', big, u32(3)), big))),
      out(5, conv('f32', call('twice', 'u32', u32(0x80000001)))), // 2 after wrapping, through a helper
      out(6, conv('f32', bin('*', big, u32(2)))), // 0xffffffe0
    ]);
    expect(res.slice(0, 7)).toEqual([16, 1, Math.fround(4294967280), 15, 1, 2, Math.fround(0xffffffe0)]);
  });

  test('integer division by zero gives the dividend, remainder 0; f32 to int saturates; NaN gives 0', () => {
    const z = uni('zero');
    const res = run(
      engine,
      [
        out(0, conv('f32', bin('/', u32(7), z))),
        out(1, conv('f32', bin('%', u32(7), z))),
        out(2, conv('f32', bin('/', i32(-7), conv('i32', z)))),
        out(3, conv('f32', conv('u32', uni('f_neg', 'f32')))), // negative to u32: 0
        out(4, conv('f32', conv('i32', uni('f_huge', 'f32')))), // saturates at i32 max
        out(5, conv('f32', conv('u32', uni('f_nan', 'f32')))),
        out(6, conv('f32', bin('/', i32(-7), i32(2)))), // truncates toward zero
        out(7, conv('f32', bin('%', i32(-7), i32(2)))),
        out(8, call('round', 'f32', f32(2.5))), // half to even
        out(9, add(f32(0.1), f32(0.2))), // f32 arithmetic
        out(10, call('min', 'f32', f32(NaN), f32(1))), // NaN-aware min
      ],
      { zero: 0, f_neg: -3.5, f_huge: 1e12, f_nan: NaN },
    );
    expect(res.slice(0, 10)).toEqual([7, 0, -7, 0, Math.fround(2147483647), 0, -3, -1, 2, Math.fround(Math.fround(0.1) + Math.fround(0.2))]);
    expect(res[10]).toBeNaN();
  });

  test('bit casts and the f32 bit patterns of constants', () => {
    const res = run(engine, [out(0, bitcast('f32', u32(0x3f800000))), out(1, conv('f32', bin('>>', bitcast('u32', f32(-0)), u32(31))))]);
    expect(res.slice(0, 2)).toEqual([1, 1]);
  });

  test('refuses what a serial kernel cannot hold, naming the kernel IR statement and the advc node', () => {
    const render = (m: KernelModule) => (engine === 'js' ? renderJs(m) : renderC(m));
    const atomic = module([{ k: 'let', name: 'x', ty: 'u32', mut: false, node: 7, value: { k: 'atomic', ty: 'u32', op: 'add', at: { array: 'H', index: u32(0) }, args: [u32(1)] } }]);
    expect(() => render(atomic)).toThrow(/exists only in cooperative kernels at kernel IR #2 \(advc node %7\)/);
    expect(() => render(module([{ k: 'barrier', scope: 'workgroup' }]))).toThrow(/barrier exists only in cooperative kernels/);
    expect(() => render(module([letS('x', call('frexp', 'f32', f32(1)))]))).toThrow(/no function frexp/);
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
    const c = renderC(module([forUp('i', u32(0), u32(64), u32(1), [store('F', ref('i'), conv('f32', uni('k')), 'out')])], { k: 'u32' }), { LANES: 1 });
    const { path } = loadNative(c.kernels + c.napi, cCompiler()!);
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
    expect(() => loadNative('this is not C', cCompiler()!)).toThrow(NativeBuildError);
    expect(() => loadNative('this is not C', cCompiler()!)).toThrow(/failed on the kernels \(exit 1\): .*error/s);
  });
});
