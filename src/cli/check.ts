// `advc check`: checks every estimator of a .adv file (or one stdlib estimator) and reports all errors at once.
import { existsSync, readFileSync } from 'node:fs';
import { parseModule } from '../grammar/to-ast.js';
import { checkSource, isEstimatorFile } from '../compiler/index.js';
import { CompileError, type Diagnostic } from '../compiler/diagnostics.js';
import { UserError } from './errors.js';

/** Returns the names of the estimators that checked; throws CompileError with every diagnostic otherwise. */
export function checkFile(arg: string): string[] {
  if (!isEstimatorFile(arg)) return [checkSource({ name: arg }).program.name];
  if (!existsSync(arg)) throw new UserError(`${arg}: no such file`);
  const source = readFileSync(arg, 'utf8');
  const { module, errors } = parseModule(source, arg);
  const names = module.decls.filter((d) => d.k !== 'fn').map((d) => d.name);
  // Syntax errors, or a file without estimators: checkSource reports them all in one CompileError.
  if (errors.length || !names.length) checkSource({ file: arg, source });
  const diags: Diagnostic[] = [];
  const seen = new Set<string>();
  let sources = new Map<string, string>();
  for (const name of names) {
    try {
      checkSource({ file: arg, source, estimator: name });
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      sources = e.sources;
      // A function used by several estimators reports its error once.
      for (const d of e.diagnostics) {
        const key = `${d.file}:${d.line}:${d.col}:${d.message}`;
        if (!seen.has(key)) diags.push(d);
        seen.add(key);
      }
    }
  }
  diags.sort((a, b) => a.line - b.line || a.col - b.col);
  if (diags.length) throw new CompileError(diags, sources);
  return names;
}
