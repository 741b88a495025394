// Warnings about estimators that check but are probably not what their author meant: a parameter no output
// depends on, and advantages that padding tokens do not multiply to zero.
import type { EstimatorDecl } from '../grammar/ast.js';
import type { Declarations } from './declarations.js';
import { diagAt, type Diagnostic } from './diagnostics.js';
import { reachable, type Node, type Program } from './ir.js';

/** The estimator declaration an alias chain ends at. */
function baseOf(decls: Declarations, name: string): EstimatorDecl | undefined {
  for (let d = decls.estimators.get(name), hops = 0; d && hops < 32; d = decls.estimators.get(d.base), hops++)
    if (d.k === 'estimator') return d;
  return undefined;
}

/** True when the value is 0 wherever response_mask is: a product with the mask, or built only of such. */
function masked(nodes: Node[], id: number): boolean {
  const n = nodes[id]!;
  const isMask = (a: number): boolean => {
    const m = nodes[a]!;
    return (m.op === 'input' && m.attrs.name === 'response_mask') || (m.op === 'cast' && isMask(m.args[0]!));
  };
  const args = n.args;
  switch (n.op) {
    case 'const':
      return n.attrs.value === 0;
    case 'bin':
      if (n.attrs.op === '*') return args.some((a) => isMask(a) || masked(nodes, a));
      if (n.attrs.op === '/') return masked(nodes, args[0]!);
      if (n.attrs.op === '+' || n.attrs.op === '-') return args.every((a) => masked(nodes, a));
      return false;
    case 'un':
    case 'cast':
      return masked(nodes, args[0]!);
    case 'select':
      return masked(nodes, args[1]!) && masked(nodes, args[2]!);
    default:
      return false;
  }
}

/** Warnings for the estimator `name`, from the IR the checker built (before optimization). */
export function lintEstimator(decls: Declarations, name: string, lowered: Program): Diagnostic[] {
  const decl = baseOf(decls, name);
  if (!decl) return [];
  const out: Diagnostic[] = [];
  const live = reachable(lowered.nodes, lowered.outputs.map((o) => o.node));
  const used = new Set(live.flatMap((id) => (lowered.nodes[id]!.op === 'param' ? [(lowered.nodes[id] as Node & { op: 'param' }).attrs.name] : [])));
  for (const p of decl.params)
    if (!used.has(p.name)) out.push({ ...diagAt(p.span, `parameter '${p.name}' is never used: no output depends on it`), severity: 'warning' });
  const adv = lowered.outputs.find((o) => o.name === 'advantages');
  const stmt = decl.body.find((s) => s.k === 'out' && s.name === 'advantages');
  if (adv && stmt && !masked(lowered.nodes, adv.node))
    out.push({
      ...diagAt(stmt.e.span, 'advantages are not multiplied by response_mask: padding tokens get nonzero values'),
      hint: 'end with `* response_mask`, as verl does',
      severity: 'warning',
    });
  return out;
}
