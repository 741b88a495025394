// WGSL code generation: one compute entry point per stage of the schedule, all in one module, over two arenas
// (f32 and i32) whose region offsets, the batch shape and the parameters come from one uniform struct. A new
// batch shape or parameter value therefore never recompiles a shader.
import { MATH } from './builtins.js';
import { isKey, keyName, type ScalarType } from './domains.js';
import type { Node, Program } from './ir.js';
import { accumIdentityBits, type Schedule, type Step } from './schedule.js';
import type { CountTable } from './count-tables.js';
import { sharedUpdates } from './exclusive-updates.js';

export const WORKGROUP_SIZE = 64;
/** Workgroup-memory slots per accumulator of a fused reduction: one per subgroup (subgroups of 4 or more). */
const MAX_SUBGROUPS = WORKGROUP_SIZE / 4;

export interface UniformField {
  name: string;
  type: 'u32' | 'i32' | 'f32';
  /** where its value comes from: a batch size, a region offset, or a parameter */
  source: { kind: 'size'; of: 'B' | 'T' | 'G' | 'W' | 'K' | 'V' | 'N' } | { kind: 'offset'; arena: 'f32' | 'i32' | 'u32'; region: string } | { kind: 'param'; name: string };
}

export interface WgslModule {
  code: string;
  entryPoints: string[];
  uniforms: UniformField[];
}

const WG = WORKGROUP_SIZE;

interface Ctx {
  level: 'group' | 'rollout' | 'token' | 'key';
  /** WGSL expression of the position (i32) for token contexts */
  t: string;
  /** WGSL expression of the key slot, for key contexts */
  slot?: string;
  /** key contexts opened from this token context, by key name */
  keyCtx?: Map<string, { ctx: Ctx; word: string }>;
  lines: string[];
  cache: Map<string, string>;
  parent?: Ctx;
  indent: string;
  /** fold variables bound in this context: var id -> WGSL name */
  foldVars: Map<number, string>;
  /** the WGSL name of the rollout's row, when not `row` (rows handled together each have their own) */
  row?: string;
}

export interface CodegenOptions {
  /**
   * 'cooperative': a workgroup per group, its invocations sharing the work (for GPUs). 'serial': one invocation
   * per group, `SERIAL_LANES` groups per workgroup, no barriers and no atomics (for CPU-backed devices such as
   * lavapipe, where atomics are serialized per lane and barriers are coroutine switches).
   */
  mode: 'cooperative' | 'serial';
  /**
   * Use subgroup operations for workgroup reductions. Software Vulkan (lavapipe) compiles every barrier
   * into a coroutine split, which makes shader compilation slow; subgroup reductions need 2 barriers instead
   * of 2 + log2(WG).
   */
  subgroups: boolean;
}

/** Groups per workgroup in serial mode: one per SIMD lane of a CPU-backed device. */
export const SERIAL_LANES = 8;
/** Serial mode sums this many rollouts' tokens in one interleaved loop (see 'reduce-rollout'). */
const ROLLOUTS_TOGETHER = [0, 1, 2, 3];

export function generateWgsl(s: Schedule, opts: CodegenOptions = { mode: 'cooperative', subgroups: true }): WgslModule {
  return new WgslWriter(s, opts).module();
}

function wgslType(t: ScalarType): string {
  return t;
}

export function f32Literal(v: number): string {
  // Non-finite constants are not allowed in WGSL constant expressions: build them at run time.
  if (Number.isNaN(v)) return 'adv_bits(0x7fc00000u)';
  if (v === Infinity) return 'adv_bits(0x7f800000u)';
  if (v === -Infinity) return 'adv_bits(0xff800000u)';
  const s = Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(1) : String(v);
  if (Object.is(v, -0)) return '(-0.0)';
  return v < 0 ? `(${s})` : s;
}

class WgslWriter {
  private p: Program;
  private uniforms: UniformField[] = [];
  private tmp = 0;
  private foldDependent = new Set<number>();

  private maxAccs = 1;
  /** count tables built in the current kernel (each with its flag `tabled<node>`, false in groups without one) */
  private countTables = new Set<number>();
  /** the count tables read while the current key-map is generated, by tabulated node */
  private tabled = new Map<number, CountTable>();

  private get cooperative(): boolean {
    return this.opts.mode === 'cooperative';
  }

  constructor(
    private s: Schedule,
    private opts: CodegenOptions,
  ) {
    this.p = s.program;
    for (const n of this.p.nodes)
      if (n.op === 'foldvar' || (n.op !== 'fold' && n.args.some((a) => this.foldDependent.has(a)))) this.foldDependent.add(n.id);
      else if (n.op === 'fold' && n.args.slice(0, 2).some((a) => this.foldDependent.has(a))) this.foldDependent.add(n.id);
  }

  module(): WgslModule {
    const u = this.uniforms;
    for (const of of ['B', 'T', 'G', 'W', 'K', 'V', 'N'] as const) u.push({ name: of, type: 'u32', source: { kind: 'size', of } });
    for (const r of this.s.floatRegions) u.push({ name: `o_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'f32', region: r.name } });
    for (const r of this.s.intRegions) u.push({ name: `oi_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'i32', region: r.name } });
    for (const r of this.s.hashRegions) u.push({ name: `oh_${r.name}`, type: 'u32', source: { kind: 'offset', arena: 'u32', region: r.name } });
    for (const q of this.p.params)
      u.push({ name: `p_${q.name}`, type: q.type === 'f32' ? 'f32' : q.type === 'i32' ? 'i32' : 'u32', source: { kind: 'param', name: q.name } });

    const kernels = this.s.stages.map((st) => this.kernel(st.index, st.batchValues, st.steps));
    const helpers = new Set(this.p.nodes.flatMap((n) => (n.op === 'call' && MATH[n.attrs.fn]!.helper ? [MATH[n.attrs.fn]!.helper!] : [])));
    const code = [
      this.cooperative && this.opts.subgroups ? 'enable subgroups;' : '',
      `// ${this.p.name}: generated by advc. ${kernels.length} kernel(s), ${this.cooperative ? 'one workgroup per group' : 'one invocation per group'}.`,
      'struct Uniforms {',
      ...u.map((f) => `  ${f.name}: ${f.type},`),
      '}',
      '@group(0) @binding(0) var<uniform> u: Uniforms;',
      '@group(0) @binding(1) var<storage, read_write> F: array<f32>;',
      '@group(0) @binding(2) var<storage, read> I: array<i32>;',
      this.s.hashRegions.length
        ? `@group(0) @binding(3) var<storage, read_write> H: array<${this.cooperative ? 'atomic<u32>' : 'u32'}>;`
        : '',
      this.s.hashRegions.length ? (this.cooperative ? ATOMIC_TABLE_OPS : PLAIN_TABLE_OPS) : '',
      // serial mode: each invocation is its group's only worker, so strided loops run from 0 in steps of 1
      `const WG: u32 = ${this.cooperative ? WG : 1}u;`,
      // serial mode: groups per workgroup (SIMD lanes); the runner lowers it for batches with few groups
      this.cooperative ? '' : `override LANES: u32 = ${SERIAL_LANES}u;`,
      this.cooperative ? `var<workgroup> red: array<f32, ${this.opts.subgroups ? MAX_SUBGROUPS * this.maxAccs : WORKGROUP_SIZE * this.maxAccs}u>;` : '',
      this.cooperative ? 'var<workgroup> wg_range: vec2<u32>;' : '',
      '// a run-time bit pattern as f32 (WGSL constant expressions reject inf and NaN)',
      'fn adv_bits(b: u32) -> f32 { var x = b; return bitcast<f32>(x); }',
      ...helpers,
      this.s.hashRegions.length ? HASH_HELPERS : '',
      ...kernels,
    ].join('\n');
    return { code, entryPoints: kernels.map((_, i) => `stage${i}`), uniforms: u };
  }

  private kernel(index: number, batchValues: number[], steps: Step[]): string {
    const body: string[] = [];
    this.countTables = new Set();
    const root: Ctx = { level: 'group', t: '', lines: body, cache: new Map(), indent: '  ', foldVars: new Map() };
    if (batchValues.length) {
      // batch statistics: every workgroup combines the groups' partials itself, in one fused reduction
      body.push(`  // batch values ${batchValues.map((b) => `%${b}`).join(', ')}: combine every group's partial`);
      const accs = batchValues.map((id) => {
        const n = this.p.nodes[id] as Node & { op: 'reduce' };
        const op = combineOp(n.attrs.op);
        body.push(`  var acc_b${id} = ${identity(n.attrs.op)};`);
        return { id, op, name: `acc_b${id}` };
      });
      body.push(`  for (var i = lid; i < u.G; i += WG) {`);
      for (const a of accs) body.push(`    ${a.name} = ${combine(a.op, a.name, `F[u.o_${this.s.stored.get(a.id)} + i]`)};`);
      body.push(`  }`);
      const totals = this.workgroupReduce(body, accs);
      accs.forEach((a, i) => root.cache.set(`${a.id}`, this.fromF32(totals[i]!, this.p.nodes[a.id]!.type)));
    }
    for (const st of steps) this.step(st, root);
    if (this.s.keyTables === 'owned' && index === this.s.stages.length - 1) body.push(...this.restoreRows());
    if (!this.cooperative) {
      const code = body.filter((l) => !/^\s*(storageBarrier|workgroupBarrier)\(\);$/.test(l));
      return [
        `@compute @workgroup_size(LANES)`,
        `fn stage${index}(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {`,
        `  let g = (wid.x + wid.y * 65535u) * LANES + lane;`,
        `  if (g >= u.G) { return; }`,
        `  let lid = 0u;`,
        `  let m0 = u32(I[u.oi_starts + g]);`,
        `  let n = u32(I[u.oi_starts + g + 1u]) - m0;`,
        ...code,
        `}`,
      ].join('\n');
    }
    const sg = this.opts.subgroups ? ', @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32' : '';
    return [
      `@compute @workgroup_size(WG)`,
      `fn stage${index}(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32${sg}) {`,
      `  let g = wid.x + wid.y * 65535u;`,
      `  if (g >= u.G) { return; }`,
      `  if (lid == 0u) { wg_range = vec2<u32>(u32(I[u.oi_starts + g]), u32(I[u.oi_starts + g + 1u])); }`,
      `  let range = workgroupUniformLoad(&wg_range);`,
      `  let m0 = range.x;`,
      `  let n = range.y - range.x;`,
      ...body,
      `}`,
    ].join('\n');
  }

  /**
   * Reduces per-thread accumulators over the workgroup, all in one pass; returns the names of the totals
   * (the same value in every thread). The order of combination is fixed, so results are deterministic.
   */
  private workgroupReduce(L: string[], accs: { op: 'sum' | 'min' | 'max'; name: string }[]): string[] {
    if (!this.cooperative) return accs.map((a) => a.name); // one worker: its accumulators are the totals
    this.maxAccs = Math.max(this.maxAccs, accs.length);
    const id = this.tmp++;
    const totals = accs.map((_, i) => `tot${id}_${i}`);
    if (this.opts.subgroups) {
      const sgOp = { sum: 'subgroupAdd', min: 'subgroupMin', max: 'subgroupMax' };
      L.push(`  {`);
      accs.forEach((a, i) => L.push(`    let r${i} = ${sgOp[a.op]}(${a.name});`));
      L.push(`    if (sg_lane == 0u) {`);
      accs.forEach((_, i) => L.push(`      red[${i * MAX_SUBGROUPS}u + lid / sg_size] = r${i};`));
      L.push(`    }`, `  }`, `  workgroupBarrier();`);
      accs.forEach((a, i) => L.push(`  var ${totals[i]} = red[${i * MAX_SUBGROUPS}u];`));
      L.push(`  for (var i = 1u; i < WG / sg_size; i++) {`);
      accs.forEach((a, i) => L.push(`    ${totals[i]} = ${combine(a.op, totals[i]!, `red[${i * MAX_SUBGROUPS}u + i]`)};`));
      L.push(`  }`, `  workgroupBarrier();`);
    } else {
      accs.forEach((a, i) => L.push(`  red[${i}u * WG + lid] = ${a.name};`));
      L.push(`  workgroupBarrier();`, `  for (var s = WG / 2u; s > 0u; s = s >> 1u) {`, `    if (lid < s) {`);
      accs.forEach((a, i) => L.push(`      red[${i}u * WG + lid] = ${combine(a.op, `red[${i}u * WG + lid]`, `red[${i}u * WG + lid + s]`)};`));
      L.push(`    }`, `    workgroupBarrier();`, `  }`);
      accs.forEach((_, i) => L.push(`  let ${totals[i]} = red[${i}u * WG];`));
      L.push(`  workgroupBarrier();`);
    }
    return totals;
  }

  private fromF32(expr: string, type: ScalarType): string {
    if (type === 'bool') return `(${expr} != 0.0)`;
    if (type === 'i32') return `i32(${expr})`;
    return expr;
  }

  private toF32(expr: string, type: ScalarType): string {
    if (type === 'bool') return `select(0.0, 1.0, ${expr})`;
    if (type === 'i32') return `f32(${expr})`;
    return expr;
  }

  /**
   * A token context inside a rollout context: rollout values the tokens use are computed once per rollout, in
   * `rlines` (placed before the token loop), not once per token.
   */
  private tokenCtx(root: Ctx, rlines: string[], lines: string[], indent: string, rindent = indent.slice(2), row?: string): Ctx {
    return this.child({ ...this.child(root, 'rollout', '', rlines, rindent), row }, 'token', 't', lines, indent);
  }

  /** The WGSL name of the current rollout's row. */
  private row(c: Ctx): string {
    for (let x: Ctx | undefined = c; x; x = x.parent) if (x.row) return x.row;
    return 'row';
  }

  private child(parent: Ctx, level: Ctx['level'], t: string, lines: string[], indent: string): Ctx {
    return { level, t, lines, cache: new Map(), parent, indent, foldVars: new Map() };
  }

  private step(st: Step, root: Ctx): void {
    const L = root.lines;
    const rowOf = (j: string) => `u32(I[u.oi_members + m0 + ${j}])`;
    const mask = `(I[u.oi_response_mask + row * u.T + u32(t)] != 0)`;
    switch (st.kind) {
      case 'key-build':
        return this.keyBuild(st.key, st.nodes, root);
      case 'key-reduce':
        return this.keyReduce(st.key, st.nodes, root);
      case 'key-map':
        return this.keyMap(st.node, st.tables, root);
      case 'output': {
        const lines: string[] = [];
        const token = st.domain === 'token';
        const rlines: string[] = [];
        const c = token ? this.tokenCtx(root, rlines, lines, '    ', '    ') : this.child(root, 'rollout', '', lines, '    ');
        const writes = st.items.map((o) => {
          const n = this.p.nodes[o.node]!;
          return `    F[u.o_${o.name} + ${token ? 'row * u.T + u32(t)' : 'row'}] = ${this.toF32(this.gen(o.node, c), n.type)};`;
        });
        L.push(`  // outputs ${st.items.map((o) => o.name).join(', ')}`);
        // rollouts one after the other, lanes over contiguous positions (no division per token)
        if (token) L.push(`  for (var j = 0u; j < n; j++) {`, `    let row = ${rowOf('j')};`, ...rlines, `    for (var tt = lid; tt < u.T; tt += WG) {`, `    let t = i32(tt);`);
        else L.push(`  for (var j = lid; j < n; j += WG) {`, `    let row = ${rowOf('j')};`);
        L.push(...lines, ...writes, `  }`);
        if (token) L.push(`  }`);
        return;
      }
      case 'scan': {
        const n = this.p.nodes[st.node] as Node & { op: 'scan' };
        const lines: string[] = [];
        const rlines: string[] = [];
        const c = this.tokenCtx(root, rlines, lines, '      ');
        const bv = this.gen(n.args[0]!, c);
        const cv = this.gen(n.args[1]!, c);
        L.push(
          `  // scan %${st.node}: one thread per rollout`,
          `  for (var j = lid; j < n; j += WG) {`,
          `    let row = ${rowOf('j')};`,
          ...rlines,
          `    var x = 0.0;`,
          `    for (var s = 0u; s < u.T; s++) {`,
          `      let t = i32(${n.attrs.reverse ? 'u.T - 1u - s' : 's'});`,
          ...lines,
          `      x = ${bv} + ${cv} * x;`,
          `      F[u.o_${this.s.stored.get(st.node)} + row * u.T + u32(t)] = x;`,
          `    }`,
          `  }`,
          `  storageBarrier();`,
        );
        return;
      }
      case 'reduce-rollout': {
        // one thread per rollout walks its tokens: no barrier inside the loop
        const title = `  // reduce to rollout ${st.nodes.map((x) => `%${x}`).join(', ')}: one thread per rollout`;
        /** One rollout's part, for row `row`: its rollout values, accumulators, per-token update and stores. */
        const part = (row: string, suffix: string, indent: string) => {
          const lines: string[] = [];
          const rlines: string[] = [];
          const c = this.tokenCtx(root, rlines, lines, indent + '  ', '    ', row);
          const accs = st.nodes.map((id) => {
            const a = this.accumulator(id, c);
            return { ...a, name: a.name + suffix };
          });
          // a reduction over every position (sum[rollout, all]) reads masked tokens too
          const masked = st.all ? 'true' : `I[u.oi_response_mask + ${row} * u.T + u32(t)] != 0`;
          return {
            before: [...rlines, ...accs.map((a) => `    var ${a.name} = ${a.init};`)],
            token: [
              `${indent}if (${masked}) {`,
              ...lines,
              ...accs.map((a) => `${indent}  ${a.name} = ${combine(a.op, a.name, a.value)};`),
              `${indent}}`,
            ],
            after: accs.map((a) => `    F[u.o_${this.s.stored.get(a.id)} + ${row}] = ${a.name};`),
          };
        };
        const loop = (head: string, rows: string[], parts: ReturnType<typeof part>[]) => [
          head,
          ...rows,
          ...parts.flatMap((x) => x.before),
          `    for (var tt = 0u; tt < u.T; tt++) {`,
          `      let t = i32(tt);`,
          ...parts.flatMap((x) => x.token),
          `    }`,
          ...parts.flatMap((x) => x.after),
          `  }`,
        ];
        L.push(title);
        let from = 'lid';
        if (!this.cooperative) {
          // serial: rollouts in fours, their token loops interleaved. Each rollout still adds its tokens in order,
          // but the four dependency chains overlap (a CPU's add latency, not its throughput, bounded the loop).
          const rows = ROLLOUTS_TOGETHER.map((k) => `    let row${k} = ${rowOf(`j + ${k}u`)};`);
          const parts = ROLLOUTS_TOGETHER.map((k) => part(`row${k}`, `_${k}`, '      '));
          L.push(...loop(`  for (var j = 0u; j + ${ROLLOUTS_TOGETHER.length}u <= n; j += ${ROLLOUTS_TOGETHER.length}u) {`, rows, parts));
          from = `n - n % ${ROLLOUTS_TOGETHER.length}u`;
        }
        L.push(...loop(`  for (var j = ${from}; j < n; j += WG) {`, [`    let row = ${rowOf('j')};`], [part('row', '', '      ')]), `  storageBarrier();`);
        return;
      }
      case 'reduce-group': {
        // per-thread partials over the group's rollouts, tokens or keys, then one fused workgroup reduction
        L.push(`  // reduce to group ${st.nodes.map((x) => `%${x.node}${x.partial ? ' (batch partial)' : ''}`).join(', ')}`);
        const all: { id: number; op: 'sum' | 'min' | 'max'; name: string; partial: boolean }[] = [];
        const bySource = new Map<string, typeof st.nodes>();
        for (const x of st.nodes) {
          const d = this.p.nodes[this.p.nodes[x.node]!.args[0]!]!.domain;
          const k = d === 'token' ? 'token' : d === 'rollout' ? 'rollout' : isKey(d) ? d : 'group';
          bySource.set(k, [...(bySource.get(k) ?? []), x]);
        }
        for (const [src, xs] of bySource) {
          const lines: string[] = [];
          let c: Ctx;
          // the loop head is built after the accumulators: generating them fills the rollout lines
          let head: () => string[];
          let tail: string[] = [`  }`];
          if (src === 'token') {
            const rlines: string[] = [];
            c = this.tokenCtx(root, rlines, lines, '      ');
            head = () => [`  for (var j = 0u; j < n; j++) {`, `    let row = ${rowOf('j')};`, ...rlines, `    for (var tt = lid; tt < u.T; tt += WG) {`, `    let t = i32(tt);`, `    if ${mask} {`];
            tail = [`    }`, `    }`, `  }`];
          } else if (src === 'rollout') {
            c = this.child(root, 'rollout', '', lines, '    ');
            head = () => [`  for (var j = lid; j < n; j += WG) {`, `    let row = ${rowOf('j')};`];
          } else if (isKey(src as Node['domain'])) {
            const k = keyName(src as Node['domain']);
            c = { ...this.child(root, 'key', '', lines, '    '), slot: 'slot' };
            head = () => [`  for (var i = lid; i < h_load(u.oh_count_${k} + g); i += WG) {`, `    let slot = ${this.keySlot(k, 'i')};`];
          } else {
            // group or batch values: their own partial, counted once (by thread 0)
            c = this.child(root, 'group', '', lines, '    ');
            head = () => [`  if (lid == 0u) {`];
          }
          const accs = xs.map((x) => ({ ...this.accumulator(x.node, c), partial: x.partial }));
          for (const a of accs) L.push(`  var ${a.name} = ${a.init};`);
          L.push(...head(), ...lines, ...accs.map((a) => `${c.indent}${a.name} = ${combine(a.op, a.name, a.value)};`), ...tail);
          all.push(...accs);
        }
        const totals = this.workgroupReduce(L, all);
        L.push(`  if (lid == 0u) {`);
        all.forEach((a, i) => L.push(`    F[u.o_${this.s.stored.get(a.id)} + g] = ${totals[i]};`));
        L.push(`  }`);
        all.forEach((a, i) => {
          if (!a.partial) root.cache.set(`${a.id}`, this.fromF32(totals[i]!, this.p.nodes[a.id]!.type));
        });
        return;
      }
    }
  }

  /** The accumulator of a reduction: its combining op, variable name and the per-element value (in ctx c). */
  private accumulator(id: number, c: Ctx): { id: number; op: 'sum' | 'min' | 'max'; name: string; value: string; init: string } {
    const n = this.p.nodes[id] as Node & { op: 'reduce' };
    const src = this.p.nodes[n.args[0]!]!;
    const value = n.attrs.op === 'count' ? '1.0' : this.toF32(this.gen(src.id, c), src.type);
    return { id, op: combineOp(n.attrs.op), name: `acc${id}`, value, init: identity(n.attrs.op) };
  }

  /** WGSL expression for node `id` in context `c`, emitting `let` lines for its parts. */
  private gen(id: number, c: Ctx): string {
    const key = c.level === 'token' ? `${id}@${c.t}` : `${id}`;
    for (let x: Ctx | undefined = c; x; x = x.parent) {
      const hit = x.cache.get(key) ?? x.cache.get(`${id}`);
      if (hit !== undefined && (x === c || !this.foldDependent.has(id))) return hit;
    }
    const n = this.p.nodes[id]!;
    // hoist rollout and group values out of finer loops (to the enclosing rollout or group context)
    const home = n.domain === 'rollout' ? 'rollout' : n.domain === 'group' || n.domain === 'batch' ? 'group' : undefined;
    if (home && c.level !== home && !this.foldDependent.has(id)) {
      let x = c.parent;
      while (x && x.level !== home) x = x.parent;
      if (x) return this.gen(id, x);
    }
    if (isKey(n.domain) && c.level === 'token' && n.op !== 'const') return this.lookup(n, c, key);
    const expr = this.expr(n, c);
    if (n.op === 'const' || n.op === 'param' || n.op === 'pos' || n.op === 'foldvar') return expr;
    const name = `v${this.tmp++}`;
    c.lines.push(`${c.indent}let ${name}: ${wgslType(n.type)} = ${expr};`);
    c.cache.set(key, name);
    return name;
  }

  private expr(n: Node, c: Ctx): string {
    if (this.tabled.has(n.id) && c.slot) return this.tableRead(n, c);
    // a per-key value computed by a key-map step: read it at the slot
    if (isKey(n.domain) && n.op !== 'reduce' && this.s.stored.has(n.id) && c.slot)
      return this.fromF32(`F[u.o_${this.s.stored.get(n.id)} + ${c.slot}]`, n.type);
    return this.compute(n, c);
  }

  /** The expression that computes node n from its arguments. */
  private compute(n: Node, c: Ctx): string {
    const arg = (i: number) => this.gen(n.args[i]!, c);
    const T = 'u.T';
    switch (n.op) {
      case 'const':
        return n.type === 'f32' ? f32Literal(n.attrs.value) : n.type === 'i32' ? `${n.attrs.value}i` : String(!!n.attrs.value);
      case 'param': {
        const q = this.p.params.find((q) => q.name === n.attrs.name)!;
        return q.type === 'bool' ? `(u.p_${q.name} != 0u)` : `u.p_${q.name}`;
      }
      case 'pos':
        return c.t;
      case 'foldvar':
        for (let x: Ctx | undefined = c; x; x = x.parent) {
          const v = x.foldVars.get(n.attrs.v);
          if (v) return v;
        }
        throw new Error('unbound fold variable');
      case 'input': {
        const arena = ['responses', 'response_mask', 'index'].includes(n.attrs.name) ? 'I' : 'F';
        const off = `u.o${arena === 'I' ? 'i' : ''}_${n.attrs.name}`;
        if (n.domain === 'token') return `${arena}[${off} + ${this.row(c)} * ${T} + u32(${c.t})]`;
        return `${arena}[${off} + ${this.row(c)}]`;
      }
      case 'bin': {
        const ops: Record<string, string> = { and: '&&', or: '||' };
        return `(${arg(0)} ${ops[n.attrs.op] ?? n.attrs.op} ${arg(1)})`;
      }
      case 'un':
        return n.attrs.op === 'not' ? `(!${arg(0)})` : `(-${arg(0)})`;
      case 'select': {
        const [ci, ti, fi] = n.args as [number, number, number];
        if (!this.hasFold(ti) && !this.hasFold(fi)) return `select(${arg(2)}, ${arg(1)}, ${arg(0)})`;
        // a branch with a fold (e.g. Fisher's test): evaluate only the branch taken
        const cond = arg(0);
        const name = `v${this.tmp++}`;
        c.lines.push(`${c.indent}var ${name}: ${wgslType(n.type)};`, `${c.indent}if (${cond}) {`);
        for (const [branch, id] of [['then', ti], ['else', fi]] as const) {
          if (branch === 'else') c.lines.push(`${c.indent}} else {`);
          const lines: string[] = [];
          const bc: Ctx = { ...c, lines, cache: new Map(), parent: c, indent: c.indent + '  ', foldVars: new Map(), keyCtx: undefined };
          const v = this.gen(id, bc);
          c.lines.push(...lines, `${bc.indent}${name} = ${v};`);
        }
        c.lines.push(`${c.indent}}`);
        return name;
      }
      case 'cast': {
        const a = this.p.nodes[n.args[0]!]!;
        if (a.type === n.type) return arg(0);
        if (a.type === 'bool') return n.type === 'f32' ? `select(0.0, 1.0, ${arg(0)})` : `select(0i, 1i, ${arg(0)})`;
        return `${n.type}(${arg(0)})`;
      }
      case 'call':
        return MATH[n.attrs.fn]!.wgsl(n.args.map((_, i) => arg(i)));
      case 'shift': {
        const k = n.attrs.offset;
        const tt = `(${c.t} + ${k}i)`;
        // a shifted position has its own keyed lookups: the key contexts opened at t hold t's slot
        const inner: Ctx = { ...c, t: `clamp(${tt}, 0i, i32(${T}) - 1i)`, keyCtx: undefined };
        const v = this.gen(n.args[0]!, inner);
        const zero = n.type === 'f32' ? '0.0' : n.type === 'i32' ? '0i' : 'false';
        return `select(${zero}, ${v}, ${tt} >= 0i && ${tt} < i32(${T}))`;
      }
      case 'scan':
        return `F[u.o_${this.s.stored.get(n.id)} + ${this.row(c)} * ${T} + u32(${c.t})]`;
      case 'reduce': {
        const region = this.s.stored.get(n.id)!;
        if (isKey(n.domain)) return this.readAccum(n, c.slot!);
        if (n.domain === 'rollout') return this.fromF32(`F[u.o_${region} + ${this.row(c)}]`, n.type);
        if (n.domain === 'group') return this.fromF32(`F[u.o_${region} + g]`, n.type);
        throw new Error(`batch value %${n.id} is not combined in this kernel`);
      }
      case 'fold':
        return this.fold(n, c);
      case 'firstocc':
        return `((${this.slotWord(n.attrs.key, c)} >> 31u) != 0u)`;
    }
    throw new Error(`codegen: unexpected node ${(n as Node).op}`);
  }

  /** True when computing node id inline runs a fold (worth a real branch instead of a select). */
  private hasFold(id: number): boolean {
    return this.bodyNodes(id).some((x) => this.p.nodes[x]!.op === 'fold');
  }

  /** Nodes a fold body computes inline: its subgraph, not descending below stored values. */
  private bodyNodes(body: number): number[] {
    const seen = new Set<number>();
    const stack = [body];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const n = this.p.nodes[id]!;
      if (n.op !== 'reduce' && n.op !== 'scan' && !this.s.stored.has(id)) stack.push(...n.args);
    }
    return [...seen].sort((a, b) => a - b);
  }

  /** The token's slot word for key k: slot | first-occurrence bit, or 0xffffffff for tokens without a key. */
  private slotWord(k: string, c: Ctx): string {
    const key = `sw:${k}@${c.t}`;
    for (let x: Ctx | undefined = c; x; x = x.parent) {
      const hit = x.cache.get(key);
      if (hit) return hit;
    }
    const name = `sw${this.tmp++}`;
    c.lines.push(`${c.indent}let ${name} = h_load(u.oh_slot_${k} + ${this.row(c)} * u.T + u32(${c.t}));`);
    c.cache.set(key, name);
    return name;
  }

  /** A per-key value seen from a token: evaluated at the token's key slot, 0 for tokens without a key. */
  private lookup(n: Node, c: Ctx, cacheKey: string): string {
    const k = keyName(n.domain);
    c.keyCtx ??= new Map();
    let kc = c.keyCtx.get(k);
    if (!kc) {
      const word = this.slotWord(k, c);
      // tokens without a key read row 0 (their value is discarded): an index in bounds costs nothing on a GPU and
      // spares a CPU backend an out-of-bounds read on every such token
      const slot = `select(0u, ${word} & 0x7fffffffu, ${word} != 0xffffffffu)`;
      const ctx: Ctx = { level: 'key', t: c.t, slot, lines: c.lines, cache: new Map(), parent: c, indent: c.indent, foldVars: new Map() };
      kc = { ctx, word };
      c.keyCtx.set(k, kc);
    }
    const v = this.gen(n.id, kc.ctx);
    const zero = n.type === 'f32' ? '0.0' : n.type === 'i32' ? '0i' : 'false';
    const name = `v${this.tmp++}`;
    c.lines.push(`${c.indent}let ${name}: ${wgslType(n.type)} = select(${zero}, ${v}, ${kc.word} != 0xffffffffu);`);
    c.cache.set(cacheKey, name);
    return name;
  }

  private readAccum(n: Node & { op: 'reduce' }, slot: string): string {
    const at = `h_load(u.oh_${this.s.stored.get(n.id)} + ${slot})`;
    switch (this.s.keyAccum.get(n.id)!) {
      case 'key-id':
        return `i32(h_load(u.oh_keys_${keyName(n.domain)} + ${slot}) - 1u)`;
      case 'u32-sum':
        return n.type === 'bool' ? `(${at} != 0u)` : n.type === 'i32' ? `i32(${at})` : `f32(${at})`;
      case 'i32-max':
      case 'i32-min':
        return `bitcast<i32>(${at} ^ 0x80000000u)`;
      default:
        return this.fromF32(`bitcast<f32>(${at})`, n.type);
    }
  }

  /** Where the group's i-th key keeps its values: its hash slot (shared tables) or its row (owned tables). */
  private keySlot(k: string, i: string): string {
    return this.s.keyTables === 'owned' ? `u32(I[u.oi_vbase + g]) + ${i}` : `h_load(u.oh_list_${k} + u32(I[u.oi_vbase + g]) + ${i})`;
  }

  /** The key accumulators of key k and their identities (as u32 bit patterns), by region. */
  private keyAccums(k: string): { region: string; init: string }[] {
    const out: { region: string; init: string }[] = [];
    for (const [id, kind] of this.s.keyAccum)
      if (this.p.nodes[id]!.domain === `key:${k}` && kind !== 'key-id') out.push({ region: this.s.stored.get(id)!, init: accumIdentityBits(kind) });
    return out;
  }

  /** Accumulators of key k the kernel initialises (those not zeroed by the host or by a previous run). */
  private keyInits(k: string): { region: string; init: string }[] {
    return this.keyAccums(k).filter((a) => a.init !== '0u');
  }

  /**
   * Owned tables, at the end of the last kernel: zero the group's rows that start from zero (first-occurrence
   * marks, sums, counts) so the next run finds them empty without a host clear. A loop over the group's keys
   * costs far less than initialising a row inside the token loop, which every SIMD step pays.
   */
  private restoreRows(): string[] {
    const out: string[] = [];
    for (const { name: k } of this.p.keys) {
      if (!this.s.hashRegions.some((r) => r.name === `seen_${k}` && r.restored)) continue;
      const regions = [`seen_${k}`, ...this.keyAccums(k).filter((a) => a.init === '0u').map((a) => a.region)];
      out.push(
        `  // zero the rows of key ${k} this group used: the next run needs no clear`,
        `  {`,
        `    let lbase = u32(I[u.oi_vbase + g]);`,
        `    let nk = h_load(u.oh_count_${k} + g);`,
        `    for (var i = 0u; i < nk; i++) {`,
        ...regions.map((r) => `      H[u.oh_${r} + lbase + i] = 0u;`),
        `    }`,
        `  }`,
      );
    }
    return out;
  }

  private keyBuild(k: string, nodes: number[], root: Ctx): void {
    const info = this.p.keys.find((x) => x.name === k)!;
    const lines: string[] = [];
    const rlines: string[] = [];
    const c = this.tokenCtx(root, rlines, lines, '        ');
    const keyExpr = this.gen(info.node, c);
    const owned = this.s.keyTables === 'owned';
    const probe = owned
      ? [
          `            var r = 0u;`,
          `            loop {`,
          `              let e = u.oh_table_${k} + 2u * (base + h);`,
          `              let cur = H[e];`,
          `              if (cur == kk) { r = H[e + 1u]; break; }`,
          `              if (cur == 0u) {`,
          `                // a new key takes the group's next row (its zero-based values were left zero by the last run)`,
          `                r = lbase + nk;`,
          `                nk++;`,
          `                H[e] = kk;`,
          `                H[e + 1u] = r;`,
          `                H[u.oh_keys_${k} + r] = kk;`,
          ...this.keyInits(k).map((a) => `                H[u.oh_${a.region} + r] = ${a.init};`),
          `                break;`,
          `              }`,
          `              h = (h + 1u) & (cap - 1u);`,
          `            }`,
          `            // rollouts are visited in turn, so the last one that had the key tells a first occurrence`,
          `            let first = H[u.oh_seen_${k} + r] != j + 1u;`,
          `            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane`,
          `            H[u.oh_seen_${k} + r] = j + 1u;`,
          `            word = r | select(0u, 0x80000000u, first);`,
        ]
      : [
          `            loop {`,
          `              // most tokens repeat a key already in the table: a plain load finds it without a CAS`,
          `              let cur = h_load(u.oh_keys_${k} + base + h);`,
          `              if (cur == kk) { break; }`,
          `              if (cur != 0u) { h = (h + 1u) & (cap - 1u); continue; }`,
          `              let prev = h_cas(u.oh_keys_${k} + base + h, 0u, kk);`,
          `              if (prev == 0u) {`,
          `                let at = h_add(u.oh_count_${k} + g, 1u);`,
          `                h_store(u.oh_list_${k} + lbase + at, base + h);`,
          ...this.keyInits(k).map((a) => `                h_store(u.oh_${a.region} + base + h, ${a.init});`),
          `                break;`,
          `              }`,
          `              if (prev == kk) { break; }`,
          `              h = (h + 1u) & (cap - 1u);`,
          `            }`,
          `            let slot = base + h;`,
          `            let bit = 1u << (j % 32u);`,
          `            let seen = h_or(u.oh_seen_${k} + slot * u.W + j / 32u, bit);`,
          `            word = slot | select(0u, 0x80000000u, (seen & bit) == 0u);`,
        ];
    const updates = this.accumulate(k, nodes, c, 'word', '            ');
    root.lines.push(
      owned
        ? `  // key-build ${k}: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked`
        : `  // key-build ${k}: one thread per rollout hashes its valid tokens' keys into the group's table; a bit per`,
      ...(owned ? [] : [`  // (key, rollout) marks the rollout's first token of each key`]),
      `  {`,
      `    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides`,
      `    let base = u32(I[u.oi_kbase + g]);`,
      `    let cap = u32(I[u.oi_kbase + g + 1u]) - base;`,
      `    let lbase = u32(I[u.oi_vbase + g]);`,
      ...(owned ? [`    var nk = 0u;`] : []),
      `    for (var j = lid; j < n; j += WG) {`,
      this.s.intRegions.some((r) => r.name === 'korder')
        ? `      let row = u32(I[u.oi_korder + m0 + j]); // longest rows first: the lanes' rows end together`
        : `      let row = u32(I[u.oi_members + m0 + j]);`,
      ...rlines,
      `      for (var tt = 0u; tt < u.T; tt++) {`,
      `        let t = i32(tt);`,
      `        var word = 0xffffffffu;`,
      `        if (I[u.oi_response_mask + row * u.T + tt] != 0) {`,
      ...lines,
      `          let key = ${keyExpr};`,
      `          if (key >= 0i) {`,
      `            let kk = u32(key) + 1u;`,
      `            var h = adv_hash(u32(key)) & (cap - 1u);`,
      ...probe,
      ...updates,
      `          }`,
      `        }`,
      `        h_store(u.oh_slot_${k} + row * u.T + tt, word);`,
      `      }`,
      `    }`,
      ...(owned
        ? [
            `    h_store(u.oh_count_${k} + g, nk);`,
            `    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table. Each key`,
            `    // probes for its slot again, which costs less than a store per insert in the token loop`,
            `    for (var i = 0u; i < nk; i++) {`,
            `      let kk = H[u.oh_keys_${k} + lbase + i];`,
            `      var h = adv_hash(kk - 1u) & (cap - 1u);`,
            `      loop {`,
            `        let e = u.oh_table_${k} + 2u * (base + h);`,
            `        if (H[e] == kk) { H[e] = 0u; break; }`,
            `        h = (h + 1u) & (cap - 1u);`,
            `      }`,
            `    }`,
          ]
        : []),
      `  }`,
      `  storageBarrier();`,
    );
  }

  /**
   * Atomic updates of key reductions for the current token (in ctx c, whose slot word is `word`): the values
   * are computed in a child context placed after the slot is known.
   */
  private accumulate(k: string, nodes: number[], c: Ctx, word: string, indent: string): string[] {
    if (!nodes.length) return [];
    const lines: string[] = [];
    const vc = this.child(c, 'token', c.t, lines, indent);
    vc.cache.set(`sw:${k}@${c.t}`, word);
    const updates: string[] = [];
    const row = `(${word} & 0x7fffffffu)`;
    const groups = sharedUpdates(this.p.nodes, this.s.keyAccum, nodes);
    const merged = new Set(groups.flat());
    const sums = new Map<number, { region: string; add: string }>();
    for (const id of nodes) {
      const n = this.p.nodes[id] as Node & { op: 'reduce' };
      const src = this.p.nodes[n.args[0]!]!;
      const kind = this.s.keyAccum.get(id)!;
      const at = `u.oh_${this.s.stored.get(id)} + ${row}`;
      const v = n.attrs.op === 'count' ? '1.0' : this.gen(src.id, vc);
      if (merged.has(id)) sums.set(id, { region: `u.oh_${this.s.stored.get(id)}`, add: src.type === 'bool' ? `select(0u, 1u, ${v})` : `u32(${v})` });
      else if (kind === 'u32-sum') updates.push(`${indent}h_add(${at}, 1u);`); // a count: 1 for every token
      else if (kind === 'i32-max' || kind === 'i32-min') {
        updates.push(`${indent}h_${kind === 'i32-max' ? 'max' : 'min'}(${at}, bitcast<u32>(${v}) ^ 0x80000000u);`);
      } else {
        const f = this.toF32(v, src.type);
        const next = kind === 'f32-sum' ? `bitcast<f32>(old) + ${f}` : `${kind === 'f32-max' ? 'max' : 'min'}(bitcast<f32>(old), ${f})`;
        updates.push(
          `${indent}{`,
          `${indent}  var old = h_load(${at});`,
          `${indent}  loop {`,
          `${indent}    let prev = h_cas(${at}, old, bitcast<u32>(${next}));`,
          `${indent}    if (prev == old) { break; }`,
          `${indent}    old = prev;`,
          `${indent}  }`,
          `${indent}}`,
        );
      }
    }
    // most per-class counts add 0 for most tokens: skip those updates; counts that are never nonzero together
    // (see exclusive-updates.ts) share one update, at the address of the one that is nonzero
    for (const ids of groups) {
      const m = ids.map((id) => sums.get(id)!);
      if (m.length === 1) {
        updates.push(`${indent}{ let add = ${m[0]!.add}; if (add != 0u) { h_add(${m[0]!.region} + ${row}, add); } }`);
        continue;
      }
      const names = m.map(() => `a${this.tmp++}`);
      const region = m.slice(0, -1).reduceRight((acc, x, i) => `select(${acc}, ${x.region}, ${names[i]} != 0u)`, m[m.length - 1]!.region);
      updates.push(
        `${indent}{`,
        ...m.map((x, i) => `${indent}  let ${names[i]} = ${x.add};`),
        `${indent}  let add = ${names.join(' + ')};`,
        `${indent}  if (add != 0u) { h_add(${region} + ${row}, add); }`,
        `${indent}}`,
      );
    }
    return [...lines, ...updates];
  }

  private keyReduce(k: string, nodes: number[], root: Ctx): void {
    const lines: string[] = [];
    const rlines: string[] = [];
    const c = this.tokenCtx(root, rlines, lines, '    ');
    const word = this.slotWord(k, c);
    const updates = this.accumulate(k, nodes, c, word, '      ');
    root.lines.push(
      `  // key-reduce ${k}: ${nodes.map((x) => `%${x}`).join(', ')}`,
      `  for (var j = 0u; j < n; j++) {`,
      `    let row = u32(I[u.oi_members + m0 + j]);`,
      ...rlines,
      `    for (var tt = lid; tt < u.T; tt += WG) {`,
      `    let t = i32(tt);`,
      ...lines,
      `    if (${word} != 0xffffffffu) {`,
      ...updates,
      `    }`,
      `    }`,
      `  }`,
      `  storageBarrier();`,
    );
  }

  private keyMap(id: number, tables: CountTable[], root: Ctx): void {
    const k = keyName(this.p.nodes[id]!.domain);
    for (const t of tables) if (!this.countTables.has(t.node)) this.countTable(k, t, root);
    const lines: string[] = [];
    const c: Ctx = { ...this.child(root, 'key', '', lines, '    '), slot: 'slot' };
    const n = this.p.nodes[id]!;
    this.tabled = new Map(tables.map((t) => [t.node, t]));
    const v = this.compute(n, c);
    this.tabled = new Map();
    root.lines.push(
      `  // key-map %${id}: once per distinct key of the group`,
      `  let nkeys${id} = h_load(u.oh_count_${k} + g);`,
      `  for (var i = lid; i < nkeys${id}; i += WG) {`,
      `    let slot = ${this.keySlot(k, 'i')};`,
      ...lines,
      `    F[u.o_${this.s.stored.get(id)} + slot] = ${this.toF32(v, n.type)};`,
      `  }`,
      `  storageBarrier();`,
    );
  }

  /** Entry i of a count table: (a, b) = (i / (n + 1), i % (n + 1)) for two counts, a = i for one. */
  private countTable(k: string, t: CountTable, root: Ctx): void {
    const lines: string[] = [];
    const c = this.child(root, 'key', '', lines, '      ');
    const two = t.counts.length === 2;
    c.cache.set(`${t.counts[0]}`, two ? 'f32(i / (n + 1u))' : 'f32(i)');
    if (two) c.cache.set(`${t.counts[1]}`, 'f32(i % (n + 1u))');
    const v = this.gen(t.node, c);
    const flag = `tabled${t.node}`;
    const entries = two ? '(n + 1u) * (n + 1u)' : '(n + 1u)';
    this.countTables.add(t.node);
    root.lines.push(
      `  // count table %${t.node}: its value for every presence count${two ? ' pair' : ''} of the group (when fewer than its keys)`,
      `  let ${flag} = ${entries} <= h_load(u.oh_count_${k} + g);`,
      `  if (${flag}) {`,
      `    for (var i = lid; i < ${entries}; i += WG) {`,
      ...lines,
      `      F[u.o_table${t.node} + g * ${this.tableStride(t)} + i] = ${v};`,
      `    }`,
      `  }`,
      `  storageBarrier();`,
    );
  }

  private tableStride(t: CountTable): string {
    return t.counts.length === 2 ? '(u.N + 1u) * (u.N + 1u)' : '(u.N + 1u)';
  }

  /** A tabulated value read at a key: its table entry, or computed when the group built no table. */
  private tableRead(n: Node, c: Ctx): string {
    const t = this.tabled.get(n.id)!;
    const [a, b] = t.counts.map((x) => `u32(${this.gen(x, c)})`);
    const at = b ? `${a} * (n + 1u) + ${b}` : a!;
    const name = `v${this.tmp++}`;
    const lines: string[] = [];
    const bc: Ctx = { ...c, lines, cache: new Map(), parent: c, indent: c.indent + '  ', foldVars: new Map(), keyCtx: undefined };
    const v = this.compute(n, bc);
    c.lines.push(
      `${c.indent}var ${name}: f32;`,
      `${c.indent}if (tabled${n.id}) {`,
      `${c.indent}  ${name} = F[u.o_table${n.id} + g * ${this.tableStride(t)} + ${at}];`,
      `${c.indent}} else {`,
      ...lines,
      `${c.indent}  ${name} = ${v};`,
      `${c.indent}}`,
    );
    return name;
  }

  private fold(n: Node & { op: 'fold' }, c: Ctx): string {
    const [lo, hi, body] = n.args as [number, number, number];
    const lov = this.gen(lo, c);
    const hiv = this.gen(hi, c);
    // Hoist the parts of the body that do not depend on the fold variable.
    for (const id of this.bodyNodes(body))
      if (!this.foldDependent.has(id) && this.p.nodes[id]!.op !== 'const') this.gen(id, c);
    const k = `k${this.tmp++}`;
    const acc = `fold${this.tmp++}`;
    const lines: string[] = [];
    const inner: Ctx = { ...this.child(c, c.level, c.t, lines, c.indent + '  '), foldVars: new Map([[n.attrs.v, k]]) };
    const v = this.gen(body, inner);
    const init = { sum: '0.0', prod: '1.0', min: f32Literal(Infinity), max: f32Literal(-Infinity) }[n.attrs.op];
    const upd = { sum: `${acc} + ${v}`, prod: `${acc} * ${v}`, min: `min(${acc}, ${v})`, max: `max(${acc}, ${v})` }[n.attrs.op];
    c.lines.push(
      `${c.indent}var ${acc} = ${init};`,
      `${c.indent}for (var ${k} = ${lov}; ${k} <= ${hiv}; ${k}++) {`,
      ...lines,
      `${c.indent}  ${acc} = ${upd};`,
      `${c.indent}}`,
    );
    return acc;
  }
}

function combineOp(op: string): 'sum' | 'min' | 'max' {
  if (op === 'sum' || op === 'count') return 'sum';
  if (op === 'min' || op === 'all') return 'min';
  return 'max';
}

/** The starting value of a reduction: any/all over 0/1 values start at false/true, not at -inf/+inf. */
function identity(op: string): string {
  if (op === 'any') return '0.0';
  if (op === 'all') return '1.0';
  const c = combineOp(op);
  return c === 'sum' ? '0.0' : c === 'min' ? f32Literal(Infinity) : f32Literal(-Infinity);
}

function combine(op: 'sum' | 'min' | 'max', a: string, b: string): string {
  return op === 'sum' ? `${a} + ${b}` : `${op}(${a}, ${b})`;
}

/** Keyed-table memory operations: atomics when a workgroup shares a table... */
const ATOMIC_TABLE_OPS = `
fn h_load(i: u32) -> u32 { return atomicLoad(&H[i]); }
fn h_store(i: u32, v: u32) { atomicStore(&H[i], v); }
fn h_add(i: u32, v: u32) -> u32 { return atomicAdd(&H[i], v); }
fn h_or(i: u32, v: u32) -> u32 { return atomicOr(&H[i], v); }
fn h_max(i: u32, v: u32) { atomicMax(&H[i], v); }
fn h_min(i: u32, v: u32) { atomicMin(&H[i], v); }
// strong compare-exchange: returns the old value (the exchange happened iff it equals \`expected\`)
fn h_cas(i: u32, expected: u32, v: u32) -> u32 {
  loop {
    let r = atomicCompareExchangeWeak(&H[i], expected, v);
    if (r.exchanged || r.old_value != expected) { return r.old_value; }
  }
}`;

/** ...and plain loads and stores when one invocation owns its group's table (serial mode). */
const PLAIN_TABLE_OPS = `
fn h_load(i: u32) -> u32 { return H[i]; }
fn h_store(i: u32, v: u32) { H[i] = v; }
fn h_add(i: u32, v: u32) -> u32 { let o = H[i]; H[i] = o + v; return o; }
fn h_or(i: u32, v: u32) -> u32 { let o = H[i]; H[i] = o | v; return o; }
fn h_max(i: u32, v: u32) { H[i] = max(H[i], v); }
fn h_min(i: u32, v: u32) { H[i] = min(H[i], v); }
fn h_cas(i: u32, expected: u32, v: u32) -> u32 { let o = H[i]; if (o == expected) { H[i] = v; } return o; }`;

/** Integer hash for the keyed tables (a 32-bit avalanche mix), so consecutive ids spread over the table. */
const HASH_HELPERS = `
fn adv_hash(x0: u32) -> u32 {
  var x = x0;
  x = (x ^ (x >> 16u)) * 0x7feb352du;
  x = (x ^ (x >> 15u)) * 0x846ca68bu;
  return x ^ (x >> 16u);
}`;
