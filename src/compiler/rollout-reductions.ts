// Token reductions of rollout values. A reduction sees a rollout's valid tokens only, and a value that is the
// same at each of them (built from rollout, group and batch values and the mask, which is 1 there) needs no
// token pass: per rollout, its sum over the valid tokens is the value times their count, its min, max, any and
// all the value itself where the rollout has a valid token. A coarser reduction combines these over rollouts
// (a count sums the rollouts' counts). A count needs no such value: it counts the valid tokens whatever it
// counts. Exact up to one rounding of each product; a rollout without valid tokens adds nothing, as before (the
// product would be NaN for an infinite value).
import type { Graph, Node, ReduceOp } from './ir.js';

const MAPS = new Set<Node['op']>(['bin', 'un', 'call', 'cast', 'select']);
const COARSE = new Set<Node['domain']>(['batch', 'group', 'rollout']);

/** The node equal to token node `id` at every valid token, in the rollout domain or coarser, if there is one. */
function atValidTokens(g: Graph, id: number): number | undefined {
  const n = g.get(id);
  if (COARSE.has(n.domain)) return id;
  // the mask is 0 or 1 (batches are checked on input), so 1 at a valid token
  if (n.op === 'input' && n.attrs.name === 'response_mask') return g.add('const', n.type, 'batch', [], { value: 1 });
  if (n.domain !== 'token' || !MAPS.has(n.op)) return undefined;
  const args: number[] = [];
  for (const a of n.args) {
    const x = atValidTokens(g, a);
    if (x === undefined) return undefined;
    args.push(x);
  }
  // a broadcast marker of a coarser value is that value
  if (n.op === 'cast' && g.get(args[0]!).type === n.type) return args[0];
  const domains = args.map((a) => g.get(a).domain);
  const domain = domains.includes('rollout') ? 'rollout' : domains.includes('group') ? 'group' : 'batch';
  return g.add(n.op, n.type, domain, args, n.attrs as never);
}

/** What a rollout without valid tokens gives (the interpreter's starting value of the reduction). */
function identity(g: Graph, op: ReduceOp): number {
  if (op === 'any' || op === 'all') return g.add('const', 'bool', 'batch', [], { value: op === 'all' ? 1 : 0 });
  return g.add('const', 'f32', 'batch', [], { value: op === 'min' ? Infinity : op === 'max' ? -Infinity : 0 });
}

/** The number of valid tokens of each rollout (the language's `length`). */
function validCount(g: Graph): number {
  return g.add('reduce', 'f32', 'rollout', [g.add('pos', 'i32', 'token', [], {})], { op: 'count' });
}

/**
 * A reduction over valid tokens (to a rollout, group or the batch) of a value that is the same at a rollout's
 * valid tokens, as the same reduction of rollout values; undefined for any other node. `args`: the node's
 * arguments in `g`.
 */
export function foldRolloutReduction(n: Node, g: Graph, args: number[]): number | undefined {
  if (n.op !== 'reduce' || n.attrs.all || !COARSE.has(n.domain) || g.get(args[0]!).domain !== 'token') return undefined;
  const op = n.attrs.op;
  // a count of any token value is the count of the valid tokens: every such count is one node (one accumulator)
  if (op === 'count') return n.domain === 'rollout' ? validCount(g) : g.add('reduce', 'f32', n.domain, [validCount(g)], { op: 'sum' });
  const x = atValidTokens(g, args[0]!);
  if (x === undefined) return undefined;
  const count = validCount(g);
  const some = g.add('bin', 'bool', 'rollout', [count, g.add('const', 'f32', 'batch', [], { value: 0 })], { op: '>' });
  const each = op === 'sum' ? g.add('bin', 'f32', 'rollout', [x, count], { op: '*' }) : x;
  const perRollout = g.add('select', n.type, 'rollout', [some, each, identity(g, op)], {});
  return n.domain === 'rollout' ? perRollout : g.add('reduce', n.type, n.domain, [perRollout], { op });
}
