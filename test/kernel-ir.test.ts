// The kernel IR between the schedule and the renderers: serial kernels hold no cooperative operation (the
// lowering's choice), every statement has an id, explain prints it with the source's let names, and a
// renderer's refusal names the statement and the let it computes.
import { describe, expect, test } from 'vitest';
import { checkSource, compileChecked, stdlibEstimators } from '../src/compiler/index.js';
import { walk, type KernelModule } from '../src/compiler/kernel-ir.js';
import { renderC } from '../src/compiler/render-c.js';
import { explainCommand } from '../src/cli/explain.js';

const kinds = (m: KernelModule) => {
  const seen = new Set<string>();
  for (const k of m.kernels)
    for (const x of walk(k.body)) {
      if ('stmt' in x) seen.add(x.stmt.k);
      else seen.add(x.expr.k);
    }
  return seen;
};

describe.each(stdlibEstimators())('%s', (name) => {
  test('serial kernels have no barrier, atomic or subgroup operation; every statement has an id', () => {
    const checked = checkSource({ name });
    const serial = compileChecked(checked, { mode: 'serial', subgroups: true }).kernels;
    for (const k of ['barrier', 'atomic', 'subgroup', 'uniformLoad']) expect(kinds(serial).has(k), k).toBe(false);
    const coop = compileChecked(checked, { mode: 'cooperative', subgroups: true }).kernels;
    expect(kinds(coop).has('barrier') || coop.kernels.length === 1).toBe(true);
    for (const k of coop.kernels) for (const x of walk(k.body)) if ('stmt' in x) expect(x.stmt.id).toBeTypeOf('number');
  });
});

test('explain --stage kernel prints statement ids and the lets the values come from', () => {
  const text = explainCommand('grpo', 'kernel');
  expect(text).toMatch(/^module grpo \(cooperative/);
  expect(text).toMatch(/^#0 +let g: u32 = /m);
  expect(text).toMatch(/\(%\d+ let centered\)/);
  expect(explainCommand('grpo', 'all')).toMatch(/== kernel IR/);
});

test('a renderer refusing a statement names its id, its advc node and the let', () => {
  const m = compileChecked(checkSource({ name: 'grpo' }), { mode: 'cooperative', subgroups: true }).kernels;
  expect(() => renderC(m)).toThrow(/C: .*exists only in cooperative kernels at kernel IR #\d+/);
  const named = [...m.origins!.entries()].find(([, v]) => v === 'let s')!;
  // a let of that node holding a subgroup operation: the message says where it comes from
  const bad: KernelModule = { ...m, kernels: [{ name: 'stage0', body: [{ k: 'let', id: 99, name: 'x', ty: 'f32', mut: false, node: named[0], value: { k: 'subgroup', ty: 'f32', op: 'add', a: { k: 'lit', ty: 'f32', v: 1 } } }] }] };
  expect(() => renderC(bad)).toThrow(new RegExp(`at kernel IR #99 \\(advc node %${named[0]}, let s\\)`));
});
