// Option values checked before any work starts: `--set name=value` against the estimator's declared
// parameters (a typo or a wrong type is a clear error, not a silently ignored setting), and numeric options.
import type { Params } from '../runtime/batch.js';
import { checkParams, type ParamDecl } from '../runtime/param-values.js';
import { UserError } from './errors.js';

/** `--set name=value` options (the last of a name wins), checked like every other source of parameters. */
export function parseSets(sets: string[], decls: ParamDecl[], estimator: string): Params {
  const given: Record<string, string> = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UserError(`--set expects name=value, got '${s}'`);
    given[s.slice(0, eq).trim()] = s.slice(eq + 1).trim();
  }
  return checkParams(given, decls, estimator);
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
