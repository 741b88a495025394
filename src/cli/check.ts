// `advc check`: checks every estimator of a .adv file (or one stdlib estimator, or `FILE.adv:name`) and reports
// all errors at once; warnings go to stderr.
import { existsSync } from 'node:fs';
import { checkFileEstimators, checkSource, isEstimatorFile, splitEstimatorArg } from '../compiler/index.js';
import { UserError } from './errors.js';
import { printWarnings } from './load.js';

/** Returns the names of the estimators that checked; throws CompileError with every diagnostic otherwise. */
export function checkFile(arg: string): string[] {
  if (!isEstimatorFile(arg)) return [checkSource({ name: arg }).program.name];
  const picked = splitEstimatorArg(arg);
  if (!existsSync(picked.file)) throw new UserError(`${picked.file}: no such file`);
  const { names, warnings, sources } = picked.estimator
    ? (({ program, warnings, sources }) => ({ names: [program.name], warnings, sources }))(checkSource(picked))
    : checkFileEstimators(picked.file);
  printWarnings(warnings, sources);
  return names;
}
