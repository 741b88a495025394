// The CLI's pieces in-process: --set parsing, error classification (exit codes), and `check` over a file with
// several broken estimators.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CompileError } from '../src/compiler/diagnostics.js';
import { checkFile } from '../src/cli/check.js';
import { EXIT_INTERNAL, EXIT_USER, reportError, UserError } from '../src/cli/errors.js';
import { parseSets } from '../src/cli/params.js';
import { BatchError } from '../src/runtime/io/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-cli-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DECLS = [
  { name: 'epsilon', type: 'f32', default: 1e-6 },
  { name: 'norm_adv_by_std_in_grpo', type: 'bool', default: 1 },
  { name: 'top_k', type: 'i32', default: 4 },
];

describe('--set', () => {
  it('parses numbers, integers and booleans by the declared type', () => {
    expect(parseSets(['epsilon=1e-4', 'norm_adv_by_std_in_grpo=false', 'top_k=8'], DECLS, 'est')).toEqual({
      epsilon: 1e-4,
      norm_adv_by_std_in_grpo: false,
      top_k: 8,
    });
  });

  it.each([
    ['epsilom=1', "est has no parameter 'epsilom'; did you mean 'epsilon'? (its parameters: epsilon, norm_adv_by_std_in_grpo, top_k)"],
    ['zzz=1', "est has no parameter 'zzz' (its parameters: epsilon, norm_adv_by_std_in_grpo, top_k)"],
    ['epsilon', "--set expects name=value, got 'epsilon'"],
    ['epsilon=abc', "parameter 'epsilon' of est expects a finite number, got 'abc'"],
    ['epsilon=', "parameter 'epsilon' of est expects a finite number, got ''"],
    ['top_k=1.5', "parameter 'top_k' of est is an int: '1.5' is not a whole number"],
    ['norm_adv_by_std_in_grpo=yes', "parameter 'norm_adv_by_std_in_grpo' of est is a bool: use true or false, not 'yes'"],
    ['top_k=1e12', "parameter 'top_k' of est is an int: '1e12' is outside int32's range -2147483648..2147483647"],
    ['epsilon=1e40', "parameter 'epsilon' of est is a float: '1e40' is outside float32's range (about ±3.4e38)"],
  ])('%s is rejected', (set, message) => {
    // UserError for the option's form, ParamError (shared with advc serve and the generated module) for the rest
    expect(() => parseSets([set], DECLS, 'est')).toThrow(expect.objectContaining({ message, name: set.includes('=') ? 'ParamError' : 'UserError' }));
  });
});

describe('exit codes', () => {
  let written = '';
  afterEach(() => {
    vi.restoreAllMocks();
    written = '';
  });
  const capture = () =>
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      written += String(s);
      return true;
    });

  it('user errors exit 1 with one line', () => {
    capture();
    expect(reportError(new BatchError('b.json: empty batch'))).toBe(EXIT_USER);
    expect(written).toBe('advc: error: b.json: empty batch\n');
  });

  it('compile errors exit 1 with the code frame', () => {
    capture();
    const e = new CompileError([{ file: 'a.adv', line: 1, col: 5, length: 3, message: 'unknown name' }], new Map([['a.adv', 'let xyz = 1']]));
    expect(reportError(e)).toBe(EXIT_USER);
    expect(written).toBe('a.adv:1:5: error: unknown name\n  |\n1 | let xyz = 1\n  |     ^^^\n');
  });

  it('anything else is internal: exit 2, the message, and "this is a bug"', () => {
    capture();
    expect(reportError(new TypeError('x is undefined'))).toBe(EXIT_INTERNAL);
    expect(written).toMatch(/^advc: internal error: x is undefined\nthis is a bug/);
    expect(written).not.toMatch(/\n\s+at /);
  });
});

describe('check', () => {
  it('reports the errors of every estimator in a file, in source order, once each', () => {
    const file = join(dir, 'two.adv');
    writeFileSync(
      file,
      'fn f(x) = x + nope\n' +
        'estimator a() {\n  advantages = f(score()) * response_mask\n}\n' +
        'estimator b() {\n  let g = group_mean(score())\n  advantages = sum[rollout](g) * response_mask\n}\n' +
        'estimator c() {\n  advantages = f(score()) * response_mask\n}\n',
    );
    let err: unknown;
    try {
      checkFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    const diags = (err as CompileError).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
    expect(diags).toEqual(["1:15 unknown name 'nope'", '7:20 cannot reduce a group value to rollout']);
  });
});
