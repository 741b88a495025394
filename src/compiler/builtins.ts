// Math builtins: arity, how each is written in WGSL, and how the interpreter evaluates it (f64, then
// rounded to f32 by the caller).

export interface MathBuiltin {
  arity: number;
  /** result is i32 when every argument is i32 (min, max, abs, clamp) */
  intPreserving?: boolean;
  wgsl: (a: string[]) => string;
  /** WGSL helper function(s) the expression calls, emitted once per module */
  helper?: string;
  js: (a: number[]) => number;
}

const f = (name: string) => (a: string[]) => `${name}(${a.join(', ')})`;

export const MATH: Record<string, MathBuiltin> = {
  exp: { arity: 1, wgsl: f('exp'), js: ([x]) => Math.exp(x!) },
  log: { arity: 1, wgsl: f('log'), js: ([x]) => Math.log(x!) },
  log2: { arity: 1, wgsl: f('log2'), js: ([x]) => Math.log2(x!) },
  sqrt: { arity: 1, wgsl: f('sqrt'), js: ([x]) => Math.sqrt(x!) },
  rsqrt: { arity: 1, wgsl: f('inverseSqrt'), js: ([x]) => 1 / Math.sqrt(x!) },
  asin: { arity: 1, wgsl: f('adv_asin'), js: ([x]) => Math.asin(x!), helper: '' },
  tanh: { arity: 1, wgsl: f('tanh'), js: ([x]) => Math.tanh(x!) },
  sigmoid: { arity: 1, wgsl: (a) => `(1.0 / (1.0 + exp(-(${a[0]}))))`, js: ([x]) => 1 / (1 + Math.exp(-x!)) },
  lgamma: { arity: 1, wgsl: f('adv_lgamma'), js: ([x]) => lgamma(x!), helper: '' },
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

/** log(k!) for k = 0..129 (f64): the interpreter reads it, the WGSL table holds it rounded to f32. */
const LOG_FACTORIALS: number[] = [0];
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

/**
 * lgamma in f32 WGSL, loop-free (loops in inlined helpers multiply shader compile time). Below 8, x = n + t with
 * t in [0, 1): lgamma(2 + t) = t P(t) (a degree-8 polynomial fitted on [0, 1], error 1e-10), then the recurrence
 * Γ(x + 1) = x Γ(x) up or down as one log of a product; from 8 on, Stirling's series. Absolute error below
 * 5e-7 on (0.001, 8], relative about 1e-7 above.
 */
const WGSL_LGAMMA = `
// log(k!) for k = 0..129, correctly rounded: counts (Fisher's test) hit this table exactly
var<private> ADV_LOG_FACTORIAL: array<f32, 130> = array<f32, 130>(${LOG_FACTORIALS.map((v) => Math.fround(v))
  .map((v) => (Number.isInteger(v) ? v.toFixed(1) : String(v)))
  .join(', ')});

fn adv_lgamma(x: f32) -> f32 {
  if (x >= 1.0 && x <= 130.0 && x == floor(x)) { return ADV_LOG_FACTORIAL[u32(x) - 1u]; }
  let n = floor(x);
  let t = x - n;
  let p = t * ((((((((-4.0540482615e-05 * t + 2.7712747748e-04) * t - 1.0005071002e-03) * t + 2.7899825032e-03) * t
    - 7.3533698776e-03) * t + 2.0574887428e-02) * t - 6.7351748141e-02) * t + 3.2246701344e-01) * t + 4.2278433521e-01);
  var up = 1.0;
  for (var j = 2.0; j < 8.0; j += 1.0) { up = up * select(1.0, j + t, j < n); }
  let down = select(1.0, select(1.0 + t, t * (1.0 + t), n < 1.0), n < 2.0);
  let small = p + log(up / down);
  let ix = 1.0 / x;
  let ix2 = ix * ix;
  let series = ix * (0.083333333333 - ix2 * (0.0027777777778 - ix2 * (0.00079365079365 - ix2 * 0.00059523809524)));
  let large = (x - 0.5) * log(x) - x + 0.91893853320467 + series;
  // poles and non-positive inputs give +inf
  return select(adv_bits(0x7f800000u), select(large, small, x < 8.0), x > 0.0);
}
`;

/**
 * asin in f32 WGSL: the builtin may be off by 4e-4 (WGSL allows 4096 ulp). |x| <= 0.5: x + x z Q(z), z = x^2
 * (Q fitted on [0, 0.25], error 1e-8); above, asin x = pi/2 - 2 asin(sqrt((1 - x) / 2)).
 */
const WGSL_ASIN = `
fn adv_asin(x0: f32) -> f32 {
  let a = min(abs(x0), 1.0);
  let big = a > 0.5;
  let s = select(a, sqrt((1.0 - a) * 0.5), big);
  let z = s * s;
  let r = s + s * z * ((((0.037773864697 * z + 0.026725674177) * z + 0.044970556333) * z + 0.074990520333) * z + 0.16666669496);
  let v = select(r, 1.5707963267948966 - 2.0 * r, big);
  return select(v, -v, x0 < 0.0);
}
`;

MATH.lgamma!.helper = WGSL_LGAMMA;
MATH.asin!.helper = WGSL_ASIN;
