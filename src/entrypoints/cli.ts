/**
 * Entry point of the `bench` command: wires the process (argv, streams, signals, exit code)
 * to `runCli`. The same script serves as the engine's worker threads.
 */
import { isLevelWorker, serveLevelWorker } from '../core/engine/level-workers.js';
import { threadCpuUs } from '../edges/local/thread-cpu.js';
import { runCli } from '../cli/program.js';

/** Runs `bench` for this process and sets its exit code (or serves a level worker thread). */
export async function main(): Promise<void> {
  if (isLevelWorker()) {
    await serveLevelWorker({ threadCpuUs });
    return;
  }
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(130);
    process.stderr.write(
      `\nreceived ${signal}: stopping the load and writing a partial report (again to quit now)\n`,
    );
    controller.abort(new Error(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    signal: controller.signal,
    color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.exitCode = code;
}

// Run when executed directly (bundled entry or `node lib/entrypoints/cli.js`), not when imported.
const invokedPath = process.argv[1] ?? '';
if (/entrypoints[\\/]cli\.(js|ts)$|dist[\\/]cli[\\/]index\.js$/.test(invokedPath)) {
  void main();
}
