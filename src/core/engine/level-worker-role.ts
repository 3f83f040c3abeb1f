/**
 * How a thread knows it was started as a level worker (`runLevelInWorkers` starts the running
 * entry script again with this marker in `workerData`). Apart from the engine so that entry
 * points (the action's bundle above all) can check it without loading the engine.
 */
import { isMainThread, workerData } from 'node:worker_threads';

/** The `workerData.role` of a level worker thread. */
export const LEVEL_WORKER_ROLE = 'bench-level-worker';

/** True inside a thread started by `runLevelInWorkers`. */
export function isLevelWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === LEVEL_WORKER_ROLE;
}
