// The framing of `advc serve`: frames split across any chunk boundaries, refused frames skipped without
// losing the stream, a stream that is not the protocol reported once.
import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader, type FrameEvent } from '../src/runtime/serve/frames.js';

const limits = { maxFrameBytes: 1000, maxHeaderBytes: 100 };

function feed(bytes: Buffer, chunk: number): FrameEvent[] {
  const r = new FrameReader(limits);
  const events: FrameEvent[] = [];
  for (let i = 0; i < bytes.length; i += chunk) events.push(...r.push(bytes.subarray(i, i + chunk)));
  return events;
}

describe('serve frames', () => {
  const payload = new Float32Array([1.5, -2, 3]);
  const frames = Buffer.concat([
    ...encodeFrame({ op: 'run', id: 1 }, [payload]),
    ...encodeFrame({ op: 'ping', id: 2 }),
    ...encodeFrame({ op: 'run', id: 3 }, [new Uint8Array(2000)]), // over maxFrameBytes: skipped
    ...encodeFrame({ op: 'x', pad: 'y'.repeat(200) }), // header over maxHeaderBytes: skipped
    ...encodeFrame({ op: 'ping', id: 4 }),
  ]);

  for (const chunk of [1, 7, 16, 4096]) {
    it(`reads frames in chunks of ${chunk} bytes`, () => {
      const ev = feed(frames, chunk);
      expect(ev.map((e) => e.kind)).toEqual(['frame', 'frame', 'skipped', 'skipped', 'frame']);
      const first = ev[0] as Extract<FrameEvent, { kind: 'frame' }>;
      expect(first.header).toEqual({ op: 'run', id: 1 });
      expect([...new Float32Array(first.payload.buffer, first.payload.byteOffset, 3)]).toEqual([1.5, -2, 3]);
      expect(ev[2]).toMatchObject({ header: { id: 3 }, message: expect.stringMatching(/over the server's limit of 1000/) });
      expect(ev[3]).toMatchObject({ message: expect.stringMatching(/header of \d+ bytes is over the limit of 100/) });
      expect((ev[4] as Extract<FrameEvent, { kind: 'frame' }>).header).toEqual({ op: 'ping', id: 4 });
    });
  }

  it('a header that is not a JSON object is skipped with its payload', () => {
    const bad = Buffer.from('[1]');
    const prefix = Buffer.alloc(16);
    prefix.write('ADVC');
    prefix.writeUInt32LE(bad.length, 4);
    prefix.writeBigUInt64LE(4n, 8);
    const ev = feed(Buffer.concat([prefix, bad, Buffer.alloc(4), ...encodeFrame({ op: 'ping' })]), 5);
    expect(ev.map((e) => e.kind)).toEqual(['skipped', 'frame']);
    expect(ev[0]).toMatchObject({ message: 'frame header must be a JSON object' });
  });

  it('a stream that is not the protocol is reported once, then ignored', () => {
    const ev = feed(Buffer.concat([Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), ...encodeFrame({ op: 'ping' })]), 3);
    expect(ev).toEqual([{ kind: 'garbage', message: expect.stringMatching(/not an advc frame/) }]);
  });
});
