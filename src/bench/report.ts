// Benchmark report: a markdown table and a JSON file from measured rows, with speed-ups against the
// baselines measured in the same run and effective bandwidth.
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';

export interface BaselineTime {
  name: string;
  wall_ms_median: number;
}

/** One measured configuration: an estimator on a batch size, end to end (host arrays in, host arrays out). */
export interface BenchRow {
  estimator: string;
  /** where advc ran it ('cpu', 'webgpu'), when the suite measured more than one */
  backend?: string;
  /** Batch case name, e.g. "g8-2k-661k". */
  size: string;
  /** Valid (mask 1) tokens. */
  tokens: number;
  wall_ms_median: number;
  /** GPU time from timestamp queries, when the device has them. */
  gpu_ms_median?: number;
  kernels?: number;
  /** Bytes read plus written by the kernels. */
  bytes?: number;
  /** Share of valid tokens within the fixtures' tolerance of the TS reference (1 = all). */
  agreement?: number;
  /** GB/s of a streaming copy of `bytes` on this machine, in this process: the roofline's bound (copyBandwidth) */
  copy_gbps?: number;
  baseline: BaselineTime[];
}

export interface ReportRow extends BenchRow {
  /** baseline name -> baseline time / our time (> 1: we are faster). */
  speedup: Record<string, number>;
  /** bytes / GPU time, GB/s (1e9 bytes per second). */
  gbps_gpu?: number;
  /** bytes / end-to-end wall time, GB/s. */
  gbps_wall?: number;
  /** nanoseconds of wall time per valid token (linearity check across sizes). */
  ns_per_token: number;
  /** gbps_wall / copy_gbps: how close the end-to-end call comes to streaming its bytes once (1 = at the bound) */
  bound_fraction?: number;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memory_gib: number;
  node: string;
  platform: string;
  gpu?: string;
  date: string;
}

export function machineInfo(gpu?: string): MachineInfo {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    ...(gpu ? { gpu } : {}),
    date: new Date().toISOString(),
  };
}

/** Memory bandwidth of known data-centre GPUs (vendor specifications, GB/s), by adapter name; most specific first. */
const PEAK_BANDWIDTH: [RegExp, string, number][] = [
  [/H200/i, 'NVIDIA H200', 4800],
  [/H100.*PCIe/i, 'NVIDIA H100 PCIe', 2000],
  [/H100.*NVL/i, 'NVIDIA H100 NVL', 3900],
  [/H100/i, 'NVIDIA H100 SXM', 3350],
  [/A100.*80\s*GB/i, 'NVIDIA A100 80GB', 2039],
  [/A100/i, 'NVIDIA A100 40GB', 1555],
];

/** The card's peak memory bandwidth when the adapter is a known GPU (none for CPU adapters). */
export function peakBandwidth(gpu: string | undefined): { card: string; gbps: number } | undefined {
  const hit = gpu === undefined ? undefined : PEAK_BANDWIDTH.find(([re]) => re.test(gpu));
  return hit && { card: hit[1], gbps: hit[2] };
}

const gbps = (bytes: number | undefined, ms: number | undefined) =>
  bytes !== undefined && ms !== undefined && ms > 0 ? bytes / (ms * 1e6) : undefined;

export function enrichRows(rows: readonly BenchRow[]): ReportRow[] {
  return rows.map((r) => {
    const speedup: Record<string, number> = {};
    for (const b of r.baseline) speedup[b.name] = b.wall_ms_median / r.wall_ms_median;
    const out: ReportRow = { ...r, speedup, ns_per_token: (r.wall_ms_median * 1e6) / r.tokens };
    const g = gbps(r.bytes, r.gpu_ms_median);
    const w = gbps(r.bytes, r.wall_ms_median);
    if (g !== undefined) out.gbps_gpu = g;
    if (w !== undefined) out.gbps_wall = w;
    if (w !== undefined && r.copy_gbps) out.bound_fraction = w / r.copy_gbps;
    return out;
  });
}

const fmtMs = (ms: number | undefined) => (ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtTokens = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : String(n));
const fmtGb = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(x >= 10 ? 0 : x >= 1 ? 1 : 2));
const fmtX = (x: number) => `${x.toFixed(x >= 10 ? 0 : x >= 1 ? 1 : 2)}x`;

/** Baseline names in order of first appearance. */
function baselineNames(rows: readonly BenchRow[]): string[] {
  const names: string[] = [];
  for (const r of rows) for (const b of r.baseline) if (!names.includes(b.name)) names.push(b.name);
  return names;
}

/** `peakGbps`: the card's memory bandwidth, for a column of achieved GB/s as a share of it. */
export function markdownTable(rows: readonly BenchRow[], peakGbps?: number): string {
  const enriched = enrichRows(rows);
  const names = baselineNames(rows);
  const header = [
    'estimator', 'batch', 'tokens', 'wall ms', 'GPU ms', 'kernels', 'MB moved', 'GB/s (GPU)',
    ...(peakGbps ? ['% of peak'] : []),
    'ns/token',
    ...names.map((n) => `vs ${n} (ms)`),
  ];
  const withAgreement = rows.some((r) => r.agreement !== undefined);
  if (withAgreement) header.push('agree %');
  const align = header.map((_, i) => (i < 2 ? ':--' : '--:'));
  const lines = enriched.map((r) => [
    r.backend ? `${r.estimator} (${r.backend})` : r.estimator,
    r.size,
    fmtTokens(r.tokens),
    fmtMs(r.wall_ms_median),
    fmtMs(r.gpu_ms_median),
    r.kernels === undefined ? '–' : String(r.kernels),
    r.bytes === undefined ? '–' : (r.bytes / 1e6).toFixed(1),
    fmtGb(r.gbps_gpu),
    ...(peakGbps ? [r.gbps_gpu === undefined ? '–' : ((100 * r.gbps_gpu) / peakGbps).toFixed(1)] : []),
    r.ns_per_token.toFixed(0),
    ...names.map((n) => {
      const b = r.baseline.find((x) => x.name === n);
      return b ? `${fmtX(r.speedup[n]!)} (${fmtMs(b.wall_ms_median)})` : '–';
    }),
    // floored, so 100 is shown only when every token agrees
    ...(withAgreement ? [r.agreement === undefined ? '–' : (Math.floor(r.agreement * 1e5) / 1e3).toFixed(3)] : []),
  ]);
  return [header, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n';
}

/**
 * The roofline: for every estimator and size, the bytes it must read and write, the GB/s it achieves end to end
 * (wall) and that as a fraction of this machine's streaming-copy bound for the same bytes.
 */
export function rooflineTable(rows: readonly BenchRow[]): string {
  const header = ['estimator', 'batch', 'tokens', 'MB moved', 'wall ms', 'GB/s (wall)', 'copy GB/s (bound)', 'of bound'];
  const align = header.map((_, i) => (i < 2 ? ':--' : '--:'));
  const lines = enrichRows(rows).map((r) => [
    r.backend ? `${r.estimator} (${r.backend})` : r.estimator,
    r.size,
    fmtTokens(r.tokens),
    r.bytes === undefined ? '–' : (r.bytes / 1e6).toFixed(1),
    fmtMs(r.wall_ms_median),
    fmtGb(r.gbps_wall),
    fmtGb(r.copy_gbps),
    r.bound_fraction === undefined ? '–' : r.bound_fraction >= 0.1 ? r.bound_fraction.toFixed(2) : r.bound_fraction.toPrecision(2),
  ]);
  return [header, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n';
}

export function markdownReport(rows: readonly BenchRow[], machine: MachineInfo, title = 'advc benchmark', level = 2): string {
  const gpu = machine.gpu ? `, GPU: ${machine.gpu}` : '';
  const peak = peakBandwidth(machine.gpu);
  return (
    `${'#'.repeat(level)} ${title}\n\n` +
    `Machine: ${machine.cpu} (${machine.cores} cores, ${machine.memory_gib} GiB)${gpu}; Node ${machine.node}, ` +
    `${machine.platform}; ${machine.date}.\n` +
    'Times are medians after warm-up, end to end (host arrays in, host arrays out). ' +
    '"vs X" is X\'s time divided by ours (above 1x: faster than X).' +
    (peak ? ` "% of peak": GB/s (GPU) against the ${peak.card}'s ${peak.gbps} GB/s.` : '') +
    '\n\n' +
    markdownTable(rows, peak?.gbps) +
    (rows.some((r) => r.copy_gbps)
      ? `\n${'#'.repeat(level + 1)} Roofline\n\n` +
        'Bytes each call must read and write, the GB/s it achieves end to end, and that as a fraction of a ' +
        'streaming copy of the same bytes in the same process on this machine (one thread; median after warm-up).\n\n' +
        rooflineTable(rows)
      : '')
  );
}

export interface WrittenReport {
  markdown: string;
  json: { machine: MachineInfo; peak_bandwidth?: { card: string; gbps: number }; rows: ReportRow[] };
}

/** Writes the markdown table and the JSON file (rows with speed-ups and GB/s) and returns both. */
export function writeReport(
  rows: readonly BenchRow[],
  paths: { markdown?: string; json?: string },
  machine: MachineInfo = machineInfo(),
  title?: string,
): WrittenReport {
  const markdown = markdownReport(rows, machine, title);
  const peak = peakBandwidth(machine.gpu);
  const json = { machine, ...(peak ? { peak_bandwidth: peak } : {}), rows: enrichRows(rows) };
  if (paths.markdown) writeFileSync(paths.markdown, markdown);
  if (paths.json) writeFileSync(paths.json, JSON.stringify(json, null, 2) + '\n');
  return { markdown, json };
}

export const README_BEGIN = '<!-- bench:begin -->';
export const README_END = '<!-- bench:end -->';

/** Replaces the text between the bench markers of a README (appends a marked section if there is none). */
export function replaceReadmeSection(readme: string, markdown: string): string {
  const block = `${README_BEGIN}\n${markdown.trimEnd()}\n${README_END}`;
  const start = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + README_END.length);
  return `${readme.trimEnd()}\n\n${block}\n`;
}
