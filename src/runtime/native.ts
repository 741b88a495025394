// Builds the C rendering of an estimator's kernels into a Node addon with the machine's C compiler, once per
// source text: the addon is cached under ADVC_CACHE_DIR (default ~/.cache/advc) by a hash of the source and the
// compiler command, so a later process loads it without compiling.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NativeKernels {
  /** every kernel over the groups in `order`, on `threads` threads (see compiler/render-c.ts) */
  run(uniforms: Int32Array, f: Float32Array[], i: Int32Array[], h: Int32Array, order: Int32Array, threads: number): void;
  /** the addon's file (another Node thread loads it from there; runs from several threads do not mix) */
  readonly path: string;
}

export class NativeBuildError extends Error {
  override name = 'NativeBuildError';
}

/** -O2 for this machine; no fused multiply-adds (f32 results as WGSL's), wrapping integers, no errno from math, no
 * floating-point traps (nothing reads the exception flags, and clang assumes as much by default): GCC then computes a
 * token's values for every vector lane and keeps the valid tokens' (a float operation under a mask test, where it
 * would otherwise keep the loop scalar in case the operation trapped); no value changes. The C library target
 * (c-library-build.ts) builds with the same. */
const C_FLAGS = ['-O2', '-march=native', '-std=gnu11', '-fPIC', '-shared', '-fwrapv', '-ffp-contract=off', '-fno-math-errno', '-fno-trapping-math', '-pthread'];

/** A C compiler and the flags the kernels build with. */
export interface CCompiler {
  command: string;
  /** the first line of its --version */
  version: string;
  flags: string[];
}

/** The C compiler ($CC, else cc), when it runs. GCC's -O2 vectorizes only loops whose trip count is a multiple
 * of the vector width (its "very cheap" cost model), which no token loop's is: its "cheap" model adds the
 * scalar remainder (about half the time of the elementwise kernels); clang's -O2 vectorizes as it is. */
export function cCompiler(): CCompiler | undefined {
  const command = process.env['CC'] || 'cc';
  const r = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const version = r.stdout.split('\n')[0]!.trim();
  return { command, version, flags: /clang/i.test(version) ? C_FLAGS : [...C_FLAGS, '-fvect-cost-model=cheap'] };
}

function cacheDir(): string {
  return process.env['ADVC_CACHE_DIR'] || join(homedir(), '.cache', 'advc');
}

const loaded = new Map<string, NativeKernels>();

/** The addon of a C source, built if no cached build exists. Throws NativeBuildError when the compiler fails. */
export function loadNative(source: string, cc: CCompiler): NativeKernels {
  const key = createHash('sha256').update(`${cc.command}\n${cc.flags.join(' ')}\n${source}`).digest('hex').slice(0, 24);
  const hit = loaded.get(key);
  if (hit) return hit;
  let dir = cacheDir();
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    dir = join(tmpdir(), 'advc-cache'); // a read-only home: build in the temp folder instead
    mkdirSync(dir, { recursive: true });
  }
  const lib = join(dir, `kernels-${key}.node`);
  // a corrupt cache file (truncated, overwritten) would crash the process when loaded: its digest, written
  // beside it after the build, must match, or it is built again
  if (!intact(lib)) build(lib, dir, key, source, cc);
  const kernels = { ...(createRequire(import.meta.url)(lib) as Pick<NativeKernels, 'run'>), path: lib };
  loaded.set(key, kernels);
  return kernels;
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function intact(lib: string): boolean {
  try {
    return readFileSync(`${lib}.sha256`, 'utf8') === digest(lib);
  } catch {
    return false;
  }
}

/** Compiles the addon to a temp file, then renames it into the cache, its digest beside it. */
function build(lib: string, dir: string, key: string, source: string, cc: CCompiler): void {
  const tmp = join(dir, `kernels-${key}.${process.pid}.tmp`);
  const src = `${tmp}.c`;
  writeFileSync(src, source);
  const r = spawnSync(cc.command, [...cc.flags, '-o', tmp, src, '-lm'], { encoding: 'utf8' });
  rmSync(src, { force: true });
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    throw new NativeBuildError(`${cc.command} failed on the kernels (exit ${r.status ?? r.signal}): ${(r.stderr || r.error?.message || '').trim().slice(0, 2000)}`);
  }
  const sum = digest(tmp);
  renameSync(tmp, lib); // atomic: another process never loads half a file
  writeFileSync(`${tmp}.sha256`, sum);
  renameSync(`${tmp}.sha256`, `${lib}.sha256`);
}
