/**
 * Runs every scenario × level of a plan in sequence and returns what was measured. The HTTP
 * transport is chosen per target: the raw HTTP/1.1 path for plain `http:` targets (cheapest per
 * request), undici for TLS or when asked.
 */
import type { BenchPlan } from '../config/plan.js';
import { initHistograms } from '../stats/histogram.js';
import { runLevel } from './run-level.js';
import type { ConnectionFactory } from './http/connection.js';
import type { TransportKind } from './http/choose-connection-factory.js';
import { chooseConnectionFactory } from './http/choose-connection-factory.js';
import { runLevelInWorkers } from './level-workers.js';
import type { LevelMeasurement, LevelProgress } from './measurement.js';

export { chooseConnectionFactory };
export type { TransportKind } from './http/choose-connection-factory.js';

/** Options of `runPlan`. */
export interface RunPlanOptions {
  /** Where the load goes (the target's base URL); overrides nothing in the plan's scenarios. */
  baseUrl: string;
  /** Aborting stops the load within a second; levels measured so far are returned, the current one marked interrupted. */
  signal?: AbortSignal;
  /** About once per second while a level runs. */
  onProgress?: (progress: LevelProgress) => void;
  /** After each level, as soon as it is measured. */
  onLevel?: (measurement: LevelMeasurement) => void;
  /** Scale-out: this agent's share of the load (connections or rate divided by `count`). */
  share?: { index: number; count: number };
  /** Scale-out: epoch ms at which the first level starts, common to all agents. */
  startAtEpochMs?: number;
  /** HTTP client; `auto` (default) picks per target. */
  transport?: TransportKind;
  /** Replaces the HTTP client entirely (tests, custom transports); not used with workers. */
  connectionFactory?: ConnectionFactory;
  /**
   * Script that worker threads run when `load.workers > 1`: an entry point that calls
   * `serveLevelWorker()` when `isLevelWorker()`. Default: the running main script.
   */
  workerScript?: string | URL;
}

/** Runs the plan's levels against `opts.baseUrl`. */
export async function runPlan(plan: BenchPlan, opts: RunPlanOptions): Promise<LevelMeasurement[]> {
  await initHistograms();
  const factory =
    opts.connectionFactory ?? (await chooseConnectionFactory(opts.baseUrl, opts.transport));
  const share = opts.share ?? { index: 0, count: 1 };
  if (opts.startAtEpochMs !== undefined) {
    const waitMs = opts.startAtEpochMs - Date.now();
    if (waitMs > 0) await abortableSleep(waitMs, opts.signal);
  }
  const runs = plan.scenarios.flatMap((scenario) =>
    plan.load.levels.map((level) => ({ scenario, level })),
  );
  const results: LevelMeasurement[] = [];
  for (const [index, { scenario, level }] of runs.entries()) {
    if (opts.signal?.aborted) break;
    const onProgress = opts.onProgress
      ? (p: Omit<LevelProgress, 'index' | 'count'>) =>
          opts.onProgress?.({ ...p, index, count: runs.length })
      : undefined;
    const agentLevel = shareOf(level, share.count, plan.load.model);
    const measurement =
      plan.load.workers > 1 && opts.connectionFactory === undefined
        ? await runLevelInWorkers({
            scenario,
            load: plan.load,
            level: agentLevel,
            nominalLevel: level,
            baseUrl: opts.baseUrl,
            transport: opts.transport ?? 'auto',
            workers: plan.load.workers,
            script: opts.workerScript ?? process.argv[1] ?? '',
            signal: opts.signal,
            onProgress,
          })
        : await runLevel({
            scenario,
            load: plan.load,
            level: agentLevel,
            nominalLevel: level,
            baseUrl: opts.baseUrl,
            factory,
            signal: opts.signal,
            onProgress,
          });
    results.push(measurement);
    opts.onLevel?.(measurement);
    if (measurement.interrupted) break;
  }
  return results;
}

/** One agent's part of a level: connections are whole (at least one), rates divide exactly. */
export function shareOf(level: number, agents: number, model: 'closed' | 'open'): number {
  if (agents <= 1) return level;
  return model === 'closed' ? Math.max(1, Math.round(level / agents)) : level / agents;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
