// The GPU executor: a compiled estimator bound to a device, with its pipelines created once.
import type { Compiled } from '../compiler/index.js';
import type { Batch, Estimator, Outputs, Params } from './batch.js';
import type { Gpu } from './device.js';
import { PlanRunner, type RunnerBatch } from './plan-runner.js';

export class GpuEstimator implements Estimator {
  private constructor(
    readonly name: string,
    readonly compiled: Compiled,
    readonly runner: PlanRunner,
  ) {}

  static async create(gpu: Gpu, compiled: Compiled, opts: { timestamps?: boolean } = {}): Promise<GpuEstimator> {
    const runner = await PlanRunner.create(gpu.device, compiled.plan, compiled.wgsl.code, {
      timestamps: opts.timestamps ?? gpu.hasTimestamps,
    });
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
