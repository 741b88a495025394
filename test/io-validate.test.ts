import { describe, expect, it } from 'vitest';
import { BatchError, suggestName, validateBatch } from '../src/runtime/io/validate.js';

/** A valid 2x3 batch as nested arrays; tests change one thing each. */
function base(): Record<string, unknown> {
  return {
    responses: [[5, 6, 151643], [7, 8, 9]],
    response_mask: [[1, 1, 0], [1, 1, 1]],
    token_level_rewards: [[0, 1, 0], [0, 0, 0.5]],
    index: [3, 3],
  };
}

function errorOf(raw: Record<string, unknown>): string {
  try {
    validateBatch(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(BatchError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    return msg;
  }
  throw new Error('expected a BatchError');
}

describe('validateBatch: valid input', () => {
  it('converts nested arrays into flat typed arrays', () => {
    const b = validateBatch({ ...base(), values: [[0.5, 0.25, 0], [1, 2, 3]], reward_baselines: [0.1, -0.2] });
    expect([b.B, b.T]).toEqual([2, 3]);
    expect(b.responses).toBeInstanceOf(Int32Array);
    expect(Array.from(b.responses)).toEqual([5, 6, 151643, 7, 8, 9]);
    expect(Array.from(b.response_mask)).toEqual([1, 1, 0, 1, 1, 1]);
    expect(b.token_level_rewards).toBeInstanceOf(Float32Array);
    expect(Array.from(b.token_level_rewards)).toEqual([0, 1, 0, 0, 0, 0.5]);
    expect(Array.from(b.values!)).toEqual([0.5, 0.25, 0, 1, 2, 3]);
    expect(Array.from(b.reward_baselines!)).toEqual([Math.fround(0.1), Math.fround(-0.2)]);
    expect(Array.from(b.index)).toEqual([3, 3]);
    expect(b.old_log_probs).toBeUndefined();
  });

  it('keeps typed arrays from tensors without copying', () => {
    const rewards = new Float32Array([0, 1, 0, 0, 0, 1]);
    const ids = new Int32Array([1, 2, 3, 4, 5, 6]);
    const b = validateBatch({
      responses: { shape: [2, 3], data: ids },
      response_mask: { shape: [2, 3], data: new Float32Array([1, 1, 1, 1, 0, 0]) }, // float masks are common
      token_level_rewards: { shape: [2, 3], data: rewards },
      index: { shape: [2], data: new Int32Array([0, 1]) },
    });
    expect(b.token_level_rewards).toBe(rewards);
    expect(b.responses).toBe(ids);
    expect(b.response_mask).toBeInstanceOf(Int32Array);
    expect(Array.from(b.response_mask)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('numbers string uids by first appearance', () => {
    const b = validateBatch({ ...base(), responses: [[1], [2], [3], [4]], response_mask: [[1], [1], [1], [1]],
      token_level_rewards: [[1], [0], [1], [0]], index: ['b-uid', 'a-uid', 'b-uid', 'c'] });
    expect(Array.from(b.index)).toEqual([0, 1, 0, 2]);
  });

  it('renumbers integer ids that do not fit int32, keeping the groups', () => {
    const b = validateBatch({ ...base(), index: [1e12, 7] });
    expect(Array.from(b.index)).toEqual([0, 1]);
  });

  it("takes verl's `uid` as the index and ignores other verl fields", () => {
    const raw = base();
    delete raw['index'];
    const b = validateBatch({ ...raw, uid: ['p1', 'p2'], attention_mask: [[1]], prompts: 'whatever', token_level_scores: [] });
    expect(Array.from(b.index)).toEqual([0, 1]);
  });

  it('allows negative token ids', () => {
    const b = validateBatch({ ...base(), responses: [[-1, 0, 2], [3, 4, 5]] });
    expect(b.responses[0]).toBe(-1);
  });
});

describe('validateBatch: errors', () => {
  it('suggests the closest name for a misspelled field', () => {
    const raw = base();
    raw['token_level_reward'] = raw['token_level_rewards'];
    delete raw['token_level_rewards'];
    expect(errorOf(raw)).toBe('unknown field `token_level_reward`; did you mean `token_level_rewards`?');
    expect(errorOf({ ...base(), responseMask: [[1]] })).toBe('unknown field `responseMask`; did you mean `response_mask`?');
  });

  it('lists the known fields for an unknown name with no close match', () => {
    expect(errorOf({ ...base(), banana: 1 })).toBe(
      'unknown field `banana`; known fields: responses, response_mask, token_level_rewards, index, values, ' +
        'old_log_probs, ref_log_probs, entropy, sum_pi_squared, rollout_is_weights, reward_baselines',
    );
  });

  it('names a missing required field', () => {
    const raw = base();
    delete raw['index'];
    expect(errorOf(raw)).toBe('missing required field `index` (the batch has: responses, response_mask, token_level_rewards)');
    expect(errorOf({})).toBe('missing required field `responses` (the batch is empty)');
  });

  it('reports shape mismatches with expected and actual shape', () => {
    expect(errorOf({ ...base(), values: [[1, 2], [3, 4]] })).toBe('field `values` has shape [2, 2]; expected [2, 3] like `responses`');
    expect(errorOf({ ...base(), token_level_rewards: [[0, 1, 0]] })).toBe(
      'field `token_level_rewards` has shape [1, 3]; expected [2, 3] like `responses`',
    );
    expect(errorOf({ ...base(), index: [1, 2, 3] })).toBe('field `index` has shape [3]; expected [2] (one per row of `responses`)');
    expect(errorOf({ ...base(), reward_baselines: { shape: [2, 1], data: [1, 2] } })).toBe(
      'field `reward_baselines` has shape [2, 1]; expected [2] (one per row of `responses`)',
    );
    expect(errorOf({ ...base(), values: { shape: [6], data: new Float32Array(6) } })).toBe(
      'field `values` must be a [B][T] tensor; got shape [6]',
    );
    expect(errorOf({ ...base(), entropy: [1, 2, 3] })).toBe('field `entropy` must be a [B][T] array (one row per rollout); got a flat array');
    expect(errorOf({ ...base(), index: [[1], [2]] })).toBe('field `index` must be a [B] array of scalars; row 0 is an array');
    expect(errorOf({ ...base(), responses: 'abc' })).toBe('field `responses` must be a [B][T] array; got "abc"');
  });

  it('reports ragged rows', () => {
    expect(errorOf({ ...base(), response_mask: [[1, 1, 0], [1, 1]] })).toBe(
      'field `response_mask` has ragged rows: row 1 has 2 entries, row 0 has 3',
    );
  });

  it('reports non-finite rewards, values and baselines with their position', () => {
    expect(errorOf({ ...base(), token_level_rewards: [[0, 0, 0], [0, null, 0]] })).toBe(
      'field `token_level_rewards` has a non-finite value NaN at row 1, col 1',
    );
    expect(errorOf({ ...base(), values: [[0, 0, 1e39], [0, 0, 0]] })).toBe(
      'field `values` has a non-finite value 1e+39 (not finite in float32) at row 0, col 2',
    );
    expect(errorOf({ ...base(), reward_baselines: [0, Infinity] })).toBe(
      'field `reward_baselines` has a non-finite value Infinity at row 1',
    );
    expect(
      errorOf({ ...base(), token_level_rewards: { shape: [2, 3], data: new Float32Array([0, 0, 0, 0, 0, -Infinity]) } }),
    ).toBe('field `token_level_rewards` has a non-finite value -Infinity at row 1, col 2');
  });

  it('reports non-numbers in float fields', () => {
    expect(errorOf({ ...base(), old_log_probs: [[0, '1', 0], [0, 0, 0]] })).toBe(
      'field `old_log_probs` must hold numbers; got "1" at row 0, col 1',
    );
  });

  it('reports an empty batch', () => {
    expect(errorOf({ ...base(), responses: [] })).toBe('empty batch: `responses` has no rows (B=0)');
    expect(errorOf({ ...base(), responses: [[], []] })).toBe('empty batch: `responses` rows have no tokens (T=0)');
  });

  it('reports mask values other than 0 and 1', () => {
    expect(errorOf({ ...base(), response_mask: [[1, 1, 0], [1, 2, 1]] })).toBe(
      'field `response_mask` must hold only 0 or 1; got 2 at row 1, col 1',
    );
    expect(errorOf({ ...base(), response_mask: [[1, 0.5, 0], [1, 1, 1]] })).toBe(
      'field `response_mask` must hold integers; got 0.5 at row 0, col 1',
    );
  });

  it('reports non-integer and out-of-range token ids', () => {
    expect(errorOf({ ...base(), responses: [[1, 2, 3], [4, 5.5, 6]] })).toBe('field `responses` must hold integers; got 5.5 at row 1, col 1');
    expect(errorOf({ ...base(), responses: [[1, 2, 3], [4, 5, 2 ** 31]] })).toBe(
      'field `responses` value 2147483648 at row 1, col 2 does not fit in int32',
    );
  });

  it('reports non-integer and mixed index values', () => {
    expect(errorOf({ ...base(), index: [0, 1.5] })).toBe('field `index` must hold integers or strings (group ids); got 1.5 at row 1');
    expect(errorOf({ ...base(), index: [0, null] })).toBe('field `index` must hold integers or strings (group ids); got null at row 1');
    expect(errorOf({ ...base(), index: [0, 'a'] })).toBe('field `index` mixes strings and numbers; use one kind of group id');
  });
});

describe('suggestName', () => {
  it('finds near misses and ignores far names', () => {
    const names = ['responses', 'response_mask', 'index'];
    expect(suggestName('respones', names)).toBe('responses');
    expect(suggestName('RESPONSE-MASK', names)).toBe('response_mask');
    expect(suggestName('idx', names)).toBeUndefined();
    expect(suggestName('zzzzzzzz', names)).toBeUndefined();
  });
});

describe('validateBatch: the new standard fields', () => {
  it('reads sum_pi_squared and rollout_is_weights as [B][T] floats', () => {
    const b = validateBatch({ ...base(), sum_pi_squared: [[0.5, 0, 0], [1, 1, 1]], rollout_is_weights: [[2, 2, 2], [1, 1, 1]] });
    expect(Array.from(b.sum_pi_squared!)).toEqual([0.5, 0, 0, 1, 1, 1]);
    expect(Array.from(b.rollout_is_weights!)).toEqual([2, 2, 2, 1, 1, 1]);
    expect(errorOf({ ...base(), sum_pi_squared: [0.5, 1] })).toMatch(/sum_pi_squared.*\[B\]\[T\]/);
  });
});
