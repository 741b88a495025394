// The declarations of a program's modules (stdlib first, the user's file last): functions, estimators and
// declared batch fields by name, later modules shadowing earlier ones.
import type { AliasDecl, EstimatorDecl, FnDecl, InputDecl, Module } from '../grammar/ast.js';
import { isBuiltinFunction } from './builtins.js';
import { declaredInputs } from './declared-inputs.js';
import { diagAt, type Diagnostic } from './diagnostics.js';
import type { InputField } from '../plan/format.js';

export interface Declarations {
  fns: Map<string, FnDecl>;
  estimators: Map<string, EstimatorDecl | AliasDecl>;
  /** batch fields declared with `input` */
  inputs: Map<string, InputField>;
}

/** Collects the declarations of several modules; later modules shadow earlier ones (user file over stdlib). */
export function collectDeclarations(modules: Module[], diags: Diagnostic[]): Declarations {
  const fns = new Map<string, FnDecl>();
  const estimators = new Map<string, EstimatorDecl | AliasDecl>();
  const inputs: InputDecl[] = [];
  for (const m of modules) {
    const seen = new Set<string>();
    for (const d of m.decls) {
      if (seen.has(d.name)) diags.push(diagAt(d.nameSpan, `'${d.name}' is declared twice in this file`));
      seen.add(d.name);
      // a builtin always wins a call, so a function named like one would never run
      if (d.k === 'fn' && isBuiltinFunction(d.name)) {
        diags.push(diagAt(d.nameSpan, `'${d.name}' is a builtin function; a function of that name would never be called`, 'choose another name'));
        continue;
      }
      if (d.k === 'fn') fns.set(d.name, d);
      else if (d.k === 'input') inputs.push(d);
      else estimators.set(d.name, d);
    }
  }
  return { fns, estimators, inputs: declaredInputs(inputs, diags) };
}
