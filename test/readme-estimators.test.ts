// The README's standard-library table states each estimator's kernel count: it must be what the compiler
// produces (one dispatch each on every backend), so a scheduling change that adds or fuses a kernel shows here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileEstimator } from '../src/compiler/index.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** Rows of the table under "## Standard library": the estimator names of the first cell, the counts of the last. */
function tableRows(): { names: string[]; kernels: number[] }[] {
  const section = README.slice(README.indexOf('## Standard library'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('\n|')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(' | ');
      return {
        names: [...cells[0]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!),
        kernels: cells.at(-1)!.replace(/\|\s*$/, '').split('/').map(Number),
      };
    });
}

describe('README estimator table', () => {
  const rows = tableRows();
  it('lists the stdlib estimators, one kernel count per name', () => {
    expect(rows.length).toBeGreaterThan(15);
    for (const r of rows) expect(r.kernels.length === 1 || r.kernels.length === r.names.length, r.names.join(', ')).toBe(true);
  });
  it.each(rows.flatMap((r) => r.names.map((name, i) => [name, r.kernels[r.kernels.length === 1 ? 0 : i]!] as const)))(
    '%s: %i kernel(s)',
    (name, kernels) => {
      expect(compileEstimator(name).plan.kernels.length).toBe(kernels);
    },
  );
});
