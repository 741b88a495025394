// Optimizer: rebuilds the graph through named rewrite rules (constant folding, select on a constant, algebraic
// identities, token reductions of rollout values as rollout reductions), then drops dead nodes. Hash-consing in the rebuilt graph does common-subexpression elimination.
import { MATH } from './builtins.js';
import { Graph, reachable, type Node, type Program } from './ir.js';
import { foldRolloutReduction } from './rollout-reductions.js';

type Rule = (n: Node, g: Graph, args: number[]) => number | undefined;

const isConst = (g: Graph, id: number, value?: number) => {
  const n = g.get(id);
  return n.op === 'const' && (value === undefined || n.attrs.value === value);
};
const constValue = (g: Graph, id: number) => (g.get(id) as Node & { op: 'const' }).attrs.value;

function roundTo(type: string, v: number): number {
  if (type === 'f32') return Math.fround(v);
  if (type === 'i32') return v | 0;
  return v ? 1 : 0;
}

/** The value of node n (a bin, un, call, cast or select) from its arguments' values; undefined for an op it cannot fold. */
export function evalConstant(n: Node, a: number[]): number | undefined {
  let v: number;
  if (n.op === 'cast') v = n.type === 'i32' ? Math.trunc(a[0]!) : a[0]!;
  else if (n.op === 'select') v = a[0] ? a[1]! : a[2]!;
  else if (n.op === 'un') v = n.attrs.op === 'not' ? +!a[0] : -a[0]!;
  else if (n.op === 'call') v = MATH[n.attrs.fn]!.js(a);
  else if (n.op === 'bin') {
    const [x, y] = a as [number, number];
    const ops: Record<string, (x: number, y: number) => number> = {
      '+': (x, y) => x + y,
      '-': (x, y) => x - y,
      '*': (x, y) => (n.type === 'i32' ? Math.imul(x, y) : x * y),
      '/': (x, y) => x / y,
      '<': (x, y) => +(x < y),
      '<=': (x, y) => +(x <= y),
      '>': (x, y) => +(x > y),
      '>=': (x, y) => +(x >= y),
      '==': (x, y) => +(x === y),
      '!=': (x, y) => +(x !== y),
      and: (x, y) => +(x && y),
      or: (x, y) => +(x || y),
    };
    const f = ops[n.attrs.op];
    if (!f) return undefined;
    v = f(x, y);
  } else return undefined;
  return roundTo(n.type, v);
}

const foldConstants: Rule = (n, g, args) => {
  if (!['bin', 'un', 'call', 'cast', 'select'].includes(n.op) || !args.every((a) => isConst(g, a))) return undefined;
  // a pure broadcast of a constant is already as folded as it gets
  if (n.op === 'cast' && g.get(args[0]!).type === n.type) return undefined;
  const v = evalConstant(n, args.map((x) => constValue(g, x)));
  if (v === undefined) return undefined;
  const c = g.add('const', n.type, 'batch', [], { value: v });
  // a constant broadcast to a finer domain keeps that domain (outputs and key reductions depend on it)
  return n.domain === 'batch' ? c : g.add('cast', n.type, n.domain, [c], {});
};

/** `if true then a else b` -> a; both branches equal -> that branch. */
const selectOnConstant: Rule = (n, g, args) => {
  if (n.op !== 'select') return undefined;
  const [c, a, b] = args as [number, number, number];
  const pick = isConst(g, c) ? (constValue(g, c) ? a : b) : a === b ? a : undefined;
  if (pick === undefined) return undefined;
  // keep the node's domain: a broadcast marker if the branch is coarser
  return g.get(pick).domain === n.domain ? pick : g.add('cast', n.type, n.domain, [pick], {});
};

/** x * 1, 1 * x, x + 0, x - 0 -> x (only where the domain does not change). */
const identities: Rule = (n, g, args) => {
  if (n.op !== 'bin' || n.type !== 'f32') return undefined;
  const [x, y] = args as [number, number];
  const same = (id: number) => (g.get(id).domain === n.domain ? id : undefined);
  if (n.attrs.op === '*' && isConst(g, y, 1)) return same(x);
  if (n.attrs.op === '*' && isConst(g, x, 1)) return same(y);
  if ((n.attrs.op === '+' || n.attrs.op === '-') && isConst(g, y, 0)) return same(x);
  if (n.attrs.op === '+' && isConst(g, x, 0)) return same(y);
  return undefined;
};

/** A broadcast of a value to its own domain and type is the value. */
const trivialCast: Rule = (n, g, args) => {
  if (n.op !== 'cast') return undefined;
  const a = g.get(args[0]!);
  return a.type === n.type && a.domain === n.domain ? a.id : undefined;
};

export const RULES: { name: string; rule: Rule }[] = [
  { name: 'fold-constants', rule: foldConstants },
  { name: 'select-on-constant', rule: selectOnConstant },
  { name: 'identities', rule: identities },
  { name: 'trivial-cast', rule: trivialCast },
  { name: 'rollout-reductions', rule: foldRolloutReduction },
];

export function optimize(p: Program): Program {
  const live = reachable(p.nodes, [...p.outputs.map((o) => o.node), ...p.keys.map((k) => k.node)]);
  const g = new Graph();
  const map = new Map<number, number>();
  for (const id of live) {
    const n = p.nodes[id]!;
    const args = n.args.map((a) => map.get(a)!);
    let out: number | undefined;
    for (const { rule } of RULES) {
      out = rule(n, g, args);
      if (out !== undefined) break;
    }
    map.set(id, out ?? g.add(n.op, n.type, n.domain, args, n.attrs as never));
  }
  const kept = reachable(g.nodes, [...p.outputs.map((o) => map.get(o.node)!), ...p.keys.map((k) => map.get(k.node)!)]);
  // Compact ids so they stay dense and topological.
  const final = new Graph();
  const remap = new Map<number, number>();
  for (const id of kept) {
    const n = g.get(id);
    remap.set(id, final.add(n.op, n.type, n.domain, n.args.map((a) => remap.get(a)!), n.attrs as never));
  }
  const m = (id: number) => remap.get(map.get(id)!)!;
  return {
    ...p,
    keys: p.keys.map((k) => ({ ...k, node: m(k.node) })),
    outputs: p.outputs.map((o) => ({ ...o, node: m(o.node) })),
    nodes: final.nodes,
    names: Object.fromEntries(Object.entries(p.names ?? {}).flatMap(([id, name]) => (remap.has(map.get(+id)!) ? [[m(+id), name]] : []))),
  };
}
