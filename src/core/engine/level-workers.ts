/**
 * Spreads a level over worker threads (`load.workers`), for load VMs with more cores than one
 * event loop can use. Each worker runs its share of the connections or rate from a common start
 * time; the main thread merges their measurements from the encoded histograms. The worker code
 * is the running entry point itself (started again with a marker in `workerData`), so bundled
 * single-file entry points need no extra file: every entry point that can run a level (the CLI,
 * the load-VM runner, the action's main step) serves the worker when `isLevelWorker()`.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { LEVEL_WORKER_ROLE, isLevelWorker } from './level-worker-role.js';
import { GENERATOR_WORKER_YOUNG_GENERATION_MB } from './generator-heap.js';
import type { LoadPlan, ScenarioPlan } from '../config/plan.js';
import { initHistograms } from '../stats/histogram.js';
import { mergeLevelMeasurements } from './merge-measurements.js';
import type { LevelMeasurement, LevelProgress } from './measurement.js';
import { runLevel } from './run-level.js';
import { chooseConnectionFactory } from './http/choose-connection-factory.js';
import type { TransportKind } from './http/choose-connection-factory.js';

const ROLE = LEVEL_WORKER_ROLE;

/** What a worker is asked to run. */
interface WorkerTask {
  scenario: ScenarioPlan;
  load: LoadPlan;
  level: number;
  nominalLevel: number;
  baseUrl: string;
  transport: TransportKind;
  startAtEpochMs: number;
}

type WorkerMessage =
  | { type: 'progress'; progress: Omit<LevelProgress, 'index' | 'count'> }
  | { type: 'done'; measurement: LevelMeasurement }
  | { type: 'error'; message: string };

export { isLevelWorker };

/** What the entry point gives a level worker thread. */
export interface LevelWorkerServices {
  /** This thread's own CPU, µs (`src/edges/local/thread-cpu.ts`); without it no per-worker CPU. */
  threadCpuUs?: () => number | undefined;
}

/** Serves the level task of this worker thread (call from the entry point when `isLevelWorker()`). */
export async function serveLevelWorker(services: LevelWorkerServices = {}): Promise<void> {
  const port = parentPort!;
  const task = (workerData as { task: WorkerTask }).task;
  const controller = new AbortController();
  port.on('message', (m: { type: string }) => {
    if (m.type === 'abort') controller.abort();
  });
  try {
    await initHistograms();
    const waitMs = task.startAtEpochMs - Date.now();
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    const measurement = await runLevel({
      scenario: task.scenario,
      load: task.load,
      level: task.level,
      nominalLevel: task.nominalLevel,
      baseUrl: task.baseUrl,
      factory: await chooseConnectionFactory(task.baseUrl, task.transport),
      signal: controller.signal,
      ...(services.threadCpuUs ? { threadCpuUs: services.threadCpuUs } : {}),
      onProgress: (progress) =>
        port.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
    });
    port.postMessage({ type: 'done', measurement } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerMessage);
  } finally {
    port.close();
  }
}

/** One level run over `workers` threads. */
export interface WorkerLevelRun {
  scenario: ScenarioPlan;
  load: LoadPlan;
  /** This agent's level (connections or rate), split again among the workers. */
  level: number;
  nominalLevel: number;
  baseUrl: string;
  transport: TransportKind;
  workers: number;
  /** Script the workers run: the entry point that calls `serveLevelWorker`. */
  script: string | URL;
  signal?: AbortSignal;
  onProgress?: (p: Omit<LevelProgress, 'index' | 'count'>) => void;
}

/** Runs a level across worker threads and returns the merged measurement. */
export async function runLevelInWorkers(run: WorkerLevelRun): Promise<LevelMeasurement> {
  const shares = splitLevel(run.level, run.workers, run.load.model);
  const startAtEpochMs = Date.now() + 200 + 20 * shares.length;
  const latest: (Omit<LevelProgress, 'index' | 'count'> | undefined)[] = shares.map(
    () => undefined,
  );
  const results = await Promise.all(
    shares.map(
      (share, index) =>
        new Promise<LevelMeasurement>((resolve, reject) => {
          const task: WorkerTask = {
            scenario: run.scenario,
            load: run.load,
            level: share,
            nominalLevel: run.nominalLevel,
            baseUrl: run.baseUrl,
            transport: run.transport,
            startAtEpochMs,
          };
          const worker = new Worker(run.script, {
            workerData: { role: ROLE, task },
            // A small young generation keeps the thread's memory flat (generator-heap.ts).
            resourceLimits: { maxYoungGenerationSizeMb: GENERATOR_WORKER_YOUNG_GENERATION_MB },
          });
          const onAbort = () => worker.postMessage({ type: 'abort' });
          run.signal?.addEventListener('abort', onAbort, { once: true });
          let settled = false;
          worker.on('message', (m: WorkerMessage) => {
            if (m.type === 'progress') {
              latest[index] = m.progress;
              if (index === 0 && run.onProgress)
                run.onProgress(combineProgress(m.progress, latest));
            } else if (m.type === 'done') {
              settled = true;
              resolve(m.measurement);
            } else {
              settled = true;
              reject(new Error(`worker ${index + 1}: ${m.message}`));
            }
          });
          worker.on('error', (e) => {
            settled = true;
            reject(e);
          });
          worker.on('exit', (code) => {
            run.signal?.removeEventListener('abort', onAbort);
            if (!settled)
              reject(new Error(`worker ${index + 1} exited with code ${code} before finishing`));
          });
        }),
    ),
  );
  return mergeLevelMeasurements(results, 'max');
}

/** Splits a level among workers: connections as whole numbers (at least one each), rates evenly. */
export function splitLevel(level: number, workers: number, model: 'closed' | 'open'): number[] {
  if (model === 'open') return Array.from({ length: workers }, () => level / workers);
  const n = Math.max(1, Math.min(workers, Math.round(level)));
  const base = Math.floor(level / n);
  const extra = Math.round(level) - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

function combineProgress(
  own: Omit<LevelProgress, 'index' | 'count'>,
  all: (Omit<LevelProgress, 'index' | 'count'> | undefined)[],
): Omit<LevelProgress, 'index' | 'count'> {
  const seen = all.filter((p): p is Omit<LevelProgress, 'index' | 'count'> => p !== undefined);
  return {
    ...own,
    successRps: seen.reduce((n, p) => n + p.successRps, 0),
    p99Us: Math.max(...seen.map((p) => p.p99Us)),
    failures: seen.reduce((n, p) => n + p.failures, 0),
  };
}
