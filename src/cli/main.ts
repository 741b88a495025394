#!/usr/bin/env node
// `advc`: entry point. Exit 0 on success, 1 on a user error, 2 on an internal error; the GPU is released
// before exit so Dawn lets Node end.
import { CommanderError } from 'commander';
import { settleAndReleaseGpu } from './gpu.js';
import { buildProgram } from './program.js';
import { EXIT_OK, EXIT_USER, reportError } from './errors.js';

// `advc ... | head` closes stdout early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return EXIT_OK;
  } catch (e) {
    // Commander has already printed its usage message; help and --version end here too.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USER;
    return reportError(e);
  } finally {
    await settleAndReleaseGpu().catch(() => undefined);
  }
}

const code = await main(process.argv);
process.exitCode = code;
// Should anything native still hold the event loop, leave anyway once output has had time to flush.
setTimeout(() => process.exit(code), 3000).unref();
