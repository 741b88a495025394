// Hand-written SVG line charts: lines with an optional min/max band, a legend, and panels side by side.
import { escapeHtml as esc } from '../runtime/io/html.js';

export interface Series {
  name: string;
  x: number[];
  y: number[];
  lo?: number[];
  hi?: number[];
}

export interface Chart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  yMin?: number;
  yMax?: number;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
const W = 420;
const H = 300;
const M = { l: 52, r: 12, t: 30, b: 74 };

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

function ticks(lo: number, hi: number, n = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** One chart as an SVG fragment (a <g>) of size W x H. */
function chartGroup(c: Chart, dx: number): string {
  const xs = c.series.flatMap((s) => s.x);
  const ys = c.series.flatMap((s) => [...s.y, ...(s.lo ?? []), ...(s.hi ?? [])]).filter(Number.isFinite);
  const x0 = Math.min(...xs, 0);
  const x1 = Math.max(...xs, 1);
  let y0 = c.yMin ?? Math.min(...ys);
  let y1 = c.yMax ?? Math.max(...ys);
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) [y0, y1] = [0, 1];
  if (y1 - y0 < 1e-9) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const sx = (v: number) => M.l + ((v - x0) / (x1 - x0 || 1)) * pw;
  const sy = (v: number) => M.t + ph - ((v - y0) / (y1 - y0)) * ph;
  const parts: string[] = [`<g transform="translate(${dx},0)" font-family="sans-serif" font-size="11">`];
  parts.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(c.title)}</text>`);
  parts.push(`<rect x="${M.l}" y="${M.t}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`);
  for (const v of ticks(y0, y1)) {
    parts.push(`<line x1="${M.l}" x2="${M.l + pw}" y1="${sy(v)}" y2="${sy(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${M.l - 4}" y="${sy(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  for (const v of ticks(x0, x1)) parts.push(`<text x="${sx(v)}" y="${M.t + ph + 14}" text-anchor="middle">${fmt(v)}</text>`);
  parts.push(`<text x="${M.l + pw / 2}" y="${M.t + ph + 30}" text-anchor="middle">${esc(c.xLabel)}</text>`);
  parts.push(`<text transform="translate(12,${M.t + ph / 2}) rotate(-90)" text-anchor="middle">${esc(c.yLabel)}</text>`);
  c.series.forEach((s, i) => {
    const col = COLORS[i % COLORS.length];
    if (s.lo && s.hi && s.x.length > 1) {
      const up = s.x.map((x, k) => `${sx(x).toFixed(1)},${sy(s.hi![k]).toFixed(1)}`);
      const dn = s.x.map((x, k) => `${sx(x).toFixed(1)},${sy(s.lo![k]).toFixed(1)}`).reverse();
      parts.push(`<polygon points="${[...up, ...dn].join(' ')}" fill="${col}" fill-opacity="0.15" stroke="none"/>`);
    }
    const pts = s.x.map((x, k) => `${sx(x).toFixed(1)},${sy(s.y[k]).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${col}" stroke-width="2"/>`);
    if (s.x.length === 1) parts.push(`<circle cx="${sx(s.x[0])}" cy="${sy(s.y[0])}" r="3" fill="${col}"/>`);
    const ly = M.t + ph + 44 + Math.floor(i / 3) * 14;
    const lx = M.l + (i % 3) * 120;
    parts.push(`<line x1="${lx}" x2="${lx + 16}" y1="${ly - 4}" y2="${ly - 4}" stroke="${col}" stroke-width="3"/>`);
    parts.push(`<text x="${lx + 20}" y="${ly}">${esc(s.name)}</text>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** Charts side by side in one SVG document. */
export function panelsSvg(charts: Chart[]): string {
  const width = W * charts.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...charts.map((c, i) => chartGroup(c, i * W)),
    '</svg>',
    '',
  ].join('\n');
}

interface RowLike {
  step: number;
  [k: string]: number;
}

/** Curves of one run: held-out accuracy, training reward/accuracy, response length. */
export function runCurvesSvg(rows: object[], title: string): string {
  const rs = rows as RowLike[];
  const ev = rs.filter((r) => 'eval_accuracy' in r);
  const st = rs.filter((r) => 'reward_mean' in r);
  const pick = (list: RowLike[], k: string): Series => ({ name: k, x: list.map((r) => r.step), y: list.map((r) => r[k]) });
  return panelsSvg([
    { title: 'held-out accuracy (greedy)', xLabel: `RL step · ${title}`, yLabel: 'accuracy', yMin: 0, yMax: 1, series: [pick(ev, 'eval_accuracy')] },
    { title: 'rollouts', xLabel: 'RL step', yLabel: 'value', series: [pick(st, 'accuracy'), pick(st, 'reward_mean'), pick(st, 'entropy')] },
    { title: 'response length', xLabel: 'RL step', yLabel: 'tokens', series: [pick(st, 'response_length_mean'), pick(ev, 'eval_response_length')] },
  ]);
}
