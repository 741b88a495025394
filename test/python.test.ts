// The Python package's own tests (python/tests, unittest) run under Debian's python3 with python/ on
// PYTHONPATH, so `npm test` covers them and vitest's summary counts them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const PYTHON = process.env.ADVC_PYTHON ?? '/usr/bin/python3';

describe('python package', () => {
  it('python -m unittest discover -s python/tests passes', () => {
    const r = spawnSync(PYTHON, ['-m', 'unittest', 'discover', '-s', join(ROOT, 'python', 'tests')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: join(ROOT, 'python'), PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 600_000,
    });
    if (r.status !== 0) console.error(r.stdout + r.stderr);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toMatch(/\nOK/);
    expect(r.status).toBe(0);
  }, 600_000);
});
