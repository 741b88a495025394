// `advc compile`: the standalone artifacts of one estimator: <name>.wgsl, <name>.plan.json and <name>.ts.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BINDINGS } from '../compiler/plan.js';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import { UserError } from './errors.js';
import { loadCompiled } from './load.js';

export async function compileCommand(estimator: string, outDir: string): Promise<string[]> {
  const compiled = loadCompiled(estimator);
  // ts-morph pulls in the TypeScript compiler: load it only for this command.
  const { generateTsModule } = await import('../compiler/codegen-ts.js');
  const ts = generateTsModule(compiled.plan, compiled.wgsl.code);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new UserError(`${outDir}: cannot create the folder: ${(e as Error).message}`);
  }
  if (!statSync(outDir).isDirectory()) throw new UserError(`${outDir}: not a folder`);
  const name = compiled.plan.name;
  const files: Array<[string, string]> = [
    [`${name}.wgsl`, compiled.wgsl.code],
    [`${name}.plan.json`, JSON.stringify({ ...compiled.plan, bindings: BINDINGS }, null, 2) + '\n'],
    [`${name}.ts`, ts],
  ];
  for (const [file, text] of files) writeFileAtomic(join(outDir, file), text);
  return files.map(([f]) => join(outDir, f));
}
