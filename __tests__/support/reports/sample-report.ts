/**
 * A small, valid `RunReport` with exact figures: one scenario, the given levels, numbers chosen
 * so outputs (rps, p50-ms, …) and index entries are easy to check by eye.
 */
import {
  RESULT_SCHEMA_VERSION,
  type LatencySummary,
  type LevelReport,
  type RunReport,
} from '../../../src/core/report/model.js';

/** What differs between levels of the sample report. */
export interface SampleLevel {
  /** Connections. */
  level: number;
  /** Successful responses per second. */
  successRps: number;
  /** Median latency, µs. */
  p50Us: number;
  /** 99th percentile latency, µs. */
  p99Us: number;
  /** Failures / total. */
  errorRate: number;
  /** Mark the generator as the bottleneck. */
  generatorBound?: boolean;
}

function latency(p50Us: number, p99Us: number, count: number): LatencySummary {
  return {
    count,
    min: Math.min(100, p50Us),
    mean: p50Us,
    stdev: 10,
    p50: p50Us,
    p75: p50Us,
    p90: p99Us,
    p95: p99Us,
    p99: p99Us,
    p999: p99Us,
    p9999: p99Us,
    max: p99Us,
  };
}

function levelReport(l: SampleLevel, scenario: string): LevelReport {
  const total = Math.round(l.successRps * 10);
  const failures = Math.round(total * l.errorRate);
  return {
    scenario,
    model: 'closed',
    level: l.level,
    connections: l.level,
    pipelining: 1,
    startedAt: '2026-11-29T04:00:00.000Z',
    warmupMs: 1000,
    durationMs: 10_000,
    cooldownMs: 0,
    counts: {
      total,
      success: total - failures,
      failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: failures },
    },
    errorRate: l.errorRate,
    throughput: { successRps: l.successRps, totalRps: l.successRps },
    latencyUs: latency(l.p50Us, l.p99Us, total - failures),
    failureLatencyUs: latency(0, 0, 0),
    histograms: { latency: '', failures: '' },
    bytes: { sent: total * 100, received: total * 200 },
    series: [],
    generator: {
      cpuPercentMean: 40,
      cpuPercentMax: 50,
      cpuUsPerRequest: 30,
      eventLoopDelayP99Us: 2000,
      generatorBound: l.generatorBound ?? false,
      note: 'generator had headroom',
    },
    hlogFile: `${scenario}-${l.level}.hlog`,
  };
}

/** Fields of the sample report to replace. */
export interface SampleReportOptions {
  /** Interrupted: `partial` and outcome `interrupted`. */
  partial?: boolean;
  /** Scenario name of every level (default `transform`). */
  scenario?: string;
  /** Top-level fields to replace (id, name, dates, environment, target …). */
  patch?: Partial<RunReport>;
}

/** A report with one level per entry of `levels`. */
export function sampleRunReport(
  levels: SampleLevel[],
  options: SampleReportOptions | boolean = {},
): RunReport {
  const opts = typeof options === 'boolean' ? { partial: options } : options;
  const partial = opts.partial ?? false;
  const scenario = opts.scenario ?? 'transform';
  const report: RunReport = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    id: '20261129T040000Z-abcd',
    name: 'reframe-pr',
    createdAt: '2026-11-29T04:01:00.000Z',
    startedAt: '2026-11-29T04:00:00.000Z',
    finishedAt: '2026-11-29T04:01:00.000Z',
    partial,
    outcome: partial ? 'interrupted' : 'ok',
    target: {
      kind: 'image',
      url: 'http://10.0.0.4:3000',
      product: 'reframe',
      image: 'acr.example/reframe:pr-7',
    },
    environment: {
      hostname: 'load-0',
      cpuModel: 'test cpu',
      cpus: 4,
      memoryBytes: 16e9,
      os: 'linux',
      nodeVersion: 'v24.0.0',
      undiciVersion: '7.0.0',
      toolVersion: '0.1.0',
    },
    config: { hash: 'abc', resolved: {} },
    levels: levels.map((l) => levelReport(l, scenario)),
    notes: [],
  };
  return { ...report, ...opts.patch };
}
