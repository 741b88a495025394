// A corrupt native-kernel cache file (truncated by a full disk, overwritten) is detected by its digest and built
// again: loading it would crash the process (a truncated shared object gives SIGBUS).
import { mkdtempSync, readdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, runCommand, CLI } from './helpers/cli.js';

test('a truncated cached addon is rebuilt', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'advc-cache-'));
  const env = { ...process.env, ADVC_CACHE_DIR: cache, ADVC_CPU_ENGINE: 'native', NO_COLOR: '1' };
  const run = () => runCommand(process.execPath, [CLI, 'run', 'grpo', '--batch', join(ROOT, 'test', 'fixtures', 'grpo-small.json'), '--out', join(cache, 'o.json'), '--backend', 'cpu'], { cwd: ROOT, env });
  expect((await run()).code).toBe(0);
  const lib = readdirSync(cache).find((f) => f.endsWith('.node'))!;
  truncateSync(join(cache, lib), 1000);
  const r = await run();
  expect(r.code, r.stderr).toBe(0);
});
