// `advc run`: one batch through an estimator (a backend, or the reference interpreter with --interpret).
import { interpret } from '../compiler/interpreter.js';
import type { Outputs } from '../runtime/batch.js';
import { acquireGpu } from './gpu.js';
import type { Backend } from '../runtime/backends.js';
import { createEstimator } from '../runtime/executor.js';
import { writeOutputs } from '../runtime/io/batch-file.js';
import { checkOutPath, groupCount, loadBatch, loadChecked, requireFinite } from './load.js';
import { describeParams, parseSets } from './params.js';

export interface RunOptions {
  batch: string;
  out: string;
  set?: string[];
  interpret?: boolean;
  backend: Backend;
  allowNonFinite?: boolean;
}

export async function runCommand(estimator: string, opts: RunOptions): Promise<void> {
  checkOutPath(opts.out);
  const checked = loadChecked(estimator);
  const prog = checked.program;
  const params = parseSets(opts.set ?? [], prog.params, prog.name);
  const batch = loadBatch(opts.batch, prog);
  let outputs: Outputs;
  let how: string;
  const t0 = performance.now();
  if (opts.interpret) {
    outputs = interpret(prog, batch, params);
    how = `interpreter ${(performance.now() - t0).toFixed(2)} ms`;
  } else {
    const est = await createEstimator(checked, opts.backend, acquireGpu);
    try {
      const t1 = performance.now();
      outputs = await est.run(batch, params);
      const wall = performance.now() - t1;
      const gpuMs = est.lastKernelMs.reduce((a, b) => a + b, 0);
      how = `on ${est.device} kernels=${est.kernels} wall ${wall.toFixed(2)} ms` + (est.lastKernelMs.length ? ` gpu ${gpuMs.toFixed(3)} ms` : '');
    } finally {
      est.destroy();
    }
  }
  if (!opts.allowNonFinite) requireFinite(outputs, batch);
  writeOutputs(opts.out, outputs, { B: batch.B, T: batch.T });
  const p = describeParams(prog.params, params);
  process.stderr.write(
    `${prog.name}: B=${batch.B} T=${batch.T} groups=${groupCount(batch.index)} ${how}${p ? ` (${p})` : ''} -> ${opts.out}\n`,
  );
}
