// The CPU backend: the serial WGSL (one invocation per group: no barriers, atomics or subgroups) translated into
// a JavaScript module. Translating the kernels, instead of generating JavaScript from the schedule a second
// time, keeps one code generator: the CPU runs the very statements a GPU runs, with WGSL's semantics (f32
// arithmetic rounded by Math.fround, u32/i32 wrapping, WGSL's conversions and division rules).
//
// u32 values are held as their int32 bit patterns (what `| 0` gives): the engine then keeps all integer
// arithmetic in machine words. Only comparisons, division, >>, min/max and conversion to f32 read them unsigned.
import { parseWgsl, WgslTranslateError, type Scalar, type Ty } from './wgsl-subset.js';
import { KernelTranslator, type KernelModule } from './wgsl-translate.js';

export { WgslTranslateError };

/** Runtime helpers of the generated module: WGSL's conversions and integer division, and f32 bit casts. */
const PRELUDE = `"use strict";
const $cell = new ArrayBuffer(4), $f = new Float32Array($cell), $w = new Int32Array($cell);
const $fr = Math.fround;
function $f32bits(x) { $w[0] = x; return $f[0]; }
function $bitsf32(x) { $f[0] = x; return $w[0]; }
// WGSL: an integer divided by 0 is the dividend, and its remainder 0 (so is i32 min / -1 and its remainder)
function $udiv(a, b) { return b === 0 ? a : ((a >>> 0) / (b >>> 0)) | 0; }
function $umod(a, b) { return b === 0 ? 0 : ((a >>> 0) % (b >>> 0)) | 0; }
function $umin(a, b) { return (a >>> 0) < (b >>> 0) ? a : b; }
function $umax(a, b) { return (a >>> 0) > (b >>> 0) ? a : b; }
function $idiv(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? a : (a / b) | 0; }
function $imod(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? 0 : (a % b) | 0; }
// WGSL: float to integer truncates toward zero, saturating; NaN gives 0
function $u32f(x) { return x > 0 ? (x < 4294967296 ? (x >>> 0) | 0 : -1) : 0; }
function $i32f(x) { return x >= 2147483647 ? 2147483647 : x <= -2147483648 ? -2147483648 : x | 0; }
// WGSL's round: halves to even
function $round(x) { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; }
`;

const MATH_F32: Record<string, (a: string[]) => string> = {
  sqrt: (a) => `$fr(Math.sqrt(${a[0]}))`,
  exp: (a) => `$fr(Math.exp(${a[0]}))`,
  log: (a) => `$fr(Math.log(${a[0]}))`,
  log2: (a) => `$fr(Math.log2(${a[0]}))`,
  tanh: (a) => `$fr(Math.tanh(${a[0]}))`,
  sin: (a) => `$fr(Math.sin(${a[0]}))`,
  cos: (a) => `$fr(Math.cos(${a[0]}))`,
  pow: (a) => `$fr(Math.pow(${a[0]}, ${a[1]}))`,
  inverseSqrt: (a) => `$fr(1 / Math.sqrt(${a[0]}))`,
  floor: (a) => `Math.floor(${a[0]})`,
  ceil: (a) => `Math.ceil(${a[0]})`,
  trunc: (a) => `Math.trunc(${a[0]})`,
  round: (a) => `$round(${a[0]})`,
};

/** The module body: run with `new Function(code)()`, it returns { bind, <entry points> }. */
export type JsModule = KernelModule;

/**
 * Translates a serial WGSL module. `overrides`: values of its override constants (the CPU runs one group per
 * call, so LANES is 1).
 */
export function wgslToJs(wgsl: string, overrides: Record<string, number> = {}): JsModule {
  return new JsTranslator(parseWgsl(wgsl), overrides).module();
}

class JsTranslator extends KernelTranslator {
  // a large kernel exhausts V8's own inlining budget: small helpers are written in place
  protected readonly inlines = true;

  module(): JsModule {
    const { parts, entries } = this.body();
    const F = [...this.regions.F];
    const I = [...this.regions.I];
    const arrays = [...F.map((r) => `F_${r}`), ...I.map((r) => `I_${r}`)];
    const H = this.m.bindings.has('H');
    const code = [
      PRELUDE,
      ...parts,
      `let u${H ? ', $H' : ''}${arrays.map((a) => `, $${a}`).join('')};`,
      `function bind(uniforms, f, i, h) {`,
      `  u = uniforms;${H ? ' $H = h;' : ''}`,
      ...F.map((r) => `  $F_${r} = f[${JSON.stringify(r)}];`),
      ...I.map((r) => `  $I_${r} = i[${JSON.stringify(r)}];`),
      `}`,
      `return { bind, ${entries.join(', ')} };`,
    ].join('\n');
    return { code, floatRegions: F, intRegions: I, entryPoints: entries };
  }

  protected literal(v: number, ty: Ty): string {
    // u32 values are held as their int32 bit patterns
    return num(ty === 'u32' || ty === 'i32' ? v | 0 : v);
  }

  protected negate(a: string, ty: Scalar): string {
    return ty === 'f32' ? `(-${a})` : `(-${a} | 0)`;
  }

  protected arith(op: string, ty: Scalar, a: string, b: string): string | undefined {
    if (ty === 'f32') return '+-*/%'.includes(op) ? `$fr(${a} ${op} ${b})` : undefined;
    const u = ty === 'u32' ? 'u' : 'i';
    const int: Record<string, string> = { '+': `(${a} + ${b} | 0)`, '-': `(${a} - ${b} | 0)`, '*': `Math.imul(${a}, ${b})`, '/': `$${u}div(${a}, ${b})`, '%': `$${u}mod(${a}, ${b})`, '&': `(${a} & ${b})`, '|': `(${a} | ${b})`, '^': `(${a} ^ ${b})` };
    return ty === 'bool' ? undefined : int[op];
  }

  protected compare(op: string, ty: Ty, a: string, b: string): string {
    if (op === '==' || op === '!=') return `(${a} ${op}= ${b})`;
    // u32 bit patterns compare as unsigned numbers
    return ty === 'u32' ? `(${a} >>> 0 ${op} ${b} >>> 0)` : `(${a} ${op} ${b})`;
  }

  protected shift(op: '<<' | '>>', ty: Ty, a: string, b: string): string {
    return ty === 'u32' && op === '>>' ? `(${a} >>> ${b} | 0)` : `(${a} ${op} ${b})`;
  }

  protected convert(to: Scalar, from: Scalar, a: string): string {
    if (from === 'bool') return `(${a} ? 1 : 0)`;
    if (to === 'f32') return `$fr(${a}${from === 'u32' ? ' >>> 0' : ''})`;
    if (from !== 'f32') return a; // u32 <-> i32: the same bits
    // f32 to u32 inline when the value is a name (the common case: counts read back from floats)
    if (to === 'u32') return /^[\w$]+$/.test(a) ? `(${a} > 0 ? (${a} < 4294967296 ? ${a} >>> 0 | 0 : -1) : 0)` : `$u32f(${a})`;
    return `$i32f(${a})`;
  }

  protected bitcast(to: Scalar, from: Scalar, a: string): string {
    return to === 'f32' ? `$f32bits(${a})` : from === 'f32' ? `$bitsf32(${a})` : a;
  }

  protected builtin(name: string, ty: Ty, args: string[]): string | undefined {
    const [a, b, c] = args;
    switch (name) {
      case 'min':
      case 'max':
        return ty === 'u32' ? `$u${name}(${a}, ${b})` : `Math.${name}(${a}, ${b})`;
      case 'clamp':
        return ty === 'u32' ? `$umin($umax(${a}, ${b}), ${c})` : `Math.min(Math.max(${a}, ${b}), ${c})`;
      case 'abs':
        return ty === 'i32' ? `(Math.abs(${a}) | 0)` : ty === 'u32' ? a : `Math.abs(${a})`;
      case 'sign':
        return `Math.sign(${a})`;
    }
    return MATH_F32[name]?.(args);
  }

  protected declare(mut: boolean, name: string, _ty: Ty, init: string): string {
    return `${mut ? 'let' : 'const'} ${name} = ${init};`;
  }

  protected table(name: string, el: Scalar, values: string[]): string {
    return `const ${name} = new ${el === 'f32' ? 'Float32Array' : 'Int32Array'}([${values.join(', ')}]);`;
  }

  protected functionText(name: string, params: { name: string }[], _ret: Ty, lines: string[]): string {
    // locals, not module variables, in the loops: the engine then keeps each array's base and length at hand
    const head = [...[...this.used].map((x) => `  const u_${x} = u.${x};`), ...[...this.arrays].map((a) => `  const ${a} = $${a};`)];
    return [`function ${name}(${params.map((p) => p.name).join(', ')}) {`, ...head, ...lines, `}`].join('\n');
  }
}

/** A JavaScript numeric literal (parenthesized when negative). */
function num(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  return v < 0 ? `(${v})` : String(v);
}
