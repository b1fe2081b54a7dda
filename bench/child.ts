/**
 * One measurement in a fresh process: `child.ts '<task JSON>'` prints one line
 * `BENCH_RESULT <JSON>` on stdout (anything else the code under test prints is ignored).
 */
import { measureBuild, measureFloor, measureServe, type Task } from './measure.js';
import { RESULT_MARKER } from './results.js';

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as Task;
  const result =
    task.kind === 'floor'
      ? measureFloor(task)
      : task.kind === 'build'
        ? await measureBuild(task)
        : task.kind === 'serve'
          ? await measureServe(task)
          : null;
  if (result === null) throw new Error(`unknown measurement "${String(task.kind)}"`);
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

main().then(
  // Explicit: a store or timer left open must not keep a finished measurement alive.
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
