// `advc explain`: every stage of the pipeline for one estimator, as text a person can follow.
import { compileChecked, compileForCpu, translateForCpu, type Checked, type Compiled } from '../compiler/index.js';
import { printProgram, type Program } from '../compiler/ir.js';
import { sharedUpdates } from '../compiler/exclusive-updates.js';
import { BINDINGS } from '../compiler/plan.js';
import { printKernels } from '../compiler/render-ir.js';
import type { Schedule } from '../compiler/schedule.js';
import type { Step } from '../compiler/schedule-steps.js';
import { loadChecked, standaloneCodegen } from './load.js';
import { UserError } from './errors.js';
import { EXPLAIN_STAGES, type ExplainStage } from './options.js';


export function explainCommand(estimator: string, stage: string): string {
  if (!(EXPLAIN_STAGES as readonly string[]).includes(stage))
    throw new UserError(`unknown stage '${stage}'; use one of ${EXPLAIN_STAGES.join(', ')}`);
  const checked = loadChecked(estimator);
  const want = (s: ExplainStage) => stage === 'all' || stage === s;
  const parts: string[] = [];
  const section = (title: string, body: string) => parts.push(stage === 'all' ? `== ${title} ==\n${body}\n` : `${body}\n`);
  if (want('ast')) section('typed bindings', typedBindings(checked));
  if (want('ir')) section('IR (as checked)', printProgram(checked.lowered));
  if (want('optimized')) section('IR (optimized)', printProgram(checked.program));
  if (want('schedule') || want('kernel') || want('plan') || want('wgsl')) {
    const compiled: Compiled = compileChecked(checked, standaloneCodegen());
    if (want('schedule')) section('schedule', printSchedule(compiled.schedule));
    if (want('kernel')) section('kernel IR (#: statement ids, %: the advc nodes lets compute)', printKernels(compiled.kernels));
    if (want('plan')) section('plan', JSON.stringify({ ...compiled.plan, bindings: BINDINGS }, null, 2));
    if (want('wgsl')) section('WGSL', compiled.wgsl.code.trimEnd());
  }
  if (want('js') || want('c')) {
    const cpu = compileForCpu(checked);
    if (want('js')) section('JavaScript (the CPU backend without a C compiler: the serial kernels, rendered)', translateForCpu(cpu, 'js').code.trimEnd());
    if (want('c')) section('C (the CPU backend with a C compiler: the serial kernels, rendered into an addon)', translateForCpu(cpu, 'c').code.trimEnd());
  }
  return parts.join(stage === 'all' ? '\n' : '');
}

function typedBindings(c: Checked): string {
  const p = c.program;
  const lines = [`estimator ${p.name}`];
  for (const q of p.params) lines.push(`  param ${q.name}: ${q.type} = ${q.type === 'bool' ? q.default !== 0 : q.default}`);
  lines.push(`  reads ${p.inputs.join(', ')}`);
  const width = Math.max(0, ...c.bindings.map((b) => b.name.length), ...p.outputs.map((o) => o.name.length));
  for (const b of c.bindings)
    lines.push(`  let ${b.name.padEnd(width)} : ${b.type} @${b.domain}   (${b.span.file}:${b.span.line}:${b.span.col})`);
  for (const o of p.outputs) {
    const n = p.nodes[o.node]!;
    lines.push(`  out ${o.name.padEnd(width)} : ${n.type} @${n.domain}`);
  }
  return lines.join('\n');
}

function describeNode(p: Program, id: number, stored: Map<number, string>): string {
  const n = p.nodes[id]!;
  const args = n.args.map((a) => `%${a}`).join(', ');
  const what =
    n.op === 'reduce' ? `${n.attrs.op}(%${n.args[0]} @${p.nodes[n.args[0]!]!.domain})` : n.op === 'scan' ? `${n.attrs.reverse ? 'reverse ' : ''}scan(${args})` : `${n.op}(${args})`;
  return `%${id} @${n.domain} = ${what} -> ${stored.get(id) ?? '(inline)'}`;
}

/** The scans a step carries along its walk (never stored). */
function carriedScans(p: Program, ids: number[], stored: Map<number, string>, pad: string): string[] {
  return ids.map((x) => `${pad}${describeNode(p, x, stored).replace(/-> \(inline\)$/, '(carried along the walk)')}`);
}

function describeStep(p: Program, s: Step, stored: Map<number, string>, keyAccum: Schedule['keyAccum']): string[] {
  const head = s.kind.padEnd(15);
  const pad = ' '.repeat(15);
  switch (s.kind) {
    case 'output':
      return s.items.map((o, i) => `${i ? pad : head}${o.name} <- %${o.node} @${p.nodes[o.node]!.domain}`);
    case 'key-build':
      return [
        `${head}key ${s.key}`,
        ...carriedScans(p, s.carried, stored, pad),
        ...s.nodes.map((x) => `${pad}${describeNode(p, x, stored)}`),
        ...sharedUpdates(p.nodes, keyAccum, s.nodes)
          .filter((g) => g.length > 1)
          .map((g) => `${pad}  one update for ${g.map((x) => `%${x}`).join(', ')} (never nonzero for the same token)`),
      ];
    case 'reduce-group':
      return [
        ...s.nodes.map((x, i) => `${i ? pad : head}${describeNode(p, x.node, stored)}${x.partial ? ' (batch partial)' : ''}`),
        ...(s.stores ?? []).map((x) => `${pad}stores %${x} @token -> ${stored.get(x)} (read by later kernels)`),
      ];
    case 'reduce-rollout':
    case 'key-reduce':
      return s.nodes.map((x, i) => `${i ? pad : head}${describeNode(p, x, stored)}`);
    case 'key-map':
      return [
        `${head}${describeNode(p, s.node, stored)}`,
        ...s.tables.map((t) => `${pad}  reads %${t.node} from a table over presence counts ${t.counts.map((c) => `%${c}`).join(', ')}`),
      ];
    case 'scan':
      return [`${head}${describeNode(p, s.node, stored)}`, ...carriedScans(p, s.carried, stored, pad)];
    default:
      return [`${head}${describeNode(p, s.node, stored)}`];
  }
}

export function printSchedule(s: Schedule): string {
  const p = s.program;
  const per = s.keyTables === 'owned' ? 'one invocation per group' : 'one workgroup per group';
  const lines = [`${s.stages.length} kernel${s.stages.length === 1 ? '' : 's'} (${per})`];
  for (const st of s.stages) {
    lines.push(`kernel ${st.index}:`);
    if (st.batchValues.length) lines.push(`  combines batch partials of ${st.batchValues.map((v) => `%${v}`).join(', ')}`);
    for (const step of st.steps) for (const l of describeStep(p, step, s.stored, s.keyAccum)) lines.push(`  ${l}`);
  }
  lines.push('f32 arena: ' + s.floatRegions.map((r) => `${r.name}[${r.size}]`).join(' '));
  lines.push('i32 arena: ' + s.intRegions.map((r) => `${r.name}[${r.size}]`).join(' '));
  if (s.hashRegions.length)
    lines.push(`u32 arena (${s.keyTables} keyed tables): ` + s.hashRegions.map((r) => `${r.name}[${r.size}]${r.clear ? '' : '*'}`).join(' ') + '   (* not zeroed by the host)');
  lines.push('outputs: ' + s.outputs.map((o) => `${o.name} <- ${o.region} (${o.domain})`).join(', '));
  return lines.join('\n');
}
