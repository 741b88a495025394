// Running the built `advc` command from tests (test/global-setup.ts builds it once): spawn it, collect its output.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `advc ...args` in `cwd` without colour. */
export function runAdvc(cwd: string, ...args: string[]): Promise<Result> {
  return runCommand(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
}

/** Runs a command to its end, collecting its output. */
export function runCommand(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** stderr without the driver's own start-up notes (Dawn prints "Warning: ..." lines on some machines). */
export function errLines(r: Result): string[] {
  return r.stderr.split('\n').filter((l) => l && !l.startsWith('Warning:'));
}
