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
import type { MachineCpuSample } from '../machine/parse-proc-stat-cpu.js';
import { summarizeMachineWindow } from '../machine/summarize-machine-window.js';
import { summarizeEncoded } from '../stats/histogram.js';
import { totalFailures } from './model.js';
import type {
  FailureCounts,
  GeneratorCheck,
  IntervalSample,
  LevelReport,
  MachineMetrics,
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

/**
 * Machine CPU (busy plus stolen, % of all CPUs) from which the machine counts as oversubscribed:
 * a process that wants a CPU then waits for one.
 */
export const OVERSUBSCRIBED_CPU_PERCENT = 90;

/** Mean steal (% of all CPUs) from which it is worth a line in the report. */
export const MATERIAL_STEAL_PERCENT = 2;

/** True when the machine's figures over a level deserve the reader's attention. */
export function isMachineNoiseMaterial(machine: MachineMetrics | undefined): boolean {
  return (
    machine !== undefined &&
    (machine.stealPercentMean >= MATERIAL_STEAL_PERCENT || isOversubscribed(machine))
  );
}

/** True when the machine had more to run than CPUs to run it on. */
export function isOversubscribed(machine: MachineMetrics): boolean {
  return (
    machine.cpuPercentMean + machine.stealPercentMean >= OVERSUBSCRIBED_CPU_PERCENT ||
    machine.runnableMean > machine.cpus
  );
}

/**
 * The machine's noise over a level in one sentence when it is material (and the generator's
 * self-check did not already say it); `undefined` otherwise.
 */
export function describeMachineNoise(level: LevelReport): string | undefined {
  const machine = level.machine;
  if (!machine || !isMachineNoiseMaterial(machine)) return undefined;
  if (level.generator.generatorBound) return undefined;
  const why = [
    isOversubscribed(machine)
      ? 'the machine was oversubscribed, so figures include waiting for a CPU'
      : '',
    machine.stealPercentMean >= MATERIAL_STEAL_PERCENT
      ? `the hypervisor stole ${formatPercent(machine.stealPercentMean)} of the CPUs`
      : '',
  ].filter(Boolean);
  return `${describeMachine(machine)}: ${why.join('; ')}`;
}

/** Options of `buildLevelReport`. */
export interface BuildLevelReportOptions {
  /** Readings of the target process (cumulative CPU, RSS), when it was sampled. */
  serverSamples?: readonly ProcessSample[];
  /** Name of this level's `.hlog` file inside the report directory. */
  hlogFile: string;
  /** Generator CPU (% of one core) from which the level is flagged generator-bound. */
  generatorBoundCpuPercent?: number;
  /** Readings of the machine's `/proc/stat`, when it was sampled. */
  machineSamples?: readonly MachineCpuSample[];
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
  const backPressure = m.refusals?.backPressure ?? 0;
  const rateLimited = m.refusals?.rateLimited ?? 0;
  const total = m.success + failureCount + backPressure + rateLimited;
  const seconds = m.durationMs / 1000;
  const samples = opts.serverSamples ? sortSamples(opts.serverSamples) : [];
  const machineSamples = opts.machineSamples
    ? [...opts.machineSamples].sort((a, b) => a.epochMs - b.epochMs)
    : [];
  const series = m.intervals.map((iv) =>
    buildIntervalSample(iv, m.startEpochMs, samples, machineSamples),
  );
  const machine = buildMachineMetrics(machineSamples, m.startEpochMs, m.durationMs, series);
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
      backPressure,
      rateLimited,
      ...(m.httpStatuses !== undefined ? { httpStatuses: { ...m.httpStatuses } } : {}),
      ...(m.checkFailures !== undefined ? { checkFailures: { ...m.checkFailures } } : {}),
      ...(m.lateSends !== undefined ? { lateSends: m.lateSends } : {}),
      ...(m.droppedSends !== undefined ? { droppedSends: m.droppedSends } : {}),
    },
    errorRate: total === 0 ? 0 : failureCount / total,
    backPressureRate: total === 0 ? 0 : backPressure / total,
    rateLimitedRate: total === 0 ? 0 : rateLimited / total,
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
      machine,
    ),
    hlogFile: opts.hlogFile,
  };
  if (machine) report.machine = machine;
  const server = buildServerMetrics(samples, m.startEpochMs, m.durationMs, total);
  if (server) report.server = server;
  return report;
}

function buildIntervalSample(
  iv: IntervalMeasurement,
  windowStartEpochMs: number,
  samples: readonly ProcessSample[],
  machineSamples: readonly MachineCpuSample[],
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
    ...(iv.generatorHeapUsedBytes !== undefined
      ? { generatorHeapUsedBytes: iv.generatorHeapUsedBytes }
      : {}),
    ...(iv.generatorRssBytes !== undefined ? { generatorRssBytes: iv.generatorRssBytes } : {}),
  };
  const server = summarizeServerWindow(samples, iv.startEpochMs, iv.endEpochMs);
  // Only an interval the readings span entirely gets a figure: a partial one would be misleading.
  if (server && server.coveredMs >= durationMs) {
    sample.serverCpuPercent = round1(server.cpuPercentMean);
    sample.serverRssBytes = server.rssBytesMax;
  }
  const machine = summarizeMachineWindow(machineSamples, iv.startEpochMs, iv.endEpochMs);
  if (machine && machine.coveredMs >= durationMs) {
    sample.machineCpuPercent = round1(machine.cpuPercent);
    sample.stealPercent = round1(machine.stealPercent);
  }
  return sample;
}

function buildMachineMetrics(
  sorted: readonly MachineCpuSample[],
  startEpochMs: number,
  durationMs: number,
  series: readonly IntervalSample[],
): MachineMetrics | undefined {
  const w = summarizeMachineWindow(sorted, startEpochMs, startEpochMs + durationMs);
  if (!w) return undefined;
  const cpuPercentMean = round1(w.cpuPercent);
  const stealPercentMean = round1(w.stealPercent);
  return {
    cpus: w.cpus,
    cpuPercentMean,
    cpuPercentMax: series.reduce(
      (max, s) => Math.max(max, s.machineCpuPercent ?? 0),
      cpuPercentMean,
    ),
    stealPercentMean,
    stealPercentMax: series.reduce(
      (max, s) => Math.max(max, s.stealPercent ?? 0),
      stealPercentMean,
    ),
    runnableMean: round1(w.runnableMean),
  };
}

/** The machine's figures in words: "machine CPU 97% of 2 CPUs, 3.4 runnable threads, steal 0.5%". */
export function describeMachine(machine: MachineMetrics): string {
  return `machine CPU ${formatPercent(machine.cpuPercentMean)} of ${machine.cpus} CPU${machine.cpus === 1 ? '' : 's'}, ${machine.runnableMean} runnable thread${machine.runnableMean === 1 ? '' : 's'} on average, steal ${formatPercent(machine.stealPercentMean)}`;
}

function formatPercent(x: number): string {
  return `${Number(x.toFixed(1))}%`;
}

function checkGenerator(
  m: LevelMeasurement,
  total: number,
  series: readonly IntervalSample[],
  boundCpuPercent: number,
  machine: MachineMetrics | undefined,
): GeneratorCheck {
  const cpuPercentMean = m.durationMs > 0 ? round1(m.generatorCpuUs / (m.durationMs * 10)) : 0;
  const cpuPercentMax = series.reduce(
    (max, s) => Math.max(max, s.generatorCpuPercent),
    cpuPercentMean,
  );
  const workerCpuPercentMean =
    m.workerCpuUs && m.durationMs > 0
      ? m.workerCpuUs.map((us) => round1(us / (m.durationMs * 10)))
      : undefined;
  // One saturated worker limits its share of the level even when the others have headroom.
  const workerBound =
    workerCpuPercentMean?.some((p) => p >= DEFAULT_GENERATOR_BOUND_CPU_PERCENT) ?? false;
  const cpuBound = cpuPercentMean >= boundCpuPercent || workerBound;
  const loopBound = m.eventLoopDelayP99Us >= GENERATOR_BOUND_EVENT_LOOP_DELAY_US;
  const cpu =
    formatCpuPercent(cpuPercentMean) +
    (workerCpuPercentMean
      ? ` (worker threads: ${workerCpuPercentMean.map(formatCpuPercent).join(', ')})`
      : '');
  const delay = formatUs(m.eventLoopDelayP99Us);
  let note: string;
  let limitedBy: GeneratorCheck['limitedBy'];
  if (cpuBound) {
    limitedBy = 'generator-cpu';
    note = `generator used ${cpu} of a core: the load generator saturated its core and limited this level, not the target; these numbers understate the target`;
  } else if (loopBound && machine && isOversubscribed(machine)) {
    // The generator was not busy itself: it waited for a CPU the machine did not have free.
    limitedBy = 'machine';
    note = `generator event-loop delay p99 was ${delay} at only ${cpu} of a core while the machine was oversubscribed (${describeMachine(machine)}): the generator waited for a CPU, not for the target; latencies are overstated`;
  } else if (loopBound) {
    limitedBy = 'event-loop';
    note = `generator event-loop delay p99 was ${delay} (CPU ${cpu} of a core${machine ? `; ${describeMachine(machine)}` : ''}): the generator was too busy to read responses on time; latencies are overstated`;
  } else {
    note = `generator used ${cpu} of a core: headroom left`;
    if (machine && isMachineNoiseMaterial(machine)) note += `; ${describeMachine(machine)}`;
  }
  return {
    cpuPercentMean,
    cpuPercentMax,
    cpuUsPerRequest: total > 0 ? round1(m.generatorCpuUs / total) : 0,
    eventLoopDelayP99Us: m.eventLoopDelayP99Us,
    ...(workerCpuPercentMean ? { workerCpuPercentMean } : {}),
    generatorBound: cpuBound || loopBound,
    note,
    ...(limitedBy ? { limitedBy } : {}),
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
