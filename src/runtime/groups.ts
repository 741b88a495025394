// Factorizes the `index` field into dense groups (in order of first appearance) and lists each group's rows,
// as compressed rows: members[starts[g] .. starts[g+1]) are group g's rows in batch order.

export interface Groups {
  G: number;
  groupOf: Int32Array;
  members: Int32Array;
  starts: Int32Array;
}

export function groupRows(index: Int32Array): Groups {
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
