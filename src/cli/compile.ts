// `advc compile`: the standalone artifacts of one estimator: <name>.wgsl, <name>.plan.json, and the module
// <name>.ts with <name>.js and <name>.d.ts; or with --target c a C library (<name>.c, <name>.h, lib<name>.so).
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileChecked, compileForCpu, cpuKernelsC } from '../compiler/index.js';
import { BINDINGS } from '../compiler/plan.js';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import { UserError } from './errors.js';
import { loadChecked, loadCompiled } from './load.js';

export async function compileCommand(estimator: string, outDir: string, target: 'webgpu' | 'c' = 'webgpu'): Promise<string[]> {
  if (target === 'c') {
    const cpu = compileForCpu(loadChecked(estimator));
    const { cLibrary } = await import('../compiler/c-library.js');
    const lib = cLibrary(cpu.plan, cpuKernelsC(cpu));
    makeFolder(outDir);
    return (await import('../runtime/c-library-build.js')).writeCLibrary(lib, outDir);
  }
  const compiled = loadCompiled(estimator);
  // ts-morph pulls in the TypeScript compiler: load it only for this command.
  const { emitJs, generateTsModule } = await import('../compiler/codegen-ts.js');
  // the module carries the kernels without subgroup operations too, for devices that lack them
  const plain = compileChecked(compiled, { ...compiled.codegen, subgroups: false });
  if (JSON.stringify(plain.plan) !== JSON.stringify(compiled.plan)) throw new Error(`${compiled.plan.name}: the plan differs without subgroups`);
  const ts = generateTsModule(compiled.plan, { subgroups: compiled.wgsl.code, plain: plain.wgsl.code });
  const { js, dts } = emitJs(compiled.plan.name, ts);
  makeFolder(outDir);
  const name = compiled.plan.name;
  const files: Array<[string, string]> = [
    [`${name}.wgsl`, compiled.wgsl.code],
    [`${name}.plan.json`, JSON.stringify({ ...compiled.plan, bindings: BINDINGS }, null, 2) + '\n'],
    [`${name}.ts`, ts],
    [`${name}.js`, js],
    [`${name}.d.ts`, dts],
  ];
  for (const [file, text] of files) writeFileAtomic(join(outDir, file), text);
  return files.map(([f]) => join(outDir, f));
}

function makeFolder(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new UserError(`${outDir}: cannot create the folder: ${(e as Error).message}`);
  }
  if (!statSync(outDir).isDirectory()) throw new UserError(`${outDir}: not a folder`);
}
