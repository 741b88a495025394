// JSON batches and outputs. A batch file holds verl's fields either at the top level or under `inputs`
// (the layout of the reference fixtures); outputs are written as {"advantages": [[...]], ...}.
import { INPUT_FIELDS, type Batch, type Outputs } from '../batch.js';
import { BatchError, validateBatch, type ValidateOptions } from './validate.js';

export interface Shape2 {
  B: number;
  T: number;
}

/** A named output read back: [B,T] for token outputs, [B] for rollout outputs. */
export interface OutputArray {
  shape: number[];
  data: Float32Array;
}

export function batchFromJson(text: string, opts: ValidateOptions = {}): Batch {
  return batchFromJsonValue(parseJson(text), opts);
}

export function batchFromJsonValue(doc: unknown, opts: ValidateOptions = {}): Batch {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new BatchError('a JSON batch must be an object of fields (or hold them under `inputs`)');
  }
  const inputs = (doc as Record<string, unknown>)['inputs'];
  if (inputs !== undefined) {
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
      throw new BatchError('`inputs` must be an object of fields');
    }
    return validateBatch(inputs as Record<string, unknown>, opts);
  }
  return validateBatch(doc as Record<string, unknown>, opts);
}

/**
 * The shortest decimal that reads back as the same float32 (null for NaN/Infinity, which JSON lacks).
 * More digits never stop a decimal from round-tripping, so the shortest length can be bisected.
 */
export function formatF32(v: number): string {
  const f = Math.fround(v);
  if (!Number.isFinite(f)) return 'null';
  if (Object.is(f, -0)) return '-0';
  if (Number.isInteger(f) && Math.abs(f) <= 16777216) return String(f); // every digit is needed up to 2^24
  let lo = 1;
  let hi = 9; // 9 significant digits always identify a float32
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Math.fround(Number(f.toPrecision(mid))) === f) hi = mid;
    else lo = mid + 1;
  }
  return String(Number(f.toPrecision(lo)));
}

/** Outputs as JSON, one row per line; an output of B*T values is written [B][T], one of B values [B]. */
export function outputsToJson(outputs: Outputs | Record<string, Float32Array>, shape: Shape2): string {
  const parts = Object.entries(outputs).map(([name, data]) => {
    const kind = outputKind(name, data.length, shape);
    return `${JSON.stringify(name)}: ${kind === 'token' ? rowsToJson(data, shape, formatF32) : vectorToJson(data, formatF32)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function outputKind(name: string, length: number, { B, T }: Shape2): 'token' | 'rollout' {
  // With T = 1 both readings fit; the token one keeps advantages/returns [B][T] as everywhere else.
  if (length === B * T) return 'token';
  if (length === B) return 'rollout';
  throw new BatchError(`output \`${name}\` has ${length} values; expected B*T = ${B * T} or B = ${B}`);
}

export function outputsFromJson(text: string): Record<string, OutputArray> {
  const doc = parseJson(text);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new BatchError('an outputs file must be a JSON object of named arrays');
  }
  const out: Record<string, OutputArray> = {};
  for (const [name, value] of Object.entries(doc as Record<string, unknown>)) {
    if (!Array.isArray(value)) throw new BatchError(`output \`${name}\` must be an array`);
    const rows = value.length;
    const is2d = rows > 0 && Array.isArray(value[0]);
    const cols = is2d ? (value[0] as unknown[]).length : 1;
    const data = new Float32Array(rows * cols);
    value.forEach((row: unknown, r) => {
      const cells = is2d ? row : [row];
      if (!Array.isArray(cells) || cells.length !== cols) {
        throw new BatchError(`output \`${name}\` has ragged rows: row ${r} differs from row 0`);
      }
      cells.forEach((v: unknown, c) => {
        if (v !== null && typeof v !== 'number') throw new BatchError(`output \`${name}\` holds a non-number at row ${r}`);
        data[r * cols + c] = v === null ? NaN : v;
      });
    });
    out[name] = { shape: is2d ? [rows, cols] : [rows], data };
  }
  return out;
}

/** A batch as JSON with verl's field names at the top level (what `batchFromJson` reads back). */
export function batchToJson(batch: Batch): string {
  const intFmt = (v: number) => String(v);
  const parts: string[] = [];
  for (const f of INPUT_FIELDS) {
    const data = batch[f.name];
    if (!data) continue;
    const fmt = f.type === 'int' ? intFmt : formatF32;
    parts.push(`${JSON.stringify(f.name)}: ${f.domain === 'token' ? rowsToJson(data, batch, fmt) : vectorToJson(data, fmt)}`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

function rowsToJson(data: ArrayLike<number>, { B, T }: Shape2, fmt: (v: number) => string): string {
  const rows: string[] = [];
  for (let r = 0; r < B; r++) {
    const cells = new Array<string>(T);
    for (let c = 0; c < T; c++) cells[c] = fmt(data[r * T + c]!);
    rows.push(`[${cells.join(',')}]`);
  }
  return `[\n${rows.join(',\n')}\n]`;
}

function vectorToJson(data: ArrayLike<number>, fmt: (v: number) => string): string {
  return `[${Array.from(data, fmt).join(',')}]`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BatchError(`not valid JSON: ${(e as Error).message}`);
  }
}
