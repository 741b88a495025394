// A dumped verl batch loads as it is: verl's names for advc inputs are aliases, the DataProto fields advc does
// not read are skipped, a near miss still gets a did-you-mean, a NaN in a field the estimator never reads does
// not reject the run, and int64 group ids beyond int32 are renumbered in safetensors as in JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeSafetensors, parseSafetensors } from '../src/runtime/io/safetensors.js';
import { validateBatch } from '../src/runtime/io/validate.js';
import { errLines, runAdvc } from './helpers/cli.js';

const B = 4;
const T = 3;
const rows = (f: (b: number, t: number) => number) => Array.from({ length: B }, (_, b) => Array.from({ length: T }, (_, t) => f(b, t)));

/** Every standard DataProto field of a verl PPO step, as a dump of it holds them. */
function verlDump(): Record<string, unknown> {
  return {
    prompts: rows((b, t) => 100 + t),
    responses: rows((b, t) => (b + t) % 5),
    input_ids: rows((b, t) => 7 * t),
    attention_mask: rows(() => 1),
    position_ids: rows((b, t) => t),
    response_mask: rows(() => 1),
    token_level_scores: rows((b, t) => (t === T - 1 ? b % 2 : 0)),
    token_level_rewards: rows((b, t) => (t === T - 1 ? b % 2 : 0)),
    old_log_probs: rows(() => -0.5),
    ref_log_prob: rows(() => -0.25),
    rollout_log_probs: rows(() => -0.5),
    entropys: rows(() => 1.5),
    values: rows(() => 0.1),
    advantages: rows(() => 0),
    returns: rows(() => 0),
    uid: ['a', 'a', 'b', 'b'],
  };
}

describe('verl dump fields', () => {
  test("verl's names are read as the advc inputs they mean; the rest are skipped", () => {
    const batch = validateBatch(verlDump());
    expect(Array.from(batch.ref_log_probs!)).toEqual(new Array(B * T).fill(-0.25));
    expect(Array.from(batch.entropy!)).toEqual(new Array(B * T).fill(1.5));
    expect(Array.from(batch.index)).toEqual([0, 0, 1, 1]);
    expect(Object.keys(batch)).not.toContain('advantages');
  });
  test('a near miss still gets a did-you-mean', () => {
    const raw = verlDump();
    raw['token_level_reward'] = raw['token_level_rewards'];
    expect(() => validateBatch(raw)).toThrow('unknown field `token_level_reward`; did you mean `token_level_rewards`?');
  });
  test('a NaN in a field the estimator does not read does not reject the batch', () => {
    const raw = verlDump();
    raw['values'] = rows((b, t) => (b === 1 && t === 2 ? NaN : 0.1));
    expect(() => validateBatch(raw, { reads: ['responses', 'response_mask', 'token_level_rewards', 'index'] })).not.toThrow();
    expect(() => validateBatch(raw, { reads: ['values'] })).toThrow('field `values` has a non-finite value NaN at row 1, col 2');
  });
  test('int64 group ids beyond int32 in safetensors are renumbered, as in JSON', () => {
    const big = 2 ** 40;
    const bytes = encodeSafetensors({
      responses: { dtype: 'I64', shape: [B, T], data: rows((b, t) => t).flat() },
      response_mask: { dtype: 'BOOL', shape: [B, T], data: new Array(B * T).fill(1) },
      token_level_rewards: { dtype: 'F32', shape: [B, T], data: new Array(B * T).fill(0) },
      index: { dtype: 'I64', shape: [B], data: [big, big, big + 1, -big] },
    });
    const tensors = Object.fromEntries(parseSafetensors(bytes).tensors);
    expect(Array.from(validateBatch(tensors).index)).toEqual([0, 0, 1, 2]);
    const json = validateBatch({ responses: rows(() => 1), response_mask: rows(() => 1), token_level_rewards: rows(() => 0), index: [big, big, big + 1, -big] });
    expect(Array.from(json.index)).toEqual([0, 0, 1, 2]);
  });
  test('advc run takes the dump (with a NaN in an unread field) and gives GRPO its advantages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-verl-'));
    const raw = verlDump();
    raw['values'] = rows(() => 0.1).map((r, b) => (b === 0 ? [null, 0.1, 0.1] : r));
    writeFileSync(join(dir, 'dump.json'), JSON.stringify(raw));
    const r = await runAdvc(dir, 'run', 'grpo', '--batch', 'dump.json', '--out', 'adv.json', '--backend', 'cpu');
    expect(r.code, r.stderr).toBe(0);
    const g = await runAdvc(dir, 'run', 'gae', '--batch', 'dump.json', '--out', 'adv.json', '--backend', 'cpu');
    expect(g.code).toBe(1);
    expect(errLines(g)[0]).toMatch(/field `values` has a non-finite value NaN at row 0, col 0/);
  });
});

describe('negative token ids', () => {
  test('an estimator with keys refuses a negative id on a valid token; one without keys takes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-neg-'));
    const raw = verlDump();
    (raw['responses'] as number[][])[2]![1] = -100;
    writeFileSync(join(dir, 'neg.json'), JSON.stringify(raw));
    const k = await runAdvc(dir, 'run', 'ktae', '--batch', 'neg.json', '--out', 'adv.json', '--backend', 'cpu');
    expect(k.code).toBe(1);
    expect(errLines(k)).toEqual(['advc: error: neg.json: field `responses` has the negative token id -100 at row 2, col 1 (a valid token); ktae groups tokens by key, and keys must be >= 0']);
    const g = await runAdvc(dir, 'run', 'grpo', '--batch', 'neg.json', '--out', 'adv.json', '--backend', 'cpu');
    expect(g.code, g.stderr).toBe(0);
    // on a masked position (verl pads with any id) it is no error
    (raw['response_mask'] as number[][])[2]![1] = 0;
    writeFileSync(join(dir, 'neg.json'), JSON.stringify(raw));
    expect((await runAdvc(dir, 'run', 'ktae', '--batch', 'neg.json', '--out', 'adv.json', '--backend', 'cpu')).code).toBe(0);
  });
});
