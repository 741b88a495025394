// The report as one self-contained HTML page (inline CSS and script, nothing fetched): tokens as chips coloured
// on a diverging blue (positive) / red (negative) scale, a toggle between final advantage and key-token value,
// a hover card with each token's statistics, and tables of the strongest keys.
import { escapeHtml } from '../../runtime/io/html.js';
import { formatF32 } from '../../runtime/io/json.js';
import { strongest, type GroupView, type KeyStats, type ReportModel, type RolloutView, type TokenView } from './model.js';

export interface PageInfo {
  estimator: string;
  batchPath: string;
  B: number;
  T: number;
  /** `name=value` parameter summary */
  params: string;
  executor: string;
  /** where the key statistics came from, or why there are none */
  statsNote: string;
  maxGroups: number;
  maxTokens: number;
  topKeys: number;
  /** the text of each shown token (same nesting as the model's groups/rollouts/tokens), when decoded */
  texts?: string[][][];
  /** the text of a single token id, for the key tables, when decoded */
  idText?: (id: number) => string;
  tokenizer?: string;
}

/** JSON that can sit inside a <script> element: no `</script>`, no line separators JavaScript rejects. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const WHITE = [247, 247, 247] as const;
const BLUE = [33, 102, 172] as const;
const RED = [178, 24, 43] as const;

/** Diverging colour of `v` on a scale whose ends are -scale (red) and +scale (blue); capped so dark text stays legible. */
export function divergingColor(v: number, scale: number): string {
  const t = scale > 0 && Number.isFinite(v) ? Math.max(-1, Math.min(1, v / scale)) : 0;
  const end = t >= 0 ? BLUE : RED;
  const w = Math.abs(t) * 0.8;
  return '#' + WHITE.map((c, i) => Math.round(c + (end[i]! - c) * w).toString(16).padStart(2, '0')).join('');
}

/** Short number for attributes and cells: `digits` significant digits, exponent form for tiny values. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e6 ? v.toExponential(digits - 1) : String(Number(v.toPrecision(digits)));
}

function signed(v: number, digits = 4): string {
  return v > 0 ? `+${fmt(v, digits)}` : fmt(v, digits);
}

/** Visible text of a token: whitespace made visible, an empty piece marked. */
function visibleText(text: string): string {
  if (text === '') return '\u2026';
  return text.replace(/\n/g, '\u21b5').replace(/\t/g, '\u2192').replace(/\r/g, '');
}

/** The largest |value| over the shown tokens, so the colours use the whole scale. */
function maxAbs(groups: GroupView[], of: (t: TokenView) => number | undefined): number {
  let m = 0;
  for (const g of groups) for (const r of g.rollouts) for (const t of r.tokens) m = Math.max(m, Math.abs(of(t) ?? 0));
  return m;
}

function tokenLabel(k: KeyStats, decode: ((id: number) => string | undefined) | undefined): string {
  const text = decode?.(k.id);
  return text === undefined ? `<code>${k.id}</code>` : `<code>${escapeHtml(visibleText(text))}</code> <span class="id">${k.id}</span>`;
}

function keyTable(title: string, keys: KeyStats[], withGroup: boolean, keyScale: number, decode?: (id: number) => string | undefined): string {
  if (!keys.length) return `<div class="keys"><h4>${escapeHtml(title)}</h4><p class="none">none</p></div>`;
  const head = `${withGroup ? '<th>group</th>' : ''}<th>token</th><th>key value</th><th>a</th><th>b</th><th>c</th><th>d</th><th>p-value</th><th>IG (bits)</th><th>direction</th>`;
  const rows = keys
    .map(
      (k) =>
        `<tr data-group="${k.group}" data-id="${k.id}">${withGroup ? `<td>${k.group}</td>` : ''}<td>${tokenLabel(k, decode)}</td>` +
        `<td class="num" style="background:${divergingColor(k.value, keyScale)}">${signed(k.value, 6)}</td>` +
        `<td class="num">${fmt(k.a)}</td><td class="num">${fmt(k.b)}</td><td class="num">${fmt(k.c)}</td><td class="num">${fmt(k.d)}</td>` +
        `<td class="num">${fmt(k.p)}</td><td class="num">${fmt(k.ig)}</td><td class="num">${signed(k.direction)}</td></tr>`,
    )
    .join('\n');
  return `<div class="keys"><h4>${escapeHtml(title)}</h4><table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

/**
 * One token. Chips are most of a page's bytes, so they carry only what the hover card cannot get elsewhere:
 * the id only when the text is decoded, the key value only when no key statistics hold it.
 */
function chip(t: TokenView, text: string | undefined, advScale: number, keyScale: number): string {
  const kv = t.keyValue ?? 0;
  const attrs =
    `style="--a:${divergingColor(t.advantage, advScale)};--k:${divergingColor(kv, keyScale)}" data-a="${fmt(t.advantage)}"` +
    (t.key !== undefined ? ` data-k="${t.key}"` : t.keyValue !== undefined ? ` data-kv="${fmt(t.keyValue, 6)}"` : '') +
    (text !== undefined ? ` data-id="${t.id}"` : '');
  return `<span class="t" ${attrs}>${escapeHtml(visibleText(text ?? String(t.id)))}</span>`;
}

function rolloutHtml(r: RolloutView, texts: string[] | undefined, label: string, advScale: number, keyScale: number): string {
  const chips = r.tokens.map((t, i) => chip(t, texts?.[i], advScale, keyScale)).join('');
  const cut = r.length > r.tokens.length ? `<span class="cut">showing ${r.tokens.length} of ${r.length} tokens</span>` : '';
  return (
    `<div class="rollout ${r.correct ? 'correct' : 'wrong'}" data-row="${r.row}">` +
    `<div class="rhead"><span class="row">row ${r.row}</span><span class="badge">${r.correct ? 'correct' : 'wrong'}</span>` +
    `<span>score ${fmt(r.score)}</span><span>${escapeHtml(label)} <b style="background:${divergingColor(r.rolloutAdvantage, advScale)}">${signed(r.rolloutAdvantage)}</b></span>` +
    `<span>${r.length} tokens</span>${cut}</div>` +
    `<div class="tokens${texts ? ' text' : ''}">${chips}</div></div>`
  );
}

function groupHtml(g: GroupView, gi: number, m: ReportModel, info: PageInfo, scales: { adv: number; key: number }, decode?: (id: number) => string | undefined): string {
  const rollouts = g.rollouts.map((r, ri) => rolloutHtml(r, info.texts?.[gi]?.[ri], m.rolloutAdvantageLabel, scales.adv, scales.key)).join('\n');
  const noKeyTerm = m.hasKeyStats && (g.nCorrect === 0 || g.nWrong === 0) ? ' · no key term (needs correct and wrong rollouts)' : '';
  const keys = m.hasKeyStats
    ? `<div class="keypair">${keyTable('strongest positive keys', strongest(g.keys, 'positive', info.topKeys), false, scales.key, decode)}` +
      `${keyTable('strongest negative keys', strongest(g.keys, 'negative', info.topKeys), false, scales.key, decode)}</div>`
    : '';
  return (
    `<section class="group" data-group="${g.index}" data-gi="${gi}"><h2>group ${g.index}</h2>` +
    `<p class="gmeta">${g.rollouts.length} rollouts · ${g.nCorrect} correct · ${g.nWrong} wrong${noKeyTerm}</p>\n${rollouts}\n${keys}</section>`
  );
}

const CSS = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.2em 0 .2em}h4{margin:.6em 0 .3em;font-size:1em}
.meta,.gmeta,.note{color:#555;margin:.2em 0}.note{color:#8a5a00}
.controls{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;z-index:2;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
.legend{display:inline-flex;align-items:center;gap:.4em}.bar{display:inline-block;width:160px;height:12px;border:1px solid #ccc;background:linear-gradient(90deg,#b2182b,#f7f7f7,#2166ac)}
.group{border-top:2px solid #ccc;margin-top:1em}
.rollout{margin:.5em 0;padding:.3em .5em;border-left:4px solid #bbb}.rollout.correct{border-color:#2166ac}.rollout.wrong{border-color:#b2182b}
.rhead{display:flex;gap:1em;font-size:.9em;color:#444;margin-bottom:.2em;flex-wrap:wrap}.rhead b{padding:0 .3em;border-radius:3px}
.badge{font-weight:600}.correct .badge{color:#2166ac}.wrong .badge{color:#b2182b}.cut{color:#8a5a00}
.tokens{display:flex;flex-wrap:wrap;gap:2px;font:12px/1.3 ui-monospace,Menlo,Consolas,monospace}
.t{background:var(--a);padding:0 2px;border-radius:2px;white-space:pre;cursor:default;border:1px solid rgba(0,0,0,.08)}
body.bykey .t{background:var(--k)}.t:hover{outline:2px solid #000}
table{border-collapse:collapse;font-size:.9em}th,td{padding:.15em .5em;border-bottom:1px solid #eee;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.keypair{display:flex;gap:2em;flex-wrap:wrap}.none{color:#777}.id{color:#888;font-size:.85em}
#tip{position:fixed;display:none;background:#fffff0;border:1px solid #999;padding:.4em .6em;font-size:12px;pointer-events:none;z-index:3;box-shadow:0 2px 6px rgba(0,0,0,.2);white-space:pre}
`;

// Hover card and colour toggle. Key statistics come from the embedded JSON (per group, indexed by data-k).
const SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById('report-data').textContent);
var tip=document.getElementById('tip');
function num(v,d){return v===null?'undefined (one class only)':String(+v.toPrecision(d||4));}
document.querySelectorAll('input[name=colour]').forEach(function(r){r.addEventListener('change',function(){
document.body.classList.toggle('bykey',r.value==='key'&&r.checked);});});
document.addEventListener('mouseover',function(e){
var t=e.target.closest&&e.target.closest('.t');if(!t){tip.style.display='none';return;}
var g=t.closest('.group');var keys=data.groups[+g.dataset.gi].keys;
var lines=[data.decoded?'id '+t.dataset.id+'  '+JSON.stringify(t.textContent):'id '+t.textContent,'advantage '+t.dataset.a];
if(t.dataset.kv!==undefined)lines.push('key value '+t.dataset.kv);
if(t.dataset.k!==undefined){var k=keys[+t.dataset.k];
lines.push('key value '+num(k[1],6),'a '+k[2]+'  b '+k[3]+'  c '+k[4]+'  d '+k[5],'p '+num(k[6]),'IG '+num(k[7])+' bits','direction '+num(k[8]));}
else if(data.hasKeyStats)lines.push('no key (padding or the zero token)');
tip.textContent=lines.join('\\n');tip.style.display='block';});
document.addEventListener('mousemove',function(e){tip.style.left=Math.min(e.clientX+14,innerWidth-260)+'px';tip.style.top=(e.clientY+14)+'px';});
document.body.dataset.ready='1';
})();
`;

/** A float32 value as the shortest decimal that reads back as it (keeps the embedded JSON small and exact); null for NaN. */
function f32(v: number): number | null {
  return Number.isFinite(v) ? Number(formatF32(v)) : null;
}

/** The whole page. */
export function renderReport(m: ReportModel, info: PageInfo): string {
  const scales = { adv: maxAbs(m.groups, (t) => t.advantage), key: maxAbs(m.groups, (t) => t.keyValue) };
  const decode = info.idText;

  const notes: string[] = [];
  if (m.totalGroups > m.groups.length) notes.push(`showing the first ${m.groups.length} of ${m.totalGroups} groups (--max-groups ${info.maxGroups})`);
  if (m.cutRollouts) notes.push(`${m.cutRollouts} rollout${m.cutRollouts === 1 ? '' : 's'} cut to their first ${info.maxTokens} tokens (--max-tokens)`);
  if (m.hasKeyStats && m.totalGroups > m.groups.length) notes.push('the overall key tables cover every group');
  const tokenizerNote = info.tokenizer ? `tokens decoded with ${info.tokenizer}` : 'tokens shown as ids (give --tokenizer tokenizer.json to decode them)';

  const overall = m.hasKeyStats
    ? `<section class="overall"><h2>strongest keys over all groups</h2>` +
      `<p class="meta">a: correct rollouts containing the key · b: wrong rollouts containing it · c: correct without it · d: wrong without it · p: Fisher's exact test (two-sided) · IG: information gain of the key's presence about correctness · direction: Cohen's h plus the term-frequency contrast</p>` +
      `<div class="keypair">${keyTable(`top ${info.topKeys} positive`, m.overallPositive, true, scales.key, decode)}${keyTable(`top ${info.topKeys} negative`, m.overallNegative, true, scales.key, decode)}</div></section>`
    : '';
  const data = {
    estimator: info.estimator,
    decoded: info.texts !== undefined,
    hasKeyStats: m.hasKeyStats,
    groups: m.groups.map((g) => ({ index: g.index, rows: g.rollouts.map((r) => r.row), keys: g.keys.map((k) => [k.id, ...[k.value, k.a, k.b, k.c, k.d, k.p, k.ig, k.direction].map(f32)]) })),
  };
  const keyToggle = m.hasKeyValues
    ? `<label><input type="radio" name="colour" value="key"> key-token value (±${fmt(scales.key)})</label>`
    : `<label title="this estimator has no key_values output"><input type="radio" name="colour" value="key" disabled> key-token value (none)</label>`;

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>advc report: ${escapeHtml(info.estimator)}</title><style>${CSS}</style></head>
<body>
<h1>advc report: ${escapeHtml(info.estimator)}</h1>
<p class="meta">batch ${escapeHtml(info.batchPath)} · B=${info.B} T=${info.T} · ${m.totalGroups} groups · ${escapeHtml(info.executor)}</p>
<p class="meta">${escapeHtml(info.params || '(no parameters)')}</p>
<p class="meta">${escapeHtml(info.statsNote)} · ${escapeHtml(tokenizerNote)}</p>
${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
<div class="controls"><span>colour tokens by</span>
<label><input type="radio" name="colour" value="advantage" checked> final advantage (±${fmt(scales.adv)})</label>
${keyToggle}
<span class="legend"><span>negative</span><span class="bar"></span><span>positive</span></span></div>
${overall}
${m.groups.map((g, gi) => groupHtml(g, gi, m, info, scales, decode)).join('\n')}
<div id="tip"></div>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
