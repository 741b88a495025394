// Records, declared inputs, per-position reductions and the lint warnings: what the checker accepts, the
// errors it gives (one per mistake, with file:line:col), and batches with declared fields.
import { describe, expect, test } from 'vitest';
import { CompileError } from '../src/compiler/diagnostics.js';
import { checkSource } from '../src/compiler/index.js';
import { interpret } from '../src/compiler/interpreter.js';
import { validateBatch } from '../src/runtime/io/validate.js';

function errorOf(source: string): string {
  try {
    checkSource({ source, file: 'x.adv' });
  } catch (e) {
    if (e instanceof CompileError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n');
    throw e;
  }
  throw new Error('expected a compile error');
}

const warningsOf = (source: string) => checkSource({ source, file: 'x.adv' }).warnings.map((w) => `${w.line}:${w.col} ${w.message}`);

const batch = () =>
  validateBatch({
    responses: [[1, 2, 3], [1, 1, 0]],
    response_mask: [[1, 1, 1], [1, 1, 0]],
    token_level_rewards: [[0, 0, 1], [0, 2, 0]],
    index: [7, 7],
  });

describe('records', () => {
  test('a function hands back several values; fields are read with .name', () => {
    const src = `fn two(s) = { a: s + 1.0, b: s * 2.0 }
estimator e() {
  let r = two(score())
  output b = r.b
  advantages = r.a * response_mask
}`;
    const out = interpret(checkSource({ source: src, file: 'x.adv' }).program, batch(), {});
    expect(Array.from(out['b']!)).toEqual([2, 4]);
    expect(Array.from(out.advantages)).toEqual([2, 2, 2, 3, 3, 0]);
  });

  test('errors: a record used as a number, an unknown field, a field of a number, a repeated field', () => {
    expect(errorOf('fn two(s) = { a: s, b: s }\nestimator e() {\n  advantages = two(score()) * response_mask\n}')).toBe(
      '3:16 this is a record of a, b, not a number',
    );
    expect(errorOf('fn two(s) = { a: s, b: s }\nestimator e() {\n  advantages = two(score()).c * response_mask\n}')).toBe("3:29 the record has no field 'c'");
    expect(errorOf('estimator e() {\n  advantages = score().a * response_mask\n}')).toBe("2:24 '.a' picks a field of a record, but this is a number");
    expect(errorOf('estimator e() {\n  let r = { a: 1.0, a: 2.0 }\n  advantages = r.a * response_mask\n}')).toBe("2:21 field 'a' appears twice in this record");
  });
});

describe('declared inputs', () => {
  test('a declared rollout field is read per rollout; the batch file must carry it', () => {
    const src = 'input bonus: rollout float\nestimator e() {\n  advantages = (score() + bonus) * response_mask\n}';
    const c = checkSource({ source: src, file: 'x.adv' });
    expect(c.program.declaredInputs).toEqual([expect.objectContaining({ name: 'bonus', domain: 'rollout', type: 'float' })]);
    const b = validateBatch({ ...raw(), bonus: [10, 20] }, { declared: c.program.declaredInputs });
    expect(Array.from(interpret(c.program, b, {}).advantages)).toEqual([11, 11, 11, 22, 22, 0]);
    expect(() => validateBatch({ ...raw(), bonus: [10, 20] })).toThrow(/unknown field `bonus`/);
  });

  test('a fill value stands in for an absent field', () => {
    const src = 'input bonus: rollout float = 0.5\nestimator e() {\n  advantages = (score() + bonus) * response_mask\n}';
    const c = checkSource({ source: src, file: 'x.adv' });
    expect(Array.from(interpret(c.program, batch(), {}).advantages)).toEqual([1.5, 1.5, 1.5, 2.5, 2.5, 0]);
  });

  test('errors: a standard name, a bad domain or type, a fill on an int field', () => {
    const use = '\nestimator e() {\n  advantages = score() * response_mask\n}';
    expect(errorOf('input entropy: token float' + use)).toBe("1:7 'entropy' is a standard batch field already; it needs no declaration");
    expect(errorOf('input x: group float' + use)).toBe("1:10 a batch field lives in token or rollout, not 'group'");
    expect(errorOf('input x: token double' + use)).toBe("1:16 a batch field holds float or int values, not 'double'");
    expect(errorOf('input x: token int = 1.0' + use)).toBe('1:22 only a float field can have a value for when it is absent');
  });
});

describe('per-position reductions and warnings', () => {
  test('sum[position] adds the group’s valid tokens at the same t', () => {
    const src = 'estimator e() {\n  advantages = sum[position](token_level_rewards) * response_mask\n}';
    expect(Array.from(interpret(checkSource({ source: src, file: 'x.adv' }).program, batch(), {}).advantages)).toEqual([0, 2, 1, 0, 2, 0]);
  });

  test('warnings: an unused parameter, advantages not multiplied by the mask; none for a clean estimator', () => {
    expect(warningsOf('estimator e(a = 1.0, b = 2.0) {\n  advantages = score() * a\n}')).toEqual([
      "1:22 parameter 'b' is never used: no output depends on it",
      '2:16 advantages are not multiplied by response_mask: padding tokens get nonzero values',
    ]);
    expect(warningsOf('estimator e(a = 1.0) {\n  let x = score() * a\n  advantages = if x > 0.0 then x * response_mask else 0.0\n}')).toEqual([]);
  });
});

function raw() {
  return {
    responses: [[1, 2, 3], [1, 1, 0]],
    response_mask: [[1, 1, 1], [1, 1, 0]],
    token_level_rewards: [[0, 0, 1], [0, 2, 0]],
    index: [7, 7],
  };
}
