// The host plan: everything a runtime needs besides the WGSL (bindings, uniforms, regions, dispatches, outputs).
import type { PlanJson } from '../plan/format.js';
import { SERIAL_LANES, WORKGROUP_SIZE, type CodegenOptions, type KernelModule } from './kernel-ir.js';
import { programInput } from './input-fields.js';
import type { Node, Program } from './ir.js';
import type { Schedule } from './schedule.js';

export function buildPlan(s: Schedule, kernels: KernelModule, opts: CodegenOptions): PlanJson {
  const p = s.program;
  const perWorkgroup = opts.mode === 'serial' ? SERIAL_LANES : 1;
  return {
    format: 'advc-plan/1',
    name: p.name,
    workgroupSize: opts.mode === 'serial' ? SERIAL_LANES : WORKGROUP_SIZE,
    groupsPerWorkgroup: perWorkgroup,
    ...(opts.mode === 'serial' ? { lanesConstant: 'LANES' } : {}),
    params: p.params.map((q) => ({ name: q.name, type: q.type, default: q.default })),
    inputs: p.inputs,
    ...fillsOf(p),
    ...(p.declaredInputs?.length ? { declared: p.declaredInputs } : {}),
    uniforms: kernels.uniforms,
    floatRegions: s.floatRegions,
    intRegions: s.intRegions,
    hashRegions: s.hashRegions,
    kernels: kernels.kernels.map(({ name: entryPoint }) => ({
      entryPoint,
      dispatch: perWorkgroup === 1 ? { x: 'min(G, 65535)', y: 'ceil(G / 65535)' } : { x: 'min(ceil(G / LANES), 65535)', y: 'ceil(ceil(G / LANES) / 65535)' },
    })),
    outputs: s.outputs,
    ...(s.folds.nodes.length ? { folds: { at: s.folds.nodes.map((id) => (p.nodes[id] as Node & { op: 'fold' }).attrs.at), region: s.folds.region } } : {}),
    splittable: s.stages.every((st) => !st.batchValues.length),
  };
}

/** The fill values of the optional inputs the program reads, when it reads any. */
function fillsOf(p: Program): { fills?: Record<string, number> } {
  const fills = Object.fromEntries(p.inputs.flatMap((i) => {
    const fill = programInput(p, i)?.fill;
    return fill === undefined ? [] : [[i, fill]];
  }));
  return Object.keys(fills).length ? { fills } : {};
}

/** Bindings, for readers of the plan who run the WGSL themselves. */
export const BINDINGS = [
  { binding: 0, name: 'u', type: 'uniform', holds: 'the Uniforms struct: B, T, G, region offsets (elements), parameters' },
  { binding: 1, name: 'F', type: 'storage', holds: 'f32 arena: float inputs, stored values, outputs (last)' },
  { binding: 2, name: 'I', type: 'read-only-storage', holds: 'i32 arena: responses, response_mask, index, members, starts' },
  { binding: 3, name: 'H', type: 'storage', holds: 'u32 atomics arena of keyed tables, zeroed before each run (only when the estimator has keys)' },
];
