// What the three renderers (WGSL, C, JavaScript) share: the walk over a kernel-IR module's statements and
// expressions, with a target's spelling of each operation looked up in its own table of methods (in the style of
// tinygrad's cstyle renderer). A renderer that meets an operation its target cannot express says which IR
// statement and advc node it came from.
import { add, forUp, ref, renderError, store, u32, walk, type Expr, type Fn, type KernelModule, type Place, type Scalar, type Stmt, type ValueType } from './kernel-ir.js';

export abstract class Renderer {
  protected abstract readonly target: string;
  /** the statement being rendered (for messages) */
  private at?: Stmt;

  /** `overrides`: values for the module's override constants (WGSL leaves them to the pipeline: none here) */
  constructor(
    protected ir: KernelModule,
    private overrides: Record<string, number> = {},
  ) {}

  /** A constant's value: the override given for it, else the module's own. */
  protected constValue(c: KernelModule['consts'][number]): number {
    return c.override && c.name in this.overrides ? this.overrides[c.name]! : c.value;
  }

  // ---- the target's spelling ----
  protected abstract lit(ty: Scalar, v: number): string;
  protected abstract uniform(name: string): string;
  protected abstract neg(ty: Scalar, a: string): string;
  /** a binary operation; `ty`: its operands' type */
  protected abstract bin(op: string, ty: Scalar, a: string, b: string): string;
  protected abstract conv(to: Scalar, from: Scalar, a: string): string;
  protected abstract bitcast(to: Scalar, from: Scalar, a: string): string;
  protected abstract builtin(fn: string, ty: Scalar, args: string[]): string | undefined;
  protected abstract load(p: Place, index: string): string;
  protected abstract decl(mut: boolean, name: string, ty: ValueType, init: string | undefined): string;
  protected abstract forHead(name: string, ty: Scalar, init: string, cond: string, next: Expr): string;
  protected abstract localArray(name: string, length: number): string;
  /** an operation of cooperative kernels only (atomics, subgroups, workgroup memory) */
  protected cooperative(e: Expr): string {
    throw this.fail(`${e.k} ${'op' in e ? e.op : ''} exists only in cooperative kernels`);
  }
  protected barrier(scope: 'storage' | 'workgroup'): string {
    throw this.fail(`a ${scope} barrier exists only in cooperative kernels`);
  }
  protected comment(text: string): string {
    return `// ${text}`;
  }

  protected fail(what: string) {
    return renderError(this.ir, this.target, what, this.at);
  }

  protected expr(e: Expr): string {
    switch (e.k) {
      case 'lit':
        return this.lit(e.ty, e.v);
      case 'ref':
        return e.name;
      case 'uniform':
        return this.uniform(e.name);
      case 'member':
        return e.of === 'wid' ? `wid.${e.field}` : `${this.expr(e.of)}.${e.field}`;
      case 'un':
        return e.op === '!' ? `(!${this.expr(e.a)})` : this.neg(e.ty, this.expr(e.a));
      case 'bin':
        return this.bin(e.op, e.a.ty as Scalar, this.expr(e.a), this.expr(e.b));
      case 'select':
        return this.selectOf(e);
      case 'conv':
        return e.a.ty === e.ty ? this.expr(e.a) : this.conv(e.ty, e.a.ty as Scalar, this.expr(e.a));
      case 'bitcast':
        return e.a.ty === e.ty ? this.expr(e.a) : this.bitcast(e.ty, e.a.ty as Scalar, this.expr(e.a));
      case 'call': {
        const args = e.args.map((a) => this.expr(a));
        const ty = (e.args[0]?.ty ?? 'f32') as Scalar;
        const b = this.builtin(e.fn, ty, args);
        if (b !== undefined) return b;
        if (!this.ir.functions.some((f) => f.name === e.fn)) throw this.fail(`no function ${e.fn}`);
        return `${e.fn}(${args.join(', ')})`;
      }
      case 'load':
        return this.load(e.at, this.index(e.at.index));
      default:
        return this.cooperative(e);
    }
  }

  /** An array index (a u32 expression). */
  protected index(e: Expr): string {
    return this.expr(e);
  }

  protected selectOf(e: Expr & { k: 'select' }): string {
    return this.select(this.expr(e.cond), this.expr(e.t), this.expr(e.f));
  }

  protected select(c: string, t: string, f: string): string {
    return `(${c} ? ${t} : ${f})`;
  }

  /** The statements of a body, indented. */
  protected block(body: Stmt[], ind: string, out: string[]): void {
    for (const s of body) {
      this.at = s;
      this.stmt(s, ind, out);
    }
  }

  protected stmt(s: Stmt, ind: string, out: string[]): void {
    const inner = ind + '  ';
    switch (s.k) {
      case 'let':
        out.push(ind + this.decl(s.mut, s.name, s.ty, s.value && this.expr(s.value)));
        return;
      case 'assign':
        out.push(`${ind}${s.name} = ${this.expr(s.value)};`);
        return;
      case 'store':
        out.push(`${ind}${this.load(s.at, this.index(s.at.index))} = ${this.expr(s.value)};`);
        return;
      case 'if':
        out.push(`${ind}if (${this.expr(s.cond)}) {`);
        this.block(s.then, inner, out);
        if (s.else) {
          out.push(`${ind}} else {`);
          this.block(s.else, inner, out);
        }
        out.push(`${ind}}`);
        return;
      case 'for':
        if (s.independent) out.push(...this.independentLoop().map((l) => `${ind}${l}`));
        out.push(`${ind}${this.forHead(s.name, s.ty, this.expr(s.init), this.expr(s.cond), s.next)} {`);
        this.block(s.body, inner, out);
        out.push(`${ind}}`);
        return;
      case 'loop':
        out.push(`${ind}${this.loopHead()} {`);
        this.block(s.body, inner, out);
        out.push(`${ind}}`);
        return;
      case 'block':
        out.push(`${ind}{`);
        this.block(s.body, inner, out);
        out.push(`${ind}}`);
        return;
      case 'break':
      case 'continue':
        out.push(`${ind}${s.k};`);
        return;
      case 'return':
        out.push(`${ind}return${s.value ? ' ' + this.expr(s.value) : ''};`);
        return;
      case 'barrier':
        out.push(ind + this.barrier(s.scope));
        return;
      case 'do':
        out.push(`${ind}${this.expr(s.e)};`);
        return;
      case 'comment':
        out.push(ind + this.comment(s.text));
        return;
      case 'fill':
        this.fill(s, ind, out);
        return;
      case 'local':
        out.push(ind + this.localArray(s.name, s.length));
        return;
    }
  }

  /** A fill as the loop it stands for. */
  protected fill(s: Stmt & { k: 'fill' }, ind: string, out: string[]): void {
    const i = ref('i');
    this.stmt(forUp('i', s.from, s.to, u32(1), s.bases.map((b) => store(s.array, add(b, i), s.value, s.region))), ind, out);
  }

  /** Lines before a loop whose iterations are independent (none by default). */
  protected independentLoop(): string[] {
    return [];
  }

  protected loopHead(): string {
    return 'for (;;)';
  }

  /** `name = next` as a loop update: `j++`, `j += step` or the assignment. */
  protected update(name: string, next: Expr, inc: (step: string) => string): string {
    if (next.k === 'bin' && next.op === '+' && next.a.k === 'ref' && next.a.name === name) return inc(this.expr(next.b));
    return `${name} = ${this.expr(next)}`;
  }

  /** The uniforms and arrays a function reads or writes (a CPU function reads each once, at its entry). */
  protected uses(f: { body: Stmt[] }): { uniforms: string[]; arrays: string[] } {
    const uniforms = new Set<string>();
    const arrays = new Set<string>();
    for (const x of walk(f.body)) {
      if (!('expr' in x)) continue;
      if (x.expr.k === 'uniform') uniforms.add(x.expr.name);
      if (x.place) arrays.add(x.place.region ? `${x.place.array}_${x.place.region}` : x.place.array);
    }
    return { uniforms: [...uniforms], arrays: [...arrays] };
  }

  /** The regions of the f32 and i32 arenas the kernels index, in order of first use. */
  protected regions(): { floatRegions: string[]; intRegions: string[] } {
    const F = new Set<string>();
    const I = new Set<string>();
    for (const f of [...this.ir.functions, ...this.ir.kernels])
      for (const x of walk(f.body)) if ('expr' in x && x.place?.region) (x.place.array === 'F' ? F : I).add(x.place.region);
    return { floatRegions: [...F], intRegions: [...I] };
  }

  protected body(f: Fn | { body: Stmt[] }): string[] {
    const out: string[] = [];
    this.block(f.body, '  ', out);
    this.at = undefined;
    return out;
  }
}

/** A float's shortest decimal (an integral value keeps a `.0`). */
export function decimal(v: number): string {
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(1) : String(v);
}
