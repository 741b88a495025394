// `advc report` end to end: the HTML page of the KTAE fixtures holds every group, rollout and token, the key
// statistics equal ktae_report's outputs, limits cut what they say, text is escaped, token ids decode with a
// tokenizer.json, and the page renders in headless Chromium (when Debian's chromium is installed).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errLines, runAdvc, type Result } from './helpers/cli.js';
import { checkSource } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../src/runtime/batch.js';
import { groupRows } from '../src/plan/layout.js';
import { loadTokenTexts } from '../src/cli/report/tokens.js';
import { FIXTURE_DIR, loadFixture } from './helpers/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'advc-report-'));
const ZERO_TOKEN = 151643;


function advc(...args: string[]): Promise<Result> {
  return runAdvc(dir, ...args);
}


/** The JSON the page embeds for its hover card: per shown group, its rows and every key's statistics. */
interface PageData {
  hasKeyStats: boolean;
  decoded: boolean;
  groups: { index: number; rows: number[]; keys: (number | null)[][] }[];
}

function pageData(html: string): PageData {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no report-data script in the page');
  return JSON.parse(m[1]!) as PageData;
}

function count(html: string, re: RegExp): number {
  return html.match(re)?.length ?? 0;
}

/** Attributes and text of every token chip, in page order. */
function chips(html: string): { a: number; id: number; k?: number; text: string }[] {
  const out: { a: number; id: number; k?: number; text: string }[] = [];
  for (const m of html.matchAll(/<span class="t" ([^>]*)>([^<]*)<\/span>/g)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const k = attr('data-k');
    // without a tokenizer the text is the id
    out.push({ a: Number(attr('data-a')), id: Number(attr('data-id') ?? m[2]), ...(k !== undefined ? { k: Number(k) } : {}), text: m[2]! });
  }
  return out;
}

/** Table row of a key: its cells' text. */
function keyRow(html: string, group: number, id: number): string[] | undefined {
  const m = new RegExp(`<tr data-group="${group}" data-id="${id}">([\\s\\S]*?)</tr>`).exec(html);
  return m ? [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]*>/g, '')) : undefined;
}

function ktaeReport(batch: Batch, params: Params): Outputs {
  return interpret(checkSource({ name: 'ktae_report' }).program, batch, params);
}

function maskedCount(batch: Batch, rows: number[], cap = Infinity): number {
  return rows.reduce((n, b) => {
    let m = 0;
    for (let t = 0; t < batch.T; t++) m += batch.response_mask[b * batch.T + t]!;
    return n + Math.min(m, cap);
  }, 0);
}

/** Every key the page lists equals ktae_report's statistics at the key's tokens. */
function expectKeysMatch(data: PageData, batch: Batch, want: Outputs): number {
  let checked = 0;
  for (const g of data.groups) {
    const seen = new Set<number>();
    for (const b of g.rows)
      for (let t = 0; t < batch.T; t++) {
        const i = b * batch.T + t;
        if (batch.response_mask[i] && batch.responses[i] !== ZERO_TOKEN) seen.add(batch.responses[i]!);
      }
    expect(new Set(g.keys.map((k) => k[0]))).toEqual(seen);
    for (const [id, value, a, b, c, d, p, ig, dir] of g.keys) {
      const row = g.rows.find((r) => Array.from({ length: batch.T }, (_, t) => r * batch.T + t).some((i) => batch.response_mask[i] && batch.responses[i] === id))!;
      const i = row * batch.T + Array.from(batch.responses.subarray(row * batch.T, (row + 1) * batch.T)).indexOf(id!);
      const f = (name: string) => Math.fround(want[name]![i]!);
      // NaN (a direction in a group with one class) is null in JSON
      expect([value, a, b, c, d, p, ig, dir].map((v) => (v === null ? NaN : Math.fround(v!)))).toEqual(
        ['key_values', 'key_a', 'key_b', 'key_c', 'key_d', 'key_p_value', 'key_information_gain', 'key_direction'].map(f),
      );
      checked++;
    }
  }
  return checked;
}


afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('advc report ktae on ktae-small', () => {
  const fx = loadFixture('ktae-small');
  // a path with HTML metacharacters, to see that it comes out escaped
  const batchPath = join(dir, 'ktae<small>&.json');
  const out = join(dir, 'small.html');
  let html = '';
  let want: Outputs;

  beforeAll(async () => {
    copyFileSync(join(FIXTURE_DIR, 'ktae-small.json'), batchPath);
    const r = await advc('report', 'ktae', '--batch', batchPath, '--out', out, '--interpret');
    expect(r.code, r.stderr).toBe(0);
    expect(errLines(r).join('\n')).toMatch(/^ktae: report of 4\/4 groups, 1252 tokens shown -> /);
    html = readFileSync(out, 'utf8');
    want = ktaeReport(fx.batch, fx.params);
  });

  it('shows every group, rollout and valid token, with the advantages of ktae', () => {
    const { batch } = fx;
    expect(count(html, /<section class="group"/g)).toBe(4);
    expect(count(html, /<div class="rollout (correct|wrong)"/g)).toBe(32);
    const all = Array.from({ length: batch.B }, (_, b) => b);
    const shown = chips(html);
    expect(shown.length).toBe(maskedCount(batch, all));
    expect(shown.length).toBe(1252);
    // chips in page order: groups in order of first appearance, rows within a group, valid tokens within a row
    const layout = groupRows(batch.index);
    const order: number[] = [];
    for (let g = 0; g < layout.G; g++)
      for (const b of layout.members.subarray(layout.starts[g]!, layout.starts[g + 1]!))
        for (let t = 0; t < batch.T; t++) if (batch.response_mask[b * batch.T + t]) order.push(b * batch.T + t);
    shown.forEach((c, j) => {
      expect(c.id).toBe(batch.responses[order[j]!]);
      expect(c.text).toBe(String(c.id)); // no tokenizer: ids
      expect(c.a).toBeCloseTo(fx.expected.advantages[order[j]!]!, 3);
    });
    // zero-token and padding tokens have no key; every other chip points at its group's key
    expect(shown.every((c) => (c.k === undefined) === (c.id === ZERO_TOKEN))).toBe(true);
  });

  it('lists each key with ktae_report\'s table, p-value, information gain and direction', () => {
    const data = pageData(html);
    expect(data.hasKeyStats).toBe(true);
    expect(data.groups.map((g) => g.index)).toEqual([1000, 1001, 1002, 1003]);
    expect(expectKeysMatch(data, fx.batch, want)).toBeGreaterThan(300);
  });

  it('shows a known key: token 5 of group 1001 is in 0 of 5 correct and 3 of 3 wrong rollouts', () => {
    const g = pageData(html).groups.find((x) => x.index === 1001)!;
    const k = g.keys.find((x) => x[0] === 5)!;
    expect(k.slice(2, 6)).toEqual([0, 3, 5, 0]);
    // Fisher two-sided on [[0,3],[5,0]]: the observed table is the least likely of the support, P = C(3,3)/C(8,3)
    expect(k[6]).toBeCloseTo(1 / 56, 6);
    expect(k[1]).toBeLessThan(0);
    // the table cells: token, key value, a, b, c, d, p-value, IG, direction (group tables have no group column)
    const cells = keyRow(html.slice(html.indexOf('data-group="1001" data-gi')), 1001, 5)!;
    expect(cells.slice(2, 6)).toEqual(['0', '3', '5', '0']);
    expect(Number(cells[6])).toBeCloseTo(1 / 56, 4);
    // it is the strongest negative key overall (lowest value, then the smallest p)
    const overall = html.slice(html.indexOf('top 10 negative'), html.indexOf('<section class="group"'));
    expect(/<tr data-group="(\d+)" data-id="(\d+)">/.exec(overall)!.slice(1)).toEqual(['1001', '5']);
  });

  it('groups with one class say they have no key term and list no keys', () => {
    const g1000 = html.slice(html.indexOf('data-group="1000" data-gi'), html.indexOf('data-group="1001" data-gi'));
    expect(g1000).toContain('0 correct · 8 wrong · no key term');
    expect(count(g1000, /<tr data-group/g)).toBe(0);
  });

  it('escapes text from the command line', () => {
    expect(html).toContain('ktae&lt;small&gt;&amp;.json');
    expect(html).not.toContain('ktae<small>');
  });

  it('renders in headless Chromium', async (ctx) => {
    if (!existsSync(CHROMIUM)) {
      console.warn(`skipping the Chromium check: ${CHROMIUM} is absent (apt-get install -y chromium)`);
      ctx.skip();
    }
    const png = join(dir, 'small.png');
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(dir, 'chromium-'))}`];
    const shot = spawnSync(CHROMIUM, [...flags, `--screenshot=${png}`, '--window-size=1200,900', `file://${out}`], { encoding: 'utf8', timeout: 60_000 });
    expect(shot.status, shot.stderr).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 900]);
    // a blank page compresses to a few kB; coloured chips and tables do not
    expect(statSync(png).size).toBeGreaterThan(40_000);
    // the DOM after the page's script ran: the script marks the body, the chips are all there
    const dom = spawnSync(CHROMIUM, [...flags, '--dump-dom', `file://${out}`], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    expect(dom.status, dom.stderr).toBe(0);
    expect(dom.stdout).toMatch(/<body[^>]*data-ready="1"/);
    expect(count(dom.stdout, /<span class="t" /g)).toBe(1252);
    // hover and the colour toggle: a copy of the page that hovers token 5 of group 1001 and picks key values
    const hover = join(dir, 'hover.html');
    const act = `<script>(function(){var c=[].slice.call(document.querySelectorAll('section[data-group="1001"] .t')).find(function(e){return e.textContent==='5';});var r=c.getBoundingClientRect();` +
      `c.dispatchEvent(new MouseEvent('mouseover',{bubbles:true,clientX:r.left,clientY:r.top}));` +
      `var k=document.querySelector('input[value=key]');k.checked=true;k.dispatchEvent(new Event('change'));})();</script></body>`;
    writeFileSync(hover, html.replace('</body>', act));
    const hovered = spawnSync(CHROMIUM, [...flags, '--dump-dom', `file://${hover}`], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    expect(hovered.stdout).toMatch(/<body[^>]*class="bykey"/);
    const tip = /<div id="tip" style="display: block;[^"]*">([^<]*)<\/div>/.exec(hovered.stdout)?.[1];
    expect(tip?.split('\n')).toEqual(['id 5', expect.stringMatching(/^advantage -2\.20/), 'key value -1', 'a 0  b 3  c 5  d 0', 'p 0.01786', 'IG 0.9544 bits', expect.stringMatching(/^direction -/)]);
  });
});

describe('advc report ktae on ktae-mixed, with limits', () => {
  const fx = loadFixture('ktae-mixed');
  const out = join(dir, 'mixed.html');
  let html = '';

  beforeAll(async () => {
    const r = await advc('report', 'grpo_ktae', '--batch', join(FIXTURE_DIR, 'ktae-mixed.json'), '--out', out, '--interpret', '--max-groups', '3', '--max-tokens', '40', '--top', '5');
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(out, 'utf8');
  });

  it('shows only the first groups and tokens, and says what was cut', () => {
    const { batch } = fx;
    const layout = groupRows(batch.index);
    expect(layout.G).toBe(8);
    expect(count(html, /<section class="group"/g)).toBe(3);
    const rows = Array.from(layout.members.subarray(0, layout.starts[3]!));
    expect(count(html, /<div class="rollout (correct|wrong)"/g)).toBe(rows.length);
    expect(chips(html).length).toBe(maskedCount(batch, rows, 40));
    const cut = rows.filter((b) => maskedCount(batch, [b]) > 40).length;
    expect(cut).toBeGreaterThan(0);
    expect(html).toContain('showing the first 3 of 8 groups (--max-groups 3)');
    expect(html).toContain(`${cut} rollout${cut === 1 ? '' : 's'} cut to their first 40 tokens`);
    expect(count(html, /<span class="cut">showing 40 of \d+ tokens<\/span>/g)).toBe(cut);
  });

  it('keys match ktae_report, and the overall tables rank keys of every group', () => {
    const { batch } = fx;
    const want = ktaeReport(batch, fx.params);
    expectKeysMatch(pageData(html), batch, want);
    // the strongest positive value over all valid non-zero tokens of the batch heads the overall table
    let best = -Infinity;
    for (let i = 0; i < batch.B * batch.T; i++) if (batch.response_mask[i] && batch.responses[i] !== ZERO_TOKEN) best = Math.max(best, want['key_values']![i]!);
    const overall = html.slice(html.indexOf('top 5 positive'), html.indexOf('top 5 negative'));
    expect(count(overall, /<tr data-group/g)).toBe(5);
    const first = keyRow(overall, ...(/<tr data-group="(-?\d+)" data-id="(\d+)">/.exec(overall)!.slice(1).map(Number) as [number, number]))!;
    expect(Number(first[2])).toBeCloseTo(best, 5);
  });
});

describe('advc report, other estimators and errors', () => {
  it('shows a non-KTAE estimator\'s own advantages, run on the GPU, with no key tables', async () => {
    const fx = loadFixture('grpo-small');
    const out = join(dir, 'grpo.html');
    const r = await advc('report', 'grpo', '--batch', join(FIXTURE_DIR, 'grpo-small.json'), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const shown = chips(html);
    expect(shown.length).toBe(maskedCount(fx.batch, Array.from({ length: fx.batch.B }, (_, b) => b)));
    expect(shown.every((c) => c.k === undefined)).toBe(true);
    expect(html).toContain('grpo has no key-token values');
    expect(html).toContain('value="key" disabled');
    expect(pageData(html).hasKeyStats).toBe(false);
    expect(html).not.toContain('strongest keys over all groups');
    expect(html).toContain('mean token advantage');
    // GRPO gives every token of a rollout the same advantage
    const firstToken = Array.from(fx.batch.response_mask.subarray(0, fx.batch.T)).indexOf(1);
    expect(shown[0]!.a).toBeCloseTo(fx.expected.advantages[firstToken]!, 3);
  });

  it('shows the key values of an estimator that has them but no 2x2 tables (ktae_ngram)', async () => {
    const fx = loadFixture('ktae-small');
    const out = join(dir, 'ngram.html');
    const r = await advc('report', 'ktae_ngram', '--batch', join(FIXTURE_DIR, 'ktae-small.json'), '--out', out, '--interpret');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('ktae_ngram outputs key_values but no 2x2 tables');
    expect(html).not.toContain('value="key" disabled');
    const want = interpret(checkSource({ name: 'ktae_ngram' }).program, fx.batch, {});
    const kvs = [...html.matchAll(/<span class="t" [^>]*data-kv="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(kvs.length).toBe(1252);
    const masked = Array.from(want['key_values']!).filter((_, i) => fx.batch.response_mask[i]);
    expect(kvs.some((v) => v !== 0)).toBe(true);
    // page order is group order; compare as sorted multisets
    const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
    sorted(kvs).forEach((v, j) => expect(v).toBeCloseTo(sorted(masked)[j]!, 5));
  });

  it('gives the same key statistics on the GPU as ktae_report on the interpreter', async () => {
    const fx = loadFixture('ktae-small');
    const out = join(dir, 'gpu.html');
    const r = await advc('report', 'ktae', '--batch', join(FIXTURE_DIR, 'ktae-small.json'), '--out', out, '--backend', 'webgpu');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(' · webgpu backend (');
    const want = ktaeReport(fx.batch, fx.params);
    let checked = 0;
    for (const g of pageData(html).groups)
      for (const [id, ...got] of g.keys) {
        const i = Array.from(fx.batch.responses).findIndex((v, j) => v === id && fx.batch.response_mask[j] && g.rows.includes(Math.floor(j / fx.batch.T)));
        const names = ['key_values', 'key_a', 'key_b', 'key_c', 'key_d', 'key_p_value', 'key_information_gain', 'key_direction'];
        names.forEach((name, n) => {
          const w = want[name]![i]!;
          if (Number.isNaN(w)) expect(got[n]).toBeNull();
          else expect(Math.abs(got[n]! - w), `${name} of key ${id} in group ${g.index}`).toBeLessThanOrEqual(1e-6 + 1e-4 * Math.abs(w));
        });
        checked++;
      }
    expect(checked).toBeGreaterThan(300);
  });

  it('rejects a non-HTML output, bad limits and a missing tokenizer file, with one line and exit 1', async () => {
    const batch = join(FIXTURE_DIR, 'ktae-small.json');
    const cases: Array<[string[], RegExp]> = [
      [['--out', join(dir, 'r.json')], /--out must name an \.html file/],
      [['--out', join(dir, 'r.html'), '--max-groups', '0'], /--max-groups expects a positive integer, got '0'/],
      [['--out', join(dir, 'r.html'), '--max-tokens', 'x'], /--max-tokens expects a positive integer/],
      [['--out', join(dir, 'r.html'), '--tokenizer', join(dir, 'nope.json')], /nope\.json: cannot read the tokenizer: no such file|needs the npm package @huggingface\/tokenizers/],
    ];
    for (const [args, re] of cases) {
      const r = await advc('report', 'ktae', '--batch', batch, '--interpret', ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(errLines(r)).toHaveLength(1);
      expect(errLines(r)[0]).toMatch(re);
    }
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });
});

// The tokenizer library is optional: without it --tokenizer is a clear error; with it ids decode to text.
const hasTokenizerLib = (() => {
  try {
    createRequire(import.meta.url).resolve('@huggingface/tokenizers');
    return true;
  } catch {
    return false;
  }
})();

/** A byte-level BPE tokenizer.json whose vocabulary gives each id of `ids` the word ` t<id>`, plus two pieces of 'é'. */
function tinyTokenizer(path: string, ids: number[]): void {
  const vocab: Record<string, number> = { '\u00c3': 7_000_001, '\u00a9': 7_000_002 };
  for (const id of ids) if (id !== ZERO_TOKEN && id !== 151645) vocab[`\u0120t${id}`] = id;
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: false, use_regex: true };
  writeFileSync(
    path,
    JSON.stringify({
      version: '1.0', truncation: null, padding: null,
      added_tokens: [special(ZERO_TOKEN, '<|endoftext|>'), special(151645, '<|im_end|>')],
      normalizer: null, pre_tokenizer: byteLevel, post_processor: null, decoder: byteLevel,
      model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, vocab, merges: [] },
    }),
  );
}

describe('advc report --tokenizer', () => {
  it.skipIf(hasTokenizerLib)('says which package to install when @huggingface/tokenizers is absent', async () => {
    const tok = join(dir, 'tokenizer.json');
    tinyTokenizer(tok, [1, 2]);
    const r = await advc('report', 'ktae', '--batch', join(FIXTURE_DIR, 'ktae-small.json'), '--out', join(dir, 't.html'), '--interpret', '--tokenizer', tok);
    expect(r.code).toBe(1);
    expect(errLines(r)).toEqual(['advc: error: --tokenizer needs the npm package @huggingface/tokenizers, which is not installed (npm install @huggingface/tokenizers@0.2.0)']);
  });

  it.skipIf(!hasTokenizerLib)('decodes every chip and key with the tokenizer', async () => {
    const fx = loadFixture('ktae-small');
    const tok = join(mkdtempSync(join(dir, 'tok-')), 'tokenizer.json');
    tinyTokenizer(tok, [...new Set(fx.batch.responses)]);
    const out = join(dir, 'decoded.html');
    const r = await advc('report', 'ktae', '--batch', join(FIXTURE_DIR, 'ktae-small.json'), '--out', out, '--interpret', '--tokenizer', tok);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const shown = chips(html);
    expect(shown.length).toBe(1252);
    const specials = new Map([[151645, '&lt;|im_end|&gt;'], [ZERO_TOKEN, '&lt;|endoftext|&gt;']]);
    for (const c of shown) expect(c.text).toBe(specials.get(c.id) ?? ` t${c.id}`);
    expect(pageData(html).decoded).toBe(true);
    expect(keyRow(html, 1001, 5)![1]).toBe(' t5 5');
  });

  it.skipIf(!hasTokenizerLib)('puts a character split over byte-level tokens on the token that completes it', async () => {
    const tok = join(mkdtempSync(join(dir, 'tok-')), 'tokenizer.json');
    tinyTokenizer(tok, [12, 34]);
    const texts = await loadTokenTexts(tok);
    expect(texts([12, 7_000_001, 7_000_002, 34, 99])).toEqual([' t12', '', '\u00e9', ' t34', '[99?]']);
  });
});
