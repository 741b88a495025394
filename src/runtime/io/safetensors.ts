// A small safetensors reader and writer (https://github.com/huggingface/safetensors, format only).
// Layout: u64 little-endian header length N, N bytes of UTF-8 JSON
//   {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {str: str}}
// padded with spaces to 8-byte alignment, then the raw little-endian tensor bytes.
// Floats are read into Float32Array and integers into Int32Array, since that is what the kernels take.

export class SafetensorsError extends Error {
  override name = 'SafetensorsError';
}

export const FLOAT_DTYPES = ['F32', 'F64', 'F16', 'BF16'] as const;
export const INT_DTYPES = ['I32', 'I64', 'I16', 'I8', 'U8', 'U16', 'U32', 'BOOL'] as const;
export type FloatDtype = (typeof FLOAT_DTYPES)[number];
export type IntDtype = (typeof INT_DTYPES)[number];
export type Dtype = FloatDtype | IntDtype;

export const BYTES: Record<Dtype, number> = {
  F32: 4, F64: 8, F16: 2, BF16: 2,
  I32: 4, I64: 8, I16: 2, I8: 1, U8: 1, U16: 2, U32: 4, BOOL: 1,
};

/** The reference implementation refuses headers above 100 MB; so do we (a corrupt length would otherwise allocate GBs). */
export const MAX_HEADER_BYTES = 100_000_000;

export interface Tensor {
  /** dtype as stored in the file (or to store, when writing). */
  dtype: Dtype;
  shape: number[];
  /** Float32Array for float dtypes, Int32Array for integer and BOOL dtypes. */
  data: Float32Array | Int32Array;
}

export interface SafetensorsFile {
  tensors: Map<string, Tensor>;
  metadata: Record<string, string>;
}

export function isFloatDtype(d: string): d is FloatDtype {
  return (FLOAT_DTYPES as readonly string[]).includes(d);
}
export function isDtype(d: string): d is Dtype {
  return d in BYTES;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// ---------- half-precision conversions (bit-exact, round to nearest even) ----------

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

export function f16BitsToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

export function numberToF16Bits(v: number): number {
  f32Scratch[0] = v;
  const x = u32Scratch[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 112; // rebias 127 -> 15
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // half subnormal: value = m * 2^-24
    if (e < -10) return sign;
    const full = mant | 0x800000;
    const shift = 14 - e;
    return sign | roundShift(full, shift);
  }
  // the carry of the rounding may move into the exponent, which is the right result (up to Infinity)
  return sign | ((e << 10) + roundShift(mant, 13));
}

function roundShift(v: number, shift: number): number {
  const q = v >>> shift;
  const rem = v & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  return rem > half || (rem === half && q & 1) ? q + 1 : q;
}

export function bf16BitsToNumber(h: number): number {
  u32Scratch[0] = h << 16;
  return f32Scratch[0]!;
}

export function numberToBf16Bits(v: number): number {
  f32Scratch[0] = v;
  const x = u32Scratch[0]!;
  if ((x & 0x7f800000) === 0x7f800000 && x & 0x7fffff) return ((x >>> 16) & 0x8000) | 0x7fc0;
  return ((x + 0x7fff + ((x >>> 16) & 1)) >>> 16) & 0xffff;
}

// ---------- reading ----------

/** Parses a safetensors file held in memory. F32/I32 tensors are views on `bytes` (no copy) when aligned. */
export function parseSafetensors(bytes: Uint8Array): SafetensorsFile {
  if (bytes.byteLength < 8) {
    throw new SafetensorsError(`file too short for a safetensors header: ${bytes.byteLength} bytes, need at least 8`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = view.getBigUint64(0, true);
  if (headerLen > BigInt(MAX_HEADER_BYTES)) {
    throw new SafetensorsError(`header too large: ${headerLen} bytes (limit ${MAX_HEADER_BYTES})`);
  }
  const n = Number(headerLen);
  if (8 + n > bytes.byteLength) {
    throw new SafetensorsError(`header length ${n} runs past the end of the file (${bytes.byteLength} bytes)`);
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch (e) {
    throw new SafetensorsError(`header is not valid UTF-8 JSON: ${(e as Error).message}`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw new SafetensorsError('header must be a JSON object of tensors');
  }
  const dataStart = 8 + n;
  const dataLen = bytes.byteLength - dataStart;
  const metadata: Record<string, string> = {};
  const entries: Array<{ name: string; dtype: Dtype; shape: number[]; begin: number; end: number }> = [];

  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (typeof info !== 'object' || info === null || Array.isArray(info)) {
        throw new SafetensorsError('`__metadata__` must be an object of strings');
      }
      for (const [k, v] of Object.entries(info)) {
        if (typeof v !== 'string') throw new SafetensorsError(`\`__metadata__\`.${k} must be a string, got ${typeof v}`);
        metadata[k] = v;
      }
      continue;
    }
    entries.push({ name, ...parseEntry(name, info, dataLen) });
  }

  // Two tensors may not share bytes; sorting by begin makes overlaps adjacent.
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.begin < prev.end) {
      throw new SafetensorsError(
        `tensors \`${prev.name}\` [${prev.begin}, ${prev.end}) and \`${cur.name}\` [${cur.begin}, ${cur.end}) overlap`,
      );
    }
  }

  const tensors = new Map<string, Tensor>();
  for (const e of entries) {
    tensors.set(e.name, {
      dtype: e.dtype,
      shape: e.shape,
      data: decode(e.name, e.dtype, bytes, dataStart + e.begin, e.end - e.begin),
    });
  }
  return { tensors, metadata };
}

function parseEntry(name: string, info: unknown, dataLen: number) {
  const where = `tensor \`${name}\``;
  if (typeof info !== 'object' || info === null || Array.isArray(info)) {
    throw new SafetensorsError(`${where}: entry must be an object {dtype, shape, data_offsets}`);
  }
  const { dtype, shape, data_offsets: offsets } = info as Record<string, unknown>;
  if (typeof dtype !== 'string' || !isDtype(dtype)) {
    throw new SafetensorsError(
      `${where}: unsupported dtype ${JSON.stringify(dtype)} (supported: ${Object.keys(BYTES).join(', ')})`,
    );
  }
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new SafetensorsError(`${where}: shape must be an array of non-negative integers, got ${JSON.stringify(shape)}`);
  }
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)
  ) {
    throw new SafetensorsError(`${where}: data_offsets must be [begin, end] byte offsets, got ${JSON.stringify(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw new SafetensorsError(`${where}: data_offsets [${begin}, ${end}] end before begin`);
  if (end > dataLen) {
    throw new SafetensorsError(`${where}: data_offsets [${begin}, ${end}] out of range (data section is ${dataLen} bytes)`);
  }
  const count = (shape as number[]).reduce((a, b) => a * b, 1);
  const want = count * BYTES[dtype];
  if (end - begin !== want) {
    throw new SafetensorsError(
      `${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but ${dtype} ${JSON.stringify(shape)} needs ${want}`,
    );
  }
  return { dtype, shape: shape as number[], begin, end };
}

/** One tensor's little-endian bytes as the kernels take them (F32/I32 aligned: a view, no copy). */
/** Tensors of group ids: only equality matters, so int64 ids beyond int32 are renumbered (as in JSON). */
const GROUP_ID_TENSORS = new Set(['index', 'uid']);

function renumberedIds(view: DataView, count: number): Int32Array {
  const out = new Int32Array(count);
  const big = Array.from({ length: count }, (_, i) => view.getBigInt64(i * 8, true));
  if (big.every((v) => v <= 2147483647n && v >= -2147483648n)) {
    big.forEach((v, i) => (out[i] = Number(v)));
    return out;
  }
  const ids = new Map<bigint, number>();
  big.forEach((v, i) => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    out[i] = id;
  });
  return out;
}

export function decode(name: string, dtype: Dtype, bytes: Uint8Array, offset: number, byteLen: number): Float32Array | Int32Array {
  const count = byteLen / BYTES[dtype];
  const abs = bytes.byteOffset + offset;
  if ((dtype === 'F32' || dtype === 'I32') && LITTLE_ENDIAN_HOST && abs % 4 === 0) {
    return dtype === 'F32' ? new Float32Array(bytes.buffer, abs, count) : new Int32Array(bytes.buffer, abs, count);
  }
  const view = new DataView(bytes.buffer, abs, byteLen);
  if (isFloatDtype(dtype)) {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      switch (dtype) {
        case 'F32': out[i] = view.getFloat32(i * 4, true); break;
        case 'F64': out[i] = view.getFloat64(i * 8, true); break;
        case 'F16': out[i] = f16BitsToNumber(view.getUint16(i * 2, true)); break;
        case 'BF16': out[i] = bf16BitsToNumber(view.getUint16(i * 2, true)); break;
      }
    }
    return out;
  }
  const out = new Int32Array(count);
  if (dtype === 'I64' && GROUP_ID_TENSORS.has(name)) return renumberedIds(view, count);
  for (let i = 0; i < count; i++) {
    let v: number;
    switch (dtype) {
      case 'I32': v = view.getInt32(i * 4, true); break;
      case 'I16': v = view.getInt16(i * 2, true); break;
      case 'I8': v = view.getInt8(i); break;
      case 'U8': v = view.getUint8(i); break;
      case 'U16': v = view.getUint16(i * 2, true); break;
      case 'BOOL': v = view.getUint8(i) ? 1 : 0; break;
      case 'U32': v = view.getUint32(i * 4, true); break;
      case 'I64': {
        const big = view.getBigInt64(i * 8, true);
        if (big > 2147483647n || big < -2147483648n) {
          throw new SafetensorsError(`tensor \`${name}\` (I64): value ${big} at element ${i} does not fit in int32`);
        }
        v = Number(big);
        break;
      }
    }
    if (v > 2147483647) {
      throw new SafetensorsError(`tensor \`${name}\` (${dtype}): value ${v} at element ${i} does not fit in int32`);
    }
    out[i] = v;
  }
  return out;
}

// ---------- writing ----------

export interface TensorToWrite {
  dtype: Dtype;
  shape: number[];
  /** Row-major values; converted to `dtype` (integers must be integral and in range). */
  data: ArrayLike<number>;
}

/** Encodes tensors (in the given order) into a safetensors file. */
export function encodeSafetensors(
  tensors: Record<string, TensorToWrite> | Array<[string, TensorToWrite]>,
  metadata?: Record<string, string>,
): Uint8Array {
  const list = Array.isArray(tensors) ? tensors : Object.entries(tensors);
  const header: Record<string, unknown> = {};
  if (metadata && Object.keys(metadata).length > 0) header['__metadata__'] = metadata;
  let offset = 0;
  for (const [name, t] of list) {
    if (name === '__metadata__') throw new SafetensorsError('`__metadata__` is reserved and cannot name a tensor');
    if (!isDtype(t.dtype)) throw new SafetensorsError(`tensor \`${name}\`: unsupported dtype ${JSON.stringify(t.dtype)}`);
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) {
      throw new SafetensorsError(`tensor \`${name}\`: shape ${JSON.stringify(t.shape)} needs ${count} values, got ${t.data.length}`);
    }
    const size = count * BYTES[t.dtype];
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size] };
    offset += size;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + padded + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(padded), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + padded);

  let pos = 8 + padded;
  for (const [name, t] of list) {
    encodeInto(name, t, view, pos);
    pos += t.data.length * BYTES[t.dtype];
  }
  return out;
}

const INT_RANGE: Partial<Record<Dtype, [number, number]>> = {
  I32: [-2147483648, 2147483647],
  I16: [-32768, 32767],
  I8: [-128, 127],
  U8: [0, 255],
  U16: [0, 65535],
  U32: [0, 4294967295],
  I64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  BOOL: [0, 1],
};

function encodeInto(name: string, t: TensorToWrite, view: DataView, pos: number): void {
  const { dtype, data } = t;
  if (LITTLE_ENDIAN_HOST && ((dtype === 'F32' && data instanceof Float32Array) || (dtype === 'I32' && data instanceof Int32Array))) {
    // Same layout already: a byte copy is ~20x faster than element-wise writes on big outputs.
    new Uint8Array(view.buffer, pos, data.byteLength).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return;
  }
  const range = INT_RANGE[dtype];
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (range && !(Number.isInteger(v) && v >= range[0] && v <= range[1])) {
      throw new SafetensorsError(`tensor \`${name}\`: value ${v} at element ${i} is not a valid ${dtype}`);
    }
    switch (dtype) {
      case 'F32': view.setFloat32(pos + i * 4, v, true); break;
      case 'F64': view.setFloat64(pos + i * 8, v, true); break;
      case 'F16': view.setUint16(pos + i * 2, numberToF16Bits(v), true); break;
      case 'BF16': view.setUint16(pos + i * 2, numberToBf16Bits(v), true); break;
      case 'I32': view.setInt32(pos + i * 4, v, true); break;
      case 'I64': view.setBigInt64(pos + i * 8, BigInt(v), true); break;
      case 'I16': view.setInt16(pos + i * 2, v, true); break;
      case 'I8': view.setInt8(pos + i, v); break;
      case 'U8': case 'BOOL': view.setUint8(pos + i, v); break;
      case 'U16': view.setUint16(pos + i * 2, v, true); break;
      case 'U32': view.setUint32(pos + i * 4, v, true); break;
    }
  }
}
