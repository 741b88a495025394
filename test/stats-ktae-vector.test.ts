// The test vector of spec/estimators.md 6.5 (computed there by running KTAE's official functions in float32)
// through the stdlib `ktae` estimator on both executors: one group of 4 rollouts, T = 5, scores [1, 1, 0, 0].
import { afterAll, describe, expect, test } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import type { Batch, Outputs } from '../src/runtime/batch.js';
import { getGpu, releaseGpu } from '../src/runtime/device.js';
import { GpuEstimator } from '../src/runtime/executor.js';

afterAll(releaseGpu);

const PAD = 151643;
const responses = [
  [1, 2, 3, 4, PAD],
  [1, 2, 5, PAD, PAD],
  [1, 6, 3, 7, 7],
  [1, 6, 6, 8, PAD],
];
const scores = [1, 1, 0, 0];

function vectorBatch(): Batch {
  const B = 4;
  const T = 5;
  const mask = responses.map((row) => row.map((id) => (id === PAD ? 0 : 1)));
  // the outcome reward sits on the last valid token
  const rewards = mask.map((row, i) => row.map((m, t) => (m === 1 && (t + 1 === T || row[t + 1] === 0) ? scores[i]! : 0)));
  return {
    B,
    T,
    responses: Int32Array.from(responses.flat()),
    response_mask: Int32Array.from(mask.flat()),
    token_level_rewards: Float32Array.from(rewards.flat()),
    index: new Int32Array(B),
  };
}

// K per token id, as listed in the spec (the pad id is hard-coded to 0)
const KEY_VALUES = new Map([[1, 0.0], [2, 1.0], [3, 0.02445197], [4, 1.0], [5, 1.0], [6, -1.0], [7, -1.0], [8, -1.0], [PAD, 0.0]]);
const ADVANTAGES: Record<number, number[]> = {
  0: [0.8660239, 1.8660239, 0.8904759, 1.8660239, 0],
  2: [-0.8660239, -1.8660239, -0.8415719, -1.8660239, -1.8660239],
};
// the spec prints float32 values to 7-8 digits; both executors reproduce them to within 2e-9
const TOL = 1e-6;

const runs: Record<'WGSL' | 'interpreter', () => Promise<Outputs>> = {
  WGSL: async () => (await GpuEstimator.create(await getGpu(), compileEstimator('ktae'))).run(vectorBatch(), {}),
  interpreter: async () => interpret(compileEstimator('ktae').program, vectorBatch(), {}),
};

describe.each(Object.keys(runs) as Array<keyof typeof runs>)('spec 6.5 vector on the %s', (executor) => {
  let out: Promise<Outputs> | undefined;
  const run = () => (out ??= runs[executor]());

  test('the batch has the spec scores', () => {
    const b = vectorBatch();
    const rowSums = [0, 1, 2, 3].map((i) => b.token_level_rewards.slice(i * 5, i * 5 + 5).reduce((s, v) => s + v, 0));
    expect(rowSums).toEqual(scores);
  });

  test('key_values: K of every valid token is its id\'s K', async () => {
    const k = (await run()).key_values!;
    expect(k).toBeDefined();
    let judged = 0;
    responses.forEach((row, i) =>
      row.forEach((id, t) => {
        if (id === PAD) return;
        judged++;
        expect(Math.abs(k[i * 5 + t]! - KEY_VALUES.get(id)!), `row ${i} t ${t} id ${id}: ${k[i * 5 + t]}`).toBeLessThanOrEqual(TOL);
      }),
    );
    expect(judged).toBe(16);
  });

  test('advantages of rows 0 and 2, returns equal to advantages', async () => {
    const o = await run();
    for (const [row, want] of Object.entries(ADVANTAGES)) {
      const got = Array.from(o.advantages.slice(Number(row) * 5, Number(row) * 5 + 5));
      want.forEach((w, t) => expect(Math.abs(got[t]! - w), `row ${row} t ${t}: ${got[t]}`).toBeLessThanOrEqual(TOL));
    }
    expect(Array.from(o.returns)).toEqual(Array.from(o.advantages));
  });

  test('rows 1 and 3: rollout advantage plus K, 0 on padding', async () => {
    const o = await run();
    const rollout = [0.8660239, 0.8660239, -0.8660239, -0.8660239];
    for (const row of [1, 3]) {
      responses[row]!.forEach((id, t) => {
        const want = id === PAD ? 0 : rollout[row]! + KEY_VALUES.get(id)!;
        expect(Math.abs(o.advantages[row * 5 + t]! - want), `row ${row} t ${t}`).toBeLessThanOrEqual(TOL);
      });
    }
  });
});
