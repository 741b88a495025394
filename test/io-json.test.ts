import { describe, expect, it } from 'vitest';
import {
  batchFromJson,
  batchToJson,
  formatF32,
  outputsFromJson,
  outputsToJson,
} from '../src/runtime/io/json.js';
import { BatchError } from '../src/runtime/io/validate.js';

const fields = {
  responses: [[11, 12, 151643], [13, 14, 15]],
  response_mask: [[1, 1, 0], [1, 1, 1]],
  token_level_rewards: [[0, 1, 0], [0, 0, -0.5]],
  index: [7, 7],
};

describe('JSON batches', () => {
  it('reads fields at the top level', () => {
    const b = batchFromJson(JSON.stringify(fields));
    expect([b.B, b.T]).toEqual([2, 3]);
    expect(Array.from(b.token_level_rewards)).toEqual([0, 1, 0, 0, 0, -0.5]);
  });

  it('reads fields under `inputs`, ignoring the other top-level keys', () => {
    const b = batchFromJson(JSON.stringify({ name: 'x', params: { epsilon: 1e-6 }, inputs: fields, expected: {} }));
    expect(Array.from(b.responses)).toEqual([11, 12, 151643, 13, 14, 15]);
    expect(Array.from(b.index)).toEqual([7, 7]);
  });

  it('maps string indices to integers by first appearance', () => {
    const b = batchFromJson(JSON.stringify({ ...fields, index: ['uid-9', 'uid-2'] }));
    expect(Array.from(b.index)).toEqual([0, 1]);
  });

  it('round-trips a batch with every optional field', () => {
    const full = {
      ...fields,
      values: [[0.1, 0.2, 0.3], [1e-8, -3.5, 100]],
      old_log_probs: [[-0.1, -0.2, 0], [-1, -2, -3]],
      ref_log_probs: [[-0.3, -0.2, 0], [-1, -2.25, -3]],
      entropy: [[0.7, 0.6, 0], [1, 2, 3]],
      reward_baselines: [0.25, 1 / 3],
    };
    const a = batchFromJson(JSON.stringify(full));
    const b = batchFromJson(batchToJson(a));
    for (const k of ['responses', 'response_mask', 'token_level_rewards', 'index', 'values', 'old_log_probs', 'ref_log_probs', 'entropy', 'reward_baselines'] as const) {
      expect(Array.from(b[k]!), k).toEqual(Array.from(a[k]!));
      expect(b[k]!.constructor, k).toBe(a[k]!.constructor);
    }
  });

  it('reports bad JSON and a non-object document as BatchErrors', () => {
    expect(() => batchFromJson('{"responses": [')).toThrow(BatchError);
    expect(() => batchFromJson('{"responses": [')).toThrow(/^not valid JSON: /);
    expect(() => batchFromJson('[1, 2]')).toThrow('a JSON batch must be an object of fields (or hold them under `inputs`)');
    expect(() => batchFromJson('{"inputs": 3}')).toThrow('`inputs` must be an object of fields');
  });
});

describe('formatF32', () => {
  it('prints the shortest decimal that reads back as the same float32', () => {
    expect(formatF32(0.1)).toBe('0.1');
    expect(formatF32(Math.fround(0.1))).toBe('0.1');
    expect(formatF32(1 / 3)).toBe('0.33333334');
    expect(formatF32(-2.5)).toBe('-2.5');
    expect(formatF32(0)).toBe('0');
    expect(formatF32(-0)).toBe('-0');
    expect(formatF32(16777216)).toBe('16777216');
    expect(formatF32(1e-45)).toBe('1e-45');
    expect(formatF32(3.4028234663852886e38)).toBe('3.4028235e+38');
    expect(formatF32(NaN)).toBe('null');
    expect(formatF32(Infinity)).toBe('null');
  });

  it('round-trips many float32 values exactly', () => {
    const bits = new Uint32Array(1);
    const f = new Float32Array(bits.buffer);
    let seed = 12345;
    for (let i = 0; i < 20000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      bits[0] = seed;
      const v = f[0]!;
      if (!Number.isFinite(v)) continue;
      const s = formatF32(v);
      if (Math.fround(Number(s)) !== v) throw new Error(`${v} printed as ${s} does not read back`);
      // shortest: one digit fewer does not identify the value
      const digits = s.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
      if (digits > 1 && Math.fround(Number(v.toPrecision(digits - 1))) === v) throw new Error(`${s} is not the shortest for ${v}`);
    }
  });
});

describe('JSON outputs', () => {
  it('writes token outputs as [B][T] and rollout outputs as [B], and reads them back', () => {
    const outputs = {
      advantages: new Float32Array([0.1, -0.2, 0, 1 / 3, 2, -7]),
      returns: new Float32Array([1, 2, 3, 4, 5, 6]),
      scores: new Float32Array([0.5, NaN]),
    };
    const text = outputsToJson(outputs, { B: 2, T: 3 });
    const doc = JSON.parse(text);
    expect(doc.advantages).toEqual([[0.1, -0.2, 0], [0.33333334, 2, -7]]);
    expect(doc.returns).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(doc.scores).toEqual([0.5, null]);
    const back = outputsFromJson(text);
    expect(back['advantages']!.shape).toEqual([2, 3]);
    expect(Array.from(back['advantages']!.data)).toEqual(Array.from(outputs.advantages));
    expect(back['scores']!.shape).toEqual([2]);
    expect(back['scores']!.data[0]).toBe(0.5);
    expect(Number.isNaN(back['scores']!.data[1])).toBe(true);
  });

  it('rejects an output of the wrong length', () => {
    expect(() => outputsToJson({ advantages: new Float32Array(5), returns: new Float32Array(6) }, { B: 2, T: 3 })).toThrow(
      'output `advantages` has 5 values; expected B*T = 6 or B = 2',
    );
  });
});
