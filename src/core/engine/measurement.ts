/**
 * What the engine hands over after each level: raw counts and encoded histograms, before any
 * report formatting. `buildLevelReport` (core/report) turns it into a `LevelReport`.
 */
import type { FailureCounts, RefusalCounts } from '../report/model.js';

/** One closed interval (normally one second) of the measured window. */
export interface IntervalMeasurement {
  /** Interval start, epoch ms. */
  startEpochMs: number;
  /** Interval end, epoch ms. */
  endEpochMs: number;
  success: number;
  failures: number;
  /** Successes' latency in this interval, compressed base64 (µs). */
  latency: string;
  /** Generator CPU time (user+system) spent in this interval, µs. */
  generatorCpuUs: number;
  /** Generator event-loop delay p99 over the interval, µs. */
  eventLoopDelayP99Us: number;
  /** Generator's V8 heap in use at the end of the interval, bytes (every worker thread's together). */
  generatorHeapUsedBytes?: number;
  /** Generator process's resident memory at the end of the interval, bytes. */
  generatorRssBytes?: number;
}

/** Everything measured for one scenario at one level. */
export interface LevelMeasurement {
  scenario: string;
  model: 'closed' | 'open';
  /** Connections (closed) or offered req/s (open). */
  level: number;
  connections: number;
  pipelining: number;
  /** Open model: intended arrival rate. */
  offeredRps?: number;
  /** Start of the measured window, epoch ms. */
  startEpochMs: number;
  warmupMs: number;
  /** Actual measured window length, ms. */
  durationMs: number;
  cooldownMs: number;
  /** Responses that passed every check. */
  success: number;
  /** Failures by class. */
  failures: FailureCounts;
  /** 503 (back-pressure) and 429 (rate-limited) answers, not failures (absent when none). */
  refusals?: RefusalCounts;
  /** HTTP status failures by status code (absent when there were none). */
  httpStatuses?: Record<string, number>;
  /** Check failures by reason (absent when there were none). */
  checkFailures?: Record<string, number>;
  /** Open model: sends that left more than `LATE_THRESHOLD_MS` after their intended time. */
  lateSends?: number;
  /** Open model: arrivals of the window never sent (no connection free in time). */
  droppedSends?: number;
  bytesSent: number;
  bytesReceived: number;
  /** Whole-window histograms, compressed base64 (µs). */
  latency: string;
  failureLatency: string;
  serviceTime?: string;
  scheduleLag?: string;
  intervals: IntervalMeasurement[];
  /** Generator CPU over the window, µs. */
  generatorCpuUs: number;
  /**
   * A level spread over worker threads: each worker thread's own CPU over the window, µs, in
   * worker order (absent for a level run on the main thread, or where thread CPU cannot be read).
   */
  workerCpuUs?: number[];
  /** Generator event-loop delay p99 over the window, µs. */
  eventLoopDelayP99Us: number;
  /** True when the level was cut short by an interruption. */
  interrupted: boolean;
}

/** Progress reported while a level runs (about once per second). */
export interface LevelProgress {
  scenario: string;
  level: number;
  /** Index of this level among all scenario × level runs, from 0. */
  index: number;
  /** Number of scenario × level runs. */
  count: number;
  phase: 'warmup' | 'measure' | 'cooldown';
  /** Time spent in the phase so far, ms. */
  elapsedMs: number;
  /** Phase length, ms. */
  phaseMs: number;
  /** Last second: successful req/s. */
  successRps: number;
  /** Last second: p99 latency of successes, µs. */
  p99Us: number;
  /** Failures so far in this phase. */
  failures: number;
}

/** One reading of a target process's resources (from `/proc` locally, or the VM sampler). */
export interface ProcessSample {
  /** When the reading was taken, epoch ms. */
  epochMs: number;
  /** Cumulative CPU time (user+system) of the process since it started, µs. */
  cpuUs: number;
  /** Resident set size, bytes. */
  rssBytes: number;
}
