// `advc check`: checks every estimator of a .adv file (or one stdlib estimator) and reports all errors at once.
import { existsSync } from 'node:fs';
import { checkFileEstimators, checkSource, isEstimatorFile } from '../compiler/index.js';
import { UserError } from './errors.js';

/** Returns the names of the estimators that checked; throws CompileError with every diagnostic otherwise. */
export function checkFile(arg: string): string[] {
  if (!isEstimatorFile(arg)) return [checkSource({ name: arg }).program.name];
  if (!existsSync(arg)) throw new UserError(`${arg}: no such file`);
  return checkFileEstimators(arg);
}
