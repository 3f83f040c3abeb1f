/**
 * Turns what the engine measured for one level into the level's part of the report: counts,
 * rates over the actual window, latency summaries, the per-second series, the generator's
 * self-check and the target's CPU and memory aligned with the window.
 */
import type {
  IntervalMeasurement,
  LevelMeasurement,
  ProcessSample,
} from '../engine/measurement.js';
import { summarizeEncoded } from '../stats/histogram.js';
import { totalFailures } from './model.js';
import type {
  FailureCounts,
  GeneratorCheck,
  IntervalSample,
  LevelReport,
  ServerMetrics,
} from './model.js';
import { sortSamples, summarizeServerWindow } from './summarize-server-window.js';
import { formatCpuPercent, formatUs } from './units.js';

/** Generator CPU (% of one core) from which a level counts as generator-bound by default. */
export const DEFAULT_GENERATOR_BOUND_CPU_PERCENT = 85;

/**
 * Event-loop delay p99 (µs) from which a level counts as generator-bound whatever its CPU: a
 * loop that late delays reading responses, which inflates the latencies it records.
 */
export const GENERATOR_BOUND_EVENT_LOOP_DELAY_US = 50_000;

/** Options of `buildLevelReport`. */
export interface BuildLevelReportOptions {
  /** Readings of the target process (cumulative CPU, RSS), when it was sampled. */
  serverSamples?: readonly ProcessSample[];
  /** Name of this level's `.hlog` file inside the report directory. */
  hlogFile: string;
  /** Generator CPU (% of one core) from which the level is flagged generator-bound. */
  generatorBoundCpuPercent?: number;
}

/** Builds the `LevelReport` for one measured level. */
export function buildLevelReport(m: LevelMeasurement, opts: BuildLevelReportOptions): LevelReport {
  // Classes added later (protocol, unfinished) are written as 0 when the measurement (an
  // older runner's) did not have them.
  const failures: Required<FailureCounts> = {
    connect: m.failures.connect,
    timeout: m.failures.timeout,
    reset: m.failures.reset,
    protocol: m.failures.protocol ?? 0,
    httpStatus: m.failures.httpStatus,
    check: m.failures.check,
    unfinished: m.failures.unfinished ?? 0,
  };
  const failureCount = totalFailures(failures);
  const total = m.success + failureCount;
  const seconds = m.durationMs / 1000;
  const samples = opts.serverSamples ? sortSamples(opts.serverSamples) : [];
  const series = m.intervals.map((iv) => buildIntervalSample(iv, m.startEpochMs, samples));
  const report: LevelReport = {
    scenario: m.scenario,
    model: m.model,
    level: m.level,
    connections: m.connections,
    pipelining: m.pipelining,
    ...(m.offeredRps !== undefined ? { offeredRps: m.offeredRps } : {}),
    startedAt: new Date(m.startEpochMs).toISOString(),
    warmupMs: m.warmupMs,
    durationMs: m.durationMs,
    cooldownMs: m.cooldownMs,
    counts: {
      total,
      success: m.success,
      failures,
      ...(m.httpStatuses !== undefined ? { httpStatuses: { ...m.httpStatuses } } : {}),
      ...(m.checkFailures !== undefined ? { checkFailures: { ...m.checkFailures } } : {}),
      ...(m.lateSends !== undefined ? { lateSends: m.lateSends } : {}),
      ...(m.droppedSends !== undefined ? { droppedSends: m.droppedSends } : {}),
    },
    errorRate: total === 0 ? 0 : failureCount / total,
    throughput: {
      successRps: seconds > 0 ? round2(m.success / seconds) : 0,
      totalRps: seconds > 0 ? round2(total / seconds) : 0,
    },
    latencyUs: summarizeEncoded(m.latency),
    ...(m.serviceTime !== undefined ? { serviceTimeUs: summarizeEncoded(m.serviceTime) } : {}),
    ...(m.scheduleLag !== undefined ? { scheduleLagUs: summarizeEncoded(m.scheduleLag) } : {}),
    failureLatencyUs: summarizeEncoded(m.failureLatency),
    histograms: {
      latency: m.latency,
      failures: m.failureLatency,
      ...(m.serviceTime !== undefined ? { serviceTime: m.serviceTime } : {}),
      ...(m.scheduleLag !== undefined ? { scheduleLag: m.scheduleLag } : {}),
    },
    bytes: { sent: m.bytesSent, received: m.bytesReceived },
    series,
    generator: checkGenerator(
      m,
      total,
      series,
      opts.generatorBoundCpuPercent ?? DEFAULT_GENERATOR_BOUND_CPU_PERCENT,
    ),
    hlogFile: opts.hlogFile,
  };
  const server = buildServerMetrics(samples, m.startEpochMs, m.durationMs, total);
  if (server) report.server = server;
  return report;
}

function buildIntervalSample(
  iv: IntervalMeasurement,
  windowStartEpochMs: number,
  samples: readonly ProcessSample[],
): IntervalSample {
  // The schema wants a positive length; a zero-length interval can only come from a clock step.
  const durationMs = Math.max(1, iv.endEpochMs - iv.startEpochMs);
  const latency = summarizeEncoded(iv.latency);
  const sample: IntervalSample = {
    startMs: Math.max(0, iv.startEpochMs - windowStartEpochMs),
    durationMs,
    success: iv.success,
    failures: iv.failures,
    successRps: round2(iv.success / (durationMs / 1000)),
    p50Us: latency.p50,
    p99Us: latency.p99,
    maxUs: latency.max,
    generatorCpuPercent: round1(iv.generatorCpuUs / (durationMs * 10)),
    eventLoopDelayP99Us: iv.eventLoopDelayP99Us,
  };
  const server = summarizeServerWindow(samples, iv.startEpochMs, iv.endEpochMs);
  // Only an interval the readings span entirely gets a figure: a partial one would be misleading.
  if (server && server.coveredMs >= durationMs) {
    sample.serverCpuPercent = round1(server.cpuPercentMean);
    sample.serverRssBytes = server.rssBytesMax;
  }
  return sample;
}

function checkGenerator(
  m: LevelMeasurement,
  total: number,
  series: readonly IntervalSample[],
  boundCpuPercent: number,
): GeneratorCheck {
  const cpuPercentMean = m.durationMs > 0 ? round1(m.generatorCpuUs / (m.durationMs * 10)) : 0;
  const cpuPercentMax = series.reduce(
    (max, s) => Math.max(max, s.generatorCpuPercent),
    cpuPercentMean,
  );
  const cpuBound = cpuPercentMean >= boundCpuPercent;
  const loopBound = m.eventLoopDelayP99Us >= GENERATOR_BOUND_EVENT_LOOP_DELAY_US;
  const cpu = formatCpuPercent(cpuPercentMean);
  let note: string;
  if (cpuBound) {
    note = `generator used ${cpu} of a core: the load generator, not the target, limited this level; these numbers understate the target`;
  } else if (loopBound) {
    note = `generator event-loop delay p99 was ${formatUs(m.eventLoopDelayP99Us)} (CPU ${cpu} of a core): the generator was too busy to read responses on time; latencies are overstated`;
  } else {
    note = `generator used ${cpu} of a core: headroom left`;
  }
  return {
    cpuPercentMean,
    cpuPercentMax,
    cpuUsPerRequest: total > 0 ? round1(m.generatorCpuUs / total) : 0,
    eventLoopDelayP99Us: m.eventLoopDelayP99Us,
    generatorBound: cpuBound || loopBound,
    note,
  };
}

function buildServerMetrics(
  samples: readonly ProcessSample[],
  startEpochMs: number,
  durationMs: number,
  total: number,
): ServerMetrics | undefined {
  const w = summarizeServerWindow(samples, startEpochMs, startEpochMs + durationMs);
  if (!w) return undefined;
  // When the readings cover only part of the window, the covered part's rate stands for the
  // whole window: per-request CPU divides CPU by the requests of the same span.
  const windowCpuUs = (w.cpuUs * durationMs) / w.coveredMs;
  return {
    cpuPercentMean: round1(w.cpuPercentMean),
    cpuUsPerRequest: total > 0 ? round1(windowCpuUs / total) : 0,
    rssBytesMax: w.rssBytesMax,
    rssBytesMean: w.rssBytesMean,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
