// Sources and options a hostile or careless user gives: deep nesting, long chains, garbage bytes, a BOM, a folder
// instead of a file, functions named like builtins, out-of-range literals and parameters. Each is one clear
// error with file:line:col (exit 1), never a stack overflow or a flood of raw bytes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../src/compiler/index.js';
import { errLines, ROOT, runAdvc } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-hostile-'));
const batch = join(ROOT, 'test', 'fixtures', 'grpo-small.json');

function errorOf(source: string): string {
  try {
    checkSource({ source, file: 'deep.adv' });
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

const estimator = (body: string) => `estimator e() {\n  advantages = ${body}\n}\n`;
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

describe('deep or large sources', () => {
  test.each([
    ['130 nested parentheses', estimator('('.repeat(130) + 'token_level_rewards' + ')'.repeat(130)), /deep\.adv:2:\d+: error: nesting too deep/],
    ['10,000 unary minus', estimator('- '.repeat(10000) + 'token_level_rewards'), /deep\.adv:2:\d+: error: nesting too deep/],
    ['3,000 nested ifs', estimator(repeat(3000, (i) => `if t > ${i} then ${i}.0 else `) + '0.0'), /deep\.adv:2:\d+: error: nesting too deep/],
    ['3,000 nested calls', estimator('abs('.repeat(3000) + 'token_level_rewards' + ')'.repeat(3000)), /deep\.adv:2:\d+: error: nesting too deep/],
    ['a 5,000-term sum', estimator(Array(5000).fill('token_level_rewards').join(' + ')), /deep\.adv:2:\d+: error: expression nested too deep/],
    [
      'a 2,000-deep let chain',
      `estimator e() {\n  let x0 = token_level_rewards\n${repeat(2000, (i) => `  let x${i + 1} = x${i} * 0.5 + 1.0\n`)}  advantages = x2000\n}\n`,
      /deep\.adv:\d+:3: error: value nested too deep/,
    ],
    [
      '3,000 functions calling each other',
      `fn f0(x) = x + 1.0\n${repeat(3000, (i) => `fn f${i + 1}(x) = f${i}(x) * 0.5\n`)}${estimator('f3000(token_level_rewards)')}`,
      /deep\.adv:\d+:\d+: error: function calls nested too deep/,
    ],
  ])('%s: one error at file:line:col', (_, source, want) => {
    expect(errorOf(source)).toMatch(want);
  });
  test('what real estimators nest is well within the bounds', () => {
    expect(errorOf(estimator('(' .repeat(40) + 'token_level_rewards' + ')'.repeat(40)))).toBe('accepted');
    expect(errorOf(estimator(Array(300).fill('token_level_rewards').join(' + ')))).toBe('accepted');
    expect(errorOf(`estimator e() {\n  let x0 = token_level_rewards\n${repeat(150, (i) => `  let x${i + 1} = x${i} * 0.5 + 1.0\n`)}  advantages = x150\n}\n`)).toBe('accepted');
  });
  test('advc run on a 2,000-deep let chain: exit 1, no stack trace', async () => {
    const f = join(dir, 'lets.adv');
    writeFileSync(f, `estimator e() {\n  let x0 = token_level_rewards\n${repeat(2000, (i) => `  let x${i + 1} = x${i} * 0.5 + 1.0\n`)}  advantages = x2000\n}\n`);
    const r = await runAdvc(dir, 'run', f, '--batch', batch, '--out', join(dir, 'o.json'), '--backend', 'cpu');
    expect(r.code).toBe(1);
    expect(errLines(r)[0]).toMatch(/lets\.adv:\d+:3: error: value nested too deep/);
  });
});

describe('garbage, BOMs and folders', () => {
  test('2 KB of random bytes: at most 10 errors, then "and N more", no raw control bytes', async () => {
    let seed = 7;
    const bytes = Buffer.from(Array.from({ length: 2048 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255));
    bytes[100] = 0x1b;
    const f = join(dir, 'garbage.adv');
    writeFileSync(f, bytes);
    const r = await runAdvc(dir, 'check', f);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(r.stderr.match(/\.adv:\d+:\d+: error: /g)!.length).toBe(10);
    expect(errLines(r).at(-1)).toMatch(/^advc: error: and \d+ more errors$/);
  });
  test('unprintable characters in a source line are shown escaped', () => {
    expect(errorOf('estimator e() {\n  advantages = \x1b[31m token_level_rewards\n}\n')).toMatch(/error: unexpected character '\\x1b'\n.*\n2 \|   advantages = \\x1b\[31m/);
  });
  test('a UTF-8 byte-order mark is accepted', async () => {
    const f = join(dir, 'bom.adv');
    writeFileSync(f, '\uFEFF' + estimator('token_level_rewards'));
    const r = await runAdvc(dir, 'check', f);
    expect(r.stdout.trim(), r.stderr).toBe('ok: e');
  });
  test('a folder as the estimator: one line, exit 1', async () => {
    const folder = join(dir, 'folder.adv');
    mkdirSync(folder);
    const r = await runAdvc(dir, 'run', folder, '--batch', batch, '--out', join(dir, 'o.json'));
    expect(r.code).toBe(1);
    expect(errLines(r)).toEqual([`advc: error: ${folder}: is a folder, not a .adv file`]);
  });
});

describe('names and ranges', () => {
  test('a function named like a builtin is refused (it would never run)', () => {
    expect(errorOf('fn exp(x) = x + 1.0\n' + estimator('exp(token_level_rewards)'))).toMatch(/deep\.adv:1:4: error: 'exp' is a builtin function/);
    expect(errorOf('fn mean(x) = x\n' + estimator('token_level_rewards'))).toMatch(/'mean' is a builtin function/);
    expect(errorOf('fn constructor(x) = x\n' + estimator('constructor(token_level_rewards)'))).toBe('accepted');
  });
  test('literals beyond int32 or float32 are refused', () => {
    expect(errorOf(estimator('token_level_rewards * float(3000000000)'))).toMatch(/integer 3000000000 does not fit in int32/);
    expect(errorOf(estimator('token_level_rewards + 1e39'))).toMatch(/1e\+39 overflows float32/);
    expect(errorOf(estimator('token_level_rewards * float(2147483647)'))).toBe('accepted');
  });
  test('parameter defaults out of range are refused', () => {
    expect(errorOf('estimator e(n: int = 10000000000) {\n  advantages = token_level_rewards\n}\n')).toMatch(/parameter 'n' is an int: '10000000000' is outside int32's range -2147483648..2147483647/);
    expect(errorOf('estimator e(x = 1e40) {\n  advantages = token_level_rewards\n}\n')).toMatch(/parameter 'x' is a float: '1e\+40' is outside float32's range/);
  });
  test.each([
    ['zero_token_id=1e12', "parameter 'zero_token_id' of ktae is an int: '1e12' is outside int32's range -2147483648..2147483647"],
    ['epsilon=1e40', "parameter 'epsilon' of ktae is a float: '1e40' is outside float32's range"],
  ])('--set %s is refused', async (set, want) => {
    const r = await runAdvc(dir, 'run', 'ktae', '--batch', batch, '--out', join(dir, 'o.json'), '--set', set);
    expect(r.code).toBe(1);
    expect(errLines(r)[0]).toContain(want);
  });
});
