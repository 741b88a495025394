// `npm run package`: the self-contained bundle (its own Node, one JS file, Dawn) runs from any folder and
// gives the same numbers as the installed CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readOutputs } from '../src/runtime/io/batch-file.js';
import { ROOT, runAdvc, runCommand, type Result } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-package-'));
const bundle = join(dir, 'advc-bundle');

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', bundle, '--no-archive'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBundle(...args: string[]): Promise<Result> {
  // from a folder with no node_modules above it, with a bare environment
  return runCommand(join(bundle, 'advc'), args, { cwd: dir, env: { PATH: '/usr/bin:/bin', NO_COLOR: '1', HOME: dir } });
}

test('the bundle holds its own Node, the JS, Dawn and the stdlib', () => {
  for (const f of ['advc', 'advc.mjs', 'node', `dist/${process.platform}-${process.arch}/dawn.node`, 'stdlib/ktae.adv'])
    expect(existsSync(join(bundle, f)), f).toBe(true);
});

test('the bundled advc runs KTAE like the installed one', async () => {
  const batch = join(ROOT, 'test', 'fixtures', 'ktae-mixed.json');
  const [a, b] = [join(dir, 'bundle.json'), join(dir, 'installed.json')];
  const r = await runBundle('run', 'ktae', '--batch', batch, '--out', a);
  expect(r.code, r.stderr).toBe(0);
  expect((await runAdvc(dir, 'run', 'ktae', '--batch', batch, '--out', b)).code).toBe(0);
  const [got, want] = [readOutputs(a), readOutputs(b)];
  expect(Array.from(got['advantages']!.data)).toEqual(Array.from(want['advantages']!.data));
  expect(got['advantages']!.data.some((v) => v !== 0)).toBe(true);
}, 60_000);

test('advc --version in the bundle is the package version', async () => {
  const r = await runBundle('--version');
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
