import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enrichRows, machineInfo, markdownReport, markdownTable, peakBandwidth, replaceReadmeSection, writeReport, type BenchRow } from '../src/bench/report.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-bench-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows: BenchRow[] = [
  {
    estimator: 'ktae', size: 'g8-2k-661k', tokens: 661_000, wall_ms_median: 40, gpu_ms_median: 25, kernels: 6,
    bytes: 50_000_000,
    baseline: [{ name: 'torch_ktae_vectorized', wall_ms_median: 160 }, { name: 'ts_ktae_cpu', wall_ms_median: 300 }],
  },
  { estimator: 'grpo', size: 'g8-2k-661k', tokens: 661_000, wall_ms_median: 5, baseline: [{ name: 'verl_grpo_loop', wall_ms_median: 60 }] },
];

describe('benchmark report', () => {
  it('computes speed-ups, GB/s and ns per token', () => {
    const [k, g] = enrichRows(rows);
    expect(k!.speedup).toEqual({ torch_ktae_vectorized: 4, ts_ktae_cpu: 7.5 });
    expect(k!.gbps_gpu).toBeCloseTo(2, 9); // 50 MB in 25 ms
    expect(k!.gbps_wall).toBeCloseTo(1.25, 9);
    expect(k!.ns_per_token).toBeCloseTo(40e6 / 661_000, 6);
    expect(g!.speedup).toEqual({ verl_grpo_loop: 12 });
    expect(g!.gbps_gpu).toBeUndefined();
  });

  it('writes one markdown line per row with a column per baseline', () => {
    const md = markdownTable(rows).trim().split('\n');
    expect(md).toHaveLength(4);
    expect(md[0]).toContain('vs torch_ktae_vectorized (ms)');
    expect(md[0]).toContain('vs verl_grpo_loop (ms)');
    expect(md[2]).toBe('| ktae | g8-2k-661k | 661k | 40.0 | 25.0 | 6 | 50.0 | 2.0 | 61 | 4.0x (160) | 7.5x (300) | – |');
    expect(md[3]).toBe('| grpo | g8-2k-661k | 661k | 5.00 | – | – | – | – | 8 | – | – | 12x (60.0) |');
  });

  it('keeps two digits below 1 (slower than a baseline, low bandwidth)', () => {
    const slow: BenchRow = { ...rows[0]!, wall_ms_median: 400, bytes: 4_000_000 };
    expect(markdownTable([slow])).toContain('| 4.0 | 0.16 | 605 | 0.40x (160) | 0.75x (300) |');
  });

  it('on a known GPU, adds achieved bandwidth as a share of the card\'s peak; on a CPU adapter, not', () => {
    expect(peakBandwidth('NVIDIA H100 80GB HBM3')).toEqual({ card: 'NVIDIA H100 SXM', gbps: 3350 });
    expect(peakBandwidth('NVIDIA H100 PCIe')?.gbps).toBe(2000);
    expect(peakBandwidth('NVIDIA H200')?.gbps).toBe(4800);
    expect(peakBandwidth('llvmpipe: Mesa 25.0.7 (LLVM 15.0.6)')).toBeUndefined();
    const h100 = markdownReport(rows, { ...machineInfo(), gpu: 'NVIDIA H100 80GB HBM3' });
    expect(h100).toContain("against the NVIDIA H100 SXM's 3350 GB/s");
    expect(h100).toContain('| GB/s (GPU) | % of peak | ns/token |');
    expect(h100).toContain('| 50.0 | 2.0 | 0.1 | 61 |'); // 2 GB/s of 3350
    expect(markdownReport(rows, { ...machineInfo(), gpu: 'llvmpipe' })).not.toContain('% of peak');
  });

  it('adds an agreement column when a row has one', () => {
    const md = markdownTable([{ ...rows[0]!, agreement: 0.99995 }, rows[1]!]).trim().split('\n');
    expect(md[0]!.endsWith('| agree % |')).toBe(true);
    expect(md[2]!.endsWith('| 99.995 |')).toBe(true);
    expect(md[3]!.endsWith('| – |')).toBe(true);
  });

  it('writes the markdown and JSON files', () => {
    const machine = { ...machineInfo('lavapipe'), date: '2026-01-01T00:00:00.000Z' };
    writeReport(rows, { markdown: join(dir, 'r.md'), json: join(dir, 'r.json') }, machine);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.machine.gpu).toBe('lavapipe');
    expect(json.rows[0].speedup.torch_ktae_vectorized).toBe(4);
    const md = readFileSync(join(dir, 'r.md'), 'utf8');
    expect(md).toContain('GPU: lavapipe');
    expect(md).toContain('| ktae | g8-2k-661k |');
  });

  it('replaces or appends the README performance block', () => {
    const once = replaceReadmeSection('# advc\n\ntext\n', 'TABLE 1');
    expect(once).toBe('# advc\n\ntext\n\n<!-- bench:begin -->\nTABLE 1\n<!-- bench:end -->\n');
    const twice = replaceReadmeSection(once + 'after\n', 'TABLE 2\n');
    expect(twice).toBe('# advc\n\ntext\n\n<!-- bench:begin -->\nTABLE 2\n<!-- bench:end -->\nafter\n');
  });
});
