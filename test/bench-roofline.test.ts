// The roofline table: bytes moved, achieved GB/s and the fraction of the streaming-copy bound, computed from
// synthetic numbers (never from timings).
import { describe, expect, it } from 'vitest';
import { copyBandwidth } from '../src/bench/bandwidth.js';
import { enrichRows, machineInfo, markdownReport, rooflineTable, type BenchRow } from '../src/bench/report.js';

const rows: BenchRow[] = [
  // 100 MB in 20 ms: 5 GB/s, a quarter of a 20 GB/s copy
  { estimator: 'grpo', backend: 'cpu', size: 'g8-2k-661k', tokens: 661_000, wall_ms_median: 20, bytes: 100_000_000, copy_gbps: 20, baseline: [] },
  // 8 MB in 0.5 ms: 16 GB/s against an 8 GB/s copy (the batch fits a cache the copy of the same size also uses)
  { estimator: 'ktae', backend: 'webgpu', size: 'g8-2k-20k', tokens: 20_000, wall_ms_median: 0.5, gpu_ms_median: 0.25, bytes: 8_000_000, copy_gbps: 8, baseline: [] },
  // far below the bound: two significant digits, not 0.00
  { estimator: 'grpo', backend: 'webgpu', size: 'g8-2k-20k', tokens: 20_000, wall_ms_median: 4, bytes: 500_000, copy_gbps: 50, baseline: [] },
  // no bound measured: dashes, not zeros
  { estimator: 'ktae', size: 'file.safetensors', tokens: 1000, wall_ms_median: 1, bytes: 1_000_000, baseline: [] },
];

describe('roofline', () => {
  it('divides the achieved end-to-end GB/s by the copy bound', () => {
    const [a, b, slow, c] = enrichRows(rows);
    expect(slow!.bound_fraction).toBeCloseTo(0.0025, 12); // 0.125 GB/s of 50
    expect(a!.gbps_wall).toBeCloseTo(5, 12);
    expect(a!.bound_fraction).toBeCloseTo(0.25, 12);
    expect(b!.gbps_wall).toBeCloseTo(16, 12);
    expect(b!.bound_fraction).toBeCloseTo(2, 12);
    expect(c!.bound_fraction).toBeUndefined();
  });

  it('has a row per estimator and size with bytes, GB/s, the bound and the fraction', () => {
    const lines = rooflineTable(rows).trim().split('\n');
    expect(lines).toEqual([
      '| estimator | batch | tokens | MB moved | wall ms | GB/s (wall) | copy GB/s (bound) | of bound |',
      '| :-- | :-- | --: | --: | --: | --: | --: | --: |',
      '| grpo (cpu) | g8-2k-661k | 661k | 100.0 | 20.0 | 5.0 | 20 | 0.25 |',
      '| ktae (webgpu) | g8-2k-20k | 20k | 8.0 | 0.50 | 16 | 8.0 | 2.00 |',
      '| grpo (webgpu) | g8-2k-20k | 20k | 0.5 | 4.00 | 0.13 | 50 | 0.0025 |',
      '| ktae | file.safetensors | 1k | 1.0 | 1.00 | 1.0 | – | – |',
    ]);
  });

  it('follows the main table in the report (and so in the README section) only when a bound was measured', () => {
    const machine = machineInfo();
    const md = markdownReport(rows, machine, 'Latest results', 3);
    expect(md).toContain('#### Roofline');
    expect(md.indexOf('#### Roofline')).toBeGreaterThan(md.indexOf('| estimator | batch | tokens | wall ms'));
    expect(md).toContain(rooflineTable(rows));
    expect(markdownReport([rows[3]!], machine)).not.toContain('Roofline');
  });

  it('measures the bound as a positive, finite rate', () => {
    const gbps = copyBandwidth(1 << 20, { repeat: 3, warmup: 1 });
    expect(Number.isFinite(gbps) && gbps > 0).toBe(true);
  });
});
