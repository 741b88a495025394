// What `advc report` shows, as plain data: the groups of a batch with their rollouts and tokens, and the
// key tokens with their 2x2 tables. Built from an estimator's outputs; rendering is html.ts's job.
import type { Batch, Outputs } from '../../runtime/batch.js';
import { groupRows } from '../../plan/layout.js';

/** A key (token id) of one group and the statistics KTAE computed for it. */
export interface KeyStats {
  group: number;
  id: number;
  value: number;
  a: number;
  b: number;
  c: number;
  d: number;
  p: number;
  ig: number;
  direction: number;
}

export interface TokenView {
  id: number;
  advantage: number;
  /** the token's key-token value, when the estimator outputs `key_values` */
  keyValue?: number;
  /** index into the group's `keys`, when KTAE's statistics were computed */
  key?: number;
}

export interface RolloutView {
  row: number;
  score: number;
  correct: boolean;
  /** KTAE's rollout part, or the mean token advantage for estimators without one */
  rolloutAdvantage: number;
  /** valid (masked) tokens of the rollout, and how many of them are shown */
  length: number;
  tokens: TokenView[];
}

export interface GroupView {
  /** the batch's `index` value of the group */
  index: number;
  rollouts: RolloutView[];
  nCorrect: number;
  nWrong: number;
  /** every key of the group with its statistics (empty without them) */
  keys: KeyStats[];
}

export interface ReportLimits {
  maxGroups: number;
  maxTokens: number;
  /** keys listed per direction, per group and overall */
  topKeys: number;
}

export interface ReportModel {
  groups: GroupView[];
  totalGroups: number;
  /** rollouts whose tokens were cut to `maxTokens` */
  cutRollouts: number;
  hasKeyValues: boolean;
  hasKeyStats: boolean;
  /** the strongest positive and negative keys over every group, not only the shown ones */
  overallPositive: KeyStats[];
  overallNegative: KeyStats[];
  /** what the rollout-advantage column holds */
  rolloutAdvantageLabel: string;
}

export const KEY_STAT_OUTPUTS = [
  'key_values',
  'key_a',
  'key_b',
  'key_c',
  'key_d',
  'key_p_value',
  'key_information_gain',
  'key_direction',
] as const;

/** Outputs that carry KTAE's statistics (those of the `ktae_report` estimator). */
export function hasKeyStatOutputs(o: Record<string, Float32Array>): boolean {
  return KEY_STAT_OUTPUTS.every((n) => o[n] !== undefined);
}

/**
 * `outputs` holds the estimator's advantages (and key_values if it has them); `stats`, when given, holds
 * ktae_report's per-token statistics. `zeroTokenId` keys carry no key term and are left out of the key lists.
 */
export function buildReport(
  batch: Batch,
  outputs: Outputs,
  stats: Record<string, Float32Array> | undefined,
  limits: ReportLimits,
  zeroTokenId: number | undefined,
): ReportModel {
  const { T } = batch;
  const layout = groupRows(batch.index);
  const keyValues = outputs['key_values'] ?? stats?.['key_values'];
  const rolloutAdv = outputs['rollout_advantage'] ?? stats?.['rollout_advantage'];
  const allKeys: KeyStats[] = [];
  const groups: GroupView[] = [];
  let cutRollouts = 0;

  for (let g = 0; g < layout.G; g++) {
    const rows = Array.from(layout.members.subarray(layout.starts[g]!, layout.starts[g + 1]!));
    const keys = stats ? groupKeys(batch, stats, rows, zeroTokenId) : { list: [], byId: new Map<number, number>() };
    for (const k of keys.list) k.group = batch.index[rows[0]!]!;
    allKeys.push(...keys.list);
    if (g >= limits.maxGroups) continue;

    const rollouts = rows.map((b): RolloutView => {
      const tokens: TokenView[] = [];
      let length = 0;
      let score = 0;
      let advSum = 0;
      for (let t = 0; t < T; t++) {
        const i = b * T + t;
        if (!batch.response_mask[i]) continue;
        length++;
        score += batch.token_level_rewards[i]!;
        advSum += outputs.advantages[i]!;
        if (tokens.length >= limits.maxTokens) continue;
        const id = batch.responses[i]!;
        const tok: TokenView = { id, advantage: outputs.advantages[i]! };
        if (keyValues) tok.keyValue = keyValues[i]!;
        const k = keys.byId.get(id);
        if (k !== undefined) tok.key = k;
        tokens.push(tok);
      }
      if (length > tokens.length) cutRollouts++;
      const rolloutAdvantage = rolloutAdv ? rolloutAdv[b]! : length ? advSum / length : 0;
      return { row: b, score, correct: score > 0, rolloutAdvantage, length, tokens };
    });
    const nCorrect = rollouts.filter((r) => r.correct).length;
    groups.push({ index: batch.index[rows[0]!]!, rollouts, nCorrect, nWrong: rollouts.length - nCorrect, keys: keys.list });
  }
  return {
    groups,
    totalGroups: layout.G,
    cutRollouts,
    hasKeyValues: keyValues !== undefined,
    hasKeyStats: stats !== undefined,
    overallPositive: strongest(allKeys, 'positive', limits.topKeys),
    overallNegative: strongest(allKeys, 'negative', limits.topKeys),
    rolloutAdvantageLabel: rolloutAdv ? 'rollout advantage' : 'mean token advantage',
  };
}

/** The distinct keys of a group's valid tokens, with the statistics at their first occurrence (they are per key). */
function groupKeys(batch: Batch, s: Record<string, Float32Array>, rows: number[], zeroTokenId: number | undefined) {
  const list: KeyStats[] = [];
  const byId = new Map<number, number>();
  for (const b of rows) {
    for (let t = 0; t < batch.T; t++) {
      const i = b * batch.T + t;
      if (!batch.response_mask[i]) continue;
      const id = batch.responses[i]!;
      if (byId.has(id) || id === zeroTokenId) continue;
      byId.set(id, list.length);
      list.push({
        group: 0,
        id,
        value: s['key_values']![i]!,
        a: s['key_a']![i]!,
        b: s['key_b']![i]!,
        c: s['key_c']![i]!,
        d: s['key_d']![i]!,
        p: s['key_p_value']![i]!,
        ig: s['key_information_gain']![i]!,
        direction: s['key_direction']![i]!,
      });
    }
  }
  return { list, byId };
}

/** The `n` keys with the largest (positive) or smallest (negative) value; keys of value 0 are not listed. */
export function strongest(keys: KeyStats[], sign: 'positive' | 'negative', n: number): KeyStats[] {
  const picked = keys.filter((k) => (sign === 'positive' ? k.value > 0 : k.value < 0));
  // ties broken by p-value, then id, so the order does not depend on the batch's row order
  picked.sort((x, y) => (sign === 'positive' ? y.value - x.value : x.value - y.value) || x.p - y.p || x.id - y.id);
  return picked.slice(0, n);
}
