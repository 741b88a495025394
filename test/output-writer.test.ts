// The output writer: atomic, and without side effects: an interrupted write leaves no temp file, a replaced
// file keeps its mode, a symbolic link is written through, and a bad output folder is refused before any work.
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkWritable, writeFileAtomic } from '../src/runtime/io/batch-file.js';
import { errLines, ROOT, runAdvc } from './helpers/cli.js';

describe('output writer', () => {
  test('a replaced file keeps its mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-writer-'));
    const f = join(dir, 'out.json');
    writeFileSync(f, '{}');
    chmodSync(f, 0o600);
    writeFileAtomic(f, '{"a": 1}');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readFileSync(f, 'utf8')).toBe('{"a": 1}');
  });
  test('a symbolic link is written through: the link stays, its target changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-writer-'));
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    symlinkSync('fresh.json', join(dir, 'dangling.json'));
    writeFileAtomic(join(dir, 'dangling.json'), 'x');
    expect(readFileSync(join(dir, 'fresh.json'), 'utf8')).toBe('x');
  });
  test('a missing or unwritable output folder is refused before computing', async () => {
    expect(() => checkWritable('/nonexistent-advc/out.json')).toThrow('/nonexistent-advc/out.json: cannot write: no folder /nonexistent-advc');
    const dir = mkdtempSync(join(tmpdir(), 'advc-writer-'));
    expect(() => checkWritable(dir)).toThrow('cannot write: it is a folder');
    const r = await runAdvc(dir, 'run', 'grpo', '--batch', join(ROOT, 'test', 'fixtures', 'does-not-exist.json'), '--out', '/nonexistent-advc/out.json');
    // the folder is checked first: the missing batch is not even read
    expect(errLines(r)).toEqual(['advc: error: /nonexistent-advc/out.json: cannot write: no folder /nonexistent-advc']);
  });
  test.each(['SIGINT', 'SIGTERM'] as const)('%s during big writes leaves no temp file', async (sig) => {
    const dir = mkdtempSync(join(tmpdir(), 'advc-writer-'));
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'dist', 'runtime', 'io', 'batch-file.js'))};
      const big = new Uint8Array(40 << 20);
      // as the CLI does: a synchronous write, then back to the event loop
      for (let i = 0; ; i++) { writeFileAtomic(${JSON.stringify(join(dir, 'out.safetensors'))}, big); if (i === 0) console.log('ready'); await new Promise((r) => setImmediate(r)); }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    // never leave the writer running, whatever happens to the test
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    await new Promise((r) => setTimeout(r, 30));
    child.kill(sig);
    const code = await new Promise<string | null>((done) => child.on('exit', (_, s) => (clearTimeout(guard), done(s))));
    expect(code).toBe(sig);
    expect(readdirSync(dir)).toEqual(['out.safetensors']);
  });
});
