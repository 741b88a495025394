// Math builtins: arity, how each is written in WGSL, and how the interpreter evaluates it (f64, then
// rounded to f32 by the caller).

export interface MathBuiltin {
  arity: number;
  /** result is i32 when every argument is i32 (min, max, abs, clamp) */
  intPreserving?: boolean;
  /** result type is always i32 (floor-to-int conversions) */
  wgsl: (a: string[]) => string;
  js: (a: number[]) => number;
}

const f = (name: string) => (a: string[]) => `${name}(${a.join(', ')})`;

export const MATH: Record<string, MathBuiltin> = {
  exp: { arity: 1, wgsl: f('exp'), js: ([x]) => Math.exp(x!) },
  log: { arity: 1, wgsl: f('log'), js: ([x]) => Math.log(x!) },
  log2: { arity: 1, wgsl: f('log2'), js: ([x]) => Math.log2(x!) },
  sqrt: { arity: 1, wgsl: f('sqrt'), js: ([x]) => Math.sqrt(x!) },
  rsqrt: { arity: 1, wgsl: f('inverseSqrt'), js: ([x]) => 1 / Math.sqrt(x!) },
  asin: { arity: 1, wgsl: f('asin'), js: ([x]) => Math.asin(x!) },
  tanh: { arity: 1, wgsl: f('tanh'), js: ([x]) => Math.tanh(x!) },
  sigmoid: { arity: 1, wgsl: (a) => `(1.0 / (1.0 + exp(-(${a[0]}))))`, js: ([x]) => 1 / (1 + Math.exp(-x!)) },
  lgamma: { arity: 1, wgsl: f('adv_lgamma'), js: ([x]) => lgamma(x!) },
  pow: { arity: 2, wgsl: f('pow'), js: ([x, y]) => Math.pow(x!, y!) },
  abs: { arity: 1, intPreserving: true, wgsl: f('abs'), js: ([x]) => Math.abs(x!) },
  floor: { arity: 1, wgsl: f('floor'), js: ([x]) => Math.floor(x!) },
  ceil: { arity: 1, wgsl: f('ceil'), js: ([x]) => Math.ceil(x!) },
  round: { arity: 1, wgsl: f('round'), js: ([x]) => roundEven(x!) },
  sign: { arity: 1, intPreserving: true, wgsl: f('sign'), js: ([x]) => Math.sign(x!) },
  min: { arity: 2, intPreserving: true, wgsl: f('min'), js: ([x, y]) => Math.min(x!, y!) },
  max: { arity: 2, intPreserving: true, wgsl: f('max'), js: ([x, y]) => Math.max(x!, y!) },
  clamp: { arity: 3, intPreserving: true, wgsl: f('clamp'), js: ([x, lo, hi]) => Math.min(Math.max(x!, lo!), hi!) },
};

function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** log|Γ(x)| for x > 0 in double precision (Lanczos, g = 7): the interpreter's reference. */
export function lgamma(x: number): number {
  if (!(x > 0)) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let s = c[0]!;
  for (let i = 1; i < 9; i++) s += c[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/**
 * lgamma in f32 WGSL, loop-free (loops in an inlined helper multiply shader compile time): below 8, shift by
 * exactly 8 with the recurrence (one log of a product), then Stirling's series. Absolute error about 1e-6 for
 * small x, relative about 1e-7 for large x.
 */
export const WGSL_LGAMMA = `
fn adv_lgamma(x0: f32) -> f32 {
  let small = x0 < 8.0;
  let x = select(x0, x0 + 8.0, small);
  let p = x0 * (x0 + 1.0) * (x0 + 2.0) * (x0 + 3.0) * (x0 + 4.0) * (x0 + 5.0) * (x0 + 6.0) * (x0 + 7.0);
  let ix = 1.0 / x;
  let ix2 = ix * ix;
  let series = ix * (0.083333333333 - ix2 * (0.0027777777778 - ix2 * (0.00079365079365 - ix2 * 0.00059523809524)));
  let r = (x - 0.5) * log(x) - x + 0.91893853320467 + series - select(0.0, log(p), small);
  // poles and non-positive inputs give +inf
  return select(adv_bits(0x7f800000u), r, x0 > 0.0);
}
`;
