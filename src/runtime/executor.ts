// The GPU executor: a compiled estimator bound to a device, with its pipelines created once.
import { availableParallelism } from 'node:os';
import { compileChecked, type Compiled } from '../compiler/index.js';
import type { CodegenOptions } from '../compiler/codegen-wgsl.js';
import type { Batch, Estimator, Outputs, Params } from './batch.js';
import type { Gpu } from './device.js';
import { PlanRunner, type RunnerBatch } from './plan-runner.js';

export class GpuEstimator implements Estimator {
  private constructor(
    readonly name: string,
    readonly compiled: Compiled,
    readonly runner: PlanRunner,
  ) {}

  /**
   * Binds a compiled estimator to a device. Unless `keepSchedule` is set, it is recompiled for the device's
   * preferred schedule (serial on CPU-backed adapters, cooperative on GPUs) when it was compiled for the other.
   */
  static async create(gpu: Gpu, compiled: Compiled, opts: { timestamps?: boolean; keepSchedule?: boolean } = {}): Promise<GpuEstimator> {
    const want = codegenFor(gpu);
    if (!opts.keepSchedule && (want.mode !== compiled.codegen.mode || want.subgroups !== compiled.codegen.subgroups))
      compiled = compileChecked(compiled, want);
    const runner = await PlanRunner.create(gpu.device, compiled.plan, compiled.wgsl.code, {
      timestamps: opts.timestamps ?? gpu.hasTimestamps,
    });
    runner.waiter.enabled = isCpuAdapter(gpu);
    // on a CPU-backed adapter the driver runs workgroups on the machine's cores
    runner.workers = isCpuAdapter(gpu) ? availableParallelism() : 1;
    return new GpuEstimator(compiled.program.name, compiled, runner);
  }

  get kernels(): number {
    return this.compiled.plan.kernels.length;
  }

  /** GPU milliseconds per kernel of the last run (empty without timestamp queries). */
  get lastKernelMs(): number[] {
    return this.runner.lastKernelMs;
  }

  async run(batch: Batch, params: Params = {}): Promise<Outputs> {
    return (await this.runner.run(batch as unknown as RunnerBatch, params)) as Outputs;
  }

  destroy(): void {
    this.runner.destroy();
  }
}

/** Software adapters that run shaders on the CPU (Mesa's lavapipe/llvmpipe, SwiftShader). */
export function isCpuAdapter(gpu: Gpu): boolean {
  return /llvmpipe|lavapipe|swiftshader/i.test(gpu.adapterName);
}

/**
 * The code generation that suits a device: CPU-backed adapters (lavapipe/llvmpipe, SwiftShader) run one group
 * per invocation; GPUs share each group among a workgroup, with subgroup reductions where available.
 * `ADVC_SCHEDULE=serial|cooperative` forces one.
 */
export function codegenFor(gpu: Gpu): CodegenOptions {
  const forced = process.env['ADVC_SCHEDULE'];
  const cpu = isCpuAdapter(gpu);
  const mode = forced === 'serial' || forced === 'cooperative' ? forced : cpu ? 'serial' : 'cooperative';
  return { mode, subgroups: gpu.features.has('subgroups') };
}
