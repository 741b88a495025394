// Option values shared by the command definitions and their implementations (kept free of heavy imports).

export const EXPLAIN_STAGES = ['ast', 'ir', 'optimized', 'schedule', 'kernel', 'plan', 'wgsl', 'js', 'c', 'all'] as const;
export type ExplainStage = (typeof EXPLAIN_STAGES)[number];

/** Commander collector for a repeatable option (no default, so the help shows none; the first call gets undefined). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
