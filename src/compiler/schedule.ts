// The scheduler: decides which IR nodes become stored values and in which kernel each is computed.
//
// Execution model: every kernel runs one workgroup per group, and the workgroup does all the work of its
// group's rollouts and tokens, so group statistics never leave the workgroup. Maps are never stored: they are
// recomputed inline where they are consumed (fused). A value is stored ("realized") when it is a reduction, a
// scan, or an output. Only a reduction to the batch domain needs every group to finish first: it ends a kernel
// (a stage). Each group writes a partial, and every workgroup of the next stage combines the partials itself,
// so a batch statistic costs one extra dispatch and no separate reduction kernel.
import { isKey, type Domain } from './domains.js';
import { reachable, usersOf, type Node, type Program } from './ir.js';

/** Sizes of arena regions, as formulas of the batch shape. */
export type RegionSize = 'BT' | 'B' | 'G' | 'G+1';

export interface Region {
  name: string;
  size: RegionSize;
}

export type Step =
  | { kind: 'reduce-rollout'; node: number } // token -> rollout, per member
  | { kind: 'reduce-group'; node: number } // rollout/token -> group, per workgroup
  | { kind: 'batch-partial'; node: number } // rollout/token/group -> this group's share of a batch value
  | { kind: 'scan'; node: number }
  | { kind: 'output'; name: string; node: number; domain: 'token' | 'rollout' };

export interface Stage {
  index: number;
  /** batch reductions whose partials are combined at the start of this stage */
  batchValues: number[];
  steps: Step[];
}

export interface Schedule {
  program: Program;
  stages: Stage[];
  /** float arena: inputs, stored values, outputs (outputs last, so one copy reads them back) */
  floatRegions: Region[];
  /** int arena: integer inputs and the group layout */
  intRegions: Region[];
  /** region name of each stored node */
  stored: Map<number, string>;
  outputs: { name: string; region: string; domain: 'token' | 'rollout' }[];
  /** stage in which each stored value becomes readable */
  readyAt: Map<number, number>;
}

export class ScheduleError extends Error {}

function isBatchReduce(n: Node): boolean {
  return n.op === 'reduce' && n.domain === 'batch';
}

export function schedule(p: Program): Schedule {
  const roots = p.outputs.map((o) => o.node);
  const live = reachable(p.nodes, roots);
  for (const id of live) {
    const n = p.nodes[id]!;
    if (isKey(n.domain) || n.op === 'firstocc')
      throw new ScheduleError('keyed tables are not supported by the GPU backend of this build');
  }
  // stage(n): the first kernel in which n's value can be computed.
  const stage = new Map<number, number>();
  for (const id of live) {
    const n = p.nodes[id]!;
    let s = 0;
    for (const a of n.args) s = Math.max(s, stage.get(a)!);
    stage.set(id, s);
  }
  const readyAt = new Map<number, number>();
  const stored = new Map<number, string>();
  const floatRegions: Region[] = [];
  const intRegions: Region[] = [];
  const inputsF = p.inputs.filter((i) => !['responses', 'response_mask', 'index'].includes(i));
  for (const i of p.inputs.filter((i) => ['responses', 'response_mask', 'index'].includes(i)))
    intRegions.push({ name: i, size: i === 'index' ? 'B' : 'BT' });
  if (!p.inputs.includes('response_mask')) intRegions.push({ name: 'response_mask', size: 'BT' });
  intRegions.push({ name: 'members', size: 'B' }, { name: 'starts', size: 'G+1' });
  for (const i of inputsF) floatRegions.push({ name: i, size: i === 'reward_baselines' ? 'B' : 'BT' });

  const stages: Stage[] = [];
  const stageAt = (s: number): Stage => {
    while (stages.length <= s) stages.push({ index: stages.length, batchValues: [], steps: [] });
    return stages[s]!;
  };
  // Stage numbers are recomputed with batch reductions as boundaries.
  for (const id of live) {
    const n = p.nodes[id]!;
    let s = 0;
    for (const a of n.args) s = Math.max(s, readyAt.get(a) ?? stage.get(a)!);
    if (isBatchReduce(n)) {
      const src = p.nodes[n.args[0]!]!;
      stored.set(id, `v${id}_partial`);
      floatRegions.push({ name: `v${id}_partial`, size: 'G' });
      stageAt(s).steps.push({ kind: 'batch-partial', node: id });
      readyAt.set(id, s + 1);
      stageAt(s + 1).batchValues.push(id);
      void src;
      continue;
    }
    stage.set(id, s);
    if (n.op === 'reduce') {
      const from = p.nodes[n.args[0]!]!.domain;
      if (n.domain === 'rollout') {
        floatRegions.push({ name: `v${id}`, size: 'B' });
        stageAt(s).steps.push({ kind: 'reduce-rollout', node: id });
      } else if (n.domain === 'group') {
        floatRegions.push({ name: `v${id}`, size: 'G' });
        stageAt(s).steps.push({ kind: 'reduce-group', node: id });
      } else throw new ScheduleError(`cannot reduce ${from} to ${n.domain}`);
      stored.set(id, `v${id}`);
      readyAt.set(id, s);
    } else if (n.op === 'scan') {
      floatRegions.push({ name: `v${id}`, size: 'BT' });
      stored.set(id, `v${id}`);
      stageAt(s).steps.push({ kind: 'scan', node: id });
      readyAt.set(id, s);
    } else readyAt.set(id, s);
  }
  // Outputs: each distinct node gets one region; `returns` often equals `advantages`.
  const outputs: Schedule['outputs'] = [];
  const outRegion = new Map<number, string>();
  const lastStage = Math.max(0, stages.length - 1);
  for (const o of p.outputs) {
    const n = p.nodes[o.node]!;
    const domain: 'token' | 'rollout' = n.domain === 'token' ? 'token' : 'rollout';
    let region = outRegion.get(o.node);
    if (!region) {
      region = `out_${o.name}`;
      outRegion.set(o.node, region);
      floatRegions.push({ name: region, size: domain === 'token' ? 'BT' : 'B' });
      // Outputs go in the last stage: every value is ready there, and the copy-back follows it.
      stageAt(lastStage).steps.push({ kind: 'output', name: region, node: o.node, domain });
    }
    outputs.push({ name: o.name, region, domain });
  }
  // Keep output regions contiguous at the end of the arena.
  floatRegions.sort((a, b) => +a.name.startsWith('out_') - +b.name.startsWith('out_'));
  void usersOf;
  return { program: p, stages, floatRegions, intRegions, stored, outputs, readyAt };
}

export function regionLength(size: RegionSize, B: number, T: number, G: number): number {
  switch (size) {
    case 'BT':
      return B * T;
    case 'B':
      return B;
    case 'G':
      return G;
    case 'G+1':
      return G + 1;
  }
}

/** Element offsets of each region, in order, and the arena's total length. */
export function layout(regions: Region[], B: number, T: number, G: number): { offsets: Map<string, number>; total: number } {
  const offsets = new Map<string, number>();
  let total = 0;
  for (const r of regions) {
    offsets.set(r.name, total);
    total += regionLength(r.size, B, T, G);
  }
  return { offsets, total };
}

export function domainOfStep(p: Program, s: Step): Domain {
  return p.nodes[s.node]!.domain;
}
