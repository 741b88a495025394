// The suite's bookkeeping with stand-in subjects (no GPU needed), plus one real run of advc GRPO on each backend.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCase, generateBatch, writeBatchSafetensors } from '../src/bench/generate.js';
import { grpoCpu, ktaeCpu } from '../src/reference/estimators.js';
import { agreement, profileTable, runSuite, type Subject } from '../src/bench/suite.js';
import { markdownTable } from '../src/bench/report.js';
import type { Batch } from '../src/runtime/batch.js';
import { releaseGpu } from '../src/runtime/device.js';

afterAll(() => releaseGpu());

/** A stand-in "device" estimator: the CPU reference, perturbed on purpose in one token for `broken`. */
function fakeSubject(estimator: string, broken = false): Promise<Subject> {
  let destroyed = false;
  return Promise.resolve({
    name: `fake ${estimator}`,
    kernels: 2,
    kernelNames: ['stats', 'apply'],
    inputs: ['response_mask', 'token_level_rewards', 'index'],
    async run(batch: Batch) {
      if (destroyed) throw new Error('used after destroy');
      const out = (estimator === 'ktae' ? ktaeCpu : grpoCpu)(batch);
      if (broken) out.advantages[batch.response_mask.indexOf(1)] += 1;
      return out;
    },
    lastKernelMs: () => [0.5, 1.5],
    destroy: () => void (destroyed = true),
  });
}

describe('benchmark suite', () => {
  it('measures every estimator with its baselines, bytes, GPU time and agreement', async () => {
    const lines: string[] = [];
    const res = await runSuite(
      { cases: ['g8-2k-20k'], estimators: ['grpo', 'ktae'], repeat: 2, warmup: 1, torch: false, log: (l) => lines.push(l) },
      (e) => fakeSubject(e, e === 'ktae'),
    );
    expect(res.rows.map((r) => [r.estimator, r.size, r.tokens, r.kernels, r.gpu_ms_median])).toEqual([
      ['grpo', 'g8-2k-20k', 20_000, 2, 2],
      ['ktae', 'g8-2k-20k', 20_000, 2, 2],
    ]);
    expect(res.rows[0]!.baseline.map((b) => b.name)).toEqual(['ts_grpo_cpu']);
    expect(res.rows[1]!.baseline.map((b) => b.name)).toEqual(['ts_ktae_cpu']);
    expect(res.rows[0]!.agreement).toBe(1);
    expect(res.rows[1]!.agreement).toBeCloseTo(1 - 1 / 20_000, 12); // exactly the one perturbed token
    // inputs read (3 fields: 2 x [16,2048] + [16]) plus outputs written (advantages, returns [, key_values])
    const BT4 = 16 * 2048 * 4;
    expect(res.rows[0]!.bytes).toBe(2 * BT4 + 16 * 4 + 2 * BT4);
    expect(res.rows[1]!.bytes).toBe(2 * BT4 + 16 * 4 + 3 * BT4);
    expect(res.profiles[0]!.kernels).toEqual([{ name: 'stats', gpu_ms_median: 0.5 }, { name: 'apply', gpu_ms_median: 1.5 }]);
    expect(profileTable(res.profiles)).toContain('| grpo | g8-2k-20k | apply | 1.500 | 75% |');
    expect(markdownTable(res.rows)).toContain('| grpo | g8-2k-20k | 20k |');
    expect(lines[0]).toBe('g8-2k-20k: B=16 T=2048 tokens=20000');
  });

  it('notes an estimator that cannot be built and still times the others', async () => {
    const res = await runSuite({ cases: ['g8-2k-20k'], estimators: ['grpo', 'ktae'], repeat: 1, warmup: 0, torch: false }, (e) =>
      e === 'ktae' ? Promise.reject(new Error('no keyed tables yet')) : fakeSubject(e),
    );
    expect(res.rows.map((r) => r.estimator)).toEqual(['grpo']);
    expect(res.notes).toEqual(['advc ktae: not measured (no keyed tables yet)']);
    expect(res.baselines.map((b) => b.baseline)).toEqual(['ts_grpo_cpu', 'ts_ktae_cpu']);
  });

  it('takes batch files as cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-suite-'));
    try {
      const path = join(dir, 'mine.safetensors');
      writeBatchSafetensors(generateBatch(findCase('g8-2k-20k'), { seed: 5 }), path);
      const res = await runSuite({ cases: [path], estimators: ['grpo'], repeat: 1, warmup: 0, torch: false }, (e) => fakeSubject(e));
      expect(res.rows.map((r) => [r.size, r.tokens, r.agreement])).toEqual([['mine.safetensors', 20_000, 1]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('agreement counts valid tokens only', () => {
    const batch = { response_mask: Int32Array.from([1, 1, 0, 1]) } as Batch;
    const want = Float32Array.from([1, 2, 3, 4]);
    expect(agreement(batch, Float32Array.from([1, 2.1, 99, 4]), want)).toBeCloseTo(2 / 3, 12);
  });

  it('runs advc GRPO on the CPU backend and on the device, a row each', async () => {
    const res = await runSuite({ cases: ['g8-2k-20k'], estimators: ['grpo'], backends: ['cpu', 'webgpu'], repeat: 2, warmup: 1, torch: false });
    expect(res.rows.map((r) => r.backend)).toEqual(['cpu', 'webgpu']);
    for (const row of res.rows) {
      expect(row.kernels).toBeGreaterThan(0);
      expect(row.wall_ms_median).toBeGreaterThan(0);
      expect(row.agreement).toBe(1);
    }
    expect(markdownTable(res.rows)).toMatch(/\| grpo \(cpu\) \| g8-2k-20k \|[^\n]*\n\| grpo \(webgpu\) \| g8-2k-20k \|/);
  });
});
