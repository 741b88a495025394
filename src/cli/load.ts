// Shared steps of the commands that run an estimator: compile the argument, read and check the batch.
import { checkEstimatorArg, compileChecked, type Checked, type Compiled } from '../compiler/index.js';
import type { CodegenOptions } from '../compiler/kernel-ir.js';
import { formatDiagnostic, type Diagnostic } from '../compiler/diagnostics.js';
import { filledInputs } from '../compiler/input-fields.js';
import type { Program } from '../compiler/ir.js';
import type { Batch } from '../runtime/batch.js';
import { forcedSchedule } from '../runtime/executor.js';
import type { Outputs } from '../runtime/batch.js';
import { checkFiniteOutputs, NonFiniteOutputError } from '../runtime/finite.js';
import { checkWritable, formatOf, readBatch } from '../runtime/io/batch-file.js';
import { checkReads, negativeTokenId } from '../runtime/io/validate.js';
import { UserError } from './errors.js';

/** `outputs`: only these besides advantages and returns (default: all). Warnings go to stderr. */
export function loadChecked(arg: string, outputs?: string[]): Checked {
  const checked = checkEstimatorArg(arg, outputs);
  printWarnings(checked.warnings, checked.sources);
  return checked;
}

export function printWarnings(warnings: Diagnostic[], sources: Map<string, string>): void {
  for (const w of warnings) process.stderr.write(formatDiagnostic(w, sources.get(w.file)) + '\n');
}

/**
 * What `compile` and `explain` print, for no device in particular: cooperative unless ADVC_SCHEDULE says; serial
 * WGSL as a CPU-backed device runs it (simdLanes), the schedule such devices get.
 */
export function standaloneCodegen(): CodegenOptions {
  const mode = forcedSchedule() ?? 'cooperative';
  return { mode, subgroups: true, ...(mode === 'serial' ? { simdLanes: true } : {}) };
}

export function loadCompiled(arg: string): Compiled {
  return compileChecked(loadChecked(arg), standaloneCodegen());
}

/** Reads a batch file and checks it holds every field the estimator reads. */
export function loadBatch(path: string, program: Pick<Program, 'name' | 'inputs' | 'declaredInputs' | 'keys'>): Batch {
  const batch = readBatch(path, { reads: program.inputs, declared: program.declaredInputs });
  try {
    checkReads(batch, program.name, program.inputs, filledInputs(program));
  } catch (e) {
    throw new UserError(`${path}: ${(e as Error).message}`);
  }
  if (program.keys?.length && program.inputs.includes('responses')) {
    const bad = negativeTokenId(batch);
    if (bad) throw new UserError(`${path}: field \`responses\` has the negative token id ${bad.id} at row ${bad.row}, col ${bad.col} (a valid token); ${program.name} groups tokens by key, and keys must be >= 0`);
  }
  return batch;
}

/** Refuses outputs holding NaN or an infinity (one line naming the output, row and position). */
export function requireFinite(outputs: Outputs, batch: Batch): void {
  try {
    checkFiniteOutputs(outputs, batch);
  } catch (e) {
    if (e instanceof NonFiniteOutputError) throw new UserError(`${e.message}; pass --allow-non-finite to allow it`);
    throw e;
  }
}

/** Rejects an output path with an unsupported extension before any work is done. */
export function checkOutPath(path: string): void {
  formatOf(path);
  checkWritable(path);
}

export function maskedTokens(batch: Batch): number {
  let n = 0;
  for (const m of batch.response_mask) n += m ? 1 : 0;
  return n;
}

export function groupCount(index: Int32Array): number {
  return new Set(index).size;
}
