// The host layout of a batch, the same for every runtime: its groups (rows by group), the keyed tables' slots and
// rows per group, the batch's shape, each arena region's length and offset, and the int regions the host fills.
// It imports only the plan's format, so the generated TypeScript module can embed it.
import type { PlanJson, PlanOutput, RegionSize } from './format.js';

export interface GroupLayout {
  G: number;
  groupOf: Int32Array;
  members: Int32Array;
  starts: Int32Array;
}

/** Dense group ids in order of first appearance, and each group's rows (compressed rows). */
export function groupRows(index: Int32Array): GroupLayout {
  const B = index.length;
  const ids = new Map<number, number>();
  const groupOf = new Int32Array(B);
  for (let b = 0; b < B; b++) {
    let g = ids.get(index[b]!);
    if (g === undefined) {
      g = ids.size;
      ids.set(index[b]!, g);
    }
    groupOf[b] = g;
  }
  const G = ids.size;
  const starts = new Int32Array(G + 1);
  for (let b = 0; b < B; b++) starts[groupOf[b]! + 1]!++;
  for (let g = 0; g < G; g++) starts[g + 1]! += starts[g]!;
  const fill = starts.slice(0, G);
  const members = new Int32Array(B);
  for (let b = 0; b < B; b++) members[fill[groupOf[b]!]!++] = b;
  return { G, groupOf, members, starts };
}

export interface Shape {
  B: number;
  T: number;
  G: number;
  W: number;
  K: number;
  V: number;
  N: number;
}

export function regionLength(size: RegionSize, { B, T, G, W, K, V, N }: Shape): number {
  const lengths: Record<RegionSize, number> = {
    'per-token': B * T,
    'per-rollout': B,
    'per-group': G,
    'group-bounds': G + 1,
    'table-slots': K,
    'table-rollout-bits': K * W,
    'key-rows': V,
    'count-table': G * (N + 1),
    'count-table-2d': G * (N + 1) ** 2,
    'group-bins': G * 256,
  };
  return lengths[size];
}

/**
 * Per group: its keyed-table slots and rows, as prefix sums; per row: where its valid tokens end. A group gets
 * a row per token up to each of its rows' last valid one (at least one per distinct key; exactly its valid
 * tokens for prefix masks) and a power of two >= 1.5 x as many slots (load <= 2/3). Each row is scanned from
 * its end, so padding is read, not the whole batch.
 */
export function keyTableLayout(groups: GroupLayout, mask: Int32Array, T: number): NonNullable<KeyedLayout> {
  const kbase = new Int32Array(groups.G + 1);
  const vbase = new Int32Array(groups.G + 1);
  const rowEnd = new Int32Array(groups.members.length);
  for (let g = 0; g < groups.G; g++) {
    let rows = 0;
    for (let m = groups.starts[g]!; m < groups.starts[g + 1]!; m++) {
      const r = groups.members[m]!;
      const end = validEnd(mask, r * T, T);
      rowEnd[r] = end;
      rows += end;
    }
    vbase[g + 1] = vbase[g]! + rows;
    kbase[g + 1] = kbase[g]! + 2 ** Math.ceil(Math.log2(Math.max(2, 1.5 * rows)));
  }
  return { kbase, vbase, rowEnd };
}

/**
 * One past the last nonzero of mask[at .. at + T), 0 when none: the padding is skipped eight values at a time
 * (their OR), which is several times faster in JavaScript than one at a time.
 */
function validEnd(mask: Int32Array, at: number, T: number): number {
  let end = T;
  while (end >= 8) {
    const i = at + end;
    if ((mask[i - 1]! | mask[i - 2]! | mask[i - 3]! | mask[i - 4]! | mask[i - 5]! | mask[i - 6]! | mask[i - 7]! | mask[i - 8]!) !== 0) break;
    end -= 8;
  }
  while (end > 0 && mask[at + end - 1] === 0) end--;
  return end;
}

export type KeyedLayout = { kbase: Int32Array; vbase: Int32Array; rowEnd: Int32Array } | undefined;

/** The shape of a part of a batch with one more of the batch's groups (from an empty shape: the group alone). */
export function withGroup(s: Shape, groups: GroupLayout, keyed: KeyedLayout, g: number): Shape {
  const n = groups.starts[g + 1]! - groups.starts[g]!;
  const N = Math.max(s.N, n);
  return {
    B: s.B + n,
    T: s.T,
    G: s.G + 1,
    W: Math.ceil(N / 32),
    K: s.K + (keyed ? keyed.kbase[g + 1]! - keyed.kbase[g]! : 0),
    V: s.V + (keyed ? keyed.vbase[g + 1]! - keyed.vbase[g]! : 0),
    N,
  };
}

export const emptyShape = (T: number): Shape => ({ B: 0, T, G: 0, W: 0, K: 0, V: 0, N: 0 });

/** The shape of a whole batch. */
export function shapeOf(groups: GroupLayout, keyed: KeyedLayout, T: number): Shape {
  let s = emptyShape(T);
  for (let g = 0; g < groups.G; g++) s = withGroup(s, groups, keyed, g);
  return s;
}

/** A shape at least as large as both, size by size. */
export function largest(a: Shape, b: Shape): Shape {
  return { B: Math.max(a.B, b.B), T: a.T, G: Math.max(a.G, b.G), W: Math.max(a.W, b.W), K: Math.max(a.K, b.K), V: Math.max(a.V, b.V), N: Math.max(a.N, b.N) };
}

/**
 * The outputs, one array per value: outputs computed as one value (GRPO's returns are its advantages) share
 * it, as verl returns one tensor twice (a second copy would cost a fresh allocation's page faults).
 */
export function outputsByValue(outputs: PlanOutput[], make: (o: PlanOutput) => Float32Array): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  const byRegion = new Map<string, Float32Array>();
  for (const o of outputs) {
    out[o.name] = byRegion.get(o.region) ?? make(o);
    byRegion.set(o.region, out[o.name]!);
  }
  return out;
}

/**
 * Groups in decreasing order of tokens (up to their rows' last valid ones). Workgroups then hold groups of
 * similar sizes, whose lanes step through rows of similar lengths, and the device's threads, which take
 * workgroups in order, end together. Only for plans without batch-wide statistics: the group order is then
 * invisible in the results.
 */
export function byWork(keyed: NonNullable<KeyedLayout>): number[] {
  const rows = (g: number) => keyed.vbase[g + 1]! - keyed.vbase[g]!;
  return Array.from({ length: keyed.vbase.length - 1 }, (_, g) => g).sort((a, b) => rows(b) - rows(a));
}

/** The same groups numbered in `order`. */
export function reorderGroups(groups: GroupLayout, order: number[]): GroupLayout {
  const starts = new Int32Array(groups.G + 1);
  const members = new Int32Array(groups.members.length);
  const groupOf = new Int32Array(groups.groupOf.length);
  order.forEach((g, i) => {
    const rows = groups.members.subarray(groups.starts[g], groups.starts[g + 1]);
    members.set(rows, starts[i]!);
    for (const r of rows) groupOf[r] = i;
    starts[i + 1] = starts[i]! + rows.length;
  });
  return { G: groups.G, groupOf, members, starts };
}

/**
 * The keyed-table layout of some of a batch's groups (in their order), from the whole batch's; `rows`: the
 * batch's rows that a part keeps, in order (the part's rows are renumbered from 0).
 */
export function partLayout(keyed: KeyedLayout, part: number[], rows?: Int32Array): KeyedLayout {
  if (!keyed) return undefined;
  const kbase = new Int32Array(part.length + 1);
  const vbase = new Int32Array(part.length + 1);
  part.forEach((g, i) => {
    kbase[i + 1] = kbase[i]! + keyed.kbase[g + 1]! - keyed.kbase[g]!;
    vbase[i + 1] = vbase[i]! + keyed.vbase[g + 1]! - keyed.vbase[g]!;
  });
  return { kbase, vbase, rowEnd: rows ? Int32Array.from(rows, (r) => keyed.rowEnd[r]!) : keyed.rowEnd };
}

/**
 * Each group's rows in decreasing order of where their valid tokens end, for the serial key build: the lanes of
 * a workgroup (one group each) then walk their longest rows together, and steps where no lane has a valid
 * token are cheap.
 */
function rowsByLength(groups: GroupLayout, rowEnd: Int32Array): Int32Array {
  const order = new Int32Array(groups.members.length);
  for (let g = 0; g < groups.G; g++) {
    const rows = [...groups.members.subarray(groups.starts[g], groups.starts[g + 1])];
    order.set(rows.sort((a, b) => rowEnd[b]! - rowEnd[a]!), groups.starts[g]!);
  }
  return order;
}

/** The int regions the host computes: the group layout, the keyed-table bases and the key build's row order. */
export function hostInts(plan: PlanJson, groups: GroupLayout, keyed: KeyedLayout): Record<string, Int32Array | undefined> {
  return {
    members: groups.members,
    starts: groups.starts,
    kbase: keyed?.kbase,
    vbase: keyed?.vbase,
    korder: keyed && plan.intRegions.some((r) => r.name === 'korder') ? rowsByLength(groups, keyed.rowEnd) : undefined,
  };
}

export function layoutOf(regions: { name: string; size: RegionSize }[], shape: Shape) {
  const offsets = new Map<string, number>();
  let total = 0;
  for (const r of regions) {
    offsets.set(r.name, total);
    total += regionLength(r.size, shape);
  }
  return { offsets, total };
}

