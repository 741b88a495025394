// The socket side of `advc serve`: a Unix domain socket (0600, in a folder only its owner can enter) or a
// loopback TCP port; any number of connections, each answered frame by frame in order; a clean close that
// lets in-flight requests finish, then removes the socket.
import { once } from 'node:events';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, isIPv6, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encodeFrame, FrameReader, type FrameLimits } from './frames.js';
import type { Service } from './service.js';

export type Listen = { kind: 'unix'; path?: string } | { kind: 'tcp'; host: string; port: number };

/** A problem with where to listen (a user error). */
export class ListenError extends Error {
  override name = 'ListenError';
}

export interface RunningServer {
  /** `unix:<path>` or `tcp:<host>:<port>` */
  address: string;
  /** stops accepting, lets in-flight requests finish, closes every connection, removes the socket */
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export async function startServer(service: Service, listen: Listen, limits: FrameLimits): Promise<RunningServer> {
  const connections = new Map<Socket, { busy: boolean }>();
  let closing = false;
  const server = createServer((sock) => {
    if (closing) return sock.destroy();
    const state = { busy: false };
    connections.set(sock, state);
    sock.on('close', () => connections.delete(sock));
    void serveConnection(sock, service, limits, state, () => closing);
  });

  let address: string;
  let cleanup = (): void => {};
  if (listen.kind === 'tcp') {
    if (!LOOPBACK.test(listen.host))
      throw new ListenError(`--tcp listens on loopback only (127.0.0.1, ::1 or localhost), not '${listen.host}': the protocol has no authentication`);
    await listenOn(server, () => server.listen(listen.port, listen.host));
    const a = server.address() as { address: string; port: number };
    address = `tcp:${isIPv6(a.address) ? `[${a.address}]` : a.address}:${a.port}`;
  } else {
    const { path, dir } = await socketPath(listen.path);
    const umask = process.umask(0o177); // the socket is created 0600, never briefly open to others
    try {
      await listenOn(server, () => server.listen(path));
    } finally {
      process.umask(umask);
    }
    chmodSync(path, 0o600);
    address = `unix:${path}`;
    cleanup = () => {
      removeQuietly(() => unlinkSync(path));
      if (dir) removeQuietly(() => rmdirSync(dir));
    };
  }

  return {
    address,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [sock, state] of connections) if (!state.busy) sock.destroy();
      // busy connections end themselves after their reply (see serveConnection)
      await closed;
      cleanup();
    },
  };
}

async function serveConnection(sock: Socket, service: Service, limits: FrameLimits, state: { busy: boolean }, closing: () => boolean): Promise<void> {
  const reader = new FrameReader(limits);
  try {
    // reading by iteration pauses the socket while a request is answered: a client's next frames wait in
    // the kernel's buffers, not in ours
    for await (const chunk of sock) {
      for (const ev of reader.push(chunk as Buffer)) {
        state.busy = true;
        const reply = await service.answer(ev);
        await writeFrame(sock, encodeFrame(reply.header, reply.payload));
        state.busy = false;
        if (ev.kind === 'garbage' || closing()) {
          sock.end();
          return;
        }
      }
    }
  } catch {
    // the client went away mid-frame or mid-reply: nothing to answer
  } finally {
    state.busy = false;
    if (!sock.destroyed && closing()) sock.destroy();
  }
}

async function writeFrame(sock: Socket, parts: Buffer[]): Promise<void> {
  sock.cork();
  let ok = true;
  for (const p of parts) ok = sock.write(p) && ok;
  sock.uncork();
  if (!ok && !sock.destroyed) await Promise.race([once(sock, 'drain'), once(sock, 'close')]);
}

function listenOn(server: Server, start: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new ListenError(e.code === 'EADDRINUSE' ? `${e.message}: another server is listening there` : `cannot listen: ${e.message}`)),
    );
    server.once('listening', () => resolve());
    start();
  });
}

/**
 * The socket's path: a new private folder (0700) under $XDG_RUNTIME_DIR or the temp folder, or the given
 * path, whose folder is created 0700 when missing and must not be writable by others when it exists. A stale
 * socket left by a killed server is replaced; a live one is an error.
 */
async function socketPath(given: string | undefined): Promise<{ path: string; dir?: string }> {
  if (given === undefined) {
    const dir = mkdtempSync(join(process.env['XDG_RUNTIME_DIR'] || tmpdir(), 'advc-serve-'));
    return { path: join(dir, 'advc.sock'), dir };
  }
  const dir = dirname(given);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new ListenError(`${dir}: cannot create the socket's folder: ${(e as Error).message}`);
  }
  const st = statSync(dir);
  if (!st.isDirectory()) throw new ListenError(`${dir}: not a folder`);
  if ((st.mode & 0o022) !== 0)
    throw new ListenError(`${dir}: the socket's folder is writable by other users (mode ${(st.mode & 0o777).toString(8)}); use a private folder (chmod 700) or leave --socket out`);
  const existing = lstatOrUndefined(given);
  if (existing) {
    if (!existing.isSocket()) throw new ListenError(`${given}: exists and is not a socket`);
    if (await answers(given)) throw new ListenError(`${given}: another server is listening there`);
    unlinkSync(given);
  }
  return { path: given };
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection(path);
    c.once('connect', () => (c.destroy(), resolve(true)));
    c.once('error', () => resolve(false));
  });
}

function removeQuietly(f: () => void): void {
  try {
    f();
  } catch {
    // already gone
  }
}
