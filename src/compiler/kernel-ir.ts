// The kernel IR: what the scheduled steps lower into (lower-*.ts) and what the WGSL, C and JavaScript renderers
// print (render-*.ts). Statements and expressions over the arenas of the plan; every expression carries its
// scalar type, so a renderer never infers one. Serial and cooperative kernels differ in what the lowering emits
// (barriers, atomics, subgroup operations exist only in cooperative kernels), not in what a renderer removes.

import type { UniformField } from '../plan/format.js';

export type { UniformField };

export const WORKGROUP_SIZE = 64;
/** Groups per workgroup in serial kernels: one per SIMD lane of a CPU-backed device. */
export const SERIAL_LANES = 8;

export interface CodegenOptions {
  /**
   * 'cooperative': a workgroup per group, its invocations sharing the work (for GPUs). 'serial': one invocation
   * per group, `SERIAL_LANES` groups per workgroup, no barriers and no atomics (for CPUs, and CPU-backed devices
   * such as lavapipe, where atomics are serialized per lane and barriers are coroutine switches).
   */
  mode: 'cooperative' | 'serial';
  /**
   * Use subgroup operations for workgroup reductions. Software Vulkan (lavapipe) compiles every barrier into a
   * coroutine split, which makes shader compilation slow; subgroup reductions need 2 barriers instead of
   * 2 + log2(WG).
   */
  subgroups: boolean;
  /**
   * Serial kernels for a CPU-backed device (lavapipe), which runs a workgroup's invocations as the SIMD lanes of
   * one thread: every memory access there is a pass over the lanes, and the lanes are independent chains
   * already, so a rollout walk goes one rollout at a time instead of four interleaved (see rolloutWalks).
   */
  simdLanes?: boolean;
  /**
   * CPU code (C, JavaScript): a key build's walk computes its carried scans' addends a block of positions at a time
   * into local arrays first (lower-values.ts blockAddends), a loop without the scan's dependency that a C compiler
   * vectorizes. Not on devices: a CPU-backed one runs its lanes' private arrays from memory.
   */
  scanBlocks?: boolean;
}


export type Scalar = 'f32' | 'i32' | 'u32' | 'bool';
export type ValueType = Scalar | 'vec2u';

export type BinOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

/**
 * An array element: `F` and `I` (the f32 and i32 arenas) are addressed within a named region, so a CPU backend
 * can pass each region as an array of its own; `H` (the keyed tables, u32) by arena address; `red` (workgroup
 * memory of reductions) and module tables by index.
 */
export interface Place {
  array: string;
  region?: string;
  index: Expr;
}

export type AtomicOp = 'load' | 'store' | 'add' | 'or' | 'max' | 'min' | 'cas';

export type Expr =
  | { k: 'lit'; ty: Scalar; v: number }
  | { k: 'ref'; ty: ValueType; name: string }
  | { k: 'uniform'; ty: Scalar; name: string }
  /** the workgroup id's x or y, a vec2's x or y */
  | { k: 'member'; ty: 'u32'; of: 'wid' | Expr; field: 'x' | 'y' }
  | { k: 'vec2'; ty: 'vec2u'; x: Expr; y: Expr }
  | { k: 'un'; ty: Scalar; op: '-' | '!'; a: Expr }
  | { k: 'bin'; ty: Scalar; op: BinOp; a: Expr; b: Expr }
  | { k: 'select'; ty: Scalar; cond: Expr; t: Expr; f: Expr }
  /** value conversion (f32 -> integer truncates toward zero, saturating, as WGSL's) */
  | { k: 'conv'; ty: Scalar; a: Expr }
  | { k: 'bitcast'; ty: Scalar; a: Expr }
  /** a math builtin (min max clamp abs sign exp log log2 sqrt inverseSqrt tanh pow floor ceil round) or a module function */
  | { k: 'call'; ty: Scalar | 'void'; fn: string; args: Expr[] }
  | { k: 'load'; ty: Scalar; at: Place }
  /** on H, shared by a workgroup (cooperative kernels): returns the old value; cas: args [expected, value] */
  | { k: 'atomic'; ty: 'u32'; op: AtomicOp; at: Place; args: Expr[] }
  | { k: 'subgroup'; ty: 'f32'; op: 'add' | 'min' | 'max'; a: Expr }
  /** a workgroup variable's value, the same in every invocation (a barrier in between) */
  | { k: 'uniformLoad'; ty: 'vec2u'; name: string };

export type Stmt = { id?: number } & (
  | { k: 'let'; name: string; ty: ValueType; value?: Expr; mut: boolean; node?: number }
  | { k: 'assign'; name: string; value: Expr }
  | { k: 'store'; at: Place; value: Expr }
  | { k: 'if'; cond: Expr; then: Stmt[]; else?: Stmt[] }
  /** for (var name = init; cond; name = next); `independent`: no iteration reads what another writes */
  | { k: 'for'; name: string; ty: Scalar; init: Expr; cond: Expr; next: Expr; body: Stmt[]; independent?: boolean }
  | { k: 'loop'; body: Stmt[] }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'return'; value?: Expr }
  | { k: 'barrier'; scope: 'storage' | 'workgroup' }
  | { k: 'do'; e: Expr }
  | { k: 'comment'; text: string }
  | { k: 'block'; body: Stmt[] }
  /** a function-local f32 array of `length` elements, addressed as Place array `name` (no region) */
  | { k: 'local'; name: string; ty: 'f32'; length: number }
  /**
   * array[base + i] = value for every base and every i from `from` up to `to` (u32): blocks of memory set to one
   * value, which a renderer may write as a loop (rendered as `for (i = from; i < to; i++)`) or as memset; in H
   * by arena address, in F within `region`
   */
  | { k: 'fill'; array: 'H' | 'F'; region?: string; bases: Expr[]; from: Expr; to: Expr; value: Expr }
);

export interface Fn {
  name: string;
  params: { name: string; ty: Scalar }[];
  ret: Scalar | 'void';
  body: Stmt[];
  /** a comment on what it computes */
  doc?: string;
}

export interface KernelModule {
  name: string;
  mode: 'cooperative' | 'serial';
  subgroups: boolean;
  uniforms: UniformField[];
  /** the keyed-table arena H exists */
  hash: boolean;
  /** module constants; an override one (LANES) may be set by the runner */
  consts: { name: string; ty: 'u32'; value: number; override?: boolean }[];
  /** workgroup memory (cooperative kernels) */
  shared: { name: string; ty: 'f32' | 'vec2u'; length?: number }[];
  tables: { name: string; ty: 'f32'; values: number[]; doc: string }[];
  functions: Fn[];
  kernels: { name: string; body: Stmt[] }[];
  /** what each advc IR node (the `node` of a let) is in the source (`let s`), where a `let` names it */
  origins?: Map<number, string>;
}

// ---- builders ----

export const lit = (ty: Scalar, v: number): Expr => ({ k: 'lit', ty, v });
export const u32 = (v: number): Expr => lit('u32', v);
export const i32 = (v: number): Expr => lit('i32', v);
/** an f32 literal: `v` as written (each renderer rounds it to f32, or lets its compiler do so) */
export const f32 = (v: number): Expr => lit('f32', v);
export const bool = (v: boolean): Expr => lit('bool', v ? 1 : 0);
export const ref = (name: string, ty: ValueType = 'u32'): Expr => ({ k: 'ref', ty, name });
export const uni = (name: string, ty: Scalar = 'u32'): Expr => ({ k: 'uniform', ty, name });

const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=', '&&', '||']);

export function bin(op: BinOp, a: Expr, b: Expr): Expr {
  const ty = COMPARE.has(op) ? 'bool' : (a.ty as Scalar);
  if (!COMPARE.has(op) && op !== '<<' && op !== '>>' && a.ty !== b.ty) throw new Error(`kernel IR: ${a.ty} ${op} ${b.ty}`);
  return { k: 'bin', ty, op, a, b };
}
export const add = (a: Expr, b: Expr) => bin('+', a, b);
export const mul = (a: Expr, b: Expr) => bin('*', a, b);
export const sub = (a: Expr, b: Expr) => bin('-', a, b);
export const conv = (ty: Scalar, a: Expr): Expr => (a.ty === ty ? a : { k: 'conv', ty, a });
export const bitcast = (ty: Scalar, a: Expr): Expr => ({ k: 'bitcast', ty, a });
export const select = (cond: Expr, t: Expr, f: Expr): Expr => ({ k: 'select', ty: t.ty as Scalar, cond, t, f });
export const not = (a: Expr): Expr => ({ k: 'un', ty: 'bool', op: '!', a });
export const call = (fn: string, ty: Scalar | 'void', ...args: Expr[]): Expr => ({ k: 'call', ty, fn, args });
export const load = (ty: Scalar, array: string, index: Expr, region?: string): Expr => ({ k: 'load', ty, at: { array, region, index } });
export const F = (region: string, index: Expr): Expr => load('f32', 'F', index, region);
export const I = (region: string, index: Expr): Expr => load('i32', 'I', index, region);
export const H = (index: Expr): Expr => load('u32', 'H', index);

export const letS = (name: string, value: Expr, node?: number): Stmt => ({ k: 'let', name, ty: value.ty as ValueType, value, mut: false, node });
export const varS = (name: string, ty: ValueType, value?: Expr): Stmt => ({ k: 'let', name, ty, value, mut: true });
export const assign = (name: string, value: Expr): Stmt => ({ k: 'assign', name, value });
export const store = (array: string, index: Expr, value: Expr, region?: string): Stmt => ({ k: 'store', at: { array, region, index }, value });
export const ifS = (cond: Expr, then: Stmt[], els?: Stmt[]): Stmt => ({ k: 'if', cond, then, else: els });
export const comment = (text: string): Stmt => ({ k: 'comment', text });

/** array[base + i] = value for i in [from, to), for each base (see the 'fill' statement); `region`: F's */
export const fill = (array: 'H' | 'F', bases: Expr[], from: Expr, to: Expr, value: Expr, region?: string): Stmt => ({ k: 'fill', array, region, bases, from, to, value });

/** for (var name = from; name < to; name += step): every counted loop of the kernels */
export function forUp(name: string, from: Expr, to: Expr, step: Expr, body: Stmt[], cmp: '<' | '<=' = '<'): Stmt {
  const v = ref(name, from.ty as Scalar);
  return { k: 'for', name, ty: from.ty as Scalar, init: from, cond: bin(cmp, v, to), next: add(v, step), body };
}

// ---- one walker ----

/** Every expression under an expression, itself first. */
export function* exprsIn(e: Expr): Generator<Expr> {
  yield e;
  switch (e.k) {
    case 'member':
      if (e.of !== 'wid') yield* exprsIn(e.of);
      return;
    case 'vec2':
      yield* exprsIn(e.x);
      yield* exprsIn(e.y);
      return;
    case 'un':
    case 'conv':
    case 'bitcast':
    case 'subgroup':
      yield* exprsIn(e.a);
      return;
    case 'bin':
      yield* exprsIn(e.a);
      yield* exprsIn(e.b);
      return;
    case 'select':
      yield* exprsIn(e.cond);
      yield* exprsIn(e.t);
      yield* exprsIn(e.f);
      return;
    case 'call':
      for (const a of e.args) yield* exprsIn(a);
      return;
    case 'load':
      yield* exprsIn(e.at.index);
      return;
    case 'atomic':
      yield* exprsIn(e.at.index);
      for (const a of e.args) yield* exprsIn(a);
      return;
  }
}

/** Every statement under a list, in order, each before its body; and every expression each holds. */
export function* walk(body: Stmt[]): Generator<{ stmt: Stmt } | { expr: Expr; place?: Place }> {
  for (const s of body) {
    yield { stmt: s };
    const es: Expr[] = [];
    const places: Place[] = [];
    switch (s.k) {
      case 'let':
        if (s.value) es.push(s.value);
        break;
      case 'assign':
        es.push(s.value);
        break;
      case 'store':
        places.push(s.at);
        es.push(s.at.index, s.value);
        break;
      case 'if':
        es.push(s.cond);
        break;
      case 'for':
        es.push(s.init, s.cond, s.next);
        break;
      case 'return':
        if (s.value) es.push(s.value);
        break;
      case 'do':
        es.push(s.e);
        break;
      case 'fill':
        for (const b of s.bases) places.push({ array: s.array, region: s.region, index: b });
        es.push(...s.bases, s.from, s.to, s.value);
        break;
    }
    for (const p of places) yield { expr: p.index, place: p };
    for (const e of es) for (const x of exprsIn(e)) yield { expr: x, place: x.k === 'load' || x.k === 'atomic' ? x.at : undefined };
    if (s.k === 'if') {
      yield* walk(s.then);
      if (s.else) yield* walk(s.else);
    } else if (s.k === 'for' || s.k === 'loop' || s.k === 'block') yield* walk(s.body);
  }
}

/** Numbers every statement of the module (its `id`), in order: the ids renderers' messages and explain print. */
export function numberStatements(m: KernelModule): void {
  let id = 0;
  for (const f of [...m.functions, ...m.kernels]) for (const x of walk(f.body)) if ('stmt' in x) x.stmt.id = id++;
}

/** What the renderers throw: names the statement (its IR id) and the advc node and source it comes from. */
export class KernelRenderError extends Error {
  override name = 'KernelRenderError';
}

export function renderError(m: KernelModule, target: string, what: string, at?: Stmt): KernelRenderError {
  const node = at?.k === 'let' ? at.node : undefined;
  const origin = node !== undefined ? ` (advc node %${node}${m.origins?.get(node) ? `, ${m.origins.get(node)}` : ''})` : '';
  return new KernelRenderError(`${target}: ${what}${at?.id !== undefined ? ` at kernel IR #${at.id}` : ''}${origin}`);
}
