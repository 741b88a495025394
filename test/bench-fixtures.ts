// Loads the reference fixtures (test/fixtures/*.json) as Batches and judges outputs by their acceptance rule.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch } from '../src/runtime/batch.js';

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');

interface Alternative {
  ties: string;
  p_one: string;
  values: Array<[number, number, number]>;
}
export interface Fixture {
  name: string;
  estimator: string;
  params: Record<string, number>;
  batch: Batch;
  advantages: Float32Array;
  returns: Float32Array;
  /** flat position -> alternative values accepted there (KTAE only) */
  alternatives: Map<number, number[]>;
}

const flat2 = (rows: number[][], Ctor: Int32ArrayConstructor | Float32ArrayConstructor) =>
  Ctor.from(rows.flat());

export function loadFixtures(estimator: string): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')))
    .filter((d) => d.estimator === estimator)
    .map((d) => {
      const inp = d.inputs;
      const B = inp.responses.length;
      const T = inp.responses[0].length;
      const alternatives = new Map<number, number[]>();
      for (const alt of (d.expected.alternatives ?? []) as Alternative[]) {
        for (const [r, c, v] of alt.values) {
          const at = r * T + c;
          alternatives.set(at, [...(alternatives.get(at) ?? []), v]);
        }
      }
      return {
        name: d.name,
        estimator: d.estimator,
        params: d.params,
        batch: {
          B,
          T,
          responses: flat2(inp.responses, Int32Array) as Int32Array,
          response_mask: flat2(inp.response_mask, Int32Array) as Int32Array,
          token_level_rewards: flat2(inp.token_level_rewards, Float32Array) as Float32Array,
          index: Int32Array.from(inp.index),
        },
        advantages: flat2(d.expected.advantages, Float32Array) as Float32Array,
        returns: flat2(d.expected.returns, Float32Array) as Float32Array,
        alternatives,
      };
    });
}

const close = (got: number, want: number) => Math.abs(got - want) <= 2e-4 + 2e-4 * Math.abs(want);

/** Masked positions failing the acceptance rule, as "row,col got want" strings (empty = pass). */
export function judge(fx: Fixture, got: ArrayLike<number>, want: Float32Array = fx.advantages): string[] {
  const { B, T, response_mask: M } = fx.batch;
  const bad: string[] = [];
  for (let at = 0; at < B * T; at++) {
    if (M[at] === 0) continue;
    const g = got[at]!;
    if (close(g, want[at]!)) continue;
    if ((fx.alternatives.get(at) ?? []).some((v) => close(g, v))) continue;
    bad.push(`${Math.floor(at / T)},${at % T} got ${g} want ${want[at]}`);
  }
  return bad;
}
