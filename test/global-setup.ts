// Builds the CLI once, before any test file runs: tests that spawn `advc` (cli, report, package) then share
// one dist/ instead of rebuilding it under each other's feet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI, ROOT } from './helpers/cli.js';

export default function setup(): void {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  // a type error elsewhere still emits JavaScript; only a missing entry point stops the run
  if (r.status !== 0) console.warn(`tsc reported errors (testing the emitted JavaScript anyway):\n${r.stdout}${r.stderr}`);
  if (!existsSync(CLI)) throw new Error(`the build did not produce ${CLI}`);
}
