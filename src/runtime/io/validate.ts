// Turns loosely typed fields (nested arrays from JSON, or tensors from safetensors) into a checked Batch.
// Every problem is reported as one line naming the field and, where it applies, the row and column,
// because a user's dumped verl batch is the usual input and its mistakes should be easy to find.
import { INPUT_FIELDS, inputField, inputNames } from '../../compiler/input-fields.js';
import type { InputField } from '../../plan/format.js';
import type { Batch } from '../batch.js';

export class BatchError extends Error {
  override name = 'BatchError';
}

/** A field already in flat form (what the safetensors reader gives). */
export interface RawTensor {
  shape: number[];
  data: ArrayLike<number>;
}

/**
 * verl batch fields that advc does not use; a dumped verl batch carries them, so they are skipped silently
 * (`advantages` and `returns` are what an estimator computes; `rollout_log_probs` are the inference engine's
 * own log-probabilities, not the `old_log_probs` the actor recomputes).
 */
export const IGNORED_VERL_FIELDS = [
  'attention_mask',
  'prompts',
  'input_ids',
  'position_ids',
  'token_level_scores',
  'uid',
  'rollout_log_probs',
  'advantages',
  'returns',
  'rm_scores',
  'acc',
] as const;

export interface ValidateOptions {
  /** the fields the estimator reads: the others are not checked for finite values (default: every field) */
  reads?: readonly string[];
  /** fields the estimator declares beyond the standard ones (`input name: ...`) */
  declared?: readonly InputField[];
}

const KNOWN_INPUTS: readonly string[] = inputNames();
const ALL_KNOWN: readonly string[] = [...KNOWN_INPUTS, ...INPUT_FIELDS.flatMap((f) => f.aliases), ...IGNORED_VERL_FIELDS];

type FieldKind = 'int' | 'mask' | 'float';

export function isRawTensor(v: unknown): v is RawTensor {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Array.isArray((v as RawTensor).shape) &&
    typeof (v as RawTensor).data === 'object' &&
    typeof (v as RawTensor).data?.length === 'number'
  );
}

/**
 * Checks and converts a batch. `raw` maps field names to nested arrays ([B][T] token fields, [B] rollout
 * fields) or RawTensors. `index` may hold integers or strings (uids, numbered by first appearance);
 * verl's `uid` is taken as the index when `index` is absent. `declared`: fields an estimator declares beyond the
 * standard table (read like standard ones).
 */
export function validateBatch(raw: Record<string, unknown>, opts: ValidateOptions = {}): Batch {
  const declared = opts.declared ?? [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BatchError('a batch must be an object of named fields');
  }
  const known = [...ALL_KNOWN, ...declared.map((f) => f.name)];
  for (const name of Object.keys(raw)) {
    if (known.includes(name)) continue;
    const near = suggestName(name, known);
    throw new BatchError(
      near
        ? `unknown field \`${name}\`; did you mean \`${near}\`?`
        : `unknown field \`${name}\`; known fields: ${[...KNOWN_INPUTS, ...declared.map((f) => f.name)].join(', ')}`,
    );
  }
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) fields[inputField(name)?.name ?? name] = value;
  if (fields['index'] === undefined && fields['uid'] !== undefined) fields['index'] = fields['uid'];
  for (const name of inputNames((f) => f.required)) {
    if (fields[name] === undefined) {
      const present = Object.keys(raw);
      throw new BatchError(
        `missing required field \`${name}\`` +
          (present.length ? ` (the batch has: ${present.join(', ')})` : ' (the batch is empty)'),
      );
    }
  }

  const responses = readMatrix('responses', fields['responses'], 'int');
  const [B, T] = responses.shape as [number, number];
  if (B === 0) throw new BatchError('empty batch: `responses` has no rows (B=0)');
  if (T === 0) throw new BatchError('empty batch: `responses` rows have no tokens (T=0)');

  // a NaN in a field the estimator never reads does not matter
  const finite = (name: string) => inputField(name)?.finite === true && (opts.reads === undefined || opts.reads.includes(name));
  const batch: Partial<Batch> & { B: number; T: number } = { B, T };
  const out = batch as Record<string, unknown>;
  // token fields first: their shapes are checked against `responses` before any per-rollout field
  const fieldsRead: InputField[] = [...INPUT_FIELDS, ...declared];
  for (const f of fieldsRead.sort((a, b) => Number(a.domain === 'rollout') - Number(b.domain === 'rollout'))) {
    const value = fields[f.name];
    if (value === undefined) continue;
    const kind: FieldKind = f.mask ? 'mask' : f.type;
    if (f.domain === 'rollout') {
      // group ids may be strings (verl's uids)
      if (f.name === 'index') out.index = readIndex(value, B);
      else out[f.name] = kind === 'float' ? toFloat32(f.name, readVector(f.name, value, B), 1, finite(f.name)) : toInt32(f.name, readVector(f.name, value, B), 1, kind);
      continue;
    }
    const m = f.name === 'responses' ? responses : readMatrix(f.name, value, kind, finite(f.name));
    if (m.shape.length !== 2 || m.shape[0] !== B || m.shape[1] !== T) {
      throw new BatchError(`field \`${f.name}\` has shape ${fmtShape(m.shape)}; expected [${B}, ${T}] like \`responses\``);
    }
    out[f.name] = m.data;
  }
  return batch as Batch;
}

/** Checks that a batch has every field an estimator reads (validateBatch checks only the ones every batch has). */
export function checkReads(batch: Batch, estimator: string, inputs: readonly string[], filled: readonly string[] = []): void {
  const missing = inputs.filter((name) => (batch as unknown as Record<string, unknown>)[name] === undefined && !filled.includes(name));
  if (missing.length) throw new BatchError(`the batch has no field ${missing.map((m) => `\`${m}\``).join(', ')}, which ${estimator} reads`);
}

/**
 * The first valid token with a negative id. Keyed tables hold keys >= 0 only (a negative key leaves its token
 * without a key), so an estimator keyed by token ids refuses such a batch instead of silently skipping tokens.
 */
export function negativeTokenId(batch: Batch): { id: number; row: number; col: number } | undefined {
  const { responses, response_mask, T } = batch;
  for (let i = 0; i < responses.length; i++)
    if (responses[i]! < 0 && response_mask[i]) return { id: responses[i]!, row: Math.floor(i / T), col: i % T };
  return undefined;
}

interface Flat {
  shape: number[];
  data: Int32Array | Float32Array;
}

/** Reads a [B][T] field; shape is checked by the caller, ragged rows and element types here. */
function readMatrix(name: string, value: unknown, kind: FieldKind, checkFinite = false): Flat {
  let shape: number[];
  let data: ArrayLike<unknown>;
  if (isRawTensor(value)) {
    shape = value.shape;
    data = value.data;
    if (shape.length !== 2) {
      throw new BatchError(`field \`${name}\` must be a [B][T] tensor; got shape ${fmtShape(shape)}`);
    }
    checkLength(name, shape, data.length);
  } else if (Array.isArray(value)) {
    if (value.length > 0 && !Array.isArray(value[0])) {
      throw new BatchError(`field \`${name}\` must be a [B][T] array (one row per rollout); got a flat array`);
    }
    const cols = value.length ? (value[0] as unknown[]).length : 0;
    const flat: unknown[] = new Array(value.length * cols);
    value.forEach((row, r) => {
      if (!Array.isArray(row)) {
        throw new BatchError(`field \`${name}\` must be a [B][T] array; row ${r} is ${describe(row)}, not an array`);
      }
      if (row.length !== cols) {
        throw new BatchError(`field \`${name}\` has ragged rows: row ${r} has ${row.length} entries, row 0 has ${cols}`);
      }
      for (let c = 0; c < cols; c++) flat[r * cols + c] = row[c];
    });
    shape = [value.length, cols];
    data = flat;
  } else {
    throw new BatchError(`field \`${name}\` must be a [B][T] array; got ${describe(value)}`);
  }
  const cols = shape[1] ?? 1;
  return { shape, data: kind === 'float' ? toFloat32(name, data, cols, checkFinite) : toInt32(name, data, cols, kind) };
}

function readVector(name: string, value: unknown, B: number): ArrayLike<unknown> {
  let shape: number[];
  let data: ArrayLike<unknown>;
  if (isRawTensor(value)) {
    shape = value.shape;
    data = value.data;
    checkLength(name, shape, data.length);
  } else if (Array.isArray(value)) {
    const r = value.findIndex((v) => Array.isArray(v));
    if (r >= 0) throw new BatchError(`field \`${name}\` must be a [B] array of scalars; row ${r} is an array`);
    shape = [value.length];
    data = value;
  } else {
    throw new BatchError(`field \`${name}\` must be a [B] array; got ${describe(value)}`);
  }
  if (shape.length !== 1 || shape[0] !== B) {
    throw new BatchError(`field \`${name}\` has shape ${fmtShape(shape)}; expected [${B}] (one per row of \`responses\`)`);
  }
  return data;
}

/** Group ids: integers as given, or strings numbered by first appearance. */
function readIndex(value: unknown, B: number): Int32Array {
  const data = readVector('index', value, B);
  if (data instanceof Int32Array) return data;
  const out = new Int32Array(B);
  let strings = 0;
  let outOfRange = false;
  for (let r = 0; r < B; r++) {
    const v = data[r];
    if (typeof v === 'string') {
      strings++;
    } else if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new BatchError(`field \`index\` must hold integers or strings (group ids); got ${describe(v)} at row ${r}`);
    } else if (v < -2147483648 || v > 2147483647) {
      outOfRange = true;
    }
  }
  if (strings > 0 && strings < B) throw new BatchError('field `index` mixes strings and numbers; use one kind of group id');
  if (strings > 0 || outOfRange) {
    // Only equality of ids matters, so renumbering keeps the groups.
    const ids = new Map<unknown, number>();
    for (let r = 0; r < B; r++) {
      const v = data[r];
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = ids.size));
      out[r] = id;
    }
    return out;
  }
  for (let r = 0; r < B; r++) out[r] = data[r] as number;
  return out;
}

function toFloat32(name: string, data: ArrayLike<unknown>, cols: number, checkFinite: boolean): Float32Array {
  const out = data instanceof Float32Array ? data : new Float32Array(data.length);
  if (out !== data) {
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      // JSON has no NaN; writers (ours included) put null there.
      if (v === null) out[i] = NaN;
      else if (typeof v === 'number') out[i] = v;
      else throw new BatchError(`field \`${name}\` must hold numbers; got ${describe(v)} at ${at(i, cols)}`);
    }
  }
  if (checkFinite) {
    for (let i = 0; i < out.length; i++) {
      if (!Number.isFinite(out[i]!)) {
        const orig = data[i];
        const shown = typeof orig === 'number' && Number.isFinite(orig) ? `${orig} (not finite in float32)` : String(out[i]);
        throw new BatchError(`field \`${name}\` has a non-finite value ${shown} at ${at(i, cols)}`);
      }
    }
  }
  return out;
}

function toInt32(name: string, data: ArrayLike<unknown>, cols: number, kind: FieldKind): Int32Array {
  let out: Int32Array;
  if (data instanceof Int32Array) {
    out = data;
  } else {
    out = new Int32Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new BatchError(`field \`${name}\` must hold integers; got ${describe(v)} at ${at(i, cols)}`);
      }
      if (v < -2147483648 || v > 2147483647) {
        throw new BatchError(`field \`${name}\` value ${v} at ${at(i, cols)} does not fit in int32`);
      }
      out[i] = v;
    }
  }
  if (kind === 'mask') {
    for (let i = 0; i < out.length; i++) {
      if (out[i] !== 0 && out[i] !== 1) {
        throw new BatchError(`field \`${name}\` must hold only 0 or 1; got ${out[i]} at ${at(i, cols)}`);
      }
    }
  }
  return out;
}

function checkLength(name: string, shape: number[], length: number): void {
  const n = shape.reduce((a, b) => a * b, 1);
  if (n !== length) throw new BatchError(`field \`${name}\` has shape ${fmtShape(shape)} but ${length} values`);
}

function at(i: number, cols: number): string {
  return cols === 1 ? `row ${i}` : `row ${Math.floor(i / cols)}, col ${i % cols}`;
}

function fmtShape(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? v.slice(0, 20) + '...' : v);
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** The closest name, if it is close enough to be a likely misspelling (case, `_`/`-` and camelCase ignored). */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const n = norm(name);
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(n, norm(c));
    if (d < bestDist) [best, bestDist] = [c, d];
  }
  const limit = Math.max(1, Math.min(3, Math.floor(n.length / 3)));
  return bestDist <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
