// Golden snapshots of the code every stdlib estimator compiles to: the WGSL of both schedules, the CPU
// backend's C and JavaScript, and the plan. A change to code generation shows here as a diff of the code users
// run; `ADVC_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites the files after a deliberate change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSource, compileChecked, compileForCpu, stdlibEstimators, translateForCpu } from '../src/compiler/index.js';

const DIR = join(import.meta.dirname, 'golden');
const UPDATE = process.env['ADVC_UPDATE_GOLDEN'] === '1';

function snapshots(name: string): Record<string, string> {
  const checked = checkSource({ name });
  const cpu = compileForCpu(checked);
  return {
    'cooperative.wgsl': compileChecked(checked, { mode: 'cooperative', subgroups: true }).wgsl.code,
    'cooperative-nosubgroups.wgsl': compileChecked(checked, { mode: 'cooperative', subgroups: false }).wgsl.code,
    // what a CPU-backed device (lavapipe) runs
    'serial.wgsl': compileChecked(checked, { mode: 'serial', subgroups: true, simdLanes: true }).wgsl.code,
    'cpu.c': translateForCpu(cpu, 'c').code,
    'cpu.js': translateForCpu(cpu, 'js').code,
    'plan.json': JSON.stringify(cpu.plan, null, 2) + '\n',
  };
}

describe.each(stdlibEstimators())('%s', (name) => {
  test('generated code matches test/golden', () => {
    const dir = join(DIR, name);
    for (const [file, text] of Object.entries(snapshots(name))) {
      const path = join(dir, file);
      if (UPDATE) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, text);
        continue;
      }
      expect(existsSync(path), `${path} is missing: run with ADVC_UPDATE_GOLDEN=1`).toBe(true);
      expect(text, `${name}/${file} differs from its golden copy (ADVC_UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
    }
  });
});
