// The scheduler: decides which IR nodes become stored values and in which kernel each is computed.
//
// Execution model: every kernel gives each group one worker (a workgroup on a GPU, one invocation on a CPU
// adapter) that does all the work of the group's rollouts and tokens, so group statistics never leave it.
// Maps are recomputed inline where they are consumed (fused). A value is stored ("realized") when it is a
// reduction, a scan, or an output, or a per-token map costly enough that the later kernels reading it load it
// rather than compute it again (materialize.ts). Only a reduction to the batch domain needs every
// group to finish first: it ends a kernel (a stage). Each group writes a partial, and every workgroup of the
// next stage combines the partials itself, so a batch statistic costs one extra dispatch and no separate
// reduction kernel.
import { programInput } from './input-fields.js';
import { isKey } from './domains.js';
import { reachable, usersOf, type Node, type Program } from './ir.js';
import { countTables, type CountTable } from './count-tables.js';
import { storeTokenValues } from './materialize.js';
import type { Stage, Step } from './schedule-steps.js';

/**
 * The region of the fold slots (fold-limit.ts): named like an output's region (`out_` and a name no output can
 * have), so it lies with the outputs at the end of the float arena and the copy that reads them back reads it.
 */
const FOLD_REGION = 'out_0folds';

export type { RegionSize } from '../plan/format.js';
import type { RegionSize } from '../plan/format.js';

export interface Region {
  name: string;
  size: RegionSize;
  /** keyed-table regions only: the host zeroes it before each run (otherwise the kernel initialises what it reads) */
  clear?: boolean;
}

/**
 * How a group's keyed table is laid out. 'shared' (a workgroup fills it with atomics): per-key values live at
 * the key's hash slot, every region is zeroed by the host. 'owned' (one invocation fills it alone): a key gets
 * the group's next dense row when first seen, and its values live at that row, initialised by the kernel (the
 * key build empties the hash slots it is about to use, and a key's row starts when the key arrives), so per-key
 * data is compact (hot keys first) and nothing needs a host clear.
 */
export type KeyTables = 'shared' | 'owned';

export interface Schedule {
  program: Program;
  stages: Stage[];
  /** float arena: inputs, stored values, outputs (outputs last, so one copy reads them back) */
  floatRegions: Region[];
  /** int arena: integer inputs and the group layout */
  intRegions: Region[];
  /** u32 arena of keyed tables (atomics when shared); empty when the program has no keys */
  hashRegions: Region[];
  keyTables: KeyTables;
  /** how each token -> key reduction accumulates */
  keyAccum: Map<number, KeyAccum>;
  /** region name of each stored node */
  stored: Map<number, string>;
  outputs: { name: string; region: string; domain: 'token' | 'rollout' }[];
  /** stage in which each stored value becomes readable */
  readyAt: Map<number, number>;
  /** the live folds (node ids, in order) and the per-group region where the kernels flag one out of range */
  folds: { nodes: number[]; region: string };
}

export class ScheduleError extends Error {}

/**
 * Keyed reductions accumulate with atomics: integer-valued sums (counts, presence) exactly with u32 atomicAdd;
 * i32 min/max with biased u32 atomicMin/Max; other f32 sums and min/max with a compare-exchange loop (their
 * order, hence rounding, is not fixed).
 */
export type KeyAccum = 'u32-sum' | 'f32-sum' | 'i32-max' | 'i32-min' | 'f32-max' | 'f32-min' | 'key-id';

/** True when a node's value is an integer whatever the data (so a sum of it is exact in u32). */
export function isIntegral(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  if (n.type !== 'f32') return n.type === 'bool' || n.type === 'i32' ? n.op !== 'input' || n.attrs.name !== 'index' : false;
  switch (n.op) {
    case 'const':
      return Number.isInteger(n.attrs.value) && n.attrs.value >= 0;
    case 'cast':
      return nodes[n.args[0]!]!.type !== 'f32' ? nonNegative(nodes, n.args[0]!) : isIntegral(nodes, n.args[0]!);
    case 'select':
      return isIntegral(nodes, n.args[1]!) && isIntegral(nodes, n.args[2]!);
    case 'bin':
      return (n.attrs.op === '+' || n.attrs.op === '*') && isIntegral(nodes, n.args[0]!) && isIntegral(nodes, n.args[1]!);
    case 'reduce':
      return (n.attrs.op === 'sum' && isIntegral(nodes, n.args[0]!)) || n.attrs.op === 'count';
    default:
      return false;
  }
}

function nonNegative(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  if (n.type === 'bool') return true;
  if (n.op === 'input') return n.attrs.name === 'response_mask';
  if (n.op === 'const') return n.attrs.value >= 0;
  return n.op === 'select' && nonNegative(nodes, n.args[1]!) && nonNegative(nodes, n.args[2]!);
}

/** The u32 bit pattern a key accumulator starts from (its operation's identity). */
export function accumIdentityBits(kind: KeyAccum): number {
  return ({ 'f32-min': 0x7f800000, 'f32-max': 0xff800000, 'i32-min': 0xffffffff } as Partial<Record<KeyAccum, number>>)[kind] ?? 0;
}

function keyAccumOf(nodes: Node[], n: Node & { op: 'reduce' }): KeyAccum {
  const src = n.args[0]!;
  const t = n.type;
  if (n.attrs.op === 'count' || ((n.attrs.op === 'sum' || n.attrs.op === 'any') && isIntegral(nodes, src))) return 'u32-sum';
  if (n.attrs.op === 'max' || n.attrs.op === 'any') return t === 'i32' ? 'i32-max' : 'f32-max';
  if (n.attrs.op === 'min' || n.attrs.op === 'all') return t === 'i32' ? 'i32-min' : 'f32-min';
  return 'f32-sum';
}

/** The nodes a step computes (their inline computations read what storedDeps says). */
function stepNodes(p: Program, st: Step): number[] {
  switch (st.kind) {
    case 'reduce-group':
      return st.nodes.map((x) => x.node);
    case 'key-build':
      return [...st.carried, ...st.nodes, p.keys.find((k) => k.name === st.key)!.node];
    case 'scan':
      return [...st.carried, st.node];
    case 'reduce-rollout':
    case 'key-reduce':
      return st.nodes;
    case 'output':
      return st.items.map((x) => x.node);
    default:
      return [st.node];
  }
}

/**
 * A group pass walks the group's tokens once for all its token reductions. A reduction placed in the earliest
 * pass after its inputs can leave that pass walking the tokens for it alone (GTPO's class sizes ride with the
 * group's rollout count, which the next pass's rewards read): its token reductions move to the stage's next
 * group pass that walks tokens when no step up to and including that one reads them. One token pass fewer.
 */
function mergeTokenPasses(p: Program, stored: Map<number, string>, steps: Step[]): Step[] {
  const fromTokens = (x: { node: number }) => p.nodes[p.nodes[x.node]!.args[0]!]!.domain === 'token';
  for (let i = 0; i < steps.length; i++) {
    const a = steps[i]!;
    if (a.kind !== 'reduce-group' || !a.nodes.some(fromTokens)) continue;
    const j = steps.findIndex((b, k) => k > i && b.kind === 'reduce-group' && b.nodes.some(fromTokens));
    if (j < 0) continue;
    const moving = a.nodes.filter(fromTokens);
    const ids = new Set(moving.map((x) => x.node));
    const read = steps.slice(i + 1, j + 1).some((st) => stepNodes(p, st).some((id) => [...storedDeps(p, stored, id)].some((d) => ids.has(d))));
    if (read) continue;
    (steps[j] as typeof a).nodes.unshift(...moving);
    a.nodes = a.nodes.filter((x) => !fromTokens(x));
  }
  return steps.filter((st) => st.kind !== 'reduce-group' || st.nodes.length > 0);
}

/**
 * A scan whose one reader is a later pass of its kernel that walks each rollout's positions in the scan's order,
 * one thread per rollout (a key build walks them forward, a scan its own way), is carried along that walk in a
 * variable instead of stored: a store and a load per position fewer, and no per-token region. Not an output's
 * scan, nor one read at a shifted position (the walk has moved on from that position's value).
 */
function fuseScans(p: Program, live: number[], stages: Stage[], stored: Map<number, string>, floatRegions: Region[]): void {
  const shifted = new Set(live.filter((id) => p.nodes[id]!.op === 'shift').flatMap((id) => reachable(p.nodes, p.nodes[id]!.args, (a) => !stored.has(a))));
  // a key build reads its key's node itself
  const reads = (st: Step, id: number) => !(st.kind === 'scan' && st.node === id) && stepNodes(p, st).some((x) => x === id || storedDeps(p, stored, x).has(id));
  for (const stage of stages)
    for (const scan of stage.steps.filter((st): st is Step & { kind: 'scan' } => st.kind === 'scan')) {
      const id = scan.node;
      const n = p.nodes[id] as Node & { op: 'scan' };
      if (shifted.has(id) || p.outputs.some((o) => (stored.has(o.node) ? o.node === id : storedDeps(p, stored, o.node).has(id)))) continue;
      const readers = stages.flatMap((s) => s.steps.filter((st) => reads(st, id)));
      const into = readers[0];
      const walks = into && (into.kind === 'key-build' ? !n.attrs.reverse : into.kind === 'scan' && !!(p.nodes[into.node] as Node & { op: 'scan' }).attrs.reverse === !!n.attrs.reverse);
      if (readers.length !== 1 || !walks || !stage.steps.includes(into) || stage.steps.indexOf(into) < stage.steps.indexOf(scan)) continue;
      (into as Step & { carried: number[] }).carried.push(...scan.carried, id);
      stage.steps.splice(stage.steps.indexOf(scan), 1);
      stored.delete(id);
      for (const r of [`v${id}`, `v${id}_lo`]) if (floatRegions.some((x) => x.name === r)) floatRegions.splice(floatRegions.findIndex((x) => x.name === r), 1);
    }
}

function isBatchReduce(n: Node): boolean {
  return n.op === 'reduce' && n.domain === 'batch';
}

/** The stored values an inline computation of `id` reads (it does not look through stored values). */
function storedDeps(p: Program, stored: Map<number, string>, id: number): Set<number> {
  return new Set(reachable(p.nodes, p.nodes[id]!.args, (a) => !stored.has(a)).filter((a) => stored.has(a)));
}

/** The nodes the outputs need, with the key expressions of the keys they use (a scan only a key reads, too). */
function liveNodes(p: Program): number[] {
  const roots = new Set(p.outputs.map((o) => o.node));
  for (;;) {
    const live = reachable(p.nodes, [...roots]);
    const used = new Set(live.map((id) => p.nodes[id]!).flatMap((n) => (n.op === 'firstocc' ? [n.attrs.key] : isKey(n.domain) ? [n.domain.slice(4)] : [])));
    const more = p.keys.filter((k) => used.has(k.name) && !roots.has(k.node));
    if (!more.length) return live;
    for (const k of more) roots.add(k.node);
  }
}

/** The radix digits of a selection (8 bits each, most significant first), and its histogram bins. */
export const SELECT_DIGITS = 4;
export const SELECT_BINS = 256;
/** The per-group bins a worker's selection counts in (every selection of a kernel reuses them). */
export const SELECT_SCRATCH = 'select_bins';

interface SelectionContext {
  stageAt: (s: number) => Stage;
  floatRegions: Region[];
  stored: Map<number, string>;
  producer: Map<number, { stage: number; step: number }>;
}

/**
 * Schedules kth node `id` whose values are ready at stage `sx` and k at `sk`; returns the stage its value is
 * ready at. To a rollout or group: one step (its worker selects alone). To the batch: a step in each of 5
 * stages, each group writing its histogram of a digit as a partial (group-major: the combine adds whole
 * histograms) and keeping the prefix chosen so far (`_ph`/`_pl` halves, `_k` the rank left) in its own slot;
 * the first digit's histogram needs no k, so it shares the stage of a batch count that k reads.
 */
function scheduleSelection(p: Program, id: number, sx: number, sk: number, x: SelectionContext): number {
  const n = p.nodes[id]!;
  const region = `v${id}`;
  x.stored.set(id, region);
  if (!x.floatRegions.some((r) => r.name === SELECT_SCRATCH)) x.floatRegions.push({ name: SELECT_SCRATCH, size: 'group-bins' });
  const stepAt = (stage: number, step: Step) => {
    const steps = x.stageAt(stage).steps;
    steps.push(step);
    x.producer.set(id, { stage, step: steps.length - 1 });
  };
  if (n.op === 'rank') {
    // the ranked values per rollout, then their ranks
    x.floatRegions.push({ name: `${region}_x`, size: 'per-rollout' }, { name: region, size: 'per-rollout' });
    stepAt(sx, { kind: 'rank', node: id });
    return sx;
  }
  if (n.domain !== 'batch') {
    const s = Math.max(sx, sk);
    x.floatRegions.push({ name: region, size: n.domain === 'rollout' ? 'per-rollout' : 'per-group' });
    stepAt(s, { kind: 'select', node: id });
    return s;
  }
  // every group keeps its copy of the batch value, so later stages read it at their own group
  x.floatRegions.push({ name: region, size: 'per-group' });
  for (const part of ['ph', 'pl', 'k']) x.floatRegions.push({ name: `${region}_${part}`, size: 'per-group' });
  for (let d = 0; d < SELECT_DIGITS; d++) x.floatRegions.push({ name: `${region}_h${d}`, size: 'group-bins' });
  const first = Math.max(sx, sk - 1);
  for (let d = 0; d <= SELECT_DIGITS; d++) stepAt(first + d, { kind: 'select-digit', node: id, digit: d });
  return first + SELECT_DIGITS;
}

export function schedule(p: Program, keyTables: KeyTables = 'shared'): Schedule {
  const owned = keyTables === 'owned';
  const perKey: RegionSize = owned ? 'key-rows' : 'table-slots';
  const live = liveNodes(p);
  const users = usersOf(p.nodes);
  const readyAt = new Map<number, number>();
  const stored = new Map<number, string>();
  const floatRegions: Region[] = [];
  const intRegions: Region[] = [];
  const hashRegions: Region[] = [];
  const keyAccum = new Map<number, KeyAccum>();
  const builtKeys = new Map<string, number>(); // key -> stage of its build step
  const marksFirst = new Set(live.flatMap((id) => (p.nodes[id]!.op === 'firstocc' ? [(p.nodes[id] as Node & { op: 'firstocc' }).attrs.key] : [])));
  const producer = new Map<number, { stage: number; step: number }>(); // stored node -> the step computing it
  const isInt = (i: string) => programInput(p, i)?.type === 'int';
  const inputSize = (i: string): RegionSize => (programInput(p, i)?.domain === 'rollout' ? 'per-rollout' : 'per-token');
  for (const i of p.inputs.filter(isInt)) intRegions.push({ name: i, size: inputSize(i) });
  if (!p.inputs.includes('response_mask')) intRegions.push({ name: 'response_mask', size: 'per-token' });
  intRegions.push({ name: 'members', size: 'per-rollout' }, { name: 'starts', size: 'group-bounds' });
  // keyed tables: each group's slot range and valid-token range (prefix sums computed by the host)
  if (p.keys.length) intRegions.push({ name: 'kbase', size: 'group-bounds' }, { name: 'vbase', size: 'group-bounds' });
  for (const i of p.inputs.filter((i) => !isInt(i))) floatRegions.push({ name: i, size: inputSize(i) });

  const stages: Stage[] = [];
  const stageAt = (s: number): Stage => {
    while (stages.length <= s) stages.push({ index: stages.length, batchValues: [], steps: [] });
    return stages[s]!;
  };
  // readyAt(n): the first kernel that can read n; a batch reduction is readable one kernel after its input.
  for (const id of live) {
    const n = p.nodes[id]!;
    let s = 0;
    for (const a of n.args) s = Math.max(s, readyAt.get(a)!);
    // A reduction joins the earliest pass of its kind that runs after every value it reads: fewer passes,
    // fewer barriers (each barrier costs shader-compile time on software Vulkan).
    const push = (st: Step & { kind: 'reduce-rollout' | 'reduce-group' | 'key-reduce' | 'key-build' }) => {
      const steps = stageAt(s).steps;
      let after = -1;
      for (const d of storedDeps(p, stored, id)) if (producer.get(d)?.stage === s) after = Math.max(after, producer.get(d)!.step);
      // key reductions ride along in their key's build pass when their inputs are ready by then
      const fits = (x: Step) =>
        st.kind === 'key-reduce'
          ? (x.kind === 'key-reduce' || x.kind === 'key-build') && x.key === st.key
          : x.kind === st.kind;
      const at = steps.findIndex((x, i) => i > after && fits(x));
      if (at >= 0) ((steps[at] as typeof st).nodes as unknown[]).push(...(st.nodes as unknown[]));
      else steps.push(st);
      producer.set(id, { stage: s, step: at >= 0 ? at : steps.length - 1 });
    };
    if (n.op === 'kth' || n.op === 'rank') {
      s = scheduleSelection(p, id, readyAt.get(n.args[0]!)!, readyAt.get(n.args.at(-1)!)!, { stageAt, floatRegions, stored, producer });
      readyAt.set(id, s);
      continue;
    }
    if (isBatchReduce(n)) {
      push({ kind: 'reduce-group', nodes: [{ node: id, partial: true }] });
      stored.set(id, `v${id}_partial`);
      floatRegions.push({ name: `v${id}_partial`, size: 'per-group' });
      readyAt.set(id, s + 1);
      stageAt(s + 1);
      continue;
    }
    const keyOf = n.op === 'firstocc' ? n.attrs.key : isKey(n.domain) ? n.domain.slice(4) : undefined;
    if (keyOf !== undefined && !builtKeys.has(keyOf)) {
      const info = p.keys.find((k) => k.name === keyOf)!;
      const ks = readyAt.get(info.node) ?? 0;
      s = Math.max(s, ks);
      builtKeys.set(keyOf, ks);
      // keys_: the key (+1) of each slot (shared) or row (owned); slot_: each token's slot or row and first bit;
      // shared: list_ the slots in order of arrival, seen_ a bit per (slot, rollout);
      // owned: table_ the row (+1) of each hash slot's key, emptied by the key build before use; seen_ the last
      // rollout (+1) that had the row's key, zeroed when the key takes the row.
      // seen_ only where a node reads the key's first occurrences (presence reductions): otherwise no token's
      // first bit is set, and its load and store (an atomic OR on a workgroup) go
      const seen: Region[] = marksFirst.has(keyOf) ? [owned ? { name: `seen_${keyOf}`, size: 'key-rows' } : { name: `seen_${keyOf}`, size: 'table-rollout-bits', clear: true }] : [];
      hashRegions.push(
        ...(owned
          ? [{ name: `table_${keyOf}`, size: 'table-slots' as const }, { name: `keys_${keyOf}`, size: 'key-rows' as const }, ...seen]
          : [{ name: `keys_${keyOf}`, size: 'table-slots' as const, clear: true }, { name: `list_${keyOf}`, size: 'key-rows' as const }, ...seen]),
        { name: `slot_${keyOf}`, size: 'per-token' },
        { name: `count_${keyOf}`, size: 'per-group', clear: !owned },
      );
      stageAt(ks).steps.push({ kind: 'key-build', key: keyOf, nodes: [], carried: [] });
    }
    if (keyOf !== undefined) s = Math.max(s, builtKeys.get(keyOf)!);
    if (n.op === 'firstocc') {
      readyAt.set(id, s);
      continue;
    }
    if (n.op === 'reduce' && isKey(n.domain)) {
      const info = p.keys.find((k) => k.name === keyOf)!;
      stored.set(id, `acc${id}`);
      readyAt.set(id, s);
      if (n.attrs.op === 'max' && n.args[0] === info.node) {
        // the key's own value: the table already holds it
        keyAccum.set(id, 'key-id');
        continue;
      }
      const kind = keyAccumOf(p.nodes, n);
      keyAccum.set(id, kind);
      // owned rows: the key build zeroes accumulators that start from zero ahead of the keys (the others are
      // initialised when their key arrives)
      hashRegions.push({ name: `acc${id}`, size: perKey, clear: !owned });
      push({ kind: 'key-reduce', key: keyOf!, nodes: [id] });
      continue;
    }
    if (isKey(n.domain) && n.op !== 'const' && users[id]!.some((u) => live.includes(u) && !isKey(p.nodes[u]!.domain))) {
      // a per-key value that tokens look up: compute it once per distinct key
      floatRegions.push({ name: `v${id}`, size: perKey });
      stored.set(id, `v${id}`);
      const tables = countTables(p.nodes, id);
      for (const t of tables)
        if (!floatRegions.some((r) => r.name === `table${t.node}`))
          floatRegions.push({ name: `table${t.node}`, size: t.counts.length === 1 ? 'count-table' : 'count-table-2d' });
      stageAt(s).steps.push({ kind: 'key-map', node: id, tables });
      producer.set(id, { stage: s, step: stageAt(s).steps.length - 1 });
      readyAt.set(id, s);
      continue;
    }
    if (n.op === 'reduce') {
      const from = p.nodes[n.args[0]!]!.domain;
      if (n.domain === 'rollout') {
        floatRegions.push({ name: `v${id}`, size: 'per-rollout' });
        push({ kind: 'reduce-rollout', nodes: [id] });
      } else if (n.domain === 'group') {
        floatRegions.push({ name: `v${id}`, size: 'per-group' });
        push({ kind: 'reduce-group', nodes: [{ node: id, partial: false }] });
      } else throw new ScheduleError(`cannot reduce ${from} to ${n.domain}`);
      stored.set(id, `v${id}`);
      readyAt.set(id, s);
    } else if (n.op === 'scan') {
      floatRegions.push({ name: `v${id}`, size: 'per-token' });
      // an int scan is kept exactly as two 16-bit halves (f32 holds 24 bits; its NaN bit patterns do not survive copies)
      if (n.type === 'i32') floatRegions.push({ name: `v${id}_lo`, size: 'per-token' });
      stored.set(id, `v${id}`);
      stageAt(s).steps.push({ kind: 'scan', node: id, carried: [] });
      producer.set(id, { stage: s, step: stageAt(s).steps.length - 1 });
      readyAt.set(id, s);
    } else readyAt.set(id, s);
  }
  for (const st of stages) st.steps = mergeTokenPasses(p, stored, st.steps);
  fuseScans(p, live, stages, stored, floatRegions);
  // Outputs: each distinct node gets one region; `returns` often equals `advantages`.
  const outputs: Schedule['outputs'] = [];
  const outRegion = new Map<number, string>();
  const lastStage = Math.max(0, stages.length - 1);
  const outSteps: Record<'token' | 'rollout', Step & { kind: 'output' }> = {
    token: { kind: 'output', items: [], domain: 'token' },
    rollout: { kind: 'output', items: [], domain: 'rollout' },
  };
  for (const o of p.outputs) {
    const n = p.nodes[o.node]!;
    const domain: 'token' | 'rollout' = n.domain === 'token' ? 'token' : 'rollout';
    let region = outRegion.get(o.node);
    if (!region) {
      region = `out_${o.name}`;
      outRegion.set(o.node, region);
      // a float scan writes every position of its rows: it is stored in the output's region, with no copy
      const scan = n.op === 'scan' && n.type === 'f32' ? floatRegions.findIndex((r) => r.name === stored.get(o.node)) : -1;
      if (scan >= 0) {
        floatRegions.splice(scan, 1);
        stored.set(o.node, region);
      } else outSteps[domain].items.push({ name: region, node: o.node });
      // in the outputs' order: the host reads them back from the first one's offset on
      floatRegions.push({ name: region, size: domain === 'token' ? 'per-token' : 'per-rollout' });
    }
    outputs.push({ name: o.name, region, domain });
  }
  // Outputs go in the last stage, one pass per domain: every value is ready there, and the copy-back follows.
  for (const st of [outSteps.token, outSteps.rollout]) if (st.items.length) stageAt(lastStage).steps.push(st);
  for (const id of storeTokenValues(p, stages, stored)) floatRegions.push({ name: stored.get(id)!, size: 'per-token' });
  // Each kernel combines the partials of every batch value ready by then (a few G-long sums, all fused).
  for (const st of stages)
    st.batchValues = live.filter((id) => isBatchReduce(p.nodes[id]!) && readyAt.get(id)! <= st.index);
  // A per-group slot for the first fold out of range (fold-limit.ts), read back with the outputs.
  const folds = { nodes: live.filter((id) => p.nodes[id]!.op === 'fold').sort((a, b) => a - b), region: FOLD_REGION };
  if (folds.nodes.length) floatRegions.push({ name: FOLD_REGION, size: 'per-group' });
  // Keep output regions contiguous at the end of the arena.
  floatRegions.sort((a, b) => +a.name.startsWith('out_') - +b.name.startsWith('out_'));
  // serial key builds visit each group's rows longest first (the host sorts them) unless a per-key f32 sum
  // depends on the order of its additions
  if (owned && p.keys.length && ![...keyAccum.values()].includes('f32-sum')) intRegions.push({ name: 'korder', size: 'per-rollout' });
  return { program: p, stages, floatRegions, intRegions, hashRegions, keyTables, keyAccum, stored, outputs, readyAt, folds };
}
