/**
 * Combines the measurements of one level taken by several workers or load agents that ran the
 * same level side by side from a common start: counts add up, histograms are merged with HDR
 * `add` from their encodings (never percentiles of percentiles), interval i of every part
 * becomes interval i of the whole.
 */
import type { FailureCounts } from '../report/model.js';
import { encodeHistogram, mergeEncodedHistograms } from '../stats/histogram.js';
import { MAX_CHECK_FAILURE_REASONS, OTHER_CHECK_FAILURES } from './level-recorder.js';
import type { IntervalMeasurement, LevelMeasurement } from './measurement.js';

/** How the generator CPU of the parts combines. */
export type CpuMerge =
  /** Separate processes or machines: their CPU adds up. */
  | 'sum'
  /** Threads of one process, each of which read the whole process's CPU: take the largest. */
  | 'max';

/** Merges the parts of one level; `parts` must all be the same scenario and level. */
export function mergeLevelMeasurements(parts: LevelMeasurement[], cpu: CpuMerge): LevelMeasurement {
  const first = parts[0];
  if (first === undefined) throw new Error('mergeLevelMeasurements needs at least one part');
  if (parts.length === 1) return first;
  for (const p of parts) {
    if (p.scenario !== first.scenario || p.level !== first.level) {
      throw new Error(
        `cannot merge ${p.scenario} @ ${p.level} into ${first.scenario} @ ${first.level}`,
      );
    }
  }
  const sum = (f: (p: LevelMeasurement) => number) => parts.reduce((n, p) => n + f(p), 0);
  const optionalSum = (f: (p: LevelMeasurement) => number | undefined) =>
    parts.some((p) => f(p) !== undefined) ? sum((p) => f(p) ?? 0) : undefined;
  const failures: Required<FailureCounts> = {
    connect: sum((p) => p.failures.connect),
    timeout: sum((p) => p.failures.timeout),
    reset: sum((p) => p.failures.reset),
    protocol: sum((p) => p.failures.protocol ?? 0),
    httpStatus: sum((p) => p.failures.httpStatus),
    check: sum((p) => p.failures.check),
    unfinished: sum((p) => p.failures.unfinished ?? 0),
  };
  const start = Math.min(...parts.map((p) => p.startEpochMs));
  const end = Math.max(...parts.map((p) => p.startEpochMs + p.durationMs));
  const merged: LevelMeasurement = {
    scenario: first.scenario,
    model: first.model,
    level: first.level,
    connections: sum((p) => p.connections),
    pipelining: first.pipelining,
    ...(first.offeredRps !== undefined ? { offeredRps: sum((p) => p.offeredRps ?? 0) } : {}),
    startEpochMs: start,
    warmupMs: first.warmupMs,
    durationMs: end - start,
    cooldownMs: first.cooldownMs,
    success: sum((p) => p.success),
    failures,
    bytesSent: sum((p) => p.bytesSent),
    bytesReceived: sum((p) => p.bytesReceived),
    latency: mergeEncoded(parts.map((p) => p.latency)),
    failureLatency: mergeEncoded(parts.map((p) => p.failureLatency)),
    intervals: mergeIntervals(parts, cpu),
    generatorCpuUs:
      cpu === 'sum'
        ? sum((p) => p.generatorCpuUs)
        : Math.max(...parts.map((p) => p.generatorCpuUs)),
    eventLoopDelayP99Us: Math.max(...parts.map((p) => p.eventLoopDelayP99Us)),
    interrupted: parts.some((p) => p.interrupted),
  };
  if (parts.some((p) => p.refusals !== undefined)) {
    merged.refusals = {
      backPressure: sum((p) => p.refusals?.backPressure ?? 0),
      rateLimited: sum((p) => p.refusals?.rateLimited ?? 0),
    };
  }
  const httpStatuses = mergeCounts(parts.map((p) => p.httpStatuses));
  if (httpStatuses) merged.httpStatuses = httpStatuses;
  const checkFailures = mergeCounts(parts.map((p) => p.checkFailures));
  if (checkFailures) merged.checkFailures = capReasons(checkFailures);
  const late = optionalSum((p) => p.lateSends);
  const dropped = optionalSum((p) => p.droppedSends);
  if (late !== undefined) merged.lateSends = late;
  if (dropped !== undefined) merged.droppedSends = dropped;
  // Each worker thread's own CPU, in part order: known only when every part measured its own.
  if (parts.every((p) => p.workerCpuUs !== undefined)) {
    merged.workerCpuUs = parts.flatMap((p) => p.workerCpuUs!);
  }
  if (parts.every((p) => p.serviceTime !== undefined)) {
    merged.serviceTime = mergeEncoded(parts.map((p) => p.serviceTime!));
  }
  if (parts.every((p) => p.scheduleLag !== undefined)) {
    merged.scheduleLag = mergeEncoded(parts.map((p) => p.scheduleLag!));
  }
  return merged;
}

/** Adds up counts by key (status code, reason); undefined when no part has any. */
function mergeCounts(
  parts: readonly (Record<string, number> | undefined)[],
): Record<string, number> | undefined {
  let merged: Record<string, number> | undefined;
  for (const part of parts) {
    if (!part) continue;
    for (const [key, n] of Object.entries(part)) {
      merged ??= {};
      merged[key] = (merged[key] ?? 0) + n;
    }
  }
  return merged;
}

/** Keeps the most frequent reasons, as one recorder would; the rest go under one key. */
function capReasons(reasons: Record<string, number>): Record<string, number> {
  const entries = Object.entries(reasons);
  if (entries.length <= MAX_CHECK_FAILURE_REASONS) return reasons;
  const other = reasons[OTHER_CHECK_FAILURES] ?? 0;
  const named = entries.filter(([key]) => key !== OTHER_CHECK_FAILURES).sort((a, b) => b[1] - a[1]);
  const kept = named.slice(0, MAX_CHECK_FAILURE_REASONS - 1);
  const rest = named.slice(MAX_CHECK_FAILURE_REASONS - 1).reduce((n, [, v]) => n + v, other);
  return { ...Object.fromEntries(kept), [OTHER_CHECK_FAILURES]: rest };
}

function mergeIntervals(parts: LevelMeasurement[], cpu: CpuMerge): IntervalMeasurement[] {
  const count = Math.max(...parts.map((p) => p.intervals.length));
  const out: IntervalMeasurement[] = [];
  for (let i = 0; i < count; i++) {
    const slice = parts
      .map((p) => p.intervals[i])
      .filter((x): x is IntervalMeasurement => x !== undefined);
    out.push({
      startEpochMs: Math.min(...slice.map((x) => x.startEpochMs)),
      endEpochMs: Math.max(...slice.map((x) => x.endEpochMs)),
      success: slice.reduce((n, x) => n + x.success, 0),
      failures: slice.reduce((n, x) => n + x.failures, 0),
      latency: mergeEncoded(slice.map((x) => x.latency)),
      generatorCpuUs:
        cpu === 'sum'
          ? slice.reduce((n, x) => n + x.generatorCpuUs, 0)
          : Math.max(...slice.map((x) => x.generatorCpuUs)),
      eventLoopDelayP99Us: Math.max(...slice.map((x) => x.eventLoopDelayP99Us)),
      ...mergeMemory(slice, cpu),
    });
  }
  return out;
}

/**
 * Memory of one interval over the parts: heaps add up (each worker thread has its own V8 heap,
 * each agent its own process); resident memory adds up over processes but is one figure for the
 * threads of one process.
 */
function mergeMemory(
  slice: readonly IntervalMeasurement[],
  cpu: CpuMerge,
): Pick<IntervalMeasurement, 'generatorHeapUsedBytes' | 'generatorRssBytes'> {
  const out: Pick<IntervalMeasurement, 'generatorHeapUsedBytes' | 'generatorRssBytes'> = {};
  if (slice.every((x) => x.generatorHeapUsedBytes !== undefined)) {
    out.generatorHeapUsedBytes = slice.reduce((n, x) => n + x.generatorHeapUsedBytes!, 0);
  }
  if (slice.every((x) => x.generatorRssBytes !== undefined)) {
    const rss = slice.map((x) => x.generatorRssBytes!);
    out.generatorRssBytes = cpu === 'sum' ? rss.reduce((a, b) => a + b, 0) : Math.max(...rss);
  }
  return out;
}

function mergeEncoded(encoded: string[]): string {
  const total = mergeEncodedHistograms(encoded);
  try {
    return encodeHistogram(total);
  } finally {
    total.destroy();
  }
}
