// Which per-token values are stored instead of recomputed. A token value that is not a reduction or a scan is
// computed inline in every pass that reads it; one that costs much (loads, keyed lookups, divisions) and that
// several later kernels read is computed once, by the first pass (a group pass over the valid tokens), and
// stored in a per-token region: one store and a load per later pass instead of its whole computation in each.
import { isKey } from './domains.js';
import { foldDependentNodes, reachable, type Node, type Program } from './ir.js';
import { evalConstant } from './optimize.js';
import type { Stage, Step } from './schedule-steps.js';

/** The least inline cost (about one per load or operation, see tokenCost) of a value worth storing. */
const STORE_COST = 8;
/** The later passes that must read a value for storing it to pay: one store, then a load in each. */
const STORE_READERS = 2;

/** A pass over tokens: the values it computes at each token, and whether it visits masked positions too. */
interface TokenPass {
  stage: number;
  step: Step;
  roots: number[];
  every: boolean;
  /** a selection's passes over the tokens (lower-select.ts): values it reads are never stored */
  opaque: boolean;
}

function tokenPasses(p: Program, stages: Stage[]): TokenPass[] {
  const fromTokens = (id: number) => p.nodes[p.nodes[id]!.args[0]!]!.domain === 'token';
  const src = (ids: number[]) => ids.map((id) => p.nodes[id]!.args[0]!);
  return stages.flatMap((st) =>
    st.steps.flatMap((step): TokenPass[] => {
      const pass = (roots: number[], every: boolean, opaque = false): TokenPass[] => (roots.length ? [{ stage: st.index, step, roots, every, opaque }] : []);
      switch (step.kind) {
        case 'reduce-rollout': {
          const all = step.nodes.filter((id) => (p.nodes[id] as Node & { op: 'reduce' }).attrs.all);
          return [...pass(src(step.nodes.filter((id) => !all.includes(id))), false), ...pass(src(all), true)];
        }
        case 'reduce-group':
          return pass(src(step.nodes.map((x) => x.node).filter(fromTokens)), false);
        // scans carried along a walk (schedule.ts, fuseScans) are computed at every position
        case 'key-build':
          return [...pass([...src(step.nodes), p.keys.find((k) => k.name === step.key)!.node], false), ...pass(step.carried.flatMap((id) => p.nodes[id]!.args), true)];
        case 'key-reduce':
          return pass(src(step.nodes), false);
        case 'scan':
          return pass([step.node, ...step.carried].flatMap((id) => p.nodes[id]!.args), true);
        case 'output':
          return step.domain === 'token' ? pass(step.items.map((x) => x.node), true) : [];
        case 'key-map':
          return [];
        default:
          return pass(p.nodes[step.node]!.args, true, true);
      }
    }),
  );
}

/** The token values a pass computes inline (it reads stored ones). */
function inlineTokens(p: Program, stored: Map<number, string>, roots: number[]): number[] {
  return reachable(p.nodes, roots, (id) => !stored.has(id)).filter((id) => !stored.has(id) && p.nodes[id]!.domain === 'token');
}

/** About one per load or operation of computing `id` at a token; divisions and math calls four, keyed lookups two. */
function tokenCost(p: Program, stored: Map<number, string>, id: number): number {
  let cost = 0;
  for (const a of reachable(p.nodes, [id], (x) => !stored.has(x))) {
    const n = p.nodes[a]!;
    if (isKey(n.domain)) cost += 2;
    else if (n.domain !== 'token' || n.op === 'const' || n.op === 'param' || n.op === 'pos') continue;
    else if (stored.has(a) || n.op === 'input') cost += 1;
    else if (n.op === 'call' || (n.op === 'bin' && (n.attrs.op === '/' || n.attrs.op === '%'))) cost += 4;
    else if (n.op !== 'cast' || p.nodes[n.args[0]!]!.domain === 'token') cost += 1;
  }
  return cost;
}

/**
 * The token values some pass visiting masked positions (response_mask 0) needs there, or that a shift reads
 * at another position (masked or not). A value known at masked positions (from the mask alone: a masked
 * select, `float(response_mask)`) needs nothing there; a select whose condition is known needs one branch.
 */
function neededWhereMasked(p: Program, stored: Map<number, string>, passes: TokenPass[]): Set<number> {
  const known = new Map<number, number | undefined>();
  const masked = (id: number): number | undefined => {
    if (known.has(id)) return known.get(id);
    const n = p.nodes[id]!;
    let v: number | undefined;
    if (n.op === 'const') v = n.attrs.value;
    else if (n.op === 'input') v = n.attrs.name === 'response_mask' ? 0 : undefined;
    else if (stored.has(id)) v = undefined;
    else if (n.op === 'select') {
      const c = masked(n.args[0]!);
      const [a, b] = [masked(n.args[1]!), masked(n.args[2]!)];
      v = c !== undefined ? (c ? a : b) : a !== undefined && Object.is(a, b) ? a : undefined;
    } else if (n.op === 'bin' && (n.attrs.op === 'and' || n.attrs.op === 'or') && n.args.some((x) => masked(x) === +(n.attrs.op === 'or'))) {
      v = +(n.attrs.op === 'or');
    } else if (n.op === 'bin' || n.op === 'un' || n.op === 'cast' || n.op === 'call') {
      const args = n.args.map(masked);
      v = args.every((x) => x !== undefined) ? evalConstant(n, args as number[]) : undefined;
    }
    known.set(id, v);
    return v;
  };
  const needed = new Set<number>();
  const everywhere = (roots: number[]) => reachable(p.nodes, roots, (x) => !stored.has(x)).forEach((x) => needed.add(x));
  const stack = passes.filter((x) => x.every).flatMap((x) => x.roots);
  while (stack.length) {
    const id = stack.pop()!;
    const n = p.nodes[id]!;
    if (needed.has(id) || stored.has(id) || masked(id) !== undefined) continue;
    needed.add(id);
    const c = n.op === 'select' ? masked(n.args[0]!) : undefined;
    if (n.op === 'shift') everywhere(n.args);
    else stack.push(...(c === undefined ? n.args : [n.args[c ? 1 : 2]!]));
  }
  for (const x of passes)
    for (const id of inlineTokens(p, stored, x.roots)) if (p.nodes[id]!.op === 'shift') everywhere(p.nodes[id]!.args);
  return needed;
}

/**
 * Chooses the token values to store, largest first (a stored value's parts that nothing else reads drop out
 * of the later passes), marks each in `stored` and in its producing step's `stores`; returns them.
 */
export function storeTokenValues(p: Program, stages: Stage[], stored: Map<number, string>): number[] {
  const passes = tokenPasses(p, stages);
  const foldDependent = foldDependentNodes(p.nodes);
  const withFold = (id: number) => reachable(p.nodes, [id], (x) => !stored.has(x)).some((x) => p.nodes[x]!.op === 'fold');
  const chosen: number[] = [];
  const candidates = [...new Set(passes.flatMap((x) => inlineTokens(p, stored, x.roots)))].sort((a, b) => b - a);
  for (const id of candidates) {
    const n = p.nodes[id]!;
    if (n.type !== 'f32' || n.op === 'scan' || foldDependent.has(id) || withFold(id) || tokenCost(p, stored, id) < STORE_COST) continue;
    // the passes computing it, in order; one step's two parts count once
    const readers = [...new Set(passes.filter((x) => inlineTokens(p, stored, x.roots).includes(id)).map((x) => x.step))];
    if (readers.length < STORE_READERS + 1) continue;
    const first = passes.find((x) => x.step === readers[0])!;
    if (first.step.kind !== 'reduce-group') continue;
    const later = passes.filter((x) => readers.includes(x.step) && x.step !== first.step);
    // later kernels only (a pass of the same kernel may run before every store is done), none a selection's
    if (later.some((x) => x.stage <= first.stage || x.opaque)) continue;
    // the first pass stores it at valid tokens only
    if (neededWhereMasked(p, stored, passes).has(id)) continue;
    // a fold reading it would run on what masked positions hold
    if (passes.some((x) => inlineTokens(p, stored, x.roots).some((f) => p.nodes[f]!.op === 'fold' && reachable(p.nodes, p.nodes[f]!.args, (y) => !stored.has(y)).includes(id)))) continue;
    stored.set(id, `v${id}`);
    first.step.stores = [...(first.step.stores ?? []), id];
    chosen.push(id);
  }
  return chosen;
}
