// Reference fixtures (test/fixtures/*.json) and the acceptance rule of test/fixtures/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Batch, Outputs, Params } from '../../src/runtime/batch.js';
import { batchFromJsonValue } from '../../src/runtime/io/json.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The README's tolerance: |got - want| <= ATOL + RTOL * |want|. */
export const ATOL = 2e-4;
export const RTOL = 2e-4;

export interface Fixture {
  name: string;
  estimator: string;
  params: Params;
  note?: string;
  batch: Batch;
  expected: { advantages: Float32Array; returns: Float32Array };
  /** KTAE only: [row, col, value] from every variant of expected.alternatives (positions may repeat). */
  alternatives?: Array<[number, number, number]>;
}

export type JudgedField = 'advantages' | 'returns';

export interface JudgeOptions {
  /** Outputs to judge; default both. */
  fields?: JudgedField[];
  /** How many failures to describe; default 10. */
  maxReported?: number;
}

export interface JudgeResult {
  passed: number;
  failed: number;
  firstFailures: string[];
}

export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadFixture(name: string): Fixture {
  const doc = JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.json`, 'utf8')) as Record<string, any>;
  const batch = batchFromJsonValue(doc);
  const { B, T } = batch;
  const fixture: Fixture = {
    name: doc['name'] ?? name,
    estimator: doc['estimator'],
    params: doc['params'] ?? {},
    note: doc['note'],
    batch,
    expected: {
      advantages: flatten2(doc['expected']['advantages'], B, T, `${name}: expected.advantages`),
      returns: flatten2(doc['expected']['returns'], B, T, `${name}: expected.returns`),
    },
  };
  const alts = doc['expected']['alternatives'] as Array<{ values: Array<[number, number, number]> }> | undefined;
  if (alts) fixture.alternatives = alts.flatMap((variant) => variant.values.map(([r, c, v]) => [r, c, v] as [number, number, number]));
  return fixture;
}

export function withinTolerance(got: number, want: number): boolean {
  return Math.abs(got - want) <= ATOL + RTOL * Math.abs(want);
}

/**
 * Judges outputs against a fixture: every masked position of each judged field must be within tolerance
 * of the official value or of an alternative at that position. Padded positions are not judged.
 * Alternatives apply to `returns` too: in the official KTAE code returns are the advantages.
 */
export function judge(fixture: Fixture, got: Outputs | Record<string, Float32Array>, opts: JudgeOptions = {}): JudgeResult {
  const { B, T, response_mask: mask } = fixture.batch;
  const maxReported = opts.maxReported ?? 10;
  const alternatives = new Map<number, number[]>();
  for (const [r, c, v] of fixture.alternatives ?? []) {
    const list = alternatives.get(r * T + c) ?? [];
    list.push(v);
    alternatives.set(r * T + c, list);
  }
  const result: JudgeResult = { passed: 0, failed: 0, firstFailures: [] };
  const masked = mask.reduce((n, m) => n + m, 0);
  for (const field of opts.fields ?? (['advantages', 'returns'] as const)) {
    const want = fixture.expected[field];
    const have = got[field];
    if (!have || have.length !== B * T) {
      result.failed += masked;
      if (result.firstFailures.length < maxReported) {
        result.firstFailures.push(`${field}: ${have ? `has ${have.length} values, expected ${B * T} (${B}x${T})` : 'missing from the outputs'}`);
      }
      continue;
    }
    for (let i = 0; i < B * T; i++) {
      if (!mask[i]) continue;
      const g = have[i]!;
      const alts = alternatives.get(i);
      if (withinTolerance(g, want[i]!) || (alts?.some((a) => withinTolerance(g, a)) ?? false)) {
        result.passed++;
        continue;
      }
      result.failed++;
      if (result.firstFailures.length < maxReported) {
        const row = Math.floor(i / T);
        const col = i % T;
        const also = alts ? ` (or an alternative: ${alts.join(', ')})` : '';
        result.firstFailures.push(`${field} row ${row} col ${col}: got ${g}, want ${want[i]}${also}`);
      }
    }
  }
  return result;
}

/** A readable one-block summary for expect messages. */
export function describeJudge(fixture: Fixture, r: JudgeResult): string {
  return `${fixture.name}: ${r.failed} of ${r.passed + r.failed} positions failed\n${r.firstFailures.join('\n')}`;
}

function flatten2(rows: number[][], B: number, T: number, what: string): Float32Array {
  if (rows.length !== B || rows.some((row) => row.length !== T)) throw new Error(`${what}: not a [${B}][${T}] array`);
  const out = new Float32Array(B * T);
  rows.forEach((row, r) => out.set(row, r * T));
  return out;
}
