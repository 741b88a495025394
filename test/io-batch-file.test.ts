import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Batch } from '../src/runtime/batch.js';
import { readBatch, readOutputs, writeBatch, writeFileAtomic, writeOutputs } from '../src/runtime/io/batch-file.js';
import { encodeSafetensors } from '../src/runtime/io/safetensors.js';
import { BatchError } from '../src/runtime/io/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleBatch(): Batch {
  return {
    B: 2,
    T: 3,
    responses: new Int32Array([5, 6, 151643, 7, 8, 9]),
    response_mask: new Int32Array([1, 1, 0, 1, 1, 1]),
    token_level_rewards: new Float32Array([0, 1, 0, 0, 0, 0.1]),
    index: new Int32Array([42, 42]),
    values: new Float32Array([0.5, 0.25, 0, 1 / 3, 2, 3]),
    reward_baselines: new Float32Array([0.2, -0.7]),
  };
}

function expectSameBatch(got: Batch, want: Batch): void {
  expect([got.B, got.T]).toEqual([want.B, want.T]);
  for (const k of ['responses', 'response_mask', 'token_level_rewards', 'index', 'values', 'reward_baselines'] as const) {
    expect(got[k], k).toBeDefined();
    expect(got[k]!.constructor, k).toBe(want[k]!.constructor);
    expect(Array.from(got[k]!), k).toEqual(Array.from(want[k]!));
  }
}

describe('batch files', () => {
  for (const ext of ['json', 'safetensors']) {
    it(`round-trips a batch through .${ext}`, () => {
      const path = join(dir, `batch.${ext}`);
      writeBatch(path, sampleBatch());
      expectSameBatch(readBatch(path), sampleBatch());
    });
  }

  it('reads a dumped verl-style safetensors batch (I64 ids, BOOL mask, F16 rewards, extra fields)', () => {
    const path = join(dir, 'verl.safetensors');
    writeFileSync(
      path,
      encodeSafetensors({
        responses: { dtype: 'I64', shape: [2, 2], data: [100, 151643, 101, 102] },
        response_mask: { dtype: 'BOOL', shape: [2, 2], data: [1, 0, 1, 1] },
        attention_mask: { dtype: 'I64', shape: [2, 4], data: [1, 1, 1, 0, 1, 1, 1, 1] },
        token_level_rewards: { dtype: 'F16', shape: [2, 2], data: [1, 0, 0, -0.5] },
        uid: { dtype: 'I64', shape: [2], data: [9, 9] },
      }),
    );
    const b = readBatch(path);
    expect([b.B, b.T]).toEqual([2, 2]);
    expect(Array.from(b.responses)).toEqual([100, 151643, 101, 102]);
    expect(Array.from(b.response_mask)).toEqual([1, 0, 1, 1]);
    expect(Array.from(b.token_level_rewards)).toEqual([1, 0, 0, -0.5]);
    expect(Array.from(b.index)).toEqual([9, 9]);
  });

  it('prefixes errors with the path, for batch and format problems alike', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ responses: [[1]], response_mask: [[1]], token_level_rewards: [[1]] }));
    expect(() => readBatch(bad)).toThrow(`${bad}: missing required field \`index\``);
    const broken = join(dir, 'broken.safetensors');
    writeFileSync(broken, new Uint8Array(4));
    expect(() => readBatch(broken)).toThrow(`${broken}: file too short for a safetensors header: 4 bytes`);
    expect(() => readBatch(broken)).toThrow(BatchError);
  });

  it('reports a missing file and an unsupported extension', () => {
    expect(() => readBatch(join(dir, 'nope.json'))).toThrow(`${join(dir, 'nope.json')}: cannot read: no such file`);
    expect(() => readBatch(join(dir, 'batch.npz'))).toThrow('unsupported file extension `.npz`; use .json or .safetensors');
    expect(() => readBatch(join(dir, 'batch'))).toThrow('unsupported file extension `(none)`');
  });
});

describe('output files', () => {
  const outputs = {
    advantages: new Float32Array([0.1, -0.2, 0, 1 / 3, 2, -7]),
    returns: new Float32Array([1, 2, 3, 4, 5, 6]),
    key_value: new Float32Array([0.5, -1.25]),
  };

  for (const ext of ['json', 'safetensors']) {
    it(`writes and reads back .${ext} outputs with [B,T] and [B] shapes`, () => {
      const path = join(dir, `out.${ext}`);
      writeOutputs(path, outputs, { B: 2, T: 3 });
      const back = readOutputs(path);
      expect(Object.keys(back)).toEqual(['advantages', 'returns', 'key_value']);
      expect(back['advantages']!.shape).toEqual([2, 3]);
      expect(back['key_value']!.shape).toEqual([2]);
      for (const [k, v] of Object.entries(outputs)) expect(Array.from(back[k]!.data), k).toEqual(Array.from(v));
    });
  }

  it('writes safetensors outputs as F32 tensors named after the outputs', () => {
    const path = join(dir, 'named.safetensors');
    writeOutputs(path, outputs, { B: 2, T: 3 });
    const bytes = readFileSync(path);
    const n = Number(bytes.readBigUInt64LE(0));
    const header = JSON.parse(bytes.subarray(8, 8 + n).toString('utf8'));
    expect(header.advantages).toEqual({ dtype: 'F32', shape: [2, 3], data_offsets: [0, 24] });
    expect(header.key_value).toEqual({ dtype: 'F32', shape: [2], data_offsets: [48, 56] });
  });

  it('leaves no temp file behind and replaces an existing output whole', () => {
    const sub = join(dir, 'atomic');
    mkdirSync(sub);
    const path = join(sub, 'out.json');
    writeFileSync(path, 'old contents');
    writeOutputs(path, outputs, { B: 2, T: 3 });
    expect(readdirSync(sub)).toEqual(['out.json']);
    expect(JSON.parse(readFileSync(path, 'utf8')).returns).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('writes nothing when the outputs do not fit the shape', () => {
    const sub = join(dir, 'invalid');
    mkdirSync(sub);
    expect(() => writeOutputs(join(sub, 'o.safetensors'), { advantages: new Float32Array(5), returns: new Float32Array(6) }, { B: 2, T: 3 })).toThrow(
      'o.safetensors: output `advantages` has 5 values; expected B*T = 6 or B = 2',
    );
    expect(readdirSync(sub)).toEqual([]);
  });

  it('removes its temp file when the final rename fails', () => {
    const sub = join(dir, 'rename-fails');
    mkdirSync(join(sub, 'target.json', 'occupied'), { recursive: true }); // a non-empty folder cannot be replaced
    expect(() => writeFileAtomic(join(sub, 'target.json'), '{}')).toThrow(/target\.json: cannot write: /);
    expect(readdirSync(sub)).toEqual(['target.json']);
  });
});
