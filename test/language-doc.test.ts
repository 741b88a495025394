// docs/language.md: every example checks and runs (interpreter and CPU backend agree), and the page names every
// domain, batch field, builtin, reduction, stdlib function and stdlib estimator there is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseModule } from '../src/grammar/to-ast.js';
import { MATH } from '../src/compiler/builtins.js';
import { checkSource, STDLIB_DIR, stdlibEstimators } from '../src/compiler/index.js';
import { INPUT_FIELDS } from '../src/compiler/input-fields.js';
import { interpret } from '../src/compiler/interpreter.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { loadFixture } from './helpers/fixtures.js';
import { withDeclaredFields } from './helpers/random-batch.js';

const DOC = readFileSync(join(import.meta.dirname, '..', 'docs', 'language.md'), 'utf8');
const EXAMPLES = [...DOC.matchAll(/```adv\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe.each(EXAMPLES.map((src, i) => [i, src] as const))('example %i', (i, source) => {
  const names = parseModule(source, 'x.adv').module.decls.flatMap((d) => (d.k === 'estimator' || d.k === 'alias' ? [d.name] : []));
  test.each(names)('%s checks without warnings and runs the same in the interpreter and on the CPU', async (name) => {
    const checked = checkSource({ source, file: `example-${i}.adv`, estimator: name });
    expect(checked.warnings).toEqual([]);
    const fx = loadFixture('otb-0');
    const batch = withDeclaredFields(fx.batch, checked.program.declaredInputs ?? [], 3);
    const want = interpret(checked.program, batch, {});
    const cpu = CpuEstimator.create(checked, { engine: 'js', threads: 1 });
    const got = await cpu.run(batch, {});
    cpu.destroy();
    for (let j = 0; j < batch.B * batch.T; j++) {
      if (!batch.response_mask[j]) continue;
      expect(Number.isFinite(want.advantages[j]!)).toBe(true);
      expect(Math.abs(got.advantages[j]! - want.advantages[j]!)).toBeLessThanOrEqual(1e-4 + 1e-4 * Math.abs(want.advantages[j]!));
    }
  });
});

test('names every domain, batch field, builtin, reduction, stdlib function and estimator', () => {
  const fns = readdirSync(STDLIB_DIR)
    .filter((f) => f.endsWith('.adv'))
    .flatMap((f) => parseModule(readFileSync(join(STDLIB_DIR, f), 'utf8'), f).module.decls.flatMap((d) => (d.k === 'fn' ? [d.name] : [])));
  const names = [
    ...['batch', 'group', 'rollout', 'token', 'position', 'key'],
    ...['float', 'int', 'bool', 't', 'length'],
    ...INPUT_FIELDS.map((f) => f.name),
    ...Object.keys(MATH),
    ...['sum', 'mean', 'count', 'min', 'max', 'var', 'std', 'var_pop', 'std_pop', 'any', 'all', 'presence'],
    ...['scan', 'scan_rev', 'select', 'kth'],
    ...fns,
    ...stdlibEstimators(),
  ];
  expect(names.filter((n) => !DOC.includes(`\`${n}`) && !new RegExp(`[\` ]${n}[\` (,]`).test(DOC))).toEqual([]);
});
