/**
 * The `briefbot` command line as a process (`npm run cli`, bin/briefbot.js, `node dist/cli/main.js`):
 * runs the command (run.ts) on the real stdout and stderr, then exits once its output is written.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { debugAsked } from '../app/config.js';
import { type CliIo, internalMessage, runCli } from './run.js';

const stdio: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export function main(argv: readonly string[]): void {
  // A reader that stops early (| head) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  runCli(argv, stdio).then(exitWhenWritten, (err: unknown) => {
    process.stderr.write(`briefbot: ${internalMessage(err)}\n`);
    if (debugAsked()) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    exitWhenWritten(1);
  });
}

// Run when executed directly (tsx src/cli/main.ts, node dist/cli/main.js), not when imported by
// bin/briefbot.js (which calls main itself).
if (process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2));
}

/**
 * Exits once stdout and stderr have taken everything written: a pipe takes 64 KiB at a time, and
 * process.exit() would drop the rest. Exiting (rather than waiting for the loop to empty) is still
 * needed, as a timer the openai SDK left for a retry it will never make would keep the command alive.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = 2;
  const done = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
