// Option values checked before any work starts: `--set name=value` against the estimator's declared
// parameters (a typo or a wrong type is a clear error, not a silently ignored setting), and numeric options.
import { closest } from '../compiler/diagnostics.js';
import type { Params } from '../runtime/batch.js';
import { UserError } from './errors.js';

export interface ParamDecl {
  name: string;
  type: string;
  default: number;
}

export function parseSets(sets: string[], decls: ParamDecl[], estimator: string): Params {
  const params: Params = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UserError(`--set expects name=value, got '${s}'`);
    const name = s.slice(0, eq).trim();
    const text = s.slice(eq + 1).trim();
    const decl = decls.find((d) => d.name === name);
    if (!decl) {
      const near = closest(name, decls.map((d) => d.name));
      const known = decls.length ? `its parameters: ${decls.map((d) => d.name).join(', ')}` : 'it has no parameters';
      throw new UserError(`${estimator} has no parameter '${name}'${near ? `; did you mean '${near}'?` : ''} (${known})`);
    }
    params[name] = parseValue(text, decl, estimator);
  }
  return params;
}

function parseValue(text: string, decl: ParamDecl, estimator: string): number | boolean {
  const what = `parameter '${decl.name}' of ${estimator}`;
  if (decl.type === 'bool') {
    if (text === 'true') return true;
    if (text === 'false') return false;
    throw new UserError(`${what} is a bool: use true or false, not '${text}'`);
  }
  const v = text === '' ? NaN : Number(text);
  if (!Number.isFinite(v)) throw new UserError(`${what} expects a finite number, got '${text}'`);
  if (decl.type === 'i32' && !Number.isInteger(v)) throw new UserError(`${what} is an integer (i32), got '${text}'`);
  return v;
}

/** `name=value` with the default marked, for summaries and `advc list`. */
export function describeParams(decls: ParamDecl[], given: Params = {}): string {
  return decls
    .map((d) => {
      const v = given[d.name];
      const shown = v !== undefined ? v : d.type === 'bool' ? d.default !== 0 : d.default;
      return `${d.name}=${shown}`;
    })
    .join(' ');
}

/** A numeric option's value (undefined when the option was not given); a clear error when it is not one. */
export function parseNumber(text: string | undefined, what: string, opts: { int?: boolean; min?: number } = {}): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isFinite(v) || (opts.int && !Number.isInteger(v)) || (opts.min !== undefined && v < opts.min))
    throw new UserError(`${what} expects ${opts.int ? 'an integer' : 'a number'}${opts.min !== undefined ? ` >= ${opts.min}` : ''}, got '${text}'`);
  return v;
}
