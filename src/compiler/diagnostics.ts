// User-facing errors: `file:line:col: error: message`, the source line, and a caret under the span.
import type { Span } from '../grammar/ast.js';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  length: number;
  message: string;
  hint?: string;
  /** a warning does not stop compilation */
  severity?: 'warning';
}

export class CompileError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(
    diagnostics: Diagnostic[],
    readonly sources: Map<string, string>,
  ) {
    // A function inlined at several call sites reports an error in its body once per call: keep one.
    const seen = new Set<string>();
    const unique = diagnostics.filter((d) => {
      const key = `${d.file}:${d.line}:${d.col}:${d.message}`;
      return !seen.has(key) && !!seen.add(key);
    });
    super(unique.map((d) => formatDiagnostic(d, sources.get(d.file))).join('\n'));
    this.diagnostics = unique;
  }
}

export function diagAt(span: Span, message: string, hint?: string): Diagnostic {
  const length = span.endLine === span.line ? Math.max(1, span.endCol - span.col + 1) : 1;
  return { file: span.file, line: span.line, col: span.col, length, message, hint };
}

export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity ?? 'error'}: ${d.message}`;
  const text = source?.split('\n')[d.line - 1];
  if (text === undefined) return head + (d.hint ? `\n  = help: ${d.hint}` : '');
  const gutter = String(d.line).length;
  const pad = ' '.repeat(gutter);
  const caret = ' '.repeat(Math.max(0, d.col - 1)) + '^'.repeat(Math.max(1, Math.min(d.length, text.length - d.col + 1)));
  const lines = [head, `${pad} |`, `${d.line} | ${text}`, `${pad} | ${caret}`];
  if (d.hint) lines.push(`${pad} = help: ${d.hint}`);
  return lines.join('\n');
}

/** Edit distance, for "did you mean" suggestions. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** The `k` candidates nearest to `name` by edit distance (ties in the given order). */
export function nearest(name: string, candidates: Iterable<string>, k: number): string[] {
  return [...new Set(candidates)]
    .map((c, i) => [c, editDistance(name, c), i] as const)
    .sort((x, y) => x[1] - y[1] || x[2] - y[2])
    .slice(0, k)
    .map(([c]) => c);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
