// Parameter values checked against an estimator's declarations, one message per problem, wherever they come
// from: `advc run --set` (text), `advc serve` requests (JSON) and the module `advc compile` generates
// (JavaScript values; it embeds this file verbatim, so it imports only what the module embeds too).
import { valueRangeProblem } from '../compiler/value-range.js';
import { suggestName } from './io/validate.js';

export interface ParamDecl {
  name: string;
  type: string;
  default: number;
}

/** A parameter the estimator does not have, or a value it cannot take (a user error). */
export class ParamError extends Error {
  override name = 'ParamError';
}

/**
 * The value of one parameter: a bool for a bool parameter (`true`/`false`, or that text), else a number (or
 * its text) within the range of the parameter's type (value-range.ts).
 */
export function checkParam(decl: ParamDecl, value: unknown, estimator: string): number | boolean {
  const what = `parameter '${decl.name}' of ${estimator}`;
  const shown = typeof value === 'string' ? value : String(value);
  if (decl.type === 'bool') {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw new ParamError(`${what} is a bool: use true or false, not '${shown}'`);
  }
  const v = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  const problem = valueRangeProblem(decl.type, v, shown);
  if (problem) throw new ParamError(`${what} ${problem}`);
  return v;
}

/** Every given parameter checked (an unknown name suggests the nearest known one); omitted ones keep their defaults. */
export function checkParams(values: Record<string, unknown>, decls: readonly ParamDecl[], estimator: string): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const [name, value] of Object.entries(values)) {
    const decl = decls.find((d) => d.name === name);
    if (!decl) {
      const near = suggestName(name, decls.map((d) => d.name));
      const known = decls.length ? `its parameters: ${decls.map((d) => d.name).join(', ')}` : 'it has no parameters';
      throw new ParamError(`${estimator} has no parameter '${name}'${near ? `; did you mean '${near}'?` : ''} (${known})`);
    }
    out[name] = checkParam(decl, value, estimator);
  }
  return out;
}
