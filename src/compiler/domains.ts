// Domains: where a value lives. batch -> group -> rollout -> token, and key domains (group, k) between
// group and token. Coarser values broadcast into finer ones; reductions go the other way.

export type Domain = 'batch' | 'group' | 'rollout' | 'token' | `key:${string}`;
export type ScalarType = 'f32' | 'i32' | 'bool';

export function isKey(d: Domain): d is `key:${string}` {
  return d.startsWith('key:');
}

export function keyName(d: Domain): string {
  return d.slice(4);
}

const RANK: Record<string, number> = { batch: 0, group: 1, rollout: 2, token: 3 };

function rank(d: Domain): number {
  return isKey(d) ? 2 : RANK[d]!;
}

/** True when values of `a` can be used where `b` values live (a is b or coarser). */
export function coarserOrEqual(a: Domain, b: Domain): boolean {
  if (a === b) return true;
  if (isKey(a)) return b === 'token';
  if (isKey(b)) return a === 'batch' || a === 'group';
  return rank(a) < rank(b);
}

/** The finest domain of two: where an expression mixing them lives. */
export function join(a: Domain, b: Domain): Domain {
  if (coarserOrEqual(a, b)) return b;
  if (coarserOrEqual(b, a)) return a;
  return 'token'; // rollout x key, or two keys: only tokens carry both
}

/** The domain a reduction goes to when none is named. */
export function defaultReductionTarget(from: Domain): Domain | undefined {
  if (from === 'token') return 'rollout';
  if (from === 'rollout' || isKey(from)) return 'group';
  if (from === 'group') return 'batch';
  return undefined;
}

export function domainLabel(d: Domain): string {
  return isKey(d) ? `key '${keyName(d)}'` : d;
}
