// Which per-token updates of key accumulators can never both be nonzero for one token: such updates are
// merged into one memory update whose address is chosen by the value that is nonzero. On CPU-backed devices
// every memory statement of a SIMD step costs a pass over its lanes, active or not, so KTAE's four class
// counts (first occurrence or not, correct rollout or not) become two updates instead of four.
import type { Node } from './ir.js';
import type { KeyAccum } from './schedule.js';

/** A conjunction of boolean literals: node id -> the value it must have. */
export type Literals = Map<number, boolean>;

/** Conditions that hold whenever node `id` is nonzero (true, for booleans); empty when nothing is known. */
export function nonzeroWhen(nodes: Node[], id: number): Literals {
  const n = nodes[id]!;
  if (n.type === 'bool') {
    if (n.op === 'bin' && n.attrs.op === 'and') return merge(nonzeroWhen(nodes, n.args[0]!), nonzeroWhen(nodes, n.args[1]!));
    return literal(nodes, id, true);
  }
  if (n.op === 'cast') return nonzeroWhen(nodes, n.args[0]!);
  if (n.op === 'bin' && n.attrs.op === '*') return merge(nonzeroWhen(nodes, n.args[0]!), nonzeroWhen(nodes, n.args[1]!));
  if (n.op === 'select') {
    const [c, t, f] = n.args as [number, number, number];
    if (isZero(nodes, f)) return merge(literal(nodes, c, true), nonzeroWhen(nodes, t));
    if (isZero(nodes, t)) return merge(literal(nodes, c, false), nonzeroWhen(nodes, f));
  }
  return new Map();
}

/** True when the two conjunctions cannot both hold. */
export function exclusive(a: Literals, b: Literals): boolean {
  for (const [id, v] of a) if (b.has(id) && b.get(id) !== v) return true;
  return false;
}

/**
 * Partitions values (by index) into groups whose members are pairwise exclusive, in order: each value joins
 * the first group it is exclusive with, so the result depends only on the program.
 */
export function exclusiveGroups(conds: Literals[]): number[][] {
  const groups: number[][] = [];
  conds.forEach((c, i) => {
    const g = groups.find((m) => m.every((j) => exclusive(conds[j]!, c)));
    if (g) g.push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * The per-key integer sums among a key build's reductions (counts of 1 per token excepted: they are never
 * zero), grouped by which share one update: node ids, in order, each group pairwise exclusive (singletons
 * included). Codegen emits one update per group; `advc explain` prints the groups of more than one.
 */
export function sharedUpdates(nodes: Node[], keyAccum: Map<number, KeyAccum>, build: number[]): number[][] {
  const sums = build.filter((id) => {
    const n = nodes[id]!;
    return keyAccum.get(id) === 'u32-sum' && n.op === 'reduce' && n.attrs.op !== 'count';
  });
  return exclusiveGroups(sums.map((id) => nonzeroWhen(nodes, nodes[id]!.args[0]!))).map((g) => g.map((i) => sums[i]!));
}

function literal(nodes: Node[], id: number, value: boolean): Literals {
  let n = nodes[id]!;
  while (n.op === 'un' && n.attrs.op === 'not') {
    n = nodes[n.args[0]!]!;
    value = !value;
  }
  return new Map([[n.id, value]]);
}

/** Both conjunctions; on a contradiction the first literal stays (a weaker condition, still true). */
function merge(a: Literals, b: Literals): Literals {
  const out = new Map(a);
  for (const [id, v] of b) if (!out.has(id)) out.set(id, v);
  return out;
}

function isZero(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  return n.op === 'const' && n.attrs.value === 0;
}

/**
 * For a group of sharedUpdates, per member but the last: literals that hold whenever it is nonzero and fail
 * whenever a later member is nonzero (one that tells it apart from each later member). The shared update's
 * address is chosen by them rather than by which value is nonzero: where a rollout's class tells KTAE's
 * counts apart, the choice is made once per rollout, not per token on its first-occurrence bit.
 */
export function choosers(nodes: Node[], group: number[]): Literals[] {
  const conds = group.map((id) => nonzeroWhen(nodes, nodes[id]!.args[0]!));
  return conds.slice(0, -1).map((c, i) => {
    const out: Literals = new Map();
    for (const later of conds.slice(i + 1)) {
      const [id, v] = [...c].find(([id, v]) => later.has(id) && later.get(id) !== v)!;
      out.set(id, v);
    }
    return out;
  });
}
