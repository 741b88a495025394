// The IR: a hash-consed dataflow graph. Structurally equal nodes are the same node (free CSE), and node ids
// are in topological order (children are always created first).
import type { Domain, ScalarType } from './domains.js';
import type { InputField } from '../plan/format.js';

export type ReduceOp = 'sum' | 'min' | 'max' | 'any' | 'all' | 'count';

export type Node =
  | N<'const', { value: number }>
  | N<'param', { name: string }>
  | N<'input', { name: string }>
  | N<'pos', Record<string, never>>
  | N<'length', Record<string, never>>
  | N<'bin', { op: string }>
  | N<'un', { op: 'neg' | 'not' }>
  | N<'call', { fn: string }>
  | N<'select', Record<string, never>>
  | N<'cast', Record<string, never>>
  /** all: over every position of a rollout, masked or not (token -> rollout only); otherwise valid tokens only */
  | N<'reduce', { op: ReduceOp; all?: true }>
  /** args [x, k]: the k-th smallest (0-based, with multiplicity) of x's members in this coarser domain (selection.ts) */
  | N<'kth', Record<string, never>>
  /** args [x], a rollout value: how many of the rollout's group hold an x below its own, by kth's order */
  | N<'rank', Record<string, never>>
  /** linear: x_t = b_t + c_t * x_{t-1}; combine: x_t = combine(b_t, x_{t-1}) where the bool c_t holds (t > 0), else b_t */
  | N<'scan', { reverse: boolean; combine?: 'max' | 'min' }>
  | N<'shift', { offset: number }>
  /** at: the fold's source position (file:line:col), for the run-time limit on its range */
  | N<'fold', { op: 'sum' | 'min' | 'max' | 'prod'; v: number; at: string }>
  | N<'foldvar', { v: number }>
  | N<'firstocc', { key: string }>;

interface N<Op extends string, A> {
  id: number;
  op: Op;
  type: ScalarType;
  domain: Domain;
  args: number[];
  attrs: A;
}

export type Op = Node['op'];
export type NodeOf<O extends Op> = Extract<Node, { op: O }>;

export interface ParamInfo {
  name: string;
  type: ScalarType;
  default: number;
}

export interface KeyInfo {
  name: string;
  /** the token-domain i32 expression giving each token's key */
  node: number;
}

export interface OutputInfo {
  name: string;
  node: number;
}

export interface Program {
  name: string;
  params: ParamInfo[];
  /** batch fields the program reads */
  inputs: string[];
  /** those of them declared with `input` (not in the standard table): their type, domain and fill value */
  declaredInputs?: InputField[];
  keys: KeyInfo[];
  outputs: OutputInfo[];
  nodes: Node[];
  /** the source `let` name of nodes bound by one (for explain) */
  names?: Record<number, string>;
}

/**
 * The nodes that depend on a fold variable: a fold variable, what uses one, and a fold whose bounds use one or
 * whose body uses an enclosing fold's variable (a fold binds only its own). Such a node has a value per
 * iteration of an enclosing fold and is computed inside it, never hoisted out.
 */
export function foldDependentNodes(nodes: readonly Node[]): Set<number> {
  const free = new Map<number, Set<number>>(); // the fold variables each dependent node uses unbound
  for (const n of nodes) {
    const vars = n.op === 'foldvar' ? new Set([n.attrs.v]) : new Set(n.args.flatMap((a) => [...(free.get(a) ?? [])]));
    if (n.op === 'fold') vars.delete(n.attrs.v);
    if (vars.size) free.set(n.id, vars);
  }
  return new Set(free.keys());
}

export class Graph {
  readonly nodes: Node[] = [];
  private byKey = new Map<string, number>();

  add<O extends Op>(op: O, type: ScalarType, domain: Domain, args: number[], attrs: NodeOf<O>['attrs']): number {
    // infinities and NaN are spelled out: JSON writes each as null, and one node would stand for all three
    const key = `${op}|${type}|${domain}|${args.join(',')}|${JSON.stringify(attrs, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`;
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const id = this.nodes.length;
    this.nodes.push({ id, op, type, domain, args, attrs } as unknown as Node);
    this.byKey.set(key, id);
    return id;
  }

  get(id: number): Node {
    return this.nodes[id]!;
  }
}

/**
 * Ids of every node reachable from `roots`, ascending (so in topological order); `through(id)`: whether the walk
 * goes on to a reached node's arguments (by default always). The one walk of the graph.
 */
export function reachable(nodes: Node[], roots: number[], through: (id: number) => boolean = () => true): number[] {
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (through(id)) stack.push(...nodes[id]!.args);
  }
  return [...seen].sort((a, b) => a - b);
}

/** Consumers of each node. */
export function usersOf(nodes: Node[]): number[][] {
  const users: number[][] = nodes.map(() => []);
  for (const n of nodes) for (const a of n.args) users[a]!.push(n.id);
  return users;
}

/** Human-readable listing of the IR, one node a line (for `advc explain`). */
export function printProgram(p: Program): string {
  const lines = [`program ${p.name}`];
  for (const q of p.params) lines.push(`  param ${q.name}: ${q.type} = ${q.default}`);
  for (const k of p.keys) lines.push(`  key ${k.name} = %${k.node}`);
  for (const n of p.nodes) {
    const attrs = Object.entries(n.attrs)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    const args = n.args.map((a) => `%${a}`).join(', ');
    lines.push(`  %${n.id} : ${n.type} @${n.domain} = ${n.op}${attrs ? `[${attrs}]` : ''}(${args})`);
  }
  for (const o of p.outputs) lines.push(`  out ${o.name} = %${o.node}`);
  return lines.join('\n');
}
