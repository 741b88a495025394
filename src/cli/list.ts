// `advc list`: the stdlib estimators, the batch fields each reads, and their parameters with defaults.
import { checkSource, stdlibEstimators } from '../compiler/index.js';
import { CompileError } from '../compiler/diagnostics.js';
import { inputField } from '../compiler/input-fields.js';
import { describeParams } from './params.js';

export function listCommand(): string {
  const rows: string[] = [];
  for (const name of stdlibEstimators()) {
    try {
      const p = checkSource({ name }).program;
      const extra = p.inputs.filter((i) => !inputField(i)?.required);
      const params = describeParams(p.params);
      rows.push(`${name.padEnd(30)} ${params || '(no parameters)'}${extra.length ? `   reads ${extra.join(', ')}` : ''}`);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      rows.push(`${name.padEnd(30)} (does not check: ${e.diagnostics[0]?.message ?? 'error'})`);
    }
  }
  return rows.join('\n');
}
