// Count tables: a per-key value that depends on the key only through presence counts (how many of the group's
// rollouts, of some class, contain the key) takes at most (n + 1)^d distinct values in a group of n rollouts.
// KTAE's Fisher test, information gain and Cohen's h are such values: a group of 8 has ~3,000 distinct tokens
// but at most 81 (a, b) pairs. The kernel evaluates these expressions once per pair into a per-group table
// and each key reads its entry: the same expression on the same inputs, so the same bits.
import { isKey } from './domains.js';
import type { Node } from './ir.js';

export interface CountTable {
  /** the tabulated key-domain node */
  node: number;
  /** the presence counts it depends on (1 or 2), in table order */
  counts: number[];
}

/** At most this many counts per table: the table has (n + 1)^d entries per group. */
const MAX_COUNTS = 2;

/**
 * A presence count: sum over a key of `first occurrence in the rollout ? w : 0` with w a 0/1 rollout flag, so
 * an integer between 0 and the group's rollout count.
 */
export function isPresenceCount(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  if (n.op !== 'reduce' || n.attrs.op !== 'sum' || !isKey(n.domain)) return false;
  const s = nodes[n.args[0]!]!;
  if (s.op !== 'select') return false;
  const [c, w, z] = s.args.map((a) => nodes[a]!) as [Node, Node, Node];
  return c.op === 'firstocc' && isFlag(nodes, w.id) && z.op === 'const' && z.attrs.value === 0;
}

/** A value that is 0 or 1 whatever the data: a constant 0 or 1, a bool as a number, a choice between flags. */
function isFlag(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  if (n.op === 'const') return n.attrs.value === 0 || n.attrs.value === 1;
  if (n.op === 'cast') return nodes[n.args[0]!]!.type === 'bool';
  return n.op === 'select' && isFlag(nodes, n.args[1]!) && isFlag(nodes, n.args[2]!);
}

/**
 * The tables worth building for a key-map node: the largest f32 subexpressions whose only per-key inputs are
 * presence counts (at most two) and that call a math function or run a fold (cheaper expressions are not
 * worth a table read).
 */
export function countTables(nodes: Node[], root: number): CountTable[] {
  // per node: the presence counts it reads, whether it reads no other per-key value, whether it is costly,
  // and its free fold variables (a node inside a fold body cannot be tabulated on its own)
  type Info = { counts: Set<number>; ok: boolean; costly: boolean; free: Set<number> };
  const memo = new Map<number, Info>();
  const info = (id: number): Info => {
    const hit = memo.get(id);
    if (hit) return hit;
    const n = nodes[id]!;
    let r: Info;
    if (n.op === 'foldvar') r = { counts: new Set(), ok: true, costly: false, free: new Set([n.attrs.v]) };
    else if (isPresenceCount(nodes, id)) r = { counts: new Set([id]), ok: true, costly: false, free: new Set() };
    else if (!isKey(n.domain)) r = { counts: new Set(), ok: true, costly: false, free: new Set() };
    else if (n.op === 'reduce' || n.op === 'firstocc') r = { counts: new Set(), ok: false, costly: false, free: new Set() };
    else {
      const parts = n.args.map(info);
      const counts = new Set(parts.flatMap((p) => [...p.counts]));
      const free = new Set(parts.flatMap((p) => [...p.free]));
      if (n.op === 'fold') free.delete(n.attrs.v);
      r = {
        counts,
        ok: parts.every((p) => p.ok) && counts.size <= MAX_COUNTS,
        costly: n.op === 'call' || n.op === 'fold' || parts.some((p) => p.costly),
        free,
      };
    }
    memo.set(id, r);
    return r;
  };
  const out: CountTable[] = [];
  const seen = new Set<number>();
  const visit = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const n = nodes[id]!;
    if (!isKey(n.domain)) return;
    const r = info(id);
    if (r.ok && r.costly && r.counts.size > 0 && r.free.size === 0 && n.type === 'f32') {
      out.push({ node: id, counts: [...r.counts].sort((a, b) => a - b) });
      return;
    }
    for (const a of n.args) visit(a);
  };
  visit(root);
  return out;
}
