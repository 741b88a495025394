// Minimal safetensors writer/reader for benchmark batches (F32 and I32 only).
// Layout: u64 LE header length N, N bytes of JSON {name: {dtype, shape, data_offsets}} padded with
// spaces to 8 bytes, then the raw little-endian tensor bytes. Kept private to the bench harness.
import { readFileSync, writeFileSync } from 'node:fs';

export interface MinTensor {
  shape: number[];
  data: Float32Array | Int32Array;
}

const dtypeOf = (a: Float32Array | Int32Array): 'F32' | 'I32' => (a instanceof Float32Array ? 'F32' : 'I32');

export function encodeMinSafetensors(tensors: Record<string, MinTensor>, metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata) header['__metadata__'] = metadata;
  let offset = 0;
  for (const [name, t] of Object.entries(tensors)) {
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) throw new Error(`tensor ${name}: shape ${JSON.stringify(t.shape)} != ${t.data.length} values`);
    header[name] = { dtype: dtypeOf(t.data), shape: t.shape, data_offsets: [offset, offset + t.data.byteLength] };
    offset += t.data.byteLength;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + padded + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(padded), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + padded);
  let pos = 8 + padded;
  // Typed arrays are little-endian on every platform Node runs on, so their bytes are copied as they are.
  for (const t of Object.values(tensors)) {
    out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), pos);
    pos += t.data.byteLength;
  }
  return out;
}

export function decodeMinSafetensors(bytes: Uint8Array): Record<string, MinTensor> {
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))) as Record<
    string,
    { dtype: string; shape: number[]; data_offsets: [number, number] }
  >;
  const out: Record<string, MinTensor> = {};
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const [b, e] = info.data_offsets;
    // Copy (Buffer.slice would alias Node's pooled buffer): the copy is 4-byte aligned and owns its memory.
    const raw = new Uint8Array(e - b);
    raw.set(bytes.subarray(8 + n + b, 8 + n + e));
    if (info.dtype === 'F32') out[name] = { shape: info.shape, data: new Float32Array(raw.buffer) };
    else if (info.dtype === 'I32') out[name] = { shape: info.shape, data: new Int32Array(raw.buffer) };
    else throw new Error(`tensor ${name}: dtype ${info.dtype} not supported by the bench reader (F32, I32 only)`);
  }
  return out;
}

export const writeMinSafetensors = (path: string, t: Record<string, MinTensor>, meta?: Record<string, string>): void =>
  writeFileSync(path, encodeMinSafetensors(t, meta));
export const readMinSafetensors = (path: string): Record<string, MinTensor> => decodeMinSafetensors(readFileSync(path));
