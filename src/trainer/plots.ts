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
const H = 250; // plot area and axes; the legend rows come below
const M = { l: 52, r: 12, t: 30, b: 46 };
const LEGEND_ROW = 15;
/** Rough width of 11px sans-serif text, for laying out legend entries without overlap. */
const textWidth = (s: string) => s.length * 6.2;

/** Nice tick values covering [lo, hi]; integers only when `integer` (RL steps). */
function ticks(lo: number, hi: number, integer = false, n = 5): { values: number[]; step: number } {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  if (integer) step = Math.max(1, Math.round(step));
  const values: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) values.push(Math.round(v / step) * step);
  return { values, step };
}

/** Tick labels with as many decimals as the tick spacing needs (17.5, 18, 18.5; 0.2, 0.4). */
function tickLabel(v: number, step: number): string {
  const decimals = Math.max(0, Math.min(3, -Math.floor(Math.log10(step) + 1e-9)));
  return (Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-6 ? v.toFixed(decimals + 1) : v.toFixed(decimals));
}

/** Legend entries in rows that fit the chart width: [x offset, row] per series. */
function legendLayout(names: string[], width: number): { at: [number, number][]; rows: number } {
  const at: [number, number][] = [];
  let x = 0;
  let row = 0;
  for (const name of names) {
    const w = 24 + textWidth(name) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    at.push([x, row]);
    x += w;
  }
  return { at, rows: names.length ? row + 1 : 0 };
}

/** One chart as an SVG fragment (a <g>) of width W; the legend takes `legendRows` rows below the axes. */
function chartGroup(c: Chart, dx: number): string {
  const xs = c.series.flatMap((s) => s.x);
  const ys = c.series.flatMap((s) => [...s.y, ...(s.lo ?? []), ...(s.hi ?? [])]).filter(Number.isFinite);
  const x0 = Math.min(...xs, 0);
  const x1 = Math.max(...xs, 1);
  let y0 = c.yMin ?? Math.min(...ys);
  let y1 = c.yMax ?? Math.max(...ys);
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) [y0, y1] = [0, 1];
  if (y1 - y0 < 1e-9) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const yt = ticks(y0, y1);
  // widen free axes to whole ticks, so the top and bottom lines are labelled
  if (c.yMin === undefined) y0 = Math.floor(y0 / yt.step + 1e-9) * yt.step;
  if (c.yMax === undefined) y1 = Math.ceil(y1 / yt.step - 1e-9) * yt.step;
  const integerX = xs.every(Number.isInteger);
  const xt = ticks(x0, x1, integerX);
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const sx = (v: number) => M.l + ((v - x0) / (x1 - x0 || 1)) * pw;
  const sy = (v: number) => M.t + ph - ((v - y0) / (y1 - y0)) * ph;
  const parts: string[] = [`<g transform="translate(${dx},0)" font-family="sans-serif" font-size="11">`];
  parts.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(c.title)}</text>`);
  parts.push(`<rect x="${M.l}" y="${M.t}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`);
  const yTicks = { step: yt.step, values: [] as number[] };
  for (let k = Math.round(y0 / yt.step); k * yt.step <= y1 + 1e-9; k++) yTicks.values.push(k * yt.step);
  for (const v of yTicks.values) {
    parts.push(`<line x1="${M.l}" x2="${M.l + pw}" y1="${sy(v)}" y2="${sy(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${M.l - 4}" y="${sy(v) + 4}" text-anchor="end">${tickLabel(v, yTicks.step)}</text>`);
  }
  for (const v of xt.values) parts.push(`<text x="${sx(v)}" y="${M.t + ph + 14}" text-anchor="middle">${tickLabel(v, xt.step)}</text>`);
  parts.push(`<text x="${M.l + pw / 2}" y="${M.t + ph + 30}" text-anchor="middle">${esc(c.xLabel)}</text>`);
  parts.push(`<text transform="translate(12,${M.t + ph / 2}) rotate(-90)" text-anchor="middle">${esc(c.yLabel)}</text>`);
  const legend = legendLayout(
    c.series.map((s) => s.name),
    pw,
  );
  c.series.forEach((s, i) => {
    const col = COLORS[i % COLORS.length];
    if (s.lo && s.hi && s.x.length > 1) {
      // bands stay inside a fixed axis (a 95% interval over two seeds can reach far past accuracy 0..1)
      const clip = (v: number) => sy(Math.min(Math.max(v, y0), y1)).toFixed(1);
      const up = s.x.map((x, k) => `${sx(x).toFixed(1)},${clip(s.hi![k])}`);
      const dn = s.x.map((x, k) => `${sx(x).toFixed(1)},${clip(s.lo![k])}`).reverse();
      parts.push(`<polygon points="${[...up, ...dn].join(' ')}" fill="${col}" fill-opacity="0.15" stroke="none"/>`);
    }
    // later series dashed, so a line lying on an earlier one (reward on accuracy) leaves it visible
    const dash = i > 0 ? ` stroke-dasharray="${4 + 2 * i},3"` : '';
    const pts = s.x.map((x, k) => `${sx(x).toFixed(1)},${sy(s.y[k]).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${col}" stroke-width="2"${dash}/>`);
    if (s.x.length === 1) parts.push(`<circle cx="${sx(s.x[0])}" cy="${sy(s.y[0])}" r="3" fill="${col}"/>`);
    const [ox, row] = legend.at[i];
    const ly = H + 4 + row * LEGEND_ROW;
    const lx = M.l + ox;
    parts.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${col}" stroke-width="3"${dash}/>`);
    parts.push(`<text x="${lx + 22}" y="${ly}">${esc(s.name)}</text>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** Charts side by side in one SVG document, tall enough for the longest legend. */
export function panelsSvg(charts: Chart[]): string {
  const width = W * charts.length;
  const rows = Math.max(1, ...charts.map((c) => legendLayout(c.series.map((s) => s.name), W - M.l - M.r).rows));
  const height = H + rows * LEGEND_ROW + 6;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
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

/**
 * Curves of one run: accuracy (held-out greedy and on the rollouts), reward and entropy, response
 * length (rollout mean; held-out mean with its spread over problems shaded).
 */
export function runCurvesSvg(rows: object[], title: string): string {
  const rs = rows as RowLike[];
  const ev = rs.filter((r) => 'eval_accuracy' in r);
  const st = rs.filter((r) => 'reward_mean' in r);
  const pick = (list: RowLike[], k: string, name = k): Series => ({ name, x: list.map((r) => r.step), y: list.map((r) => r[k]) });
  const evLen = pick(ev, 'eval_response_length', 'held-out (mean ± sd)');
  if (ev.every((r) => r.eval_response_length_std !== undefined)) {
    evLen.lo = ev.map((r) => r.eval_response_length - r.eval_response_length_std);
    evLen.hi = ev.map((r) => r.eval_response_length + r.eval_response_length_std);
  }
  return panelsSvg([
    {
      title: 'accuracy',
      xLabel: `RL step · ${title}`,
      yLabel: 'accuracy',
      yMin: 0,
      yMax: 1,
      series: [pick(ev, 'eval_accuracy', 'held-out (greedy)'), pick(st, 'accuracy', 'rollouts')],
    },
    { title: 'rollouts', xLabel: 'RL step', yLabel: 'value', series: [pick(st, 'reward_mean', 'reward'), pick(st, 'entropy')] },
    { title: 'response length', xLabel: 'RL step', yLabel: 'tokens', series: [evLen, pick(st, 'response_length_mean', 'rollouts (mean)')] },
  ]);
}
