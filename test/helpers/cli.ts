// Running the built `advc` command from tests: build it as users do, spawn it, collect its output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'runtime', 'cli.js');

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Builds the CLI as users run it. A type error elsewhere still emits JavaScript; only a missing entry stops. */
export function buildCli(): void {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) console.warn(`tsc reported errors (building anyway):\n${r.stdout}${r.stderr}`);
  if (!existsSync(CLI)) throw new Error(`the build did not produce ${CLI}`);
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
