// The batch fields an estimator can read, in one table: the checker types names with it, the io layer
// validates and writes batches with it, the CLI and the generated module describe batches with it. Names are
// verl's DataProto keys, so a dumped verl batch loads without renaming.

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
  /** other names the same data goes by in verl dumps and recipes (read as this field) */
  aliases: readonly string[];
  doc: string;
}

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
  { name: 'rollout_is_weights', type: 'float', domain: 'token', required: false, aliases: [], doc: 'rollout importance-sampling weights per token' },
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
