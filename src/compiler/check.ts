// The checker: resolves names, infers types and domains, inlines functions, and elaborates an estimator into
// IR. Every user error stops here, with a span; checking goes on after an error to report the next one.
import type { EstimatorDecl, Expr, FnDecl, Span, Stmt } from '../grammar/ast.js';
import { MATH, OTHER_BUILTINS, REDUCTIONS } from './builtins.js';
import { closest, diagAt, nearest, type Diagnostic } from './diagnostics.js';
import {
  coarserOrEqual,
  defaultReductionTarget,
  domainLabel,
  isKey,
  join,
  type Domain,
  type ScalarType,
} from './domains.js';
import type { Declarations } from './declarations.js';
import { inputField, inputNames } from './input-fields.js';
import { MAX_CALL_DEPTH, MAX_VALUE_DEPTH } from './limits.js';
import { fitsFloat32, INT32_MAX, valueRangeProblem } from './value-range.js';
import { lowerMoment, type MomentName } from './moments.js';
import { Records } from './records.js';
import { Graph, reachable, type KeyInfo, type OutputInfo, type ParamInfo, type Program } from './ir.js';

const RESERVED_OUTPUTS = new Set(['advantages', 'returns']);
const TYPE_NAMES: Record<string, ScalarType> = { float: 'f32', int: 'i32', bool: 'bool' };

/** A checked value: an IR node id, or POISON after an error (suppresses follow-on errors). */
const POISON = -1;
type Val = number;

interface Scope {
  vars: Map<string, Val>;
  keys: Map<string, KeyInfo>;
}

export interface CheckedEstimator {
  program: Program;
  /** typed bindings in source order, for `advc explain` */
  bindings: { name: string; type: ScalarType; domain: Domain; span: Span }[];
}

export function checkEstimator(
  decls: Declarations,
  name: string,
  diags: Diagnostic[],
  overrides: Map<string, { value: Expr; span: Span }> = new Map(),
  aliasName?: string,
): CheckedEstimator | undefined {
  const decl = decls.estimators.get(name);
  if (!decl) return undefined;
  if (decl.k === 'alias') {
    if (!decls.estimators.has(decl.base)) {
      const hint = closest(decl.base, decls.estimators.keys());
      diags.push(diagAt(decl.baseSpan, `unknown estimator '${decl.base}'`, hint && `did you mean '${hint}'?`));
      return undefined;
    }
    const merged = new Map(overrides);
    for (const a of decl.args) if (!merged.has(a.name)) merged.set(a.name, { value: a.value, span: a.span });
    return checkEstimator(decls, decl.base, diags, merged, aliasName ?? decl.name);
  }
  return new Checker(decls, diags).estimator(decl, overrides, aliasName ?? decl.name);
}

class Checker {
  private g = new Graph();
  private inputs = new Set<string>();
  private callStack: string[] = [];
  /** the domain of a call `f[d](...)`: the target of the reductions in f's body that name none */
  private callTarget: Domain | undefined;
  private foldVars = 0;
  private bindings: CheckedEstimator['bindings'] = [];
  private names: Record<number, string> = {};
  private records = new Records();
  private position?: KeyInfo;
  /** depth of each IR node in the dataflow graph (filled up to the graph's end on demand) */
  private depths: number[] = [];
  /** every key domain declared, by unique internal name (a key declared in a function gets one per call) */
  private allKeys: KeyInfo[] = [];

  constructor(
    private decls: Declarations,
    private diags: Diagnostic[],
  ) {}

  private err(span: Span, message: string, hint?: string): Val {
    this.diags.push(diagAt(span, message, hint));
    return POISON;
  }

  private type(v: Val): ScalarType {
    return this.g.get(v).type;
  }
  private dom(v: Val): Domain {
    return this.g.get(v).domain;
  }

  estimator(decl: EstimatorDecl, overrides: Map<string, { value: Expr; span: Span }>, name: string): CheckedEstimator | undefined {
    const before = this.diags.length;
    const params: ParamInfo[] = [];
    const scope: Scope = { vars: new Map(), keys: new Map() };
    for (const p of decl.params) {
      let type: ScalarType | undefined = p.type ? TYPE_NAMES[p.type] : undefined;
      if (p.type && !type) {
        this.err(p.typeSpan!, `unknown parameter type '${p.type}'`, 'use float, int or bool');
        continue;
      }
      const ov = overrides.get(p.name);
      const value = this.constant(ov?.value ?? p.def);
      if (value === undefined) continue;
      type ??= value.type === 'bool' ? 'bool' : 'f32';
      if ((type === 'bool') !== (value.type === 'bool')) {
        this.err((ov?.value ?? p.def).span, `default of '${p.name}' must be ${type === 'bool' ? 'true or false' : 'a number'}`);
        continue;
      }
      const problem = valueRangeProblem(type, value.value);
      if (problem) {
        this.err((ov?.value ?? p.def).span, `parameter '${p.name}' ${problem}`);
        continue;
      }
      params.push({ name: p.name, type, default: value.value });
      scope.vars.set(p.name, this.g.add('param', type, 'batch', [], { name: p.name }));
    }
    for (const [k, ov] of overrides)
      if (!decl.params.some((p) => p.name === k)) {
        const hint = closest(k, decl.params.map((p) => p.name));
        this.err(ov.span, `estimator '${decl.name}' has no parameter '${k}'`, hint && `did you mean '${hint}'?`);
      }

    const outputs: OutputInfo[] = [];
    for (const s of decl.body) this.statement(s, scope, outputs);
    const adv = outputs.find((o) => o.name === 'advantages');
    if (!adv && this.diags.length === before)
      this.err(decl.nameSpan, `estimator '${decl.name}' never assigns 'advantages'`, 'add a line such as `advantages = ...`');
    if (this.diags.length > before) return undefined;
    if (!outputs.some((o) => o.name === 'returns')) outputs.splice(1, 0, { name: 'returns', node: adv!.node });
    // advantages first, returns second, then diagnostics in source order
    outputs.sort((a, b) => rankOutput(a.name) - rankOutput(b.name));
    return {
      program: {
        name,
        params,
        inputs: [...this.inputs].sort(),
        declaredInputs: [...this.inputs].sort().flatMap((i) => this.decls.inputs.get(i) ?? []),
        keys: this.allKeys,
        outputs,
        nodes: this.g.nodes,
        names: this.names,
      },
      bindings: this.bindings,
    };
  }

  private constant(e: Expr): { type: ScalarType; value: number } | undefined {
    if (e.k === 'num') return { type: e.isInt ? 'i32' : 'f32', value: e.value };
    if (e.k === 'bool') return { type: 'bool', value: e.value ? 1 : 0 };
    if (e.k === 'un' && e.op === '-' && e.e.k === 'num') return { type: 'f32', value: -e.e.value };
    this.err(e.span, 'a parameter default must be a literal number or true/false');
    return undefined;
  }

  /** The value, or an error when it sits deeper in the dataflow graph than MAX_VALUE_DEPTH. */
  private bounded(v: Val, span: Span): Val {
    // a record's fields are nodes bounded as they were built; the record itself is no node
    if (v === POISON || this.records.has(v)) return v;
    const nodes = this.g.nodes;
    for (let i = this.depths.length; i < nodes.length; i++) {
      let d = 0;
      for (const a of nodes[i]!.args) d = Math.max(d, this.depths[a]!);
      this.depths.push(d + 1);
    }
    if (this.depths[v]! <= MAX_VALUE_DEPTH) return v;
    return this.err(span, `value nested too deep: computed through more than ${MAX_VALUE_DEPTH} operations in a row`, 'shorten the chain of lets or function calls that builds it');
  }

  private statement(s: Stmt, scope: Scope, outputs: OutputInfo[]): void {
    if (s.k === 'let') {
      if (scope.vars.has(s.name) && this.callStack.length === 0 && this.shadowsParam(s.name))
        this.err(s.nameSpan, `'${s.name}' is a parameter of this estimator; choose another name`);
      const v = this.bounded(this.value(s.e, scope), s.span);
      scope.vars.set(s.name, v);
      if (v !== POISON && !this.records.has(v) && this.callStack.length === 0) {
        this.bindings.push({ name: s.name, type: this.type(v), domain: this.dom(v), span: s.span });
        this.names[v] ??= s.name;
      }
      return;
    }
    if (s.k === 'key') {
      const v = this.expr(s.e, scope);
      if (v === POISON) return;
      if (this.type(v) !== 'i32') {
        this.err(s.e.span, `a key must be an integer expression, found ${tn(this.type(v))}`, 'use token ids, or int(...) of a hash');
        return;
      }
      if (!coarserOrEqual(this.dom(v), 'token')) {
        this.err(s.e.span, `a key is computed per token; this expression lives in ${domainLabel(this.dom(v))}`);
        return;
      }
      const node = this.lift(v, 'token');
      const unique = this.allKeys.some((k) => k.name === s.name) ? `${s.name}_${this.allKeys.length}` : s.name;
      const info = { name: unique, node };
      this.allKeys.push(info);
      scope.keys.set(s.name, info);
      // The name also stands for the key's value in its own domain (the key id itself).
      scope.vars.set(s.name, this.g.add('reduce', 'i32', `key:${unique}`, [node], { op: 'max' }));
      if (this.callStack.length === 0) this.bindings.push({ name: s.name, type: 'i32', domain: `key:${unique}`, span: s.span });
      return;
    }
    // output
    if (!s.explicit && !RESERVED_OUTPUTS.has(s.name)) {
      this.err(
        s.nameSpan,
        `'${s.name} = ...' assigns an output, but only 'advantages' and 'returns' are outputs`,
        `write 'let ${s.name} = ...' for a value, or 'output ${s.name} = ...' for a diagnostic output`,
      );
      return;
    }
    if (outputs.some((o) => o.name === s.name)) {
      this.err(s.nameSpan, `output '${s.name}' is assigned twice`);
      return;
    }
    let v = this.bounded(this.expr(s.e, scope), s.span);
    if (v === POISON) return;
    if (this.type(v) === 'bool') {
      this.err(s.e.span, `output '${s.name}' must be a number, found a bool`, 'use `if c then 1.0 else 0.0`');
      return;
    }
    v = this.toF32(v);
    const d = this.dom(v);
    const target: Domain = d === 'token' || isKey(d) ? 'token' : 'rollout';
    if (RESERVED_OUTPUTS.has(s.name) && target !== 'token') v = this.lift(v, 'token');
    else v = this.lift(v, target);
    outputs.push({ name: s.name, node: v });
  }

  /** The per-position domain: a group's valid tokens at the same t, across its rollouts (a key on t, made once). */
  private positionKey(): KeyInfo {
    const name = this.allKeys.some((x) => x.name === 'position') ? `position_${this.allKeys.length}` : 'position';
    return (this.position ??= this.allKeys[this.allKeys.push({ name, node: this.g.add('pos', 'i32', 'token', [], {}) }) - 1]!);
  }

  private shadowsParam(name: string): boolean {
    const v = this.g.nodes.find((n) => n.op === 'param' && n.attrs.name === name);
    return v !== undefined;
  }

  /** Makes a value live in a finer domain (broadcast is implicit in the IR; only token needs a marker node). */
  private lift(v: Val, d: Domain): Val {
    if (this.dom(v) === d) return v;
    // Broadcasting is a pure re-indexing; represent it as a cast to the same type in the finer domain.
    return this.g.add('cast', this.type(v), d, [v], {});
  }

  private toF32(v: Val): Val {
    if (v === POISON || this.type(v) === 'f32') return v;
    return this.g.add('cast', 'f32', this.dom(v), [v], {});
  }

  private constNode(value: number, type: ScalarType): Val {
    return this.g.add('const', type, 'batch', [], { value: type === 'f32' ? Math.fround(value) : value });
  }

  /** A scalar expression: a record here is an error. */
  expr(e: Expr, scope: Scope): Val {
    const v = this.value(e, scope);
    if (!this.records.has(v)) return v;
    return this.err(e.span, `this is a record of ${this.records.fields(v).join(', ')}, not a number`, `pick a field, e.g. x.${this.records.fields(v)[0]}`);
  }

  /** A scalar or a record (what a let binds and a function returns). */
  private value(e: Expr, scope: Scope): Val {
    switch (e.k) {
      case 'record': {
        const fields = new Map<string, Val>();
        for (const f of e.fields) {
          if (fields.has(f.name)) return this.err(f.span, `field '${f.name}' appears twice in this record`);
          fields.set(f.name, this.value(f.e, scope));
        }
        return [...fields.values()].includes(POISON) ? POISON : this.records.add(fields);
      }
      case 'field': {
        const r = this.value(e.e, scope);
        if (r === POISON) return r;
        if (!this.records.has(r)) return this.err(e.nameSpan, `'.${e.name}' picks a field of a record, but this is a number`);
        const v = this.records.get(r, e.name);
        if (v !== undefined) return v;
        const hint = closest(e.name, this.records.fields(r));
        return this.err(e.nameSpan, `the record has no field '${e.name}'`, hint ? `did you mean '${hint}'?` : `fields: ${this.records.fields(r).join(', ')}`);
      }
      case 'num':
        if (e.isInt && e.value > INT32_MAX) return this.err(e.span, `integer ${e.value} does not fit in int32`, `write ${e.value}.0 for a float`);
        if (!e.isInt && !fitsFloat32(e.value)) return this.err(e.span, `${e.value} overflows float32 (its largest value is about 3.4e38)`);
        return this.constNode(e.value, e.isInt ? 'i32' : 'f32');
      case 'bool':
        return this.constNode(e.value ? 1 : 0, 'bool');
      case 'name':
        return this.name(e.name, e.span, scope);
      case 'un': {
        const v = this.expr(e.e, scope);
        if (v === POISON) return v;
        if (e.op === 'not') {
          if (this.type(v) !== 'bool') return this.err(e.span, `'not' needs a bool, found ${tn(this.type(v))}`);
          return this.g.add('un', 'bool', this.dom(v), [v], { op: 'not' });
        }
        if (this.type(v) === 'bool') return this.err(e.span, `cannot negate a bool`, "use 'not'");
        return this.g.add('un', this.type(v), this.dom(v), [v], { op: 'neg' });
      }
      case 'bin':
        return this.binary(e.op, this.expr(e.l, scope), this.expr(e.r, scope), e);
      case 'if': {
        const c = this.expr(e.c, scope);
        const t = this.expr(e.t, scope);
        const f = this.expr(e.e, scope);
        if (c === POISON || t === POISON || f === POISON) return POISON;
        if (this.type(c) !== 'bool')
          return this.err(e.c.span, `the condition of 'if' must be a bool, found ${tn(this.type(c))}`, 'compare it, e.g. `x > 0`');
        const [a, b] = this.unify(t, f, e.span);
        if (a === POISON) return POISON;
        const d = join(this.dom(c), join(this.dom(a), this.dom(b)));
        return this.g.add('select', this.type(a), d, [c, a, b], {});
      }
      case 'shift': {
        const v = this.expr(e.e, scope);
        if (v === POISON) return v;
        if (!coarserOrEqual(this.dom(v), 'token'))
          return this.err(e.span, `x[t+k] reads a neighbouring token, but this value lives in ${domainLabel(this.dom(v))}`);
        // a per-rollout or per-key value is read at the neighbouring token too (0 past the row's ends)
        return this.g.add('shift', this.type(v), 'token', [this.lift(v, 'token')], { offset: e.offset });
      }
      case 'fold':
        return this.fold(e, scope);
      case 'call':
        return this.call(e, scope);
    }
  }

  private name(name: string, span: Span, scope: Scope): Val {
    const v = scope.vars.get(name);
    if (v !== undefined) return v;
    const input = inputField(name) ?? this.decls.inputs.get(name);
    if (input) {
      this.inputs.add(input.name);
      return this.g.add('input', input.type === 'int' ? 'i32' : 'f32', input.domain, [], { name: input.name });
    }
    if (name === 't') return this.g.add('pos', 'i32', 'token', [], {});
    if (name === 'length') {
      this.inputs.add('response_mask');
      return this.g.add('reduce', 'f32', 'rollout', [this.g.add('pos', 'i32', 'token', [], {})], { op: 'count' });
    }
    if (this.decls.fns.has(name) || MATH[name] || REDUCTIONS.has(name))
      return this.err(span, `'${name}' is a function: call it with arguments, e.g. ${name}(x)`);
    const known = [...scope.vars.keys(), ...inputNames(), ...this.decls.inputs.keys(), 't', 'length'];
    const hint = closest(name, known);
    return this.err(span, `unknown name '${name}'`, hint ? `did you mean '${hint}'?` : undefined);
  }

  private unify(a: Val, b: Val, span: Span): [Val, Val] {
    const ta = this.type(a);
    const tb = this.type(b);
    if (ta === tb) return [a, b];
    if (ta === 'bool' || tb === 'bool') {
      this.err(span, `cannot mix a bool with a number here (${tn(ta)} and ${tn(tb)})`);
      return [POISON, POISON];
    }
    return [this.toF32(a), this.toF32(b)];
  }

  private binary(op: string, l: Val, r: Val, e: Expr & { k: 'bin' }): Val {
    if (l === POISON || r === POISON) return POISON;
    const d = join(this.dom(l), this.dom(r));
    const tl = this.type(l);
    const tr = this.type(r);
    if (op === 'and' || op === 'or') {
      if (tl !== 'bool' || tr !== 'bool')
        return this.err(e.span, `'${op}' needs two bools, found ${tn(tl)} and ${tn(tr)}`, 'compare numbers first, e.g. `x > 0`');
      return this.g.add('bin', 'bool', d, [l, r], { op });
    }
    if (['<', '<=', '>', '>=', '==', '!='].includes(op)) {
      if ((tl === 'bool' || tr === 'bool') && !(tl === tr && (op === '==' || op === '!=')))
        return this.err(e.span, `cannot compare ${tn(tl)} with ${tn(tr)} using '${op}'`);
      const [a, b] = this.unify(l, r, e.span);
      return this.g.add('bin', 'bool', d, [a, b], { op });
    }
    if (tl === 'bool' || tr === 'bool')
      return this.err(e.span, `arithmetic '${op}' on a bool`, 'turn it into a number with `if c then 1.0 else 0.0`');
    if (op === '/' && isZeroLiteral(e.r)) return this.err(e.r.span, 'division by zero', 'the result would be an infinity or NaN');
    if (op === '/' || op === '**') {
      const a = this.toF32(l);
      const b = this.toF32(r);
      if (op === '**') return this.g.add('call', 'f32', d, [a, b], { fn: 'pow' });
      return this.g.add('bin', 'f32', d, [a, b], { op });
    }
    const [a, b] = this.unify(l, r, e.span);
    const rn = this.g.get(b);
    if (op === '%' && this.type(a) === 'i32' && rn.op === 'const' && rn.attrs.value === 0)
      return this.err(e.r.span, 'integer remainder by zero');
    return this.g.add('bin', this.type(a), d, [a, b], { op });
  }

  private fold(e: Expr & { k: 'fold' }, scope: Scope): Val {
    if (!['sum', 'min', 'max', 'prod'].includes(e.op))
      return this.err(e.span, `unknown fold '${e.op}'`, 'use sum, prod, min or max');
    const lo = this.expr(e.lo, scope);
    const hi = this.expr(e.hi, scope);
    if (lo === POISON || hi === POISON) return POISON;
    for (const [v, x] of [
      [lo, e.lo],
      [hi, e.hi],
    ] as const)
      if (this.type(v) !== 'i32')
        return this.err(x.span, `fold bounds must be integers, found ${tn(this.type(v))}`, 'convert with int(...)');
    const vid = this.foldVars++;
    const kd = join(this.dom(lo), this.dom(hi));
    const k = this.g.add('foldvar', 'i32', kd, [], { v: vid });
    const inner: Scope = { vars: new Map(scope.vars), keys: scope.keys };
    inner.vars.set(e.v, k);
    let body = this.expr(e.body, inner);
    if (body === POISON) return POISON;
    if (this.type(body) === 'bool') return this.err(e.body.span, 'a fold adds up numbers, found a bool');
    body = this.toF32(body);
    const d = join(kd, this.dom(body));
    return this.g.add('fold', 'f32', d, [lo, hi, body], { op: e.op as 'sum', v: vid, at: `${e.span.file}:${e.span.line}:${e.span.col}` });
  }

  private call(e: Expr & { k: 'call' }, scope: Scope): Val {
    const { name } = e;
    if (name === 'kth') return this.selection(e, scope);
    if (name === 'rank') return this.ranking(e, scope);
    if (REDUCTIONS.has(name) && !(MATH[name] && e.args.length === MATH[name]!.arity && !e.domain))
      return this.reduction(e, scope);
    const fn = this.decls.fns.get(name);
    if (e.domain && !fn) return this.err(e.domain.span, `'${name}' is not a reduction; only reductions and functions take a [domain]`);
    const args = e.args.map((a) => this.expr(a, scope));
    if (args.includes(POISON)) return POISON;
    if (fn) return this.inlineAt(fn, args, e, scope);
    const arity = (n: number) =>
      args.length === n ? undefined : this.err(e.span, `'${name}' takes ${n} argument${n === 1 ? '' : 's'}, found ${args.length}`);
    if (name === 'float') return arity(1) ?? this.castTo(args[0]!, 'f32', e.span);
    if (name === 'int') return arity(1) ?? this.castTo(args[0]!, 'i32', e.span);
    if (name === 'select') {
      if (arity(3) !== undefined) return POISON;
      return this.expr({ k: 'if', c: e.args[0]!, t: e.args[1]!, e: e.args[2]!, span: e.span }, scope);
    }
    if (name === 'scan' || name === 'scan_rev') return arity(2) ?? this.scan(e, args, name === 'scan_rev');
    if (name === 'scan_max' || name === 'scan_min') return arity(2) ?? this.extremeScan(e, args, name === 'scan_max' ? 'max' : 'min');
    const m = MATH[name];
    if (m) {
      if (arity(m.arity) !== undefined) return POISON;
      for (let i = 0; i < args.length; i++)
        if (this.type(args[i]!) === 'bool') return this.err(e.args[i]!.span, `'${name}' needs a number, found a bool`);
      const allInt = args.every((a) => this.type(a) === 'i32');
      const type: ScalarType = m.intPreserving && allInt ? 'i32' : 'f32';
      const conv = type === 'f32' ? args.map((a) => this.toF32(a)) : args;
      const d = conv.reduce<Domain>((acc, a) => join(acc, this.dom(a)), 'batch');
      return this.g.add('call', type, d, conv, { fn: name });
    }
    const known = [...this.decls.fns.keys(), ...Object.keys(MATH), ...REDUCTIONS, ...OTHER_BUILTINS];
    const hint = closest(name, known);
    const near = `the nearest: ${nearest(name, known, 4).join(', ')} (every builtin is in docs/language.md)`;
    return this.err(e.nameSpan, `unknown function '${name}'`, hint ? `did you mean '${hint}'?` : near);
  }

  /** `scan(b, c)`: x_t = b_t + c_t * x_{t-1}; an int scan when both are ints (wrapping i32: prefix hashes). */
  private scan(e: Expr & { k: 'call' }, args: Val[], reverse: boolean): Val {
    const name = reverse ? 'scan_rev' : 'scan';
    for (let i = 0; i < 2; i++) if (this.type(args[i]!) === 'bool') return this.err(e.args[i]!.span, `${name} needs numbers, found a bool`);
    const int = args.every((a) => this.type(a) === 'i32');
    const [b, c] = args.map((a) => this.lift(int ? a : this.toF32(a), 'token'));
    const bad = this.alongRollout(e, name, [b!, c!]);
    return bad ?? this.g.add('scan', int ? 'i32' : 'f32', 'token', [b!, c!], { reverse });
  }

  /** `scan_max(x, carry)`: the running maximum of x, restarted at x_t where carry_t is false (and at t = 0). */
  private extremeScan(e: Expr & { k: 'call' }, args: Val[], combine: 'max' | 'min'): Val {
    const name = `scan_${combine}`;
    if (this.type(args[0]!) === 'bool') return this.err(e.args[0]!.span, `${name} needs numbers, found a bool`);
    if (this.type(args[1]!) !== 'bool')
      return this.err(e.args[1]!.span, `${name}'s second argument says where the running ${combine} goes on: a bool, found ${tn(this.type(args[1]!))}`);
    const [x, carry] = args.map((a) => this.lift(a, 'token'));
    const bad = this.alongRollout(e, name, [x!, carry!]);
    return bad ?? this.g.add('scan', this.type(x!), 'token', [x!, carry!], { reverse: false, combine });
  }

  private alongRollout(e: Expr & { k: 'call' }, name: string, vals: Val[]): Val | undefined {
    for (let i = 0; i < vals.length; i++)
      if (this.dom(vals[i]!) !== 'token')
        return this.err(e.args[i]!.span, `${name} runs along a rollout's tokens; this value lives in ${domainLabel(this.dom(vals[i]!))}`);
    return undefined;
  }

  private castTo(v: Val, type: ScalarType, span: Span): Val {
    if (this.type(v) === type) return v;
    if (this.type(v) === 'bool' && type === 'i32') return this.g.add('select', 'i32', this.dom(v), [v, this.constNode(1, 'i32'), this.constNode(0, 'i32')], {});
    if (this.type(v) === 'bool') return this.g.add('select', 'f32', this.dom(v), [v, this.constNode(1, 'f32'), this.constNode(0, 'f32')], {});
    if (type === 'bool') return this.err(span, 'cannot convert a number to a bool', 'compare it, e.g. `x != 0`');
    return this.g.add('cast', type, this.dom(v), [v], {});
  }

  /** A function call, `f[d](...)` reducing to d wherever f's body names no domain (median[batch](x)). */
  private inlineAt(fn: FnDecl, args: Val[], e: Expr & { k: 'call' }, scope: Scope): Val {
    if (!e.domain) return this.inline(fn, args, e);
    if (e.domain.qualifier) return this.err(e.domain.qualifier.span, `a function call takes a domain only, no qualifier`);
    const target = this.namedTarget(e, scope);
    if (target === POISON) return POISON;
    const outer = this.callTarget;
    this.callTarget = target;
    try {
      return this.inline(fn, args, e);
    } finally {
      this.callTarget = outer;
    }
  }

  private inline(fn: FnDecl, args: Val[], e: Expr & { k: 'call' }): Val {
    if (args.length !== fn.params.length)
      return this.err(e.span, `'${fn.name}' takes ${fn.params.length} argument${fn.params.length === 1 ? '' : 's'}, found ${args.length}`);
    if (this.callStack.includes(fn.name))
      return this.err(e.span, `'${fn.name}' calls itself; functions are inlined and cannot recurse`);
    if (this.callStack.length >= MAX_CALL_DEPTH)
      return this.err(e.span, `function calls nested too deep: more than ${MAX_CALL_DEPTH} functions calling each other`);
    this.callStack.push(fn.name);
    const scope: Scope = { vars: new Map(), keys: new Map() };
    fn.params.forEach((p, i) => scope.vars.set(p.name, args[i]!));
    let result: Val = POISON;
    const before = this.diags.length;
    for (const s of fn.body) this.statement(s, scope, []);
    if (this.diags.length === before) result = this.bounded(this.value(fn.result, scope), fn.result.span);
    this.callStack.pop();
    return result;
  }

  /** The domain named in a reduction's brackets (undefined: none named), or POISON after an error. */
  private namedTarget(e: Expr & { k: 'call' }, scope: Scope): Domain | undefined | typeof POISON {
    if (!e.domain) return undefined;
    const dn = e.domain.name;
    if (dn === 'batch' || dn === 'group' || dn === 'rollout') return dn;
    if (scope.keys.has(dn)) return `key:${scope.keys.get(dn)!.name}`;
    if (dn === 'position') return `key:${this.positionKey().name}`;
    if (dn === 'token') return this.err(e.domain.span, 'cannot reduce to token: token is the finest domain') as typeof POISON;
    const hint = closest(dn, ['batch', 'group', 'rollout', 'position', ...scope.keys.keys()]);
    return this.err(e.domain.span, `unknown domain '${dn}'`, hint ? `did you mean '${hint}'?` : 'domains are batch, group, rollout, position, or a key declared with `key name = ...`') as typeof POISON;
  }

  /**
   * `kth(x, k)`: the k-th smallest (0-based, counting multiplicity) of x's members in the coarser domain, k a
   * value of that domain (or a coarser one), floored and clamped to [0, n - 1]; 0.0 for a set without members.
   */
  private selection(e: Expr & { k: 'call' }, scope: Scope): Val {
    const named = this.namedTarget(e, scope);
    if (named === POISON) return POISON;
    if (e.domain?.qualifier) return this.err(e.domain.qualifier.span, "kth selects among valid tokens only: no qualifier", 'write kth[rollout](x, k)');
    if (e.args.length !== 2) return this.err(e.span, `'kth' takes two arguments (the values and k), found ${e.args.length}`);
    const [x, k] = e.args.map((a) => this.expr(a, scope)) as [Val, Val];
    if (x === POISON || k === POISON) return POISON;
    for (const [v, a] of [[x, e.args[0]!], [k, e.args[1]!]] as const)
      if (this.type(v) === 'bool') return this.err(a.span, `'kth' needs numbers, found a bool`, 'use `if c then 1.0 else 0.0`');
    const from = this.dom(x);
    if (isKey(from) || (named !== undefined && isKey(named)))
      return this.err(e.span, 'kth selects among tokens, rollouts or groups; not per key', 'select to rollout, group or batch');
    const target = named ?? this.callTarget ?? defaultReductionTarget(from);
    if (!target) return this.err(e.args[0]!.span, 'nothing to select from: this value already lives in the batch domain');
    if (coarserOrEqual(from, target) || !coarserOrEqual(target, from))
      return this.err(e.domain?.span ?? e.span, `cannot select from a ${domainLabel(from)} value to ${domainLabel(target)}`, 'kth goes from finer to coarser domains: token -> rollout -> group -> batch');
    if (!coarserOrEqual(this.dom(k), target))
      return this.err(e.args[1]!.span, `k must be a value of ${domainLabel(target)} (or coarser), found ${domainLabel(this.dom(k))}`);
    if (from === 'token') this.inputs.add('response_mask');
    return this.g.add('kth', 'f32', target, [this.toF32(x), this.toF32(k)], {});
  }

  /**
   * `rank(x)`: how many of a rollout's group hold a value of x below its own (0-based; tied rollouts share the
   * lowest rank), by kth's order; rollout values only, ranked within their group.
   */
  private ranking(e: Expr & { k: 'call' }, scope: Scope): Val {
    const named = this.namedTarget(e, scope);
    if (named === POISON) return POISON;
    if (e.domain?.qualifier) return this.err(e.domain.qualifier.span, 'rank takes no qualifier', 'write rank(x)');
    if (e.args.length !== 1) return this.err(e.span, `'rank' takes one argument (a rollout value), found ${e.args.length}`);
    const x = this.expr(e.args[0]!, scope);
    if (x === POISON) return POISON;
    if (this.type(x) === 'bool') return this.err(e.args[0]!.span, `'rank' needs numbers, found a bool`, 'use `if c then 1.0 else 0.0`');
    const from = this.dom(x);
    if (from !== 'rollout')
      return this.err(
        e.args[0]!.span,
        `rank ranks a rollout among its group's rollouts; this is a ${domainLabel(from)} value`,
        from === 'token' ? "reduce it to its rollout first (mean(x), max(x)), or compare it with kth or quantile" : 'rank a rollout value',
      );
    const target = named ?? this.callTarget ?? 'group';
    if (target !== 'group') return this.err(e.domain?.span ?? e.span, `rank ranks within a group, not ${domainLabel(target)}`, 'write rank(x)');
    return this.g.add('rank', 'f32', 'rollout', [this.toF32(x)], {});
  }

  private reduction(e: Expr & { k: 'call' }, scope: Scope): Val {
    const { name } = e;
    const named = this.namedTarget(e, scope);
    if (named === POISON) return POISON;
    let target = named ?? this.callTarget;
    const qualifier = e.domain?.qualifier;
    if (qualifier && qualifier.name !== 'all')
      return this.err(qualifier.span, `unknown reduction qualifier '${qualifier.name}'`, "the only one is 'all': every position of a rollout, masked or not, as in sum[rollout, all](x)");
    if (qualifier && (target !== 'rollout' || name === 'presence'))
      return this.err(e.domain!.span, `'[${e.domain!.name}, all]': only a reduction of tokens to their rollout can count every position`, 'write sum[rollout, all](x)');
    if (name === 'count' && e.args.length === 0 && target && isKey(target)) {
      // occurrences of each key: count over the key's tokens
      return this.g.add('reduce', 'f32', target, [this.g.add('pos', 'i32', 'token', [], {})], { op: 'count' });
    }
    if (e.args.length !== 1) return this.err(e.span, `'${name}' takes one argument, found ${e.args.length}`);
    let x = this.expr(e.args[0]!, scope);
    if (x === POISON) return x;
    if (name === 'presence') {
      if (!target || !isKey(target))
        return this.err(e.span, 'presence counts rollouts per key: name the key, e.g. presence[tok](correct)');
      if (!coarserOrEqual(this.dom(x), 'rollout'))
        return this.err(e.args[0]!.span, `presence weights each rollout; this value lives in ${domainLabel(this.dom(x))}`);
      this.inputs.add('response_mask');
      const first = this.g.add('firstocc', 'bool', 'token', [], { key: target.slice(4) });
      const w = this.type(x) === 'bool' ? this.castTo(x, 'f32', e.span) : this.toF32(x);
      const zero = this.constNode(0, 'f32');
      const weighted = this.g.add('select', 'f32', 'token', [first, w, zero], {});
      return this.g.add('reduce', 'f32', target, [weighted], { op: 'sum' });
    }
    let from = this.dom(x);
    if (target && isKey(target) && from !== 'token') {
      if (!coarserOrEqual(from, 'token') || isKey(from))
        return this.err(e.args[0]!.span, `cannot reduce ${domainLabel(from)} values to ${domainLabel(target)}`);
      x = this.lift(x, 'token');
      from = 'token';
    }
    target ??= defaultReductionTarget(from);
    if (!target)
      return this.err(e.args[0]!.span, `nothing to reduce: this value already lives in the batch domain`);
    if (coarserOrEqual(from, target) || !coarserOrEqual(target, from))
      return this.err(
        e.domain?.span ?? e.span,
        `cannot reduce a ${domainLabel(from)} value to ${domainLabel(target)}`,
        'reductions go from finer to coarser domains: token -> rollout -> group -> batch',
      );
    if (from === 'token') this.inputs.add('response_mask');
    // every position, masked or not (verl's token_level_rewards.sum(-1)); masked tokens have no key
    const every = qualifier ? ({ all: true } as const) : {};
    if (qualifier && from !== 'token')
      return this.err(e.args[0]!.span, `'[rollout, all]' reduces a rollout's tokens; this value lives in ${domainLabel(from)}`);
    if (qualifier && reachable(this.g.nodes, [x]).some((id) => isKey(this.dom(id)) || this.g.get(id).op === 'firstocc'))
      return this.err(e.args[0]!.span, 'a reduction over every position cannot read key values: masked tokens have no key');
    const t = this.type(x);
    if (name === 'any' || name === 'all') {
      if (t !== 'bool') return this.err(e.args[0]!.span, `'${name}' needs a bool, found ${tn(t)}`);
      return this.g.add('reduce', 'bool', target, [x], { op: name, ...every });
    }
    if (name === 'count') return this.g.add('reduce', 'f32', target, [x], { op: 'count', ...every });
    if (t === 'bool') return this.err(e.args[0]!.span, `'${name}' needs numbers, found a bool`, 'use `if c then 1.0 else 0.0`');
    return lowerMoment(this.g, name as MomentName, this.toF32(x), from, target, every);
  }
}

/** `0`, `0.0`, `-0.0`: a divisor that is zero whatever the data. */
function isZeroLiteral(e: Expr): boolean {
  if (e.k === 'un' && e.op === '-') return isZeroLiteral(e.e);
  return e.k === 'num' && e.value === 0;
}

/** Type names as the language spells them. */
function tn(t: ScalarType): string {
  return t === 'f32' ? 'float' : t === 'i32' ? 'int' : 'bool';
}

function rankOutput(name: string): number {
  return name === 'advantages' ? 0 : name === 'returns' ? 1 : 2;
}
