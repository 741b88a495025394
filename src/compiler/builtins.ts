// Math builtins: arity and how the interpreter evaluates each (f64, then rounded to f32 by the caller). The
// kernels' spelling of each is the lowering's (lower-values.ts, lower-helpers.ts).

export interface MathBuiltin {
  arity: number;
  /** result is i32 when every argument is i32 (min, max, abs, clamp) */
  intPreserving?: boolean;
  js: (a: number[]) => number;
}

export const MATH: Record<string, MathBuiltin> = {
  exp: { arity: 1, js: ([x]) => Math.exp(x!) },
  log: { arity: 1, js: ([x]) => Math.log(x!) },
  log2: { arity: 1, js: ([x]) => Math.log2(x!) },
  sqrt: { arity: 1, js: ([x]) => Math.sqrt(x!) },
  rsqrt: { arity: 1, js: ([x]) => 1 / Math.sqrt(x!) },
  asin: { arity: 1, js: ([x]) => Math.asin(x!) },
  tanh: { arity: 1, js: ([x]) => Math.tanh(x!) },
  sigmoid: { arity: 1, js: ([x]) => 1 / (1 + Math.exp(-x!)) },
  lgamma: { arity: 1, js: ([x]) => lgamma(x!) },
  pow: { arity: 2, js: ([x, y]) => Math.pow(x!, y!) },
  abs: { arity: 1, intPreserving: true, js: ([x]) => Math.abs(x!) },
  floor: { arity: 1, js: ([x]) => Math.floor(x!) },
  ceil: { arity: 1, js: ([x]) => Math.ceil(x!) },
  round: { arity: 1, js: ([x]) => roundEven(x!) },
  sign: { arity: 1, intPreserving: true, js: ([x]) => Math.sign(x!) },
  min: { arity: 2, intPreserving: true, js: ([x, y]) => Math.min(x!, y!) },
  max: { arity: 2, intPreserving: true, js: ([x, y]) => Math.max(x!, y!) },
  clamp: { arity: 3, intPreserving: true, js: ([x, lo, hi]) => Math.min(Math.max(x!, lo!), hi!) },
};

function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** log(k!) for k = 0..129 (f64): the interpreter reads it, the kernels' table holds it rounded to f32. */
export const LOG_FACTORIALS: number[] = [0];
for (let k = 1; k < 130; k++) LOG_FACTORIALS.push(LOG_FACTORIALS[k - 1]! + Math.log(k));

/** log|Γ(x)| for x > 0 in double precision (Lanczos, g = 7): the interpreter's reference. */
export function lgamma(x: number): number {
  if (!(x > 0)) return Infinity;
  if (Number.isInteger(x) && x <= 130) return LOG_FACTORIALS[x - 1]!;
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

/** The reductions the checker knows, and the other builtins that are no math function. */
export const REDUCTIONS = new Set(['sum', 'mean', 'count', 'min', 'max', 'var', 'std', 'var_pop', 'std_pop', 'any', 'all', 'presence']);
export const OTHER_BUILTINS = new Set(['float', 'int', 'kth', 'rank', 'select', 'scan', 'scan_rev', 'scan_max', 'scan_min']);

/** A builtin always wins a call: a user function of the same name would never run. */
export function isBuiltinFunction(name: string): boolean {
  return Object.hasOwn(MATH, name) || REDUCTIONS.has(name) || OTHER_BUILTINS.has(name);
}
