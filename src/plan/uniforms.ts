// The uniforms of a run, and the checks of a batch, parameters and output arrays against the plan before one.
import type { PlanJson, RunnerBatch } from './format.js';
import type { Shape } from './layout.js';

/** A batch or parameter the plan cannot run (a user error, not a bug). */
export class PlanInputError extends Error {
  override name = 'PlanInputError';
}

/** The batch with the plan's absent optional inputs filled with their value (the batch itself when none is). */
export function withFills(plan: PlanJson, batch: RunnerBatch): RunnerBatch {
  const absent = Object.entries(plan.fills ?? {}).filter(([name]) => batch[name] === undefined);
  if (!absent.length) return batch;
  const out: RunnerBatch = { ...batch };
  for (const [name, value] of absent) {
    const perRollout = [...plan.floatRegions, ...plan.intRegions].find((r) => r.name === name)?.size === 'per-rollout';
    out[name] = new Float32Array(perRollout ? batch.B : batch.B * batch.T).fill(value);
  }
  return out;
}

/** Checks that the batch has every field the plan reads, with its length, and that each parameter exists. */
export function checkInputs(plan: PlanJson, batch: RunnerBatch, params: Record<string, number | boolean>): void {
  const { B, T } = batch;
  for (const name of plan.inputs) {
    const a = batch[name];
    // an input's region says its shape: one value per rollout or per token
    const want = [...plan.floatRegions, ...plan.intRegions].find((r) => r.name === name)?.size === 'per-rollout' ? B : B * T;
    if (!a || typeof a === 'number') throw new PlanInputError(`the batch has no field '${name}', which ${plan.name} reads`);
    if (a.length !== want) throw new PlanInputError(`field '${name}' has ${a.length} values, expected ${want}`);
  }
  for (const k of Object.keys(params))
    if (!plan.params.some((p) => p.name === k)) throw new PlanInputError(`${plan.name} has no parameter '${k}'`);
}

/** Output arrays a caller passes to be filled instead of fresh ones (`run(batch, params, out)`), by output name. */
export type OutputBuffers = Record<string, Float32Array>;

/** Checks caller-given output arrays: each names an output of the plan and is a Float32Array of its exact length. */
export function checkOutputBuffers(plan: PlanJson, B: number, T: number, out: OutputBuffers): void {
  for (const [name, a] of Object.entries(out)) {
    const o = plan.outputs.find((x) => x.name === name);
    if (!o) throw new PlanInputError(`out.${name}: ${plan.name} has no output '${name}' (outputs: ${plan.outputs.map((x) => x.name).join(', ')})`);
    const n = o.domain === 'token' ? B * T : B;
    if (!(a instanceof Float32Array) || a.length !== n) {
      const got = a instanceof Float32Array ? `${a.length} values` : `a ${(a as object)?.constructor?.name ?? typeof a}`;
      throw new PlanInputError(`out.${name}: expected a Float32Array of ${n} values (${o.domain === 'token' ? `B*T = ${B}*${T}` : `B = ${B}`}), got ${got}`);
    }
  }
}

/** A uniform's value for a run: a size of the batch's shape, a region's offset in its arena, or a parameter. */
export function uniformValue(
  plan: PlanJson,
  f: PlanJson['uniforms'][number],
  shape: Shape,
  arenas: Record<'f32' | 'i32' | 'u32', { offsets: Map<string, number> }>,
  params: Record<string, number | boolean>,
): number {
  const s = f.source;
  if (s.kind === 'size') return shape[s.of];
  if (s.kind === 'offset') return arenas[s.arena].offsets.get(s.region)!;
  const given = params[s.name];
  return given === undefined ? plan.params.find((p) => p.name === s.name)!.default : Number(given);
}

