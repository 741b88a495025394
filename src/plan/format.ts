// The plan: what a runtime needs besides the kernels to run an estimator (its parameters, inputs, uniforms,
// arena regions and their sizes, kernels and their dispatches, outputs), written by the compiler (compiler/plan.ts)
// and read by every runtime: the WebGPU plan runner, the CPU runner, the generated TypeScript module, the C
// library target. It imports nothing, so the generated module can embed it.

/** A batch field an estimator can read: the standard ones (compiler/input-fields.ts) and declared ones. */
export interface InputField {
  name: string;
  /** element type in the batch: int fields are Int32Array, float fields Float32Array */
  type: 'int' | 'float';
  /** token fields are [B,T] row-major, rollout fields [B] */
  domain: 'token' | 'rollout';
  /** every batch has it (verl always does) */
  required: boolean;
  /** holds only 0 and 1 */
  mask?: boolean;
  /** must be finite everywhere: it feeds sums and means, where one NaN spoils a whole group */
  finite?: boolean;
  /** the value every element takes when an optional field is absent (what verl does with None) */
  fill?: number;
  /** other names the same data goes by in verl dumps and recipes (read as this field) */
  aliases: readonly string[];
  doc: string;
}

/**
 * Region sizes, named for what they hold, as formulas of the batch's shape: B rollouts of T positions in G
 * groups (N rollouts in the largest); K slots of all keyed tables (per group a power of two >= 1.5 x its key
 * rows); V key rows (per group its tokens up to each row's last valid one: at least its distinct keys); W words
 * of a rollout bitmask (ceil(N / 32)).
 */
export const REGION_SIZES = {
  /** B * T: a value per position */
  'per-token': 'B*T',
  /** B: a value per rollout */
  'per-rollout': 'B',
  /** G: a value per group */
  'per-group': 'G',
  /** G + 1: prefix sums over the groups */
  'group-bounds': 'G+1',
  /** K: a value per keyed-table slot */
  'table-slots': 'K',
  /** K * W: a shared table's bitmask of the rollouts that have each slot's key */
  'table-rollout-bits': 'K*W',
  /** V: a value per key row */
  'key-rows': 'V',
  /** G * (N + 1): a count table per group, an entry per presence count */
  'count-table': 'G*(N+1)',
  /** G * (N + 1)^2: a count table per group, an entry per pair of presence counts */
  'count-table-2d': 'G*(N+1)^2',
  /** G * 256: a histogram of 256 bins per group (a selection's digit counts) */
  'group-bins': 'G*256',
} as const;
export type RegionSize = keyof typeof REGION_SIZES;

/** A field of the uniform struct: a batch size, a region offset, or a parameter. */
export interface UniformField {
  name: string;
  type: 'u32' | 'i32' | 'f32';
  source: { kind: 'size'; of: 'B' | 'T' | 'G' | 'W' | 'K' | 'V' | 'N' } | { kind: 'offset'; arena: 'f32' | 'i32' | 'u32'; region: string } | { kind: 'param'; name: string };
}

export interface PlanJson {
  format: 'advc-plan/1';
  name: string;
  workgroupSize: number;
  /** groups handled by one workgroup (1 in cooperative mode, one per invocation in serial mode) */
  groupsPerWorkgroup: number;
  /**
   * serial plans: the WGSL override constant holding the groups per workgroup (at most groupsPerWorkgroup);
   * the runner halves it while the batch has fewer workgroups than the device has workers
   */
  lanesConstant?: string;
  params: { name: string; type: 'f32' | 'i32' | 'bool'; default: number }[];
  inputs: string[];
  /** inputs the batch may lack, with the value each element takes then (verl's None) */
  fills?: Record<string, number>;
  /** the fields beyond the standard table the estimator declares (`input name: domain type`), checked like them */
  declared?: InputField[];
  uniforms: UniformField[];
  floatRegions: { name: string; size: RegionSize }[];
  intRegions: { name: string; size: RegionSize }[];
  /** u32 words of keyed tables; those marked `clear` are zeroed before each run */
  hashRegions: { name: string; size: RegionSize; clear?: boolean }[];
  kernels: { entryPoint: string; dispatch: { x: string; y: string } }[];
  /** no batch-wide statistic: groups are independent, so a batch too big for one binding runs in parts */
  splittable: boolean;
  outputs: { name: string; region: string; domain: 'token' | 'rollout' }[];
  /**
   * the program's folds: each one's source position (file:line:col), in the order the kernels number them, and
   * the per-group float region where a group's kernels flag the first fold whose range was too long (zeroed
   * by the runner before each run, read after it: compiler/fold-limit.ts)
   */
  folds?: { at: string[]; region: string };
}

/** An output: the region holding it, per token or per rollout. */
export type PlanOutput = PlanJson['outputs'][number];

export interface RunnerBatch {
  B: number;
  T: number;
  index: Int32Array;
  [field: string]: Int32Array | Float32Array | number;
}

