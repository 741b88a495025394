// `advc check` on a file with many estimators parses the file once, not once per estimator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import * as toAst from '../src/grammar/to-ast.js';
import { checkFile } from '../src/cli/check.js';

vi.mock('../src/grammar/to-ast.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/grammar/to-ast.js')>();
  return { ...original, parseModule: vi.fn(original.parseModule) };
});

const dir = mkdtempSync(join(tmpdir(), 'advc-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('checks 200 estimators of one file with one parse of it', () => {
  const file = join(dir, 'many.adv');
  const names = Array.from({ length: 200 }, (_, i) => `e${i}`);
  writeFileSync(file, 'fn centred(x) = x - group_mean(x)\n' + names.map((n) => `estimator ${n}() {\n  advantages = centred(score()) * response_mask\n}\n`).join(''));
  const parse = vi.mocked(toAst.parseModule);
  parse.mockClear();
  expect(checkFile(file)).toEqual(names);
  expect(parse.mock.calls.filter(([, f]) => f === file)).toHaveLength(1);
});

it('parses once when the estimators have errors too', () => {
  const file = join(dir, 'bad.adv');
  const est = (n: string) => `estimator ${n}() {\n  advantages = f(score()) * response_mask\n}\n`;
  writeFileSync(file, 'fn f(x) = x + nope\n' + est('a') + est('b'));
  const parse = vi.mocked(toAst.parseModule);
  parse.mockClear();
  expect(() => checkFile(file)).toThrow(/unknown name 'nope'/);
  expect(parse.mock.calls.filter(([, f]) => f === file)).toHaveLength(1);
});
