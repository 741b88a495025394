// The compiler driver: sources -> AST -> checked IR -> optimized IR -> schedule -> WGSL + plan.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Module } from '../grammar/ast.js';
import { parseModule } from '../grammar/to-ast.js';
import { checkEstimator, collectDeclarations, type CheckedEstimator } from './check.js';
import { closest, CompileError, type Diagnostic } from './diagnostics.js';
import type { Program } from './ir.js';
import { optimize } from './optimize.js';
import { generateWgsl, type CodegenOptions, type WgslModule } from './codegen-wgsl.js';
import { wgslToC, wgslToCKernels, type CKernels } from './wgsl-to-c.js';
import { wgslToJs } from './wgsl-to-js.js';
import type { KernelModule } from './wgsl-translate.js';
import { buildPlan } from './plan.js';
import { schedule, type Schedule } from './schedule.js';
import type { PlanJson } from '../runtime/plan-runner.js';

import { PACKAGE_ROOT } from '../package-root.js';
export const STDLIB_DIR = join(PACKAGE_ROOT, 'stdlib');

export interface Checked extends CheckedEstimator {
  sources: Map<string, string>;
  /** the IR straight from the checker, before optimization */
  lowered: Program;
}

let stdlibCache: { modules: Module[]; sources: Map<string, string>; diags: Diagnostic[] } | undefined;

function loadStdlib() {
  if (stdlibCache) return stdlibCache;
  const modules: Module[] = [];
  const sources = new Map<string, string>();
  const diags: Diagnostic[] = [];
  for (const f of readdirSync(STDLIB_DIR).filter((f) => f.endsWith('.adv')).sort()) {
    const file = `stdlib/${f}`;
    const src = readFileSync(join(STDLIB_DIR, f), 'utf8');
    sources.set(file, src);
    const { module, errors } = parseModule(src, file);
    for (const e of errors) diags.push({ file, line: e.line, col: e.col, length: e.length, message: e.message });
    modules.push(module);
  }
  stdlibCache = { modules, sources, diags };
  return stdlibCache;
}

/** Names of the estimators the stdlib defines. */
export function stdlibEstimators(): string[] {
  const { modules } = loadStdlib();
  return modules.flatMap((m) => m.decls.filter((d) => d.k !== 'fn').map((d) => d.name)).sort();
}

export function isEstimatorFile(nameOrPath: string): boolean {
  return extname(nameOrPath) === '.adv' || nameOrPath.includes('/');
}

/**
 * Keeps only the named outputs (advantages and returns always stay), dropping what only the others needed:
 * a trainer or a benchmark need not compute diagnostics.
 */
export function selectOutputs(c: Checked, names: string[]): Checked {
  const keep = new Set(['advantages', 'returns', ...names]);
  for (const n of names)
    if (!c.program.outputs.some((o) => o.name === n))
      throw new CompileError(
        [{ file: '<command line>', line: 0, col: 0, length: 0, message: `${c.program.name} has no output '${n}'`, hint: `outputs: ${c.program.outputs.map((o) => o.name).join(', ')}` }],
        c.sources,
      );
  return { ...c, program: optimize({ ...c.program, outputs: c.program.outputs.filter((o) => keep.has(o.name)) }) };
}

/**
 * Checks an estimator given by stdlib name, by path to a .adv file (its last estimator unless `estimator` is
 * given), or by source text. Throws CompileError with every diagnostic.
 */
export function checkSource(opts: { name?: string; file?: string; source?: string; estimator?: string }): Checked {
  const std = loadStdlib();
  const sources = new Map(std.sources);
  const modules = [...std.modules];
  const diags: Diagnostic[] = [...std.diags];
  let target = opts.estimator ?? opts.name;
  if (opts.file !== undefined || opts.source !== undefined) {
    const file = opts.file ?? '<input>';
    let src = opts.source;
    if (src === undefined) {
      if (!existsSync(file)) throw new CompileError([{ file, line: 0, col: 0, length: 0, message: 'no such file' }], sources);
      src = readFileSync(file, 'utf8');
    }
    sources.set(file, src);
    const { module, errors } = parseModule(src, file);
    for (const e of errors) diags.push({ file, line: e.line, col: e.col, length: e.length, message: e.message });
    modules.push(module);
    if (!target) {
      const ests = module.decls.filter((d) => d.k !== 'fn');
      target = ests[ests.length - 1]?.name;
      if (!target && !errors.length)
        diags.push({ file, line: 1, col: 1, length: 1, message: `no estimator in ${basename(file)}`, hint: 'declare one with `estimator name(...) { ... }`' });
    }
  }
  if (diags.length) throw new CompileError(diags, sources);
  const decls = collectDeclarations(modules, diags);
  if (!target || !decls.estimators.has(target)) {
    const hint = target ? closest(target, decls.estimators.keys()) : undefined;
    const known = [...decls.estimators.keys()].sort().join(', ');
    throw new CompileError(
      [{ file: '<command line>', line: 0, col: 0, length: 0, message: `unknown estimator '${target}'`, hint: hint ? `did you mean '${hint}'? (known: ${known})` : `known: ${known}` }],
      sources,
    );
  }
  const checked = checkEstimator(decls, target, diags);
  if (diags.length || !checked) throw new CompileError(diags, sources);
  return { ...checked, sources, lowered: checked.program, program: optimize(checked.program) };
}

/** Resolves a command-line estimator argument: a stdlib name or a path to a .adv file. */
export function checkEstimatorArg(arg: string): Checked {
  return isEstimatorFile(arg) ? checkSource({ file: arg }) : checkSource({ name: arg });
}

export interface Compiled extends Checked {
  schedule: Schedule;
  wgsl: WgslModule;
  plan: PlanJson;
  codegen: CodegenOptions;
}

/** GPUs get the cooperative schedule; `ADVC_SCHEDULE=serial|cooperative` overrides the default. */
export const DEFAULT_CODEGEN: CodegenOptions = {
  mode: process.env['ADVC_SCHEDULE'] === 'serial' ? 'serial' : 'cooperative',
  subgroups: true,
};

/** The whole pipeline for one estimator (stdlib name or .adv path). */
export function compileEstimator(arg: string, opts: CodegenOptions = DEFAULT_CODEGEN): Compiled {
  return compileChecked(checkEstimatorArg(arg), opts);
}

export function compileChecked(c: Checked, opts: CodegenOptions = DEFAULT_CODEGEN): Compiled {
  // one invocation per group owns its keyed tables in serial mode
  const sched = schedule(c.program, opts.mode === 'serial' ? 'owned' : 'shared');
  const wgsl = generateWgsl(sched, opts);
  return { ...c, schedule: sched, wgsl, plan: buildPlan(sched, wgsl, opts), codegen: opts };
}

/** The CPU backend's compilation: the serial schedule, whose WGSL the CPU engines translate. */
export function compileForCpu(c: Checked): Compiled {
  return compileChecked(c, { mode: 'serial', subgroups: false });
}

/** A CPU compilation's WGSL as JavaScript or as C, one group per call (the lanes constant is 1). */
export function translateForCpu(compiled: Compiled, target: 'js' | 'c'): KernelModule {
  const lanes = { [compiled.plan.lanesConstant ?? 'LANES']: 1 };
  return (target === 'js' ? wgslToJs : wgslToC)(compiled.wgsl.code, lanes);
}

/**
 * A CPU compilation's kernels as pure C, apart from the N-API wrapper the Node addon adds (see CKernels for what
 * `kernels` defines): a C library target compiles `kernels` with a host layer of its own. This name and shape
 * stay stable while the back end changes.
 */
export function cpuKernelsC(compiled: Compiled): CKernels & { napi: string } {
  if (compiled.codegen.mode !== 'serial') throw new Error('cpuKernelsC takes a CPU compilation (compileForCpu)');
  return wgslToCKernels(compiled.wgsl.code, { [compiled.plan.lanesConstant ?? 'LANES']: 1 });
}
