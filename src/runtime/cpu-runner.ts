// Runs a compiled plan on the CPU: the serial kernels, each called once per group, either built as native code
// (compiler/render-c.ts, runtime/native.ts) or as JavaScript (compiler/render-js.ts). Same plan,
// same layout and same uniforms as on a device; inputs are read in place and outputs returned as computed, with
// no device round trip. On a machine with several cores, threads share the groups: every thread claims the next
// group from a shared counter (groups largest first, so the threads end together), and a kernel starts once
// every thread has finished the previous one (batch statistics are complete by then). Native code runs its
// threads itself; JavaScript runs on worker threads, over shared memory.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CModule } from '../compiler/render-c.js';
import type { JsModule } from '../compiler/render-js.js';
import type { NativeKernels } from './native.js';
import type { PlanJson, RunnerBatch } from '../plan/format.js';
import { byWork, groupRows, hostInts, keyTableLayout, layoutOf, outputsByValue, regionLength, shapeOf } from '../plan/layout.js';
import { checkInputs, checkOutputBuffers, uniformValue, withFills, type OutputBuffers } from '../plan/uniforms.js';
import { withGiven } from './plan-runner.js';
import { checkFoldSlots } from '../compiler/fold-limit.js';

interface Kernels {
  bind(u: Record<string, number>, f: Record<string, Float32Array>, i: Record<string, Int32Array>, h: Int32Array): void;
  [entryPoint: string]: (...args: never[]) => void;
}
type Kernel = (wid: { x: number; y: number }, lane: number) => void;

/** What a run gives every thread: the uniforms, the arrays (shared memory) and the groups in claiming order. */
interface RunMessage {
  u: Record<string, number>;
  f: Record<string, Float32Array>;
  i: Record<string, Int32Array>;
  h: Int32Array;
  order: Int32Array;
  /** [error flag, then per kernel: next claim, threads finished] */
  ctl: Int32Array;
  threads: number;
  kernels: string[];
}

/**
 * One thread's share of a run: claims groups until none is left, then waits at each kernel's end for the other
 * threads. Written once, run by the main thread and (as source text) by the workers.
 */
function share(k: Kernels, m: RunMessage, onError: (e: unknown) => void): void {
  const { ctl, order } = m;
  const wid = { x: 0, y: 0 };
  let failed = false;
  m.kernels.forEach((name, s) => {
    const kernel = k[name] as unknown as Kernel;
    try {
      for (let c = Atomics.add(ctl, 1 + 2 * s, 1); c < order.length && !failed && Atomics.load(ctl, 0) === 0; c = Atomics.add(ctl, 1 + 2 * s, 1)) {
        wid.x = order[c]!;
        kernel(wid, 0);
      }
    } catch (e) {
      failed = true;
      Atomics.store(ctl, 0, 1);
      onError(e);
    }
    // every thread arrives at every kernel's end, failed or not, so none waits forever
    const at = 2 + 2 * s;
    Atomics.add(ctl, at, 1);
    Atomics.notify(ctl, at);
    for (let v = Atomics.load(ctl, at); v < m.threads; v = Atomics.load(ctl, at)) Atomics.wait(ctl, at, v, 1000);
  });
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const share = ${share.toString()};
const kernels = new Function(workerData.code)();
const errors = workerData.errors;
const report = (e) => errors.postMessage(String((e && e.stack) || e));
parentPort.on('message', (m) => {
  try {
    kernels.bind(m.u, m.f, m.i, m.h);
  } catch (e) {
    Atomics.store(m.ctl, 0, 1); // the run fails, but this thread still arrives at every barrier
    report(e);
  }
  share(kernels, m, report);
});
`;

/** Batches below this many token slots run on the main thread alone: a worker's wake-up would cost more. */
const PARALLEL_MIN_TOKENS = 1 << 16;

export class CpuRunner {
  /** the JavaScript kernels (made only when there is no native build) */
  private kernels?: Kernels;
  /** arrays the kernels read and write, reused from call to call (shared memory, so workers see them) */
  private arrays = new Map<string, Float32Array | Int32Array>();
  private workers: { worker: Worker; errors: MessagePort }[] = [];
  /** threads a run may use: the main one and (threads - 1) workers, started on the first large batch */
  threads: number;
  /**
   * A native run's fresh output array. Left uninitialized by default: the schedule's output step writes every
   * element of an output region (every token of every rollout, or every rollout), so zeroing first would only
   * cost a pass over memory the kernels overwrite (about a quarter of GRPO's run time).
   */
  outputArray: (n: number) => Float32Array = (n) => new Float32Array(Buffer.allocUnsafeSlow(n * 4).buffer, 0, n);
  /** threads the last run used */
  lastThreads = 1;
  /** where the last run's wall time went (ms): checking and laying out the batch (for JavaScript workers, also
   * inputs to shared memory), then the kernels on every thread */
  lastPhasesMs = { prepare: 0, kernels: 0 };
  /**
   * The process's CPU time (user + system, every thread) during the last run's kernels, ms. Against the kernels'
   * wall time on lastThreads threads it says how long the threads were not running: waiting for a core that
   * another process holds, for a thread to start, or for the last group at the end.
   */
  lastKernelCpuMs = 0;

  /** the kernels' native build, or their JavaScript translation */
  constructor(
    readonly plan: PlanJson,
    engine: { native: { kernels: NativeKernels; module: CModule } } | { js: JsModule },
    opts: { threads?: number } = {},
  ) {
    if ('native' in engine) this.native = engine.native;
    else {
      this.js = engine.js;
      this.kernels = new Function(engine.js.code)() as Kernels;
    }
    this.threads = Math.max(1, opts.threads ?? availableParallelism());
  }

  /** the native build of the kernels, when there is one (else they run as JavaScript) */
  readonly native?: { kernels: NativeKernels; module: CModule };
  private readonly js?: JsModule;

  /** A reused array of at least n elements (zeroed when first made). */
  private array<A extends Float32Array | Int32Array>(name: string, n: number, make: new (b: SharedArrayBuffer) => A): A {
    let a = this.arrays.get(name) as A | undefined;
    if (!a || a.length < n || !(a instanceof make)) {
      a = new make(new SharedArrayBuffer(Math.max(4, n * 4)));
      this.arrays.set(name, a);
    }
    return a;
  }

  /** An input as the kernels read it: as it is for native code, else in shared memory (copied unless it is). */
  private shared<A extends Float32Array | Int32Array>(name: string, data: ArrayLike<number>, make: (new (b: SharedArrayBuffer) => A) & { from(d: ArrayLike<number>): A }): A {
    if (data instanceof make && (this.native || (data as A).buffer instanceof SharedArrayBuffer)) return data as A;
    const a = this.array(`in:${name}`, data.length, make);
    a.set(data);
    return a;
  }

  /** `given`: arrays to fill and return in place of fresh outputs (see checkOutputBuffers). */
  run(input: RunnerBatch, params: Record<string, number | boolean> = {}, given?: OutputBuffers): Record<string, Float32Array> {
    const start = performance.now();
    const { plan } = this;
    const batch = withFills(plan, input);
    checkInputs(plan, batch, params);
    if (given) checkOutputBuffers(plan, batch.B, batch.T, given);
    const { B, T } = batch;
    const groups = groupRows(batch.index);
    const keyed = plan.hashRegions.length ? keyTableLayout(groups, batch.response_mask as Int32Array, T) : undefined;
    const shape = shapeOf(groups, keyed, T);
    const hl = layoutOf(plan.hashRegions, shape);
    const none = { offsets: new Map<string, number>() }; // float and int regions are arrays of their own
    const u: Record<string, number> = {};
    for (const f of plan.uniforms) {
      const v = uniformValue(plan, f, shape, { f32: none, i32: none, u32: hl }, params);
      u[f.name] = f.type === 'f32' ? Math.fround(v) : v | 0; // u32 as its int32 bit pattern, as the kernels hold it
    }
    const outputs = new Set(plan.outputs.map((o) => o.region));
    const f: Record<string, Float32Array> = {};
    for (const r of plan.floatRegions) {
      const a = batch[r.name];
      const n = regionLength(r.size, shape);
      if (a && typeof a !== 'number') f[r.name] = this.shared(r.name, a, Float32Array);
      else if (outputs.has(r.name)) f[r.name] = this.outputRegion(r.name, n, given);
      else f[r.name] = this.array(`f:${r.name}`, n, Float32Array);
    }
    if (plan.folds) f[plan.folds.region]!.fill(0); // a kernel writes its group's slot only for a fold out of range
    const host = hostInts(plan, groups, keyed);
    const i: Record<string, Int32Array> = {};
    for (const r of plan.intRegions) {
      const a = host[r.name] ?? batch[r.name];
      if (a && typeof a !== 'number') i[r.name] = this.shared(r.name, a, Int32Array);
    }
    // keyed tables: zero what starts empty, as the device runner does
    const H = this.array('H', hl.total, Int32Array);
    for (const r of plan.hashRegions) {
      const at = hl.offsets.get(r.name)!;
      if (r.clear) H.fill(0, at, at + regionLength(r.size, shape));
    }
    const threads = B * T >= PARALLEL_MIN_TOKENS && shape.G > 1 ? Math.min(this.threads, shape.G) : 1;
    const order = this.shared('order', keyed ? byWork(keyed) : Array.from({ length: shape.G }, (_, g) => g), Int32Array).subarray(0, shape.G);
    const ran = performance.now();
    const cpu = process.cpuUsage();
    if (this.native) {
      const bits = new Int32Array(plan.uniforms.length);
      const floats = new Float32Array(bits.buffer);
      plan.uniforms.forEach((f, k) => (f.type === 'f32' ? (floats[k] = u[f.name]!) : (bits[k] = u[f.name]!)));
      const { kernels, module } = this.native;
      kernels.run(bits, module.floatRegions.map((r) => f[r]!), module.intRegions.map((r) => i[r]!), H, order, threads);
      return this.finish(threads, start, ran, cpu, f, given);
    }
    // JavaScript: the claim counters and barriers live in shared memory, for the workers too
    const ctl = this.array('ctl', 1 + 2 * plan.kernels.length, Int32Array);
    ctl.fill(0);
    const m: RunMessage = { u, f, i, h: H, order, ctl, threads, kernels: plan.kernels.map((k) => k.entryPoint) };
    const kernels = this.kernels!;
    const pool = this.pool(threads - 1);
    for (const w of pool) w.worker.postMessage(m);
    kernels.bind(u, f, i, H);
    const errors: unknown[] = [];
    share(kernels, m, (e) => errors.push(e));
    for (const w of pool) for (let msg = receiveMessageOnPort(w.errors); msg; msg = receiveMessageOnPort(w.errors)) errors.push(new Error(String(msg.message)));
    if (errors.length) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
    return this.finish(threads, start, ran, cpu, f, given);
  }

  /**
   * The array an output region is computed in: a caller's array for one of its outputs when the kernels can
   * write it (any for native code; only shared memory for JavaScript workers, else it is filled afterwards),
   * else a fresh one.
   */
  private outputRegion(region: string, n: number, given: OutputBuffers | undefined): Float32Array {
    const direct = given && this.plan.outputs.map((o) => (o.region === region ? given[o.name] : undefined)).find((a) => a && a.length === n && (this.native || a.buffer instanceof SharedArrayBuffer));
    if (direct) return direct;
    return this.native ? this.outputArray(n) : new Float32Array(new SharedArrayBuffer(Math.max(4, n * 4)), 0, n);
  }

  private finish(threads: number, start: number, ran: number, cpu: NodeJS.CpuUsage, f: Record<string, Float32Array>, given?: OutputBuffers): Record<string, Float32Array> {
    this.lastThreads = threads;
    this.lastPhasesMs = { prepare: ran - start, kernels: performance.now() - ran };
    const used = process.cpuUsage(cpu);
    this.lastKernelCpuMs = (used.user + used.system) / 1000;
    if (this.plan.folds) checkFoldSlots(f[this.plan.folds.region]!, this.plan.folds.at);
    const computed = outputsByValue(this.plan.outputs, (o) => f[o.region]!);
    if (!given) return computed;
    for (const [name, a] of Object.entries(given)) if (a !== computed[name]) a.set(computed[name]!);
    return withGiven(this.plan.outputs, computed, given);
  }

  /** `n` workers, started on first use; they do not keep the process alive. */
  private pool(n: number) {
    while (this.workers.length < n) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { code: this.js!.code, errors: port2 }, transferList: [port2] });
      worker.unref();
      port1.unref();
      this.workers.push({ worker, errors: port1 });
    }
    return this.workers.slice(0, n);
  }

  destroy(): void {
    for (const w of this.workers) {
      void w.worker.terminate();
      w.errors.close();
    }
    this.workers = [];
    this.arrays.clear();
  }
}
