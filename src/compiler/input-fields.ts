// The batch fields an estimator can read, in one table: the checker types names with it, the io layer
// validates and writes batches with it, the CLI and the generated module describe batches with it. Names are
// verl's DataProto keys, so a dumped verl batch loads without renaming.

import type { InputField } from '../plan/format.js';

export const INPUT_FIELDS = [
  { name: 'responses', type: 'int', domain: 'token', required: true, aliases: [], doc: 'token ids' },
  { name: 'response_mask', type: 'int', domain: 'token', required: true, mask: true, aliases: [], doc: '1 on response tokens, 0 on padding' },
  { name: 'token_level_rewards', type: 'float', domain: 'token', required: true, finite: true, aliases: [], doc: 'reward per token (the outcome sits on the last valid token)' },
  { name: 'index', type: 'int', domain: 'rollout', required: true, aliases: [], doc: 'group (prompt) id of each rollout' },
  { name: 'values', type: 'float', domain: 'token', required: false, finite: true, aliases: [], doc: 'critic values' },
  { name: 'old_log_probs', type: 'float', domain: 'token', required: false, aliases: [], doc: 'log-probability of each token under the rollout policy' },
  { name: 'ref_log_probs', type: 'float', domain: 'token', required: false, aliases: ['ref_log_prob'], doc: 'log-probability under the reference policy' },
  { name: 'entropy', type: 'float', domain: 'token', required: false, aliases: ['entropys'], doc: "the policy's entropy at each token" },
  { name: 'sum_pi_squared', type: 'float', domain: 'token', required: false, aliases: [], doc: 'sum over the vocabulary of p^2 at each token (optimal token baseline)' },
  { name: 'rollout_is_weights', type: 'float', domain: 'token', required: false, fill: 1, aliases: [], doc: 'rollout importance-sampling weights per token (1 when absent)' },
  { name: 'reward_baselines', type: 'float', domain: 'rollout', required: false, finite: true, aliases: [], doc: 'a baseline score per rollout (ReMax)' },
] as const satisfies readonly InputField[];

export type StandardField = (typeof INPUT_FIELDS)[number];
export type InputName = StandardField['name'];

const BY_NAME = new Map<string, InputField>(INPUT_FIELDS.map((f) => [f.name, f]));

/** The standard field called `name` (or one of its aliases), if any. */
export function inputField(name: string): InputField | undefined {
  return BY_NAME.get(name) ?? INPUT_FIELDS.find((f) => (f.aliases as readonly string[]).includes(name));
}

export const inputNames = (pick: (f: InputField) => boolean = () => true): InputName[] =>
  INPUT_FIELDS.filter(pick).map((f) => f.name);

/**
 * The batch with every field the program reads that is absent but has a fill value filled with it (a new object; the
 * given one is not changed). Executors and the interpreter call it, so an estimator may read such a field
 * whether or not the batch carries it.
 */
export function withFilledInputs<B extends { B: number; T: number }>(batch: B, p: { inputs: string[]; declaredInputs?: InputField[] }): B {
  let out: B | undefined;
  for (const name of p.inputs) {
    const f = programInput(p, name);
    if (f?.fill === undefined || (batch as Record<string, unknown>)[name] !== undefined) continue;
    out ??= { ...batch };
    (out as Record<string, unknown>)[name] = new Float32Array(f.domain === 'token' ? batch.B * batch.T : batch.B).fill(f.fill);
  }
  return out ?? batch;
}

/** The fields a program reads that the batch may lack: each has a fill value. */
export function filledInputs(p: { inputs: string[]; declaredInputs?: InputField[] }): string[] {
  return p.inputs.filter((i) => programInput(p, i)?.fill !== undefined);
}

/** The facts of a field a program reads: its row of the standard table, or the program's own declaration. */
export function programInput(p: { declaredInputs?: InputField[] }, name: string): InputField | undefined {
  return BY_NAME.get(name) ?? p.declaredInputs?.find((f) => f.name === name);
}
