// Runs a compiled plan on a WebGPU device: uploads a batch into two arenas, dispatches the kernels, reads the
// outputs back. It imports only the plan (src/plan) and WebGPU: `advc compile` embeds the plan's files and this
// one in the standalone TypeScript module it generates, so embedders and the CLI run the very same host code.
import type { PlanJson, PlanOutput, RunnerBatch } from '../plan/format.js';
import { byWork, emptyShape, groupRows, hostInts, keyTableLayout, largest, layoutOf, outputsByValue, partLayout, regionLength, reorderGroups, shapeOf, withGroup, type GroupLayout, type KeyedLayout, type Shape } from '../plan/layout.js';
import { checkInputs, checkOutputBuffers, PlanInputError, uniformValue, withFills, type OutputBuffers } from '../plan/uniforms.js';
import { checkFoldSlots } from '../compiler/fold-limit.js';

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * A part of a split batch: where its outputs go (the whole batch's arrays, and the part's rows in it), and
 * the shape its arenas are laid out for (every part's largest, when that fits one binding: all parts then
 * share one layout, so tables the kernels leave empty need no clear from part to part or call to call).
 */
interface PartSink {
  out: Record<string, Float32Array>;
  rows: Int32Array;
  layout?: Shape;
}

/** Every output, in the plan's order: the given array where there is one, else the fresh one. */
export function withGiven(outputs: PlanOutput[], fresh: Record<string, Float32Array>, given: OutputBuffers | undefined): Record<string, Float32Array> {
  return Object.fromEntries(outputs.map((o) => [o.name, given?.[o.name] ?? fresh[o.name]!]));
}

/** Rows of a part's output (`per` values each) to their rows of the whole batch's output. */
function scatterRows(part: Float32Array, whole: Float32Array, rows: Int32Array, per: number): void {
  if (contiguous(rows)) whole.set(part, rows[0]! * per);
  else rows.forEach((row, i) => whole.set(part.subarray(i * per, (i + 1) * per), row * per));
}

/** True when sorted rows are one run (b, b + 1, ...): their fields are views, not copies. */
function contiguous(rows: Int32Array): boolean {
  return rows.length > 0 && rows[rows.length - 1]! - rows[0]! + 1 === rows.length;
}

/**
 * The given (sorted) rows of a batch, as a batch of their own (per-row and per-token fields gathered): views
 * when the rows are one run, else copies into `scratch` arrays (reused: a part is uploaded before the next).
 */
function subBatch(batch: RunnerBatch, rows: Int32Array, scratch: Map<string, Int32Array | Float32Array>): RunnerBatch {
  const { B, T } = batch;
  const sub: RunnerBatch = { B: rows.length, T, index: new Int32Array(0) };
  const run = contiguous(rows);
  for (const [name, a] of Object.entries(batch)) {
    if (typeof a === 'number') continue;
    const per = a.length === B * T ? T : a.length === B ? 1 : 0;
    if (!per) continue;
    if (run) {
      sub[name] = a.subarray(rows[0]! * per, (rows[0]! + rows.length) * per);
      continue;
    }
    let buf = scratch.get(name);
    if (!buf || buf.length < rows.length * per || buf.constructor !== a.constructor) {
      buf = new (a.constructor as Int32ArrayConstructor | Float32ArrayConstructor)(rows.length * per);
      scratch.set(name, buf);
    }
    const part = buf.subarray(0, rows.length * per);
    rows.forEach((row, i) => part.set(a.subarray(row * per, (row + 1) * per), i * per));
    sub[name] = part;
  }
  return sub;
}

const MAX_DIM = 65535;

/**
 * Waits for submitted device work without keeping a core busy. Dawn's Node binding resolves mapAsync by
 * polling on the main thread without pause; on a CPU-backed adapter (lavapipe) that poll takes a core from
 * the driver's own worker threads. When enabled, a wait first sleeps through most of the fastest of the last
 * waits of its kind (e.g. a batch shape), then polls for the rest, blocking the thread for POLL_GAP_MS between
 * turns of the event loop so the binding polls about every half millisecond instead of continuously (half the
 * main thread's CPU per KTAE call on lavapipe). A kind needs two waits before it sleeps; a wait that ends as
 * soon as polling starts overslept, so it counts as shorter than its sleep.
 */
export class IdleWaiter {
  enabled = false;
  private recent = new Map<string, number[]>();
  private static readonly POLL_GAP_MS = 0.5;
  /** made on first use: only Node needs it, and browsers without cross-origin isolation lack SharedArrayBuffer */
  private cell?: Int32Array;

  async wait<T>(kind: string, finish: () => Promise<T>): Promise<T> {
    const since = performance.now();
    const past = this.recent.get(kind) ?? [];
    let slept = 0;
    if (this.enabled && past.length >= 2) {
      slept = 0.92 * Math.min(...past);
      if (slept >= 1) await new Promise((done) => setTimeout(done, slept));
      else slept = 0;
    }
    const polled = performance.now();
    let pending = this.enabled;
    // Node's setImmediate runs after the binding's poll of the same turn (typed loosely: the generated
    // modules compile with the WebGPU types only)
    const next = (globalThis as { setImmediate?: (f: () => void) => void }).setImmediate ?? ((f: () => void) => setTimeout(f, 0));
    const gap = () => {
      if (!pending) return;
      this.cell ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(this.cell, 0, 0, IdleWaiter.POLL_GAP_MS); // a real sleep: nothing ever notifies the cell
      next(gap);
    };
    if (pending) next(gap);
    const out = await finish().finally(() => (pending = false));
    const end = performance.now();
    // done as soon as polling started: the work ended at some unknown point of the sleep
    const took = slept && end - polled < 2 ? 0.6 * slept : end - since;
    this.recent.delete(kind); // most recent kinds last; the oldest goes first
    this.recent.set(kind, [took, ...past.slice(0, 2)]);
    if (this.recent.size > 32) this.recent.delete(this.recent.keys().next().value!);
    return out;
  }
}

export class PlanRunner {
  /** GPU time of the last run, per kernel, in milliseconds (when the device has timestamp queries). */
  lastKernelMs: number[] = [];
  private buffers: Partial<Record<'F' | 'I' | 'H' | 'U' | 'read', GPUBuffer>> = {};
  private bindGroup: GPUBindGroup | undefined;
  private query: { set: GPUQuerySet; resolve: GPUBuffer; read: GPUBuffer } | undefined;

  private constructor(
    readonly device: GPUDevice,
    readonly plan: PlanJson,
    private pipelines: Map<number, GPUComputePipeline[]>,
    private module: GPUShaderModule,
    private pipelineLayout: GPUPipelineLayout,
    private layout: GPUBindGroupLayout,
    timestamps: boolean,
  ) {
    if (timestamps && device.features.has('timestamp-query')) {
      const count = 2 * plan.kernels.length;
      this.query = {
        set: device.createQuerySet({ type: 'timestamp', count }),
        resolve: device.createBuffer({ size: 8 * count, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC }),
        read: device.createBuffer({ size: 8 * count, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }),
      };
    }
  }

  static async create(device: GPUDevice, plan: PlanJson, wgsl: string, opts: { timestamps?: boolean } = {}): Promise<PlanRunner> {
    device.pushErrorScope('validation');
    const module = device.createShaderModule({ code: wgsl, label: plan.name });
    const info = await module.getCompilationInfo();
    const errors = info.messages.filter((m) => m.type === 'error');
    if (errors.length)
      throw new Error(`WGSL for '${plan.name}' did not compile:\n${errors.map((m) => `  ${m.lineNum}:${m.linePos} ${m.message}`).join('\n')}`);
    const layout = device.createBindGroupLayout({
      entries: [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform' } },
        { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
        { binding: 2, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'read-only-storage' } },
        ...(plan.hashRegions.length ? [{ binding: 3, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' as const } }] : []),
      ],
    });
    const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
    const runner = new PlanRunner(device, plan, new Map(), module, pipelineLayout, layout, opts.timestamps ?? false);
    // a plan whose lanes depend on the batch gets its pipelines at its first run (compiling unused variants
    // costs seconds on a CPU-backed adapter)
    if (!plan.lanesConstant) await runner.pipelinesFor(plan.groupsPerWorkgroup);
    const err = await device.popErrorScope();
    if (err) throw new Error(`creating the pipelines of '${plan.name}' failed: ${err.message}`);
    return runner;
  }

  /** The pipelines for a number of groups per workgroup, created on first use. */
  private async pipelinesFor(lanes: number): Promise<GPUComputePipeline[]> {
    let p = this.pipelines.get(lanes);
    if (!p) {
      this.device.pushErrorScope('validation');
      const constants = this.plan.lanesConstant ? { [this.plan.lanesConstant]: lanes } : undefined;
      p = await Promise.all(
        this.plan.kernels.map((k) =>
          this.device.createComputePipelineAsync({ layout: this.pipelineLayout, compute: { module: this.module, entryPoint: k.entryPoint, ...(constants ? { constants } : {}) } }),
        ),
      );
      const err = await this.device.popErrorScope();
      if (err) throw new Error(`creating the pipelines of '${this.plan.name}' failed: ${err.message}`);
      this.pipelines.set(lanes, p);
    }
    return p;
  }

  /** Threads the device runs workgroups on (CPU-backed adapters: the machine's cores); see lanesConstant. */
  workers = 2;

  /** Groups per workgroup for G groups: fewer when the batch would not give every worker a workgroup. */
  lanesFor(G: number): number {
    let lanes = this.plan.groupsPerWorkgroup;
    while (this.plan.lanesConstant && lanes > 1 && Math.ceil(G / lanes) < this.workers) lanes >>= 1;
    return lanes;
  }

  private ensure(name: 'F' | 'I' | 'H' | 'U' | 'read', bytes: number, usage: number): GPUBuffer {
    const have = this.buffers[name];
    if (have && have.size >= bytes) return have;
    have?.destroy();
    // Grow with headroom so slowly growing batches do not reallocate every call (but stay bindable).
    const cap = Math.max(bytes, this.device.limits.maxStorageBufferBindingSize);
    const size = Math.max(256, Math.ceil(Math.min(cap, bytes * (have ? 1.25 : 1)) / 256) * 256);
    const buf = this.device.createBuffer({ size, usage, label: `advc ${this.plan.name} ${name}` });
    this.buffers[name] = buf;
    this.bindGroup = undefined;
    return buf;
  }

  private pending: Promise<unknown> = Promise.resolve();

  /**
   * Runs one batch. Calls are serialized: the arenas and the read-back buffer are reused. `out`: arrays to fill
   * and return in place of fresh ones (see checkOutputBuffers), so a loop calling every step allocates nothing.
   */
  run(batch: RunnerBatch, params: Record<string, number | boolean> = {}, out?: OutputBuffers): Promise<Record<string, Float32Array>> {
    const next = this.pending.then(async () => {
      const start = performance.now();
      const phases = (this.lastPhasesMs = { prepare: 0, upload: 0, device: 0, readBack: 0 });
      if (out) checkOutputBuffers(this.plan, batch.B, batch.T, out);
      const result = await this.runChecked(withFills(this.plan, batch), params, undefined, undefined, out);
      phases.prepare = performance.now() - start - phases.upload - phases.device - phases.readBack;
      return result;
    });
    this.pending = next.catch(() => undefined);
    return next;
  }

  /**
   * Where the last run's wall time went, in milliseconds: checking the batch, the group layout and splitting
   * (prepare); copying inputs to the device (upload); from submit to the results being readable, kernels
   * and the driver's copies included (device); copying the outputs out (readBack).
   */
  lastPhasesMs = { prepare: 0, upload: 0, device: 0, readBack: 0 };

  /** Largest binding in bytes a run may use (the device's limit unless lowered, e.g. to test splitting). */
  maxBindingBytes = 0;
  /** Parts the last batch ran in (1 unless it was too big for one binding). */
  lastParts = 1;
  /** Sleeps through most of each wait for the device when `waiter.enabled` (CPU-backed adapters). */
  readonly waiter = new IdleWaiter();
  /** host copies of the parts of a split batch, reused from part to part and call to call */
  private scratch = new Map<string, Int32Array | Float32Array>();

  /**
   * `known`: the keyed layout when the batch is a part of a split one (its groups in the part's order); `into`:
   * the whole batch's outputs, where a part's rows go straight from mapped memory; `given`: the caller's arrays.
   */
  private async runChecked(
    batch: RunnerBatch,
    params: Record<string, number | boolean>,
    known?: KeyedLayout,
    into?: PartSink,
    given?: OutputBuffers,
  ): Promise<Record<string, Float32Array>> {
    const { plan } = this;
    const { B, T } = batch;
    checkInputs(plan, batch, params);
    const groups = groupRows(batch.index);
    const keyed = known ?? (plan.hashRegions.length ? keyTableLayout(groups, batch.response_mask as Int32Array, T) : undefined);
    const limit = this.maxBindingBytes || this.device.limits.maxStorageBufferBindingSize;
    const whole = shapeOf(groups, keyed, T);
    const need = this.bindingBytes(whole);
    this.lastParts = 1;
    if (need <= limit) {
      if (!keyed || !plan.splittable) return this.runNow(batch, params, groups, keyed, whole, into, given);
      const order = byWork(keyed);
      return this.runNow(batch, params, reorderGroups(groups, order), partLayout(keyed, order), whole, into, given);
    }
    if (!plan.splittable)
      throw new PlanInputError(
        `the batch needs ${size(need)} in one binding, above this device's ${size(limit)} limit, and ${plan.name} has batch-wide statistics, so its groups ` +
          `cannot run apart: pass smaller batches`,
      );
    // Groups are independent: run them in parts that fit, in order, and put each part's rows back in place.
    const parts: number[][] = [[]];
    const shapes = [emptyShape(T)];
    for (let g = 0; g < groups.G; g++) {
      const alone = withGroup(emptyShape(T), groups, keyed, g);
      if (this.bindingBytes(alone) > limit)
        throw new PlanInputError(`group ${batch.index[groups.members[groups.starts[g]!]!]} alone needs more than this device's ${size(limit)} binding limit`);
      const grown = withGroup(shapes[shapes.length - 1]!, groups, keyed, g);
      const part = parts[parts.length - 1]!;
      if (part.length && this.bindingBytes(grown) > limit) {
        parts.push([g]);
        shapes.push(alone);
      } else {
        part.push(g);
        shapes[shapes.length - 1] = grown;
      }
    }
    const common = shapes.reduce(largest);
    const layout = this.bindingBytes(common) <= limit ? common : undefined;
    const fresh = outputsByValue(plan.outputs.filter((o) => !given?.[o.name]), (o) => new Float32Array(B * (o.domain === 'token' ? T : 1)));
    const out = withGiven(plan.outputs, fresh, given);
    let kernelMs: number[] = [];
    for (const part of parts) {
      const rows = Int32Array.from(part.flatMap((g) => [...groups.members.subarray(groups.starts[g], groups.starts[g + 1])])).sort();
      // groups are numbered by first row, so the part's groups keep their order in the part
      await this.runChecked(subBatch(batch, rows, this.scratch), params, partLayout(keyed, part, rows), { out, rows, layout });
      kernelMs = this.lastKernelMs.map((ms, k) => ms + (kernelMs[k] ?? 0));
    }
    this.lastKernelMs = kernelMs;
    this.lastParts = parts.length;
    return out;
  }

  /** Bytes of the largest arena for a batch shape. */
  private bindingBytes(shape: Shape): number {
    return Math.max(...Object.values(this.layouts(shape)).map((l) => l.total)) * 4;
  }

  private layouts(shape: Shape) {
    const { plan } = this;
    return { fl: layoutOf(plan.floatRegions, shape), il: layoutOf(plan.intRegions, shape), hl: layoutOf(plan.hashRegions, shape) };
  }

  private async runNow(
    batch: RunnerBatch,
    params: Record<string, number | boolean>,
    groups: GroupLayout,
    keyed: KeyedLayout,
    shape: Shape,
    into?: PartSink,
    given?: OutputBuffers,
  ): Promise<Record<string, Float32Array>> {
    const { plan, device } = this;
    const { B, T } = batch;
    const G = groups.G;
    const arenas = into?.layout ?? shape; // what the arenas are laid out for: at least the batch's shape
    const { fl, il, hl } = this.layouts(arenas);
    const F = this.ensure('F', fl.total * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC);
    const I = this.ensure('I', il.total * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST);
    const H = hl.total ? this.ensure('H', hl.total * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST) : undefined;
    const ubytes = Math.ceil((plan.uniforms.length * 4) / 16) * 16;
    const U = this.ensure('U', ubytes, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST);
    const outRegions = [...new Set(plan.outputs.map((o) => o.region))];
    const outStart = fl.offsets.get(outRegions[0]!)!;
    const outLen = fl.total - outStart;
    const read = this.ensure('read', outLen * 4, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST);
    this.bindGroup ??= device.createBindGroup({
      layout: this.layout,
      entries: [
        { binding: 0, resource: { buffer: U } },
        { binding: 1, resource: { buffer: F } },
        { binding: 2, resource: { buffer: I } },
        ...(H ? [{ binding: 3, resource: { buffer: H } }] : []),
      ],
    });

    const u = new DataView(new ArrayBuffer(ubytes));
    plan.uniforms.forEach((f, i) => {
      const v = uniformValue(plan, f, shape, { f32: fl, i32: il, u32: hl }, params);
      if (f.type === 'f32') u.setFloat32(i * 4, v, true);
      else if (f.type === 'i32') u.setInt32(i * 4, v, true);
      else u.setUint32(i * 4, v, true);
    });
    const q = device.queue;
    const uploading = performance.now();
    q.writeBuffer(U, 0, u.buffer);
    const upload = (buf: GPUBuffer, offset: number, data: Int32Array | Float32Array) =>
      q.writeBuffer(buf, offset * 4, data.buffer, data.byteOffset, data.byteLength);
    for (const r of plan.floatRegions) {
      const a = batch[r.name];
      if (a && typeof a !== 'number') upload(F, fl.offsets.get(r.name)!, a instanceof Float32Array ? a : Float32Array.from(a));
    }
    const host = hostInts(plan, groups, keyed);
    for (const r of plan.intRegions) {
      const a = host[r.name] ?? batch[r.name];
      if (a && typeof a !== 'number') upload(I, il.offsets.get(r.name)!, a instanceof Int32Array ? a : Int32Array.from(a));
    }
    this.lastPhasesMs.upload += performance.now() - uploading;

    const lanes = this.lanesFor(G);
    const pipelines = await this.pipelinesFor(lanes);
    device.pushErrorScope('validation');
    const enc = device.createCommandEncoder();
    // zero the keyed-table regions that start empty (adjacent ones in one clear); the rest the kernels write first
    if (H) {
      let from = -1;
      let to = -1;
      for (const r of [...plan.hashRegions, { name: '', size: 'per-group' as const, clear: false }]) {
        const at = hl.offsets.get(r.name) ?? hl.total;
        const zero = r.clear;
        if (zero && at === to) to = at + regionLength(r.size, arenas);
        else {
          if (to > from && from >= 0) enc.clearBuffer(H, from * 4, (to - from) * 4);
          [from, to] = zero ? [at, at + regionLength(r.size, arenas)] : [-1, -1];
        }
      }
    }
    // the fold slots start at 0: a kernel writes its group's only when a fold's range is too long
    if (plan.folds) enc.clearBuffer(F, fl.offsets.get(plan.folds.region)! * 4, regionLength('per-group', arenas) * 4);
    const workgroups = Math.ceil(G / lanes);
    const x = Math.min(workgroups, MAX_DIM);
    const y = Math.ceil(workgroups / MAX_DIM);
    pipelines.forEach((p, i) => {
      const pass = enc.beginComputePass(
        this.query ? { timestampWrites: { querySet: this.query.set, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } } : {},
      );
      pass.setPipeline(p);
      pass.setBindGroup(0, this.bindGroup!);
      pass.dispatchWorkgroups(x, y);
      pass.end();
    });
    if (this.query) {
      enc.resolveQuerySet(this.query.set, 0, 2 * plan.kernels.length, this.query.resolve, 0);
      enc.copyBufferToBuffer(this.query.resolve, 0, this.query.read, 0, this.query.resolve.size);
    }
    enc.copyBufferToBuffer(F, outStart * 4, read, 0, outLen * 4);
    q.submit([enc.finish()]);
    const submitted = performance.now();
    const scope = device.popErrorScope();
    await this.waiter.wait(`${B}x${T}`, async () => {
      // one wait for both read-backs: each separate map costs a round trip
      const maps = Promise.all([read.mapAsync(GPUMapMode.READ, 0, outLen * 4), this.query?.read.mapAsync(GPUMapMode.READ)]);
      const err = await scope;
      if (err) {
        await maps.catch(() => undefined);
        throw new Error(`running '${plan.name}' failed: ${err.message}`);
      }
      await maps;
    });
    const mapped = performance.now();
    this.lastPhasesMs.device += mapped - submitted;
    const all = new Float32Array(read.getMappedRange(0, outLen * 4));
    const per = (o: PlanOutput) => (o.domain === 'token' ? T : 1);
    const view = (o: PlanOutput) => {
      const at = fl.offsets.get(o.region)! - outStart;
      return all.subarray(at, at + B * per(o));
    };
    // mapped memory is read once per array; a part's rows go straight to their places in the whole batch's
    // outputs, the caller's arrays are filled, and any other output is a fresh copy (one per value)
    const sink = into?.out ?? given;
    const filled = new Set<Float32Array>();
    const out = withGiven(plan.outputs, outputsByValue(plan.outputs.filter((o) => !sink?.[o.name]), (o) => view(o).slice()), sink);
    for (const o of plan.outputs) {
      const target = sink?.[o.name];
      if (!target || filled.has(target)) continue;
      filled.add(target);
      if (into) scatterRows(view(o), target, into.rows, per(o));
      else target.set(view(o));
    }
    const foldAt = plan.folds ? fl.offsets.get(plan.folds.region)! - outStart : 0;
    const foldSlots = plan.folds && all.slice(foldAt, foldAt + G);
    read.unmap();
    if (this.query) {
      const ts = new BigInt64Array(this.query.read.getMappedRange().slice(0));
      this.query.read.unmap();
      this.lastKernelMs = plan.kernels.map((_, i) => Number(ts[2 * i + 1]! - ts[2 * i]!) / 1e6);
    }
    if (foldSlots) checkFoldSlots(foldSlots, plan.folds!.at); // once nothing is left mapped
    this.lastPhasesMs.readBack += performance.now() - mapped;
    return out;
  }

  destroy(): void {
    for (const b of Object.values(this.buffers)) b?.destroy();
    this.buffers = {};
    this.scratch.clear();
    if (this.query) {
      this.query.set.destroy();
      this.query.resolve.destroy();
      this.query.read.destroy();
    }
  }
}
