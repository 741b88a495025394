// How the numeric reductions lower into the IR: sum, min and max directly; mean, var and std on shifted data so
// that float32 cannot leave a residue on an all-equal set or overflow on values near 1e20.
import type { Domain } from './domains.js';
import type { Graph, ReduceOp } from './ir.js';

export type MomentName = 'sum' | 'min' | 'max' | 'mean' | 'var' | 'std' | 'var_pop' | 'std_pop';

/**
 * The IR node of reduction `name` of the f32 value `xf` (in domain `from`) to `target`; `every`: over every
 * position of a rollout, masked or not.
 */
export function lowerMoment(g: Graph, name: MomentName, xf: number, from: Domain, target: Domain, every: { all?: true }): number {
  const red = (op: ReduceOp, v: number) => g.add('reduce', 'f32', target, [v], { op, ...every });
  const bin = (op: string, d: Domain, a: number, b: number) => g.add('bin', 'f32', d, [a, b], { op });
  const num = (value: number) => g.add('const', 'f32', 'batch', [], { value });
  // integer min/max are computed in float like every other reduction (exact below 2^24)
  if (name === 'min' || name === 'max' || name === 'sum') return red(name, xf);
  // Shifted data: the mean is lo + sum(x - lo) / n with lo the smallest element, so an all-equal set gives its
  // value exactly (a float32 running sum leaves a residue that an std would then blow up) and the sum only
  // carries the spread, not the magnitude.
  const n = red('count', xf);
  const lo = red('min', xf);
  const mean = bin('+', target, lo, bin('/', target, red('sum', bin('-', from, xf, lo)), n));
  if (name === 'mean') return mean;
  // var/std: two-pass (mean first), unbiased unless *_pop, on deviations divided by the range (1 when it is 0):
  // squares of values near 1e20 would overflow float32; the std comes back as range * sqrt(scaled variance)
  const range = bin('-', target, red('max', xf), lo);
  const scale = g.add('select', 'f32', target, [g.add('bin', 'bool', target, [range, num(0)], { op: '>' }), range, num(1)], {});
  const dev = bin('/', from, bin('-', from, xf, mean), scale);
  const ss = red('sum', bin('*', from, dev, dev));
  const denom = name.endsWith('_pop') ? n : bin('-', target, n, num(1));
  const scaled = bin('/', target, ss, denom);
  if (name.startsWith('var')) return bin('*', target, bin('*', target, scaled, scale), scale);
  return bin('*', target, g.add('call', 'f32', target, [scaled], { fn: 'sqrt' }), scale);
}
