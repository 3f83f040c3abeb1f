/**
 * Collects one level's results: HDR histograms for successes and failures, one interval
 * histogram per second (closed and encoded as soon as the second ends), counts by outcome,
 * bytes, and the generator's own CPU and event-loop delay per interval. Memory does not grow
 * with the number of requests: only one encoded string per second is kept.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { IntervalHistogram } from 'node:perf_hooks';
import type { FailureCounts, RefusalCounts } from '../report/model.js';
import {
  createHistogram,
  destroyHistogram,
  encodeHistogram,
  recordUs,
  type Histogram,
} from '../stats/histogram.js';
import type { IntervalMeasurement, LevelMeasurement } from './measurement.js';

/** Outcome of one request. */
export type Outcome = 'success' | keyof FailureCounts | keyof RefusalCounts;

/** Length of one series interval. */
export const INTERVAL_MS = 1000;

/** Most distinct check-failure reasons kept per level; the rest are counted under one. */
export const MAX_CHECK_FAILURE_REASONS = 20;
/** Reason under which check failures beyond `MAX_CHECK_FAILURE_REASONS` are counted. */
export const OTHER_CHECK_FAILURES = 'other reasons';

/** An empty count of every failure class. */
export function noFailures(): Required<FailureCounts> {
  return { connect: 0, timeout: 0, reset: 0, protocol: 0, httpStatus: 0, check: 0, unfinished: 0 };
}

/** Everything the recorder measured once the window is over (the level's own facts aside). */
export type RecordedLevel = Omit<
  LevelMeasurement,
  | 'scenario'
  | 'model'
  | 'level'
  | 'connections'
  | 'pipelining'
  | 'offeredRps'
  | 'warmupMs'
  | 'cooldownMs'
  | 'interrupted'
  | 'lateSends'
  | 'droppedSends'
> & { lateSends: number; droppedSends: number };

/**
 * Records results attributed to a measured window `[windowStartMs, windowEndMs)` on the
 * `performance.now()` clock. Results outside the window are ignored by the caller's choice of
 * attribution time (completion time for the closed model, intended send time for the open one).
 */
export class LevelRecorder {
  /** Successful responses in the window. */
  success = 0;
  /** Failures in the window, by class. */
  readonly failures: Required<FailureCounts> = noFailures();
  /** Refusals (503 back-pressure, 429 rate limit) in the window: neither success nor failure. */
  readonly refusals: RefusalCounts = { backPressure: 0, rateLimited: 0 };
  bytesSent = 0;
  bytesReceived = 0;
  lateSends = 0;
  droppedSends = 0;

  private readonly latency: Histogram = createHistogram();
  private readonly failureLatency: Histogram = createHistogram();
  private readonly serviceTime: Histogram | null;
  private readonly scheduleLag: Histogram | null;
  private interval: Histogram = createHistogram();
  private intervalSuccess = 0;
  private intervalFailures = 0;
  private intervalStartMs: number;
  private intervalEndMs: number;
  private readonly intervals: IntervalMeasurement[] = [];
  private readonly eventLoop: IntervalHistogram;
  private readonly windowEventLoop: IntervalHistogram;
  private cpuAtIntervalStart: NodeJS.CpuUsage;
  private cpuAtWindowStart: NodeJS.CpuUsage;
  /** In a worker thread: this thread's own CPU when the window opened, µs. */
  private threadCpuAtWindowStart: number | undefined;
  private finished = false;
  private readonly statuses = new Uint32Array(1000);
  private readonly checkReasons = new Map<string, number>();
  /** Completed requests so far in the current interval, for progress lines. */
  lastIntervalRps = 0;
  /** p99 of the last closed interval, µs, for progress lines. */
  lastIntervalP99Us = 0;

  constructor(
    readonly windowStartMs: number,
    readonly windowEndMs: number,
    readonly openModel: boolean,
    private readonly epochOffsetMs: number = performance.timeOrigin,
    /** In a worker thread: reads this thread's own CPU, µs (the process figure is all threads'). */
    private readonly threadCpuUs?: () => number | undefined,
  ) {
    this.serviceTime = openModel ? createHistogram() : null;
    this.scheduleLag = openModel ? createHistogram() : null;
    this.intervalStartMs = windowStartMs;
    this.intervalEndMs = Math.min(windowStartMs + INTERVAL_MS, windowEndMs);
    // Stryker disable next-line ObjectLiteral: not observable in a test, the sampling resolution only sets the delay figures' precision
    this.eventLoop = monitorEventLoopDelay({ resolution: 10 });
    this.eventLoop.enable();
    // Stryker disable next-line ObjectLiteral: not observable in a test, as above
    this.windowEventLoop = monitorEventLoopDelay({ resolution: 10 });
    this.windowEventLoop.enable();
    this.cpuAtIntervalStart = process.cpuUsage();
    this.cpuAtWindowStart = this.cpuAtIntervalStart;
    this.threadCpuAtWindowStart = this.threadCpuUs?.();
  }

  /** Re-baselines the generator's CPU and event-loop figures when the window actually opens. */
  begin(): void {
    this.cpuAtIntervalStart = process.cpuUsage();
    this.cpuAtWindowStart = this.cpuAtIntervalStart;
    this.threadCpuAtWindowStart = this.threadCpuUs?.();
    this.eventLoop.reset();
    this.windowEventLoop.reset();
  }

  /**
   * Records one result. `atMs` decides the interval (completion time, clamped into the window);
   * latencies are in µs.
   */
  record(outcome: Outcome, latencyUs: number, atMs: number, bytesReceived: number): void {
    // Stryker disable next-line ConditionalExpression: equivalent, advance() checks the same itself
    if (atMs >= this.intervalEndMs) this.advance(atMs);
    this.bytesReceived += bytesReceived;
    if (outcome === 'success') {
      this.success++;
      this.intervalSuccess++;
      recordUs(this.interval, latencyUs);
    } else if (outcome === 'backPressure' || outcome === 'rateLimited') {
      // Not a failure: not in the failure count or the failure latency, counted on its own.
      this.refusals[outcome]++;
    } else {
      this.failures[outcome]++;
      this.intervalFailures++;
      recordUs(this.failureLatency, latencyUs);
    }
  }

  /** Notes the status code of a response recorded as an `httpStatus` failure. */
  noteStatus(status: number): void {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, a typed array ignores a write outside its range
    if (status >= 0 && status < 1000) this.statuses[status]!++;
  }

  /** Notes why a response recorded as a `check` failure failed. */
  noteCheckFailure(reason: string): void {
    const known = this.checkReasons.get(reason);
    if (known !== undefined) this.checkReasons.set(reason, known + 1);
    else if (this.checkReasons.size < MAX_CHECK_FAILURE_REASONS) this.checkReasons.set(reason, 1);
    else {
      this.checkReasons.set(
        OTHER_CHECK_FAILURES,
        (this.checkReasons.get(OTHER_CHECK_FAILURES) ?? 0) + 1,
      );
    }
  }

  /** Open model: service time (from the actual send) and schedule lag of a counted request. */
  recordOpenTimes(serviceUs: number, lagUs: number): void {
    recordUs(this.serviceTime!, serviceUs);
    recordUs(this.scheduleLag!, lagUs);
  }

  /** Closes every interval that ended before `nowMs` (called by a timer too, for idle seconds). */
  advance(nowMs: number): void {
    while (nowMs >= this.intervalEndMs && this.intervalEndMs < this.windowEndMs) {
      this.closeInterval();
    }
  }

  /** Closes the last interval and returns what was measured; frees the histograms. */
  finish(): RecordedLevel {
    if (this.finished) throw new Error('LevelRecorder.finish called twice');
    this.finished = true;
    while (this.intervalStartMs < this.windowEndMs) this.closeInterval();
    const cpu = process.cpuUsage(this.cpuAtWindowStart);
    const threadCpuAtEnd =
      // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, without a start figure the result below leaves the worker CPU out either way
      this.threadCpuAtWindowStart !== undefined ? this.threadCpuUs?.() : undefined;
    this.eventLoop.disable();
    this.windowEventLoop.disable();
    const result: RecordedLevel = {
      startEpochMs: this.epochOffsetMs + this.windowStartMs,
      durationMs: this.windowEndMs - this.windowStartMs,
      success: this.success,
      failures: { ...this.failures },
      ...(this.refusals.backPressure + this.refusals.rateLimited > 0
        ? { refusals: { ...this.refusals } }
        : {}),
      ...statusRecord(this.statuses),
      ...(this.checkReasons.size > 0
        ? { checkFailures: Object.fromEntries(this.checkReasons) }
        : {}),
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      latency: encodeHistogram(this.latency),
      failureLatency: encodeHistogram(this.failureLatency),
      serviceTime: this.serviceTime ? encodeHistogram(this.serviceTime) : undefined,
      scheduleLag: this.scheduleLag ? encodeHistogram(this.scheduleLag) : undefined,
      intervals: this.intervals,
      generatorCpuUs: cpu.user + cpu.system,
      // A worker thread's own CPU: the process figure above is every thread's together.
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an end figure is only read when there is a start figure
      ...(threadCpuAtEnd !== undefined && this.threadCpuAtWindowStart !== undefined
        ? { workerCpuUs: [Math.max(0, threadCpuAtEnd - this.threadCpuAtWindowStart)] }
        : {}),
      eventLoopDelayP99Us: nsToUs(this.windowEventLoop.percentile(99)),
      lateSends: this.lateSends,
      droppedSends: this.droppedSends,
    };
    // Stryker disable ArrayDeclaration,ConditionalExpression: not observable in a test, these only free WebAssembly memory
    for (const h of [this.latency, this.failureLatency, this.interval]) destroyHistogram(h);
    if (this.serviceTime) destroyHistogram(this.serviceTime);
    if (this.scheduleLag) destroyHistogram(this.scheduleLag);
    // Stryker restore ArrayDeclaration,ConditionalExpression
    return result;
  }

  /** Discards everything (an interrupted warm-up, a failed start). */
  // Stryker disable all: not observable in a test, disposing only stops the event-loop monitors and frees WebAssembly memory
  dispose(): void {
    if (this.finished) return;
    this.finished = true;
    this.eventLoop.disable();
    this.windowEventLoop.disable();
    for (const h of [this.latency, this.failureLatency, this.interval]) destroyHistogram(h);
    if (this.serviceTime) destroyHistogram(this.serviceTime);
    if (this.scheduleLag) destroyHistogram(this.scheduleLag);
  }
  // Stryker restore all

  /** Ends the measured window early (interruption): later results are not recorded. */
  truncate(nowMs: number): void {
    // Stryker disable next-line EqualityOperator: equivalent, cutting at the window's own end changes nothing
    if (nowMs < this.windowEndMs) {
      (this as { windowEndMs: number }).windowEndMs = Math.max(nowMs, this.intervalStartMs + 1);
      this.intervalEndMs = Math.min(this.intervalEndMs, this.windowEndMs);
    }
  }

  private closeInterval(): void {
    const cpu = process.cpuUsage(this.cpuAtIntervalStart);
    this.cpuAtIntervalStart = process.cpuUsage();
    const endMs = this.intervalEndMs;
    // Once a second: memory flat over a long run is a property the reports can show.
    const memory = process.memoryUsage();
    this.intervals.push({
      startEpochMs: this.epochOffsetMs + this.intervalStartMs,
      endEpochMs: this.epochOffsetMs + endMs,
      success: this.intervalSuccess,
      failures: this.intervalFailures,
      latency: encodeHistogram(this.interval),
      generatorCpuUs: cpu.user + cpu.system,
      eventLoopDelayP99Us: nsToUs(this.eventLoop.percentile(99)),
      generatorHeapUsedBytes: memory.heapUsed,
      generatorRssBytes: memory.rss,
    });
    this.lastIntervalRps =
      (this.intervalSuccess * 1000) / Math.max(1, endMs - this.intervalStartMs);
    this.lastIntervalP99Us =
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty histogram's p99 is 0
      this.interval.totalCount > 0 ? this.interval.getValueAtPercentile(99) : 0;
    this.eventLoop.reset();
    this.latency.add(this.interval);
    this.interval.reset();
    this.intervalSuccess = 0;
    this.intervalFailures = 0;
    this.intervalStartMs = endMs;
    this.intervalEndMs = Math.min(endMs + INTERVAL_MS, this.windowEndMs);
  }
}

function statusRecord(statuses: Uint32Array): { httpStatuses?: Record<string, number> } {
  let record: Record<string, number> | undefined;
  // Stryker disable next-line EqualityOperator: equivalent, the entry past the end is undefined and counts nothing
  for (let s = 0; s < statuses.length; s++) {
    if (statuses[s]! > 0) (record ??= {})[String(s)] = statuses[s]!;
  }
  return record ? { httpStatuses: record } : {};
}

function nsToUs(ns: number): number {
  return Number.isFinite(ns) ? Math.round(ns / 1000) : 0;
}
