// What `advc serve` answers: run, list and ping requests, one frame in, one frame out. Estimators are compiled
// once per (estimator, outputs, backend) and kept; runs of one estimator are queued (an executor holds one
// batch's buffers at a time), runs of different estimators may overlap.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkEstimatorArg, checkSource, isEstimatorFile, splitEstimatorArg, stdlibEstimators, type Checked } from '../../compiler/index.js';
import { filledInputs } from '../../compiler/input-fields.js';
import type { Backend } from '../backends.js';
import type { Batch } from '../batch.js';
import type { Gpu } from '../device.js';
import { createEstimator, type TimedEstimator } from '../executor.js';
import { checkReads } from '../io/validate.js';
import { checkParams } from '../param-values.js';
import type { FrameEvent } from './frames.js';
import { readRequestBatch, RequestError } from './request.js';

export interface ServiceOptions {
  backend: Backend;
  gpu: () => Promise<Gpu>;
  maxBatchTokens: number;
  /** the one-line message of an error the user caused, or undefined for a bug in advc */
  userMessage(e: unknown): string | undefined;
  version: string;
  /** where an internal error's details go */
  log(line: string): void;
  /** called with a line per answered run (--verbose) */
  trace?(line: string): void;
}

/** A reply: its header and the payload's parts. */
export interface Reply {
  header: Record<string, unknown>;
  payload: ArrayBufferView[];
}

interface Entry {
  est: TimedEstimator;
  checked: Checked;
  /** the end of the last queued run */
  queue: Promise<unknown>;
}

export class Service {
  private entries = new Map<string, Promise<Entry>>();
  private catalog: unknown[] | undefined;

  constructor(private readonly opts: ServiceOptions) {}

  /** The reply to one frame (never throws: every failure becomes an error reply). */
  async answer(ev: FrameEvent): Promise<Reply> {
    const id = ev.kind === 'garbage' ? null : (ev.header?.['id'] ?? null);
    try {
      if (ev.kind === 'garbage') throw new RequestError('bad_request', ev.message);
      if (ev.kind === 'skipped') throw new RequestError('too_large', ev.message);
      const reply = await this.dispatch(ev.header, ev.payload);
      return { header: { ok: true, id, ...reply.header }, payload: reply.payload };
    } catch (e) {
      return { header: { ok: false, id, error: this.describe(e) }, payload: [] };
    }
  }

  private describe(e: unknown): { code: string; message: string } {
    if (e instanceof RequestError) return { code: e.code, message: e.message };
    const message = this.opts.userMessage(e);
    if (message !== undefined) return { code: 'bad_input', message };
    const err = e instanceof Error ? e : new Error(String(e));
    this.opts.log(`advc serve: internal error: ${err.stack ?? err.message}`);
    return { code: 'internal', message: `internal error: ${err.message}` };
  }

  private async dispatch(h: Record<string, unknown>, payload: Buffer): Promise<Reply> {
    const op = h['op'];
    if (op === 'ping') return { header: { op, version: this.opts.version, backend: this.opts.backend, pid: process.pid, compiled: this.entries.size }, payload: [] };
    if (op === 'list') return { header: { op, estimators: this.list() }, payload: [] };
    if (op === 'run') return this.run(h, payload);
    throw new RequestError('bad_request', `unknown op ${JSON.stringify(op)}: use "run", "list" or "ping"`);
  }

  private list(): unknown[] {
    this.catalog ??= stdlibEstimators().map((name) => {
      const p = checkSource({ name }).program;
      return { name, params: p.params, inputs: p.inputs, outputs: ['advantages', 'returns', ...p.outputs.map((o) => o.name).filter((o) => o !== 'advantages' && o !== 'returns')] };
    });
    return this.catalog;
  }

  private async run(h: Record<string, unknown>, payload: Buffer): Promise<Reply> {
    const name = h['estimator'];
    if (typeof name !== 'string' || !name) throw new RequestError('bad_request', '`estimator` must be a stdlib name or the path to a .adv file');
    const outputs = h['outputs'];
    if (outputs !== undefined && !(Array.isArray(outputs) && outputs.every((o) => typeof o === 'string')))
      throw new RequestError('bad_request', '`outputs` must be a list of output names');
    const rawParams = h['params'] ?? {};
    if (typeof rawParams !== 'object' || rawParams === null || Array.isArray(rawParams)) throw new RequestError('bad_request', '`params` must be an object');

    const entry = await this.entry(name, (outputs as string[] | undefined) ?? []);
    const prog = entry.checked.program;
    const params = checkParams(rawParams as Record<string, unknown>, prog.params, prog.name);
    const batch = readRequestBatch(h, payload, this.opts.maxBatchTokens, prog.declaredInputs);
    checkReads(batch, prog.name, prog.inputs, filledInputs(prog));

    const t0 = performance.now();
    const result = entry.queue.then(() => entry.est.run(batch, params));
    entry.queue = result.catch(() => undefined);
    const out = await result;
    const ms = performance.now() - t0;
    this.opts.trace?.(`run ${prog.name} B=${batch.B} T=${batch.T} on ${entry.est.device}: ${ms.toFixed(2)} ms`);
    return this.outputsReply(entry, batch, out, (outputs as string[] | undefined) ?? Object.keys(out), ms);
  }

  private outputsReply(entry: Entry, batch: Batch, out: Record<string, Float32Array>, names: string[], ms: number): Reply {
    const domains = new Map(entry.est.compiled.plan.outputs.map((o) => [o.name, o.domain]));
    const tensors = names.map((name) => {
      const data = out[name]!;
      const shape = domains.get(name) === 'rollout' ? [batch.B] : [batch.B, batch.T];
      return { name, dtype: 'F32', shape, bytes: data.byteLength, data };
    });
    return {
      header: { op: 'run', estimator: entry.checked.program.name, backend: entry.est.backend, device: entry.est.device, ms, tensors: tensors.map(({ data: _, ...t }) => t) },
      payload: tensors.map((t) => t.data),
    };
  }

  /** The compiled estimator for a request, built on first use (a file's key includes its contents). */
  private entry(arg: string, outputs: string[]): Promise<Entry> {
    let key = `${arg}\0${[...outputs].sort().join(',')}`;
    if (isEstimatorFile(arg)) key += `\0${fileHash(splitEstimatorArg(arg).file)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.build(arg, outputs);
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return entry;
  }

  private async build(arg: string, outputs: string[]): Promise<Entry> {
    const extra = outputs.filter((o) => o !== 'advantages' && o !== 'returns');
    const checked = checkEstimatorArg(arg, outputs.length ? extra : undefined);
    const est = await createEstimator(checked, this.opts.backend, this.opts.gpu);
    return { est, checked, queue: Promise.resolve() };
  }

  /** Frees every executor once its queued runs are done. */
  async destroy(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    for (const p of entries) {
      const e = await p.catch(() => undefined);
      if (!e) continue;
      await e.queue;
      e.est.destroy();
    }
  }
}

function fileHash(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'unreadable'; // checkEstimatorArg reports it
  }
}
