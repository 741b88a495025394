// A run request's batch, read from its frame: raw little-endian tensors described in the header, or a
// safetensors payload, plus JSON fields (string uids); then the same checks as `advc run` (validateBatch).
import type { InputField } from '../../plan/format.js';
import type { Batch } from '../batch.js';
import { BYTES, decode, isDtype, parseSafetensors } from '../io/safetensors.js';
import { validateBatch, type RawTensor } from '../io/validate.js';

/** A request the server refuses; `code` tells a client what kind of problem it was (docs/serve-protocol.md). */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: 'bad_request' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

export interface TensorEntry {
  name: string;
  dtype: string;
  shape: number[];
  bytes: number;
}

/**
 * Reads the batch of a run request; `maxTokens` bounds B x T before anything is decoded; `declared`: the fields
 * the estimator declares beyond the standard ones, checked like them.
 */
export function readRequestBatch(header: Record<string, unknown>, payload: Buffer, maxTokens: number, declared: readonly InputField[] = []): Batch {
  const fields: Record<string, unknown> = {};
  const json = header['fields'] ?? {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RequestError('bad_request', '`fields` must be an object of named JSON values');
  Object.assign(fields, json);
  const format = header['format'] ?? 'tensors';
  if (format === 'safetensors') {
    for (const [name, t] of parseSafetensors(payload).tensors) addField(fields, name, { shape: t.shape, data: t.data });
  } else if (format === 'tensors') {
    const entries = tensorEntries(header['tensors'] ?? [], payload.length);
    checkTokens(entries.find((e) => e.name === 'responses')?.shape, maxTokens);
    let offset = 0;
    for (const e of entries) {
      addField(fields, e.name, { shape: e.shape, data: decode(e.name, e.dtype as keyof typeof BYTES, payload, offset, e.bytes) });
      offset += e.bytes;
    }
  } else {
    throw new RequestError('bad_request', `unknown format ${JSON.stringify(format)}: use "tensors" or "safetensors"`);
  }
  const batch = validateBatch(fields, { declared });
  checkTokens([batch.B, batch.T], maxTokens);
  return batch;
}

function addField(fields: Record<string, unknown>, name: string, t: RawTensor): void {
  if (fields[name] !== undefined) throw new RequestError('bad_request', `field \`${name}\` is given twice`);
  fields[name] = t;
}

function checkTokens(shape: number[] | undefined, maxTokens: number): void {
  if (!shape || shape.length !== 2) return; // validateBatch names the problem
  const tokens = shape[0]! * shape[1]!;
  if (tokens > maxTokens)
    throw new RequestError('too_large', `the batch has ${tokens} tokens (B=${shape[0]}, T=${shape[1]}), over the server's limit of ${maxTokens} (--max-batch-tokens)`);
}

/** The header's tensor list, checked against itself and against the payload's length. */
function tensorEntries(list: unknown, payloadBytes: number): TensorEntry[] {
  if (!Array.isArray(list)) throw new RequestError('bad_request', '`tensors` must be a list of {name, dtype, shape, bytes}');
  let total = 0;
  const entries = list.map((t: unknown, i): TensorEntry => {
    const where = `tensors[${i}]`;
    if (typeof t !== 'object' || t === null) throw new RequestError('bad_request', `${where} must be an object {name, dtype, shape, bytes}`);
    const { name, dtype, shape, bytes } = t as Record<string, unknown>;
    if (typeof name !== 'string' || !name) throw new RequestError('bad_request', `${where}: \`name\` must be a non-empty string`);
    if (typeof dtype !== 'string' || !isDtype(dtype))
      throw new RequestError('bad_request', `tensor \`${name}\`: unsupported dtype ${JSON.stringify(dtype)} (supported: ${Object.keys(BYTES).join(', ')})`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0))
      throw new RequestError('bad_request', `tensor \`${name}\`: shape must be a list of non-negative integers, got ${JSON.stringify(shape)}`);
    const want = (shape as number[]).reduce((a, b) => a * b, 1) * BYTES[dtype];
    if (bytes !== want) throw new RequestError('bad_request', `tensor \`${name}\`: ${dtype} ${JSON.stringify(shape)} is ${want} bytes, but the header says ${JSON.stringify(bytes)}`);
    total += want;
    return { name, dtype, shape: shape as number[], bytes: want };
  });
  if (total !== payloadBytes) throw new RequestError('bad_request', `the tensors add up to ${total} bytes, but the payload has ${payloadBytes}`);
  return entries;
}
