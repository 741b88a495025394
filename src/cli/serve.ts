// `advc serve`: answers run/list/ping requests on a private Unix socket (or a loopback TCP port) until
// SIGTERM or SIGINT, then removes the socket. The protocol is docs/serve-protocol.md.
import type { Backend } from '../runtime/backends.js';
import { DEFAULT_MAX_HEADER_BYTES } from '../runtime/serve/frames.js';
import { ListenError, startServer, type Listen } from '../runtime/serve/server.js';
import { Service } from '../runtime/serve/service.js';
import { userErrorMessage, UserError } from './errors.js';
import { acquireGpu } from './gpu.js';
import { parseNumber } from './params.js';
import { version } from './version.js';

export interface ServeOptions {
  socket?: string;
  tcp?: string;
  backend: Backend;
  maxFrameMb: string;
  maxBatchTokens: string;
  untilStdinCloses?: boolean;
  verbose?: boolean;
}

export async function serveCommand(opts: ServeOptions): Promise<void> {
  if (opts.socket !== undefined && opts.tcp !== undefined) throw new UserError('give --socket or --tcp, not both');
  const maxFrameBytes = parseNumber(opts.maxFrameMb, '--max-frame-mb', { min: 1 })! * 2 ** 20;
  const maxBatchTokens = parseNumber(opts.maxBatchTokens, '--max-batch-tokens', { int: true, min: 1 })!;
  const listen: Listen = opts.tcp !== undefined ? parseTcp(opts.tcp) : { kind: 'unix', path: opts.socket };
  // a WebGPU server without an adapter says so now, not at its first request
  if (opts.backend === 'webgpu') await acquireGpu();
  const log = (line: string) => process.stderr.write(line.endsWith('\n') ? line : line + '\n');
  const service = new Service({
    backend: opts.backend,
    gpu: acquireGpu,
    maxBatchTokens,
    userMessage: userErrorMessage,
    version: version(),
    log,
    trace: opts.verbose ? log : undefined,
  });
  const server = await startServer(service, listen, { maxFrameBytes, maxHeaderBytes: DEFAULT_MAX_HEADER_BYTES }).catch((e: unknown) => {
    throw e instanceof ListenError ? new UserError(e.message) : e;
  });
  process.stdout.write(`advc serve listening on ${server.address} (backend ${opts.backend}, pid ${process.pid})\n`);

  await new Promise<void>((resolve) => {
    // kept installed: a second signal while the server shuts down must not kill it before the socket is gone
    process.on('SIGTERM', () => resolve());
    process.on('SIGINT', () => resolve());
    if (opts.untilStdinCloses) {
      process.stdin.on('data', () => undefined);
      process.stdin.once('end', () => resolve());
      process.stdin.once('error', () => resolve());
    }
  });
  await server.close();
  await service.destroy();
  if (opts.verbose) log('advc serve: stopped');
}

/** `[host:]port`; the host defaults to 127.0.0.1 (the server refuses any other than loopback). */
function parseTcp(text: string): Listen {
  const m = /^(?:\[?([^\]]*?)\]?:)?(\d+)$/.exec(text);
  if (!m) throw new UserError(`--tcp expects [host:]port, got '${text}'`);
  const port = Number(m[2]);
  if (port > 65535) throw new UserError(`--tcp port ${port} is above 65535`);
  return { kind: 'tcp', host: m[1] || '127.0.0.1', port };
}
