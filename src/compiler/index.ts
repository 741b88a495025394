// The compiler driver: sources -> AST -> checked IR -> optimized IR -> schedule -> kernel IR -> WGSL (or C, or
// JavaScript) + plan.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Decl, Module } from '../grammar/ast.js';
import { parseModule } from '../grammar/to-ast.js';
import { checkEstimator, type CheckedEstimator } from './check.js';
import { collectDeclarations, type Declarations } from './declarations.js';
import { closest, CompileError, type Diagnostic } from './diagnostics.js';
import type { Program } from './ir.js';
import { lintEstimator } from './lint.js';
import { optimize } from './optimize.js';
import type { CodegenOptions, KernelModule } from './kernel-ir.js';
import { lowerSchedule } from './lower.js';
import { renderWgsl, type WgslModule } from './render-wgsl.js';
import { renderC, type CKernels, type CModule } from './render-c.js';
import { renderJs, type JsModule } from './render-js.js';
import { buildPlan } from './plan.js';
import { schedule, type Schedule } from './schedule.js';
import type { PlanJson } from '../plan/format.js';

import { PACKAGE_ROOT } from '../package-root.js';
export const STDLIB_DIR = join(PACKAGE_ROOT, 'stdlib');

export interface Checked extends CheckedEstimator {
  sources: Map<string, string>;
  /** warnings about the estimator's own source (the stdlib's are not reported) */
  warnings: Diagnostic[];
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
  return modules.flatMap((m) => m.decls.filter((d) => d.k === 'estimator' || d.k === 'alias').map((d) => d.name)).sort();
}

/** `FILE.adv:name` names one estimator of a file with several; a plain path takes the file's last one. */
export function splitEstimatorArg(arg: string): { file: string; estimator?: string } {
  const m = /^(.*\.adv):([A-Za-z_][A-Za-z0-9_]*)$/.exec(arg);
  return m ? { file: m[1]!, estimator: m[2]! } : { file: arg };
}

export function isEstimatorFile(nameOrPath: string): boolean {
  const { file } = splitEstimatorArg(nameOrPath);
  return extname(file) === '.adv' || file.includes('/');
}

/**
 * The outputs to compute when `names` is given: advantages and returns always, plus the named ones; the
 * optimizer then drops what only the others needed (a trainer or a benchmark need not compute diagnostics).
 */
function keepOutputs(p: Program, names: string[] | undefined, sources: Map<string, string>): Program {
  if (!names) return p;
  for (const n of names)
    if (!p.outputs.some((o) => o.name === n))
      throw new CompileError(
        [{ file: '<command line>', line: 0, col: 0, length: 0, message: `${p.name} has no output '${n}'`, hint: `outputs: ${p.outputs.map((o) => o.name).join(', ')}` }],
        sources,
      );
  const keep = new Set(['advantages', 'returns', ...names]);
  return { ...p, outputs: p.outputs.filter((o) => keep.has(o.name)) };
}

interface Parsed {
  sources: Map<string, string>;
  modules: Module[];
  diags: Diagnostic[];
  /** the module of the file or text given, if any */
  own?: Module;
}

/** The stdlib (parsed once per process) and, when given, one file or source text parsed once. */
function parseSources(opts: { file?: string; source?: string }): Parsed {
  const std = loadStdlib();
  const parsed: Parsed = { sources: new Map(std.sources), modules: [...std.modules], diags: [...std.diags] };
  if (opts.file === undefined && opts.source === undefined) return parsed;
  const file = opts.file ?? '<input>';
  let src = opts.source;
  if (src === undefined) {
    const cannot = (message: string) => new CompileError([{ file, line: 0, col: 0, length: 0, message }], parsed.sources);
    if (!existsSync(file)) throw cannot('no such file');
    if (statSync(file).isDirectory()) throw cannot('is a folder, not a .adv file');
    try {
      src = readFileSync(file, 'utf8');
    } catch (e) {
      throw cannot(`cannot read: ${(e as Error).message}`);
    }
  }
  // editors on some systems start UTF-8 files with a byte-order mark
  src = src.replace(/^\uFEFF/, '');
  parsed.sources.set(file, src);
  const { module, errors } = parseModule(src, file);
  for (const e of errors) parsed.diags.push({ file, line: e.line, col: e.col, length: e.length, message: e.message });
  if (!errors.length && !module.decls.some(isEstimatorDecl))
    parsed.diags.push({ file, line: 1, col: 1, length: 1, message: `no estimator in ${basename(file)}`, hint: 'declare one with `estimator name(...) { ... }`' });
  parsed.modules.push(module);
  parsed.own = module;
  return parsed;
}

/**
 * Checks an estimator given by stdlib name, by path to a .adv file (its last estimator unless `estimator` is
 * given), or by source text; `outputs`: only these besides advantages and returns (default: all). Throws
 * CompileError with every diagnostic.
 */
export function checkSource(opts: { name?: string; file?: string; source?: string; estimator?: string; outputs?: string[] }): Checked {
  const { sources, modules, diags, own } = parseSources(opts);
  if (diags.length) throw new CompileError(diags, sources);
  const target = opts.estimator ?? opts.name ?? own?.decls.filter(isEstimatorDecl).at(-1)?.name;
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
  const warnings = ownWarnings(decls, target, checked.program, sources);
  return { ...checked, sources, warnings, lowered: checked.program, program: optimize(keepOutputs(checked.program, opts.outputs, sources)) };
}

const isEstimatorDecl = (d: Decl): boolean => d.k === 'estimator' || d.k === 'alias';

/** Lint warnings about the given file's source (the stdlib's are not reported). */
function ownWarnings(decls: Declarations, target: string, lowered: Program, sources: Map<string, string>): Diagnostic[] {
  const std = loadStdlib().sources;
  return lintEstimator(decls, target, lowered).filter((w) => sources.has(w.file) && !std.has(w.file));
}

/**
 * Checks every estimator of a .adv file, the file parsed once: returns their names and warnings, or throws one
 * CompileError with every diagnostic in source order (a function several estimators use reports its error once).
 */
export function checkFileEstimators(file: string, source?: string): { names: string[]; warnings: Diagnostic[]; sources: Map<string, string> } {
  const { sources, modules, diags, own } = parseSources({ file, source });
  if (diags.length) throw new CompileError(diags, sources);
  const decls = collectDeclarations(modules, diags);
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.col}:${d.message}`;
  const seen = new Set(diags.map(key));
  const names = own!.decls.filter(isEstimatorDecl).map((d) => d.name);
  const warnings: Diagnostic[] = [];
  for (const name of names) {
    const found: Diagnostic[] = [];
    const checked = checkEstimator(decls, name, found);
    if (checked && !found.length)
      for (const w of ownWarnings(decls, name, checked.program, sources)) if (!seen.has(key(w))) (seen.add(key(w)), warnings.push(w));
    for (const d of found) {
      if (seen.has(key(d))) continue;
      seen.add(key(d));
      diags.push(d);
    }
  }
  diags.sort((a, b) => a.line - b.line || a.col - b.col);
  if (diags.length) throw new CompileError(diags, sources);
  return { names, warnings: warnings.sort((a, b) => a.line - b.line || a.col - b.col), sources };
}

/**
 * Resolves a command-line estimator argument: a stdlib name, a path to a .adv file, or `FILE.adv:name` (see
 * checkSource for `outputs`).
 */
export function checkEstimatorArg(arg: string, outputs?: string[]): Checked {
  return checkSource(isEstimatorFile(arg) ? { ...splitEstimatorArg(arg), outputs } : { name: arg, outputs });
}

export interface Compiled extends Checked {
  schedule: Schedule;
  /** the kernels, lowered from the schedule: what every renderer prints */
  kernels: KernelModule;
  wgsl: WgslModule;
  plan: PlanJson;
  codegen: CodegenOptions;
}

/** GPUs get the cooperative schedule (the runtime chooses per device and passes its choice down). */
export const DEFAULT_CODEGEN: CodegenOptions = { mode: 'cooperative', subgroups: true };

/** The whole pipeline for one estimator (stdlib name or .adv path). */
export function compileEstimator(arg: string, opts: CodegenOptions = DEFAULT_CODEGEN): Compiled {
  return compileChecked(checkEstimatorArg(arg), opts);
}

export function compileChecked(c: Checked, opts: CodegenOptions = DEFAULT_CODEGEN): Compiled {
  // one invocation per group owns its keyed tables in serial mode
  const sched = schedule(c.program, opts.mode === 'serial' ? 'owned' : 'shared');
  const kernels = lowerSchedule(sched, opts);
  return { ...c, schedule: sched, kernels, wgsl: renderWgsl(kernels), plan: buildPlan(sched, kernels, opts), codegen: opts };
}

/** The CPU backend's compilation: the serial kernels, which the CPU engines render as C or JavaScript. */
export function compileForCpu(c: Checked): Compiled {
  return compileChecked(c, { mode: 'serial', subgroups: false, scanBlocks: true });
}

/** A CPU compilation's kernels as JavaScript or as C, one group per call (the lanes constant is 1). */
export function translateForCpu(compiled: Compiled, target: 'js' | 'c'): JsModule | CModule {
  if (target === 'js') return renderJs(cpuKernels(compiled), cpuLanes(compiled));
  const k = cpuKernelsC(compiled);
  return { code: k.kernels + k.napi, floatRegions: k.floatRegions, intRegions: k.intRegions, entryPoints: k.entryPoints };
}

function cpuKernels(compiled: Compiled): KernelModule {
  if (compiled.codegen.mode !== 'serial') throw new Error('the CPU renderers take a CPU compilation (compileForCpu)');
  return compiled.kernels;
}

const cpuLanes = (compiled: Compiled) => ({ [compiled.plan.lanesConstant ?? 'LANES']: 1 });

/**
 * A CPU compilation's kernels as pure C, apart from the N-API wrapper the Node addon adds (see CKernels for what
 * `kernels` defines): a C library target compiles `kernels` with a host layer of its own. This name and shape
 * stay stable while the back end changes.
 */
export function cpuKernelsC(compiled: Compiled): CKernels & { napi: string } {
  return renderC(cpuKernels(compiled), cpuLanes(compiled));
}
