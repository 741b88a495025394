// A scan whose one reader is a later pass walking each rollout's positions in the scan's order (a key build
// forward, a scan its own way) is carried along that walk instead of stored; any other reader (an output, a
// shifted read, a second pass, a walk the other way) keeps it stored. The results stay the interpreter's on the
// CPU backend either way.
import { expect, test } from 'vitest';
import { checkSource, compileChecked, compileForCpu } from '../src/compiler/index.js';
import { walk } from '../src/compiler/kernel-ir.js';
import { interpret } from '../src/compiler/interpreter.js';
import { CpuEstimator } from '../src/runtime/executor.js';
import { differences } from './helpers/compare-outputs.js';
import { makeBatch } from './helpers/random-batch.js';

/** The scans each step of the serial schedule carries, as `step: ids`; and whether any of them has a region. */
function scans(source: string): { carried: string[]; regions: boolean } {
  const s = compileChecked(checkSource({ source }), { mode: 'serial', subgroups: false }).schedule;
  const steps = s.stages.flatMap((st) => st.steps).filter((st) => (st.kind === 'scan' || st.kind === 'key-build') && st.carried.length);
  const ids = steps.flatMap((st) => (st as { carried: number[] }).carried);
  return {
    carried: steps.map((st) => `${st.kind}: ${(st as { carried: number[] }).carried.join(',')}`),
    regions: ids.some((id) => s.stored.has(id) || s.floatRegions.some((r) => r.name === `v${id}` || r.name === `v${id}_lo`)),
  };
}

const nodeOf = (source: string, name: string) => {
  const p = checkSource({ source }).program;
  return +Object.entries(p.names ?? {}).find(([, n]) => n === name)![0];
};

const CASES: Record<string, { source: string; carried: (src: string) => string[] }> = {
  'into a key build': {
    source: `estimator e() {
  let w = scan(entropy * response_mask, 0.9)
  advantages = sum[position](w * token_level_rewards) / (sum[position](w) + 1.0) * response_mask
}`,
    carried: (src) => [`key-build: ${nodeOf(src, 'w')}`],
  },
  'into a scan walking the same way, itself into a key build': {
    source: `estimator e() {
  let a = scan_rev(entropy, 0.5)
  let b = scan_rev(a * response_mask, 0.9)
  let c = scan(token_level_rewards - entropy, 1.0)
  let d = scan(c * c, 0.75)
  advantages = (b + sum[position](d)) * response_mask
}`,
    carried: (src) => [`scan: ${nodeOf(src, 'a')}`, `key-build: ${nodeOf(src, 'c')},${nodeOf(src, 'd')}`],
  },
  'into a key build, its addend with an exp and the carry a rollout value': {
    source: `estimator e() {
  let w = scan((1.0 - 2.0 * exp(entropy)) * response_mask, 1.0 / (1.0 + length))
  advantages = sum[position](w * token_level_rewards) / (sum[position](w) + 1.0) * response_mask
}`,
    carried: (src) => [`key-build: ${nodeOf(src, 'w')}`],
  },
  'not into a scan walking the other way': {
    source: `estimator e() {
  let a = scan(entropy, 0.5)
  advantages = scan_rev(a * response_mask, 0.9) * response_mask
}`,
    carried: () => [],
  },
  'not when read shifted, or by an output as well': {
    source: `estimator e() {
  let a = scan(entropy, 0.5)
  let b = scan(token_level_rewards, 1.0)
  advantages = (sum[position](a[t-1]) + sum[position](b) + b) * response_mask
}`,
    carried: () => [],
  },
  'an int scan into the key it builds': {
    source: `estimator e() {
  key zeros = scan(if responses == 0 then 1 else 0, 1)
  advantages = count[zeros]() * response_mask
}`,
    carried: (src) => [`key-build: ${scanIn(src)}`],
  },
};

/** The one scan node of a program. */
function scanIn(source: string): number {
  return checkSource({ source }).program.nodes.find((n) => n.op === 'scan')!.id;
}

test.each(Object.entries(CASES))('a scan is carried %s', (_, { source, carried }) => {
  expect(scans(source)).toEqual({ carried: carried(source), regions: false });
});

// T = 600: a key build's walk takes its addends a block of 256 positions ahead (lower-values.ts blockAddends)
const RUNS = Object.entries(CASES).flatMap(([name, c]) => [17, 600].map((T) => [name, T, c] as const));
test.each(RUNS)('the CPU backend gives the interpreter\'s values: %s, T = %i', async (_, T, { source }) => {
  const checked = checkSource({ source });
  const batch = makeBatch({ B: 24, T, seed: 7, vocab: 3, mask: 'holes', emptyRows: 15, rewards: 'outcome', groups: 'interleaved', numGroups: 5 });
  const want = interpret(compileChecked(checked).program, batch, {});
  for (const engine of ['native', 'js'] as const) {
    const got = await CpuEstimator.create(checked, { engine }).run(batch, {});
    expect(differences(batch, want, got)).toEqual([]);
  }
});

test('the CPU key build takes its carried scans\' addends a block ahead, into a local array; a device\'s does not', () => {
  const checked = checkSource({ source: CASES['into a key build, its addend with an exp and the carry a rollout value']!.source });
  const locals = (c: ReturnType<typeof compileChecked>) => [...walk(c.kernels.kernels.flatMap((k) => k.body))].filter((x) => 'stmt' in x && x.stmt.k === 'local').length;
  // the addend; the carry, a rollout value, is the same at every position and stays in the walk
  expect(locals(compileForCpu(checked))).toBe(1);
  expect(locals(compileChecked(checked, { mode: 'serial', subgroups: false }))).toBe(0);
});
