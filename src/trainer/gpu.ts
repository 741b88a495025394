// Thin helpers over a GPUDevice for the trainer: buffers, a pipeline cache, recorded dispatches.
// Every kernel of the trainer is recorded into one command encoder per phase (generate, train step),
// so a step costs one submit and one readback on a CPU-backed device.
import { IdleWaiter } from '../runtime/plan-runner.js';

export interface Kernel {
  pipe: GPUComputePipeline;
  id: number;
  code: string;
}

/** Pipelines per device, shared by every GpuCtx: llvmpipe compiles each one for seconds. */
const pipelineCache = new WeakMap<GPUDevice, Map<string, Kernel>>();

export class GpuCtx {
  readonly pipelines: Map<string, Kernel>;
  private bindGroups = new Map<string, GPUBindGroup>();
  private ids = new WeakMap<GPUBuffer, number>();
  private nextId = 1;
  /** Sleeps through most of each read-back's wait when enabled (CPU-backed adapters); kinds by buffer sizes. */
  readonly waiter = new IdleWaiter();

  constructor(readonly device: GPUDevice) {
    let p = pipelineCache.get(device);
    if (!p) {
      p = new Map();
      pipelineCache.set(device, p);
    }
    this.pipelines = p;
  }

  buffer(bytes: number, label = ''): GPUBuffer {
    const size = Math.max(16, Math.ceil(bytes / 16) * 16);
    const b = this.device.createBuffer({
      label,
      size,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
    });
    this.ids.set(b, this.nextId++);
    return b;
  }

  uniform(words: ArrayLike<number>, label = ''): GPUBuffer {
    const data = new Uint32Array(Math.max(4, Math.ceil(words.length / 4) * 4));
    data.set(Array.from(words));
    const b = this.device.createBuffer({ label, size: data.byteLength, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    this.device.queue.writeBuffer(b, 0, data);
    this.ids.set(b, this.nextId++);
    return b;
  }

  write(buf: GPUBuffer, data: Float32Array | Int32Array | Uint32Array, offsetBytes = 0): void {
    this.device.queue.writeBuffer(buf, offsetBytes, data.buffer, data.byteOffset, data.byteLength);
  }

  /** Compiles (once per distinct source) a compute shader with entry point `main`. */
  kernel(code: string): Kernel {
    let k = this.pipelines.get(code);
    if (!k) {
      const module = this.device.createShaderModule({ code });
      const pipe = this.device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
      k = { pipe, id: this.pipelines.size + 1, code };
      this.pipelines.set(code, k);
    }
    return k;
  }

  private bindGroup(k: Kernel, buffers: GPUBuffer[]): GPUBindGroup {
    const key = k.id + ':' + buffers.map((b) => this.ids.get(b) ?? 0).join(',');
    let g = this.bindGroups.get(key);
    if (!g) {
      g = this.device.createBindGroup({
        layout: k.pipe.getBindGroupLayout(0),
        entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
      });
      this.bindGroups.set(key, g);
    }
    return g;
  }

  /** Records one dispatch; bindings are @group(0) @binding(i) in order. */
  dispatch(pass: GPUComputePassEncoder, k: Kernel, buffers: GPUBuffer[], groups: number | [number, number]): void {
    pass.setPipeline(k.pipe);
    pass.setBindGroup(0, this.bindGroup(k, buffers));
    if (typeof groups === 'number') pass.dispatchWorkgroups(groups);
    else pass.dispatchWorkgroups(groups[0], groups[1]);
  }

  /** Runs `record` in one compute pass and submits it. */
  run(record: (pass: GPUComputePassEncoder) => void): void {
    const enc = this.device.createCommandEncoder();
    const pass = enc.beginComputePass();
    record(pass);
    pass.end();
    this.device.queue.submit([enc.finish()]);
  }

  /** Copies several buffers to one staging buffer and maps it once. */
  async read(bufs: { buf: GPUBuffer; bytes: number }[]): Promise<ArrayBuffer[]> {
    const offsets: number[] = [];
    let total = 0;
    for (const b of bufs) {
      offsets.push(total);
      total += Math.ceil(b.bytes / 16) * 16;
    }
    const staging = this.device.createBuffer({ size: Math.max(16, total), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const enc = this.device.createCommandEncoder();
    bufs.forEach((b, i) => enc.copyBufferToBuffer(b.buf, 0, staging, offsets[i], Math.ceil(b.bytes / 4) * 4));
    this.device.queue.submit([enc.finish()]);
    await this.waiter.wait(bufs.map((b) => b.bytes).join(','), () => staging.mapAsync(GPUMapMode.READ));
    const all = staging.getMappedRange();
    const out = bufs.map((b, i) => all.slice(offsets[i], offsets[i] + b.bytes));
    staging.unmap();
    staging.destroy();
    return out;
  }

  async readF32(buf: GPUBuffer, n: number): Promise<Float32Array> {
    const [a] = await this.read([{ buf, bytes: n * 4 }]);
    return new Float32Array(a);
  }

  async readI32(buf: GPUBuffer, n: number): Promise<Int32Array> {
    const [a] = await this.read([{ buf, bytes: n * 4 }]);
    return new Int32Array(a);
  }

  /** Fails loudly if any recorded kernel did not validate. */
  async checked<T>(fn: () => Promise<T> | T): Promise<T> {
    this.device.pushErrorScope('validation');
    const out = await fn();
    const err = await this.device.popErrorScope();
    if (err) throw new Error(`WebGPU validation error: ${err.message}`);
    return out;
  }
}

