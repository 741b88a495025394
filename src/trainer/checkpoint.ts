// Checkpoints: DIR/checkpoint.json (metadata) pointing at DIR/ckpt-<step>.bin (policy weights, Adam
// moments, reference weights). Each file is written to a temporary name and renamed, the weights
// before the metadata, so a crash at any point leaves the previous checkpoint intact.
import { existsSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../runtime/io/batch-file.js';

export interface CheckpointMeta {
  version: 1;
  step: number;
  adamStep: number;
  seconds: number;
  metricsRows: number;
  /** Options that must match to resume (shapes, task, seed, estimator). */
  identity: Record<string, unknown>;
  weights: string;
  paramCount: number;
}

export interface CheckpointState {
  params: Float32Array;
  m: Float32Array;
  v: Float32Array;
  ref: Float32Array;
}

export function saveCheckpoint(dir: string, meta: Omit<CheckpointMeta, 'weights' | 'paramCount' | 'version'>, s: CheckpointState): void {
  const n = s.params.length;
  const buf = new Float32Array(4 * n);
  buf.set(s.params, 0);
  buf.set(s.m, n);
  buf.set(s.v, 2 * n);
  buf.set(s.ref, 3 * n);
  const weights = `ckpt-${meta.step}.bin`;
  writeFileAtomic(join(dir, weights), new Uint8Array(buf.buffer));
  const full: CheckpointMeta = { version: 1, ...meta, weights, paramCount: n };
  writeFileAtomic(join(dir, 'checkpoint.json'), JSON.stringify(full, null, 2) + '\n');
  for (const f of readdirSync(dir)) if (/^ckpt-\d+\.bin$/.test(f) && f !== weights) rmSync(join(dir, f), { force: true });
}

export function loadCheckpoint(dir: string): { meta: CheckpointMeta; state: CheckpointState } | undefined {
  const metaPath = join(dir, 'checkpoint.json');
  if (!existsSync(metaPath)) return undefined;
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CheckpointMeta;
  const raw = readFileSync(join(dir, meta.weights));
  const all = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const n = meta.paramCount;
  if (all.length !== 4 * n) throw new Error(`checkpoint ${meta.weights} is truncated`);
  return {
    meta,
    state: { params: all.slice(0, n), m: all.slice(n, 2 * n), v: all.slice(2 * n, 3 * n), ref: all.slice(3 * n) },
  };
}
