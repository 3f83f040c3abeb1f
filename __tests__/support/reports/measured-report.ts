/**
 * Measurements and reports with known contents for the report tests: histograms are filled with
 * chosen values so every percentile, rate and CPU figure has an expected value worked out by hand.
 */
import type { BenchPlan } from '../../../src/core/config/plan.js';
import type {
  IntervalMeasurement,
  LevelMeasurement,
  ProcessSample,
} from '../../../src/core/engine/measurement.js';
import { buildLevelReport } from '../../../src/core/report/build-level-report.js';
import { buildRunReport } from '../../../src/core/report/build-run-report.js';
import type { Environment, LevelReport, RunReport } from '../../../src/core/report/model.js';
import {
  createHistogram,
  destroyHistogram,
  encodeHistogram,
  recordUs,
} from '../../../src/core/stats/histogram.js';

/** Start of the fixture's measured window: 2023-11-14T22:13:20.000Z. */
export const WINDOW_START_MS = 1_700_000_000_000;

/** Values to record: `[valueUs, times]` pairs. */
export type Recording = [number, number][];

/** Encodes a histogram holding the given values. */
export function encodeValues(recording: Recording): string {
  const h = createHistogram();
  for (const [value, times] of recording) for (let i = 0; i < times; i++) recordUs(h, value);
  const encoded = encodeHistogram(h);
  destroyHistogram(h);
  return encoded;
}

/**
 * Three one-second intervals:
 * - second 0: 100 successes at 500 µs, generator 410 ms CPU;
 * - second 1: 190 at 1,000 µs and 10 at 5,000 µs, generator 420 ms CPU;
 * - second 2: 297 at 2,000 µs and 3 at 40,000 µs, generator 400 ms CPU.
 * Whole window: 600 successes (p50 2,000 µs, p99 5,000 µs, max 40,000 µs), 10 failures at
 * 100 ms, generator 1,230 ms CPU over 3 s = 41% of a core.
 */
export const INTERVAL_RECORDINGS: Recording[] = [
  [[500, 100]],
  [
    [1000, 190],
    [5000, 10],
  ],
  [
    [2000, 297],
    [40000, 3],
  ],
];

/** The fixture's closed-model measurement; `overrides` replace fields. */
export function closedMeasurement(overrides: Partial<LevelMeasurement> = {}): LevelMeasurement {
  const cpu = [410_000, 420_000, 400_000];
  const intervals: IntervalMeasurement[] = INTERVAL_RECORDINGS.map((rec, i) => ({
    startEpochMs: WINDOW_START_MS + i * 1000,
    endEpochMs: WINDOW_START_MS + (i + 1) * 1000,
    success: rec.reduce((n, [, times]) => n + times, 0),
    failures: i === 2 ? 10 : 0,
    latency: encodeValues(rec),
    generatorCpuUs: cpu[i] ?? 0,
    eventLoopDelayP99Us: 2000 + i * 100,
  }));
  return {
    scenario: 'mt103',
    model: 'closed',
    level: 8,
    connections: 8,
    pipelining: 1,
    startEpochMs: WINDOW_START_MS,
    warmupMs: 2000,
    durationMs: 3000,
    cooldownMs: 1000,
    success: 600,
    failures: { connect: 2, timeout: 1, reset: 0, httpStatus: 3, check: 4 },
    bytesSent: 610 * 300,
    bytesReceived: 610 * 900,
    latency: encodeValues(INTERVAL_RECORDINGS.flat()),
    failureLatency: encodeValues([[100_000, 10]]),
    intervals,
    generatorCpuUs: 1_230_000,
    eventLoopDelayP99Us: 2200,
    interrupted: false,
    ...overrides,
  };
}

/** The same window under the open model at 200 req/s, with service time and schedule lag. */
export function openMeasurement(overrides: Partial<LevelMeasurement> = {}): LevelMeasurement {
  return closedMeasurement({
    scenario: 'mt103',
    model: 'open',
    level: 200,
    connections: 16,
    offeredRps: 200,
    lateSends: 7,
    droppedSends: 1,
    serviceTime: encodeValues([
      [400, 300],
      [900, 300],
    ]),
    scheduleLag: encodeValues([
      [10, 590],
      [1500, 10],
    ]),
    ...overrides,
  });
}

/**
 * Target readings around the window, one every second but offset by half a second, so every
 * window edge falls between two readings. CPU grows 300 ms/s, then 500 ms/s, then 100 ms/s.
 */
export const SERVER_SAMPLES: ProcessSample[] = [
  { epochMs: WINDOW_START_MS - 500, cpuUs: 0, rssBytes: 100_000_000 },
  { epochMs: WINDOW_START_MS + 500, cpuUs: 300_000, rssBytes: 110_000_000 },
  { epochMs: WINDOW_START_MS + 1500, cpuUs: 600_000, rssBytes: 120_000_000 },
  { epochMs: WINDOW_START_MS + 2500, cpuUs: 1_100_000, rssBytes: 130_000_000 },
  { epochMs: WINDOW_START_MS + 3500, cpuUs: 1_200_000, rssBytes: 125_000_000 },
];

/** A fixed environment, so rendered reports do not depend on the machine. */
export const ENVIRONMENT: Environment = {
  hostname: 'bench-host',
  cpuModel: 'Example CPU @ 3.00GHz',
  cpus: 2,
  memoryBytes: 8 * 1024 ** 3,
  os: 'linux 6.1.0 x64',
  nodeVersion: 'v20.19.0',
  undiciVersion: '7.30.2',
  toolVersion: '0.1.0',
  gitSha: '0123456789abcdef0123456789abcdef01234567',
  gitDirty: false,
};

/** A minimal plan for `buildRunReport`. */
export function fixturePlan(): BenchPlan {
  return {
    name: 'reframe-demo',
    configPath: 'configs/demo.yml',
    configHash: 'a'.repeat(64),
    target: {
      kind: 'url',
      baseUrl: 'http://127.0.0.1:3000',
    },
    scenarios: [],
    load: {
      model: 'closed',
      levels: [8],
      pipelining: 1,
      warmupMs: 2000,
      durationMs: 3000,
      cooldownMs: 1000,
      connectTimeoutMs: 5000,
      requestTimeoutMs: 10000,
      workers: 1,
    },
    cloud: { provider: 'local', vmSizes: [], regions: [], loadAgents: 1 },
    resolvedConfig: { name: 'reframe-demo', load: { levels: [8] } },
  };
}

/**
 * A fixed report with four levels: closed with server samples, closed and generator-bound
 * with back-pressure and rate-limit refusals, open with send counts, and a scenario whose name needs CSV quoting.
 */
export function fixtureReport(levels?: LevelReport[]): RunReport {
  return buildRunReport({
    id: '20231114T221318Z-k3x9q2ab',
    plan: fixturePlan(),
    startedAt: new Date(WINDOW_START_MS - 2000),
    finishedAt: new Date(WINDOW_START_MS + 30_000),
    levels: levels ?? fixtureLevels(),
    environment: ENVIRONMENT,
    target: { kind: 'url', url: 'http://127.0.0.1:3000', product: 'reframe' },
    interrupted: false,
    notes: ['Demo target: figures describe this machine, not production.'],
  });
}

/** The four levels of `fixtureReport`. */
export function fixtureLevels(): LevelReport[] {
  return [
    buildLevelReport(closedMeasurement(), {
      hlogFile: 'mt103-8.hlog',
      serverSamples: SERVER_SAMPLES,
    }),
    // The target shed load at 64 connections: 30 answers 503 and 10 answers 429, counted apart.
    buildLevelReport(
      closedMeasurement({
        level: 64,
        connections: 64,
        generatorCpuUs: 2_910_000,
        refusals: { backPressure: 30, rateLimited: 10 },
      }),
      {
        hlogFile: 'mt103-64.hlog',
        serverSamples: SERVER_SAMPLES,
      },
    ),
    buildLevelReport(openMeasurement(), { hlogFile: 'mt103-200.hlog' }),
    buildLevelReport(
      closedMeasurement({
        scenario: 'mx "pacs.008", v2',
        failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: 0 },
      }),
      {
        hlogFile: 'mx-pacs.008-v2-8.hlog',
      },
    ),
  ];
}

/**
 * An open level of 10,000 arrivals in 2 s against a silent target with 8 connections: the 8
 * requests sent timed out and the other 9,992 arrivals were dropped.
 */
export function silentOpenMeasurement(overrides: Partial<LevelMeasurement> = {}): LevelMeasurement {
  return {
    scenario: 'mt103',
    model: 'open',
    level: 5000,
    connections: 8,
    pipelining: 1,
    offeredRps: 5000,
    startEpochMs: WINDOW_START_MS,
    warmupMs: 0,
    durationMs: 2000,
    cooldownMs: 0,
    success: 0,
    failures: {
      connect: 0,
      timeout: 8,
      reset: 0,
      protocol: 0,
      httpStatus: 0,
      check: 0,
      unfinished: 0,
    },
    lateSends: 0,
    droppedSends: 9992,
    bytesSent: 8 * 300,
    bytesReceived: 0,
    latency: encodeValues([]),
    failureLatency: encodeValues([[10_000_000, 8]]),
    serviceTime: encodeValues([]),
    scheduleLag: encodeValues([[10, 8]]),
    intervals: [0, 1].map((i) => ({
      startEpochMs: WINDOW_START_MS + i * 1000,
      endEpochMs: WINDOW_START_MS + (i + 1) * 1000,
      success: 0,
      failures: 0,
      latency: encodeValues([]),
      generatorCpuUs: 20_000,
      eventLoopDelayP99Us: 1000,
    })),
    generatorCpuUs: 40_000,
    eventLoopDelayP99Us: 1000,
    interrupted: false,
    ...overrides,
  };
}
