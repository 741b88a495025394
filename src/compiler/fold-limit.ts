// The run-time bound on a fold's range (`sum k in lo..hi: ...` over data-dependent bounds could otherwise run
// for minutes): every executor refuses a fold evaluated over more than MAX_FOLD_VALUES values with the same
// message, naming the fold's source position. The kernels record the first such fold of each group (in the plan's
// order, `PlanJson.folds`) in a per-group slot the runner zeroes before and reads after the run; the interpreter
// refuses at once. The module `advc compile` generates embeds this file verbatim, so it imports nothing.

/** The most values a fold's range may hold at run time: 2^20, far beyond any group, rollout or vocabulary range. */
export const MAX_FOLD_VALUES = 2 ** 20;

/** A fold whose range at run time holds more than MAX_FOLD_VALUES values (a user error: exit 1). */
export class FoldRangeError extends Error {
  override name = 'FoldRangeError';
}

export function foldRangeMessage(at: string): string {
  return `${at}: this fold's range holds more than ${MAX_FOLD_VALUES} values at run time (the limit on a fold; see docs/language.md)`;
}

/**
 * What a fold slot holds: 0 while every fold of the group stayed in range, else folds.length - i for the
 * first fold i (in plan order) out of range, so the largest slot names the first fold.
 */
export function foldCode(i: number, folds: number): number {
  return folds - i;
}

/** Throws FoldRangeError when a group's slot says a fold ran out of range (slots: one per group). */
export function checkFoldSlots(slots: ArrayLike<number>, folds: readonly string[]): void {
  let worst = 0;
  for (let g = 0; g < slots.length; g++) worst = Math.max(worst, slots[g]!);
  if (worst > 0) throw new FoldRangeError(foldRangeMessage(folds[folds.length - worst]!));
}
