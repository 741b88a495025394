import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BENCH_CASES,
  EOS_ID,
  PAD_ID,
  VOCAB_SIZE,
  countValidTokens,
  findCase,
  generateBatch,
  generateToFile,
  readBatchSafetensors,
} from '../src/bench/generate.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytesOf = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('benchmark batch generator', () => {
  const spec = findCase('g8-2k-82k');
  const batch = generateBatch(spec, { seed: 7 });
  const { B, T } = batch;

  it('has the requested shape and exactly the requested valid tokens', () => {
    expect([B, T]).toEqual([64, 2048]);
    expect(countValidTokens(batch)).toBe(82_000);
  });

  it('is reproducible from its seed and changes with it', () => {
    const again = generateBatch(spec, { seed: 7 });
    expect(Buffer.from(again.responses.buffer).equals(Buffer.from(batch.responses.buffer))).toBe(true);
    const other = generateBatch(spec, { seed: 8 });
    expect(Buffer.from(other.responses.buffer).equals(Buffer.from(batch.responses.buffer))).toBe(false);
  });

  it('pads with 151643 after a contiguous valid prefix; finished rows end with EOS', () => {
    let finished = 0;
    for (let i = 0; i < B; i++) {
      const row = batch.response_mask.subarray(i * T, (i + 1) * T);
      const L = row.indexOf(0) === -1 ? T : row.indexOf(0);
      expect(row.subarray(L).every((m) => m === 0)).toBe(true);
      expect(batch.responses.subarray(i * T + L, (i + 1) * T).every((y) => y === PAD_ID)).toBe(true);
      expect(batch.responses.subarray(i * T, i * T + L).every((y) => y >= 0 && y < VOCAB_SIZE)).toBe(true);
      if (L < T) {
        expect(batch.responses[i * T + L - 1]).toBe(EOS_ID);
        finished++;
      }
    }
    expect(finished).toBeGreaterThan(B / 2);
  });

  it('puts one binary reward on the last valid token of each row', () => {
    for (let i = 0; i < B; i++) {
      const L = batch.response_mask.subarray(i * T, (i + 1) * T).reduce((a, b) => a + b, 0);
      const rewards = batch.token_level_rewards.subarray(i * T, (i + 1) * T);
      expect(rewards.every((r, t) => (t === L - 1 ? r === 0 || r === 1 : r === 0))).toBe(true);
    }
  });

  it('interleaves groups of 8 (never adjacent) with mostly mixed outcomes', () => {
    const rows = new Map<number, number[]>();
    batch.index.forEach((g, i) => rows.set(g, [...(rows.get(g) ?? []), i]));
    expect(rows.size).toBe(8);
    for (let i = 1; i < B; i++) expect(batch.index[i]).not.toBe(batch.index[i - 1]);
    let mixed = 0;
    for (const rs of rows.values()) {
      expect(rs.length).toBe(8);
      const correct = rs.filter((r) => batch.token_level_rewards.subarray(r * T, (r + 1) * T).some((x) => x > 0)).length;
      if (correct > 0 && correct < 8) mixed++;
    }
    expect(mixed).toBeGreaterThanOrEqual(5);
  });

  it('draws Zipf-skewed ids with heavy sharing inside a group', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < B * T; i++) {
      if (batch.response_mask[i]) counts.set(batch.responses[i]!, (counts.get(batch.responses[i]!) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // the hottest id is far above the median id; many ids appear once (long tail)
    expect(sorted[0]!).toBeGreaterThan(100 * sorted[Math.floor(sorted.length / 2)]!);
    expect(sorted.filter((c) => c === 1).length).toBeGreaterThan(sorted.length / 5);
  });

  it('knows the named cases from 20k to 2.6M tokens, ktae-661k included', () => {
    const k = findCase('ktae-661k');
    expect([k.groups, k.groupSize, k.maxLen, k.targetTokens]).toEqual([64, 8, 2048, 661_000]);
    const tokens = BENCH_CASES.map((c) => c.targetTokens);
    expect(Math.min(...tokens)).toBe(20_000);
    expect(Math.max(...tokens)).toBe(2_640_000);
    expect(BENCH_CASES.some((c) => c.groupSize === 16 && c.maxLen === 8192)).toBe(true);
    const g64 = findCase('g64-2k-661k');
    expect([g64.groups, g64.groupSize, g64.maxLen, g64.targetTokens]).toEqual([8, 64, 2048, 661_000]);
    expect(() => findCase('nope')).toThrow(/unknown benchmark case/);
  });

  it('gives each valid token policy fields of a real distribution, consistent with its entropy', () => {
    const lp = batch.old_log_probs!;
    const s2 = batch.sum_pi_squared!;
    const isw = batch.rollout_is_weights!;
    const bad: string[] = [];
    let valid = 0;
    let below1 = 0;
    for (let i = 0; i < B * T; i++) {
      if (!batch.response_mask[i]) {
        if (lp[i] !== 0 || s2[i] !== 0 || isw[i] !== 1) bad.push(`padding ${i}`);
        continue;
      }
      valid++;
      if (isw[i]! < 1) below1++;
      const pi = Math.exp(lp[i]!);
      const ok =
        lp[i]! <= 0 &&
        s2[i]! > 0 &&
        s2[i]! <= 1 &&
        // collision entropy is at most the entropy; the sampled token's p^2 is part of the sum
        s2[i]! >= Math.fround(Math.exp(-batch.entropy![i]!)) * (1 - 1e-6) &&
        s2[i]! * (1 + 1e-5) >= pi * pi &&
        1 - 2 * pi + s2[i]! >= -1e-6 && // the energy |e_t - p|^2
        isw[i]! > 0 &&
        isw[i]! <= 2;
      if (!ok) bad.push(`token ${i}: log p ${lp[i]}, sum p^2 ${s2[i]}, H ${batch.entropy![i]}, w ${isw[i]}`);
    }
    expect(bad.slice(0, 3)).toEqual([]);
    expect(below1 / valid).toBeGreaterThan(0.3);
    expect(below1 / valid).toBeLessThan(0.7);
  });

  it('gives each rollout reward components: its outcome, a format reward, a length penalty', () => {
    for (let i = 0; i < B; i++) {
      const L = batch.response_mask.subarray(i * T, (i + 1) * T).reduce((a, b) => a + b, 0);
      const outcome = batch.token_level_rewards[i * T + L - 1];
      expect(batch['gdpo_reward_0']![i]).toBe(outcome);
      expect([0, 1]).toContain(batch['gdpo_reward_1']![i]);
      expect(batch['gdpo_reward_2']![i]).toBe(Math.fround(-L / T));
    }
    const format = batch['gdpo_reward_1'] as Float32Array;
    expect(format.some((f, i) => f !== batch['gdpo_reward_0']![i])).toBe(true);
  });

  it('writes the reward components only when asked (other estimators refuse them as unknown fields)', () => {
    const path = join(dir, 'c.safetensors');
    generateToFile('g8-2k-20k', path, 3, true);
    const back = readBatchSafetensors(path);
    const want = generateBatch(findCase('g8-2k-20k'), { seed: 3 });
    for (const k of [0, 1, 2]) expect(Array.from(back[`gdpo_reward_${k}`] as Float32Array)).toEqual(Array.from(want[`gdpo_reward_${k}`] as Float32Array));
    expect(bytesOf(back.sum_pi_squared!).equals(bytesOf(want.sum_pi_squared!))).toBe(true);
    generateToFile('g8-2k-20k', path, 3);
    expect(readBatchSafetensors(path)['gdpo_reward_0']).toBeUndefined();
  });

  it('writes a safetensors file that reads back identically', () => {
    const path = join(dir, 'b.safetensors');
    expect(generateToFile('g8-2k-20k', path, 3)).toMatch(/B=16 T=2048/);
    const back = readBatchSafetensors(path);
    const want = generateBatch(findCase('g8-2k-20k'), { seed: 3 });
    expect(back.B).toBe(16);
    expect(Array.from(back.index)).toEqual(Array.from(want.index));
    expect(bytesOf(back.token_level_rewards).equals(bytesOf(want.token_level_rewards))).toBe(true);
    expect(bytesOf(back.responses).equals(bytesOf(want.responses))).toBe(true);
  });
});
