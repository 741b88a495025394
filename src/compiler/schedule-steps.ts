// The steps of a schedule's kernels (stages): what each pass over a group's data does. Their own module, so the
// scheduler's helpers (materialize.ts) and the lowering read them without importing the scheduler.
import type { CountTable } from './count-tables.js';

export type Step =
  | { kind: 'reduce-rollout'; nodes: number[] } // token -> rollout, one thread per rollout, fused (over every position or valid tokens, each as its node says)
  // -> group, or a group's share of a batch value; `stores`: token values it stores at the valid tokens it
  // walks, for later kernels to read (materialize.ts)
  | { kind: 'reduce-group'; nodes: { node: number; partial: boolean }[]; stores?: number[] }
  // `carried`: scans carried along this one's walk, not stored (fuseScans)
  | { kind: 'scan'; node: number; carried: number[] }
  // hash the group's valid tokens by key, mark each (row, key)'s first token; `nodes`: key reductions whose
  // inputs are ready then are accumulated in the same pass; `carried`: forward scans computed along its walk
  | { kind: 'key-build'; key: string; nodes: number[]; carried: number[] }
  | { kind: 'key-reduce'; key: string; nodes: number[] } // token -> key accumulations, fused into one token pass
  // a key-domain value computed once per distinct key; `tables`: its parts read from per-group count tables
  | { kind: 'key-map'; node: number; tables: CountTable[] }
  // kth to a rollout or group: a radix select inside the group's worker (lower-select.ts)
  | { kind: 'select'; node: number }
  // kth to the batch, one stage per 8-bit digit (0..3): combine the groups' histograms of the digit before,
  // then histogram this digit; digit 4 only combines, giving the value
  | { kind: 'select-digit'; node: number; digit: number }
  // rank among the group's rollouts: a pairwise count in the group's worker (lower-select.ts)
  | { kind: 'rank'; node: number }
  | { kind: 'output'; items: { name: string; node: number }[]; domain: 'token' | 'rollout' };

export interface Stage {
  index: number;
  /** batch reductions whose partials every workgroup combines at the start of this stage */
  batchValues: number[];
  steps: Step[];
}
