import { describe, expect, it } from 'vitest';
import {
  bf16BitsToNumber,
  encodeSafetensors,
  f16BitsToNumber,
  MAX_HEADER_BYTES,
  numberToBf16Bits,
  numberToF16Bits,
  parseSafetensors,
  type Dtype,
} from '../src/runtime/io/safetensors.js';

/** Builds a file by hand, independently of the writer: header JSON padded to 8 bytes, then `data`. */
function handMade(header: unknown, data: Uint8Array, pad = true): Uint8Array {
  let json = JSON.stringify(header);
  if (pad) while ((json.length % 8) !== 0) json += ' ';
  const out = new Uint8Array(8 + json.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(new TextEncoder().encode(json), 8);
  out.set(data, 8 + json.length);
  return out;
}

describe('safetensors reading', () => {
  it('reads a hand-made F32/I32 file, as views on the file bytes', () => {
    const f = new Float32Array([1.5, -2, 0.25, 3e-8, 7, 8]);
    const i = new Int32Array([-1, 151643]);
    const data = new Uint8Array(f.byteLength + i.byteLength);
    data.set(new Uint8Array(f.buffer), 0);
    data.set(new Uint8Array(i.buffer), f.byteLength);
    const bytes = handMade(
      {
        __metadata__: { format: 'pt' },
        x: { dtype: 'F32', shape: [2, 3], data_offsets: [0, 24] },
        ids: { dtype: 'I32', shape: [2], data_offsets: [24, 32] },
      },
      data,
    );
    const file = parseSafetensors(bytes);
    expect(file.metadata).toEqual({ format: 'pt' });
    const x = file.tensors.get('x')!;
    expect(x.shape).toEqual([2, 3]);
    expect(x.data).toBeInstanceOf(Float32Array);
    expect(Array.from(x.data)).toEqual(Array.from(f));
    expect(x.data.buffer).toBe(bytes.buffer); // zero-copy
    expect(Array.from(file.tensors.get('ids')!.data)).toEqual([-1, 151643]);
    expect(file.tensors.get('ids')!.data).toBeInstanceOf(Int32Array);
  });

  it('copies (correctly) when the data is not 4-byte aligned in memory', () => {
    const bytes = encodeSafetensors({ x: { dtype: 'F32', shape: [3], data: [1, 2.5, -3] } });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const x = parseSafetensors(shifted.subarray(1)).tensors.get('x')!;
    expect(x.data.buffer).not.toBe(shifted.buffer);
    expect(Array.from(x.data)).toEqual([1, 2.5, -3]);
  });

  it('reads I64 values that fit int32, rejects one that does not, renumbers group ids', () => {
    const data = new BigInt64Array([5n, -7n, 2147483647n, -2147483648n]);
    const ok = handMade({ a: { dtype: 'I64', shape: [4], data_offsets: [0, 32] } }, new Uint8Array(data.buffer));
    const a = parseSafetensors(ok).tensors.get('a')!;
    expect(a.data).toBeInstanceOf(Int32Array);
    expect(Array.from(a.data)).toEqual([5, -7, 2147483647, -2147483648]);

    const big = new BigInt64Array([1n, 5000000000n]);
    const bad = handMade({ responses: { dtype: 'I64', shape: [2], data_offsets: [0, 16] } }, new Uint8Array(big.buffer));
    expect(() => parseSafetensors(bad)).toThrow('tensor `responses` (I64): value 5000000000 at element 1 does not fit in int32');
    // group ids only need equality: renumbered by first appearance
    const ids = new BigInt64Array([5000000000n, 1n, 5000000000n]);
    const uid = handMade({ uid: { dtype: 'I64', shape: [3], data_offsets: [0, 24] } }, new Uint8Array(ids.buffer));
    expect(Array.from(parseSafetensors(uid).tensors.get('uid')!.data)).toEqual([0, 1, 0]);
  });

  it('reads small integer and BOOL dtypes into Int32Array', () => {
    const bytes = handMade(
      {
        a: { dtype: 'I8', shape: [2], data_offsets: [0, 2] },
        b: { dtype: 'U8', shape: [2], data_offsets: [2, 4] },
        c: { dtype: 'BOOL', shape: [2], data_offsets: [4, 6] },
        d: { dtype: 'I16', shape: [2], data_offsets: [6, 10] },
      },
      new Uint8Array([0xff, 0x05, 0xff, 0x05, 0x01, 0x00, 0x00, 0x80, 0x34, 0x12]),
    );
    const t = parseSafetensors(bytes).tensors;
    expect(Array.from(t.get('a')!.data)).toEqual([-1, 5]);
    expect(Array.from(t.get('b')!.data)).toEqual([255, 5]);
    expect(Array.from(t.get('c')!.data)).toEqual([1, 0]);
    expect(Array.from(t.get('d')!.data)).toEqual([-32768, 0x1234]);
    for (const name of ['a', 'b', 'c', 'd']) expect(t.get(name)!.data).toBeInstanceOf(Int32Array);
  });

  it('reads F64, F16 and BF16 into Float32Array', () => {
    const f64 = new Float64Array([0.1, -1e300]);
    const half = new Uint16Array([0x3c00, 0xc100, 0x0001, 0x7c00]); // 1, -2.5, 2^-24, Infinity
    const bf = new Uint16Array([0x3f80, 0xc020]); // 1, -2.5
    const data = new Uint8Array(16 + 8 + 4);
    data.set(new Uint8Array(f64.buffer), 0);
    data.set(new Uint8Array(half.buffer), 16);
    data.set(new Uint8Array(bf.buffer), 24);
    const t = parseSafetensors(
      handMade(
        {
          d: { dtype: 'F64', shape: [2], data_offsets: [0, 16] },
          h: { dtype: 'F16', shape: [2, 2], data_offsets: [16, 24] },
          b: { dtype: 'BF16', shape: [2], data_offsets: [24, 28] },
        },
        data,
      ),
    ).tensors;
    expect(Array.from(t.get('d')!.data)).toEqual([Math.fround(0.1), -Infinity]);
    expect(Array.from(t.get('h')!.data)).toEqual([1, -2.5, 2 ** -24, Infinity]);
    expect(Array.from(t.get('b')!.data)).toEqual([1, -2.5]);
  });

  it('accepts an unpadded header and an empty tensor', () => {
    const bytes = handMade({ e: { dtype: 'F32', shape: [0, 4], data_offsets: [0, 0] } }, new Uint8Array(0), false);
    const e = parseSafetensors(bytes).tensors.get('e')!;
    expect(e.shape).toEqual([0, 4]);
    expect(e.data.length).toBe(0);
  });
});

describe('safetensors validation errors', () => {
  const four = new Uint8Array(16);
  it('rejects overlapping tensors', () => {
    const bytes = handMade(
      {
        a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
        b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
      },
      four,
    );
    expect(() => parseSafetensors(bytes)).toThrow('tensors `a` [0, 8) and `b` [4, 12) overlap');
  });
  it('rejects offsets past the data section', () => {
    const bytes = handMade({ a: { dtype: 'F32', shape: [8], data_offsets: [0, 32] } }, four);
    expect(() => parseSafetensors(bytes)).toThrow('tensor `a`: data_offsets [0, 32] out of range (data section is 16 bytes)');
  });
  it('rejects offsets whose size does not match dtype and shape', () => {
    const bytes = handMade({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 16] } }, four);
    expect(() => parseSafetensors(bytes)).toThrow('tensor `a`: data_offsets [0, 16] hold 16 bytes, but F32 [3] needs 12');
  });
  it('rejects end before begin', () => {
    const bytes = handMade({ a: { dtype: 'F32', shape: [0], data_offsets: [8, 4] } }, four);
    expect(() => parseSafetensors(bytes)).toThrow('tensor `a`: data_offsets [8, 4] end before begin');
  });
  it('rejects a header length above the limit', () => {
    const bytes = new Uint8Array(16);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(MAX_HEADER_BYTES + 1), true);
    expect(() => parseSafetensors(bytes)).toThrow(`header too large: ${MAX_HEADER_BYTES + 1} bytes (limit ${MAX_HEADER_BYTES})`);
  });
  it('rejects a header length past the end of the file', () => {
    const bytes = new Uint8Array(16);
    new DataView(bytes.buffer).setBigUint64(0, 100n, true);
    expect(() => parseSafetensors(bytes)).toThrow('header length 100 runs past the end of the file (16 bytes)');
  });
  it('rejects a truncated file, bad JSON, unknown dtypes and bad shapes', () => {
    expect(() => parseSafetensors(new Uint8Array(3))).toThrow('file too short for a safetensors header: 3 bytes');
    const notJson = new Uint8Array(16);
    new DataView(notJson.buffer).setBigUint64(0, 8n, true);
    notJson.set(new TextEncoder().encode('{nope   '), 8);
    expect(() => parseSafetensors(notJson)).toThrow('header is not valid UTF-8 JSON');
    expect(() => parseSafetensors(handMade({ a: { dtype: 'C64', shape: [1], data_offsets: [0, 8] } }, four))).toThrow(
      'tensor `a`: unsupported dtype "C64"',
    );
    expect(() => parseSafetensors(handMade({ a: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, four))).toThrow(
      'tensor `a`: shape must be an array of non-negative integers, got [-1]',
    );
    expect(() => parseSafetensors(handMade({ __metadata__: { n: 1 } }, four))).toThrow('`__metadata__`.n must be a string');
  });
});

describe('safetensors round trips', () => {
  const cases: Array<[Dtype, number[]]> = [
    ['F32', [0, -1.5, Math.fround(0.1), 3.4e38, -1e-40]],
    ['F64', [0, Math.fround(1 / 3), -2]],
    ['F16', [0, 1, -2.5, 65504, 2 ** -24, 0.099975586]],
    ['BF16', [0, 1, -2.5, 3.3895313892515355e38, 0.10009765625]],
    ['I32', [0, -2147483648, 2147483647, 151643]],
    ['I64', [0, -5, 2147483647, -2147483648]],
    ['I16', [-32768, 32767, 0]],
    ['I8', [-128, 127, 0]],
    ['U8', [0, 255, 7]],
    ['U16', [0, 65535]],
    ['U32', [0, 2147483647]],
    ['BOOL', [0, 1, 1, 0]],
  ];
  for (const [dtype, values] of cases) {
    it(`${dtype}`, () => {
      const bytes = encodeSafetensors({ t: { dtype, shape: [values.length], data: values } }, { who: 'test' });
      const headerLen = Number(new DataView(bytes.buffer).getBigUint64(0, true));
      expect(headerLen % 8).toBe(0);
      const file = parseSafetensors(bytes);
      expect(file.metadata).toEqual({ who: 'test' });
      const t = file.tensors.get('t')!;
      expect(t.dtype).toBe(dtype);
      expect(t.shape).toEqual([values.length]);
      expect(Array.from(t.data)).toEqual(dtype.startsWith('F') || dtype === 'BF16' ? values.map((v) => Math.fround(v)) : values);
    });
  }

  it('keeps several tensors, their order and 2-D shapes', () => {
    const bytes = encodeSafetensors([
      ['b', { dtype: 'F32', shape: [2, 2], data: [1, 2, 3, 4] }],
      ['a', { dtype: 'I64', shape: [2], data: [9, 8] }],
    ]);
    const t = parseSafetensors(bytes).tensors;
    expect([...t.keys()]).toEqual(['b', 'a']);
    expect(t.get('b')!.shape).toEqual([2, 2]);
    expect(Array.from(t.get('a')!.data)).toEqual([9, 8]);
  });

  it('writes typed-array views that start inside their buffer', () => {
    const f = new Float32Array([9, 1.5, -2, 3]).subarray(1);
    const i = new Int32Array([9, 7, -8]).subarray(1);
    const t = parseSafetensors(encodeSafetensors({ f: { dtype: 'F32', shape: [3], data: f }, i: { dtype: 'I32', shape: [2], data: i } })).tensors;
    expect(Array.from(t.get('f')!.data)).toEqual([1.5, -2, 3]);
    expect(Array.from(t.get('i')!.data)).toEqual([7, -8]);
  });

  it('refuses to write values that the dtype cannot hold', () => {
    expect(() => encodeSafetensors({ m: { dtype: 'U8', shape: [2], data: [1, 256] } })).toThrow(
      'tensor `m`: value 256 at element 1 is not a valid U8',
    );
    expect(() => encodeSafetensors({ m: { dtype: 'I32', shape: [1], data: [0.5] } })).toThrow('value 0.5 at element 0 is not a valid I32');
    expect(() => encodeSafetensors({ m: { dtype: 'F32', shape: [3], data: [1] } })).toThrow('shape [3] needs 3 values, got 1');
  });
});

describe('half-precision conversions', () => {
  it('match known bit patterns (as numpy computes them)', () => {
    const known: Array<[number, number]> = [
      [1, 0x3c00], [65504, 0x7bff], [65519, 0x7bff], [65520, 0x7c00], [2 ** -24, 0x0001], [2 ** -25, 0x0000],
      [1.5 * 2 ** -25, 0x0001], [1 / 3, 0x3555], [-0, 0x8000], [0.1, 0x2e66], [-2.5, 0xc100], [6.1e-5, 0x03ff],
      [2 ** -14, 0x0400], [Infinity, 0x7c00], [-Infinity, 0xfc00],
    ];
    for (const [v, bits] of known) expect([v, numberToF16Bits(v)]).toEqual([v, bits]);
    expect(numberToF16Bits(NaN) & 0x7c00).toBe(0x7c00);
    expect(Number.isNaN(f16BitsToNumber(numberToF16Bits(NaN)))).toBe(true);
  });

  it('F16: every finite half survives a round trip, and midpoints round to even', () => {
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00) continue;
      const v = f16BitsToNumber(h);
      if (numberToF16Bits(v) !== h) throw new Error(`half 0x${h.toString(16)} (${v}) came back as 0x${numberToF16Bits(v).toString(16)}`);
      if ((h & 0x7fff) < 0x7bff) {
        const mid = (v + f16BitsToNumber(h + 1)) / 2; // exactly representable in float32
        const want = h & 1 ? h + 1 : h;
        if (numberToF16Bits(mid) !== want) throw new Error(`midpoint above 0x${h.toString(16)} rounded wrongly`);
      }
    }
  });

  it('BF16: every finite bfloat16 survives a round trip, and midpoints round to even', () => {
    expect(numberToBf16Bits(1)).toBe(0x3f80);
    expect(bf16BitsToNumber(0xc020)).toBe(-2.5);
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7f80) === 0x7f80) continue;
      const v = bf16BitsToNumber(h);
      if (numberToBf16Bits(v) !== h) throw new Error(`bf16 0x${h.toString(16)} came back wrong`);
      if ((h & 0x7fff) < 0x7f7f) {
        const mid = (v + bf16BitsToNumber(h + 1)) / 2;
        const want = h & 1 ? h + 1 : h;
        if (numberToBf16Bits(mid) !== want) throw new Error(`bf16 midpoint above 0x${h.toString(16)} rounded wrongly`);
      }
    }
  });
});
