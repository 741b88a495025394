// The kernel IR as text (`advc explain --stage kernel`): one statement a line, each after its IR id (the `#n` a
// renderer's message names), every value with its type, and a `let` of an advc node followed by that node's id
// (the `%n` of the optimized IR and the schedule) and, where a source `let` names that node, the let.
import type { Expr, KernelModule, Place, Scalar, Stmt, ValueType } from './kernel-ir.js';
import { decimal, Renderer } from './render-base.js';

export function printKernels(m: KernelModule): string {
  return new IrPrinter(m).module();
}

class IrPrinter extends Renderer {
  protected readonly target = 'kernel IR';

  module(): string {
    const m = this.ir;
    const lines = [
      `module ${m.name} (${m.mode}${m.subgroups ? ', subgroups' : ''}): ${m.kernels.length} kernel(s)`,
      `uniforms ${m.uniforms.map((f) => `${f.name}: ${f.type}`).join(', ')}`,
      `arenas F: f32[], I: i32[]${m.hash ? `, H: ${m.mode === 'cooperative' ? 'atomic u32' : 'u32'}[]` : ''}`,
      ...m.consts.map((c) => `${c.override ? 'override' : 'const'} ${c.name}: u32 = ${c.value}`),
      ...m.shared.map((v) => `workgroup ${v.name}: ${v.length ? `${v.ty}[${v.length}]` : v.ty}`),
      ...m.tables.map((t) => `table ${t.name}: f32[${t.values.length}]  (${t.doc})`),
    ];
    for (const f of m.functions) lines.push(`fn ${f.name}(${f.params.map((p) => `${p.name}: ${p.ty}`).join(', ')}) -> ${f.ret}`, ...this.body(f));
    for (const k of m.kernels) lines.push(`kernel ${k.name}`, ...this.body(k));
    return lines.join('\n');
  }

  protected override stmt(s: Stmt, ind: string, out: string[]): void {
    const from = out.length;
    super.stmt(s, ind, out);
    const id = `#${s.id ?? '?'}`.padEnd(6);
    out[from] = id + out[from] + (s.k === 'let' && s.node !== undefined ? `   (%${s.node}${this.ir.origins?.has(s.node) ? ` ${this.ir.origins.get(s.node)}` : ''})` : '');
  }

  /** closing lines under their statements' text */
  protected override body(f: { body: Stmt[] }): string[] {
    return super.body(f).map((l) => (l.startsWith('#') ? l : ' '.repeat(6) + l));
  }

  protected lit(ty: Scalar, v: number): string {
    if (ty === 'f32') return Number.isFinite(v) ? decimal(v) : String(v);
    if (ty === 'bool') return v ? 'true' : 'false';
    return ty === 'u32' && v >= 0x10000 ? `0x${(v >>> 0).toString(16)}u` : `${v}${ty === 'u32' ? 'u' : 'i'}`;
  }

  protected uniform(name: string): string {
    return `u.${name}`;
  }

  protected neg(_ty: Scalar, a: string): string {
    return `(-${a})`;
  }

  protected bin(op: string, _ty: Scalar, a: string, b: string): string {
    return `(${a} ${op} ${b})`;
  }

  protected conv(to: Scalar, _from: Scalar, a: string): string {
    return `${to}(${a})`;
  }

  protected bitcast(to: Scalar, _from: Scalar, a: string): string {
    return `bitcast<${to}>(${a})`;
  }

  protected builtin(fn: string, _ty: Scalar, args: string[]): string | undefined {
    return this.ir.functions.some((f) => f.name === fn) ? undefined : `${fn}(${args.join(', ')})`;
  }

  protected load(p: Place, index: string): string {
    return p.region ? `${p.array}.${p.region}[${index}]` : `${p.array}[${index}]`;
  }

  protected override cooperative(e: Expr): string {
    switch (e.k) {
      case 'atomic':
        return `atomic_${e.op}(H[${this.expr(e.at.index)}]${e.args.map((a) => `, ${this.expr(a)}`).join('')})`;
      case 'subgroup':
        return `subgroup_${e.op}(${this.expr(e.a)})`;
      case 'uniformLoad':
        return `uniform_load(${e.name})`;
      case 'vec2':
        return `vec2(${this.expr(e.x)}, ${this.expr(e.y)})`;
    }
    return super.cooperative(e);
  }

  protected override barrier(scope: 'storage' | 'workgroup'): string {
    return `barrier(${scope})`;
  }

  protected decl(mut: boolean, name: string, ty: ValueType, init: string | undefined): string {
    return `${mut ? 'var' : 'let'} ${name}: ${ty}${init === undefined ? '' : ` = ${init}`}`;
  }

  protected localArray(name: string, length: number): string {
    return `local ${name}: f32[${length}]`;
  }

  protected forHead(name: string, ty: Scalar, init: string, cond: string, next: Expr): string {
    return `for ${name}: ${ty} = ${init}; ${cond}; ${name} = ${this.expr(next)}`;
  }

  protected override loopHead(): string {
    return 'loop';
  }
}
