// The executors of a compiled estimator: on a WebGPU device (its pipelines created once), or on the CPU (the
// serial kernels as native code, or as JavaScript on worker threads), and the choice between them.
import { availableParallelism } from 'node:os';
import { compileChecked, compileForCpu, translateForCpu, type Checked, type Compiled } from '../compiler/index.js';
import type { CodegenOptions } from '../compiler/kernel-ir.js';
import type { Batch, Estimator, Outputs, Params, RunOptions } from './batch.js';
import { mayHaveHardwareGpu, type Gpu } from './device.js';
import type { Backend } from './backends.js';
import { CpuRunner } from './cpu-runner.js';
import { cCompiler, loadNative, NativeBuildError, type NativeKernels } from './native.js';
import type { CModule } from '../compiler/render-c.js';
import { PlanRunner } from './plan-runner.js';
import type { RunnerBatch } from '../plan/format.js';

/** What the CLI and the benchmarks read of an executor besides its outputs. */
export interface TimedEstimator extends Estimator {
  /** the backend it runs on (what --backend auto chose) */
  readonly backend: 'webgpu' | 'cpu';
  /** where it runs, in words (an adapter's name, or the CPU and its threads) */
  readonly device: string;
  /** what it runs: the plan (and the WGSL it came from) */
  readonly compiled: Compiled;
  readonly kernels: number;
  /** device milliseconds per kernel of the last run (empty without timestamp queries, and on the CPU) */
  readonly lastKernelMs: number[];
  readonly lastPhasesMs: Record<string, number>;
  /** on the CPU: the process's CPU time during the last run's kernels (ms) and the threads they ran on */
  readonly lastKernelCpu?: { ms: number; threads: number };
  /** parts of whole groups the last batch ran in */
  readonly lastParts: number;
  destroy(): void;
}

export class GpuEstimator implements TimedEstimator {
  readonly backend = 'webgpu';

  private constructor(
    readonly name: string,
    readonly compiled: Compiled,
    readonly runner: PlanRunner,
    readonly device: string,
  ) {}

  /**
   * Binds an estimator to a device. A checked estimator is compiled once, for the device's schedule (see
   * codegenFor). A compiled one runs as it is when it was compiled for that schedule or `keepSchedule` is set,
   * else it is compiled again for the device.
   */
  static async create(gpu: Gpu, source: Checked | Compiled, opts: { timestamps?: boolean; keepSchedule?: boolean } = {}): Promise<GpuEstimator> {
    const want = codegenFor(gpu);
    const given = 'plan' in source ? source : undefined;
    const fits = given && (opts.keepSchedule || (want.mode === given.codegen.mode && want.subgroups === given.codegen.subgroups && !!want.simdLanes === !!given.codegen.simdLanes));
    const compiled = fits ? given : compileChecked(source, want);
    const runner = await PlanRunner.create(gpu.device, compiled.plan, compiled.wgsl.code, {
      timestamps: opts.timestamps ?? gpu.hasTimestamps,
    });
    runner.waiter.enabled = isCpuAdapter(gpu);
    // on a CPU-backed adapter the driver runs workgroups on the machine's cores
    runner.workers = isCpuAdapter(gpu) ? availableParallelism() : 1;
    return new GpuEstimator(compiled.program.name, compiled, runner, gpu.adapterName);
  }

  get lastPhasesMs(): Record<string, number> {
    return this.runner.lastPhasesMs;
  }

  get lastParts(): number {
    return this.runner.lastParts;
  }

  get kernels(): number {
    return this.compiled.plan.kernels.length;
  }

  /** GPU milliseconds per kernel of the last run (empty without timestamp queries). */
  get lastKernelMs(): number[] {
    return this.runner.lastKernelMs;
  }

  async run(batch: Batch, params: Params = {}, opts: RunOptions = {}): Promise<Outputs> {
    return (await this.runner.run(batch as unknown as RunnerBatch, params, opts.out)) as Outputs;
  }

  destroy(): void {
    this.runner.destroy();
  }
}

/** Software adapters that run shaders on the CPU (Mesa's lavapipe/llvmpipe, SwiftShader). */
export function isCpuAdapter(gpu: Gpu): boolean {
  return /llvmpipe|lavapipe|swiftshader/i.test(gpu.adapterName);
}

/** The schedule `ADVC_SCHEDULE=serial|cooperative` forces, if any: read here only, passed down to the compiler. */
export function forcedSchedule(): CodegenOptions['mode'] | undefined {
  const forced = process.env['ADVC_SCHEDULE'];
  return forced === 'serial' || forced === 'cooperative' ? forced : undefined;
}

/**
 * The code generation that suits a device: CPU-backed adapters (lavapipe/llvmpipe, SwiftShader) run one group
 * per invocation; GPUs share each group among a workgroup, with subgroup reductions where available.
 * ADVC_SCHEDULE forces one (forcedSchedule).
 */
export function codegenFor(gpu: Gpu): CodegenOptions {
  const mode = forcedSchedule() ?? (isCpuAdapter(gpu) ? 'serial' : 'cooperative');
  return { mode, subgroups: gpu.features.has('subgroups'), ...(mode === 'serial' && isCpuAdapter(gpu) ? { simdLanes: true } : {}) };
}

export class CpuEstimator implements TimedEstimator {
  readonly backend = 'cpu';
  readonly lastKernelMs: number[] = [];
  readonly lastParts = 1;

  private constructor(
    readonly name: string,
    readonly compiled: Compiled,
    readonly runner: CpuRunner,
  ) {}

  /**
   * Compiles an estimator for the CPU: native code when the machine has a C compiler, else JavaScript
   * (`engine` or ADVC_CPU_ENGINE=native|js forces one); `threads`: at most this many (default: one per core).
   */
  static create(checked: Checked, opts: { threads?: number; engine?: CpuEngine } = {}): CpuEstimator {
    const compiled = compileForCpu(checked);
    const engine = opts.engine ?? cpuEngineFromEnv();
    let native: { kernels: NativeKernels; module: CModule } | undefined;
    if (engine !== 'js') {
      const cc = cCompiler();
      if (!cc && engine === 'native') throw new NativeBuildError('no C compiler: set CC, or install one (the setup script installs gcc)');
      try {
        if (cc) {
          const module = translateForCpu(compiled, 'c');
          native = { kernels: loadNative(module.code, cc), module };
        }
      } catch (e) {
        if (engine === 'native') throw e;
        warnOnce(`advc: building ${compiled.program.name}'s kernels as native code failed, so they run as JavaScript: ${(e as Error).message}\n`);
      }
    }
    const build = native ? { native } : { js: translateForCpu(compiled, 'js') };
    return new CpuEstimator(compiled.program.name, compiled, new CpuRunner(compiled.plan, build, { threads: opts.threads }));
  }

  get device(): string {
    return `cpu (${this.runner.native ? 'native' : 'JavaScript'}, ${this.runner.threads} thread${this.runner.threads === 1 ? '' : 's'})`;
  }

  get kernels(): number {
    return this.compiled.plan.kernels.length;
  }

  get lastPhasesMs(): Record<string, number> {
    return this.runner.lastPhasesMs;
  }

  get lastKernelCpu(): { ms: number; threads: number } {
    return { ms: this.runner.lastKernelCpuMs, threads: this.runner.lastThreads };
  }

  async run(batch: Batch, params: Params = {}, opts: RunOptions = {}): Promise<Outputs> {
    return this.runner.run(batch as unknown as RunnerBatch, params, opts.out) as Outputs;
  }

  destroy(): void {
    this.runner.destroy();
  }
}

/**
 * The one way the commands (run, bench, report, demo, train) and the benchmark suite get an executor, each
 * estimator compiled once, for where it runs. 'webgpu' needs a device; 'cpu' runs the kernels on the CPU's
 * cores; 'auto' takes the device when it is a GPU and the CPU when the adapter is itself a CPU (lavapipe
 * emulates a GPU there, slower than running the kernels directly) or when there is no adapter at all. On Linux
 * without a GPU device node it does not ask Dawn at all (see mayHaveHardwareGpu).
 */
export async function createEstimator(checked: Checked, backend: Backend, gpu: () => Promise<Gpu>): Promise<TimedEstimator> {
  if (backend === 'cpu') return CpuEstimator.create(checked);
  if (backend === 'webgpu') return GpuEstimator.create(await gpu(), checked);
  if (!mayHaveHardwareGpu()) return CpuEstimator.create(checked);
  const device = await gpu().catch(() => undefined);
  if (!device || isCpuAdapter(device)) return CpuEstimator.create(checked);
  return GpuEstimator.create(device, checked);
}

/** How the CPU backend runs the kernels: native code built by the C compiler, or JavaScript. */
export type CpuEngine = 'auto' | 'native' | 'js';

function cpuEngineFromEnv(): CpuEngine {
  const e = process.env['ADVC_CPU_ENGINE'];
  return e === 'native' || e === 'js' ? e : 'auto';
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.stderr.write(message);
}
