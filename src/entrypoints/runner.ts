/**
 * The load-VM runner (`dist/runner/index.js`, Node 24): settings from `BENCH_*` variables or
 * flags, signals stop the load, exit code per outcome. All logic lives in `runRemoteAgent`.
 */
import { isLevelWorker, serveLevelWorker } from '../core/engine/level-workers.js';
import { threadCpuUs } from '../edges/local/thread-cpu.js';
import { runPlan } from '../core/engine/run-plan.js';
import { exitCodeFor } from '../core/errors.js';
import { runnerEnvFromArgs, runRemoteAgent } from '../edges/azure/blob-runner.js';

const controller = new AbortController();

/** Runs the agent for this process and sets its exit code. */
async function main(): Promise<void> {
  try {
    const env = { ...process.env, ...runnerEnvFromArgs(process.argv.slice(2)) };
    process.exitCode = await runRemoteAgent(env, { runPlan, signal: controller.signal });
  } catch (error) {
    // Only bad flags get here: runRemoteAgent reports everything else itself.
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = exitCodeFor(error);
  }
}

// The same script serves the engine's worker threads when `load.workers > 1`.
if (isLevelWorker()) {
  void serveLevelWorker({ threadCpuUs });
} else {
  const stop = (signal: NodeJS.Signals) => controller.abort(new Error(signal));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  void main();
}
