// How the CLI ends: exit 0 on success, 1 on a user error (one clear message, no stack trace), 2 on an
// internal error (the message and a request to report it). Every error class a user can cause maps to 1.
import { CompileError, type Diagnostic } from '../compiler/diagnostics.js';
import { formatDiagnostic } from '../compiler/diagnostics.js';
import { ScheduleError } from '../compiler/schedule.js';
import { NoAdapterError } from '../runtime/device.js';
import { BatchError } from '../runtime/io/validate.js';
import { PlanInputError } from '../plan/uniforms.js';
import { NativeBuildError } from '../runtime/native.js';
import { NonFiniteOutputError } from '../runtime/finite.js';
import { ParamError } from '../runtime/param-values.js';
import { FoldRangeError } from '../compiler/fold-limit.js';

/** A mistake in the command line or its inputs, reported as one line with exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

function useColor(): boolean {
  return process.stderr.isTTY === true && !process.env['NO_COLOR'];
}

function red(s: string, color = useColor()): string {
  return color ? `\x1b[31m${s}\x1b[0m` : s;
}

/**
 * Diagnostics with a source position get the code frame; those without one (an unknown estimator named on
 * the command line, a missing file) become a single line.
 */
export function formatCompileError(e: CompileError, color = useColor()): string {
  const shown = e.diagnostics.slice(0, MAX_SHOWN_ERRORS);
  const lines = shown.map((d) => (d.line > 0 ? formatDiagnostic(d, e.sources.get(d.file)) : positionless(d, color)));
  const more = e.diagnostics.length - shown.length;
  if (more > 0) lines.push(`${red('advc: error:', color)} and ${more} more error${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** A file of garbage gives hundreds of errors: the first few say enough. */
const MAX_SHOWN_ERRORS = 10;

function positionless(d: Diagnostic, color: boolean): string {
  const where = d.file === '<command line>' ? '' : `${d.file}: `;
  return `${red('advc: error:', color)} ${where}${d.message}${d.hint ? `; ${d.hint}` : ''}`;
}

function isUserError(e: unknown): e is Error {
  return e instanceof UserError || e instanceof BatchError || e instanceof NoAdapterError || e instanceof ScheduleError || e instanceof PlanInputError || e instanceof NativeBuildError || e instanceof NonFiniteOutputError || e instanceof ParamError || e instanceof FoldRangeError;
}

/** The message of an error the user caused, for a client of `advc serve` (no colour); undefined for a bug. */
export function userErrorMessage(e: unknown): string | undefined {
  if (e instanceof CompileError) return formatCompileError(e, false).replace(/^advc: error: /gm, '');
  return isUserError(e) ? e.message : undefined;
}

/** Prints an error to stderr and returns the exit code it deserves. */
export function reportError(e: unknown): number {
  if (e instanceof CompileError || isUserError(e)) {
    process.stderr.write((e instanceof CompileError ? formatCompileError(e) : `${red('advc: error:')} ${e.message}`) + '\n');
    return EXIT_USER;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`${red('advc: internal error:')} ${err.message}\nthis is a bug in advc; please report it with the command that caused it\n`);
  if (process.env['ADVC_DEBUG'] && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT_INTERNAL;
}
