// The framing of `advc serve` (docs/serve-protocol.md): a 16-byte prefix ("ADVC", u32 header length, u64
// payload length, little-endian), a UTF-8 JSON header, then the payload. Lengths come first so that a frame
// over the limits, or with a header that is not JSON, can be answered and skipped without reading it into
// memory: the connection stays usable.

export const MAGIC = 'ADVC';
export const PREFIX_BYTES = 16;
/** Headers describe tensors, not hold them; string uids of a large batch may still take a few megabytes. */
export const DEFAULT_MAX_HEADER_BYTES = 16 * 2 ** 20;

export interface FrameLimits {
  /** most bytes of header plus payload */
  maxFrameBytes: number;
  maxHeaderBytes: number;
}

/** A complete frame, or one that was skipped, with why (the header when it could be read: it holds the id). */
export type FrameEvent =
  | { kind: 'frame'; header: Record<string, unknown>; payload: Buffer }
  | { kind: 'skipped'; header?: Record<string, unknown>; message: string }
  /** not this protocol: the stream cannot be followed further */
  | { kind: 'garbage'; message: string };

type State =
  | { at: 'prefix' }
  | { at: 'header'; headerLen: number; payloadLen: number }
  | { at: 'payload'; header: Record<string, unknown>; payload: Buffer; filled: number }
  | { at: 'skip'; left: number; event: FrameEvent }
  | { at: 'dead' };

/** Incremental frame parser: feed it the stream's chunks, it returns the events they complete. */
export class FrameReader {
  private state: State = { at: 'prefix' };
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly limits: FrameLimits) {}

  push(chunk: Buffer): FrameEvent[] {
    const events: FrameEvent[] = [];
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    for (;;) {
      const s = this.state;
      if (s.at === 'dead') {
        this.drop(this.pendingBytes);
        return events;
      }
      if (s.at === 'prefix') {
        if (this.pendingBytes < PREFIX_BYTES) return events;
        const p = this.take(PREFIX_BYTES);
        if (p.toString('latin1', 0, 4) !== MAGIC) {
          this.state = { at: 'dead' };
          events.push({ kind: 'garbage', message: `not an advc frame: it must start with "${MAGIC}" (see docs/serve-protocol.md)` });
          continue;
        }
        const headerLen = p.readUInt32LE(4);
        const payloadLen = Number(p.readBigUInt64LE(8));
        const total = headerLen + payloadLen;
        if (headerLen > this.limits.maxHeaderBytes)
          this.state = { at: 'skip', left: total, event: { kind: 'skipped', message: `frame header of ${headerLen} bytes is over the limit of ${this.limits.maxHeaderBytes}` } };
        else this.state = { at: 'header', headerLen, payloadLen };
        continue;
      }
      if (s.at === 'header') {
        if (this.pendingBytes < s.headerLen) return events;
        const text = this.take(s.headerLen);
        const header = parseHeader(text);
        const total = s.headerLen + s.payloadLen;
        if (typeof header === 'string') this.state = { at: 'skip', left: s.payloadLen, event: { kind: 'skipped', message: header } };
        else if (total > this.limits.maxFrameBytes)
          this.state = {
            at: 'skip',
            left: s.payloadLen,
            event: { kind: 'skipped', header, message: `frame of ${total} bytes is over the server's limit of ${this.limits.maxFrameBytes} (--max-frame-mb)` },
          };
        else this.state = { at: 'payload', header, payload: Buffer.allocUnsafe(s.payloadLen), filled: 0 };
        continue;
      }
      if (s.at === 'payload') {
        const n = Math.min(this.pendingBytes, s.payload.length - s.filled);
        this.copyInto(s.payload, s.filled, n);
        s.filled += n;
        if (s.filled < s.payload.length) return events;
        events.push({ kind: 'frame', header: s.header, payload: s.payload });
        this.state = { at: 'prefix' };
        continue;
      }
      const n = Math.min(this.pendingBytes, s.left);
      this.drop(n);
      s.left -= n;
      if (s.left > 0) return events;
      events.push(s.event);
      this.state = { at: 'prefix' };
    }
  }

  /** The first n pending bytes (n <= pendingBytes), as one buffer. */
  private take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    this.copyInto(out, 0, n);
    return out;
  }

  private copyInto(target: Buffer, at: number, n: number): void {
    let done = 0;
    while (done < n) {
      const head = this.pending[0]!;
      const k = Math.min(head.length, n - done);
      head.copy(target, at + done, 0, k);
      done += k;
      this.consume(k);
    }
  }

  private drop(n: number): void {
    while (n > 0) {
      const k = Math.min(this.pending[0]!.length, n);
      this.consume(k);
      n -= k;
    }
  }

  private consume(k: number): void {
    const head = this.pending[0]!;
    if (k === head.length) this.pending.shift();
    else this.pending[0] = head.subarray(k);
    this.pendingBytes -= k;
  }
}

function parseHeader(bytes: Buffer): Record<string, unknown> | string {
  let v: unknown;
  try {
    v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return `frame header is not UTF-8 JSON: ${(e as Error).message}`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'frame header must be a JSON object';
  return v as Record<string, unknown>;
}

/** The bytes of one frame: its prefix and header, then the payload's parts as they are (no copy). */
export function encodeFrame(header: Record<string, unknown>, payload: ArrayBufferView[] = []): Buffer[] {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.allocUnsafe(PREFIX_BYTES);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.length, 4);
  prefix.writeBigUInt64LE(BigInt(payload.reduce((n, p) => n + p.byteLength, 0)), 8);
  return [prefix, json, ...payload.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))];
}
