// The JavaScript renderer: a serial kernel-IR module as a JavaScript module (the CPU backend without a C
// compiler), with WGSL's semantics: f32 arithmetic rounded by Math.fround after each operation, u32/i32 wrapping,
// WGSL's conversions and division rules, NaN-aware min and max as Math's.
//
// u32 values are held as their int32 bit patterns (what `| 0` gives): the engine then keeps all integer
// arithmetic in machine words. Only comparisons, division, >>, min/max and conversion to f32 read them unsigned.
import type { Expr, Fn, KernelModule, Place, Scalar, ValueType } from './kernel-ir.js';
import { Renderer } from './render-base.js';

/** The module body: run with `new Function(code)()`, it returns { bind, <entry points> }. */
export interface JsModule {
  code: string;
  floatRegions: string[];
  intRegions: string[];
  entryPoints: string[];
}

export function renderJs(m: KernelModule, overrides: Record<string, number> = {}): JsModule {
  return new JsRenderer(m, overrides).module();
}

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
  pow: (a) => `$fr(Math.pow(${a[0]}, ${a[1]}))`,
  inverseSqrt: (a) => `$fr(1 / Math.sqrt(${a[0]}))`,
  floor: (a) => `Math.floor(${a[0]})`,
  ceil: (a) => `Math.ceil(${a[0]})`,
  trunc: (a) => `Math.trunc(${a[0]})`,
  round: (a) => `$round(${a[0]})`,
};

class JsRenderer extends Renderer {
  protected readonly target = 'JavaScript';

  module(): JsModule {
    const m = this.ir;
    const { floatRegions: F, intRegions: I } = this.regions();
    const arrays = [...F.map((r) => `F_${r}`), ...I.map((r) => `I_${r}`)];
    const code = [
      PRELUDE,
      ...m.consts.map((c) => `const ${c.name} = ${this.constValue(c)};`),
      ...m.tables.map((t) => `// ${t.doc}\nconst ${t.name} = new Float32Array([${t.values.map((v) => this.lit('f32', v)).join(', ')}]);`),
      ...m.functions.map((f) => this.fn(f)),
      ...m.kernels.map((k) => this.fn({ name: k.name, params: [{ name: 'wid', ty: 'u32' }, { name: 'lane', ty: 'u32' }], ret: 'void', body: k.body })),
      `let u${m.hash ? ', $H' : ''}${arrays.map((a) => `, $${a}`).join('')};`,
      `function bind(uniforms, f, i, h) {`,
      `  u = uniforms;${m.hash ? ' $H = h;' : ''}`,
      ...F.map((r) => `  $F_${r} = f[${JSON.stringify(r)}];`),
      ...I.map((r) => `  $I_${r} = i[${JSON.stringify(r)}];`),
      `}`,
      `return { bind, ${m.kernels.map((k) => k.name).join(', ')} };`,
    ].join('\n');
    return { code, floatRegions: F, intRegions: I, entryPoints: m.kernels.map((k) => k.name) };
  }

  private fn(f: Fn): string {
    // locals, not module variables, in the loops: the engine then keeps each array's base and length at hand
    const { uniforms, arrays } = this.uses(f);
    const head = [...uniforms.map((x) => `  const u_${x} = u.${x};`), ...arrays.filter((a) => /^[FI]_/.test(a) || a === 'H').map((a) => `  const ${a} = $${a};`)];
    return [`function ${f.name}(${f.params.map((p) => p.name).join(', ')}) {`, ...head, ...this.body(f), `}`].join('\n');
  }

  protected lit(ty: Scalar, v: number): string {
    if (ty === 'bool') return v ? 'true' : 'false';
    // u32 values are held as their int32 bit patterns
    return num(ty === 'f32' ? Math.fround(v) : v | 0);
  }

  protected uniform(name: string): string {
    return `u_${name}`;
  }

  protected neg(ty: Scalar, a: string): string {
    return ty === 'f32' ? `(-${a})` : `(-${a} | 0)`;
  }

  protected bin(op: string, ty: Scalar, a: string, b: string): string {
    if (op === '==' || op === '!=') return `(${a} ${op}= ${b})`;
    if (op === '&&' || op === '||') return `(${a} ${op} ${b})`;
    // u32 bit patterns compare as unsigned numbers
    if (['<', '<=', '>', '>='].includes(op)) return ty === 'u32' ? `(${a} >>> 0 ${op} ${b} >>> 0)` : `(${a} ${op} ${b})`;
    if (op === '<<' || op === '>>') return ty === 'u32' && op === '>>' ? `(${a} >>> ${b} | 0)` : `(${a} ${op} ${b})`;
    if (ty === 'f32' && '+-*/%'.includes(op)) return `$fr(${a} ${op} ${b})`;
    const u = ty === 'u32' ? 'u' : 'i';
    const int: Record<string, string> = { '+': `(${a} + ${b} | 0)`, '-': `(${a} - ${b} | 0)`, '*': `Math.imul(${a}, ${b})`, '/': `$${u}div(${a}, ${b})`, '%': `$${u}mod(${a}, ${b})`, '&': `(${a} & ${b})`, '|': `(${a} | ${b})`, '^': `(${a} ^ ${b})` };
    if (ty === 'bool' || !int[op]) throw this.fail(`operator ${op} on ${ty}`);
    return int[op]!;
  }

  protected conv(to: Scalar, from: Scalar, a: string): string {
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

  protected builtin(name: string, ty: Scalar, args: string[]): string | undefined {
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

  protected load(p: Place, index: string): string {
    return p.region ? `${p.array}_${p.region}[${index}]` : `${p.array}[${index}]`;
  }

  protected decl(mut: boolean, name: string, ty: ValueType, init: string | undefined): string {
    return `${mut ? 'let' : 'const'} ${name} = ${init ?? (ty === 'bool' ? 'false' : '0')};`;
  }

  protected localArray(name: string, length: number): string {
    return `const ${name} = new Float32Array(${length});`;
  }

  protected forHead(name: string, _ty: Scalar, init: string, cond: string, next: Expr): string {
    return `for (let ${name} = ${init}; ${cond}; ${name} = ${this.expr(next)})`;
  }
}

/** A JavaScript numeric literal (parenthesized when negative). */
function num(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  return v < 0 ? `(${v})` : String(v);
}
