// Batch and output files, chosen by extension (.json or .safetensors). Outputs are written atomically:
// a temp file in the same folder, then a rename, so a reader never sees a partly written file.
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { InputField } from '../../plan/format.js';
import { INPUT_FIELDS, type Batch, type Outputs } from '../batch.js';
import { batchFromJson, batchToJson, outputKind, outputsFromJson, outputsToJson, type OutputArray, type Shape2 } from './json.js';
import { encodeSafetensors, parseSafetensors, SafetensorsError, type TensorToWrite } from './safetensors.js';
import { BatchError, validateBatch, type ValidateOptions } from './validate.js';

export type FileFormat = 'json' | 'safetensors';

export function formatOf(path: string): FileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.safetensors') return 'safetensors';
  throw new BatchError(`${path}: unsupported file extension \`${ext || '(none)'}\`; use .json or .safetensors`);
}

/** Reads a batch file; every problem is a BatchError whose one-line message starts with the path. */
export function readBatch(path: string, opts: ValidateOptions = {}): Batch {
  const format = formatOf(path);
  const bytes = readBytes(path);
  return withPath(path, () => {
    if (format === 'json') return batchFromJson(new TextDecoder().decode(bytes), opts);
    const { tensors } = parseSafetensors(bytes);
    return validateBatch(Object.fromEntries(tensors), opts);
  });
}

/** Writes outputs ([B,T] token outputs, [B] rollout outputs) as JSON or F32 safetensors. */
export function writeOutputs(path: string, outputs: Outputs | Record<string, Float32Array>, shape: Shape2): void {
  const format = formatOf(path);
  const content = withPath(path, () => {
    if (format === 'json') return outputsToJson(outputs, shape);
    const tensors: Array<[string, TensorToWrite]> = Object.entries(outputs).map(([name, data]) => [
      name,
      { dtype: 'F32', shape: outputKind(name, data.length, shape) === 'token' ? [shape.B, shape.T] : [shape.B], data },
    ]);
    return encodeSafetensors(tensors);
  });
  writeFileAtomic(path, content);
}

/** Reads an outputs file written by `writeOutputs` (or any file of F32-convertible tensors). */
export function readOutputs(path: string): Record<string, OutputArray> {
  const format = formatOf(path);
  const bytes = readBytes(path);
  return withPath(path, () => {
    if (format === 'json') return outputsFromJson(new TextDecoder().decode(bytes));
    const out: Record<string, OutputArray> = {};
    for (const [name, t] of parseSafetensors(bytes).tensors) {
      out[name] = { shape: t.shape, data: t.data instanceof Float32Array ? t.data : Float32Array.from(t.data) };
    }
    return out;
  });
}

/** Writes a batch (I32 integer fields, F32 float fields in safetensors), e.g. to convert a fixture. */
export function writeBatch(path: string, batch: Batch): void {
  const format = formatOf(path);
  let content: string | Uint8Array;
  if (format === 'json') {
    content = batchToJson(batch);
  } else {
    const tensors: Array<[string, TensorToWrite]> = [];
    for (const f of INPUT_FIELDS) {
      const data = batch[f.name];
      const shape = f.domain === 'token' ? [batch.B, batch.T] : [batch.B];
      if (data) tensors.push([f.name, { dtype: f.type === 'int' ? 'I32' : 'F32', shape, data }]);
    }
    content = encodeSafetensors(tensors);
  }
  writeFileAtomic(path, content);
}

/** Where writing `path` lands: through a symbolic link (even a dangling one) to the file it names. */
function writeTarget(path: string): string {
  let target = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(target).isSymbolicLink()) break;
      link = readlinkSync(target);
    } catch {
      break; // nothing there yet
    }
    target = resolve(dirname(target), link);
  }
  return target;
}

/** Refuses, before any work, an output path whose folder is missing or not writable, or that is a folder. */
export function checkWritable(path: string): void {
  const target = writeTarget(path);
  const dir = dirname(target);
  let why: string | undefined;
  try {
    if (!statSync(dir).isDirectory()) why = `${dir} is not a folder`;
    else accessSync(dir, constants.W_OK);
  } catch (e) {
    why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no folder ${dir}` : `folder ${dir} is not writable`;
  }
  try {
    if (!why && statSync(target).isDirectory()) why = 'it is a folder';
  } catch {
    // a new file
  }
  if (why) throw new BatchError(`${path}: cannot write: ${why}`);
}

/** Temp files being written: removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP). */
const pendingTemps = new Set<string>();
let signalsHooked = false;

/**
 * With a listener, a signal waits for the synchronous write in progress, so the temp file is renamed or removed
 * before the process goes; then the signal takes its default course (unless someone else listens for it).
 */
function removeTempsOnSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      for (const t of pendingTemps) {
        try {
          unlinkSync(t);
        } catch {
          // already renamed or removed
        }
      }
      process.removeListener(sig, onSignal);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

/**
 * Temp file next to the target (same filesystem, so the rename is atomic), synced, then renamed over it. A
 * symbolic link is written through (its target replaced, the link kept); a replaced file keeps its mode.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = writeTarget(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file: the umask decides
  }
  removeTempsOnSignals();
  let fd: number | undefined;
  try {
    pendingTemps.add(tmp);
    fd = openSync(tmp, 'wx', 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    pendingTemps.delete(tmp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // the temp file was never created
    }
    pendingTemps.delete(tmp);
    throw new BatchError(`${path}: cannot write: ${(e as Error).message}`);
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message;
    throw new BatchError(`${path}: cannot read: ${why}`);
  }
}

function withPath<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BatchError || e instanceof SafetensorsError) throw new BatchError(`${path}: ${e.message}`);
    throw e;
  }
}
