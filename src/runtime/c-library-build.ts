// Writes an estimator's C library (compiler/c-library.ts) to a folder and builds it with the machine's C
// compiler: <name>.c, <name>.h and lib<name>.so, each replaced atomically (a reader never sees half a file).
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CLibrary } from '../compiler/c-library.js';
import { writeFileAtomic } from './io/batch-file.js';
import { cCompiler, NativeBuildError } from './native.js';


/** Writes and builds the library in `outDir` (which exists); returns the paths written. */
export function writeCLibrary(lib: CLibrary, outDir: string): string[] {
  const cc = cCompiler();
  if (!cc) throw new NativeBuildError(`no C compiler: set CC or install one (apt-get install gcc) to build a C library`);
  const name = lib.info.name;
  const c = join(outDir, `${name}.c`);
  const h = join(outDir, `${name}.h`);
  const so = join(outDir, `lib${name}.so`);
  writeFileAtomic(c, lib.c);
  writeFileAtomic(h, lib.h);
  const tmp = `${so}.${process.pid}.tmp`;
  const r = spawnSync(cc.command, [...cc.flags, '-o', tmp, c, '-lm'], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    throw new NativeBuildError(`${cc.command} failed on ${c} (exit ${r.status ?? r.signal}): ${(r.stderr || r.error?.message || '').trim().slice(0, 2000)}`);
  }
  renameSync(tmp, so);
  return [c, h, so];
}
