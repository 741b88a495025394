// Error messages of the checker and parser: every kind of wrong program, with the full formatted message
// (file:line:col, the source line, a caret under the span, and the help line) pinned as an inline snapshot.
import { describe, expect, test } from 'vitest';
import { checkSource } from '../src/compiler/index.js';
import { CompileError } from '../src/compiler/diagnostics.js';

/** The formatted diagnostics of a program that must not compile. */
function errorsOf(source: string): string {
  try {
    checkSource({ source, file: 'bad.adv' });
  } catch (e) {
    if (e instanceof CompileError) return e.message;
    throw e;
  }
  throw new Error(`expected a compile error for:\n${source}`);
}

/** An estimator whose body is the given lines. */
function body(...lines: string[]): string {
  return ['estimator e() {', ...lines.map((l) => `  ${l}`), '}', ''].join('\n');
}

describe('syntax errors', () => {
  test('missing = in a let', () => {
    expect(errorsOf(body('let x 1.0', 'advantages = token_level_rewards'))).toMatchInlineSnapshot(`
      "bad.adv:2:9: error: expected '=', found '1.0'
        |
      2 |   let x 1.0
        |         ^^^"
    `);
  });

  test('unclosed parenthesis', () => {
    expect(errorsOf(body('let s = sum(token_level_rewards', 'advantages = s'))).toMatchInlineSnapshot(`
      "bad.adv:3:3: error: expected ')', found 'advantages'
        |
      3 |   advantages = s
        |   ^^^^^^^^^^"
    `);
  });

  test('unexpected character', () => {
    expect(errorsOf(body('advantages = token_level_rewards $ 2.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:36: error: unexpected character '$'
        |
      2 |   advantages = token_level_rewards $ 2.0
        |                                    ^
      bad.adv:2:38: error: expected '}', found '2.0'
        |
      2 |   advantages = token_level_rewards $ 2.0
        |                                      ^^^"
    `);
  });

  test('missing then', () => {
    expect(errorsOf(body('advantages = if token_level_rewards > 0.0 1.0 else 2.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:45: error: expected 'then', found '1.0'
        |
      2 |   advantages = if token_level_rewards > 0.0 1.0 else 2.0
        |                                             ^^^"
    `);
  });

  test('dangling operator', () => {
    expect(errorsOf(body('advantages = token_level_rewards +'))).toMatchInlineSnapshot(`
      "bad.adv:3:1: error: unexpected '}': expected an expression
        |
      3 | }
        | ^"
    `);
  });

  test('missing closing brace at the end of the file', () => {
    expect(errorsOf('estimator e() {\n  advantages = token_level_rewards\n')).toMatchInlineSnapshot(`
      "bad.adv:2:35: error: expected '}', found end of file
        |
      2 |   advantages = token_level_rewards
        |                                   ^"
    `);
  });

  test('a shift must use the position t and a number', () => {
    expect(errorsOf(body('advantages = token_level_rewards[k+1]'))).toMatchInlineSnapshot(`
      "bad.adv:2:36: error: expected the position 't' inside a shift such as x[t+1], found 'k'
        |
      2 |   advantages = token_level_rewards[k+1]
        |                                    ^"
    `);
    expect(errorsOf(body('advantages = entropy[t-x]'))).toMatchInlineSnapshot(`
      "bad.adv:2:26: error: expected a number, found 'x'
        |
      2 |   advantages = entropy[t-x]
        |                          ^
      bad.adv:2:27: error: expected '=', found ']'
        |
      2 |   advantages = entropy[t-x]
        |                           ^"
    `);
  });

  test('chained comparisons', () => {
    expect(errorsOf(body('advantages = if 0.0 < values < 1.0 then 1.0 else 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:32: error: expected 'then', found '<'
        |
      2 |   advantages = if 0.0 < values < 1.0 then 1.0 else 0.0
        |                                ^"
    `);
  });

  test('an unknown fold operator', () => {
    expect(errorsOf(body('advantages = (avg k in int(length)..int(length): 1.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:21: error: expected ')', found 'k'
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                     ^
      bad.adv:2:23: error: expected '=', found 'in'
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                       ^^
      bad.adv:2:29: error: expected '=', found '('
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                             ^
      bad.adv:2:37: error: expected '}', found '..'
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                                     ^^
      bad.adv:2:42: error: expected '=', found '('
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                                          ^
      bad.adv:2:50: error: expected '}', found ':'
        |
      2 |   advantages = (avg k in int(length)..int(length): 1.0)
        |                                                  ^"
    `);
  });

  test('a file without an estimator', () => {
    expect(errorsOf('fn f(x) = x\n')).toMatchInlineSnapshot(`
      "bad.adv:1:1: error: no estimator in bad.adv
        |
      1 | fn f(x) = x
        | ^
        = help: declare one with \`estimator name(...) { ... }\`"
    `);
  });
});

describe('unknown names', () => {
  test('misspelled input, with a suggestion', () => {
    expect(errorsOf(body('advantages = token_level_reward * response_mask'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: unknown name 'token_level_reward'
        |
      2 |   advantages = token_level_reward * response_mask
        |                ^^^^^^^^^^^^^^^^^^
        = help: did you mean 'token_level_rewards'?"
    `);
  });

  test('misspelled builtin name', () => {
    expect(errorsOf(body('let m = length', 'advantages = mean[batch](m) + lenght'))).toMatchInlineSnapshot(`
      "bad.adv:3:33: error: unknown name 'lenght'
        |
      3 |   advantages = mean[batch](m) + lenght
        |                                 ^^^^^^
        = help: did you mean 'length'?"
    `);
  });

  test('misspelled function', () => {
    expect(errorsOf(body('let s = sum(token_level_rewards)', 'advantages = (s - mena(s)) * response_mask'))).toMatchInlineSnapshot(`
      "bad.adv:3:21: error: unknown function 'mena'
        |
      3 |   advantages = (s - mena(s)) * response_mask
        |                     ^^^^
        = help: did you mean 'min'?"
    `);
  });

  test('misspelled domain', () => {
    expect(errorsOf(body('let s = sum(token_level_rewards)', 'advantages = s - sum[grup](s)'))).toMatchInlineSnapshot(`
      "bad.adv:3:24: error: unknown domain 'grup'
        |
      3 |   advantages = s - sum[grup](s)
        |                        ^^^^
        = help: did you mean 'group'?"
    `);
  });

  test('a key domain that was never declared', () => {
    expect(errorsOf(body('advantages = min[tok](token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:2:20: error: unknown domain 'tok'
        |
      2 |   advantages = min[tok](token_level_rewards)
        |                    ^^^
        = help: domains are batch, group, rollout, position, or a key declared with \`key name = ...\`"
    `);
  });

  test('a function used as a value', () => {
    expect(errorsOf(body('advantages = token_level_rewards * exp'))).toMatchInlineSnapshot(`
      "bad.adv:2:38: error: 'exp' is a function: call it with arguments, e.g. exp(x)
        |
      2 |   advantages = token_level_rewards * exp
        |                                      ^^^"
    `);
  });

  test('unknown estimator in an alias', () => {
    expect(errorsOf('estimator my_grpo = grpoo(epsilon = 1e-3)\n')).toMatchInlineSnapshot(`
      "bad.adv:1:21: error: unknown estimator 'grpoo'
        |
      1 | estimator my_grpo = grpoo(epsilon = 1e-3)
        |                     ^^^^^
        = help: did you mean 'grpo'?"
    `);
  });

  test('unknown parameter in an alias', () => {
    expect(errorsOf('estimator my_grpo = grpo(epsilom = 1e-3)\n')).toMatchInlineSnapshot(`
      "bad.adv:1:26: error: estimator 'grpo' has no parameter 'epsilom'
        |
      1 | estimator my_grpo = grpo(epsilom = 1e-3)
        |                          ^^^^^^^
        = help: did you mean 'epsilon'?"
    `);
  });
});

describe('type errors', () => {
  test('an if condition that is a number', () => {
    expect(errorsOf(body('advantages = if token_level_rewards then 1.0 else 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:19: error: the condition of 'if' must be a bool, found float
        |
      2 |   advantages = if token_level_rewards then 1.0 else 0.0
        |                   ^^^^^^^^^^^^^^^^^^^
        = help: compare it, e.g. \`x > 0\`"
    `);
  });

  test('arithmetic on a bool', () => {
    expect(errorsOf(body('advantages = (token_level_rewards > 0.0) + 1.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:17: error: arithmetic '+' on a bool
        |
      2 |   advantages = (token_level_rewards > 0.0) + 1.0
        |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        = help: turn it into a number with \`if c then 1.0 else 0.0\`"
    `);
    expect(errorsOf(body('advantages = token_level_rewards ** 2 ** (response_mask > 0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:39: error: arithmetic '**' on a bool
        |
      2 |   advantages = token_level_rewards ** 2 ** (response_mask > 0)
        |                                       ^^^^^^^^^^^^^^^^^^^^^^^^
        = help: turn it into a number with \`if c then 1.0 else 0.0\`"
    `);
  });

  test('and/or/not on numbers', () => {
    expect(errorsOf(body('advantages = if token_level_rewards and response_mask then 1.0 else 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:19: error: 'and' needs two bools, found float and int
        |
      2 |   advantages = if token_level_rewards and response_mask then 1.0 else 0.0
        |                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        = help: compare numbers first, e.g. \`x > 0\`"
    `);
    expect(errorsOf(body('advantages = if not token_level_rewards then 1.0 else 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:19: error: 'not' needs a bool, found float
        |
      2 |   advantages = if not token_level_rewards then 1.0 else 0.0
        |                   ^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('negating a bool', () => {
    expect(errorsOf(body('advantages = -(token_level_rewards > 0.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: cannot negate a bool
        |
      2 |   advantages = -(token_level_rewards > 0.0)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        = help: use 'not'"
    `);
  });

  test('ordering bools', () => {
    expect(errorsOf(body('advantages = if (values > 0.0) < (values > 1.0) then 1.0 else 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:20: error: cannot compare bool with bool using '<'
        |
      2 |   advantages = if (values > 0.0) < (values > 1.0) then 1.0 else 0.0
        |                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('if branches of different kinds', () => {
    expect(errorsOf(body('advantages = if token_level_rewards > 0.0 then 1.0 else false'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: cannot mix a bool with a number here (float and bool)
        |
      2 |   advantages = if token_level_rewards > 0.0 then 1.0 else false
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('a bool output', () => {
    expect(errorsOf(body('advantages = token_level_rewards > 0.0'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: output 'advantages' must be a number, found a bool
        |
      2 |   advantages = token_level_rewards > 0.0
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^
        = help: use \`if c then 1.0 else 0.0\`"
    `);
  });

  test('any of numbers', () => {
    expect(errorsOf(body('advantages = float(any(token_level_rewards))'))).toMatchInlineSnapshot(`
      "bad.adv:2:26: error: 'any' needs a bool, found float
        |
      2 |   advantages = float(any(token_level_rewards))
        |                          ^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('a key must be an integer', () => {
    expect(errorsOf(body('key k = token_level_rewards', 'advantages = token_level_rewards'))).toMatchInlineSnapshot(`
      "bad.adv:2:11: error: a key must be an integer expression, found float
        |
      2 |   key k = token_level_rewards
        |           ^^^^^^^^^^^^^^^^^^^
        = help: use token ids, or int(...) of a hash"
    `);
  });

  test('fold bounds and body', () => {
    expect(errorsOf(body('advantages = (sum k in length..length: 1.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:26: error: fold bounds must be integers, found float
        |
      2 |   advantages = (sum k in length..length: 1.0)
        |                          ^^^^^^
        = help: convert with int(...)"
    `);
    expect(errorsOf(body('advantages = (sum k in int(length)..int(length): k > 0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:52: error: a fold adds up numbers, found a bool
        |
      2 |   advantages = (sum k in int(length)..int(length): k > 0)
        |                                                    ^^^^^"
    `);
  });

  test('parameter declarations', () => {
    expect(errorsOf('estimator e(eps = 1.0 + 2.0) {\n  advantages = token_level_rewards\n}\n')).toMatchInlineSnapshot(`
      "bad.adv:1:19: error: a parameter default must be a literal number or true/false
        |
      1 | estimator e(eps = 1.0 + 2.0) {
        |                   ^^^^^^^^^"
    `);
    expect(errorsOf('estimator e(n: integer = 2) {\n  advantages = token_level_rewards\n}\n')).toMatchInlineSnapshot(`
      "bad.adv:1:16: error: unknown parameter type 'integer'
        |
      1 | estimator e(n: integer = 2) {
        |                ^^^^^^^
        = help: use float, int or bool"
    `);
    expect(errorsOf('estimator e(n: int = 1.5) {\n  advantages = token_level_rewards\n}\n')).toMatchInlineSnapshot(`
      "bad.adv:1:22: error: parameter 'n' is an int: '1.5' is not a whole number
        |
      1 | estimator e(n: int = 1.5) {
        |                      ^^^"
    `);
  });
});

describe('domain errors', () => {
  test('reducing a group value to the finer rollout domain', () => {
    expect(errorsOf(body('let g = mean[group](sum(token_level_rewards))', 'advantages = sum[rollout](g)'))).toMatchInlineSnapshot(`
      "bad.adv:3:20: error: cannot reduce a group value to rollout
        |
      3 |   advantages = sum[rollout](g)
        |                    ^^^^^^^
        = help: reductions go from finer to coarser domains: token -> rollout -> group -> batch"
    `);
  });

  test('reducing a per-key value to rollouts', () => {
    expect(
      errorsOf(body('key tok = responses', 'advantages = token_level_rewards + mean[rollout](count[tok]())')),
    ).toMatchInlineSnapshot(`
      "bad.adv:3:43: error: cannot reduce a key 'tok' value to rollout
        |
      3 |   advantages = token_level_rewards + mean[rollout](count[tok]())
        |                                           ^^^^^^^
        = help: reductions go from finer to coarser domains: token -> rollout -> group -> batch"
    `);
  });

  test('reducing a batch value (nothing to reduce)', () => {
    expect(errorsOf('estimator e(eps = 0.1) {\n  advantages = token_level_rewards - mean(eps)\n}\n')).toMatchInlineSnapshot(`
      "bad.adv:2:43: error: nothing to reduce: this value already lives in the batch domain
        |
      2 |   advantages = token_level_rewards - mean(eps)
        |                                           ^^^"
    `);
  });

  test('reducing to token', () => {
    expect(errorsOf(body('advantages = sum[token](token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:2:20: error: cannot reduce to token: token is the finest domain
        |
      2 |   advantages = sum[token](token_level_rewards)
        |                    ^^^^^"
    `);
  });

  test('presence needs a key and a per-rollout weight, not a token value', () => {
    expect(errorsOf(body('let s = sum(token_level_rewards)', 'advantages = presence(s > 0.0) * response_mask'))).toMatchInlineSnapshot(`
      "bad.adv:3:16: error: presence counts rollouts per key: name the key, e.g. presence[tok](correct)
        |
      3 |   advantages = presence(s > 0.0) * response_mask
        |                ^^^^^^^^^^^^^^^^^"
    `);
    expect(
      errorsOf(body('key tok = responses', 'output p = presence[tok](token_level_rewards > 0.0)', 'advantages = token_level_rewards')),
    ).toMatchInlineSnapshot(`
      "bad.adv:3:28: error: presence weights each rollout; this value lives in token
        |
      3 |   output p = presence[tok](token_level_rewards > 0.0)
        |                            ^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('an error inside a stdlib function is reported in the function, once per use', () => {
    expect(errorsOf('estimator e(eps = 0.1) {\n  advantages = token_level_rewards - group_mean(eps)\n}\n')).toMatchInlineSnapshot(`
      "stdlib/common.adv:9:29: error: nothing to reduce: this value already lives in the batch domain
        |
      9 | fn group_mean(s) = if count(s) > 1 then mean(s) else 0.0
        |                             ^
      stdlib/common.adv:9:46: error: nothing to reduce: this value already lives in the batch domain
        |
      9 | fn group_mean(s) = if count(s) > 1 then mean(s) else 0.0
        |                                              ^"
    `);
  });
});

describe('arity', () => {
  test('math builtins', () => {
    expect(errorsOf(body('advantages = exp(token_level_rewards, 2.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'exp' takes 1 argument, found 2
        |
      2 |   advantages = exp(token_level_rewards, 2.0)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
    expect(errorsOf(body('advantages = clamp(token_level_rewards, 0.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'clamp' takes 3 arguments, found 2
        |
      2 |   advantages = clamp(token_level_rewards, 0.0)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('reductions, scans, select and conversions', () => {
    expect(errorsOf(body('advantages = mean(token_level_rewards, values)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'mean' takes one argument, found 2
        |
      2 |   advantages = mean(token_level_rewards, values)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
    expect(errorsOf(body('advantages = scan(token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'scan' takes 2 arguments, found 1
        |
      2 |   advantages = scan(token_level_rewards)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
    expect(errorsOf(body('advantages = select(token_level_rewards > 0.0, 1.0)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'select' takes 3 arguments, found 2
        |
      2 |   advantages = select(token_level_rewards > 0.0, 1.0)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
    expect(errorsOf(body('advantages = float(token_level_rewards > 0.0, 1)'))).toMatchInlineSnapshot(`
      "bad.adv:2:16: error: 'float' takes 1 argument, found 2
        |
      2 |   advantages = float(token_level_rewards > 0.0, 1)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });

  test('user functions', () => {
    expect(errorsOf('fn half(x) = x / 2.0\n' + body('advantages = half(token_level_rewards, 1.0)'))).toMatchInlineSnapshot(`
      "bad.adv:3:16: error: 'half' takes 1 argument, found 2
        |
      3 |   advantages = half(token_level_rewards, 1.0)
        |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
    `);
  });
});

describe('estimator structure', () => {
  test('missing advantages', () => {
    expect(errorsOf(body('let s = sum(token_level_rewards)', 'output score = s'))).toMatchInlineSnapshot(`
      "bad.adv:1:11: error: estimator 'e' never assigns 'advantages'
        |
      1 | estimator e() {
        |           ^
        = help: add a line such as \`advantages = ...\`"
    `);
    expect(errorsOf(body('returns = token_level_rewards'))).toMatchInlineSnapshot(`
      "bad.adv:1:11: error: estimator 'e' never assigns 'advantages'
        |
      1 | estimator e() {
        |           ^
        = help: add a line such as \`advantages = ...\`"
    `);
  });

  test('duplicate outputs', () => {
    expect(errorsOf(body('advantages = token_level_rewards', 'advantages = token_level_rewards * 2.0'))).toMatchInlineSnapshot(`
      "bad.adv:3:3: error: output 'advantages' is assigned twice
        |
      3 |   advantages = token_level_rewards * 2.0
        |   ^^^^^^^^^^"
    `);
    expect(errorsOf(body('let a = mean(token_level_rewards)', 'output a = a', 'output a = a', 'advantages = a'))).toMatchInlineSnapshot(`
      "bad.adv:4:10: error: output 'a' is assigned twice
        |
      4 |   output a = a
        |          ^"
    `);
  });

  test('assigning a name that is not an output', () => {
    expect(errorsOf(body('baseline = mean(sum(token_level_rewards))', 'advantages = token_level_rewards'))).toMatchInlineSnapshot(`
      "bad.adv:2:3: error: 'baseline = ...' assigns an output, but only 'advantages' and 'returns' are outputs
        |
      2 |   baseline = mean(sum(token_level_rewards))
        |   ^^^^^^^^
        = help: write 'let baseline = ...' for a value, or 'output baseline = ...' for a diagnostic output"
    `);
  });

  test('a let that shadows a parameter', () => {
    expect(errorsOf('estimator e(eps = 0.1) {\n  let eps = 0.2\n  advantages = token_level_rewards * eps\n}\n')).toMatchInlineSnapshot(`
      "bad.adv:2:7: error: 'eps' is a parameter of this estimator; choose another name
        |
      2 |   let eps = 0.2
        |       ^^^"
    `);
  });

  test('declarations with the same name in one file', () => {
    expect(errorsOf('fn f(x) = x\nfn f(y) = y\n' + body('advantages = f(token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:2:4: error: 'f' is declared twice in this file
        |
      2 | fn f(y) = y
        |    ^"
    `);
  });

  test('recursion, direct and through another function', () => {
    expect(errorsOf('fn f(x) = f(x) + 1.0\n' + body('advantages = f(token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:1:11: error: 'f' calls itself; functions are inlined and cannot recurse
        |
      1 | fn f(x) = f(x) + 1.0
        |           ^^^^"
    `);
    expect(errorsOf('fn f(x) = g(x)\nfn g(x) = f(x) * 2.0\n' + body('advantages = f(token_level_rewards)'))).toMatchInlineSnapshot(`
      "bad.adv:2:11: error: 'f' calls itself; functions are inlined and cannot recurse
        |
      2 | fn g(x) = f(x) * 2.0
        |           ^^^^"
    `);
  });
});

describe('several errors in one file', () => {
  test('every independent error is reported, in source order', () => {
    const source = [
      'estimator e(eps = 0.1) {',
      '  let a = token_level_reward',
      '  let b = sum[bach](values)',
      '  let c = if values then 1.0 else 0.0',
      '  let d = exp(values, eps)',
      '  advantages = values',
      '  advantages = values * 2.0',
      '}',
      '',
    ].join('\n');
    const message = errorsOf(source);
    expect(message.match(/^bad\.adv:\d+:\d+: error:/gm)).toHaveLength(5);
    expect(message).toMatchInlineSnapshot(`
      "bad.adv:2:11: error: unknown name 'token_level_reward'
        |
      2 |   let a = token_level_reward
        |           ^^^^^^^^^^^^^^^^^^
        = help: did you mean 'token_level_rewards'?
      bad.adv:3:15: error: unknown domain 'bach'
        |
      3 |   let b = sum[bach](values)
        |               ^^^^
        = help: did you mean 'batch'?
      bad.adv:4:14: error: the condition of 'if' must be a bool, found float
        |
      4 |   let c = if values then 1.0 else 0.0
        |              ^^^^^^
        = help: compare it, e.g. \`x > 0\`
      bad.adv:5:11: error: 'exp' takes 1 argument, found 2
        |
      5 |   let d = exp(values, eps)
        |           ^^^^^^^^^^^^^^^^
      bad.adv:7:3: error: output 'advantages' is assigned twice
        |
      7 |   advantages = values * 2.0
        |   ^^^^^^^^^^"
    `);
  });

  test('an error does not cascade into its users', () => {
    // `a` is poisoned by the unknown name; its uses report nothing more
    const message = errorsOf(body('let a = rewardz', 'let b = mean(a) + a', 'advantages = b * a'));
    expect(message.match(/error:/g)).toHaveLength(1);
  });

  test('diagnostics carry positions as data too', () => {
    try {
      checkSource({ source: body('advantages = valuez'), file: 'bad.adv' });
      expect.unreachable();
    } catch (e) {
      expect((e as CompileError).diagnostics).toEqual([
        { file: 'bad.adv', line: 2, col: 16, length: 6, message: "unknown name 'valuez'", hint: "did you mean 'values'?" },
      ]);
    }
  });
});
